"""False and cut names (issue 3, falseparties3): places of a dateline or a site, prepositions and adverbs opening a
sentence, where founders come from and share segments are never parties; articles and particles inside a name stay in
it, and a name runs on neither into its seat ("of Eindhoven") nor into the clause's object (sentences written for these
tests)."""

import pytest

from streams.extraction import extract_events, organisations
from streams.extraction.lexicon import lexicon
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, title: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, title, *paragraphs, published="2025-06-03"))


def of_type(found: list[dict], kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in found if e["type"] == kind]


HEADLINES = {"en": "Lumatec and Nordwerk", "fr": "Lumatec et Nordwerk", "de": "Lumatec und Nordwerk",
             "es": "Lumatec y Nordwerk"}


def sentence_names(lang: str, *paragraphs: str) -> list[str]:
    """The names the page reader finds in the body's sentences (the title aside)."""
    read = read_page(page(lang, "News", *paragraphs))
    return [m.name for ms in read.mentions[1:] for m in ms if m.name]


@pytest.mark.parametrize("lang,text,kind,expected", [
    ("en", "BRISTOL, United Kingdom, 3 June 2025 – Lumatec today announced that it has acquired Nordwerk.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("en", "LEEDS, England, June 3, 2025 – Lumatec today announced that it has acquired Nordwerk.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("en", "BRISTOL, United Kingdom, 3 June 2025 – Lumatec today announced a partnership with Nordwerk.",
     "partnership", {("Lumatec", "partner"), ("Nordwerk", "partner")}),
    ("fr", "LYON, France, 3 juin 2025 – Lumatec annonce aujourd'hui le rachat de Nordwerk.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("de", "MÜNCHEN, Deutschland, 3. Juni 2025 – Lumatec gibt heute die Übernahme von Nordwerk bekannt.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("es", "BILBAO, España, 3 de junio de 2025 – Lumatec anuncia hoy la compra de Nordwerk.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    # a state after the city, with the month written out after it (lead, after merging contracts3 and falseparties3)
    ("en", "AUSTIN, Texas, June 3, 2025 -- Lumatec Inc. today announced that it has acquired Nordwerk.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
])
def test_the_places_of_a_dateline_are_no_parties(lang, text, kind, expected):
    assert of_type(events(lang, HEADLINES[lang], text), kind) == [expected]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lumatec has agreed to buy a solar park in Lincolnshire from Nordwerk for £40m."),
    ("en", "Lumatec has agreed to buy two wind farms in Norfolk from Nordwerk for £40m."),
    ("fr", "Lumatec a racheté à Nordwerk un parc solaire en Bretagne pour 40 millions d'euros."),
    ("es", "Lumatec ha comprado a Nordwerk un parque solar en Teruel por 40 millones de euros."),
    ("de", "Lumatec hat von Nordwerk einen Solarpark in Brandenburg für 40 Millionen Euro gekauft."),
])
def test_a_park_or_terminal_told_by_its_place_leaves_the_place_out(lang, text):
    found = events(lang, "Lumatec", text)
    assert not {"Lincolnshire", "Norfolk", "Bretagne", "Teruel", "Brandenburg"} & {
        p["name"] for e in found for p in e["parties"]}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lumatec a racheté les Ateliers Morvan en 2024. « Sans Morvan, nous n'aurions pas pu répondre à cet "
     "appel d'offres », dit son PDG."),
    ("fr", "Lumatec a racheté les Ateliers Morvan en 2024. Malgré Morvan, la marge a baissé."),
    ("en", "Lumatec bought Morvan Works in 2024. \"Without Morvan, we could not have bid,\" its chief said."),
    ("en", "Lumatec bought Morvan Works in 2024. Unlike Morvan, its rivals kept their plants."),
    ("es", "Lumatec compró Talleres Morvan en 2024. Durante Morvan, la empresa creció."),
])
def test_a_preposition_opening_a_sentence_is_no_word_of_the_name(lang, text):
    assert not [n for n in sentence_names(lang, text) if n.split()[0] in (
        "Sans", "Malgré", "Without", "Unlike", "Durante")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lumatec a racheté Brixtal en mars. Entre-temps, Nordwerk a signé un partenariat avec Lumatec."),
    ("fr", "Lumatec a racheté Brixtal en mars. Outre-Rhin, Nordwerk a signé un partenariat avec Lumatec."),
])
def test_a_hyphenated_adverb_opening_a_sentence_is_no_name(lang, text):
    found = events(lang, "Lumatec", text)
    assert of_type(found, "partnership") == [{("Nordwerk", "partner"), ("Lumatec", "partner")}]


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Lumatec a racheté la Conserverie Le Gall pour 12 millions d'euros.", "Conserverie Le Gall"),
    ("fr", "Lumatec a racheté Le Gall pour 12 millions d'euros.", "Le Gall"),
    ("fr", "Lumatec a racheté les Transports Le Bris pour 12 millions d'euros.", "Transports Le Bris"),
    ("es", "Lumatec ha comprado Hermanos Del Río por 12 millones de euros.", "Hermanos Del Río"),
    ("en", "Lumatec has acquired Van der Berg Logistics for €12m.", "Van der Berg Logistics"),
    ("en", "Lumatec has acquired Van Dijk Cargo for €12m.", "Van Dijk Cargo"),
])
def test_an_article_or_particle_inside_a_name_stays_in_it(lang, text, name):
    (event,) = events(lang, "Lumatec", text)
    assert parties(event) == {("Lumatec", "acquirer"), (name, "target")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon Le Monde, Lumatec a racheté Nordwerk pour 12 millions d'euros."),
    ("fr", "Lumatec a racheté Nordwerk. La société est basée à Lyon."),
])
def test_an_article_opening_a_sentence_or_after_a_source_opens_no_name(lang, text):
    assert "Le Monde" not in sentence_names(lang, text) and not any(
        n.startswith("La ") for n in sentence_names(lang, text))


def test_of_and_a_town_after_a_name_is_its_seat():
    (event,) = events("en", "Lumatec", "Lumatec has acquired Verhoeven Print of Eindhoven for €12m.")
    assert parties(event) == {("Lumatec", "acquirer"), ("Verhoeven Print", "target")}


@pytest.mark.parametrize("text,name", [
    ("Lumatec sold its stake to the Royal Bank of Scotland for £40m.", "Royal Bank of Scotland"),
    ("Lumatec has acquired House of Fraser for £40m.", "House of Fraser"),
    ("Lumatec has supplied the U.S. Army Corps of Engineers with pumps since 2022.", "U.S. Army Corps of Engineers"),
])
def test_of_inside_a_trade_name_or_after_one_word_stays(text, name):
    assert name in sentence_names("en", text)


def test_a_name_does_not_run_on_into_the_object_and_what_it_is_for():
    found = events("de", "Lumatec kooperiert mit Halver", "Lumatec entwickelt gemeinsam mit Halver "
                   "Wasserstoffsensoren für Elektrolyseure. Halver beschäftigt 80 Mitarbeiter.")
    assert of_type(found, "partnership") == [{("Lumatec", "partner"), ("Halver", "partner")}]


@pytest.mark.parametrize("text,name", [
    ("Lumatec hat das Ministerium für Wirtschaft und Energie beraten.", "Ministerium für Wirtschaft und Energie"),
    ("Lumatec übernimmt die Kessler Antriebstechnik von der Familie.", "Kessler Antriebstechnik"),
])
def test_a_public_body_keeps_its_fuer_and_a_firm_its_long_noun(text, name):
    runs = organisations.analyse(text, 0, lexicon("de"), None).runs
    assert name in [" ".join(t.text for t in run) for run in runs]


def test_a_share_segment_is_no_firm():
    found = events("de", "Lumatec", "Lumatec, ein Small Cap aus dem Nebenwerte-Segment, übernimmt den Hersteller "
                   "Nordwerk.")
    assert of_type(found, "acquisition") == [{("Lumatec", "acquirer"), ("Nordwerk", "target")}]
    assert "Nebenwerte-Segment" not in sentence_names("de", "Die im Nebenwerte-Segment notierte Lumatec wächst.")


@pytest.mark.parametrize("lang,title,text,expected", [
    ("fr", "Lumatec décroche un marché", "Fondée en 2019 par deux ingénieurs de Centrale Lyon, Lumatec a signé avec "
     "Nordwerk un contrat de 5 millions d'euros.", {("Lumatec", "supplier"), ("Nordwerk", "customer")}),
    ("fr", "Lumatec décroche un marché", "La start-up lyonnaise Lumatec grandit vite. L'entreprise fondée en 2019 par "
     "deux ingénieurs de Centrale Lyon a signé avec Nordwerk un marché de 5 millions d'euros.",
     {("Lumatec", "supplier"), ("Nordwerk", "customer")}),
])
def test_where_the_founders_come_from_is_no_party(lang, title, text, expected):
    assert of_type(events(lang, title, text), "contract") == [expected]


@pytest.mark.parametrize("lang,text", [
    ("en", "Founded in 2019 by two engineers from Imperial College, Lumatec has signed a contract with Nordwerk."),
    ("es", "Fundada en 2019 por dos ingenieros de la Universidad Politécnica, Lumatec ha firmado un contrato con "
     "Nordwerk."),
])
def test_where_the_founders_come_from_is_no_name(lang, text):
    assert not {"Imperial College", "Universidad Politécnica"} & set(sentence_names(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("es", "Lumatec se alía con Nordwerk para vender paquetes turísticos."),
    ("es", "Lumatec firmó una alianza con Nordwerk para vender paquetes turísticos."),
    ("en", "Lumatec partnered with Nordwerk to sell holiday packages."),
    ("fr", "Lumatec s'allie avec Nordwerk pour vendre des séjours."),
    ("de", "Lumatec kooperiert mit Nordwerk, um Reisen zu verkaufen."),
])
def test_what_partners_sell_is_no_sale_of_a_firm(lang, text):
    found = events(lang, "Lumatec", text)
    assert of_type(found, "partnership") == [{("Lumatec", "partner"), ("Nordwerk", "partner")}]
    assert not of_type(found, "acquisition")


def test_a_partner_that_agrees_to_sell_a_firm_still_sells_it():
    found = events("en", "Lumatec", "Lumatec partnered with Nordwerk and agreed to sell its unit to Brixtal.")
    assert of_type(found, "acquisition")


@pytest.mark.parametrize("lang,text,person", [
    ("en", "Lumatec Acquisition Corp, the blank-check company sponsored by former executive Rhea Sandoval, agreed to "
     "merge with Nordwerk.", "Rhea Sandoval"),
    ("en", "Nordwerk is backed by the billionaire Tomas Ekberg.", "Tomas Ekberg"),
    ("fr", "Nordwerk est soutenue par le banquier Rémi Castagne.", "Rémi Castagne"),
    ("de", "Hinter Nordwerk steht der Bankier Till Wiesner.", "Till Wiesner"),
    ("es", "Nordwerk cuenta con el respaldo del banquero Diego Sanz.", "Diego Sanz"),
])
def test_a_sponsor_with_a_persons_title_is_no_name(lang, text, person):
    assert person not in sentence_names(lang, text)


def test_a_blank_check_company_named_by_its_kind_is_no_party():
    found = events("en", "Nordwerk to go public via SPAC merger", "Lumatec Acquisition Corp, the blank-check "
                   "company sponsored by former executive Rhea Sandoval, agreed to merge with Nordwerk.")
    assert not {"SPAC", "Rhea Sandoval"} & {p["name"] for e in found for p in e["parties"]}


@pytest.mark.parametrize("text,adjective", [
    ("Lumatec signed a contract with Nordwerk to build a second Scottish production site.", "Scottish"),
    ("Lumatec signed a contract with Nordwerk to build its new Welsh plant.", "Welsh"),
    ("Lumatec signed a contract with Nordwerk to build the largest Flemish battery plant.", "Flemish"),
])
def test_an_adjective_of_a_place_after_an_ordinal_is_no_name(text, adjective):
    assert adjective not in sentence_names("en", text)


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Bristol, United Kingdom, 3 June 2025 – Lumatec today announced that it has acquired Nordwerk.",
     "United Kingdom"),
    ("fr", "Lumatec, qui vise l'Afrique du Sud, a racheté Nordwerk.", "Afrique du Sud"),
    ("es", "Lumatec, presente en Reino Unido, ha comprado Nordwerk.", "Reino Unido"),
    ("de", "Lumatec will in Neuseeland wachsen und übernimmt den Hersteller Nordwerk.", "Neuseeland"),
])
def test_a_country_in_several_words_is_no_party(lang, text, place):
    assert place not in {p["name"] for e in events(lang, HEADLINES[lang], text) for p in e["parties"]}


def test_a_blank_check_company_merges_with_its_target_not_its_sponsor():
    found = events("en", "Nordwerk to merge with SPAC", "Lumatec Acquisition Corp, the blank-check company sponsored "
                   "by former executive Rhea Sandoval, agreed to merge with Nordwerk. Lumatec Acquisition raised "
                   "$200m in its 2024 listing.")
    assert of_type(found, "merger") == [{("Lumatec", "party"), ("Nordwerk", "party")}]


@pytest.mark.parametrize("text", [
    "Brannock Foods is to create 300 jobs at its bakery on the Martland Park industrial estate after confirming a "
    "£45 million expansion, the biggest investment in the company's history.",
    "Brannock Foods will invest £45 million in a new bakery on the Hollin Vale business park.",
])
def test_the_name_of_an_area_is_no_party(text):
    found = events("en", "Brannock Foods expands", text)
    assert not {"Martland Park", "Hollin Vale"} & {p["name"] for e in found for p in e["parties"]}


@pytest.mark.parametrize("text", [
    "Der Duisburger Logistikkonzern Rheinwerk Logistik kauft einen der größten familiengeführten Lkw-Spediteure "
    "Süddeutschlands. Rheinwerk Logistik übernimmt die Spedition Kaltner aus Augsburg.",
    "Rheinwerk Logistik kauft den größten Kühl-Logistiker Bayerns. Rheinwerk Logistik übernimmt die Spedition "
    "Kaltner aus Augsburg.",
])
def test_a_description_told_by_its_regions_genitive_is_no_name(text):
    found = events("de", "Rheinwerk Logistik kauft Spedition", text)
    assert of_type(found, "acquisition") == [{("Rheinwerk Logistik", "acquirer"), ("Kaltner", "target")}]


def test_a_name_with_its_town_as_it_is_stays():
    runs = organisations.analyse("Die Sparkasse Hannover übernimmt die Volksbank Bremen.", 0, lexicon("de"), None).runs
    assert "Volksbank Bremen" in [" ".join(t.text for t in run) for run in runs]


def test_a_family_firm_keeps_its_particle_surname_beside_a_family_member():
    """ "Maison Le Gall" sold while "Anne Le Gall" speaks: "Le Gall" is one surname, which may be a firm's name."""
    found = events("fr", "Lumatec rachète Le Gall",
                   "Lumatec a signé lundi un accord pour racheter Maison Le Gall, fabricant de galettes, pour 35 "
                   "millions d'euros. « Nous cherchions un repreneur », explique Anne Le Gall, la directrice générale.")
    assert {("Lumatec", "acquirer"), ("Le Gall", "target")} in of_type(found, "acquisition")
