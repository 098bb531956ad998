"""Dates and sums of company histories and retold deals (session 27, dates9697): a timeline line's year heads the
months its line names without one; "that September" is of the year named before; a deal signed on one date and
completed on another is dated by its closing; a sentence that names a deal's firms before an anaphor takes them up
dates it; the currencies the euro replaced are read by their historic ISO codes."""

import datetime as dt

import pytest

from streams.extraction import amounts, dates, extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.page import read_page
from streams.extraction.statements import _dates_participle
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("opening", "above", "expected"), [
    ("2021: Im März unterzeichnet Kelbor", None, "2021"),
    ("2020 — Le projet avec Vantrel", None, "2020"),
    ("1999 – Abrimos la planta", None, "1999"),
    ("En junio, Morlanda debuta en Bolsa", "1999", "1999"),
    ("Kelbor bought Tarvix in 2021.", None, None),
    ("2021 was a good year for Kelbor.", None, None),
    ("In June Morlanda listed its shares.", "The history of Morlanda", None),
])
def test_year_of_a_timeline_line(opening, above, expected):
    assert dates.year_of_line(opening, above) == expected


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("de", "2021: Im März unterzeichnet Kelbor den Vertrag.", "2021-03"),
    ("fr", "2020 — Le projet est abandonné en mai.", "2020-05"),
    ("es", "En junio, Morlanda debuta en Bolsa.", "1999-06"),
    ("en", "2016: On 12 May Kelbor agreed to buy Tarvix.", "2016-05-12"),
])
def test_a_yearless_month_takes_the_year_of_its_line(lang, sentence, expected):
    found = dates.find(sentence, 0, lexicon(lang), dt.date(2025, 4, 3), line_year=sentence[:4] if lang != "es"
                       else "1999")
    assert [d.value for d in found][-1] == expected


def test_a_timeline_line_of_an_earlier_year_tells_history_not_a_forecast():
    sentence = "Die Übernahme soll im Oktober abgeschlossen werden."
    lex, anchor = lexicon("de"), dt.date(2025, 4, 3)
    assert [d.value for d in dates.find(sentence, 0, lex, anchor, line_year="2021")] == ["2021-10"]
    assert dates.find(sentence, 0, lex, anchor) == []  # in news, the coming October


@pytest.mark.parametrize(("lang", "lines", "kind", "expected"), [
    ("de", ["Firmengeschichte", "2019: Eröffnung des Werks in Lenzach.",
            "2022: Die geplante Fusion der Kelbor AG mit der Vaskor Hydraulik AG wird im August abgesagt."], "merger",
     "2022-08"),
    ("fr", ["Historique", "2018 — Ouverture du site de Brévanne.",
            "2021 — Le projet de rapprochement avec Ondival, annoncé en mars, est abandonné en juin."], "merger",
     "2021-06"),
    ("es", ["Nuestra historia", "2017", "En octubre, Bodegas Larrech compra Viñas Ostende."], "acquisition", "2017-10"),
])
def test_timeline_events_take_the_year_of_their_line(lang, lines, kind, expected):
    events = [e for e in extract_events(page(lang, *lines, published="2025-04-03")) if e["type"] == kind]
    assert [e["date"] for e in events] == [expected]


def test_a_month_pointed_at_is_of_the_year_named_before():
    found = dates.find("They agreed a merger in March 2016 and completed it that September.", 0, lexicon("en"),
                       dt.date(2025, 4, 3))
    assert [d.value for d in found] == ["2016-03", "2016-09"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Harlow Optics and Penmark Vision agreed an all-share merger in March 2016 and completed it that "
           "September.", "2016-09"),
    ("de", "Die Kelbor AG unterzeichnete im März 2021 den Vertrag zur Übernahme der Tarvix GmbH, abgeschlossen wurde "
           "die Übernahme im Oktober 2021.", "2021-10"),
    ("de", "Die Kelbor AG hat im März 2021 den Vertrag zur Übernahme der Tarvix GmbH unterzeichnet und die Übernahme "
           "im Oktober 2021 abgeschlossen.", "2021-10"),
])
def test_a_completed_deal_is_dated_by_its_closing_not_its_signing(lang, text, expected):
    events = [e for e in extract_events(page(lang, "News", text, published="2025-04-03"))
              if e["status"] == "completed"]
    assert [e["date"] for e in events] == [expected]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), [
    ("de", "Den Auftakt machten am Dienstag die Kelbor AG und die Tarvix GmbH. Die beiden Unternehmen vereinbarten "
           "eine Kooperation bei Sensoren.", "partnership", "2024-09-17"),
    ("en", "The first handshake came on Tuesday from Kelbor Systems and Tarvix Labs. The two companies agreed a "
           "partnership on sensors.", "partnership", "2024-09-17"),
])
def test_a_sentence_naming_the_firms_an_anaphor_takes_up_dates_the_deal(lang, text, kind, expected):
    events = [e for e in extract_events(page(lang, "News", text, published="2024-09-20")) if e["type"] == kind]
    assert [e["date"] for e in events] == [expected]


@pytest.mark.parametrize(("lang", "sentence", "value", "currency"), [
    ("de", "Für 4,2 Millionen Mark kaufte Kelbor den Konkurrenten.", 4.2e6, "DEM"),
    ("de", "Der Emissionserlös von 86 Mio. DM fließt in das Werk.", 86e6, "DEM"),
    ("de", "Der Preis lag bei 300 Millionen Peseten.", 300e6, "ESP"),
    ("de", "Kelbor zahlte 40 Millionen Gulden.", 40e6, "NLG"),
    ("en", "Kelbor paid DM86 million for the plant.", 86e6, "DEM"),
    ("en", "The offer raised 9 billion pesetas.", 9e9, "ESP"),
    ("en", "Tarvix was sold for 2 billion French francs.", 2e9, "FRF"),
    ("en", "Kelbor bought it for 500 billion lire.", 500e9, "ITL"),
    ("fr", "Kelbor a payé 500 millions de francs français.", 500e6, "FRF"),
    ("fr", "Le rachat a coûté 3 millions de marks.", 3e6, "DEM"),
    ("fr", "L'offre atteint 900 millions de pesetas.", 900e6, "ESP"),
    ("es", "Compró la fábrica por 300 millones de pesetas.", 300e6, "ESP"),
    ("es", "La oferta alcanzó los 9.000 millones de ptas. en junio.", 9e9, "ESP"),
    ("es", "Pagó 4 millones de marcos alemanes.", 4e6, "DEM"),
    ("es", "Vendió la filial por 20 millones de francos franceses.", 20e6, "FRF"),
])
def test_the_currencies_the_euro_replaced(lang, sentence, value, currency):
    (found,) = amounts.find(sentence, 0, lexicon(lang))
    assert (found.value, found.currency) == (value, currency)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Kelbor eröffnet eine Filiale neben dem dm-Markt."),
    ("en", "The deal marks a turn for Kelbor."),
    ("en", "Mark Selby leads the board."),
])
def test_historic_currency_words_count_only_beside_a_figure(lang, sentence):
    assert amounts.find(sentence, 0, lexicon(lang)) == []
    assert amounts.main_currency(sentence, lexicon(lang)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Kelbor AG ist seit Juni 2019 an der SIX Swiss Exchange kotiert; beim Börsengang hatte sie 140 Mio. "
     "Franken eingenommen.", "2019-06"),
    ("Die Kelbor AG ist seit 2017 an der Frankfurter Wertpapierbörse im Prime Standard notiert; beim Börsengang hatte "
     "sie 90 Mio. Euro eingesammelt.", "2017"),
])
def test_a_listing_since_a_date_dates_the_listing_told_back(text, expected):
    events = [e for e in extract_events(page("de", "Nachrichten", text, published="2026-03-12")) if e["type"] == "ipo"]
    assert [(e["status"], e["date"]) for e in events] == [("completed", expected)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die geplante Übernahme scheiterte im Juli am Veto der Behörde.", ["2025-07"]),
    ("Den geplanten Börsengang haben die Eigentümer im März abgesagt.", ["2026-03"]),
    ("Die Übernahme soll im Juli abgeschlossen werden.", []),
])
def test_a_plan_named_by_an_article_makes_no_forecast_of_its_month(sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon("de"), dt.date(2026, 5, 4))] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Clínicas Velmora ha completado la adquisición de Hospital Arlanza, una operación anunciada en marzo que se "
           "cerró ayer tras recibir el visto bueno de la CNMC.", "2026-05-03"),
    ("de", "Die geplante Übernahme der Tarvix GmbH durch die Kelbor AG scheiterte im März am Veto des "
           "Bundeskartellamts.", "2026-03"),
])
def test_the_closing_or_end_of_a_deal_dates_it(lang, text, expected):
    events = extract_events(page(lang, "Noticias" if lang == "es" else "Nachrichten", text, published="2026-05-04"))
    assert [e["date"] for e in events] == [expected]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("fr", "Kelbor compte 85 salariés. Elle avait levé 12 millions d'euros en série A en 2024.", "funding_round"),
    ("en", "Kelbor doubled its revenue. It raised $12 million in a Series A round in 2023.", "funding_round"),
    ("de", "Kelbor steigerte den Umsatz. Sie zahlte 12 Mio. Euro für die Tarvix GmbH.", "acquisition"),
    ("es", "Kelbor duplicó sus ingresos. Levantó 12 millones de euros en 2023.", "funding_round"),
])
def test_the_sentence_before_a_figure_tells_nothing_of_it(lang, text, kind):
    lex = lexicon(lang)
    (figure,) = amounts.find(text, 0, lex)
    assert amounts.is_deal_value(figure, text, kind, lex)


@pytest.mark.parametrize("text", [
    "Die Kelbor AG zieht ihr im Januar unterschriebenes Angebot für die Tarvix GmbH zurück.",
    "Die Kelbor AG und die Tarvix GmbH haben ihre im Januar vereinbarte Fusion abgesagt.",
])
def test_a_date_before_a_participle_of_signing_dates_no_end(text):
    events = extract_events(page("de", "Nachrichten", text, published="2026-05-04"))
    assert [(e["status"], e["date"]) for e in events] == [("terminated", "2026-05-04")]


def test_the_closing_of_the_next_deal_dates_no_earlier_one():
    text = ("En 2015, Kelbor SA avait déboursé 4 milliards de dollars pour s'offrir l'américain Tarvix, puis il avait "
            "conclu en 2019 le rachat de la société d'ingénierie Morlan pour 3,6 milliards d'euros.")
    events = extract_events(page("fr", "Actualités", text, published="2026-05-04"))
    assert sorted(e["date"] for e in events) == ["2015", "2019"]


def test_a_legal_suffix_in_capitals_is_no_article_before_a_forecast():
    sentence = "Kelbor SA prépare son introduction en Bourse pour le mois de juin."
    assert dates.find(sentence, 0, lexicon("fr"), dt.date(2024, 3, 14)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Kelbor AG zieht ihr im Januar vereinbartes Angebot für die Tarvix GmbH zurück.", True),
    ("Die Kelbor AG hatte im Januar vereinbart, die Tarvix GmbH zu kaufen.", False),
    ("Die Kelbor AG hat den Kauf im Januar vereinbart.", False),
])
def test_a_date_before_an_attributive_participle(text, expected):
    doc = read_page(page("de", "Nachrichten", text, published="2026-05-04"))
    (date,) = doc.dates(1)
    assert _dates_participle(doc, date) is expected


def test_a_compound_of_revenue_makes_no_deal_value():
    text = "Kelbor und Tarvix fusionieren. Den gemeinsamen Werbeumsatz beziffern sie auf 74 Millionen Euro."
    lex = lexicon("de")
    (figure,) = amounts.find(text, 0, lex)
    assert not amounts.is_deal_value(figure, text, "merger", lex)
