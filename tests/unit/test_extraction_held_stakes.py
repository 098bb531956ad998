"""The firm that held the shares bought ("buying the shares held by X", "les parts détenues par X") sold them: its
"by" names no buyer (sentences written for these tests)."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dumas Holding avait pris le contrôle de Stade Norvil en 2017 en rachetant les parts détenues par le groupe "
     "Berthier Immo."),
    ("en", "Dumas Holding took control of Stade Norvil in 2017 by buying the shares held by Berthier Immo."),
    ("es", "Dumas Holding tomó el control de Stade Norvil en 2017 al comprar las acciones poseídas por el grupo "
     "Berthier Immo."),
])
def test_the_holder_of_the_shares_bought_is_no_buyer(lang, text):
    found = parties_by_event(lang, text, "acquisition") + parties_by_event(lang, text, "investment")
    assert found and all(("Berthier Immo", r) not in p for p in found for r in ("acquirer", "investor"))
    assert {("Dumas", "acquirer"), ("Stade Norvil", "target")} in found
