"""Objects of deal verbs behind descriptions and markers, on sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_a_stake_in_a_described_firm_names_the_investee():
    (event,) = extract_events(page("en", "Deal news", "Velmont Motors is in talks to take a 20% stake in "
                                   "battery maker Harrow Cells for $600 million."))
    assert event["type"] == "investment"
    assert parties(event) == {("Velmont Motors", "investor"), ("Harrow Cells", "investee")}


def test_spanish_object_marker_with_a_description_marks_the_target():
    (event,) = extract_events(page("es", "Noticias", "En marzo, Pagos Velmont compró a la rival Harrow Cobros "
                                   "por 200 millones de euros."))
    assert event["type"] == "acquisition"
    assert parties(event) == {("Pagos Velmont", "acquirer"), ("Harrow Cobros", "target")}


def test_a_capitalised_descriptor_with_a_preposition_is_one_name():
    (event,) = extract_events(page("es", "Noticias", "En marzo, Banco del Valle compró a la rival Harrow Cobros "
                                   "por 200 millones de euros."))
    assert ("Harrow Cobros", "target") in parties(event)
    assert {r for _, r in parties(event)} == {"acquirer", "target"}
