"""German clause order (issue 3, german): a fronted object or award, the subject after the finite verb, the verb
last, and a recipient in the dative ("dem Unternehmen"); sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(*paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page("de", *paragraphs)) if e["type"] == "contract"]


@pytest.mark.parametrize("sentence", [
    "Den Auftrag hatte der Landkreis Ostallgäu dem Bauunternehmen Lumatec im März erteilt.",
    "Den Auftrag über 23 Millionen Euro hatte die Brunnquell AG dem Unternehmen bereits im August erteilt.",
    "Der Landkreis Ostallgäu erteilte dem Bauunternehmen Lumatec den Auftrag für die Realschule.",
    "Den Zuschlag für die Brücke hatte der Landkreis Ostallgäu dem Bauunternehmen Lumatec im März erteilt.",
    "Einen Auftrag über 40 Millionen Euro hat der Verkehrsbetrieb Stadtbus Kempten an Lumatec vergeben.",
    "Den größten Auftrag der Firmengeschichte hatte im Mai der Landkreis Ostallgäu dem Unternehmen erteilt.",
])
def test_giver_after_the_verb_and_recipient_in_the_dative(sentence):
    (found,) = contracts("Nachrichten", "Die Lumatec GmbH wächst. " + sentence)
    assert ("Lumatec", "supplier") in found and len(found) == 2
    (customer,) = {name for name, role in found if role == "customer"}
    assert customer in {"Landkreis Ostallgäu", "Brunnquell", "Stadtbus Kempten"}


def test_description_in_the_dative_is_not_the_giver():
    """ "dem Unternehmen" after the subject stands for the firm spoken of before, not for that subject."""
    (found,) = contracts("Nachrichten", "Die Lumatec GmbH wächst. Den Auftrag hatte der Landkreis Ostallgäu dem "
                         "Bauunternehmen im März erteilt.")
    assert found == {("Landkreis Ostallgäu", "customer"), ("Lumatec", "supplier")}


def test_dative_buyer_of_a_fronted_unit():
    events = extract_events(page("de", "Nachrichten", "Sein Stromnetzgeschäft verkauft der Versorger Hallwerk "
                                 "dem Netzbetreiber Gridco AG."))
    assert [parties(e) for e in events if e["type"] == "acquisition"] == [
        {("Hallwerk", "seller"), ("Gridco", "acquirer")}]


@pytest.mark.parametrize("sentence", [
    "Dem bisherigen Dienstleister Netzhaus war im Januar gekündigt worden.",  # opens the sentence: gives nothing
    "Die Lumatec GmbH ist bei dem Versorger Hallwerk seit 2019 Lieferant.",  # "bei dem": a preposition's article
])
def test_dative_article_after_a_preposition_or_opening_marks_no_recipient(sentence):
    for found in contracts("Nachrichten", sentence):
        assert ("Netzhaus", "supplier") not in found and ("Hallwerk", "supplier") not in found


def test_award_won_stays_won():
    for found in contracts("Nachrichten", "Die Nordwerk AG bestellt neue Busse. Den Zuschlag erhielt die Lumatec "
                           "GmbH.", "Den Zuschlag hatte die Nordwerk AG der Lumatec GmbH gegeben."):
        assert ("Lumatec", "customer") not in found and ("Nordwerk", "supplier") not in found


@pytest.mark.parametrize("sentence", [
    "Die Nordwerk AG kauft dem Finanzinvestor Kessler Capital die Hoyer Fluidtechnik ab.",
    "Die Nordwerk AG will dem Finanzinvestor Kessler Capital die Hoyer Fluidtechnik abkaufen.",
])
def test_seller_in_the_dative_of_abkaufen(sentence):
    events = [parties(e) for e in extract_events(page("de", "Nachrichten", sentence)) if e["type"] == "acquisition"]
    assert events == [{("Nordwerk", "acquirer"), ("Hoyer Fluidtechnik", "target"), ("Kessler Capital", "seller")}]


def test_unit_bought_in_the_perfect_from_a_dative_seller():
    (found,) = [parties(e) for e in extract_events(page("de", "Nachrichten", "Die Nordwerk AG hat dem Konzern "
                                                        "Lumatec die Kathodensparte abgekauft."))]
    assert found == {("Nordwerk", "acquirer"), ("Lumatec", "seller")}


def test_dative_of_another_clause_is_no_seller():
    """ "gehört dem Fonds X, der das Unternehmen übernommen hatte": the dative is the main clause's (the owner), the
    purchase is told in the relative clause, where X is the buyer, never the seller."""
    events = extract_events(page("de", "Nachrichten", "Die Lumatec GmbH wächst. Der Konzern gehört seit 2022 dem "
                                 "Finanzinvestor Arvon Partners, der das Unternehmen damals vom Gründer übernommen "
                                 "hatte."))
    assert not any(("Arvon Partners", "seller") in parties(e) for e in events)
