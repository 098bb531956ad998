"""A deal signed with another firm, told by its purpose: the verb of the purpose says who supplies whom (work on the
subject's own asset or goods for it: the other builds or supplies; a stake sold is no supply)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, text: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Lumatec", text)) if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Lumatec signed a $40 million deal with Nordwerk to build its fibre backbone.", 40e6),
    ("en", "Lumatec has struck an agreement with Nordwerk to upgrade its signalling network.", None),
    ("fr", "Lumatec a signé un accord de 40 millions d'euros avec Nordwerk pour construire son réseau de fibre.",
     40e6),
    ("es", "Lumatec firmó un acuerdo de 40 millones de euros con Nordwerk para construir su red de fibra.", 40e6),
    ("es", "Lumatec cerró un pacto con Nordwerk para modernizar sus estaciones.", None),
])
def test_work_on_the_subjects_own_asset_makes_it_the_customer(lang, text, value):
    (deal,) = contracts(lang, text)
    assert parties(deal) == {("Lumatec", "customer"), ("Nordwerk", "supplier")}
    assert (deal["amount"] or {}).get("value") == value


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lumatec signed a $40 million deal with Nordwerk to supply it with 40 turbines."),
    ("fr", "Lumatec a signé un accord avec Nordwerk pour lui fournir 40 éoliennes."),
    ("es", "Lumatec firmó un acuerdo con Nordwerk para suministrarle 40 aerogeneradores."),
])
def test_a_supply_verb_of_purpose_has_the_other_supply_the_subject(lang, text):
    # the pronoun of the purpose is the subject: the firm it signed with supplies it
    (deal,) = contracts(lang, text)
    assert parties(deal) == {("Lumatec", "customer"), ("Nordwerk", "supplier")}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Lumatec ha cerrado un acuerdo con el fondo Nordwerk para venderle el 49% de Lumatec Solar."),
    ("fr", "Lumatec a conclu un accord avec le fonds Nordwerk pour lui vendre 49 % de Lumatec Solar."),
])
def test_a_stake_sold_to_the_other_is_no_supply(lang, text):
    assert contracts(lang, text) == []
