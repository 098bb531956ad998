"""Whether two pages' amounts state one sum, in one currency or in two.

Outlets give a deal's price in their readers' currency ("$2.1bn", "1,9 Milliarden Euro"), converted
at the day's rate, and rates drift over a deal's life; so a sum in another currency agrees when it
lies within EQUIVALENT_TOLERANCE of the same value at approximate rates (rates.yaml). That is weaker
evidence than the same figure in the same currency, which must agree within SAME_TOLERANCE.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

SAME_TOLERANCE = 0.01  # one currency: rounding ("$2.1bn" and "$2.08bn")
# Two currencies: the euro moved by about 12% against the dollar within 2022 alone, a takeover may
# take three years, outlets round the converted figure and the rates file holds averages; a sum
# further apart than this is another sum (a stake and then the rest, another round).
EQUIVALENT_TOLERANCE = 0.15

# How two amounts compare, strongest first (what `agreement` returns).
SAME = 2  # one currency, within SAME_TOLERANCE
EQUIVALENT = 1  # two currencies with known rates, within EQUIVALENT_TOLERANCE
UNKNOWN = 0  # an amount missing, or a currency without a rate
OTHER = -1  # another sum

_RATES = Path(__file__).with_name("rates.yaml")


@cache
def _rates() -> dict[str, float]:
    """rates.yaml, read once: the value of one unit of each currency in the base currency."""
    return {code: float(rate) for code, rate in yaml.safe_load(_RATES.read_text(encoding="utf-8")).items()}


def in_base(amount: dict) -> float | None:
    """The amount's approximate value in the base currency (None for a currency without a rate)."""
    rate = _rates().get(amount["currency"])
    return None if rate is None else amount["value"] * rate


def _close(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) <= tolerance * max(x, y)


def agreement(x: dict | None, y: dict | None) -> int:
    """How two amounts compare: SAME, EQUIVALENT, UNKNOWN or OTHER."""
    if not (x and y):
        return UNKNOWN
    if x["currency"] == y["currency"]:
        return SAME if _close(x["value"], y["value"], SAME_TOLERANCE) else OTHER
    bx, by = in_base(x), in_base(y)
    if bx is None or by is None:
        return UNKNOWN
    return EQUIVALENT if _close(bx, by, EQUIVALENT_TOLERANCE) else OTHER
