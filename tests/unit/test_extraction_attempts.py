"""A firm's attempt, plan or offer blocked by someone else: the firm acts in the deal, not the subject that blocked
it; and a sale told in two halves (the unit named without a buyer, the buyer named without the unit) is one event."""

import pytest

from streams.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION
from streams.extraction.events import assemble
from tests.unit.test_extraction_roles import page, parties, parties_by_event


def candidates(lang: str, text: str) -> list[set[tuple[str, str]]]:
    """The parties of every acquisition candidate the learned scorer is shown (the rules' events first): a
    statement the rules drop for naming no buyer is among them."""
    clean = page(lang, "News", text)
    return [parties(record) for record, _ in assemble(clean, EXTRACTOR_NAME, EXTRACTOR_VERSION, dropped=True)
            if record["type"] == "acquisition"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The regulator blocked the attempt by Norvik Holdings to sell Baltra Cables to Quaymont Group."),
    ("es", "La CNMC frenó el intento de Grupo Norvik de vender Baltra Cables a Quaymont."),
    ("es", "Bruselas tumbó la oferta de Norvik de vender Baltra Cables a Quaymont."),
    ("fr", "L'Autorité de la concurrence a bloqué la tentative de Norvik de céder Baltra Cables à Quaymont."),
    ("fr", "Bruxelles avait rejeté le projet d'Norvik de vendre Baltra Cables à Quaymont."),
])
def test_the_firm_whose_attempt_was_blocked_sells(lang: str, text: str) -> None:
    (found,) = parties_by_event(lang, text, "acquisition")
    sellers = {name for name, role in found if role == "seller"}
    assert len(sellers) == 1 and next(iter(sellers)).endswith("Norvik")
    assert {role for _, role in found} == {"seller", "target", "acquirer"}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La Comisión Europea frustró el intento de Norvik de desprenderse de Baltra Cables."),
    ("en", "Regulators thwarted the attempt by Norvik to sell Baltra Cables."),
])
def test_a_blocked_attempt_without_buyer_names_no_regulator(lang: str, text: str) -> None:
    assert candidates(lang, text) == [{("Norvik", "seller"), ("Baltra Cables", "target")}]


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("es", "Hace dos años, la Comisión Europea frustró el intento de Norvik de desprenderse de Baltra Cables.",
     "En 2022, la compañía pactó la venta de su filial británica a Quaymont por 900 millones de libras, pero "
     "Bruselas vetó la operación en junio de 2022."),
    ("en", "Two years ago the European Commission blocked the attempt by Norvik to sell Baltra Cables.",
     "In 2022 Norvik agreed to sell its British unit to Quaymont for £900m, but Brussels blocked the deal "
     "in June 2022."),
])
def test_a_sale_told_in_two_halves_is_one_event(lang: str, first: str, second: str) -> None:
    assert candidates(lang, f"{first} {second}") == [
        {("Norvik", "seller"), ("Baltra Cables", "target"), ("Quaymont", "acquirer")}]


def test_halves_far_apart_stay_apart() -> None:
    filler = " ".join(f"Norvik opened its {n} plant in Lyon." for n in ("first", "second", "third"))
    text = (f"The European Commission thwarted the attempt by Norvik to sell Baltra Cables. {filler} "
            "In 2022 the company agreed to sell its British unit to Quaymont for £900m.")
    assert {("Norvik", "seller"), ("Baltra Cables", "target"), ("Quaymont", "acquirer")} not in candidates("en", text)
