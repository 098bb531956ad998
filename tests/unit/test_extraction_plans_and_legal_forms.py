"""False parties of law-firm notes, market briefs and regional papers (false102): Mexican legal forms after a comma,
a firm "controlled by" a family read as a person, Spanish "la firma de un acuerdo" (a signing) read as "the firm",
an adviser's verb before a second cue of its sentence, and money a firm invests into a thing of its own (a plant, the
expansion of a works) read as an investment in the firm named near that thing."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str, kind: str | None = None) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "News", *paragraphs)) if kind in (None, e["type"])]


def test_mexican_legal_forms_after_a_comma_are_no_firm():
    assert events("es", "La cementera mexicana Torvalia, S.A.B. de C.V. y la chilena Nortec Andes S.A. firmaron una "
                  "alianza estratégica para fabricar cementos de bajas emisiones.", kind="partnership") == [
        {("Torvalia", "partner"), ("Nortec Andes", "partner")}]
    assert events("es", "La regiomontana Vidrios Lumar, S.A. de C.V. compró a la peruana Andes Pack por 40 millones "
                  "de dólares.", kind="acquisition") == [{("Vidrios Lumar", "acquirer"), ("Andes Pack", "target")}]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("El Ministerio de Obras adjudicó el lunes a la empresa Constructora Serrana del Valle S.A.C. la obra del puente.",
     {("Ministerio de Obras", "customer"), ("Serrana del Valle", "supplier")}),
    ("La distribuidora Lumbre Digital S.A.S. compró la startup Tapir por 3 millones de dólares.",
     {("Lumbre Digital", "acquirer"), ("Tapir", "target")}),
    ("Minera Cobreña SpA vendió a Fundiciones Rolán S.A.A. su planta de Calama.",
     {("Minera Cobreña", "seller"), ("Fundiciones Rolán", "acquirer")}),
])
def test_andean_legal_forms_after_a_name_are_no_part_of_it(sentence, expected):
    assert events("es", sentence)[0] == expected


def test_a_firm_controlled_by_a_family_is_no_person():
    assert events("es", "Torvalia y Nortec Andes firmaron una alianza en 2024.",
                  "Nortec Andes, controlada por la familia Ibarra Soto, facturó 900 millones de pesos.",
                  "Torvalia compró en 2023 la peruana Andes Pack.", kind="acquisition") == [
        {("Torvalia", "acquirer"), ("Andes Pack", "target")}]
    assert {("Brackwell Foods", "acquirer"), ("Tarnley Snacks", "target")} in events(
        "en", "Brackwell Foods, controlled by the Ashcombe family, has bought Tarnley Snacks for £30m.")
    assert {("Valmorin", "acquirer"), ("Cidrerie Plouha", "target")} in events(
        "fr", "Valmorin, contrôlée par la famille Kerlaouen, a racheté Cidrerie Plouha pour 12 millions d'euros.")


def test_a_spanish_signing_is_no_firm():
    # "la firma de un acuerdo" is the signing, not "the firm": no firm to stand for, and the law firm advises
    found = events("es", "El bufete Arenal Quintero ha asesorado a Torvalia en la firma de un acuerdo con la japonesa "
                   "Sakura Denki para crear una sociedad conjunta de eólica marina.")
    assert not any(name == "Arenal Quintero" for event in found for name, _ in event)
    # a firm described as "la firma" still introduces its name
    assert events("es", "La firma mexicana Torvalia compró la peruana Andes Pack por 40 millones de dólares.",
                  kind="acquisition") == [{("Torvalia", "acquirer"), ("Andes Pack", "target")}]


def test_an_adviser_named_before_a_second_cue_is_no_party():
    found = events("en", "Brackwell LLP has advised Tarnley Energy, Inc. on its agreement with Sakura Denki Co., Ltd. "
                   "to form a joint venture for offshore wind.")
    assert not any(name == "Brackwell" for event in found for name, _ in event)


def test_money_invested_into_a_thing_is_no_investment():
    assert events("es", "Por otra parte, el Ayuntamiento invertirá 3 millones de euros en un nuevo centro de "
                  "reciclaje junto a la carretera de Villalpando.", kind="investment") == []
    assert events("de", "Zugleich will Brenner Antriebe rund 80 Mio. Euro in den Ausbau seines Werks im polnischen "
                  "Opole investieren.", kind="investment") == []
    assert events("de", "Brenner Antriebe will 50 Mio. Euro in die Erweiterung seines Werks bei der Kessel Logistik "
                  "investieren.", kind="investment") == []
    assert events("fr", "Valmorin investira 50 millions d'euros dans l'agrandissement de son usine près de Cidrerie "
                  "Plouha.", kind="investment") == []
    assert events("en", "Brackwell Foods will invest £50m in its new bakery next to the Tarnley Snacks depot.",
                  kind="investment") == []


def test_money_invested_into_a_firm_is_still_an_investment():
    assert events("es", "Torvalia invertirá 50 millones de euros en la startup Andes Pack.", kind="investment") == [
        {("Torvalia", "investor"), ("Andes Pack", "investee")}]
    assert events("de", "Brenner Antriebe will 50 Mio. Euro in die Kessel Logistik GmbH investieren.",
                  kind="investment") == [{("Brenner Antriebe", "investor"), ("Kessel Logistik", "investee")}]
    assert events("fr", "Valmorin investira 50 millions d'euros dans sa filiale Cidrerie Plouha.",
                  kind="investment") == [{("Valmorin", "investor"), ("Cidrerie Plouha", "investee")}]
    assert events("en", "In a statement, Brackwell Foods said it will invest £50m in Tarnley Snacks.",
                  kind="investment") == [{("Brackwell Foods", "investor"), ("Tarnley Snacks", "investee")}]


def test_two_investors_and_no_firm_invested_in_make_no_investment():
    assert events("de", "Brenner Antriebe und Kessel Logistik wollen in den kommenden fünf Jahren rund 120 Mio. Euro "
                  "in die Anlagen investieren.", kind="investment") == []
    assert events("en", "Brackwell Foods and Tarnley Snacks will invest £50m in the plants.", kind="investment") == []


def test_a_partner_s_stake_in_the_venture_it_set_up_is_no_investment():
    assert events("en", "Tarnley Haulage's 40 per cent stake in Dockside Terminals, the joint venture it set up with "
                  "the port operator Marlow Ports in 2021, passes to Brackwell with the deal.") == [
        {("Tarnley Haulage", "partner"), ("Marlow Ports", "partner")}]
    assert events("es", "Torvalia aporta su participación del 50% en Frío Sur, la sociedad conjunta que creó en 2019 "
                  "con Pesquerías Nortec.") == [{("Torvalia", "partner"), ("Pesquerías Nortec", "partner")}]
    # a stake bought for a sum beside a venture set up is still an investment
    assert {("Tarnley Haulage", "investor"), ("Dockside Terminals", "investee")} in events(
        "en", "Tarnley Haulage bought a 40 per cent stake in Dockside Terminals for £20m and set up a joint venture "
        "with Marlow Ports.")


def test_towns_across_which_sites_lie_are_no_targets():
    assert events("en", "Tarnley Bakeries, which was acquired in 2019 by the private equity firm Marlow Capital, "
                  "employs about 900 people at five sites across Yorkshire and Lancashire.", kind="acquisition") == [
        {("Marlow Capital", "acquirer"), ("Tarnley Bakeries", "target")}]


def test_the_seller_of_a_firm_it_bought_before_joins_the_sale():
    found = events("en", "Brackwell Foods has agreed to buy Tarnley Bakeries for £300m, the company said on Monday.",
                   "Tarnley, which was acquired in 2019 by Marlow Capital, employs 900 people. Marlow Capital, which "
                   "paid £150m for the business at the time, will sell its entire holding to Brackwell.",
                   kind="acquisition")
    assert {("Brackwell Foods", "acquirer"), ("Tarnley Bakeries", "target"), ("Marlow Capital", "seller")} in found
    assert {("Marlow Capital", "acquirer"), ("Tarnley Bakeries", "target")} in found
    assert len(found) == 2


def test_an_adviser_s_team_credit_tells_no_deal():
    assert events("es", "El equipo de Arenal Quintero ha estado liderado por la socia de Mercantil Inés Robledo y el "
                  "socio de Energía Tomás Ferrer, con la participación de los asociados Irene Sastre y Álvaro "
                  "Nieto.") == []
    assert events("en", "The Fenwick Dale team was led by corporate partner Imogen Shaw, with support from associates "
                  "Tom Beale and Priya Anand, who advised on the partnership with Tarnley Energy.") == []
    assert events("fr", "L'équipe de Roux Carrel était menée par l'associée Claire Brun, avec la participation de "
                  "Paul Morel pour la partie fusion avec Valmorin.") == []
    assert events("de", "Das Team von Brandt Lehner wurde von Partnerin Jana Pohl geleitet, die schon die Übernahme "
                  "von Kessel Logistik begleitet hatte.") == []
    # a firm's management team that reinvests is another clause, not a credit
    assert events("fr", "Valmorin rachète Cidrerie Plouha. L'équipe de direction, emmenée par Claire Brun, réinvestit "
                  "aux côtés du nouvel actionnaire.", kind="acquisition") == [
        {("Valmorin", "acquirer"), ("Cidrerie Plouha", "target")}]
