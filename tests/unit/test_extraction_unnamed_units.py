"""A unit, a business line, branches, a loan book or a portfolio with no name of their own, sold by a firm: the event
has the acquirer and the seller only (SPEC). Shapes that were dropped or misread: the future of a selling verb
("cédera"), an organ noun completing a unit's noun ("son activité de conseil à Y"), a buyer named by the funds it
manages ("aux fonds de Y"), units counted ("84 branches from X": no goods), "gehen an ein Konsortium". Sentences
written for these tests, after a page opening that names the seller twice."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

OPENING = {
    'en': ('Lumatec sells unit', 'Lumatec makes conveyor belts in Leeds. Lumatec employs 900 people. '),
    'de': ('Lumatec verkauft Sparte', 'Lumatec baut Förderbänder in Ulm. Lumatec beschäftigt 900 Mitarbeiter. '),
    'fr': ('Lumatec cède une activité', 'Lumatec fabrique des convoyeurs à Rennes. Lumatec emploie 900 salariés. '),
    'es': ('Lumatec vende un negocio', 'Lumatec fabrica cintas transportadoras en Zaragoza. Lumatec emplea a 900 '
                                       'personas. '),
}


def acquisitions(lang: str, sentence: str) -> list[dict]:
    title, opening = OPENING[lang]
    return [e for e in extract_events(page(lang, title, opening + sentence)) if e["type"] == "acquisition"]


# (lang, sentence, buyer): the seller is Lumatec, the unit has no name
UNNAMED = [
    # the future of a selling verb
    ('fr', "Avant la finalisation de la transaction, Lumatec cédera en effet son activité de maintenance au groupe "
           "lyonnais Ordalis.", 'Ordalis'),
    ('fr', "Lumatec vendra ses agences à Banque Ordalis.", 'Banque Ordalis'),
    ('fr', "Lumatec cédera sa branche de conseil au groupe Ordalis d'ici l'été.", 'Ordalis'),
    # an organ noun completing the unit's noun
    ('fr', "Lumatec cède son activité de conseil à Ordalis.", 'Ordalis'),
    ('fr', "Lumatec cède sa division de conseil au groupe nantais Ordalis.", 'Ordalis'),
    # a buyer named by the funds it manages
    ('fr', "En 2023, Lumatec avait déjà vendu un lot de 800 millions d'euros de créances douteuses aux fonds de "
           "Merlane Partners.", 'Merlane Partners'),
    ('fr', "Lumatec a cédé un portefeuille de créances de 900 millions d'euros aux fonds de Arbolia Capital.",
     'Arbolia Capital'),
    ('es', "Lumatec vendió una cartera de créditos dudosos de 900 millones de euros a los fondos de Arbolia "
           "Capital.", 'Arbolia Capital'),
    ('de', "Lumatec hat ein Kreditportfolio über 900 Millionen Euro an Fonds von Arbolia Capital verkauft.",
     'Arbolia Capital'),
    # units counted are no goods
    ('en', "Hartwell Bank has agreed to take over 84 high-street branches from Lumatec for £310m.", 'Hartwell Bank'),
    ('en', "Hartwell Bank is buying 30 branches from Lumatec for £40m.", 'Hartwell Bank'),
    ('en', "Hartwell Bank has agreed to acquire a £2bn mortgage book from Lumatec.", 'Hartwell Bank'),
    ('fr', "Banque Ordalis reprend 30 agences à Lumatec pour 40 millions d'euros.", 'Ordalis'),
    ('es', "Banco Ordalis compra 30 sucursales a Lumatec por 40 millones de euros.", 'Ordalis'),
    ('de', "Die Norrik Bank übernimmt 30 Filialen von Lumatec für 40 Millionen Euro.", 'Norrik Bank'),
]


@pytest.mark.parametrize(("lang", "sentence", "buyer"), UNNAMED)
def test_an_unnamed_unit_sold_gives_acquirer_and_seller(lang: str, sentence: str, buyer: str):
    events = acquisitions(lang, sentence)
    assert any(parties(e) == {(buyer, "acquirer"), ("Lumatec", "seller")} for e in events), events


def test_a_sale_still_to_close_is_announced():
    (event,) = acquisitions('fr', UNNAMED[0][1])
    assert event["status"] == "announced"


CONSORTIA = [
    ('de', "Wie der Ulmer Hersteller gestern mitteilte, gehen 51 Prozent der Turmsparte an ein Konsortium aus dem "
           "kanadischen Pensionsfonds Maple Ridge Pension Trust und dem Infrastrukturinvestor Falkner Infra."),
    ('de', "Lumatec verkauft die Turmsparte an ein Konsortium aus dem kanadischen Pensionsfonds Maple Ridge Pension "
           "Trust und dem Infrastrukturinvestor Falkner Infra."),
    ('en', "Lumatec sold the unit to a consortium made up of the Canadian pension fund Maple Ridge Pension Trust and "
           "the infrastructure investor Falkner Infra."),
    ('fr', "Lumatec cède sa division à un consortium formé du fonds de pension canadien Maple Ridge Pension Trust et "
           "de l'investisseur Falkner Infra."),
    ('es', "Lumatec vende su división a un consorcio formado por el fondo de pensiones canadiense Maple Ridge Pension "
           "Trust y el inversor Falkner Infra."),
]


@pytest.mark.parametrize(("lang", "sentence"), CONSORTIA)
def test_the_members_of_a_consortium_described_at_length_buy_the_unit(lang: str, sentence: str):
    events = acquisitions(lang, sentence)
    assert any(parties(e) == {("Lumatec", "seller"), ("Maple Ridge Pension Trust", "acquirer"),
                              ("Falkner Infra", "acquirer")} for e in events), events


# probes that keep their result: goods counted stay an order, a unit with a name is the target, an organ acts
def test_goods_counted_stay_an_order():
    events = extract_events(page('en', 'News', "Hartwell Bank agreed to buy 40 trains from Lumatec."))
    assert [e["type"] for e in events] == ["contract"]


@pytest.mark.parametrize(("lang", "sentence", "buyer", "unit"), [
    ('en', "Lumatec sold its unit Vantor Systems to Hartwell Bank.", 'Hartwell Bank', 'Vantor Systems'),
    ('fr', "Lumatec a cédé sa filiale Vantor à Ordalis.", 'Ordalis', 'Vantor'),
    ('fr', "Le conseil de surveillance de Lumatec a approuvé la cession de sa filiale Vantor à Ordalis.", 'Ordalis',
     'Vantor'),
])
def test_a_unit_with_a_name_is_the_target(lang: str, sentence: str, buyer: str, unit: str):
    events = acquisitions(lang, sentence)
    assert any(parties(e) == {(buyer, "acquirer"), ("Lumatec", "seller"), (unit, "target")} for e in events), events


def test_funds_a_firm_raised_from_an_investor_keep_their_source():
    from streams.extraction import roles
    from streams.extraction.lexicon import lexicon
    assert roles._gap_marker(" raised funds from ", lexicon("en")) == "source"


TOLD_AGAIN = [
    ('de', "Lumatec will sich von seiner Sparte für Kühltechnik trennen. Der Finanzinvestor Ostwind Capital führe "
           "bereits exklusive Gespräche über eine Übernahme des Bereichs."),
    ('de', "Lumatec will sich von seiner Sparte für Kühltechnik trennen. Der Finanzinvestor Ostwind Capital führe "
           "bereits exklusive Gespräche über eine Übernahme der Sparte."),
    ('en', "Lumatec wants to sell its cooling unit. The investor Ostwind Capital is in exclusive talks to buy the "
           "business."),
]


@pytest.mark.parametrize(("lang", "sentences"), TOLD_AGAIN)
def test_a_unit_told_again_by_its_noun_is_bought_from_its_owner(lang: str, sentences: str):
    events = acquisitions(lang, sentences)
    assert any(parties(e) == {("Ostwind Capital", "acquirer"), ("Lumatec", "seller")} for e in events), events


@pytest.mark.parametrize(("lang", "sentence", "owner"), [
    ('es', "Ostwind Capital estudia hacerse con la cartera de proyectos eólicos que la portuguesa Norrik Renováveis "
           "tiene en Oaxaca.", 'Norrik Renováveis'),
    ('es', "Ostwind Capital comprará las tiendas que Norrik Retail tiene en Galicia.", 'Norrik Retail'),
    ('en', "Ostwind Capital agreed to buy the branches that Norrik Bank runs in Wales.", 'Norrik Bank'),
    ('fr', "Ostwind Capital va racheter les agences que Banque Norrik détient en Bretagne.", 'Banque Norrik'),
])
def test_the_owner_a_relative_names_after_a_unit_sells_it(lang: str, sentence: str, owner: str):
    events = [e for e in extract_events(page(lang, 'News', sentence)) if e["type"] == "acquisition"]
    assert [parties(e) for e in events] == [{("Ostwind Capital", "acquirer"), (owner, "seller")}]


@pytest.mark.parametrize(("lang", "sentence", "bought"), [
    ('es', "Ostwind Capital compra Norrik Retail, que tiene 40 tiendas en Galicia.", 'Norrik Retail'),
    ('en', "Ostwind Capital agreed to buy Norrik Bank, which runs 40 branches in Wales.", 'Norrik Bank'),
])
def test_a_firm_bought_that_owns_units_stays_the_target(lang: str, sentence: str, bought: str):
    events = [e for e in extract_events(page(lang, 'News', sentence)) if e["type"] == "acquisition"]
    assert [parties(e) for e in events] == [{("Ostwind Capital", "acquirer"), (bought, "target")}]


@pytest.mark.parametrize(("lang", "sentence"), [
    ('fr', "Ostwind Capital rachète l'usine de Norrik Industries à Rennes."),
    ('en', "Ostwind Capital bought the Leeds plant of Norrik Industries last year."),
    ('es', "Ostwind Capital compró la planta de Norrik Industrias en Zaragoza."),
])
def test_a_plant_bought_of_a_firm_is_bought_from_it(lang: str, sentence: str):
    events = [e for e in extract_events(page(lang, 'News', sentence)) if e["type"] == "acquisition"]
    assert any(parties(e) == {("Ostwind Capital", "acquirer"), ("Norrik Industr" + ("ias" if lang == 'es' else "ies"),
                                                                   "seller")} for e in events), events


@pytest.mark.parametrize(("lang", "sentence"), [
    ('de', "Um Spielraum für andere Zukäufe zu schaffen, trennt sich Lumatec zudem von seinem Betongeschäft in "
           "Sachsen: Käufer ist die österreichische Ostwind Capital, wie die Unternehmen am Mittwoch bekanntgaben."),
    ('en', "Lumatec is selling its concrete business: the buyer is the investor Ostwind Capital."),
])
def test_the_firm_after_a_buyer_cue_of_the_sale_buys(lang: str, sentence: str):
    events = acquisitions(lang, sentence)
    assert any(parties(e) == {("Lumatec", "seller"), ("Ostwind Capital", "acquirer")} for e in events), events
