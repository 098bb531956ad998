"""One sentence, one tie between the same firms: a partnership a sentence also calls a contract or a joint
venture is that contract or venture, and the partners of a venture buy nothing of each other; two deals of
different firms, or of kinds that do not name one tie, stay two."""

import pytest

from streams.extraction import extract_events
from streams.extraction.merging import merge
from streams.extraction.statements import Candidate
from tests.unit.test_extraction_roles import page

HEADLINES = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}
ROLES = {"acquisition": ("acquirer", "target"), "contract": ("supplier", "customer"),
         "investment": ("investor", "investee"), "joint_venture": ("partner", "partner"),
         "partnership": ("partner", "partner"), "merger": ("party", "party")}


def types(lang: str, sentence: str) -> list[str]:
    return sorted(e["type"] for e in extract_events(page(lang, HEADLINES[lang], sentence)))


def statement(kind: str, sentence: int = 3, firms: tuple[str, str] = ("Acme", "Bolt")) -> Candidate:
    return Candidate(type=kind, parties=list(zip(firms, ROLES[kind], strict=True)), sentence=sentence, amount=None,
                     date=None, status="announced", cued=False, anaphoric=False)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. has serviced the turbines of Bolt Ltd under a maintenance contract since 2019, and the two "
           "companies also work together on new designs."),
    ("en", "Acme Corp. supplies Bolt Ltd with cells under a five-year supply contract and the two firms cooperate "
           "on research."),
    ("de", "Die Acme AG beliefert die Bolt GmbH im Rahmen eines Liefervertrags mit Zellen; beide Firmen arbeiten "
           "auch in der Forschung zusammen."),
    ("fr", "Acme SA entretient depuis 2019 les turbines de Bolt SA dans le cadre d'un contrat de maintenance, et les "
           "deux sociétés collaborent aussi sur de nouveaux modèles."),
    ("fr", "Acme SA fournit des batteries à Bolt SA dans le cadre d'un contrat d'approvisionnement et collabore avec "
           "elle sur la recherche."),
    ("es", "Acme SA mantiene desde 2019 las turbinas de Bolt SA con un contrato de mantenimiento, y ambas compañías "
           "colaboran también en nuevos diseños."),
    ("es", "Acme SA suministra baterías a Bolt SA en virtud de un contrato de suministro y colabora con ella en "
           "investigación."),
])
def test_working_together_under_a_contract_is_the_contract(lang, sentence):
    assert types(lang, sentence) == ["contract"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. agreed to buy Bolt Ltd, and it signed a partnership with Cargo Inc. on software."),
    ("de", "Die Acme AG übernimmt die Bolt GmbH und hat mit der Cargo AG eine Partnerschaft geschlossen."),
    ("fr", "Acme SA rachète Bolt SA et a noué un partenariat avec Cargo SA."),
    ("es", "Acme SA compra Bolt SA y ha firmado una alianza con Cargo SA."),
])
def test_two_deals_of_other_firms_in_one_sentence_stay_two(lang, sentence):
    assert types(lang, sentence) == ["acquisition", "partnership"]


@pytest.mark.parametrize(("weaker", "stronger"), [
    ("partnership", "contract"), ("partnership", "joint_venture"), ("acquisition", "joint_venture"),
])
def test_a_statement_yields_to_the_more_specific_tie_of_its_sentence(weaker, stronger):
    for order in ((weaker, stronger), (stronger, weaker)):
        (event,) = merge([statement(kind) for kind in order], titles=set())
        assert event.type == stronger


@pytest.mark.parametrize(("first", "second"), [
    ("investment", "contract"), ("acquisition", "contract"), ("acquisition", "partnership"),
])
def test_kinds_that_name_no_single_tie_stay_two(first, second):
    assert sorted(e.type for e in merge([statement(first), statement(second)], titles=set())) == sorted(
        [first, second])


def test_a_tie_of_other_firms_or_another_sentence_does_not_absorb_a_partnership():
    other_firms = [statement("partnership"), statement("contract", firms=("Acme", "Cargo"))]
    other_sentence = [statement("partnership", sentence=4), statement("contract")]
    for cands in (other_firms, other_sentence):
        assert sorted(e.type for e in merge(cands, titles=set())) == ["contract", "partnership"]
