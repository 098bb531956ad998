"""Earlier deals told in pluperfect asides whose party is a description, a demonym or a relative pronoun (issue 3,
branch background9), on pages written for these tests: the people of a place a firm's name holds, a unit sold by an
owner described before its name, a German "Serie-C-Runde", a month "jenes Jahres", a French share of capital opened
to a fund, and a Spanish stake bought by a fund a preposition governs, told in a relative clause with its year; the
page's main deal keeps its parties."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

PUBLISHED = "2026-03-14"


def _of_type(lang: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Nachrichten", text, published=PUBLISHED)) if e["type"] == kind]


def _dated(lang: str, text: str, kind: str, date: str) -> dict:
    (event,) = [e for e in _of_type(lang, text, kind) if e["date"] == date]
    return event


def test_the_people_of_a_place_a_firm_s_name_holds_stand_for_that_firm():
    for text in [
        "Die Agrarhandel Oberland GmbH aus Weilheim übernimmt den Landmaschinenhändler Huber aus Schongau. Die "
        "Oberländer hatten ihr Geschäft bereits 2022 verbreitert, als sie die Landtechnik-Sparte des Peitinger "
        "Händlers Kammerer übernahmen.",
        "Die Agrarhandel Oberland GmbH übernimmt den Landmaschinenhändler Huber. 2022 hatten die Oberländer die "
        "Landtechnik-Sparte des Händlers Kammerer übernommen.",
    ]:
        old = _dated("de", text, "acquisition", "2022")
        assert parties(old) == {("Agrarhandel Oberland", "acquirer"), ("Kammerer", "seller")}, text
        assert old["status"] == "completed", text
    text = ("Die Raiffeisenbank Westerwald übernimmt die Volksbank Lahn. 2021 hatten die Westerwälder bereits die "
            "Sparkasse Diez übernommen.")
    assert parties(_dated("de", text, "acquisition", "2021")) == {("Raiffeisenbank Westerwald", "acquirer"),
                                                                   ("Sparkasse Diez", "target")}


def test_a_unit_s_owner_described_before_its_name_sells_it():
    for text in [
        "2022 hatte Lumatec die Bio-Sparte des Münchner Konzerns Nordwerk übernommen.",
        "2022 hatte Lumatec die Bio-Sparte des Peitinger Händlers Nordwerk übernommen.",
        "2022 hatte Lumatec die Bio-Sparte der Nordwerk AG übernommen.",  # no description: as before
    ]:
        assert parties(_dated("de", text, "acquisition", "2022")) == {("Lumatec", "acquirer"),
                                                                       ("Nordwerk", "seller")}, text


def test_a_german_serie_round_received_in_the_pluperfect():
    for text in [
        "Das Münchner Start-up Taktfeld hat 80 Millionen Euro unter Führung von Lumatec Ventures eingesammelt. Zuletzt "
        "hatte Taktfeld 2019 in einer Serie-C-Runde 40 Millionen Euro vom Wachstumsfonds Brückmann Capital erhalten.",
        "Das Münchner Start-up Taktfeld hat 80 Millionen Euro unter Führung von Lumatec Ventures eingesammelt. "
        "Taktfeld hatte 2019 in einer Serie-B-Runde 40 Millionen Euro von Brückmann Capital erhalten.",
    ]:
        old = _dated("de", text, "funding_round", "2019")
        assert parties(old) == {("Taktfeld", "investee"), ("Brückmann Capital", "investor")}, text
        assert old["amount"]["value"] == 40_000_000, text
        news = _dated("de", text, "funding_round", PUBLISHED)
        assert parties(news) == {("Taktfeld", "investee"), ("Lumatec Ventures", "investor")}, text


def test_a_month_of_that_year_takes_the_year_named_before():
    for tail in ["im Oktober jenes Jahres", "im Oktober desselben Jahres"]:
        text = (f"Die Rheinbus GmbH übernimmt den Busbetreiber Pfalzbus. Die Rheinbus wollte 2024 den Konkurrenten "
                f"Westbus übernehmen, das Bundeskartellamt untersagte das Vorhaben jedoch {tail}.")
        old = _dated("de", text, "acquisition", "2024-10")
        assert parties(old) == {("Rheinbus", "acquirer"), ("Westbus", "target")}, text
        assert old["status"] == "terminated", text


def test_a_share_of_capital_opened_to_a_fund():
    for text in [
        "Le négociant bordelais Castelnau rachète la maison Vinolis. Pour financer sa croissance, Castelnau avait "
        "ouvert 30 % de son capital au fonds Garonne Invest en 2020.",
        "Le négociant bordelais Castelnau rachète la maison Vinolis. En 2020, Castelnau avait ouvert son capital au "
        "fonds Garonne Invest.",
    ]:
        old = _dated("fr", text, "investment", "2020")
        assert parties(old) == {("Castelnau", "investee"), ("Garonne Invest", "investor")}, text
        assert old["status"] == "completed", text


def test_a_stake_bought_by_a_governed_fund_in_a_relative_clause_with_its_year():
    for text in [
        "Redes Andinas y Telcosur firmaron una alianza para desplegar fibra. Para Redes Andinas, la alianza llega "
        "después de la entrada del fondo Cordal Partners, que en 2023 adquirió una participación del 35% en la "
        "compañía por 400 millones de dólares.",
        "Redes Andinas y Telcosur firmaron una alianza. La alianza llega tras la entrada del fondo Cordal Partners, "
        "que en 2023 adquirió una participación del 35% en la compañía.",
    ]:
        old = _dated("es", text, "investment", "2023")
        assert parties(old) == {("Cordal Partners", "investor"), ("Redes Andinas", "investee")}, text
    text = "Lumatec se apoya en el fondo Nordwerk Capital, que en 2023 adquirió una participación del 20% en Biolis."
    assert parties(_dated("es", text, "investment", "2023")) == {("Nordwerk Capital", "investor"),
                                                                  ("Biolis", "investee")}


def test_probes_that_keep_their_reading():
    # a relative clause with its year on a governed name, in the other languages: unchanged
    for lang, text in [
        ("fr", "Lumatec s'appuie sur le fonds Nordwerk Capital, qui en 2023 avait racheté Biolis."),
        ("en", "Lumatec relies on Nordwerk Capital, which in 2023 had bought Biolis."),
    ]:
        assert parties(_dated(lang, text, "acquisition", "2023")) == {("Nordwerk Capital", "acquirer"),
                                                                       ("Biolis", "target")}, text
    # the page's main deal keeps its parties beside the demonym's earlier one
    text = ("Die Agrarhandel Oberland GmbH aus Weilheim übernimmt den Landmaschinenhändler Huber aus Schongau. Die "
            "Oberländer hatten 2022 die Landtechnik-Sparte des Händlers Kammerer übernommen.")
    assert parties(_dated("de", text, "acquisition", PUBLISHED)) == {("Agrarhandel Oberland", "acquirer"),
                                                                      ("Huber", "target")}


def test_a_demonym_in_a_relative_aside_and_trade_nouns_before_names():
    for text in [
        "Der Hamburger Spediteur Lumatec Logistik übernimmt den Kurierdienst Nordwerk. Für die Hamburger, die erst "
        "2022 den Paketdienst Nordpost Express geschluckt hatten, ist es der größte Zukauf.",
        "Die Lumatec Logistik GmbH aus Hamburg übernimmt den Kurierdienst Nordwerk. Die Hamburger hatten erst 2022 den "
        "Lieferdienst Nordpost Express geschluckt.",
    ]:
        old = _dated("de", text, "acquisition", "2022")
        assert parties(old) == {("Lumatec Logistik", "acquirer"), ("Nordpost Express", "target")}, text
        assert old["status"] == "completed", text
        news = _dated("de", text, "acquisition", PUBLISHED)
        assert parties(news) == {("Lumatec Logistik", "acquirer"), ("Nordwerk", "target")}, text
