"""Figures whose scale and currency are one token ("500 MDH", "7 mdd"): read as a sum like their spelled-out form."""

import pytest

from streams.extraction import amounts, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "sentence", "value", "currency"), [
    ("fr", "Le contrat porte sur 500 MDH.", 500e6, "MAD"),
    ("fr", "L'opération est évaluée à 5 MMDH.", 5e9, "MAD"),
    ("fr", "Le groupe a levé 1,2 MMDH auprès de ses actionnaires.", 1.2e9, "MAD"),
    ("fr", "Un investissement de 750 Mdh est prévu.", 750e6, "MAD"),
    ("es", "La empresa levantó 7 mdd en su ronda.", 7e6, "USD"),
    ("es", "El contrato asciende a 120 mdp.", 120e6, "MXN"),
    ("es", "La operación se valoró en 2 mmdd.", 2e9, "USD"),
])
def test_a_token_of_scale_and_currency_is_a_sum(lang, sentence, value, currency):
    (found,) = amounts.find(sentence, 0, lexicon(lang))
    assert (found.value, found.currency) == (value, currency)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Le site de MDH emploie 500 personnes."),  # the token alone, no figure: no sum
    ("fr", "Le groupe vise 500 MDHX de ventes."),  # a longer word is no such token
])
def test_the_token_without_its_figure_is_no_sum(lang, sentence):
    assert amounts.find(sentence, 0, lexicon(lang)) == []


@pytest.mark.parametrize(("lang", "text", "value", "currency"), [
    ("fr", "Lumatec a racheté Nordwerk pour 5 MMDH.", 5e9, "MAD"),
    ("fr", "Lumatec a signé un contrat de 500 MDH avec Nordwerk pour construire son réseau.", 500e6, "MAD"),
    ("es", "Lumatec levantó 7 mdd en una ronda liderada por Nordwerk.", 7e6, "USD"),
])
def test_the_sum_is_the_deals(lang, text, value, currency):
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert (event["amount"]["value"], event["amount"]["currency"]) == (value, currency)
