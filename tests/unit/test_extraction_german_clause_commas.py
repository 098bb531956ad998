"""German clauses whose verb comes last, read past commas that part no clause (german, session 30): a decimal comma
in a stake's size ("war 2024 mit 9,8 Prozent bei Y eingestiegen", "mit 1,2 Mrd. Euro übernommen") and the comma
that closes a relative clause on the subject ("X, dessen Aktie ... verloren hat, war ... bei Y eingestiegen"); a
stake taken in the reflexive perfect with its time and price between "sich" and its size ("hatte sich erst im März
für 12 Mio. Euro mit 25,1 Prozent an Y beteiligt"); a stake held, its firm fronted by "an", its holder after the
verb ("An Y ist X seit 2021 mit 25 Prozent beteiligt"); a purchase told verb-last whose next clause, joined by
"und" with no comma, holds a stake ("der Y 2018 gekauft hatte und weiterhin die Hälfte der Anteile hält"): the stake
held is not the one bought. Probes: a firm in another clause keeps out of the deal, a
stake told with no firm to hold it in and no start is no event.
Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLE = "Kornwald Systeme legt Zahlen vor"
INTRO = "Die Kornwald Systeme AG aus Kassel hat am Dienstag ihre Zahlen vorgelegt."


def _events(sentence: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page("de", TITLE, f"{INTRO} {sentence}", published="2026-03-12"))
            if e["type"] == kind]


@pytest.mark.parametrize("sentence", [
    "Kornwald war bereits 2024 mit 9,8 Prozent bei Pictora eingestiegen.",
    "Kornwald, dessen Aktie seit Jahresbeginn 18 Prozent verloren hat, war bereits 2024 mit 9,8 Prozent bei Pictora "
    "eingestiegen.",
    "Kornwald war 2024 mit 12,5 Prozent bei Pictora eingestiegen.",
])
def test_entry_told_verb_last_past_a_decimal_or_relative_comma(sentence: str) -> None:
    (event,) = _events(sentence, "investment")
    assert parties(event) == {("Kornwald Systeme", "investor"), ("Pictora", "investee")}
    assert (event["status"], event["date"]) == ("completed", "2024")


def test_purchase_told_verb_last_with_a_decimal_price() -> None:
    (event,) = _events("Kornwald hatte bereits 2022 die niederländische Polytrax für 1,2 Mrd. Euro übernommen.",
                       "acquisition")
    assert parties(event) == {("Kornwald Systeme", "acquirer"), ("Polytrax", "target")}
    assert event["amount"]["value"] == 1_200_000_000


@pytest.mark.parametrize(("sentence", "amount", "date"), [
    ("Kornwald hatte sich erst im März für 12 Mio. Euro mit 25,1 Prozent an dem Softwarehaus Pellmar beteiligt.",
     12_000_000, "2026-03"),
    ("Kornwald hat sich im Jahr 2021 für rund 40 Millionen Euro mit 18 Prozent an der Pellmar AG beteiligt.",
     40_000_000, "2021"),
])
def test_reflexive_stake_with_time_and_price_between(sentence: str, amount: int, date: str) -> None:
    (event,) = _events(sentence, "investment")
    assert parties(event) == {("Kornwald Systeme", "investor"), ("Pellmar", "investee")}
    assert (event["status"], event["amount"]["value"], event["date"]) == ("completed", amount, date)


def test_firm_of_another_clause_is_no_investee() -> None:
    events = _events("Kornwald, die mit Pictora über Preise stritt, ist 2024 bei der Velmar AG eingestiegen.",
                     "investment")
    assert all(("Pictora", "investee") not in parties(e) for e in events)


@pytest.mark.parametrize(("sentence", "date"), [
    ("An der Pellmar GmbH ist Kornwald schon seit 2021 mit 25 Prozent beteiligt.", "2021"),
    ("An der Pellmar GmbH ist seit 2023 auch Kornwald mit rund zehn Prozent beteiligt.", "2023"),
])
def test_stake_held_with_its_firm_fronted(sentence: str, date: str) -> None:
    (event,) = _events(sentence, "investment")
    assert parties(event) == {("Kornwald Systeme", "investor"), ("Pellmar", "investee")}
    assert (event["status"], event["date"]) == ("completed", date)


def test_fronted_firm_gets_the_stake_bought() -> None:
    (event,) = _events("An der Pellmar GmbH hat Kornwald 2021 die Mehrheit übernommen.", "acquisition")
    assert parties(event) == {("Kornwald Systeme", "acquirer"), ("Pellmar", "target")}


def test_stake_with_no_firm_and_no_start_is_no_event() -> None:
    assert _events("Kornwald ist mit 25 Prozent beteiligt.", "investment") == []


def test_stake_of_the_clause_joined_after_a_verb_last_purchase_is_not_bought() -> None:
    sentence = ("Abgeben hat vor allem der Finanzinvestor Halvex Capital, der Kornwald 2018 vom Mischkonzern Brenner "
                "Industrie gekauft hatte und weiterhin gut die Hälfte der Anteile hält.")
    (event,) = _events(sentence, "acquisition")
    assert parties(event) == {("Halvex Capital", "acquirer"), ("Kornwald Systeme", "target"),
                              ("Brenner Industrie", "seller")}
    assert _events(sentence, "investment") == []


def test_stake_bought_before_the_joined_clause_stays_an_investment() -> None:
    (event,) = _events("Kornwald hat 2021 30 Prozent an der Pellmar AG übernommen und will weiter wachsen.",
                       "investment")
    assert parties(event) == {("Kornwald Systeme", "investor"), ("Pellmar", "investee")}
