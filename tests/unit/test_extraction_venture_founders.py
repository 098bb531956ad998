"""Ventures and their founders (issue 3, ventures4): the venture's own name right after its cue is no partner ("la
sociedad conjunta X", "das Gemeinschaftsunternehmen X"); a stake relative after the venture names its holders, the
partners ("das Gemeinschaftsunternehmen X, an dem beide Konzerne je zur Hälfte beteiligt sind", "die X GmbH, an der
die Bank 60 und der Versicherer 40 Prozent halten"); es "junto a" marks a companion ("constituyó junto a la japonesa
Y la sociedad conjunta X"). Sentences written for these tests."""

import pytest

from streams.extraction.page import read_page
from streams.extraction.statements import candidates
from tests.unit.test_extraction_roles import page

INTRO = {
    "en": ("Lumatec and Nordwerk widen their ties", "Lumatec and Nordwerk are widening their cooperation."),
    "de": ("Lumatec und Nordwerk bauen aus", "Die Lumatec AG und die Nordwerk AG erweitern ihre Zusammenarbeit."),
    "fr": ("Lumatec et Nordwerk élargissent leurs liens", "Lumatec et Nordwerk vont élargir leur coopération."),
    "es": ("Lumatec y Nordwerk amplían su alianza", "Lumatec y Nordwerk van a ampliar su cooperación."),
}


def _ventures(lang: str, sentence: str) -> list[set[str]]:
    title, intro = INTRO[lang]
    record = page(lang, title, f"{intro} {sentence}", published="2026-03-14")
    return [c.names for c in candidates(read_page(record)) if c.type == "joint_venture"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Das 2017 gegründete Gemeinschaftsunternehmen Aurolit Kunststoffe, an dem beide Konzerne je zur Hälfte "
           "beteiligt sind, baut ein neues Werk."),
    ("de", "Beide Häuser gründen dazu die Aurolit Vertriebs GmbH, an der die Lumatec 60 und die Nordwerk 40 Prozent "
           "halten."),
    ("en", "The joint venture Aurolit Plastics, in which both groups hold equal stakes, is building a new plant."),
    ("en", "Both firms are setting up the joint venture Aurolit Sales Ltd, in which Lumatec holds 60 and Nordwerk 40 "
           "percent."),
    ("fr", "La coentreprise Aurolit Plastiques, dont les deux groupes détiennent chacun la moitié, construit une "
           "nouvelle usine."),
    ("es", "La empresa conjunta Aurolit Plásticos, en la que ambos grupos participan a partes iguales, construye una "
           "nueva planta."),
])
def test_holders_are_the_partners(lang, sentence):
    assert {"Lumatec", "Nordwerk"} in _ventures(lang, sentence)
    assert not any(any(n.startswith("Aurolit") for n in names) for names in _ventures(lang, sentence))


def test_bank_and_insurer_hold_the_venture():
    record = page("de", "Lumabank und Nordversicherung kooperieren",
                  "Die Lumabank AG und die Nordversicherung AG wollen Versicherungen gemeinsam vertreiben. Beide "
                  "Häuser gründen dazu die Lumanord Vertriebs GmbH, an der die Bank 60 und der Versicherer 40 Prozent "
                  "halten.", published="2026-03-14")
    assert [c.names for c in candidates(read_page(record)) if c.type == "joint_venture"] == [
        {"Lumabank", "Nordversicherung"}]


@pytest.mark.parametrize("sentence", [
    "Hortícola del Sil, por su parte, en 2020 constituyó junto a la japonesa Kanemo Trading la sociedad conjunta "
    "Segura Kanemo Export.",
    "Hortícola del Sil constituyó en 2020 junto a la japonesa Kanemo Trading una sociedad conjunta.",
    "Hortícola del Sil constituyó en 2020 junto con la japonesa Kanemo Trading la sociedad conjunta Segura Kanemo "
    "Export.",
])
def test_companion_after_junto_a(sentence):
    record = page("es", "Verdesur vende más", f"Verdesur vende más en Asia. {sentence}", published="2026-03-14")
    found = [(c.date, c.names) for c in candidates(read_page(record)) if c.type == "joint_venture"]
    assert found == [("2020", {"Hortícola del Sil", "Kanemo Trading"})]


@pytest.mark.parametrize(("lang", "sentence"), [
    # a partner named after the cue with a preposition stays a partner
    ("de", "Die Lumatec AG gründet mit der Nordwerk AG ein Gemeinschaftsunternehmen."),
    ("en", "Lumatec formed a joint venture with Nordwerk."),
    # a later holder alone is no pair of partners
    ("de", "Die Lumatec AG und die Nordwerk AG gründen das Gemeinschaftsunternehmen Aurolit, an dem sich später der "
           "Fonds Kelvar beteiligen soll."),
])
def test_probes_keep_their_partners(lang, sentence):
    assert {"Lumatec", "Nordwerk"} in _ventures(lang, sentence)
