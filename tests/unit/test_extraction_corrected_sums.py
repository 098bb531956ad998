"""A correction that tells what an earlier version of the article said ("An earlier version of this article stated
that X paid $1.4bn") gives the wrong figure: the deal keeps the corrected one, as one event. Sentences written for
these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

CORRECTED = [
    ("en", "Lumatec completes Nordwerk purchase", "Correction: An earlier version of this article stated that Lumatec "
     "paid $1.4 billion for Nordwerk. The correct figure is $1.04 billion.", "Lumatec has completed its acquisition "
     "of Nordwerk from Varo Group. Lumatec paid $1.04 billion for the business, the company said on Wednesday."),
    ("de", "Lumatec schließt Kauf von Nordwerk ab", "Korrektur: In einer früheren Fassung dieses Artikels hieß es, die "
     "Lumatec AG zahle für die Nordwerk GmbH 1,4 Milliarden Euro. Richtig sind 1,04 Milliarden Euro.", "Die Lumatec "
     "AG hat die Übernahme der Nordwerk GmbH abgeschlossen, wie der Konzern am Mittwoch mitteilte. Der Kaufpreis "
     "beträgt 1,04 Milliarden Euro."),
    ("fr", "Lumatec finalise le rachat de Nordwerk", "Rectificatif : une version précédente de cet article indiquait "
     "que Lumatec avait racheté Nordwerk pour 1,4 milliard d'euros. Le bon montant est de 1,04 milliard d'euros.",
     "Lumatec a finalisé mercredi le rachat de Nordwerk pour 1,04 milliard d'euros."),
    ("es", "Lumatec completa la compra de Nordwerk", "Corrección: una versión anterior de este artículo indicaba que "
     "Lumatec compró Nordwerk por 1.400 millones de euros. La cifra correcta es 1.040 millones.", "Lumatec completó "
     "el miércoles la compra de Nordwerk por 1.040 millones de euros."),
]


@pytest.mark.parametrize(("lang", "title", "correction", "body"), CORRECTED)
def test_corrected_figure_is_the_deals(lang: str, title: str, correction: str, body: str) -> None:
    events = [e for e in extract_events(page(lang, title, correction, body)) if e["type"] == "acquisition"]
    assert [e["amount"]["value"] for e in events] == [1.04e9], events
