"""Shares or an entry whose owner the sentence leaves implicit are the page firm's (`own_capital` phrases, issue 3
implicit2): "X übernimmt 75 Prozent der Anteile", "X reprend 75 % des parts", "X se quedará con el 75% de las
acciones", "lotet einen Einstieg aus"; a firm right after a German cue before such shares is the buyer, the verb
coming first ("übernimmt die Münchner X 75 Prozent der Anteile": `discourse.inverted_buyer`). Mini-articles written
for these tests, the page's firm named in the title and twice in the body."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

STAKES = [
    ('de', ['Käserei Almblick bekommt einen neuen Mehrheitseigner',
            'Die Käserei Almblick stellt Bergkäse her. Almblick beschäftigt 80 Mitarbeiter. Hochfeld Beteiligungen '
            'übernimmt 75 Prozent der Anteile.'],
     'acquisition', {('Hochfeld Beteiligungen', 'acquirer'), ('Käserei Almblick', 'target')}),
    ('de', ['Käserei Almblick bekommt einen neuen Mehrheitseigner',
            'Die Käserei Almblick stellt Bergkäse her. Almblick beschäftigt 80 Mitarbeiter. Wie am Montag bekannt '
            'wurde, übernimmt die Münchner Hochfeld Beteiligungen 75 Prozent der Anteile.'],
     'acquisition', {('Hochfeld Beteiligungen', 'acquirer'), ('Käserei Almblick', 'target')}),
    ('de', ['Lindner Werkzeuge im Visier',
            'Die Lindner Werkzeuge GmbH stellt Fräsen her. Lindner beschäftigt 400 Mitarbeiter. Branchenkreisen '
            'zufolge lotet der Finanzinvestor Corvan Partners einen Einstieg aus; ein Sprecher Lindners wollte das '
            'nicht kommentieren.'],
     'investment', {('Corvan Partners', 'investor'), ('Lindner Werkzeuge', 'investee')}),
    ('en', ['Almvale Dairy gets a new majority owner',
            'Almvale Dairy makes mountain cheese in Vermont. Almvale Dairy employs 80 people. Boston-based Hillfield '
            'Capital will acquire 75 per cent of the shares, the company said on Monday.'],
     'acquisition', {('Hillfield Capital', 'acquirer'), ('Almvale Dairy', 'target')}),
    ('fr', ['La fromagerie Almval change de mains',
            'La fromagerie Almval fabrique du comté. Almval emploie 80 personnes. Le fonds lyonnais Colline Capital '
            'reprend 75 % des parts, a-t-on appris lundi.'],
     'acquisition', {('Colline Capital', 'acquirer'), ('Almval', 'target')}),
    ('es', ['Quesería Almval cambia de dueño',
            'Quesería Almval elabora queso curado. Quesería Almval emplea a 80 personas. El fondo madrileño Colina '
            'Capital se quedará con el 75% de las acciones, según anunció el lunes.'],
     'acquisition', {('Colina Capital', 'acquirer'), ('Quesería Almval', 'target')}),
    ('es', ['Minera Andina firma con Austral Capital',
            'Minera Andina ha firmado un acuerdo con Austral Capital. Minera Andina explota una mina de cobre. Como '
            'parte del acuerdo, Austral Capital tomará una participación del 12% en la mina.'],
     'investment', {('Austral Capital', 'investor'), ('Minera Andina', 'investee')}),
    ('en', ['Andes Copper signs with Austral Capital',
            'Andes Copper has signed an agreement with Austral Capital. Andes Copper runs a copper mine in Chile. As '
            'part of the agreement, Austral Capital will take a 12% stake in the mine.'],
     'investment', {('Austral Capital', 'investor'), ('Andes Copper', 'investee')}),
    ('fr', ["Cuivre des Andes s'allie à Austral Capital",
            "Cuivre des Andes a signé un accord avec Austral Capital. Cuivre des Andes exploite une mine de cuivre. "
            "Dans le cadre de l'accord, Austral Capital prendra une participation de 12 % dans la mine."],
     'investment', {('Austral Capital', 'investor'), ('Cuivre des Andes', 'investee')}),
]


@pytest.mark.parametrize(("lang", "paragraphs", "kind", "expected"), STAKES)
def test_shares_with_no_owner_named_are_the_page_firms(lang: str, paragraphs: list[str], kind: str,
                                                      expected: set[tuple[str, str]]):
    events = extract_events(page(lang, *paragraphs))
    assert expected in [parties(e) for e in events if e["type"] == kind]


def test_shares_of_a_named_firm_stay_its():
    events = extract_events(page('de', 'Käserei Almblick bekommt einen neuen Mehrheitseigner',
                                 'Die Käserei Almblick stellt Bergkäse her. Almblick beschäftigt 80 Mitarbeiter. '
                                 'Hochfeld Beteiligungen übernimmt 75 Prozent der Anteile an der Molkerei Talgrund.'))
    assert [parties(e) for e in events] == [{('Hochfeld Beteiligungen', 'acquirer'), ('Molkerei Talgrund', 'target')}]


def test_a_takeover_retold_as_shares_is_no_second_deal():
    events = extract_events(page('de', 'Hochfeld übernimmt Almblick',
                                 'Die Hochfeld Beteiligungen übernimmt die Käserei Almblick. Almblick beschäftigt 80 '
                                 'Mitarbeiter. Hochfeld will mindestens 75 Prozent der Anteile erwerben.'))
    assert [(e["type"], parties(e)) for e in events] == [
        ('acquisition', {('Hochfeld Beteiligungen', 'acquirer'), ('Käserei Almblick', 'target')})]


def test_a_firm_after_the_cue_with_no_shares_after_it_stays_the_target():
    events = extract_events(page('de', 'Nachrichten', 'Wie am Montag bekannt wurde, übernimmt die Hochfeld '
                                 'Beteiligungen die Käserei Almblick.'))
    assert [parties(e) for e in events if e["type"] == "acquisition"] == [
        {('Hochfeld Beteiligungen', 'acquirer'), ('Käserei Almblick', 'target')}]


AWARDS = [
    ('de', ['Hellmann Bau baut die A7 aus',
            'Die Hellmann Bau GmbH hat einen Großauftrag gewonnen. Hellmann Bau beschäftigt 900 Mitarbeiter. Der '
            'Landesbetrieb Straßenbau Nord vergab einen Rahmenvertrag über 60 Millionen Euro.'],
     {('Hellmann Bau', 'supplier'), ('Landesbetrieb Straßenbau Nord', 'customer')}),
    ('de', ['Hellmann Bau wächst',
            'Die Hellmann Bau GmbH beschäftigt 900 Mitarbeiter. Hellmann Bau baut Straßen. Im Mai vergab der '
            'Landesbetrieb Straßenbau Nord einen Rahmenvertrag über 60 Millionen Euro.'],
     {('Hellmann Bau', 'supplier'), ('Landesbetrieb Straßenbau Nord', 'customer')}),
    ('es', ['Construcciones Ribera gana la A7',
            'Construcciones Ribera emplea a 900 personas. Construcciones Ribera construye carreteras. En mayo, la '
            'Consejería de Fomento adjudicó un contrato marco de 60 millones de euros.'],
     {('Construcciones Ribera', 'supplier'), ('Consejería de Fomento', 'customer')}),
]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), AWARDS)
def test_a_contract_given_to_no_firm_named_goes_to_the_headlines_firm(lang: str, paragraphs: list[str],
                                                                        expected: set[tuple[str, str]]):
    events = extract_events(page(lang, *paragraphs))
    assert expected in [parties(e) for e in events if e["type"] == "contract"]


def test_a_french_contract_given_to_no_firm_named_goes_to_the_headlines_firm():
    events = extract_events(page('fr', "Bâtiments Varenne décroche l'A7",
                                 "Bâtiments Varenne emploie 900 salariés. Bâtiments Varenne construit des routes. En "
                                 "mai, la Direction des routes du Nord a attribué un contrat-cadre de 60 millions "
                                 "d'euros."))
    assert any(("Bâtiments Varenne", "supplier") in parties(e) for e in events if e["type"] == "contract")


@pytest.mark.parametrize("sentence", [
    'Der Landesbetrieb Straßenbau Nord hat den Auftrag im Mai vergeben.',  # the contract told, winners elsewhere
    'Im Mai bestellte der Landesbetrieb Straßenbau Nord 40 Kehrmaschinen.',  # goods ordered, from any maker
])
def test_a_told_contract_or_an_order_of_goods_takes_no_page_firm(sentence: str):
    events = extract_events(page('de', 'Hellmann Bau wächst', 'Die Hellmann Bau GmbH beschäftigt 900 Mitarbeiter. '
                                 'Hellmann Bau baut Straßen. ' + sentence))
    assert all(("Hellmann Bau", "supplier") not in parties(e) for e in events)


def test_a_contract_a_headline_does_not_name_the_firm_of_takes_no_page_firm():
    events = extract_events(page('de', 'Straßenbau im Norden', 'Die Hellmann Bau GmbH beschäftigt 900 Mitarbeiter. '
                                 'Hellmann Bau baut Straßen. Hellmann Bau wächst. Der Landesbetrieb Straßenbau Nord '
                                 'vergab einen Rahmenvertrag über 60 Millionen Euro.'))
    assert all(("Hellmann Bau", "supplier") not in parties(e) for e in events)


GENITIVES = [
    ('fr', ["Septora lève 40 millions d'euros",
            "Septora a levé 40 millions d'euros. Septora fabrique des capteurs. Ces fonds permettront à Septora "
            "d'intégrer Voltis, la société lilloise dont elle a finalisé le rachat en janvier."]),
    ('fr', ["Septora lève 40 millions d'euros",
            "Septora a levé 40 millions d'euros. Septora fabrique des capteurs. Elle emploie 80 personnes. Ces fonds "
            "serviront à intégrer Voltis, dont elle a finalisé le rachat en janvier."]),
    ('en', ['Septora raises $40 million',
            'Septora has raised $40 million. Septora makes sensors. The money will help Septora integrate Voltis, '
            'the Lille firm whose purchase it completed in January.']),
    ('es', ['Septora capta 40 millones',
            'Septora ha captado 40 millones de euros. Septora fabrica sensores. Los fondos servirán para integrar '
            'Voltis, la empresa sevillana cuya compra cerró en enero.']),
]


@pytest.mark.parametrize(("lang", "paragraphs"), GENITIVES)
def test_a_deal_noun_after_a_genitive_relative_is_the_purchase_of_the_firm_before_it(lang: str,
                                                                                   paragraphs: list[str]):
    events = extract_events(page(lang, *paragraphs))
    assert [(e["status"], parties(e), e["date"]) for e in events if e["type"] == "acquisition"] == [
        ("completed", {("Septora", "acquirer"), ("Voltis", "target")}, "2024-01")]


def test_a_genitive_relative_whose_verb_names_its_object_keeps_it():
    events = extract_events(page('fr', "Septora lève 40 millions d'euros",
                                 "Septora a levé 40 millions d'euros. Septora fabrique des capteurs. Elle travaille "
                                 "avec Voltis, dont le fondateur a racheté Lumatec en 2020."))
    assert all(("Voltis", "target") not in parties(e) for e in events)
