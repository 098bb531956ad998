"""Mergers of two named parties: tickers in brackets before the cue, the press's words for a merger agreement."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event

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
