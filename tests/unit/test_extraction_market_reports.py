"""issue 3 (reports2): stock-market reports tell a deal as the reason a share moved; the firm whose price moved,
named as the sentence's subject or in the sentence before, is the party a possessive or object pronoun stands for."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

EN_TITLE = "FTSE 100 closes higher as miners rally"


def events_of(lang: str, title: str, text: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, title, text)) if e["type"] == kind]


def test_english_firm_whose_shares_moved_opens_the_sentence():
    for text in ("The FTSE 100 rose 0.4% on Wednesday. Lumatec rose 5% after it agreed to buy Nordwerk for $300m.",
                 "The FTSE 100 rose 0.4% on Wednesday. Lumatec jumped 7% after agreeing to buy Nordwerk for $300m."):
        assert {("Lumatec", "acquirer"), ("Nordwerk", "target")} in events_of("en", EN_TITLE, text, "acquisition")


def test_english_blocked_takeover_is_of_the_possessor_whose_shares_slid():
    for text in ("The FTSE 100 rose 0.4% on Wednesday. Lumatec slid 11% after the Competition and Markets Authority "
                 "blocked its proposed takeover of rival Nordwerk Press.",
                 "The FTSE 100 rose 0.4% on Wednesday. Lumatec slid 11% after the Competition and Markets Authority "
                 "on Wednesday blocked its proposed £1.1bn takeover of rival Nordwerk Press."):
        (event,) = [e for e in extract_events(page("en", EN_TITLE, text)) if e["type"] == "acquisition"]
        assert parties(event) == {("Lumatec", "acquirer"), ("Nordwerk Press", "target")}
        assert event["status"] == "terminated"


def test_blocker_of_a_deal_of_others_stays_no_party():
    (event,) = extract_events(page("en", "Cabinet vetoes deal", "The cabinet vetoed the purchase of Nordwerk by "
                                   "Lumatec on Tuesday, officials said."))
    assert parties(event) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}


def test_spanish_object_pronoun_after_the_move_is_the_mover():
    text = "El Ibex 35 subió un 0,5%. Constructora Altea subió un 2,3%. Ayer Adif le adjudicó un contrato de 410 " \
           "millones de euros."
    assert {("Adif", "customer"), ("Altea", "supplier")} in events_of("es", "El Ibex 35 cierra en positivo", text,
                                                                      "contract")


def test_german_index_close_is_no_firm():
    for text in ("Der Dax stieg um 0,5 Prozent. Nordwerk legte um 4 Prozent zu, nachdem der Konzern die Übernahme "
                 "von Lumatec angekündigt hatte.",
                 "Bis zum Dax-Schluss stieg der Index um 0,5 Prozent. Nordwerk stieg um 4 Prozent. Der Konzern hatte "
                 "am Morgen die Übernahme von Lumatec angekündigt."):
        events = extract_events(page("de", "Dax schließt im Plus", text))
        assert not any("Schluss" in p["name"] for e in events for p in e["parties"])
        assert {("Nordwerk", "acquirer"), ("Lumatec", "target")} in [parties(e) for e in events]


def test_contract_after_a_move_goes_to_the_firm_whose_shares_moved():
    for text in ("The FTSE 100 rose 0.4% on Wednesday. Defence group Arlon gained 3% after the Ministry of Defence "
                 "placed an order worth £640m.",
                 "The FTSE 100 rose 0.4% on Wednesday. Arlon gained 3% after the Ministry of Defence awarded it a "
                 "contract worth £640m.",
                 "The FTSE 100 rose 0.4% on Wednesday. Arlon gained 3%. The Ministry of Defence placed an order "
                 "worth £640m."):
        assert {("Arlon", "supplier"), ("Ministry of Defence", "customer")} in events_of("en", EN_TITLE, text,
                                                                                           "contract")


def test_french_object_pronoun_after_the_move_is_the_mover():
    title = "La Bourse de Paris termine en hausse"
    for text in ("Le CAC 40 a gagné 0,5 %. Ferrovia a avancé de 4 %. La Région Occitanie lui a confié un contrat de "
                 "200 millions d'euros pour l'entretien de ses trains.",
                 "Le CAC 40 a gagné 0,5 %. Ferrovia a pris 4 %. La Région Occitanie lui a confié un contrat de 200 "
                 "millions d'euros.",
                 "Le CAC 40 a gagné 0,5 %. Ferrovia a bondi de 4 % après que la Région Occitanie lui a confié un "
                 "contrat de 200 millions d'euros."):
        assert {("Ferrovia", "supplier"), ("Région Occitanie", "customer")} in events_of("fr", title, text, "contract")


def test_trade_before_a_name_is_a_description_not_the_name():
    (event,) = extract_events(page("en", "Deals", "Drinks group Arlon agreed to buy Nordwerk for $300m."))
    assert parties(event) == {("Arlon", "acquirer"), ("Nordwerk", "target")}
    (event,) = extract_events(page("en", "Deals", "Arlon Group agreed to buy Nordwerk for $300m."))
    assert parties(event) == {("Arlon", "acquirer"), ("Nordwerk", "target")}


def test_german_news_agency_report_is_a_source_not_the_issuer():
    text = "Der Dax stieg um 0,5 Prozent. Kräftig aufwärts ging es für Heltrop: Einem Bericht der Nachrichtenagentur " \
           "Bloomberg zufolge erwägt der Medizintechnikkonzern, seine Tochter Heltrop Medical noch in diesem Jahr an " \
           "die Börse zu bringen."
    (event,) = [e for e in extract_events(page("de", "Dax schließt im Plus", text)) if e["type"] == "ipo"]
    assert parties(event) == {("Heltrop Medical", "issuer")} and event["status"] == "rumored"


def test_spanish_debut_on_the_market_is_a_completed_listing():
    text = "El Ibex 35 subió un 0,5%. Eólica Brava debutó ayer en el Mercado Continuo con una subida del 12%."
    (event,) = [e for e in extract_events(page("es", "El Ibex 35 cierra en positivo", text)) if e["type"] == "ipo"]
    assert parties(event) == {("Eólica Brava", "issuer")} and event["status"] == "completed"


def test_spanish_veto_in_the_subjunctive_ends_the_movers_purchase():
    text = "El Ibex 35 subió un 0,5%. Altea cayó un 6% después de que la CNMC vetara su compra de Lumatec. La " \
           "constructora había ofrecido 300 millones de euros por Lumatec en marzo."
    events = [e for e in extract_events(page("es", "Altea se hunde tras el veto a la compra de Lumatec", text))
              if e["type"] == "acquisition"]
    assert events and all(e["status"] == "terminated" for e in events)
    assert {("Altea", "acquirer"), ("Lumatec", "target")} in [parties(e) for e in events]


def test_french_stake_taken_is_no_price_move():
    (event,) = extract_events(page("fr", "Aubrac entre au capital de Néolis", "Le fonds Aubrac Capital a pris 15 % du "
                                   "capital de Néolis Santé pour 40 millions d'euros."))
    assert parties(event) == {("Aubrac Capital", "investor"), ("Néolis Santé", "investee")}
