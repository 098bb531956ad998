"""Standing relationships a page states in passing (issue 3, standing): a service a firm has rendered since a start
("Seit 2019 wartet X die Loks von Y", "X presta desde 2021 al Gobierno de Y", "X ya trabaja para Y"), a network
leased from its owner, work with a partner since a start ("X arbeitet seit 2021 mit Y an ..."). Each is an event
with status ongoing, dated by its start year when the text gives one. Probes that stay no event: waiting, working
to do something, a service with no customer named. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

INTRO = {
    "en": "Brenwick Rail, a maker of rail parts based in Derby, opened a new plant on Tuesday.",
    "de": "Die Brenwick Bahntechnik GmbH, ein Hersteller von Bahnteilen aus Kassel, hat am Dienstag ein Werk eröffnet.",
    "fr": "Brenwick Ferroviaire, fabricant lyonnais de pièces ferroviaires, a inauguré mardi une usine.",
    "es": "Brenwick Ferroviaria, fabricante vasco de piezas ferroviarias, abrió el martes una nueva planta.",
}
FIRM = {"en": "Brenwick Rail", "de": "Brenwick Bahntechnik", "fr": "Brenwick Ferroviaire",
        "es": "Brenwick Ferroviaria"}


def _events(lang: str, sentence: str) -> list[tuple[str, str, str | None, set[tuple[str, str]]]]:
    """Type, status, date and parties of each event of a page: its title, an introduction, the sentence."""
    record = page(lang, FIRM[lang], f"{INTRO[lang]} {sentence}", published="2024-06-14")
    return [(e["type"], e["status"], e["date"], parties(e)) for e in extract_events(record)]


def _contract(customer: str, supplier: str, date: str | None) -> tuple:
    return ("contract", "ongoing", date, {(customer, "customer"), (supplier, "supplier")})


def _partnership(one: str, other: str, date: str | None) -> tuple:
    return ("partnership", "ongoing", date, {(one, "partner"), (other, "partner")})


@pytest.mark.parametrize(("lang", "sentence", "event"), [
    # a service rendered since a start to a customer named as the owner of what is serviced, or after "a", "para"
    ("de", "Seit 2019 wartet das Unternehmen die Rangierloks von Kestrel Cargo.",
     _contract("Kestrel Cargo", "Brenwick Bahntechnik", "2019")),
    ("de", "Seit 2019 wartet Brenwick die Rangierloks von Kestrel Cargo in einem eigenen Werk.",
     _contract("Kestrel Cargo", "Brenwick Bahntechnik", "2019")),
    ("de", "Brenwick beliefert seit 2019 die Werke von Kestrel Cargo.",
     _contract("Kestrel Cargo", "Brenwick Bahntechnik", "2019")),
    ("de", "Das Unternehmen betreut seit 2020 für die Kestrel Cargo AG die Weichen im Süden.",
     _contract("Kestrel Cargo", "Brenwick Bahntechnik", "2020")),
    ("es", "La empresa presta desde 2021 al Gobierno de Kestrel el mantenimiento de sus trenes.",
     _contract("Gobierno de Kestrel", "Brenwick Ferroviaria", "2021")),
    ("es", "Brenwick Ferroviaria ya presta desde 2023 el servicio de mantenimiento de los trenes de Kestrel "
           "Transportes en Valencia.", _contract("Kestrel Transportes", "Brenwick Ferroviaria", "2023")),
    ("es", "Por su parte, Brenwick Ferroviaria ya trabaja para Kestrel Transportes en la variante de Pajares, donde "
           "mantiene un contrato de mantenimiento de túneles desde 2021.",
     _contract("Kestrel Transportes", "Brenwick Ferroviaria", "2021")),
    ("es", "La empresa conserva el contrato de transporte de piezas que opera desde 2020 para Kestrel Transportes.",
     _contract("Kestrel Transportes", "Brenwick Ferroviaria", "2020")),
    # (spanish) services with no article between the start and the customer after "a"
    ("es", "Además, la compañía presta desde 2022 servicios de transporte a Kestrel Alimentación.",
     _contract("Kestrel Alimentación", "Brenwick Ferroviaria", "2022")),
    ("es", "Brenwick Ferroviaria presta desde 2020 sus servicios de limpieza a los talleres de Kestrel Transportes.",
     _contract("Kestrel Transportes", "Brenwick Ferroviaria", "2020")),
    # goods supplied since a start to where the customer works ("aux usines de Y", "to the plants of Y")
    ("fr", "Elle fournit depuis 2015 des bogies aux usines de Kestrel Trains.",
     _contract("Kestrel Trains", "Brenwick Ferroviaire", "2015")),
    ("en", "It has supplied steel to the plants of Kestrel Motors since 2019.",
     _contract("Kestrel Motors", "Brenwick Rail", "2019")),
    ("es", "Desde 2019 suministra acero a las fábricas de Kestrel Motores.",
     _contract("Kestrel Motores", "Brenwick Ferroviaria", "2019")),
    # power sold under purchase agreements (PPA) since a start; "PPA" is no firm
    ("es", "Brenwick Ferroviaria mantiene desde 2023 contratos de compraventa de energía (PPA) con Kestrel "
           "Alimentación.", _contract("Kestrel Alimentación", "Brenwick Ferroviaria", "2023")),
    ("es", "La empresa mantiene desde 2022 acuerdos de venta de electricidad con Kestrel Cementos.",
     _contract("Kestrel Cementos", "Brenwick Ferroviaria", "2022")),
    # a network leased from its owner
    ("es", "Kestrel Telecom alquila desde 2022 el acceso a la red de Brenwick Ferroviaria en virtud de un contrato "
           "mayorista.", _contract("Kestrel Telecom", "Brenwick Ferroviaria", "2022")),
    ("en", "Brenwick Rail already maintains equipment for Kestrel Trains under a long-term service agreement.",
     _contract("Kestrel Trains", "Brenwick Rail", None)),
    ("en", "Brenwick Rail has serviced the signals for Kestrel Trains since 2019.",
     _contract("Kestrel Trains", "Brenwick Rail", "2019")),
    ("en", "Brenwick Rail will keep running the depot, which it has operated under a concession from Kestrel Ports "
           "since 2018.", _contract("Kestrel Ports", "Brenwick Rail", "2018")),
    # goods bought or sold under a standing agreement: a supply, no firm bought
    ("en", "Kestrel Steel will keep buying rails from Brenwick Rail under a long-term supply agreement.",
     _contract("Kestrel Steel", "Brenwick Rail", None)),
    ("fr", "Depuis 2022, Kestrel Aciers achète les bogies de Brenwick Ferroviaire pour son usine, en vertu d'un "
           "contrat d'approvisionnement de dix ans.", _contract("Kestrel Aciers", "Brenwick Ferroviaire", "2022")),
    ("es", "Desde 2021, Kestrel Aceros compra los bogies de Brenwick Ferroviaria en virtud de un contrato de "
           "suministro a diez años.", _contract("Kestrel Aceros", "Brenwick Ferroviaria", "2021")),
    # work with a partner since a start, the partner maybe named before a relative clause
    ("de", "Brenwick arbeitet seit 2021 mit der Kestrel AG an einer neuen Weiche.",
     _partnership("Brenwick Bahntechnik", "Kestrel", "2021")),
    ("en", "Its software partner is Kestrel Systems, which Brenwick Rail has worked with since 2023.",
     _partnership("Kestrel Systems", "Brenwick Rail", "2023")),
    ("fr", "Le chantier a été confié à Kestrel Bâtiment, avec qui Brenwick Ferroviaire collabore depuis 2018.",
     _partnership("Kestrel Bâtiment", "Brenwick Ferroviaire", "2018")),
    ("en", "Its distributor is Kestrel Medical, which has distributed Brenwick Rail's software in Europe since "
           "2024.", _partnership("Kestrel Medical", "Brenwick Rail", "2024")),
])
def test_a_standing_relationship_is_an_ongoing_event(lang: str, sentence: str, event: tuple) -> None:
    assert event in _events(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Das Unternehmen wartet seit Wochen auf eine Genehmigung der Kestrel Cargo AG."),
    ("de", "Brenwick arbeitet seit 2021 an einer neuen Weiche für die Kestrel AG."),
    ("de", "Brenwick beliefert seit 2019 Kunden von Kestrel Cargo."),
    ("es", "La empresa trabaja para reducir sus costes desde 2020, según Kestrel Consultores."),
    ("es", "La empresa presta desde 2021 atención especial a la seguridad, según Kestrel Consultores."),
    ("en", "Brenwick Rail has operated plants for recycling since 2019, said Kestrel Research."),
    ("fr", "Elle livre des bogies aux usines de Kestrel Trains, selon Kestrel Conseil."),
])
def test_look_alikes_are_no_event(lang: str, sentence: str) -> None:
    assert _events(lang, sentence) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Seit 2019 wartet Brenwick die Rangierloks von Kestrel Cargo. Die Investition in eine zweite Halle "
           "beziffert das Unternehmen auf rund 25 Millionen Euro."),
    ("es", "Brenwick Ferroviaria ya trabaja para Kestrel Transportes desde 2021. La empresa invertirá 25 millones de "
           "euros en una nueva nave."),
])
def test_a_standing_relationship_takes_no_figure_of_its_supplier_told_later(lang: str, text: str) -> None:
    record = page(lang, FIRM[lang], f"{INTRO[lang]} {text}", published="2024-06-14")
    contracts = [e for e in extract_events(record) if e["type"] == "contract"]
    assert [(e["status"], e["amount"]) for e in contracts] == [("ongoing", None)]


@pytest.mark.parametrize(("lang", "sentence", "event"), [
    # a purchase of a firm stays one, even where a supply agreement is told in another clause
    ("en", "Brenwick Rail bought the forge maker Kestrel Metals Ltd for £64m in 2021, and since 2022 it has built "
           "bogies for Hallam Trains under a long-term supply contract.",
     ("acquisition", "completed", "2021", {("Brenwick Rail", "acquirer"), ("Kestrel Metals", "target")})),
    ("fr", "Brenwick Ferroviaire a racheté Kestrel Forge en 2021.",
     ("acquisition", "completed", "2021", {("Brenwick Ferroviaire", "acquirer"), ("Kestrel Forge", "target")})),
])
def test_a_purchase_of_a_firm_stays_an_acquisition(lang: str, sentence: str, event: tuple) -> None:
    assert event in _events(lang, sentence)


def test_a_long_term_offtake_agreement_of_the_supplier_is_ongoing() -> None:
    events = _events("en", "Brenwick Rail ships steel under Brenwick's long-term offtake agreement with Kestrel "
                           "Metals.")
    assert _contract("Kestrel Metals", "Brenwick Rail", None) in events
