"""A relative clause whose own subject is a pronoun ("X, which it bought in 2021"): the pronoun stands for the
sentence's subject, the name before the clause is what it bought; a stake the next coordinated clause names is not
what the clause's verb bought (sentences written for these tests)."""

from tests.unit.test_extraction_roles import parties_by_event


def test_the_pronoun_of_a_relative_clause_is_the_buyer():
    found = parties_by_event("en", "Lumatec Group, whose backers include Harlan Partners, already owns Spanish club "
                             "CD Norvila, which it bought in 2021.", "acquisition")
    assert found == [{("Lumatec", "acquirer"), ("CD Norvila", "target")}]


def test_a_stake_in_the_next_clause_leaves_the_purchase_an_acquisition():
    text = ("Lumatec Group already owns Spanish club CD Norvila, which it bought in 2021, and holds a minority stake "
            "in the Belgian club KV Zandberg.")
    assert parties_by_event("en", text, "acquisition") == [{("Lumatec", "acquirer"), ("CD Norvila", "target")}]
    assert all(("CD Norvila", "investee") not in p for p in parties_by_event("en", text, "investment"))
