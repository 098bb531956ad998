"""A company run or held together with a partner, the two holding half each, is a joint venture even with no word of
founding ("betreibt X seit 2021 zusammen mit der Y AG die Z AG, an der beide Partner je zur Hälfte beteiligt sind");
a Swiss town's adjective that drops a vowel of its name ("die Zürcher Gruppe": Zürich) describes the firm from there,
no name of its own. Sentences written for these tests."""

from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import place_adjective
from tests.unit.test_extraction_roles import parties_by_event


def test_a_company_held_half_each_is_a_joint_venture() -> None:
    assert parties_by_event("de", "Zudem betreibt die Almkraft AG seit 2021 zusammen mit der Energie Talgau AG die "
                            "Kaprun Wasserkraft AG, an der beide Partner je zur Hälfte beteiligt sind.",
                            "joint_venture") == [{("Almkraft", "partner"), ("Energie Talgau", "partner")}]


def test_running_something_together_alone_is_no_joint_venture() -> None:
    assert parties_by_event("de", "Die Almkraft AG betreibt zusammen mit der Energie Talgau AG ein Kraftwerk.",
                            "joint_venture") == []


def test_an_adjective_with_a_dropped_vowel_is_of_its_place() -> None:
    lex = lexicon("de")
    assert place_adjective("Zürcher", lex) and place_adjective("Basler", lex)
    assert not place_adjective("Zucker", lex)
