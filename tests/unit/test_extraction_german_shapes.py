"""German shapes of names that are no firm's: the owner of a small firm named with his title, a brand or a model
named after its noun, an arena named after its sponsor; a studio told by its noun; the Nordic crowns by name; and
firms named like them that stay firms."""

import datetime as dt

import pytest

from streams.extraction import amounts, dates, extract_events, organisations
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


def names(language: str, *sentences: str) -> list[str]:
    """The names the last sentence mentions, persons of every sentence known (as a page knows them)."""
    lex = lexicon(language)
    person_words: set[str] = set()
    analyses = [organisations.analyse(s, 0, lex, None) for s in sentences]
    for a in analyses:
        organisations.persons(a, lex, person_words)
    return [m.name for m in organisations.mentions(analyses[-1], lex, person_words) if m.name]


@pytest.mark.parametrize(
    ("sentences", "absent"),
    [
        (("Inhaberin Jana Brisewell führt den Betrieb seit 2001.",), "Jana Brisewell"),
        (("Nach 40 Jahren verkauft Jana Brisewell ihre Läden an Tarnholm.",
          "Inhaberin Jana Brisewell nannte fehlende Nachfolger als Grund."), "Jana Brisewell"),
        (("Tarnholm übernimmt die Läden; der Markenname Brisewell soll bleiben.",), "Markenname Brisewell"),
        (("Tarnholm kauft die Rechte am Modell Brisewell von Okavo.",), "Modell Brisewell"),
        (("Das Stadion heißt künftig Brisewell Arena, wie Tarnholm mitteilte.",), "Brisewell Arena"),
    ],
)
def test_no_firm(sentences: tuple[str, ...], absent: str) -> None:
    assert absent not in names("de", *sentences)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Der Inhaber der Marke ist die Brisewell Feinkost GmbH, die Tarnholm übernommen hat.", "Brisewell Feinkost"),
        ("Tarnholm übernimmt Brisewell Modellbau von Okavo.", "Brisewell Modellbau"),
    ],
)
def test_still_a_firm(sentence: str, present: str) -> None:
    assert present in names("de", sentence)


def test_studio_described() -> None:
    lex = lexicon("de")
    found = organisations.mentions(organisations.analyse(
        "Tarnholm hat eine Vereinbarung zur Übernahme des Studios unterzeichnet.", 0, lex, None), lex, set())
    assert "Studios" not in [m.name for m in found]
    assert any(m.anaphor for m in found)


@pytest.mark.parametrize(
    ("language", "text", "currency"),
    [
        ("de", "Der Kaufpreis liegt bei 310 Millionen schwedischen Kronen.", "SEK"),
        ("de", "Tarnholm zahlt 2 Milliarden norwegische Kronen.", "NOK"),
        ("en", "Tarnholm pays 310 million Danish kroner.", "DKK"),
        ("fr", "Tarnholm paie 310 millions de couronnes suédoises.", "SEK"),
        ("es", "Tarnholm paga 310 millones de coronas noruegas.", "NOK"),
    ],
)
def test_nordic_crowns(language: str, text: str, currency: str) -> None:
    found = amounts.find(text, 0, lexicon(language), None, {})
    assert [(a.value >= 3.1e8, a.currency) for a in found] == [(True, currency)]


def test_a_deal_told_before_is_the_firm_of_its_paragraph() -> None:
    """A review page most of whose sentences are about one firm: the item on another firm's listing keeps its
    firm where a sentence tells the listing again by its noun and names no firm."""
    text = page(
        "de", "Die Woche in der Region",
        "Die Stadtwerke Tarnau kaufen Strom bei Okavo ein. Die Stadtwerke zahlen dafür 30 Mio. Euro, teilten die "
        "Stadtwerke mit. Die Stadtwerke rechnen mit stabilen Preisen.",
        "Der Pumpenhersteller Brisewell Hydraulik SE strebt an die Frankfurter Börse. Das Familienunternehmen "
        "kündigte am Donnerstag an, im Prime Standard notiert werden zu wollen. Bei dem Börsengang sollen bis zu "
        "120 Mio. Euro eingesammelt werden.")
    listings = [e for e in extract_events(text) if e["type"] == "ipo"]
    assert [p["name"] for e in listings for p in e["parties"]] == ["Brisewell Hydraulik"]
    assert listings[0]["amount"]["value"] == 120_000_000


def test_a_subheading_short_form_is_no_first_use() -> None:
    """A digest's subheading names the firm by its short form, the item below in full: one listing, in full."""
    text = page(
        "de", "Die Woche in der Region",
        "Brisewell will an die Börse",
        "Der Pumpenhersteller Brisewell Hydraulik SE strebt an die Frankfurter Börse. Brisewell beschäftigt "
        "900 Menschen.")
    listings = [e for e in extract_events(text) if e["type"] == "ipo"]
    assert [[p["name"] for p in e["parties"]] for e in listings] == [["Brisewell Hydraulik"]]


def test_a_hospital_firm_by_its_kind_and_talks_called_off_in_an_earlier_year() -> None:
    """ "die Kreiskliniken" after the page named "Kreiskliniken X" is that firm; the talks of its earlier merger,
    called off in an earlier year in the sentence after, end that merger then."""
    text = page(
        "de", "Kreistag stimmt für Verkauf",
        "Die Kreiskliniken Tarnau bekommen einen neuen Eigentümer. Die Okavo Kliniken AG übernimmt 74,9 Prozent der "
        "Anteile.",
        "Zunächst hatten die Kreiskliniken eine Fusion mit dem benachbarten Klinikum Brisewell angestrebt. Die "
        "Gespräche waren im November 2023 endgültig gescheitert.", published="2025-02-11")
    (merger,) = [e for e in extract_events(text) if e["type"] == "merger"]
    assert {p["name"] for p in merger["parties"]} == {"Kreiskliniken Tarnau", "Klinikum Brisewell"}
    assert (merger["status"], merger["date"]) == ("terminated", "2023-11")


def test_a_season_after_a_start_word_and_its_article_is_a_start() -> None:
    found = dates.find("Die Gespräche, die seit dem Herbst geführt worden waren, wurden am Montag beendet.", 0,
                       lexicon("de"), dt.date(2025, 4, 16))
    assert [(d.value, d.since) for d in found] == [("2024", True), ("2025-04-14", False)]
