"""Investors of a round or a stake told apart from its sum: in the next sentence after a fronted participle or a
fronted object taken up by a clitic, one more joining with an entry verb, a stake's firm after an article."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, text: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text))
            if e["type"] == kind]


ROUNDS = [
    ("de", "Das Leipziger Start-up Lumatec hat eine Series-B-Runde über 40 Mio. Euro abgeschlossen. Angeführt "
           "wurde die Runde, die das Unternehmen am Dienstag bekannt gab, vom Münchner Klimafonds Isarwerk Capital; "
           "außerdem stieg die Förderbank Nordstaat neu ein."),
    ("de", "Lumatec hat eine Finanzierungsrunde über 12 Millionen Euro abgeschlossen. Angeführt wurde die Runde von "
           "Isarwerk Capital, außerdem stieg die Förderbank Nordstaat ein."),
    ("es", "Lumatec ha cerrado una ronda de 12 millones de euros. La ronda la ha liderado Isarwerk Capital, con la "
           "participación del fondo público Förderbank Nordstaat."),
    ("es", "La startup Lumatec ha cerrado una ronda de financiación de 5 millones de euros. La ronda la lideró "
           "Isarwerk Capital, con la participación de Förderbank Nordstaat."),
]


@pytest.mark.parametrize(("lang", "text"), ROUNDS)
def test_round_investors_in_the_next_sentence(lang, text):
    (found,) = _events(lang, text, "funding_round")
    assert found == {("Lumatec", "investee"), ("Isarwerk Capital", "investor"), ("Förderbank Nordstaat", "investor")}


STAKES = [
    "Die Nordwerk Familienholding aus Kiel beteiligt sich mit 20 Prozent an der Lumatec Kältetechnik.",
    "Die Nordwerk Holding beteiligt sich an der Lumatec GmbH.",
    "Die Nordwerk Holding beteiligt sich mit 20 Prozent an der Kieler Lumatec GmbH.",
]


@pytest.mark.parametrize("text", STAKES)
def test_german_stake_in_a_firm_after_its_article(text):
    (found,) = _events("de", text, "investment")
    assert {r for _, r in found} == {"investor", "investee"}
    assert next(n for n, r in found if r == "investee").startswith("Lumatec")
    assert next(n for n, r in found if r == "investor").startswith("Nordwerk")


def test_a_later_deal_with_a_sum_still_stands_apart():
    """A sentence after the round that names another firm's entry with a sum and no participation cue is no
    investor of the round."""
    found = _events("de", "Lumatec hat eine Finanzierungsrunde über 12 Millionen Euro abgeschlossen. Im Vorjahr stieg "
                          "Isarwerk Capital für 30 Millionen Euro bei der Nordwerk AG ein.", "funding_round")
    assert found == [{("Lumatec", "investee")}]


CAPITAL_OPENED = [
    ("fr", "Pour financer l'opération, Lumatec ouvre son capital : le Crédit Orvalia y entrera à hauteur de 15 % en "
           "apportant 10 millions d'euros."),
    ("fr", "Lumatec ouvre son capital : le fonds Orvalia Capital prendra 20 %."),
    ("es", "Lumatec abre su capital: el fondo Orvalia Capital entrará con un 15 %."),
]


@pytest.mark.parametrize(("lang", "text"), CAPITAL_OPENED)
def test_the_investor_let_in_named_after_a_colon(lang, text):
    (found,) = _events(lang, text, "investment")
    assert found == {("Lumatec", "investee"), (next(n for n, r in found if r == "investor"), "investor")}
    assert "Orvalia" in next(n for n, r in found if r == "investor")


def test_a_capital_opened_to_a_named_investor_keeps_its_reading():
    (found,) = _events("fr", "Lumatec ouvre son capital au fonds Orvalia Capital à hauteur de 15 %.", "investment")
    assert found == {("Lumatec", "investee"), ("Orvalia Capital", "investor")}


SHARES_GIVEN = [
    "Bei Lumatec Landtechnik hat die Familie 2023 zunächst 30 Prozent an den Schweizer Finanzinvestor Orvalia Capital "
    "abgegeben.",
    "Bei der Lumatec GmbH hat Nordwerk 30 Prozent an den Finanzinvestor Orvalia Capital abgegeben.",
    "Bei Lumatec hat die Familie 30 Prozent an Orvalia Capital verkauft.",
]


@pytest.mark.parametrize("text", SHARES_GIVEN)
def test_a_share_given_to_an_investor_at_a_fronted_firm(text):
    (found,) = _events("de", text, "investment")
    assert {(n, r) for n, r in found if r != "seller"} == {("Lumatec" if "Landtechnik" not in text
                                                            else "Lumatec Landtechnik", "investee"),
                                                           ("Orvalia Capital", "investor")}


def test_a_share_in_a_firm_sold_to_an_investor_keeps_its_reading():
    (found,) = _events("de", "Nordwerk hat 30 Prozent an der Lumatec GmbH an den Finanzinvestor Orvalia Capital "
                             "abgegeben.", "investment")
    assert {(n, r) for n, r in found if r != "seller"} == {("Lumatec", "investee"), ("Orvalia Capital", "investor")}
