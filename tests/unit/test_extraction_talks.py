"""Deals told by the talks about them, a weighing verb or a fronted contract (issue 3, talks): sentences written
for these tests, fictional firms."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def deals(lang: str, *paragraphs: str) -> list[tuple[str, str, set[tuple[str, str]]]]:
    events = extract_events(page(lang, "Nachrichten" if lang == "de" else "News", *paragraphs))
    return [(e["type"], e["status"], parties(e)) for e in events]


def test_talks_on_a_combination_broken_off():
    assert deals("en", "Brenwick Energy Ltd and Talvaro Power plc broke off talks on a combination on Friday after "
                       "failing to agree on who would run the enlarged group.") == [
        ("merger", "terminated", {("Brenwick Energy", "party"), ("Talvaro Power", "party")})]
    assert deals("en", "Lumatec Inc and Nordwerk AG have held discussions about a possible combination, people "
                       "familiar with the matter said.") == [
        ("merger", "rumored", {("Lumatec", "party"), ("Nordwerk", "party")})]


def test_talks_over_a_minority_investment_take_both_sides():
    (kind, state, found), = deals("en", "Talks between the payments firm Paylex Ltd and the lender Corwen Mutual "
                                        "over a minority investment broke down this week.")
    assert (kind, state) == ("investment", "terminated")
    assert {n for n, _ in found} == {"Paylex", "Corwen Mutual"} and {r for _, r in found} == {"investor", "investee"}


def test_talks_with_the_investor_about_a_stake_in_another():
    assert deals("en", "Lumatec Ltd is growing fast.", "Talks with Nordwerk AG about an investment in Lumatec "
                                                      "collapsed in May.") == [
        ("investment", "terminated", {("Nordwerk", "investor"), ("Lumatec", "investee")})]
    assert deals("de", "Die Reederei Halvik GmbH sucht einen Partner.",
                 "Erst im Mai waren Gespräche mit der dänischen Norvik Shipping über einen Einstieg bei Halvik "
                 "abgebrochen worden.") == [
        ("investment", "terminated", {("Norvik Shipping", "investor"), ("Halvik", "investee")})]


def test_a_bid_weighed_by_its_bidder_is_a_rumour():
    for verb in ("was exploring", "is weighing", "is mulling", "has been considering"):
        (kind, state, found), = deals("en", f"Quarrel Pharma Inc {verb} a bid that would value the gene therapy "
                                            "developer Arvello Ltd at about $3.2 billion.")
        assert (kind, state, found) == ("acquisition", "rumored", {("Quarrel Pharma", "acquirer"),
                                                                    ("Arvello", "target")})


def test_an_offer_received_is_no_bid_of_the_receiver():
    found = deals("en", "Arvello Ltd is weighing an offer from Quarrel Pharma Inc, people familiar with the matter "
                        "said.")
    assert all(("Arvello", "acquirer") not in f for _, _, f in found)


def test_fronted_contract_with_its_sum_before_the_final_verb():
    assert deals("de", "Einen Rahmenvertrag über 120 Millionen Euro hat die Kessler Fördertechnik GmbH am Montag "
                       "mit dem Landesamt für Straßenbau unterzeichnet.") == [
        ("contract", "announced", {("Kessler Fördertechnik", "supplier"), ("Landesamt für Straßenbau", "customer")})]
    assert deals("de", "Den Wartungsvertrag für die 40 Züge hat die Nordwerk AG im März mit der Lumatec GmbH "
                       "abgeschlossen.")[0][2] == {("Nordwerk", "customer"), ("Lumatec", "supplier")}


def test_the_usual_order_keeps_its_roles():
    assert deals("de", "Die Nordwerk AG hat mit der Lumatec GmbH einen Rahmenvertrag geschlossen.") == [
        ("contract", "announced", {("Nordwerk", "customer"), ("Lumatec", "supplier")})]


def test_talks_for_a_merger_in_spanish_and_french():
    assert deals("es", "Las conversaciones entre Nordwerk S.A. y Lumatec S.A. para una posible integración se "
                       "rompieron.") == [("merger", "terminated", {("Nordwerk", "party"), ("Lumatec", "party")})]
    assert deals("es", "Nordwerk S.A. y Lumatec S.A. negocian una fusión.") == [
        ("merger", "rumored", {("Nordwerk", "party"), ("Lumatec", "party")})]
    assert deals("fr", "Les discussions entre Nordwerk SA et Lumatec SAS sur un rapprochement ont échoué.") == [
        ("merger", "terminated", {("Nordwerk", "party"), ("Lumatec", "party")})]


def test_integration_of_systems_is_no_merger():
    found = deals("es", "Lumatec S.A. ganó un contrato de Nordwerk S.A. para la integración de sistemas.")
    assert all(kind != "merger" for kind, _, _ in found)


def test_talks_to_combine_with_a_rival():
    assert deals("en", "Brenwick Energy Ltd walked away from talks to combine with Talvaro Power plc.") == [
        ("merger", "terminated", {("Brenwick Energy", "party"), ("Talvaro Power", "party")})]
    assert deals("en", "Brenwick Energy Ltd and Talvaro Power plc are in talks over a possible all-share "
                       "combination.") == [("merger", "rumored", {("Brenwick Energy", "party"),
                                                                   ("Talvaro Power", "party")})]


def test_talks_with_the_investor_in_french_and_spanish():
    assert deals("fr", "Lumatec SAS grandit.", "Les discussions avec Nordwerk SA sur une prise de participation "
                                               "dans Lumatec ont échoué.") == [
        ("investment", "terminated", {("Nordwerk", "investor"), ("Lumatec", "investee")})]
    assert deals("es", "Lumatec S.A. crece.", "Las conversaciones con Nordwerk S.A. sobre una inversión "
                                              "minoritaria en Lumatec fracasaron.") == [
        ("investment", "terminated", {("Nordwerk", "investor"), ("Lumatec", "investee")})]


def test_a_spanish_minority_investment_between_two_firms():
    (kind, state, found), = deals("es", "Las negociaciones entre Paylex S.A. y Corwen S.A. sobre una inversión "
                                        "minoritaria se rompieron.")
    assert (kind, state) == ("investment", "terminated") and {n for n, _ in found} == {"Paylex", "Corwen"}


def test_a_german_deal_only_sounded_out_is_a_rumour():
    for text in ("Die Nordwerk AG lotet eine Übernahme der Lumatec GmbH aus.",
                 "Die Nordwerk AG denkt über ein Angebot für die Lumatec GmbH nach.",
                 "Die Nordwerk AG spielt mit dem Gedanken, die Lumatec GmbH zu übernehmen."):
        assert deals("de", text) == [("acquisition", "rumored", {("Nordwerk", "acquirer"), ("Lumatec", "target")})]


def test_a_signed_contract_told_in_the_usual_order_keeps_its_status():
    found = deals("de", "Die Nordwerk AG hat am Montag mit der Lumatec GmbH einen Servicevertrag unterzeichnet.")
    assert [f[:2] for f in found] == [("contract", "announced")]
