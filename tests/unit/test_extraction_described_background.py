"""Background deals whose other party is only a pronoun or a description (topic B shape R1): the French clitic
"en" of a control taken ("le groupe X en avait pris le contrôle") stands for the firm the paragraph spoke of, as
"l'avait racheté" does; "en" before a gerund ("en rachetant") is a preposition, no pronoun. Pages written for these
tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, *paragraphs: str) -> list[tuple[str, str, set[tuple[str, str]], str | None]]:
    return [(e["type"], e["status"], parties(e), e["date"])
            for e in extract_events(page(lang, *paragraphs, published="2026-03-14"))]


def test_french_clitic_en_of_a_control_taken():
    events = _events("fr", "Actualité", "Le fabricant Corvix ouvre une usine à Dijon. En 2023, le groupe Tavernier en "
                     "avait pris le contrôle pour 15 millions d'euros.")
    assert events == [("acquisition", "completed", {("Tavernier", "acquirer"), ("Corvix", "target")}, "2023")]


def test_french_clitic_en_with_present_perfect():
    events = _events("fr", "Actualité", "Le fabricant Corvix ouvre une usine à Dijon. L'an dernier, le groupe "
                     "Tavernier en a pris le contrôle.")
    assert [(k, p) for k, _, p, _ in events] == [("acquisition", {("Tavernier", "acquirer"), ("Corvix", "target")})]


def test_french_gerund_en_is_no_pronoun():
    events = _events("fr", "Actualité", "Le fabricant Corvix ouvre une usine à Dijon. Le groupe Tavernier a grandi "
                     "en rachetant des ateliers.")
    assert not any(("Corvix", "target") in p for _, _, p, _ in events)
