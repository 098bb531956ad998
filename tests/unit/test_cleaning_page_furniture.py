"""Furniture that pages written after the tuning sets carried around their articles: a byline of the author's
bare name above the date line, a date line that names the author and the outlet, captions closed by a credit
after their sentence, rows of share buttons, boxes on the author, mailbox appeals, registered-office footers and
"filed under" labels."""

from __future__ import annotations

import pytest

from streams.cleaning.blocks import is_date_line, is_noise_line
from streams.cleaning.cues import cues
from tests.conftest import export_lines
from tests.unit.test_cleaning_layouts import clean_html

_BODY = [
    "La gestora valenciana ha cerrado una ronda de financiación de serie B por 25 millones de euros, liderada por "
    "un fondo madrileño y con la participación de sus accionistas históricos.",
    "La compañía destinará el capital a abrir oficinas en Lisboa y Milán y a duplicar su plantilla de ingenieros "
    "antes de que termine el próximo año.",
]

_GERMAN = [
    "Das Berliner KI-Startup hat eine Finanzierungsrunde über 42 Millionen Euro abgeschlossen, angeführt von einem "
    "Schweizer Wagniskapitalgeber und zwei Bestandsinvestoren aus München.",
    "Mit dem frischen Kapital will das Unternehmen vor allem in Frankreich und den Niederlanden wachsen und sein Team "
    "bis Ende des kommenden Jahres auf mehr als 150 Beschäftigte vergrößern.",
]


@pytest.mark.parametrize(
    ("name", "date"),
    [("Lucía Benavent", "22 oct 2025 - 05:30 CEST"), ("Sophie Delvaux, La Gazette", "Publié le 4 juin 2025 à 17:42")],
)
def test_bare_name_between_the_lead_and_the_date_line_is_no_subheading(name: str, date: str) -> None:
    lead = "La empresa gestiona alquileres de larga duración para pequeños propietarios de toda España"
    lines = ["Portada", "Economía", "Habitana capta 25 millones y sopesa salir a bolsa", lead, name, date, *_BODY]
    assert export_lines(lines) == ["Habitana capta 25 millones y sopesa salir a bolsa", lead, *_BODY]


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Marc Roy — Le Courrier de Laval — Publié le 20 novembre 2025 à 5 h 00", True),
        ("Jane Doe - The Ledger - May 4, 2026", True),
        ("The deal closed on March 3, 2025 - the company said on Monday", False),
        ("Acme agrees to buy Widgets — March 3, 2025 — Shares jump on the news", False),
    ],
)
def test_date_line_whose_other_fields_are_names(line: str, dated: bool) -> None:
    assert is_date_line(line) is dated


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("The dredge Pelican State near Port Arthur. Photo courtesy of Gulf Dredging", True),
        ("Executives ring the opening bell in New York on Thursday. (Courtesy of Nasdaq)", True),
        ("Los fundadores de Habitana, en su oficina de Valencia. Cedida", True),
        ("Los fundadores, en su sede de Ciudad de México. CORTESÍA", True),
        ("Imagen de la planta de la conservera en Boiro. M. MORALEJO", True),
        ("Die Gründer im Werk in Ulm. privat", True),
        ("Why start-ups skip the U.S. IPO", False),  # an abbreviation's full stop, no caption's
        ("The deal was done. Then the bankers left", False),
        ("Shares rose 5%. NYSE", False),
    ],
)
def test_caption_closed_by_a_credit_after_its_sentence(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Teilen Versenden Drucken Merken", True),
        ("Partager · Imprimer · Réagir", True),
        ("Share | Facebook | LinkedIn | Email", True),
        ("Compartir Imprimir", True),
        ("Share", False),  # one word: a section's name as well
        ("Share the news with your team", False),
    ],
)
def test_row_of_share_buttons(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Sobre el autor: Andrés Gil escribe sobre tecnología y capital de riesgo en América Latina.", True),
        ("About the author", True),
        ("Über den Autor: Max Muster schreibt seit 2019 über Energie.", True),
        ("L'auteur du rapport estime que la fusion est risquée.", False),
        ("Sobre el autor de la oferta, nada se sabe todavía.", False),
    ],
)
def test_box_on_the_author(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


@pytest.mark.parametrize(
    "line",
    [
        "Recibe cada lunes en tu correo las rondas de financiación de la semana con la newsletter de Empresas.",
        "Get the morning briefing free to your inbox.",
        "Les levées de fonds de la semaine, chaque vendredi dans votre boîte mail.",
        "Alle Finanzierungsrunden der Woche jeden Freitag direkt in Ihr Postfach.",
        "The Ledger Ltd, registered in England and Wales. Copyright 2026",
    ],
)
def test_mailbox_appeals_and_registered_office_footers_are_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Gründerin fand die Absage am Morgen in ihrem Postfach.",
        "El consejero delegado lo comunicó en su correo a la plantilla.",
        "The company's registered office moves to Dublin.",
    ],
)
def test_sentences_on_someone_elses_mail_or_office_stay(line: str) -> None:
    assert not is_noise_line(line)


def test_filed_under_label_closes_the_article() -> None:
    lines = ["Empresas", "Habitana capta 25 millones y sopesa salir a bolsa", *_BODY]
    tags = "Archivado en: Inmobiliario, Startups, Valencia"
    teaser = "Otra gestora inmobiliaria cierra una ronda de serie A con un fondo de Madrid y cotizará en 2027."
    assert export_lines([*lines, tags, teaser]) == lines[1:]


def test_headline_above_an_author_and_a_date_with_a_comma_is_no_teaser() -> None:
    """A teaser box above the article ends at its headline, whose date line may write "16 abril, 2026"."""
    headline = "Nubilo levanta 12 millones para digitalizar la logística de las pymes"
    teasers = ["Entradas recientes", "Kavak cierra una ronda", "Startups"]
    lines = [*teasers, headline, "Andrés Gil", "16 abril, 2026", *_BODY]
    assert export_lines(lines) == [headline, *_BODY]


def test_headline_in_divs_with_a_dash_of_its_own_is_found_by_the_cut_title() -> None:
    """The <title> loses the headline's second half with the site's name: the block that opens with it heads."""
    headline = "Quellwerk sammelt 42 Millionen Euro ein – und holt sich die Telekom an Bord"
    body = "".join(f"<div class='txt'>{p}</div>" for p in _GERMAN)
    html = (
        f"<html><head><title>{headline} - Gründerpuls</title></head><body><div class='col'>"
        f"<div class='hl'><div class='h1'>{headline}</div></div><div class='body'>{body}</div></div></body></html>"
    )
    assert clean_html(html)["text"].split("\n") == [headline, *_GERMAN]


_RELEASE = [
    "Brackwater Marine has won a five-year contract to maintain fourteen ships of the Royal Navy, the company said on "
    "Thursday, in a deal worth about 240 million pounds over its term.",
    "Mobilisation will begin in January, with the first vessels entering the programme in the spring, and the work "
    "will be shared between the yards in Rosyth and Plymouth.",
    "Part of the propulsion work will be done by the joint venture the company set up in 2022 with a Finnish engine "
    "maker, which assembles hybrid drive trains in Plymouth.",
]
_PROFILE = (
    "Brackwater Marine is an independent naval engineering and ship support company headquartered in Edinburgh. "
    "It employs 3,400 people at five sites in the United Kingdom."
)


def test_issuer_profile_boxed_beside_a_release_goes_but_stays_inside_its_body() -> None:
    body = "".join(f"<p>{p}</p>" for p in _RELEASE)
    head = "<html><body><div class='page'><h1>Brackwater Marine wins Royal Navy support contract</h1>"
    end = "</div></body></html>"
    boxed = f"{head}<div class='release'>{body}</div><div class='box'><h3>About</h3><p>{_PROFILE}</p></div>{end}"
    inside = f"{head}<div class='release'>{body}<h2>About Brackwater Marine</h2><p>{_PROFILE}</p></div>{end}"
    assert clean_html(boxed)["text"].split("\n")[1:] == _RELEASE
    assert clean_html(inside)["text"].split("\n")[1:] == [*_RELEASE, "About Brackwater Marine", _PROFILE]


@pytest.mark.parametrize(
    ("heading", "profile"),
    [("About", True), ("About Brackwater Marine", True), ("À propos d'Ondal", True), ("Acerca de Grupo Valdeón", True),
     ("About the deal", False), ("Sobre la operación", False)],
)
def test_profile_heading_names_the_issuer(heading: str, profile: bool) -> None:
    assert (cues().about_label.match(heading) is not None) is profile
