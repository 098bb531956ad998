"""A German round led, the separable verb's particle last ("Der Wagniskapitalgeber Y führt die Series-B-Runde an"):
the leader invests, it never raises a round of its own; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_the_leader_of_a_round_is_no_firm_raising():
    found = extract_events(page(
        "de", "Kölner Start-up Gamma sammelt 20 Millionen Euro ein",
        "Der Wagniskapitalgeber Delta Ventures führt die Series-B-Runde an. Das Geld soll in die Expansion fließen.",
        "Das Kölner Start-up Gamma hat in einer Series-B-Finanzierungsrunde 20 Millionen Euro eingesammelt. Angeführt "
        "wird die Runde von Delta Ventures, wie das Unternehmen mitteilte."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("funding_round", {("Gamma", "investee"), ("Delta Ventures", "investor")})]
