"""A second deal told as made at the same time as the first (branch fields, session 33): "Gleichzeitig", "At the same
time", "Dans le même temps", "Al mismo tiempo" open a sentence that states a deal on the day of the deal told before;
a "today" of a sentence between that states no deal ("employs 140 people today") is no such day; a rumour so opened
keeps the page's day. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2025-11-14"  # a Friday; "on Wednesday" is 2025-11-12


def dated(lang: str, kind: str, *paragraphs: str) -> dict[str, str | None]:
    """The date of each event of a type, by the sorted names of its parties."""
    return {"+".join(sorted(p["name"] for p in e["parties"])): e["date"]
            for e in extract_events(page(lang, *paragraphs, published=PUBLISHED)) if e["type"] == kind}


SAME_TIME = [
    ("de", "Nachrichten", "Das Start-up Wolkenhaus hat am Mittwoch eine Finanzierungsrunde über 30 Mio. Euro "
                          "abgeschlossen. Gleichzeitig vereinbarte Wolkenhaus eine Kooperation mit der Sparkasse "
                          "Elbtal."),
    ("en", "News", "The startup Cloudhouse said on Wednesday it had raised $30 million in a round led by Ridgeway "
                   "Ventures. At the same time, Cloudhouse agreed a partnership with the lender Elbridge Bank."),
    ("fr", "Actualité", "La jeune pousse Nuagelle a annoncé mercredi une levée de fonds de 30 millions d'euros. "
                        "Dans le même temps, Nuagelle a noué un partenariat avec la banque Crédit Vallée."),
    ("es", "Noticias", "La startup Nubaria anunció el miércoles el cierre de una ronda de 30 millones de euros. "
                       "Al mismo tiempo, Nubaria selló una alianza con la entidad Banca Ribera."),
]


@pytest.mark.parametrize(("lang", "title", "text"), SAME_TIME)
def test_deal_made_at_the_same_time_takes_the_day_before(lang, title, text):
    assert set(dated(lang, "partnership", title, text).values()) == {"2025-11-12"}


def test_today_of_a_state_between_is_not_the_day_before():
    days = dated("es", "partnership", "Noticias",
                 "La startup Nubaria anunció el miércoles el cierre de una ronda de 30 millones de euros. Hoy la "
                 "plantilla supera las 80 personas. Ese mismo día, Nubaria dio a conocer una alianza con la "
                 "tecnológica Celestra.")
    assert set(days.values()) == {"2025-11-12"}


def test_rumour_opened_so_keeps_the_page_day():
    events = extract_events(page(
        "es", "Noticias", "La constructora Olmar anunció el miércoles la compra de la ingeniería Tecnal. Al mismo "
                          "tiempo, Olmar negocia la venta de su filial de parkings a la francesa Stationa, según "
                          "fuentes financieras.", published=PUBLISHED))
    rumours = [e for e in events if e["status"] == "rumored"]
    assert rumours and all(e["date"] == PUBLISHED for e in rumours)
