"""Deal cues of issue 3 (cues16): contracts told from the winner's side or by where they went, customers told by
the revenue a supplier draws from them, rounds led earlier and closed by their sum, stakes told as entering the
capital, owners in the passive or told since when, bids by the press's idioms, network companies set up together;
and look-alikes that state no deal (revenue from a region or a product, a stock index, a person in charge, a plan
with no counterparty, a law firm advising). Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"


def _events(lang: str, sentence: str) -> list[dict]:
    return extract_events(page(lang, "Nachrichten" if lang == "de" else "News", sentence))


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected"), [
    # a contract told by where it went, or the customer's choice of a bid
    ("en", "The Halvern Energy contract went to Tallis Construction.", "contract",
     {("Halvern Energy", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("en", "Halvern Energy's £40m maintenance contract went to Tallis Construction.", "contract",
     {("Halvern Energy", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("fr", "Halvern Énergie retient le projet de Tallis Ingénierie pour son nouveau siège.", "contract",
     {("Halvern Énergie", CUSTOMER), ("Tallis Ingénierie", SUPPLIER)}),
    ("fr", "Halvern Énergie a retenu l'offre de Tallis Ingénierie.", "contract",
     {("Halvern Énergie", CUSTOMER), ("Tallis Ingénierie", SUPPLIER)}),
    # a customer told by the revenue a supplier draws from it
    ("en", "Tallis Components derives half its revenue from Halvern Motors.", "contract",
     {("Halvern Motors", CUSTOMER), ("Tallis Components", SUPPLIER)}),
    ("en", "Tallis Components makes about a third of its sales from Halvern Motors.", "contract",
     {("Halvern Motors", CUSTOMER), ("Tallis Components", SUPPLIER)}),
    ("fr", "Tallis Composants tire la moitié de ses revenus de Halvern Automobiles.", "contract",
     {("Halvern Automobiles", CUSTOMER), ("Tallis Composants", SUPPLIER)}),
    ("de", "Tallis Teile erzielt die Hälfte seines Umsatzes mit Halvern Motoren.", "contract",
     {("Halvern Motoren", CUSTOMER), ("Tallis Teile", SUPPLIER)}),
    ("es", "Piezas Tallis obtiene la mitad de sus ingresos de Grupo Halvern.", "contract",
     {("Halvern", CUSTOMER), ("Piezas Tallis", SUPPLIER)}),
    # access rented on a network, a supply told in the passive
    ("en", "Tallis Mobile rents access to Halvern Telecom's network under a wholesale contract.", "contract",
     {("Halvern Telecom", SUPPLIER), ("Tallis Mobile", CUSTOMER)}),
    ("en", "Tallis Mobile leases capacity on Halvern Telecom's fibre network.", "contract",
     {("Halvern Telecom", SUPPLIER), ("Tallis Mobile", CUSTOMER)}),
    ("fr", "L'approvisionnement des magasins Halvern est assuré par Tallis Distribution.", "contract",
     {("Halvern", CUSTOMER), ("Tallis Distribution", SUPPLIER)}),
    ("fr", "L'entretien des trains de Halvern Rail est assuré depuis 2018 par Tallis Services.", "contract",
     {("Halvern Rail", CUSTOMER), ("Tallis Services", SUPPLIER)}),
    # partners pooling forces, network companies set up together
    ("de", "Tallis Energie und Halvern Netz bündeln Kräfte für den Ausbau der Ladeinfrastruktur.", "partnership",
     {("Halvern Netz", "partner"), ("Tallis Energie", "partner")}),
    ("es", "Tallis Telecom y Halvern Redes crean una fibreco para desplegar fibra en Galicia.", "joint_venture",
     {("Halvern Redes", "partner"), ("Tallis Telecom", "partner")}),
    ("en", "Tallis Telecom and Halvern Networks will set up a fibreco to build rural fibre.", "joint_venture",
     {("Halvern Networks", "partner"), ("Tallis Telecom", "partner")}),
    # rounds led earlier or closed, told by their sum; stakes told as entering the capital
    ("en", "Halvern Ventures, which led Tallis Bio's $30 million Series B in 2024, came back for this round.",
     "funding_round", {("Halvern Ventures", "investor"), ("Tallis Bio", "investee")}),
    ("en", "Halvern Capital led the seed round of Tallis Bio.", "funding_round",
     {("Halvern Capital", "investor"), ("Tallis Bio", "investee")}),
    ("en", "Tallis Bio closed a $30 million round with Halvern Capital.", "funding_round",
     {("Halvern Capital", "investor"), ("Tallis Bio", "investee")}),
    ("en", "Halvern Capital entered the capital of Tallis Robotics in 2019.", "investment",
     {("Halvern Capital", "investor"), ("Tallis Robotics", "investee")}),
    # owners in the passive or told since when; a bid by the press's idiom
    ("en", "Tallis Software is owned by Halvern Group.", "acquisition",
     {("Halvern", "acquirer"), ("Tallis Software", "target")}),
    ("en", "Tallis Robotics has been owned by Halvern Group since 2023.", "acquisition",
     {("Halvern", "acquirer"), ("Tallis Robotics", "target")}),
    ("de", "Die Tallis Software GmbH gehört seit 2023 zur Gruppe Halvern.", "acquisition",
     {("Halvern", "acquirer"), ("Tallis Software", "target")}),
    ("de", "Seit 2023 gehört die Tallis Software GmbH zur Halvern Gruppe.", "acquisition",
     {("Halvern", "acquirer"), ("Tallis Software", "target")}),
    ("de", "Halvern hat Tallis Software im Visier.", "acquisition",
     {("Halvern", "acquirer"), ("Tallis Software", "target")}),
])
def test_deals_told_by_other_words(lang: str, sentence: str, kind: str, expected: set) -> None:
    assert expected in [parties(e) for e in _events(lang, sentence) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "sentence", "status"), [
    ("en", "Tallis Robotics has been owned by Halvern Group since 2023.", "completed"),
    ("de", "Halvern hat Tallis Software im Visier.", "rumored"),
])
def test_status_of_the_idioms(lang: str, sentence: str, status: str) -> None:
    assert [e["status"] for e in _events(lang, sentence)] == [status]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Tallis Components derives most of its revenue from Europe."),  # a region, no customer
    ("en", "Tallis Components makes half its revenue from software licences sold to small firms."),
    ("en", "Tallis Components reported revenue of $40m, up from $30m, on strong demand from carmakers."),
    ("en", "The dispute over the contract went to court last year."),
    ("en", "Tallis Foods rents space in an office tower in Leeds."),
    ("en", "Tallis Foods supplies its sauces to supermarkets across Europe."),  # unnamed customers
    ("en", "Jane Doe, a partner at Halvern Legal, advised Tallis on the strategy."),  # a job title, an adviser
    ("en", "Jane Doe, who led the company's Series B, joined the board of Tallis Bio."),
    ("en", "Tallis Bio plans to close a $30 million round later this year."),  # a plan with no investor
    ("en", "The delegation entered the capital on Monday before meeting Halvern Energy."),
    ("en", "Tallis Foods entered the capital markets in 2019 with a bond."),
    ("de", "Tallis Teile erzielt die Hälfte seines Umsatzes mit Elektroautos."),
    ("de", "Tallis Teile gehört seit 2020 zum MDax."),  # a stock index, no owner
    ("de", "Seit 2020 gehört Tallis Teile zum SDax."),
    ("de", "Die Tallis Teile GmbH will ihre Kapazitäten gemeinsam ausbauen."),
    ("fr", "Tallis Composants tire l'essentiel de ses revenus de la publicité."),
    ("fr", "La présidence de Tallis Composants est assurée par Jeanne Dupont."),  # a person in charge
    ("fr", "La Commission retient le projet de loi sur l'énergie."),
    ("fr", "Halvern Avocats conseille Tallis Composants dans cette opération."),
    ("es", "Piezas Tallis obtiene la mitad de sus ingresos de Europa."),
    ("es", "Piezas Tallis obtiene la mitad de sus ingresos de la publicidad."),
    ("es", "El bufete Halvern Abogados asesora a Piezas Tallis en la operación."),
])
def test_look_alikes_state_no_deal(lang: str, sentence: str) -> None:
    assert _events(lang, sentence) == []


def test_a_backer_that_led_the_startups_earlier_round_joins_this_round() -> None:
    """ "which also led the startup's Series A": the startup is the round's firm told before, not a new investee;
    the earlier round, told with its sum and year, is a background round of its own (rounds2: the SPEC's background
    deals, as the withheld pages' gold reads this shape)."""
    events = extract_events(page(
        "en", "Solvane raises $40 million",
        "Solvane, a Lisbon startup that builds battery software, has raised $40 million in a Series B round.",
        "Harbor Capital led the round, with participation from existing backer Tidal Ventures, which also led the "
        "startup's $12 million Series A in 2023."))
    assert [(e["type"], parties(e), e["amount"]["value"], e["date"]) for e in events] == [
        ("funding_round", {("Solvane", "investee"), ("Harbor Capital", "investor"), ("Tidal Ventures", "investor")},
         40e6, "2024-03-14"),
        ("funding_round", {("Solvane", "investee"), ("Tidal Ventures", "investor")}, 12e6, "2023")]
