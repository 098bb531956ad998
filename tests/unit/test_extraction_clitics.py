"""The page's firm told by an object or recipient pronoun (issue 3, clitics): "la DGA lui a par ailleurs commandé"
(an adverb after the auxiliary), "qui lui a confié en 2024 un marché" (a date before the work), "un contrato que le
adjudicó en octubre el X" / "le marché que lui a confié la SNCF" (the giver after the verb, the pronoun's firm named
before it in the sentence), "una participación del 8 % en ella" (the investee after the stake's preposition); a firm
a possessive phrase introduces ("Son conseil, la banque X", "Su socio X") is a relation of the page's firm, no
antecedent of the pronoun. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

FR_LEAD = "Lumatec, fabricant lyonnais de capteurs, a doublé son chiffre d'affaires en 2023."
ES_LEAD = "Nordwerk, la compañía vallisoletana de ingeniería ferroviaria, debutará el jueves en bolsa."
EN_LEAD = "Lumatec, the Leeds sensor maker, doubled its revenue last year."


def _events(lang: str, title: str, *sentences: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, title, " ".join(sentences))) if e["type"] == kind]


@pytest.mark.parametrize(("sentence", "customer"), [
    ("Le CHU de Valmont lui a par ailleurs commandé 5 000 capteurs.", "CHU de Valmont"),
    ("La SNCF lui a aussi commandé 300 capteurs pour 12 millions d'euros.", "SNCF"),
    ("La SNCF lui avait déjà confié la fourniture de 300 capteurs.", "SNCF"),
    ("La Métropole de Rennes, qui lui a confié en 2024 un marché de suivi des ruchers urbains, reste son premier "
     "client public.", "Métropole de Rennes"),
    ("La SNCF lui a confié mardi un contrat de 40 millions d'euros.", "SNCF"),
    ("Le marché que lui a confié la SNCF en mai pèse 40 millions d'euros.", "SNCF"),
    ("Le contrat que lui a attribué la SNCF l'an dernier court jusqu'en 2027.", "SNCF"),
])
def test_french_recipient_pronoun_is_the_page_firm(sentence, customer):
    contracts = _events("fr", "Lumatec double son chiffre d'affaires", FR_LEAD, sentence, kind="contract")
    assert {(customer, "customer"), ("Lumatec", "supplier")} in contracts


@pytest.mark.parametrize("sentence", [
    "Entre los activos de la compañía vallisoletana figura un contrato de 85 millones que le adjudicó en octubre "
    "Adif.",
    "Entre los activos de la compañía vallisoletana figura un contrato de 85 millones que le adjudicó en octubre el "
    "Administrador de Infraestructuras Ferroviarias.",
    "En octubre Adif le adjudicó un contrato de 85 millones.",
    "Entre los activos de la compañía vallisoletana figura un contrato de 85 millones de euros que le adjudicó en "
    "octubre de 2025 el Administrador de Infraestructuras Ferroviarias para el suministro de carriles.",
])
def test_spanish_recipient_pronoun_is_the_page_firm_not_the_partner_named_last(sentence):
    customer = "Adif" if "Adif" in sentence else "Administrador de Infraestructuras Ferroviarias"
    contracts = _events("es", "Nordwerk sale a bolsa", ES_LEAD, "Su socio Tramex le suministra los sensores.",
                        sentence, kind="contract")
    assert {(customer, "customer"), ("Nordwerk", "supplier")} in contracts
    assert not any(("Tramex", "supplier") in c and (customer, "customer") in c for c in contracts)


@pytest.mark.parametrize(("lang", "title", "lead", "sentence", "investor", "investee"), [
    ("es", "Nordwerk sale a bolsa", ES_LEAD, "A la compañía ya llegó dinero nuevo esta semana: la aseguradora "
     "Mutua Sur ha tomado una participación del 8 % en ella.", "Mutua Sur", "Nordwerk"),
    ("es", "Nordwerk sale a bolsa", ES_LEAD, "La gestora Valira Capital tomó en 2023 una participación del 10 % en "
     "ella.", "Valira Capital", "Nordwerk"),
    ("en", "Lumatec doubles revenue", EN_LEAD, "Northwind Capital has also taken an 8% stake in it.",
     "Northwind Capital", "Lumatec"),
])
def test_investee_pronoun_after_the_stake_is_the_page_firm(lang, title, lead, sentence, investor, investee):
    assert {(investor, "investor"), (investee, "investee")} in _events(lang, title, lead, sentence, kind="investment")


@pytest.mark.parametrize(("lang", "title", "sentences", "customer", "firm"), [
    ("fr", "Lumatec double son chiffre d'affaires",
     (FR_LEAD, "Son conseil, la banque Rothmann, a salué ces résultats.",
      "La SNCF lui a par ailleurs commandé 300 capteurs pour 12 millions d'euros."), "SNCF", "Lumatec"),
    ("en", "Lumatec doubles revenue",
     (EN_LEAD, "Its adviser, Rothmann Partners, welcomed the figures.",
      "In May Network Rail awarded it a contract worth £40m."), "Network Rail", "Lumatec"),
    ("en", "Lumatec doubles revenue",
     (EN_LEAD, "Ofgem, the energy regulator, approved its grid plan in March.",
      "In May Network Rail awarded it a contract worth £40m."), "Network Rail", "Lumatec"),
])
def test_pronoun_does_not_jump_to_a_bystander(lang, title, sentences, customer, firm):
    assert {(customer, "customer"), (firm, "supplier")} in _events(lang, title, *sentences, kind="contract")


def test_pronoun_after_another_firm_as_subject_keeps_that_firm():
    """Probe that keeps its result: a firm that is the subject of the sentence before (no possessive phrase) is the
    one the discourse is at ("Nordwerk ... Tramex ... La SNCF lui a commandé": Tramex)."""
    contracts = _events("fr", "Lumatec et Tramex", FR_LEAD, "Tramex, son voisin, a présenté mardi ses comptes.",
                        "La SNCF lui a par ailleurs commandé 300 capteurs.", kind="contract")
    assert {("SNCF", "customer"), ("Tramex", "supplier")} in contracts


def test_german_recipient_description_is_the_page_firm():
    contracts = _events("de", "Nordwerk wächst kräftig", "Die Nordwerk GmbH aus Kassel hat ihren Umsatz 2023 um 20 "
                        "Prozent gesteigert.", "Den größten Auftrag der Firmengeschichte hatte im Mai der Landkreis "
                        "Kassel dem Unternehmen erteilt.", kind="contract")
    assert {("Landkreis Kassel", "customer"), ("Nordwerk", "supplier")} in contracts


@pytest.mark.parametrize(("lang", "title", "lead", "sentence", "customer", "firm"), [
    ("en", "Lumatec doubles revenue", EN_LEAD, "In May Anglian Water also ordered 5,000 sensors from it.",
     "Anglian Water", "Lumatec"),
    ("es", "Nordwerk sale a bolsa", ES_LEAD, "Renfe le ha encargado además 300 sensores.", "Renfe", "Nordwerk"),
    ("es", "Nordwerk sale a bolsa", ES_LEAD, "En mayo Renfe le encargó 300 sensores por 12 millones.", "Renfe",
     "Nordwerk"),
])
def test_order_placed_with_a_pronoun_goes_to_the_page_firm(lang, title, lead, sentence, customer, firm):
    assert {(customer, "customer"), (firm, "supplier")} in _events(lang, title, lead, sentence, kind="contract")


@pytest.mark.parametrize("noun", ["Brunnen", "Mineralbrunnen"])
def test_german_trade_noun_of_the_page_firm_is_the_investee(noun):
    investments = _events("de", "Quellwerk wächst", "Die Quellwerk GmbH, der Mineralbrunnen aus Bad Vilbel, hat 2023 "
                          "ihren Umsatz gesteigert.", f"Im Herbst ist der Getränkekonzern Sprudel AG bei dem {noun} "
                          "eingestiegen.", kind="investment")
    assert {("Sprudel", "investor"), ("Quellwerk", "investee")} in investments


def test_bid_withdrawn_for_the_company_keeps_the_listing_firm_as_target():
    """Probe that keeps its result: "la compañía" after a bidder's name is the page's firm, the one listing."""
    deals = _events("es", "Nordwerk sale a bolsa", ES_LEAD, "El estreno bursátil llega después de que Redes Norte "
                    "retirara en marzo su oferta por la compañía.", kind="acquisition")
    assert any({("Redes Norte", "acquirer"), ("Nordwerk", "target")} <= d for d in deals)
