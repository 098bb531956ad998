"""The money a deal needs is no deal of its own: "to finance the purchase, X can count on fund Y" speaks of the
purchase the page told before, and its firms are the financing's; a firm that is the deal noun's complement ("to
finance the purchase of X") still names the deal, and a sale the sentence states to raise the money stays."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from streams.extraction.statements import _financed
from tests.unit.test_extraction_roles import page

DEAL = {"en": "Acme Foods Plc agreed to buy Bolt Dairy Ltd for £400m.",
        "de": "Die Acme Foods AG übernimmt die Bolt Molkerei GmbH für 400 Millionen Euro.",
        "fr": "Acme Alimentation SA va racheter Bolt Laiterie pour 400 millions d'euros.",
        "es": "Acme Alimentación SA comprará Bolt Lácteos por 400 millones de euros."}


def acquisitions(lang: str, *sentences: str) -> list[set[str]]:
    events = extract_events(page(lang, "News", *sentences))
    return [{p["name"] for p in e["parties"]} for e in events if e["type"] == "acquisition"]


@pytest.mark.parametrize(("lang", "financing"), [
    ("en", "To finance the takeover, Acme has secured a £300m loan from Delta Bank."),
    ("en", "To fund the purchase, Acme Foods will issue new shares worth £150m."),
    ("de", "Zur Finanzierung der Übernahme nimmt die Acme Foods AG einen Kredit der Delta Bank über 300 Millionen "
           "Euro auf."),
    ("de", "Zur Finanzierung der Übernahme steigt der Fonds Cargo Capital mit 60 Millionen Euro bei Acme Foods ein."),
    ("fr", "Pour financer l'achat, Acme Alimentation peut compter sur le fonds Cargo Capital, qui injectera "
           "60 millions d'euros dans son capital."),
    ("fr", "Pour financer le rachat, Acme Alimentation a obtenu un prêt de 300 millions d'euros de la banque Delta "
           "Crédit."),
    ("es", "Para financiar la compra, Acme Alimentación contará con el fondo Cargo Capital, que aportará 60 millones "
           "de euros a su capital."),
    ("es", "Para financiar la adquisición, Acme Alimentación prevé una ampliación de capital de 150 millones de "
           "euros."),
])
def test_the_financing_of_a_told_purchase_is_no_second_purchase(lang, financing):
    (deal,) = acquisitions(lang, DEAL[lang], financing)
    assert len(deal) == 2 and not deal & {"Delta Bank", "Cargo Capital", "Delta Crédit", "Kredit der Delta Bank"}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "To finance the purchase of Bolt Dairy Ltd, Acme Foods Plc will issue new shares."),
    ("de", "Zur Finanzierung der Übernahme der Bolt Molkerei GmbH gibt die Acme Foods AG neue Aktien aus."),
    ("fr", "Pour financer le rachat de Bolt Laiterie, Acme Alimentation SA émettra des actions nouvelles."),
    ("es", "Para financiar la compra de Bolt Lácteos, Acme Alimentación SA emitirá nuevas acciones."),
])
def test_a_firm_complementing_the_financed_deal_noun_keeps_it_a_cue(lang, sentence):
    read = read_page(page(lang, "News", sentence))
    assert read.triggers(1) and not any(_financed(read, 1, t) for t in read.triggers(1))


@pytest.mark.parametrize(("lang", "sale"), [
    ("en", "To finance the purchase, Acme Foods Plc sold Delta Snacks Ltd to Cargo Group for £90m."),
    ("de", "Zur Finanzierung der Übernahme verkauft die Acme Foods AG die Delta Snacks GmbH an die Cargo Holding AG."),
    ("fr", "Pour financer l'achat, Acme Alimentation SA a cédé Delta Snacks au groupe Cargo pour 90 millions "
           "d'euros."),
    ("es", "Para financiar la compra, Acme Alimentación SA vendió Delta Snacks al grupo Cargo por 90 millones de "
           "euros."),
])
def test_a_sale_made_to_raise_the_money_stays_a_deal(lang, sale):
    assert sorted(len(deal) for deal in acquisitions(lang, DEAL[lang], sale)) == [2, 3]
