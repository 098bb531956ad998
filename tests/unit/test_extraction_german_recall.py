"""German deals told across clauses (issue 3, branch de2): two firms named in one sentence that found a company in
the next with a plural "sie" ("Dafür gründen sie ein Gemeinschaftsunternehmen"), a stake held since a year with a long
subject between verb and size ("Bereits seit 2022 hält der Staatsfonds X eine Minderheitsbeteiligung von 20 Prozent an
dem Unternehmen"), a purchase told by its infinitive after a firm ("mit dem Versuch gescheitert, den Spezialisten
X zu kaufen": no order), an order won told verb-last whose customer orders in the next sentence, an offer withdrawn
in the present, a firm entered after "beim" with the investor after the verb ("Jetzt steigt X beim Softwarehaus Y
ein"). Sentences written for these tests; probes that must keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties
from tests.unit.test_extraction_ventures import BOTH, candidates_of


def events(text: str, title: str = "Nachrichten") -> list[tuple[str, str, set[tuple[str, str]], str | None]]:
    return [(e["type"], e["status"], parties(e), e.get("date")) for e in extract_events(page("de", title, text))]


FOUNDED_BY_THEM = [
    "Die Lumatec AG und die Nordwerk GmbH wollen das Netz der Stadt gemeinsam ausbauen. Dafür gründen sie ein "
    "Gemeinschaftsunternehmen.",
    "Die Lumatec AG und der Energiedienstleister Nordwerk wollen das Fernwärmenetz gemeinsam ausbauen. Dazu gründen "
    "sie eine Projektgesellschaft.",
    "Die Lumatec AG und die Nordwerk GmbH bauen Solarparks. 2023 gründeten sie dafür eine gemeinsame Gesellschaft.",
    "Die Lumatec AG und die Nordwerk GmbH wollen ihr Kathodengeschäft zusammenlegen. Dafür bündeln sie ihre Werke in "
    "einem Gemeinschaftsunternehmen.",
]


@pytest.mark.parametrize("text", FOUNDED_BY_THEM)
def test_they_after_a_plural_verb_of_founding_are_both_firms(text: str) -> None:
    assert ("joint_venture", BOTH) in candidates_of("de", text), candidates_of("de", text)


def test_founders_of_a_plural_verb_with_gemeinsam_mit_set_up_a_venture() -> None:
    text = ("In Lumstadt gründen die Städtischen Werke Lumstadt gemeinsam mit dem Energieversorger Nordwerk eine "
            "Gesellschaft, die einen Elektrolyseur bauen soll.")
    assert ("joint_venture", {("Städtische Werke Lumstadt", "partner"), ("Nordwerk", "partner")}) in candidates_of(
        "de", text), candidates_of("de", text)


@pytest.mark.parametrize("text", [
    "Die Lumatec AG baut ihr Netz aus. Dafür gründet sie eine Tochtergesellschaft.",
    "Die Lumatec AG und die Nordwerk GmbH sind Konkurrenten. Sie gründen jeweils eigene Tochtergesellschaften.",
])
def test_she_or_they_elsewhere_found_no_venture_of_both(text: str) -> None:
    assert ("joint_venture", BOTH) not in candidates_of("de", text)


HELD_SINCE = [
    "Die Lumatec AG wächst. Bereits seit 2022 hält der Staatsfonds Arbor Capital eine Minderheitsbeteiligung von 20 "
    "Prozent an dem Unternehmen.",
    "Die Lumatec AG wächst. Seit 2022 hält die Arbor Capital AG eine Beteiligung von 20 Prozent an dem Unternehmen.",
    "Die Lumatec AG wächst. Der Staatsfonds Arbor Capital hält seit 2022 eine Minderheitsbeteiligung von 20 Prozent "
    "an dem Unternehmen.",
]


@pytest.mark.parametrize("text", HELD_SINCE)
def test_a_stake_held_since_a_year_is_completed_then(text: str) -> None:
    assert ("investment", "completed", {("Arbor Capital", "investor"), ("Lumatec", "investee")}, "2022") in events(
        text), events(text)


BOUGHT_FIRM = [
    ("Die Nordwerk AG war 2023 mit dem Versuch gescheitert, den Hydraulikspezialisten Lumatec zu kaufen.",
     "terminated"),
    ("Die Nordwerk AG war 2023 mit dem Versuch gescheitert, die Lumatec AG zu kaufen.", "terminated"),
    ("Die Nordwerk AG plant, die Lumatec AG zu kaufen.", "announced"),
]


@pytest.mark.parametrize(("text", "state"), BOUGHT_FIRM)
def test_a_firm_to_buy_is_an_acquisition_no_order(text: str, state: str) -> None:
    found = events(text)
    assert any(t == "acquisition" and s == state and p == {("Nordwerk", "acquirer"), ("Lumatec", "target")}
               for t, s, p, _ in found), found
    assert not any(t == "contract" for t, *_ in found), found


@pytest.mark.parametrize("text", [
    "Die Stadtwerke Lumstadt kaufen 18 Busse bei der Lumatec AG.",
])
def test_goods_bought_stay_an_order(text: str) -> None:
    assert any(t == "contract" and p == {("Stadtwerke Lumstadt", "customer"), ("Lumatec", "supplier")}
               for t, _, p, _ in events(text)), events(text)


WON_THEN_ORDERED = [  # an order won told by its winner, the customer who orders the goods in the next sentence
    ("Großauftrag für Lumatec", "Der Hersteller Lumatec hat den größten Auftrag seiner Firmengeschichte an Land "
     "gezogen. Die Nordbahn GmbH bestellt 24 batterieelektrische Triebzüge."),
    ("Großauftrag für Lumatec", "Die Lumatec AG hat einen Großauftrag erhalten. Die Nordbahn GmbH bestellt 24 "
     "Triebzüge für 300 Millionen Euro."),
    ("Lumatec liefert Busse", "Die Lumatec AG hat einen Auftrag über Elektrobusse an Land gezogen. Die Nordbahn GmbH "
     "kauft 40 Fahrzeuge."),
]


@pytest.mark.parametrize(("title", "text"), WON_THEN_ORDERED)
def test_an_order_won_takes_the_customer_of_the_next_sentence(title: str, text: str) -> None:
    found = events(text, title)
    assert any(t == "contract" and p == {("Lumatec", "supplier"), ("Nordbahn", "customer")}
               for t, _, p, _ in found), found


@pytest.mark.parametrize("text", [
    "Die Lumatec AG hat einen Großauftrag erhalten. Die Nordbahn GmbH baut 24 neue Bahnhöfe.",
    "Die Lumatec AG hat einen Großauftrag erhalten. Im Vorjahr hatte die Nordbahn GmbH 24 Triebzüge bei der Arbor "
    "Rail AG bestellt.",
])
def test_no_customer_from_a_sentence_that_orders_nothing_or_elsewhere(text: str) -> None:
    assert not any(t == "contract" and p == {("Lumatec", "supplier"), ("Nordbahn", "customer")}
                   for t, _, p, _ in events(text)), events(text)


@pytest.mark.parametrize(("title", "text"), [
    ("Arbor Capital zieht Offerte für Lumatec zurück", "Die Übernahme des Zuger Heizungsherstellers Lumatec ist "
     "geplatzt. Lumatec will eigenständig bleiben. Der Finanzinvestor Arbor Capital hatte im Januar 42 Franken je "
     "Aktie geboten."),
    ("Nachrichten", "Der Heizungshersteller Lumatec steht zum Verkauf. Die Arbor Capital AG zieht ihr Angebot für "
     "den Heizungshersteller Lumatec zurück, wie sie am Montag mitteilte."),
])
def test_an_offer_withdrawn_in_the_present_ends_the_takeover(title: str, text: str) -> None:
    assert any(t == "acquisition" and s == "terminated" and p == {("Arbor Capital", "acquirer"), ("Lumatec", "target")}
               for t, s, p, _ in events(text, title)), events(text, title)


@pytest.mark.parametrize("lead", ["vom VC Earlybird", "vom Berliner VC Earlybird", "von dem Berliner VC Earlybird"])
def test_a_vc_before_its_name_is_its_kind(lead: str) -> None:
    text = ("Das Berliner Start-up Lumatec hat 30 Millionen Euro eingesammelt. Angeführt wird die Runde " + lead
            + ", außerdem beteiligen sich der Bestandsinvestor Cherry Ventures sowie KfW Capital.")
    rounds = [p for t, _, p, _ in events(text, "Lumatec sammelt 30 Millionen Euro ein") if t == "funding_round"]
    assert {("Lumatec", "investee"), ("Earlybird", "investor"), ("Cherry Ventures", "investor"),
            ("KfW Capital", "investor")} in rounds, rounds


ENTERED = [  # the subject after the investing verb, the firm entered after "beim"
    ("Jetzt steigt die Arbor Capital AG beim Münchner Softwarehaus Lumatec ein.", "announced"),
    ("Nun steigt der Finanzinvestor Arbor Capital beim Maschinenbauer Lumatec ein.", "announced"),
    ("Im Januar stieg die Arbor Capital AG beim Softwarehaus Lumatec ein.", "completed"),
    ("Die Arbor Capital AG steigt beim Münchner Softwarehaus Lumatec ein.", "announced"),
]


@pytest.mark.parametrize(("text", "state"), ENTERED)
def test_the_firm_entered_after_beim_is_the_investee(text: str, state: str) -> None:
    assert ("investment", state, {("Arbor Capital", "investor"), ("Lumatec", "investee")}) in [
        (t, s, p) for t, s, p, _ in events(text)], events(text)


def test_the_stake_told_again_makes_no_event_of_another_firm() -> None:
    text = ("Jetzt steigt die Arbor Capital AG beim Münchner Softwarehaus Lumatec ein. Der Finanzinvestor übernimmt "
            "für 25 Mio. Euro eine Minderheitsbeteiligung an dem Softwarehaus.")
    found = [e for e in extract_events(page("de", "Nachrichten", text)) if e["type"] == "investment"]
    assert [parties(e) for e in found] == [{("Arbor Capital", "investor"), ("Lumatec", "investee")}], found


@pytest.mark.parametrize(("text", "name"), [
    ("Die Lumatec AG gehört seit 2021 zur Berliner Volksbank.", "Berliner Volksbank"),
    ("Die Lumatec AG gehört seit 2021 zum Münchner Konzern Nordwerk.", "Nordwerk"),
])
def test_a_place_adjective_after_a_fused_article(text: str, name: str) -> None:
    assert any(("Lumatec", "target") in p and (name, "acquirer") in p for _, _, p, _ in events(text)), events(text)
