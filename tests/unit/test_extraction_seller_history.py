"""A seller's own earlier purchase of the firm it now sells ("The seller is Z, which bought the company in 2019": Z
bought the firm now sold, not the page's buyer). Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def _events(lang: str, title: str, *paragraphs: str, kind: str, published: str = "2026-03-12") -> list[tuple]:
    return [(e["status"], e["date"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(lang, title, *paragraphs, published=published)) if e["type"] == kind]


# "X buys Y. The seller is Z, which bought the company in 2019": Z bought Y then, not X
SELLER_BOUGHT = [
    ("en", "Brenwick buys Tallis Robotics",
     "Brenwick Group agreed on Tuesday to buy Tallis Robotics, a maker of robot arms based in Leeds, for 300 million "
     "pounds. The seller is the investment firm Carrow Capital, which bought the company in 2019."),
    ("de", "Brenwick kauft Tallis Robotik",
     "Die Brenwick Gruppe übernimmt die Tallis Robotik AG, einen Hersteller von Roboterarmen aus Ulm. Verkäufer ist "
     "die Beteiligungsgesellschaft Carrow Capital, die das Unternehmen 2019 erworben hatte."),
    ("fr", "Brenwick rachète Tallis Robotique",
     "Le groupe Brenwick a annoncé mardi le rachat de Tallis Robotique, fabricant lyonnais de bras robotisés. Le "
     "vendeur est le fonds Carrow Capital, qui avait racheté l'entreprise en 2019."),
    ("es", "Brenwick compra Tallis Robótica",
     "El grupo Brenwick ha acordado la compra de Tallis Robótica, fabricante vasco de brazos robóticos. El vendedor "
     "es el fondo Carrow Capital, que se hizo con la compañía en 2019."),
]


@pytest.mark.parametrize(("lang", "title", "text"), SELLER_BOUGHT)
def test_seller_bought_the_firm_it_sells(lang, title, text):
    bought = {(n, r) for s, d, p in _events(lang, title, text, kind="acquisition") if d == "2019" for n, r in p}
    assert bought and ("Carrow Capital", "acquirer") in bought
    assert {n for n, r in bought if r == "target"} <= {"Tallis Robotics", "Tallis Robotik", "Tallis Robotique",
                                                       "Tallis Robótica"}
    assert not any("Brenwick" in n for n, _ in bought)
