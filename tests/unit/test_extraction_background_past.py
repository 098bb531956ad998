"""Past deals told beside a page's news (issue 3, branch background3): owners held since a start,
on pages written for these tests; each is completed and dated by the start the text gives."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _of_type(lang: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Lumatec", text)) if e["type"] == kind]


def test_owned_since_a_start_by_a_firm_was_bought_then():
    for text, date in [
        ("Lumatec Inc. opened a plant in Leeds. It has been owned since 2019 by Ashgrove Capital.", "2019"),
        ("Lumatec Inc. opened a plant in Leeds. The company has been owned since March 2019 by Ashgrove Capital.",
         "2019-03"),
        ("Lumatec Inc. opened a plant in Leeds. Lumatec has been owned by Ashgrove Capital since 2019.", "2019"),
    ]:
        (event,) = _of_type("en", text, "acquisition")
        assert parties(event) == {("Ashgrove Capital", "acquirer"), ("Lumatec", "target")}, text
        assert (event["status"], event["date"]) == ("completed", date), text


def test_owned_by_its_founding_family_is_no_purchase():
    for text in [
        "Lumatec Inc. opened a plant in Leeds. It has been owned since 2019 by the founding Hale family and managers.",
        "Lumatec Inc. opened a plant in Leeds. It is owned by the Hale family.",
    ]:
        assert not _of_type("en", text, "acquisition"), text
