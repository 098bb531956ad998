"""Money a firm takes in from one investor, told from the investee's side ("X received a £3m investment from Y"):
the subject is the investee, the firm after "from" (or its language's words) the investor (branch english)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def investments(lang: str, text: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "News", text)) if e["type"] == "investment"]


@pytest.mark.parametrize(("lang", "text", "investee"), [
    ("en", "Pellwick Robotics received a £3m investment from Tamsin Capital in 2022.", "Pellwick Robotics"),
    ("en", "Pellwick Robotics has secured a strategic investment from Tamsin Capital.", "Pellwick Robotics"),
    ("de", "Pellwick Robotik erhielt 2022 eine Kapitalspritze von 3 Millionen Euro von Tamsin Capital.",
     "Pellwick Robotik"),
    ("fr", "Pellwick Robotique a reçu un investissement de 3 millions d'euros de la part de Tamsin Capital.",
     "Pellwick Robotique"),
    ("es", "Pellwick Robótica recibió una inversión de 3 millones de euros por parte de Tamsin Capital.",
     "Pellwick Robótica"),
])
def test_an_investment_received_from_a_firm_names_its_investor(lang: str, text: str, investee: str) -> None:
    (event,) = investments(lang, text)
    assert parties(event) == {(investee, "investee"), ("Tamsin Capital", "investor")}


def test_an_investment_received_in_the_perfect_is_completed() -> None:
    (event,) = investments("en", "Pellwick Robotics has received a £3m investment from Tamsin Capital.")
    assert event["status"] == "completed" and event["amount"]["value"] == 3e6


def test_an_investment_to_be_received_is_announced() -> None:
    (event,) = investments("en", "Pellwick Robotics will receive a £3m investment from Tamsin Capital.")
    assert event["status"] == "announced"


def test_a_bid_received_from_a_firm_stays_an_acquisition() -> None:
    assert investments("en", "Pellwick Robotics has received a takeover offer from Tamsin Capital.") == []
