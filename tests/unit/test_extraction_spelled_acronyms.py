"""Issue 3 (fields): a firm spelled out in capitalised words the name reader took for no name ("Die Rheinische
Verkehrsgesellschaft (RVG)") is named whole, its acronym too (also in a headline that writes the acronym first);
a stake's price told in the next sentence is the stake's amount."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def deals(language: str, title: str, text: str) -> list[tuple[str, set[tuple[str, str]], float | None]]:
    return [(e["type"], {(p["name"], p["role"]) for p in e["parties"]}, (e.get("amount") or {}).get("value"))
            for e in extract_events(page(language, title, text))]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Nachrichten", "Die Rheinische Verkehrsgesellschaft (RVG) hat bei Lumobus 40 Wasserstoffbusse bestellt."),
        ("RVG bestellt 40 Wasserstoffbusse",
         "Die Rheinische Verkehrsgesellschaft (RVG) hat bei Lumobus 40 Wasserstoffbusse bestellt."),
        ("RVG bestellt 40 Wasserstoffbusse",
         "Die Rheinische Verkehrsgesellschaft (RVG) modernisiert ihre Flotte. RVG bestellt bei Lumobus 40 "
         "Wasserstoffbusse."),
    ],
)
def test_a_firm_spelled_out_before_its_acronym_is_named_whole(title: str, text: str) -> None:
    assert ("contract", {("Rheinische Verkehrsgesellschaft", "customer"), ("Lumobus", "supplier")}, None) in deals(
        "de", title, text)


@pytest.mark.parametrize(
    ("language", "text", "customer"),
    [
        ("fr", "La Régie autonome des transports parisiens (RATP) a commandé 20 rames à Lumatec.",
         "Régie autonome des transports parisiens"),
        ("es", "Transportes Metropolitanos (TMB) ha encargado 30 autobuses a Lumobus.", "Transportes Metropolitanos"),
        ("de", "Die Nordwerk Verkehrsbetriebe (NVB) haben bei Lumobus 40 Busse bestellt.", "Nordwerk Verkehrsbetriebe"),
    ],
)
def test_names_read_whole_keep_their_name(language: str, text: str, customer: str) -> None:
    ((kind, parties, _),) = deals(language, "News", text)
    assert kind == "contract" and (customer, "customer") in parties


@pytest.mark.parametrize(
    "text",
    [
        "Der Technologiekonzern Nordwerk beteiligt sich an dem Start-up Lumatec. Für die Minderheitsbeteiligung "
        "zahlt der Technologiekonzern 25 Mio. Euro.",
        "Nordwerk übernimmt eine Minderheitsbeteiligung an Lumatec. Für die Beteiligung zahlt Nordwerk 25 Mio. Euro.",
    ],
)
def test_a_stakes_price_in_the_next_sentence_is_its_amount(text: str) -> None:
    ((kind, parties, amount),) = deals("de", "Nachrichten", text)
    assert kind == "investment" and parties == {("Nordwerk", "investor"), ("Lumatec", "investee")}
    assert amount == 25e6


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Nordwerk invests in Lumatec",
         "Nordwerk has taken a minority stake in Lumatec. The technology group is paying $25m for the stake."),
        ("fr", "Nordwerk entre au capital de Lumatec",
         "Nordwerk prend une participation minoritaire dans Lumatec. Le groupe paie 25 millions d'euros pour cette "
         "participation."),
        ("es", "Nordwerk entra en Lumatec",
         "Nordwerk ha adquirido una participación minoritaria en Lumatec. El grupo paga 25 millones de euros por la "
         "participación."),
    ],
)
def test_a_stake_paid_for_in_the_next_sentence_is_no_other_deal(language: str, title: str, text: str) -> None:
    ((kind, parties, amount),) = deals(language, title, text)
    assert kind == "investment" and parties == {("Nordwerk", "investor"), ("Lumatec", "investee")}
    assert amount == 25e6


@pytest.mark.parametrize(
    "text",
    [
        "Der Technologiekonzern Nordwerk beteiligt sich an dem Start-up Lumatec. Die Beteiligung ist 25 Mio. Euro "
        "wert.",
        "Der Technologiekonzern Nordwerk beteiligt sich an dem Start-up Lumatec. Lumatec setzte im vergangenen Jahr "
        "25 Mio. Euro um.",
    ],
)
def test_a_stakes_worth_or_the_firms_revenue_is_no_price(text: str) -> None:
    ((kind, _, amount),) = deals("de", "Nachrichten", text)
    assert kind == "investment" and amount is None


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("fr", "Lumatec prépare son entrée en Bourse",
         "Lumatec, qui a levé 12 millions d'euros en 2020, prépare son introduction en Bourse."),
        ("en", "Lumatec plans IPO", "Lumatec, which raised $12m in 2020, is preparing an initial public offering."),
        ("es", "Lumatec prepara su salida a bolsa",
         "Lumatec, que levantó 12 millones de euros en 2020, prepara su salida a bolsa."),
    ],
)
def test_a_round_told_in_a_relative_clause_is_no_stage_or_sum_of_the_listing(language: str, title: str,
                                                                             text: str) -> None:
    events = extract_events(page(language, title, text))
    (listing,) = [e for e in events if e["type"] == "ipo"]
    assert listing["status"] == "announced" and listing["amount"] is None and listing["date"] == "2024-03-14"


def test_a_sum_raised_before_the_listing_cue_is_still_the_listings() -> None:
    events = extract_events(page("en", "Lumatec prices IPO",
                                 "Lumatec raised $308m by selling shares on Tuesday, in the year's largest IPO."))
    (listing,) = [e for e in events if e["type"] == "ipo"]
    assert listing["amount"]["value"] == 308e6


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("de", "Die Rheinbahn hat beim Hersteller Lumobus 30 Elektrobusse bestellt. Der Auftrag hat ein Volumen von "
               "rund 21 Millionen Euro, wie ein Sprecher am Mittwoch sagte.", 21e6),
        ("en", "Metroline has ordered 40 electric buses from Lumobus. The order is worth about $40m.", 40e6),
        ("fr", "Transdev a commandé 40 bus électriques à Lumobus. La commande s'élève à 85 millions d'euros.", 85e6),
        ("es", "Alsa ha encargado 40 autobuses eléctricos a Lumobus. El contrato asciende a 12 millones de euros.",
         12e6),
    ],
)
def test_an_orders_value_in_the_next_sentence(language: str, text: str,
                                                                             amount: float | None) -> None:
    ((_, _, value),) = deals(language, text.split(". ")[0], text)  # the headline tells the order
    assert value == amount


def test_a_stake_in_another_firm_keeps_its_own_price() -> None:
    events = deals("en", "Nordwerk invests in Lumatec", "Nordwerk has taken a minority stake in Lumatec. Nordwerk is "
                   "also paying $10m for a 30% stake in Zetalink.")
    assert ("investment", {("Nordwerk", "investor"), ("Lumatec", "investee")}, None) in events
    assert ("investment", {("Nordwerk", "investor"), ("Zetalink", "investee")}, 10e6) in events
