"""Funding rounds told in asides beside the news (an earlier round of the firm, told by its sum and series or by
its lead investor) and investors that join the current round in a sentence of their own: probe pages written for
these tests (branch rounds2)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def rounds(lang: str, text: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "News", text)) if e["type"] == "funding_round"]


def test_an_earlier_round_led_by_an_investor_of_the_current_one_is_a_second_round() -> None:
    text = ("Lumatec has raised $40 million in a Series B round led by Orbis Partners, with participation from "
            "existing backer Faro Ventures, which also led the startup's $13 million Series A in 2022.")
    by_sum = {e["amount"]["value"]: e for e in rounds("en", text)}
    assert set(by_sum) == {40e6, 13e6}
    assert parties(by_sum[13e6]) == {("Faro Ventures", "investor"), ("Lumatec", "investee")}
    assert by_sum[13e6]["date"] == "2022"
    assert by_sum[40e6]["date"] == "2024-03-14"  # the aside's year dates only the earlier round
    assert {("Orbis Partners", "investor"), ("Faro Ventures", "investor")} <= parties(by_sum[40e6])


@pytest.mark.parametrize("text", [
    "Nordwerk agreed to buy Vireon Health for $400 million, a year after Vireon Health closed a $30 million "
    "Series B in January 2023.",
    "Nordwerk agreed to buy Vireon Health for $400 million. Vireon Health completed a $30 million Series B "
    "in January 2023.",
])
def test_a_series_closed_with_its_sum_is_a_round(text: str) -> None:
    (event,) = rounds("en", text)
    assert parties(event) == {("Vireon Health", "investee")}
    assert event["amount"]["value"] == 30e6 and event["date"] == "2023-01"


EARLIER = [
    ("es", "La startup madrileña Lumatec ha captado 10 millones de euros en una ronda liderada por Tajo Capital, con "
           "la participación de Ribera Capital, que ya invirtió en la compañía en su ronda semilla de 3 millones de "
           "euros en 2022.", "Lumatec", "Ribera Capital", 3e6),
    ("en", "Lumatec has raised $40 million in a round led by Orbis Partners, with participation from Faro Ventures, "
           "which also invested in its $5 million seed round in 2022.", "Lumatec", "Faro Ventures", 5e6),
    ("en", "Lumatec has raised $40 million in a round led by Orbis Partners. Faro Ventures, which had invested in the "
           "company's $5 million seed round in 2022, also took part.", "Lumatec", "Faro Ventures", 5e6),
    ("fr", "La start-up Vellora lève 15 millions d'euros auprès de Garance Ventures et d'Orsay Capital, qui avait "
           "déjà investi lors de son tour d'amorçage de 3 millions d'euros en 2022.", "Vellora", "Orsay Capital", 3e6),
    ("es", "La startup Lumatec ha captado 10 millones de euros de Tajo Capital, que ya lideró su ronda semilla de 3 "
           "millones de euros en 2022.", "Lumatec", "Tajo Capital", 3e6),
    ("fr", "La medtech Vellora lève 30 millions d'euros auprès de Lumière Capital, qui avait déjà mené son tour "
           "d'amorçage de 4 millions d'euros en 2022.", "Vellora", "Lumière Capital", 4e6),
    ("de", "Das Münchner Startup Talvaro hat 20 Millionen Euro eingesammelt, nachdem es 2022 in einer ersten Runde 5 "
           "Millionen Euro von Brunnfeld Capital bekommen hatte.", "Talvaro", "Brunnfeld Capital", 5e6),
    ("de", "Das Münchner Startup Talvaro hat 20 Millionen Euro von Signal Partners eingesammelt, das bereits die "
           "Seed-Runde über 3 Millionen Euro im Jahr 2022 angeführt hatte.", "Talvaro", "Signal Partners", 3e6),
    ("fr", "La medtech grenobloise Vellora lève 30 millions d'euros auprès de Lumière Capital. La medtech avait "
           "bouclé en 2022 un premier tour de 12 millions auprès d'Orsay Ventures.", "Vellora", "Orsay Ventures", 12e6),
    ("fr", "La biotech Vellora lève 200 millions d'euros. Vellora avait levé 85 millions d'euros en 2022 lors d'un "
           "tour de série C mené par Garance Ventures.", "Vellora", "Garance Ventures", 85e6),
]


@pytest.mark.parametrize(("lang", "text", "investee", "investor", "value"), EARLIER)
def test_an_investor_of_the_firms_earlier_round_gives_that_round(lang: str, text: str, investee: str, investor: str,
                                                                 value: float) -> None:
    by_sum = {e["amount"]["value"]: e for e in rounds(lang, text)}
    assert len(by_sum) == 2
    assert parties(by_sum[value]) == {(investee, "investee"), (investor, "investor")}
    assert by_sum[value]["date"] == "2022"


JOINED = [
    ("de", "Das Münchner Startup Talvaro hat 20 Millionen Euro von Signal Partners eingesammelt. "
           "Bestandsinvestor Brunnfeld Capital zog ebenfalls mit.", {"Signal Partners", "Brunnfeld Capital"}),
    ("de", "Das Startup Talvaro hat 20 Millionen Euro eingesammelt. Angeführt wird die Runde von Signal Partners, "
           "außerdem beteiligen sich der Bestandsinvestor Brunnfeld Capital sowie Sachsen Kapital.",
     {"Signal Partners", "Brunnfeld Capital", "Sachsen Kapital"}),
    ("en", "Corvane Robotics has raised $30 million in a round led by Halberd Ventures. Existing backers Quillon "
           "Capital and Marrow Street Partners also put money into the round.",
     {"Halberd Ventures", "Quillon Capital", "Marrow Street Partners"}),
    ("fr", "La start-up Vellora lève 15 millions d'euros auprès de Garance Ventures. Son investisseur historique "
           "Orsay Capital a également participé.", {"Garance Ventures", "Orsay Capital"}),
    ("es", "La fintech Pagomar ha cerrado una ronda de 10 millones de euros liderada por Tajo Capital. "
           "La operación ha contado con la participación de Sierra Ventures.", {"Tajo Capital", "Sierra Ventures"}),
]


@pytest.mark.parametrize(("lang", "text", "investors"), JOINED)
def test_investors_joining_in_a_sentence_of_their_own_are_the_rounds(lang: str, text: str,
                                                                      investors: set[str]) -> None:
    (event,) = rounds(lang, text)
    assert investors == {name for name, role in parties(event) if role == "investor"}


def test_a_purchase_told_again_with_its_sum_keeps_its_date() -> None:
    """The probe that must keep its result: one deal told twice in a sentence, its sum after the second cue."""
    events = extract_events(page("en", "News", "Lumatec has grown by buying; its biggest purchase was Nordwerk, "
                                 "the robot maker it bought in 2019 for more than $1.2 billion."))
    (event,) = [e for e in events if e["type"] == "acquisition"]
    assert event["date"] == "2019"


def test_a_first_round_of_something_else_is_no_round() -> None:
    assert rounds("de", "Die Münchner Nordwerk AG hat in einer ersten Runde die Zulieferer befragt.") == []


def test_the_lead_of_the_current_round_told_verb_last_joins_it() -> None:
    (event,) = rounds("de", "Das Münchner Startup Talvaro hat 20 Millionen Euro eingesammelt. Signal Partners, das die "
                            "Runde angeführt hat, sieht großes Potenzial.")
    assert parties(event) == {("Talvaro", "investee"), ("Signal Partners", "investor")}
    assert event["amount"]["value"] == 20e6 and event["date"] == "2024-03-14"
