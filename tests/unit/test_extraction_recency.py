"""Market reports and round-ups: a sentence names one firm and the next refers to it by a description ("The fintech
group", "El banco", "des Farbenherstellers"); the description stands for that firm, not for the page's most named
one (`page._recent`, `discourse._traded_before`, `Mention.recent` in `discourse.topic_subject`). Mini-articles
written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties

HALVARD = ('Stocks: Halvard Bank slips', 'Halvard Bank shares fell 4% on Tuesday. Halvard Bank said costs rose. '
           'Analysts expect Halvard Bank to cut jobs.')
LINDWERK = ('Dax schließt im Plus', 'Die Lindwerk AG hob die Prognose an. Die Lindwerk AG steigerte den Umsatz. '
            'Analysten loben die Lindwerk AG.')
LUMATEC_ES = ('El Ibex cierra al alza', 'El grupo Lumatec subió un 4 %. Lumatec elevó previsiones. Los analistas '
              'elogian a Lumatec.')
LUMATEC_FR = ('La Bourse de Paris termine en hausse', 'Le groupe Lumatec a bondi de 6 %. Lumatec a relevé ses '
              'prévisions. Les analystes saluent Lumatec.')

SUBJECTS = [
    ('en', HALVARD, 'Attention is also turning to Orbex Payments. The fintech group is in advanced talks to sell its '
     'card-processing arm to private equity firm Thornhill Capital for about £900m, according to two people familiar '
     'with the matter.', {('Orbex Payments', 'seller'), ('Thornhill Capital', 'acquirer')}),
    ('es', LUMATEC_ES, 'Banco Arlanza cayó un 5 %. El banco negocia la venta de su filial de seguros a la aseguradora '
     'Velia Seguros por 300 millones de euros.', {('Arlanza', 'seller'), ('Velia Seguros', 'acquirer')}),
    ('es', LUMATEC_ES, 'También destacó Banco Arlanza. El banco negocia la venta de su filial de seguros a la '
     'aseguradora Velia Seguros por 300 millones de euros.', {('Arlanza', 'seller'), ('Velia Seguros', 'acquirer')}),
    ('de', LINDWERK, 'Gefragt waren auch Aktien von Tessmar Farben. Der Farbenhersteller verhandelt mit dem '
     'Finanzinvestor Caldera Partners über den Verkauf seiner Lacksparte für 400 Millionen Euro.',
     {('Tessmar Farben', 'seller'), ('Caldera Partners', 'acquirer')}),
    ('fr', LUMATEC_FR, "Aubrac Télécom s'est envolé de 11 %. Le spécialiste des réseaux fibre a racheté l'opérateur "
     "Sirel Fibre pour 200 millions d'euros.", {('Aubrac Télécom', 'acquirer'), ('Sirel Fibre', 'target')}),
]

OBJECTS = [
    ('de', LINDWERK, 'Spitzenreiter waren die Aktien von Tessmar Farben mit einem Plus von 17 Prozent. Nach '
     'Informationen des Handelsblatts prüft der Chemiekonzern Hallberg Chemie eine Übernahme des Farbenherstellers.',
     {('Hallberg Chemie', 'acquirer'), ('Tessmar Farben', 'target')}),
    ('en', HALVARD, 'Shares in Orbex Payments jumped 9%. Private equity firm Thornhill Capital is in talks to buy the '
     'fintech group for about £900m.', {('Thornhill Capital', 'acquirer'), ('Orbex Payments', 'target')}),
    ('es', LUMATEC_ES, 'Las acciones de Banco Arlanza subieron un 7 %. La aseguradora Velia Seguros estudia comprar '
     'el banco por 300 millones de euros.', {('Velia Seguros', 'acquirer'), ('Arlanza', 'target')}),
    ('fr', LUMATEC_FR, "Prévalys Santé a en revanche plongé de 19 %. Faute de feu vert de Bruxelles, Valmonte "
     "Assurances a annoncé mercredi soir qu'il renonçait à son offre de 1,1 milliard d'euros sur le spécialiste des "
     "mutuelles d'entreprise.", {('Valmonte Assurances', 'acquirer'), ('Prévalys Santé', 'target')}),
]


def _events(lang: str, title_body: tuple[str, str], item: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *title_body, item)) if e['type'] == 'acquisition']


@pytest.mark.parametrize(('lang', 'title_body', 'item', 'expected'), SUBJECTS + OBJECTS)
def test_a_description_stands_for_the_one_firm_the_sentence_before_names(lang, title_body, item, expected):
    events = _events(lang, title_body, item)
    assert any(expected <= e for e in events), events
    assert not any(title_body[1].split()[0] in {n for n, _ in e} for e in events)  # not the page's firm


def _by_recency(lang: str, *paragraphs: str) -> dict[str, bool]:
    """Each description of the page: whether recency resolved it."""
    p = read_page(page(lang, *paragraphs))
    return {p.text[m.start:m.end]: m.recent for ms in p.mentions for m in ms if m.anaphor}


@pytest.mark.parametrize(('lang', 'body', 'description'), [
    # a plain noun says only "a firm": the firm the discourse is at, as before
    ('en', 'Dunmore Controls will pay in cash. The deal needs the approval of the pension trustee Greyfield Partners. '
     'The company bought the pump maker Kessler Pumpen for €780m in 2023.', 'The company'),
    # the kind the page gave the firm named before is another ("the grocery chain Y ... the startup")
    ('en', 'Quillfeather Robotics makes robot arms. Its largest customer is the grocery chain Bellmont Markets. In '
     'April the startup won a pilot contract from the Ostbay Port Authority.', 'the startup'),
    # a description of a new firm or of two firms is not the one firm named before
    ('de', 'Die Krassmann Agrartechnik und die Lindholt Maschinenbau fusionieren. Das teilte die Lindholt '
     'Maschinenbau mit. Der neue Konzern übernimmt die Rubin Landtechnik.', 'Der neue Konzern'),
    # another subject stands before the description ("Il est ... le fournisseur")
    ('fr', 'Verdanne Emballages rachète Corvel. Le groupe avait repris en 2023 Imballi Serra. Il est par ailleurs, '
     "depuis 2018, le fournisseur attitré des emballages de la marque propre d'Intermarché, un contrat qu'il a "
     "renouvelé l'an dernier.", 'le fournisseur'),
])
def test_recency_leaves_a_description_alone_where_it_does_not_fit(lang, body, description):
    recent = _by_recency(lang, 'News' if lang != 'de' else 'Nachrichten', body)
    assert description in recent and not recent[description]


def test_recency_takes_a_description_that_fits():
    recent = _by_recency('en', *HALVARD, 'Attention is also turning to Orbex Payments. The fintech group is in talks '
                         'to sell its card arm to Thornhill Capital.')
    assert recent['The fintech'] or recent.get('The fintech group')


MERGER_NEWS = ('Die Volksbank Werdenfels übernimmt die Raiffeisenbank Ammertal. Die Volksbank Werdenfels hat 40 '
               'Filialen.')


@pytest.mark.parametrize('item', [
    'Die Raiffeisenbank hatte sich erst vor wenigen Monaten einen anderen Partner gesucht: Gespräche mit der VR Bank '
    'Süd über eine Verschmelzung waren abgebrochen worden.',
    'Zuvor war die Raiffeisenbank mit der VR Bank Süd über eine Fusion im Gespräch, die Gespräche wurden aber '
    'abgebrochen.',
])
def test_the_compound_of_a_kind_that_opens_one_name_is_that_firm(item: str):
    """ "Die Raiffeisenbank" where the page names one "Raiffeisenbank X": that firm, not the page's other bank."""
    events = [parties(e) for e in extract_events(page('de', 'Bankenfusion im Oberland', MERGER_NEWS, item))
              if e['type'] == 'merger']
    assert any(('VR Bank Süd', 'party') in e and ('Raiffeisenbank Ammertal', 'party') in e for e in events), events
    assert not any(('VR Bank Süd', 'party') in e and ('Volksbank Werdenfels', 'party') in e for e in events)


def test_a_compound_head_two_names_share_stands_for_neither():
    """Two "Raiffeisenbank" names: "die Raiffeisenbank" alone says not which."""
    body = ('Die Raiffeisenbank Ammertal und die Raiffeisenbank Isartal wollen fusionieren. Die Raiffeisenbank '
            'hatte zuvor Gespräche mit der VR Bank Süd über eine Verschmelzung abgebrochen.')
    p = read_page(page('de', 'Bankenfusion', body))
    assert not any(p.text[m.start:m.end] == 'Die Raiffeisenbank' and m.name for ms in p.mentions for m in ms)


@pytest.mark.parametrize(("body", "deal", "expected"), [
    ("Kelvio, la start-up nantaise, annonce une levée de fonds de 30 millions d'euros en série B. Le tour de table est "
     "mené par Garance Partners, avec la participation de ses investisseurs historiques Brévia et Lorient Invest. Dans "
     "la foulée, la jeune pousse a finalisé lundi le rachat de Fakto.", "acquisition",
     {("Kelvio", "acquirer"), ("Fakto", "target")}),
    ("Voltane annonce avoir levé 85 millions d'euros lors d'un tour de table de série B. L'opération est menée par "
     "Garance Partners, avec la participation de Brévia. Il y a deux ans, la société avait bouclé une série A de 14 "
     "millions d'euros auprès d'Aldane.", "funding_round", {("Voltane", "investee"), ("Aldane", "investor")}),
])
def test_a_round_s_investor_is_not_the_startup_after_it(body, deal, expected):
    """A description of the firm after a round's sentence ("la jeune pousse", "la société") is not an investor the
    participation cue named; recency reads only a sentence before that states no deal."""
    events = [e for e in extract_events(page("fr", "Actualités", body)) if e["type"] == deal]
    assert expected in [parties(e) for e in events]
