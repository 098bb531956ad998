"""Sentences that read as deals and are none (cuesB, precision shape F4): a sum raised as debt ("a levé 40 millions
d'euros de dette", "hat 40 Millionen Euro Fremdkapital aufgenommen") is a loan, no funding round, while a loan told
beside a round's own sum leaves the round; a customer that would "absorb half of the output" of a producer takes an
offtake, no takeover. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

DEBT = [
    ("en", "Vernier Group accelerates", "Vernier Group, the Nantes logistics specialist, is accelerating. The group "
     "raised 40 million euros of debt to finance its acquisitions."),
    ("fr", "Le groupe Vernier accélère", "Le groupe Vernier, spécialiste nantais de la logistique, accélère. Le groupe "
     "a levé 40 millions d'euros de dette pour financer ses acquisitions."),
    ("es", "Grupo Vernier acelera", "Grupo Vernier, especialista en logística, acelera. El grupo ha levantado 40 "
     "millones de euros en deuda para financiar sus adquisiciones."),
    ("de", "Vernier wächst", "Die Vernier Gruppe, ein Logistiker aus Nantes, wächst. Die Gruppe hat 40 Millionen Euro "
     "Fremdkapital aufgenommen, um Zukäufe zu finanzieren."),
]


@pytest.mark.parametrize(("lang", "title", "body"), DEBT)
def test_debt_raised_is_no_round(lang: str, title: str, body: str) -> None:
    assert [e for e in extract_events(page(lang, title, body)) if e["type"] == "funding_round"] == []


def test_a_loan_beside_a_rounds_sum_leaves_the_round() -> None:
    body = ("Paylo, the London payments start-up, raised $40 million in a Series B led by Ridge Partners, plus a "
            "$10 million loan from Harbour Bank.")
    (event,) = [e for e in extract_events(page("en", "Paylo raises $40 million", body)) if e["type"] == "funding_round"]
    assert ("Paylo", "investee") in parties(event) and event["amount"]["value"] == 40e6


def test_output_absorbed_by_a_customer_is_no_takeover() -> None:
    body = ("Hydrolor, coentreprise de Gazel et Ventoux, avance. La coentreprise a signé une lettre d'intention avec "
            "les Forges Marnaud, qui pourraient absorber la moitié de sa production.")
    events = extract_events(page("fr", "Hydrogène : la coentreprise Hydrolor avance", body))
    assert [e for e in events if e["type"] == "acquisition"] == []
