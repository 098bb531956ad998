"""An acronym in brackets after a single compound noun that spells it from its glued parts ("ein neues
Krankenhausinformationssystem (KIS)") is that term's short form, no firm; a firm's name or a compound of a kind of
firm ("die Landesbeteiligungsholding (LBH)") keeps its acronym as a name. Sentences written for these tests."""

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import analyse, mentions
from tests.unit.test_extraction_roles import names, page


def test_a_compound_terms_acronym_is_no_supplier() -> None:
    events = extract_events(page("de", "Nachrichten", "Die Landeskliniken Nordtal GmbH haben den Auftrag für ein neues "
                                 "Krankenhausinformationssystem (KIS) an das Softwareunternehmen Medarix vergeben."))
    assert "KIS" not in names(events)
    assert {"Landeskliniken Nordtal", "Medarix"} <= names(events)


def test_a_holdings_acronym_stays_a_firm() -> None:
    sentence = "Das Land beteiligt sich über die Landesbeteiligungsholding (LBH) an der Ostwerk Energie."
    found = mentions(analyse(sentence, 0, lexicon("de"), None), lexicon("de"), set())
    assert "LBH" in {m.name for m in found}
