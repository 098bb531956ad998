"""Rumoured deals: talks reported by sources, approaches, interest, "verhandelt ... mit". The press that reports
them is never a party ("el FT publicó que", "..., Sky News reported.");
a sale told without a buyer takes the firm its seller talks with in the next sentences or the firm its relative
clause names as interested; a bid only weighed has the page's firm as target; a stake the page's firm talks about
with another firm is that firm's investment
("verhandelt X mit Y über eine Minderheitsbeteiligung": Y invests in X). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

SHAPES = [
    # the press is the source, never a party
    ("es", "Noticias", "El FT publicó que Lumatec negocia la compra de la distribuidora catalana Nordwerk. Lumatec "
     "fabrica productos químicos.", "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("es", "Noticias", "Según publicó ayer Expansión, Lumatec negocia la compra de la distribuidora catalana Nordwerk. "
     "Lumatec fabrica productos químicos.", "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("en", "Nordwerk attracts bidders", "Nordwerk makes pumps in Leeds. Private equity firm Brightwater Capital has "
     "already held preliminary talks about a possible bid, Sky News reported. Nordwerk employs 900 people.",
     "acquisition", {("Brightwater Capital", "acquirer"), ("Nordwerk", "target")}),
    ("en", "Nordwerk attracts bidders", "Nordwerk makes pumps in Leeds. Brightwater Capital has held talks about a "
     "possible bid, the Financial Times reported on Monday. Nordwerk employs 900 people.",
     "acquisition", {("Brightwater Capital", "acquirer"), ("Nordwerk", "target")}),
    ("en", "Nordwerk attracts bidders", "Nordwerk makes pumps in Leeds. Swiss drugmaker Lumatec has held preliminary "
     "discussions about a possible offer, according to two people familiar with the matter. Nordwerk employs 900 "
     "people.", "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    # a buyer in the sale's relative clause, or an interest in the conditional
    ("es", "Nordwerk vende activos", "Nordwerk tiene sede en Bilbao. Nordwerk sondea la venta de su negocio eólico en "
     "México, por el que ya se habría interesado la francesa Sonexa. Nordwerk emplea a 2.000 personas.",
     "acquisition", {("Sonexa", "acquirer"), ("Nordwerk", "seller")}),
    ("es", "Nordwerk vende activos", "Nordwerk tiene sede en Bilbao. Según fuentes del mercado, la empresa también "
     "sondea la venta de su negocio eólico en Castilla y León, de unos 800 megavatios, por el que Sonexa habría "
     "mostrado interés. Nordwerk emplea a 2.000 personas.", "acquisition",
     {("Sonexa", "acquirer"), ("Nordwerk", "seller")}),
    ("es", "Nordwerk vende activos", "Nordwerk tiene sede en Bilbao. Fuentes del sector apuntan a que Lumatec habría "
     "mostrado interés por Nordwerk. Nordwerk emplea a 2.000 personas.", "acquisition",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("es", "Noticias", "Nordwerk tiene sede en Bilbao. Lumatec se habría interesado por la catalana Nordwerk. "
     "Nordwerk emplea a 2.000 personas.", "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    # a sale without a buyer, then talks with one
    ("de", "Nordwerk ordnet sich neu", "Die Münchener Nordwerk AG baut Pumpen. Nordwerk will seine Pumpensparte "
     "verkaufen. Nach Informationen aus Finanzkreisen verhandelt Nordwerk darüber bereits mit dem Finanzinvestor "
     "Brightwater. Nordwerk beschäftigt 900 Mitarbeiter.", "acquisition",
     {("Brightwater", "acquirer"), ("Nordwerk", "seller")}),
    ("de", "Nordwerk ordnet sich neu", "Die Münchener Nordwerk AG baut Pumpen. Zugleich trennt sich der Konzern von "
     "Randaktivitäten. Das Geschäft mit Verpackungsmaschinen steht seit Monaten zum Verkauf. Nach Informationen aus "
     "Finanzkreisen verhandeln die Münchener inzwischen exklusiv mit dem Finanzinvestor Brightwater. Nordwerk "
     "beschäftigt 900 Mitarbeiter.", "acquisition", {("Brightwater", "acquirer"), ("Nordwerk", "seller")}),
    # the unit a sale told before, bought by its definite noun
    ("en", "Nordwerk to sell unit", "Nordwerk is exploring a sale of its pumps unit Aquaflux. Brightwater Partners is "
     "in advanced talks to buy the business for about €600m, according to three people familiar with the matter. "
     "Nordwerk makes pumps in Leeds.", "acquisition",
     {("Brightwater Partners", "acquirer"), ("Nordwerk", "seller"), ("Aquaflux", "target")}),
    ("en", "Nordwerk to sell unit", "Nordwerk is exploring a sale of its pumps business. Brightwater Partners is in "
     "advanced talks to buy the business, according to three people familiar with the matter. Nordwerk makes pumps "
     "in Leeds.", "acquisition", {("Brightwater Partners", "acquirer"), ("Nordwerk", "seller")}),
    ("fr", "Nordwerk cède une activité", "Nordwerk fabrique des pompes à Lyon. Nordwerk envisage la cession de sa "
     "division de pompes. Selon nos informations, le fonds Brightwater serait en négociations exclusives pour "
     "racheter l'activité.", "acquisition", {("Brightwater", "acquirer"), ("Nordwerk", "seller")}),
    ("es", "Nordwerk vende una división", "Nordwerk fabrica bombas en Bilbao. Nordwerk estudia la venta de su división "
     "de bombas. Según fuentes del mercado, el fondo Brightwater negocia comprar la división.", "acquisition",
     {("Brightwater", "acquirer"), ("Nordwerk", "seller")}),
    # approaches
    ("fr", "Nouvelles", "Selon nos informations, Lumatec aurait également approché ces dernières semaines le portugais "
     "Nordwerk. Lumatec fabrique des emballages.", "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("fr", "Nordwerk décroche un contrat", "Nordwerk fabrique des viseurs. Selon nos informations, l'italien Lumatec "
     "a approché ces dernières semaines les actionnaires familiaux de Nordwerk en vue d'une prise de participation "
     "minoritaire. Nordwerk n'a pas souhaité commenter.", "investment",
     {("Lumatec", "investor"), ("Nordwerk", "investee")}),
    # a stake the page's firm talks about
    ("de", "Lumatec sucht Partner", "Die Jenaer Lumatec GmbH entwickelt Software. Branchenkreisen zufolge verhandelt "
     "Lumatec parallel mit dem US-Konzern Sonexa über eine strategische Minderheitsbeteiligung. Der Umsatz von "
     "Lumatec stieg 2023 kräftig.", "investment", None),
    ("fr", "Lumatec cherche un partenaire", "Lumatec fabrique des logiciels à Lyon. Lumatec est en discussions "
     "avancées avec Sonexa pour une prise de participation minoritaire. Lumatec emploie 200 personnes.",
     "investment", {("Sonexa", "investor"), ("Lumatec", "investee")}),
    # talks of both sides about a merger
    ("de", "Banken prüfen Fusion", "Die Volksbank Taunus-Wetterau und die Raiffeisenbank Vogelsberg führen "
     "Sondierungsgespräche über einen möglichen Zusammenschluss. Noch sei nichts entschieden.", "merger",
     {("Volksbank Taunus-Wetterau", "party"), ("Raiffeisenbank Vogelsberg", "party")}),
    ("de", "Banken prüfen Fusion", "Die Volksbank Taunus-Wetterau und die Raiffeisenbank Vogelsberg verhandeln über "
     "eine Fusion. Noch sei nichts entschieden.", "merger",
     {("Volksbank Taunus-Wetterau", "party"), ("Raiffeisenbank Vogelsberg", "party")}),
    ("es", "Nordwerk busca socio", "La familia dueña de Nordwerk analiza vender una participación minoritaria al fondo "
     "Sonexa, que podría invertir 200 millones. Nordwerk fabrica muebles.", "investment",
     {("Sonexa", "investor"), ("Nordwerk", "investee")}),
]


@pytest.mark.parametrize(("lang", "title", "body", "kind", "expected"), SHAPES)
def test_a_reported_deal_is_a_rumour_with_its_parties(lang: str, title: str, body: str, kind: str,
                                                      expected: set | None):
    events = [e for e in extract_events(page(lang, title, body)) if e["type"] == kind]
    assert events and all(e["status"] == "rumored" for e in events)
    if expected is not None:
        assert expected in [parties(e) for e in events]


@pytest.mark.parametrize(("lang", "title", "body", "absent"), [
    ("en", "Nordwerk attracts bidders", "Nordwerk makes pumps in Leeds. Brightwater Capital is in talks to buy "
     "Nordwerk, the Financial Times reported on Monday. Nordwerk employs 900 people.", "Financial Times"),
])
def test_the_press_is_never_a_party(lang: str, title: str, body: str, absent: str):
    events = extract_events(page(lang, title, body))
    assert events and all(absent not in p["name"] for e in events for p in e["parties"])


KEPT = [  # probes that must keep their result
    ("en", "Lumatec buys Nordwerk", "Lumatec said on Tuesday it had agreed to buy Nordwerk for $2bn. Lumatec makes "
     "pumps.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "announced"),
]


@pytest.mark.parametrize(("lang", "title", "body", "expected", "state"), KEPT)
def test_an_announced_deal_stays_announced(lang: str, title: str, body: str, expected: set, state: str):
    events = [(parties(e), e["status"]) for e in extract_events(page(lang, title, body)) if e["type"] == "acquisition"]
    assert any(expected <= p and s == state for p, s in events)


def test_speculation_without_a_named_buyer_is_no_deal():
    text = "Nordwerk makes pumps in Leeds. Analysts speculate that Nordwerk could become a takeover target. Nordwerk " \
           "declined to comment."
    assert [e for e in extract_events(page("en", "Nordwerk shares jump", text)) if e["type"] == "acquisition"] == []
