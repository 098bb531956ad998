"""Rules that carry beyond one outlet's phrasing: government customers, awards in the passive, nameless
units and their sellers, rounds named by their letter, relative years; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def only(events: list[dict], kind: str) -> dict:
    (event,) = [e for e in events if e["type"] == kind]
    return event


def test_passive_award_by_a_ministry_makes_it_the_customer():
    events = extract_events(page("en", "Gearbox order for Volta Pumps",
                                 "Volta Pumps has been awarded a £50 million contract by the Ministry of Transport "
                                 "to supply pumps. Volta Pumps is based in Leeds."))
    event = only(events, "contract")
    assert parties(event) == {("Volta Pumps", "supplier"), ("Ministry of Transport", "customer")}
    assert event["amount"]["value"] == 50e6 and event["amount"]["currency"] == "GBP"


def test_contract_signed_with_a_ministry_makes_the_ministry_the_customer():
    events = extract_events(page("es", "Navalia firma con Defensa",
                                 "Navalia ha firmado un contrato de 85 millones de euros con el Ministerio de Defensa. "
                                 "Navalia tiene sede en Ferrol."))
    assert parties(only(events, "contract")) == {("Navalia", "supplier"), ("Ministerio de Defensa", "customer")}


def test_a_body_awarding_a_contract_to_a_firm_is_its_customer():
    events = extract_events(page("es", "Obras en Castilla",
                                 "La Dirección General de Carreteras ha adjudicado a la empresa Vialtec un contrato de "
                                 "20 millones de euros. Vialtec tiene sede en León."))
    assert parties(only(events, "contract")) == {("Dirección General de Carreteras", "customer"),
                                                 ("Vialtec", "supplier")}
    events = extract_events(page("de", "Neue Schulrechner", "Die Stadtwerke Halle vergeben den Rahmenvertrag an "
                                 "Lumatec. Lumatec sitzt in Kassel."))
    assert parties(only(events, "contract")) == {("Stadtwerke Halle", "customer"), ("Lumatec", "supplier")}


def test_the_board_of_a_body_acts_for_it():
    events = extract_events(page("fr", "Tramways pour Lyon",
                                 "Le conseil de Transports Lyonnais a attribué mercredi au constructeur Railvo un "
                                 "contrat de 300 millions d'euros. Railvo est basé à Lille."))
    event = only(events, "contract")
    assert parties(event) == {("Transports Lyonnais", "customer"), ("Railvo", "supplier")}
    assert event["date"] == "2024-03-13"


def test_a_nameless_unit_is_bought_from_its_owner():
    events = extract_events(page("en", "Kestrel deal", "Kestrel Foods agreed to buy the dairy business of Orwell "
                                 "Group for $300m on Monday. Kestrel Foods is based in Leeds."))
    assert parties(only(events, "acquisition")) == {("Kestrel Foods", "acquirer"), ("Orwell", "seller")}
    events = extract_events(page("en", "Kestrel deal", "Kestrel Foods will buy Orwell's cheese unit. "
                                 "Kestrel Foods is based in Leeds."))
    assert parties(only(events, "acquisition")) == {("Kestrel Foods", "acquirer"), ("Orwell", "seller")}


def test_round_letter_is_no_investor_and_places_are_no_investors():
    events = extract_events(page("fr", "Ondis lève 30 millions",
                                 "La start-up Ondis a bouclé une série B de 30 millions d'euros menée par le fonds "
                                 "Marée Capital. Ondis veut s'implanter en Espagne et en Italie."))
    event = only(events, "funding_round")
    assert parties(event) == {("Ondis", "investee"), ("Marée Capital", "investor")}
    assert event["amount"]["value"] == 30e6


def test_a_series_of_incidents_is_no_round():
    assert extract_events(page("fr", "Panne", "Elle intervient après une série d'attaques contre Ondis. "
                               "Ondis a porté plainte.")) == []


def test_last_year_is_the_year_before_publication():
    events = extract_events(page("es", "Lucero crece", "Lucero compró el año pasado la división de envases de "
                                 "Grupo Tordo. Lucero tiene sede en León."))
    event = only(events, "acquisition")
    assert parties(event) == {("Lucero", "acquirer"), ("Tordo", "seller")}
    assert event["date"] == "2023" and event["status"] == "completed"


def test_a_place_qualifying_a_descriptor_is_not_the_party():
    events = extract_events(page("en", "Leeds deal", "Leeds engineering firm Arden Gears has agreed to buy "
                                 "Calder Tools for $40m. Calder Tools makes drills."))
    assert parties(only(events, "acquisition")) == {("Arden Gears", "acquirer"), ("Calder Tools", "target")}


def test_a_sentence_opening_pronoun_stands_for_the_firm_before():
    events = extract_events(page("en", "Orwell retreats", "Orwell Group is shrinking. It sold its sensors "
                                 "division to Lakemoor Partners for $1.1bn in 2021."))
    event = only(events, "acquisition")
    assert parties(event) == {("Orwell", "seller"), ("Lakemoor Partners", "acquirer")}
    assert event["date"] == "2021"


def test_the_seller_named_after_the_deal_joins_it():
    events = extract_events(page("de", "Kauf abgeschlossen", "Die Übernahme von Brixen Pumpen durch Valdor ist "
                                 "abgeschlossen. Verkäufer ist der Finanzinvestor Lechfeld Capital. Valdor sitzt "
                                 "in Ulm."))
    assert parties(only(events, "acquisition")) == {("Valdor", "acquirer"), ("Brixen Pumpen", "target"),
                                                    ("Lechfeld Capital", "seller")}


def test_investors_named_after_another_statement_of_the_round_join_it():
    events = extract_events(page("en", "Round", "Quillon Labs has raised $40 million in a round. "
                                 "The round was led by Harwick Ventures. "
                                 "Tallis Capital and Ember Fund also took part."))
    assert parties(only(events, "funding_round")) == {
        ("Quillon Labs", "investee"), ("Harwick Ventures", "investor"), ("Tallis Capital", "investor"),
        ("Ember Fund", "investor")}


def test_a_short_form_in_brackets_is_the_same_party():
    events = extract_events(page("es", "Radares", "La Dirección General de Costas (DGC) ha adjudicado a Vialtec "
                                 "un contrato de 12 millones de euros. La DGC pagará en 2025. Vialtec es de León."))
    assert parties(only(events, "contract")) == {("Dirección General de Costas", "customer"), ("Vialtec", "supplier")}


def test_both_companies_are_the_two_named_together_before():
    events = extract_events(page("de", "Wasserstoff", "Die Stahlfirma Korbach Stahl und der Versorger Nordlicht "
                                 "Energie wollen Wasserstoff erzeugen. Beide Unternehmen gründen ein "
                                 "Gemeinschaftsunternehmen. Der Wasserstoff soll 2027 fließen. Wasserstoff ist teuer."))
    assert parties(only(events, "joint_venture")) == {("Korbach Stahl", "partner"), ("Nordlicht Energie", "partner")}


def test_an_impersonal_pronoun_stands_for_no_firm():
    events = extract_events(page("fr", "Bourse", "Solvane a fait son entrée en Bourse jeudi. Solvane recycle. "
                                 "Il s'agit de la plus grosse introduction en Bourse de l'année."))
    assert [parties(e) for e in events if e["type"] == "ipo"] == [{("Solvane", "issuer")}]


def test_a_figure_without_currency_takes_the_pages_currency_unless_a_noun_follows():
    events = extract_events(page("es", "Lucero", "Lucero compró Tordo por 20 millones de euros. En 2023, Lucero había "
                                 "levantado 3,5 millones en una ronda. Lucero tiene 2 millones de usuarios."))
    event = only(events, "funding_round")
    assert event["amount"] == {"value": 3.5e6, "currency": "EUR", "text": "3,5 millones"}
    assert event["date"] == "2023" and event["status"] == "completed"


def test_a_date_of_the_next_clause_belongs_to_its_deal():
    events = extract_events(page("es", "Lucero", "En 2021, Lucero había levantado 3 millones de euros en una ronda "
                                 "semilla, y el año pasado compró la firma Tordo. Lucero es de León."))
    assert only(events, "funding_round")["date"] == "2021"


def test_raising_concerns_is_no_round():
    events = extract_events(page("en", "Orwell", "Orwell Group raised concerns about the plan. Orwell Group "
                                 "raised $20m in a Series A round last year."))
    (event,) = events
    assert event["type"] == "funding_round" and event["amount"]["value"] == 20e6


def test_a_first_trading_day_is_a_completed_listing():
    events = extract_events(page("fr", "Solvane en Bourse", "Premier jour de cotation réussi pour Solvane. "
                                 "Solvane recycle des batteries."))
    event = only(events, "ipo")
    assert parties(event) == {("Solvane", "issuer")} and event["status"] == "completed"


def test_a_joint_venture_absorbs_the_partnership_of_the_same_firms():
    events = extract_events(page("en", "Venture", "Korbach Steel and Nordlicht Energy will work together on "
                                 "hydrogen. Korbach Steel and Nordlicht Energy signed a joint venture agreement."))
    assert [e["type"] for e in events] == ["joint_venture"]


def test_verb_second_inversion_does_not_make_the_page_firm_the_buyer():
    events = extract_events(page("de", "Flinkbau", "Flinkbau wächst. Unabhängig davon übernimmt die Spedition "
                                 "Hafenlog Nord eine Minderheitsbeteiligung an Flinkbau."))
    assert not any(("Flinkbau", "acquirer") in parties(e) or ("Flinkbau", "investor") in parties(e) for e in events)


def test_coordinated_subjects_split_by_a_clause_opener_are_both_partners():
    events = extract_events(page("es", "Baterías", "La empresa Solaria Verde y el grupo japonés Kaito Power "
                                 "completaron el lunes la constitución de la sociedad conjunta en Portugal. "
                                 "Solaria Verde y Kaito Power son socios."))
    assert parties(only(events, "joint_venture")) == {("Solaria Verde", "partner"), ("Kaito Power", "partner")}


def test_a_region_with_hyphens_belongs_to_the_name():
    events = extract_events(page("fr", "Rames", "Le conseil d'administration d'Île-de-France Transports a attribué "
                                 "mercredi au constructeur Railvo un contrat de 2 milliards d'euros. Railvo est "
                                 "basé à Lille."))
    assert parties(only(events, "contract")) == {("Île-de-France Transports", "customer"), ("Railvo", "supplier")}


def test_a_model_code_is_no_party():
    events = extract_events(page("fr", "Rames", "Railvo livre des rames. Railvo assure la fourniture des rames "
                                 "du tram-train T13 pour Lignes Ouest."))
    assert not any("T13" in {p["name"] for p in e["parties"]} for e in events)


def test_the_sentence_before_does_not_mark_the_antecedent():
    events = extract_events(page("en", "Orwell", "Pumps and valves are sold to the same customers.\n"
                                 "For Orwell Group, the sale ends a retreat. It sold its sensors division to "
                                 "Lakemoor Partners for $1.1bn in 2021."))
    assert parties(only(events, "acquisition")) == {("Orwell", "seller"), ("Lakemoor Partners", "acquirer")}


def test_a_regulator_approving_a_merger_is_no_party():
    events = extract_events(page("en", "Merger cleared", "The Competition Authority approved the merger of Kelso "
                                 "Mobile and Tarn Telecom. Kelso Mobile and Tarn Telecom welcomed it."))
    assert parties(only(events, "merger")) == {("Kelso Mobile", "party"), ("Tarn Telecom", "party")}


def test_a_pronoun_after_a_speech_verb_is_a_reported_subject_and_last_month_a_month():
    events = extract_events(page("en", "Talks", "Orwell Group makes software.\nLast month, people familiar with the "
                                 "matter said it was in talks to buy Quaver Labs for $2bn.", published="2024-03-14"))
    event = only(events, "acquisition")
    assert parties(event) == {("Orwell", "acquirer"), ("Quaver Labs", "target")}
    assert event["status"] == "rumored" and event["date"] == "2024-02"


def test_going_public_with_an_offer_is_no_listing():
    events = extract_events(page("en", "Bid", "Orwell Group went public with an unsolicited offer for Quaver Labs. "
                                 "Quaver Labs declined."))
    assert all(e["type"] != "ipo" for e in events)


def test_two_cues_of_one_round_make_one_statement_dated_the_following_year():
    events = extract_events(page("en", "Quillon", "Quillon Labs was founded in 2019 and raised a $12 million Series A "
                                 "led by Harwick Ventures the following year. Quillon Labs makes software."))
    event = only(events, "funding_round")
    assert parties(event) == {("Quillon Labs", "investee"), ("Harwick Ventures", "investor")}
    assert event["date"] == "2020" and event["amount"]["value"] == 12e6


def test_a_second_verb_after_and_has_its_own_date():
    events = extract_events(page("es", "Lucero", "Lucero, que compró la marca Tordo por 40 millones de euros en 2016 "
                                 "y salió a bolsa en 2019, crece. Lucero es de León."))
    assert only(events, "ipo")["date"] == "2019" and only(events, "ipo")["amount"] is None
    assert only(events, "acquisition")["date"] == "2016"


def test_the_day_a_report_names_dates_the_round_it_reports():
    events = extract_events(page("en", "Quillon", "Quillon Labs has raised $68 million in a Series B round led by "
                                 "Harwick Ventures, the company announced on Wednesday. Quillon Labs makes software.",
                                 published="2024-09-19"))
    assert only(events, "funding_round")["date"] == "2024-09-18"


def test_only_the_firm_at_the_seller_cue_is_the_seller():
    events = extract_events(page("de", "Kauf", "Die Übernahme von Brixen Pumpen durch Valdor ist abgeschlossen. "
                                 "Verkäufer ist der Finanzinvestor Lechfeld Capital, der die Firma aus dem "
                                 "schwäbischen Ulmen seit 2018 hielt. Valdor sitzt in Ulm."))
    assert parties(only(events, "acquisition")) == {("Valdor", "acquirer"), ("Brixen Pumpen", "target"),
                                                    ("Lechfeld Capital", "seller")}


def test_a_supply_contract_with_a_firm_makes_it_the_supplier():
    events = extract_events(page("de", "Strom", "Korbach Stahl hat im März einen Liefervertrag mit dem Betreiber "
                                 "Nordlicht Energie geschlossen. Der Konzern Korbach Stahl braucht Strom."))
    assert parties(only(events, "contract")) == {("Korbach Stahl", "customer"), ("Nordlicht Energie", "supplier")}


def test_a_working_together_frame_leaves_the_partner_after_its_verb():
    events = extract_events(page("de", "Häfen", "Der Versorger Nordlicht Energie wächst. Nordlicht Energie "
                                 "arbeitet seit 2022 mit dem Hafenbetreiber Port of Delfzijl beim Import zusammen."))
    event = only(events, "partnership")
    assert parties(event) == {("Nordlicht Energie", "partner"), ("Port of Delfzijl", "partner")}
    assert event["status"] == "ongoing" and event["date"] == "2022"


def test_a_hyphenated_exchange_is_a_listing():
    events = extract_events(page("de", "Börse", "Das Biotech-Unternehmen Zellwerk wächst. Im Oktober 2019 ging "
                                 "Zellwerk an die US-Technologiebörse Nasdaq und nahm dabei 90 Millionen Euro ein."))
    event = only(events, "ipo")
    assert parties(event) == {("Zellwerk", "issuer")} and event["date"] == "2019-10"


def test_a_listing_not_ruled_out_by_a_person_is_no_event():
    events = extract_events(page("de", "Zellwerk", "Das Start-up Zellwerk wächst. Zellwerk beschäftigt 90 Leute. "
                                 "Einen Börsengang schließt Gründerin Jana Pohl nicht aus."))
    assert all(e["type"] != "ipo" for e in events)


def test_a_trade_noun_introduces_the_firm_after_it():
    events = extract_events(page("de", "Antriebe", "Der Konzern Nordhavn wächst. Zudem arbeitet der Konzern seit 2020 "
                                 "mit dem Windturbinenbauer Vestholm bei neuen Antrieben zusammen."))
    event = only(events, "partnership")
    assert parties(event) == {("Nordhavn", "partner"), ("Vestholm", "partner")} and event["date"] == "2020"


def test_a_consortium_invests_as_one_event_with_all_its_members():
    events = extract_events(page("en", "Chips", "A consortium of Harwick Capital, Tallis Partners and Ember Fund will "
                                 "invest $500 million in Quillon Labs. Quillon Labs makes chips."))
    event = only(events, "investment")
    assert parties(event) == {("Harwick Capital", "investor"), ("Tallis Partners", "investor"),
                              ("Ember Fund", "investor"), ("Quillon Labs", "investee")}
    assert event["amount"]["value"] == 500e6
    events = extract_events(page("fr", "Puces", "Le fonds Harwick Capital et Tallis Partners investissent 500 millions "
                                 "d'euros dans Quillon. Quillon fabrique des puces."))
    assert parties(only(events, "investment")) == {("Harwick Capital", "investor"), ("Tallis Partners", "investor"),
                                                   ("Quillon", "investee")}


def test_after_a_german_passive_auxiliary_von_names_the_buyer():
    events = extract_events(page("de", "Seife", "Der Hersteller Zentrik wurde am Dienstag von Procter & Gamble für "
                                 "2 Mrd. Euro übernommen. Zentrik macht Seife."))
    assert parties(only(events, "acquisition")) == {("Procter & Gamble", "acquirer"), ("Zentrik", "target")}
    events = extract_events(page("de", "Sparte", "Der Konzern Ardex hat die Sparte von Bosch übernommen. "
                                 "Ardex sitzt in Ulm."))
    assert parties(only(events, "acquisition")) == {("Ardex", "acquirer"), ("Bosch", "seller")}
