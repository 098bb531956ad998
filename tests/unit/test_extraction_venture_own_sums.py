"""A sentence after a joint venture that opens on another firm (the venture itself) and names neither partner tells
that firm's figures ("Floatek has already signed ... for $38m"), not the venture's value. Sentences written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

VENTURES = [
    ("en", "Solvane Power and Marinex Group announced on Monday the creation of a joint venture, Floatek, to build "
     "steel floaters. Floatek has already signed a capacity reservation with the Port of Dunmore for a total of $38 "
     "million."),
    ("de", "Die Solvane Power AG und die Marinex Group gründen ein Gemeinschaftsunternehmen namens Floatek, das "
     "Schwimmkörper bauen soll. Floatek hat bereits mit dem Hafen Dunmore eine Flächenreservierung über insgesamt 38 "
     "Millionen Euro unterzeichnet."),
    ("fr", "Solvane Énergie et le groupe Marinex ont annoncé lundi la création d'une coentreprise, baptisée Floatek, "
     "pour fabriquer des flotteurs. Floatek a d'ores et déjà signé avec le Port de Dunmore une réservation de "
     "capacité pour un montant total de 38 millions d'euros."),
    ("es", "Solvane Energía y el grupo Marinex anunciaron el lunes la creación de una empresa conjunta, llamada "
     "Floatek, para fabricar flotadores. Floatek ya ha firmado con el Puerto de Dunmore una reserva de capacidad por "
     "un importe total de 38 millones de euros."),
]


@pytest.mark.parametrize(("lang", "text"), VENTURES)
def test_venture_keeps_no_sum_of_its_own_firm(lang: str, text: str) -> None:
    events = [e for e in extract_events(page(lang, "News", text)) if e["type"] == "joint_venture"]
    assert len(events) == 1 and events[0]["amount"] is None, events
