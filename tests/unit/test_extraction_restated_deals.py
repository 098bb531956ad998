"""One deal told twice is one event (cuesB, precision shape F3): a takeover's stake retold by its acquirer ("X will
buy the stake from Y's promoters") is no investment of its own, while an earlier stake with its own year stays one.
Sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _deals(body: str) -> list[tuple]:
    return sorted((e["type"], e["date"], frozenset(parties(e)))
                  for e in extract_events(page("en", "Karsan Agro to buy majority of Vira Seeds", body)))


def test_a_takeovers_stake_retold_is_the_takeover() -> None:
    body = ("Karsan Agro will acquire a 51 per cent stake in Vira Seeds for $110 million, the company said on Monday. "
            "Karsan Agro will buy the stake from Vira Seeds' promoters.")
    assert [(kind, date) for kind, date, _ in _deals(body)] == [("acquisition", "2024-03-11")]


def test_an_earlier_stake_of_its_own_year_stays() -> None:
    body = ("Karsan Agro will acquire a 51 per cent stake in Vira Seeds for $110 million, the company said on Monday. "
            "Karsan Agro had bought a 10 per cent stake in Vira Seeds in 2019.")
    kinds = [(kind, date) for kind, date, _ in _deals(body)]
    assert ("acquisition", "2024-03-11") in kinds and ("investment", "2019") in kinds
