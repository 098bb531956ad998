"""Capital spending is no deal value (holdingsA): the cost of a plant a venture will build ("con una inversión de US$
1.000 millones") or a plan a contract sits in ("dentro de un plan de inversiones de US$ 40 millones") is not the
amount of the venture or the contract; a stake's sum stays its amount. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def _events(lang: str, sentence: str) -> list[dict]:
    return extract_events(page(lang, "News", sentence))


@pytest.mark.parametrize(("lang", "sentence", "kind"), [
    ("es", "Andina Minera y Kornberg Energía crearán una empresa conjunta que construirá una planta de litio con una "
           "inversión de US$ 1.000 millones.", "joint_venture"),
    ("es", "Andina Minera firmó un contrato de suministro con Kornberg Energía, dentro de un plan de inversiones de "
           "US$ 40 millones.", "contract"),
    ("fr", "Vellor Chimie et Brisac Énergie créent une coentreprise qui bâtira une usine avec un investissement de 200 "
           "millions d'euros.", "joint_venture"),
    ("en", "Vellor Chemicals and Brisac Energy will form a joint venture to build a plant, with capital expenditure of "
           "$300 million.", "joint_venture"),
])
def test_capital_spending_is_no_deal_value(lang: str, sentence: str, kind: str) -> None:
    events = [e for e in _events(lang, sentence) if e["type"] == kind]
    assert len(events) == 1, events
    assert events[0]["amount"] is None


def test_a_stake_keeps_its_sum() -> None:
    (event,) = _events("es", "Kornberg Energía invertirá 40 millones de euros en Andina Minera.")
    assert event["type"] == "investment" and event["amount"]["value"] == 4e7
