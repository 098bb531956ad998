"""Investors of a funding round named in the sentences after it, with the cues of each language's file
(`participation`): probe pages written for these tests."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event

PROBES = [
    ("en", "Corvane Robotics has raised $30 million in a Series B. Halberd Ventures led the round, "
           "with existing investors Quillon Capital and Marrow Partners also taking part.",
     {"Halberd Ventures", "Quillon Capital", "Marrow Partners"}),
    ("de", "Das Münchner Startup Talvaro hat 20 Millionen Euro in einer Finanzierungsrunde eingesammelt. "
           "Die Bestandsinvestoren Brunnfeld Capital und Ostwind Ventures ziehen erneut mit.",
     {"Brunnfeld Capital", "Ostwind Ventures"}),
    ("fr", "La start-up lyonnaise Vellora lève 15 millions d'euros. "
           "Les investisseurs historiques Garance Ventures et Orsay Capital remettent également au pot.",
     {"Garance Ventures", "Orsay Capital"}),
    ("es", "La fintech Pagomar ha cerrado una ronda de 10 millones de euros. "
           "En la operación repiten sus actuales inversores, Tajo Capital y Sierra Ventures.",
     {"Tajo Capital", "Sierra Ventures"}),
]


@pytest.mark.parametrize(("lang", "text", "investors"), PROBES)
def test_investors_named_after_the_round_join_it(lang: str, text: str, investors: set[str]) -> None:
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    assert investors <= {name for name, role in events[0] if role == "investor"}


REFERRING_BACK = [
    ("en", "Corvane Robotics has raised $30 million. The round was led by Halberd Ventures, "
           "with participation from Quillon Capital.", {"Halberd Ventures", "Quillon Capital"}),
    ("de", "Das Startup Talvaro hat 20 Millionen Euro eingesammelt. Angeführt wurde die Finanzierungsrunde "
           "von Brunnfeld Capital, auch Ostwind Ventures beteiligte sich.", {"Brunnfeld Capital", "Ostwind Ventures"}),
    ("fr", "La start-up Vellora lève 15 millions d'euros. Le tour de table a été mené par Garance Ventures, "
           "aux côtés d'Orsay Capital.", {"Garance Ventures", "Orsay Capital"}),
    ("es", "La fintech Pagomar ha captado 10 millones de euros. La ronda de financiación ha estado liderada por "
           "Tajo Capital, con la participación de Sierra Ventures.", {"Tajo Capital", "Sierra Ventures"}),
]


@pytest.mark.parametrize(("lang", "text", "investors"), REFERRING_BACK)
def test_a_sentence_naming_the_round_again_without_a_sum_names_its_investors(lang: str, text: str,
                                                                             investors: set[str]) -> None:
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    assert investors <= {name for name, role in events[0] if role == "investor"}


FUNDS = [
    ("en", "Corvane Robotics has raised $30 million in a Series B. Halberd Ventures led the round, alongside the "
           "state-backed fund Scotland Capital.", {"Halberd Ventures", "Scotland Capital"}),
    ("de", "Das Startup Talvaro hat 20 Millionen Euro eingesammelt. Angeführt wird die Runde vom US-Investor Signal "
           "Partners, außerdem beteiligt sich der Förderfonds Sachsen Kapital.",
     {"Signal Partners", "Sachsen Kapital"}),
    ("fr", "La start-up Vellora lève 15 millions d'euros. Le tour de table est mené par le fonds Lumière Capital, "
           "aux côtés de Bretagne Ventures.", {"Lumière Capital", "Bretagne Ventures"}),
    ("es", "La fintech Pagomar ha captado 10 millones de euros. La ronda ha sido liderada por la gestora Andalucía "
           "Capital, junto a Galicia Ventures.", {"Andalucía Capital", "Galicia Ventures"}),
]


@pytest.mark.parametrize(("lang", "text", "investors"), FUNDS)
def test_a_fund_named_after_a_participation_cue_is_an_investor(lang: str, text: str, investors: set[str]) -> None:
    """A place or an ordinary word before a fund word ("Sachsen Kapital") is read as a fund's name there."""
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    assert investors <= {name for name, role in events[0] if role == "investor"}


CUT_SHORT = [
    ("en", "Corvane Robotics has raised $30 million. The round was led by Halberd Capital, with participation "
           "from Europe Ventures.", "Europe Ventures"),
    ("de", "Das Startup Talvaro hat 20 Millionen Euro eingesammelt. Angeführt wird die Runde von Brunnfeld Capital, "
           "außerdem beteiligt sich Hamburg Ventures.", "Hamburg Ventures"),
    ("fr", "La start-up Vellora lève 15 millions d'euros. Le tour de table est mené par Garance Capital, aux côtés "
           "de Paris Ventures.", "Paris Ventures"),
    ("es", "La fintech Pagomar ha captado 10 millones de euros en una ronda liderada por Madrid Capital, con la "
           "participación de Tajo Ventures.", "Madrid Capital"),
]


@pytest.mark.parametrize(("lang", "text", "fund"), CUT_SHORT)
def test_a_fund_named_after_a_city_keeps_its_whole_name(lang: str, text: str, fund: str) -> None:
    """The name finder drops a city before a fund word ("Ventures" of "Paris Ventures"); the fund keeps it."""
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    investors = {name for name, role in events[0] if role == "investor"}
    assert fund in investors
    assert fund.split()[-1] not in investors
