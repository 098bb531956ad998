"""French cues (session 34): a venture dissolved in the present plural or by its noun ("dissolvent leur coentreprise",
"la dissolution de Z, la coentreprise qu'elles détenaient depuis 2016") is ended, not run since its start; a ship size
in "EVP" (the French TEU) is no firm; a minority stake told with its kind and its size ("une participation minoritaire
de 18 % dans Y") or in a firm its description names ("40 % du club Y") is an investment; a listing whose first
session a share's move tells ("a gagné 18 % à sa première séance") took place; an end told by a plan's abandonment,
a step given up or a tie broken is terminated, not a failure recalled beside another deal; a name that ends like a
future verb ("Tessera") forecasts nothing; a merger "des groupes X et Y" is theirs. Sentences written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(*paragraphs: str, published: str = "2026-03-12") -> list[dict]:
    return extract_events(page("fr", *paragraphs, published=published))


@pytest.mark.parametrize("sentence", [
    "Varnier et Lumisol dissolvent leur coentreprise de crédit-bail.",
    "Varnier et Lumisol ont annoncé mercredi la dissolution de Crédibail Ouest, la coentreprise qu'elles "
    "détenaient à parts égales depuis 2015.",
])
def test_a_venture_dissolved_is_ended(sentence: str) -> None:
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "joint_venture"]
    assert event["status"] == "terminated"
    assert {name for name, _ in parties(event)} == {"Varnier", "Lumisol"}


def test_a_venture_run_since_a_start_is_still_ongoing() -> None:
    sentence = ("Varnier et Lumisol détiennent à parts égales depuis 2015 Crédibail Ouest, une coentreprise de "
                "crédit-bail.")
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "joint_venture"]
    assert (event["status"], event["date"]) == ("ongoing", "2015")


def test_a_ship_size_in_evp_is_no_supplier() -> None:
    sentence = ("L'armateur Varnier a commandé jeudi quatre porte-conteneurs de 9 000 EVP au chantier Lumisol Marine "
                "pour 400 millions de dollars.")
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "contract"]
    assert parties(event) == {("Varnier", "customer"), ("Lumisol Marine", "supplier")}


@pytest.mark.parametrize("sentence", [
    "Le fonds Varnier Croissance a pris une participation minoritaire de 18 % dans Lumisol, en y injectant "
    "40 millions d'euros.",
    "Le fonds Varnier Croissance va acquérir 35 % du club Lumisol via une augmentation de capital de 40 millions "
    "d'euros.",
])
def test_a_minority_stake_by_its_kind_and_size_or_in_a_described_firm_is_an_investment(sentence: str) -> None:
    events = _events("Actualités", sentence)
    assert [e["type"] for e in events] == ["investment"]
    assert parties(events[0]) == {("Varnier Croissance", "investor"), ("Lumisol", "investee")}


def test_a_majority_stake_is_still_a_purchase() -> None:
    events = _events("Actualités", "Le fonds Varnier Croissance va acquérir 60 % du groupe Lumisol.")
    assert [e["type"] for e in events] == ["acquisition"]


@pytest.mark.parametrize("sentence", [
    "L'action de Lumisol a gagné 12 % à sa première séance, au terme d'une introduction en Bourse de 80 millions "
    "d'euros.",
    "L'action Lumisol a bondi de 12 % lors de sa première séance, après une introduction en Bourse de 80 millions "
    "d'euros.",
])
def test_a_listing_whose_first_session_is_told_took_place(sentence: str) -> None:
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "ipo"]
    assert event["status"] == "completed"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Varnier et Lumisol ont annoncé jeudi l'abandon de leur projet de fusion, dévoilé en septembre.", "merger"),
    ("En 2022, le fonds Varnier avait proposé de racheter Lumisol, avant de jeter l'éponge face au prix demandé.",
     "acquisition"),
    ("Selon nos informations, Varnier aurait approché Lumisol l'an dernier en vue d'un rachat, sans donner suite.",
     "acquisition"),
])
def test_an_end_told_by_its_noun_an_infinitive_or_no_sequel_is_terminated(sentence: str, kind: str) -> None:
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == kind]
    assert event["status"] == "terminated"


def test_a_tie_broken_after_years_is_ended_on_the_day_told() -> None:
    sentence = "Varnier et Lumisol ont annoncé mercredi la rupture de l'alliance aux achats qui les liait depuis 2018."
    (event,) = [e for e in _events("Actualités", sentence, published="2026-03-12") if e["type"] == "partnership"]
    assert (event["status"], event["date"]) == ("terminated", "2026-03-11")


def test_a_failure_recalled_ends_no_other_deal() -> None:
    sentence = ("Varnier rachète Lumisol pour 40 millions d'euros, deux ans après l'échec d'une première tentative de "
                "vente.")
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "acquisition"]
    assert event["status"] == "announced"


def test_a_break_fee_ends_no_tie() -> None:
    sentence = ("Varnier a signé un partenariat avec Lumisol, assorti d'une indemnité de rupture de l'accord de "
                "5 millions.")
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "partnership"]
    assert event["status"] != "terminated"


@pytest.mark.parametrize("buyer", ["Tessera", "Riviera Capital"])
def test_a_name_ending_like_a_future_verb_is_no_forecast(buyer: str) -> None:
    (event,) = [e for e in _events("Actualités", f"{buyer} a finalisé le rachat de Lumisol.")
                if e["type"] == "acquisition"]
    assert event["status"] == "completed"


@pytest.mark.parametrize("sentence", [
    "Tessera devrait boucler le rachat de Lumisol en juin.",
    "Varnier finalisera le rachat de Lumisol en juin.",
    "Varnier bouclera le rachat de Lumisol en juin.",
])
def test_a_closing_to_come_is_no_closing(sentence: str) -> None:
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "acquisition"]
    assert event["status"] == "announced"


@pytest.mark.parametrize("sentence", [
    "Norvalis est issu de la fusion, en 2021, des groupes Berlane et Cortiva.",
    "Norvalis est né de la fusion des assureurs Berlane et Cortiva.",
])
def test_a_merger_of_firms_named_after_their_plural_kind_is_theirs(sentence: str) -> None:
    (event,) = [e for e in _events("Actualités", sentence) if e["type"] == "merger"]
    assert parties(event) == {("Berlane", "party"), ("Cortiva", "party")}
