"""Rules on how a deal is spread over a page: names that carry "Company", a merger told as an absorption,
values given in the sentence after a contract, and awards; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_generalisation import only
from tests.unit.test_extraction_roles import page, parties


def test_company_after_a_name_is_a_suffix_and_a_lowercase_company_ends_a_sentence():
    events = extract_events(page("en", "Harbour deal",
                                 "The Larkin Harbour Company agreed on Monday to buy Tessel Marine for $2bn. "
                                 "It was the largest purchase of a shipping company. Its shares rose."))
    (event,) = events
    assert parties(event) == {("Larkin Harbour", "acquirer"), ("Tessel Marine", "target")}
    assert event["evidence"]["text"].endswith("for $2bn.")


def test_a_merger_carried_out_as_an_absorption_is_one_event():
    events = extract_events(page("es", "Norbanco y Caja Lince sellan su fusión",
                                 "Los consejos de administración de Norbanco y Caja Lince aprobaron el jueves la "
                                 "fusión de ambas entidades. La operación se articulará mediante la absorción de "
                                 "Caja Lince por Norbanco."))
    (event,) = events
    assert event["type"] == "merger" and event["date"] == "2024-03-14"
    assert {p["name"] for p in event["parties"]} == {"Norbanco", "Caja Lince"}


def test_a_contract_value_in_the_next_sentence_and_an_award_in_the_past():
    events = extract_events(page("es", "Trenes para Ferrovía",
                                 "El consejo de Ferrovía adjudicó ayer a Trenalia el contrato de mantenimiento. "
                                 "Trenalia suministrará 10 trenes en un contrato valorado en 300 millones de euros."))
    event = only(events, "contract")
    assert parties(event) == {("Ferrovía", "customer"), ("Trenalia", "supplier")}
    assert event["amount"]["value"] == 300e6 and event["date"] == "2024-03-13"
