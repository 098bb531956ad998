"""Words read as deals that state none (issue 3, false5): the Spanish verb "rondar" before a figure ("ronda los 25
millones": it comes to about) is no funding round; a purchase of goods counted in millions ("la compra de 180
millones de litros") is no takeover; money raised "to date", "since founding", "since 2023" is the total of all
rounds, no round of its own. A headline that joins two pieces of news ("as", "–", "tandis que") gives each cue the
parties of its own piece; a cue in an argument ("the watchdog arguing the deal would leave ... a single supplier")
and a deal noun that "comes after" other news state no deal. The deals these words stand next to, and real rounds
and takeovers, keep their reading."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from streams.extraction.statements import candidates
from tests.unit.test_extraction_roles import page


def typed(lang: str, *paragraphs: str) -> list[tuple[str, set[tuple[str, str]], float | None]]:
    return [(e["type"], {(p["name"], p["role"]) for p in e["parties"]}, (e.get("amount") or {}).get("value"))
            for e in extract_events(page(lang, *paragraphs))]


@pytest.mark.parametrize("sentence", [
    "La operación se cerró el pasado lunes y, según fuentes del sector, ronda los 25 millones de euros.",
    "El importe de la compra ronda los 25 millones de euros, según fuentes cercanas a la operación.",
    "Según fuentes del sector, el precio pagado ronda unos 25 millones de euros.",
    "La valoración de la distribuidora ronda cerca de 25 millones de euros.",
])
def test_spanish_verb_rondar_is_no_round(sentence):
    found = typed("es", "Lumatec compra Nordvía", "Lumatec ha comprado la distribuidora Nordvía Logística. " + sentence)
    assert [k for k, _, _ in found] == ["acquisition"]
    assert found[0][1] == {("Lumatec", "acquirer"), ("Nordvía Logística", "target")}


@pytest.mark.parametrize("sentence", [
    "Nordvía cerró en 2023 una ronda de 5 millones de euros liderada por Kibo Ventures.",
    "Nordvía cerró el año pasado una ronda de financiación de 5 millones de euros con Kibo Ventures.",
])
def test_spanish_noun_ronda_still_a_round(sentence):
    found = typed("es", "Lumatec compra Nordvía", "Lumatec ha comprado la distribuidora Nordvía Logística. " + sentence)
    assert ("funding_round", {("Nordvía Logística", "investee"), ("Kibo Ventures", "investor")}, 5e6) in found


@pytest.mark.parametrize(("lang", "title", "contract", "purchase"), [
    ("es", "Lácteos Miño firma con Granxa Unida", "Lácteos Miño ha firmado un contrato de suministro con la "
     "cooperativa Granxa Unida.", "El acuerdo, firmado el lunes en Lugo, garantiza la compra de 180 millones de "
     "litros anuales."),
    ("es", "Lácteos Miño firma con Granxa Unida", "Lácteos Miño ha firmado un contrato de suministro con la "
     "cooperativa Granxa Unida.", "El contrato prevé la compra de 2 millones de toneladas de forraje."),
    ("en", "Lumatec signs supply deal", "Lumatec has signed a supply contract with Nordwerk Energy.",
     "Under the deal Lumatec agreed to buy 2 million barrels of crude from Nordwerk Energy."),
])
def test_goods_counted_in_millions_are_no_takeover(lang, title, contract, purchase):
    found = typed(lang, title, contract + " " + purchase)
    assert [k for k, _, _ in found] == ["contract"]


@pytest.mark.parametrize(("lang", "sentence", "kind"), [
    ("es", "Granxa Unida acordó la compra de 2 millones de acciones de Lácteos Miño.", "investment"),
    ("es", "Granxa Unida acordó la compra de Lácteos Miño por 2 millones de euros.", "acquisition"),
    ("en", "Kestrel Capital agreed to buy 2 million shares of Nordwerk Energy from Orvik Holdings.", "investment"),
])
def test_shares_and_prices_in_millions_keep_their_deal(lang, sentence, kind):
    assert kind in [k for k, _, _ in typed(lang, "News", sentence)]


@pytest.mark.parametrize(("lang", "title", "lead", "totals"), [
    ("en", "Tessera acquired by Lumatec", "Lumatec has acquired Tessera, a start-up based in Leeds.",
     ["Tessera, which had raised about $6 million from angels since 2023, built tools for warehouses.",
      "Lumatec itself has raised $220 million to date.",
      "The company has now raised about $160 million since founding."]),
    ("de", "Lumatec übernimmt Tessera", "Lumatec hat das Start-up Tessera übernommen.",
     ["Tessera hatte seit 2021 rund 6 Millionen Euro von privaten Geldgebern eingesammelt.",
      "Lumatec selbst hat seit der Gründung 220 Millionen Euro eingesammelt.",
      "Lumatec hat bislang 220 Millionen Euro von Investoren erhalten."]),
    ("fr", "Lumatec rachète Tessera", "Lumatec a racheté la start-up Tessera.",
     ["Tessera, qui a levé 6 millions d'euros depuis 2021, conçoit des outils logistiques.",
      "Lumatec a levé 220 millions d'euros depuis sa création.",
      "Lumatec a levé 220 millions d'euros à ce jour."]),
    ("es", "Lumatec compra Tessera", "Lumatec ha comprado la startup Tessera.",
     ["Tessera, que ha levantado 6 millones de euros desde 2021, desarrolla herramientas logísticas.",
      "Lumatec ha recaudado 220 millones de euros desde su fundación.",
      "Lumatec ha captado 220 millones de euros hasta la fecha."]),
])
def test_money_raised_to_date_is_no_round(lang, title, lead, totals):
    for sentence in totals:
        assert [k for k, _, _ in typed(lang, title, lead + " " + sentence)] == ["acquisition"], sentence


@pytest.mark.parametrize(("lang", "sentence", "investor"), [
    ("en", "Lumatec has raised $50 million in its largest round to date, led by Kestrel Ventures.", "Kestrel Ventures"),
    ("en", "Lumatec raised $50 million from Kestrel Ventures in a Series B round.", "Kestrel Ventures"),
    ("de", "Lumatec hat in seiner bislang größten Finanzierungsrunde 50 Millionen Euro eingesammelt, angeführt von "
     "Kestrel Ventures.", "Kestrel Ventures"),
    ("fr", "Lumatec a levé 50 millions d'euros lors de sa plus grosse levée à ce jour, menée par Kestrel Ventures.",
     "Kestrel Ventures"),
])
def test_a_round_called_the_largest_to_date_stays(lang, sentence, investor):
    found = typed(lang, "News", sentence)
    assert any(k == "funding_round" and ("Lumatec", "investee") in p and (investor, "investor") in p
               for k, p, _ in found), found


@pytest.mark.parametrize(("lang", "title", "body", "wrong"), [
    ("en", "Halden Logistics wins £40m contract as Bluecrest stake sale lands", "Halden Logistics has won a £40m "
     "contract to run three warehouses for the health service. Bluecrest, its rival, sold a 20% stake to Orwell "
     "Capital.", ("contract", "Bluecrest", "customer")),
    ("de", "Übernahmefantasie treibt Vantel – Rhenox sagt Börsengang ab", "Die Aktie von Vantel stieg am Montag um 8 "
     "Prozent. Rhenox begründete die Absage mit dem schwachen Marktumfeld.", ("ipo", "Vantel", "issuer")),
    ("fr", "Vantel s'envole tandis que Rhenox renonce à son introduction en Bourse", "L'action Vantel a gagné 8 % "
     "lundi. Rhenox a justifié sa décision par la faiblesse du marché.", ("ipo", "Vantel", "issuer")),
    ("es", "Vantel se dispara mientras Rhenox aplaza su salida a Bolsa", "Las acciones de Vantel subieron un 8 % el "
     "lunes. Rhenox justificó su decisión por la debilidad del mercado.", ("ipo", "Vantel", "issuer")),
])
def test_a_headline_of_two_news_gives_each_cue_its_own_piece(lang, title, body, wrong):
    kind, name, role = wrong
    assert not any(k == kind and (name, role) in p for k, p, _ in typed(lang, title, body))


@pytest.mark.parametrize(("lang", "title", "body", "kind", "expected"), [
    ("en", "Lumatec to buy Nordwerk for $2bn", "Lumatec said on Monday it had agreed to buy Nordwerk.",
     "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("de", "Lumatec: Übernahme von Nordwerk abgeschlossen", "Die Lumatec AG hat die Übernahme der Nordwerk GmbH am "
     "Montag abgeschlossen.", "acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("fr", "Vantel s'envole tandis que Rhenox renonce à son introduction en Bourse", "L'action Vantel a gagné 8 % "
     "lundi. Rhenox a justifié sa décision par la faiblesse du marché.", "ipo", {("Rhenox", "issuer")}),
    ("en", "Stratmoor wins £430m sensor deal as owner eyes float", "Stratmoor Systems has won a £430m contract from "
     "the Ministry of Defence.", "contract", {("Stratmoor Systems", "supplier"), ("Ministry of Defence", "customer")}),
])
def test_a_headline_piece_keeps_its_own_parties(lang, title, body, kind, expected):
    assert (kind, expected) in [(k, p) for k, p, _ in typed(lang, title, body)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Its $1.9 billion sale to Orrin Semiconductor was blocked by the CMA on Tuesday, the watchdog arguing the "
     "deal would leave carmakers with a single supplier of radar chips."),
    ("fr", "La vente de Velora à Orrin Semiconductor a été bloquée mardi par l'Autorité de la concurrence, estimant "
     "que l'opération laisserait aux constructeurs un seul fournisseur de puces radar."),
    ("es", "La venta de Velora a Orrin Semiconductor fue bloqueada el martes por la CNMC, al considerar que la "
     "operación dejaría a los fabricantes con un solo proveedor de chips de radar."),
])
def test_a_cue_inside_an_argument_is_no_deal(lang, sentence):
    found = typed(lang, "News", "Velora Systems makes radar chips for cars. " + sentence)
    assert "contract" not in [k for k, _, _ in found]
    assert any(k == "acquisition" and ("Orrin Semiconductor", "acquirer") in p for k, p, _ in found)


@pytest.mark.parametrize(("lang", "title", "first", "second"), [
    ("es", "Lumatec gana un pedido de 300 millones",
     "Renfe ha encargado a Lumatec 20 trenes por 300 millones de euros.",
     "El pedido llega después de que la compañía vendiera este año su división de mantenimiento a Talleres Norte."),
    ("en", "Lumatec wins £300m train order", "Network Rail has ordered 20 trains from Lumatec for £300m.",
     "The order comes six months after the company sold its maintenance division to Talleres Norte."),
    ("fr", "Lumatec décroche une commande de 300 millions",
     "La SNCF a commandé 20 trains à Lumatec pour 300 millions d'euros.",
     "La commande intervient après la cession par la société de sa division de maintenance à Talleres Norte."),
])
def test_a_deal_noun_that_comes_after_other_news_states_no_deal(lang, title, first, second):
    told = read_page(page(lang, title, f"{first} {second}"))
    assert [c.type for c in candidates(told) if c.sentence == 2] in ([], ["acquisition"])  # the title is sentence 0
    contracts = [p for k, p, _ in typed(lang, title, f"{first} {second}") if k == "contract"]
    assert len(contracts) == 1 and ("Lumatec", "supplier") in contracts[0]


@pytest.mark.parametrize(("lang", "title", "round_", "market"), [
    ("en", "Quellora raises $20m", "Quellora, a climate-data start-up, has raised $20m from Kestrel Ventures.",
     "According to figures from research firm Tidemark, European climate-data start-ups raised $1.1bn last year, "
     "down from $1.6bn the year before."),
    ("fr", "Quellora lève 20 millions", "Quellora a levé 20 millions d'euros auprès de Kestrel Ventures.",
     "Selon le cabinet Tidemark, les start-up françaises de la donnée climatique ont levé 1,1 milliard d'euros l'an "
     "dernier."),
    ("es", "Quellora levanta 20 millones", "Quellora ha levantado 20 millones de euros de Kestrel Ventures.",
     "Según la consultora Tidemark, las startups españolas de datos climáticos levantaron 1.100 millones de euros el "
     "año pasado."),
    ("de", "Quellora sammelt 20 Millionen ein", "Quellora hat 20 Millionen Euro von Kestrel Ventures eingesammelt.",
     "Laut Tidemark sammelten deutsche Klimadaten-Start-ups im vergangenen Jahr 1,1 Milliarden Euro ein."),
])
def test_what_a_class_of_firms_raised_is_the_market_sum(lang, title, round_, market):
    found = typed(lang, title, round_ + " " + market)
    assert [(k, a) for k, _, a in found] == [("funding_round", 2e7)]
    assert ("Kestrel Ventures", "investor") in found[0][1]
