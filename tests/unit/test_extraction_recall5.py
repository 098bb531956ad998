"""Deals told in shapes the extractor missed or mistyped (recall5): bidders out of a sale, listings told as a
debut whose money raised is the listing's, and a photo agency's licensing button that is no purchase."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def found(lang: str, *paragraphs: str) -> list[tuple[str, str, set[tuple[str, str]]]]:
    return [(e["type"], e["status"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(lang, *paragraphs))]


def test_a_bidder_whose_talks_were_broken_off_lost_the_sale():
    assert ("acquisition", "terminated", {("Ardane Partners", "acquirer"), ("Maison Dorvel", "target")}) in found(
        "fr", "Cession de Maison Dorvel : Lustral en négociations exclusives", "Le groupe Lustral est entré en "
        "négociations exclusives pour racheter Maison Dorvel. Les discussions avec le fonds Ardane Partners, elles, "
        "ont été rompues.")
    assert ("acquisition", "terminated", {("Ardane Partners", "acquirer"), ("Dorvel", "target")}) in found(
        "es", "Venta de Dorvel", "El grupo Lustral ha iniciado negociaciones en exclusiva para comprar Dorvel. El "
        "fondo Ardane Partners, que partía como favorito, se quedó fuera de la puja.")
    assert ("acquisition", "terminated", {("Ardane Partners", "acquirer"), ("Dorvel", "target")}) in found(
        "de", "Verkauf von Dorvel", "Die Lustral-Gruppe verhandelt exklusiv über die Übernahme der Dorvel GmbH. Der "
        "Finanzinvestor Ardane Partners, lange als Favorit gehandelt, ist aus dem Rennen ausgestiegen.")


def test_a_bidder_out_of_the_race_and_the_month_its_talks_ended():
    events = extract_events(page("fr", "Cession de Maison Dorvel", "Le groupe Lustral est entré en négociations "
                                 "exclusives pour racheter Maison Dorvel. Les discussions engagées avec le suisse "
                                 "Bergmilch Holding avaient été rompues en novembre."))
    (out,) = [e for e in events if e["status"] == "terminated"]
    assert {p["role"]: p["name"] for p in out["parties"]} == {"acquirer": "Bergmilch", "target": "Maison Dorvel"}
    assert out["date"] == "2023-11"
    assert ("acquisition", "terminated", {("Ardane", "acquirer"), ("Dorvel Foods", "target")}) in found(
        "en", "Sale of Dorvel Foods", "Lustral Group has entered exclusive talks to buy Dorvel Foods. Ardane, once "
        "seen as the favourite, dropped out of the race.")


def test_talks_broken_off_on_a_merger_or_with_no_sale_told_are_no_lost_bid():
    # out of the race to buy a firm it names: the buy cue's deal
    assert found("en", "Lumatec quits", "Lumatec pulled out of the race to buy Korvex on Tuesday.") == [
        ("acquisition", "terminated", {("Lumatec", "acquirer"), ("Korvex", "target")})]
    # the merger talks are the merger's, not a bid
    assert not any(t == "acquisition" for t, _, _ in found(
        "en", "News", "Halden once tried to grow by combining with a rival: merger talks with Brightwater Alloys were "
        "abandoned in 2022."))
    # no sale told before: a union's talks are no bid
    assert found("fr", "Lumatec grandit", "Lumatec a recruté 40 personnes. Les discussions avec le syndicat Force "
                 "Ouvrière ont été rompues.") == []


def test_a_debut_headline_makes_the_money_raised_the_listing_s():
    assert found("fr", "Géovolt réussit ses débuts en Bourse", "Le spécialiste de la géothermie a levé 410 millions "
                 "d'euros.") == [("ipo", "completed", {("Géovolt", "issuer")})]
    (ipo,) = extract_events(page("en", "Geovolt makes successful stock-market debut", "The geothermal specialist "
                                 "raised 410 million euros."))
    assert ipo["type"] == "ipo" and ipo["amount"]["value"] == 410e6
    (ipo,) = extract_events(page("de", "Gelungenes Börsendebüt für Geovolt", "Der Geothermie-Spezialist hat 410 "
                                 "Millionen Euro eingesammelt. Die Aktie von Geovolt stieg um 12 Prozent."))
    assert ipo["type"] == "ipo" and ipo["amount"]["value"] == 410e6
    assert ("ipo", "completed", {("Geovolt", "issuer")}) in found(
        "es", "Geovolt firma un exitoso estreno en Bolsa", "La especialista en geotermia ha captado 410 millones de "
        "euros. Las acciones de Geovolt subieron un 12 % en su primera sesión.")


def test_the_money_of_a_listing_the_headline_ends_ends_with_it():
    (ipo,) = extract_events(page("fr", "Géovolt renonce à son introduction en Bourse", "Le spécialiste de la "
                                 "géothermie a levé 410 millions d'euros."))
    assert (ipo["type"], ipo["status"], ipo["amount"]["value"]) == ("ipo", "terminated", 410e6)


def test_a_round_under_a_headline_of_no_listing_stays_a_round():
    assert found("fr", "Géovolt lève 40 millions d'euros", "Le spécialiste de la géothermie a levé 40 millions "
                 "d'euros.") == [("funding_round", "completed", {("Géovolt", "investee")})]
    # a listing headline over a round with its investor: the investor's round is no offering
    assert ("funding_round", "completed", {("Géovolt", "investee"), ("Ardane Partners", "investor")}) in found(
        "fr", "Géovolt réussit ses débuts en Bourse", "Avant sa cotation, Géovolt avait levé 40 millions d'euros "
        "auprès d'Ardane Partners en 2021.")


def test_a_licensing_button_is_no_purchase():
    assert found("en", "Harlow Mining shares jump", "Harlow Mining shares rose 5% on Tuesday. Meridian Wire/Jane "
                 "Holt/File Photo Purchase Licensing Rights") == []


def test_a_listing_that_is_no_topic_is_no_listing():
    for lang, title, text in [
        ("de", "Solvolt sammelt zwölf Millionen Euro ein", "Das Kölner Start-up Solvolt hat zwölf Millionen Euro "
         "eingesammelt. Angeführt wird die Runde von Earlybird. Ein Börsengang ist für das Unternehmen derzeit kein "
         "Thema."),
        ("en", "Solvolt raises $12 million", "Solvolt raised $12 million in a round led by Earlybird. An IPO is not "
         "on the agenda for the company."),
        ("fr", "Solvolt lève 12 millions", "Solvolt a levé 12 millions d'euros auprès d'Elaia. Une introduction en "
         "Bourse n'est pas à l'ordre du jour."),
        ("es", "Solvolt capta 12 millones", "Solvolt ha captado 12 millones de euros de la mano de Kibo. La salida a "
         "Bolsa no está sobre la mesa."),
    ]:
        assert [t for t, _, _ in found(lang, title, text)] == ["funding_round"], lang


def test_kein_in_a_coordinated_clause_leaves_the_listing():
    assert found("de", "Solvolt will an die Börse", "Das Kölner Start-up Solvolt will im Jahr 2027 an die Frankfurter "
                 "Börse gehen und sieht darin kein Risiko für seine Unabhängigkeit.") == [
        ("ipo", "announced", {("Solvolt", "issuer")})]


def test_an_agreement_to_deploy_the_subject_s_own_goods_is_its_supply():
    assert found("en", "Lumatec to deploy carriers at Aldwick", "Lumatec announced on Monday that it has signed a "
                 "three-year agreement with the Port of Aldwick Authority to deploy 24 of its carriers at the port's "
                 "new terminal.") == [
        ("contract", "announced", {("Lumatec", "supplier"), ("Port of Aldwick Authority", "customer")})]
    assert found("es", "Lumatec desplegará sus robots", "Lumatec ha firmado un acuerdo de tres años con la Autoridad "
                 "Portuaria de Rivaz para desplegar 24 de sus robots en la nueva terminal.") == [
        ("contract", "announced", {("Lumatec", "supplier"), ("Autoridad Portuaria de Rivaz", "customer")})]
    # buying the other's goods is no supply by the subject
    assert not any(t == "contract" and ("Lumatec", "supplier") in p for t, _, p in found(
        "en", "Lumatec buys carriers", "Lumatec has signed an agreement with Harwell Robotics to buy 24 carriers."))


def test_a_contract_given_in_a_clause_whose_verb_comes_last():
    assert ("contract", "announced", {("Bundesamt für Wehrtechnik", "customer"), ("Hollmann", "supplier")}) in found(
        "de", "Nachrichten", "Am Montag bestätigte das Bundesamt für Wehrtechnik, dass es der Hollmann GmbH einen "
        "Rahmenvertrag über Schwerlasttransporte erteilt hat.")


def test_a_customer_told_by_a_dative_relative():
    (contract,) = [e for e in extract_events(page(
        "fr", "Océabuoy lève 5 millions", "Océabuoy lève 5 millions d'euros. Parmi ses références, Océabuoy compte le "
        "Syndicat mixte de l'estuaire, auquel elle fournit depuis 2021 le réseau de capteurs de la baie, dans le cadre "
        "d'un marché public de 6,2 millions d'euros.")) if e["type"] == "contract"]
    assert {(p["name"], p["role"]) for p in contract["parties"]} == {
        ("Océabuoy", "supplier"), ("Syndicat mixte de l'estuaire", "customer")}
    assert (contract["status"], contract["date"], contract["amount"]["value"]) == ("ongoing", "2021", 6.2e6)
    assert ("contract", "ongoing", {("Seabuoy", "supplier"), ("Harwell Estuary Board", "customer")}) in found(
        "en", "Seabuoy raises $5 million", "Seabuoy raised $5 million. Its customers include the Harwell Estuary "
        "Board, to which it has supplied sensor networks since 2021 under a $6 million public contract.")
    assert ("contract", "ongoing", {("Seabuoy", "supplier"), ("Autoridad Portuaria de Rivaz", "customer")}) in found(
        "es", "Seabuoy capta 5 millones", "Seabuoy ha captado 5 millones de euros. Entre sus clientes figura la "
        "Autoridad Portuaria de Rivaz, a la que suministra desde 2021 su red de sensores.")
    assert ("contract", "ongoing", {("Seabuoy", "supplier"), ("Rivaz", "customer")}) in found(
        "de", "Seabuoy sammelt fünf Millionen ein", "Die Seabuoy GmbH hat fünf Millionen Euro eingesammelt. Das "
        "Unternehmen nennt als Referenz den Hafenbetrieb Rivaz, dem es seit 2021 Sensoren liefert.")


def test_a_firm_presented_to_in_a_dative_relative_is_no_customer():
    assert not any(t == "contract" for t, _, _ in found(
        "fr", "Océabuoy lève 5 millions", "Océabuoy lève 5 millions d'euros. Elle a rencontré le Syndicat mixte de "
        "l'estuaire, auquel elle a présenté ses capteurs en 2021."))


def late(lang: str, *paragraphs: str) -> list[tuple[str, str, set[tuple[str, str]], str | None]]:
    """The events of a page published late in 2026 (so that 2025 is a past year), with their dates."""
    return [(e["type"], e["status"], {(p["name"], p["role"]) for p in e["parties"]}, e["date"])
            for e in extract_events(page(lang, *paragraphs, published="2026-11-20"))]


def test_an_investor_on_board_with_its_stake_holds_it_in_the_firm_spoken_of():
    for lang, title, text, investor in [
        ("de", "Solvolt sammelt zwölf Millionen Euro ein", "Das Kölner Start-up Solvolt hat zwölf Millionen Euro "
         "eingesammelt. Außerdem ist der Dortmunder Versorger Rheinstrom Energie seit dem Sommer 2025 mit einer "
         "Minderheitsbeteiligung an Bord.", "Rheinstrom Energie"),
        ("en", "Solvolt raises $12 million", "Solvolt raised $12 million in a round led by Earlybird. The utility "
         "Rheinstrom Energie has also been on board with a minority stake since the summer of 2025.",
         "Rheinstrom Energie"),
        ("fr", "Solvolt lève 12 millions", "Solvolt a levé 12 millions d'euros auprès d'Elaia. L'énergéticien Rhône "
         "Énergie est par ailleurs à bord depuis l'été 2025 avec une participation minoritaire.", "Rhône Énergie"),
        ("es", "Solvolt capta 12 millones", "Solvolt ha captado 12 millones de euros de la mano de Kibo. Además, la "
         "eléctrica Iberluz está a bordo desde el verano de 2025 con una participación minoritaria.", "Iberluz"),
    ]:
        assert ("investment", "completed", {(investor, "investor"), ("Solvolt", "investee")}, "2025") in late(
            lang, title, text), lang


def test_on_board_with_no_stake_is_no_investment():
    assert not any(t == "investment" for t, _, _, _ in late(
        "en", "Solvolt raises $12 million", "Solvolt raised $12 million in a round led by Earlybird. The utility "
        "Rheinstrom Energie has been on board as a pilot customer since 2025."))


def test_both_of_a_pair_work_with_a_third_firm():
    for lang, title, text, firms in [
        ("de", "Volksbank Ahrtal und Raiffeisenbank Eifel wollen fusionieren", "Die Volksbank Ahrtal und die "
         "Raiffeisenbank Eifel wollen sich zusammenschließen. Bereits seit 2020 arbeiten beide Häuser im "
         "Firmenkundengeschäft eng mit der Gewerbebank Südstadt zusammen.",
         {"Volksbank Ahrtal", "Raiffeisenbank Eifel", "Gewerbebank Südstadt"}),
        ("en", "Ahr Bank and Eifel Bank plan to merge", "Ahr Bank and Eifel Bank plan to merge. Since 2020 both banks "
         "have worked closely with Westbank in corporate lending.", {"Ahr Bank", "Eifel Bank", "Westbank"}),
        ("fr", "La Banque Ahr et la Banque Eifel veulent fusionner", "La Banque Ahr et la Banque Eifel veulent "
         "fusionner. Depuis 2020, les deux banques travaillent étroitement avec la Banque Ouest dans le financement "
         "des entreprises.", {"Banque Ahr", "Banque Eifel", "Banque Ouest"}),
    ]:
        assert [(s, p, d) for t, s, p, d in late(lang, title, text) if t == "partnership"] == [
            ("ongoing", {(n, "partner") for n in firms}, "2020")], lang


def test_a_pair_s_venture_with_a_firm_named_in_a_relative_clause_is_not_with_it():
    assert not any(("BT", "partner") in p for t, _, p, _ in late(
        "es", "Noticias", "Caja Ahr y Caja Eifel negocian su fusión. Ambas entidades crearán una sociedad conjunta "
        "que competirá con BT en banca de empresas."))


def test_a_stake_rumoured_in_the_partner_named_before():
    for lang, title, text in [
        ("fr", "Nakara s'allie à Vectis", "Le japonais Nakara a signé un accord de distribution avec le français "
         "Vectis. Selon plusieurs sources proches du dossier, Nakara envisagerait en outre de prendre une "
         "participation minoritaire au capital de son nouveau partenaire."),
        ("en", "Nakara teams up with Vectis", "Japan's Nakara signed a distribution agreement with Vectis on Monday. "
         "According to people familiar with the matter, Nakara is also considering taking a minority stake in its new "
         "partner."),
        ("es", "Nakara se alía con Vectis", "La japonesa Nakara ha firmado un acuerdo de distribución con la francesa "
         "Vectis. Según fuentes cercanas a la operación, Nakara estudia además tomar una participación minoritaria en "
         "su nuevo socio."),
    ]:
        assert ("investment", "rumored", {("Nakara", "investor"), ("Vectis", "investee")}) in found(
            lang, title, text), lang


def test_a_stake_the_firm_does_not_consider_is_none():
    assert [t for t, _, _ in found("fr", "Nakara s'allie à Vectis", "Le japonais Nakara a signé un accord de "
                                   "distribution avec le français Vectis. Nakara n'envisage pas de prendre une "
                                   "participation au capital de son nouveau partenaire.")] == ["partnership"]
    # the partner as a subject is the firm named before, no new deal
    assert [t for t, _, _ in found("en", "Nakara teams up with Vectis", "Japan's Nakara signed a distribution "
                                   "agreement with Vectis on Monday. The partner will sell Nakara's sensors in "
                                   "Europe.")] == ["partnership"]


def test_failed_talks_on_a_sale_page_are_a_lost_bid():
    assert ("acquisition", "terminated", {("Ardane Partners", "acquirer"), ("Dorvel Foods", "target")}) in found(
        "en", "Sale of Dorvel Foods", "Lustral Group has entered exclusive talks to buy Dorvel Foods, the seller said. "
        "Talks with the private equity firm Ardane Partners were broken off in November.")
    assert ("acquisition", "terminated", {("Ardane Partners", "acquirer"), ("Dorvel", "target")}) in found(
        "de", "Verkauf von Dorvel", "Die Lustral-Gruppe verhandelt exklusiv über die Übernahme der Dorvel GmbH. Die "
        "Gespräche mit dem Finanzinvestor Ardane Partners waren im November abgebrochen worden.")
    # on a merger page they stay the merger's talks
    assert [t for t, _, _ in found("en", "Lumatec to merge with Kelvar", "Lumatec will merge with Kelvar. Talks with "
                                   "Nordwerk had collapsed in 2023.")] == ["merger", "merger"]
