"""Meta lines around an article that held-out pages written by other people carried: bylines that give the
author's job title instead of a "By" prefix, date lines with both a publication and an update label. Each
rule is checked against lines of article text that resemble it."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import (
    is_author_note,
    is_byline,
    is_consent_notice,
    is_date_line,
    is_noise_line,
    is_quote_line,
)
from streams.cleaning.cues import cues
from tests.conftest import export_lines


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Sarah Whitlock, Media Correspondent", True),
        ("Anna Schmidt, Wirtschaftsredakteurin", True),
        ("Claire Dumont | correspondante à Berlin", True),
        ("Marta Ibáñez, corresponsal en Bruselas", True),
        ("Julien Le Goff, envoyé spécial à Kyiv", True),
        ("(Reporting by Jane Doe in London; Editing by John Smith)", True),
        ("Mitarbeit: Anna Schmidt", True),
        ("Propos recueillis par Jean Dupont", True),
        ("Con información de EFE", True),
        ("Rédaction : Jeanne Valois", True),  # the newsroom's credit, as "Redacción" or "Editing by"
        ("(Rédaction de La Gazette du Rhône, avec agences)", True),
        ("Redaktion: Jana Wittkamp", True),
        ("Rédaction de nouvelles règles pour les fonds de capital-risque", False),  # a headline's noun
        ("(Acme said it would sell the unit)", False),
        ("Deutsche Bank, Commerzbank call off merger talks", False),  # a headline: no job title
        ("Jane Doe, chief executive of Acme", False),  # a caption's person: no journalist
        ("Sarah Whitlock, the editor of the paper, said the deal was good.", False),  # a sentence
    ],
)
def test_byline_with_a_job_title(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


@pytest.mark.parametrize(
    ("line", "date_line"),
    [
        ("Publié le 10/04/2025 à 18h12 - Mis à jour le 10/04/2025 à 18h40", True),
        ("Published 10 April 2025 12:05 - Updated 10 April 2025 14:30", True),
        ("Veröffentlicht am 13.08.2026, 05:30 Uhr - Aktualisiert am 13.08.2026, 09:10 Uhr", True),
        ("Publicado el 27/03/2025 a las 09:45 - Actualizado el 27/03/2025 a las 11:02", True),
        ("Acme publie ses résultats le 10/04/2025 et confirme la vente de sa filiale", False),
    ],
)
def test_date_line_with_publication_and_update_labels(line: str, date_line: bool) -> None:
    assert is_date_line(line) is date_line


_BODY = [
    "Britain's competition regulator has blocked the takeover of a radio group, ruling on Monday that the "
    "combination would control almost half of the country's commercial radio advertising market.",
    "The buyer said it would not appeal and had withdrawn its offer, which it first made in February, and the "
    "target's shares fell 11% in London on Tuesday morning.",
]


def test_export_drops_byline_with_job_title_update_line_and_share_price() -> None:
    lines = [
        "Regulator blocks radio takeover",
        "Sarah Whitlock, Media Correspondent",
        "Publié le 10/04/2025 à 18h12 - Mis à jour le 10/04/2025 à 18h40",
        *_BODY,
        "Larkspur Radio - LRK - London - 2,14 GBP (-11,2 %)",
        "Related coverage",
    ]
    assert export_lines(lines) == ["Regulator blocks radio takeover", *_BODY]


@pytest.mark.parametrize(
    ("line", "quote"),
    [
        ("Hélioprisme - HLPR - Euronext Paris - 19,01 EUR (+8,63 %)", True),
        ("Acme Corp (ACME) | NYSE | $41.20 | -2.4%", True),
        ("Vantor AG · VNT · Xetra · 12,40 € · +1,5 %", True),
        ("Banco Norte (BNO) 3,12 € +6,3 %", True),
        ("Acme shares rose 8.6% to 19.01 euros on their debut.", False),  # the article's own sentence
        ("SAP: Umsatz steigt um +12 % im dritten Quartal", False),  # a headline: no ticker field, words
        ("Sales up +12% at Acme", False),  # no ticker
        ("ISIN: DE0007164600", True),
        ("WKN: 716460", True),
        ("Nordwerk AG · DE000A1EWWW0 · Xetra", True),
        ("Die Aktie (ISIN DE0007164600) stieg um 3 Prozent.", False),
    ],
)
def test_share_price_lines(line: str, quote: bool) -> None:
    assert is_quote_line(line) is quote


@pytest.mark.parametrize(
    "label",
    [
        "Más noticias de Turismo",
        "More news from Markets",
        "Weitere Artikel aus der Region",
        "Plus d'actualités Économie",
    ],
)
def test_section_teaser_list_closes_the_export(label: str) -> None:
    """A "more news from <section>" label opens a list of other articles' headlines, some long enough to
    read as text: the article is over."""
    teasers = ["Hotel group buys two resorts on the coast from a German fund", "Airport passenger numbers near record"]
    assert export_lines(["Regulator blocks radio takeover", *_BODY, label, *teasers]) == [
        "Regulator blocks radio takeover",
        *_BODY,
    ]


@pytest.mark.parametrize(
    "line", ["More in Store for Acme as sales jump", "Más sobre la fusión de los bancos", "Mehr zu zahlen"]
)
def test_section_label_needs_a_name(line: str) -> None:
    assert cues().end_marker.match(line) is None


@pytest.mark.parametrize(
    "offer",
    [
        "Cet article vous est offert. Abonnez-vous pour lire tous nos contenus dès 9 euros par mois.",
        "Already a subscriber? Log in. Subscribe now for unlimited access from £1 a week.",
        "Dieser Artikel ist für Sie kostenlos. Jetzt Abo abschließen und alle Inhalte lesen.",
        "Hazte suscriptor y lee sin límites todas nuestras noticias por 1 euro el primer mes.",
    ],
)
def test_paywall_box_inside_the_body_goes(offer: str) -> None:
    body = (
        "<html><body><article><h1>Regulator blocks radio takeover</h1><div class='text'>"
        f"<p>{_BODY[0]}</p><div class='box'>{offer}</div><p>{_BODY[1]}</p>"
        "</div></article></body></html>"
    )
    page = {"url": "https://news.example/a", "fetched_at": "2025-01-01T00:00:00Z", "content_type": "text/html"}
    assert clean_page({**page, "body": body})["text"].split("\n") == ["Regulator blocks radio takeover", *_BODY]


def test_subscribing_to_shares_is_text() -> None:
    assert not is_noise_line("Investors rushed to subscribe to the share sale, which was covered three times.")


@pytest.mark.parametrize(
    "line",
    [
        "5 min read",
        "Reading time: 3 minutes",
        "4 Min. Lesezeit",
        "Lesedauer: 3 Minuten",
        "Temps de lecture : 4 min",
        "3 min de lectura",
        "Tiempo de lectura: 2 min",
    ],
)
def test_reading_time_is_noise(line: str) -> None:
    assert is_noise_line(line)


def test_teaser_box_above_the_headline_keeps_the_headline() -> None:
    """A "most read" box right above the article: its last headline-like line sits on the byline and date
    lines, so it is the article's headline, not a teaser."""
    lines = [
        "Meistgelesen",
        "Fusion zweier Agrargenossenschaften besiegelt",
        "Mühlenwerk an Investor aus Polen verkauft",
        "Regulator blocks radio takeover",
        "Von Karsten Wilke",
        "Veröffentlicht am 13.08.2026, 05:30 Uhr",
        "5 min read",
        *_BODY,
    ]
    assert export_lines(lines) == ["Regulator blocks radio takeover", *_BODY]


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("Wir benötigen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen können.", True),
        ("We need your consent before you continue to our website.", True),
        ("Nous avons besoin de votre consentement pour continuer sur notre site.", True),
        ("Necesitamos su consentimiento antes de que siga navegando por nuestro sitio web.", True),
        ("Shareholders gave their consent to the deal, the company said on its website.", False),
        ("Die Aktionäre müssen der Fusion noch zustimmen, teilte das Unternehmen auf seiner Website mit.", False),
    ],
)
def test_consent_request_without_cookies(line: str, notice: bool) -> None:
    assert is_consent_notice(line) is notice


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Tom Ashcroft covers industrials and defence for Harbourline.", True),
        ("Moritz Kellner schreibt seit 2019 über Energie- und Klima-Start-ups.", True),
        ("Ignacio Vela es periodista especializado en industria de defensa.", True),
        ("Claire Morel couvre l'industrie pour La Gazette.", True),
        ("Marcus Pell is industrials correspondent at The Ledgerline.", True),
        ("Deutsche Bank berichtet am Mittwoch Zahlen für das zweite Quartal.", False),
        ("Siemens-Chef Roland Busch schreibt in einem Brief an die Aktionäre, der Kauf lohne sich.", False),
        ("Microsoft President Brad Smith writes that the deal will close in June.", False),
        ("Jane Doe told a reporter on Tuesday that the bid was final.", False),
        ("Jane Doe, a former Reuters correspondent, will chair the board.", False),
        ("The deal is expected to close in the third quarter.", False),
    ],
)
def test_author_notes(line: str, note: bool) -> None:
    assert is_author_note(line) is note


def test_closing_author_note_goes_from_export_and_page() -> None:
    note = "Sarah Whitlock covers media and telecoms for The City Chronicle."
    lines = ["Regulator blocks radio takeover", *_BODY]
    assert export_lines([*lines, note]) == lines
    paragraphs = "".join(f"<p>{text}</p>" for text in (*_BODY, note))
    body = f"<html><body><article><h1>Regulator blocks radio takeover</h1>{paragraphs}</article></body></html>"
    page = {"url": "https://news.example/a", "fetched_at": "2025-01-01T00:00:00Z", "content_type": "text/html"}
    assert clean_page({**page, "body": body})["text"].split("\n") == ["Regulator blocks radio takeover", *_BODY]


def test_author_note_shape_inside_the_article_stays() -> None:
    """Only a closing note goes: the same shape between paragraphs is the article's own sentence."""
    quote = "Sarah Whitlock covers the hearing for the trade press and expects an appeal."
    lines = ["Regulator blocks radio takeover", _BODY[0], quote, _BODY[1]]
    assert export_lines(lines) == lines


@pytest.mark.parametrize(
    ("line", "date_line"),
    [
        ("Updated 2 hours ago", True),
        ("Aktualisiert vor 3 Stunden", True),
        ("Jane Doe · il y a 2 heures", True),
        ("hace 3 horas", True),
        ("Deal talks began 3 days ago and are advancing", False),
        ("Los bancos anunciaron la fusión hace 3 días.", False),
    ],
)
def test_relative_publication_times(line: str, date_line: bool) -> None:
    assert is_date_line(line) is date_line


@pytest.mark.parametrize(
    "label",
    [
        "Most viewed",
        "Aktuelle Meldungen",
        "Dernières dépêches",
        "Últimas noticias",
        "Trending on The Wire",
        "Recent posts",
        "Nächste Termine",
    ],
)
def test_teaser_list_labels_close_the_export(label: str) -> None:
    teasers = ["Hotel group buys two resorts on the coast from a German fund", "Airport passenger numbers near record"]
    assert export_lines(["Regulator blocks radio takeover", *_BODY, label, *teasers]) == [
        "Regulator blocks radio takeover",
        *_BODY,
    ]


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Story continues below advertisement", True),
        ("Weiter nach der Anzeige", True),
        ("La suite après cette publicité", True),
        ("Sigue leyendo debajo", True),
        ("Subscribe from £1 a week", True),
        ("S'abonner", True),
        ("Abonnieren können Kunden den Dienst ab März.", False),
        ("Abonnieren statt kaufen: das neue Modell der Autobauer", False),
        ("Subscribers rose 5% in the quarter", False),
    ],
)
def test_ad_notes_and_subscription_prompts(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


def test_text_below_an_ad_note_stays() -> None:
    """Unlike an ad label, the note says the article goes on: the short paragraph below is text."""
    closing = "The deal still needs the approval of the regulator."
    lines = ["Regulator blocks radio takeover", _BODY[0], "Story continues below advertisement", closing, _BODY[1]]
    assert export_lines(lines) == ["Regulator blocks radio takeover", _BODY[0], closing, _BODY[1]]


def test_teaser_box_above_a_headline_with_a_bare_author_name_keeps_the_headline() -> None:
    lines = [
        "Most read",
        "Hotel group buys two resorts on the coast from a German fund",
        "Airport passenger numbers near record",
        "Regulator blocks radio takeover",
        "Sarah Whitlock",
        "April 16, 2026",
        *_BODY,
    ]
    assert export_lines(lines) == ["Regulator blocks radio takeover", *_BODY]
