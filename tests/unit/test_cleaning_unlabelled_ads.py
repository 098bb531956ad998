"""Issue 4 (cleaning): an ad's call to action without its label (an imperative, a figure, no full stop) between or
after the paragraphs of a text export, a wire's line disclaiming the content of its releases, and a bare agency credit
on the line under a caption go, in every language; subheadings, sentences and headlines of the same shape stay."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_noise_line

from .test_cleaning_text_export_shapes import _ARTICLES, _article, _assert_whole, _clean

_PROMOS = [
    ("de", "Handeln Sie Aktien ab 0 Euro Ordergebühr – 3 Monate gratis"),
    ("de", "Eröffnen Sie jetzt Ihr Depot und sichern Sie sich 50 Euro Startguthaben"),
    ("de", "Jetzt Depot eröffnen: 12 Monate ohne Ordergebühren!"),
    ("es", "Invierta en fondos sin comisiones durante 3 meses"),
    ("es", "Inscríbete en los Premios Pyme 2026"),
    ("es", "Abra su cuenta en 5 minutos y llévese 100 euros"),
    ("es", "Abre tu cuenta de valores con un 0 % de comisiones"),
    ("fr", "Ouvrez votre compte-titres en 3 minutes, 0 € de frais la première année"),
    ("fr", "Participez au Prix de l'innovation bordelaise 2026"),
    ("fr", "Profitez de 20 % de remise sur votre abonnement"),
    ("en", "Open a trading account today and get 6 months commission-free"),
    ("en", "Register for the Fintech Awards 2026"),
    ("en", "Get 30% off your first year of Pro"),
    ("en", "Invest from $1 with zero fees for 90 days"),
    # imperatives that also read as a present tense or a noun: with an offer word after them
    ("es", "Invierte en fondos sin comisiones durante 3 meses"),
    ("en", "Trade stocks commission-free for 3 months"),
    ("fr", "Ouvre ton compte en 3 minutes, sans frais"),
    ("de", "Eröffne dein Depot und handle 3 Monate gratis"),
    ("de", "Jetzt 3 Monate kostenlos testen"),
]


@pytest.mark.parametrize(("lang", "promo"), _PROMOS)
def test_call_to_action_without_label_goes_between_paragraphs(lang: str, promo: str) -> None:
    assert is_noise_line(promo)
    _assert_whole(_clean(_article(lang, between=(promo,))), lang)


@pytest.mark.parametrize(("lang", "promo"), _PROMOS)
def test_call_to_action_without_label_goes_after_the_article(lang: str, promo: str) -> None:
    _assert_whole(_clean(_article(lang, after=("", promo))), lang)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Start-ups raised 3 billion dollars in 2025"),  # a subheading: no imperative
        ("en", "Open banking reaches 30 million users"),
        ("en", "Book value up 12% in the first half"),
        ("en", "Trade deficit widens to 3% in 2025"),
        ("es", "Abre una planta de 300 empleos en 2026"),
        ("de", "Investitionen von 3 Milliarden Euro bis 2030"),
        ("de", "Jetzt 500 Stellen in Gefahr"),
        ("es", "Invierte 30 millones en su planta de Sagunto"),  # a subheading whose subject went: no "tu"
        ("fr", "Ouvre une usine de 300 salariés en 2026"),
    ],
)
def test_subheading_with_a_figure_stays(lang: str, line: str) -> None:
    assert not is_noise_line(line)
    text = _clean(_article(lang, between=(line,)))
    assert line in text.split("\n")


@pytest.mark.parametrize(
    "step",
    [
        "Download the source tarball - probably something like lumatec-0.9.7c.tar.gz",  # a version, no offer
        "Enter 3 in the quantity field and 12 in the size field",
        "GET / HTTP/1.1 Host: www.lumatec.example",  # no capitalised imperative
        "Save the file as nordwerk-2.conf",
    ],
)
def test_tutorial_step_with_a_figure_is_no_ad(step: str) -> None:
    assert not is_noise_line(step)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Get the approvals by March 2027 and the deal closes, Lumatec's chief executive told analysts."),
        ("fr", "Profitez de la croissance, a lancé le président de Nordwerk devant 300 salariés en 2025."),
        ("es", "Invierta en 2026 o pierda la ventaja, advirtió el consejero delegado de Lumatec a los analistas."),
        ("de", "Investieren Sie jetzt, sagte Nordwerk-Chef Jan Hollmann 2025 vor 300 Beschäftigten in Kiel."),
    ],
)
def test_quoted_imperative_sentence_stays(lang: str, sentence: str) -> None:
    assert not is_noise_line(sentence)
    assert sentence in _clean(_article(lang, between=(sentence,))).split("\n")


_LIABILITY = [
    ("en", "Presswire Global is not responsible for the content of releases distributed through its network."),
    ("en", "Newsline Wire assumes no responsibility for the content of this press release"),
    ("es", "Agencia Difusión no se responsabiliza del contenido de las notas publicadas por terceros."),
    ("es", "Difunde Press no se hace responsable de los contenidos de los comunicados"),
    ("fr", "Le diffuseur n'est pas responsable du contenu des communiqués"),
    ("fr", "Actuwire n’est pas responsable du contenu de ce communiqué."),
    ("de", "Für den Inhalt der Mitteilung ist der Emittent verantwortlich."),
    ("de", "Für den Inhalt der Pressemitteilung ist allein das Unternehmen verantwortlich."),
    ("de", "Der Verbreiter übernimmt keine Haftung für den Inhalt der Meldung."),
    (
        "en",
        "Presswire Global is not responsible for the content of releases distributed through its network and does "
        "not verify the accuracy of the information they contain.",
    ),
]


@pytest.mark.parametrize(("lang", "line"), _LIABILITY)
def test_wire_liability_line_goes_from_a_text_export(lang: str, line: str) -> None:
    _assert_whole(_clean(_article(lang, after=("", line))), lang)


@pytest.mark.parametrize(("lang", "line"), _LIABILITY)
def test_wire_liability_line_goes_from_an_html_release(lang: str, line: str) -> None:
    title, *paragraphs = _ARTICLES[lang]
    body = "".join(f"<p>{p}</p>" for p in (*paragraphs, line))
    page = {
        "url": "https://wire.example/releases/2026/02/lumatec-nordwerk",
        "fetched_at": "2026-02-10T00:00:00Z",
        "content_type": "text/html; charset=utf-8",
        "body": f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body>"
        "</html>",
    }
    assert clean_page(page)["text"].split("\n") == list(_ARTICLES[lang])


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordwerk will remain responsible for the content of its own software until the deal closes.",
        # a long sentence naming a legal footer's phrase: an article's on licences
        "Under the motto 'some rights reserved', the licences stand between traditional copyright (all rights "
        "reserved) and the public domain, which Lumatec's lawyers have used since 2019.",
    ],
)
def test_sentence_on_responsibility_or_rights_stays(sentence: str) -> None:
    assert sentence in _clean(_article("en", between=(sentence,))).split("\n")


_CAPTIONED = {
    "en": (
        "The chief executive rings the bell at the exchange.",
        ("REUTERS", "AFP", "Reuters", "(AP)", "AFP via Getty Images"),
    ),
    "es": ("El consejero delegado toca la campana en la Bolsa de Madrid.", ("EUROPA PRESS", "EFE")),
    "fr": ("Le directeur général sonne la cloche à la Bourse de Paris.", ("AFP", "Photo : AFP")),
    "de": ("Der Vorstandschef läutet die Glocke an der Frankfurter Börse.", ("dpa", "Foto: dpa", "picture alliance")),
}


@pytest.mark.parametrize(("lang", "credit"), [(lang, c) for lang, (_, cs) in _CAPTIONED.items() for c in cs])
def test_caption_and_its_bare_agency_credit_go_between_paragraphs(lang: str, credit: str) -> None:
    caption = _CAPTIONED[lang][0]
    _assert_whole(_clean(_article(lang, between=("", caption, credit, ""))), lang)


@pytest.mark.parametrize(("lang", "credit"), [(lang, c) for lang, (_, cs) in _CAPTIONED.items() for c in cs])
def test_caption_and_its_bare_agency_credit_go_under_the_headline(lang: str, credit: str) -> None:
    caption = _CAPTIONED[lang][0]
    _assert_whole(_clean(_article(lang, below_title=("", caption, credit, ""))), lang)


@pytest.mark.parametrize("line", ["Reuters reported the talks first in January.", "AFP-Korrespondentin in Berlin"])
def test_line_naming_an_agency_is_no_bare_credit(line: str) -> None:
    assert not is_noise_line(line)


@pytest.mark.parametrize(
    "button",
    [
        "Dieses Skript als PDF herunterladen",
        "Pressemitteilung herunterladen (PDF, 180 KB)",
        "Download the annual report (PDF, 2 MB)",
        "Télécharger le communiqué (PDF)",
        "Descargar nota de prensa en PDF",
    ],
)
def test_download_button_goes(button: str) -> None:
    assert is_noise_line(button)
    lang = "en"
    _assert_whole(_clean(_article(lang, between=(button,))), lang)


@pytest.mark.parametrize(
    "line",
    [
        "Readers can download the PDF of the ruling from the court's website.",
        "Nordwerk's PDF software was downloaded 3 million times in 2025, the company said.",
    ],
)
def test_sentence_on_a_download_stays(line: str) -> None:
    assert not is_noise_line(line)
