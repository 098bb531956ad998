"""Deals blocked, failed or called off, told with the deal as a noun phrase (branch blocked2): a merger "with X"
whose other side the page or a quote's "we" gives, even where both names share a kind word ("Club ... ");
would-be buyers named after a veto ("Als Interessent gilt X"), rumored, of the firm the deal told before was
about; members who vote to merge their two businesses. Sentences written for these tests; the look-alikes at the
end must keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2024-03-14"


def deals(lang: str, title: str, *text: str) -> set[tuple[str, str, frozenset[tuple[str, str]]]]:
    """Type, status and (name, role) parties of the events of a page."""
    return {(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]))
            for e in extract_events(page(lang, title, *text, published=PUBLISHED))}


CLUBS = frozenset({("Club Deportivo Lumatec", "party"), ("Club Atlético Nordwerk", "party")})

CLUB_MERGERS = [  # a merger "with X" of the club the page is about, or the quote's "we", called off
    ("es", "El Club Deportivo Lumatec juega en Tercera. La fusión con el Club Atlético Nordwerk se cayó el año "
     "pasado."),
    ("es", "El Club Deportivo Lumatec juega en Tercera. La fusión con el Club Atlético Nordwerk fracasó el año "
     "pasado."),
    ("es", "Juan Pérez, presidente del Club Deportivo Lumatec, habla del futuro. \"La fusión con el Club Atlético "
     "Nordwerk se cayó el año pasado porque no nos pusimos de acuerdo\", dijo."),
    ("es", "El presidente del Club Deportivo Lumatec habla del futuro. \"La fusión con el Club Atlético Nordwerk "
     "se cayó el año pasado porque no nos pusimos de acuerdo\", dijo."),
]


@pytest.mark.parametrize(("lang", "text"), CLUB_MERGERS)
def test_a_merger_with_a_club_of_the_same_kind_is_the_pages_clubs(lang: str, text: str) -> None:
    assert ("merger", "terminated", CLUBS) in deals(lang, "Club Deportivo Lumatec", text)


MILLS = frozenset({("Hamburgische Hafenmühlen", "party"), ("Kornfeld", "party")})

ADJECTIVE_NAMES = [  # a long "-isch" adjective capitalised opens a name (German writes it so in names only)
    "Das Bundeskartellamt hat den geplanten Zusammenschluss der Hamburgischen Hafenmühlen mit dem Konkurrenten "
    "Kornfeld untersagt.",
    "Die Fusion der Hamburgischen Hafenmühlen mit Kornfeld ist im Herbst gescheitert.",
    "Die Hamburgische Hafenmühlen AG ist der größte Mehlhersteller im Norden. Das Bundeskartellamt hat den geplanten "
    "Zusammenschluss der Hamburgischen Hafenmühlen mit dem Konkurrenten Kornfeld untersagt.",
]


@pytest.mark.parametrize("text", ADJECTIVE_NAMES)
def test_a_name_opened_by_an_inflected_adjective_keeps_it_in_its_base_form(text: str) -> None:
    assert ("merger", "terminated", MILLS) in deals("de", "Kornfeld", text)


SUITORS = [  # after a veto, a would-be buyer of the same firm: rumored
    ("de", "Das Bundeskartellamt hat die Übernahme von Nordwerk durch Lumatec untersagt. Für Nordwerk beginnt nun "
     "die Suche nach einem anderen Käufer. Als Interessent gilt der Finanzinvestor Aurum Capital."),
    ("de", "Das Bundeskartellamt hat die Übernahme von Nordwerk durch Lumatec untersagt. Der Finanzinvestor Aurum "
     "Capital gilt als möglicher Käufer."),
    ("en", "The competition authority blocked the takeover of Nordwerk by Lumatec. Nordwerk now needs another buyer. "
     "Private equity firm Aurum Capital is seen as a possible buyer."),
    ("en", "The competition authority blocked the takeover of Nordwerk by Lumatec. Aurum Capital is seen as a "
     "possible buyer for Nordwerk."),
    ("fr", "L'Autorité de la concurrence a interdit le rachat de Nordwerk par Lumatec. Le fonds Aurum Capital est "
     "cité comme repreneur possible."),
    ("es", "La CNMC ha prohibido la compra de Nordwerk por Lumatec. El fondo Aurum Capital suena como posible "
     "comprador."),
]


@pytest.mark.parametrize(("lang", "text"), SUITORS)
def test_a_would_be_buyer_after_a_veto_is_a_rumored_buyer_of_the_same_firm(lang: str, text: str) -> None:
    found = deals(lang, "Nordwerk", text)
    assert ("acquisition", "terminated", frozenset({("Lumatec", "acquirer"), ("Nordwerk", "target")})) in found
    assert ("acquisition", "rumored", frozenset({("Aurum Capital", "acquirer"), ("Nordwerk", "target")})) in found


def test_several_would_be_buyers_are_each_a_buyer() -> None:
    found = deals("de", "Nordwerk", "Das Bundeskartellamt hat die Übernahme von Nordwerk durch Lumatec untersagt. "
                  "Als Kaufinteressenten gelten Aurum Capital und die Velthaus AG.")
    assert ("acquisition", "rumored", frozenset({("Aurum Capital", "acquirer"), ("Velthaus", "acquirer"),
                                                 ("Nordwerk", "target")})) in found


MEMBERS = [  # members vote to merge "the two ... businesses": the firms merge, the members are no part of a name
    ("en", "Members of Lumatec Dairy Cooperative and Nordwerk Creamery Cooperative voted on Monday to merge the two "
     "farmer-owned businesses."),
    ("en", "Members of Lumatec Dairy Cooperative and Nordwerk Creamery Cooperative voted on Monday to merge the two "
     "businesses."),
]


@pytest.mark.parametrize(("lang", "text"), MEMBERS)
def test_members_voting_to_merge_their_two_businesses_merge_the_firms(lang: str, text: str) -> None:
    assert ("merger", "announced", frozenset({("Lumatec Dairy Cooperative", "party"),
                                              ("Nordwerk Creamery Cooperative", "party")})) in deals(
        lang, "Lumatec", text)


UNITS_SOLD = [  # a unit sold in the background, its buyer told by a relative clause on it, its price and year between
    ("de", "Die Nordwerk AG aus Hamburg übernimmt den Maschinenbauer Velthaus. Die Hamburger hatten sich bereits 2018 "
     "von ihrer Futtermittelsparte getrennt, die für 120 Millionen Euro an den dänischen Agrarkonzern Lumatec Agro "
     "ging."),
    ("de", "Die Nordwerk AG aus Hamburg übernimmt den Maschinenbauer Velthaus. Nordwerk trennte sich 2018 von ihrer "
     "Futtermittelsparte, die für 120 Millionen Euro an den dänischen Agrarkonzern Lumatec Agro ging."),
    ("en", "Nordwerk Group is buying Velthaus. The Hamburg group had already parted with its animal feed division in "
     "2018, which went to Danish agricultural group Lumatec Agro for 120 million euros."),
    ("es", "El grupo Nordwerk compra Velthaus. El grupo de Hamburgo ya se había desprendido en 2018 de su división de "
     "piensos, que pasó por 120 millones de euros al grupo danés Lumatec Agro."),
    ("es", "El grupo Nordwerk compra Velthaus. Nordwerk se desprendió en 2018 de su división de piensos, que fue "
     "vendida al grupo danés Lumatec Agro."),
]


@pytest.mark.parametrize(("lang", "text"), UNITS_SOLD)
def test_a_unit_sold_to_a_buyer_a_relative_clause_names_is_sold_then(lang: str, text: str) -> None:
    found = {(e["type"], e["status"], e["date"], frozenset((p["name"], p["role"]) for p in e["parties"]))
             for e in extract_events(page(lang, "Nordwerk", text, published=PUBLISHED))}
    assert ("acquisition", "completed", "2018", frozenset({("Nordwerk", "seller"), ("Lumatec Agro", "acquirer")})
            ) in found


KEPT = [  # look-alikes that keep their result
    # two units merged into a company owned together stay a joint venture
    ("en", "Lumatec", "Lumatec and Nordwerk agreed to merge their British mobile businesses.",
     ("joint_venture", "announced", frozenset({("Lumatec", "partner"), ("Nordwerk", "partner")}))),
    # a former self that shares a word is still no second party
    ("en", "Lumatec", "Lumatec makes valves. The merger with Nordwerk collapsed last year.",
     ("merger", "terminated", frozenset({("Lumatec", "party"), ("Nordwerk", "party")}))),
    # a bidder named with its target keeps the target
    ("en", "Lumatec", "Lumatec makes valves. Nordwerk is seen as a possible buyer of Velthaus AG.",
     ("acquisition", "rumored", frozenset({("Nordwerk", "acquirer"), ("Velthaus", "target")}))),
]


@pytest.mark.parametrize(("lang", "title", "text", "event"), KEPT)
def test_look_alikes_keep_their_result(lang: str, title: str, text: str, event: tuple) -> None:
    assert event in deals(lang, title, text)
