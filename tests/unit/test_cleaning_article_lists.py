"""Lists in and after an article's text export: a newsletter's footer and the teaser list above it, market briefs of
one story a bullet, a hard-wrapped export's headline and menu, teasers under a label naming the site ("Also on X"), and
a ranking or timeline that goes on from the article's last line."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_noise_line


def _text(body: str) -> str:
    page = {
        "url": "https://brief.example/2026/03/04/story",
        "fetched_at": "2026-03-04T08:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": body,
    }
    return clean_page(page)["text"]


_PARAGRAPHS = (
    "Quillmore Foods has agreed to buy the Danish snack maker Brakkel for 240 million euros, the two companies said "
    "on Tuesday, in a deal that doubles its sales in the Nordic countries.",
    "Brakkel, founded in 1987 in Aarhus, employs 600 people and makes crisps and nut mixes for supermarket chains in "
    "Denmark, Sweden and Norway. Its founders will keep a stake of ten percent.",
    "The purchase still needs the approval of the Danish competition authority and should close in the summer.",
)


@pytest.mark.parametrize(
    "line",
    [
        "You are receiving this because you subscribed at ledgerpost.example.",
        "Vous recevez cet e-mail car vous êtes inscrit à La Lettre Bleue.",
        "Chaque jeudi, recevez le récap des rachats de la semaine.",
        "Vous aimez ce récap ? Recevez-le chaque lundi par e-mail.",
        "Sie erhalten diesen Newsletter, weil Sie sich bei Kapitalpost angemeldet haben.",
        "Has recibido este correo porque te suscribiste a Boletín Norte.",
    ],
)
def test_newsletter_footer_is_noise(line: str) -> None:
    assert is_noise_line(line)


def test_teaser_list_above_a_newsletter_footer_goes() -> None:
    teasers = [
        "Vortigen Labs raises 18 million euros to build its second factory near Lyon",
        "Harbin Tools sells its measuring unit",
        "Coppel Systems and Marwick Analytics join forces on industrial data platforms",
    ]
    body = "\n".join(
        ["Quillmore buys Brakkel", "", *_PARAGRAPHS, "", "Latest deals on Ledgerpost", *teasers, ""]
        + ["You are receiving this because you subscribed at ledgerpost.example.", "Unsubscribe | Preferences"]
    )
    text = _text(body)
    assert _PARAGRAPHS[-1] in text
    assert not any(teaser in text for teaser in teasers)


_BRIEF = """Stocks to watch in Frankfurt: Orlen Maschinen, Tessaro, Veldhaus

Markets are seen opening slightly higher on Wednesday. These are the stocks to watch:

* ORLEN MASCHINEN - The machine builder said on Tuesday evening it had won an order worth 90 million euros from a \
Polish railway operator for track maintenance vehicles. Deliveries start in 2027.

* TESSARO - The chemicals group has agreed to sell its coatings unit to the investment firm Brightwater Capital for an \
enterprise value of 310 million euros, with the closing expected in the third quarter of the year.

* VELDHAUS - The property company said its rental income rose by four percent in the past year. It confirmed its \
dividend of 1.10 euros a share.

Related
Three stocks for a nervous market
"""


def test_market_brief_keeps_its_bulleted_stories() -> None:
    text = _text(_BRIEF)
    assert "* TESSARO - The chemicals group has agreed to sell its coatings unit" in text
    assert "* ORLEN MASCHINEN - The machine builder said" in text
    assert "Three stocks" not in text


def test_bulleted_one_line_teasers_are_still_a_list() -> None:
    body = "\n".join(["Quillmore buys Brakkel", "", *_PARAGRAPHS, "", "* Vortigen Labs raises 18 million euros."])
    assert "Vortigen" not in _text(body)


_WRAPPED = """Ledgerpost
Home    Markets    Companies    Deals    Opinion    Events
Sign in | Register

Quillmore Foods agrees to buy the Danish snack maker Brakkel for 240 million
04/03/2026 at 07:55 | Ledgerpost newsroom

Quillmore Foods has agreed to buy the Danish snack maker Brakkel for 240
million euros, the two companies said on Tuesday, in a deal that doubles
its sales in the Nordic countries and gives it a second plant in Aarhus.

Brakkel, founded in 1987 in Aarhus, employs 600 people and makes crisps and
nut mixes for supermarket chains in Denmark, Sweden and Norway. Its founders
will keep a stake of ten percent and stay on the board for three years.

The purchase still needs the approval of the Danish competition authority
and should close in the summer, Quillmore's chief executive told analysts.
"""


def test_wrapped_export_keeps_its_headline_apart_from_the_date_line_and_the_menu() -> None:
    page = {
        "url": "https://brief.example/2026/03/04/story",
        "fetched_at": "2026-03-04T08:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": _WRAPPED,
    }
    clean = clean_page(page)
    assert clean["title"] == "Quillmore Foods agrees to buy the Danish snack maker Brakkel for 240 million"
    assert "Sign in" not in clean["text"]
    assert "Brakkel, founded in 1987 in Aarhus, employs 600 people" in clean["text"]


@pytest.mark.parametrize(
    "label",
    ["Also on Ledgerpost", "À lire aussi sur La Lettre Bleue", "Auch auf Kapitalpost", "También en Boletín Norte"],
)
def test_teasers_under_a_label_naming_the_site_go(label: str) -> None:
    teasers = [
        "Vortigen Labs raises 18 million euros to build its second factory near Lyon",
        "Coppel Systems and Marwick Analytics join forces on industrial data platforms",
    ]
    closing = "The figures on this site are provided for information only and are no advice."
    body = "\n".join(["Quillmore buys Brakkel", "", *_PARAGRAPHS, "", label, *teasers, "", closing])
    text = _text(body)
    assert _PARAGRAPHS[-1] in text
    assert not any(teaser in text for teaser in teasers)


@pytest.mark.parametrize(
    "entries",
    [
        ["1. Halvard Legal: 41 deals (2,300 million)", "2. Brenning & Co: 37 deals", "3. Oaktree Lane: 30 deals"],
        [
            "2019: Quillmore buys the Polish bakery Zarno",
            "2022: Quillmore opens a plant in Ghent",
            "2024: Quillmore takes over Velten Snacks",
        ],
        [
            "12.03.2021 – Quillmore kauft die Bäckerei Zarno",
            "04.05.2023 – Quillmore eröffnet ein Werk in Gent",
            "18.09.2025 – Quillmore übernimmt Velten Snacks",
        ],
    ],
)
def test_list_going_on_from_the_last_line_is_the_articles(entries: list[str]) -> None:
    body = "\n".join(["Quillmore buys Brakkel", "", *_PARAGRAPHS, *entries, "", "Tags: food, deals"])
    text = _text(body)
    assert all(entry in text for entry in entries)


def test_numbered_list_under_a_label_still_goes() -> None:
    entries = ["1. Vortigen Labs raises 18 million euros", "2. Harbin Tools sells its unit", "3. Coppel opens in Ghent"]
    body = "\n".join(["Quillmore buys Brakkel", "", *_PARAGRAPHS, "", "Most read", *entries])
    assert "Vortigen" not in _text(body)


_BOX_ABOVE = """Home | News | Markets | Deals
Trending now
Vortigen Labs raises 18 million euros to build its second factory near Lyon
Coppel Systems and Marwick Analytics join forces on industrial data platforms

DEALS
Quillmore Foods agrees to buy the Danish snack maker Brakkel
By Jane Holloway
4 March 2026
{paragraphs}
"""


def test_box_of_headlines_above_the_articles_headline_goes() -> None:
    page = {
        "url": "https://brief.example/2026/03/04/story",
        "fetched_at": "2026-03-04T08:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": _BOX_ABOVE.format(paragraphs="\n".join(_PARAGRAPHS)),
    }
    clean = clean_page(page)
    assert clean["title"] == "Quillmore Foods agrees to buy the Danish snack maker Brakkel"
    assert "Vortigen" not in clean["text"] and "Coppel" not in clean["text"]
    assert _PARAGRAPHS[0] in clean["text"]


def test_headline_over_its_subtitle_stays_the_title() -> None:
    body = "\n".join(
        [
            "Quillmore Foods agrees to buy the Danish snack maker Brakkel",
            "The deal doubles the group's sales in the Nordic countries and adds a plant",
            "By Jane Holloway",
            "4 March 2026",
            *_PARAGRAPHS,
        ]
    )
    assert _text(body).startswith("Quillmore Foods agrees to buy the Danish snack maker Brakkel")
