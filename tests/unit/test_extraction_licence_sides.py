"""F10: a licence agreement for the development of the announcer's own compound ("a license agreement with Y for
the development of X's compound"): the announcer licenses it out and supplies, Y is the customer."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize("purpose", ["for the development and commercialization of Tervane's compound TV-12",
                                     "for the development of its lead antibody"])
def test_licensor_of_its_own_compound_supplies(purpose):
    (event,) = extract_events(page("en", "Tervane signs licence with Mollin Pharma",
                                   f"Tervane, a biotech, today announced an exclusive license agreement with Mollin "
                                   f"Pharma {purpose}."))
    assert {(p["name"], p["role"]) for p in event["parties"]} == {("Tervane", "supplier"),
                                                                  ("Mollin Pharma", "customer")}


def test_signer_of_a_plain_licence_stays_its_licensee():
    (event,) = extract_events(page("en", "Tervane signs licence with Mollin Pharma",
                                   "Tervane today announced a license agreement with Mollin Pharma."))
    assert {(p["name"], p["role"]) for p in event["parties"]} == {("Tervane", "customer"),
                                                                  ("Mollin Pharma", "supplier")}
