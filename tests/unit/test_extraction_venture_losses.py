"""Ventures told again (issue 3, ventures5): shapes the ventures4 rules cost, each written as a probe that must keep
its result. "une coentreprise" after an indefinite article is a new venture, not one named before; a venture cue that
is itself a description names no founder ("apporte à la coentreprise son expérience"); "X, the joint venture Y formed
with Z": the venture is X, Y founds it. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def _events(lang: str, title: str, text: str) -> set[tuple[str, str, frozenset]]:
    return {(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]))
            for e in extract_events(page(lang, title, text, published="2024-03-14"))}


def _pair(a: str, b: str, role: str = "partner") -> frozenset:
    return frozenset({(a, role), (b, role)})


@pytest.mark.parametrize(("lang", "title", "text", "pair"), [
    ("fr", "Lumatec s'allie à Castella", "Lumatec détient déjà avec Kordia la coentreprise Lumakor. Le PDG de Lumatec, "
     "Jean Morel, a détaillé la stratégie. Il a annoncé ce mardi la création d'une coentreprise avec Castella "
     "Aerospazio, détenue à parts égales, qui produira à Turin des pièces de moteurs.",
     ("Lumatec", "Castella Aerospazio")),
    ("fr", "Airvane et Sidérurgie du Nord créent la coentreprise HyNord", "Le gazier Airvane et le producteur d'acier "
     "Sidérurgie du Nord ont annoncé mercredi la création d'une coentreprise chargée de produire de l'hydrogène.",
     ("Airvane", "Sidérurgie du Nord")),
    ("en", "Lumatec and Nordwerk set up Lumanord", "Lumatec already runs the joint venture Lumanord with Kordia. On "
     "Tuesday it announced the creation of a joint venture with Nordwerk Systems to build heat pumps.",
     ("Lumatec", "Nordwerk Systems")),
])
def test_a_venture_told_with_an_indefinite_article_is_new(lang, title, text, pair):
    assert ("joint_venture", "announced", _pair(*pair)) in _events(lang, title, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Network Rail awarded a signalling contract to Northway Signalling Partners. Work will be carried out by "
           "Northway Signalling Partners, the joint venture Norland Rail Systems formed with UK civil engineering firm "
           "Albion Civils in 2023."),
    ("en", "The line will be run by Northway Signalling Partners, the joint venture Norland Rail Systems set up with "
           "Albion Civils in 2023."),
])
def test_the_name_after_an_apposed_venture_founds_it(lang, text):
    found = _events(lang, "Northway Signalling Partners wins deal", text)
    assert any(kind == "joint_venture" and parties == _pair("Norland Rail Systems", "Albion Civils")
               for kind, _, parties in found)
    assert not any(kind == "joint_venture" and ("Northway Signalling Partners", "partner") in parties
                   for kind, _, parties in found)


def test_an_unnamed_venture_described_is_no_founder():
    found = _events("fr", "Thalassor et Lumatec", "Thalassor et Lumatec créent une coentreprise pour l'éolien "
                    "flottant. Thalassor apporte à la coentreprise son expérience du parc pilote de Groix : "
                    "l'entreprise y fournit depuis 2022 les systèmes d'ancrage à Énergies du Ponant.")
    assert ("contract", "ongoing", frozenset({("Thalassor", "supplier"), ("Énergies du Ponant", "customer")})) in found
    assert not any("Groix" in {n for n, _ in parties} for _, _, parties in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Kaltwerk AG und die Nordelec AG bauen gemeinsam ein Werk für Wärmepumpen. Kaltwerk und Nordelec halten "
           "je 45 Prozent an dem Gemeinschaftsunternehmen, die Provinzregierung beteiligt sich über ihre Förderbank "
           "mit zehn Prozent."),
    ("fr", "Le gazier Airvane et le producteur d'acier Sidérurgie du Nord ont annoncé mercredi la création d'une "
           "coentreprise chargée de produire de l'hydrogène."),
])
def test_founders_keep_their_venture(lang, text):
    found = _events(lang, "Nouvelle coentreprise", text)
    assert [kind for kind, _, _ in found].count("joint_venture") == 1


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("de", "Die Lumatec AG hat die Gespräche mit der Nordwerk AG über einen Verkauf abgebrochen.", "acquisition"),
    ("de", "Die Lumatec AG und die Nordwerk AG haben ihre Fusionsgespräche abgebrochen.", "merger"),
    ("de", "Die Lumatec AG und die Nordwerk AG haben die Gespräche über einen Zusammenschluss abgebrochen.", "merger"),
    ("en", "Lumatec and Nordwerk ended talks to merge on Tuesday.", "merger"),
    ("es", "Lumatec y Nordwerk pusieron fin el martes a sus conversaciones para fusionarse.", "merger"),
])
def test_only_talks_about_merging_make_a_merger(lang, text, kind):
    found = _events(lang, "Lumatec", text)
    assert {k for k, _, _ in found} == {kind}
    assert all(status == "terminated" for _, status, _ in found)


def test_sale_talks_are_no_merger():
    assert not any(kind == "merger" for kind, _, _ in _events(
        "en", "Lumatec walks away", "Lumatec broke off sale talks with Nordwerk on Tuesday."))


@pytest.mark.parametrize(("lang", "title", "text", "pair", "status"), [
    ("es", "Clínica Sol y Dentimed rompen", "Clínica Sol y Dentimed rompen. Las dos redes pusieron fin el martes a sus "
     "conversaciones para fusionarse.", ("Clínica Sol", "Dentimed"), "terminated"),
    ("fr", "Optisol et Visiland renoncent", "Optisol et Visiland renoncent. Les deux réseaux ont mis fin mardi à leurs "
     "discussions de fusion.", ("Optisol", "Visiland"), "terminated"),
    ("de", "Zwei Genossenschaften", "Die Agrarbund Isartal eG und die Warengenossenschaft Altach eG gehen künftig "
     "gemeinsame Wege. Die Fusion soll im Juni von den Mitgliedern beschlossen werden.",
     ("Agrarbund Isartal", "Warengenossenschaft Altach"), "announced"),
])
def test_two_chains_or_cooperatives_merge(lang, title, text, pair, status):
    assert ("merger", status, _pair(*pair, role="party")) in _events(lang, title, text)


@pytest.mark.parametrize(("lang", "text"), [
    # the idiom alone, on a page that tells no merger: no merger (a partnership's idiom as well)
    ("de", "Die Lumatec AG und die Nordwerk AG gehen beim Vertrieb gemeinsame Wege."),
    ("de", "Die Lumatec AG baut ein Werk in Ulm. Mit der Nordwerk AG geht sie künftig gemeinsame Wege."),
])
def test_common_ways_alone_are_no_merger(lang, text):
    assert not any(kind == "merger" for kind, _, _ in _events(lang, "Lumatec", text))
