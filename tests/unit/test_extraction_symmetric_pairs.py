"""Mergers of two named parties: tickers in brackets before the cue, the press's words for a merger agreement."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties, parties_by_event

MERGED = {("Lumatec", "party"), ("Nordwerk", "party")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Lumatec Inc. (TSX: LMT) and Nordwerk Corp. (TSX: NDW) are pleased to announce that they have entered "
           "into a definitive agreement to combine in an all-share merger of equals."),
    ("en", "Lumatec Inc. (NYSE: LMT) and Nordwerk Corp. (Nasdaq: NDW) have agreed to merge."),
    ("en", "Lumatec Inc. and Nordwerk Corp. are pleased to announce that they have entered into a definitive "
           "agreement to combine in an all-share merger of equals."),  # keeps its result
    ("fr", "Lumatec Inc. (TSX : LMT) et Nordwerk Corp. (TSX : NDW) ont annoncé leur fusion."),
])
def test_a_ticker_in_brackets_opens_no_clause(lang, text):
    assert MERGED in parties_by_event(lang, text, "merger")


@pytest.mark.parametrize("lang,text", [
    ("es", "Las cooperativas castellanas Lumatec y Nordwerk anunciaron este lunes su integración."),
    ("es", "Lumatec y Nordwerk han aprobado su integración, que dará lugar a la mayor cooperativa del sector."),
    ("de", "Die Vorstände und Aufsichtsräte der Volksbank Lumatec und der Raiffeisenbank Nordwerk haben einen "
           "Verschmelzungsvertrag unterzeichnet."),
    ("de", "Lumatec und Nordwerk haben einen Verschmelzungsvertrag geschlossen."),
])
def test_the_integration_or_merger_contract_of_two_firms_is_a_merger(lang, text):
    found = parties_by_event(lang, text, "merger")
    assert found and all({n.split()[-1] for n, _ in p} == {"Lumatec", "Nordwerk"} for p in found)


def test_an_integration_into_a_group_is_no_merger():
    assert not parties_by_event("es", "Lumatec completó la compra de Nordwerk y su integración en el grupo.",
                                "merger")


@pytest.mark.parametrize("lang,text", [
    ("fr", "La fusion annoncée en juin entre Lumatec et Nordwerk est en cours d'examen par la Commission européenne."),
    ("en", "The merger agreed in June between Lumatec and Nordwerk is under review by the European Commission."),
    ("es", "La fusión anunciada en junio entre Lumatec y Nordwerk está en análisis por la Comisión Europea."),
])
def test_a_merger_between_two_firms_under_review_is_announced(lang, text):
    events = [e for e in extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text))
              if e["type"] == "merger"]
    assert [parties(e) for e in events] == [MERGED]
    assert events[0]["status"] == "announced" and events[0]["date"] == "2023-06"


@pytest.mark.parametrize("lang,text,kind", [
    ("es", "Las bodegas Grupo Lumatec y Nordwerk mantienen conversaciones avanzadas para fusionar sus negocios, según "
           "fuentes del sector.", "merger"),
    ("en", "Lumatec and Nordwerk are in talks to merge their businesses, people familiar with the matter said.",
     "merger"),
    ("en", "Lumatec and Nordwerk agreed to merge their British mobile businesses.", "joint_venture"),  # keeps its type
    ("es", "Lumatec y Nordwerk fusionarán sus negocios de fibra en España.", "joint_venture"),
])
def test_their_whole_business_merged_is_a_merger(lang, text, kind):
    found = parties_by_event(lang, text, kind)
    assert found and {n.split()[-1] for n, _ in found[0]} == {"Lumatec", "Nordwerk"}


@pytest.mark.parametrize("lang,text,pair", [
    ("es", "Lumatec SA, con sede en Monterrey, y la capitalina Nordwerk anunciaron el martes un acuerdo para "
           "fusionarse.", MERGED),
    ("en", "Lumatec Inc., based in Leeds, and the Munich firm Nordwerk agreed on Tuesday to merge.", MERGED),
    ("fr", "Lumatec SA, basée à Lyon, et la nantaise Nordwerk ont annoncé mardi leur fusion.", MERGED),
    # a comma and a conjunction after a clause with its own verb still open a new clause
    ("es", "Lumatec SA compró Zentro en 2020, y la capitalina Nordwerk anunció el martes su fusión con Oskar.",
     {("Nordwerk", "party"), ("Oskar", "party")}),
])
def test_a_seat_inserted_after_the_first_firm_opens_no_clause(lang, text, pair):
    assert pair in parties_by_event(lang, text, "merger")


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Vorstände der Lumatec Bank und der Nordwerk Bank haben einen Verschmelzungsvertrag unterzeichnet."),
    ("de", "Die Aufsichtsräte der Lumatec Bank und der Nordwerk Bank haben der Fusion zugestimmt."),
    ("en", "The boards of Lumatec Bank and Nordwerk Bank approved the merger on Monday."),
])
def test_an_organ_before_a_bank_opens_no_name(lang, text):
    found = parties_by_event(lang, text, "merger")
    assert {("Lumatec Bank", "party"), ("Nordwerk Bank", "party")} in found


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le parc appartiendra à une société en commandite détenue à parts égales par Lumatec SA et Nordwerk SA."),
    ("fr", "Les deux parcs seront exploités par une société détenue à 50 % par Lumatec SA et Nordwerk SA."),
    ("fr", "Les deux parcs seront détenus par une coentreprise que Lumatec formera à parts égales avec Nordwerk."),
    ("es", "La planta será de una sociedad participada a partes iguales por Lumatec SA y Nordwerk SA."),
])
def test_a_company_held_in_equal_parts_by_two_firms_is_their_joint_venture(lang, text):
    assert {("Lumatec", "partner"), ("Nordwerk", "partner")} in parties_by_event(lang, text, "joint_venture")
