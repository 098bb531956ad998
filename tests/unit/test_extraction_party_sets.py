"""The party set of a deal found in one sentence: a seller told by the talks or by "vom", the investors of a round
and no firm of another clause (probe sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties_by_event

SELLER_BY_TALKS = [
    ("en", "Harlow Group has entered exclusive talks with the fund Kestrel Capital to buy Bricola Ltd from it."),
    ("en", "Harlow Group struck a deal with Kestrel Capital to acquire Bricola Ltd for $40 million."),
    ("fr", "Le groupe Harlow est entré en négociations exclusives avec le fonds Kestrel Capital pour lui racheter "
           "Bricola SAS."),
    ("fr", "Le groupe Harlow a signé un accord avec Kestrel Capital pour acquérir la société Bricola SAS."),
    ("es", "El grupo Harlow acordó con Kestrel Capital la compra de Bricola SL."),
    ("es", "El grupo Harlow ha llegado a un acuerdo con el fondo Kestrel Capital para comprarle Bricola SL."),
    ("de", "Die Harlow AG verhandelt exklusiv mit der Kestrel Capital über den Kauf der Bricola GmbH."),
]


@pytest.mark.parametrize(("lang", "text"), SELLER_BY_TALKS)
def test_the_firm_a_buyer_negotiates_with_sells(lang: str, text: str) -> None:
    events = parties_by_event(lang, text, "acquisition")
    assert {("Harlow", "acquirer"), ("Bricola", "target"), ("Kestrel Capital", "seller")} in events


CO_BUYERS = [
    ("en", "Harlow Group has teamed up with Kestrel Capital to buy Bricola Ltd."),
    ("fr", "Le groupe Harlow s'est allié avec le fonds Kestrel Capital pour racheter Bricola SAS."),
    ("es", "El grupo Harlow se alió con Kestrel Capital para comprar Bricola SL."),
    ("de", "Die Harlow AG will gemeinsam mit der Kestrel Capital die Bricola GmbH übernehmen."),
]


@pytest.mark.parametrize(("lang", "text"), CO_BUYERS)
def test_a_companion_with_no_talks_sells_nothing(lang: str, text: str) -> None:
    for parties in parties_by_event(lang, text, "acquisition"):
        assert ("Kestrel Capital", "seller") not in parties


SELLER_BY_VOM = [
    "Die Holmer AG übernimmt die Fexon GmbH vom Finanzinvestor Brava Capital.",
    "Die Holmer AG übernimmt den Konkurrenten Fexon GmbH vom niederländischen Telekomkonzern Brava Capital.",
    "Die Holmer AG kauft die Fexon GmbH von dem Finanzinvestor Brava Capital.",
]


@pytest.mark.parametrize("text", SELLER_BY_VOM)
def test_vom_after_an_active_verb_with_its_object_names_the_seller(text: str) -> None:
    events = parties_by_event("de", text, "acquisition")
    assert {("Holmer", "acquirer"), ("Fexon", "target"), ("Brava Capital", "seller")} in events


@pytest.mark.parametrize("text", ["Die Fexon GmbH wurde vom Finanzinvestor Brava Capital übernommen.",
                                  "Die Fexon GmbH wird vom Finanzinvestor Brava Capital übernommen."])
def test_vom_in_a_passive_still_names_the_buyer(text: str) -> None:
    assert parties_by_event("de", text, "acquisition") == [{("Brava Capital", "acquirer"), ("Fexon", "target")}]


ANOTHER_CLAUSE = [
    ("en", "Rival Quillbook raised $40 million in March, and accounting software giant Halder snapped up Closewise, "
           "a close-management startup, last year."),
    ("en", "Rival Quillbook raised a $30 million Series A in October, and larger players like Halder have been "
           "pushing further into Europe."),
    ("fr", "Son concurrent Quillbook a levé 40 millions d'euros en mars, et le géant Halder a racheté la start-up "
           "Closewise."),
    ("es", "Su rival Quillbook captó 40 millones de euros en marzo, y el gigante Halder compró la start-up "
           "Closewise."),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER_CLAUSE)
def test_a_firm_of_the_next_clause_invests_in_no_round(lang: str, text: str) -> None:
    assert parties_by_event(lang, text, "funding_round") == [{("Quillbook", "investee")}]
    for parties in parties_by_event(lang, text, "acquisition"):
        assert ("Quillbook", "acquirer") not in parties


KEPT_INVESTORS = [
    ("en", "Quillbook raised $30 million from Halberd Ventures, Marrow Capital, and Quillon Partners.",
     {"Halberd Ventures", "Marrow Capital", "Quillon Partners"}),
    ("en", "Quillbook raised $30 million in a round led by Halberd Ventures, and Marrow Capital also took part.",
     {"Halberd Ventures", "Marrow Capital"}),
    ("en", "Quillbook raised $30 million, and Marrow Capital led the round.", {"Marrow Capital"}),
    ("de", "Zuletzt hatte die Tessaro GmbH im Frühjahr eine Seed-Runde über 9 Millionen Euro unter Führung von "
           "Cherry Ventures eingesammelt.", {"Cherry Ventures"}),
    ("de", "Die Talvaro GmbH hat von Brunnfeld Capital 9 Millionen Euro eingesammelt.", {"Brunnfeld Capital"}),
    ("fr", "La start-up Vellora lève 15 millions d'euros. L'opération est menée par Garance Ventures, avec la "
           "participation de Bpifrance, via son fonds Orsay Capital, et de l'investisseur historique Lumen Partners.",
     {"Garance Ventures", "Bpifrance", "Orsay Capital", "Lumen Partners"}),
    ("es", "La fintech Pagomar ha cerrado una ronda de 10 millones de euros liderada por Bosque Ventures. En la ronda "
           "también participaron el brazo de capital de riesgo de la cementera Grupo Tolteca, Tolteca Ventures.",
     {"Bosque Ventures", "Tolteca Ventures"}),
]


@pytest.mark.parametrize(("lang", "text", "investors"), KEPT_INVESTORS)
def test_every_investor_of_the_round_once(lang: str, text: str, investors: set[str]) -> None:
    (parties,) = parties_by_event(lang, text, "funding_round")
    assert {name for name, role in parties if role == "investor"} == investors


def test_a_firm_that_founded_the_raising_one_invests_in_nothing() -> None:
    text = "Die von Brunnfeld Capital gegründete Talvaro GmbH hat 9 Millionen Euro eingesammelt."
    assert parties_by_event("de", text, "funding_round") == [{("Talvaro", "investee")}]


SELLER_PAST_AN_INSERT = [
    ("en", "Ventamar Group bought Moncayo Energy, which runs 410 megawatts in Aragon, from the fund Helios Infra."),
    ("fr", "Le groupe Ventamar a racheté Moncayo Énergie, qui exploite 410 mégawatts en Aragon, au fonds "
           "Helios Infra."),
    ("fr", "Le groupe Ventamar a racheté Moncayo Énergie, un exploitant de 410 mégawatts, au fonds Helios Infra pour "
           "270 millions d'euros."),
    ("es", "El grupo Ventamar cerró la compra de Moncayo Energía, con 410 megavatios en Aragón, al fondo Helios Infra "
           "por 270 millones de euros."),
]


@pytest.mark.parametrize(("lang", "text"), SELLER_PAST_AN_INSERT)
def test_the_seller_named_after_an_insert_on_the_target(lang: str, text: str) -> None:
    target = "Moncayo Energía" if lang == "es" else "Moncayo Énergie" if lang == "fr" else "Moncayo Energy"
    events = parties_by_event(lang, text, "acquisition")
    assert {("Ventamar", "acquirer"), (target, "target"), ("Helios Infra", "seller")} in events


def test_a_firm_named_inside_an_insert_plays_no_part() -> None:
    text = "Ventamar Group bought Moncayo Energy, which supplies Iberdrola, from the fund Helios Infra."
    (parties,) = parties_by_event("en", text, "acquisition")
    assert "Iberdrola" not in {name for name, _ in parties}


NEWS_CREDITS = [
    ("en", "Corvane Robotics has raised $30 million in a round led by Halberd Ventures, the company told Stackyard."),
    ("fr", "La start-up Vellora a levé 15 millions d'euros auprès de Garance Ventures, a indiqué Écho des Affaires."),
    ("fr", "La start-up Vellora a levé 15 millions d'euros auprès de Garance Ventures, a rapporté lundi soir "
           "La Gazette des Affaires."),
    ("es", "La fintech Pagomar ha captado 10 millones de euros del fondo Tajo Capital, ha adelantado "
           "Diario Económico."),
    ("es", "La fintech Pagomar ha captado 10 millones de euros del fondo Tajo Capital, dijo a Diario Económico su "
           "consejero delegado."),
    ("de", "Die Talvaro GmbH hat 20 Millionen Euro von Brunnfeld Capital eingesammelt, berichtet das Gründerblatt."),
    ("de", "Die Talvaro GmbH hat 20 Millionen Euro von Brunnfeld Capital eingesammelt, sagte ein Sprecher dem "
           "Gründerblatt."),
]


@pytest.mark.parametrize(("lang", "text"), NEWS_CREDITS)
def test_the_paper_told_the_news_is_no_investor(lang: str, text: str) -> None:
    (parties,) = parties_by_event(lang, text, "funding_round")
    assert [role for _, role in parties].count("investee") == 1
    assert {name for name, _ in parties} & {"Stackyard", "Écho des Affaires", "Gazette des Affaires",
                                            "La Gazette des Affaires", "Diario Económico", "Gründerblatt"} == set()
    assert any(role == "investor" for _, role in parties)


def test_a_sentence_after_the_deal_that_names_only_the_seller_gives_no_price() -> None:
    """A seller found adds sentences about the seller, not about the deal: what it receives may be a part."""
    for lang, text, currency in [
        ("en", "Holmer Group has agreed to buy Fexon Ltd from the private equity firm Brava Capital. Brava Capital "
               "will receive $300 million in cash. The transaction values Fexon at $500 million.", "USD"),
        ("de", "Die Holmer AG übernimmt die Fexon GmbH vom Finanzinvestor Brava Capital. Brava Capital erhält dafür "
               "300 Millionen Euro in bar. Insgesamt bewertet die Transaktion die Fexon GmbH mit 500 Millionen Euro.",
         "EUR")]:
        (event,) = [e for e in extract_events(page(lang, "News", text)) if e["type"] == "acquisition"]
        assert ("Brava Capital", "seller") in {(p["name"], p["role"]) for p in event["parties"]}
        assert (event["amount"]["value"], event["amount"]["currency"]) == (500_000_000, currency)


def test_a_firm_after_a_reporting_verb_and_that_stays_a_party() -> None:
    text = ("Two people familiar with the matter told this blog that Wendover Minerals, the Perth-based miner, has "
            "been sounding out advisers about a possible bid for Kestrel Peak Mining.")
    assert {("Wendover Minerals", "acquirer"), ("Kestrel Peak Mining", "target")} in parties_by_event(
        "en", text, "acquisition")


def test_the_second_clause_s_deal_keeps_its_own_date() -> None:
    text = ("Rival Quillbook raised $40 million in March, and accounting software giant Halder snapped up Closewise, "
            "a close-management startup, last year for a reported $70 million.")
    events = {e["type"]: e for e in extract_events(page("en", "News", text, published="2025-08-20"))}
    assert events["funding_round"]["date"] == "2025-03"
    assert events["acquisition"]["date"] == "2024"
