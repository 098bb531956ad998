"""Towns told by the noun of their government (names95): "la commune", "the town", "die Gemeinde", "el municipio"
(`town_nouns`) alone after an article stands for the town the page named by its government just before ("la mairie de
Villebrune", "the City of Harwick", "die Stadt Wendelheim", "el Ayuntamiento de Villabruna"), a public customer; the
noun that opens such a name or names the town after it ("la mairie de X") is no description of its own, and with no
such town named the description stands for none. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import analyse, mentions
from tests.unit.test_extraction_roles import page, parties

PAGES = {
    "fr": ("Cantines : Lumex retenu", "Le conseil municipal s'est réuni lundi à la mairie de Villebrune.",
           "Après un appel d'offres, la commune a signé un contrat de 2 millions d'euros avec le traiteur Lumex pour "
           "ses cantines.", "Villebrune"),
    "en": ("Lumex wins canteen deal", "The City of Harwick opened a tender in March.",
           "After the tender, the town signed a $2 million contract with caterer Lumex for its school canteens.",
           "City of Harwick"),
    "es": ("Lumex gana el contrato", "El pleno se reunió el lunes en el Ayuntamiento de Villabruna.",
           "Tras un concurso, el municipio firmó un contrato de 2 millones de euros con la empresa Lumex para sus "
           "comedores escolares.", "Ayuntamiento de Villabruna"),
    "de": ("Lumex gewinnt Auftrag", "Der Gemeinderat tagte am Montag in der Stadt Wendelheim.",
           "Nach einer Ausschreibung hat die Gemeinde einen Vertrag über 2 Millionen Euro mit dem Caterer Lumex "
           "geschlossen.", "Stadt Wendelheim"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_town_is_the_one_named_by_its_government(lang: str) -> None:
    *paragraphs, town = PAGES[lang]
    events = extract_events(page(lang, *paragraphs, published="2025-06-05"))
    assert {(town, "customer"), ("Lumex", "supplier")} in [parties(e) for e in events]


@pytest.mark.parametrize(("lang", "sentence", "description"), [
    ("fr", "Depuis 2019, Lumex livre le pain des cantines de la commune.", "la commune"),
    ("en", "Since 2019, Lumex has delivered bread to the town. It won the tender.", "the town"),
    ("es", "Desde 2019, Lumex suministra pan al municipio.", "al municipio"),
    ("de", "Seit 2019 beliefert Lumex die Gemeinde mit Brot.", "die Gemeinde"),
    ("es", "Desde 2019, Lumex suministra pan a la ciudad.", "la ciudad"),
    ("es", "Desde 2019, Lumex suministra pan a la localidad.", "la localidad"),
    ("en", "Since 2019, Lumex has delivered bread to the village. It won the tender.", "the village"),
    ("fr", "Depuis 2019, Lumex livre le pain des cantines du village.", "du village"),
    ("de", "Seit 2019 beliefert Lumex die Marktgemeinde mit Brot.", "die Marktgemeinde"),
])
def test_a_town_noun_alone_is_a_description(lang: str, sentence: str, description: str) -> None:
    lex = lexicon(lang)
    found = mentions(analyse(sentence, 0, lex, None), lex, set())
    assert description in [sentence[m.start:m.end] for m in found if m.anaphor and m.public]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "La reprise inquiétait jusqu'à la mairie de Villebrune."),
    ("en", "The city of Harwick opened a tender."),
    ("de", "Die Stadt Wendelheim hat den Auftrag vergeben."),
])
def test_a_town_noun_before_the_towns_name_is_no_description(lang: str, sentence: str) -> None:
    lex = lexicon(lang)
    assert not any(m.public for m in mentions(analyse(sentence, 0, lex, None), lex, set()))


def test_no_town_named_leaves_the_description_unresolved() -> None:
    events = extract_events(page("fr", "Cantines : Lumex retenu", "Après un appel d'offres, la commune a signé un "
                                 "contrat de 2 millions d'euros avec le traiteur Lumex.", published="2025-06-05"))
    assert all(name == "Lumex" or "commune" not in name.lower() for e in events for name, _ in parties(e))


def test_the_spanish_city_is_the_town_named_by_its_government() -> None:
    events = extract_events(page("es", "Lumex gana el contrato", "El pleno se reunió el lunes en el Ayuntamiento de "
                                 "Villabruna.", "Tras un concurso, la ciudad firmó un contrato de 2 millones de euros "
                                 "con la empresa Lumex para sus comedores escolares.", published="2025-06-05"))
    assert {("Ayuntamiento de Villabruna", "customer"), ("Lumex", "supplier")} in [parties(e) for e in events]
