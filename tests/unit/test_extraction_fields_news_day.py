"""The day of a further deal a page reports (branch fields, session 33): the lead's day ("said on Monday") dates the
lead's news and the deals told right after it; an undated deal told paragraphs further down ("Además, X ha sellado
una alianza con Y") is the page's report, of its publication day, unless opened as made alongside the one before
("Alongside the announcement", "Junto a la ronda"). Sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2025-06-13"  # a Friday; "on Monday" is 2025-06-09


def dates(lang: str, kind: str, *paragraphs: str) -> set[str | None]:
    return {e["date"] for e in extract_events(page(lang, *paragraphs, published=PUBLISHED)) if e["type"] == kind}


LEAD_EN = ("Harwick Foods said on Monday it had agreed to buy the snack maker Crispin Brothers for $240 million. "
           "The deal is expected to close in the autumn.")
FILLER_EN = ("Harwick employs 3,000 people in four countries. Its sales rose by a tenth last year. The group makes "
             "biscuits and cereal bars in two plants.")


def test_lead_day_dates_the_lead_deal():
    assert dates("en", "acquisition", "News", LEAD_EN, FILLER_EN) == {"2025-06-09"}


def test_further_deal_far_below_the_lead_takes_the_publication_day():
    assert dates("en", "partnership", "News", LEAD_EN, FILLER_EN,
                 "Separately, the grocer Dunmore Stores has signed a partnership with the delivery app "
                 "Parcelbee.") == {PUBLISHED}


def test_further_deal_opened_as_made_alongside_takes_the_day_before():
    assert dates("en", "partnership", "News", LEAD_EN, FILLER_EN,
                 "Alongside the announcement, Harwick signed a partnership with the delivery app Parcelbee.") == {
        "2025-06-09"}


def test_spanish_further_deal_opened_by_the_round():
    assert dates("es", "partnership", "Noticias",
                 "La startup Cobralia anunció el lunes el cierre de una ronda de 20 millones de euros liderada por "
                 "Faro Ventures. La compañía emplea a 90 personas. Su facturación creció un 40% el año pasado. "
                 "Opera en seis países.",
                 "Junto a la ronda, Cobralia ha sellado una alianza con Banco Mirasol.") == {"2025-06-09"}
