"""A subject that undergoes the deal keeps the target's role however far its agent stands (branch dropped): "X,
which was acquired in 2019 by the private equity firm Y, employs staff across Z", "X fue comprada el año pasado por
Y, y, según la prensa, la propia Z estudia ...": a name after the agent is no object of the passive verb, the subject
is what was bought. Sentences and names written for these tests."""

import pytest

from streams.extraction.page import read_page
from streams.extraction.statements import candidates
from tests.unit.test_extraction_roles import page

TITLES = {"en": "Tarvik and Morlan", "es": "Tarvik y Morlan", "fr": "Tarvik et Morlan", "de": "Tarvik und Morlan"}


def acquisitions(lang: str, sentence: str) -> list[set[tuple[str, str]]]:
    """The parties with roles of the acquisition statements of a page of one sentence under a title."""
    record = page(lang, TITLES[lang], sentence, published="2026-03-14")
    return [set(c.parties) for c in candidates(read_page(record)) if c.type == "acquisition"]


FAR_AGENTS = [
    ("en", "Morlan, which was acquired in 2019 by the private equity firm Tarvik Capital, employs 900 people at "
           "plants across Brenlok Valley."),
    ("es", "Su rival Morlan fue comprada el año pasado por Tarvik Capital, y, según la prensa local, la propia "
           "Brenlok estudia una salida a bolsa."),
    ("fr", "Morlan, qui a été rachetée en 2019 par le fonds Tarvik Capital, emploie 900 personnes dans la vallée de "
           "Brenlok."),
    ("de", "Der Rivale Morlan war im vergangenen Jahr vom Finanzinvestor Tarvik Capital übernommen worden, und die "
           "Brenlok AG plant nun den Börsengang."),
]


@pytest.mark.parametrize(("lang", "sentence"), FAR_AGENTS)
def test_far_agent_leaves_the_subject_bought(lang, sentence):
    assert {("Tarvik Capital", "acquirer"), ("Morlan", "target")} in acquisitions(lang, sentence)


def test_active_buyer_keeps_its_object():
    """ "X bought Y in 2019": no passive, the object after the verb is the target."""
    assert {("Tarvik Capital", "acquirer"), ("Morlan", "target")} in acquisitions(
        "en", "Tarvik Capital bought the rival Morlan in 2019 for $40 million.")

