"""Words that are no firm, and holdings that are no purchase: a site named with its town ("the foundry in
Rotherham", "der Raffinerie in Lingen"), a town before a kind of firm ("a Sheffield forge, X,"), and a minority
share held under a verb of control ("controla el 40% de X") publish no false party or type; a firm named after a
place ("Sheffield Forgemasters") and a share that does give control stay as they were."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page


def events(lang: str, sentence: str, kind: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["status"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(lang, "News", sentence)) if e["type"] == kind]


def names(lang: str, sentence: str) -> set[str]:
    return {p["name"] for e in extract_events(page(lang, "News", sentence)) for p in e["parties"]}


@pytest.mark.parametrize(("lang", "sentence", "place"), [
    ("en", "A Sheffield forge, Bramall Steel, has been bought by Orvik Metals for £40m.", "Sheffield"),
    ("en", "Orvik Metals has bought a Sheffield forge, Bramall Steel, for £40m.", "Sheffield"),
    ("en", "Orvik Metals has bought the foundry in Rotherham from Bramall Steel for £40m.", "Rotherham"),
    ("en", "Orvik Metals will buy the refinery in Pembroke from Halden Oil for £300m.", "Pembroke"),
    ("de", "Die Orvik Metall AG übernimmt die Raffinerie in Lingen von der Bramall Öl GmbH.", "Lingen"),
    ("de", "Die Orvik Metall AG kauft den Betriebshof in Wolgast von der Bramall Holding.", "Wolgast"),
    ("fr", "Le groupe Bramall a cédé sa fonderie de Hayange à Orvik Métaux.", "Hayange"),
    ("fr", "Le groupe Bramall a cédé sa sucrerie de Toury à Orvik Sucre.", "Toury"),
    ("es", "El grupo Bramall ha vendido su fundición de Asúa a Orvik Metales.", "Asúa"),
    ("es", "El grupo Bramall ha vendido su astillero de Marín a Orvik Naval.", "Marín"),
])
def test_a_site_or_town_is_no_party(lang, sentence, place):
    found = names(lang, sentence)
    assert found and place not in found


@pytest.mark.parametrize(("lang", "sentence", "firm"), [
    ("en", "A Sheffield forge, Bramall Steel, has been bought by Orvik Metals for £40m.", "Bramall Steel"),
    ("en", "Orvik Metals has bought Sheffield Forgemasters for £40m.", "Sheffield Forgemasters"),
    ("en", "Orvik Metals has bought a Siemens unit, Healthy Scan, for £40m.", "Healthy Scan"),
    ("de", "Die Orvik Metall AG übernimmt die Raffinerie Bramall GmbH für 40 Millionen Euro.", "Bramall"),
])
def test_a_firm_named_after_a_place_or_a_site_stays(lang, sentence, firm):
    assert firm in names(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El fondo Cedro Capital, que controla el 40% de Pagosur desde 2022, acudió también a la ampliación."),
    ("es", "Cedro Capital controla el 30% de Pagosur desde 2021."),
    ("fr", "Le fonds Cedro Capital contrôle 40 % de Pagosur depuis 2022."),
    ("en", "Cedro Capital has owned 40% of Pagosur since 2022."),
    ("de", "Der Fonds Cedro Capital hält seit 2022 40 Prozent an der Pagosur GmbH."),
])
def test_a_minority_held_under_a_verb_of_control_is_no_acquisition(lang, sentence):
    assert not events(lang, sentence, "acquisition")
    (investment,) = events(lang, sentence, "investment")
    assert investment[1] == {("Cedro Capital", "investor"), ("Pagosur", "investee")}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El fondo Cedro Capital controla el 60% de Pagosur desde 2022."),
    ("fr", "Le fonds Cedro Capital contrôle 60 % de Pagosur depuis 2022."),
    ("en", "Cedro Capital has held a controlling 40% stake in Pagosur since 2022."),
    ("es", "Cedro Capital compró en 2022 una participación de control del 40% en Pagosur."),
])
def test_a_share_that_gives_control_stays_an_acquisition(lang, sentence):
    (acquisition,) = events(lang, sentence, "acquisition")
    assert acquisition[1] == {("Cedro Capital", "acquirer"), ("Pagosur", "target")}


@pytest.mark.parametrize("sentence", [
    "Die Rheinwerk Logistik AG hat im Januar 30 Prozent am Karlsruher Lagerdienstleister Stapelfix Intralogistik "
    "erworben.",
    "Die Orvik Metall AG hatte im Januar 25 Prozent an dem Dortmunder Maschinenbauer Bramall Antriebe GmbH gekauft.",
])
def test_a_minority_bought_with_the_verb_last_is_an_investment(sentence):
    """Where the verb ends its clause, a described firm may stand between the share and the verb; the share after
    the month is no day ("im Januar 30 Prozent"), and the perfect with the firm's description between states it
    done."""
    assert not events("de", sentence, "acquisition")
    (investment,) = [e for e in extract_events(page("de", "News", sentence, published="2026-03-18"))
                     if e["type"] == "investment"]
    assert (investment["status"], investment["date"]) == ("completed", "2026-01")


def test_a_day_after_the_month_is_still_a_day():
    (deal,) = extract_events(page("en", "News", "Orvik Metals bought Bramall Steel on January 30.",
                                  published="2026-03-18"))
    assert deal["date"] == "2026-01-30"


@pytest.mark.parametrize("sentence", [
    "Die Orvik Metall AG hat 2023 die Mehrheit der Anteile an dem Dortmunder Maschinenbauer Bramall Antriebe GmbH "
    "gekauft.",
    "Die Orvik Metall AG hat 2023 60 Prozent an dem Dortmunder Maschinenbauer Bramall Antriebe GmbH erworben.",
    "Die Orvik Metall AG hat 2023 alle Anteile an dem Dortmunder Maschinenbauer Bramall Antriebe GmbH erworben.",
    "Die Orvik Metall AG hat 2023 sämtliche Aktien des Dortmunder Maschinenbauers Bramall Antriebe GmbH erworben.",
])
def test_a_controlling_share_bought_with_the_verb_last_stays_an_acquisition(sentence):
    (acquisition,) = events("de", sentence, "acquisition")
    assert acquisition[1] == {("Orvik Metall", "acquirer"), ("Bramall Antriebe", "target")}


@pytest.mark.parametrize(("lang", "paragraphs", "word"), [
    ("de", ["Kessler Wehrtechnik AG: Großauftrag für Transportfahrzeuge; Gespräche über Gemeinschaftsunternehmen "
            "beendet",
            "Die Kessler Wehrtechnik AG hat vom Bundesamt für Beschaffung den Zuschlag für 80 Fahrzeuge erhalten.",
            "Die Gespräche mit der Brandt Defence AS über ein Gemeinschaftsunternehmen wurden ohne Ergebnis beendet."],
     "Gespräche"),
    ("de", ["Kessler kauft Brauerei im Allgäu",
            "Die Kessler Brauerei AG übernimmt den traditionsreichen Betrieb aus dem Allgäu.",
            "Der Betrieb gehörte bislang der Familie Brandt. Über den Betrieb wurde Stillschweigen vereinbart."],
     "Betrieb"),
    ("de", ["Kessler investiert in Brandt",
            "Um die Nachfrage zu bedienen, investiert die Kessler Maschinenbau AG 80 Millionen Euro in die Brandt "
            "Logistik GmbH.", "Die Nachfrage wächst seit Jahren."],
     "Nachfrage"),
])
def test_a_common_noun_of_the_news_is_no_party(lang, paragraphs, word):
    assert word not in {p["name"] for e in extract_events(page(lang, *paragraphs)) for p in e["parties"]}


@pytest.mark.parametrize(("lang", "sentence", "firm"), [
    ("de", "Die Kessler AG übernimmt die Kraftwerk Lindau GmbH.", "Kraftwerk Lindau"),
    ("en", "Orvik Metals has been in talks since Christmas about buying Bramall Steel.", "Bramall Steel"),
    ("fr", "Depuis Noël, Orvik Métaux discute du rachat de Bramall Acier.", "Bramall Acier"),
    ("es", "Desde Navidad, Orvik Metales negocia la compra de Bramall Acero.", "Bramall Acero"),
])
def test_a_firm_beside_a_common_noun_or_a_feast_day_stays(lang, sentence, firm):
    found = names(lang, sentence)
    assert firm in found and not found & {"Christmas", "Noël", "Navidad"}


@pytest.mark.parametrize(("lang", "sentence", "place"), [
    ("fr", "Le fonds Cedro Capital injectera 150 millions de dollars dans le producteur d'énergie renouvelable de "
           "Rimouski, en échange de 20 % du capital.", "Rimouski"),
    ("fr", "Le fonds Cedro Capital a investi 50 millions de dollars dans le fabricant de Sherbrooke.", "Sherbrooke"),
])
def test_a_place_that_tells_a_local_currency_is_no_party(lang, sentence, place):
    assert place not in names(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence", "firm"), [
    ("fr", "Cedro Capital a racheté Montréal Aéro Services pour 40 millions de dollars.", "Montréal Aéro Services"),
    ("en", "Cedro Capital bought Calgary Pipe Services for C$40m.", "Calgary Pipe Services"),
])
def test_a_firm_named_after_such_a_place_stays(lang, sentence, firm):
    assert firm in names(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence", "word"), [
    ("en", "Orvik Energy won a contract for the 2GW Dogger North project.", "Dogger North"),
    ("en", "Orvik Energy has won a £40m contract to build the 1.2GW Hornsea substation for Brava Energy.", "Hornsea"),
    ("de", "Die Orvik Energie AG liefert die Turbinen für den 900MW Windpark Nordsee Ost der Brava Energie GmbH.",
     "Windpark Nordsee Ost"),
    ("en", "Orvik Energy has signed PPAs with Brava Energy for its solar park.", "PPAs"),
])
def test_a_plant_named_by_its_size_or_an_acronym_plural_is_no_party(lang, sentence, word):
    assert not any(word in n for n in names(lang, sentence))


def test_the_firms_beside_a_plant_named_by_its_size_stay():
    assert names("en", "Brava Energy agreed to buy Orvik Wind, the owner of the 2GW Dogger North project, for "
                       "£40m.") == {"Brava Energy", "Orvik Wind"}


@pytest.mark.parametrize(("lang", "sentence", "parents", "venture"), [
    ("en", "Orvik Metals and Bramall Steel formed Halden Forge, a joint venture set up to bid for rail work.",
     {"Orvik Metals", "Bramall Steel"}, "Halden Forge"),
    ("en", "Orvik Metals will deliver the job through Halden Forge, the joint venture it set up with Bramall Steel "
           "in 2023.", {"Orvik Metals", "Bramall Steel"}, "Halden Forge"),
    ("en", "Orvik Metals and Bramall Steel already share plants through Halden Forge, the 50/50 company they set up "
           "in 2021.", {"Orvik Metals", "Bramall Steel"}, "Halden Forge"),
    ("de", "Die Orvik Metall AG und die Bramall Stahl GmbH gründeten 2021 die Halden Schmiede GmbH, ein "
           "Gemeinschaftsunternehmen für Bahntechnik.", {"Orvik Metall", "Bramall Stahl"}, "Halden Schmiede"),
    ("fr", "Orvik Métaux et Bramall Acier ont créé en 2021 Halden Forge, une coentreprise dédiée au ferroviaire.",
     {"Orvik Métaux", "Bramall Acier"}, "Halden Forge"),
    ("es", "Orvik Metales y Bramall Acero crearon en 2021 Halden Forja, una sociedad conjunta para el ferrocarril.",
     {"Orvik Metales", "Bramall Acero"}, "Halden Forja"),
])
def test_the_venture_named_in_apposition_is_none_of_its_partners(lang, sentence, parents, venture):
    (joint,) = events(lang, sentence, "joint_venture")
    assert {n for n, _ in joint[1]} == parents and venture not in {n for n, _ in joint[1]}


@pytest.mark.parametrize(("lang", "sentence", "partners"), [
    ("en", "Orvik Metals has formed a joint venture with Bramall Steel, a Sheffield steelmaker.",
     {"Orvik Metals", "Bramall Steel"}),
    ("en", "Orvik Metals and Bramall Steel, the joint venture's owners, agreed to expand it.",
     {"Orvik Metals", "Bramall Steel"}),
])
def test_a_partner_described_after_a_comma_stays(lang, sentence, partners):
    (joint,) = events(lang, sentence, "joint_venture")
    assert {n for n, _ in joint[1]} == partners


@pytest.mark.parametrize(("lang", "sentence", "outlet"), [
    ("de", "Laut einem Bericht im Wirtschaftsteil soll die Orvik Metall AG an einer Übernahme der Bramall AG arbeiten.",
     "Wirtschaftsteil"),
    ("en", "According to a report in the Westbury Gazette, Orvik Metals is in talks to buy Bramall Steel.",
     "Westbury Gazette"),
    ("fr", "Selon un article du Courrier Minier, Orvik Métaux serait en discussions pour racheter Bramall Acier.",
     "Courrier Minier"),
    ("es", "Según un artículo de El Heraldo Minero, Orvik Metales negocia la compra de Bramall Aceros.",
     "Heraldo Minero"),
])
def test_the_paper_a_report_or_article_is_in_is_no_party(lang, sentence, outlet):
    """ "laut einem Bericht im X", "a report in X", "un article du X": X reports the deal, it takes no part in it."""
    found = names(lang, sentence)
    assert found and not any(outlet in name for name in found)


@pytest.mark.parametrize(("lang", "sentence"), [
    # a forum's quote label names a member by the handle, whose underscore no firm's name has
    ("de", "Zitat von Kursfuchs_HB: Die Orvik Metall AG übernimmt die Bramall AG."),
    ("en", "Quote from Market_Owl: Orvik Metals is buying Bramall Steel."),
])
def test_a_users_handle_names_no_firm(lang, sentence):
    assert not any("_" in name for name in names(lang, sentence))


@pytest.mark.parametrize(("lang", "text", "word"), [
    # an upper-case title of a person between a place adjective and the person's name
    ("de", "Die Orvik Metall AG und die Bramall AG fusionieren. Der Brenzer CEO Jan Roth sprach von einem Schritt.",
     "CEO"),
    # an IPO's acronym after its article, a thread's post number before it
    ("es", "2/ La OPV ha captado 200 millones de euros a 11 euros por acción.", "OPV"),
])
def test_a_title_or_a_deals_acronym_in_capitals_names_no_firm(lang, text, word):
    mentioned = [m.name or "" for ms in read_page(page(lang, "News", text)).mentions for m in ms]
    assert not any(word in name for name in mentioned), mentioned


def test_the_quebec_acronym_of_an_ipo_is_a_listing():
    """ "le PAPE de X": a premier appel public à l'épargne, an IPO (not a funding round of a firm named PAPE)."""
    found = extract_events(page("fr", "Nouvelles", "Le PAPE de Orvik Mines a permis de lever 6 M$ en 2011."))
    assert [(e["type"], [p["name"] for p in e["parties"]]) for e in found] == [("ipo", ["Orvik Mines"])]


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("en", "In 2019 Orvik Foods bought Bramall Dairies for £14m. Orvik Foods runs plants in Leeds, Penrith "
           "(Bramall Dairies) and Corby.", "Bramall Dairies"),
    ("fr", "En 2019, Orvik Aliments a racheté Laiterie Bramall pour 14 millions d'euros. Orvik Aliments exploite des "
           "usines à Lyon, Vienne (Laiterie Bramall) et Tarare.", "Laiterie Bramall"),
])
def test_a_longer_name_in_brackets_is_no_short_form_of_the_place_before(lang, text, target):
    """ "plants in Leeds, Penrith (Bramall Dairies)": the firm in brackets is what the place holds, not the place's
    short form; the firm stays the target of its purchase."""
    found = events(lang, text, "acquisition")
    assert [parties for _, parties in found] == [{("Orvik Foods" if lang == "en" else "Orvik Aliments", "acquirer"),
                                                  (target, "target")}], found


@pytest.mark.parametrize("text", [
    "1988 ging die Orvik Metall AG an die Börse; dabei wurden Aktien im Wert von 62 Millionen D-Mark platziert.",
    "1988 ging die Orvik Metall AG an die Börse; dabei wurden Aktien im Wert von 40 Mio. Mark platziert.",
])
def test_a_currency_read_beside_a_figure_only_is_no_firm_after_its_figure(text):
    """ "62 Millionen D-Mark", "40 Mio. Mark": a currency the euro replaced, after its figure, is the sum's."""
    mentioned = [m.name or "" for ms in read_page(page("de", "Geschichte", text)).mentions for m in ms]
    assert mentioned and not any("Mark" in name for name in mentioned), mentioned


@pytest.mark.parametrize(("lang", "text", "acquirer", "target"), [
    ("en", "Orvik Foods floated on the stock market in 1995.[2] In 1998 Orvik Foods bought Bramall Dairies for "
           "£14 million.[3]", "Orvik Foods", "Bramall Dairies"),
    ("de", "1995 ging die Orvik Nahrung AG an die Börse.[2] 1998 übernahm die Orvik Nahrung AG die Bramall Molkerei "
           "GmbH für 14 Millionen Euro.[3]", "Orvik Nahrung", "Bramall Molkerei"),
    ("fr", "Orvik Aliments est entrée en Bourse en 1995.[2] En 1998, Orvik Aliments a racheté Laiterie Bramall pour "
           "14 millions d'euros.[3]", "Orvik Aliments", "Laiterie Bramall"),
    ("es", "Orvik Alimentos salió a bolsa en 1995.[2] En 1998, Orvik Alimentos compró Lácteos Bramall por 14 millones "
           "de euros.[3]", "Orvik Alimentos", "Lácteos Bramall"),
])
def test_an_encyclopedias_footnote_mark_closes_its_sentence(lang, text, acquirer, target):
    """ "... in 1995.[2] In 1998 X bought Y": the footnote mark ends the first sentence; the purchase keeps its
    own year and the listing its own (one sentence made both of 1998, the later year)."""
    found = extract_events(page(lang, "History", text))
    assert {(e["type"], e["date"]) for e in found} == {("ipo", "1995"), ("acquisition", "1998")}, found
    (deal,) = [e for e in found if e["type"] == "acquisition"]
    assert {(p["name"], p["role"]) for p in deal["parties"]} == {(acquirer, "acquirer"), (target, "target")}


@pytest.mark.parametrize(("lang", "sentence", "town"), [
    ("es", "Orvik Vinos compra a Bramall Bodegas la bodega de Cenicero por 20 millones de euros.", "Cenicero"),
    ("es", "El grupo Orvik Vinos se hace con la bodega de Cenicero, un año después de que fracasara su venta a "
           "Bramall Bodegas.", "Cenicero"),
    ("fr", "Orvik Lait rachète à Bramall Fromages la laiterie de Landivisiau pour 20 millions d'euros.", "Landivisiau"),
])
def test_the_town_after_a_producers_trade_noun_is_no_party(lang, sentence, town):
    """ "la bodega de Cenicero", "la laiterie de Landivisiau" (`seated_nouns`): the town the producer sits in."""
    assert town not in names(lang, sentence)
