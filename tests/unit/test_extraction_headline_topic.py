"""A description that opens a background deal sentence as its subject, whose antecedent is a firm named once in
passing, speaks of the firm the article follows: the one its headline opens with as subject, not the firm the page
names most (often the target of the headline's deal, or a stock exchange or a place the finder took for a firm;
`discourse.headline_subject`). Mini-articles written for these tests: "X to buy Y", Y named most, then X's
shareholder named once, then "the group bought Z"."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

ARTICLES = [
    ('en', [
        'Harlow Marine to buy Kestrel Drives for $1bn',
        'Harlow Marine said on Monday it had agreed to buy Kestrel Drives for $1 billion. Kestrel Drives makes '
        'electric ship motors. Kestrel Drives employs 800 people. Kestrel Drives sells to 40 navies. Harlow Marine '
        'builds ferries in Bergen. Its largest shareholder is the fund Ostmark Capital, which has backed it for '
        'decades. In 2023 the group bought the coatings maker Tidebright for $300 million.'],
     {('Harlow Marine', 'acquirer'), ('Tidebright', 'target')}),
    ('de', [
        'Brandholt übernimmt Kestelwerk',
        'Brandholt hat am Montag die Übernahme von Kestelwerk für eine Milliarde Euro vereinbart. Kestelwerk baut '
        'Schiffsmotoren. Kestelwerk beschäftigt 800 Mitarbeiter. Kestelwerk liefert an 40 Marinen. Brandholt baut '
        'Fähren in Kiel. Größter Aktionär ist der Fonds Ostmark Capital, der seit Jahrzehnten an Bord ist. 2023 '
        'hatte der Konzern den Lackhersteller Tidelack für 300 Millionen Euro übernommen.'],
     {('Brandholt', 'acquirer'), ('Tidelack', 'target')}),
    ('fr', [
        'Navalis rachète Kestrel Moteurs',
        "Navalis a annoncé lundi le rachat de Kestrel Moteurs pour un milliard d'euros. Kestrel Moteurs fabrique "
        "des moteurs de navires. Kestrel Moteurs emploie 800 salariés. Kestrel Moteurs vend à 40 marines. Navalis "
        "construit des ferries à Brest. Son premier actionnaire est le fonds Ostmark Capital, qui le soutient depuis "
        "des décennies. En 2023, le groupe avait racheté le fabricant de peintures Tidemar pour 300 millions d'euros."],
     {('Navalis', 'acquirer'), ('Tidemar', 'target')}),
    ('es', [
        'Navalia compra Kestrel Motores por 1.000 millones',
        'Navalia anunció el lunes la compra de Kestrel Motores por 1.000 millones de euros. Kestrel Motores fabrica '
        'motores de barcos. Kestrel Motores emplea a 800 personas. Kestrel Motores vende a 40 armadas. Navalia '
        'construye ferris en Vigo. Su mayor accionista es el fondo Ostmark Capital, que la respalda desde hace '
        'décadas. En 2023 el grupo compró el fabricante de pinturas Tidemar por 300 millones de euros.'],
     {('Navalia', 'acquirer'), ('Tidemar', 'target')}),
]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), ARTICLES)
def test_a_description_subject_speaks_of_the_firm_the_headline_follows(
        lang: str, paragraphs: list[str], expected: set[tuple[str, str]]):
    events = extract_events(page(lang, *paragraphs))
    assert expected in [parties(e) for e in events if e["type"] == "acquisition"]
