"""An agreement whose other side receives the rights to a product is a licence (cues): the signer licenses it out
(supplier), the firm the agreement is with is the licensee (customer), even when the rights go to a description or
a pronoun of that firm ("giving the Japanese group the rights", "lui accordant les droits")."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, *sentences: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "News", " ".join(sentences))) if e["type"] == "contract"]


def test_an_agreement_giving_the_other_side_the_rights_is_a_licence_en():
    assert contracts("en", "Brindlecote makes antibodies.", "Brindlecote said it had signed an agreement with "
                     "Osaka-based Tamaru Seiyaku giving the Japanese group the rights to develop and sell its lead "
                     "drug in Asia.") == [{("Brindlecote", "supplier"), ("Tamaru Seiyaku", "customer")}]
    # an agreement to sell together names no rights handed over: no licence
    assert contracts("en", "Brindlecote makes antibodies.", "Brindlecote signed an agreement with Tamaru Seiyaku "
                     "to study the drug in Asia.") == []


def test_an_agreement_granting_the_other_side_rights_fr_es_de():
    assert contracts("fr", "Brindlecote fabrique des anticorps.", "Brindlecote a signé un accord avec Tamaru Seiyaku "
                     "lui accordant les droits de développer et de commercialiser son médicament en Asie.") == [
        {("Brindlecote", "supplier"), ("Tamaru Seiyaku", "customer")}]
    assert contracts("es", "Brindlecote fabrica anticuerpos.", "Brindlecote firmó un acuerdo con Tamaru Seiyaku que "
                     "otorga al grupo japonés los derechos para desarrollar y vender su fármaco en Asia.") == [
        {("Brindlecote", "supplier"), ("Tamaru Seiyaku", "customer")}]
    assert contracts("de", "Brindlecote entwickelt Antikörper.", "Brindlecote hat mit Tamaru Seiyaku eine "
                     "Vereinbarung geschlossen, die dem japanischen Konzern die Rechte an dem Wirkstoff in Asien "
                     "einräumt.") == [{("Brindlecote", "supplier"), ("Tamaru Seiyaku", "customer")}]
    # a contract with no rights handed over keeps its customer first ("mit Y einen Vertrag über 40 Weichen")
    assert contracts("de", "Brindlecote baut Weichen.", "Brindlecote hat mit Tamaru Rail einen Vertrag über 40 "
                     "Weichen geschlossen.") == [{("Brindlecote", "customer"), ("Tamaru Rail", "supplier")}]
