"""False and cut names (names3): nouns of a market report or an offering, a brand's noun, an owner's title, a sentence
adverb, the people of a town, a growth market and an amateur division are never parties; an abbreviated saint's
name runs on past its period (sentences written for these tests)."""

from streams.extraction import extract_events
from tests.unit.test_extraction_false_names import sentence_names
from tests.unit.test_extraction_roles import names, page


def test_market_report_nouns_are_no_firms():
    found = sentence_names("de", "Die Preisspanne liegt bei 12 bis 14 Euro je Aktie, ein Staatsfonds steigt ein.",
                           "Squeeze-out bei Velmar: die Einzelwerte, die Anleger im Blick haben sollten.")
    assert not {"Preisspanne", "Squeeze-out", "Einzelwerte"} & set(found)


def test_owner_title_and_brand_noun_leave_the_firm_its_short_name():
    events = extract_events(page(
        "de", "Landbäckerei Lindl geht an die Kornhaus-Gruppe",
        "Nach 60 Jahren in Familienhand verkauft Stefan Lindl seine zwölf Filialen im Landkreis.",
        "Die Landbäckerei Lindl GmbH aus Aying wird von der Kornhaus Filialbäckerei GmbH aus Rosenheim übernommen.",
        "Inhaber Stefan Lindl, der den Betrieb in dritter Generation führt, nannte die fehlende Nachfolge als Grund.",
        "Auch der Markenname Lindl soll bleiben, wie Kornhaus mitteilte."))
    assert names(events) == {"Kornhaus Filialbäckerei", "Lindl"}


def test_sentence_adverb_is_no_part_of_a_name():
    for lang, text, name in (("en", "Now Velmar Bank wants to sell its stake to Lumatec.", "Velmar Bank"),
                             ("fr", "Désormais Velmar Industries veut céder sa part à Lumatec.", "Velmar Industries"),
                             ("es", "Actualmente Velmar Industrias quiere vender su parte a Lumatec.",
                              "Velmar Industrias")):
        assert name in sentence_names(lang, text), text


def test_people_of_a_town_stand_for_its_firm():
    events = extract_events(page(
        "de", "Nordwerk kauft Pixelbau",
        "Der Spielehersteller Nordwerk kauft das Leipziger Studio Pixelbau.",
        "Im Jahr 2021 sammelten die Leipziger in einer Seed-Runde 3 Millionen Euro ein, angeführt von Elbtal "
        "Ventures."))
    assert "Leipziger" not in names(events) and "Studio" not in " ".join(names(events))
    assert any(e["type"] == "funding_round" and {p["name"] for p in e["parties"]} == {"Pixelbau", "Elbtal Ventures"}
               for e in events)


def test_growth_market_and_amateur_division_are_no_parties():
    assert "First North" not in sentence_names(
        "de", "Für die seit 2021 an der Nasdaq First North notierte Lumatec ist Velmar die zweite Übernahme.")
    events = extract_events(page("fr", "Lumatec", "Le groupe Lumatec discute du rachat de 60 % du club de National 2."))
    assert "National" not in names(events)


def test_abbreviated_saint_runs_on_in_a_name():
    events = extract_events(page("en", "Hospitals", "Velmar St. Clare Health, formed when Velmar General Hospital "
                                                    "merged with St. Clare Medical Center in 2019, runs six sites."))
    assert names(events) == {"Velmar General Hospital", "St. Clare Medical Center"}


def test_transcript_speakers_and_interjections_are_no_names():
    found = sentence_names("en", "MARA VOSS: Welcome back to the show, everyone.", "TOMAS REYNE: And I'm Tomas Reyne.",
                           "MARA VOSS: Oh, so big news. Lumatec bought Nordwerk for $40 million.",
                           "TOMAS REYNE: Yeah. I remember when Nordwerk raised $5 million from Brenntal Capital.",
                           "MARA VOSS: Right, and they raised a Series B.")
    assert set(found) == {"Lumatec", "Nordwerk", "Brenntal Capital"}


def test_venue_and_its_road_are_no_parties():
    assert not {"Lumatec Arena", "Hagener Straße"} & set(sentence_names(
        "de", "Die Spielstätte an der Hagener Straße heißt ab der kommenden Saison „Lumatec Arena“."))
    assert "Millbrook Road" not in sentence_names(
        "en", "Kestrel bought the club from Marlow Leisure in a deal that includes the Millbrook Road stadium.")


def test_quoted_title_of_a_work_is_no_party():
    found = sentence_names("fr", "« Les Enfants du canal » fait l'objet d'une adaptation par le Studio Pimprenelle, "
                                 "qui a cédé les droits à Lumatec.")
    assert "Enfants" not in found and {"Studio Pimprenelle", "Lumatec"} <= set(found)


def test_ballpark_named_field_is_no_party():
    assert "Harbor Field" not in sentence_names(
        "en", "The city wants to sell the naming rights of Harbor Field to Lumatec for $30 million.")


def test_double_title_and_raised_money_adjective_name_no_party():
    assert "Paul Vernet" not in sentence_names(
        "fr", "Le groupe Nordwerk négocie avec l'actuel président-actionnaire Paul Vernet le rachat du club Lumatec.")
    assert "Frisches Kapital" not in sentence_names(
        "de", "Frisches Kapital hatte Lumatec zuletzt im März eingesammelt, angeführt von Brenntal Ventures.")


def test_place_headed_by_a_kind_of_firm_is_a_name():
    events = extract_events(page("es", "Fusión", "Banco Levante absorberá a Caja Velmar por 900 millones de euros."))
    assert "Levante" in names(events) and "Caja Velmar" in names(events)


def test_genitive_firm_after_its_shops_is_the_name():
    events = extract_events(page(
        "de", "Kornhaus wächst",
        "Bereits 2022 hatte Kornhaus die vier Filialen der Bäckerei Wendl in Aying übernommen."))
    assert "Bäckerei Wendl" in names(events)
    assert "Lehrkräfte" not in sentence_names("de", "Lumatec liefert die Ausstattung der Lehrkräfte an das Land.")
