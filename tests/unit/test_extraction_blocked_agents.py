"""Deals a regulator blocked or the parties ended, told with the authority as subject (branch blocked): a regulator's
whole name before the firm it forced to give a deal up, the integration of two firms after their plural trade
noun, talks about combining "the two", a tie-up's negated future, the infinitive of a deal given up. Sentences
written for these tests, several phrasings a shape and language; the look-alikes at the end must keep their
result."""

import pytest

from tests.unit.test_extraction_called_off import bought, deals, merged

FORCED = [  # a regulator's remit in lowercase words ("de la concurrence") marks no role of the firm after it
    ("fr", "En 2023, l'Autorité de la concurrence avait contraint Dumesnil à renoncer au rachat de Cars Alpins, "
           "faute de remèdes suffisants.", bought("Dumesnil", "Cars Alpins")),
    ("fr", "L'Autorité de la concurrence a forcé Dumesnil à abandonner le rachat de Cars Alpins.",
     bought("Dumesnil", "Cars Alpins")),
    ("fr", "L'Autorité de la concurrence a bloqué le rachat de la chaîne Cars Alpins par le groupe Dumesnil.",
     bought("Dumesnil", "Cars Alpins")),
    ("de", "2023 hatte das Bundeskartellamt Rossler gezwungen, auf die Übernahme von Brandt Drogerie zu verzichten.",
     bought("Rossler", "Brandt Drogerie")),
    ("de", "Das Bundeskartellamt hat die geplante Übernahme der Drogeriekette Brandt Drogerie durch den "
           "Handelskonzern Rossler untersagt.", bought("Rossler", "Brandt Drogerie")),
    ("es", "La CNMC ha prohibido la compra de la cadena Brasa por el grupo Tabernas del Sur.",
     bought("Tabernas del Sur", "Brasa")),
]

INTEGRATED = [  # two firms after their plural trade noun
    ("es", "La CNMC ha prohibido la integración de las cooperativas Agrosol y Campos del Júcar, que habían "
           "acordado unirse.", merged("Agrosol", "Campos del Júcar")),
    ("es", "El regulador ha vetado la integración de las dos cajas Agrosol y Campos del Júcar.",
     merged("Agrosol", "Campos del Júcar")),
    ("fr", "L'Autorité de la concurrence a interdit la fusion des coopératives Agrosol et Terres du Rhône.",
     merged("Agrosol", "Terres du Rhône")),
]

TALKS = [  # what talks between two named firms were about, told by a verb of the two
    ("en", "Talks between Ruthwell Brewing and Tamsin Ales about combining the two craft brewers have ended without "
           "agreement, both sides confirmed on Tuesday.", merged("Ruthwell Brewing", "Tamsin Ales")),
    ("en", "Talks between Ruthwell Brewing and Tamsin Ales on merging the two companies have broken down.",
     merged("Ruthwell Brewing", "Tamsin Ales")),
]

NEGATED_FUTURE = [  # a tie-up that will not happen
    ("es", "Tabernas del Sur y Campos del Júcar no se fusionarán.", merged("Tabernas del Sur", "Campos del Júcar")),
    ("es", "Tabernas del Sur y Campos del Júcar no se fusionarán, según han confirmado ambas compañías.",
     merged("Tabernas del Sur", "Campos del Júcar")),
    ("en", "Ruthwell Brewing and Tamsin Ales will not merge, both companies said on Tuesday.",
     merged("Ruthwell Brewing", "Tamsin Ales")),
    ("de", "Die Brauerei Rothbach und die Kellerei Tamsin werden nicht fusionieren.",
     merged("Brauerei Rothbach", "Kellerei Tamsin")),
    ("fr", "Dumesnil et Cars Alpins ne fusionneront pas.", merged("Dumesnil", "Cars Alpins")),
]

TITLES = {"de": "Handel im Wandel", "en": "Industry news", "es": "Noticias del sector", "fr": "Actualités"}
OPENINGS = {"de": "Lumatec meldet Zahlen.", "en": "Lumatec grows.", "es": "Lumatec crece.", "fr": "Lumatec accélère."}


@pytest.mark.parametrize(("lang", "text", "expected"), FORCED + INTEGRATED + TALKS + NEGATED_FUTURE)
def test_blocked_or_ended_deal_names_its_own_parties(lang: str, text: str, expected: tuple) -> None:
    assert expected in deals(lang, TITLES[lang], f"{OPENINGS[lang]} {text}")


KEPT = [  # look-alikes: no tie-up, or one that goes ahead
    ("es", "Nordwerk culminó la integración de los sistemas de Agrosol en enero.", set()),
    ("en", "Nordwerk said it was considering combining the two plants in Ohio.", set()),
    ("es", "La integración de las dos cajas Agrosol y Campos del Júcar se completó en marzo.",
     {("merger", "completed", frozenset({("Agrosol", "party"), ("Campos del Júcar", "party")}))}),
    ("en", "Ruthwell Brewing and Tamsin Ales are in talks about merging the two companies, people familiar said.",
     {("merger", "rumored", frozenset({("Ruthwell Brewing", "party"), ("Tamsin Ales", "party")}))}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KEPT)
def test_look_alikes_keep_their_result(lang: str, text: str, expected: set) -> None:
    assert deals(lang, TITLES[lang], f"{OPENINGS[lang]} {text}") == expected


REVIEWED = [  # a regulator named most often on the page fills no slot a sentence leaves open
    ("es", "La Comisión Nacional de los Mercados y la Competencia vigila el sector. Lumatec, con sede en Valencia, "
           "recurrió la multa de la Comisión Nacional de los Mercados y la Competencia. En 2022 compró la firma "
           "Agrosol por 20 millones de euros."),
    ("fr", "L'Autorité de la concurrence a publié son rapport annuel. Nordwerk SA a contesté l'amende de l'Autorité "
           "de la concurrence. En 2021, l'Autorité de la concurrence avait autorisé le rachat de Cars Alpins."),
]


@pytest.mark.parametrize(("lang", "text"), REVIEWED)
def test_most_named_regulator_is_no_party(lang: str, text: str) -> None:
    named = {name for _, _, parties in deals(lang, TITLES[lang], text) for name, _ in parties}
    assert not any(name.startswith(("Comisión", "Autorité")) for name in named)
