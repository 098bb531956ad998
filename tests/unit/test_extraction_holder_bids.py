"""A tender offer that names no firm it bids for, by a bidder whose relative clause tells a stake it already holds:
the bid is for the rest of that firm (statements._holder_bids)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def takeovers(lang: str, text: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "Actualités", text)) if e["type"] == "acquisition"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Veltrane, qui détient déjà 18 % du capital de Dorvex, a déposé mardi une offre publique d'achat à 31 "
           "euros par action."),
    ("de", "Die Veltrane AG, die bereits 18 Prozent an der Dorvex AG hält, hat am Dienstag ein Übernahmeangebot "
           "vorgelegt."),
    ("es", "Veltrane, que ya posee el 18 % del capital de Dorvex, lanzó el martes una opa a 31 euros por acción."),
])
def test_holder_bids_for_the_firm_its_relative_clause_names(lang: str, text: str) -> None:
    assert takeovers(lang, text) == [{("Veltrane", "acquirer"), ("Dorvex", "target")}]


def test_a_description_after_the_offer_gives_way_to_the_held_firm() -> None:
    found = takeovers("fr", "Le cimentier marocain Ostrane Liants reste discret. Veltrane, qui détient déjà 18 % du "
                      "capital de Dorvex, a déposé mardi une offre publique d'achat à 31 euros par action, valorisant "
                      "le cimentier à 900 millions d'euros.")
    assert found == [{("Veltrane", "acquirer"), ("Dorvex", "target")}]


def test_a_named_firm_bid_for_keeps_its_role() -> None:
    assert takeovers("fr", "Veltrane, qui détient déjà 18 % du capital de Dorvex, a lancé une offre publique d'achat "
                     "sur Korvane.") == [{("Veltrane", "acquirer"), ("Korvane", "target")}]


def test_a_relative_clause_without_a_stake_names_no_target() -> None:
    assert takeovers("fr", "Veltrane, qui travaille avec Dorvex, a déposé mardi une offre publique d'achat à 31 euros "
                     "par action.") == []
