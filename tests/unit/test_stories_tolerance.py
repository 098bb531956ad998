"""Matching tolerant of the extractor's usual slips, each with the trap that must stay apart, and the
same stories whatever order the events arrive in."""

import random

from streams.stories.fold import fold
from streams.stories.matching import compatible
from streams.stories.sources import source_of


def event(typ: str, status: str, parties: list[tuple[str, str]], date: str | None, page: str,
          published: str = "2024-01-10", value: float | None = None, currency: str = "USD") -> dict:
    return {"event_id": f"{page}-{typ}-{len(parties)}".ljust(24, "0"), "type": typ, "status": status, "date": date,
            "amount": None if value is None else {"value": value, "currency": currency, "text": ""},
            "parties": [{"name": n, "role": r} for n, r in parties],
            "source": {"url": f"https://x.example/{page}", "page_id": page, "published": f"{published}T08:00:00Z"}}


def stories_by_page(events: list[dict]) -> list[list[str]]:
    """The pages of each folded story: what must not depend on the order of arrival."""
    return sorted(sorted(s["source"]["page_id"] for s in ev) for ev in _grouped(events))


def _grouped(events: list[dict]) -> list[list[dict]]:
    by_id = {e["event_id"]: e for e in events}
    return [[by_id[s["event_id"]] for s in story["sources"]] for story in fold(events)]


def assert_order_free(events: list[dict], expected: list[list[str]]) -> None:
    for seed in range(12):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert stories_by_page(shuffled) == expected


def test_a_failed_bid_named_by_a_unit_or_its_later_brand_is_one_story() -> None:
    bid = [("Hutchway", "acquirer"), ("Q2 UK", "target"), ("Telefonia", "seller")]
    later_brand = [("Hutchway", "acquirer"), ("Virgin Media Q2", "target")]
    sister = [("Hutchway", "acquirer"), ("Q2 Italia", "target")]
    events = [event("acquisition", "terminated", bid, "2016", "p", value=1.0e10),
              event("acquisition", "terminated", later_brand, "2016", "q"),
              event("acquisition", "terminated", sister, "2016", "r")]
    assert_order_free(events, [["p", "q"], ["r"]])


def test_a_completed_takeover_recalled_undated_by_a_later_page_joins_it() -> None:
    parties = [("Northwind", "acquirer"), ("Contoso", "target")]
    closed = event("acquisition", "completed", parties, "2016", "p", published="2021-04-11", value=2.6e10)
    closed_too = event("acquisition", "completed", parties, "2016", "q", published="2021-04-12")
    # the later page names no date: the extractor gives its publication day, and misreads the stage and roles
    recalled = event("acquisition", "announced", [("Contoso", "acquirer"), ("Northwind", "seller")], "2021-04-13",
                     "r", published="2021-04-13", value=2.6e10)
    assert compatible(source_of(closed_too), source_of(recalled))
    assert_order_free([closed, closed_too, recalled], [["p", "q", "r"]])
    # the same price in euros is recalled too; a sum far off in euros is another deal (a stake, then the rest)
    for value, ok in ((2.4e10, True), (6.0e9, False)):
        in_euros = event("acquisition", "announced", [("Contoso", "acquirer"), ("Northwind", "seller")],
                         "2021-04-13", "r", published="2021-04-13", value=value, currency="EUR")
        assert compatible(source_of(closed), source_of(in_euros)) is ok


def test_a_stake_then_the_rest_of_one_firm_stay_two_deals() -> None:
    parties = [("Northwind", "acquirer"), ("Contoso", "target")]
    stake = event("acquisition", "completed", parties, "2023-07", "p", published="2023-08-01", value=1.7e9)
    rest = event("acquisition", "announced", parties, "2026-05-04", "q", published="2026-05-04", value=4.0e9)
    assert not compatible(source_of(stake), source_of(rest))  # another sum: another deal


def test_a_new_bid_dated_on_its_page_day_stays_apart_from_a_failed_or_stated_earlier_deal() -> None:
    parties = [("Globex", "acquirer"), ("Initech", "target")]
    new_bid = event("acquisition", "announced", parties, "2021-04-13", "r", published="2021-04-13")
    failed = event("acquisition", "terminated", parties, "2016", "p", published="2021-04-11")
    stated = event("acquisition", "announced", parties, "2021-04-13", "s", published="2021-04-14")
    closed_early = event("acquisition", "completed", parties, "2016", "t", published="2021-04-11")
    assert not compatible(source_of(failed), source_of(new_bid))  # a failed bid may be renewed
    assert not compatible(source_of(closed_early), source_of(stated))  # a date the page stated holds
    rounds = [("Umbrella Ventures", "investor"), ("Initech", "investee")]
    series_b = event("funding_round", "announced", rounds, "2021-04-13", "r", published="2021-04-13")
    series_a = event("funding_round", "completed", rounds, "2019-02", "p", published="2021-04-11")
    assert not compatible(source_of(series_a), source_of(series_b))  # one investor may come back


def test_a_bank_named_without_its_generic_head_meets_its_full_name_but_not_another_bank() -> None:
    bid = [("BBVA", "acquirer"), ("Banco Sabadell", "target")]
    short = [("BBVA", "acquirer"), ("Sabadell", "target")]
    other_bank = [("BBVA", "acquirer"), ("Banco Santander", "target")]
    events = [event("acquisition", "announced", bid, "2024-05-09", "p"),
              event("acquisition", "announced", short, "2024-05", "q"),
              event("acquisition", "announced", other_bank, "2024-05-10", "r")]
    assert_order_free(events, [["p", "q"], ["r"]])


def test_a_descriptor_kept_before_the_investee_does_not_split_its_round() -> None:
    described = [("London-based Lumora", "investee"), ("Fernhill Capital", "investor")]
    plain = [("Lumora Ltd", "investee"), ("Fernhill Capital", "investor")]
    next_round = [("Lumora", "investee"), ("Greybridge Ventures", "investor")]
    events = [event("funding_round", "completed", described, "2024-03", "p"),
              event("funding_round", "completed", plain, "2024-03-12", "q"),
              event("funding_round", "completed", next_round, "2026-06-09", "r")]
    assert_order_free(events, [["p", "q"], ["r"]])


def test_an_investor_by_its_short_form_joins_the_round_but_another_investor_does_not() -> None:
    full = [("Shanghai Fosun Pharmaceutical", "investor"), ("BioNTech", "investee")]
    short = [("Fosun", "investor"), ("BioNTech SE", "investee")]
    other = [("Shanghai Pharmaceuticals", "investor"), ("BioNTech", "investee")]
    events = [event("investment", "announced", full, "2020-03-16", "p"),
              event("investment", "announced", short, "2020-03-16", "q"),
              event("investment", "announced", other, "2020-03-17", "r")]
    assert_order_free(events, [["p", "q"], ["r"]])


def test_a_takeover_reported_as_a_merger_is_one_story_but_not_their_joint_venture() -> None:
    takeover = [("Globex", "acquirer"), ("Initech", "target")]
    merged = [("Initech", "party"), ("Globex", "party")]
    venture = [("Globex", "partner"), ("Initech", "partner")]
    events = [event("acquisition", "announced", takeover, "2024-03-04", "p"),
              event("merger", "announced", merged, "2024-03", "q"),
              event("joint_venture", "announced", venture, "2024-03-05", "r")]
    assert_order_free(events, [["p", "q"], ["r"]])


def test_a_joint_venture_reported_as_a_partnership_is_one_story_but_not_a_takeover() -> None:
    venture = [("Orbitale", "partner"), ("Spazio Lucano", "partner")]
    takeover = [("Orbitale", "acquirer"), ("Spazio Lucano", "target")]
    events = [event("joint_venture", "announced", venture, "2024-06-24", "p"),
              event("partnership", "announced", venture, "2024-06", "q"),
              event("acquisition", "announced", takeover, "2024-06", "r")]
    assert_order_free(events, [["p", "q"], ["r"]])


def test_failed_merger_talks_and_a_later_takeover_bid_stay_two_deals() -> None:
    parties = [("BBVA", "party"), ("Banco Sabadell", "party")]
    events = [event("merger", "terminated", parties, "2020-11", "p"),
              event("acquisition", "announced", [("BBVA", "acquirer"), ("Sabadell", "target")], "2024-05-09", "q")]
    assert_order_free(events, [["p"], ["q"]])


BID = [("Harrowgate Instruments", "acquirer"), ("Pellucid Labs", "target")]


def test_one_price_in_two_currencies_and_a_re_dated_announcement_are_one_story() -> None:
    # a rumour and an announcement in dollars, the same price in euros on a page four months later that
    # dates the still pending deal by its antitrust clearance, then the closing in euros
    events = [event("acquisition", "rumored", BID, "2025-02-03", "p", published="2025-02-03", value=3.2e9),
              event("acquisition", "announced", BID, "2025-02-06", "q", published="2025-02-06", value=3.2e9),
              event("acquisition", "announced", BID, "2025-06-17", "r", published="2025-06-18", value=2.9e9,
                    currency="EUR"),
              event("acquisition", "completed", BID, "2025-09-30", "s", published="2025-10-01", value=2.9e9,
                    currency="EUR")]
    assert_order_free(events, [["p", "q", "r", "s"]])
    (story,) = fold(events)
    # the price as the sources state it, never converted, supported by the pages in either currency
    assert story["amount"] == {"value": 2.9e9, "currency": "EUR", "support": 4}


def test_a_re_dated_announcement_without_an_agreeing_sum_stays_apart() -> None:
    march = event("acquisition", "announced", BID, "2025-02-06", "q", value=3.2e9)
    for later in (event("acquisition", "announced", BID, "2025-06-17", "r"),  # no sum: no evidence
                  event("acquisition", "announced", BID, "2025-06-17", "r", value=1.1e9, currency="EUR"),
                  event("acquisition", "announced", BID, "2025-06-17", "r", value=4.5e9)):  # another sum
        assert not compatible(source_of(march), source_of(later))
    # the same sum in another currency, but a page naming the target as the buyer: roles disagree
    swapped = event("acquisition", "announced", [(n, "target" if r == "acquirer" else "acquirer") for n, r in BID],
                    "2025-06-17", "r", value=2.9e9, currency="EUR")
    assert not compatible(source_of(march), source_of(swapped))
    # beyond a deal's lifetime, two currencies are too weak to join an old deal
    old = event("acquisition", "announced", BID, "2020-01-15", "t", value=2.9e9, currency="EUR")
    assert not compatible(source_of(old), source_of(march))


def test_the_same_buyer_paying_the_same_price_for_another_target_stays_apart() -> None:
    other = [("Harrowgate Instruments", "acquirer"), ("Quillon Optics", "target")]
    events = [event("acquisition", "announced", BID, "2025-02-06", "p", value=3.2e9),
              event("acquisition", "announced", other, "2025-06-17", "q", value=2.9e9, currency="EUR"),
              event("acquisition", "completed", BID, "2025-09-30", "r", value=2.9e9, currency="EUR")]
    assert_order_free(events, [["p", "r"], ["q"]])


def test_a_contract_naming_a_joint_venture_for_its_parent_is_one_story() -> None:
    supply = [("Halstrom Metals", "supplier"), ("Corvane Industries", "customer")]
    by_venture = [("Corvane Halstrom Energy", "customer"), ("Halstrom Metals", "supplier")]
    events = [event("contract", "ongoing", supply, "2020", "p"),
              event("contract", "ongoing", by_venture, "2020", "q", published="2024-05-02")]
    assert_order_free(events, [["p", "q"]])
    # traps: a unit of the parent not named after the supplier, the venture's own later contract, and
    # the venture itself between its parents
    unit = [("Corvane Energy", "customer"), ("Halstrom Metals", "supplier")]
    assert not compatible(source_of(events[0]), source_of(event("contract", "ongoing", unit, "2020", "r")))
    later = event("contract", "announced", by_venture, "2024-05-02", "s", published="2024-05-02")
    assert not compatible(source_of(events[0]), source_of(later))
    venture = [("Corvane Halstrom Energy", "partner"), ("Corvane Industries", "partner")]
    parents = [("Corvane Industries", "partner"), ("Halstrom Metals", "partner")]
    assert not compatible(source_of(event("joint_venture", "announced", parents, "2023-03-01", "t")),
                          source_of(event("joint_venture", "completed", venture, "2024-05", "u")))
