"""A deal noun after a possessive whose buyer an agent marker names ("son rachat par X", "its takeover by X",
"seine Übernahme durch X", "su compra por X") was made on the possessor, the firm the discourse is at; a firm the
clause names after the buyer (a ministry's veto, a regulator's objection) is no party (`discourse.possessed_target`).
Mini-articles written for these tests: the page's firm named three times, then its called-off takeover."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

OPENING = {
    'en': ('Vernal wins bus order', 'Vernal has won an order for 40 buses. Vernal makes buses in Leeds. Vernal '
                                    'employs 600 people. '),
    'de': ('Vernal erhält Großauftrag', 'Vernal hat einen Auftrag über 40 Busse erhalten. Vernal baut Busse in Ulm. '
                                        'Vernal beschäftigt 600 Mitarbeiter. '),
    'fr': ('Vernal décroche une commande', 'Vernal a décroché une commande de 40 bus. Vernal fabrique des bus à '
                                           'Rennes. Vernal emploie 600 salariés. '),
    'es': ('Vernal gana un pedido', 'Vernal ha ganado un pedido de 40 autobuses. Vernal fabrica autobuses en '
                                    'Zaragoza. Vernal emplea a 600 personas. '),
}
SENTENCES = [
    ('en', 'In 2023 its takeover by the Turkish carmaker Karadag Otomotiv was abandoned after objections from the '
           'Treasury.'),
    ('en', 'Its acquisition by the fund Ardent Capital collapsed last year after a veto by Whitehall.'),
    ('de', '2023 war seine Übernahme durch den türkischen Hersteller Karadag Otomotiv am Veto des '
           'Wirtschaftsministeriums gescheitert.'),
    ('de', 'Seine Übernahme durch den Fonds Ardent Capital scheiterte im Vorjahr am Einspruch von Brüssel.'),
    ('fr', "En 2023, son rachat par le constructeur turc Karadag Otomotiv avait été abandonné après le refus de "
           "Bercy."),
    ('fr', "L'an dernier, son acquisition par le fonds Ardent Capital a échoué après le veto de Matignon."),
    ('es', 'En 2023, su compra por el fabricante turco Karadag Otomotiv fracasó tras el veto de Moncloa.'),
    ('es', 'El año pasado, su adquisición por el fondo Ardent Capital fracasó tras la oposición de Bruselas.'),
]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_a_possessed_deal_noun_with_an_agent_makes_the_possessor_its_target(lang: str, sentence: str):
    title, opening = OPENING[lang]
    events = [e for e in extract_events(page(lang, title, opening + sentence)) if e["type"] == "acquisition"]
    buyer = 'Karadag Otomotiv' if 'Karadag' in sentence else 'Ardent Capital'
    assert [parties(e) for e in events] == [{(buyer, 'acquirer'), ('Vernal', 'target')}]


def test_a_possessed_purchase_of_a_named_firm_keeps_its_target():
    """ "Its purchase of X": the possessor is the buyer, the rule does not apply (no agent marker)."""
    title, opening = OPENING['en']
    events = extract_events(page('en', title, opening + 'In 2023 its purchase of the coachbuilder Tamworth Bodies '
                                                          'was completed for $40 million.'))
    assert {('Vernal', 'acquirer'), ('Tamworth Bodies', 'target')} in [parties(e) for e in events]
