"""A tie-up told twice: "X and Y team up" above "X Motors and Y Cells agreed to set up a joint venture" is the
venture (or merger) of the same firms by their short names, not a partnership beside it; a partnership of other
firms stays."""

import pytest

from streams.extraction import extract_events
from streams.extraction.merging import merge
from streams.extraction.statements import Candidate
from tests.unit.test_extraction_roles import page

ROLES = {"joint_venture": "partner", "merger": "party", "partnership": "partner", "acquisition": "acquirer"}


def statement(kind: str, firms: tuple[str, str], sentence: int) -> Candidate:
    return Candidate(type=kind, parties=[(f, ROLES[kind]) for f in firms], sentence=sentence, amount=None,
                     date=None, status="announced", cued=False, anaphoric=False)


@pytest.mark.parametrize(("lang", "standfirst", "body"), [
    ("en", "Halden and Kyoto team up on batteries",
     "Carmaker Halden Motors and Kyoto Cells Ltd agreed on Tuesday to set up a joint venture to build a battery "
     "plant in Leeds."),
    ("de", "Halden und Kyoto bündeln ihre Kräfte",
     "Der Autobauer Halden Motors AG und die Kyoto Cells GmbH haben am Dienstag vereinbart, ein "
     "Gemeinschaftsunternehmen für eine Batteriefabrik zu gründen."),
    ("fr", "Halden et Kyoto unissent leurs forces",
     "Les coopératives Halden Agricole et Kyoto Céréales vont fusionner pour donner naissance à un groupe de "
     "7 000 adhérents."),
    ("es", "Halden y Kyoto unen fuerzas",
     "Halden Motors SA y Kyoto Cells SA acordaron el martes crear una empresa conjunta para construir una "
     "fábrica de baterías."),
])
def test_teaming_up_told_above_a_venture_or_merger_is_that_tie_up(lang, standfirst, body):
    assert [e["type"] for e in extract_events(page(lang, "News", standfirst, body))] in (
        ["joint_venture"], ["merger"])


@pytest.mark.parametrize("tie", ["joint_venture", "merger"])
def test_short_or_complete_names_of_the_tie_ups_firms_fold_in_either_order(tie):
    for first, second in ((0, 5), (5, 0)):
        cands = [statement("partnership", ("Halden", "Kyoto"), first),
                 statement(tie, ("Halden Motors", "Kyoto Cells"), second)]
        assert [e.type for e in merge(cands, titles=set())] == [tie]


@pytest.mark.parametrize("firms", [("Halden", "Cargo"), ("Halden Motors", "Kyoto Bank"), ("Kyoto", "Halden Ports")])
def test_a_partnership_of_other_firms_stays(firms):
    cands = [statement("joint_venture", ("Halden Motors", "Kyoto Cells"), 2), statement("partnership", firms, 4)]
    assert sorted(e.type for e in merge(cands, titles=set())) == ["joint_venture", "partnership"]


def test_a_partnership_beside_an_acquisition_of_the_same_firms_stays():
    cands = [statement("acquisition", ("Halden Motors", "Kyoto Cells"), 2),
             statement("partnership", ("Halden", "Kyoto"), 4)]
    assert sorted(e.type for e in merge(cands, titles=set())) == ["acquisition", "partnership"]
