"""A share of a market's capacity or output absorbed is market news, never a firm bought ("diversions continue to
absorb about 8% of global capacity"); a firm absorbed stays a purchase."""

from tests.unit.test_extraction_competing_cues import events_of


def test_share_of_capacity_absorbed_is_no_deal():
    text = ("Diversions around the Cape of Good Hope continue to absorb about 8% of global capacity, Halden "
            "Shipbroking said.")
    assert events_of("en", "Rates", text) == []


def test_firm_absorbed_is_a_purchase():
    text = "Torvane Logistics would absorb Kessel Freight, the companies said."
    assert events_of("en", "Deal", text) == [
        ("acquisition", {("Torvane Logistics", "acquirer"), ("Kessel Freight", "target")})]
