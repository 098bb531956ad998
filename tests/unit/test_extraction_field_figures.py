"""Amounts and dates of paired deals (branch fields): a deal done in an earlier year takes the price a next sentence
opening on a price noun gives, and the month a next sentence telling its final step gives; an interview's answer
dates the deal its question names; a share price's day ("Schlusskurs vom Montag") dates no deal. Sentences and
names written for these tests."""

import datetime as dt

import pytest

from streams.extraction import dates, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_generalisation import only
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "deal", "price"), [
    ("de", "Korvane Technik hatte Ulbrin Sensorik im Juli 2021 übernommen.",
     "Der Kaufpreis lag bei bis zu 50 Mio. Euro: 30 Mio. Euro flossen beim Vollzug."),
    ("en", "Korvane Tools bought Ulbrin Sensors in July 2021.",
     "The purchase price was up to $50 million, $30 million of it paid at closing."),
    ("fr", "Korvane Outils a racheté Ulbrin Capteurs en juillet 2021.",
     "Le prix d'acquisition s'élevait à 50 millions d'euros."),
    ("es", "Korvane Herramientas compró Ulbrin Sensores en julio de 2021.",
     "El precio de compra fue de hasta 50 millones de euros."),
])
def test_an_earlier_deal_takes_the_price_the_next_sentence_opens_on(lang, deal, price):
    event = only(extract_events(page(lang, "Korvane", deal + " " + price, published="2024-11-28")), "acquisition")
    assert event["amount"]["value"] == 50_000_000


def test_an_earlier_deal_leaves_a_later_unrelated_figure():
    text = "Korvane Tools bought Ulbrin Sensors in July 2021. Korvane employs 900 people and had sales of $80 million."
    event = only(extract_events(page("en", "Korvane", text, published="2024-11-28")), "acquisition")
    assert event["amount"] is None


@pytest.mark.parametrize(("lang", "text", "month"), [
    ("de", "1999: Börsengang der Korvane AG. Die Aktie wird im Juni erstmals an der Frankfurter Börse gehandelt. "
           "Der Emissionserlös von 40 Mio. Euro fließt in ein neues Werk.", "1999-06"),
    ("en", "1999: Korvane Tools goes public. The shares began trading in June on the London Stock Exchange. "
           "The offering raised £40 million for a new plant.", "1999-06"),
])
def test_a_listing_dated_by_its_year_takes_its_first_trading_month_and_later_sum(lang, text, month):
    event = only(extract_events(page(lang, "Geschichte", text, published="2024-05-14")), "ipo")
    assert (event["date"], event["amount"]["value"]) == (month, 40_000_000)


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("es", ["Lucía Prado (Korvane): «Acabamos de levantar 20 millones para crecer solos»",
            "La cofundadora de la tecnológica oscense repasa su nueva ronda.",
            "Lucía Prado fundó Korvane en 2016 con una idea sencilla.",
            "P. Acaban de cerrar una ronda de financiación. ¿De cuánto y con quién?",
            "R. Son 20 millones de euros en una serie B que firmamos en diciembre. La lidera Pardo Capital."]),
    ("fr", ["Lucie Prat (Korvane) : « Nous venons de lever 20 millions pour grandir seuls »",
            "La cofondatrice de la start-up lyonnaise revient sur sa nouvelle levée.",
            "Lucie Prat a fondé Korvane en 2016 avec une idée simple.",
            "Q. Vous venez de boucler une levée de fonds. De combien et avec qui ?",
            "R. Ce sont 20 millions d'euros, une série B signée en décembre. Elle est menée par Pardo Capital."]),
])
def test_an_answer_dates_the_deal_its_question_names(lang, paragraphs):
    events = extract_events(page(lang, *paragraphs, published="2025-01-22"))
    assert only(events, "funding_round")["date"] == "2024-12"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Geboten werden 30 Euro je Aktie, ein Aufschlag von 25 Prozent auf den Schlusskurs vom Montag."),
    ("en", "The offer is a 25% premium to Monday's closing price."),
    ("en", "The offer is a 25% premium to the closing price on February 14."),
    ("fr", "Soit une prime de 25 % sur le cours de clôture du 14 février."),
    ("es", "Supone una prima del 25 % sobre el precio de cierre del viernes."),
    # the plural of the prices of several sessions or of both firms' shares
    ("es", "Supone una prima del 25 % sobre los precios de cierre del 14 de febrero."),
    ("en", "The ratio is a 25% premium to the closing prices of February 14."),
    ("de", "Das entspricht einem Aufschlag von 25 Prozent auf die Schlusskurse vom 14. Februar."),
    ("fr", "Soit une prime de 25 % sur les cours de clôture moyens du 14 février."),
])
def test_a_share_price_day_dates_no_deal(lang, sentence):
    assert dates.find(sentence, 0, lexicon(lang), dt.date(2025, 2, 18)) == []


def test_a_day_of_the_market_close_is_still_a_day():
    """ "announced after Thursday's close": the close is a time of that day, no share price."""
    found = dates.find("The deal, announced after Thursday's close, values Ulbrin at $2 billion.", 0, lexicon("en"),
                       dt.date(2025, 2, 18))
    assert [d.value for d in found] == ["2025-02-13"]


def test_an_earlier_deal_told_beside_the_news_leaves_the_news_price():
    text = ("Korvane Tools buys Ulbrin Sensors. The seller is Pellin Capital, which had bought the company four years "
            "ago. Korvane put the purchase price at $210 million.")
    events = extract_events(page("en", "Korvane buys Ulbrin", text, published="2026-11-25"))
    news = [e for e in events if any(p["name"] == "Korvane Tools" for p in e["parties"])]
    past = [e for e in events if any(p["name"] == "Pellin Capital" and p["role"] == "acquirer" for p in e["parties"])]
    assert all(e["amount"] is None for e in past) and news
