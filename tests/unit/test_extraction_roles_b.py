"""Roles (topic B, F9): a round named by its series and sum before its owner ("entró en una ronda Serie A de 6
millones de dólares de la insurtech X") is the owner's, and the subject invests in it."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def rounds(lang: str, text: str) -> list[set]:
    return [parties(e) for e in extract_events(page(lang, "News", text)) if e["type"] == "funding_round"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Cóndor Ventures participó en la ronda Serie A de 6 millones de dólares de la insurtech Seguralia."),
    ("es", "Cóndor Ventures entró en una ronda Serie A de 6 millones de euros de la startup chilena Seguralia."),
    ("en", "Condor Ventures joined the $6 million Series A of the insurtech Seguralia."),
])
def test_a_round_named_before_its_owner_is_the_owners(lang: str, text: str):
    assert rounds(lang, text) == [{("Seguralia", "investee"), ("Cóndor Ventures" if lang == "es" else
                                                                "Condor Ventures", "investor")}]


def test_money_from_an_investor_is_no_round_of_the_investor():
    assert rounds("es", "Seguralia levantó 6 millones de dólares de Kibo Ventures.") == [
        {("Seguralia", "investee"), ("Kibo Ventures", "investor")}]
