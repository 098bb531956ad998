"""Issue 3 (descriptions4): a deal whose second party the sentence tells by a description of a firm the page named
before ("the yard", "the bank", "der Vorstand des angeschlagenen Konzerns ... mit der Hannoveraner X") keeps both
parties; a description no firm of the page fits stays unresolved."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def deals(lang: str, *paragraphs: str) -> list[tuple[str, set]]:
    return [(e["type"], parties(e)) for e in extract_events(page(lang, *paragraphs))]


YARD = {("Vesthavn Marine", "acquirer"), ("Tayside Shipbuilders", "target")}

DESCRIBED = [
    # "yard" is a kind of shipbuilder and a noun of a trade: the page's shipbuilder, the object of the takeover
    ("en", ("Tayside Shipbuilders returns to profit", "Tayside Shipbuilders, the Dundee yard, reported a profit.",
            "The yard fell into administration in 2024 and was rescued by the Norwegian group Vesthavn Marine, which "
            "completed its takeover of the yard in September 2025."), "acquisition", YARD),
    ("en", ("Tayside Shipbuilders returns to profit", "Tayside Shipbuilders reported a profit for 2025.",
            "Vesthavn Marine completed its takeover of the yard in September 2025."), "acquisition", YARD),
    ("en", ("Tayside Marine returns to profit", "Tayside Marine, the Dundee shipbuilder, reported a profit.",
            "Vesthavn Marine took over the yard in September 2025."), "acquisition",
     {("Vesthavn Marine", "acquirer"), ("Tayside Marine", "target")}),
    # "the bank" after the page's bank, in the sentence that names the buyer
    ("en", ("Harbour Bank up for sale", "Harbour Bank reported higher profits, and Nordwerk Capital said it agreed "
            "to buy the bank for £300m."), "acquisition",
     {("Nordwerk Capital", "acquirer"), ("Harbour Bank", "target")}),
    # a place adjective in "-aner" ("Hannoveraner") qualifies the name after it: "mit der" still marks the partner
    ("de", ("Baukonzern Halvor in der Krise", "Der Baukonzern Halvor AG kämpft mit hohen Verlusten.",
            "In Branchenkreisen heißt es, der Vorstand des angeschlagenen Konzerns führe Gespräche über einen "
            "Zusammenschluss mit der Hannoveraner Concordia Wohnbau."), "merger",
     {("Halvor", "party"), ("Concordia Wohnbau", "party")}),
    ("de", ("Nachrichten", "Die Halvor AG verhandelt über eine Fusion mit der Hannoveraner Concordia Wohnbau."),
     "merger", {("Halvor", "party"), ("Concordia Wohnbau", "party")}),
]


@pytest.mark.parametrize(("lang", "paragraphs", "kind", "expected"), DESCRIBED)
def test_a_description_of_a_firm_named_before_is_the_second_party(lang: str, paragraphs: tuple, kind: str,
                                                                  expected: set):
    assert (kind, expected) in deals(lang, *paragraphs)


KEPT = [
    # a named place adjective before a name, as before: the acquisition of the firm named after it
    ("de", ("Nachrichten", "Die Halvor AG übernimmt die Hannoveraner Concordia Wohnbau für 40 Millionen Euro."),
     ("acquisition", {("Halvor", "acquirer"), ("Concordia Wohnbau", "target")})),
    ("de", ("Nachrichten", "Die Concordia Wohnbau GmbH aus Hannover baut Wohnungen. Die Halvor AG hat den "
            "Hannoveraner Wohnungsbauer übernommen."),
     ("acquisition", {("Halvor", "acquirer"), ("Concordia Wohnbau", "target")})),
    ("en", ("Harbour Bank widens insurance offer", "Harbour Bank reported higher profits.",
            "The bank signed a ten-year distribution agreement with Stanfield Life on Monday."),
     ("partnership", {("Harbour Bank", "partner"), ("Stanfield Life", "partner")})),
]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), KEPT)
def test_probes_keep_their_result(lang: str, paragraphs: tuple, expected: tuple):
    assert deals(lang, *paragraphs) == [expected]


def test_a_yard_no_firm_of_the_page_fits_stays_unresolved():
    found = deals("en", "News", "Lumatec Ltd makes valves in Leeds. Vesthavn Marine took over the yard in September.")
    assert all("Lumatec" not in {n for n, _ in p} for _, p in found)


DATED_PRONOUN = [
    # a dative pronoun given the award, a weekday between it and the cue: the firm the sentence before spoke of
    ("Die Kremsbank AG ist eine Regionalbank aus Kiel. Das Landesförderinstitut Nordland hat ihr am Montag den "
     "Zuschlag für die Abwicklung seines Programms erteilt.", "Kremsbank"),
    ("Die Kremsbau GmbH ist ein Bauunternehmen aus Kiel. Die Nordland Förderbank hat ihm am Dienstag den Zuschlag für "
     "den Bau der Brücke erteilt.", "Kremsbau"),
    ("Die Kremsbau GmbH ist ein Bauunternehmen aus Kiel. Die Deutsche Bahn hat ihm am Freitag den Zuschlag für den Bau "
     "des Stellwerks erteilt.", "Kremsbau"),
    # as before: no weekday
    ("Die Kremsbau GmbH ist ein Bauunternehmen aus Kiel. Die Nordland Förderbank hat ihm den Zuschlag für den Bau der "
     "Brücke erteilt.", "Kremsbau"),
]


@pytest.mark.parametrize(("text", "winner"), DATED_PRONOUN)
def test_a_dative_pronoun_before_a_weekday_wins_the_award(text: str, winner: str):
    found = [p for kind, p in deals("de", "Nachrichten", text) if kind == "contract"]
    assert len(found) == 1 and (winner, "supplier") in found[0] and any(r == "customer" for _, r in found[0])


def test_a_weekday_after_a_pronoun_with_no_firm_before_names_no_winner():
    assert deals("de", "Nachrichten", "Die Nordland Förderbank hat ihm am Dienstag den Zuschlag für den Bau der "
                 "Brücke erteilt.") == []


SHARES = [
    ("de", "Die Stadtwerke Emmerau wollen die Müllabfuhr neu ordnen. Partner ist die Hollberg Umwelt GmbH aus Wesel. "
           "An dem neuen Gemeinschaftsunternehmen halten die Stadtwerke 51 Prozent, das Entsorgungsunternehmen aus "
           "Wesel 49 Prozent.", {("Stadtwerke Emmerau", "partner"), ("Hollberg Umwelt", "partner")}),
    ("de", "Die Stadtwerke Emmerau wollen die Müllabfuhr neu ordnen. An dem Gemeinschaftsunternehmen halten die "
           "Stadtwerke Emmerau 51 Prozent, die Hollberg Umwelt GmbH 49 Prozent.",
     {("Stadtwerke Emmerau", "partner"), ("Hollberg Umwelt", "partner")}),
    ("en", "Emmerau Utilities Ltd wants to reorganise waste collection with Hollberg Environmental Ltd. In the joint "
           "venture, Emmerau Utilities will hold 51%, Hollberg Environmental 49%.",
     {("Emmerau Utilities", "partner"), ("Hollberg Environmental", "partner")}),
    ("fr", "La Régie Emmerau SA veut réorganiser la collecte avec Hollberg Environnement SAS. Dans la coentreprise, la "
           "Régie Emmerau détiendra 51 %, Hollberg Environnement 49 %.",
     {("Régie Emmerau", "partner"), ("Hollberg Environnement", "partner")}),
    ("es", "Aguas Emmerau SA quiere reorganizar la recogida con Hollberg Ambiente SL. En la empresa conjunta, Aguas "
           "Emmerau tendrá el 51 %, Hollberg Ambiente el 49 %.",
     {("Aguas Emmerau", "partner"), ("Hollberg Ambiente", "partner")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHARES)
def test_the_firms_that_split_a_venture_s_shares_are_its_partners(lang: str, text: str, expected: set):
    assert ("joint_venture", expected) in deals(lang, "Nachrichten" if lang == "de" else "News", text)


NO_SPLIT = [
    # shares over the whole split no venture
    ("de", "Die Stadtwerke Emmerau melden Zahlen. Die Hollberg Umwelt GmbH stellt ein. An dem Gemeinschaftsunternehmen "
           "halten die Stadtwerke Emmerau 61 Prozent, die Hollberg Umwelt GmbH 49 Prozent."),
    ("en", "Emmerau Utilities Ltd reported results. Hollberg Environmental Ltd hired staff. Under the joint venture, "
           "Emmerau Utilities will hold 61%, Hollberg Environmental 49%."),
]


@pytest.mark.parametrize(("lang", "text"), NO_SPLIT)
def test_no_venture_without_a_fitting_split(lang: str, text: str):
    assert all(kind != "joint_venture" for kind, _ in deals(lang, "Nachrichten" if lang == "de" else "News", text))
