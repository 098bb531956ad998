"""Amounts in every language's conventions, and figures that are not the deal value."""

import pytest

from streams.extraction import amounts, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

CASES = [
    ("en", "Acme agreed to buy Bolt for $12.5bn in cash.", 12.5e9, "USD"),
    ("en", "The group paid USD 3.3 billion for the unit.", 3.3e9, "USD"),
    ("en", "Orbit raised £2.1bn from investors.", 2.1e9, "GBP"),
    ("en", "Zeta sold it for €600m last year.", 600e6, "EUR"),
    ("de", "Der Konzern zahlt 68,7 Milliarden US-Dollar für den Rivalen.", 68.7e9, "USD"),
    ("de", "Der Kaufpreis liegt bei 1,2 Mrd. Euro.", 1.2e9, "EUR"),
    ("de", "Der Versicherer erhält 450 Mio. € in bar.", 450e6, "EUR"),
    ("de", "Das Start-up sammelt eine Milliarde Dollar ein.", 1e9, "USD"),
    ("fr", "Le groupe débourse 15,8 milliards de dollars pour sa cible.", 15.8e9, "USD"),
    ("fr", "La société investit 20 millions d'euros dans la jeune pousse.", 20e6, "EUR"),
    ("es", "La operación asciende a 1.600 millones de euros.", 1.6e9, "EUR"),
    ("es", "El banco vendió la filial por 2.300 millones de dólares.", 2.3e9, "USD"),
    ("es", "El grupo pagará 300 M€ por la filial.", 300e6, "EUR"),
    ("es", "La operación asciende a 1,5 millardos de euros.", 1.5e9, "EUR"),
    ("en", "The group paid 2 bln dollars for the unit.", 2e9, "USD"),
    ("de", "Der Zuger Konzern zahlt 180 Mio. Fr. für den Rivalen.", 180e6, "CHF"),
]


@pytest.mark.parametrize(("lang", "sentence", "value", "currency"), CASES)
def test_amount_value_and_currency(lang, sentence, value, currency):
    found = amounts.find(sentence, 0, lexicon(lang))
    assert found, sentence
    assert found[0].value == pytest.approx(value)
    assert found[0].currency == currency
    assert sentence[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Holders get $88 per share in cash under the deal."),
    ("de", "Der Konzern setzte im vergangenen Jahr einen Umsatz von 3,1 Milliarden Euro um."),
    ("fr", "Le groupe a réalisé un chiffre d'affaires de 5,2 milliards d'euros."),
    ("es", "La compañía pagará 12 euros por acción."),
    ("en", "The merger creates a group with about $4.1 billion in annual premiums."),
    ("en", "Its order book has grown to $900m since the takeover."),
    ("de", "Die Firma erwirtschaftet jährlich 40 Millionen Euro mit dem Geschäft."),
    ("fr", "Le carnet de commandes atteint 300 millions d'euros depuis le rachat."),
    ("es", "La empresa facturó 118 millones al año antes de la compra."),
    ("es", "La cartera de pedidos suma 640 millones de euros tras la compra."),
])
def test_figures_that_are_not_deal_values(lang, sentence):
    lex = lexicon(lang)
    assert not any(amounts.is_deal_value(a, sentence, "acquisition", lex) for a in amounts.find(sentence, 0, lex))


def test_valuation_is_no_amount_of_a_round():
    lex = lexicon("en")
    sentence = "The round values the start-up at $4bn."
    (found,) = amounts.find(sentence, 0, lex)
    assert not amounts.is_deal_value(found, sentence, "funding_round", lex)
    assert amounts.is_deal_value(found, sentence, "acquisition", lex)


@pytest.mark.parametrize(("raw", "decimal", "value"), [
    ("1.600", ",", 1600), ("1,5", ",", 1.5), ("68.7", ".", 68.7), ("12,400", ".", 12400), ("1.234,5", ",", 1234.5),
])
def test_parse_number(raw, decimal, value):
    assert amounts.parse_number(raw, decimal) == pytest.approx(value)


@pytest.mark.parametrize(("lang", "body", "kind", "value"), [
    ("en", "Acme Corp. and Bolt Ltd agreed to form a joint venture. The tie-up is worth $2.5bn.", "joint_venture",
     2.5e9),
    ("de", "Die Acme AG und die Bolt GmbH vereinbarten am Montag eine Partnerschaft. Die Vereinbarung kann Bolt bis "
     "zu 300 Millionen Euro einbringen.", "partnership", 300e6),
    ("fr", "Acme SA a investi lundi dans Bolt SAS. L'opération s'élève à 40 millions d'euros.", "investment", 40e6),
    ("es", "Acme SA y Bolt SL crearon una empresa conjunta. La operación asciende a 500 millones de euros.",
     "joint_venture", 500e6),
])
def test_the_deal_valued_in_the_next_sentence(lang, body, kind, value):
    (event,) = extract_events(page(lang, "Acme", body))
    assert event["type"] == kind and event["amount"]["value"] == pytest.approx(value)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Acme Corp. and Bolt Ltd agreed to form a joint venture. Acme expects sales of $2.5bn by 2030."),
    ("en", "Acme Corp. and Bolt Ltd signed a partnership. After the deal, analysts valued Bolt at $900m."),
    ("es", "Acme SA y Bolt SL firmaron una alianza. Tras el acuerdo, la valoración de Bolt ronda 90 millones de "
     "euros."),
])
def test_a_later_figure_not_said_of_the_deal_is_not_its_amount(lang, body):
    assert [e["amount"] for e in extract_events(page(lang, "Acme", body))] == [None]


@pytest.mark.parametrize(("lang", "body", "value"), [
    ("en", "Acme Corp. agreed to buy Bolt Ltd on Monday. The purchase price is $2.5bn.", 2.5e9),
    ("en", "Acme Corp. won a contract from Bolt Ltd on Monday. The order is valued at $250m.", 250e6),
    ("de", "Die Acme AG hat einen Auftrag der Bolt GmbH erhalten. Der Auftrag hat ein Volumen von 250 Millionen Euro.",
     250e6),
    ("fr", "Acme SA rachète Bolt SAS pour se renforcer. Le montant s'élève à 2,5 milliards d'euros.", 2.5e9),
    ("es", "Acme SA compra Bolt SL por completo. El precio es de 2.500 millones de euros.", 2.5e9),
])
def test_a_later_sentence_that_gives_the_price_gives_the_amount(lang, body, value):
    (event,) = extract_events(page(lang, "Acme", body))
    assert event["amount"]["value"] == pytest.approx(value)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "In a $2.5bn deal, Acme Corp. agreed to buy Bolt Ltd on Monday."),
    ("fr", "Pour 2,5 milliards de dollars, Acme SA s'offre Bolt SAS."),
])
def test_a_figure_of_the_opening_phrase_is_the_amount(lang, sentence):
    (event,) = extract_events(page(lang, "Acme", sentence))
    assert event["amount"]["value"] == pytest.approx(2.5e9)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme pays about $1.2bn including debt for Bolt."),
    ("de", "Der Konzern zahlt für Bolt einschließlich Schulden rund 1,2 Mrd. Euro."),
    ("fr", "Acme paie 1,2 milliard d'euros, dette comprise, pour Bolt."),
    ("es", "Acme paga 1.200 millones de euros, incluida la deuda, por Bolt."),
])
def test_a_price_that_includes_debt_is_the_deal_value(lang, sentence):
    lex = lexicon(lang)
    found = amounts.find(sentence, 0, lex)
    assert found and amounts.is_deal_value(found[0], sentence, "acquisition", lex)


def test_the_sum_raised_before_a_listing_cue_is_the_listings_amount():
    text = ("Shares of Acme Robotics jumped 20% in their Nasdaq debut on Thursday. The company raised $300 million by "
            "selling 10 million shares at $30 each, above the marketed range, in the year's largest IPO.")
    (event,) = [e for e in extract_events(page("en", "Acme", text)) if e["type"] == "ipo"]
    assert event["amount"]["value"] == 300e6 and event["amount"]["currency"] == "USD"


@pytest.mark.parametrize("lang, text", [
    ("en", "Brevon Bio said on Monday it was weighing a Nasdaq listing next year. The company last raised $40 million "
           "in a Series A in 2021."),
    ("de", "Brevon Bio erwägt einen Börsengang im kommenden Jahr. Zuletzt hatte das Unternehmen 2021 in einer "
           "Finanzierungsrunde 40 Millionen Euro eingesammelt."),
])
def test_a_round_of_an_earlier_year_is_no_listings_offering(lang, text):
    events = extract_events(page(lang, "Brevon Bio", text, published="2025-10-29"))
    assert not [e for e in events if e["type"] == "ipo" and e["amount"]]


def test_swiss_francs_abbreviated_are_no_firm():
    clean = page("de", "Nachrichten", "Die Schweizer Firma Alpwerk kauft Kaltwerk für 2,3 Mrd. Fr. "
                 "Alpwerk erzielte zuletzt einen Umsatz von 940 Mio. Fr. mit Heizungen.")
    (event,) = extract_events(clean)
    assert {p["name"] for p in event["parties"]} == {"Alpwerk", "Kaltwerk"}
    assert event["amount"]["value"] == 2.3e9 and event["amount"]["currency"] == "CHF"
