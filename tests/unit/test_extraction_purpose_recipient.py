"""A contract won "to supply" goods "to" someone: that someone is the customer, not the one the contract is given to
(issue 3, branch false3)."""
from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contract_parties(lang: str, text: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "Lumatec", text)) if e["type"] == "contract"]


def test_english_contract_won_to_supply_goods_to_a_customer():
    for text in ["Lumatec has won a contract to supply radars to the Royal Navy.",
                 "Lumatec won a contract to supply radars to Nordbahn.",
                 "Lumatec has landed a £40m contract to build and supply turbines to Nordbahn.",
                 "Lumatec secured a £20m contract to provide software to Nordbahn."]:
        found = contract_parties("en", text)
        assert found and all(("Lumatec", "supplier") in p for p in found), (text, found)
        assert all(any(r == "customer" and n != "Lumatec" for n, r in p) for p in found), (text, found)


def test_spanish_contract_won_to_supply_goods_to_a_customer():
    for text in ["Lumatec ha ganado un contrato para suministrar radares a Nordbahn.",
                 "Lumatec se ha adjudicado un contrato para suministrar 40 trenes a Nordbahn."]:
        assert contract_parties("es", text) == [{("Lumatec", "supplier"), ("Nordbahn", "customer")}], text


def test_contract_awarded_to_a_firm_keeps_the_firm_as_supplier():
    for text in ["Nordbahn has awarded the contract to Lumatec.",
                 "Nordbahn has awarded a contract to Lumatec to supply radars to its depots.",
                 "Nordbahn has awarded the contract to design, build and maintain its new trains to Lumatec."]:
        found = contract_parties("en", text)
        assert found and all(("Lumatec", "supplier") in p and ("Nordbahn", "customer") in p for p in found), (
            text, found)


def test_english_subordinate_clause_has_its_own_subject():
    """ "jobs on Teesside were secured after X won a contract": the place before the subordinator is no party."""
    for text in ["Jobs on Teesside have been secured after Nordwerk won a contract from Lumatec.",
                 "Jobs on Teesside have been secured after Nordwerk Ltd won a contract from Lumatec.",
                 "Hundreds of jobs in Clydebank are safe because Nordwerk won an order from Lumatec."]:
        assert contract_parties("en", text) == [{("Nordwerk", "supplier"), ("Lumatec", "customer")}], text


def test_after_before_a_common_noun_opens_no_clause():
    events = extract_events(page("en", "Lumatec", "Lumatec agreed after months of talks to buy Nordwerk."))
    assert [parties(e) for e in events] == [{("Lumatec", "acquirer"), ("Nordwerk", "target")}]


def test_french_esn_is_a_description_not_a_firm():
    """ "L'ESN lyonnaise s'offre le spécialiste nantais": a restatement of the lead's deal, one event, no firm "ESN"."""
    for text in ["Lumatec rachète Nordwerk. L'ESN lyonnaise s'offre le spécialiste nantais pour 20 millions d'euros.",
                 "L'ESN Lumatec rachète Nordwerk pour 20 millions d'euros."]:
        events = extract_events(page("fr", "Lumatec", text))
        assert [parties(e) for e in events] == [{("Lumatec", "acquirer"), ("Nordwerk", "target")}], text
