"""A stake told in a relative clause on the firm held (cuesB, recall shape R4), its holder after the verb: "su filial
Y, en cuyo capital participa desde 2023 el fondo X con un 20%" is X's stake in Y since 2023, the antecedent governed
by a preposition ("a través de su filial Y") and a start between the verb and its subject; told with no start it
stays a stake held that dates no deal. A stake bought "in which" on a firm described after its name ("X, the Accra
conglomerate in which Y bought a 15 per cent stake") is Y's in X. Sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLE = "Zumos Ribera amplía su planta"
OPENING = "Zumos Ribera amplía su planta de Toledo a través de su filial Jugos del Tajo, "


def _investments(body: str) -> list[tuple]:
    return [(parties(e), e["status"], e["date"]) for e in extract_events(page("es", TITLE, body))
            if e["type"] == "investment"]


def test_the_holder_after_the_verb_holds_a_stake_in_the_antecedent() -> None:
    body = OPENING + "en cuyo capital participa desde 2023 el fondo Encina Agro con un 20%."
    assert _investments(body) == [({("Encina Agro", "investor"), ("Jugos del Tajo", "investee")}, "completed", "2023")]


def test_a_stake_held_with_no_start_is_no_deal() -> None:
    assert _investments(OPENING + "en cuyo capital participa el fondo Encina Agro con un 20%.") == []


def test_a_stake_bought_in_a_firm_described_after_its_name() -> None:
    """ "X, the Accra conglomerate in which Y bought a 15 per cent stake": Y's stake in X, not X's in Y."""
    body = ("Kolade Foods opened a plant in Kumasi. It belongs to Ridgeway Holdings, the Accra conglomerate in which "
            "Dubai-based Falcon Capital bought a 15 per cent stake for $150 million in 2023.")
    events = [(parties(e), e["status"], e["date"], e["amount"]["value"]) for e in
              extract_events(page("en", "Kolade Foods expands", body)) if e["type"] == "investment"]
    assert events == [({("Falcon Capital", "investor"), ("Ridgeway", "investee")}, "completed", "2023", 150e6)]
