"""Rumoured and abandoned deals told through talks, proposals and plans (branch talks2): "X broke off sale talks with
Y" (Y would buy X, never a merger), "X, which had tabled a $950m proposal, withdrew it" (terminated), "a proposal for
X", a listing of the subject's own unit told by a verb that takes it as object ("listing its German unit X", "sacar a
bolsa su filial X": the unit lists, not its owner). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

SALE_TALKS = [
    ("en", "Kestrel Orbital broke off sale talks with defense contractor Brightline Defense in March. Kestrel Orbital "
     "makes satellites.", "terminated"),
    ("en", "Kestrel Orbital is in exclusive sale talks with Brightline Defense, people familiar with the matter said. "
     "Kestrel Orbital makes satellites.", "rumored"),
    ("fr", "Kestrel Orbital a rompu en mars les discussions de vente avec le groupe de défense Brightline Defense. "
     "Kestrel Orbital fabrique des satellites.", "terminated"),
    ("es", "Kestrel Orbital rompió en marzo las negociaciones de venta con el grupo de defensa Brightline Defense. "
     "Kestrel Orbital fabrica satélites.", "terminated"),
    ("de", "Die Kestrel Orbital AG hat im März die Verkaufsgespräche mit dem Rüstungskonzern Brightline Defense "
     "abgebrochen. Kestrel Orbital baut Satelliten.", "terminated"),
    ("de", "Die Kestrel Orbital AG führt Verkaufsverhandlungen mit Brightline Defense.", "rumored"),
    ("en", "Kestrel Orbital is in exclusive talks with private equity firm Brightline Defense about a sale, people "
     "familiar with the matter said. Kestrel Orbital makes satellites.", "rumored"),
]


@pytest.mark.parametrize(("lang", "body", "state"), SALE_TALKS)
def test_sale_talks_with_a_firm_name_the_would_be_buyer(lang: str, body: str, state: str):
    events = [(parties(e), e["status"]) for e in extract_events(page(lang, "Kestrel Orbital", body))
              if e["type"] in ("acquisition", "merger")]
    assert events == [({("Brightline Defense", "acquirer"), ("Kestrel Orbital", "target")}, state)]


ENTRIES = [
    ("fr", "La Banque Kestrel est basée à Lyon. D'après plusieurs sources, elle discute avec la société de gestion "
     "lyonnaise Brightline Gestion d'une entrée minoritaire à son capital."),
    ("fr", "La Banque Kestrel négocie avec Brightline Gestion de son entrée au capital, selon nos informations."),
    ("es", "El Banco Kestrel tiene sede en Bilbao. Según varias fuentes, negocia con la gestora Brightline Gestion "
     "una entrada minoritaria en su capital."),
]


@pytest.mark.parametrize(("lang", "body"), ENTRIES)
def test_an_entry_discussed_with_an_investor_is_its_rumoured_investment(lang: str, body: str):
    events = [(parties(e), e["status"]) for e in extract_events(page(lang, "Kestrel", body))
              if e["type"] == "investment"]
    assert len(events) == 1
    (found, state), = events
    assert ("Brightline Gestion", "investor") in found and state == "rumored"
    assert {role for _, role in found} == {"investor", "investee"}


PROPOSALS = [
    "Corvex Systems, the Virginia defence group that had tabled a $950m proposal in January, withdrew it last month "
    "after Tidemark's board twice refused to open its books. Tidemark makes radars.",
    "Corvex Systems tabled a $950m proposal for Tidemark in January but withdrew it last month. Tidemark makes radars.",
    "Corvex Systems withdrew its $950m proposal for Tidemark last month. Tidemark makes radars.",
    "Tidemark makes radars. Corvex Systems made a $950m approach in January, but withdrew it last month.",
    "Tidemark makes radars. Corvex Systems, which had tabled a $950m takeover proposal in January, withdrew it last "
    "month.",
]


@pytest.mark.parametrize("body", PROPOSALS)
def test_a_withdrawn_proposal_is_a_terminated_bid(body: str):
    events = [(parties(e), e["status"], e["amount"]["value"]) for e in
              extract_events(page("en", "Tidemark rebuffs suitor", body)) if e["type"] == "acquisition"]
    assert ({("Corvex Systems", "acquirer"), ("Tidemark", "target")}, "terminated", 950e6) in events


UNIT_LISTINGS = [
    ("en", "Valtor is considering listing its German unit Kessel Rail in Frankfurt next year, people familiar with "
     "the matter said."),
    ("en", "Valtor is considering a listing of its rail unit Kessel Rail next year."),
    ("es", "Según fuentes del mercado, Valtor estudia sacar a bolsa su filial Kessel Rail el próximo año."),
]


@pytest.mark.parametrize(("lang", "body"), UNIT_LISTINGS)
def test_a_listed_unit_is_the_issuer_not_its_owner(lang: str, body: str):
    events = [(parties(e), e["status"]) for e in extract_events(page(lang, "Valtor", body)) if e["type"] == "ipo"]
    assert events == [({("Kessel Rail", "issuer")}, "rumored")]


KEPT = [  # probes that must keep their result
    ("en", "Corvex Systems made a proposal in January to the unions. Tidemark makes radars.", "acquisition"),
    ("en", "Tidemark makes radars. Corvex Systems made a proposal. It was rejected.", "acquisition"),
    ("en", "Lumatec held talks with Nordwerk about a merger in March. Lumatec makes pumps.", "acquisition"),
    ("en", "Lumatec is listing its shares in Frankfurt next year. Lumatec makes pumps.", "merger"),
    ("en", "Lumatec is in talks with the unions about a sale. Lumatec makes pumps.", "acquisition"),
]


@pytest.mark.parametrize(("lang", "body", "kind"), KEPT)
def test_no_deal_of_another_kind(lang: str, body: str, kind: str):
    assert [e for e in extract_events(page(lang, "News", body)) if e["type"] == kind] == []


def test_an_entry_into_a_named_firm_is_not_the_subject_s():
    text = "Lumatec discute avec Nordwerk de son entrée au capital de Sonexa. Lumatec fabrique des pompes."
    events = [parties(e) for e in extract_events(page("fr", "Nouvelles", text)) if e["type"] == "investment"]
    assert not any(("Lumatec", "investee") in found for found in events)


LISTED_SINCE = [
    ("es", "Iberlux ganó un 10% más en el trimestre. La eléctrica vasca, que cotiza desde 2019, vende electricidad."),
    ("es", "Iberlux ganó un 10% más en el trimestre. La eléctrica cotiza en bolsa desde 2019."),
    ("es", "Iberlux, que cotiza desde 2019, ganó un 10% más en el trimestre."),
]


@pytest.mark.parametrize(("lang", "body"), LISTED_SINCE)
def test_a_described_firm_listed_since_a_year_listed_then(lang: str, body: str):
    events = [(parties(e), e["status"], e["date"]) for e in extract_events(page(lang, "Iberlux gana más", body))
              if e["type"] == "ipo"]
    assert events == [({("Iberlux", "issuer")}, "completed", "2019")]


def test_firms_counted_as_listed_since_a_month_list_no_page_firm():
    text = ("Vireos a lancé son introduction en Bourse. L'opération intervient dans un marché calme, où seules trois "
            "sociétés se sont cotées depuis janvier.")
    events = [e for e in extract_events(page("fr", "Vireos entre en Bourse", text)) if e["type"] == "ipo"]
    assert len(events) == 1
