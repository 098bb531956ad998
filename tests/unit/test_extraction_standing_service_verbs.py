"""Standing service and supply relationships told with a service verb and a start, on a page about another deal (issue
3, standing6): a customer relying on its supplier to make its goods ("has relied on Y to manufacture its chips since
2025", "relies on Y, which has assembled ... since 2023"), goods made at a supplier ("lässt ... bei Y fertigen",
"fait fabriquer ses puces par Y"), an IT service run for its owner ("Seit 2018 betreibt der IT-Dienstleister Y die
Kernbankenverwaltung der Z", "has operated the core banking system of Z", "exploite le système informatique de Z"), a
bank selling an insurer's products (bancassurance: "vermittelt seit 2015 Versicherungen der Y", "distribue depuis
2016 les contrats d'assurance vie de Y", "comercializa desde 2016 los seguros de vida de Y"), an online shop run for
a retailer ("gestiona desde 2023 la venta online de productos frescos de Y"), a mandate managed for a client ("gère,
depuis 2019, un mandat ... pour Y") and electricity sold from its plants to a customer ("vende la electricidad de sus
parques a la cadena Y"). Each is ongoing and dated by its start. Probes that stay no deal: goods sold to nobody
named, property brokered, a wait, a group's own unit serviced. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page
from tests.unit.test_extraction_standing_background import INTRO


def _events(lang: str, sentence: str, kind: str) -> list[tuple[str, str | None, set[tuple[str, str]]]]:
    title, intro = INTRO[lang]
    return [(e["status"], e["date"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(lang, title, f"{intro} {sentence}", published="2026-03-14"))
            if e["type"] == kind]


@pytest.mark.parametrize(("lang", "sentence", "customer", "supplier", "date"), [
    # a customer relying on its supplier to make its goods
    ("en", "Tallis Robotics has relied on Hsinchu Microfab to manufacture its chips since 2024.", "Tallis Robotics",
     "Hsinchu Microfab", "2024"),
    ("en", "Since 2024, Tallis Robotics has relied on Hsinchu Microfab to make its sensors.", "Tallis Robotics",
     "Hsinchu Microfab", "2024"),
    ("en", "Tallis Robotics relies on Hsinchu Microfab, which has made its chips in Taiwan since 2021.",
     "Tallis Robotics", "Hsinchu Microfab", "2021"),
    ("de", "Seit 2024 lässt die Tallis Robotik AG ihre Halbleiter bei Hsinchu Microfab fertigen.", "Tallis Robotik",
     "Hsinchu Microfab", "2024"),
    ("de", "Die Tallis Robotik AG lässt ihre Sensoren seit 2024 bei Hsinchu Microfab herstellen.", "Tallis Robotik",
     "Hsinchu Microfab", "2024"),
    ("fr", "Depuis 2024, Tallis Robotique fait fabriquer ses puces par Hsinchu Microfab.", "Tallis Robotique",
     "Hsinchu Microfab", "2024"),
    ("fr", "Tallis Robotique fait fabriquer ses moteurs depuis 2019 par la société Nordwerk.", "Tallis Robotique",
     "Nordwerk", "2019"),
    # an IT service run for the owner of what is run
    ("de", "Seit 2019 betreibt der Kieler IT-Dienstleister Rechenwerk Nord die komplette Kernbanken- und "
           "Vertragsverwaltung der Tallis Robotik AG.", "Tallis Robotik", "Rechenwerk Nord", "2019"),
    ("de", "Der IT-Dienstleister Rechenwerk Nord betreibt seit 2019 das Rechenzentrum der Tallis Robotik AG.",
     "Tallis Robotik", "Rechenwerk Nord", "2019"),
    ("en", "Since 2019, the IT services firm Datavault has operated the core banking system of Tallis Robotics.",
     "Tallis Robotics", "Datavault", "2019"),
    ("fr", "Depuis 2019, le prestataire Infogest exploite le système informatique de Tallis Robotique.",
     "Tallis Robotique", "Infogest", "2019"),
    ("es", "Desde 2019, la tecnológica Infodatos opera los sistemas informáticos de Tallis Robótica.",
     "Tallis Robótica", "Infodatos", "2019"),
    # a mandate managed for a client
    ("fr", "Valoris gère notamment, depuis 2020, un mandat de dette privée pour le fonds de pension Norvalia, dont "
           "elle est l'un des trois gérants délégués.", "Norvalia", "Valoris", "2020"),
    ("es", "Desde 2020, Valoris gestiona un mandato de deuda privada para el fondo de pensiones Norvalia.",
     "Norvalia", "Valoris", "2020"),
    # electricity sold from its plants to a customer
    ("es", "Eólicas Moncalvo llega con sus ingresos asegurados: desde 2021 vende la electricidad de sus parques a la "
           "cadena de supermercados Mercavia mediante un contrato a largo plazo.", "Mercavia", "Eólicas Moncalvo",
     "2021"),
    ("en", "Since 2021, Windvale Power has sold the electricity from its wind farms to the retailer Marlowe under a "
           "long-term agreement.", "Marlowe", "Windvale Power", "2021"),
])
def test_service_run_since_a_start(lang, sentence, customer, supplier, date):
    assert ("ongoing", date, {(customer, "customer"), (supplier, "supplier")}) in _events(lang, sentence, "contract")


@pytest.mark.parametrize(("lang", "sentence", "partners", "date"), [
    # a bank selling an insurer's or a fund house's products
    ("de", "Die Volksbank Kranichfeld vermittelt seit 2016 Lebens- und Sachversicherungen der Würzburger Meridia "
           "Versicherung.", {"Volksbank Kranichfeld", "Meridia Versicherung"}, "2016"),
    ("de", "Die Sparkasse Oberau vertreibt seit 2018 Fonds der Kapitalgesellschaft Lumafonds AG.",
     {"Sparkasse Oberau", "Kapitalgesellschaft Lumafonds"}, "2018"),
    ("fr", "Depuis 2016, la Banque Veyrac distribue les contrats d'assurance vie de Meridia Assurances.",
     {"Banque Veyrac", "Meridia Assurances"}, "2016"),
    ("es", "Desde 2016, Caja Sorolla comercializa los seguros de vida de Meridia Seguros en sus oficinas.",
     {"Caja Sorolla", "Meridia Seguros"}, "2016"),
    # an online shop run for a retailer
    ("es", "Desde 2022, Pedidook gestiona la venta online de productos frescos de Supermercados Valdés, que le cede "
           "espacio en sus tiendas.", {"Pedidook", "Supermercados Valdés"}, "2022"),
    ("es", "Pedidook gestiona desde 2022 la venta online de Supermercados Valdés.",
     {"Pedidook", "Supermercados Valdés"}, "2022"),
    ("fr", "Depuis 2022, Livrago gère la vente en ligne des produits frais de Primeur Sud.",
     {"Livrago", "Primeur Sud"}, "2022"),
    ("fr", "Livrago assure depuis 2021 la vente en ligne de Primeur Sud.", {"Livrago", "Primeur Sud"}, "2021"),
])
def test_products_sold_for_a_partner_since_a_start(lang, sentence, partners, date):
    assert ("ongoing", date, {(n, "partner") for n in partners}) in _events(lang, sentence, "partnership")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Windvale Power has sold cars since 1990."),
    ("en", "Tallis Robotics relies on growth in Asia to lift its margins."),
    ("es", "Desde 1990, Eólicas Moncalvo vende coches en toda España."),
    ("de", "Die Volksbank Kranichfeld vermittelt seit 2016 Immobilien in der Region."),
    ("de", "Die Nordbank lässt ihre Kunden bei Lumatec warten."),
    # a group's own unit serviced
    ("en", "Lumatec has managed the accounting of its subsidiary Nordwerk since 2019."),
    ("fr", "Depuis 2019, Lumatec gère la comptabilité de sa filiale Nordwerk."),
    ("es", "Desde 2019, Lumatec gestiona la contabilidad de su filial Nordwerk."),
])
def test_no_counterparty_no_deal(lang, sentence):
    title, intro = INTRO[lang]
    events = extract_events(page(lang, title, f"{intro} {sentence}", published="2026-03-14"))
    assert [e for e in events if e["type"] in ("contract", "partnership")] == []
