"""A biotech firm called by its trade ("the biotech", "la biotech", "la biotecnológica", "das Biotech") opening a
deal sentence is a description of the firm the sentence before names, as "the fintech" is, not a word the page's
most named firm takes as its dropped subject. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

PAGES = {
    "en": ("Court rules against Pellworth", "A judge ruled that Pellworth Therapeutics had no right to end its "
           "agreement to buy Nalverin Bio. Pellworth said it would appeal. Pellworth shares fell.",
           "Nalverin, which is based in Boston, did not stay on the market for long. The biotech agreed in March to "
           "be acquired by Ostrava Pharma for $1.3 billion."),
    "de": ("Gericht urteilt gegen Pellworth", "Ein Richter entschied, dass Pellworth Therapeutics den Kauf von "
           "Nalverin Bio nicht kündigen durfte. Pellworth will in Berufung gehen. Die Aktie von Pellworth fiel.",
           "Nalverin mit Sitz in Basel blieb nicht lange allein. Das Biotech wurde im März von Ostrava Pharma für "
           "1,3 Milliarden Euro übernommen."),
    "fr": ("Le tribunal donne tort à Pellworth", "Un juge a estimé que Pellworth Therapeutics ne pouvait pas "
           "renoncer au rachat de Nalverin Bio. Pellworth va faire appel. L'action de Pellworth a chuté.",
           "Nalverin, basée à Lyon, n'est pas restée seule longtemps. La biotech a été rachetée en mars par Ostrava "
           "Pharma pour 1,3 milliard d'euros."),
    "es": ("El tribunal falla contra Pellworth", "Un juez dictaminó que Pellworth Therapeutics no podía renunciar a "
           "la compra de Nalverin Bio. Pellworth recurrirá. Las acciones de Pellworth cayeron.",
           "Nalverin, con sede en Valencia, no estuvo sola mucho tiempo. La biotecnológica fue adquirida en marzo por "
           "Ostrava Pharma por 1.300 millones de euros."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_biotech_is_the_firm_the_sentence_before_names(lang: str) -> None:
    events = extract_events(page(lang, *PAGES[lang], published="2025-06-05"))
    bought = [parties(e) for e in events if e["type"] == "acquisition"
              and ("Ostrava Pharma", "acquirer") in parties(e)]
    assert bought and all(("Pellworth Therapeutics", "target") not in p for p in bought)
    assert any(("Nalverin Bio", "target") in p for p in bought)
