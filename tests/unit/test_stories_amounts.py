"""Amounts of one deal across pages: the same figure, the same price in two currencies, or another sum."""

from streams.stories.amounts import EQUIVALENT, OTHER, SAME, UNKNOWN, agreement
from streams.stories.matching import affinity
from streams.stories.merge import build


def amount(value: float, currency: str) -> dict:
    return {"value": value, "currency": currency}


def test_agreement_ranks_one_figure_above_one_price_in_two_currencies() -> None:
    assert agreement(amount(7.5e8, "USD"), amount(7.47e8, "USD")) == SAME
    assert agreement(amount(7.5e8, "USD"), amount(6.9e8, "EUR")) == EQUIVALENT
    assert agreement(amount(6.0e8, "GBP"), amount(6.7e8, "CHF")) == EQUIVALENT
    assert agreement(amount(1.2e11, "JPY"), amount(8.0e8, "USD")) == EQUIVALENT
    assert agreement(amount(7.5e8, "USD"), amount(8.0e8, "USD")) == OTHER  # one currency: 1% at most
    assert agreement(amount(7.5e8, "USD"), amount(4.0e8, "EUR")) == OTHER
    assert agreement(amount(7.5e8, "USD"), amount(7.5e8, "XTS")) == UNKNOWN  # no rate: no evidence
    assert agreement(amount(7.5e8, "USD"), None) == UNKNOWN
    assert SAME > EQUIVALENT > UNKNOWN > OTHER


def test_affinity_ranks_the_same_figure_first_and_another_sum_last() -> None:
    def source(value: float | None, currency: str = "USD") -> dict:
        return {"event_id": "e", "type": "acquisition", "status": "announced", "date": "2025-03-02",
                "amount": None if value is None else amount(value, currency),
                "parties": [{"name": "Brackenford", "role": "acquirer"}, {"name": "Tessaly", "role": "target"}]}

    base = source(7.5e8)
    ranks = [affinity(base, other) for other in (source(7.5e8), source(6.9e8, "EUR"), source(None), source(3e8))]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == 4


def test_a_story_states_its_best_supported_amount_as_published() -> None:
    def source(n: int, value: float, currency: str, status: str = "announced") -> dict:
        return {"event_id": f"{n:024d}", "url": f"https://x.example/{n}", "page_id": str(n), "title": None,
                "published": f"2025-03-0{n}T08:00:00Z", "fetched_at": None, "language": "en",
                "type": "acquisition", "status": status, "date": "2025-03-02",
                "amount": {**amount(value, currency), "text": f"{value:g} {currency}"},
                "parties": [{"name": "Brackenford", "role": "acquirer"}, {"name": "Tessaly", "role": "target"}]}

    # two pages in dollars, one in pounds for the same price, one with a misread figure
    story = build("deal:tessaly", [source(1, 7.5e8, "USD"), source(2, 7.5e8, "USD"), source(3, 5.9e8, "GBP"),
                                   source(4, 2.1e8, "EUR")])
    assert story["amount"] == {"value": 7.5e8, "currency": "USD", "support": 3, "text": "7.5e+08 USD"}
    # one page each: the figure of the most advanced status, in its own currency
    story = build("deal:tessaly", [source(1, 7.5e8, "USD"), source(3, 5.9e8, "GBP", "completed")])
    assert story["amount"]["currency"] == "GBP" and story["amount"]["support"] == 2


def test_a_price_in_rupees_rand_or_dirhams_agrees_with_its_dollars() -> None:
    assert agreement(amount(3.0e10, "INR"), amount(3.6e8, "USD")) == EQUIVALENT  # Rs 3,000 crore, $360 million
    assert agreement(amount(1.2e9, "ZAR"), amount(6.5e7, "USD")) == EQUIVALENT
    assert agreement(amount(1.1e9, "AED"), amount(3.0e8, "USD")) == EQUIVALENT
    assert agreement(amount(5.0e9, "NGN"), amount(3.3e6, "USD")) == UNKNOWN  # the naira moves too much for a rate
