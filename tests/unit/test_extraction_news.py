"""Rules for news written about real deals: denied listings, merger agreements that say who buys whom,
whose listing it is, prices paid and bids; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def kinds(events: list[dict]) -> list[str]:
    return sorted(e["type"] for e in events)


def test_denied_or_awaited_listings_are_no_events():
    assert kinds(extract_events(page("de", "Lumio wächst", "Einen Börsengang plant Lumio derzeit nicht. "
                                     "Lumio sitzt in Kassel."))) == []
    assert kinds(extract_events(page("fr", "Lumio grandit", "Lumio n'envisage pas d'introduction en Bourse. "
                                     "Lumio est basé à Lille."))) == []
    assert kinds(extract_events(page("en", "Lumio grows", "Staff at Lumio may have to wait for an IPO. "
                                     "Lumio plans no IPO this year. Lumio is based in Leeds."))) == []


def test_a_negation_of_a_second_verb_or_an_undisclosed_price_denies_nothing():
    (event,) = extract_events(page("es", "Compra", "Ondara compró la firma Vilbo por una cifra no desvelada en 2021. "
                                   "Ondara tiene sede en León."))
    assert parties(event) == {("Ondara", "acquirer"), ("Vilbo", "target")}
    (event,) = extract_events(page("en", "Order", "Kestrel Foods services the pumps of the Navy under a contract "
                                   "with Orwell Group that has run since 2016 and is not affected by the sale. "
                                   "Kestrel Foods is based in Leeds."))
    assert event["type"] == "contract"


def test_a_merger_agreement_under_which_one_is_acquired_is_an_acquisition():
    (event,) = extract_events(page("en", "Talks end", "Kestrel and Orwell said on Monday that they had agreed to "
                                   "terminate the merger agreement under which Orwell was to be acquired by Kestrel "
                                   "for $2bn. Kestrel is based in Leeds."))
    assert event["type"] == "acquisition" and event["status"] == "terminated"
    assert parties(event) == {("Kestrel", "acquirer"), ("Orwell", "target")}
    assert event["amount"]["value"] == 2e9


def test_the_listing_of_a_named_firm_is_its_own_not_the_owner_planning_it():
    events = extract_events(page("fr", "Bourse", "Lumio envisage une introduction en Bourse d'Ondis sur Euronext dès "
                                 "2025. Lumio est basé à Lille."))
    assert [parties(e) for e in events] == [{("Ondis", "issuer")}]


def test_price_paid_for_a_unit_and_a_bid_for_a_firm_are_acquisitions():
    (event,) = extract_events(page("en", "Kestrel", "Kestrel Foods paid $300m for Orwell's dairy business in 2019. "
                                   "Kestrel Foods is based in Leeds."))
    assert parties(event) == {("Kestrel Foods", "acquirer"), ("Orwell", "seller")}
    assert event["amount"]["value"] == 300e6 and event["date"] == "2019" and event["status"] == "completed"
    (event,) = extract_events(page("en", "Kestrel", "In March 2021 regulators blocked the $9bn bid for Orwell Group "
                                   "made by Kestrel Foods. Kestrel Foods is based in Leeds."))
    assert parties(event) == {("Kestrel Foods", "acquirer"), ("Orwell", "target")}
    assert event["status"] == "terminated"


def test_money_a_listed_firm_raises_is_its_offering():
    events = extract_events(page("en", "Ondis debut", "Ondis jumped 20 per cent on its first day of trading in New "
                                 "York. Ondis sold 9 million shares, raising $400m. Ondis is based in Leeds."))
    assert kinds(events) == ["ipo"]
    assert events[0]["amount"]["value"] == 400e6 and events[0]["status"] == "completed"


def test_goods_bought_from_a_firm_make_a_supply_relationship_not_a_takeover():
    (event,) = extract_events(page("en", "Supplies", "Kestrel Foods, which buys glass jars and lids from Orwell Group "
                                   "under a long-term agreement, opened a new site. Kestrel Foods is based in Leeds."))
    assert event["type"] == "contract"
    assert parties(event) == {("Kestrel Foods", "customer"), ("Orwell", "supplier")}
    (event,) = extract_events(page("en", "Supplies", "Orwell Group sold its plant. The chipmaker's other client is "
                                   "unchanged: Kestrel Foods, which buys glass jars from Orwell Group under a "
                                   "long-term agreement, accounts for a fifth of sales."))
    assert parties(event) == {("Kestrel Foods", "customer"), ("Orwell", "supplier")}
    (event,) = extract_events(page("en", "Units", "Kestrel Foods buys the dairy businesses from Orwell Group for "
                                   "$300m. Kestrel Foods is based in Leeds."))
    assert event["type"] == "acquisition"


def test_a_lone_name_after_a_site_word_is_a_place():
    (event,) = extract_events(page("es", "Pedido", "Navalia ha firmado un contrato de 85 millones de euros con el "
                                   "Ministerio de Defensa. El pedido de Navalia garantiza carga de trabajo en la "
                                   "planta de Ferrol. Navalia tiene sede en Vigo."))
    assert parties(event) == {("Navalia", "supplier"), ("Ministerio de Defensa", "customer")}


def test_a_quoted_sentence_opening_with_a_verb_names_no_firm():
    events = extract_events(page("es", "Compra", "Ondara compró Vilbo en 2021. El consejero descartó que la compra "
                                 "suponga despidos: «Es una operación de crecimiento». Ondara tiene sede en León."))
    assert {p["name"] for e in events for p in e["parties"]} == {"Ondara", "Vilbo"}


def test_a_rival_named_with_its_city_adjective_is_named_alone():
    (event,) = extract_events(page("de", "Übernahme", "Der Bochumer Konzern Lumatec will den Kasseler Konkurrenten "
                                   "Ondis Werke übernehmen. Lumatec sitzt in Bochum."))
    assert parties(event) == {("Lumatec", "acquirer"), ("Ondis Werke", "target")}


def test_an_object_relative_clause_names_the_buyer_after_its_pronoun():
    (event,) = extract_events(page("en", "News", "Orwell Group, which Kestrel Foods bought for $2bn in 2019, will move "
                                   "to Leeds. Kestrel Foods is based in Leeds."))
    assert parties(event) == {("Kestrel Foods", "acquirer"), ("Orwell", "target")}
    assert event["status"] == "completed" and event["date"] == "2019"
    (event,) = extract_events(page("de", "News", "Der Versorger Ondis AG, welchen die Lumatec GmbH 2017 übernommen "
                                   "hatte, schließt ein Werk. Die Ondis AG wächst."))
    assert parties(event) == {("Lumatec", "acquirer"), ("Ondis", "target")}


def test_people_of_a_place_are_no_firm():
    events = extract_events(page("fr", "News", "Le groupe Ondis a racheté Lumio en 2019. Le Québécois dispose d'une "
                                 "dette modérée. Le groupe avait cédé en 2019 ses activités en Chine à Vilbo pour 620 "
                                 "millions d'euros. Vilbo est basé à Pékin."))
    assert "Québécois" not in {p["name"] for e in events for p in e["parties"]}


def test_an_alliance_between_two_named_firms_and_a_stake_taken_in_the_capital():
    (event,) = extract_events(page("fr", "News", "L'alliance entre Lumio et Ondis change de visage. Lumio est basé "
                                   "à Lille."))
    assert parties(event) == {("Lumio", "partner"), ("Ondis", "partner")}
    (event,) = extract_events(page("fr", "News", "En 1999, Lumio avait pris 36,8 % du capital d'Ondis pour 5,4 "
                                   "milliards de dollars. Lumio est basé à Lille, Ondis à Lyon."))
    assert event["type"] == "investment" and event["date"] == "1999" and event["amount"]["value"] == 5.4e9
    assert parties(event) == {("Lumio", "investor"), ("Ondis", "investee")}


def test_a_contract_for_the_purchase_of_goods_is_an_order_not_a_takeover():
    (event,) = extract_events(page("es", "Defensa", "El Ministerio de Defensa firmó el miércoles con Navalia el "
                                   "contrato para la adquisición de 20 fragatas, dentro del programa Halcón. Navalia "
                                   "tiene sede en Ferrol."))
    assert event["type"] == "contract"
    assert parties(event) == {("Ministerio de Defensa", "customer"), ("Navalia", "supplier")}


def test_a_merger_between_two_named_firms_and_a_passive_takeover():
    events = extract_events(page("fr", "News", "Vilbo, issu de la fusion entre le groupe Lumio et Ondis, a fait ses "
                                 "premiers pas en Bourse. Lumio est basé à Lille, Ondis à Lyon et Vilbo à Paris."))
    assert {("Lumio", "party"), ("Ondis", "party")} in [parties(e) for e in events]
    (event,) = extract_events(page("fr", "News", "Concrètement, Lumio a été absorbé par Ondis, rebaptisé Vilbo. "
                                   "Lumio est basé à Lille, Ondis à Lyon et Vilbo à Paris."))
    assert parties(event) == {("Ondis", "acquirer"), ("Lumio", "target")}


def test_withdrawn_proposals_are_terminated_and_effective_deals_completed():
    (event,) = extract_events(page("fr", "News", "En juin 2019, Lumio avait retiré sa proposition de fusion avec "
                                   "Ondis. Lumio est basé à Lille, Ondis à Lyon."))
    assert event["status"] == "terminated"
    (event,) = extract_events(page("es", "News", "Ondara compró Vilbo y la compra fue efectiva de inmediato. Ondara "
                                   "tiene sede en León, Vilbo en Vigo."))
    assert event["status"] == "completed"


def test_taking_a_firm_private_is_a_takeover_and_a_possessive_after_a_listing_is_no_issuer():
    events = extract_events(page("en", "News", "Ondis shares rose on their first day of trading on Thursday. The "
                                 "listing is a win for Jane Roe, Lumio Group's founder, who took Ondis private in "
                                 "2016 in a £2.3bn deal. Lumio Group is based in Leeds."))
    assert sorted((e["type"], tuple(sorted(parties(e)))) for e in events) == [
        ("acquisition", (("Lumio", "acquirer"), ("Ondis", "target"))), ("ipo", (("Ondis", "issuer"),))]


def test_a_german_deal_noun_before_its_object_leaves_the_buyer_to_the_page():
    events = extract_events(page("de", "Lumatec kauft", "Die Lumatec AG übernimmt die Ondis GmbH für 3 Mrd. Euro. "
                                 "2019 folgte bereits die Übernahme des Robotik-Spezialisten Vilbo Systems für 1,1 "
                                 "Mrd. Dollar. Lumatec sitzt in Kassel."))
    earlier = [e for e in events if e["date"] == "2019"]
    assert [parties(e) for e in earlier] == [{("Lumatec", "acquirer"), ("Vilbo Systems", "target")}]


def test_absorbing_a_firm_is_a_takeover_but_absorbing_a_blow_is_not():
    (event,) = extract_events(page("es", "News", "La cartera creció en 2012, cuando Ondara absorbió Banco Vilbo. "
                                   "Para absorber el golpe, Ondara lanzará una ampliación de capital. Ondara tiene "
                                   "sede en León."))
    assert parties(event) == {("Ondara", "acquirer"), ("Vilbo", "target")} and event["date"] == "2012"


def test_they_after_two_named_firms_are_both_and_a_first_word_listed_with_a_name_is_one():
    events = extract_events(page("en", "News", "Kestrel Foods is in talks to buy Orwell Group. The two companies "
                                 "already know each other. Since 2019 they have worked together on software. Kestrel "
                                 "Foods is based in Leeds."))
    assert {("Kestrel Foods", "partner"), ("Orwell", "partner")} in [parties(e) for e in events]
    (event,) = extract_events(page("en", "News", "Kestrel Foods Inc. and Orwell Group said that they had agreed to "
                                   "merge. Kestrel Foods is based in Leeds."))
    assert parties(event) == {("Kestrel Foods", "party"), ("Orwell", "party")}
    (event,) = extract_events(page("es", "News", "En España, la consolidación sigue. Lumio y MásVilbo firmaron en "
                                   "julio de 2022 su fusión, valorada en 18.600 millones de euros."))
    assert parties(event) == {("Lumio", "party"), ("MásVilbo", "party")}


def test_a_completed_spanish_takeover_and_a_loss_is_no_price():
    (event,) = extract_events(page("es", "News", "Ondara se ha hecho con el 100% de Banco Vilbo. En 2016, la entidad "
                                   "perdió 3.485 millones de euros. Ondara tiene sede en León."))
    assert parties(event) == {("Ondara", "acquirer"), ("Vilbo", "target")}
    assert event["status"] == "completed" and event["amount"] is None


def test_a_long_german_noun_before_a_name_introduces_it():
    events = extract_events(page("de", "Lumatec will Ondis", "Der Bochumer Konzern Lumatec will die Ondis AG "
                                 "übernehmen.", "Seither hat Lumatec zugekauft, unter anderem übernahm der Konzern "
                                 "2018 den österreichischen Wohnungsbestandshalter Vilbo für rund 5,2 Mrd. Euro. Den "
                                 "Mitarbeitern bietet das eine langfristige Perspektive."))
    assert sorted(p["name"] for e in events for p in e["parties"]) == ["Lumatec", "Lumatec", "Ondis", "Vilbo"]


def test_a_descriptor_right_after_a_governed_name_is_another_firm():
    events = extract_events(page("fr", "News", "Lumio et Ondis ont annoncé samedi la fin de leurs discussions. Le "
                                 "projet d'acquisition d'Ondis par le groupe canadien a été abandonné. Lumio est "
                                 "basé à Montréal, Ondis à Lyon."))
    assert [parties(e) for e in events if e["type"] == "acquisition"] == [{("Lumio", "acquirer"), ("Ondis", "target")}]


def test_supplies_under_a_multiyear_agreement_are_ongoing():
    (event,) = extract_events(page("en", "Supplies", "Kestrel Foods, which buys glass jars from Orwell Group under a "
                                   "multiyear supply agreement, opened a new site. Kestrel Foods is based in Leeds."))
    assert event["status"] == "ongoing" and event["date"] is None


def test_ending_talks_terminates_a_french_deal():
    (event,) = extract_events(page("fr", "News", "Lumio a mis fin samedi au projet de rachat d'Ondis. Lumio est basé "
                                   "à Lille, Ondis à Lyon."))
    assert event["status"] == "terminated" and parties(event) == {("Lumio", "acquirer"), ("Ondis", "target")}
