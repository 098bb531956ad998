"""Names in a deal's own sentence that are no party of it: who the news is credited to ("According to Bloomberg,",
"según Expansión,", "fuentes citadas por X", "cité par X"), the wire of a dateline
("OSLO, March 12 (North Wire) -"), a place after French "en" or "établi à".
Sentences written for these tests, several a language; the last ones must keep their party (a firm credited with
its own deal, a year before the subject)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties, parties_by_event

CASES = [
    ("en", "According to Reuters, Halvard Marine has agreed to acquire Tessin Polymers for $300 million.",
     "acquisition", {("Halvard Marine", "acquirer"), ("Tessin Polymers", "target")}),
    ("en", "According to the Morning Ledger, Halvard Marine is negotiating the purchase of Tessin Polymers.",
     "acquisition", {("Halvard Marine", "acquirer"), ("Tessin Polymers", "target")}),
    ("en", "LONDON, March 17 (Meridian Wire) - British food group Harrow Foods said on Tuesday it had agreed to buy "
     "Kestrel Dairy.", "acquisition", {("Harrow Foods", "acquirer"), ("Kestrel Dairy", "target")}),
    ("en", "OSLO, March 12 (North Wire) - Norwegian maker Halvard Marine said it had agreed to acquire Tessin "
     "Polymers.", "acquisition", {("Halvard Marine", "acquirer"), ("Tessin Polymers", "target")}),
    ("es", "Según Expansión, Halvard Química negocia la compra de Tessin Polímeros.",
     "acquisition", {("Halvard Química", "acquirer"), ("Tessin Polímeros", "target")}),
    ("es", "Según fuentes citadas por Bloomberg, Halvard Química negocia la compra de Tessin Polímeros.",
     "acquisition", {("Halvard Química", "acquirer"), ("Tessin Polímeros", "target")}),
    ("es", "Halvard Química ultima la compra de Tessin Polímeros, según El Heraldo.",
     "acquisition", {("Halvard Química", "acquirer"), ("Tessin Polímeros", "target")}),
    ("de", "Die Stadtwerke Lorva haben bei dem Hersteller Talvent Rail 12 Elektrobusse bestellt.",
     "contract", {("Stadtwerke Lorva", "customer"), ("Talvent Rail", "supplier")}),
    ("fr", "Selon des sources citées par Reuters, Halvard Chimie négocie le rachat de Tessin Polymères.",
     "acquisition", {("Halvard Chimie", "acquirer"), ("Tessin Polymères", "target")}),
    ("fr", "Kelvina a décroché une commande de Smurfit Westrock pour son usine de Saillat, en Haute-Vienne.",
     "contract", {("Kelvina", "supplier"), ("Smurfit Westrock", "customer")}),
    # must keep their party
    ("en", "Halvard Marine has agreed to buy Tessin Polymers, according to Halvard Marine.",
     "acquisition", {("Halvard Marine", "acquirer"), ("Tessin Polymers", "target")}),
    ("en", "In 2019 Halvard Marine bought Tessin Polymers.",
     "acquisition", {("Halvard Marine", "acquirer"), ("Tessin Polymers", "target")}),
    ("en", "The news agency owner Northwire Media said it had agreed to buy Tessin Radio.",
     "acquisition", {("Northwire Media", "acquirer"), ("Tessin Radio", "target")}),
    ("de", "Laut Handelsblatt steht die Halvard Chemie vor der Übernahme der Tessin Polymere.",
     "acquisition", {("Halvard Chemie", "acquirer"), ("Tessin Polymere", "target")}),
    ("de", "Laut Halvard Chemie soll die Übernahme der Tessin Polymere bis Mai abgeschlossen sein.",
     "acquisition", {("Halvard Chemie", "acquirer"), ("Tessin Polymere", "target")}),
    ("fr", "Lorvane, un fabricant de turbines établi à Sorel, a été racheté par Halvard Énergie.",
     "acquisition", {("Halvard Énergie", "acquirer"), ("Lorvane", "target")}),
    ("fr", "Halvard Énergie a racheté en 2023 Tessin Polymères, implanté en Isère.",
     "acquisition", {("Halvard Énergie", "acquirer"), ("Tessin Polymères", "target")}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), CASES)
def test_only_the_parties(lang, text, kind, expected):
    assert expected in parties_by_event(lang, text, kind)


# A news service named after "nach Informationen des" is a source too, but taking it out pairs a heldout4 event
# whose seller, role and amount are wrong (parties, role and amount floors broken): left open.
@pytest.mark.xfail(strict=True, reason="the news-service source is not in the German file")
def test_news_service_is_no_party():
    text = ("Nach Informationen des Finanzdienstes Kurier verhandelt Halvard Chemie mit Tessin Capital über den "
            "Verkauf seiner Sparte.")
    assert {("Halvard Chemie", "seller"), ("Tessin Capital", "acquirer")} in parties_by_event("de", text, "acquisition")


# Goods right after a count ("30 Wasserstoff-Triebzüge") are no firm either: the counted things of names16
# (`quantifiers` and number words in the language files) say so.
def test_counted_goods_are_no_party():
    text = "Die Ostbahn AG hat bei Talvent Rail 30 Wasserstoff-Triebzüge bestellt."
    assert {("Ostbahn", "customer"), ("Talvent Rail", "supplier")} in parties_by_event("de", text, "contract")



@pytest.mark.parametrize(("lang", "text", "target", "currency"), [
    ("en", "Lumatec agreed to buy Nordwerk for US$300 million on Tuesday.", "Nordwerk", "USD"),
    ("en", "Lumatec agreed to buy Nordwerk Systems for C$300 million.", "Nordwerk Systems", "CAD"),
    ("es", "Lumatec compró Nordwerk por US$ 300 millones.", "Nordwerk", "USD"),
])
def test_a_currencys_country_is_no_word_of_the_name_before_it(lang: str, text: str, target: str,
                                                              currency: str) -> None:
    """ "Nordwerk for US$300m": the currency's country closed the name, which then read as a place and went."""
    (event,) = extract_events(page(lang, "News", text))
    assert parties(event) == {("Lumatec", "acquirer"), (target, "target")}
    assert event["amount"]["currency"] == currency
