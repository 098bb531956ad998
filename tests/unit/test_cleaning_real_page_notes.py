"""Shapes seen on real news and blog pages: a syndication note naming the site a post first appeared on
("Originally published at www.example.com on May 2, 2026."), which closes many blog posts, and ruby annotations
(`<rt>`, `<rp>`: the reading of each word printed above it on Japanese and Chinese pages), which cut the article's
words apart when read inline; while an article's sentences that mention a study first published elsewhere, and the
base text of the ruby, stay."""

from __future__ import annotations

import pytest

from streams.cleaning.blocks import is_noise_line
from tests.unit.test_cleaning_layouts import clean_html

_HEADLINE = "Lumatec opens a second plant in Porto"
_BODY = [
    "Lumatec will open a second plant in Porto next spring, the lighting maker said on Tuesday, adding some 300 jobs "
    "to the 1,200 it already has in Portugal.",
    "The plant will build the drivers of its street lamps, which it now buys from suppliers in Asia, and should run at "
    "full capacity by the end of next year.",
    "Nordwerk, which supplies its housings, will move a line to a hall next door.",
]


def _html(extra: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return f"<html><body><main><article><h1>{_HEADLINE}</h1>{body}{extra}</article></main></body></html>"


@pytest.mark.parametrize(
    "note",
    [
        "Originally published at www.lumatec-blog.example on November 18, 2011.",
        "Originally published at lumatec.example on May 2, 2026. Sadly this post did not change a thing. Share it "
        "with your friends.",
        "Originally posted at the Lumatec engineering blog.",
        "Zuerst erschienen auf nordwerk-blog.example am 4. März 2026.",
        "Dieser Text ist ursprünglich erschienen auf meinem Blog.",
        "Ursprünglich veröffentlicht auf nordwerk.example.",
        "Initialement publié sur le blog de l'auteur le 3 mars 2026.",
        "Billet paru initialement sur lumatec.example.",
        "Article publié initialement sur le site de la revue.",
    ],
)
def test_a_note_naming_the_site_a_post_first_appeared_on_goes(note: str) -> None:
    assert is_noise_line(note)
    assert clean_html(_html(f"<p><em>{note}</em></p>"))["text"] == "\n".join([_HEADLINE, *_BODY])


@pytest.mark.parametrize(
    "sentence",
    [
        "The study, first published in The Lancet in 2019, found that street lighting cut night-time accidents by a "
        "fifth, a result Lumatec cites in every tender.",
        "The design was originally published in a trade journal and later copied by rivals across Europe, Lumatec "
        "said.",
        "Die Studie erschien zuerst in einer Fachzeitschrift und wurde später von Nordwerk zitiert.",
        "Le rapport a été publié initialement en anglais, puis traduit par l'agence.",
    ],
)
def test_a_sentence_on_a_study_first_published_elsewhere_stays(sentence: str) -> None:
    assert not is_noise_line(sentence)
    assert clean_html(_html(f"<p>{sentence}</p>"))["text"].endswith(sentence)


@pytest.mark.parametrize(
    ("ruby", "base"),
    [
        (
            "<ruby>子<rt>こ</rt></ruby>どもへの<ruby>法律<rt>ほうりつ</rt></ruby>ができました。",
            "子どもへの法律ができました。",
        ),
        (
            "<ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で<ruby>工場<rt>こうじょう</rt></ruby>を開きます。",
            "東京で工場を開きます。",
        ),
        ("<ruby>漢<rt>hàn</rt>字<rt>zì</rt></ruby>的工厂。", "漢字的工厂。"),
    ],
)
def test_ruby_annotations_leave_the_base_text_whole(ruby: str, base: str) -> None:
    text = clean_html(_html(f"<p>{ruby}</p>"))["text"]
    assert text.endswith(base)
    assert text.startswith("\n".join([_HEADLINE, *_BODY]))
