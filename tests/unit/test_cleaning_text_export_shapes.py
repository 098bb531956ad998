"""Text exports (issue 4): boilerplate shapes beside the article's lines (an ad's copy below its label, a caption beside
its credit, a byline closed by its reading time, a share row with its label, a labelled teaser after the article) go,
and the headline over a credit stays, in every language."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_noise_line

_ARTICLES = {
    "en": (
        "Lumatec agrees to buy Nordwerk Robotics for $420m",
        "Lumatec, the logistics software group, has agreed to buy Nordwerk Robotics for $420m in cash, the companies "
        "said on Tuesday.",
        "The deal gives Lumatec a line of picking arms that Nordwerk has sold to parcel carriers in Europe and the "
        "United States since 2019.",
        "The acquisition is expected to close in the third quarter, subject to approval by the competition "
        "authorities.",
    ),
    "de": (
        "Lumatec übernimmt Nordwerk Robotics für 420 Millionen Euro",
        "Der Logistiksoftware-Anbieter Lumatec kauft den Roboterhersteller Nordwerk Robotics für 420 Millionen Euro, "
        "wie beide Unternehmen am Dienstag mitteilten.",
        "Nordwerk verkauft seit 2019 Greifarme an Paketdienste in Europa und den Vereinigten Staaten, zuletzt mit "
        "einem Umsatz von 80 Millionen Euro.",
        "Der Abschluss der Übernahme wird im dritten Quartal erwartet, die Kartellbehörden müssen noch zustimmen.",
    ),
    "fr": (
        "Lumatec rachète Nordwerk Robotics pour 420 millions d'euros",
        "L'éditeur de logiciels logistiques Lumatec a annoncé mardi le rachat du fabricant de robots Nordwerk "
        "Robotics pour 420 millions d'euros.",
        "Nordwerk vend depuis 2019 des bras de préhension aux transporteurs de colis en Europe et aux États-Unis, "
        "pour un chiffre d'affaires de 80 millions.",
        "La finalisation de l'opération est attendue au troisième trimestre, sous réserve du feu vert des autorités "
        "de la concurrence.",
    ),
    "es": (
        "Lumatec compra Nordwerk Robotics por 420 millones de euros",
        "La empresa de software logístico Lumatec ha acordado la compra del fabricante de robots Nordwerk Robotics "
        "por 420 millones de euros, informaron el martes ambas compañías.",
        "Nordwerk vende desde 2019 brazos robóticos a empresas de paquetería en Europa y Estados Unidos, con una "
        "facturación de 80 millones.",
        "Se espera que la operación se cierre en el tercer trimestre, a falta de la aprobación de las autoridades "
        "de competencia.",
    ),
}


def _clean(lines: list[str]) -> str:
    page = {
        "url": "https://site.example/news/article-1",
        "fetched_at": "2026-02-10T00:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": "\n".join(lines) + "\n",
    }
    return clean_page(page)["text"]


def _article(
    lang: str, *, below_title: tuple[str, ...] = (), between: tuple[str, ...] = (), after: tuple[str, ...] = ()
) -> list[str]:
    title, lead, body, close = _ARTICLES[lang]
    return [title, *below_title, lead, *between, body, close, *after]


def _assert_whole(text: str, lang: str) -> None:
    assert text.split("\n") == list(_ARTICLES[lang])


@pytest.mark.parametrize(
    ("lang", "label", "ad"),
    [
        ("en", "ADVERTISEMENT", "Scale your fleet with Corvane Cloud – book a demo today"),
        ("en", "Advertisement", "Get started with Pellway Payroll in minutes"),
        ("de", "Anzeige", "Depot eröffnen und 12 Monate ohne Ordergebühren handeln"),
        ("de", "Anzeige", "Logistiktage Ulm 2026 – Plätze sichern"),
        ("fr", "Publicité", "Salon Hydrovia 2026 : réservez votre stand dès aujourd'hui"),
        ("fr", "Publicité", "Hydrovia 2026 : le rendez-vous de l'hydrogène, à Paris"),
        ("es", "Publicidad", "Feria Logística 2026: reserve su stand desde hoy"),
        ("es", "Publicidad", "Descubre la nueva cuenta Solvia para autónomos"),
    ],
)
def test_ad_copy_below_its_label_goes_between_paragraphs(lang: str, label: str, ad: str) -> None:
    _assert_whole(_clean(_article(lang, between=(label, ad))), lang)


@pytest.mark.parametrize(
    ("label", "subheading"),
    [
        ("Anzeige", "Kritik aus Tokio"),
        ("Publicidad", "Un movimiento que se repite en Europa"),
        ("Advertisement", "Regulators take a closer look"),
        ("Publicité", "Un marché en pleine consolidation"),
    ],
)
def test_subheading_below_an_ad_label_stays(label: str, subheading: str) -> None:
    lang = {"Anzeige": "de", "Publicidad": "es", "Advertisement": "en", "Publicité": "fr"}[label]
    text = _clean(_article(lang, between=(label, subheading)))
    assert subheading in text.split("\n") and label not in text


_CAPTIONS = {
    "en": ("Nordwerk's picking arm sorts parcels at a pilot site in Reno.", "Image credit: Nordwerk Robotics"),
    "de": ("Nordwerk-Chef Jan Hollmann läutet die Glocke auf dem Parkett.", "Foto: Nordwerk"),
    "fr": ("Les fondateurs de Nordwerk, Anne Roy et Paul Mercier, dans leur siège.", "Photo : Nordwerk"),
    "es": ("Los fundadores de Nordwerk, Ana Ruiz y Pablo Gil, en su sede de Vigo.", "Foto cedida por Nordwerk"),
}


@pytest.mark.parametrize("lang", sorted(_CAPTIONS))
def test_one_sentence_caption_above_its_credit_goes(lang: str) -> None:
    _assert_whole(_clean(_article(lang, between=_CAPTIONS[lang])), lang)


@pytest.mark.parametrize("lang", sorted(_CAPTIONS))
def test_one_sentence_caption_below_its_credit_goes_between_paragraphs(lang: str) -> None:
    caption, credit = _CAPTIONS[lang]
    _assert_whole(_clean(_article(lang, between=(credit, caption))), lang)


@pytest.mark.parametrize("lang", sorted(_CAPTIONS))
def test_caption_below_a_credit_under_the_headline_goes(lang: str) -> None:
    caption, credit = _CAPTIONS[lang]
    _assert_whole(_clean(_article(lang, below_title=(credit, caption))), lang)


@pytest.mark.parametrize("lang", sorted(_CAPTIONS))
def test_headline_right_above_a_credit_stays(lang: str) -> None:
    _assert_whole(_clean(_article(lang, below_title=(_CAPTIONS[lang][1],))), lang)


@pytest.mark.parametrize(
    ("headline", "lead", "credit"),
    [
        (
            "Lumatec y Nordwerk rompen sus negociaciones de fusión",
            "Las dos empresas de logística han dado por terminadas las conversaciones que mantenían desde marzo para "
            "fusionarse, según informaron este lunes en un comunicado conjunto.",
            "Foto: Archivo",
        ),
        (
            "Nordwerk und Lumatec brechen Fusionsgespräche ab",
            "Die beiden Logistikkonzerne haben ihre Gespräche über einen Zusammenschluss beendet, wie sie am Montag "
            "in einer gemeinsamen Mitteilung erklärten.",
            "Bild: Nordwerk / Archiv",
        ),
    ],
)
def test_short_headline_over_a_credit_is_kept_as_the_title(headline: str, lead: str, credit: str) -> None:
    body = "Lumatec and a rival extend their talks by a month, people familiar with the matter said."
    text = _clean([headline, credit, lead, body])
    assert text.split("\n")[:2] == [headline, lead]


def test_closing_sentence_below_a_credit_stays() -> None:
    title, lead, body, _ = _ARTICLES["de"]
    text = _clean([title, lead, body, "Foto: Nordwerk", "Die Arbeitsplätze in Kiel sollen erhalten bleiben."])
    assert text.split("\n")[-1] == "Die Arbeitsplätze in Kiel sollen erhalten bleiben."


def test_closing_sentence_above_a_credit_at_the_end_stays() -> None:
    title, lead, body, _ = _ARTICLES["fr"]
    closing = "Les 140 salariés de Nordwerk garderont leur poste sur le site de Lyon."
    text = _clean(
        [title, lead, body, closing, "Photo : Nordwerk", "Newsletter : toute l'actualité des PME chaque vendredi."]
    )
    assert text.split("\n")[-1] == closing


def test_paragraph_of_two_sentences_above_a_credit_stays() -> None:
    paragraph = "Nordwerk has 140 staff in Reno. Most of them will move to Lumatec's site in Sparks."
    title, lead, body, close = _ARTICLES["en"]
    text = _clean([title, lead, paragraph, "Photo: Nordwerk", body, close])
    assert paragraph in text.split("\n")


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("de", "Von Katrin Wendel · 10. Februar 2026 · Lesezeit 3 Min."),
        ("de", "Von Jonas Brenner | 10.02.2026 | Lesezeit: 4 Min."),
        ("en", "By Tom Baker · February 10, 2026 · 3 min read."),
        ("fr", "Par Julien Marchal · 10 février 2026 · Temps de lecture 3 min."),
        ("es", "Por Ana Ruiz · 10 de febrero de 2026 · Lectura 3 min."),
    ],
)
def test_byline_closed_by_its_reading_time_goes(lang: str, byline: str) -> None:
    assert is_noise_line(byline)
    _assert_whole(_clean(_article(lang, below_title=(byline,))), lang)


@pytest.mark.parametrize(
    ("lang", "share"),
    [
        ("es", "Comparte: X · LinkedIn · Telegram"),
        ("es", "Compartir: Facebook · WhatsApp · Correo"),
        ("en", "Share: X · LinkedIn · Telegram"),
        ("en", "Share this article: Facebook | LinkedIn | Email"),
        ("de", "Teilen: X · LinkedIn · E-Mail"),
        ("fr", "Partager : X · LinkedIn · Telegram"),
        ("fr", "Partagez : Facebook · X · WhatsApp"),
    ],
)
def test_share_row_with_its_label_goes(lang: str, share: str) -> None:
    assert is_noise_line(share)
    _assert_whole(_clean(_article(lang, below_title=(share,))), lang)


@pytest.mark.parametrize(
    "line",
    [
        "Share: LinkedIn gains ground with recruiters",
        "LinkedIn: a network of 1 billion members",
        "Por Ana Ruiz, la operación llegará en 2026.",
        "Von Kiel aus beliefert Nordwerk 40 Kunden in 3 Min.",
        "By 2027, Lumatec wants to halve delivery times to 3 min.",
    ],
)
def test_lines_like_share_rows_or_bylines_stay(line: str) -> None:
    assert not is_noise_line(line)


@pytest.mark.parametrize(
    ("lang", "teaser"),
    [
        ("es", "Entrevista: «El 5G SA llegará a todas las capitales en 2026»"),
        ("es", "Opinión: «La banca regional necesita más fusiones»"),
        ("en", "Interview: “We will double our fleet by 2027”"),
        ("en", "Analysis: why parcel carriers are buying robots"),
        ("de", "Interview: „Wir verdoppeln unsere Flotte bis 2027“"),
        ("fr", "Interview : « Nous doublerons notre flotte d'ici 2027 »"),
        ("fr", "Entretien : « Le fret ferroviaire doit changer d'échelle »"),
    ],
)
def test_labelled_teaser_after_the_article_goes(lang: str, teaser: str) -> None:
    _assert_whole(_clean(_article(lang, after=(teaser,))), lang)


def test_closing_paragraph_opening_with_a_kind_of_story_stays() -> None:
    closing = "Analysis: the deal makes sense for both sides. It also leaves Lumatec with more debt."
    title, lead, body, close = _ARTICLES["en"]
    text = _clean([title, lead, body, close, closing])
    assert text.split("\n")[-1] == closing


_SUBTITLED = [
    (
        "https://diario.example/empresas/lumatec-nordwerk-rompen-negociaciones-fusion",
        "Lumatec y Nordwerk rompen sus negociaciones de fusión",
        "Las diferencias sobre el precio frustran la operación",
        "Redacción | 10 feb 2026 - 09:45",
        "Lumatec y Nordwerk han dado por terminadas las conversaciones que mantenían desde marzo para fusionarse, "
        "según informaron este lunes en un comunicado conjunto.",
    ),
    (
        "https://www.kurier.example/wirtschaft/nordwerk-uebernimmt-halberg-logistik-a-88213",
        "Nordwerk übernimmt Halberg Logistik",
        "Der Kaufpreis soll bei 90 Millionen Euro liegen",
        "Von Jana Roth · 10.02.2026",
        "Der Roboterhersteller Nordwerk kauft den Lagerdienstleister Halberg Logistik aus Kassel, wie beide "
        "Unternehmen am Montag mitteilten.",
    ),
    (
        "https://news.example/business/2026/feb/10/lumatec-buys-corvane-freight",
        "Lumatec buys Corvane Freight in cash deal",
        "Software group adds a fleet of 400 trucks",
        "By Tom Baker | February 10, 2026",
        "Lumatec, the logistics software group, has bought Corvane Freight for an undisclosed sum in cash, the "
        "companies said on Tuesday.",
    ),
]


@pytest.mark.parametrize(("url", "headline", "subtitle", "byline", "lead"), _SUBTITLED)
def test_headline_over_a_short_subtitle_that_the_slug_names_is_the_title(
    url: str, headline: str, subtitle: str, byline: str, lead: str
) -> None:
    body = "The companies gave no further details on the terms, which they said were confidential for now."
    page = {
        "url": url,
        "fetched_at": "2026-02-10T10:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": "\n".join(["Portada | Empresas | Mercados", headline, subtitle, byline, "", lead, "", body]) + "\n",
    }
    record = clean_page(page)
    assert record["title"] == headline
    assert record["text"].split("\n")[:2] == [headline, lead]
    assert subtitle not in record["text"]


def test_subtitle_that_the_slug_names_stays_the_title() -> None:
    _, headline, subtitle, byline, lead = _SUBTITLED[0]
    page = {
        "url": "https://diario.example/empresas/diferencias-precio-frustran-operacion",
        "fetched_at": "2026-02-10T10:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": "\n".join([headline, subtitle, byline, "", lead]) + "\n",
    }
    assert clean_page(page)["title"] == subtitle  # no evidence for the line above


@pytest.mark.parametrize(
    ("lang", "label"), [("en", "ADVERTISEMENT"), ("de", "Anzeige"), ("fr", "PUBLICITÉ"), ("es", "Publicidad")]
)
def test_paragraph_of_some_twenty_words_below_an_ad_label_stays(lang: str, label: str) -> None:
    """The ad was a picture the export dropped: the paragraph below its label, of two sentences or one long one
    (twenty words and more, where ad copy has fewer), is the article's."""
    assert 20 <= len(_ARTICLES[lang][2].split()) < 30
    _assert_whole(_clean(_article(lang, between=(label,))), lang)
