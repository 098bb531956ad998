"""issue 3 (market2): market wraps tell deals between share moves: a stake raised or built ("X hat seinen Anteil an
dem Netzbetreiber auf 8,4 Prozent aufgestockt", "a filing showed that activist investor X has built a 6.5% stake in
the haulier"), a bid the mover received ("X se dispara por la opa de Y", "X jumped 40% after a bid from Y"), a
headline's bid ("X bietet für Y", "a counter-bid for Y"). Mini-articles written for these tests; probes that must
keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

WRAPS = {"de": "Dax schließt im Plus", "en": "FTSE 100 closes higher", "es": "El Ibex 35 cierra en positivo",
         "fr": "La Bourse de Paris termine en hausse"}


def events_of(lang: str, text: str, kind: str, title: str | None = None) -> list[dict]:
    return [e for e in extract_events(page(lang, title or WRAPS[lang], text)) if e["type"] == kind]


STAKES = [
    ("de", "Der Dax stieg um 0,5 Prozent. Bei Rheinstrom Energie ist derweil ein Finanzinvestor weiter eingestiegen: "
           "Hollmann Capital hat seinen Anteil an dem Netzbetreiber auf 8,4 Prozent aufgestockt, wie aus einer "
           "Stimmrechtsmitteilung hervorgeht.", "Hollmann Capital", "Rheinstrom Energie", "completed"),
    ("de", "Der Dax stieg um 0,5 Prozent. Hollmann Capital hat seinen Anteil an Rheinstrom Energie auf 8,4 Prozent "
           "aufgestockt.", "Hollmann Capital", "Rheinstrom Energie", "completed"),
    ("de", "Lumatec stockt seine Beteiligung an Nordwerk auf 10 Prozent auf.", "Lumatec", "Nordwerk", None),
    ("en", "The FTSE 100 rose 0.4%. Tarvin Freight gained 3.1% after a filing showed that activist investor Corwell "
           "Partners has built a 6.5% stake in the haulier.", "Corwell Partners", "Tarvin Freight", "completed"),
    ("en", "The FTSE 100 rose 0.4%. Tarvin Freight gained 3.1% after activist investor Corwell Partners built a 6.5% "
           "stake in the company.", "Corwell Partners", "Tarvin Freight", None),
    ("en", "The FTSE 100 rose 0.4%. Tarvin Freight gained 3.1% after a filing revealed that Corwell Partners has "
           "built a 6.5% stake in the company.", "Corwell Partners", "Tarvin Freight", "completed"),
]


@pytest.mark.parametrize(("lang", "text", "investor", "investee", "status"), STAKES)
def test_stake_raised_or_built_in_a_market_wrap(lang, text, investor, investee, status):
    (event,) = events_of(lang, text, "investment")
    assert parties(event) == {(investor, "investor"), (investee, "investee")}
    if status:
        assert event["status"] == status


BIDS = [
    ("en", "FTSE 100 closes higher", "The FTSE 100 rose 0.4%. Marden Therapeutics jumped 40% after a $1.8bn bid from "
                                     "Kestrel Pharma."),
    ("en", "FTSE 100 closes higher", "The FTSE 100 rose 0.4%. Marden Therapeutics soared 40% on a takeover offer "
                                     "from Kestrel Pharma."),
    ("en", "Kestrel crashes the party: a $1.8bn counter-bid for Marden Therapeutics",
     "Kestrel, the Swiss drugmaker, offered $40 a share for Marden Therapeutics on Monday. Kestrel shares fell 2%."),
    ("de", "Kestrel bietet für Mardau", "Der Pharmakonzern Kestrel will den Konkurrenten übernehmen. Kestrel bietet "
                                        "den Aktionären 30 Euro je Aktie."),
    ("de", "Nachrichten", "Kestrel bietet für Mardau."),
    ("es", "Marden Terapia se dispara por la opa de Grupo Kestrel", "Las acciones de Marden Terapia subieron un "
                                                                   "20%. Grupo Kestrel es el mayor laboratorio del "
                                                                   "país."),
    ("es", None, "El Ibex 35 subió un 0,5%. Marden Terapia se dispara un 20% por la opa de Grupo Kestrel."),
    ("es", None, "El Ibex 35 subió un 0,5%. Marden Terapia sube un 20% tras la oferta del Grupo Kestrel."),
    ("fr", None, "Le CAC 40 a gagné 0,5 %. Marden SA s'envole grâce à l'OPA de Kestrel Pharma."),
    ("fr", None, "Le CAC 40 a gagné 0,5 %. Marden SA bondit de 20 % après l'offre de Kestrel Pharma."),
]


@pytest.mark.parametrize(("lang", "title", "text"), BIDS)
def test_bid_in_a_market_wrap_names_bidder_and_target(lang, title, text):
    events = events_of(lang, text, "acquisition", title)
    assert any({r for n, r in parties(e) if "Kestrel" in n} == {"acquirer"}
               and {r for n, r in parties(e) if n.startswith("Mard")} == {"target"} for e in events)
    assert not any(("acquirer" in r and n.startswith("Mard")) for e in events for n, r in parties(e))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Grupo Kestrel ha lanzado una opa de 300 millones de euros sobre Marden Terapia."),
    ("es", "Grupo Kestrel se dispara un 5% tras la opa de 300 millones de euros sobre Marden Terapia."),
    ("fr", "Kestrel Pharma a lancé une OPA de 300 millions d'euros sur Marden SA."),
    ("en", "Kestrel Pharma made a $1.8bn bid for Marden Therapeutics."),
])
def test_bidder_of_an_offer_with_its_target_stays_the_buyer(lang, text):
    (event,) = events_of(lang, text, "acquisition", "News")
    assert {r for n, r in parties(event) if "Kestrel" in n} == {"acquirer"}
    assert {r for n, r in parties(event) if "Marden" in n} == {"target"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lumatec bietet für alle Kunden einen Wartungsdienst."),
    ("de", "Lumatec hat seinen Umsatz auf 80 Millionen Euro erhöht."),
    ("en", "Shares in Lumatec rose 3% after a filing showed strong sales."),
])
def test_no_deal_without_a_deal(lang, text):
    assert not [e for e in extract_events(page(lang, "News", text)) if e["type"] in ("acquisition", "investment")]


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "Ashby Energy is preparing a stock market listing of its renewables arm, Ashby Green.", "Ashby Green"),
    ("fr", "Ashby Énergie prépare l'introduction en Bourse de sa filiale d'énergies renouvelables, Ashby Vert.",
     "Ashby Vert"),
    ("es", "Ashby Energía prepara la salida a bolsa de su filial renovable, Ashby Verde.", "Ashby Verde"),
])
def test_listing_of_an_owners_named_unit_is_the_units(lang, text, unit):
    from streams.extraction.page import read_page
    from streams.extraction.statements import candidates
    found = [c for c in candidates(read_page(page(lang, "News", text))) if c.type == "ipo"]
    assert found and all(c.parties == [(unit, "issuer")] for c in found)


def test_listing_of_an_unnamed_unit_stays_the_owners():
    (event,) = events_of("en", "Ashby Energy plans a listing of its arm in Amsterdam next year.", "ipo", "News")
    assert parties(event) == {("Ashby Energy", "issuer")}


MOVED = [
    ("de", "Der Dax stieg um 0,5 Prozent. Gerüchte trieben die Aktie des Zahlungsdienstleisters Paynet um 7 Prozent "
           "nach oben. Einem Bericht zufolge lotet der französische Konkurrent Monel einen Zusammenschluss mit den "
           "Frankfurtern aus.", "merger", {("Monel", "party"), ("Paynet", "party")}, "rumored"),
    ("de", "Die Aktie der Vernal AG stieg um 3 Prozent. Die Stuttgarter hatten den Zulieferer Achswerk übernommen.",
     "acquisition", {("Vernal", "acquirer"), ("Achswerk", "target")}, "completed"),
    ("es", "La tecnológica Paynet, con sede en Madrid, gana clientes. Según la prensa, el grupo francés Monel estudia "
           "una fusión con los madrileños.", "merger", {("Monel", "party"), ("Paynet", "party")}, "rumored"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected", "status"), MOVED)
def test_people_of_a_place_after_a_share_move_or_a_seat(lang, text, kind, expected, status):
    (event,) = events_of(lang, text, kind, "News")
    assert parties(event) == expected and event["status"] == status


@pytest.mark.parametrize("text", [
    "Die Vernal AG aus Ulm baut Busse. Die Stuttgarter hatten den Zulieferer Achswerk übernommen.",
    "Die Vernal AG baut Busse. Die Stuttgarter hatten den Zulieferer Achswerk übernommen.",
])
def test_people_of_a_place_with_no_share_move_before_stand_for_no_firm(text):
    assert not any(("Vernal", "acquirer") in parties(e) for e in extract_events(page("de", "News", text)))


def test_share_taken_with_its_sum_after_a_colon_is_in_the_firm_named_before():
    text = "Der Dax stieg um 0,5 Prozent. Beim Münchner Sensorspezialisten Lumisens steigt ein Industriekonzern ein: " \
           "Der Autozulieferer Kettwerk beteiligt sich mit 12 Millionen Euro."
    (event,) = events_of("de", text, "investment")
    assert parties(event) == {("Kettwerk", "investor"), ("Lumisens", "investee")}
    assert event["amount"]["value"] == 12e6


@pytest.mark.parametrize("text", ["Lumatec beteiligt sich mit 12 Millionen Euro.",
                                  "Die Stadt Ulm beteiligt sich mit 2 Millionen Euro an den Kosten."])
def test_share_with_a_sum_and_no_firm_is_no_deal(text):
    assert not events_of("de", text, "investment", "Nachrichten")


@pytest.mark.parametrize("text", [
    "Beim Münchner Sensorspezialisten Lumisens steigt der Autozulieferer Kettwerk ein.",
    "Beim Sensorspezialisten Lumisens ist der Autozulieferer Kettwerk eingestiegen.",
    "Bei Lumisens steigt der Autozulieferer Kettwerk ein.",
    "Jetzt steigt Kettwerk beim Softwarehaus Lumisens ein.",
])
def test_fronted_entry_phrase_names_the_firm_entered(text):
    (event,) = events_of("de", text, "investment", "Nachrichten")
    assert parties(event) == {("Kettwerk", "investor"), ("Lumisens", "investee")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Varnholt (+2,5 %) übernimmt den Maschinenbauer Dorlin aus Ulm."),
    ("fr", "Varnholt (+2,5 %) rachète le fabricant lyonnais Dorlin."),
    ("es", "Varnholt (+2,5 %) compra la ingeniería Dorlin."),
    ("en", "Varnholt (+2.5%) buys the engineering firm Dorlin."),
])
def test_listed_bracket_after_the_buyer_is_no_stake(lang, text):
    """(german2) a market wrap's signed move in brackets after a name ("X (+2,5 %) übernimmt Y") is no stake: the
    firm is bought, not invested in."""
    (event,) = events_of(lang, text, "acquisition", WRAPS[lang])
    assert {r for n, r in parties(event) if n == "Varnholt"} == {"acquirer"}
    assert {r for n, r in parties(event) if n == "Dorlin"} == {"target"}


def test_a_stake_after_the_bracket_stays_an_investment():
    (event,) = events_of("de", "Varnholt (+2,5 %) übernimmt 20 Prozent am Maschinenbauer Dorlin aus Ulm.",
                         "investment", WRAPS["de"])
    assert {r for n, r in parties(event) if n == "Dorlin"} == {"investee"}
