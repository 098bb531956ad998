"""A description or pronoun that opens a deal sentence as its subject speaks of the firm the article is about, not
of a firm the sentence before named once in passing (`discourse.topic_subject`). Mini-articles written for these
tests: the page's firm named three times, then a customer or partner named once, then "the startup" / "das
Start-up" / "l'entreprise" / "la empresa" winning a contract from or supplying another firm."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

ARTICLES = [
    ('en', [
        'Corvel Robotics raises $60m',
        'Corvel Robotics said on Tuesday it had raised $60 million in a Series B round. Corvel Robotics makes '
        'picking arms for warehouses. Corvel Robotics employs 200 people. Its largest customer is the grocer '
        'Hallam Stores, which signed a contract for 300 arms last year. In May the startup also won a contract '
        'from Brightwell Logistics to equip two depots.'],
     {('Brightwell Logistics', 'customer'), ('Corvel Robotics', 'supplier')},),
    ('de', [
        'Lagertek sammelt 20 Millionen ein',
        'Das Start-up Lagertek hat 20 Millionen Euro eingesammelt. Lagertek baut Greifarme für Lager. Lagertek '
        'beschäftigt 90 Mitarbeiter. Größter Kunde ist die Handelskette Frischmarkt, die im Vorjahr 300 Arme '
        'bestellte. Seit Mai beliefert das Start-up zudem die Spedition Nordfracht mit Greifarmen.'],
     {('Nordfracht', 'customer'), ('Lagertek', 'supplier')},),
    ('fr', [
        'Robalis lève 20 millions',
        "Robalis a levé 20 millions d'euros. Robalis conçoit des bras robotisés. Robalis emploie 90 personnes. "
        "Son premier client est l'enseigne Marchélis, qui a signé l'an dernier une commande de 300 bras. Depuis mai, "
        "l'entreprise fournit aussi le transporteur Fretalis en bras robotisés."],
     {('Fretalis', 'customer'), ('Robalis', 'supplier')}),
    ('es', [
        'Robótica Alvar capta 20 millones',
        'Robótica Alvar ha captado 20 millones de euros. Robótica Alvar diseña brazos robóticos. Robótica Alvar '
        'emplea a 90 personas. Su mayor cliente es la cadena Supermercados Olmo, que firmó el año pasado un pedido '
        'de 300 brazos. Desde mayo la empresa también suministra brazos a la naviera '
        'Transportes Ribera.'],
     {('Transportes Ribera', 'customer'), ('Robótica Alvar', 'supplier')},),
]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), ARTICLES)
def test_a_description_subject_speaks_of_the_page_firm_not_of_one_named_in_passing(
        lang: str, paragraphs: list[str], expected: set[tuple[str, str]]):
    events = extract_events(page(lang, *paragraphs))
    assert expected in [parties(e) for e in events if e["type"] == "contract"]


def test_a_description_stays_with_a_firm_the_page_names_again():
    """The firm of the sentence before is named twice: the description is its, not the page firm's."""
    events = extract_events(page('en', 'Corvel Robotics raises $60m',
                                 'Corvel Robotics said on Tuesday it had raised $60 million. Corvel Robotics makes '
                                 'picking arms. Corvel Robotics employs 200 people. Hallam Stores runs 80 shops; '
                                 'Hallam Stores is its largest customer. In May the grocer also signed a contract '
                                 'with Brightwell Logistics to run its depots.'))
    assert all(("Corvel Robotics", "customer") not in parties(e) for e in events)
