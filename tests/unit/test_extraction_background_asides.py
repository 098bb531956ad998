"""Past and standing deals told in asides beside a page's news (issue 3, branch background4), on pages written for
these tests: owners since a start told in a relative clause, failed bids, deals a regulator blocked."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _of_type(lang: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Lumatec", text)) if e["type"] == kind]


def test_owner_since_a_start_in_a_relative_clause_bought_the_firm_then():
    for lang, text in [
        ("de", "Die Lumatec AG baut ein Werk in Kiel. Der Zulieferer Rotorwerk GmbH, die seit 2021 mehrheitlich dem "
         "japanischen Konzern Hoshino Kikai gehört, liefert die Antriebe."),
        ("de", "Die Lumatec AG baut ein Werk in Kiel. Die Antriebe liefert die Rotorwerk GmbH, die seit 2021 dem "
         "Konzern Hoshino Kikai gehört."),
        ("fr", "Lumatec SA ouvre une usine à Lyon. Rotorwerk SAS, qui appartient depuis 2021 au groupe japonais "
         "Hoshino Kikai, fournit les moteurs."),
        ("es", "Lumatec S.A. abre una planta en Gijón. Rotorwerk S.A., que pertenece desde 2021 al grupo japonés "
         "Hoshino Kikai, suministra los motores."),
        ("en", "Lumatec Inc. opens a plant in Leeds. Rotorwerk Ltd, which has been majority-owned since 2021 by "
         "Japan's Hoshino Kikai, supplies the motors."),
    ]:
        (event,) = _of_type(lang, text, "acquisition")
        assert parties(event) == {("Hoshino Kikai", "acquirer"), ("Rotorwerk", "target")}, text
        assert (event["status"], event["date"]) == ("completed", "2021"), text


def test_owned_by_a_family_since_a_start_is_no_purchase():
    for lang, text in [
        ("de", "Die Lumatec AG baut ein Werk in Kiel. Die Rotorwerk GmbH, die seit 1950 der Familie Brandt gehört, "
         "liefert die Antriebe."),
        ("fr", "Lumatec SA ouvre une usine à Lyon. Rotorwerk SAS, qui appartient depuis 1950 à la famille Roux, "
         "fournit les moteurs."),
        ("es", "Lumatec S.A. abre una planta en Gijón. Rotorwerk S.A., que pertenece desde 1950 a la familia Roca, "
         "suministra los motores."),
    ]:
        assert not _of_type(lang, text, "acquisition"), text


def test_a_bid_failed_on_a_veto_is_the_bidders_and_the_veto_no_party():
    for text in [
        "Die Lumatec AG baut ein Werk in Jena. Dass Lumatec überhaupt noch eigenständig ist, verdankt es der Politik: "
        "Ein Übernahmeangebot des französischen Rivalen Visalux war 2022 am Veto der Bundesregierung gescheitert.",
        "Die Lumatec AG baut ein Werk in Jena. Ein Übernahmeangebot des Rivalen Visalux war 2022 am Einspruch der "
        "Bundesregierung gescheitert.",
    ]:
        (event,) = _of_type("de", text, "acquisition")
        assert parties(event) == {("Visalux", "acquirer"), ("Lumatec", "target")}, text
        assert (event["status"], event["date"]) == ("terminated", "2022"), text


def test_a_blocked_takeover_keeps_its_buyer_and_regions_merge_nothing():
    text = ("Das Bundeskartellamt hat die geplante Übernahme der Drogeriekette Wenzora durch die Kestor AG untersagt. "
            "Der Zusammenschluss hätte in weiten Teilen Hessens und Thüringens zu einer marktbeherrschenden Stellung "
            "geführt.")
    events = extract_events(page("de", "Kartellamt stoppt Übernahme", text))
    assert [(e["type"], e["status"]) for e in events] == [("acquisition", "terminated")]
    assert parties(events[0]) == {("Kestor", "acquirer"), ("Wenzora", "target")}
