"""fixA (party names): places told by their site or by a list of places, glued sums, formulas, families, nation
adjectives and kinds of club are no parties; the firms around them stay."""

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import analyse, mentions
from tests.unit.test_extraction_roles import names, page


def named(lang: str, sentence: str) -> list[str]:
    lex = lexicon(lang)
    return [m.name for m in mentions(analyse(sentence, 0, lex, None), lex, set()) if m.name]


def test_name_after_a_project_or_yard_and_a_preposition_of_place_is_a_place():
    assert named("en", "Brixley Mining agreed to sell ore from its Quarrow project in Northern Tamsland to "
                       "Velcor Metals.") == ["Brixley Mining", "Velcor Metals"]
    assert named("de", "Für die Werft in Lianhai ist es der zweite Auftrag von Nordkai Shipping.") == [
        "Nordkai Shipping"]
    assert named("es", "Minera Ovalle vende el cobre de su yacimiento en Tierra Alta a Fundiciones Brasa.") == [
        "Minera Ovalle", "Fundiciones Brasa"]
    assert named("fr", "Vantelle Mines vend le minerai de son gisement dans Haute-Varenne à Fonderies Jussac.") == [
        "Vantelle Mines", "Fonderies Jussac"]


def test_investee_after_in_stays_a_party():
    assert "Quarrow Labs" in named("en", "Brixley Capital invested $5 million in Quarrow Labs.")


def test_single_name_listed_with_known_places_is_a_place():
    assert named("fr", "La compagnie Air Ventoux dessert Madagascar, Tarvane et La Réunion.") == [
        "Air Ventoux"]
    assert named("es", "Solaria Norte vende 12 plantas en Vallesca y Extremadura al fondo Brisa Capital.") == [
        "Solaria Norte", "Brisa Capital"]


def test_comma_alone_after_a_place_makes_no_list():
    assert "Kestova" in named("en", "Kestova, Japan's third-largest maker of valves, bought Lindrel Pumps.")
    assert "Alvéor" in named("fr", "Basé à Lyon, Alvéor rachète Pimeca.")


def test_glued_currency_code_and_formula_are_no_names():
    assert named("en", "Orlan Defence signed a framework with Vistula Arms worth up to PLN2.3 billion.") == [
        "Orlan Defence", "Vistula Arms"]
    assert named("en", "Korvan Cathodes will buy 80,000 tonnes of 6% Li2O concentrate from Brenna Lithium.") == [
        "Korvan Cathodes", "Brenna Lithium"]


def test_family_named_before_its_noun_is_no_seller():
    events = extract_events(page("en", "Brixley buys Quarrow", "Brixley Capital acquired Quarrow Foods from the "
                                       "founding Tavish family for $80 million."))
    assert names(events) == {"Brixley Capital", "Quarrow Foods"}


def test_nation_adjective_before_a_club_is_no_party():
    assert named("en", "Ravelstone owns Belgian club KV Mirdel and Portuguese side CD Arvela.") == [
        "Ravelstone", "KV Mirdel", "CD Arvela"]
    assert named("en", "Turkish Ferries agreed to buy Ornwell Marine.") == ["Turkish Ferries", "Ornwell Marine"]


def test_league_and_asset_manager_descriptors_open_no_name():
    assert named("de", "Der Fußball-Zweitligist SV Hollerbach hat einen Investor gefunden.") == ["SV Hollerbach"]
    assert named("de", "Der Münchner Investmentmanager Arvel Real Estate kauft ein Bürohaus.") == [
        "Arvel Real Estate"]
