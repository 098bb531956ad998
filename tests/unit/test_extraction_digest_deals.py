"""Deals of digests, timelines and takeover pages (branch drop97): a majority taken ("prend la majorité de Y"), a
bid told by its price per share ("an offer of 340p a share for Y"), a digest's section label in deal jargon
("— CLOSING —") that names no firm, a deal a regulator blocked in the next sentence. Sentences and names written
for these tests, several phrasings a shape and language; the look-alikes at the end must keep their result."""

import pytest

from tests.unit.test_extraction_called_off import deals


def bought(buyer: str, target: str, state: str = "announced") -> tuple[str, str, frozenset[tuple[str, str]]]:
    return "acquisition", state, frozenset({(buyer, "acquirer"), (target, "target")})


MAJORITY = [  # the majority taken, the firm after it
    ("fr", "Le fonds Brévent Capital prend la majorité de Lumiflex, éditeur de logiciels de paie."),
    ("fr", "Le fonds Brévent Capital prendra la majorité du capital de Lumiflex."),
    ("es", "El fondo Brévent Capital toma la mayoría de Lumiflex, fabricante de envases."),
    ("en", "The buyout firm Brévent Capital takes a majority of Lumiflex, the payroll software maker."),
    ("en", "Brévent Capital takes majority control of Lumiflex, the payroll software maker."),
    ("de", "Der Finanzinvestor Brévent Capital übernimmt die Mehrheit an Lumiflex."),
]


@pytest.mark.parametrize(("lang", "text"), MAJORITY)
def test_majority_taken_is_a_takeover(lang, text):
    assert bought("Brévent Capital", "Lumiflex") in deals(lang, "News", text)


PER_SHARE = [  # a bid told by its price per share before the firm it is for
    ("en", "Holloway Foods on Monday made an unsolicited cash offer of 340p a share for Brixton Dairies."),
    ("en", "Holloway Foods has tabled a bid of $12.50 per share for Brixton Dairies."),
    ("de", "Holloway Foods legt ein Angebot von 48 Euro je Aktie in bar für Brixton Dairies vor."),
    ("fr", "Holloway Foods a déposé une offre de 31 euros par action sur Brixton Dairies."),
    ("es", "Holloway Foods lanza una opa de 12 euros por acción sobre Brixton Dairies."),
]


@pytest.mark.parametrize(("lang", "text"), PER_SHARE)
def test_bid_priced_per_share(lang, text):
    assert bought("Holloway Foods", "Brixton Dairies") in deals(lang, "News", text)


LABELLED = [  # a digest's section label in capitals, the deal jargon of the trade, then an item opening on a noun
    ("fr", "— CLOSING —", "Le groupe a finalisé lundi le rachat de Lumiflex Réseaux."),
    ("fr", "— LBO —", "Le fonds prend la majorité de Lumiflex Réseaux."),
    ("de", "SIGNINGS", "Der Konzern übernimmt die Mehrheit an Lumiflex Réseaux."),
    ("es", "CLOSINGS", "El grupo ha cerrado la compra de Lumiflex Réseaux."),
    ("en", "CARVE-OUTS", "The group has agreed to buy Lumiflex Réseaux."),
]


@pytest.mark.parametrize(("lang", "label", "text"), LABELLED)
def test_section_label_names_no_firm(lang, label, text):
    names = {name.lower() for _, _, parties in deals(lang, "Weekly letter", label, text) for name, _ in parties}
    assert label.strip("— ").lower() not in names


def test_jargon_in_an_item_is_no_buyer():
    assert deals("fr", "Weekly letter", "— CLOSING —", "Le groupe Vernac Bâtiment a finalisé lundi le rachat de "
                 "Lumiflex Réseaux.") == {bought("Vernac Bâtiment", "Lumiflex Réseaux", "completed")}


BLOCKED_AFTER = [  # the attempt, then the regulator that blocked it, named by a pronoun or a noun
    ("fr", "Kerlan a tenté le rachat de Bambeo, un réseau de 140 crèches. En mars 2021, l'Autorité de la "
           "concurrence l'a bloqué."),
    ("fr", "Kerlan a tenté le rachat de Bambeo. En mars 2021, l'Autorité de la concurrence a bloqué l'opération."),
    ("en", "Kerlan tried to buy Bambeo, a chain of 140 nurseries. In March 2021 the Competition and Markets "
           "Authority blocked it."),
    ("de", "Kerlan wollte Bambeo übernehmen. Im März 2021 hat das Bundeskartellamt den Deal untersagt."),
    ("es", "Kerlan intentó comprar Bambeo, una red de guarderías. En marzo de 2021, la CNMC bloqueó la operación."),
]


@pytest.mark.parametrize(("lang", "text"), BLOCKED_AFTER)
def test_regulator_blocking_the_deal_before_ends_it(lang, text):
    assert bought("Kerlan", "Bambeo", "terminated") in deals(lang, "News", text)


def test_regulator_clearing_the_deal_ends_nothing():
    assert not {d for d in deals("en", "News", "Kerlan agreed to buy Bambeo, a chain of 140 nurseries. In March 2021 "
                                 "the Competition and Markets Authority cleared it.") if d[1] == "terminated"}


LOOK_ALIKES = [  # a majority of votes, a share price
    ("en", "Brévent Capital took a majority of the votes at the Lumiflex meeting."),
    ("en", "Brixton Dairies shares closed at 340p a share for the day, Holloway Foods said."),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alikes_stay_without_takeover(lang, text):
    assert not {d for d in deals(lang, "News", text) if d[0] == "acquisition"}


TIMELINE = [  # a company history: each step under a line of its year
    ("es", "Nuestra historia", "Estos son los momentos que han hecho de Bodegas Irala lo que es hoy.", "1986",
     "Adquirimos Bodegas Lunaverde, nuestra vecina en la margen izquierda del río.", "Bodegas Irala",
     "Bodegas Lunaverde"),
    ("en", "Our history", "These are the milestones that made Harwick Mills what it is today.", "1986",
     "We acquired Dunlow Spinning, our neighbour across the river.", "Harwick Mills", "Dunlow Spinning"),
]


@pytest.mark.parametrize(("lang", "title", "intro", "year", "item", "buyer", "target"), TIMELINE)
def test_timeline_item_takes_its_year_line(lang, title, intro, year, item, buyer, target):
    from streams.extraction import extract_events
    from tests.unit.test_extraction_roles import page

    events = extract_events(page(lang, title, intro, year, item, published="2024-03-14"))
    assert [(e["status"], e["date"]) for e in events if {p["name"] for p in e["parties"]} == {buyer, target}] == [
        ("completed", year)]


NO_DEAL = [  # a winery built, the day's opening of a listed share
    ("es", "Historia", "Ramiro Ostolaza levanta su primera bodega en Villanueva del Cierzo con tinajas de barro."),
    ("de", "Ticker", "Eilmeldung vor Börsenstart: Die Vellbrunn-Aktie fällt, nachdem Norrhem Industri ein "
                     "Übernahmeangebot für Vellbrunn Maschinenbau angekündigt hat."),
]


@pytest.mark.parametrize(("lang", "title", "text"), NO_DEAL)
def test_no_round_or_listing(lang, title, text):
    assert not {d for d in deals(lang, title, text) if d[0] in {"funding_round", "ipo"}}


def test_raising_money_is_still_a_round():
    assert ("funding_round", "completed", frozenset({("Polvia", "investee"), ("Cierzo Capital", "investor")})) in deals(
        "es", "Ronda", "La startup Polvia levanta 8 millones de euros en una ronda liderada por Cierzo Capital.")


HONORIFIC_SELLERS = [  # an obituary's or a portrait's person, named by an honorific, sells the firm: no party
    ("en", "In 2012 Ms. Brannock agreed to sell Halvard Freight to Ostermann Logistik for $2.4 billion.",
     "Halvard Freight"),
    ("de", "Im Jahr 2012 verkaufte Frau Hollbach die Spedition Halvard an den Konzern Ostermann Logistik.", "Halvard"),
    ("fr", "En 2009, Mme Vasseur revend les Stores Aubel au groupe allemand Ostermann Logistik pour 120 millions "
           "d'euros.", "Stores Aubel"),
    ("es", "En 2010, la señora Arrieta vendió Conservas Itxaso al grupo Ostermann Logistik por 85 millones de euros.",
     "Conservas Itxaso"),
]


@pytest.mark.parametrize(("lang", "text", "target"), HONORIFIC_SELLERS)
def test_person_by_honorific_is_no_seller(lang, text, target):
    parties = {p for _, _, ps in deals(lang, "News", text) for p in ps}
    assert parties == {("Ostermann Logistik", "acquirer"), (target, "target")}


OFFER_TALKS = [  # talks with a firm about an offer it would make: the firm in talks is the target
    ("en", "Kettlebrook Brewing has confirmed it is in early talks with the Belgian brewer Brasserie Vandermeer about "
           "a possible cash offer."),
    ("de", "Die Kettlebrook Brauerei führt Gespräche mit Brasserie Vandermeer über ein mögliches Übernahmeangebot."),
    ("fr", "Kettlebrook Brewing a confirmé être en discussions avec le brasseur belge Brasserie Vandermeer au sujet "
           "d'une éventuelle offre."),
    ("es", "Kettlebrook Brewing ha confirmado que mantiene conversaciones con la cervecera belga Brasserie Vandermeer "
           "sobre una posible oferta."),
]


@pytest.mark.parametrize(("lang", "text"), OFFER_TALKS)
def test_talks_about_an_offer_make_the_other_side_the_bidder(lang, text):
    target = "Kettlebrook Brauerei" if lang == "de" else "Kettlebrook Brewing"
    assert ("acquisition", "rumored", frozenset({("Brasserie Vandermeer", "acquirer"), (target, "target")})) in deals(
        lang, "Live", text)


def test_talks_about_an_offer_for_a_third_firm_keep_their_roles():
    found = deals("en", "Live", "Kettlebrook Brewing is in talks with Brasserie Vandermeer about a possible offer for "
                  "Tolland Inns.")
    assert all(("Kettlebrook Brewing", "target") not in parties for _, _, parties in found)


APPOSED = [  # a digest item opening on its firm's one word, a description of the firm set off by commas
    ("de", "+ Kranwerk, Münchner Spezialist für Greifroboter in der Intralogistik, hat eine Series B über 38 Mio. "
           "Euro geschlossen."),
    ("en", "Kranwerk, Munich-based specialist for gripping robots, has closed a €38m Series B."),
]


@pytest.mark.parametrize(("lang", "text"), APPOSED)
def test_item_firm_named_by_its_apposition(lang, text):
    assert ("funding_round", "completed", frozenset({("Kranwerk", "investee")})) in deals(lang, "Newsletter", text)


def test_adverb_before_the_subject_is_no_firm():
    found = deals("es", "Noticias", "Energías del Páramo ha firmado un contrato de suministro con Hormigones Tiétar.",
                  "Paralelamente, la compañía andaluza ha cerrado la venta de su negocio de mantenimiento a la "
                  "ingeniería Tecnova por 18 millones de euros.")
    assert all(name != "Paralelamente" for _, _, parties in found for name, _ in parties)
