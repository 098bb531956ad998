"""Cues written once as a stem and its inflection class (the `paradigms` of each language file), and the
phrasings they cover in every language; sentences written for these tests."""

import re

from streams.extraction import extract_events
from streams.extraction.lexicon import inflected, lexicon
from tests.unit.test_extraction_roles import page, parties


def kinds(lang: str, *paragraphs: str) -> set[tuple[str, frozenset]]:
    return {(e["type"], frozenset(parties(e))) for e in extract_events(page(lang, *paragraphs))}


def test_a_stem_and_its_class_stand_for_every_form():
    classes = {"e": ["{}e", "{}es", "{}ed", "{}ing"], "n": ["{}", "{}s"]}
    verb = re.compile(inflected("acquir~e", classes))
    assert all(verb.fullmatch(w) for w in ("acquire", "acquires", "acquired", "acquiring"))
    assert not verb.fullmatch("acquir")
    assert re.fullmatch(inflected("pact~n with", classes), "pacts with")


def test_every_form_of_a_paradigm_verb_is_a_cue_in_every_language():
    for lang, forms in {"en": ["teams up with", "teamed up with", "teaming up with"],
                        "de": ["beauftragt", "beauftragte", "beauftragen"],
                        "fr": ["s'associe à", "s'associent à", "s'associera à"],
                        "es": ["seleccionó a X para", "seleccionado a X para", "seleccionará a X para"]}.items():
        lex = lexicon(lang)
        for form in forms:
            assert lex.trigger_re.search(form), (lang, form)


def test_joining_forces_and_teaming_up_are_partnerships():
    assert ("partnership", frozenset({("Corvex", "partner"), ("Halden Systems", "partner")})) in kinds(
        "en", "Corvex and Halden", "Corvex has joined forces with Halden Systems to develop sensors. "
        "Corvex is based in Ohio.")
    assert ("partnership", frozenset({("Lumatec", "partner"), ("Nordwerk", "partner")})) in kinds(
        "fr", "Lumatec et Nordwerk", "Lumatec s'associe à Nordwerk pour développer des batteries. "
        "Lumatec est basé à Lille.")
    assert ("partnership", frozenset({("Lumatec", "partner"), ("Nordwerk", "partner")})) in kinds(
        "es", "Lumatec y Nordwerk", "Lumatec se alía con Nordwerk para fabricar baterías. Lumatec tiene sede en León.")


def test_a_buyer_choosing_its_supplier_is_a_contract():
    assert ("contract", frozenset({("Brightwave", "customer"), ("Telvora", "supplier")})) in kinds(
        "en", "Brightwave picks Telvora", "Brightwave has selected Telvora to supply its network equipment. "
        "Brightwave is based in Dublin.")
    assert ("contract", frozenset({("SNCF", "customer"), ("Lumatec", "supplier")})) in kinds(
        "fr", "La SNCF choisit Lumatec", "La SNCF a choisi Lumatec pour l'entretien de ses trains. "
        "Lumatec est basé à Lille.")


def test_receiving_an_order_makes_the_subject_the_supplier():
    assert ("contract", frozenset({("Kestrel Aero", "supplier"), ("Skyline Airways", "customer")})) in kinds(
        "en", "Kestrel lands order", "Kestrel Aero received an order from Skyline Airways for 20 jets. "
        "Kestrel Aero is based in Toulouse.")


def test_a_customer_named_as_such_is_a_contract_but_customers_of_a_service_are_not():
    assert ("contract", frozenset({("Quorvia", "customer"), ("Delmar Labs", "supplier")})) in kinds(
        "en", "Quorvia", "Quorvia is a long-standing customer of Delmar Labs. Quorvia is based in Boston.")
    assert not kinds("es", "Ventalia", "Con la operación, Ventalia suma dos millones de clientes de gas en Francia, "
                     "además del negocio eólico de Norvento.")


def test_secured_funding_is_a_round_but_debt_financing_is_not():
    assert ("funding_round", frozenset({("Fendr", "investee"), ("Atlas Ventures", "investor")})) in kinds(
        "en", "Fendr", "Fendr secured $40m in new funding from Atlas Ventures. Fendr was founded in 2019.")
    assert not kinds("en", "Fendr", "Fendr said it had secured $4bn of committed debt financing from a group of banks.")


def test_a_spanish_round_named_by_its_size():
    assert ("funding_round", frozenset({("Fendr", "investee"), ("Atlas Ventures", "investor")})) in kinds(
        "es", "Fendr", "La startup Fendr ha cerrado una ronda de 40 millones de euros liderada por Atlas Ventures. "
        "Fendr tiene sede en Madrid.")


def test_a_deal_verb_after_a_name_is_no_modifier_and_confirms_the_name():
    assert ("acquisition", frozenset({("Quorvia", "acquirer"), ("Delmar Labs", "target")})) in kinds(
        "en", "Deal", "Quorvia snapped up rival Delmar Labs for $1.2bn. Quorvia is based in Boston.")
    assert ("merger", frozenset({("Lumatec", "party"), ("Nordwerk", "party")})) in kinds(
        "de", "Fusion", "Lumatec fusioniert mit Nordwerk. Lumatec sitzt in Kassel.")


def test_a_standing_supply_told_from_either_side():
    supply = frozenset({("Telvora", "supplier"), ("Brightwave", "customer")})
    for text in ("Telvora has been supplying Brightwave since 2019.", "Telvora is Brightwave's largest supplier.",
                 "Brightwave relies on Telvora for its network equipment.",
                 "Telvora already provides cloud services to Brightwave."):
        assert ("contract", supply) in kinds("en", "Telvora", text + " Telvora is based in Oslo."), text
    assert not kinds("en", "Vantor", "Vantor agreed to buy Delmar Labs last year. Some of Vantor's customers are "
                     "less enthusiastic.") - kinds("en", "Vantor", "Vantor agreed to buy Delmar Labs last year.")


def test_a_first_day_of_trading_told_in_every_language_is_a_listing():
    for lang, text in {"en": "Shares of Lumatec rose 30% in their trading debut on the Nasdaq on Thursday.",
                       "de": "Die Aktie des Chipherstellers Lumatec ist am Donnerstag erstmals an der Frankfurter "
                             "Börse gehandelt worden.",
                       "fr": "Le fabricant de puces Lumatec a fait ses débuts en Bourse jeudi à Paris.",
                       "es": "La tecnológica Lumatec debutó el jueves en la Bolsa de Madrid."}.items():
        assert ("ipo", frozenset({("Lumatec", "issuer")})) in kinds(lang, "Lumatec", text), lang


def test_a_buying_verb_governs_the_stake_it_buys():
    assert ("acquisition", frozenset({("Lumatec", "acquirer"), ("Nordwerk", "target")})) in kinds(
        "en", "Lumatec", "Lumatec bought a majority stake in Nordwerk for $200m. Lumatec is based in Leeds.")
    assert ("investment", frozenset({("Lumatec", "investor"), ("Nordwerk", "investee")})) in kinds(
        "en", "Lumatec", "Lumatec agreed to acquire a 20% stake in Nordwerk for $200m. Lumatec is based in Leeds.")


def test_a_contract_signed_with_a_firm_named_before_the_final_verb():
    assert ("contract", frozenset({("Lumatec", "supplier"), ("Nordwerk", "customer")})) in kinds(
        "de", "Lumatec", "Der Chiphersteller Lumatec hat mit der Nordwerk AG einen Liefervertrag über Batterien "
        "abgeschlossen. Lumatec sitzt in Kassel.")


def test_a_title_inside_a_longer_word_makes_no_person():
    assert {n for _, ps in kinds("es", "Lumatec", "El grupo Lumatec ha firmado un contrato de suministro de baterías "
                                 "con Nordwerk. Lumatec tiene sede en León.") for n, _ in ps} == {"Lumatec", "Nordwerk"}


def test_a_target_courted_by_a_bidder():
    bid = frozenset({("Lumatec", "acquirer"), ("Nordwerk", "target")})
    for text in ("Nordwerk has received takeover interest from Lumatec, the company confirmed.",
                 "Nordwerk rejected three unsolicited proposals from Lumatec.",
                 "Lumatec has approached Nordwerk about a possible takeover, people familiar with the matter said."):
        assert ("acquisition", bid) in kinds("en", "Lumatec", text + " Lumatec is based in Leeds."), text
    assert ("acquisition", bid) in kinds("fr", "Lumatec", "Le groupe Lumatec a lancé une OPA sur Nordwerk. "
                                         "Lumatec est basé à Lille.")
    assert ("acquisition", bid) in kinds("fr", "Nordwerk", "Le groupe Nordwerk a rejeté l'offre de Lumatec, jugée "
                                         "trop basse. Nordwerk est basé à Lille.")
    assert ("acquisition", frozenset({("BBVA", "acquirer"), ("Sabadell", "target")})) in kinds(
        "es", "Banco Sabadell", "El Banco Sabadell ha rechazado la oferta de BBVA, que valoraba la entidad en 12.000 "
        "millones de euros.")
    assert not kinds("es", "Ventia", "Ventia, que había rechazado su propuesta de fusión, sigue sola.")
    assert ("acquisition", bid) in kinds("es", "Lumatec", "El grupo Lumatec ha presentado una oferta vinculante por "
                                         "Nordwerk. Lumatec tiene sede en León.")


def test_a_german_stake_told_with_the_verb_last():
    assert ("investment", frozenset({("Lumatec", "investor"), ("Nordwerk", "investee")})) in kinds(
        "de", "Lumatec", "Der Chiphersteller Lumatec ist bei Nordwerk eingestiegen. Lumatec sitzt in Kassel.")


def test_cooperation_and_ventures_told_beyond_the_partnership_noun():
    tie_up = frozenset({("Lumatec", "partner"), ("Nordwerk", "partner")})
    for text in ("Lumatec is working with Nordwerk on a new generation of sensors.",
                 "Lumatec and Nordwerk signed a memorandum of understanding to cooperate on hydrogen."):
        assert ("partnership", tie_up) in kinds("en", "Lumatec", text + " Lumatec is based in Leeds."), text
    assert ("joint_venture", tie_up) in kinds("en", "Lumatec", "Lumatec and Nordwerk will set up a 50-50 venture "
                                              "to make batteries in Ohio. Lumatec is based in Leeds.")
    assert ("partnership", tie_up) in kinds("de", "Lumatec", "Der Chiphersteller Lumatec und der Autobauer Nordwerk "
                                            "haben eine strategische Allianz geschlossen. Lumatec sitzt in Kassel.")


def test_the_insurer_allianz_is_no_alliance():
    assert not any(t == "partnership" for t, _ in kinds(
        "de", "Versicherer", "Die Allianz verkauft Policen über das Netz der Ostbank. Die Allianz sitzt in München."))


def test_a_customer_entrusting_a_job_to_a_firm():
    job = frozenset({("Nordwerk", "customer"), ("Lumatec", "supplier")})
    assert ("contract", job) in kinds("en", "Lumatec", "Nordwerk has hired Lumatec to build its new headquarters. "
                                      "Lumatec is based in Leeds.")
    assert ("contract", job) in kinds("fr", "Lumatec", "Le constructeur Nordwerk a confié au groupe Lumatec la "
                                      "construction de son usine. Lumatec est basé à Lille.")
    assert ("contract", job) in kinds("es", "Lumatec", "El fabricante Nordwerk ha encargado al grupo Lumatec la "
                                      "construcción de su planta. Lumatec tiene sede en León.")


def test_a_customer_among_others_and_a_supplier_with_a_qualifier():
    pair = {"Telvora", "Brightwave"}
    cases = [("en", "Brightwave is one of Telvora's biggest customers. Telvora is based in Oslo."),
             ("de", "Brightwave ist seit Jahren einer der größten Kunden von Telvora. Telvora sitzt in Kassel, "
              "Brightwave in Wolfsburg."),
             ("fr", "Telvora est le fournisseur historique de Brightwave. Telvora est basé à Lille."),
             ("es", "Telvora presta servicios de mantenimiento a Brightwave desde 2019. Telvora tiene sede en León y "
              "Brightwave en Vigo.")]
    for lang, text in cases:
        found = kinds(lang, "Telvora / Brightwave", text)
        assert any(t == "contract" and {n for n, _ in ps} == pair for t, ps in found), lang


def test_a_german_adverb_before_a_deal_verb_is_no_name():
    names = {n for _, ps in kinds("de", "Telvora", "Schon heute übernimmt Telvora den Rivalen Brightwave. Telvora "
                                  "sitzt in Kassel, Brightwave in Wolfsburg.") for n, _ in ps}
    assert "Schon" not in names


def test_more_spanish_and_french_deal_verbs():
    pair = {"Telvora", "Brightwave"}
    cases = [("es", "acquisition", "Telvora se queda con Brightwave tras pagar 2.000 millones de euros."),
             ("es", "investment", "Telvora toma el 20% de Brightwave por 300 millones de euros."),
             ("es", "acquisition", "Telvora traspasa su negocio de baterías a Brightwave."),
             ("es", "contract", "Telvora ha sido elegida por Brightwave para renovar su flota."),
             ("es", "contract", "Telvora firma con Brightwave un acuerdo de suministro de baterías."),
             ("fr", "investment", "Telvora monte au capital de Brightwave, dont il détient désormais 25 %."),
             ("fr", "contract", "Telvora signe avec Brightwave un contrat de maintenance de 300 millions d'euros.")]
    for lang, kind, text in cases:
        tail = " Telvora tiene sede en León y Brightwave en Vigo." if lang == "es" else " Telvora est basé à Lille."
        found = kinds(lang, "Telvora / Brightwave", text + tail)
        assert any(t == kind and {n for n, _ in ps} == pair for t, ps in found), text


def test_a_supplier_listing_its_customers():
    cases = {"en": "Telvora makes displays in Oslo. Its customers include Brightwave and Ostrava Motors.",
             "fr": "Telvora fabrique des écrans. Parmi ses clients figurent Brightwave et Ostrava Motors.",
             "es": "Telvora fabrica pantallas. Entre sus clientes figuran Brightwave y Ostrava Motors."}
    for lang, text in cases.items():
        found = kinds(lang, "Telvora / Brightwave", text)
        assert any(t == "contract" and ("Brightwave", "customer") in ps and ("Telvora", "supplier") in ps
                   for t, ps in found), lang


def test_a_firm_merged_into_another_is_bought_by_it():
    bought = frozenset({("Nordwerk", "target"), ("Lumatec", "acquirer")})
    for lang, text in {"en": "Nordwerk will be merged into Lumatec next year. Nordwerk is based in Leeds.",
                       "fr": "Nordwerk sera intégré au sein de Lumatec. Nordwerk est basé à Lille.",
                       "es": "Nordwerk se integrará en Lumatec tras la compra. Nordwerk tiene sede en León."}.items():
        assert ("acquisition", bought) in kinds(lang, "Nordwerk", text), lang
