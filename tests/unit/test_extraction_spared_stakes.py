"""A stake still held whose sentence also tells a ban of the same firms' takeover (german2): a clause that says the ban
leaves something as it is ("an der Beteiligung ändert das Verbot nichts", "the stake is unaffected by the ban",
`spared`) ends no deal, while the ban's own clause still ends the takeover. Sentences and names written for these
tests."""

import pytest

from streams.extraction import extract_events, status
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

ANCHOR = "2025-03-20"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "An Orlepp ist Veltrum seit 2020 mit 25 Prozent beteiligt; an der Beteiligung ändert das Verbot nichts."),
    ("de", "Die Beteiligung von Veltrum an Orlepp bleibt vom Verbot unberührt."),
    ("en", "Veltrum has held 25% of Orlepp since 2020; the stake is unaffected by the prohibition."),
    ("fr", "Veltrum détient 25 % d'Orlepp depuis 2020 ; l'interdiction ne change rien à cette participation."),
    ("es", "Veltrum posee el 25% de Orlepp desde 2020; la prohibición no afecta a esa participación."),
])
def test_an_end_its_clause_spares_ends_nothing(lang, text):
    assert status.assess(text, "investment", "2020", ANCHOR, lexicon(lang))[0] == "completed"
    assert not status.ended(text, lexicon(lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Kartellamt hat die Übernahme von Orlepp durch Veltrum untersagt, die Beteiligung bleibt unberührt."),
    ("en", "The regulator blocked Veltrum's takeover of Orlepp, and the existing stake is unaffected."),
    ("fr", "L'Autorité a interdit le rachat d'Orlepp par Veltrum, la participation n'est pas concernée."),
    ("es", "La CNMC ha prohibido la compra de Orlepp por Veltrum, la participación no se ve afectada."),
])
def test_the_ban_in_its_own_clause_still_ends_the_takeover(lang, text):
    assert status.assess(text, "acquisition", None, ANCHOR, lexicon(lang))[0] == "terminated"


def test_a_stake_held_beside_a_ban_stays_completed():
    body = ("Das Bundeskartellamt hat die geplante Übernahme der Orlepp Mühlenwerke durch die Veltrum AG am Dienstag "
            "untersagt. An Orlepp ist Veltrum schon seit 2020 mit 25 Prozent beteiligt; an der Beteiligung ändert "
            "das Verbot nichts.")
    events = {e["type"]: e for e in extract_events(page("de", "Kartellamt stoppt Veltrum", body))}
    assert events["acquisition"]["status"] == "terminated"
    assert (events["investment"]["status"], events["investment"]["date"]) == ("completed", "2020")
