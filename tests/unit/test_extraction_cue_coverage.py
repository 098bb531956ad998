"""Deal cues the press uses that the lists lacked, and look-alikes that are no deal, in en, de and es:
sentences written for these tests, several phrasings a class."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

# press cues with the deal and parties each gives (run by test_extraction_deal_words)
CUES = [
    # a customer giving a contract, its supplier named right after the verb or after "to"
    ("en", "The Ministry of Transport has awarded Corvane Rail a £300m contract to renew signalling on two lines.",
     "contract", {("Ministry of Transport", "customer"), ("Corvane Rail", "supplier")}),
    ("en", "Brightwell Energy gave Tallis Construction a €20m contract for its new substation.",
     "contract", {("Brightwell Energy", "customer"), ("Tallis Construction", "supplier")}),
    ("en", "Westhaven County Council has handed a £48m contract to build a new bridge to Tallis Construction.",
     "contract", {("Westhaven County Council", "customer"), ("Tallis Construction", "supplier")}),
    ("en", "Westhaven County Council handed a contract to widen the Halden bypass to Tallis Construction.",
     "contract", {("Westhaven County Council", "customer"), ("Tallis Construction", "supplier")}),
    # a contract told by whom it was signed with, the verb last
    ("de", "Die Halden Verkehrsbetriebe haben mit der Korvan Bahntechnik GmbH einen Rahmenvertrag über 400 Weichen "
     "geschlossen.", "contract", {("Halden Verkehrsbetriebe", "customer"), ("Korvan Bahntechnik", "supplier")}),
    ("de", "Die Stadtwerke Halden haben mit der Tallis Bau AG einen Vertrag über den Bau eines Wasserwerks "
     "unterzeichnet.", "contract", {("Stadtwerke Halden", "customer"), ("Tallis Bau", "supplier")}),
    # works given to a firm: "adjudica a X la reforma de"
    ("es", "El Ayuntamiento de Valdemora ha adjudicado a Construcciones Tallis la reforma del mercado central por 12 "
     "millones de euros.", "contract",
     {("Ayuntamiento de Valdemora", "customer"), ("Construcciones Tallis", "supplier")}),
    ("es", "La Diputación de Valdemora adjudicó a Construcciones Tallis la rehabilitación del puente viejo.",
     "contract", {("Diputación de Valdemora", "customer"), ("Construcciones Tallis", "supplier")}),
    # a contract assigned or granted to a firm: "asignó a X un contrato", "otorgó un contrato ... a X"
    ("es", "Petróleos de Valdemora asignó a Servicios Tallis un contrato por 4.200 millones de pesos para perforar 22 "
     "pozos.", "contract", {("Petróleos de Valdemora", "customer"), ("Servicios Tallis", "supplier")}),
    ("es", "El Ayuntamiento de Valdemora asigna a Limpiezas Halden el contrato de recogida de basuras.",
     "contract", {("Ayuntamiento de Valdemora", "customer"), ("Limpiezas Halden", "supplier")}),
    # buying verbs of the press
    ("en", "Halvern Foods has picked up Dovecot Bakeries, a regional bakery chain, for £40m.",
     "acquisition", {("Halvern Foods", "acquirer"), ("Dovecot Bakeries", "target")}),
    ("en", "Halvern Foods swooped on Dovecot Bakeries in a £40m deal on Monday.",
     "acquisition", {("Halvern Foods", "acquirer"), ("Dovecot Bakeries", "target")}),
    ("en", "Halvern Foods swoops for Dovecot Bakeries.",
     "acquisition", {("Halvern Foods", "acquirer"), ("Dovecot Bakeries", "target")}),
    ("es", "En 2024 el grupo Halvern pactó quedarse con Panaderías Dovecot por 40 millones de euros.",
     "acquisition", {("Halvern", "acquirer"), ("Panaderías Dovecot", "target")}),
    ("es", "El grupo Halvern quiere quedarse con Panaderías Dovecot.",
     "acquisition", {("Halvern", "acquirer"), ("Panaderías Dovecot", "target")}),
    # mergers told by the firms coming together
    ("de", "Die Volksbank Halden und die Sparkasse Dovenau wollen sich zusammenschließen.",
     "merger", {("Volksbank Halden", "party"), ("Sparkasse Dovenau", "party")}),
    ("de", "Die Volksbank Halden und die Sparkasse Dovenau haben sich zusammengeschlossen.",
     "merger", {("Volksbank Halden", "party"), ("Sparkasse Dovenau", "party")}),
    ("de", "Die Volksbank Halden und die Sparkasse Dovenau gehen zusammen.",
     "merger", {("Volksbank Halden", "party"), ("Sparkasse Dovenau", "party")}),
    ("en", "Halden Mutual and Dovenau Savings are to join together to form a single lender.",
     "merger", {("Halden Mutual", "party"), ("Dovenau Savings", "party")}),
    ("es", "Caja Halden y Caja Dovenau se unirán en una sola entidad.",
     "merger", {("Caja Halden", "party"), ("Caja Dovenau", "party")}),
    # developing something together
    ("de", "Seit 2021 entwickelt die Halvern AG gemeinsam mit der Dovecot GmbH neue Steuergeräte.",
     "partnership", {("Halvern", "partner"), ("Dovecot", "partner")}),
    ("de", "Die Halvern AG baut gemeinsam mit der Dovecot GmbH ein Werk in Halle.",
     "partnership", {("Halvern", "partner"), ("Dovecot", "partner")}),
]


@pytest.mark.parametrize(("lang", "sentence"), [
    # banks and advisers hired for a deal are no suppliers
    ("es", "Grupo Halvern había contratado a Santander y JPMorgan para estudiar la operación."),
    ("es", "Grupo Halvern ha contratado a dos bancos como asesores de la venta de Panaderías Dovecot."),
    ("de", "Die Halvern AG hat die Deutsche Bank und Lazard mit der Prüfung von Optionen beauftragt."),
    ("en", "Halvern Group has hired Goldman Sachs and Barclays to advise on a possible sale."),
    # picking up what is no firm
    ("en", "Orders at Halvern Foods picked up the pace in May."),
    # money assigned to a plan, a loan granted: no contract
    ("es", "Grupo Halvern asignó 30 millones de euros a su plan de expansión con Panaderías Dovecot."),
    ("es", "Caja Halden otorgó a Construcciones Tallis un préstamo de 20 millones de euros."),
])
def test_look_alikes_state_no_deal(lang: str, sentence: str) -> None:
    assert not [e for e in extract_events(page(lang, "News", sentence)) if e["type"] in ("contract", "acquisition")]


def test_an_advisers_mandate_leaves_the_deal_it_works_on():
    events = extract_events(page("es", "News", "Grupo Halvern ha encargado a Santander y a JP Morgan los trabajos "
                                 "preliminares para su salida a bolsa."))
    assert [(e["type"], parties(e)) for e in events] == [("ipo", {("Halvern", "issuer")})]


def test_a_place_inside_the_work_given_is_no_supplier():
    (event,) = extract_events(page("en", "News", "Shropley Council has handed a £48m contract to build the "
                                   "long-delayed Oswestry eastern relief road to Tallis Construction."))
    assert parties(event) == {("Shropley Council", "customer"), ("Tallis Construction", "supplier")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Westhaven County Council has handed a £48m contract to build a bridge to Tallis Construction.\n"
           "The award was confirmed by the council's cabinet on Tuesday."),
    ("de", "Die Stadtwerke Halden vergeben den Auftrag für das neue Wasserwerk an die Tallis Bau AG.\n"
           "Der Zuschlag wurde am Dienstag erteilt."),
    ("es", "El Ayuntamiento de Valdemora ha adjudicado a Construcciones Tallis la reforma del mercado central.\n"
           "La adjudicación se aprobó el martes."),
])
def test_a_next_sentence_about_the_award_dates_it(lang: str, text: str) -> None:
    events = [e for e in extract_events(page(lang, "News", *text.split("\n"), published="2024-03-14"))
              if e["type"] == "contract"]
    assert events and events[0]["date"] == "2024-03-12"


@pytest.mark.parametrize(("lang", "sentence", "place"), [
    ("en", "The acquisition was unveiled alongside results that showed Halvern Foods closing two sites in the "
           "Midlands.", "Midlands"),
    ("en", "It is the largest IPO by a Pittsburgh-area company since 2021.", "Pittsburgh-area"),
    ("en", "Dovecot Robotics landed a contract from Halvern Logistics for 400 robots to be deployed in eight U.S. "
           "warehouses.", "U.S."),
    ("de", "Die Halvern AG kauft in Paris zu.", "Paris"),
    ("de", "Die Halvern AG investiert 50 Millionen Euro in das Werk in der Oberlausitz.", "Werk"),
    ("de", "Um den Auftrag zu stemmen, will die Halvern AG am Standort Donaufeld 120 Stellen schaffen.", "Standort"),
    ("es", "La compañía Halvern prevé invertir 50 millones de euros en una segunda planta en el Campo de Dalías.",
     "Campo de Dalías"),
    ("es", "En 2024 el grupo Halvern se hizo con Préstamos Dovecot, que opera en Colombia.", "Colombia"),
])
def test_a_place_is_no_party(lang: str, sentence: str, place: str) -> None:
    named = {p["name"] for e in extract_events(page(lang, "News", sentence)) for p in e["parties"]}
    assert not any(n == place or n.startswith(place + " ") for n in named), named


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Grupo Halvern compró Préstamos Dovecot por 150 millones de pesos mexicanos.", 150e6, "MXN"),
    ("Grupo Halvern compró Préstamos Dovecot por 20.000 millones de pesos colombianos.", 20e9, "COP"),
])
def test_pesos_are_a_currency(text: str, value: float, currency: str) -> None:
    (event,) = extract_events(page("es", "News", text))
    assert (event["amount"]["value"], event["amount"]["currency"]) == (value, currency)


@pytest.mark.parametrize(("lang", "sentence", "authority"), [
    ("es", "En 2024 el grupo Halvern había pactado quedarse con Panaderías Dovecot, pero la CNMC bloqueó la operación.",
     "CNMC"),
    ("es", "El grupo Halvern comunicó a la CNMV su oferta por Panaderías Dovecot.", "CNMV"),
    ("en", "Halvern Foods agreed to buy Dovecot Bakeries, but the FTC sued to block the deal.", "FTC"),
    ("en", "Halvern scrapped a planned merger with Dovecot Bakeries after a lengthy SEC review.", "SEC"),
    ("de", "Die Halvern AG wollte die Dovecot GmbH übernehmen, doch das Bundeskartellamt untersagte den Kauf.",
     "Bundeskartellamt"),
])
def test_a_regulator_is_no_party(lang: str, sentence: str, authority: str) -> None:
    events = extract_events(page(lang, "News", sentence))
    assert events and all(authority not in {p["name"] for p in e["parties"]} for e in events)


@pytest.mark.parametrize("sentence", [
    "Halvern scrapped a planned merger with blank-check firm Dovecot Acquisition Corp in 2024.",
    "Halvern Foods completed its merger with Dovecot Acquisition Corp on Monday.",
    "Halvern Foods agreed to merge with Dovecot Acquisition Corp, a blank-check company.",
])
def test_a_deal_word_inside_a_firms_name_is_no_cue(sentence: str) -> None:
    assert "acquisition" not in {e["type"] for e in extract_events(page("en", "News", sentence))}


@pytest.mark.parametrize(("lang", "sentence", "source"), [
    ("de", "Im Sommer hatte das Branchenblatt „Halden-Report“ berichtet, der Konkurrent Dovecot AI habe wegen einer "
           "Übernahme der Halvern GmbH angeklopft.", "Halden-Report"),
    ("de", "Wie der Fachdienst „Halden Insider“ meldet, kauft die Halvern AG die Dovecot GmbH.", "Halden Insider"),
    ("en", "The trade publication \"Halden Weekly\" reported that Halvern Foods would buy Dovecot Bakeries.",
     "Halden Weekly"),
])
def test_a_publication_named_in_quotes_is_no_party(lang: str, sentence: str, source: str) -> None:
    events = extract_events(page(lang, "News", sentence))
    assert events and all(source not in {p["name"] for p in e["parties"]} for e in events)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Das Land übernimmt die Kosten für die Halvern AG."),
    ("de", "Die Halvern AG übernimmt die Verantwortung für den Bau des Dovecot-Werks."),
    ("de", "Die Halvern AG übernimmt die Führung des Konsortiums mit der Dovecot GmbH."),
    ("en", "Founded in 2020 by former banker Mark Vellin, Halvern matches invoices against purchase orders."),
    ("en", "Halvern Pay handles purchase orders for Dovecot Bank."),
])
def test_what_is_taken_on_or_ordered_is_no_firm_bought(lang: str, sentence: str) -> None:
    assert "acquisition" not in {e["type"] for e in extract_events(page(lang, "News", sentence))}


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected"), [
    # stock bought is a stake, not the firm
    ("en", "Halvern Capital bought $50 million of new stock in Dovecot Robotics.", "investment",
     {("Halvern Capital", "investor"), ("Dovecot Robotics", "investee")}),
    ("en", "Halvern Capital bought $20 million of common stock in Dovecot Robotics in May.", "investment",
     {("Halvern Capital", "investor"), ("Dovecot Robotics", "investee")}),
    # Spanish infinitives with an enclitic pronoun, and services held under contract
    ("es", "El fondo Maplewood quiere comprarle Halvern Solar a Grupo Dovecot.", "acquisition",
     {("Maplewood", "acquirer"), ("Halvern Solar", "target"), ("Dovecot", "seller")}),
    ("es", "Grupo Halvern ha acordado venderle Halvern Solar al fondo Maplewood Capital.", "acquisition",
     {("Halvern", "seller"), ("Halvern Solar", "target"), ("Maplewood Capital", "acquirer")}),
    ("es", "Caja Halden tiene contratados con Banco Dovecot sus servicios de tesorería.", "contract",
     {("Caja Halden", "customer"), ("Dovecot", "supplier")}),
])
def test_stakes_enclitics_and_held_contracts(lang: str, sentence: str, kind: str, expected: set) -> None:
    events = [e for e in extract_events(page(lang, "News", sentence)) if e["type"] == kind]
    assert events and parties(events[0]) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Fundada en 2019 por Pablo Ferrán y Marta Ibáñez, la empresa se encarga de todo el ciclo del alquiler.", None),
    ("Renfe Dovecot encarga a Halvern Trenes 20 convoyes de alta velocidad.",
     {("Renfe Dovecot", "customer"), ("Halvern Trenes", "supplier")}),
])
def test_taking_care_of_something_is_no_order(sentence: str, expected: set | None) -> None:
    """ "se encarga de" (takes care of) orders nothing; "encarga" (orders) does."""
    events = [e for e in extract_events(page("es", "News", sentence)) if e["type"] == "contract"]
    assert [parties(e) for e in events] == ([expected] if expected else [])
