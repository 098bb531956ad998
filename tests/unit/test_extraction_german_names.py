"""German names the extractor lost, and a "mit"-partner left unattached (issue 3, german7): a coined single word
that is the inverted subject after a perfect auxiliary in a deal's sentence ("Mit X hat Quickmed zudem einen
Rahmenvertrag geschlossen"), a name ending in a time word ("Güterbahn Mitte"), the buyer of a unit told in a
relative clause ("..., die an X gehen"), a "mit"-partner behind an extended attribute ("mit dem an der Nasdaq
notierten Mantelunternehmen X"). Articles written for these tests, several phrasings per shape, with probes that
must keep their result."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties


def _events(title: str, body: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page("de", title, body)) if e["type"] == kind]


def _names(title: str, body: str) -> set[str]:
    return {m.name for ms in read_page(page("de", title, body)).mentions for m in ms if m.name}


INVERTED_SUBJECTS = [
    ("Neues aus der Branche", "Quickmed wächst kräftig. Mit der Versicherungsgruppe Nordische Leben hat Quickmed "
     "zudem einen Rahmenvertrag geschlossen, der ab Januar gilt.",
     "contract", {("Nordische Leben", "customer"), ("Quickmed", "supplier")}),
    ("Neues aus der Branche", "Den Auftrag über 23 Millionen Euro hatte Quellwerk bereits im August an Fillmatec "
     "vergeben.", "contract", {("Quellwerk", "customer"), ("Fillmatec", "supplier")}),
    ("Neues aus der Branche", "Kabelon wächst. Mit dem Netzbetreiber Ostnetz AG hat Kabelon im Februar einen "
     "Wartungsvertrag unterzeichnet.", "contract", {("Ostnetz", "customer"), ("Kabelon", "supplier")}),
]


@pytest.mark.parametrize(("title", "body", "kind", "want"), INVERTED_SUBJECTS)
def test_inverted_subject_after_auxiliary_is_a_name(title, body, kind, want):
    assert want in _events(title, body, kind)


TIME_WORD_ENDINGS = [
    ("Neues aus der Branche", "Gleiswerk meldet mehr Umsatz. Seit 2023 arbeitet Gleiswerk zudem mit Güterbahn Mitte "
     "zusammen.", {("Gleiswerk", "partner"), ("Güterbahn Mitte", "partner")}),
    ("Neues aus der Branche", "Fennbau wächst. Zugleich gab Fennbau eine Partnerschaft mit Regionalbahn Mitte "
     "bekannt.", {("Fennbau", "partner"), ("Regionalbahn Mitte", "partner")}),
]


@pytest.mark.parametrize(("title", "body", "want"), TIME_WORD_ENDINGS)
def test_name_ending_in_a_time_word(title, body, want):
    assert want in _events(title, body, "partnership")


@pytest.mark.parametrize("body", [
    "Lumatec will Mitte 2025 an die Börse.",
    "Lumatec will Mitte des Jahres an die Börse.",
    "Nordwerk übernimmt Lumatec Mitte März.",
])
def test_time_word_after_a_name_stays_a_time(body):
    assert not any("Mitte" in n for n in _names("Neues aus der Branche", body))


def test_buyer_of_a_unit_in_a_relative_clause():
    assert {("Voltan", "seller"), ("Eschental Capital", "acquirer")} in _events(
        "Neues aus der Branche", "Voltan trennt sich zugleich von den Industriepumpen, die an Eschental Capital gehen.",
        "acquisition")
    assert {("Voltan", "seller"), ("Eschental Capital", "acquirer")} in _events(
        "Neues aus der Branche", "Voltan trennt sich von der Sparte Industriepumpen, die an Eschental Capital ging.",
        "acquisition")


EXTENDED_ATTRIBUTES = [
    ("Qubera zieht es an die Börse", "Der Berliner Spezialist Qubera zieht es an die Börse. Die Firma will mit dem an "
     "der Nasdaq notierten Mantelunternehmen Westbridge Acquisition verschmelzen.", "merger",
     {("Qubera", "party"), ("Westbridge Acquisition", "party")}),
    ("Neues aus der Branche", "Lumatec verkauft die Sparte an die im Dax notierte Nordwerk AG.", "acquisition",
     {("Lumatec", "seller"), ("Nordwerk", "acquirer")}),
]


@pytest.mark.parametrize(("title", "body", "kind", "want"), EXTENDED_ATTRIBUTES)
def test_partner_behind_an_extended_attribute(title, body, kind, want):
    assert want in _events(title, body, kind)


KEPT = [
    ("Neues aus der Branche", "Für 40 Mio. Euro liefert Solvar Speicher an das Land Hessen.", "contract",
     {("Solvar Speicher", "supplier"), ("Land Hessen", "customer")}),
    ("Neues aus der Branche", "Lumatec beliefert künftig die Bäckerei Hofmann Brot mit Öfen.", "contract",
     {("Lumatec", "supplier"), ("Bäckerei Hofmann Brot", "customer")}),
    ("Neues aus der Branche", "Seit 2022 arbeitet Lumatec mit Radio Ost zusammen.", "partnership",
     {("Lumatec", "partner"), ("Radio Ost", "partner")}),
    ("Neues aus der Branche", "Die Stadtwerke Süd haben Lumatec übernommen.", "acquisition",
     {("Stadtwerke Süd", "acquirer"), ("Lumatec", "target")}),
    ("Neues aus der Branche", "Mit dem finnischen Zellhersteller Kemicell hat Rhenolit am Mittwoch zudem einen "
     "Liefervertrag geschlossen.", "contract", {("Kemicell", "customer"), ("Rhenolit", "supplier")}),
]


@pytest.mark.parametrize(("title", "body", "kind", "want"), KEPT)
def test_probes_keep_their_result(title, body, kind, want):
    assert want in _events(title, body, kind)


SUBJECTS_BEFORE_AUXILIARY = [
    ("Neues aus der Branche", "Lumatec hat mit der Nordwerk AG einen Rahmenvertrag geschlossen.",
     {("Lumatec", "customer"), ("Nordwerk", "supplier")}),
    ("Neues aus der Branche", "Kabelon hat mit der Ostnetz AG einen Rahmenvertrag über 400 Weichen unterzeichnet.",
     {("Kabelon", "customer"), ("Ostnetz", "supplier")}),
]


@pytest.mark.parametrize(("title", "body", "want"), SUBJECTS_BEFORE_AUXILIARY)
def test_subject_before_auxiliary_of_a_cued_clause(title, body, want):
    """The clause's cue is "mit" (the contract told by whom it was signed with), its participle closes it."""
    assert want in _events(title, body, "contract")


def test_common_noun_after_auxiliary_stays_no_name():
    names = _names("Neues aus der Branche", "Mit dem Auftrag hat Priorität zudem die Sicherheit, sagte Lumatec. "
                   "Lumatec hat mit der Nordwerk AG einen Rahmenvertrag geschlossen.")
    assert "Priorität" not in names


@pytest.mark.parametrize(("body", "kind", "want"), [
    ("Sennhaus übernimmt den Maschinenbauer Korvat aus Ulm.", "acquisition",
     {("Sennhaus", "acquirer"), ("Korvat", "target")}),
    ("Der Logistikkonzern Sennhaus übernimmt den Maschinenbauer Korvat.", "acquisition",
     {("Sennhaus", "acquirer"), ("Korvat", "target")}),
    ("Mit dem Softwarehaus Tellgrad arbeitet Sennhaus seit 2020 zusammen.", "partnership",
     {("Sennhaus", "partner"), ("Tellgrad", "partner")}),
])
def test_bare_word_ending_in_a_kind_noun_is_a_name(body, kind, want):
    """(german2) "Kornhaus übernimmt", "arbeitet Vennhaus seit": a word ending in a noun of a firm's kind that stands
    bare, with no article or adjective before it and no name after it, names a firm."""
    assert want in _events("Nachrichten", body, kind)


@pytest.mark.parametrize("body", [
    "Das Autohaus übernimmt den Maschinenbauer Korvat.",
    "Das Karlsruher Softwarehaus übernimmt den Maschinenbauer Korvat.",
    "Korvat übernimmt ein Autohaus in Ulm.",
])
def test_kind_noun_with_an_article_stays_a_description(body):
    assert not {n for n in _names("Nachrichten", body) if n.endswith("haus")}
