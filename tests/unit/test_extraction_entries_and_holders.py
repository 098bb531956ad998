"""A stake held already beside a takeover, and an entry its headline calls an entry, stay investments; a stake
told in a relative clause on its holder ("Y, der 2021 eine Minderheitsbeteiligung erworben hatte") has the holder as
investor (`roles._object_noun_after`); a subsidiary noun ("die deutsche Tochter") is never its parent
(`page._subsidiary_spoken_of`). Mini-articles written for these tests."""


from streams.extraction import extract_events
from tests.unit.test_extraction_own_capital import FIRM, OPENING
from tests.unit.test_extraction_roles import page, parties


def test_a_stake_held_already_under_a_headlined_takeover_stays_an_investment():
    events = extract_events(page('en', 'Korvana agrees to buy Pellwitz',
                                 'Korvana agreed on Monday to buy Pellwitz Freight for $900 million.',
                                 'Korvana, which already bought a 15% stake in Pellwitz for $80 million in 2022, '
                                 'said the deal would close next year.'))
    assert sorted(e['type'] for e in events) == ['acquisition', 'investment']


def test_an_entry_the_headline_calls_an_entry_stays_an_investment():
    events = extract_events(page('de', 'Korvana Logistik steigt bei Pellwitz Transporte ein',
                                 'Der Logistiker Korvana Logistik steigt mit 20 Prozent bei der Pellwitz Transporte '
                                 'GmbH ein.'))
    assert [e['type'] for e in events] == ['investment']


def test_the_holder_a_relative_pronoun_stands_for_takes_the_stake():
    text = OPENING['de'] + ('Hinter dem Unternehmen steht neben der Gründerfamilie Pohl der Finanzinvestor Arbor '
                            'Capital, der 2021 eine Minderheitsbeteiligung von 30 Prozent erworben hatte.')
    events = [parties(e) for e in extract_events(page('de', 'Nachrichten', text)) if e['type'] == 'investment']
    assert events == [{('Arbor Capital', 'investor'), (FIRM['de'], 'investee')}]


def test_a_parent_that_lists_its_subsidiary_leaves_the_subsidiary_the_issuer():
    events = extract_events(page('de', 'Nachrichten',
                                 'Die Pellwitz Bahntechnik GmbH baut Züge in Kassel. Pellwitz Bahntechnik '
                                 'beschäftigt 900 Mitarbeiter. Pellwitz Bahntechnik gehört seit 2020 dem Konzern '
                                 'Korvana Industrie.',
                                 'Korvana erwägt, die deutsche Tochter im kommenden Jahr an die Börse zu bringen.'))
    assert [parties(e) for e in events if e['type'] == 'ipo'] == [{('Pellwitz Bahntechnik', 'issuer')}]
