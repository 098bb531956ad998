"""Deal matching: partition keys from one event, and which events may report one deal."""

import pytest

from streams.stories.matching import compatible, dates_compatible, deal_key
from streams.stories.merge import absorb
from streams.stories.sources import source_of


def event(typ: str, status: str, parties: list[tuple[str, str]], date: str | None, eid: str = "0" * 24,
          page: str = "p") -> dict:
    return {"event_id": eid, "type": typ, "status": status, "date": date, "amount": None,
            "parties": [{"name": n, "role": r} for n, r in parties],
            "source": {"url": f"https://x.example/{page}", "page_id": page, "published": None}}


def src(*args, **kwargs) -> dict:
    return source_of(event(*args, **kwargs))


BUY = [("Northwind Corp.", "acquirer"), ("Contoso", "target")]


def test_deal_key_ignores_spelling_and_party_subsets() -> None:
    keys = {
        deal_key(event("acquisition", "rumored", BUY, None)),
        deal_key(event("acquisition", "completed", [("Northwind Corporation", "acquirer"),
                                                     ("Contoso Systems GmbH", "target")], None)),
        deal_key(event("acquisition", "announced", [("NORTHWIND", "acquirer"), ("Contoso", "target"),
                                                     ("Fabrikam", "seller")], None)),
    }
    assert keys == {"deal:contoso"}


def test_swapped_roles_meet_and_match_but_another_target_does_not() -> None:
    swapped = event("acquisition", "announced", [("Contoso", "acquirer"), ("Northwind", "seller")], None)
    assert deal_key(swapped) == deal_key(event("acquisition", "rumored", BUY, None))
    assert compatible(src("acquisition", "announced", BUY, "2024-03"),
                      source_of({**swapped, "date": "2024-03", "source": {"page_id": "q"}}))
    a = src("acquisition", "completed", [("Zeta", "acquirer"), ("Alpha", "target"), ("Omni", "seller")], "2024")
    b = src("acquisition", "completed", [("Zeta", "acquirer"), ("Beta", "target"), ("Omni", "seller")], "2024",
            page="q")
    assert not compatible(a, b)  # two units bought from one seller


def test_deal_key_of_symmetric_types_ignores_party_order_and_alternative_types() -> None:
    a = event("merger", "announced", [("Globex", "party"), ("Initech", "party")], None)
    b = event("joint_venture", "completed", [("Initech Ltd", "partner"), ("Globex", "partner")], None)
    assert deal_key(a) == deal_key(b) == "deal:globex"


def test_investment_key_is_the_investee() -> None:
    e = event("funding_round", "completed", [("Umbrella Ventures", "investor"), ("Initech", "investee")], None)
    assert deal_key(e) == "investment:initech"


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (("announced", "2021-04-12"), ("rumored", "2021-04-11"), True),
        (("announced", "2021-04-12"), ("completed", "2022-03-04"), True),
        (("announced", "2023-12-18"), ("terminated", "2025-01-03"), True),
        (("terminated", "2025-01-03"), ("completed", "2025-06-18"), True),
        (("completed", "2016"), ("completed", "2021-04"), False),  # background deal vs news
        (("announced", "2019-05"), ("announced", "2023-06-19"), False),
        (("announced", "2021-04"), ("completed", "2016"), False),  # closed before it was announced
        (("announced", "2015-01"), ("completed", "2020-01"), False),  # beyond a deal's lifetime
        (("announced", "2023-07-27"), ("completed", "2023"), True),
        (("announced", None), ("completed", "2016"), True),
        (("announced", "2023-02-30"), ("completed", "2016"), True),  # an impossible date says nothing
    ],
)
def test_dates_compatible(a: tuple, b: tuple, ok: bool) -> None:
    ea, eb = ({"status": s, "date": d} for s, d in (a, b))
    assert dates_compatible(ea, eb) is ok
    assert dates_compatible(eb, ea) is ok


def test_same_parties_but_different_type_are_different_deals() -> None:
    partners = [("Northwind", "partner"), ("Contoso", "partner")]
    assert not compatible(src("acquisition", "announced", BUY, "2024-03"),
                          src("partnership", "ongoing", partners, "2024-03", page="q"))


def test_different_target_or_acquirer_are_different_deals() -> None:
    other_target = [("Northwind", "acquirer"), ("Fabrikam", "target")]
    rival = [("Acme", "acquirer"), ("Contoso", "target")]
    base = src("acquisition", "announced", BUY, "2024-03")
    assert not compatible(base, src("acquisition", "announced", other_target, "2024-03", page="q"))
    assert not compatible(base, src("acquisition", "announced", rival, "2024-03", page="q"))


def test_two_events_of_one_page_stay_apart() -> None:
    a = src("acquisition", "announced", BUY, "2024-03", eid="a" * 24)
    b = src("acquisition", "announced", BUY, "2024-03", eid="b" * 24)
    assert not compatible(a, b)
    b["page_id"] = "other"
    assert compatible(a, b)


def test_a_unit_bought_without_a_name_matches_the_same_seller() -> None:
    a = src("acquisition", "completed", [("Zeta", "acquirer"), ("Omnicorp", "seller")], "2024-05")
    b = src("acquisition", "completed", [("Zeta Ltd", "acquirer"), ("Omnicorp Group", "seller")], "2024",
            page="q")
    assert compatible(a, b)


def test_an_event_joins_a_story_only_when_it_matches_its_sources() -> None:
    story = absorb([], event("acquisition", "announced", BUY, "2024-03-05", eid="a" * 24, page="p")).stories
    joined = absorb(story, event("acquisition", "completed", BUY, "2025-01-15", eid="b" * 24, page="q")).stories
    assert [s["source_count"] for s in joined] == [2]
    apart = absorb(story, event("acquisition", "completed", BUY, "2016", eid="c" * 24, page="r")).stories
    assert sorted(s["source_count"] for s in apart) == [1, 1]


def test_a_mention_with_wrong_dates_joins_the_deal_whose_amount_it_repeats() -> None:
    def dated(date: str, published: str, value: float | None, page: str) -> dict:
        e = event("acquisition", "completed", [("Globex", "acquirer"), ("Initech", "target")], date, page=page)
        e["source"]["published"] = f"{published}T08:00:00Z"
        e["amount"] = None if value is None else {"value": value, "currency": "USD", "text": ""}
        return source_of(e)

    background = dated("2016", "2021-04-11", 2.62e10, "p")
    assert compatible(background, dated("2022-03-07", "2022-03-07", 2.62e10, "q"))
    assert not compatible(background, dated("2022-03-07", "2022-03-07", 5.0e9, "q"))  # another deal
    assert not compatible(background, dated("2022-03-07", "2022-03-07", None, "q"))


def test_a_standing_partnership_dated_with_its_page_day_has_no_known_start() -> None:
    partners = [("Globex", "partner"), ("Initech", "partner")]
    old = src("partnership", "ongoing", partners, "2019")
    e = event("partnership", "ongoing", partners, "2021-04-12", page="q")
    e["source"]["published"] = "2021-04-12T10:00:00Z"
    assert compatible(old, source_of(e))


@pytest.mark.parametrize(("status", "day", "same"), [
    ("rumored", "2025-06-20", False),  # talks two months after the Series B closed: the next round
    ("announced", "2025-07-01", False),
    ("announced", "2025-04-18", True),  # a page telling the closed round a few days late
    ("rumored", "2025-03-02", True),  # the talks before the round
])
def test_talks_weeks_after_a_closed_round_are_the_next_round(status: str, day: str, same: bool) -> None:
    closed = event("funding_round", "completed", [("Vexmoor Labs", "investee"), ("Calder Ventures", "investor")],
                   "2025-04-10", eid="1" * 24)
    later = event("funding_round", status, [("Vexmoor Labs", "investee")], day, eid="2" * 24)
    assert compatible(closed, later) is same
    assert compatible(later, closed) is same


def test_a_takeover_recalled_after_its_closing_is_no_next_round() -> None:
    closed = event("acquisition", "completed", [("Orrin Group", "acquirer"), ("Tesk Metals", "target")], "2025-04-10",
                   eid="1" * 24)
    announced = event("acquisition", "announced", [("Orrin Group", "acquirer"), ("Tesk Metals", "target")],
                      "2025-05-20", eid="2" * 24)  # a page five weeks on, still saying "agreed"
    assert compatible(closed, announced)
