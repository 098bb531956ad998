"""A description set off by a comma right after a firm the sentence's subject deals with, followed by its own
complement ("X has agreed to buy Y, the maker of valves owned by ...", "Y, el fabricante alicantino de válvulas", "Y,
le fabricant lyonnais de vannes", "der Y GmbH, des Ulmer Herstellers von Ventilen") is that firm in apposition,
even where a standfirst before gave the subject the same noun (issue 3, branch coref, session 30); a reported
subject after the comma ("Y, the maker said in a statement") is not."""

import pytest

from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page

APPOSED = [
    ("en", ["Halvor buys Lumatec", "The maker of pumps Halvor Group grows. Halvor Group has agreed to buy Lumatec "
            "Ltd, the maker of valves owned by the Brandt family, for £40m."], "the maker", "Lumatec"),
    ("es", ["Halvor compra Lumatec", "La gestora se queda con la mayoría del fabricante alicantino.", "La gestora "
            "Halvor Capital ha comprado el 60% de Lumatec, el fabricante alicantino de válvulas, por 40 millones."],
     "el fabricante", "Lumatec"),
    ("fr", ["Halvor rachète Lumatec", "Le fonds prend le contrôle du fabricant lyonnais.", "Le fonds Halvor Capital a "
            "racheté 60 % de Lumatec, le fabricant lyonnais de vannes, pour 40 millions d'euros."],
     "le fabricant", "Lumatec"),
    ("de", ["Halvor kauft Lumatec", "Der Fonds übernimmt den Ulmer Hersteller.", "Der Fonds Halvor Capital übernimmt "
            "60 Prozent der Lumatec GmbH, des Ulmer Herstellers von Ventilen, für 40 Millionen Euro."],
     "des Ulmer Herstellers", "Lumatec"),
    # a reported subject: the speech verb right after the description
    ("en", ["Halvor buys Lumatec", "The maker of pumps Halvor Group grows. Halvor Group has agreed to buy Lumatec "
            "Ltd, the maker said in a statement."], "the maker", "Halvor"),
]


@pytest.mark.parametrize(("lang", "paragraphs", "description", "firm"), APPOSED)
def test_a_description_set_off_after_the_object_of_a_subject_is_that_object(lang: str, paragraphs: list[str],
                                                                            description: str, firm: str):
    read = read_page(page(lang, *paragraphs))
    last = len(read.sentences) - 1
    (named,) = [m.name for m in read.mentions[last] if read.text[m.start:m.end] == description]
    assert named == firm
