"""Capacity reserved at a port, a plant or a network is a contract with its owner, the one who reserves the customer
("X a signé avec le port Y une réservation de capacité"); assets run for their owner under a management mandate are a
service, the manager the supplier ("dans le cadre d'un mandat de cinq ans signé avec Y")."""

import pytest

from tests.unit.test_extraction_competing_cues import events_of


@pytest.mark.parametrize(("lang", "text", "port"), [
    ("fr", "La société Navilo a signé avec le Grand Port de Sète une réservation de capacité portant sur 15 hectares "
           "pour douze ans.", "Grand Port de Sète"),
    ("en", "Navilo has signed a capacity reservation agreement with the Port of Seaton covering 15 hectares for twelve "
           "years.", "Port of Seaton"),
    ("es", "Navilo ha firmado con el Puerto de Sagunto una reserva de capacidad de 15 hectáreas para doce años.",
     "Puerto de Sagunto"),
])
def test_capacity_reservation_is_bought_from_the_owner(lang, text, port):
    assert events_of(lang, "Port", text) == [("contract", {("Navilo", "customer"), (port, "supplier")})]


@pytest.mark.parametrize(("lang", "text", "manager", "owner"), [
    ("fr", "Kerval Gestion conservera la gestion locative des actifs dans le cadre d'un mandat de cinq ans signé avec "
           "la Foncière Brimont.", "Kerval Gestion", "Foncière Brimont"),
    ("en", "Kerval REIM will keep managing the assets under a five-year management mandate signed with Brimont "
           "Properties.", "Kerval REIM", "Brimont Properties"),
    ("es", "La gestora Kerval Activos mantendrá la gestión de los activos mediante un mandato de gestión de cinco años "
           "firmado con Inmobiliaria Brimont.", "Kerval Activos", "Inmobiliaria Brimont"),
])
def test_management_mandate_is_a_service(lang, text, manager, owner):
    assert events_of(lang, "Mandate", text) == [("contract", {(manager, "supplier"), (owner, "customer")})]
