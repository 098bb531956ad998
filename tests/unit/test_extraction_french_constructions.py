"""French constructions (fixF): a stake entered with its size before the capital ("entre à hauteur de 30 % au capital
de Y"), a firm named after a lone adjective of its place ("du genevois Y", "de l'américain Y"), "Outre-mer" inside a
name, a resale ("a revendu X à Y"), a merger's pair dated between the cue and its "de" ("la fusion en 2021 de X et
de Y") or parted by an insert ("la fusion entre X, basée à Lyon, et Y"), a body after its president's title
("président de la Communauté urbaine de X"), a dateline's town before its day ("Tours, le 6 octobre 2026 –"),
units named in the sentence after a merger ("leur fusion. Les deux réseaux ...": no venture).
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(kind: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page("fr", *paragraphs)) if e["type"] == kind]


@pytest.mark.parametrize("sentence", [
    "Le groupe Varnier entre à hauteur de 30 % au capital de Lumisol.",
    "Le groupe Varnier entrera pour 20 % dans le capital de Lumisol.",
    "Le groupe Varnier entre au capital du genevois Lumisol.",
    "Le groupe Varnier entre au capital de l'américain Lumisol.",
])
def test_a_stake_entered_by_its_size_or_in_a_firm_named_by_its_place(sentence: str) -> None:
    assert {("Varnier", "investor"), ("Lumisol", "investee")} in _events("investment", "Actualités", sentence)


def test_a_description_completed_by_a_noun_still_stands_in_apposition() -> None:
    found = _events("investment", "Actualités", "Le fonds Varnier a pris 20 % du capital du groupe de luxe Lumisol.")
    assert {("Varnier", "investor"), ("Lumisol", "investee")} in found


def test_overseas_opens_a_name() -> None:
    found = _events("investment", "Actualités", "Le fonds public Outre-mer Capital entrera au capital de Lumisol à "
                    "hauteur de 20 %.")
    assert {("Outre-mer Capital", "investor"), ("Lumisol", "investee")} in found


def test_a_resale_is_a_sale() -> None:
    found = _events("acquisition", "Actualités", "Le groupe Varnier a revendu sa filiale Lumisol à Castelbrun.")
    assert any({("Lumisol", "target"), ("Castelbrun", "acquirer")} <= p for p in found)


def test_a_claim_is_no_resale() -> None:
    assert not _events("acquisition", "Actualités", "Varnier revendique 400 clients dans le monde.")


@pytest.mark.parametrize("sentence", [
    "La foncière, issue de la fusion en 2021 de la Foncière Varnier et de Lumisol, gère 2 milliards d'euros d'actifs.",
    "L'Autorité a autorisé jeudi la fusion entre les coopératives Varnier, basée à Rennes (Ille-et-Vilaine), et "
    "Lumisol, dont le siège est à Vannes.",
])
def test_a_merger_pair_past_a_date_or_an_insert(sentence: str) -> None:
    found = _events("merger", "Actualités", sentence)
    assert any(len(p) == 2 and {r for _, r in p} == {"party"} and any("Varnier" in n for n, _ in p)
               and ("Lumisol", "party") in p for p in found)


def test_a_body_whose_president_speaks_stays_a_body() -> None:
    found = _events("contract", "Actualités", "Varnier remporte un marché auprès de la Communauté urbaine de Sorvel.",
                    "« Ce choix est le bon », souligne Marc Dubreuil, président de la Communauté urbaine de Sorvel.")
    assert {("Varnier", "supplier"), ("Communauté urbaine de Sorvel", "customer")} in found


def test_the_town_of_a_dateline_with_its_day_is_no_party() -> None:
    found = _events("contract", "Varnier remporte un marché", "Tours, le 6 octobre 2026 – Varnier, spécialiste de "
                    "l'éclairage public, annonce avoir été retenu par la Communauté urbaine de Sorvel pour un marché "
                    "de performance énergétique.")
    assert found and all(("Tours", r) not in p for p in found for r in ("customer", "supplier"))
    assert {("Varnier", "supplier"), ("Communauté urbaine de Sorvel", "customer")} in found


def test_units_named_in_the_next_sentence_make_no_venture_of_a_merger() -> None:
    paragraph = ("Distribution : Varnier et Lumisol officialisent leur fusion. Les deux réseaux de supermarchés "
                 "coopératifs donneront naissance à un ensemble de 320 magasins.")
    assert {("Varnier", "party"), ("Lumisol", "party")} in _events("merger", "Actualités", paragraph)
    assert not _events("joint_venture", "Actualités", paragraph)
