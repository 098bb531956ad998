"""Firms named once and then only described (issue 3, descriptions): a Spanish utility called "la eléctrica" after
the page called it so, the target of a purchase named in the next sentence by a target cue ("The target is Y",
"La cible est Y", "Ziel ist Y", "El objetivo es Y"), a fund named with adjectives ("el fondo canadiense X") of its
kind, the firm leading a consortium as its buyer, and "the new company" as the venture founded before. Probes keep
a description without a firm of its kind and a target cue that names no firm without a party. Mini-articles written
for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties


def _deals(lang: str, title: str, body: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, title, body)) if e["type"] == kind]


UTILITY = [
    "Lumenia Energía, una eléctrica de Toledo, compra la constructora Obrasur. El fondo Northwall compra la naviera "
    "Marmar. La eléctrica ha vendido además Tajo Renovables a Northwall.",
    "La eléctrica toledana Lumenia Energía compra la constructora Obrasur. El fondo Northwall compra la naviera "
    "Marmar. Este año la eléctrica ha vendido también Tajo Renovables a Northwall.",
]


@pytest.mark.parametrize("body", UTILITY)
def test_the_utility_stands_for_the_firm_the_page_called_so(body: str):
    """A firm named since (Northwall, Marmar) is no utility: "la eléctrica" is the one the page called so."""
    assert {("Lumenia Energía", "seller"), ("Northwall", "acquirer"), ("Tajo Renovables", "target")} in _deals(
        "es", "Noticias", body, "acquisition")


def test_the_utility_is_no_firm_of_another_kind():
    body = ("Lumenia Obras, una constructora de Toledo, compra la naviera Marmar. El fondo Northwall compra la "
            "papelera Celusa. La eléctrica ha vendido además Tajo Renovables a Northwall.")
    assert not any(("Lumenia Obras", "seller") in d for d in _deals("es", "Noticias", body, "acquisition"))


TARGET = [
    ("en", "Calloway Industrial has agreed to its largest acquisition. The target is Brenmoor Packaging, a Wisconsin "
           "company that makes trays."),
    ("en", "Calloway Industrial agreed to buy a rival for $300 million. The acquisition target is the Wisconsin tray "
           "maker Brenmoor Packaging."),
    ("fr", "Calloway Industrial a conclu la plus grosse acquisition de son histoire. La cible est Brenmoor "
           "Packaging, une société du Wisconsin."),
    ("de", "Die Calloway Industrial AG hat die größte Übernahme ihrer Geschichte vereinbart. Ziel ist die Brenmoor "
           "Packaging GmbH aus Wisconsin."),
    ("de", "Calloway übernimmt ein Unternehmen aus den USA. Übernahmeziel ist der Verpackungshersteller Brenmoor "
           "Packaging."),
    ("es", "Calloway Industrial ha cerrado la mayor adquisición de su historia. El objetivo es Brenmoor Packaging, "
           "una empresa de Wisconsin."),
    ("es", "Calloway Industrial ha acordado su mayor compra. La empresa adquirida es la estadounidense Brenmoor "
           "Packaging."),
]


@pytest.mark.parametrize(("lang", "body"), TARGET)
def test_a_target_cue_names_the_target_of_the_purchase_before(lang: str, body: str):
    deals = _deals(lang, "News", body, "acquisition")
    assert any(("Brenmoor Packaging", "target") in d and any(r == "acquirer" and n.startswith("Calloway")
                                                             for n, r in d) for d in deals)


NO_TARGET = [
    ("en", "Calloway Industrial has agreed to its largest acquisition. The target is to double sales, said the "
           "chief of Brenmoor Packaging."),
    ("de", "Die Calloway Industrial AG hat die größte Übernahme ihrer Geschichte vereinbart. Ziel ist es, den Umsatz "
           "mit der Brenmoor Packaging GmbH zu verdoppeln."),
    ("fr", "Calloway Industrial a conclu la plus grosse acquisition de son histoire. La cible est rare, selon un "
           "analyste de Brenmoor Packaging."),
]


@pytest.mark.parametrize(("lang", "body"), NO_TARGET)
def test_a_target_cue_that_names_no_firm_gives_no_target(lang: str, body: str):
    assert not any(("Brenmoor Packaging", "target") in d for d in _deals(lang, "News", body, "acquisition"))


KIND_BEFORE_ADJECTIVES = [
    ("es", "Noticias", "El fondo canadiense Northwall compra la naviera Marmar. Lumenia Energía, la operadora de "
                       "redes, crece. La operadora ha vendido además Tajo Renovables a Northwall.",
     {("Lumenia Energía", "seller"), ("Northwall", "acquirer"), ("Tajo Renovables", "target")}),
    ("fr", "Actualités", "Le fonds canadien Northwall rachète l'armateur Marmar. Lumenia, la banque mutualiste, "
                         "a racheté Arvel en 2020. La banque a cédé en outre sa filiale Tajo à Northwall.",
     {("Lumenia", "seller"), ("Northwall", "acquirer"), ("Tajo", "target")}),
]


@pytest.mark.parametrize(("lang", "title", "body", "deal"), KIND_BEFORE_ADJECTIVES)
def test_a_fund_named_with_adjectives_is_of_its_kind(lang: str, title: str, body: str, deal: set):
    """ "el fondo canadiense X" gives X the kind of a fund: a description of another kind stands for another firm."""
    assert deal in _deals(lang, title, body, "acquisition")


CONSORTIUM = [
    ("en", "A consortium led by the Canadian fund Northwall agreed to buy Tajo Renewables for $2 billion."),
    ("fr", "Un consortium mené par le fonds canadien Northwall a racheté Tajo Renewables."),
    ("de", "Ein Konsortium unter Führung des Finanzinvestors Northwall übernimmt die Tajo Renewables GmbH."),
    ("es", "Un consorcio encabezado por el fondo canadiense Northwall cerró la compra de Tajo Renewables."),
]


@pytest.mark.parametrize(("lang", "body"), CONSORTIUM)
def test_the_firm_leading_a_consortium_buys(lang: str, body: str):
    """A consortium led by a firm (a title naming the target first): that firm plays the consortium's role."""
    assert {("Northwall", "acquirer"), ("Tajo Renewables", "target")} in _deals(
        lang, "Tajo Renewables: Verkauf" if lang == "de" else "Tajo Renewables vendue", body, "acquisition")


NEW_VENTURE = [
    ("en", "Lumatec and Nordwerk have formed a joint venture, Heatline. The new company has ordered 40 turbines from "
           "Vestor.", "The new company", "Heatline"),
    ("fr", "Lumatec et Nordwerk ont créé une coentreprise, Chaleur Alpes. La nouvelle société a commandé 40 turbines "
           "à Vestor.", "La nouvelle société", "Chaleur Alpes"),
    ("es", "Lumatec y Nordwerk han creado una empresa conjunta, Calor Sur. La nueva sociedad ha encargado 40 "
           "turbinas a Vestor.", "La nueva sociedad", "Calor Sur"),
    ("de", "Die Stadtwerke Lumatec und die Nordwerk AG gründen die Sonnenfeld Mittelhessen GmbH mit Sitz in Gießen. "
           "Die Solarmodule hat das neue Gemeinschaftsunternehmen bereits bestellt.", "das neue "
           "Gemeinschaftsunternehmen", "Sonnenfeld Mittelhessen"),
    ("de", "Die Stadtwerke Lumatec und die Nordwerk AG gründen die Sonnenfeld Mittelhessen GmbH mit Sitz in Gießen. "
           "Einen ersten Großauftrag hat die neue Gesellschaft bereits an Vestor vergeben.", "die neue Gesellschaft",
     "Sonnenfeld Mittelhessen"),
]


@pytest.mark.parametrize(("lang", "body", "description", "venture"), NEW_VENTURE)
def test_the_new_company_is_the_venture_founded_not_a_founder(lang: str, body: str, description: str, venture: str):
    read = read_page(page(lang, "News", body))
    (m,) = [m for ms in read.mentions for m in ms if read.text[m.start:m.end] == description]
    assert m.name == venture


def test_a_new_company_with_no_venture_named_keeps_its_antecedent():
    """No joint venture told before: "the new company" is left to the other rules (here the firm just named)."""
    read = read_page(page("en", "News", "Lumatec agreed to buy Nordwerk for $2 billion. The new company will employ "
                                        "4,000 people."))
    (m,) = [m for ms in read.mentions for m in ms if read.text[m.start:m.end] == "The new company"]
    assert m.name != "Heatline" and m.name in {"Lumatec", "Nordwerk", None}


SEAT_IN_NAME = [
    ("Die Stadtwerke Lumatec bestellen bei der Neusser Waggonbau GmbH 40 Stadtbahnen. Erst im Sommer hatten die "
     "Stadtwerke 25 Fahrzeuge bei den Neussern bestellt.", "contract", ("Stadtwerke Lumatec", "customer"),
     ("Neusser Waggonbau", "supplier")),
    ("Die Nordwerk AG bestellt bei der Kieler Werft GmbH zwei Fähren. Im Vorjahr hatten die Kieler bereits den "
     "Motorenbauer Schleiwerk übernommen.", "acquisition", ("Kieler Werft", "acquirer"), ("Schleiwerk", "target")),
]


@pytest.mark.parametrize(("body", "kind", "first", "second"), SEAT_IN_NAME)
def test_the_people_of_a_place_a_name_opens_with_stand_for_that_firm(body: str, kind: str, first: tuple,
                                                                    second: tuple):
    """The earlier deal of the second sentence is told with the people of the place the firm's name opens with."""
    done = [parties(e) for e in extract_events(page("de", "Nachrichten", body))
            if e["type"] == kind and e["status"] == "completed"]
    assert {first, second} in done


def test_the_people_of_another_place_stand_for_no_firm():
    body = ("Die Nordwerk AG übernimmt die Kieler Werft GmbH mit 300 Beschäftigten. Im Vorjahr hatten die Bremer "
            "bereits den Motorenbauer Schleiwerk gekauft.")
    assert not any(("Kieler Werft", "acquirer") in d for d in _deals("de", "Nachrichten", body, "acquisition"))


def test_a_venture_named_after_mit_dem_namen_is_no_partner():
    body = ("Die Stadtwerke Lumatec und die Nordwerk AG arbeiten künftig zusammen. Dafür gründen sie ein "
            "Gemeinschaftsunternehmen mit dem Namen Wärme Nordhessen.")
    named = {n for e in extract_events(page("de", "Nachrichten", body)) for n, _ in parties(e)}
    assert not any(n.startswith("Namen") for n in named)


SEATED = [
    ("fr", "Lumenia, basé à Annecy, a racheté l'armateur Marmar. Northwall a cédé sa filiale Celusa à Iberplus. Le "
           "groupe annécien rachète aussi Vestor."),
    ("es", "Lumenia, con sede en Toledo, ha comprado la naviera Marmar. Northwall ha vendido su filial Celusa a "
           "Iberplus. El grupo toledano compra también Vestor."),
    ("es", "Lumenia, con sede en Sevilla, ha comprado la naviera Marmar. Northwall ha vendido su filial Celusa a "
           "Iberplus. La empresa sevillana compra también Vestor."),
    ("de", "Die Lumenia AG aus München hat die Marmar GmbH übernommen. Die Northwall AG verkauft ihre Tochter Celusa "
           "an Iberplus. Der Münchner Konzern kauft zudem die Vestor GmbH."),
]


@pytest.mark.parametrize(("lang", "body"), SEATED)
def test_a_description_with_the_adjective_of_a_seat_stands_for_the_firm_seated_there(lang: str, body: str):
    """The subject of the sentence before (Northwall) sits elsewhere; the adjective may drop the place's accent."""
    deals = _deals(lang, "News", body, "acquisition")
    assert {("Lumenia", "acquirer"), ("Vestor", "target")} in deals
    assert not any(("Northwall", "acquirer") in d for d in deals)


def test_a_description_with_the_adjective_of_another_place_keeps_its_antecedent():
    body = ("Lumenia, con sede en Toledo, ha comprado la naviera Marmar. Northwall ha vendido su filial Celusa a "
            "Iberplus. El grupo gallego compra también Vestor.")
    assert not any(("Lumenia", "acquirer") in d and ("Vestor", "target") in d
                   for d in _deals("es", "News", body, "acquisition"))
