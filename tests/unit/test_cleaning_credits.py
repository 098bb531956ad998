"""Picture credits and captions that held-out text exports carried: a caption under its label
("Bildunterschrift:"), a credit with an archive word after its label, a credit set in capitals above its
caption (Québec outlets), and a signature between the headline and the date line."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_capitals_credit, is_noise_line
from tests.conftest import export_lines

_BODY = [
    "Les deux coopératives agricoles ont voté mardi le principe d'un rapprochement, qui doit donner naissance au "
    "premier collecteur de céréales de la région avec près de deux millions de tonnes de grains par an.",
    "La nouvelle entité réunira neuf mille agriculteurs adhérents et emploiera un peu plus de mille salariés, "
    "a précisé son futur président lors de l'assemblée générale extraordinaire.",
]


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Bildunterschrift: Das Heizkraftwerk an der Hafenstraße soll mehr Haushalte versorgen.", True),
        ("Légende : le siège du groupe à Lyon.", True),
        ("Caption: The plant in Leipzig will double its output.", True),
        ("Pie de foto: La sede del banco en Santander.", True),
        ("Les silos à Pithiviers. Photo archives Le Courrier de Loire / Nicolas Brun", True),
        ("Die Anlage in Wehr. Foto Archiv Badische Zeitung / Anna Roth", True),
        ("La laiterie de Vire. Photo Le Courrier de Loire – Nicolas Brun", True),  # a dash between outlet and name
        ("PHOTO FOURNIE PAR HYDROLUX", True),
        ("PHOTO ARCHIVES LE NOUVELLISTE", True),
        ("La légende du rugby rachète un club de Top 14.", False),
        ("Photo by Jane Doe on Unsplash", True),
        ("Foto von Max Muster", True),
        ("Photo de Jean Dupont", True),
        ("Foto cortesía de Grupo Tolteca", True),
        ("Foto de familia de los consejeros", False),  # a caption's scene, no name
    ],
)
def test_caption_labels_and_credits(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


@pytest.mark.parametrize(
    ("line", "credit"),
    [("PHOTO ROBERT SKINNER, LA PRESSE", True), ("SIEMENS BUYS ALTAIR", False), ("Photo fournie par Hydrolux", False)],
)
def test_credit_in_capitals(line: str, credit: bool) -> None:
    assert is_capitals_credit(line) is credit


def test_caption_under_a_credit_in_capitals_goes() -> None:
    lines = [
        "Céréales : deux coopératives vont fusionner",
        *_BODY,
        "PHOTO FOURNIE PAR LA COOPÉRATIVE",
        "Les silos de la coopérative à Pithiviers.",
        "À lire aussi",
    ]
    assert export_lines(lines) == ["Céréales : deux coopératives vont fusionner", *_BODY]


def test_lead_under_a_credit_in_capitals_stays() -> None:
    """The article's first paragraph below the credit is longer than a caption."""
    lines = ["Céréales : deux coopératives vont fusionner", "PHOTO ARCHIVES LE COURRIER", *_BODY]
    assert export_lines(lines) == ["Céréales : deux coopératives vont fusionner", *_BODY]


def test_signature_under_the_headline_is_no_headline() -> None:
    lines = [
        "Le Courrier de Loire",
        "Économie",
        "Céréales : deux coopératives vont fusionner",
        "Julien Le Goff, Le Courrier",
        "27 août 2026 à 6 h 00",
        *_BODY,
    ]
    assert export_lines(lines) == ["Céréales : deux coopératives vont fusionner", *_BODY]


def test_caption_in_a_box_classed_in_the_page_language_goes() -> None:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        "<html><body><div class='principal'><h1>Céréales : deux coopératives vont fusionner</h1>"
        "<div class='photo'><img src='/silo.jpg' alt=''><span class='legende'>Les silos en été. DDV / Marc Brun</span>"
        f"</div><div class='texte'>{body}</div></div></body></html>"
    )
    page = {"url": "https://news.example/a", "fetched_at": "2025-01-01T00:00:00Z", "content_type": "text/html"}
    text = clean_page({**page, "body": html})["text"]
    assert "silos en été" not in text and "Marc Brun" not in text
    assert text.startswith("Céréales") and "neuf mille agriculteurs" in text


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Meridian Wire/Jane Holt/File Photo Purchase Licensing Rights", True),
        ("Miners at the pit in Kent, March 3, 2025. Meridian Wire/Jane Holt Purchase Licensing Rights", True),
        ("The drugmaker agreed to purchase licensing rights to the antibody from Bolt.", False),
    ],
)
def test_a_photo_agency_s_licensing_button_closes_its_credit(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise
