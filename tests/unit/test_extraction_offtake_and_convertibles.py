"""Goods bought under a standing agreement with their producer in the genitive after them ("bezieht X im Rahmen
eines Abnahmevertrags das Konzentrat der Y": X the customer, Y the supplier), and a convertible loan lent to a firm
("hatte X dem Start-up Y ein Wandeldarlehen über 3 Mio. Euro gewährt": an investment in Y). Sentences written for
these tests."""

from tests.unit.test_extraction_roles import parties_by_event


def test_goods_bought_under_an_offtake_agreement() -> None:
    assert parties_by_event("de", "Zudem bezieht die Halvor AG seit 2022 im Rahmen eines langfristigen "
                            "Abnahmevertrags das gesamte Kupferkonzentrat der sambischen Kafue Copper Mines.",
                            "contract") == [{("Halvor", "customer"), ("Kafue Copper Mines", "supplier")}]


def test_a_convertible_loan_granted_is_an_investment() -> None:
    assert parties_by_event("de", "Bereits im Januar hatte die Nordische Landesbank dem Start-up Rechenfix ein "
                            "Wandeldarlehen über 3 Mio. Euro gewährt.", "investment") == [
        {("Nordische Landesbank", "investor"), ("Rechenfix", "investee")}]


def test_a_loan_alone_is_no_investment() -> None:
    assert parties_by_event("de", "Die Nordische Landesbank hat der Rechenfix GmbH einen Kredit über 3 Mio. Euro "
                            "gewährt.", "investment") == []
