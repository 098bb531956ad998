"""Listings told by their outcome with no IPO word (the first trading day, shares placed on the exchange) and
listings planned (a plan to list on an exchange, a future debut, banks hired to prepare it): probe pages written
for these tests (branch rounds2), with look-alikes that must stay no listing."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TOLD = [
    ("de", "Nordwerk an der Börse", "Die Nordwerk AG hat ihren ersten Handelstag an der Frankfurter Börse mit einem "
                                    "Minus beendet.", "Nordwerk", "completed"),
    ("de", "Ferrovo an der Börse", "Der Bahntechnik-Zulieferer Ferrovo hat seinen ersten Handelstag an der Schweizer "
                                   "Börse SIX mit einem Kursgewinn beendet.", "Ferrovo", "completed"),
    ("es", "Lumatec sale a Bolsa", "La cadena Lumatec colocó este miércoles sus acciones en la Bolsa Mexicana de "
                                   "Valores.", "Lumatec", "completed"),
    ("fr", "Cerventis en Bourse", "Le groupe Cerventis a fait son entrée à la Bourse suisse SIX ce jeudi.",
     "Cerventis", "completed"),
    ("en", "Brightwell shares jump", "Shares in Brightwell rose 9% on their first day of trading in London on "
                                     "Wednesday.", "Brightwell", "completed"),
    ("en", "Lumatec revives listing plan", "Canadian miner Lumatec said it would now revive its plan to list on the "
                                           "Toronto Stock Exchange.", "Lumatec", "announced"),
    ("en", "Lumatec eyes listing", "Canadian miner Lumatec intends to list its shares in London next year.",
     "Lumatec", "announced"),
    ("es", "Lumatec saldrá a Bolsa", "La cadena Lumatec registra el folleto para salir a Bolsa en mayo.", "Lumatec",
     "announced"),
    ("es", "Lumatec saldrá a Bolsa", "La cadena Lumatec saldrá a Bolsa en mayo.", "Lumatec", "announced"),
    ("fr", "Lumatec en Bourse", "Le groupe Lumatec prépare son introduction en Bourse.", "Lumatec", "announced"),
]


@pytest.mark.parametrize(("lang", "title", "text", "issuer", "state"), TOLD)
def test_a_listing_told_by_its_outcome_or_plan(lang: str, title: str, text: str, issuer: str, state: str) -> None:
    (event,) = [e for e in extract_events(page(lang, title, text)) if e["type"] == "ipo"]
    assert parties(event) == {(issuer, "issuer")}
    assert event["status"] == state
    if state == "announced":
        assert event["date"] == "2024-03-14"  # the month a plan names is when it may list, not when it was told


def test_banks_hired_to_prepare_a_debut_are_no_contract() -> None:
    events = extract_events(page("es", "Lumatec prepara su estreno",
                                 "La cadena Lumatec ha encargado a Morgan Stanley y CaixaBank la preparación de su "
                                 "debut en la Bolsa de Madrid, que podría producirse en octubre."))
    assert [(e["type"], parties(e)) for e in events] == [("ipo", {("Lumatec", "issuer")})]


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Lumatec results", "Canadian miner Lumatec, which is listed on the Toronto Stock Exchange, reported higher "
                              "sales."),
    ("en", "Lumatec online", "Canadian miner Lumatec plans to list its products on its own website."),
    ("es", "Lumatec emite bonos", "La cadena Lumatec colocó este miércoles bonos por 300 millones de euros."),
    ("de", "Nordwerk", "Die Nordwerk AG beendete den ersten Tag der Messe mit vielen Aufträgen."),
])
def test_look_alikes_of_a_listing_state_none(lang: str, title: str, text: str) -> None:
    assert [e for e in extract_events(page(lang, title, text)) if e["type"] == "ipo"] == []


SUMS = [
    ("de", "Solacor an der Börse", "Der Solarzulieferer Solacor hat seinen ersten Handelstag an der SIX mit einem Plus "
                                   "beendet. Solacor nahm mit der Platzierung neuer Aktien 310 Mio. Franken ein.",
     "Solacor", "CHF"),
    ("es", "Tlalli sale a Bolsa", "La cadena Tlalli colocó este miércoles sus acciones en la Bolsa Mexicana de "
                                  "Valores. La colocación le reportó 310 millones de dólares.", "Tlalli", "USD"),
    ("fr", "Cerventis en Bourse", "Le groupe Cerventis a fait son entrée à la Bourse suisse SIX ce jeudi. Le placement "
                                  "a rapporté 310 millions de francs.", "Cerventis", "CHF"),
    ("en", "Brightwell shares jump", "Shares in Brightwell rose 9% on their first day of trading in London on "
                                     "Wednesday. The offering brought in £310 million, the company said.",
     "Brightwell", "GBP"),
]


@pytest.mark.parametrize(("lang", "title", "text", "issuer", "currency"), SUMS)
def test_the_sum_a_placement_brought_in_the_next_sentence_is_the_listings(lang: str, title: str, text: str,
                                                                          issuer: str, currency: str) -> None:
    (event,) = [e for e in extract_events(page(lang, title, text)) if e["type"] == "ipo"]
    assert parties(event) == {(issuer, "issuer")}
    assert (event["amount"]["value"], event["amount"]["currency"]) == (310e6, currency)
