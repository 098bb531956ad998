"""HTML boxes that survived the cleaner on pages nobody tuned on (issue 4, cleanhtml round): a picture's box of
<div>s with its caption and credit, an inline "read also" box whose teaser has no link, a magazine's order call, a
WordPress Jetpack "like" box, a wire's closing source and contact lines; and a subheading set in a <div> of its own,
which is article text. Probes of the same shapes that must keep their text stand beside each."""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_layouts import clean_html

_EN = (
    "Lumatec plans a second plant",
    [
        "Lumatec will build a second plant in Leeds, the company said on Tuesday, and hire 300 people there by 2028.",
        "The plant will make sensor modules for carmakers, a market that has grown by a fifth a year since 2021.",
        "Construction starts in the spring; the first modules should leave the line at the end of next year.",
    ],
)
_DE = (
    "Nordwerk baut ein zweites Werk",
    [
        "Nordwerk baut ein zweites Werk in Chemnitz und will dort bis 2028 rund 300 Menschen beschäftigen, teilte das "
        "Unternehmen am Dienstag mit.",
        "Das Werk soll Sensormodule für Autohersteller fertigen, ein Markt, der seit 2021 um ein Fünftel im Jahr "
        "gewachsen ist.",
        "Der Bau beginnt im Frühjahr; die ersten Module sollen Ende nächsten Jahres vom Band laufen.",
    ],
)
_ES = (
    "Lumatec construirá una segunda planta",
    [
        "Lumatec construirá una segunda planta en Valencia y contratará a 300 personas hasta 2028, según informó la "
        "empresa el martes.",
        "La planta fabricará módulos de sensores para fabricantes de automóviles, un mercado que crece un quinto al "
        "año desde 2021.",
        "Las obras empiezan en primavera; los primeros módulos saldrán de la línea a finales del año que viene.",
    ],
)
_FR = (
    "Lumatec construira une deuxième usine",
    [
        "Lumatec construira une deuxième usine à Lyon et y embauchera 300 personnes d'ici 2028, a indiqué "
        "l'entreprise mardi.",
        "L'usine fabriquera des modules de capteurs pour les constructeurs automobiles, un marché qui croît d'un "
        "cinquième par an depuis 2021.",
        "Les travaux commencent au printemps ; les premiers modules sortiront de la ligne à la fin de l'année "
        "prochaine.",
    ],
)
_ARTICLES = {"en": _EN, "de": _DE, "es": _ES, "fr": _FR}


def _page(lang: str, inside: str = "", closing: str = "", after: str = "") -> str:
    """The article with a box after its first paragraph, another closing it, a third after the <article>."""
    headline, body = _ARTICLES[lang]
    first, *rest = (f"<p>{p}</p>" for p in body)
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>{first}{inside}"
        f"{''.join(rest)}{closing}</article>{after}</body></html>"
    )


def _lines(html: str) -> list[str]:
    return clean_html(html)["text"].split("\n")


def _article(lang: str) -> list[str]:
    headline, body = _ARTICLES[lang]
    return [headline, *body]


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        (
            "en",
            '<div class="img-box"><img src="hall.jpg"><div class="text">View into the production hall of the plant in '
            'Leeds, where the modules will be assembled.</div><div class="copy">Photo: Jane Doe</div></div>',
        ),
        (
            "de",
            '<div class="bild"><a href="/bild"><img src="halle.jpg"></a><div class="bildtext">Blick in die '
            'Produktionshalle des Werks in Chemnitz.</div><div class="quelle">Grafik: Nordwerk AG</div></div>',
        ),
        (
            "es",
            '<div class="media"><div class="pic"><img src="radar.jpg"></div><div class="meta"><div>Un radar de '
            "Lumatec en pruebas en Valencia.</div><div>Foto: Lumatec</div></div></div>",
        ),
        (
            "fr",
            '<div class="media"><img src="usine.jpg"><div>Vue de la halle de production de l\'usine de Lyon.</div>'
            '<div class="credit">Photo : Lumatec</div></div>',
        ),
    ],
)
def test_caption_beside_its_credit_in_a_picture_box_goes(lang: str, box: str) -> None:
    assert _lines(_page(lang, inside=box)) == _article(lang)


def test_lead_beside_a_teaser_picture_with_its_own_credit_stays() -> None:
    """The credit sits in the picture's own part: the line beside it is the article's lead, no caption."""
    lead = "Lumatec picks Leeds for its second plant and 300 jobs."
    headline, body = _EN
    page = (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1><div class='top'>"
        f"<div class='pic'><img src='a.jpg'><span>Photo: Jane Doe</span></div><div class='lead'>{lead}</div></div>"
        f"{''.join(f'<p>{p}</p>' for p in body)}</article></body></html>"
    )
    assert _lines(page) == [headline, lead, *body]


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("de", '<div class="box"><b>Lesen Sie auch:</b><div>Nordwerk übernimmt Zulieferer aus Sachsen</div></div>'),
        ("en", '<div class="inline"><span>Read also:</span><div>Lumatec opens a research centre</div></div>'),
        ("fr", "<div><p>À lire aussi :</p><div>Lumatec ouvre un centre de recherche à Grenoble</div></div>"),
        ("es", "<div><b>Lea también:</b><div>Lumatec abre un centro de investigación en Madrid</div></div>"),
    ],
)
def test_read_also_box_with_an_unlinked_teaser_goes(lang: str, box: str) -> None:
    assert _lines(_page(lang, inside=box)) == _article(lang)


def test_sentences_under_a_read_also_label_stay() -> None:
    """The box's text after the label ends with a full stop: sentences of the article, no teaser's headline."""
    note = "The first plant, in Sheffield, has made sensors for carmakers since 2019."
    lines = _lines(_page("en", inside=f"<div><b>See also:</b><div>{note}</div></div>"))
    assert note in lines


@pytest.mark.parametrize(
    ("lang", "promo"),
    [
        ("en", "The current issue 3/2026 with the focus on sensor factories: order it now by subscription"),
        ("de", "Die aktuelle Ausgabe 3/2026 mit dem Schwerpunkt Sensorfabriken: jetzt im Abo bestellen"),
        ("fr", "Le numéro 3/2026, dossier usines de capteurs : commandez-le dès maintenant !"),
        ("es", "El número 3/2026, con el tema de las fábricas de sensores: pídelo ya por suscripción"),
    ],
)
def test_magazine_order_call_after_the_article_goes(lang: str, promo: str) -> None:
    assert _lines(_page(lang, after=f'<div class="box"><p>{promo}</p></div>')) == _article(lang)


def test_sentence_on_ordering_stays() -> None:
    sentence = "Carmakers can order it now by subscription, a first for the sector, the company said."
    assert sentence in _lines(_page("en", inside=f"<p>{sentence}</p>"))


@pytest.mark.parametrize(
    ("lang", "label", "button", "loading"),
    [("en", "Like this:", "Like", "Loading..."), ("es", "Me gusta:", "Me gusta", "Cargando..."),
     ("fr", "J'aime ça :", "J'aime", "chargement…"), ("de", "Gefällt mir:", "Gefällt mir", "Wird geladen...")],
)
def test_jetpack_like_box_goes(lang: str, label: str, button: str, loading: str) -> None:
    box = (
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">'
        f'{label}</h3><div class="likes-widget-placeholder"><span class="button"><span>{button}</span></span> '
        f'<span class="loading">{loading}</span></div></div>'
    )
    assert _lines(_page(lang, closing=box)) == _article(lang)


@pytest.mark.parametrize(
    ("lang", "closing"),
    [
        (
            "en",
            '<p class="contacts">Media contacts: Lumatec press office, +44 20 7946 0000, press@lumatec.example; '
            "Nordwerk communications, +44 20 7946 0001, media@nordwerk.example; Quayside investor relations, "
            "+44 20 7946 0002</p>"
            '<p class="source">SOURCE Lumatec Holdings plc</p>',
        ),
        (
            "es",
            '<p class="contacts">Contactos de prensa: oficina de prensa de Lumatec, +34 91 000 0000; comunicación de '
            'Nordwerk, +49 30 000 0000; relación con inversores de Lumatec, +34 91 000 0001</p>'
            '<p class="source">FUENTE Lumatec</p>',
        ),
        ("de", "<p>QUELLE Nordwerk AG</p>"),
    ],
)
def test_wire_closing_contacts_and_source_go(lang: str, closing: str) -> None:
    assert _lines(_page(lang, closing=closing)) == _article(lang)


def test_sentence_opening_with_source_stays() -> None:
    sentence = "Source Energy, a utility in Leeds, will supply the plant with power."
    assert sentence in _lines(_page("en", inside=f"<p>{sentence}</p>"))


_SUBHEADINGS = {"en": "Demand from China", "de": "Nachfrage aus China", "es": "Demanda de China", "fr": "La Chine"}


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_subheading_in_a_div_between_paragraphs_stays(lang: str) -> None:
    sub = _SUBHEADINGS[lang]
    lines = _lines(_page(lang, inside=f'<div class="zt">{sub}</div>'))
    headline, body = _ARTICLES[lang]
    assert lines == [headline, body[0], sub, *body[1:]]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_subheading_in_a_div_between_the_body_containers_stays(lang: str) -> None:
    sub = _SUBHEADINGS[lang]
    headline, body = _ARTICLES[lang]
    page = (
        f"<html><head><title>{headline}</title></head><body><div class='art'><h1>{headline}</h1>"
        f"<div class='text'><p>{body[0]}</p><p>{body[1]}</p></div><div class='zt'><span>{sub}</span></div>"
        f"<div class='text'><p>{body[2]}</p></div></div></body></html>"
    )
    assert _lines(page) == [headline, body[0], body[1], sub, body[2]]


@pytest.mark.parametrize(
    "widget",
    [
        '<div class="label">Annonce</div>',  # one word: a box's label
        '<div class="player"><img src="v.jpg"><div class="coming-up">Up next</div></div>',  # a widget's line
        '<div class="slider"><div class="count"><svg></svg> Start the slide show »</div></div>',
        '<div class="rating">9,2 / 10</div>',
    ],
)
def test_widget_lines_between_paragraphs_are_no_subheadings(widget: str) -> None:
    assert _lines(_page("en", inside=widget)) == _article("en")
