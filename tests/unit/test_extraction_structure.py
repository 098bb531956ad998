"""Rules on how a deal is spread over a page: names that carry "Company", a merger told as an absorption,
values given in the sentence after a contract, and awards; sentences written for these tests."""

import pytest

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


def test_firms_inside_a_relative_clause_before_the_verb_are_neither_buyer_nor_target():
    events = extract_events(page("en", "Burger deal",
                                 "Berkshire and 9T Partners reported results on Monday. 9T Partners, which also "
                                 "controls the pizza chain through Dough Brands International, bought Burger Barn in "
                                 "2010 for $3.3 billion."))
    event = only(events, "acquisition")
    assert parties(event) == {("9T Partners", "acquirer"), ("Burger Barn", "target")}
    assert event["date"] == "2010" and event["status"] == "completed"


def test_a_body_that_awards_a_contract_to_a_firm_is_its_customer():
    events = extract_events(page("en", "Rail order",
                                 "Railco Ltd has awarded the contract to build the trains to Velo Rail, the joint "
                                 "venture of Hitano and Alvis. The deal is worth £1.2bn."))
    event = only(events, "contract")
    assert parties(event) == {("Railco", "customer"), ("Velo Rail", "supplier")}
    assert event["amount"]["value"] == 1.2e9
    assert {p["name"] for p in only(events, "joint_venture")["parties"]} == {"Hitano", "Alvis"}


def test_a_possessive_owns_a_deal_only_when_no_other_determiner_does():
    events = extract_events(page("en", "Alvis grows",
                                 "Alvis inherited Brandor's half when it completed its takeover of Brandor Rail in "
                                 "January 2021."))
    assert parties(only(events, "acquisition")) == {("Alvis", "acquirer"), ("Brandor Rail", "target")}


def test_a_dateline_is_no_party_and_a_declined_name_is_given_in_the_nominative():
    events = extract_events(page("de", "Fusion geplatzt",
                                 "MÜNCHEN/PARIS – Die geplante Fusion der Bayerischen Rückbank mit der Paris "
                                 "Assurance Group ist geplatzt. Die Bayerische Rückbank nahm die Entscheidung zur "
                                 "Kenntnis."))
    event = only(events, "merger")
    assert {p["name"] for p in event["parties"]} == {"Bayerische Rückbank", "Paris Assurance"}
    assert event["status"] == "terminated"


def test_a_majority_sold_to_a_fund_and_the_subject_after_the_verb_after_a_subordinate_clause():
    events = extract_events(page("de", "Veltra gibt Kobalt ab",
                                 "Der Autokonzern Veltra verkauft die Mehrheit an seiner Tochter Kobalt an den "
                                 "Münchner Finanzinvestor Arvo Capital. Wie der Konzern am Montag mitteilte, übernimmt "
                                 "Arvo Capital 80 Prozent an der neuen Kobalt Holding und zahlt dafür 2 Mrd. Euro."))
    (event,) = events
    assert parties(event) == {("Veltra", "seller"), ("Kobalt", "target"), ("Arvo Capital", "acquirer")}
    assert event["amount"]["value"] == 2e9 and event["date"] == "2024-03-11"


def test_a_deal_noun_is_no_firm_and_initials_stand_for_the_name_they_abbreviate():
    events = extract_events(page("en", "Exchange merger",
                                 "Nordic Bourse agreed on Monday to merge with the Baltic Metals Exchange. With the "
                                 "Merger the BME will lose its independence; Nordic Bourse and the BME expect to "
                                 "complete the merger in 2025."))
    (event,) = events
    assert {p["name"] for p in event["parties"]} == {"Nordic Bourse", "Baltic Metals Exchange"}


def test_a_ban_on_a_rapprochement_between_a_firm_and_the_business_of_another_ends_a_merger():
    events = extract_events(page("fr", "Ferrovia et Brenner",
                                 "La Commission européenne a interdit, mercredi, le rapprochement entre le français "
                                 "Ferrovia et les activités ferroviaires de l'allemand Brenner. Ferrovia reste "
                                 "indépendant."))
    event = only(events, "merger")
    assert {p["name"] for p in event["parties"]} == {"Ferrovia", "Brenner"}
    assert event["status"] == "terminated" and event["date"] == "2024-03-13"


def test_a_founding_year_is_no_date_of_the_round():
    events = extract_events(page("fr", "Covoit lève 50 millions",
                                 "Covoit, la plateforme fondée en 2009 par Marc Durand, a bouclé un tour de table de "
                                 "50 millions de dollars, a annoncé la société ce mercredi."))
    event = only(events, "funding_round")
    assert event["date"] == "2024-03-13" and event["status"] == "completed"


def test_an_agreement_concluded_is_announced_and_the_buyer_after_par_follows_the_object():
    events = extract_events(page("fr", "Pharmalis rachète Genova",
                                 "Pharmalis a annoncé mercredi avoir conclu un accord pour racheter Genova pour "
                                 "2 milliards d'euros. Le groupe né du rachat d'Aventa par Pharmalis en 2004 grandit."))
    new, old = sorted(events, key=lambda e: e["date"], reverse=True)
    assert new["status"] == "announced" and parties(new) == {("Pharmalis", "acquirer"), ("Genova", "target")}
    assert old["status"] == "completed" and parties(old) == {("Pharmalis", "acquirer"), ("Aventa", "target")}


def test_merger_and_takeover_of_the_same_pair_are_one_event_named_as_most_often():
    events = extract_events(page("fr", "Fin des discussions",
                                 "Norvia et Cassel ont annoncé samedi qu'ils mettaient fin à leurs discussions en vue "
                                 "d'un rapprochement. Le projet d'acquisition de Cassel par Norvia a échoué."))
    (event,) = events
    assert event["type"] == "acquisition" and event["status"] == "terminated"
    assert parties(event) == {("Norvia", "acquirer"), ("Cassel", "target")}


def test_two_rounds_in_one_sentence_and_the_firm_a_founded_by_opening_stands_for():
    events = extract_events(page("fr", "Lumen lève 385 millions",
                                 "Lumen AI a présenté mardi son nouveau modèle. Fondée en 2023 par Paul Martin, "
                                 "passé par Orbis Labs, et par Jean Roux, ancien de Vega, la société a enchaîné les "
                                 "levées. Elle avait levé 105 millions d'euros dès juin 2023 auprès d'investisseurs "
                                 "emmenés par Lakeview Partners, avant de boucler en décembre un tour de 385 millions "
                                 "d'euros mené par le fonds Horizon Capital."))
    rounds = sorted((e["date"], e["amount"]["value"], frozenset(parties(e))) for e in events)
    assert rounds == [("2023-06", 105e6, {("Lumen AI", "investee"), ("Lakeview Partners", "investor")}),
                      ("2023-12", 385e6, {("Lumen AI", "investee"), ("Horizon Capital", "investor")})]


def test_a_firm_named_in_an_apposition_on_the_buyer_is_no_party():
    events = extract_events(page("es", "Telco vende su filial",
                                 "En 2015, Telco pactó la venta de su filial británica Orbe a Castell Holdings, "
                                 "dueña de Trio, por 10.250 millones de libras."))
    assert parties(only(events, "acquisition")) == {("Telco", "seller"), ("Orbe", "target"), ("Castell", "acquirer")}


def test_merging_two_parents_units_is_their_joint_venture_one_event_with_the_merger_told_before():
    events = extract_events(page("en", "Telco deal",
                                 "Velocom and Harbour Telecom have agreed to merge their British mobile businesses, "
                                 "Velocom UK and Harbour Mobile, the companies announced on Wednesday."))
    assert parties(only(events, "joint_venture")) == {("Velocom", "partner"), ("Harbour Telecom", "partner")}
    events = extract_events(page("fr", "Fusion finalisée",
                                 "Deux ans après l'annonce de leur rapprochement, Velocom et Harbour Telecom ont "
                                 "bouclé l'opération. Velocom et Harbour Telecom ont finalisé la fusion de leurs "
                                 "filiales britanniques."))
    (event,) = events
    assert event["type"] == "joint_venture" and event["status"] == "completed"


def test_a_second_object_with_its_own_price_is_a_second_deal():
    events = extract_events(page("en", "Studio deals",
                                 "Orbit Media has grown by buying studios. The group bought Marvelo Entertainment for "
                                 "$4bn in 2009 and Lucara, the home of Star Raiders, for $4.05bn in 2012."))
    deals = sorted((e["date"], e["amount"]["value"], frozenset(parties(e))) for e in events)
    assert deals == [("2009", 4e9, {("Orbit Media", "acquirer"), ("Marvelo Entertainment", "target")}),
                     ("2012", 4.05e9, {("Orbit Media", "acquirer"), ("Lucara", "target")})]
    events = extract_events(page("fr", "Velocom se recentre",
                                 "Velocom a cédé en 2024 ses activités espagnoles à Zenon pour 5 milliards d'euros, "
                                 "puis sa filiale Velocom Italia à Swisstel pour 8 milliards d'euros, une transaction "
                                 "finalisée le 31 décembre 2024.", published="2025-01-10"))
    deals = sorted((e["date"], e["amount"]["value"], frozenset(parties(e))) for e in events)
    assert deals == [("2024", 5e9, {("Velocom", "seller"), ("Zenon", "acquirer")}),
                     ("2024-12-31", 8e9, {("Velocom", "seller"), ("Velocom Italia", "target"),
                                          ("Swisstel", "acquirer")})]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orbit Media keeps buying. It follows the purchase of Marvelo Studios in 2021 and of Lucara Films in 2023."),
    ("en", "Orbit Media bought Marvelo Studios in 2021 and Lucara Films in 2023."),
    ("es", "Orbit Media sigue comprando. Es su tercera adquisición, después de la compra de Marvelo Studios en 2021 y "
           "de Lucara Films en 2023."),
    ("fr", "Orbit Media a racheté Marvelo Studios en 2021 et Lucara Films en 2023."),
])
def test_a_second_object_with_its_own_year_is_a_second_deal(lang: str, text: str):
    """ "the purchase of X in 2021 and of Y in 2023": each object of one buy cue that has its own year is a deal of
    its own, dated by that year."""
    events = extract_events(page(lang, "News", text))
    deals = sorted((e["date"], frozenset(parties(e))) for e in events if e["type"] == "acquisition")
    assert deals == [("2021", {("Orbit Media", "acquirer"), ("Marvelo Studios", "target")}),
                     ("2023", {("Orbit Media", "acquirer"), ("Lucara Films", "target")})], deals


def test_a_later_step_of_the_same_deal_is_no_second_object():
    events = extract_events(page("en", "News", "Orbit Media bought Marvelo Studios in March 2021 and completed the "
                                               "integration of the studio in 2023."))
    assert [frozenset(parties(e)) for e in events if e["type"] == "acquisition"] == [
        {("Orbit Media", "acquirer"), ("Marvelo Studios", "target")}]


def test_an_agreement_with_a_firm_to_buy_its_assets_makes_it_the_seller_and_a_later_cue_dates_the_deal():
    events = extract_events(page("es", "Torrex compra torres",
                                 "Torrex Telecom ha alcanzado un acuerdo con el conglomerado Kowloon Holdings para "
                                 "adquirir sus activos de torres por 10.000 millones de euros, según comunicó este "
                                 "jueves."))
    assert parties(only(events, "acquisition")) == {("Torrex Telecom", "acquirer"), ("Kowloon", "seller")}
    events = extract_events(page("en", "Shoes",
                                 "Until now its biggest purchase was Zapatos, the online shoe seller Orbit bought for "
                                 "about $1.2 billion in 2009. Orbit is based in Seattle."))
    event = only(events, "acquisition")
    assert event["date"] == "2009" and event["status"] == "completed"


def test_a_later_stage_told_in_the_next_sentence_of_the_same_firms_sets_the_status():
    events = extract_events(page("de", "Kaufabschluss",
                                 "Die Übernahme des Saatgutkonzerns Agrimont durch Lavera ist perfekt. Nach zwei "
                                 "Jahren Prüfung hat der Leverkusener Konzern Lavera die größte Übernahme seiner "
                                 "Geschichte vollzogen."))
    event = only(events, "acquisition")
    assert parties(event) == {("Lavera", "acquirer"), ("Agrimont", "target")}
    assert event["status"] == "completed"


def test_an_earlier_failed_attempt_is_its_own_deal_and_shares_subscribed_are_an_investment():
    events = extract_events(page("de", "Wohnbau will Heimstatt kaufen",
                                 "Wohnbau will den Rivalen Heimstatt für 18 Mrd. Euro übernehmen, wie die Konzerne am "
                                 "Montag mitteilten. Der erste Versuch war 2016 gescheitert: Damals hatte Heimstatt "
                                 "ein Übernahmeangebot von Wohnbau abgewehrt. Der Staatsfonds Tamar aus Singapur "
                                 "zeichnete im März neue Wohnbau-Aktien für 3 Mrd. Euro."))
    deals = {(e["type"], e["status"], e["date"]) for e in events}
    assert ("acquisition", "announced", "2024-03-11") in deals and ("acquisition", "terminated", "2016") in deals
    event = only(events, "investment")
    assert parties(event) == {("Tamar", "investor"), ("Wohnbau", "investee")} and event["amount"]["value"] == 3e9


def test_a_headline_short_form_takes_the_complete_name_of_the_text():
    events = extract_events(page("en", "Orwell sells Tessel to Kestrel",
                                 "Orwell agreed on Monday to sell its unit Tessel to the fund Kestrel Capital "
                                 "Management. Kestrel will pay $2bn for Tessel, Orwell said."))
    assert {p["name"] for e in events for p in e["parties"]} == {"Orwell", "Tessel", "Kestrel Capital Management"}


def test_a_contract_a_firm_won_for_itself_in_an_earlier_year_is_a_completed_award_from_its_customer():
    events = extract_events(page("es", "Trenalia en el exterior",
                                 "En 2011 Trenalia se adjudicó la construcción de la línea, un contrato de 6.736 "
                                 "millones de euros otorgado por la Autoridad Ferroviaria Saudí. Trenalia tiene sede "
                                 "en Madrid."))
    event = only(events, "contract")
    assert parties(event) == {("Trenalia", "supplier"), ("Autoridad Ferroviaria Saudí", "customer")}
    assert event["status"] == "completed" and event["date"] == "2011"


def test_a_deal_noun_after_a_temporal_preposition_recalls_the_deal_told_and_an_investment_fund_is_no_deal():
    events = extract_events(page("de", "Modehaus an der Börse",
                                 "Das Modehaus Veloria ist seit Mittwoch an der Börse. Größter Anteilseigner bleibt "
                                 "die Beteiligungsgesellschaft Norrvik, die nach dem Börsengang 32 Prozent hält."))
    assert not [e for e in events if {p["name"] for p in e["parties"]} == {"Norrvik"}]
    events = extract_events(page("fr", "Cession",
                                 "Le groupe Ferrand est détenu depuis 2019 par le fonds d'investissement Garonne "
                                 "Partenaires. Ferrand emploie 900 personnes."))
    assert events == []


def test_a_stake_a_firm_holds_is_no_deal_but_one_it_takes_is():
    events = extract_events(page("en", "Studio deal",
                                 "Orbit Media agreed on Monday to buy Foxtail Studios for $5bn. The package also "
                                 "brings Foxtail's 30% stake in Streamly, the streaming service."))
    assert [e["type"] for e in events] == ["acquisition"]
    events = extract_events(page("en", "Activist",
                                 "Jana Capital disclosed an 8.8 percent stake in Wholefare in April."))
    assert parties(only(events, "investment")) == {("Jana Capital", "investor"), ("Wholefare", "investee")}


def test_a_ministry_name_goes_on_after_and_and_a_noun_with_its_genitive_is_no_firm():
    events = extract_events(page("de", "Laptops für Lehrkräfte",
                                 "Das Ministerium für Schule und Bildung des Landes Sachsen hat den Auftrag zur "
                                 "Ausstattung der Lehrkräfte mit Laptops an Datavia vergeben. Datavia sitzt in Köln."))
    assert parties(only(events, "contract")) == {("Ministerium für Schule und Bildung des Landes Sachsen", "customer"),
                                                 ("Datavia", "supplier")}


def test_that_same_year_is_the_year_the_sentence_before_named():
    events = extract_events(page("es", "Norvia crece",
                                 "Norvia compró la empresa Kappa Redes en 2016. En cambio, el intento de Norvia de "
                                 "comprar Lumo Telecom fue vetado por Bruselas ese mismo año."))
    blocked = next(e for e in events if e["status"] == "terminated")
    assert parties(blocked) == {("Norvia", "acquirer"), ("Lumo Telecom", "target")} and blocked["date"] == "2016"


def test_the_entity_a_person_chairs_finds_its_firm_past_a_ministers_title():
    events = extract_events(page("es", "Norbank",
                                 "Norbank fue rescatado en 2012 con dinero público. La ministra de Asuntos "
                                 "Económicos, Nadia Ruiz, aseguró que el Gobierno no venderá. La entidad que preside "
                                 "Goiri salió a bolsa en julio de 2011 con una colocación de 3.092 millones de euros."))
    event = only(events, "ipo")
    assert parties(event) == {("Norbank", "issuer")} and event["date"] == "2011-07"


def test_the_deal_noun_opening_the_next_sentence_carries_its_completion_and_date():
    events = extract_events(page("fr", "Stellar en Bourse",
                                 "Stellar, issu de la fusion entre le groupe Pavo et Fiora Motors, a fait ses premiers "
                                 "pas en Bourse ce lundi. La fusion, annoncée fin 2019 comme un rapprochement entre "
                                 "égaux, est juridiquement effective depuis samedi."))
    event = only(events, "merger")
    assert event["status"] == "completed" and event["date"] == "2024-03-09"


def test_a_report_dated_after_a_comma_is_no_second_object():
    events = extract_events(page("en", "News", "Orbit Media held talks about a takeover of Marvelo Studios late last "
                                               "year, Newswire Daily reported in December.", published="2026-03-10"))
    assert all(("Newswire Daily", "target") not in parties(e) for e in events), events
