"""Leagues and federations approve a club's takeover and are never its parties, nor is the division the club plays in
("after the English Football League cleared it", "tras el visto bueno de LaLiga", "nach Zustimmung der DFL",
"le club de Pro D2") (sentences written for these tests)."""

import pytest

from tests.unit.test_extraction_false_names import events, of_type


@pytest.mark.parametrize("lang,text", [
    ("en", "Lumatec Sports has completed its takeover of Nordwerk Rovers after the English Football League approved "
           "the deal."),
    ("es", "Lumatec Sports ha completado la compra del Nordwerk Club de Fútbol, de Segunda División, tras recibir el "
           "visto bueno de LaLiga."),
    ("de", "Lumatec Sports hat den Fußballklub Nordwerk übernommen, nachdem die DFL zugestimmt hatte."),
    ("fr", "Lumatec Sports a finalisé le rachat de Nordwerk Rugby, club de Pro D2, après l'accord de la LNR."),
])
def test_a_league_is_no_party(lang: str, text: str) -> None:
    found = of_type(events(lang, "Lumatec Sports", text), "acquisition")
    assert found and all(not any(n in ("English Football League", "Football League", "LaLiga", "Segunda División",
                                       "DFL", "Pro D2", "LNR") for n, _ in p) for p in found)
