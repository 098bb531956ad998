"""Standing contracts told in passing on a page about another deal (issue 3, standing3): goods made or work done
for a customer under a contract ("is currently building six robots for X under a contract awarded in 2024", "wartet
... für X auf Grundlage eines Rahmenvertrags", "elabora para X, su principal cliente"), goods supplied under a
contract told after a comma ("fournit les mouvements de X, dans le cadre d'un contrat"), a service run for the owner
of what is serviced ("assure le maintien des drones de X"), a product made under licence from its licensor (the
licensee is the customer) and a power purchase agreement signed with its buyer. Each is ongoing, dated by its start
when the text gives one. Probes that stay no contract: customers unnamed or counted, goods made for a market, a
firm's own plants; the page's own contract keeps its status. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

INTRO = {
    "en": ("Brenwick to buy Tallis Robotics",
           "Brenwick Group agreed on Tuesday to buy Tallis Robotics, a maker of robot arms based in Leeds, for 300 "
           "million pounds."),
    "de": ("Brenwick kauft Tallis Robotik",
           "Die Brenwick Gruppe übernimmt die Tallis Robotik AG, einen Hersteller von Roboterarmen aus Ulm, für 300 "
           "Millionen Euro."),
    "fr": ("Brenwick rachète Tallis Robotique",
           "Le groupe Brenwick a annoncé mardi le rachat de Tallis Robotique, fabricant lyonnais de bras robotisés, "
           "pour 300 millions d'euros."),
    "es": ("Brenwick compra Tallis Robótica",
           "El grupo Brenwick comprará Tallis Robótica, fabricante vasco de brazos robóticos, por 300 millones de "
           "euros."),
}


def _contracts(lang: str, sentence: str) -> list[dict]:
    title, intro = INTRO[lang]
    return [e for e in extract_events(page(lang, title, f"{intro} {sentence}", published="2026-03-14"))
            if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "sentence", "customer", "supplier", "date"), [
    # goods made or work done for a customer under a contract, the customer described after its name
    ("en", "Tallis Robotics already maintains signalling equipment for Vanterra Rail, the Dutch rail operator, under "
           "a long-term service agreement.", "Vanterra Rail", "Tallis Robotics", None),
    ("en", "Tallis Robotics is currently building six inspection robots for Vanterra Rail under a 240 million euro "
           "contract awarded in 2024.", "Vanterra Rail", "Tallis Robotics", "2024"),
    ("en", "Since 2022 Tallis Robotics has planned maintenance routes for the Vanterra Transit Authority, a contract "
           "that was renewed last autumn.", "Vanterra Transit Authority", "Tallis Robotics", "2022"),
    ("de", "Die Tallis Robotik AG wartet seit 2019 die Stellwerke für die Kronfeld Bahn AG auf Grundlage eines "
           "Rahmenvertrags.", "Kronfeld Bahn", "Tallis Robotik", "2019"),
    ("de", "Die Tallis Robotik AG baut derzeit sechs Schiffe für die Kronfeld Bahn AG im Rahmen eines 2024 "
           "vergebenen Auftrags.", "Kronfeld Bahn", "Tallis Robotik", "2024"),
    ("es", "Tallis Robótica está construyendo seis buques para la Armada de Vantor en virtud de un contrato "
           "adjudicado en 2024.", "Armada de Vantor", "Tallis Robótica", "2024"),
    ("es", "Casi la mitad de sus ventas procede de la marca blanca que Tallis Robótica elabora para Kronfeld "
           "Supermercados, su principal cliente desde hace más de una década.", "Kronfeld Supermercados",
     "Tallis Robótica", None),
    # goods supplied under a contract told after a comma; a service run for the owner of what is serviced
    ("fr", "Depuis 2019, Tallis Robotique fournit notamment les mouvements automatiques de Vantor Horlogerie, dans "
           "le cadre d'un contrat de long terme.", "Vantor Horlogerie", "Tallis Robotique", "2019"),
    ("fr", "Tallis Robotique assure depuis 2021 le maintien des drones de Vantor Défense, au Cannet-des-Maures, un "
           "marché renouvelé l'an dernier.", "Vantor Défense", "Tallis Robotique", "2021"),
    # a product made under licence: the licensee is the customer, the licensor the supplier
    ("en", "Tallis Robotics makes the drug under licence from Kerrow Pharma.", "Tallis Robotics", "Kerrow Pharma",
     None),
    ("de", "Die Tallis Robotik AG fertigt das Mittel seit 2019 in Lizenz von Kerrow Pharma.", "Tallis Robotik",
     "Kerrow Pharma", "2019"),
    ("de", "Die Tallis Robotik AG fertigt das Mittel seit 2019 unter Lizenz der Kerrow Pharma AG.", "Tallis Robotik",
     "Kerrow Pharma", "2019"),
    ("fr", "Tallis Robotique fabrique depuis 2017 des anticoagulants sous licence de Kerrow Pharma.",
     "Tallis Robotique", "Kerrow Pharma", "2017"),
    ("es", "Tallis Robótica fabrica desde 2017 varios anticoagulantes bajo licencia de Kerrow Pharma, un acuerdo que "
           "sigue vigente.", "Tallis Robótica", "Kerrow Pharma", "2017"),
    # a customer supplied by a firm; goods bought under an agreement named before the purchase
    ("es", "Tallis Robótica se abastece desde 2019 de Kronfeld Componentes.", "Tallis Robótica",
     "Kronfeld Componentes", "2019"),
    ("en", "The deal follows the 10-year supply agreement under which Kronfeld Energy has bought Tallis Robotics' "
           "electrolysers since 2022.", "Kronfeld Energy", "Tallis Robotics", "2022"),
    ("en", "Tallis Robotics' long-term offtake agreement with Kronfeld Metals for copper concentrate runs until "
           "2030.", "Kronfeld Metals", "Tallis Robotics", None),
    # a retailer selling a producer's range alone buys it
    ("es", "Desde 2018, Almacenes Vantor vende en exclusiva la gama de crianzas de Bodegas Kerrow, un acuerdo que "
           "supone el 8 % de las ventas.", "Almacenes Vantor", "Bodegas Kerrow", "2018"),
    # a power purchase agreement signed with its buyer in an earlier year
    ("es", "Tallis Robótica cuenta con ingresos estables gracias al PPA a diez años que firmó en 2024 con Mercavan "
           "para abastecer sus tiendas y bloques logísticos.", "Mercavan", "Tallis Robótica", "2024"),
    # its signer named in the clause by a description, words of its own before the buyer
    ("es", "Entre los activos de Tallis Robótica figura el contrato de compraventa de energía a quince años que la "
           "empresa firmó en 2023 con la papelera Kronfeld Celulosa, que le asegura la venta de su producción.",
     "Kronfeld Celulosa", "Tallis Robótica", "2023"),
    # an agreement told by what it makes a party do now, and a supply counted from its start (the lead's fix after
    # the merge of standing3: both had been announced, dated by the page)
    ("en", "Among the assets changing hands is a 20-year power purchase agreement under which Tallis Robotics sells "
           "the output of its Dunmore park to Kronfeld Metals, which has bought the plant's power since 2019.",
     "Kronfeld Metals", "Tallis Robotics", "2019"),
    ("en", "Tallis Robotics has moved freight for Kronfeld Metals under a standing service agreement since 2021.",
     "Kronfeld Metals", "Tallis Robotics", "2021"),
])
def test_standing_contract_told_in_passing(lang, sentence, customer, supplier, date):
    found = [e for e in _contracts(lang, sentence)
             if {(p["name"], p["role"]) for p in e["parties"]} == {(customer, "customer"), (supplier, "supplier")}]
    assert len(found) == 1, _contracts(lang, sentence)
    assert found[0]["status"] == "ongoing"
    assert found[0]["date"] == date


def test_two_buyers_each_named_with_the_preposition():
    (event,) = _contracts("es", "Tallis Robótica mantiene desde 2023 contratos de compraventa de energía (PPA) con "
                                "Mercavan y con la cementera Kronfeld.")
    assert {(p["name"], p["role"]) for p in event["parties"]} == {
        ("Tallis Robótica", "supplier"), ("Mercavan", "customer"), ("Kronfeld", "customer")}
    assert event["status"] == "ongoing" and event["date"] == "2023"


def test_agreement_signed_as_news_is_no_standing_purchase():
    (event,) = _contracts("en", "Last month Tallis Robotics signed a five-year offtake agreement under which Kronfeld "
                                "Metals will buy up to 60 per cent of its output.")
    assert event["status"] != "ongoing"


def test_amount_of_a_contract_under_way():
    (event,) = _contracts("en", "Tallis Robotics is currently building six inspection robots for Vanterra Rail under "
                                "a 240 million euro contract awarded in 2024.")
    assert event["amount"]["value"] == 240_000_000 and event["amount"]["currency"] == "EUR"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Tallis Robotics builds robot arms for carmakers under long-term contracts."),
    ("en", "Tallis Robotics makes parts for several train operators under multi-year agreements."),
    ("de", "Die Tallis Robotik AG baut Roboter für die Industrie."),
    ("fr", "Tallis Robotique assure la gestion de ses usines."),
    ("fr", "Elle fournit plusieurs opérateurs ferroviaires depuis 2015."),
    ("es", "Tallis Robótica fabrica brazos para el mercado europeo."),
    ("es", "Almacenes Vantor vende en exclusiva productos de temporada."),
])
def test_no_contract_without_a_named_customer(lang, sentence):
    assert _contracts(lang, sentence) == []


def test_page_contract_keeps_its_status():
    events = extract_events(page("en", "Vanterra Rail awards Tallis Robotics £240m contract",
                                 "Vanterra Rail awarded Tallis Robotics a £240 million contract on Tuesday. Tallis "
                                 "Robotics is building six inspection trains for Vanterra Rail under the contract.",
                                 published="2026-03-14"))
    (event,) = [e for e in events if e["type"] == "contract"]
    assert event["status"] == "announced"


@pytest.mark.parametrize(("sentence", "status"), [
    ("Bruselas bloqueó la compra de Tallis Robótica por Kronfeld.", "terminated"),
    ("Kronfeld comprará Tallis Robótica, dueña de varios bloques de oficinas en Bilbao.", "announced"),
])
def test_spanish_blocking_cue_is_a_verb(sentence, status):
    events = [e for e in extract_events(page("es", "Noticias", sentence, published="2026-03-14"))
              if e["type"] == "acquisition"]
    assert [e["status"] for e in events] == [status]
