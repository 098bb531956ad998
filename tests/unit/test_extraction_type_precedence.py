"""One sentence, one tie between the same firms: a partnership a sentence also calls a contract or a joint
venture is that contract or venture, and the partners of a venture buy nothing of each other; two deals of
different firms, or of kinds that do not name one tie, stay two."""

import pytest

from streams.extraction import extract_events
from streams.extraction.amounts import Amount
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


def dated(kind: str, sentence: int, date: str | None, value: float | None = None, firms=("Acme",)) -> Candidate:
    """A statement of a one-firm deal (a listing, a round) with its date and amount."""
    role = {"ipo": "issuer", "funding_round": "investee"}[kind]
    return Candidate(type=kind, parties=[(f, role) for f in firms], sentence=sentence,
                     amount=Amount(value, "EUR", "", 0, 0) if value else None, date=date,
                     status="completed" if date else "announced", cued=bool(date), anaphoric=False)


@pytest.mark.parametrize(("lang", "proceeds", "valuation"), [
    ("en", "Altamar Plc raised £850m in its stock market debut on Tuesday.",
     "With a market value of £2.6bn, the flotation of Altamar Plc is the largest in London this year."),
    ("de", "Die Altamar AG hat beim Börsengang brutto 850 Mio. Franken eingenommen.",
     "Mit einer Marktkapitalisierung von rund 2,6 Mrd. Franken ist die Altamar AG der grösste Schweizer "
     "Börsengang seit zwei Jahren."),
    ("fr", "Altamar SA a levé 850 millions d'euros lors de son introduction en Bourse.",
     "Avec une capitalisation de 2,6 milliards d'euros, l'introduction en Bourse d'Altamar SA est la plus "
     "importante de l'année."),
    ("es", "Altamar SA captó 850 millones de euros en su salida a bolsa.",
     "Con una capitalización de 2.600 millones de euros, la salida a bolsa de Altamar SA es la mayor del año."),
])
def test_a_listings_proceeds_and_its_valuation_are_one_listing(lang, proceeds, valuation):
    listings = [e for e in extract_events(page(lang, HEADLINES[lang], proceeds, valuation)) if e["type"] == "ipo"]
    assert [(e["parties"][0]["name"], e["amount"]["value"]) for e in listings] == [("Altamar", 850e6)]


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("en", "Altamar Inc. raised $5 million in a seed round in 2021.",
     "Altamar Inc. raised $20 million in a Series A round in 2023."),
    ("de", "Die Altamar GmbH hat 2021 in einer Finanzierungsrunde 5 Millionen Euro eingesammelt.",
     "Die Altamar GmbH hat 2023 in einer weiteren Finanzierungsrunde 20 Millionen Euro eingesammelt."),
    ("fr", "Altamar SAS a levé 5 millions d'euros en 2021.",
     "Altamar SAS a levé 20 millions d'euros en 2023 lors d'une série A."),
    ("es", "Altamar SL cerró en 2021 una ronda de financiación de 5 millones de euros.",
     "Altamar SL cerró en 2023 una ronda de financiación de 20 millones de euros."),
])
def test_two_rounds_of_one_firm_stay_two(lang, first, second):
    rounds = [e for e in extract_events(page(lang, HEADLINES[lang], first, second)) if e["type"] == "funding_round"]
    assert sorted(e["amount"]["value"] for e in rounds) == [5e6, 20e6]


def test_two_cues_of_one_sentence_dated_once_are_one_deal():
    """ "the debut of X, which listed in June 2025 and raised ...": the undated cue is the dated one's deal."""
    (event,) = merge([dated("ipo", 9, None), dated("ipo", 9, "2025-06", 480e6)], titles=set(), year="2026-05-21")
    assert len(event.merged) == 1


def test_statements_of_one_sentence_dated_apart_or_of_other_sentences_stay_apart():
    apart = [dated("funding_round", 4, "2021", 5e6), dated("funding_round", 4, "2023", 20e6)]
    other_sums = [dated("funding_round", 4, "2021", 5e6), dated("funding_round", 4, None, 20e6)]  # "which raised"
    other_sentences = [dated("ipo", 3, None), dated("ipo", 9, "2015-06", 480e6)]
    for cands in (apart, other_sums, other_sentences):
        assert len(merge(cands, titles=set(), year="2026-05-21")) == 2


def test_a_firm_lists_once_a_year_whatever_the_figures_but_raises_rounds_of_other_sizes():
    assert len(merge([dated("ipo", 3, None, 850e6), dated("ipo", 7, None, 2.6e9)], titles=set())) == 1
    assert len(merge([dated("funding_round", 3, None, 5e6), dated("funding_round", 7, None, 20e6)],
                     titles=set())) == 2
