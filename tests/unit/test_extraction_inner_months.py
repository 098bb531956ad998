"""A month's word inside a fund's name ("Alta Mar Capital", "Sol de Mayo Partners") is a word of the name, which a
date would otherwise cut in two (sentences written for these tests)."""

import pytest

from tests.unit.test_extraction_false_names import sentence_names


@pytest.mark.parametrize("lang,text,name", [
    ("es", "Lumatec ha cerrado una ronda de 9 millones liderada por Faro Ventures, con la participación de "
           "Alta Mar Capital.", "Alta Mar Capital"),
    ("en", "Lumatec raised $9m in a round led by Faro Ventures with Blue May Capital.", "Blue May Capital"),
    ("fr", "Lumatec a levé 9 millions d'euros auprès de Faro Ventures et de Haute Mai Capital.", "Haute Mai Capital"),
    ("de", "Lumatec hat 9 Millionen Euro von Faro Ventures und Nord Mai Capital eingesammelt.", "Nord Mai Capital"),
])
def test_a_month_inside_a_name_stays_in_it(lang: str, text: str, name: str) -> None:
    assert name in sentence_names(lang, text)
