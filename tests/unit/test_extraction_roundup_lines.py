"""A round-up line ("Le récap de la semaine : X lève 30 M€, Y racheté, ...") lists the page's deals clause by clause,
each told again below: its firms and cues must not pair across the clauses, and it adds no deal of its own."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

ROUNDUPS = [
    ("en", ["Deals of the week",
            "A quick recap: Orvela raises $30 million, Tamsk acquired, a merger called off.",
            "Orvela raised $30 million from Selvik Ventures on Monday.",
            "Halvex Industries said on Tuesday it had agreed to buy Tamsk Software for $90 million."]),
    ("fr", ["Les deals de la semaine",
            "Le récap de la semaine : Orvela lève 30 millions d'euros, Tamsk racheté, une fusion avortée.",
            "Orvela a levé 30 millions d'euros auprès de Selvik Ventures lundi.",
            "Halvex a annoncé mardi le rachat de Tamsk."]),
    ("es", ["Las operaciones de la semana",
            "El resumen de la semana: Orvela levanta 30 millones de euros, Tamsk vendida, una fusión frustrada.",
            "Orvela levantó el lunes 30 millones de euros de Selvik Ventures.",
            "El grupo Halvex Industrias acordó el martes la compra de Tamsk Software por 90 millones de euros."]),
    ("de", ["Deals der Woche",
            "Wochenrückblick: Orvela sammelt 30 Millionen Euro ein, Tamsk übernommen, eine Fusion geplatzt.",
            "Orvela hat am Montag 30 Millionen Euro von Selvik Ventures eingesammelt.",
            "Halvex übernimmt Tamsk, wie am Dienstag bekannt wurde."]),
]


@pytest.mark.parametrize(("lang", "paragraphs"), ROUNDUPS)
def test_a_roundup_line_pairs_no_firms_across_its_clauses(lang, paragraphs):
    events = extract_events(page(lang, *paragraphs))
    assert not [e for e in events if {"Orvela", "Tamsk"} <= {p["name"].split()[0] for p in e["parties"]}]
    (round_,) = [e for e in events if e["type"] == "funding_round"]
    assert parties(round_) == {("Orvela", "investee"), ("Selvik Ventures", "investor")}
    (bought,) = [e for e in events if e["type"] == "acquisition"]
    assert {p["name"].split()[0] for p in bought["parties"]} == {"Halvex", "Tamsk"}


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ["News", "In brief: Halvex buys Tamsk, a maker of valves."]),
    ("fr", ["Actualités", "En bref : Halvex rachète Tamsk, fabricant de vannes."]),
])
def test_a_label_over_one_deal_still_states_it(lang, paragraphs):
    (bought,) = extract_events(page(lang, *paragraphs))
    assert parties(bought) == {("Halvex", "acquirer"), ("Tamsk", "target")}
