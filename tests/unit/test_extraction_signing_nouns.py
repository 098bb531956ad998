"""A signing told by its noun ("signature d'un accord en vue de l'acquisition", "signing of an agreement to
acquire") is an announcement, as the verb "signed" is, also on a timeline's earlier year: its close is a later
step (branch dates2). Sentences and firms invented for these tests."""

import pytest

from streams.extraction import extract_events, status
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

SIGNING_NOUNS = [
    ("en", "In June, signing of an agreement to acquire the Belgian bakery Vornhout."),
    ("de", "Im Juni Unterzeichnung einer Vereinbarung zur Übernahme der belgischen Bäckerei Vornhout."),
    ("fr", "En juin, signature d'un accord en vue de l'acquisition de la boulangerie belge Vornhout."),
    ("es", "En junio, firma de un acuerdo para la adquisición de la panadería belga Vornhout."),
]


@pytest.mark.parametrize(("lang", "text"), SIGNING_NOUNS)
def test_a_signing_told_by_its_noun_in_an_earlier_year_is_announced(lang, text):
    assert status.assess(text, "acquisition", "2021-06", "2025-03-01", lexicon(lang)) == ("announced", True)


TIMELINES = [
    ("en", "2021 — In June, signing of an agreement to acquire the Belgian bakery Vornhout. The transaction was "
     "completed in January 2022, after the regulators' approval."),
    ("fr", "2021 — En juin, signature d'un accord en vue de l'acquisition de la boulangerie belge Vornhout. "
     "L'opération est finalisée en janvier 2022, après le feu vert des autorités."),
]


@pytest.mark.parametrize(("lang", "text"), TIMELINES)
def test_a_timeline_signing_is_completed_by_its_later_close(lang, text):
    events = extract_events(page(lang, "Maison Quellard: history", "1950 — Quellard opens its first shop.", text,
                                 published="2025-03-01"))
    assert [(e["type"], e["status"], e["date"]) for e in events] == [("acquisition", "completed", "2022-01")]
