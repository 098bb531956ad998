"""German (german lane): a site's noun, alone or closing a compound, names its site by the word right after it ("am
Klärwerk Dornstadt", "zwischen den Anschlussstellen Altbach und Seelingen"): that word is the site's town or its own
name, never a party; a kind of firm before a name ("des Lackherstellers Farben Quast") still introduces the firm. The
loan "Family Office" is a kind of investor in all four languages, no name unless a name follows it."""

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import analyse, mentions
from tests.unit.test_extraction_roles import names, page


def _names(*paragraphs: str) -> set[str]:
    return names(extract_events(page("de", "Nachrichten", *paragraphs)))


def test_town_after_a_plant_noun_is_no_customer():
    found = _names("Den Auftrag für eine Großwärmepumpe am Klärwerk Dornstadt hat die Stadtwerke Lindmark GmbH an "
                   "die Kessel Anlagenbau GmbH vergeben.")
    assert "Dornstadt" not in found and "Kessel Anlagenbau" in found, found


def test_towns_listed_after_a_site_noun_are_no_parties():
    found = _names("Die Autobahngesellschaft Nordost hat der Brenner Tiefbau GmbH den Auftrag für den Ausbau "
                   "zwischen den Anschlussstellen Altbach und Seelingen erteilt.")
    assert not found & {"Altbach", "Seelingen"}, found


def test_name_of_a_network_after_its_noun_is_no_supplier():
    found = _names("Der Zweckverband Nahverkehr Talgau hat den Betrieb des Regionalbusnetzes Oberlingen-Steinach "
                   "für zehn Jahre an die Talbus GmbH vergeben.")
    assert "Oberlingen-Steinach" not in found and "Talbus" in found, found


def test_firm_after_a_kind_noun_ending_like_a_site_stays_a_party():
    found = _names("Die Verbis Chemie AG übernimmt den Industrielackhersteller Farben Quast.")
    assert {"Verbis Chemie", "Farben Quast"} <= found, found


def test_family_office_is_a_kind_of_investor_not_a_name():
    for lang, text in (
            ("de", "Im Mai hat das Family Office 15 Prozent an der Voltwerk GmbH übernommen. Die rund 1.500 Family "
                   "Offices in Deutschland verwalten 600 Milliarden Euro."),
            ("en", "In May the Family Office took a 15% stake in Voltwerk Ltd. The 1,500 Family Offices in Germany "
                   "manage EUR 600bn."),
            ("fr", "En mai, le Family Office a pris 15 % du capital de Voltwerk SAS."),
            ("es", "En mayo, el Family Office adquirió el 15 % de Voltwerk SL.")):
        found = names(extract_events(page(lang, "News", text)))
        assert not found & {"Family Office", "Family Offices"}, (lang, found)


def test_family_offices_in_capitals_are_no_investor():
    found = _names("Heute sitzen in ihren Family Offices ehemalige Investmentbanker. Bei der Oberstein Invest wird "
                   "derzeit ein Einstieg beim Fahrradhersteller Krellmann geprüft, heißt es in Branchenkreisen.")
    assert "Family Offices" not in found and "Krellmann" in found, found


def test_family_office_opening_a_name_stays_in_it():
    found = _names("Die Kesselbach Robotics GmbH hat 20 Millionen Euro eingesammelt, angeführt vom Family Office "
                   "Brandtner und dem Fonds Elbwerk Ventures.")
    assert any("Brandtner" in n for n in found), found


def test_compound_of_goods_is_no_supplier_nor_issuer():
    for text, thing in (
            ("Das Beschaffungsamt der Bundeswehr bestellt digitale Funkgeräte bei dem Ulmer Hersteller. Nun erwägt "
             "das Unternehmen Insidern zufolge einen Börsengang in Frankfurt.", "Funkgeräte"),
            ("Die Zellwerk GmbH wird für die Busse Batteriemodule auf Basis von Natrium-Ionen-Zellen liefern.",
             "Natrium-Ionen-Zellen"),
            ("Gleichzeitig will die Kreuzmann AG 35 Millionen Euro in Maschinen für Mehrschicht-Folien investieren.",
             "Mehrschicht-Folien")):
        assert thing not in _names(text), text


def test_firm_named_after_its_goods_with_a_suffix_stays_a_party():
    found = _names("Die Lindholm AG übernimmt die Kesselmann Messtechnik GmbH und die Fördertechnik GmbH.")
    assert {"Lindholm", "Kesselmann Messtechnik"} <= found, found


def test_region_after_from_and_its_article_is_no_name():
    lex = lexicon("de")
    for sentence, region in (("Die beiden Genossenschaftsbanken aus dem Oberland planen den Zusammenschluss.",
                              "Oberland"),
                             ("Die Lindmark AG übernimmt den Wettbewerber aus der Oberpfalz.", "Oberpfalz")):
        found = [m.name for m in mentions(analyse(sentence, 0, lex, None), lex, set()) if m.name]
        assert region not in found, (sentence, found)


def test_ordinary_noun_with_a_lone_letter_is_no_partner():
    found = _names("Die Elbmark Milch eG hat bereits einen Plan B. Gemeinsam mit der dänischen Molkerei Fjordmejeri "
                   "will die Genossenschaft ein Gemeinschaftsunternehmen gründen.")
    assert "Plan B" not in found and "Fjordmejeri" in " ".join(found), found
