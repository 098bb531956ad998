"""Contracts told in passing (issue 3, contracts5): a public customer named in full, the page's firm as supplier by
its name, a pronoun or a clitic, the contract dated by its start; on pages written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, title: str, text: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, text)) if e["type"] == "contract"]


def test_french_work_given_to_a_pronoun_under_a_public_contract():
    for text, customer, year in [
        ("Lumatec lève 20 millions d'euros auprès de Fonds Azur. Elle travaille par ailleurs depuis 2024 pour le "
         "ministère de la Culture, qui lui a confié l'archivage des fonds dans le cadre d'un marché public.",
         "ministère de la Culture", "2024"),
        ("Lumatec ouvre une usine à Lyon. Le fabricant travaille depuis 2021 pour le ministère des Armées, qui lui "
         "a confié la maintenance des radars dans le cadre d'un marché pluriannuel.", "ministère des Armées", "2021"),
        ("Lumatec ouvre une usine à Lyon. Il travaille depuis 2022 pour la Ville de Lyon, qui lui a confié le "
         "nettoyage des écoles dans le cadre d'un contrat de cinq ans.", "Ville de Lyon", "2022"),
    ]:
        (event,) = contracts("fr", "Lumatec grandit", text)
        assert parties(event) == {("Lumatec", "supplier"), (customer, "customer")}, text
        assert (event["status"], event["date"]) == ("ongoing", year), text


def test_french_whole_field_given_before_its_supplier():
    for text in [
        "La Caisse Morvan nomme un directeur. Crédit Morvan, de son côté, a confié depuis 2016 l'ensemble de son "
        "informatique à l'infogéreur Taliscan, un contrat qu'il faudrait renégocier.",
        "La Caisse Morvan nomme un directeur. Crédit Morvan a confié en 2019 la gestion de ses serveurs à "
        "l'hébergeur Taliscan, un contrat de cinq ans.",
    ]:
        (event,) = contracts("fr", "Banque : la Caisse Morvan change de patron", text)
        assert parties(event) == {("Crédit Morvan", "customer"), ("Taliscan", "supplier")}, text


def test_french_contract_won_in_the_pluperfect_or_infinitive_from_a_public_customer():
    for text, supplier, customer in [
        ("Nordwerk ouvre une usine à Lyon. Jeudi dernier, elle avait déjà décroché auprès de la Ville de Lille un "
         "contrat de 30 millions d'euros.", "Nordwerk", "Ville de Lille"),
        ("Nordwerk ouvre une usine à Lyon. La même semaine, le groupe avait déjà remporté auprès de la Ville de "
         "Lille un contrat de 30 millions d'euros.", "Nordwerk", "Ville de Lille"),
        ("Nordwerk ouvre une usine à Lyon, après avoir remporté une commande de la région Bretagne portant sur 20 "
         "rames.", "Nordwerk", "région Bretagne"),
    ]:
        (event,) = contracts("fr", "Nordwerk accélère", text)
        assert parties(event) == {(supplier, "supplier"), (customer, "customer")}, text


def test_french_topic_opener_gives_the_pronoun_its_firm():
    events = extract_events(page("fr", "Ferroviaire : Alstar rachète Ferrotech",
                                 "Alstar rachète Ferrotech pour 200 millions d'euros. Quant à Berlioz, il a annoncé "
                                 "ce mercredi avoir remporté auprès du Groupe Ferroviaire Alpin un contrat de 70 "
                                 "millions d'euros."))
    (event,) = [e for e in events if e["type"] == "contract"]
    assert parties(event) == {("Berlioz", "supplier"), ("Groupe Ferroviaire Alpin", "customer")}
    assert event["amount"]["value"] == 70e6
    (event,) = contracts("fr", "Lumatec accélère", "Quant à Lumatec, elle a annoncé mardi avoir décroché auprès de "
                         "la région Occitanie un marché de 12 millions d'euros.")
    assert parties(event) == {("Lumatec", "supplier"), ("région Occitanie", "customer")}


def test_french_public_bodies_named_in_full():
    """A ministry with an article or an elided one inside its name; a region named by a place."""
    for text, customer in [
        ("Le groupe a décroché une commande du ministère de l'Intérieur portant sur 300 véhicules.",
         "ministère de l'Intérieur"),
        ("Le groupe fournit depuis 2019 le ministère de l’Économie en serveurs.", "ministère de l’Économie"),
        ("Le groupe fournit depuis 2019 le ministère de la Santé en masques.", "ministère de la Santé"),
        ("Depuis 2019, la société équipe la région Bretagne en bornes de recharge.", "région Bretagne"),
    ]:
        (event,) = contracts("fr", "Nordwerk accélère", "Nordwerk ouvre une usine à Lyon. " + text)
        assert parties(event) == {("Nordwerk", "supplier"), (customer, "customer")}, text
    assert contracts("fr", "Nordwerk accélère", "Nordwerk ouvre une usine à Lyon. Le ministère a salué la "
                     "décision.") == []


def test_french_supplier_chosen_in_the_passive_by_a_public_agency():
    (event,) = contracts("fr", "Gantex lève des fonds", "Gantex lève 10 millions d'euros. Le groupe a par ailleurs été "
                         "retenu, dans le cadre d'un marché public notifié le 2 mars, par l'Agence nationale du "
                         "médicament pour la fourniture de gants, pour un montant de 5 millions d'euros.")
    assert {r for _, r in parties(event)} == {"supplier", "customer"}
    assert ("Gantex", "supplier") in parties(event) and event["amount"]["value"] == 5e6


def test_french_supplier_named_far_after_avec_and_order_signed_with_customer():
    (event,) = contracts("fr", "Pomalia lève 3 millions", "La start-up Pomalia lève 3 millions d'euros. Pour sécuriser "
                         "ses volumes, la start-up a conclu avec la coopérative fruitière Les Vergers d'Anjou un "
                         "contrat d'approvisionnement de trois ans.")
    assert parties(event) == {("Pomalia", "customer"), ("Les Vergers d'Anjou", "supplier")}
    for text in ["Nordwerk a signé une commande avec Lumatec.",
                 "Nordwerk vient de signer une commande de trois unités avec Lumatec pour son usine de Lyon."]:
        (event,) = contracts("fr", "Nouvelles", text)
        assert parties(event) == {("Nordwerk", "supplier"), ("Lumatec", "customer")}, text


def test_spanish_work_given_to_a_clitic_by_a_public_customer():
    for text, customer in [
        ("Astilleros Ferrol ha cerrado un acuerdo con Navalia. El astillero ya trabaja en el encargo de tres buques "
         "que la Armada le adjudicó en 2023 por 250 millones de euros.", "Armada"),
        ("Astilleros Ferrol ha cerrado un acuerdo con Navalia. La compañía construye las dos fragatas que el "
         "Ministerio de Defensa le encargó en 2022.", "Ministerio de Defensa"),
    ]:
        (event,) = contracts("es", "Astilleros Ferrol crece", text)
        assert parties(event) == {("Astilleros Ferrol", "supplier"), (customer, "customer")}, text


def test_spanish_giver_after_the_verb_and_a_day():
    (event,) = contracts("es", "Constructora Arbeloa crece", "Constructora Arbeloa ha resultado adjudicataria de la "
                         "ampliación del muelle. El contrato, por importe de 90 millones de euros, se lo adjudicó el "
                         "pasado martes el Administrador de Puertos del Norte.")
    assert parties(event) == {("Arbeloa", "supplier"), ("Administrador de Puertos del Norte", "customer")}
    assert event["date"] == "2024-03-12" and event["amount"]["value"] == 90e6


def test_spanish_public_body_credited_at_the_end_gave_the_contract():
    for text, customer in [
        ("Limpiezas Norte ha resultado adjudicataria del contrato de limpieza de los colegios públicos, según ha "
         "resuelto hoy la Junta de Gobierno Local del Ayuntamiento de Burgos.",
         "Junta de Gobierno Local del Ayuntamiento de Burgos"),
        ("Limpiezas Norte ha resultado adjudicataria del contrato de limpieza de los colegios, según ha resuelto hoy "
         "el Ayuntamiento de Burgos.", "Ayuntamiento de Burgos"),
    ]:
        (event,) = contracts("es", "Limpiezas Norte gana un contrato", text)
        assert parties(event) == {("Limpiezas Norte", "supplier"), (customer, "customer")}, text


def test_no_contract_without_one():
    """A mission given to a person, a revenue figure after a topic, an authority that approves, a press credit."""
    for lang, title, text in [
        ("fr", "Nordwerk accélère", "Nordwerk ouvre une usine à Lyon. La Ville de Lille lui a confié la présidence "
         "du jury."),
        ("fr", "Lumatec publie ses comptes", "Quant à Lumatec, elle a publié un chiffre d'affaires de 70 millions "
         "d'euros."),
        ("es", "Nordia compra Baltis", "Nordia compra Baltis. El Ayuntamiento de Burgos ha aprobado la operación, "
         "según ha informado hoy el Ministerio de Economía."),
        ("es", "Nordia compra Baltis", "Nordia compra Baltis por 20 millones de euros. El acuerdo, que la CNMV le "
         "autorizó el pasado martes, se cerrará en mayo."),
    ]:
        assert contracts(lang, title, text) == [], text


AWARDS_TOLD_AS_DONE = [  # a contract won or "closed" is news of an award, announced: contracts have no closing
    ("fr", "Nordwerk Ferroviaire a pris 2,5 % après avoir remporté une commande de la région Bretagne portant sur 30 "
     "rames, pour un montant de 450 millions d'euros."),
    ("en", "Lumatec Inc. has closed a $40 million contract with the City of Leeds to supply 30 electric buses."),
]


@pytest.mark.parametrize(("lang", "text"), AWARDS_TOLD_AS_DONE)
def test_a_contract_won_is_announced(lang, text):
    events = [e for e in extract_events(page(lang, "News", text, published="2024-03-14")) if e["type"] == "contract"]
    assert events and all(e["status"] == "announced" for e in events)
