"""The date of a deal the sentence does not date: a day named around it, the day the lead dates the
news (a dateline, the day the firms spoke), else the publication date; a rumour is dated by the report."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def dated(lang: str, *paragraphs: str) -> list[tuple[str, str]]:
    return [(e["status"], e["date"]) for e in extract_events(page(lang, "Acme", *paragraphs))]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ("LONDON, March 12 (Reuters) - Shares of Acme rose in early trade.", "Acme Corp. agreed to buy Bolt Ltd.")),
    ("de", ("Frankfurt, 12. März 2024. Die Acme AG hat die Übernahme der Bolt GmbH vereinbart.",)),
    ("fr", ("Acme SA a annoncé mardi ses résultats annuels.", "Acme SA a signé un accord pour racheter Bolt SAS.")),
    ("es", ("Madrid, 12 de marzo de 2024. Acme SA ha anunciado la compra de Bolt SL.",)),
])
def test_a_deal_without_a_date_takes_the_day_the_lead_dates_the_news(lang, paragraphs):
    assert dated(lang, *paragraphs) == [("announced", "2024-03-12")]


def test_a_lead_day_that_dates_no_statement_is_not_the_news_day():
    lead = "Acme Corp. opened its largest battery factory in the north of the country on Tuesday."
    assert dated("en", lead, "Acme Corp. agreed to buy Bolt Ltd.") == [("announced", "2024-03-14")]


def test_a_rumour_is_dated_by_the_report():
    assert dated("en", "Acme Corp. said on Tuesday its profit rose.", "Acme Corp. is in talks to buy Bolt Ltd.") == [
        ("rumored", "2024-03-14")]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "On Tuesday, Acme Corp. announced a major deal. It agreed to buy Bolt Ltd for $2bn."),
    ("de", "Am Dienstag gab die Acme AG eine Übernahme bekannt. Sie kauft die Bolt GmbH für 2 Mrd. Euro."),
])
def test_the_sentence_that_introduces_the_deal_dates_it(lang, body):
    assert dated(lang, body) == [("announced", "2024-03-12")]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Acme Corp., which bought Clip Inc in 2019, has agreed to buy Bolt Ltd."),
    ("en", "After buying Clip Inc in 2019, Acme Corp. agreed to buy Bolt Ltd."),
    ("es", "Acme SA, que compró Clip SL en 2019, adquiere ahora Bolt SL."),
])
def test_the_year_of_an_earlier_deal_in_the_sentence_is_not_the_new_deals(lang, body):
    assert sorted(dated(lang, body)) == [("announced", "2024-03-14"), ("completed", "2019")]
