"""Deals whose party the article names once and then only by a description, a demonym or a defined term (topic C
shape 1): the description stands for the firm the page tied it to, and the deal's cue is read in the clause that
hangs on the description. Pages written for these tests, several a language."""

from streams.extraction import extract_events
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
