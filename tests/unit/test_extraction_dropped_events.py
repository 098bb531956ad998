"""Deals whose cue and parties a sentence names but which were dropped: a French quote run into the sentence before
it, or an encyclopedia's footnote marks after a stop, a German takeover noun whose genitive object and agent both
follow it on a page about another firm, a chain's outlets counted in a purchase, read as goods, the buyer a court
approves a sale in favour of, the target whose board backs an offer, read as its bidder, a cashtag read as a
party, a French raise told by its approximate sum and goods made under a retailer's label (sentences written for
these tests)."""

import pytest

from streams.extraction.lexicon import lexicon
from streams.extraction.sentences import split
from tests.unit.test_extraction_roles import parties_by_event


@pytest.mark.parametrize("text", [
    "Norvatek a été racheté par Brixel. « À l'époque, on pensait qu'ils avaient vendu trop tôt », dit un investisseur.",
    "Norvatek a été racheté par Brixel.\u00a0«\u00a0C'était bien joué\u00a0», glisse un fondateur.",
])
def test_a_french_quote_after_a_stop_opens_a_sentence(text):
    assert len(split(text, [], lexicon("fr"))) == 2


def test_a_quote_inside_a_sentence_ends_none():
    assert len(split("Le fondateur parle d'une « sortie réussie » pour Norvatek.", [], lexicon("fr"))) == 1


def test_a_sale_told_before_a_quote_keeps_both_sides():
    text = ("Norvatek Santé, concurrent de Lumasoft, a été racheté en 2022 par le groupe allemand Brixel. « Ils ont "
            "vendu trop tôt », glisse un investisseur.")
    assert parties_by_event("fr", text, "acquisition") == [{("Brixel", "acquirer"), ("Norvatek Santé", "target")}]


@pytest.mark.parametrize("text", [
    "Der Bund übernimmt 24,9 Prozent an Rheinwald Netze. 2022 untersagte die Bundesregierung die Übernahme des "
    "Maschinenbauers Norvatek Maschinenbau durch den chinesischen Konzern Brixel Precision.",
    "Der Bund übernimmt 24,9 Prozent an Rheinwald Netze. Die Regierung hat die Übernahme des Zulieferers Norvatek "
    "Maschinenbau durch Brixel Precision untersagt.",
])
def test_a_genitive_object_and_its_agent_leave_no_buyer_to_the_page_firm(text):
    found = parties_by_event("de", text, "acquisition")
    assert {("Brixel Precision", "acquirer"), ("Norvatek Maschinenbau", "target")} in found
    assert not any(("Rheinwald Netze", "acquirer") in event for event in found)


@pytest.mark.parametrize("lang,text", [
    ("en", "In May, Lumatec Retail agreed to buy 140 convenience stores from Norvik Group for £215m."),
    ("fr", "Lumatec a racheté 42 magasins à Norvik Group."),
    ("es", "Lumatec compró 42 clínicas a Norvik Group."),
    ("de", "Lumatec kauft 42 Supermärkte von der Norvik Group."),
])
def test_a_chains_outlets_counted_in_a_purchase_are_a_unit_sold(lang, text):
    found = parties_by_event(lang, text, "acquisition")
    assert [{(n, r) for n, r in event if r != "acquirer"} for event in found] == [{("Norvik", "seller")}]
    assert not parties_by_event(lang, text, "contract")


def test_goods_counted_in_a_purchase_stay_an_order():
    assert parties_by_event("en", "Lumatec agreed to buy 40 electric buses from Norvik Group.", "contract") == [
        {("Lumatec", "customer"), ("Norvik", "supplier")}]


@pytest.mark.parametrize("lang,text,sold", [
    ("fr", "Le tribunal de commerce a arrêté mardi le plan de cession de Norvik Textiles, placée en redressement "
     "judiciaire en octobre, au profit du groupe Lumatec.", "Norvik Textiles"),
    ("es", "El juez del concurso ha autorizado la venta de Norvik Textiles a favor de Lumatec.", "Norvik Textiles"),
    ("en", "The court approved the sale of Norvik Textiles in favour of Lumatec.", "Norvik Textiles"),
    ("de", "Das Insolvenzgericht genehmigte den Verkauf der Norvik Textil GmbH zugunsten der Lumatec AG.",
     "Norvik Textil"),
])
def test_whom_a_court_approves_a_sale_in_favour_of_buys(lang, text, sold):
    (event,) = parties_by_event(lang, text, "acquisition")
    assert ("Lumatec", "acquirer") in event and {n for n, _ in event} == {"Lumatec", sold}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le fonds Norvik Capital a déposé une offre concurrente à 45 euros par action, soutenue par le conseil "
     "d'administration d'Altivo."),
    ("en", "Norvik Capital made a rival offer for the company, recommended by the board of Altivo."),
    ("es", "Norvik Capital presentó una oferta competidora, respaldada por el consejo de administración de Altivo."),
    ("de", "Die Norvik Capital legte ein Übernahmeangebot vor, unterstützt vom Vorstand der Altivo AG."),
])
def test_the_firm_whose_board_backs_an_offer_is_its_target(lang, text):
    assert parties_by_event(lang, text, "acquisition") == [{("Norvik Capital", "acquirer"), ("Altivo", "target")}]


@pytest.mark.parametrize("lang,text", [
    ("de", "2020 erwarb der Finanzinvestor Norvik Capital einen Anteil an Lumatec.[5] Im September gewann Lumatec "
     "einen Auftrag.[6][7] Danach kam nichts."),
    ("en", "Norvik Capital bought a stake in Lumatec in 2020.[5] In September Lumatec won an order.[6][7] Nothing "
     "followed."),
])
def test_footnote_marks_after_a_stop_end_the_sentence(lang, text):
    assert len(split(text, [], lexicon(lang))) == 3


def test_a_cashtag_is_no_party_of_the_deal_its_firm_is_in():
    text = ("Big news if true: Calder Bancorp ($CLDR) and Norvik Financial Corp. ($NVKF) are in advanced talks on a "
            "merger of equals, per a report this morning.")
    assert parties_by_event("en", text, "merger") == [{("Calder Bancorp", "party"), ("Norvik Financial", "party")}]



@pytest.mark.parametrize("text", [
    "Selon nos informations, la fintech Norvik Pay discute d'une nouvelle levée d'environ 100 millions de dollars.",
    "La fintech Norvik Pay prépare une levée de près de 40 millions d'euros.",
])
def test_a_french_raise_told_by_its_approximate_sum_is_a_round(text):
    assert parties_by_event("fr", text, "funding_round") == [{("Norvik Pay", "investee")}]


def test_a_lifting_of_restrictions_is_no_round():
    text = "Norvik Pay salue la levée des restrictions sur les paiements."
    assert parties_by_event("fr", text, "funding_round") == []


def test_goods_made_under_a_retailers_short_form_label_are_its_order():
    text = ("Norvik Lait, de son côté, fabrique depuis 2016 les yaourts vendus sous la marque distributeur de "
            "l'enseigne régionale Lumamarché.")
    assert parties_by_event("fr", text, "contract") == [{("Norvik Lait", "supplier"), ("Lumamarché", "customer")}]
    assert parties_by_event("fr", text, "acquisition") == []
