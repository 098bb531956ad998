"""Two subjects joined by a conjunction with a lowercase apposition set off by commas after the first ("X, controlada
por el Estado, y la minera Y firmaron", "X, based in Leeds, and Y signed") are the subjects of one clause: the
apposition's closing comma opens no clause that leaves the first out (sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("es", "La Empresa Minera del Sur (Emsur), controlada por el Estado, y la minera Tapir Norte S.A. firmaron el "
           "martes el acuerdo definitivo para crear una sociedad conjunta.",
     {("Minera del Sur", "partner"), ("Tapir Norte", "partner")}),
    ("en", "Ferrant Steel, based in Leeds, and Calder Mining signed an agreement to form a joint venture.",
     {("Ferrant Steel", "partner"), ("Calder Mining", "partner")}),
])
def test_an_apposition_between_two_joined_subjects_keeps_the_first(lang, sentence, expected):
    found = [parties(e) for e in extract_events(page(lang, "News", sentence)) if e["type"] == "joint_venture"]
    assert found == [expected]


def test_a_second_verb_after_an_apposition_opens_its_own_clause():
    found = [parties(e) for e in extract_events(page("es", "Noticias", "Tapir compró Lumbre, una fabricante de Lima, "
                                                     "y vendió Ferrasa a Kibo."))]
    assert {("Tapir", "seller"), ("Ferrasa", "target"), ("Kibo", "acquirer")} in found
