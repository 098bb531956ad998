"""Fields of a deal told plainly: dollars qualified as the United States' are US dollars even on a page of the
Canadian press, whose bare dollar is its own; a tie its partners will end ("will end its partnership with") or a
venture they dissolve ("dissolvent leur coentreprise", "la dissolution de X, la coentreprise ... depuis 2016")
is terminated, not announced nor standing since its start."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def deals(lang: str, text: str) -> list[tuple]:
    return [(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]),
             e["amount"]["currency"] if e.get("amount") else None, e.get("date"))
            for e in extract_events(page(lang, "News", text))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Toronto-based Brisewell said it had bought Tarnholm, a Montreal software firm, for 40 million US dollars. "
           "Both firms are based in Canada."),
    ("en", "Toronto-based Brisewell said it had bought Tarnholm, a Montreal software firm, for 40 million U.S. "
           "dollars. Both firms are based in Canada."),
    ("fr", "La société montréalaise Brisewell a racheté Tarnholm pour 40 millions de dollars US. Brisewell est basée à "
           "Montréal, au Québec."),
    ("es", "Brisewell compró Tarnholm por 40 millones de dólares estadounidenses."),
])
def test_dollars_said_to_be_the_united_states_are_us_dollars(lang: str, text: str) -> None:
    (deal,) = deals(lang, text)
    assert deal[0] == "acquisition" and deal[3] == "USD"


def test_a_bare_dollar_of_the_canadian_press_stays_its_own() -> None:
    (deal,) = deals("en", "Toronto-based Brisewell said it had bought Tarnholm, a Montreal software firm, for 40 "
                          "million dollars. Both firms are based in Canada.")
    assert deal[3] == "CAD"


@pytest.mark.parametrize("text", [
    "Brisewell Foods said on Wednesday it will end its distribution partnership with Tarnholm Logistics at the end of "
    "March.",
    "Brisewell Foods plans to end its partnership with Tarnholm Logistics next year.",
])
def test_a_partnership_its_partner_will_end_is_terminated(text: str) -> None:
    assert [(d[0], d[1]) for d in deals("en", text)] == [("partnership", "terminated")]


@pytest.mark.parametrize("text", [
    "Brisewell et Tarnholm dissolvent leur coentreprise de logistique.",
    "Brisewell et Tarnholm ont annoncé mercredi la dissolution de Logivia, la coentreprise qu'elles détenaient à "
    "parts égales depuis 2016.",
])
def test_a_venture_dissolved_is_terminated_whatever_its_start(text: str) -> None:
    (deal,) = deals("fr", text)
    assert deal[:3] == ("joint_venture", "terminated",
                        frozenset({("Brisewell", "partner"), ("Tarnholm", "partner")}))
    assert deal[4] != "2016"


def test_a_venture_held_since_a_year_stays_standing() -> None:
    (deal,) = deals("fr", "Brisewell et Tarnholm détiennent à parts égales depuis 2016 Logivia, leur coentreprise de "
                          "logistique.")
    assert deal[1] == "ongoing"
