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
    """The buyer named before the noun of its kind ("die Kestor Handelsgruppe") is a name, not a modifier of a
    description that would stand for the target."""
    for buyer in ("die Kestor AG", "die Kestor Handelsgruppe"):
        text = (f"Das Bundeskartellamt hat die geplante Übernahme der Drogeriekette Wenzora durch {buyer} untersagt. "
                "Der Zusammenschluss hätte in weiten Teilen Hessens und Thüringens zu einer marktbeherrschenden "
                "Stellung geführt.")
        events = extract_events(page("de", "Kartellamt stoppt Übernahme", text))
        assert [(e["type"], e["status"]) for e in events] == [("acquisition", "terminated")], text
        assert parties(events[0]) == {("Kestor", "acquirer"), ("Wenzora", "target")}, text


def test_a_place_adjective_before_a_description_still_modifies_it():
    (event,) = extract_events(page("de", "Nachrichten", "Die Mainzer Biotechnologiefirma Ventora wird von Kestor "
                                   "übernommen."))
    assert parties(event) == {("Kestor", "acquirer"), ("Ventora", "target")}


def test_a_past_deal_the_news_is_compared_with_dates_only_itself():
    """ "The deal is the biggest since it bought Y in 2018": 2018 dates the purchase of Y, not the news."""
    for lang, title, text, new, old in [
        ("en", "Lumatec buys Orbis", "Lumatec plc agreed to buy Orbis Foods Ltd for £120m. The deal is the biggest "
         "since it bought Penrith Bakeries Ltd in 2018 for £80m.", "Orbis Foods", "Penrith Bakeries"),
        ("de", "Lumatec kauft Orbis", "Die Lumatec AG übernimmt die Orbis GmbH für 120 Millionen Euro. Die Übernahme "
         "ist die größte, seit Lumatec 2018 die Penrith GmbH für 80 Millionen Euro gekauft hatte.", "Orbis", "Penrith"),
        ("fr", "Lumatec rachète Orbis", "Lumatec SA rachète Orbis SAS pour 120 millions d'euros. L'opération est la "
         "plus importante depuis que Lumatec a racheté Penrith SAS en 2018 pour 80 millions d'euros.", "Orbis",
         "Penrith"),
        ("es", "Lumatec compra Orbis", "Lumatec S.A. compra Orbis S.A. por 120 millones de euros. La operación es la "
         "mayor desde que Lumatec adquirió Penrith S.A. en 2018 por 80 millones de euros.", "Orbis", "Penrith"),
    ]:
        events = {e["status"]: e for e in extract_events(page(lang, title, text))}
        assert set(events) == {"announced", "completed"}, text
        assert parties(events["announced"]) == {("Lumatec", "acquirer"), (new, "target")}, text
        assert (events["announced"]["date"], events["announced"]["amount"]["value"]) == ("2024-03-14", 1.2e8), text
        assert parties(events["completed"]) == {("Lumatec", "acquirer"), (old, "target")}, text
        assert (events["completed"]["date"], events["completed"]["amount"]["value"]) == ("2018", 8e7), text


def test_a_next_sentence_on_the_deal_still_dates_it():
    for text in [
        "Lumatec plc agreed to buy Orbis Foods Ltd for £120m. The deal was signed on 12 March, the company said.",
        "Lumatec plc agreed to buy Orbis Foods Ltd for £120m. The deal was signed on 12 March with the backing of "
        "the Treasury.",
    ]:
        (event,) = extract_events(page("en", "Lumatec buys Orbis", text))
        assert event["date"] == "2024-03-12", text


def test_the_body_whose_veto_stopped_a_bid_is_no_party():
    for lang, title, text in [
        ("fr", "Optimex SA ouvre une usine à Lyon.", "Optimex doit son indépendance à la politique : une offre de "
         "rachat déposée par son rival allemand Visalux avait échoué en 2022 face au veto du gouvernement."),
        ("es", "Optimex S.A. abre una planta en Gijón.", "Optimex debe su independencia a la política: una oferta de "
         "compra lanzada por su rival francés Visalux fracasó en 2022 por el veto del Gobierno."),
        ("de", "Die Optimex AG baut ein Werk in Jena.", "Ein Übernahmeangebot des Rivalen Visalux war 2022 am Veto "
         "von Berlin gescheitert."),
        ("en", "Optimex Ltd opens a plant in Leeds.", "A takeover bid by French rival Visalux failed in 2022 after a "
         "veto by the Cabinet Office."),
    ]:
        (event,) = extract_events(page(lang, title, text))
        assert parties(event) == {("Visalux", "acquirer"), ("Optimex", "target")}, text
        assert (event["type"], event["status"], event["date"]) == ("acquisition", "terminated", "2022"), text


def test_an_offer_of_one_firm_on_another_names_its_bidder_first():
    for lang, title, text, status in [
        ("fr", "Optimex SA ouvre une usine à Lyon.", "En 2022, une offre de rachat de Visalux sur Optimex avait "
         "échoué face au veto du gouvernement.", "terminated"),
        ("es", "Optimex S.A. abre una planta en Gijón.", "En 2022 fracasó una opa de Visalux sobre Optimex por el "
         "veto del Gobierno.", "terminated"),
        ("fr", "Offre sur Optimex", "Visalux SA a lancé lundi une offre de rachat sur Optimex.", "announced"),
    ]:
        (event,) = extract_events(page(lang, title, text))
        assert parties(event) == {("Visalux", "acquirer"), ("Optimex", "target")}, text
        assert event["status"] == status, text


def test_a_partner_named_before_a_relative_clause_that_works_with_it_since_a_start():
    """ "Voltan SAS, avec qui Lumatec travaille depuis 2019 dans le cadre d'un partenariat": the legal suffix after
    the partner's name, the work told before the noun of the relation, a German relative pronoun read as an
    article ("mit der Lumatec")."""
    for lang, title, text in [
        ("fr", "Lumatec SA ouvre une usine à Lyon.", "Les batteries viennent de Voltan SAS, avec qui Lumatec travaille "
         "depuis 2019 dans le cadre d'un partenariat industriel."),
        ("es", "Lumatec S.A. abre una planta en Gijón.", "Las baterías proceden de Voltan S.A., con la que Lumatec "
         "trabaja desde 2019 en el marco de una alianza industrial."),
        ("en", "Lumatec Ltd opens a plant in Leeds.", "The batteries come from Voltan Ltd, which Lumatec has worked "
         "with since 2019 under an industrial partnership."),
        ("de", "Die Lumatec AG baut ein Werk in Kiel.", "Die Batterien stammen von der Voltan GmbH, mit der Lumatec "
         "seit 2019 im Rahmen einer Industriepartnerschaft zusammenarbeitet."),
        ("de", "Die Lumatec AG baut ein Werk in Kiel.", "Die Batterien stammen von der Voltan GmbH, mit der Lumatec "
         "seit 2019 zusammenarbeitet."),
    ]:
        (event,) = extract_events(page(lang, title, text))
        assert parties(event) == {("Voltan", "partner"), ("Lumatec", "partner")}, text
        assert (event["type"], event["status"], event["date"]) == ("partnership", "ongoing", "2019"), text


def test_a_service_on_plants_named_with_their_owner_in_the_genitive():
    for text in [
        "Seit 2020 betreut Nordwerk im Rahmen eines Rahmenvertrags die Kläranlagen der Stadtwerke Celle.",
        "Seit 2020 betreut Nordwerk die Klärwerke der Stadtwerke Celle.",
        "Nordwerk wartet seit 2020 die Kläranlagen der Stadtwerke Celle.",
    ]:
        (event,) = extract_events(page("de", "Die Nordwerk GmbH baut ein Werk in Kiel.", text))
        assert parties(event) == {("Nordwerk", "supplier"), ("Stadtwerke Celle", "customer")}, text
        assert (event["type"], event["status"], event["date"]) == ("contract", "ongoing", "2020"), text


def test_a_partnership_noun_set_off_after_the_firm_a_task_is_entrusted_to():
    """ "X confie depuis 2021 ses livraisons au transporteur Y, un partenariat qu'il juge décisif": X and Y are
    partners since the start told before the comma."""
    for lang, title, text in [
        ("fr", "Lumatec SA ouvre une usine à Lyon.", "Lumatec confie depuis 2021 ses livraisons au transporteur "
         "Rapidex SAS, un partenariat qu'il juge décisif."),
        ("en", "Lumatec Ltd opens a plant in Leeds.", "Since 2021 Lumatec has entrusted its deliveries to the haulier "
         "Rapidex Ltd, a partnership it calls decisive."),
        ("es", "Lumatec S.A. abre una planta en Gijón.", "Lumatec confía desde 2021 sus entregas a la transportista "
         "Rapidex S.A., una alianza que considera decisiva."),
        ("de", "Die Lumatec AG baut ein Werk in Kiel.", "Lumatec überlässt seit 2021 seine Auslieferung der Spedition "
         "Rapidex GmbH, eine Partnerschaft, die das Unternehmen für entscheidend hält."),
    ]:
        (event,) = extract_events(page(lang, title, text))
        assert parties(event) == {("Lumatec", "partner"), ("Rapidex", "partner")}, text
        assert (event["type"], event["status"], event["date"]) == ("partnership", "ongoing", "2021"), text


def test_a_partnership_noun_after_two_ties_keeps_the_one_told_with_its_partner():
    text = "Lumatec has worked since 2021 with Orbis Ltd and sells to Rapidex Ltd, a partnership it values."
    (event,) = [e for e in extract_events(page("en", "Lumatec Ltd opens a plant in Leeds.", text))
                if e["type"] == "partnership"]
    assert parties(event) == {("Lumatec", "partner"), ("Orbis", "partner")}


def test_a_service_on_what_a_customer_owns_since_a_start_or_under_an_agreement():
    for text in [
        "Since 2021 Nordwerk has serviced the pumps of Severn Water under a framework agreement.",
        "Nordwerk has maintained the pumping stations of Severn Water since 2021.",
    ]:
        (event,) = extract_events(page("en", "Nordwerk Ltd opens a plant in Leeds.", text))
        assert parties(event) == {("Nordwerk", "supplier"), ("Severn Water", "customer")}, text
        assert (event["type"], event["status"], event["date"]) == ("contract", "ongoing", "2021"), text
    assert not extract_events(page("en", "Nordwerk Ltd opens a plant in Leeds.",
                                   "Nordwerk has maintained the quality of its products since 2021."))


def test_standing_ties_told_in_passing_keep_their_start():
    """Shapes already read, kept: a customer equipped since a start by the firm a pronoun stands for, a
    collaboration the firm relies on since a start."""
    for lang, title, text, kind, pair, date in [
        ("fr", "Lumatec SA ouvre une usine à Toulouse.", "Lumatec a doublé ses effectifs. Elle équipe notamment, "
         "depuis 2022, la Région Occitanie, qui lui a confié la supervision de ses réseaux.", "contract",
         {("Lumatec", "supplier"), ("Région Occitanie", "customer")}, "2022"),
        ("es", "Lumatec S.A. abre una planta en Gijón.", "Para sus sensores, Lumatec se apoya en la colaboración que "
         "mantiene desde 2018 con la Universidad de Oviedo.", "partnership",
         {("Lumatec", "partner"), ("Universidad de Oviedo", "partner")}, "2018"),
        ("en", "Lumatec Ltd opens a plant in Leeds.", "For its sensors, Lumatec relies on the collaboration it has "
         "maintained since 2018 with the University of Leeds.", "partnership",
         {("Lumatec", "partner"), ("University of Leeds", "partner")}, "2018"),
    ]:
        (event,) = extract_events(page(lang, title, text))
        assert parties(event) == pair, text
        assert (event["type"], event["status"], event["date"]) == (kind, "ongoing", date), text


def test_a_failed_bid_by_a_bidder_described_with_adjectives_targets_the_page_firm():
    for text in [
        "Ein Übernahmeangebot des französischen Rivalen Visalux war 2022 gescheitert.",
        "Ein Übernahmeangebot des großen schwedischen Konzerns Visalux war 2022 gescheitert.",
    ]:
        (event,) = extract_events(page("de", "Die Optimex AG baut ein Werk in Jena.", text))
        assert parties(event) == {("Visalux", "acquirer"), ("Optimex", "target")}, text
        assert (event["type"], event["status"], event["date"]) == ("acquisition", "terminated", "2022"), text
    (event,) = extract_events(page("de", "Lumatec kauft Orbis", "Die Lumatec AG übernimmt die Orbis GmbH. Neben der "
                                   "Übernahme legte der Konzern Umsätze für das dritte Quartal vor."))
    assert parties(event) == {("Lumatec", "acquirer"), ("Orbis", "target")}
