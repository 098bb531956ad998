"""Standing or background contracts told in passing on a page about something else (issue 3, contracts4): the
customer often a public body named in full ("Port of Tilbury", "Land Hessen", "Landesbetrieb Mobilität Pfalz"),
the supplier the page's firm by its short name, a pronoun or a description, the contract dated by its start; and a
contract told over two sentences, the winner in one and the body that gave it in the next. Never a bare "Land" or
"Council", and no contract where a body only approves or a firm only lists customers."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

EN_INTRO = "Lumatec Systems Ltd opened a new office in Leeds on Monday."
DE_INTRO = "Die Lumatec GmbH hat am Montag ein Büro in Leipzig eröffnet."


def contracts(lang: str, *paragraphs: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Nachrichten" if lang == "de" else "News", *paragraphs))
            if e["type"] == "contract"]


@pytest.mark.parametrize("text, customer, year", [
    ("Since 2021 Lumatec has also been working for the Essex Fire Service under a three-year contract, digitising "
     "incident reports.", "Essex Fire Service", "2021"),
    ("Since 2021 Lumatec has worked for Essex County Council under a five-year contract, scanning planning files.",
     "Essex County Council", "2021"),
    ("Lumatec already operates the parking system at the Port of Tilbury, a contract it has held since 2020 and "
     "which was renewed this spring.", "Port of Tilbury", "2020"),
    ("Among its customers is Kent County Council, which has had the firm digitise its archive under a contract "
     "running since 2018.", "Kent County Council", "2018"),
    ("Among those customers is Kent County Council, which has had the company print its parking permits under a "
     "contract running since 2016.", "Kent County Council", "2016"),
    ("It has cleaned the trains of Northern Rail since 2022 under a seven-year contract.", "Northern Rail", "2022"),
])
def test_english_standing_contract_told_in_passing(text, customer, year):
    (event,) = contracts("en", EN_INTRO, text)
    assert parties(event) == {("Lumatec Systems", "supplier"), (customer, "customer")}
    assert event["status"] == "ongoing" and event["date"] == year


def test_english_service_run_for_a_body_a_contract_told_after_a_comma():
    (event,) = contracts("en", EN_INTRO, "Lumatec also runs the booking platform for the Highways Agency, a "
                                         "contract renewed last year.")
    assert parties(event) == {("Lumatec Systems", "supplier"), ("Highways Agency", "customer")}


@pytest.mark.parametrize("lang, text, supplier, customer", [
    ("en", "Korff Build Ltd has won the contract to rebuild the Severn footbridge. Monmouthshire County Council "
           "awarded the contract, worth £21m, on Wednesday.", "Korff Build", "Monmouthshire County Council"),
    ("de", "Den Zuschlag für den Neubau der Mainbrücke hat die Korff Bau AG erhalten. Der Landesbetrieb Mobilität "
           "Pfalz vergab den Auftrag im Wert von 210 Millionen Euro am Mittwoch, wie das Mainzer Unternehmen "
           "mitteilte.", "Korff Bau", "Landesbetrieb Mobilität Pfalz"),
])
def test_contract_won_in_one_sentence_given_in_the_next(lang, text, supplier, customer):
    (event,) = [e for e in extract_events(page(lang, "Korff baut Mainbrücke", text)) if e["type"] == "contract"]
    assert parties(event) == {(supplier, "supplier"), (customer, "customer")}
    assert event["amount"]["value"] in (21e6, 210e6)


@pytest.mark.parametrize("text, customer", [
    ("Seit 2021 arbeitet Lumatec zudem im Rahmen eines Rahmenvertrags für das Land Hessen.", "Land Hessen"),
    ("Seit 2018 beliefert Lumatec den Freistaat Sachsen mit Streusalz.", "Freistaat Sachsen"),
    ("Seit 2019 betreibt Lumatec das Parkleitsystem der Stadt Kassel, ein Auftrag, der im Frühjahr verlängert "
     "wurde.", "Stadt Kassel"),
    ("Für 30 Mio. Euro liefert Lumatec seit September Speicher an das Land Hessen.", "Land Hessen"),
])
def test_german_public_body_named_in_full(text, customer):
    (event,) = contracts("de", DE_INTRO, text)
    assert parties(event) == {("Lumatec", "supplier"), (customer, "customer")}
    assert event["status"] == "ongoing"


@pytest.mark.parametrize("text, customer", [
    ("Das Land Berlin hat bei Lumatec 40 Busse bestellt.", "Land Berlin"),
    ("Der Landesbetrieb Straßenbau NRW hat Lumatec mit der Sanierung von zwölf Brücken beauftragt.",
     "Landesbetrieb Straßenbau NRW"),
])
def test_german_public_body_gives_an_order(text, customer):
    (event,) = contracts("de", DE_INTRO, text)
    assert parties(event) == {("Lumatec", "supplier"), (customer, "customer")}


def test_german_framework_agreement_told_in_a_relative_clause():
    (event,) = contracts("de", "Die Sennwerk Solar AG ist am Freitag an die Börse gegangen.",
                         "Rückenwind gibt ein Rahmenvertrag, den das Unternehmen im Mai mit dem Energieversorger "
                         "Westfalenstrom geschlossen hat: Er sieht die Lieferung von Modulen im Volumen von 240 "
                         "Millionen Euro vor.")
    assert parties(event) == {("Sennwerk Solar", "supplier"), ("Westfalenstrom", "customer")}
    assert event["amount"]["value"] == 240e6 and event["date"].endswith("-05")


@pytest.mark.parametrize("text", [
    "Oakmere brings with it a steady customer: the bakery has supplied own-label bread to the Fernway Stores chain "
    "since 2018, an arrangement both sides said would continue.",
    "Oakmere brings with it a steady customer: the bakery has supplied own-label bread to Fernway Stores since 2018.",
])
def test_english_chain_named_before_its_kind_noun(text):
    events = extract_events(page("en", "Kelby buys Oakmere", "Kelby Foods has agreed to buy Oakmere Bakery Ltd for "
                                 "£40m.", text))
    (event,) = [e for e in events if e["type"] == "contract"]
    assert parties(event) == {("Oakmere Bakery", "supplier"), ("Fernway Stores", "customer")}
    assert event["status"] == "ongoing" and event["date"] == "2018"


@pytest.mark.parametrize("text", [
    "The combined company will continue to serve the Ministry of Defence, which has bought monitors from Orridge "
    "under a supply agreement since 2019.",
    "It will serve the Ministry of Defence, which has purchased Orridge's monitors under a supply agreement since "
    "2019.",
])
def test_english_relative_clause_after_an_infinitive_names_the_customer(text):
    (event,) = contracts("en", "Orridge Medical Inc. makes heart monitors.", text)
    assert parties(event) == {("Orridge Medical", "supplier"), ("Ministry of Defence", "customer")}
    assert event["status"] == "ongoing" and event["date"] == "2019"


@pytest.mark.parametrize("text", [
    "Hollwick, which has bought closures and packs from Norvane under a multi-year supply agreement since 2019, is "
    "also a client of Kestrel.",
    "Hollwick, which has purchased Norvane's closures under a supply agreement since 2019, is also a client of "
    "Kestrel.",
])
def test_english_lone_first_word_antecedent_of_a_relative_deal_clause(text):
    (event,) = contracts("en", "Norvane Packaging agreed to buy Kestrel Films for £420m.", text)
    assert parties(event) == {("Norvane Packaging", "supplier"), ("Hollwick", "customer")}
    assert event["status"] == "ongoing" and event["date"] == "2019"


def test_english_lone_first_word_before_another_relative_clause_stays_unnamed():
    events = extract_events(page("en", "News", "Norvane Packaging agreed to buy Kestrel Films for £420m.",
                                 "Demand, which rose in March, lifted sales at Norvane."))
    assert "Demand" not in {p["name"] for e in events for p in e["parties"]}


def test_english_recipient_after_to_still_read():
    (event,) = [e for e in extract_events(page("en", "News", "Lumatec Group has agreed to sell its Nordwerk unit to "
                                               "the Swiss insurer Helvara for $300m.")) if e["type"] == "acquisition"]
    assert ("Helvara", "acquirer") in parties(event)


@pytest.mark.parametrize("lang, text", [
    ("en", "Lumatec's customers include several county councils and two ports."),
    ("en", "Lumatec has been working for years on a new product, its chief executive said."),
    ("en", "Lumatec has employed 300 staff at its Leeds plant since 2019."),
    ("en", "Lumatec has run the plant at Leeds since 2019."),
    ("de", "Zu den Kunden zählen mehrere Stadtwerke."),
    ("de", "Das Land hat in den vergangenen Jahren viel investiert."),
    ("de", "Lumatec beschäftigt seit 2019 rund 300 Mitarbeiter."),
])
def test_no_contract_without_a_customer_or_a_contract(lang, text):
    assert contracts(lang, EN_INTRO if lang == "en" else DE_INTRO, text) == []


@pytest.mark.parametrize("text", [
    "Die Stadtwerke verwalten das Land Hessen nicht.",
    "Land Rover hat Lumatec beauftragt.",
])
def test_german_state_word_alone_is_no_party(text):
    names = {p["name"] for e in extract_events(page("de", "Nachrichten", DE_INTRO, text)) for p in e["parties"]}
    assert "Land" not in names and "Hessen" not in names
