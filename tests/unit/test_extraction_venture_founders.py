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


def _deals(lang: str, title: str, text: str, kind: str) -> list[tuple[str, str | None, set[str]]]:
    record = page(lang, title, text, published="2026-03-14")
    return [(c.status, c.date, c.names) for c in candidates(read_page(record)) if c.type == kind]


@pytest.mark.parametrize(("lang", "title", "text", "pair"), [
    ("de", "Lumatec fusioniert", "Die Lumatec AG fusioniert mit der Kelvar AG. Gespräche mit der Nordwerk AG waren im "
     "Herbst 2023 gescheitert, weil man sich über die Führung nicht einigen konnte.", {"Lumatec", "Nordwerk"}),
    ("de", "Lumatec fusioniert", "Die Lumatec AG fusioniert mit der Kelvar AG. Die Lumatec hatte 2023 Gespräche mit "
     "der Nordwerk AG geführt, die nach wenigen Monaten abgebrochen wurden.", {"Lumatec", "Nordwerk"}),
    ("en", "Lumatec merges", "Lumatec will merge with Kelvar. Talks with Nordwerk had failed in 2023 "
     "because the two could not agree on leadership.", {"Lumatec", "Nordwerk"}),
    ("es", "Lumatec se fusiona", "Lumatec se fusionará con Kelvar. Las conversaciones con Nordwerk fracasaron "
     "en 2023 por desacuerdos sobre la gobernanza.", {"Lumatec", "Nordwerk"}),
])
def test_failed_talks_with_a_firm_are_a_merger_called_off(lang, title, text, pair):
    assert ("terminated", "2023", pair) in _deals(lang, title, text, "merger")


@pytest.mark.parametrize(("lang", "title", "text"), [
    # (ventures5) talks whose object goes untold, on a page that tells no merger: no merger
    ("de", "Lumatec baut aus", "Die Lumatec AG baut ein neues Werk in Ulm. Gespräche mit der Nordwerk AG waren im "
     "Herbst 2023 gescheitert, weil man sich über die Führung nicht einigen konnte."),
    ("en", "Lumatec expands", "Lumatec is building a new plant in Leeds. Talks with Nordwerk had failed in 2023 "
     "because the two could not agree on leadership."),
    ("es", "Lumatec crece", "Lumatec construye una nueva planta en Bilbao. Las conversaciones con Nordwerk fracasaron "
     "en 2023 por desacuerdos sobre la gobernanza."),
])
def test_failed_talks_on_a_page_of_no_merger_are_none(lang, title, text):
    assert _deals(lang, title, text, "merger") == []


@pytest.mark.parametrize(("lang", "title", "text"), [
    # talks about a named deal keep that deal's own cue; talks with a union are no merger
    ("en", "Lumatec deal", "Lumatec bought Kelvar for $20m. Talks with Nordwerk about a takeover had collapsed in "
     "2023."),
    ("en", "Lumatec strike", "Lumatec faces strikes at its Leeds plant. Talks with the Unite union collapsed."),
    ("de", "Streik bei Lumatec", "Die Lumatec AG muss mit Streiks rechnen. Die Verhandlungen mit der Gewerkschaft IG "
     "Metall sind gescheitert."),
])
def test_talks_about_something_else_are_no_merger(lang, title, text):
    assert _deals(lang, title, text, "merger") == []


@pytest.mark.parametrize(("lang", "text", "customer"), [
    ("fr", "Lumatec et Nordwerk créent la coentreprise H2Vire pour produire de l'hydrogène. La coentreprise a d'ores "
     "et déjà signé avec la Métropole de Caen un contrat d'approvisionnement.", "Métropole de Caen"),
    ("de", "Die Lumatec AG und die Nordwerk AG gründen das Gemeinschaftsunternehmen H2Vire. Das "
     "Gemeinschaftsunternehmen hat bereits mit der Stadt Kassel einen Liefervertrag unterzeichnet.", "Stadt Kassel"),
])
def test_the_venture_signs_its_own_contract(lang, text, customer):
    record = page(lang, "Lumatec H2Vire", text, published="2026-03-14")
    found = {(c.type, frozenset(c.parties)) for c in candidates(read_page(record))}
    assert ("contract", frozenset({("H2Vire", "supplier"), (customer, "customer")})) in found
    assert not any(kind == "joint_venture" and customer in {n for n, _ in parties} for kind, parties in found)


@pytest.mark.parametrize(("lang", "title", "text", "pair"), [
    ("de", "Zwei Genossenschaften werden eine", "Die Agrarhandel Lindtal eG und die Warengenossenschaft Kornfeld eG "
     "gehen künftig gemeinsame Wege. Am Dienstagabend stimmten in Moosburg die Vertreterversammlungen beider "
     "Genossenschaften für die Verschmelzung.", {"Agrarhandel Lindtal", "Warengenossenschaft Kornfeld"}),
    ("en", "Two co-ops become one", "Lindvale Farmers Cooperative and Kornfield Grain Cooperative will join forces. "
     "On Tuesday evening the delegates of both cooperatives voted in Ashby for the merger.",
     {"Lindvale Farmers Cooperative", "Kornfield Grain Cooperative"}),
    ("fr", "Deux coopératives n'en feront plus qu'une", "La coopérative Terres du Lindal et la coopérative Korn "
     "Céréales vont unir leurs forces. Mardi soir, à Ancenis, les assemblées générales des deux coopératives ont voté "
     "la fusion.", {"Terres du Lindal", "Korn Céréales"}),
    ("es", "Dos cooperativas se convierten en una", "La Cooperativa Agrícola Lindal y la Cooperativa Campo Korn "
     "caminarán juntas a partir de ahora. El martes por la noche, las asambleas de ambas cooperativas votaron a favor "
     "de la fusión.", {"Cooperativa Agrícola Lindal", "Cooperativa Campo Korn"}),
])
def test_the_assemblies_of_two_cooperatives_vote_their_merger(lang, title, text, pair):
    # one merger of that pair, whether one cue tells it or two ("gehen künftig gemeinsame Wege" and the vote)
    assert {frozenset(names) for _, _, names in _deals(lang, title, text, "merger")} == {frozenset(pair)}


TIE_UP_TITLES = {"de": "Talvera baut mit Brenlok", "fr": "Talvera et Brenlok", "es": "Talvera y Brenlok",
                 "en": "Talvera and Brenlok"}


def _tie_ups(lang: str, sentence: str) -> list[set[str]]:
    """The party names of the joint-venture and partnership statements of a page of one sentence under a title."""
    record = page(lang, TIE_UP_TITLES[lang], sentence, published="2026-03-14")
    return [c.names for c in candidates(read_page(record)) if c.type in ("joint_venture", "partnership")]


FOUNDING_RELATIVES = [  # (branch dropped) a relative clause after the cue tells who set the tie-up up with whom
    ("de", "Die Achsen kommen von Korvit, dem Gemeinschaftsunternehmen, das die Talvera AG 2023 mit dem polnischen "
           "Hersteller Brenlok gegründet hat."),
    ("fr", "Talvera s'appuie sur Korvit, la coentreprise d'assurance qu'elle a créée en 2022 avec la banque Brenlok."),
    ("fr", "Talvera achète une partie de ses pièces au sein de la centrale Korvit, l'alliance qu'il a formée en 2020 "
           "avec l'allemand Brenlok."),
    ("es", "Las piezas llegan de Korvit, la sociedad conjunta que Talvera constituyó en 2023 con la polaca Brenlok."),
    ("en", "The parts come from Korvit, the joint venture that Talvera formed with the Polish maker Brenlok in 2023."),
    ("en", "Talvera buys its parts through Korvit, the alliance that it formed in 2020 with Brenlok."),
]


@pytest.mark.parametrize(("lang", "sentence"), FOUNDING_RELATIVES)
def test_founding_relative_names_the_partners(lang, sentence):
    assert {"Talvera", "Brenlok"} in _tie_ups(lang, sentence)

