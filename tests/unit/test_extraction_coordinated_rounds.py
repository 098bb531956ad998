"""A second funding round coordinated after the first with its verb elided: a round of its own, with its own sum and
year, and none of the first round's investors."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def rounds(text: str) -> list[dict]:
    return sorted((e for e in extract_events(page("en", "Lumatec", text)) if e["type"] == "funding_round"),
                  key=lambda e: e["amount"]["value"])


def test_the_second_round_is_its_own_event():
    seed, series_a = rounds("Lumatec raised a $3 million seed round led by Oakfield Ventures in 2022 and a $7 million "
                            "Series A in 2023.")
    assert parties(seed) == {("Lumatec", "investee"), ("Oakfield Ventures", "investor")}
    assert (seed["amount"]["value"], seed["date"]) == (3e6, "2022")
    assert parties(series_a) == {("Lumatec", "investee")}
    assert (series_a["amount"]["value"], series_a["date"]) == (7e6, "2023")


def test_a_round_led_by_its_investor_stays_one_event():
    # "which led the company's $60 million Series C in 2023" is no coordinated round
    (found,) = rounds("Lumatec listed its shares on Nasdaq. Oakfield Ventures, which led the company's $60 million "
                      "Series C in 2023, remains its biggest shareholder.")
    assert ("Oakfield Ventures", "investor") in parties(found)
