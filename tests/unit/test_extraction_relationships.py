"""Contracts and continuing relationships: supply, service and licence deals, awarded contracts with a
public customer, and partnerships stated as running since a date, in every language."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

HEADLINES = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}


def events(lang: str, sentence: str) -> list[tuple[str, str, str | None, set[tuple[str, str]]]]:
    return [(e["type"], e["status"], e["date"], parties(e))
            for e in extract_events(page(lang, HEADLINES[lang], sentence))]


PARTNERS = {("Acme", "partner"), ("Bolt", "partner")}
SUPPLY = {("Acme", "supplier"), ("Bolt", "customer")}


@pytest.mark.parametrize(("lang", "sentence", "year"), [
    ("en", "Acme Corp. has worked with Bolt Ltd on battery cells since 2019.", "2019"),
    ("de", "Die Acme AG arbeitet seit 2019 mit dem Zulieferer Bolt Ltd bei Batteriezellen zusammen.", "2019"),
    ("fr", "Acme SA et Bolt Ltd travaillent ensemble depuis 2019.", "2019"),
    ("es", "Acme SA y Bolt Ltd colaboran desde 2019 en baterías.", "2019"),
])
def test_working_together_since_a_year_is_an_ongoing_partnership(lang, sentence, year):
    assert events(lang, sentence) == [("partnership", "ongoing", year, PARTNERS)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. has been a supplier to Bolt Ltd since 2019."),
    ("en", "Acme Corp. has supplied Bolt Ltd with battery cells since 2019."),
    ("de", "Die Acme AG ist seit 2019 Lieferant von Bolt Ltd."),
    ("de", "Die Acme AG beliefert Bolt Ltd seit 2019 mit Batteriezellen."),
    ("fr", "Acme SA est le fournisseur de Bolt Ltd depuis 2019."),
    ("fr", "Acme SA fournit des batteries à Bolt Ltd depuis 2019."),
    ("es", "Acme SA es proveedor de Bolt Ltd desde 2019."),
    ("es", "Acme SA suministra baterías a Bolt Ltd desde 2019."),
])
def test_a_supplier_since_a_year_is_an_ongoing_contract_with_its_customer(lang, sentence):
    assert events(lang, sentence) == [("contract", "ongoing", "2019", SUPPLY)]


@pytest.mark.parametrize(("lang", "sentence", "ministry"), [
    ("en", "Acme Corp. won a contract from the Ministry of Defence to supply radios.", "Ministry of Defence"),
    ("fr", "Acme SA a remporté un contrat du ministère des Armées pour 300 radios.", "ministère des Armées"),
    ("es", "Acme SA ganó un contrato del Ministerio de Defensa para 300 radios.", "Ministerio de Defensa"),
])
def test_a_contract_won_from_a_ministry_makes_the_ministry_the_customer(lang, sentence, ministry):
    assert events(lang, sentence) == [("contract", "announced", "2024-03-14",
                                       {("Acme", "supplier"), (ministry, "customer")})]


def test_licensing_rights_to_a_firm_makes_it_the_customer():
    assert events("en", "Acme Corp. agreed to license its streaming rights to Bolt Ltd for 15 years.") == [
        ("contract", "announced", "2024-03-14", SUPPLY)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. is a supplier of industrial robots and sensors."),
    ("de", "Die Acme AG ist Lieferant von Batteriezellen und Sensoren."),
    ("fr", "Acme SA est un fournisseur de batteries et de capteurs."),
    ("es", "Acme SA es proveedor de baterías y sensores."),
    ("en", "Acme Corp. has worked hard to cut costs since 2019."),
])
def test_a_product_list_or_a_plan_without_a_counterparty_is_no_event(lang, sentence):
    assert events(lang, sentence) == []


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("en", "Acme and Bolt form an alliance", "Acme Corp. and Bolt Ltd announced a partnership on drones on Tuesday. "
     "Acme Corp. and Bolt Ltd have worked together on battery cells since 2018."),
    ("de", "Acme und Bolt vereinbaren Partnerschaft", "Die Acme AG und die Bolt AG haben am Dienstag eine "
     "Partnerschaft "
     "für Drohnen vereinbart. Seit 2018 arbeiten Acme und Bolt gemeinsam an Batteriezellen."),
])
def test_a_relationship_begun_years_before_the_news_is_a_second_event(lang, headline, body):
    found = [(e["type"], e["status"], e["date"][:4]) for e in extract_events(page(lang, headline, body))]
    assert sorted(found) == [("partnership", "announced", "2024"), ("partnership", "ongoing", "2018")]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. has been a partner of Bolt Ltd since 2019."),
    ("de", "Die Acme AG ist seit 2019 Partner der Bolt Ltd."),
    ("fr", "Acme SA est partenaire de Bolt Ltd depuis 2019."),
    ("fr", "Acme SA collabore avec Bolt Ltd depuis 2019."),
    ("es", "Acme SA es socio de Bolt Ltd desde 2019."),
])
def test_a_partner_of_a_firm_since_a_year_is_an_ongoing_partnership(lang, sentence):
    assert events(lang, sentence) == [("partnership", "ongoing", "2019", PARTNERS)]


def test_a_cue_that_holds_its_preposition_takes_the_firm_after_it_as_partner():
    assert events("en", "Acme Corp. partnered with Bolt Ltd in 2019.") == [
        ("partnership", "announced", "2019", PARTNERS)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The cells will come from Bolt Ltd, with which Acme Corp. signed a supply agreement in May."),
    ("fr", "Les batteries seront fournies par le fabricant Bolt Ltd, avec lequel Acme SA a signé un contrat "
     "de cinq ans."),
    ("es", "Las baterías serán suministradas por el fabricante Bolt Ltd, con el que Acme SA ha firmado un contrato "
     "marco."),
])
def test_the_firm_a_contract_is_signed_with_in_a_relative_clause_is_the_supplier(lang, sentence):
    assert [(t, p) for t, _, _, p in events(lang, sentence)] == [
        ("contract", {("Acme", "customer"), ("Bolt", "supplier")})]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Since 2023 Acme Corp. has recycled batteries under a multi-year contract with Bolt Ltd."),
    ("de", "Seit 2023 recycelt die Acme AG im Rahmen eines Liefervertrags die Batterien des Autobauers Bolt Ltd."),
    ("fr", "Depuis 2023, Acme SA recycle dans le cadre d'un contrat pluriannuel les batteries "
     "du constructeur Bolt Ltd."),
    ("es", "Desde 2023, Acme SA recicla en el marco de un contrato plurianual las baterías del fabricante Bolt Ltd."),
])
def test_work_done_under_a_contract_since_a_year_is_an_ongoing_contract(lang, sentence):
    assert events(lang, sentence) == [("contract", "ongoing", "2023", SUPPLY)]


def test_a_firm_in_charge_of_a_public_body_s_it_since_a_year_serves_it():
    (found,) = events("de", "Die Acme AG ist seit 2019 auch für die IT der Bezirksregierung Köln zuständig.")
    assert found[:3] == ("contract", "ongoing", "2019")
    assert {r for _, r in found[3]} == {"supplier", "customer"} and ("Acme", "supplier") in found[3]


MINISTRY = {("Acme", "supplier"), ("Bundesministerium der Verteidigung", "customer")}


@pytest.mark.parametrize("sentence", [
    "Die Acme AG erhielt vom Bundesministerium der Verteidigung einen Auftrag über 300 Funkgeräte.",
    "Den Zuschlag für den Rahmenvertrag im Wert von 300 Mio. Euro erhielt die Acme AG, wie das Bundesministerium der "
    "Verteidigung mitteilte.",
])
def test_a_german_contract_received_from_a_ministry_makes_it_the_customer(sentence):
    assert [(t, p) for t, _, _, p in events("de", sentence)] == [("contract", MINISTRY)]


def test_a_french_order_won_from_a_ministry_makes_it_the_customer():
    assert events("fr", "Acme SA a décroché une commande du ministère des Armées portant sur 300 radios.") == [
        ("contract", "announced", "2024-03-14", {("Acme", "supplier"), ("ministère des Armées", "customer")})]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. and Bolt Ltd have been partners since 2019."),
    ("de", "Die Acme AG und die Bolt Ltd sind seit 2019 Partner."),
    ("de", "Die Acme AG und die Bolt Ltd kooperieren seit 2019 bei Batteriezellen."),
    ("fr", "Acme SA et Bolt Ltd sont partenaires depuis 2019."),
    ("es", "Acme SA y Bolt Ltd son socios desde 2019."),
    ("es", "Acme SA trabaja con Bolt Ltd desde 2019."),
])
def test_firms_that_are_partners_since_a_year_are_in_an_ongoing_partnership(lang, sentence):
    assert events(lang, sentence) == [("partnership", "ongoing", "2019", PARTNERS)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. has supplied battery cells to Bolt Ltd since 2019."),
    ("en", "Acme Corp. has been supplying Bolt Ltd with battery cells since 2019."),
    ("de", "Die Acme AG liefert seit 2019 Batteriezellen an die Bolt Ltd."),
    ("fr", "Acme SA livre des batteries à Bolt Ltd depuis 2019."),
    ("es", "Acme SA provee de baterías a Bolt Ltd desde 2019."),
])
def test_goods_delivered_to_a_firm_since_a_year_are_an_ongoing_contract(lang, sentence):
    assert events(lang, sentence) == [("contract", "ongoing", "2019", SUPPLY)]


@pytest.mark.parametrize(("lang", "sentence", "kind", "roles"), [
    ("en", "Acme Corp. is a key supplier to Bolt Ltd.", "contract", SUPPLY),
    ("de", "Die Acme AG ist Partner der Bolt Ltd.", "partnership", PARTNERS),
    ("fr", "Acme SA est le principal fournisseur de Bolt Ltd.", "contract", SUPPLY),
    ("es", "Acme SA es el principal proveedor de Bolt Ltd.", "contract", SUPPLY),
])
def test_being_a_firm_s_supplier_or_partner_is_a_standing_relationship_without_a_date(lang, sentence, kind, roles):
    assert events(lang, sentence) == [(kind, "ongoing", None, roles)]


ORDER = {("Acme", "supplier"), ("Bolt", "customer")}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Bolt Ltd placed an order with Acme Corp. for 20 trains."),
    ("en", "Bolt Ltd ordered 20 trains from Acme Corp."),
    ("de", "Die Bolt AG hat bei der Acme AG 20 Züge bestellt."),
    ("fr", "Bolt SA a commandé 20 trains à Acme SA."),
])
def test_the_firm_an_order_is_placed_with_is_the_supplier(lang, sentence):
    assert [(t, p) for t, _, _, p in events(lang, sentence)] == [("contract", ORDER)]


@pytest.mark.parametrize(("lang", "sentence", "ministry"), [
    ("en", "Acme Corp. signed a framework agreement with the Ministry of Health.", "Ministry of Health"),
    ("es", "Acme SA firmó un acuerdo marco con el Ministerio de Sanidad.", "Ministerio de Sanidad"),
    ("en", "Acme Corp. won a tender from the Ministry of Health.", "Ministry of Health"),
    ("es", "Acme SA ganó el concurso público del Ministerio de Sanidad.", "Ministerio de Sanidad"),
    ("de", "Die Acme AG gewann die Ausschreibung der Deutschen Bahn.", "Deutsche Bahn"),
])
def test_a_framework_agreement_or_tender_with_a_public_buyer_makes_it_the_customer(lang, sentence, ministry):
    assert [(t, p) for t, _, _, p in events(lang, sentence)] == [
        ("contract", {("Acme", "supplier"), (ministry, "customer")})]


def test_an_order_without_a_counterparty_is_no_event():
    assert events("en", "Acme Corp. placed an order.") == []


def test_the_firm_a_ministry_awards_a_contract_to_inside_the_cue_is_the_supplier():
    assert events("en", "The Ministry of Defence awarded Acme Corp. a contract for 300 radios.") == [
        ("contract", "announced", "2024-03-14", {("Acme", "supplier"), ("Ministry of Defence", "customer")})]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ("Acme Corp. makes batteries in Leeds. Its largest customer is the carmaker Bolt Ltd, which has bought "
            "them since 2019.",)),
    ("en", ("Acme Corp.'s most important customer is the carmaker Bolt Ltd, under a contract that has run since "
            "2019.",)),
    ("de", ("Die Acme AG baut Batterien. Ihr größter Kunde ist der Autobauer Bolt AG, den sie seit 2019 beliefert.",)),
    ("fr", ("Acme SA fabrique des batteries. Son principal client est le constructeur Bolt SA, depuis 2019.",)),
    ("es", ("Acme SA fabrica baterías. Su principal cliente es el fabricante Bolt SA, desde 2019.",)),
])
def test_the_customer_a_supplier_names_with_its_possessive_is_its_customer(lang, paragraphs):
    contracts = [e for e in extract_events(page(lang, HEADLINES[lang], *paragraphs)) if e["type"] == "contract"]
    assert [parties(e) for e in contracts] == [SUPPLY], lang


def test_customers_described_by_an_adjective_are_no_contract():
    assert not events("en", "Some of Acme Corp.'s customers are less enthusiastic about Bolt Ltd.")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. has built hull sections for Bolt Ltd under a long-term supply contract since 2019."),
    ("fr", "Acme SA approvisionne depuis 2019 Bolt SA en batteries."),
    ("fr", "Acme SA a remporté en mai un contrat de Bolt SA pour 300 radios."),
    ("es", "Acme SA firmó un contrato para suministrar baterías a Bolt SA."),
])
def test_supply_contracts_told_around_their_cue_name_supplier_and_customer(lang, sentence):
    assert [p for _, _, _, p in events(lang, sentence)] == [SUPPLY]


def test_what_a_supplier_delivers_with_a_preposition_is_no_customer():
    contract = [p for kind, _, _, p in events("de", "Seit 2019 beliefert die Acme AG die Handelskette Bolt Märkte mit "
                                                    "Eigenmarken-Milch.") if kind == "contract"]
    assert contract == [{("Acme", "supplier"), ("Bolt Märkte", "customer")}]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ("Acme Corp. makes batteries. Its largest customer is the carmaker Bolt Ltd, which has used its cells "
            "since 2019.",)),
    ("de", ("Die Acme AG baut Batterien. Ihr größter Kunde ist der Autobauer Bolt AG, der seit 2019 ihre Batterien "
            "nutzt.",)),
    ("fr", ("Acme SA fabrique des batteries. Parmi ses clients figure le constructeur Bolt SA, qui utilise depuis "
            "2019 ses batteries.",)),
    ("es", ("Acme SA fabrica baterías. Su principal cliente es el fabricante Bolt SA, que desde 2019 usa sus "
            "baterías.",)),
])
def test_a_standing_customer_is_dated_by_the_start_the_sentence_goes_on_to_name(lang, paragraphs):
    contracts = [(e["status"], e["date"], parties(e)) for e in extract_events(page(lang, HEADLINES[lang], *paragraphs))
                 if e["type"] == "contract"]
    assert contracts == [("ongoing", "2019", SUPPLY)], lang


def test_a_start_of_another_relation_after_the_cue_does_not_date_it():
    found = events("en", "Acme Corp. has agreed to buy a 30% stake in Kestrel Foods from Bolt Ltd for €1.7bn. The "
                         "transaction is part of a broader partnership between Acme and Bolt, which has owned Kestrel "
                         "Foods since 2012.")
    assert [(state, date) for kind, state, date, _ in found if kind == "partnership"] == [("announced", "2024-03-14")]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. has operated the ferries on behalf of Bolt Ltd since 2019."),
    ("de", "Die Acme AG betreibt seit 2019 Fähren im Auftrag der Bolt AG."),
    ("fr", "Acme SA exploite depuis 2019 les ferries pour le compte de Bolt SA."),
    ("es", "Acme SA es la proveedora de Bolt SA desde 2019."),
])
def test_work_done_for_a_customer_is_an_ongoing_contract(lang, sentence):
    assert events(lang, sentence) == [("contract", "ongoing", "2019", SUPPLY)]


@pytest.mark.parametrize(("lang", "sentence", "agency"), [
    ("en", "Acme Corp. signed a contract with the Environment Agency to build flood defences.", "Environment Agency"),
    ("de", "Die Acme AG hat einen Rahmenvertrag mit der Bundesagentur für Arbeit geschlossen.",
     "Bundesagentur für Arbeit"),
    ("fr", "Acme SA a signé un contrat avec l'Agence Spatiale Européenne pour 20 satellites.",
     "Agence Spatiale Européenne"),
    ("es", "Acme SA firmó un contrato con la Agencia Espacial Europea para 20 satélites.", "Agencia Espacial Europea"),
])
def test_a_public_agency_is_the_customer_of_a_contract_with_it(lang, sentence, agency):
    assert [p for _, _, _, p in events(lang, sentence)] == [{("Acme", "supplier"), (agency, "customer")}]


@pytest.mark.parametrize(("lang", "sentence", "customer"), [
    ("de", "Die Deutsche Bahn vergab am vergangenen Montag an die Arbeitsgemeinschaft aus dem Baukonzern Acme AG und "
           "dem Ingenieurbüro Bolt AG den Vertrag über den Ausbau des Bahnhofs.", "Deutsche Bahn"),
    ("fr", "Le Ministère des Transports a attribué lundi dernier au groupement formé par le constructeur Acme SA et le "
           "bureau d’études Bolt SA le contrat d’extension du quai.", "Ministère des Transports"),
    ("es", "La Agencia Estatal de Puertos adjudicó el pasado lunes al consorcio formado por la constructora Acme SA y "
           "la ingeniería Bolt SA el contrato para ampliar el muelle.", "Agencia Estatal de Puertos"),
])
def test_a_contract_granted_to_a_long_named_consortium_is_a_contract_with_it(lang, sentence, customer):
    (contract,) = [p for kind, _, _, p in events(lang, sentence) if kind == "contract"]
    assert {(customer, "customer"), ("Acme", "supplier")} <= contract


@pytest.mark.parametrize(("lang", "sentence", "customer"), [
    ("en", "The Ministry of Defence awarded the contract to Acme Ltd and Bolt Ltd.", "Ministry of Defence"),
    ("de", "Die Deutsche Bahn vergab den Auftrag an die Acme AG und die österreichische Bolt AG.", "Deutsche Bahn"),
    ("fr", "Le Ministère des Transports a attribué le contrat au groupement formé par Acme SA et le belge Bolt SA.",
     "Ministère des Transports"),
    ("es", "La Agencia Estatal de Puertos adjudicó el contrato al consorcio formado por la constructora Acme SA y la "
           "española Bolt SA.", "Agencia Estatal de Puertos"),
])
def test_firms_joined_by_a_conjunction_share_the_supplier_role(lang, sentence, customer):
    assert [p for _, _, _, p in events(lang, sentence)] == [
        {(customer, "customer"), ("Acme", "supplier"), ("Bolt", "supplier")}]
