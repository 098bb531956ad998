"""Deals whose parties never share a sentence (branch spread): a firm the sentence before names as its topic, in
any case ("Für X ist es nicht der erste Versuch"), fills the open slot of a deal noun right after; a backer thanked
by name before ", who led our round" is a firm, not a person, so the round has its investor."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

MERGER = {
    "de": "Brenner Energie und Lindwerk wollen fusionieren. Brenner Energie ist größer als Lindwerk. Brenner Energie "
          "hat seinen Sitz in Bern.",
    "en": "Brenner Energy and Lindwerk plan to merge. Brenner Energy is larger than Lindwerk. Brenner Energy is based "
          "in Bern.",
    "fr": "Brenner Énergie et Lindwerk veulent fusionner. Brenner Énergie est plus grand que Lindwerk. Brenner "
          "Énergie a son siège à Berne.",
    "es": "Brenner Energía y Lindwerk quieren fusionarse. Brenner Energía es más grande que Lindwerk. Brenner Energía "
          "tiene su sede en Berna.",
}
TOPIC_THEN_DEAL = {
    "de": "Für die Lindwerk AG ist es nicht der erste Versuch, zu wachsen. 2021 war die geplante Übernahme der Kormann "
          "Technik AG am Widerstand der Gemeinde gescheitert.",
    "en": "For Lindwerk it is not the first attempt to grow. In 2021 the planned takeover of Kormann Technik collapsed "
          "after the town objected.",
    "fr": "Pour Lindwerk, ce n'est pas la première tentative de croissance. En 2021, le rachat prévu de Kormann "
          "Technik avait échoué face à la commune.",
    "es": "Para Lindwerk no es el primer intento de crecer. En 2021 la compra prevista de Kormann Técnica fracasó por "
          "el rechazo del ayuntamiento.",
}


@pytest.mark.parametrize("lang", sorted(TOPIC_THEN_DEAL))
def test_a_deal_noun_after_a_topic_sentence_is_the_topics(lang: str):
    """The page names Brenner most, but the paragraph's topic sentence names Lindwerk alone: the failed takeover
    right after, which names no buyer, is Lindwerk's."""
    events = extract_events(page(lang, "Nachrichten", MERGER[lang], TOPIC_THEN_DEAL[lang]))
    buyers = [{n for n, r in parties(e) if r == "acquirer"} for e in events if e["type"] == "acquisition"]
    assert buyers == [{"Lindwerk"}], events


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Brenner Energy bought Tallis last year. In 2021 the planned takeover of Kormann Technik collapsed."),
    ("de", "Brenner Energie hat im Vorjahr Tallis gekauft. 2021 war die geplante Übernahme der Kormann Technik "
           "gescheitert."),
])
def test_a_sentence_that_tells_a_deal_sets_no_topic(lang: str, sentence: str):
    """A sentence before that tells a deal of its own names its firm as a party, not as the topic of the next."""
    events = extract_events(page(lang, "News", "Lindwerk makes valves. Lindwerk employs 200 people.", sentence))
    assert all(("Tallis", "acquirer") not in parties(e) for e in events), events


@pytest.mark.parametrize(("text", "investor"), [
    ("A huge thank you to Ironbridge Ventures, who led our $18m Series B in 2022.", "Ironbridge Ventures"),
    ("We thank Isar Capital, who led our $18m Series B in 2022.", "Isar Capital"),
])
def test_a_fund_thanked_before_who_is_the_rounds_investor(text: str, investor: str):
    """ "X Ventures, who led our round": English's relative pronoun of persons (the other languages have none) after
    a name ending in a fund's word does not make a person of it."""
    events = extract_events(page("en", "Norvelle", "Norvelle Analytics is growing fast.", text))
    rounds = [parties(e) for e in events if e["type"] == "funding_round"]
    assert rounds and (investor, "investor") in rounds[0], events


def test_a_person_before_who_stays_a_person():
    events = extract_events(page("en", "Norvelle", "Norvelle Analytics is growing fast.",
                                 "A huge thank you to Jane Marrow, who led our $18m Series B in 2022."))
    assert "Jane Marrow" not in {n for e in events for n, _ in parties(e)}, events


@pytest.mark.parametrize(("lang", "text", "investee"), [
    ("fr", "Aubrac Composites fabrique des pièces à Rodez. En mars 2023, le Fonds stratégique de souveraineté (FSS) "
           "a injecté 150 millions d'euros dans le fabricant aveyronnais.", "Aubrac Composites"),
    ("es", "Talleres Moncayo fabrica piezas en Tarazona. En marzo de 2023, el Fondo estratégico de soberanía (FES) "
           "invirtió 150 millones de euros en el fabricante aragonés.", "Talleres Moncayo"),
    ("de", "Die Kormann Technik baut Bauteile in Ulm. Im März 2023 hat der Fonds für strategische Souveränität (FSS) "
           "150 Mio. Euro in das Unternehmen investiert.", "Kormann Technik"),
    ("en", "Tallis Robotics makes arms in Ohio. In March 2023 the Fund for strategic sovereignty (FSS) invested "
           "$150m in the Ohio robot maker.", "Tallis Robotics"),
])
def test_an_acronym_after_its_spelled_out_name_takes_the_names_role(lang: str, text: str, investee: str):
    """ "le Fonds stratégique de souveraineté (FSS) a injecté ... dans le fabricant": the bracketed acronym is the
    subject its spelled-out words are, not a complement of their "de"; the description after "dans" stands for the
    firm named before."""
    events = [parties(e) for e in extract_events(page(lang, "News", text)) if e["type"] == "investment"]
    short = text[text.index("(") + 1:text.index(")")]
    assert events == [{(short, "investor"), (investee, "investee")}], events

