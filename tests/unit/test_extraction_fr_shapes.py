"""French shapes of issue 3 (fr2): a purchase told by a gerund ("en rachetant la société à Y"), money put "there"
("X y injecte 40 millions", the firm spoken of), a contractor whose name holds a firm's word after "l'entrepreneur"
("l'entrepreneur Construction Nordwerk"), and the work given by its customer ("lui a confié la fabrication de 60
autobus", "a confié à Y la construction du pont"), a merger plan that "a vécu" or "a fait long feu" (ended), a
descriptor qualified by "en" before a name ("la banque en ligne X"), a description spelled out by the acronym after
it ("la Banque européenne d'investissement (BEI)": that body, no other firm).
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(kind: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page("fr", *paragraphs)) if e["type"] == kind]


@pytest.mark.parametrize("sentence", [
    "Sévrier Industries a doublé de taille en rachetant la société Lumatec à Ardian.",
    "Sévrier Industries s'est renforcée en acquérant Lumatec auprès d'Ardian.",
])
def test_a_purchase_told_by_a_gerund(sentence: str) -> None:
    found = _events("acquisition", "Sévrier grandit", "Sévrier Industries grandit. " + sentence)
    assert any({("Sévrier Industries", "acquirer"), ("Lumatec", "target")} <= p for p in found)


@pytest.mark.parametrize("sentence", [
    "Le Fonds Lumatec y injecte 40 millions de dollars.",
    "Le Fonds Lumatec y injecte 40 millions et Nordwerk Capital, 15 millions, a annoncé l'entreprise lundi.",
])
def test_money_put_there_goes_to_the_firm_spoken_of(sentence: str) -> None:
    found = _events("investment", "Boréalis lève 55 millions",
                    "Le fabricant Boréalis Aérospatiale obtient 55 millions de dollars. " + sentence)
    assert {("Fonds Lumatec", "investor"), ("Boréalis Aérospatiale", "investee")} in found


def test_there_is_the_firm_named_before_it_in_its_sentence() -> None:
    found = _events("investment", "Boréalis grandit", "Boréalis Aérospatiale grandit. Le fonds Aubrac Capital a pris "
                    "le 9 juin une participation de 15 % dans Néolis Santé, en y injectant 40 millions d'euros.")
    assert all(("Boréalis Aérospatiale", "investee") not in p for p in found)


@pytest.mark.parametrize("sentence", [
    "Hydro-Nordwerk a attribué mardi à l'entrepreneur Construction Lumatec un contrat de 1,4 milliard de dollars "
    "pour la construction d'une centrale sur la rivière Sarre.",
    "Hydro-Nordwerk a confié à l'entrepreneur Lumatec Industries un contrat de 300 millions de dollars.",
])
def test_an_entrepreneur_whose_name_holds_a_firm_word_is_a_firm(sentence: str) -> None:
    (found,) = _events("contract", "Actualités", sentence)
    assert ("Hydro-Nordwerk", "customer") in found and any(r == "supplier" and "Lumatec" in n for n, r in found)
    assert not any("Sarre" in n for n, _ in found)


def test_the_entrepreneur_before_a_person_s_full_name_stays_a_person() -> None:
    found = _events("contract", "Actualités", "Hydro-Nordwerk a attribué mardi à l'entrepreneur Jean Roux un contrat "
                    "de 3 millions de dollars.")
    assert all(("Jean Roux", "supplier") not in p for p in found)


@pytest.mark.parametrize(("paragraphs", "customer", "supplier"), [
    (("Électrobus grandit", "Électrobus Boréal grandit. La STM lui a confié mardi la fabrication de 60 autobus."),
     "STM", "Électrobus Boréal"),
    (("Actualités", "La Métropole de Lyon a confié à Lumatec la construction du nouveau pont, pour 80 millions "
      "d'euros."), "Métropole de Lyon", "Lumatec"),
    (("Actualités", "La Métropole de Lyon a confié la construction du nouveau pont à Lumatec."),
     "Métropole de Lyon", "Lumatec"),
])
def test_the_work_given_by_its_customer(paragraphs: tuple[str, ...], customer: str, supplier: str) -> None:
    assert {(customer, "customer"), (supplier, "supplier")} in _events("contract", *paragraphs)


@pytest.mark.parametrize("sentence", [
    "Lumatec a confié la présidence du conseil à Jean Roux.",
    "Lumatec a confié la direction de la fabrication à Jean Roux.",
])
def test_probes_that_stay_no_contract(sentence: str) -> None:
    assert _events("contract", "Actualités", sentence) == []


@pytest.mark.parametrize(("sentence", "status"), [
    ("Le projet de rapprochement entre la Banque Lumière et le Crédit Morave a vécu.", "terminated"),
    ("Le projet de fusion entre la Banque Lumière et le Crédit Morave a fait long feu.", "terminated"),
    ("Le projet de rapprochement entre la Banque Lumière et le Crédit Morave est enterré.", "terminated"),
    ("La Banque Lumière, qui a vécu une année difficile, va fusionner avec le Crédit Morave.", "announced"),
])
def test_a_merger_plan_that_has_lived(sentence: str, status: str) -> None:
    (event,) = [e for e in extract_events(page("fr", "Actualités", sentence)) if e["type"] == "merger"]
    assert parties(event) == {("Banque Lumière", "party"), ("Crédit Morave", "party")}
    assert event["status"] == status


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    ("Lumatec a conclu en janvier un partenariat de distribution avec la banque en ligne Fortunia.", "partnership",
     {("Lumatec", "partner"), ("Fortunia", "partner")}),
    ("Lumatec a signé un partenariat avec la banque en ligne Fortunia.", "partnership",
     {("Lumatec", "partner"), ("Fortunia", "partner")}),
    ("Le spécialiste en cybersécurité Lumatec rachète Nordwerk.", "acquisition",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
])
def test_a_descriptor_qualified_by_en_names_the_firm_after_it(sentence: str, kind: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert expected in _events(kind, "Lumatec grandit", "Lumatec grandit. " + sentence)


def test_a_description_qualified_by_en_with_no_name_stays_a_description() -> None:
    found = _events("acquisition", "Nordwerk grandit", "Nordwerk grandit. La banque en ligne a racheté Fortunia.")
    assert {("Nordwerk", "acquirer"), ("Fortunia", "target")} in found


def test_a_description_spelled_out_by_an_acronym_is_that_body() -> None:
    found = _events("investment", "Nordwerk grandit", "Nordwerk grandit. La Banque européenne d'investissement (BEI) "
                    "a investi 40 millions d'euros dans Lumatec.")
    assert found == [{("BEI", "investor"), ("Lumatec", "investee")}]
