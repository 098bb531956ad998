"""German purchases told by a modal with the infinitive "kaufen" last ("X wollte den Konkurrenten Y kaufen"): an
acquisition, where goods counted or bought "bei" a maker stay an order; sentences written for these tests."""

from tests.unit.test_extraction_roles import parties_by_event


def test_a_modal_and_kaufen_last_buy_a_firm():
    assert parties_by_event("de", "Die Alpha Bus wollte 2024 den Konkurrenten Beta Verkehr kaufen, das Kartellamt "
                            "untersagte das Vorhaben jedoch.", "acquisition") == [
        {("Alpha Bus", "acquirer"), ("Beta Verkehr", "target")}]
    assert parties_by_event("de", "Der Getränkekonzern Epsilon darf die Brauerei Zeta nicht kaufen.",
                            "acquisition") == [{("Epsilon", "acquirer"), ("Brauerei Zeta", "target")}]
    assert parties_by_event("de", "Die Alpha Bus will die Beta Verkehr für 310 Millionen Euro kaufen.",
                            "acquisition") == [{("Alpha Bus", "acquirer"), ("Beta Verkehr", "target")}]
    assert parties_by_event("de", "Die Alpha Bus wollte den Konkurrenten Beta Verkehr kaufen.", "contract") == []


def test_goods_counted_or_bought_from_a_maker_stay_an_order():
    assert parties_by_event("de", "Die Stadt Neustadt will bei der Alpha Fahrzeugbau 48 Busse kaufen.",
                            "contract") == [{("Stadt Neustadt", "customer"), ("Alpha Fahrzeugbau", "supplier")}]
    assert parties_by_event("de", "Die Stadtwerke Neustadt kaufen 18 Busse bei der Alpha Fahrzeugbau.",
                            "contract") == [{("Stadtwerke Neustadt", "customer"), ("Alpha Fahrzeugbau", "supplier")}]
    assert parties_by_event("de", "Die Stadt Neustadt will bei der Alpha Fahrzeugbau 48 Busse kaufen.",
                            "acquisition") == []
