"""Who supplies whom in a contract made "with" a firm: the infinitive of the goods or the work right after that firm
has the contract's subject for its doer ("X signed a contract with Y to supply 40 units": X supplies, Y is served),
unless it builds the subject's own asset ("a deal with Y to build its depot": Y builds) (`_worker_subject`); nor when
a pronoun for the subject is the infinitive's object ("to supply it with", "pour lui fournir": Y supplies). A firm
set off as the other's own customer buys ("with Y, its largest customer", `_apposed_customer`).
Mini-articles written for these tests."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event

SERVED_AFTER_WITH = [
    ('en', 'Korvana Systems has signed a contract with Delmere Rail to supply 40 signalling units for its network.',
     'Korvana Systems', 'Delmere Rail'),
    ('de', 'Korvana Systems hat einen Vertrag mit der Delmere Bahn unterzeichnet, um 40 Stellwerke zu liefern.',
     'Korvana Systems', 'Delmere Bahn'),
    ('fr', "Korvana Systems a signé un contrat avec Delmere Rail pour livrer 40 postes d'aiguillage.",
     'Korvana Systems', 'Delmere Rail'),
    ('fr', 'Kairex a signé un accord avec le groupe Bortel pour équiper l\'ensemble de ses chantiers en France.',
     'Kairex', 'Bortel'),
    ('es', 'Korvana Systems firmó con Delmere Rail un contrato para suministrar 40 enclavamientos.',
     'Korvana Systems', 'Delmere Rail'),
    ('es', 'Astilleros Pontevea ha firmado un contrato con la naviera Lumar Lines para construir cuatro buques, por '
           'unos 200 millones de euros.', 'Astilleros Pontevea', 'Lumar Lines'),
]


@pytest.mark.parametrize(('lang', 'text', 'supplier', 'customer'), SERVED_AFTER_WITH)
def test_the_subject_does_the_work_a_contract_with_a_firm_is_for(lang: str, text: str, supplier: str,
                                                                  customer: str):
    assert parties_by_event(lang, text, 'contract') == [{(supplier, 'supplier'), (customer, 'customer')}]


SUPPLIER_AFTER_WITH = [
    # no infinitive of the work: the firm after "with" supplies, as before
    ('en', 'Delmere Rail has signed a contract with Korvana Systems for the supply of 40 signalling units.',
     'Korvana Systems', 'Delmere Rail'),
    ('es', 'Delmere Rail firmó con Korvana Systems un contrato para el suministro de 40 enclavamientos.',
     'Korvana Systems', 'Delmere Rail'),
    # a pronoun for the subject is the infinitive's object: the firm after "with" supplies it
    ('en', 'Delmere Rail has signed a contract with Korvana Systems to supply it with 40 signalling units.',
     'Korvana Systems', 'Delmere Rail'),
    # a public body is served whatever the infinitive
    ('en', 'Harlton City Council approved a $9 million contract with Korvana Fleet to supply 24 electric trucks.',
     'Korvana Fleet', 'Harlton City Council'),
    # the building of the subject's own asset: the firm after "with" builds it
    ('en', 'Quorvel Telecom has signed a £20m agreement with Brantmoor Civils to build its new fibre backbone.',
     'Brantmoor Civils', 'Quorvel Telecom'),
    ('es', 'Quorvel Telecom ha firmado un acuerdo con Brantmoor Obras para construir su nueva sede en Valencia.',
     'Brantmoor Obras', 'Quorvel Telecom'),
]


@pytest.mark.parametrize(('lang', 'text', 'supplier', 'customer'), SUPPLIER_AFTER_WITH)
def test_the_firm_after_with_keeps_supplying_without_the_subjects_work(lang: str, text: str, supplier: str,
                                                                      customer: str):
    assert parties_by_event(lang, text, 'contract') == [{(supplier, 'supplier'), (customer, 'customer')}]


APPOSED_CUSTOMERS = [
    ('en', 'Orvena Foods holds a five-year supply contract with Belmar Stores, its largest customer, which it serves '
           'from two plants.', 'Orvena Foods', 'Belmar Stores'),
    ('de', 'Orvena hat einen Liefervertrag mit der Belmar Handels AG, ihrem größten Kunden, bis 2030 verlängert.',
     'Orvena', 'Belmar Handels'),
    ('fr', 'Orvena a signé un contrat de fourniture avec Belmar Distribution, son premier client, pour cinq ans.',
     'Orvena', 'Belmar Distribution'),
    ('es', 'La quesera Lácteos Orvena mantiene desde 2015 un contrato de suministro con Supermercados Belmar, su '
           'principal cliente, para el que elabora quesos.', 'Lácteos Orvena', 'Supermercados Belmar'),
]


@pytest.mark.parametrize(('lang', 'text', 'supplier', 'customer'), APPOSED_CUSTOMERS)
def test_a_firm_set_off_as_the_others_customer_buys(lang: str, text: str, supplier: str, customer: str):
    assert parties_by_event(lang, text, 'contract') == [{(supplier, 'supplier'), (customer, 'customer')}]


def test_a_firm_set_off_as_the_others_supplier_keeps_supplying():
    text = 'Belmar Stores signed a supply contract with Orvena Foods, its main supplier, last year.'
    assert parties_by_event('en', text, 'contract') == [{('Orvena Foods', 'supplier'), ('Belmar Stores', 'customer')}]

