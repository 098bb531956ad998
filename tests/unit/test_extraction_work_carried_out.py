"""Work a firm carries out for a customer since a start is a standing contract (cues): "ejecuta desde 2024 ... para
Y" (also in a relative clause on the work: "el mantenimiento ... que ejecuta desde 2024 para Y"), "exécute depuis
2024 un contrat ... pour Y", "führt seit 2024 ... für Y durch"; the firm doing it supplies, the one it is done for
is the customer."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, *sentences: str) -> list[tuple[set[tuple[str, str]], str, str | None]]:
    return [(parties(e), e["status"], e["date"]) for e in extract_events(page(lang, "News", " ".join(sentences)))
            if e["type"] == "contract"]


def test_work_carried_out_for_a_customer_es():
    assert contracts("es", "Brindlecote construye carreteras.", "Brindlecote ejecuta desde 2024 el mantenimiento de "
                     "los puertos para la Autoridad Portuaria de Tamaru.") == [
        ({("Brindlecote", "supplier"), ("Autoridad Portuaria de Tamaru", "customer")}, "ongoing", "2024")]
    assert contracts("es", "Brindlecote construye carreteras.", "Brindlecote aporta varios contratos, entre ellos la "
                     "limpieza de los hospitales que realiza desde 2023 para el Servicio Tamaru de Salud.") == [
        ({("Brindlecote", "supplier"), ("Servicio Tamaru de Salud", "customer")}, "ongoing", "2023")]


def test_work_carried_out_for_a_customer_fr_de():
    assert contracts("fr", "Brindlecote construit des routes.", "Brindlecote exécute depuis 2024 un contrat de 20 "
                     "millions d'euros pour la Métropole de Tamaru.") == [
        ({("Brindlecote", "supplier"), ("Métropole de Tamaru", "customer")}, "ongoing", "2024")]
    assert contracts("de", "Brindlecote baut Straßen.", "Brindlecote führt seit 2024 die Wartung der Stellwerke für "
                     "die Tamaru Bahn AG durch.") == [
        ({("Brindlecote", "supplier"), ("Tamaru Bahn", "customer")}, "ongoing", "2024")]
    # a verb of leading with no work done for anyone is no contract
    assert contracts("de", "Brindlecote baut Straßen.", "Brindlecote führt seit 2024 die Liste der größten "
                     "Baukonzerne an.") == []
