"""The firm a background sentence after the main deal speaks of: a description whose noun the page used before a
name ("la constructora X", "the retailer X", "der Versorger X"), or that repeats the words before a name ("the Dutch
shipbuilder X"), stands for that firm, not for the subject of the sentence before when the page gave that subject no
kind (`page._of_its_kind`, `kinds.told`); a firm only named with that word ("Constructora Z", "Banque Y") does not
take it. "It is supplying X" opens with the firm spoken of, not an impersonal "It is" (`impersonal`,
`progressive_endings` and `impersonal_after` of the language file). In a language that leaves the subject pronoun
out, every cue of a sentence that opens with such a verb belongs to the firm the sentences before spoke of ("Desde
2019 suministra vino a X en virtud de un contrato": the supply and the contract), not one of them to the page's firm
(`discourse.salient`). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties

BY_ITS_NOUN = [  # (lang, text, description, the firm the page called so)
    ('es', 'El grupo Arvena comprará la constructora Salvatierra por 200 millones. Arvena tiene 5.000 empleados. La '
           'constructora ejecuta desde 2021 un contrato con Adif.', 'La constructora', 'Salvatierra'),
    ('es', 'Grupo Olmedo se queda con la aseguradora Mutua Caspe. Olmedo factura 900 millones. Desde 2020 la '
           'aseguradora cubre la flota de Renfe.', 'la aseguradora', 'Mutua Caspe'),
    ('en', 'Halvard Line agreed to buy the retailer Pellow Stores for $400m. Halvard Line operates 90 vessels. The '
           'retailer has sold Quintor coffee under a supply deal since 2022.', 'The retailer', 'Pellow Stores'),
    ('de', 'Die Reederei Halvard übernimmt den Versorger Wendt. Halvard betreibt 40 Schiffe. Seit 2021 beliefert '
           'der Versorger die Brell AG mit Strom.', 'der Versorger', 'Wendt'),
    ('fr', "Le groupe Vétra rachète la banque Morvan pour 200 millions d'euros. Vétra compte 5000 salariés. Depuis "
           "2022, la banque finance la flotte de Brillac.", 'la banque', 'Morvan'),
]


@pytest.mark.parametrize(('lang', 'text', 'description', 'firm'), BY_ITS_NOUN)
def test_a_description_stands_for_the_firm_the_page_called_so(lang: str, text: str, description: str, firm: str):
    p = read_page(page(lang, 'News', text))
    took = [m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == description]
    assert took == [firm], took


ONLY_NAMED = [  # the other firm carries the word in its name only ("Constructora ..." may be another builder than
    # the one the page described): no noun told its kind, so the description keeps the subject before (salience)
    ('es', 'Grupo Arvena compra Constructora Salvatierra. Arvena tiene 5.000 empleados. La constructora ejecuta '
           'un contrato con Adif.', 'La constructora', 'Arvena'),
    ('fr', "Le groupe Vétra rachète Banque Morvan. Vétra compte 5000 salariés. La banque a signé un contrat avec "
           "Brillac.", 'La banque', 'Vétra'),
    ('en', 'Halvard Line agreed to buy Pellow Bank. Halvard Line operates 90 vessels. The lender signed a contract '
           'with Quintor.', 'The lender', 'Halvard Line'),
    ('de', 'Die Reederei Halvard übernimmt die Kremsbank. Halvard betreibt 40 Schiffe. Das Institut hat einen '
           'Vertrag mit Brell geschlossen.', 'Das Institut', 'Halvard'),
]


@pytest.mark.parametrize(('lang', 'text', 'description', 'firm'), ONLY_NAMED)
def test_a_firm_only_named_with_the_word_does_not_take_the_description(lang: str, text: str, description: str,
                                                                        firm: str):
    p = read_page(page(lang, 'News', text))
    took = [m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == description]
    assert took and took[-1] == firm, took


REPEATED = [  # a description that repeats the words the page put before a name ("the Dutch shipbuilder X")
    ('en', 'Norske Ferge agreed to buy the Dutch shipbuilder Veldhuis for $900m. Norske Ferge runs 30 ships. The '
           'Dutch shipbuilder won a contract from Stena Line in 2024.', 'The Dutch shipbuilder', 'Veldhuis'),
    ('en', 'Norske Ferge agreed to buy the software maker Veldhuis for $900m. Norske Ferge runs 30 ships. In 2024 '
           'the software maker won a contract from Stena Line.', 'the software maker', 'Veldhuis'),
    ('de', 'Die Nordwerft übernimmt die dänische Reederei Halvard für 300 Millionen Euro. Die Nordwerft betreibt drei '
           'Werften. Die dänische Reederei hat 2021 einen Liefervertrag mit der Brell AG geschlossen.',
     'Die dänische Reederei', 'Halvard'),
    ('de', 'Die Nordwerft übernimmt den Kieler Softwareanbieter Halvard. Die Nordwerft betreibt drei Werften. Der '
           'Kieler Softwareanbieter hat 2021 einen Liefervertrag mit der Brell AG geschlossen.',
     'Der Kieler Softwareanbieter', 'Halvard'),
]


@pytest.mark.parametrize(('lang', 'text', 'description', 'firm'), REPEATED)
def test_a_description_that_repeats_the_words_before_a_name_stands_for_that_firm(lang: str, text: str,
                                                                                  description: str, firm: str):
    p = read_page(page(lang, 'News', text))
    took = [m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == description]
    assert took == [firm], took


def test_a_lone_generic_noun_keeps_the_subject_before():
    """ "the group X ... The group": one word says too little to override the subject of the sentence before."""
    p = read_page(page('en', 'News', 'Norske Ferge agreed to buy the group Veldhuis for $900m. Norske Ferge runs 30 '
                                     'ships. The group won a contract from Stena Line in 2024.'))
    took = [m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == 'The group']
    assert took == ['Norske Ferge'], took


PROGRESSIVE = [  # "It is" before a verb in -ing is the firm of the sentence before, not an impersonal opening
    ('It is supplying Stena Line with ferries under a 2024 contract.', {('Veldhuis', 'supplier'),
                                                                         ('Stena Line', 'customer')}),
    ('It was supplying Stena Line with ferries under a contract signed in 2019.', {('Veldhuis', 'supplier'),
                                                                                  ('Stena Line', 'customer')}),
]


@pytest.mark.parametrize(('sentence', 'expected'), PROGRESSIVE)
def test_it_is_before_a_verb_in_ing_is_the_firm_spoken_of(sentence: str, expected: set):
    body = ('Norske Ferge agreed to buy Veldhuis for $900m. Norske Ferge runs 30 ships. Veldhuis employs 1,400 '
            'people. ' + sentence)
    contracts = [parties(e) for e in extract_events(page('en', 'Norske Ferge buys Veldhuis', body))
                 if e['type'] == 'contract']
    assert contracts == [expected], contracts


@pytest.mark.parametrize('opening', ['It is expected to close in May.', 'It is interesting to note the price.',
                                     "It is Norske Ferge's largest deal."])
def test_it_is_stays_impersonal_before_other_words(opening: str):
    p = read_page(page('en', 'News', 'Norske Ferge agreed to buy Veldhuis for $900m. ' + opening))
    assert not any(m.anaphor for m in p.mentions[-1]), p.mentions[-1]


DROPPED = [  # (body, the firm the sentence before is about, its counterparty)
    ('Bodegas Arlanza comprará Viñas Tormes por 90 millones, informó Bodegas Arlanza. Bodegas Arlanza tiene 900 '
     'empleados. Fundada en 1950, Viñas Tormes emplea a 120 personas. Desde 2019 suministra vino a Mercadona en '
     'virtud de un contrato de suministro.', 'Viñas Tormes', 'Mercadona'),
    ('Grupo Olmedo comprará Lácteos Cea por 60 millones, informó Grupo Olmedo. Grupo Olmedo tiene 900 empleados. '
     'Creada en 1970, Lácteos Cea emplea a 80 personas. En 2021 suministró queso a Alcampo en virtud de un contrato '
     'de tres años.', 'Lácteos Cea', 'Alcampo'),
]


@pytest.mark.parametrize(('body', 'supplier', 'customer'), DROPPED)
def test_every_cue_of_a_sentence_without_its_subject_belongs_to_the_firm_spoken_of(body: str, supplier: str,
                                                                                   customer: str):
    contracts = [parties(e) for e in extract_events(page('es', 'Noticias', body)) if e['type'] == 'contract']
    assert contracts == [{(supplier, 'supplier'), (customer, 'customer')}], contracts


def test_a_sentence_that_names_its_subject_keeps_it():
    body = ('Bodegas Arlanza comprará Viñas Tormes por 90 millones, informó Bodegas Arlanza. Fundada en 1950, Viñas '
            'Tormes emplea a 120 personas. Desde 2019 Bodegas Arlanza suministra vino a Mercadona en virtud de un '
            'contrato de suministro.')
    contracts = [parties(e) for e in extract_events(page('es', 'Noticias', body)) if e['type'] == 'contract']
    assert all(('Viñas Tormes', 'supplier') not in c for c in contracts), contracts


PAIRS = [  # a pair description as the subject of a contract with a third firm: both firms are its suppliers
    ('es', 'Bodegas Arlanza comprará Viñas Tormes por 90 millones. Bodegas Arlanza y Viñas Tormes son vecinas en '
           'Toro. Ambas compañías ya suministran vino a Mercadona en virtud de un contrato firmado en 2020.',
     {('Bodegas Arlanza', 'supplier'), ('Viñas Tormes', 'supplier'), ('Mercadona', 'customer')}),
    ('fr', "Armor Marine rachète Kervella pour 300 millions d'euros. Armor Marine et Kervella sont voisins à Brest. "
           "Les deux entreprises fournissent déjà des coques à Brittany Ferries dans le cadre d'un contrat signé en "
           "2022.", {('Armor Marine', 'supplier'), ('Kervella', 'supplier'), ('Brittany Ferries', 'customer')}),
    ('de', 'Die Nordwerft übernimmt Hallberg für 300 Millionen Euro. Nordwerft und Hallberg sind Nachbarn in Kiel. '
           'Beide Unternehmen beliefern die Reederei Scandlines seit 2021 im Rahmen eines Liefervertrags mit Fähren.',
     {('Nordwerft', 'supplier'), ('Hallberg', 'supplier'), ('Scandlines', 'customer')}),
    ('en', 'Halvard Line agreed to buy Nordkabel for $400m. Halvard Line and Nordkabel are neighbours in Aarhus. Both '
           'companies won contracts from GridCo in 2023.',
     {('Halvard Line', 'supplier'), ('Nordkabel', 'supplier'), ('GridCo', 'customer')}),
]


@pytest.mark.parametrize(('lang', 'body', 'expected'), PAIRS)
def test_both_firms_of_a_pair_are_parties_of_its_contract_with_a_third(lang: str, body: str, expected: set):
    contracts = [parties(e) for e in extract_events(page(lang, 'News', body)) if e['type'] == 'contract']
    assert contracts == [expected], contracts


def test_a_pair_that_signs_with_each_other_gets_no_third_customer():
    """ "Die Partner haben einen Liefervertrag geschlossen: X soll liefern": the pair is the two sides."""
    body = ('Die Nordwerft übernimmt 25 Prozent an Hallberg. Nordwerft und Hallberg sind Nachbarn in Kiel. Zugleich '
            'haben die Partner einen Liefervertrag geschlossen: Hallberg soll von 2027 an Lithium-Eisen-Akkus für '
            'die Fähren liefern, die Nordwerft baut.')
    contracts = [parties(e) for e in extract_events(page('de', 'Nachrichten', body)) if e['type'] == 'contract']
    assert not any({('Nordwerft', 'supplier'), ('Hallberg', 'supplier')} <= c for c in contracts), contracts
