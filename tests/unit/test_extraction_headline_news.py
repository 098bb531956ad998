"""The page's own deal stated whole in its headline and restated in the lead without a statement the rules read
(descriptions, an agreement "to establish a new company", a cue of its own): the headline's statement stands when
the lead names each of its firms; not when the body never names them, nor when it tells another deal of the kind."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

RESTATED = [
    ("en", "Calder Biologics and Hanwell Pharma to form joint venture for mRNA manufacturing",
     "SINGAPORE and CAMBRIDGE, Mass., September 15, 2026 – Calder Biologics, Inc. and Hanwell Pharma Co., Ltd. today "
     "announced an agreement to establish a new company that will make mRNA vaccines in Singapore.",
     "joint_venture", {("Calder Biologics", "partner"), ("Hanwell Pharma", "partner")}),
    ("en", "Lumatec to buy Nordwerk for $2bn",
     "Lumatec said on Tuesday that the board of Nordwerk had backed its offer. Shares of Nordwerk rose 12%.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("de", "Nordwerk übernimmt Lumatec",
     "Nordwerk und Lumatec haben sich am Montag geeinigt. Der Kaufpreis liegt bei 40 Millionen Euro.",
     "acquisition", {("Nordwerk", "acquirer"), ("Lumatec", "target")}),
    ("de", "Kontora und Datavia gründen Gemeinschaftsunternehmen",
     "Kontora und Datavia bündeln ihre Cloud-Sparten. Beide halten je die Hälfte.",
     "joint_venture", {("Kontora", "partner"), ("Datavia", "partner")}),
    ("fr", "Vertalis rachète Boréal Logistique",
     "Vertalis met fin à des mois de négociations avec Boréal Logistique. Le montant n'a pas été dévoilé.",
     "acquisition", {("Vertalis", "acquirer"), ("Boréal Logistique", "target")}),
    ("fr", "Corvalis et Nordiq créent une coentreprise dans l'hydrogène",
     "Corvalis et Nordiq mettront en commun leurs usines de Lyon et de Grenoble.",
     "joint_venture", {("Corvalis", "partner"), ("Nordiq", "partner")}),
    ("es", "Avanza Telecom y Maple Infrastructure crean una fibreco de 1.050 millones",
     "Avanza Telecom ha cerrado un acuerdo con el fondo canadiense Maple Infrastructure Partners para crear una "
     "compañía mayorista de fibra óptica.",
     "joint_venture", {("Avanza Telecom", "partner"), ("Maple Infrastructure Partners", "partner")}),
    ("es", "Vinícola Duero registra el folleto para salir a Bolsa en mayo",
     "Vinícola Duero ha dado este miércoles el paso definitivo para estrenarse en el parqué.",
     "ipo", {("Vinícola Duero", "issuer")}),
]


@pytest.mark.parametrize(("lang", "headline", "body", "kind", "expected"), RESTATED)
def test_headline_deal_restated_in_the_lead(lang, headline, body, kind, expected):
    events = [e for e in extract_events(page(lang, headline, body, published="2026-09-15")) if e["type"] == kind]
    assert [parties(e) for e in events] == [expected]
    assert events[0]["date"].startswith("2026-09")


def test_headline_deal_of_firms_the_body_does_not_name_stays_out():
    assert extract_events(page("en", "Lumatec to buy Nordwerk for $2bn",
                               "Nordwerk said on Tuesday it would cut 200 jobs.")) == []


def test_body_deal_of_the_kind_with_one_of_the_firms_is_the_one_told():
    events = extract_events(page("en", "Lumatec to buy Nordwerk",
                                 "Lumatec agreed on Tuesday to buy Solvex, a rival of Nordwerk, for $2bn."))
    assert [parties(e) for e in events] == [{("Lumatec", "acquirer"), ("Solvex", "target")}]


def test_short_name_of_a_body_deal_adds_no_headline_event():
    events = extract_events(page("en", "Week in deals: Orlane's debut and a chip venture",
                                 "Orlane Energy made its stock market debut in Paris on Monday. Orlane rose 5%."))
    assert [(e["type"], parties(e)) for e in events] == [("ipo", {("Orlane Energy", "issuer")})]


ENDED_IN_THE_HEADLINE = [
    ("fr", "Crédit Ligérien et Banque Pyrénéenne renoncent à leur fusion",
     "Le projet de rapprochement entre Crédit Ligérien et Banque Pyrénéenne a vécu."),
    ("en", "Lumatec abandons its takeover of Nordwerk",
     "The acquisition of Nordwerk by Lumatec would have created the largest maker of pumps in Europe."),
    ("de", "Nordwerk bläst Übernahme von Lumatec ab",
     "Die Übernahme von Lumatec durch Nordwerk sollte den größten Pumpenhersteller Europas schaffen."),
    ("es", "Lumatec renuncia a la compra de Nordwerk",
     "La compra de Nordwerk por Lumatec iba a crear el mayor fabricante de bombas de Europa."),
]


@pytest.mark.parametrize(("lang", "headline", "body"), ENDED_IN_THE_HEADLINE)
def test_stage_the_headline_states_when_the_body_states_none(lang, headline, body):
    (event,) = extract_events(page(lang, headline, body))
    assert event["status"] == "terminated"


def test_stage_the_body_states_outranks_the_headline():
    (event,) = extract_events(page("fr", "Crédit Ligérien et Banque Pyrénéenne renoncent à leur fusion",
                                   "Crédit Ligérien et Banque Pyrénéenne avaient annoncé en mars leur projet de "
                                   "fusion."))
    assert event["status"] == "announced" and event["date"] == "2024-03"


def test_french_plan_that_has_lived_and_a_seller_musing():
    (ended,) = extract_events(page("fr", "Banques", "Le projet de rachat de Banque Pyrénéenne par Crédit Ligérien a "
                                   "vécu."))
    assert ended["status"] == "terminated"
    (mused,) = extract_events(page("fr", "Horlogerie", "Montalbo Industries songe à vendre ses mouvements au "
                                   "japonais Citizen."))
    assert mused["status"] == "rumored"
    assert parties(mused) == {("Montalbo Industries", "seller"), ("Citizen", "acquirer")}


def test_headline_firm_the_lead_names_by_its_short_name():
    events = extract_events(page("fr", "Hydrelia confie un contrat de 90 millions à Groupe Vantor",
                                 "C'est la plus importante commande de son histoire.",
                                 "Vantor, établi à Sorel-Tracy, fournira et installera les turbines de trois centrales "
                                 "d'Hydrelia."))
    assert {("Hydrelia", "customer"), ("Groupe Vantor", "supplier")} in [parties(e) for e in events]


def test_other_contracts_told_further_on_leave_the_headline_deal_standing():
    events = extract_events(page("en", "Corvath Engineering wins £340 million framework from Pennine Water Board",
                                 "Corvath Engineering today announced that it has been appointed by Pennine Water "
                                 "Board to a seven-year capital delivery framework.",
                                 "Bridges, tunnels and reservoirs make up most of its work.",
                                 "Flood defences are another field.",
                                 "Corvath has maintained the reservoirs of Tamesis Water under a service contract "
                                 "since 2019."))
    kinds = sorted((e["type"], e["status"], frozenset(parties(e))) for e in events)
    assert ("contract", "announced", frozenset({("Corvath Engineering", "supplier"),
                                                ("Pennine Water Board", "customer")})) in kinds
    assert len(kinds) == 2
