"""False events of session 25 (heldout92-95): an entry into a firm's capital whose sentence goes on to buy the
majority is the purchase of the firm; money a firm raised "when it floated" on a day is its listing's; a share of
a plant's electricity bought by a utility is an offtake contract, not the purchase of a firm."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def events_of(lang: str, *paragraphs: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_events(page(lang, *paragraphs))
    return [(e["type"], {(p["name"], p["role"]) for p in e["parties"]}) for e in found]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Quelvar Capital entró en el capital de Brindel en 2019, cuando compró la mayoría a la familia fundadora "
           "por 80 millones de euros."),
    ("fr", "Quelvar Capital était entré au capital de Brindel en 2019 en rachetant la majorité détenue par les "
           "fondateurs."),
])
def test_entry_that_buys_the_majority_is_an_acquisition(lang, text):
    assert events_of(lang, "Brindel", text) == [("acquisition", {("Quelvar Capital", "acquirer"),
                                                                 ("Brindel", "target")})]


def test_entry_that_buys_a_minority_stays_an_investment():
    text = "Quelvar Capital entró en el capital de Brindel en 2019, cuando compró un 20 % a la familia fundadora."
    assert [k for k, _ in events_of("es", "Brindel", text)] == ["investment"]


def test_money_raised_when_a_firm_floated_is_its_listing():
    text = ("The largest was Pellham Payments, which raised £310m when it floated on 4 June and whose shares have "
            "since risen.")
    assert events_of("en", "Listings", text) == [("ipo", {("Pellham Payments", "issuer")})]


def test_share_of_a_city_s_electricity_bought_is_an_offtake():
    text = ("Under the contract, Dunmore Utilities will buy roughly 40 percent of the city's electricity from Vellor "
            "Wind starting in 2026.")
    assert events_of("en", "Power deal", text) == [("contract", {("Dunmore Utilities", "customer"),
                                                                 ("Vellor Wind", "supplier")})]


def test_takeover_agreed_one_year_and_blocked_the_next_is_one_deal():
    text = ("The regulator on Wednesday prohibited Morrow Heating's proposed acquisition of Keldan Pumps. "
            "Morrow Heating had agreed in October 2024 to buy Keldan Pumps from Ostley Partners for €2.1bn.")
    (event,) = extract_events(page("en", "Takeover blocked", text, published="2025-06-13"))
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "terminated", "2025-06-11")


def test_threshold_crossed_upwards_with_a_day_between_is_a_stake():
    text = ("La société de gestion Orlane Gestion a déclaré avoir franchi en hausse, le 3 mars, le seuil de 5 % du "
            "capital de Tessiane.")
    assert events_of("fr", "Tessiane", text) == [("investment", {("Orlane Gestion", "investor"),
                                                                 ("Tessiane", "investee")})]


def test_threshold_crossed_downwards_is_no_stake():
    text = "La Caisse Morvandelle a franchi en baisse le seuil de 10 % des droits de vote de Tessiane."
    assert events_of("fr", "Tessiane", text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'AMF a déclaré conforme le projet d'offre publique d'achat déposé par le groupe Corvelle sur les actions "
           "de Tessiane."),
    ("en", "Corvelle launched a tender offer for the shares of Tessiane on Monday."),
])
def test_public_offer_for_the_shares_is_a_takeover(lang, text):
    assert [k for k, _ in events_of(lang, "Tessiane", text)] == ["acquisition"]


def test_infinitive_negated_denies_the_deal():
    text = "Le fonds Orlane Gestion précise ne pas envisager d'acquérir le contrôle de Tessiane."
    assert events_of("fr", "Tessiane", text) == []


def test_owner_of_a_family_firm_is_a_person_everywhere_on_the_page():
    found = extract_events(page(
        "de", "Landmetzgerei Wendlinger geht an die Korngold-Gruppe",
        "Nach 60 Jahren in Familienhand verkauft Anton Wendlinger seine zwölf Filialen im Landkreis.",
        "Die Landmetzgerei Wendlinger GmbH aus Penzing wird von der Korngold Fleischwaren GmbH übernommen.",
        "Inhaber Anton Wendlinger, der den Betrieb in dritter Generation führt, begründete den Schritt mit der "
        "fehlenden Nachfolge."))
    assert found and all(p["name"] != "Anton Wendlinger" for e in found for p in e["parties"])


def test_capitalised_speaker_of_a_transcript_is_no_party():
    found = extract_events(page(
        "en", "Episode 12: Harrowby's big round",
        "LENA MARSH: Welcome back to the show.",
        "TOM BRICE: Thanks, Lena.",
        "LENA MARSH: Our story today: Harrowby Robotics.",
        "TOM BRICE: Harrowby!",
        "LENA MARSH: On Tuesday it closed a $30 million Series B led by Quillon Ventures.",
        "TOM BRICE: A big week for them."))
    assert [(e["type"], {(p["name"], p["role"]) for p in e["parties"]}) for e in found] == [
        ("funding_round", {("Harrowby Robotics", "investee"), ("Quillon Ventures", "investor")})]
