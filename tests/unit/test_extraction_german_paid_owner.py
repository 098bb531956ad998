"""A German purchase told by the price paid to the owner of what is bought ("Der Konzern zahlt dem Fonds X, dem Y
bislang gehört, 1,35 Mrd. Euro"): the payee sells Y, no goods are bought from it; sentences written for these
tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_the_price_paid_to_the_owner_names_the_seller_and_the_sum():
    found = extract_events(page(
        "de", "Wettbewerbshüter prüfen Kauf von Datanord",
        "Der geplante Kauf des Rechenzentrumsbetreibers Datanord GmbH durch die Helvion AG wird vertieft geprüft. "
        "Helvion hatte die Übernahme im März angekündigt. Der Konzern zahlt dem Finanzinvestor Harbour Rock "
        "Partners, dem Datanord bislang gehört, 640 Mio. Euro."))
    assert [(e["type"], parties(e), e["amount"] and e["amount"]["value"]) for e in found] == [
        ("acquisition", {("Helvion", "acquirer"), ("Datanord", "target"), ("Harbour Rock Partners", "seller")},
         640_000_000)]


def test_goods_bought_from_a_firm_stay_an_order():
    found = extract_events(page(
        "en", "Velora buys chips",
        "Velora buys memory chips from Nexan Semiconductor under a new arrangement."))
    assert [e["type"] for e in found] == ["contract"]
