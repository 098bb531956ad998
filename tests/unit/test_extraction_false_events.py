"""Words read as deals that state none (issue 3, false5): the Spanish verb "rondar" before a figure ("ronda los 25
millones": it comes to about) is no funding round; a purchase of goods counted in millions ("la compra de 180
millones de litros") is no takeover; money raised "to date", "since founding", "since 2023" is the total of all
rounds, no round of its own. The deals these words stand next to, and real rounds and takeovers, keep their reading."""

import pytest

from streams.extraction import extract_events
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
