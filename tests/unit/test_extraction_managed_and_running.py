"""English shapes of round 2 (branch en34b): sums an asset manager manages on behalf of its clients are no supply,
rights bought back from a partner are no firm bought, and a standing supply told running and signed in an earlier
year in one sentence stays ongoing. Sentences written for these tests; the look-alikes must keep their result."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2026-01-13"


def deals(*paragraphs: str) -> set[tuple[str, str, frozenset[tuple[str, str]]]]:
    """Type, status and (name, role) parties of the events of an English page."""
    return {(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]))
            for e in extract_events(page("en", "News", *paragraphs, published=PUBLISHED))}


def test_sums_managed_on_behalf_of_clients_are_no_contract():
    found = deals("Tollgard, which manages about €9bn on behalf of Danish pension funds, bought a 20 per cent "
                  "stake in Welsh developer Carrow Tidal in 2023.")
    assert not any(kind == "contract" for kind, _, _ in found)
    assert ("investment", "completed", frozenset({("Tollgard", "investor"), ("Carrow Tidal", "investee")})) in found


def test_assets_managed_for_a_named_client_are_no_contract():
    assert not deals("Ostrava Capital manages £2.5 billion of assets on behalf of Grenby Pensions.")


def test_work_done_on_behalf_of_a_customer_stays_a_contract():
    found = deals("Bransk Facilities operates the Kellow clinic on behalf of Halverd Health.")
    assert any(kind == "contract" and ("Halverd Health", "customer") in parties for kind, _, parties in found)


def test_rights_bought_back_are_no_acquisition():
    found = deals("Pellow Games and Arcfield Publishing have ended their publishing partnership. Pellow said on "
                  "Tuesday it has bought back the rights and will self-publish the game in May.")
    assert not any(kind == "acquisition" for kind, _, _ in found)


def test_a_firm_bought_back_stays_an_acquisition():
    found = deals("Pellow Games has bought back Arcfield Publishing, the studio it sold in 2019.")
    assert any(kind == "acquisition" for kind, _, _ in found)


def test_supply_told_running_and_signed_earlier_stays_ongoing():
    found = deals("Halden Wind already sells the output of its Brora wind farm to Corvex Digital under a 12-year "
                  "power purchase agreement signed in 2022.")
    assert ("contract", "ongoing", frozenset({("Halden Wind", "supplier"), ("Corvex Digital", "customer")})) in found


def test_contract_signed_this_year_with_no_running_cue_is_news():
    found = deals("Halden Wind signed a power purchase agreement with Corvex Digital on Monday.")
    assert not any(status == "ongoing" for _, status, _ in found)


def test_existing_venture_told_in_passing_is_ongoing():
    found = deals("Harlow Grain and Pexton Agri said on Monday they had called off their planned merger. Harlow, for "
                  "its part, said it would focus on its existing joint venture with Japanese trading house Kenji "
                  "Trading, which operates a crushing plant.")
    assert ("joint_venture", "ongoing", frozenset({("Harlow Grain", "partner"), ("Kenji Trading", "partner")})) in found


def test_venture_agreed_by_a_supplier_is_news():
    found = deals("Harlow, which already supplies Brenner, agreed to form a joint venture with Kenji Trading.")
    assert ("joint_venture", "announced", frozenset({("Harlow", "partner"), ("Kenji Trading", "partner")})) in found


def test_contract_a_speaker_points_to_is_standing():
    found = deals("Pellow Freight lost its biggest customer on Monday. \"Pellow on its own is still a decent "
                  "business,\" said an analyst, pointing to its contract with Marbury Foods, which has used Pellow "
                  "to move its chilled meals since 2019.")
    assert any(kind == "contract" and status == "ongoing"
               and {n for n, _ in parties} == {"Pellow Freight", "Marbury Foods"} for kind, status, parties in found)


def test_work_already_looked_after_for_a_customer_is_standing():
    found = deals("Kestrin Signals, which already looks after signalling on the northern line under a contract with "
                  "Westrail, will also build the new depot.")
    assert any(kind == "contract" and status == "ongoing" and ("Westrail", "customer") in parties
               for kind, status, parties in found)


def test_business_a_seller_has_sold_is_completed():
    found = deals("Dunmere Utilities has sold its smart-metering business to the infrastructure investor Larkfield "
                  "Capital for £210m.")
    assert any(kind == "acquisition" and status == "completed" and ("Larkfield Capital", "acquirer") in parties
               for kind, status, parties in found)


def test_power_a_firm_has_sold_is_no_completed_sale():
    found = deals("Halden Wind has sold power from its Brora wind farm to Corvex Digital for more than ten years.")
    assert not any(status == "completed" for _, status, _ in found)


def test_goods_a_firm_has_sold_through_a_partner_since_a_year_are_no_sale():
    found = deals("Calder Insurance has sold its home policies through Marrow Bank's branches since 2019.")
    assert not any(kind == "acquisition" for kind, _, _ in found)
