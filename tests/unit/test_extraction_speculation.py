"""Deals only supposed or judged, and brokers' ratings (session 28, false99): a cue in a conditional clause after the
firm it names ("If Tolvane bought Brisko", "Si Tolvane comprara Brisko"), a modal right before it ("were to buy",
"pourrait racheter"), a judgement of the deal in its own clause ("would make strategic sense", "aurait du sens"),
and a buying word inside a rating of shares ("a Buy rating", "zum Kauf empfohlen") state no deal; the same deals
told as facts stay. Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def kinds(lang: str, *paragraphs: str) -> list[str]:
    return [e["type"] for e in extract_events(page(lang, *paragraphs))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Imagine, for a moment, that Tolvane Foods were to buy Brisko Markets."),
    ("en", "If Tolvane Foods bought Brisko Markets, the pair would run a third of the region's shops."),
    ("en", "Tolvane Foods could buy Brisko Markets, one analyst wrote."),
    ("de", "Falls Tolvane Foods die Brisko Markets übernähme, entstünde ein Riese im Handel."),
    ("fr", "Si Tolvane Foods rachetait Brisko Markets, le nouvel ensemble dominerait la région."),
    ("fr", "Tolvane Foods pourrait racheter Brisko Markets, écrit un analyste."),
    ("es", "Si Tolvane Foods comprara además Brisko Markets, el resultado sería un gigante regional."),
    ("es", "Tolvane Foods podría comprar Brisko Markets, según un analista."),
])
def test_deal_only_supposed_is_none(lang, text):
    assert kinds(lang, "Markets", text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For the analysts, a merger of Tolvane Foods and Brisko Markets would make strategic sense."),
    ("de", "Für die Analysten wäre eine Fusion von Tolvane Foods mit Brisko Markets industriell sinnvoll."),
    ("fr", "Pour les analystes, un rachat de Brisko Markets par Tolvane Foods « aurait du sens »."),
    ("es", "Para los analistas, una fusión de Tolvane Foods con Brisko Markets tendría sentido industrial."),
])
def test_deal_judged_sensible_is_none(lang, text):
    assert kinds(lang, "Markets", text) == []


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Corvane starts Tolvane Foods at Buy", "Corvane Securities initiated coverage of Tolvane Foods on Monday "
     "with a Buy rating and a price target of 900p."),
    ("de", "Corvane startet Tolvane mit „Kaufen“", "Das Bankhaus Corvane hat die Aktie der Tolvane Foods in einer "
     "Studie erstmals bewertet und zum Kauf empfohlen."),
    ("fr", "Corvane relève Tolvane à l'achat", "Le courtier Corvane Securities a relevé sa recommandation sur "
     "Tolvane Foods à l'achat, avec un objectif de cours de 40 euros."),
    ("es", "Corvane eleva a «comprar» Tolvane", "El banco Corvane Securities ha elevado su recomendación de compra "
     "para las acciones de Tolvane Foods."),
])
def test_brokers_rating_is_no_deal(lang, title, text):
    assert kinds(lang, title, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tolvane Foods agreed on Monday to buy Brisko Markets for £300m."),
    ("en", "Tolvane Foods said it would buy Brisko Markets for £300m."),
    ("de", "Tolvane Foods übernimmt die Brisko Markets GmbH für 300 Millionen Euro."),
    ("fr", "Tolvane Foods a annoncé lundi le rachat de Brisko Markets pour 300 millions d'euros."),
    ("es", "Tolvane Foods ha acordado este lunes comprar Brisko Markets por 300 millones de euros."),
])
def test_deal_told_as_fact_stays(lang, text):
    assert kinds(lang, "Markets", text) == ["acquisition"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Brisko Markets : le tribunal retient l'offre du Groupe Tolvane"),
    ("es", "Brisko Markets: el juzgado elige la oferta del Grupo Tolvane para la unidad productiva"),
])
def test_court_choosing_a_bid_gives_no_contract(lang, text):
    assert "contract" not in kinds(lang, text, "Texto." if lang == "es" else "Texte.")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Brisko Partners elige a Tolvane Equity como favorito para comprar Dentix por unos 600 millones"),
    ("fr", "Brisko Partners a choisi Tolvane Equity comme repreneur de sa filiale Dentix."),
])
def test_buyer_chosen_in_a_sale_is_no_contract(lang, text):
    assert "contract" not in kinds(lang, "Noticias", text)


def test_supplier_chosen_stays_a_contract():
    text = "El Ayuntamiento de Brisko ha elegido a Tolvane Servicios para gestionar la limpieza viaria."
    assert kinds("es", "Noticias", text) == ["contract"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "A la fase final llegó también Alvedro Salud, cuya oferta quedó por debajo de la de Tolvane Equity."),
])
def test_bid_compared_with_another_is_no_bid_for_it(lang, text):
    assert kinds(lang, "Noticias", text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El contrato con la cadena Brisko, que absorbe cerca del 40 % de la producción de Tolvane, sigue."),
    ("fr", "La chaîne Brisko, qui absorbe 40 % de la production de Tolvane, reste son premier client."),
    ("de", "Die Kette Brisko übernimmt rund 40 Prozent der Produktion von Tolvane."),
])
def test_share_of_a_plant_s_output_bought_is_no_stake(lang, text):
    assert not {"acquisition", "investment"} & set(kinds(lang, "News", text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In January, Tolvane Retail agreed to buy 140 convenience stores from Brisko Group for £215m."),
    ("fr", "Tolvane Retail rachète 140 magasins au groupe Brisko pour 215 millions d'euros."),
    ("es", "Tolvane Retail compró en 2021 las 42 clínicas de Grupo Brisko por 75 millones de euros."),
])
def test_outlets_counted_are_sites_sold_not_goods(lang, text):
    assert events_with_roles(lang, text) == [("acquisition", {("Tolvane Retail", "acquirer"), ("Brisko", "seller")})]


def events_with_roles(lang: str, text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_events(page(lang, "News", text))
    return [(e["type"], {(p["name"], p["role"]) for p in e["parties"]}) for e in found]
