"""Towns, sites and built objects are no parties (issue 3, places6): a town after a kind of firm and its genitive
("le groupe d'Anvers", "l'éditeur de logiciels de Pessac", "el grupo de Amberes") is where the firm described sits,
the description standing for the firm the page named; a town after things counted and a preposition of place ("dos
diques secos en Ferrol", "two dry docks in Ferrol") is where they are; a built object ("die Mainbrücke", "the
Ferrybridge Viaduct", "le viaduc de Millau") and the town after it are what a contract is for. Nouns of a tie
("la filiale de X", "la filial tecnológica de X"), sums and stakes ("20 millones de euros en X", "4 per cent in X")
keep the firm after them."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, title: str, text: str) -> list[tuple[str, set]]:
    return [(e["type"], parties(e)) for e in extract_events(page(lang, title, text))]


def _names(lang: str, title: str, text: str) -> set[str]:
    return {name for _, ps in _events(lang, title, text) for name, _ in ps}


DESCRIBED_TOWNS = [
    ("fr", "Lumatec rachète Transvia", "Lumatec NV, groupe belge de logistique, a bouclé le rachat de Transvia. Le "
     "groupe d'Anvers, qui avait renoncé en 2023 à son introduction en Bourse à Paris, mise désormais sur la "
     "croissance externe.", ("ipo", {("Lumatec", "issuer")})),
    ("fr", "Lumatec rachète Transvia", "Lumatec NV, groupe belge de logistique, a bouclé le rachat de Transvia. Le "
     "groupe de Anvers avait renoncé en 2023 à son introduction en Bourse.", ("ipo", {("Lumatec", "issuer")})),
    ("es", "Lumatec compra Transvia", "Lumatec NV ha comprado Transvia. El grupo de Amberes, que renunció en 2023 a "
     "su salida a Bolsa en París, apuesta ahora por el crecimiento externo.", ("ipo", {("Lumatec", "issuer")})),
    ("fr", "Vins : Nordvin s'offre Logitera", "Logitera, éditeur de logiciels, compte 80 salariés. Le groupe "
     "viticole Nordvin met la main sur l'éditeur de logiciels de Pessac et lorgne déjà un négociant.",
     ("acquisition", {("Nordvin", "acquirer"), ("Logitera", "target")})),
    ("es", "Navalia compra Astimar", "Astimar, la empresa de reparación naval, emplea a 300 personas. Navalia ha "
     "comprado la empresa tecnológica de Lebrija por 40 millones de euros.",
     ("acquisition", {("Navalia", "acquirer"), ("Astimar", "target")})),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), DESCRIBED_TOWNS)
def test_a_town_after_a_kind_of_firm_and_its_genitive_is_no_party(lang: str, title: str, text: str,
                                                                  expected: tuple[str, set]):
    found = _events(lang, title, text)
    assert expected in found
    assert not {"Anvers", "Amberes", "Pessac", "Lebrija"} & {n for _, ps in found for n, _ in ps}


COUNTED_SITES = [
    ("es", "Navalia compra Astimar", "Navalia ha comprado Astimar, filial de Lumatec. La empresa comprada cuenta con "
     "dos diques secos en Ferrol y 300 empleados."),
    ("es", "Navalia compra Astimar", "Navalia ha comprado Astimar. La unidad adquirida tiene 300 empleados en "
     "Lebrija."),
    ("en", "Navalia buys Astimar", "Navalia bought Astimar, a unit of Lumatec. The company acquired operates two dry "
     "docks in Ferrol and employs 300."),
]


@pytest.mark.parametrize(("lang", "title", "text"), COUNTED_SITES)
def test_a_town_after_things_counted_and_a_preposition_of_place_is_no_party(lang: str, title: str, text: str):
    assert not {"Ferrol", "Lebrija"} & _names(lang, title, text)


BUILT_OBJECTS = [
    ("de", "Nachrichten", "Den Zuschlag für den Neubau der Mainbrücke bei Ochsenfurt hat die Korff Bau AG erhalten."),
    ("de", "Nachrichten", "Die Korff Bau AG hat den Auftrag für die Sanierung des Elbtunnels bei Kornau erhalten."),
    ("en", "News", "Nordwerk Construction won the contract to build the Ferrybridge Viaduct near Selby."),
    ("fr", "Nouvelles", "Nordwerk a remporté le marché de construction du viaduc de Millau pour le compte de la "
     "région."),
    ("es", "Noticias", "Nordwerk se ha adjudicado el contrato para construir el puente de Lebrija."),
]


@pytest.mark.parametrize(("lang", "title", "text"), BUILT_OBJECTS)
def test_a_built_object_and_its_town_are_no_parties(lang: str, title: str, text: str):
    assert not {"Mainbrücke", "Ochsenfurt", "Elbtunnel", "Elbtunnels", "Kornau", "Ferrybridge Viaduct", "Selby",
                "Millau", "Lebrija"} & _names(lang, title, text)


KEPT = [
    ("es", "Navalia ha comprado la filial tecnológica de Lumatec por 20 millones de euros.",
     ("acquisition", {("Navalia", "acquirer"), ("Lumatec", "seller")})),
    ("fr", "Nordvin a racheté la filiale de Lumatec pour 20 millions d'euros.",
     ("acquisition", {("Nordvin", "acquirer"), ("Lumatec", "seller")})),
    ("es", "Lumatec invirtió 20 millones de euros en Nordwerk.",
     ("investment", {("Lumatec", "investor"), ("Nordwerk", "investee")})),
    ("en", "Lumatec built a stake of about 4 per cent in Nordwerk last autumn.",
     ("investment", {("Lumatec", "investor"), ("Nordwerk", "investee")})),
    ("de", "Die Stadtwerke Kornau haben die Lumatec GmbH mit dem Bau eines Netzes beauftragt.",
     ("contract", {("Lumatec", "supplier"), ("Stadtwerke Kornau", "customer")})),
    ("fr", "La Direction générale de l'armement a commandé 200 radars à Lumatec pour 90 millions d'euros.",
     ("contract", {("Direction générale de l'armement", "customer"), ("Lumatec", "supplier")})),
    ("de", "Die Lumatec AG hat 20 Züge bei Nordwerk bestellt.",
     ("contract", {("Lumatec", "customer"), ("Nordwerk", "supplier")})),
    ("de", "Lumatec übernimmt den Brückenbauer Nordwerk.",
     ("acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")})),
    ("fr", "La Métropole de Lyon a confié la construction du nouveau pont à Lumatec.",
     ("contract", {("Métropole de Lyon", "customer"), ("Lumatec", "supplier")})),
    ("en", "Lumatec acquired Bridgeway Tunnel Ltd for $20m.",
     ("acquisition", {("Lumatec", "acquirer"), ("Bridgeway Tunnel", "target")})),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KEPT)
def test_firms_after_a_tie_a_sum_or_a_stake_stay_parties(lang: str, text: str, expected: tuple[str, set]):
    title = {"de": "Nachrichten", "en": "News", "es": "Noticias", "fr": "Nouvelles"}[lang]
    assert expected in _events(lang, title, text)


def test_the_start_of_a_route_to_a_region_with_its_article_is_no_party():
    text = ("Nordhavn absorbed Baltic Reefer Lines in 2021 for €180m and has since folded its routes into a network "
            "stretching from Rotterdam to the Gulf of Finland.")
    assert ("acquisition", {("Nordhavn", "acquirer"), ("Baltic Reefer Lines", "target")}) in _events("en", "News", text)
    assert "Rotterdam" not in _names("en", "News", text)
    assert ("acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "seller")}) in _events(
        "en", "News", "Lumatec bought the business from Nordwerk to the surprise of analysts.")
