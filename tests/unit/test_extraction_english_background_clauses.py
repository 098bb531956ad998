"""English pages of trade press and regional business desks (session 33, lane english), on sentences written for
these tests: background deals in a company profile, rival approaches told before the winning offer, how a price is
paid, three-way and named partnerships, a listing planned for a portfolio firm."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(*paragraphs: str) -> list[dict]:
    return extract_events(page("en", *paragraphs))


def _of_type(kind: str, *paragraphs: str) -> list[dict]:
    return [e for e in _events(*paragraphs) if e["type"] == kind]


def test_a_venture_named_in_a_second_clause_is_formed_with_the_firm_after_with():
    """ "The company acquired Y in 2017, and in 2020 formed Z, a joint venture with W": W is the partner, Y the first
    clause's object; both deals keep their own year."""
    paragraphs = ("Corvell Machines to buy Pendry Optics",
                  "Corvell Machines Inc. said on Monday it had agreed to buy Pendry Optics for $90 million.",
                  "About Corvell Machines",
                  "Founded in 1987, Corvell Machines Inc. builds packaging lines for food makers.",
                  "The company acquired Ambrose Drives, a maker of gearboxes, in 2017, and in 2020 formed "
                  "Corvell-Tanaka Systems, a joint venture with Japan's Tanaka Seiki that sells the lines in Asia.")
    (venture,) = _of_type("joint_venture", *paragraphs)
    assert parties(venture) == {("Corvell Machines", "partner"), ("Tanaka Seiki", "partner")}
    assert (venture["status"], venture["date"]) == ("completed", "2020")
    bought = {frozenset(parties(e)): e for e in _of_type("acquisition", *paragraphs)}
    earlier = bought[frozenset({("Corvell Machines", "acquirer"), ("Ambrose Drives", "target")})]
    assert (earlier["status"], earlier["date"]) == ("completed", "2017")


def test_a_venture_noun_with_no_partner_after_it_keeps_the_firms_of_the_clause_before():
    """ "X has issued its cards through Y since 2023, and ... the partnership would be extended": no "with" names
    a partner after the cue, so the firms of the first clause are the partners."""
    (event,) = _of_type("partnership", "Brisk payments", "Tallow Pay has issued its business cards through Mercet "
                        "since 2022, and its founder said the partnership would be extended to Canada.")
    assert parties(event) == {("Tallow Pay", "partner"), ("Mercet", "partner")}


def test_a_rival_approach_told_before_the_winning_offer_has_only_its_own_bidder():
    """ "X had rejected an approach from Y in March before agreeing to Z's higher offer": the clause opened by
    "before" and a verb in -ing tells the later deal; Z is no bidder of the rejected approach."""
    paragraphs = ("Regulator clears Dunmore takeover of Fellgate Bank",
                  "The regulator on Monday cleared Dunmore Group's proposed takeover of Fellgate Bank.",
                  "Fellgate had rejected a 180p-a-share approach from private equity firm Harrowby Partners in March "
                  "before agreeing to Dunmore's higher offer.")
    events = _of_type("acquisition", *paragraphs)
    assert {("Dunmore", "acquirer"), ("Fellgate Bank", "target")} in [parties(e) for e in events]
    for event in events:
        assert not {("Dunmore", "acquirer"), ("Harrowby Partners", "acquirer")} <= parties(event), event


def test_a_purchase_paid_in_cash_and_shares_is_no_stake():
    for wording in ("in a cash and shares deal", "in an all-share deal", "paying partly in new shares"):
        events = _events("Tenby Insurance deal", f"Marlow Assurance agreed to buy Tenby Insurance in June {wording}, "
                         "the companies said.")
        assert [e["type"] for e in events] == ["acquisition"], wording
        assert parties(events[0]) == {("Marlow Assurance", "acquirer"), ("Tenby Insurance", "target")}, wording


def test_a_stake_bought_in_shares_stays_an_investment():
    (event,) = _events("Stake", "Marlow Assurance bought a 12% stake in Tenby Insurance for £40m.")
    assert event["type"] == "investment"


def test_a_capitalised_descriptor_inside_a_name_belongs_to_it():
    (event,) = _of_type("partnership", "Orrin Lending keeps partner",
                        "Orrin Lending said its distribution partnership with the dealer network Calder Business "
                        "Leasing, in place since 2021, is not affected.")
    assert parties(event) == {("Orrin Lending", "partner"), ("Calder Business Leasing", "partner")}


def test_two_firms_sharing_only_a_trade_word_are_two_partners():
    """ "Kestrel Finance" and "Meridian Business Finance" share "Finance" only: no former self of one another."""
    (event,) = _of_type("partnership", "Ruling", "Brantwood Finance chairman Ian Cole said the board was confident. "
                        "Its referral partnership with the broker network Oakhill Trade Finance, in place since 2020, "
                        "is not affected, the company said.")
    assert parties(event) == {("Brantwood Finance", "partner"), ("Oakhill Trade Finance", "partner")}


def test_a_listing_for_a_portfolio_firm_is_that_firms():
    (event,) = _of_type("ipo", "Pellow Foods weighs float", "Pellow Foods Ltd makes chilled ready meals. According "
                        "to people familiar with the matter, owner Brackley Capital is weighing a stock market listing "
                        "for Pellow Foods in London next year.")
    assert parties(event) == {("Pellow Foods", "issuer")}
    assert event["status"] == "rumored"


def test_the_company_after_two_coordinated_subjects_is_the_page_s_firm():
    """ "X and Y each own half of it. The company is owned by Z, which bought it in 2018": of the two subjects,
    "the company" is the firm the page is about."""
    paragraphs = ("Wexcombe Buses wins order",
                  "Wexcombe Buses Ltd has won an order for 40 buses from the Tamar Transport Authority.",
                  "Wexcombe Buses employs 900 people. The batteries come from Voltmere Cells, which Wexcombe set up "
                  "with Korea's Daesan Power in 2022.",
                  "Daesan and Wexcombe each own half of that business. The company is owned by private equity firm "
                  "Harlen Capital, which bought it in 2018.")
    (event,) = [e for e in _of_type("acquisition", *paragraphs) if ("Harlen Capital", "acquirer") in parties(e)]
    assert parties(event) == {("Harlen Capital", "acquirer"), ("Wexcombe Buses", "target")}
    assert event["date"] == "2018"


def test_a_county_before_a_trade_is_no_party():
    events = _of_type("contract", "Dunstable Coachworks wins £60m order",
                      "Lancashire coachbuilder to supply 90 electric buses to the Mersey Valley Transport Authority",
                      "Dunstable Coachworks Ltd has won a £60m contract to build 90 buses for the Mersey Valley "
                      "Transport Authority.")
    assert {p["name"] for e in events for p in e["parties"]} == {"Dunstable Coachworks",
                                                                  "Mersey Valley Transport Authority"}


def test_goods_a_supplier_already_builds_for_a_customer_are_a_standing_contract():
    (event,) = [e for e in _of_type("contract", "Coaches", "Harwell Coachworks already builds coaches for Fenwick "
                                    "Travel under a £20m framework agreement signed in 2023.")]
    assert parties(event) == {("Harwell Coachworks", "supplier"), ("Fenwick Travel", "customer")}
    assert (event["status"], event["date"]) == ("ongoing", "2023")


def test_financing_a_buyer_failed_to_secure_is_no_round():
    events = _events("Deal off", "Corran Freight Inc. on Monday terminated its agreement to acquire Westley Storage, "
                     "citing a failure to secure financing on acceptable terms.")
    assert [e["type"] for e in events] == ["acquisition"]
    assert events[0]["status"] == "terminated"


def test_three_firms_working_together_are_three_partners():
    (event,) = _of_type("partnership", "Network", "Castor Mobile and Rennet Systems have been working together with "
                        "the University of Wexford since 2023 on an open RAN trial network, a collaboration the three "
                        "partners said would continue.")
    assert parties(event) == {("Castor Mobile", "partner"), ("Rennet Systems", "partner"),
                              ("University of Wexford", "partner")}


def test_an_acronym_qualifying_a_thing_is_no_firm():
    events = _events("Network", "Castor Mobile said it would build a private LTE network for the port of Wexford "
                     "with Rennet Systems, its partner since 2021.")
    assert "LTE" not in {p["name"] for e in events for p in e["parties"]}


def test_a_floor_area_in_millions_is_no_price():
    (event,) = _of_type("acquisition", "Park deal", "Ashdown REIT Inc. has agreed to buy Tollgate Distribution Park, "
                        "a 1.4 million-square-foot campus outside Dayton, Ohio, from Carver Estates LLC for $260 "
                        "million, the companies said on Monday.")
    assert parties(event) == {("Ashdown REIT", "acquirer"), ("Tollgate Distribution Park", "target"),
                              ("Carver Estates", "seller")}
    assert event["amount"]["value"] == 260_000_000


def test_land_a_developer_bought_is_no_deal():
    events = _of_type("acquisition", "Park deal", "Ashdown REIT Inc. has agreed to buy Tollgate Distribution Park "
                      "from Carver Estates LLC for $260 million. Carver bought the land in 2018 and finished the "
                      "buildings in 2022.")
    assert len(events) == 1
    assert ("Carver Estates", "acquirer") not in parties(events[0])


def test_money_put_into_things_in_towns_goes_to_no_town():
    events = _events("Closures", "Pemberley Pharmacy Group will close 40 branches. The group said it would invest "
                     "£20m in automated packing hubs in Reading and Swindon.")
    assert not {p["name"] for e in events for p in e["parties"]} & {"Reading", "Swindon"}


def test_a_land_developer_bought_is_a_firm():
    (event,) = _of_type("acquisition", "Homes", "Ferrant Homes said on Monday it bought the land developer Oakcroft "
                        "Land for £30m.")
    assert parties(event) == {("Ferrant Homes", "acquirer"), ("Oakcroft Land", "target")}


def test_a_firm_that_floated_in_a_financial_centre_listed_and_no_supposed_failure_ends_it():
    paragraphs = ("Watchdog blocks Harbin's swoop on Teal Fibre",
                  "The regulator has blocked Harbin Networks' £1.1bn takeover of Teal Fibre.",
                  "For Harbin, the ruling is a setback. The group floated in London in 2018, raising £400m, but its "
                  "shares now trade below the offer price. Its chairman had promised a buyback if the Teal deal "
                  "failed.")
    (event,) = _of_type("ipo", *paragraphs)
    assert parties(event) == {("Harbin Networks", "issuer")}
    assert (event["status"], event["date"]) == ("completed", "2018")
    assert event["amount"]["value"] == 400_000_000
    assert not _of_type("funding_round", *paragraphs)


def test_an_idea_floated_in_london_is_no_listing():
    assert not _of_type("ipo", "Plans", "A merger of Harbin Networks and Teal Fibre was floated in London last year.")


def test_a_group_of_countries_is_no_party():
    (event,) = _of_type("contract", "Power", "Vendra Energy has supplied Kallisto with renewable electricity from its "
                        "Dutch wind farms since 2020 under a 12-year power purchase agreement, one of the largest of "
                        "its kind in the Benelux.")
    assert "Benelux" not in {p["name"] for p in event["parties"]}


def test_stalled_ipo_markets_are_no_listing_of_the_owner():
    events = _of_type("ipo", "Sale", "Harlen Partners acquired Tovik from its founders in 2018 and had prepared a "
                      "Stockholm stock market listing of the business last year, before shelving the plan as "
                      "European IPO markets stalled.")
    assert [parties(e) for e in events] == [{("Tovik", "issuer")}]
    assert events[0]["status"] == "terminated"


def test_a_capitalised_descriptor_closing_a_name_belongs_to_it():
    (event,) = _of_type("contract", "Lab maker", "Separately, Tovel Instruments said its four-year supply agreement "
                        "with NHS Shared Business Services Chain, the procurement arm, would continue unaffected.")
    assert "NHS Shared Business Services Chain" in {p["name"] for p in event["parties"]}


def test_a_possessed_supply_agreement_with_a_firm_ties_those_two_not_the_subject():
    """ "the attraction for X lies in Y's supply agreement with Z": Y supplies Z; X, the clause's subject elsewhere,
    takes no part."""
    for text in ["Analysts said the attraction for Corvell lies less in the ovens than in Ambry's long-standing supply "
                 "agreement with Dunmore Stores.",
                 "The merged group will keep Ambry's long-term offtake agreement with Dunmore Stores for its flour."]:
        events = _of_type("contract", "Bakery deal", text)
        assert [parties(e) for e in events] == [{("Ambry", "supplier"), ("Dunmore Stores", "customer")}], text


def test_customers_overlapping_with_another_firm_make_no_contract_with_it():
    events = _of_type("contract", "Deal", "Brokers said the price was full, while another noted that the film "
                      "maker's largest customers overlapped with Dunmore's own.")
    assert all("Dunmore" not in {p["name"] for p in e["parties"]} for e in events)


def test_it_before_an_adverb_and_a_progressive_verb_is_the_firm_before():
    (event,) = _of_type("contract", "Yard deal", "Halden Marine agreed to buy Korsvik Yards for $300 million. Korsvik "
                        "employs 900 people. It is currently building four survey ships for the coastal agency "
                        "Kystverket under a 90 million euro contract awarded in 2023.")
    assert parties(event) == {("Korsvik Yards", "supplier"), ("Kystverket", "customer")}


def test_a_deal_noun_closing_a_name_belongs_to_it():
    (event,) = _of_type("contract", "Hauler", "Corran Haulage employs 400 drivers. It has moved containers for the "
                        "Southport Harbour Alliance under a standing service agreement since 2020.")
    assert parties(event) == {("Corran Haulage", "supplier"), ("Southport Harbour Alliance", "customer")}

