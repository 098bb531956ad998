"""Earlier rounds of the same start-up and their backers (cuesB, recall shape R6 and precision shape F3): a bridge
round received ("eine Brückenfinanzierung über 2 Mio. Euro ... erhalten") and a seed round its leader led, told in a
main clause ("Die Seed-Runde über 3 Mio. Euro hatte X im Jahr 2022 angeführt"), are rounds of their own, with their
own sums, dates and backers, not backers and dates of the page's round; a backer of the page's round that "came back
for the Series A" is no round of its own. Sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _rounds(lang: str, title: str, body: str) -> list[tuple]:
    return sorted((e["amount"] and e["amount"]["value"], e["date"], frozenset(parties(e)))
                  for e in extract_events(page(lang, title, body)) if e["type"] == "funding_round")


def test_a_bridge_and_a_seed_round_told_after_the_news() -> None:
    body = ("Das Berliner Startup Kranich Mobility hat 12 Millionen Euro von Rhein Capital eingesammelt. Im März hatte "
            "Kranich Mobility bereits eine Brückenfinanzierung über 2 Mio. Euro von Alster Ventures und Isar Invest "
            "erhalten. Die Seed-Runde über 3 Mio. Euro hatte Alster Ventures im Jahr 2022 angeführt.")
    firm = ("Kranich Mobility", "investee")
    assert _rounds("de", "Kranich Mobility sammelt 12 Mio. Euro ein", body) == [
        (2e6, "2024-03", frozenset({firm, ("Alster Ventures", "investor"), ("Isar Invest", "investor")})),
        (3e6, "2022", frozenset({firm, ("Alster Ventures", "investor")})),
        (12e6, "2024-03-14", frozenset({firm, ("Rhein Capital", "investor")})),
    ]


def test_a_backer_that_came_back_is_no_round() -> None:
    body = ("Quire, the Leeds software start-up, raised $12 million in a Series A led by Ashgrove Ventures. Haybarn "
            "Capital, which backed the seed, came back for the Series A, and a retail cooperative joined as a "
            "strategic investor.")
    assert _rounds("en", "Haybarn backs Quire", body) == [
        (12e6, "2024-03-14", frozenset({("Quire", "investee"), ("Ashgrove Ventures", "investor"),
                                        ("Haybarn Capital", "investor")}))]
