"""English syndicated pages (english3): market wraps whose items name a contract a customer picked, show notes
with two hosts taking turns, names ending in a fund word or a kind noun inside a sentence, and currencies written
out ("US dollars", "kronor")."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == kind]


def test_a_platform_picked_under_a_contract_is_a_contract_of_the_one_who_picked_it():
    (found,) = events("en", "Movers", "Tarnwell Systems - The stock rose 4% after the company said Oberlin Clinics "
                      "had picked its billing platform under a five-year contract worth about $120 million.",
                      kind="contract")
    assert parties(found) == {("Oberlin Clinics", "customer"), ("Tarnwell Systems", "supplier")}
    assert found["amount"]["value"] == 120e6
    (chosen,) = events("en", "News", "Oberlin Clinics has chosen Tarnwell Systems under a seven-year deal to run "
                       "its patient records.", kind="contract")
    assert parties(chosen) == {("Oberlin Clinics", "customer"), ("Tarnwell Systems", "supplier")}


def test_a_fund_word_or_a_kind_noun_after_a_name_inside_a_sentence_ends_that_name():
    (found,) = events("en", "News", "The family office Brannvik Invest put 250 million kronor into the games studio "
                      "Quillan Forge in 2021 for a minority stake, the filing shows.", kind="investment")
    assert parties(found) == {("Brannvik Invest", "investor"), ("Quillan Forge", "investee")}
    assert (found["amount"]["value"], found["amount"]["currency"]) == (250e6, "SEK")


def test_a_headline_in_title_case_keeps_its_kind_nouns_apart():
    found = extract_events(page("en", "Harlow Bank Buys Quillan Studio In Cash Deal", "Harlow Bank said on Monday it "
                                "had agreed to buy the design firm Quillan Studio for $40 million."))
    assert all(p["name"] != "Harlow Bank Buys Quillan Studio" for e in found for p in e["parties"])


def test_us_dollars_written_out_stay_us_dollars_on_a_canadian_page():
    (found,) = events("en", "News", "Veltro Games has closed its purchase of Marrow Studios, the Toronto team behind "
                      "two hit titles. Veltro agreed the deal in March at 90 million US dollars, the Montreal "
                      "company said.", kind="acquisition")
    assert found["amount"]["currency"] == "USD"


def test_hosts_taking_turns_under_their_first_names_are_speakers_not_firms():
    found = extract_events(page(
        "en", "Ep. 12: Quillan Forge lists, Harlow buys Marrow",
        "Jana Voss and Piet Olander unpack the week's listing and a studio deal.",
        "JANA: Let's start with Quillan Forge, because that was the big one.",
        "PIET: The Oslo studio priced its IPO on Tuesday, raising 900 million kronor.",
        "JANA: Then Harlow Interactive has closed its acquisition of Marrow Studios.",
        "PIET: Quick one before we go: Tessly raised a $5 million seed round led by Orrin Ventures."))
    names = {p["name"] for e in found for p in e["parties"]}
    assert not names & {"JANA", "PIET", "Jana Voss", "Piet Olander", "Let", "Quick"}
    assert {("Harlow Interactive", "acquirer"), ("Marrow Studios", "target")} in [parties(e) for e in found]


def test_an_agreement_signed_with_a_lender_to_run_outlets_for_it_is_a_contract():
    (found,) = events("en", "News", "Tarnpay Solutions Pvt Ltd said on Tuesday it had signed an agreement with "
                      "state-run Kovalam Rural Bank to operate payment kiosks for the lender in six districts.",
                      kind="contract")
    assert parties(found) == {("Tarnpay Solutions", "supplier"), ("Kovalam Rural Bank", "customer")}


def test_private_company_suffixes_of_indian_and_australian_english_are_dropped():
    (found,) = events("en", "News", "Brolga Minerals Pty Ltd has agreed to buy Quandong Resources for A$80 million.",
                      kind="acquisition")
    assert parties(found) == {("Brolga Minerals", "acquirer"), ("Quandong Resources", "target")}


def test_a_consumer_competition_regulator_that_cleared_a_deal_is_no_seller():
    (found,) = events("en", "News", "Carrow Power said on Monday it had completed its €90 million acquisition of "
                      "wind developer Slaney Renewables, following clearance from the Competition and Consumer "
                      "Protection Commission.", kind="acquisition")
    assert parties(found) == {("Carrow Power", "acquirer"), ("Slaney Renewables", "target")}


def test_output_already_sold_to_a_customer_is_a_standing_contract():
    (found,) = events("en", "News", "The developer grew quickly. Slaney Renewables already sells the output of its "
                      "wind farm to data centre operator Brosna Digital.", kind="contract")
    assert parties(found) == {("Slaney Renewables", "supplier"), ("Brosna Digital", "customer")}
    assert found["status"] == "ongoing"


def test_a_word_before_a_trade_noun_and_a_name_only_qualifies_that_name():
    (bought,) = events("en", "News", "Harbrand, which bought Shetland processor Voe Seafoods in 2023, said the deal "
                       "would lift its annual volume by about a fifth.", kind="acquisition")
    assert parties(bought) == {("Harbrand", "acquirer"), ("Voe Seafoods", "target")}
    (stake,) = events("en", "News", "Tolland Sports Capital has agreed to buy a further 30% of League Two club "
                      "Marwick Rovers from its chairman.", kind="investment")
    assert ("Marwick Rovers", "investee") in parties(stake)
    assert all(p["name"] not in ("Shetland", "League Two") for p in stake["parties"] + bought["parties"])


def test_an_agreement_signed_with_a_trust_to_run_a_tool_makes_the_subject_its_supplier():
    (found,) = events("en", "News", "Varlo has signed a three-year agreement with the Ashdown NHS Foundation Trust "
                      "to run its triage tool on every scan at the trust.", kind="contract")
    assert parties(found) == {("Varlo", "supplier"), ("Ashdown NHS Foundation Trust", "customer")}


def test_a_headline_in_sentence_case_keeps_a_possessed_name_whole():
    found = extract_events(page("en", "Quillan Forge's IPO pops, Harlow closes on Marrow, and Tessly loses a backer",
                                "The Oslo studio priced its shares at the top of the range on Tuesday."))
    assert {("Quillan Forge", "issuer")} in [parties(e) for e in found if e["type"] == "ipo"]
