"""German firms named by a head noun and their town ("die Stadtwerke Feldhaus", "die Verkehrsbetriebe Lindhaus"):
the town after a name head (`name_heads`) belongs to the name even where it ends like a descriptor ("-haus"), and
the name holds no description of a firm; "die Gemeinde X" has no such head and stays a description
(test_extraction_town_descriptions). Sentences written for these tests."""

import pytest

from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import analyse, mentions
from tests.unit.test_extraction_roles import parties_by_event


def found(sentence: str) -> list[tuple[str, bool]]:
    lex = lexicon("de")
    return [(m.name, m.anaphor) for m in mentions(analyse(sentence, 0, lex, None), lex, set())]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Die Stadtwerke Feldhaus bestellen 18 Busse bei der Alpha Fahrzeugbau.", "Stadtwerke Feldhaus"),
    ("Die Verkehrsbetriebe Lindhaus bestellen 18 Busse bei der Alpha Fahrzeugbau.", "Verkehrsbetriebe Lindhaus"),
    ("Der Versorger Lumera wird von den Stadtwerken Feldhaus übernommen.", "Stadtwerke Feldhaus"),
])
def test_the_town_after_a_name_head_belongs_to_the_name(sentence: str, name: str) -> None:
    assert (name, False) in found(sentence)
    assert not any(anaphor for _, anaphor in found(sentence))


def test_a_listed_descriptor_after_the_head_is_no_town() -> None:
    assert ("Stadtwerke Tochter", False) not in found("Die Stadtwerke Tochter bestellt 18 Busse.")


def test_the_town_firm_takes_its_part_in_the_deal() -> None:
    assert parties_by_event("de", "Die Stadtwerke Feldhaus und der Versorger Lumera AG gründen ein "
                            "Gemeinschaftsunternehmen.", "joint_venture") == [
        {("Stadtwerke Feldhaus", "partner"), ("Lumera", "partner")}]
    assert parties_by_event("de", "Die Norvik GmbH liefert 20 Elektrobusse an die Verkehrsbetriebe Lindhaus.",
                            "contract") == [{("Norvik", "supplier"), ("Verkehrsbetriebe Lindhaus", "customer")}]
