"""An option on a product (to license it later) sold or paid for is a licence contract, never a firm sold or bought:
"X verkauft eine Option auf ihren Antikörper an Y", "pays Y $85 million for an exclusive option to license"; a licence
agreement signed "mit Y ... für seinen Antikörper" is granted by the subject; a contract noun may close a coordinated
German compound ("Options- und Lizenzvereinbarung")."""

import pytest

from tests.unit.test_extraction_competing_cues import events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Quorvex AG verkauft eine Option auf ihren Antikörper TX-4 an die Tellan Pharma GmbH."),
    ("fr", "Quorvex cède à Tellan Pharma une option sur son anticorps TX-4."),
    ("es", "Quorvex vende a Tellan Pharma una opción sobre su anticuerpo TX-4."),
    ("en", "Quorvex Bio sold Tellan Pharma an option on its antibody TX-4 for $40 million."),
])
def test_option_sold_is_a_licence(lang, text):
    assert events_of(lang, "Option", text) == [
        ("contract", {("Quorvex" if lang != "en" else "Quorvex Bio", "supplier"), ("Tellan Pharma", "customer")})]


def test_option_to_license_paid_for_is_a_licence():
    text = ("Quorvex Bio has agreed to pay Tellan Pharma $85 million upfront for an exclusive option to license TX-4, "
            "an oral inhibitor of the KRAS G12D mutation, the companies said on Monday.")
    assert events_of("en", "Option", text) == [
        ("contract", {("Quorvex Bio", "customer"), ("Tellan Pharma", "supplier")})]


@pytest.mark.parametrize("noun", ["Options- und Lizenzvereinbarung", "Lizenzvereinbarung"])
def test_licence_on_own_product_signed_with_a_firm(noun):
    text = (f"Das Biotech-Unternehmen Quorvex hat mit Tellan Pharma eine {noun} für seinen Antikörper TX-4 "
            "geschlossen, der sich in einer Phase-II-Studie befindet.")
    assert events_of("de", "Lizenz", text) == [("contract", {("Quorvex", "supplier"), ("Tellan Pharma", "customer")})]


def test_contract_noun_closing_a_coordinated_compound():
    text = ("Die Stadtwerke Ostheim haben mit der Brenner Technik GmbH einen Liefer- und Wartungsvertrag "
            "über 40 Pumpen geschlossen.")
    assert events_of("de", "Pumpen", text) == [
        ("contract", {("Stadtwerke Ostheim", "customer"), ("Brenner Technik", "supplier")})]
