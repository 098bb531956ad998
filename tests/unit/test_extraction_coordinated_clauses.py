"""Two deals in one sentence, their clauses joined by a conjunction: each clause's own parties, figures and dates."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Lumatec", text)) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In May Lumatec bought Dravo and has since formed a joint venture with Nordwerk."),
    ("en", "In May Lumatec acquired Dravo, and has since set up a joint venture with Nordwerk."),
    ("es", "En mayo Lumatec compró Dravo y desde entonces ha creado una empresa conjunta con Nordwerk."),
    ("de", "Im Mai kaufte Lumatec die Firma Dravo und hat seither mit Nordwerk ein Gemeinschaftsunternehmen "
           "gegründet."),
    ("fr", "En mai, Lumatec a racheté Dravo et a depuis créé une coentreprise avec Nordwerk."),
])
def test_a_clause_with_no_subject_of_its_own_takes_the_first_clauses(lang, text):
    (bought,) = events(lang, text, "acquisition")
    assert parties(bought) == {("Lumatec", "acquirer"), ("Dravo", "target")}
    (venture,) = events(lang, text, "joint_venture")
    assert parties(venture) == {("Lumatec", "partner"), ("Nordwerk", "partner")}
    assert venture["date"] != "2023-05"  # the first clause's month dates the purchase only


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lumatec bought Dravo in May and Nordwerk formed a joint venture with Kelvo."),
    ("es", "Lumatec compró Dravo en mayo y Nordwerk creó una empresa conjunta con Kelvo."),
    ("fr", "Lumatec a racheté Dravo en mai et Nordwerk a créé une coentreprise avec Kelvo."),
])
def test_a_second_clause_with_its_own_subject_leaves_the_first_clauses_object(lang, text):
    (bought,) = events(lang, text, "acquisition")
    assert parties(bought) == {("Lumatec", "acquirer"), ("Dravo", "target")}
    (venture,) = events(lang, text, "joint_venture")
    assert parties(venture) == {("Nordwerk", "partner"), ("Kelvo", "partner")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Last week, rival Tallybook raised $40 million from General Catalyst, and in December expense-management "
           "startup Spendwise was snapped up by Paywell for an undisclosed sum."),
    ("es", "La semana pasada, la rival Tallybook levantó 40 millones de dólares de General Catalyst, y en diciembre "
           "la startup Spendwise fue comprada por Paywell por una suma no revelada."),
    ("fr", "La semaine dernière, le concurrent Tallybook a levé 40 millions de dollars auprès de General Catalyst, "
           "et en décembre la start-up Spendwise a été rachetée par Paywell pour un montant non divulgué."),
])
def test_a_passive_second_clause_has_its_own_subject(lang, text):
    (round_,) = events(lang, text, "funding_round")
    assert parties(round_) == {("Tallybook", "investee"), ("General Catalyst", "investor")}
    assert round_["amount"]["value"] == 40e6
    (bought,) = events(lang, text, "acquisition")
    assert parties(bought) == {("Paywell", "acquirer"), ("Spendwise", "target")}
    assert bought["date"] == "2023-12"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ese mismo año Lumatec cerró una ronda de serie A de 12 millones de euros liderada por Seaya, y en 2023 "
           "completó una serie C de 120 millones encabezada por Greenridge."),
    ("fr", "Lumatec a bouclé une série A de 12 millions d'euros menée par Seaya, et a levé en 2023 une série C de "
           "120 millions menée par Greenridge."),
    ("en", "Lumatec raised a $12 million Series A led by Seaya in 2021 and in 2023 closed a Series C of 120 million "
           "led by Greenridge."),
])
def test_the_second_round_keeps_a_figure_whose_currency_the_first_gave(lang, text):
    rounds = {e["amount"]["value"]: parties(e) for e in events(lang, text, "funding_round")}
    assert rounds == {12e6: {("Lumatec", "investee"), ("Seaya", "investor")},
                      120e6: {("Lumatec", "investee"), ("Greenridge", "investor")}}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lumatec has a long-standing service partnership with Nordwerk covering the German group's vehicles sold "
           "to customers in the Baltic states."),
    ("es", "Lumatec mantiene una alianza con Nordwerk para los camiones vendidos a clientes en Portugal."),
    ("fr", "Lumatec a noué un partenariat avec Nordwerk pour ses véhicules vendus aux clients en Pologne."),
])
def test_goods_sold_to_customers_are_no_acquisition(lang, text):
    assert not events(lang, text, "acquisition")
    (tie,) = events(lang, text, "partnership")
    assert parties(tie) == {("Lumatec", "partner"), ("Nordwerk", "partner")}


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), [
    # coordinated objects stay the one verb's
    ("en", "Lumatec bought Dravo and Nordwerk in May.", "acquisition",
     [{("Lumatec", "acquirer"), ("Dravo", "target"), ("Nordwerk", "target")}]),
    # a sale to a named firm stays a sale
    ("es", "Lumatec vendió Dravo a Nordwerk en mayo.", "acquisition",
     [{("Lumatec", "seller"), ("Dravo", "target"), ("Nordwerk", "acquirer")}]),
    ("en", "Lumatec sold its Dravo unit to Nordwerk in May.", "acquisition",
     [{("Lumatec", "seller"), ("Nordwerk", "acquirer")}]),
    # a list of investors a preposition continues after the conjunction
    ("fr", "Lumatec a levé 10 millions d'euros auprès de Seaya, et de l'investisseur historique Nordwerk.",
     "funding_round", [{("Lumatec", "investee"), ("Seaya", "investor"), ("Nordwerk", "investor")}]),
    # subjects joined by the conjunction alone stay partners together
    ("es", "Tras la compra de Kelvo, Lumatec y Nordwerk crearon una empresa conjunta.", "joint_venture",
     [{("Lumatec", "partner"), ("Nordwerk", "partner")}]),
    # a second clause with a subject of its own keeps it
    ("en", "In May Lumatec bought Dravo and in 2023 it formed a joint venture with Nordwerk.", "joint_venture",
     [{("Lumatec", "partner"), ("Nordwerk", "partner")}]),
])
def test_probes_that_keep_their_parties(lang, text, kind, expected):
    assert [parties(e) for e in events(lang, text, kind)] == expected
