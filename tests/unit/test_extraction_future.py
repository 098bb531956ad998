"""Deals told in the future ("fusionneront au 1er janvier", "saldrá a bolsa en junio", "will merge on January 1"):
the month or day they name is the coming one, not the last one of that name, so it dates no development; the deal
is news of the day (announced, dated by the page), not a background fact done in the past."""

import datetime as dt

import pytest

from streams.extraction import dates, extract_events, status
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

ANCHOR = dt.date(2024, 11, 14)
PUBLISHED = ANCHOR.isoformat()


@pytest.mark.parametrize(("lang", "sentence"), [
    # a future tense by its ending
    ("fr", "Lumatec SA et Nordwerk SA fusionneront au 1er janvier."),
    ("fr", "La start-up Lumatec entrera en Bourse en juin sur Euronext Growth."),
    ("fr", "La cotation des titres Lumatec débutera le 3 juin."),
    ("fr", "L'opération se fera en mars, sous réserve des autorisations."),
    ("es", "Lumatec SA y Nordwerk SA se fusionarán el 1 de enero."),
    ("es", "Lumatec saldrá a bolsa en junio en el Mercado Continuo."),
    ("es", "La operación se cerrará en marzo, según la compañía."),
    # a near future or an intent by its words
    ("fr", "Lumatec va entrer en Bourse en juin sur Euronext Growth."),
    ("fr", "Lumatec SA et Nordwerk SA vont fusionner en janvier."),
    ("fr", "Lumatec s'apprête à entrer en Bourse en juin."),
    ("es", "Lumatec SA y Nordwerk SA van a fusionarse en enero."),
    ("es", "Lumatec lanza su OPV para debutar en bolsa en junio."),
    ("en", "Lumatec is set to go public in June on the Nasdaq."),
    ("en", "The acquisition is due to close in March."),
    ("en", "Lumatec intends to list its shares in June."),
    ("de", "Die Lumatec AG plant im Juni den Gang an die Frankfurter Börse."),
    ("de", "Die Lumatec AG plant für Juni ihren Börsengang."),
])
def test_a_month_or_day_told_in_the_future_dates_nothing(lang, sentence):
    assert dates.find(sentence, 0, lexicon(lang), ANCHOR) == []


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # the past keeps its date: no future ending in a past tense, a name or a noun
    ("fr", "Lumatec SA et Nordwerk SA ont fusionné en janvier.", "2024-01"),
    ("fr", "La caméra de Lumatec a été lancée en juin.", "2024-06"),
    ("fr", "La Riviera Holding a racheté Nordwerk en juin.", "2024-06"),
    ("es", "Lumatec SA y Nordwerk SA se fusionaron en enero.", "2024-01"),
    ("es", "Lumatec salió a bolsa en junio para financiar su expansión.", "2024-06"),
    ("es", "Lumatec era la mayor firma del sector cuando compró Nordwerk en junio.", "2024-06"),
    ("en", "Lumatec went public in June on the Nasdaq.", "2024-06"),
    ("de", "Die Lumatec AG ging im Juni an die Frankfurter Börse.", "2024-06"),
])
def test_a_month_told_in_the_past_keeps_its_date(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == [expected]


def _events(lang: str, title: str, text: str) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["status"], e["date"]) for e in extract_events(page(lang, title, text, published=PUBLISHED))]


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("fr", "Lumatec va entrer en Bourse",
     "La start-up lyonnaise Lumatec va entrer en Bourse en juin sur Euronext Growth. Elle veut lever 40 millions "
     "d'euros."),
    ("fr", "Lumatec entre en Bourse", "La start-up Lumatec SA entrera en Bourse en juin sur Euronext Growth."),
    ("es", "Lumatec saldrá a bolsa", "La madrileña Lumatec saldrá a bolsa en junio en el Mercado Continuo."),
    ("es", "Lumatec lanza su OPV", "Lumatec SA lanza su OPV para debutar en bolsa en junio."),
    ("en", "Lumatec to go public", "Lumatec will go public in June on the Nasdaq. It wants to raise $40m."),
    ("de", "Lumatec plant Börsengang", "Die Lumatec AG soll im Juni an die Frankfurter Börse gehen."),
])
def test_a_listing_to_come_is_announced_news_of_the_day(lang, title, text):
    assert _events(lang, title, text) == [("ipo", "announced", PUBLISHED)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Lumatec SA et Nordwerk SA fusionneront au 1er janvier."),
    ("fr", "Lumatec SA et Nordwerk SA vont fusionner en janvier."),
    ("es", "Lumatec SA y Nordwerk SA se fusionarán el 1 de enero."),
    ("es", "Lumatec SA y Nordwerk SA van a fusionarse en enero."),
    ("en", "Lumatec Inc. and Nordwerk Inc. will merge on January 1."),
])
def test_a_merger_to_come_is_announced_news_of_the_day(lang, text):
    assert _events(lang, "News", text) == [("merger", "announced", PUBLISHED)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lumatec agreed to buy Nordwerk for $40m. The deal is expected to close in March."),
    ("fr", "Lumatec rachète Nordwerk. L'opération devrait être finalisée en mars."),
    ("fr", "Lumatec rachète Nordwerk. L'opération sera finalisée en mars."),
    ("es", "Lumatec compra Nordwerk. La operación se cerrará en marzo."),
])
def test_an_expected_closing_leaves_the_deal_announced_on_its_day(lang, text):
    assert _events(lang, "News", text) == [("acquisition", "announced", PUBLISHED)]


@pytest.mark.parametrize("sentence", [
    # where the verbs close the clause, the forecast comes after the month
    "Der Abschluss der Übernahme wird im März erwartet.",
    "Die Lumatec AG, die im Juni an die Börse gehen soll, sammelt Geld ein.",
    "Der Vollzug ist für März geplant.",
    "Die Transaktion soll im Frühjahr abgeschlossen werden.",
])
def test_a_german_forecast_after_the_month_dates_nothing(sentence):
    assert dates.find(sentence, 0, lexicon("de"), ANCHOR) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die Lumatec AG hat im März die Nordwerk GmbH übernommen.", "2024-03"),
    ("Im März übernahm die Lumatec AG die Nordwerk GmbH, die künftig Sensoren bauen soll.", "2024-03"),
    ("Die Lumatec AG ging im Juni an die Börse und will nun wachsen.", "2024-06"),
])
def test_a_german_past_month_keeps_its_date(sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon("de"), ANCHOR)] == [expected]


def test_a_debut_celebrated_in_the_headline_is_a_listing_done():
    text = "Der Münchner Sensorhersteller Lumatec ist an der Börse. Die erste Notiz lag am Mittwoch bei 24 Euro."
    events = [(e["type"], e["status"], e["date"], e["parties"][0]["name"]) for e in extract_events(
        page("de", "Lumatec feiert gelungenen Börsenstart in Frankfurt", text, published="2024-10-02"))]
    assert events == [("ipo", "completed", "2024-10-02", "Lumatec")]


@pytest.mark.parametrize("sentence", [
    "Die Erstnotiz der Nordwerk AG wird noch im Oktober erwartet.",
    "Die Übernahme der Nordwerk GmbH soll bis Ende März abgeschlossen sein.",
])
def test_a_german_completion_cue_before_its_forecast_is_no_completion(sentence):
    assert status.assess(sentence, "ipo", None, PUBLISHED, lexicon("de"))[0] != "completed"
