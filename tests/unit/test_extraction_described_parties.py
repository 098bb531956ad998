"""Deals whose party the article names once and then only by a description, a demonym or a defined term (topic C
shape 1): the description stands for the firm the page tied it to, and the deal's cue is read in the clause that
hangs on the description. Pages written for these tests, several a language."""

from streams.extraction import extract_events, kinds
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import Mention
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, *paragraphs: str) -> list[tuple[str, str, set[tuple[str, str]], str | None]]:
    return [(e["type"], e["status"], parties(e), e["date"])
            for e in extract_events(page(lang, *paragraphs, published="2026-03-14"))]


def test_french_absorption_noun_in_a_relative_clause_of_a_description():
    events = _events("fr", "Actualités", "La Banque Arvel, basée à Annecy, a publié ses résultats. La banque "
                     "savoyarde, qui a grandi avec l'absorption en 2016 de la Caisse Tolmer, vise de nouveaux marchés.")
    assert ("acquisition", "completed", {("Banque Arvel", "acquirer"), ("Caisse Tolmer", "target")}, "2016") in events


def test_french_absorption_of_costs_is_no_deal():
    assert _events("fr", "Actualités", "La Banque Arvel a publié ses résultats. L'absorption des coûts de la "
                   "fusion pèse sur la marge.") == []


def test_spanish_entry_in_the_shareholding_of_a_described_firm():
    events = _events("es", "Noticias", "La operadora Telvia gana clientes. El fondo australiano Wombat Partners ha "
                     "vuelto a sondear la entrada en el accionariado de la operadora, según fuentes del mercado.")
    assert [(k, s, p) for k, s, p, _ in events] == [
        ("investment", "rumored", {("Wombat Partners", "investor"), ("Telvia", "investee")})]


NATIONALS = [
    ("Die dänische Fjordvik Gruppe übernimmt das Werk der Halberg AG in Ohrdorf. Die Dänen, die 2024 bereits den "
     "belgischen Wettbewerber Vantelo gekauft hatten, kündigten Investitionen am Standort Ohrdorf an.", "Fjordvik",
     "2024"),
    ("Die Fjordvik Gruppe aus Schweden übernimmt das Werk der Halberg AG. Die Schweden hatten 2023 bereits den "
     "belgischen Wettbewerber Vantelo gekauft.", "Fjordvik", "2023"),
    ("Die finnische Fjordvik Oy kauft die Halberg AG. Die Finnen hatten 2021 den Rivalen Vantelo übernommen.",
     "Fjordvik Oy", "2021"),
]


def test_german_people_of_a_country_stand_for_the_firm_the_page_ties_to_it():
    """ "die Dänen" after "die dänische X" (or "X aus Schweden"): the buyer of a background deal is X, not the
    firm it bought, and the town of the page's news is no party."""
    for text, buyer, year in NATIONALS:
        assert [p for k, _, p, d in _events("de", "Nachrichten", text) if k == "acquisition" and d == year] == [
            {(buyer, "acquirer"), ("Vantelo", "target")}], text


def test_national_adjective_of_another_phrase_ties_no_description():
    """ "Mit dem dänischen X hatte der Milchverarbeiter ... gegründet": the adjective is X's; the description stands
    for the page's processor, X's partner."""
    events = _events("de", "Nachrichten", "Der Milchverarbeiter Hansa Milchwerke will wachsen. Mit dem dänischen "
                     "Fynmark Dairy hatte der Milchverarbeiter 2022 ein Gemeinschaftsunternehmen gegründet.")
    assert ("joint_venture", "completed", {("Hansa Milchwerke", "partner"), ("Fynmark Dairy", "partner")},
            "2022") in events


def test_people_of_a_country_no_firm_is_tied_to_stay_unresolved():
    events = _events("de", "Nachrichten", "Die Halberg AG übernimmt das Werk der Ormat GmbH. Die Schweden hatten "
                     "2023 den Rivalen Vantelo gekauft.")
    assert not any(k == "acquisition" and d == "2023" and ("Halberg", "acquirer") in p for k, _, p, d in events)


def test_trade_noun_before_adjectives_tells_the_firm_it_describes():
    """ "compra la conservera gallega X. La conservera abastece ...": X was called a cannery by a noun (before the
    adjectives that follow it), so the description stands for X, not for its buyer (`kinds.told`)."""
    events = _events("es", "Noticias", "El grupo Pescanor compra la conservera gallega Rías Baixas Conservas. La "
                     "conservera abastece desde 2023 a la cadena Supermercados Brisa con su marca blanca.")
    assert ("contract", "ongoing", {("Rías Baixas Conservas", "supplier"), ("Supermercados Brisa", "customer")},
            "2023") in events


def test_told_kind_stops_at_a_preposition_or_a_verb():
    lex = lexicon("fr")
    for text, expected in [("Le fonds rachète la conservera gallega Rías", set()),  # not a French trade noun
                           ("Le fonds rachète la coopérative céréalière de Magny", set()),
                           ("La coopérative a racheté Agrilor", set()),  # a deal's verb, no adjective
                           ("Le fonds rachète la coopérative céréalière Agrilor", {"coopérative"})]:
        name = text.split()[-1]
        m = Mention(name, text.index(name), len(text))
        assert kinds.told(text, 0, m, lex) == expected, text


def test_spanish_object_marked_after_a_relative_year_in_a_description_clause():
    """ "La compañía, que adquirió el año pasado a la chilena X": the object marker "a" still marks the firm bought
    past a relative year (`relative_years`), as past "en 2025"; the description stands for the page's fintech."""
    for when, year in [("el año pasado", "2025"), ("hace dos años", "2024"), ("en 2023", "2023")]:
        events = _events("es", "Noticias", "La fintech Kuarzo ha cerrado una ronda de 20 millones con el fondo "
                         f"Altamar Ventures. La compañía, que adquirió {when} a la chilena Pagovia, está presente ya "
                         "en cuatro mercados.")
        assert ("acquisition", "completed", {("Kuarzo", "acquirer"), ("Pagovia", "target")}, year) in events, when
