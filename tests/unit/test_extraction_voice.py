"""A deal told from the side of the firm that changes hands ("X passe sous le contrôle de Y", "X fue
vendida a Y"), a buyer told by what it becomes, and a sale of a stake governed by its verb; sentences
written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLES = {"en": "Corvane, Halden and Ostrik", "fr": "Corvane, Halden et Ostrik", "es": "Corvane, Halden y Ostrik"}


def deals(lang: str, text: str) -> set[tuple[str, frozenset]]:
    return {(e["type"], frozenset(parties(e))) for e in extract_events(page(lang, TITLES[lang], text))}


BOUGHT = ("acquisition", frozenset({("Corvane", "acquirer"), ("Halden", "target")}))


def test_a_firm_that_passes_into_another_s_hands_is_its_target():
    assert BOUGHT in deals("fr", "Halden passe sous le contrôle de Corvane, qui a déboursé 80 millions d'euros.")
    assert BOUGHT in deals("fr", "Le fabricant Halden tombe dans l'escarcelle de Corvane.")
    assert BOUGHT in deals("es", "Halden pasa a manos de Corvane tras una puja de seis meses.")
    assert BOUGHT in deals("es", "La textil Halden pasará a ser propiedad de Corvane en enero.")


def test_a_firm_that_becomes_the_majority_owner_buys():
    assert BOUGHT in deals("fr", "Corvane devient l'actionnaire majoritaire de Halden après une augmentation "
                                 "de capital.")
    assert BOUGHT in deals("es", "Corvane se convierte en el accionista mayoritario de Halden.")


def test_a_firm_sold_without_a_named_seller_is_the_target():
    sold = ("acquisition", frozenset({("Ostrik", "acquirer"), ("Halden", "target")}))
    assert sold in deals("en", "Halden was sold to Ostrik for 40 million dollars last year.")
    assert sold in deals("fr", "Halden a été cédé au fonds Ostrik pour 40 millions d'euros.")
    assert sold in deals("es", "Halden fue vendida a Ostrik por 40 millones de euros.")


def test_a_buyer_that_took_over_a_firm_is_still_its_buyer():
    assert BOUGHT in deals("fr", "Corvane s'est emparé de Halden au printemps.")
    assert BOUGHT in deals("es", "Halden ha sido adquirida por Corvane.")


def test_selling_a_minority_stake_is_the_buyer_s_investment_and_a_majority_an_acquisition():
    stake = ("investment", frozenset({("Ostrik", "investor"), ("Halden", "investee")}))
    assert stake in deals("es", "Corvane vende su participación en Halden a Ostrik.")
    assert stake in deals("fr", "Corvane cède sa participation de 20 % dans Halden à Ostrik.")
    control = ("acquisition", frozenset({("Corvane", "seller"), ("Halden", "target"), ("Ostrik", "acquirer")}))
    assert control in deals("fr", "Corvane cède sa participation majoritaire dans Halden à Ostrik.")
    assert control in deals("es", "Corvane vende su participación mayoritaria en Halden a Ostrik.")


def test_services_rendered_to_a_firm_since_a_year_are_a_standing_contract():
    (event,) = extract_events(page("es", TITLES["es"], "Corvane presta servicios a Halden desde 2018."))
    assert event["type"] == "contract" and event["status"] == "ongoing"
    assert parties(event) == {("Corvane", "supplier"), ("Halden", "customer")}


def test_spanish_a_before_the_object_of_a_purchase_marks_the_firm_bought():
    assert BOUGHT in deals("es", "Corvane absorbe a Halden para crecer en Portugal.")
    assert BOUGHT in deals("es", "Corvane compró a Halden en 2015 por 12 millones de euros.")


def test_the_french_press_verbs_of_a_purchase_and_of_a_larger_stake():
    assert BOUGHT in deals("fr", "Corvane jette son dévolu sur Halden, spécialiste du froid.")
    assert BOUGHT in deals("fr", "Corvane s'adjuge Halden pour 15 millions d'euros.")
    stake = ("investment", frozenset({("Corvane", "investor"), ("Halden", "investee")}))
    assert stake in deals("fr", "Corvane renforce sa participation dans Halden.")
    assert stake in deals("fr", "Corvane monte à 30 % du capital de Halden.")
    assert ("partnership", frozenset({("Corvane", "partner"), ("Halden", "partner")})) in deals(
        "fr", "Corvane et Halden unissent leurs forces dans l'hydrogène.")


def test_a_work_given_to_a_firm_is_a_contract_without_the_word_contract():
    given = ("contract", frozenset({("Ostrik", "customer"), ("Halden", "supplier")}))
    assert given in deals("fr", "Ostrik a attribué à Halden la construction de sa nouvelle usine.")
    assert given in deals("es", "Ostrik ha adjudicado a Halden la construcción de su nueva planta.")


def test_a_buyer_that_is_buying_is_no_passive():
    assert BOUGHT in deals("en", "Corvane is buying Halden for 30 million dollars.")
    assert ("acquisition", frozenset({("Corvane", "seller"), ("Halden", "target"), ("Ostrik", "acquirer")})) in deals(
        "en", "Corvane is selling Halden to Ostrik.")


def test_the_stake_an_inserted_clause_holds_does_not_make_a_purchase_an_investment():
    assert BOUGHT in deals("fr", "Corvane, qui détient déjà 40 % d'Ostrik, rachète Halden.")
    assert BOUGHT in deals("en", "Corvane, which owns 40% of Ostrik, is buying Halden.")


def test_a_firm_named_right_after_the_bought_one_with_to_is_its_seller():
    sold = ("acquisition", frozenset({("Corvane", "acquirer"), ("Halden", "target"), ("Ostrik", "seller")}))
    assert sold in deals("fr", "Corvane rachète Halden à Ostrik pour 12 millions d'euros.")
    assert sold in deals("es", "Corvane compra a Ostrik su filial Halden.")
    assert sold in deals("es", "Corvane compra Halden a Ostrik.")
    told = deals("es", "Corvane comunicó a la Comisión Nacional del Mercado de Valores que compra Halden.")
    assert not any(role == "seller" for _, names in told for _, role in names)


def test_a_price_withheld_denies_no_deal_but_a_negated_deal_is_none():
    assert BOUGHT in deals("en", "Corvane is buying Halden for a sum it did not disclose.")
    assert BOUGHT in deals("fr", "Corvane rachète Halden pour un montant que le groupe n'a pas souhaité dévoiler.")
    assert BOUGHT in deals("es", "Corvane compra Halden por una cantidad que no ha querido desvelar.")
    assert not deals("fr", "Corvane ne rachètera pas Halden, a indiqué son directeur.")
    assert not deals("es", "Corvane no comprará Halden, según su presidente.")


def test_listings_told_by_the_press_s_words():
    for lang, text in (("fr", "Corvane prépare son IPO."), ("fr", "Corvane veut s'introduire en Bourse à Paris."),
                       ("es", "Corvane prepara su IPO."), ("es", "Corvane comenzó a cotizar el lunes.")):
        assert ("ipo", frozenset({("Corvane", "issuer")})) in deals(lang, text), (lang, text)


def test_shares_bought_as_parts_or_titles_are_a_stake():
    stake = ("investment", frozenset({("Corvane", "investor"), ("Halden", "investee")}))
    assert stake in deals("fr", "Corvane rachète des parts de Halden pour 5 millions d'euros.")
    assert stake in deals("es", "Corvane compra títulos de Halden por 5 millones de euros.")


def test_money_put_into_a_firm_and_a_purchase_sought_in_french():
    stake = ("investment", frozenset({("Corvane", "investor"), ("Halden", "investee")}))
    assert stake in deals("fr", "Corvane injecte 20 millions d'euros dans Halden.")
    assert stake in deals("fr", "Corvane souscrit à l'augmentation de capital de Halden.")
    assert BOUGHT in deals("fr", "Corvane convoite Halden depuis des mois.")
    assert BOUGHT in deals("fr", "L'offre de reprise de Halden par Corvane a été validée par le tribunal.")


def test_work_done_for_a_customer_and_a_supplier_hired():
    served = ("contract", frozenset({("Corvane", "supplier"), ("Halden", "customer")}))
    assert served in deals("fr", "Corvane gère le réseau pour le compte de Halden depuis 2015.")
    assert served in deals("es", "Corvane gestiona la red por cuenta de Halden desde 2015.")
    assert served in deals("es", "Halden contrata a Corvane para renovar su flota.")


def test_a_first_trading_day_on_an_exchange_is_the_issuer_s_not_the_city_s():
    assert ("ipo", frozenset({("Halden", "issuer")})) in deals(
        "fr", "Halden a fait ses premiers pas à la Bourse de Milan ce lundi.")


def test_bids_interest_and_new_shareholders():
    assert BOUGHT in deals("fr", "Corvane a fait une offre pour Halden, selon la presse.")
    assert BOUGHT in deals("fr", "Corvane s'intéresse à Halden, selon plusieurs sources.")
    stake = ("investment", frozenset({("Corvane", "investor"), ("Halden", "investee")}))
    assert stake in deals("fr", "Corvane devient actionnaire de Halden.")
    assert stake in deals("es", "Corvane se convierte en accionista de Halden.")


def test_a_contract_won_with_the_verb_of_a_purchase_is_a_contract():
    won = ("contract", frozenset({("Ostrik", "customer"), ("Halden", "supplier")}))
    assert won in deals("es", "Halden se hace con la concesión de Ostrik.")
    assert won in deals("es", "Halden logra el contrato de Ostrik para limpiar sus oficinas.")
    assert BOUGHT in deals("es", "Corvane se hace con Halden por 12 millones de euros.")


def test_standing_supply_told_with_the_customer_as_object():
    served = ("contract", frozenset({("Corvane", "supplier"), ("Halden", "customer")}))
    for lang, text in (("fr", "Corvane équipe Halden depuis 2015."),
                       ("fr", "Corvane fournit Halden en batteries depuis 2015."),
                       ("fr", "Corvane assure la maintenance des trains de Halden depuis 2012."),
                       ("fr", "Corvane travaille pour Halden depuis 2015."),
                       ("es", "Corvane se encarga del mantenimiento de los trenes de Halden desde 2012."),
                       ("es", "Corvane trabaja para Halden desde 2015.")):
        events = extract_events(page(lang, TITLES[lang], text))
        assert [(e["type"], e["status"], parties(e)) for e in events] == [
            ("contract", "ongoing", set(served[1]))], (lang, text)
    assert served in deals("fr", "Halden s'appuie sur Corvane pour ses batteries.")
    assert served in deals("fr", "Halden est l'un des plus gros clients de Corvane.")


def test_a_firm_that_takes_charge_of_work_is_not_its_customer():
    assert ("contract", frozenset({("Corvane", "customer"), ("Halden", "supplier")})) in deals(
        "es", "Corvane encarga a Halden la construcción de su planta.")
    assert not any(("Corvane", "customer") in names for _, names in deals(
        "es", "Corvane se encarga del mantenimiento de los trenes de Halden."))


def test_a_listing_that_made_its_first_steps_took_place():
    (event,) = extract_events(page("fr", TITLES["fr"], "Halden a fait ses premiers pas à la Bourse de Paris ce lundi."))
    assert event["type"] == "ipo" and event["status"] == "completed"


def test_spanish_orders_and_supply_agreements_name_the_customer_first():
    ordered = ("contract", frozenset({("Corvane", "customer"), ("Halden", "supplier")}))
    assert ordered in deals("es", "Corvane ha encargado a Halden 20 trenes por 300 millones de euros.")
    assert ordered in deals("es", "Corvane ha firmado con Halden un acuerdo para el suministro de gas.")


def test_a_listing_given_up_in_spanish_is_terminated():
    (event,) = extract_events(page("es", TITLES["es"], "Corvane renuncia a salir a bolsa por la volatilidad."))
    assert event["type"] == "ipo" and event["status"] == "terminated"


def test_a_partner_described_with_a_noun_complement_is_still_the_partner():
    allied = ("partnership", frozenset({("Corvane", "partner"), ("Halden", "partner")}))
    assert allied in deals("fr", "Corvane a signé un partenariat avec le groupe de luxe Halden.")
    assert allied in deals("fr", "Corvane noue une alliance avec le spécialiste de l'hydrogène Halden.")
    assert allied in deals("es", "Corvane firma una alianza con el fabricante de baterías Halden.")
    assert ("acquisition", frozenset({("Corvane", "acquirer"), ("Halden", "seller")})) in deals(
        "fr", "Corvane rachète la division de Halden.")


def test_a_venture_bought_is_what_the_verb_buys():
    stake = ("investment", frozenset({("Corvane", "investor"), ("Halden", "investee")}))
    assert stake in deals("es", "Corvane compró el 40% de la empresa conjunta Halden en 2019.")
    assert stake in deals("fr", "Corvane a racheté 40 % de la coentreprise Halden.")
    assert BOUGHT in deals("en", "Corvane bought the joint venture Halden.")


def test_a_deal_reached_after_months_of_talks_is_no_rumour():
    for lang, text in (("fr", "Après des mois de négociations, Corvane rachète finalement Halden."),
                       ("es", "Tras meses de negociaciones, Corvane compra finalmente Halden.")):
        (event,) = extract_events(page(lang, TITLES[lang], text))
        assert event["status"] == "announced", (lang, text)
    (event,) = extract_events(page("es", TITLES["es"], "Corvane mantiene negociaciones para comprar Halden."))
    assert event["status"] == "rumored"


def test_the_press_s_marriage_of_two_firms_is_a_merger():
    wed = ("merger", frozenset({("Corvane", "party"), ("Halden", "party")}))
    assert wed in deals("fr", "Le mariage entre Corvane et Halden a été scellé lundi.")
    assert wed in deals("es", "El matrimonio entre Corvane y Halden se selló el lunes.")
    assert wed in deals("es", "Corvane y Halden integrarán sus negocios.")
