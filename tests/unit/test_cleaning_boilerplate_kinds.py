"""Boilerplate kinds that survived cleaning on fresh pages: cookie notices as plain lines, photo captions
and credits, in-article promos, ads beside their label, sign-up boxes, comment counts (text exports and
HTML). Each fixture's article must come out whole (its `.expected` file, one paragraph a line, headline
first) and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_caption, is_consent_notice, is_noise_line
from tests.conftest import export_lines

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"
PAGES = sorted(p.name for p in FIXTURES.iterdir() if p.suffix != ".expected" and p.with_suffix(".expected").exists())

# What each page carries around (or inside) its article: none of it may survive.
BOILERPLATE = {
    "export_en_consent.txt": [
        "cookies",
        "Cookie",
        "REUTERS",
        "file photo",
        "Our pick",
        "Related",
        "newsletter",
        "12 comments",
        "Priya Raman",
        "Heron",
        "Jonas Wirth",
    ],
    "export_fr_captions.txt": [
        "AFP",
        "conférence de presse, jeudi",
        "photo d'archives",
        "À lire aussi",
        "Hélios",
        "Publicité",
        "abonnement",
        "cookies",
        "newsletter",
        "commentaires",
        "Claire Morel",
    ],
    "export_de_archive.txt": [
        "Cookies",
        "Archivbild",
        "dpa",
        "Lesen Sie auch",
        "Kältemittel",
        "Anzeige",
        "Depot",
        "Bilanzpressekonferenz",
        "Kai Sommer",
        "Newsletter",
        "Kommentare",
        "Lena Hoffmann",
    ],
    "export_es_cookies.txt": [
        "(archivo)",
        "Europa Press",
        "Te puede interesar",
        "Los fondos",
        "cookies",
        "Publicidad",
        "zapatillas",
        "EFE",
        "boletín",
        "comentarios",
        "Javier Ruiz",
    ],
    "export_de_markdown.txt": [
        "Cookies",
        "akzeptieren",
        "Miriam Vogt",
        "Sara Demir bei der",
        "Foto",
        "Passend dazu",
        "Sparkassen",
        "Newsletter",
        "Kommentare",
        "Teilen",
        "Versicherer",
    ],
    "export_en_teasers.txt": [
        "Advertisement",
        "mortgage",
        "Published",
        "Share on",
        "Comments (31)",
        "file picture",
        "Getty",
        "Most read",
        "Ministers",
        "Retail sales",
        "ALSO READ",
        "Mark Dunne",
        "cookies",
        "Copyright",
    ],
    "page_en_promos.html": [
        "cookies",
        "Grace Okafor",
        "8 comments",
        "REUTERS",
        "Our pick",
        "ALSO READ",
        "Verity",
        "Ravi Patel",
        "newsletter",
        "Read more",
        "Insurers",
    ],
    "page_de_anzeige.html": [
        "Cookies",
        "Tobias Keller",
        "Kommentare",
        "Archivbild",
        "dpa",
        "Lesen Sie auch",
        "Stahlbranche",
        "Anzeige",
        "Tagesgeld",
        "Jana Weiß",
        "Newsletter",
        "Teilen",
    ],
    "page_fr_publicite.html": [
        "Camille Roux",
        "commentaires",
        "© Azur Fret",
        "À lire aussi",
        "port de Marseille",
        "Publicité",
        "abonnement",
        "photo d'archives",
        "cookies",
        "Partager",
    ],
    "page_es_publicidad.html": [
        "cookies",
        "Redacción",
        "comentarios",
        "EFE",
        "Te puede interesar",
        "aseguradoras ganan",
        "Publicidad",
        "hipoteca",
        "(archivo)",
        "newsletter",
        "Compartir",
    ],
}


def _clean(name: str) -> dict:
    path = FIXTURES / name
    content_type = "text/html; charset=utf-8" if path.suffix == ".html" else "text/plain; charset=utf-8"
    page = {"url": "https://news.example/a", "fetched_at": "2025-01-01T00:00:00Z", "content_type": content_type}
    return clean_page({**page, "body": path.read_text(encoding="utf-8")})


@pytest.mark.parametrize("name", PAGES)
def test_article_comes_out_whole_and_alone(name: str) -> None:
    expected = (FIXTURES / name).with_suffix(".expected").read_text(encoding="utf-8").strip("\n").split("\n")
    assert _clean(name)["text"].split("\n") == expected


@pytest.mark.parametrize(("name", "boilerplate"), [(n, b) for n, items in BOILERPLATE.items() for b in items])
def test_boilerplate_goes(name: str, boilerplate: str) -> None:
    assert boilerplate not in _clean(name)["text"]


def test_every_page_lists_its_boilerplate() -> None:
    assert set(BOILERPLATE) <= set(PAGES)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("This site uses cookies. By continuing to browse you agree to our use of cookies.", True),
        ("En poursuivant votre navigation, vous acceptez l'utilisation de cookies.", True),
        ("Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten.", True),
        ("Utilizamos cookies propias y de terceros. Al continuar navegando, acepta su uso.", True),
        ("Accept all cookies", True),
        (
            "The regulator fined the retailer for setting advertising cookies without consent, it said on Monday "
            "after a two-year investigation into the company's websites.",
            False,
        ),
        ("The cookie maker agreed to buy a rival bakery chain for $300m.", False),
        ("Google setzt weiterhin auf Cookies von Drittanbietern, teilte der Konzern mit.", False),
        ("L'utilisation de cookies tiers sera interdite, a annoncé la CNIL.", False),
        ("La empresa utiliza cookies de terceros y acepta la multa, según la agencia.", False),
    ],
)
def test_consent_notices(line: str, notice: bool) -> None:
    assert is_consent_notice(line) is notice


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Kestrel chief executive Omar Haddad in Pittsburgh, May 2025. REUTERS/Alan Freed", True),
        ("Photo Jean-Marc Dupuis / AFP", True),
        ("Photo Jean Dupont / Le Courrier", True),
        ("Die Zentrale von Nordfrost in Kiel (Archivbild)", True),
        ("El consejero delegado, Luis Campos, en Madrid (archivo)", True),
        ("Jonas Wirth at the fair in Munich (file photo)", True),
        ("23 comentarios", True),
        ("Comments (31)", True),
        ("Share on LinkedIn", True),
        ("Copier le lien", True),
        ("© 2025 Crónica Financiera. Todos los derechos reservados.", True),
        ("Sign up for our newsletter: the week's deals every Friday.", True),
        ("Our pick: see the best robot vacuums of the year in our buying guide", True),
        ("Shares rose after a Reuters/Ipsos poll showed support for the merger.", False),
        ("The AI/ML unit will be sold to a rival", False),
        ("Sales rose 12 percent", False),
        (
            "Workers at the plant in Grünheide near Berlin, Germany, on March 13, 2024, where production was halted "
            "after an arson attack on a power pylon that cut the site's electricity. REUTERS/Annegret Hilse",
            True,
        ),
        (
            "The company, founded in 2009 with offices in Berlin, Paris and Madrid, said its revenue rose by a third "
            "last year to 80 million euros, helped by demand for its photo: editing tools.",
            False,
        ),
    ],
)
def test_credits_counts_and_promos(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Sophie Lambert, présidente de Vireo, lors de la conférence de presse, jeudi à Paris", True),
        ("Markus Brandt, Vorstandschef von Hansetec, bei der Bilanzpressekonferenz in Hamburg, März 2025", True),
        ("Luis Campos, consejero delegado, durante la firma del acuerdo", True),
        ("Jane Doe, chief executive of Acme, at the opening of the plant in Leipzig", True),
        ("Why Europe matters", False),
        ("Was sich bei der Fusion ändert", False),  # a subheading: no comma
        ("Acme said on Monday, during a call with analysts, that it would buy Beta.", False),
    ],
)
def test_captions(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


_PARAGRAPH = (
    "The two lenders said on Monday that they had agreed to merge their card businesses, which together serve four "
    "million customers in Spain and Portugal, and that the regulator must still approve the deal before it closes."
)


def test_ad_label_over_a_paragraph_keeps_the_paragraph() -> None:
    """The ad was a picture that the export dropped: the prose below its label is the article's."""
    second = _PARAGRAPH.replace("The two lenders", "Both banks")
    assert export_lines(["Banks merge card units", _PARAGRAPH, "Publicidad", second], separator="\n") == [
        "Banks merge card units",
        _PARAGRAPH,
        second,
    ]


def test_teaser_box_at_the_end_still_closes_the_article() -> None:
    teaser_text = "The start-up will use the money to open offices in Singapore, Tokyo and Seoul next year."
    lines = ["Banks merge card units", _PARAGRAPH, "Most read", "Start-up raises $50m", teaser_text]
    assert export_lines(lines, separator="\n") == ["Banks merge card units", _PARAGRAPH]
