"""A stake's cheque or a listing's planned sale of shares told in the next sentence ("The ticket amounts to $25m",
"prevé colocar acciones por hasta 300 millones") is the deal's sum. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

LATER = [
    ("en", "Verdant Partners takes a minority stake in Ocrane, the Lyon-based software publisher. The ticket amounts "
     "to $25 million.", "investment", 25e6),
    ("de", "Die Verdant Partners beteiligt sich mit einer Minderheit an der Ocrane GmbH. Das Ticket beläuft sich auf "
     "25 Millionen Euro.", "investment", 25e6),
    ("fr", "Verdant Partenaires entre au capital d'Ocrane, éditeur lyonnais de logiciels, en tant qu'actionnaire "
     "minoritaire. Le ticket s'élève à 25 M€.", "investment", 25e6),
    ("es", "Verdant Partners entra en el capital de Ocrane, editora de software, como accionista minoritario. El "
     "ticket asciende a 25 millones de euros.", "investment", 25e6),
    ("es", "Renovables Valdés anunció el jueves su intención de salir a Bolsa. La compañía prevé colocar acciones por "
     "hasta 300 millones de euros.", "ipo", 3e8),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), LATER)
def test_sum_of_the_next_sentence(lang: str, text: str, kind: str, value: float) -> None:
    events = [e for e in extract_events(page(lang, "News", text)) if e["type"] == kind]
    assert [(e["amount"] or {}).get("value") for e in events] == [value], events
