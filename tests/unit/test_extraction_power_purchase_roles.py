"""A power purchase agreement signed by a generator with the firm that takes its power: the signer sells (supplier),
the firm named after "con" / "avec" / "mit" buys (customer), not the other way round as for a plain contract signed
with its supplier. Told with the customer before the contract ("ha firmado con Y un contrato de compraventa de
energía"), the power told by its kind ("de energía renovable con Y"), the acronym before the term ("(PPA) a doce
años con Y"), or a participle and its year before the customer ("conclu en 2022 avec Y"). Sentences and firms
invented for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLE = {"es": "Novedades de Soltara Energía", "fr": "Les nouvelles de Soltara Énergies",
         "de": "Neues von Soltara Energie"}


def _contracts(lang: str, sentence: str) -> list[set[tuple[str, str]]]:
    events = extract_events(page(lang, TITLE[lang], sentence, published="2026-03-14"))
    return [parties(e) for e in events if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "sentence", "supplier", "customer"), [
    ("es", "Soltara Energía ha firmado con Papeleras Vendral un contrato de compraventa de energía a largo plazo por "
           "el que le venderá 200 gigavatios hora al año.", "Soltara Energía", "Papeleras Vendral"),
    ("es", "Soltara Energía tiene firmado desde 2024 un contrato de compraventa de energía (PPA) con Hipermercados "
           "Oriol que cubre el consumo de sus tiendas.", "Soltara Energía", "Hipermercados Oriol"),
    ("es", "Soltara Energía anunció la firma de un contrato de compraventa de energía (PPA) a diez años con la "
           "cementera Cementos Belarra, que adquirirá 300 gigavatios hora anuales.", "Soltara Energía",
     "Cementos Belarra"),
    ("es", "Soltara Energía ha firmado un contrato de compraventa de energía renovable con la cadena Hipermercados "
           "Oriol.", "Soltara Energía", "Hipermercados Oriol"),
    ("fr", "Soltara Énergies a signé en mars un contrat d'achat d'électricité de quinze ans avec la Métropole de "
           "Varenne, qui lui achètera 150 gigawattheures par an.", "Soltara Énergies", "Métropole de Varenne"),
    ("fr", "Soltara Énergies vend une partie de sa production, dont un contrat d'achat d'électricité (PPA) de douze "
           "ans conclu en 2023 avec l'aciériste Forges de Brolles.", "Soltara Énergies", "Forges de Brolles"),
    ("de", "Im März schloss Soltara Energie einen Stromabnahmevertrag über zwölf Jahre mit dem Chemiekonzern "
           "Keldor Chemie.", "Soltara Energie", "Keldor Chemie"),
])
def test_power_purchase_signer_sells(lang, sentence, supplier, customer):
    assert {(supplier, "supplier"), (customer, "customer")} in _contracts(lang, sentence)


def test_plain_contract_signed_with_its_supplier_keeps_the_signer_buying():
    found = _contracts("es", "Hipermercados Oriol ha firmado un contrato de mantenimiento de cinco años con Talleres "
                             "Vendral para sus 40 tiendas.")
    assert {("Hipermercados Oriol", "customer"), ("Talleres Vendral", "supplier")} in found
