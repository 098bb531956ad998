"""Sponsorships and rights sold (contracts5): a sponsor presented by the side it sponsors ("unveiled Y as its new
shirt sponsor", "präsentierte Y als neuen Trikotsponsor"), naming or broadcast rights sold or handed to a firm ("sold
the naming rights to its stadium to Y", "a cédé les droits de diffusion à Y"), talks with a sponsor about them: a
contract whose supplier is the side sponsored or selling the rights, never the sale of a firm. A venue named after
its sponsor ("the Vallon Arena") is no party. A contract's two sides named after "between" are its parties, not
whoever approves it before the cue. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"


def _events(lang: str, title: str, text: str) -> list[dict]:
    return extract_events(page(lang, title, text, published="2025-06-05"))


@pytest.mark.parametrize(("lang", "title", "sentence", "customer", "supplier", "status"), [
    ("en", "Corvan FC", "Corvan FC on Tuesday unveiled Hollin Brewing as front-of-shirt sponsor in a three-year deal.",
     "Hollin Brewing", "Corvan FC", "announced"),
    ("de", "SV Corvan", "Der SV Corvan präsentierte am Dienstag die Vallon Versicherung AG als neuen Trikotsponsor.",
     "Vallon Versicherung", "SV Corvan", "announced"),
    ("fr", "Corvan FC", "Le Corvan FC a présenté mardi la mutuelle Assurances Vallon comme nouveau sponsor maillot.",
     "Assurances Vallon", "Corvan FC", "announced"),
    ("es", "Club Corvan", "El Club Corvan presentó el martes a Seguros Austral como nuevo patrocinador principal.",
     "Seguros Austral", "Club Corvan", "announced"),
    ("en", "Corvan FC", "Corvan FC sold the naming rights to its stadium to Vallon Telecom for $30 million.",
     "Vallon Telecom", "Corvan FC", "announced"),
    ("de", "SV Corvan", "Der SV Corvan verkauft die Namensrechte an seinem Stadion an die Vallon Energie AG.",
     "Vallon Energie", "SV Corvan", "announced"),
    ("fr", "Studio Corvan", "Le Studio Corvan a cédé en avril les droits de diffusion mondiaux à la plateforme Vallon.",
     "Vallon", "Studio Corvan", "announced"),
    ("es", "Estudios Corvan", "Estudios Corvan cedió en abril los derechos de emisión de la serie a la plataforma "
     "Vallon.", "Vallon", "Estudios Corvan", "announced"),
    ("en", "Corvan FC", "Corvan FC is in talks with Vallon Telecom about naming rights to its stadium.",
     "Vallon Telecom", "Corvan FC", "rumored"),
    ("de", "SV Corvan", "Der SV Corvan verhandelt mit der Vallon Energie AG über die Namensrechte am Stadion.",
     "Vallon Energie", "SV Corvan", "rumored"),
    ("fr", "Corvan FC", "Le Corvan FC négocie avec Vallon Énergies les droits de naming du stade.",
     "Vallon Énergies", "Corvan FC", "rumored"),
    ("es", "Club Corvan", "El Club Corvan negocia con la eléctrica Energías Vallon la venta de los derechos de nombre "
     "de su estadio.", "Energías Vallon", "Club Corvan", "rumored"),
])
def test_sponsorship_or_rights_sold_is_a_contract(lang, title, sentence, customer, supplier, status):
    events = _events(lang, title, sentence)
    assert [e["type"] for e in events] == ["contract"], events
    assert parties(events[0]) == {(customer, CUSTOMER), (supplier, SUPPLIER)}
    assert events[0]["status"] == status


@pytest.mark.parametrize(("lang", "title", "sentence"), [
    ("en", "Vallon Arena", "Hollin Capital bought a 20% stake in Corvan FC, which plays at the Vallon Arena."),
    ("de", "Vallon Arena", "Die Hollin Beteiligungen übernimmt 20 Prozent am SV Corvan, der in der Vallon Arena "
     "spielt."),
])
def test_a_venue_named_after_its_sponsor_is_no_party(lang, title, sentence):
    names = {p["name"] for e in _events(lang, title, sentence) for p in e["parties"]}
    assert names and "Vallon Arena" not in names


@pytest.mark.parametrize(("lang", "sentence", "customer", "supplier"), [
    ("en", "The Corvan City Council voted 6-1 on Tuesday to approve a 10-year power purchase agreement between Corvan "
     "Municipal Utilities and Vallon Wind LLC.", "Corvan Municipal Utilities", "Vallon Wind"),
    ("en", "The board approved a five-year supply agreement between Corvan Foods and Vallon Farms.", "Corvan Foods",
     "Vallon Farms"),
    ("de", "Der Stadtrat genehmigte am Dienstag einen Stromliefervertrag zwischen den Stadtwerken Corvan und der "
     "Vallon Wind GmbH.", "Stadtwerke Corvan", "Vallon Wind"),
    ("fr", "Le conseil municipal a approuvé mardi un contrat de fourniture entre la société Corvan Eau et le groupe "
     "Vallon Énergies.", "Corvan Eau", "Vallon Énergies"),
    ("es", "El pleno aprobó el martes un contrato de suministro entre Aguas de Corvan y Vallon Energía.",
     "Aguas de Corvan", "Vallon Energía"),
])
def test_a_contract_between_two_named_sides_leaves_out_who_approves_it(lang, sentence, customer, supplier):
    events = [e for e in _events(lang, "News", sentence) if e["type"] == "contract"]
    assert [parties(e) for e in events] == [{(customer, CUSTOMER), (supplier, SUPPLIER)}], events
