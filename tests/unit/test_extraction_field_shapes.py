"""Status, date and amount of the kinds of wrong field counted on pages nobody tuned on (branch fields18): standing
relationships carried on, relied on or already there are ongoing, dated by when they began if the clause says; a
deal still waiting for approval or its close is announced, not completed by an earlier date; a venture founded
("créée en", a start word) in an earlier year is completed then; money a deal brought or a buyer put in since is no
price; a wire's dateline gives way to the day its firms spoke; "seit vergangenem Jahr" is last year. Sentences
written for these tests, several phrasings a kind and language, and probes that must keep their field."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page
from tests.unit.test_extraction_status_fields import BOTH, PUBLISHED, TAIL, fields


def values(lang: str, text: str) -> set[tuple[str, float | None]]:
    """Type and amount of the events of a page between Lumatec and Nordwerk."""
    return {(e["type"], e["amount"] and e["amount"]["value"])
            for e in extract_events(page(lang, "Lumatec", text + TAIL[lang], published=PUBLISHED))
            if {p["name"] for p in e["parties"]} == BOTH}


CARRIED_ON = [  # a relationship carried on, relied on, held or already there: ongoing, undated
    ("en", "Lumatec continues its partnership with Nordwerk.", "partnership"),
    ("en", "Lumatec continued its long collaboration with Nordwerk.", "partnership"),
    ("en", "Lumatec, which has a service partnership with Nordwerk, reported higher sales.", "partnership"),
    ("en", "Lumatec has an alliance with Nordwerk.", "partnership"),
    ("fr", "Lumatec poursuit son partenariat avec Nordwerk.", "partnership"),
    ("fr", "Lumatec poursuivra sa collaboration avec Nordwerk.", "partnership"),
    ("fr", "Lumatec poursuit aussi son partenariat avec Nordwerk.", "partnership"),
    ("es", "Lumatec continúa su colaboración con Nordwerk.", "partnership"),
    ("es", "Lumatec continúa con su alianza con Nordwerk.", "partnership"),
]

BEGAN = [  # relied on or worked with since a year the clause gives: ongoing, dated by it
    ("en", "Lumatec relies on a partnership formed in 2023 with Nordwerk.", "2023"),
    ("en", "Lumatec builds on its partnership with Nordwerk, sealed in 2022.", "2022"),
    ("fr", "Lumatec s'appuie sur un partenariat noué en 2023 avec Nordwerk.", "2023"),
    ("es", "Lumatec se apoya en una alianza sellada en 2023 con Nordwerk.", "2023"),
    ("de", "Lumatec arbeitet seit vergangenem Jahr mit Nordwerk zusammen.", "2023"),
    ("de", "Lumatec arbeitet seit letztem Jahr mit Nordwerk zusammen.", "2023"),
]

OTHER_CLAUSE = [  # a date of the clause before a comma and a conjunction, or of the part after a semicolon: undated
    ("en", "In July Lumatec completed the purchase of Dravo, and it has a long-standing partnership with Nordwerk."),
    ("fr", "En juillet, Lumatec a finalisé le rachat de Dravo, et il a un partenariat de longue date avec Nordwerk."),
    ("de", "Das Start-up Lumatec entwickelt Software für Baupläne. Zu den Kunden zählt die Nordwerk AG; der Baukonzern "
     "Dravo setzt die Software seit vergangenem Jahr ein."),
]

SINCE_DONE = [  # a deal done since an earlier one ("has since set up"): completed
    ("en", "Lumatec bought Dravo in 2021, and it has since set up a joint venture with Nordwerk."),
    ("en", "Lumatec has since signed a partnership with Nordwerk."),
]

PENDING = [  # agreed earlier, still waiting for approval or its close: announced, dated when agreed
    ("en", "Lumatec still needs regulatory approval to complete the purchase of Nordwerk, agreed last month."),
    ("en", "Lumatec aims to complete the purchase of Nordwerk, agreed in February, by June."),
    ("fr", "Lumatec doit encore obtenir le feu vert pour finaliser le rachat de Nordwerk, annoncé le mois dernier."),
    ("es", "Lumatec aún espera la aprobación para cerrar la compra de Nordwerk, acordada el mes pasado."),
]

FOUNDED = [  # a venture founded in an earlier year: completed then; a unit of energy before it names no firm
    ("fr", "La coentreprise que Lumatec a créée en 2023 avec Nordwerk a doublé ses ventes."),
    ("fr", "Avec 2 GWh par an, la coentreprise que Lumatec a créée en 2023 avec Nordwerk a doublé ses ventes."),
    ("es", "La empresa conjunta que Lumatec creó en 2023 con Nordwerk duplicó sus ventas."),
    ("en", "The joint venture that Lumatec set up in 2023 with Nordwerk doubled its sales."),
]

SINCE = [  # money put in or brought since the deal: no price
    ("en", "Lumatec, which bought Nordwerk in 2021, has since poured £30m into a new line."),
    ("en", "Lumatec bought Nordwerk in 2021 and has since invested £30m in a new line."),
    ("fr", "Lumatec a racheté Nordwerk en 2021, une opération qui a dégagé 25 millions d'euros de synergies."),
    ("fr", "Lumatec a racheté Nordwerk en 2021 et y a investi depuis 30 millions d'euros."),
    ("es", "Lumatec compró Nordwerk en 2021 y desde entonces ha invertido 30 millones de euros en una nueva línea."),
    ("es", "Lumatec compró Nordwerk en 2021, una operación que ha generado 25 millones de euros en sinergias."),
]

DATELINES = [  # a wire's dateline and the day its firms spoke: that day (Monday, 11 March 2024)
    ("en", "OSLO, March 12 (Wire) - Lumatec will buy Nordwerk, the group said on Monday."),
    ("en", "OSLO, March 12 (Wire) - Lumatec is buying Nordwerk, the group said on Monday."),
    ("fr", "OSLO, 12 mars (Wire) - Lumatec va racheter Nordwerk, a indiqué le groupe lundi."),
    ("fr", "OSLO, 12 mars (Wire) - Lumatec rachète Nordwerk, a annoncé lundi le groupe."),
    ("es", "OSLO, 12 de marzo (Wire) - Lumatec comprará Nordwerk, informó el grupo el lunes."),
]

UNCHANGED = [  # a new partnership, a completed deal, a price before what followed, a dateline alone
    ("en", "Lumatec has signed a new partnership with Nordwerk.", ("partnership", "announced", PUBLISHED)),
    ("en", "Lumatec completed the purchase of Nordwerk, agreed in February.", ("acquisition", "completed", "2024-02")),
    ("fr", "Lumatec vient de finaliser le rachat de Nordwerk.", ("acquisition", "completed", PUBLISHED)),
    ("en", "OSLO, March 12 (Wire) - Lumatec will buy Nordwerk.", ("acquisition", "announced", "2024-03-12")),
    ("fr", "Lumatec a noué en 2023 un partenariat avec Nordwerk.", ("partnership", "announced", "2023")),
    ("de", "Der Chiphersteller Lumatec hat im vergangenen Jahr den Autozulieferer Nordwerk übernommen.",
     ("acquisition", "completed", "2023")),
]

PRICES = [  # the price stays when later words speak of what came after
    ("en", "Lumatec bought Nordwerk in 2021 for $340 million and has since folded it into its services arm.",
     340e6),
    ("en", "Lumatec listed Nordwerk's parent in 2021 after buying Nordwerk for $210 million. It has since grown.",
     210e6),
    ("fr", "Lumatec a racheté Nordwerk pour 40 millions d'euros et y a depuis ouvert une usine.", 40e6),
]


@pytest.mark.parametrize(("lang", "text", "kind"), CARRIED_ON)
def test_a_relationship_carried_on_is_ongoing(lang: str, text: str, kind: str) -> None:
    assert (kind, "ongoing", None) in fields(lang, text, BOTH)


@pytest.mark.parametrize(("lang", "text", "year"), BEGAN)
def test_a_relationship_relied_on_is_dated_by_when_it_began(lang: str, text: str, year: str) -> None:
    assert ("partnership", "ongoing", year) in fields(lang, text, BOTH)


@pytest.mark.parametrize(("lang", "text"), OTHER_CLAUSE)
def test_a_lasting_relation_takes_no_date_of_another_clause(lang: str, text: str) -> None:
    assert {d for _, _, d in fields(lang, text, BOTH)} == {None}


@pytest.mark.parametrize(("lang", "text"), SINCE_DONE)
def test_a_deal_done_since_an_earlier_one_is_completed(lang: str, text: str) -> None:
    assert {s for _, s, _ in fields(lang, text, BOTH)} == {"completed"}


@pytest.mark.parametrize(("lang", "text"), PENDING)
def test_a_deal_waiting_for_approval_is_announced(lang: str, text: str) -> None:
    assert {s for _, s, _ in fields(lang, text, BOTH)} == {"announced"}


@pytest.mark.parametrize(("lang", "text"), FOUNDED)
def test_a_venture_founded_in_an_earlier_year_is_completed_then(lang: str, text: str) -> None:
    assert ("joint_venture", "completed", "2023") in fields(lang, text, BOTH)


@pytest.mark.parametrize(("lang", "text"), SINCE)
def test_money_put_in_since_the_deal_is_no_price(lang: str, text: str) -> None:
    assert ("acquisition", None) in values(lang, text)


@pytest.mark.parametrize(("lang", "text"), DATELINES)
def test_the_day_the_firms_spoke_beats_the_dateline(lang: str, text: str) -> None:
    assert fields(lang, text, BOTH) == {("acquisition", "announced", "2024-03-11")}


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_probes_that_keep_their_fields(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in fields(lang, text, BOTH)


@pytest.mark.parametrize(("lang", "text", "price"), PRICES)
def test_a_price_before_what_came_after_stays(lang: str, text: str, price: float) -> None:
    assert ("acquisition", price) in values(lang, text)
