"""Deals between two named firms told by a plan, a board's approval, an idiom, failed talks or hearsay (mergers3)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLES = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}


def events(lang: str, *text: str) -> list[dict]:
    return extract_events(page(lang, TITLES[lang], *text))


def found(lang: str, text: str, kind: str) -> list[tuple[set[tuple[str, str]], str]]:
    return [({(n.split()[0], r) for n, r in parties(e)}, e["status"]) for e in events(lang, text) if e["type"] == kind]


VENTURE = {("Lumatec", "partner"), ("Nordwerk", "partner")}
MERGED = {("Lumatec", "party"), ("Nordwerk", "party")}
BOUGHT = {("Lumatec", "acquirer"), ("Nordwerk", "target")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Lumatec and Nordwerk announced on Monday that they will set up a joint venture to run container "
           "terminals in Rotterdam and Antwerp, with each side holding half."),
    ("es", "Lumatec y Nordwerk anunciaron el lunes que crearán una sociedad conjunta para operar terminales de "
           "contenedores en Róterdam y Amberes, al 50%."),
    ("fr", "Lumatec et Nordwerk ont annoncé lundi qu'elles vont créer une coentreprise pour exploiter des terminaux "
           "à conteneurs à Rotterdam et Anvers."),
    ("de", "Die Lumatec GmbH und die Nordwerk AG haben am Montag angekündigt, ein Gemeinschaftsunternehmen zu "
           "gründen, das Containerterminals in Rotterdam und Antwerpen betreiben soll."),
])
def test_the_places_a_planned_venture_works_in_are_no_partners(lang, text):
    assert found(lang, text, "joint_venture") == [(VENTURE, "announced")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The merger of Lumatec and Nordwerk was blocked on Tuesday."),
    ("de", "Das Kartellamt hat die Fusion von Lumatec und Nordwerk untersagt."),
    ("es", "La fusión de Lumatec y Nordwerk fue vetada el martes."),
])
def test_the_pair_right_after_a_merger_noun_keeps_its_place(lang, text):  # probes that keep their result
    assert found(lang, text, "merger") == [(MERGED, "terminated")]


@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Talks between Lumatec Compute and chip designer Nordwerk Silicon over a takeover worth roughly $700 "
           "million collapsed last week.", BOUGHT),
    ("en", "Takeover talks between Lumatec Inc. and Nordwerk Corp. collapsed last week.", BOUGHT),
    ("en", "Talks between Nordwerk and Lumatec over a takeover of Nordwerk collapsed last week.", BOUGHT),
    ("fr", "Les négociations entre Lumatec et Nordwerk en vue d'un rachat ont échoué la semaine dernière.", BOUGHT),
    ("de", "Die Gespräche zwischen Lumatec und Nordwerk über eine Übernahme sind vergangene Woche gescheitert.",
     BOUGHT),
    ("es", "Las negociaciones entre Lumatec y Nordwerk para la compra de Nordwerk se rompieron la semana pasada.",
     BOUGHT),
    ("de", "Die Verhandlungen zwischen der Lumatec AG und der Nordwerk AG über eine Übernahme sind am Freitag "
           "geplatzt.", BOUGHT),
    ("fr", "Les pourparlers entre Lumatec SA et Nordwerk SA sur un rachat ont été rompus vendredi.", BOUGHT),
])
def test_failed_talks_between_two_firms_about_a_takeover(lang, text, pair):
    assert found(lang, text, "acquisition") == [(pair, "terminated")]


def test_failed_talks_keep_the_takeovers_worth():
    event = next(e for e in events("en", "Talks between Lumatec Compute and chip designer Nordwerk Silicon over a "
                                         "takeover worth roughly $700 million collapsed last week.")
                 if e["type"] == "acquisition")
    assert event["amount"]["value"] == 700_000_000


def test_talks_between_two_firms_about_a_third_are_not_their_deal():
    assert not any({("Lumatec", "acquirer"), ("Nordwerk", "target")} <= parties(e) for e in events(
        "en", "An agreement between Lumatec and Nordwerk for the purchase of Zentro was signed."))


@pytest.mark.parametrize("lang,text,kind,pair,state", [
    ("de", "Nicht zustande kommt dagegen der Einstieg des US-Konzerns Lumatec bei der Dresdner Chipfirma Nordwerk.",
     "investment", {("Lumatec", "investor"), ("Nordwerk", "investee")}, "terminated"),
    ("de", "Die Fusion von Lumatec und Nordwerk ist nicht zustande gekommen.", "merger", MERGED, "terminated"),
    ("de", "Der Konzern Lumatec soll an einer Übernahme von Nordwerk interessiert sein.", "acquisition", BOUGHT,
     "rumored"),
    ("es", "Las cooperativas Lumatec y Nordwerk van a integrarse.", "merger", MERGED, "announced"),
    ("es", "El grupo Lumatec tira la toalla en la opa sobre Nordwerk.", "acquisition", BOUGHT, "terminated"),
    ("fr", "Les coopératives Lumatec et Nordwerk unissent leurs destins.", "merger", MERGED, "announced"),
    ("fr", "Lumatec a renoncé à son projet de fusion avec Nordwerk.", "merger", MERGED, "terminated"),
    ("fr", "Selon plusieurs sources, le groupe Lumatec étudierait une offre sur Nordwerk.", "acquisition", BOUGHT,
     "rumored"),
    ("en", "The boards of Lumatec and Nordwerk approved the merger plan on Monday.", "merger", MERGED, "announced"),
    ("es", "Los consejos de administración de Lumatec y Nordwerk aprobaron ayer el proyecto de fusión.", "merger",
     MERGED, "announced"),
])
def test_plans_idioms_and_hearsay_of_two_firms(lang, text, kind, pair, state):
    assert found(lang, text, kind) == [(pair, state)]


def test_an_integration_into_a_group_is_no_merger():
    assert not found("es", "Lumatec va a integrarse en el grupo Nordwerk.", "merger")


@pytest.mark.parametrize("text", [
    "Ferrovia Lumatec SA ganó el contrato junto a la francesa Nordwerk, con la que constituyó en 2022 una sociedad "
    "conjunta.",
    "Ferrovia Lumatec SA trabaja con la francesa Nordwerk, con la que constituyó en 2022 la sociedad conjunta "
    "Lumatec Nordwerk Ferroviaria.",
])
def test_a_venture_founded_with_the_firm_a_relative_clause_names(text):
    ventures = [e for e in events("es", text) if e["type"] == "joint_venture"]
    assert [({n.split()[-1] for n, _ in parties(e)}, e["status"], e["date"]) for e in ventures] == [
        ({"Lumatec", "Nordwerk"}, "completed", "2022")]


@pytest.mark.parametrize("lang,title,text", [
    ("fr", "Nordwerk courtisé par Lumatec", "Lumatec serait en négociations avancées avec Nordwerk, selon plusieurs "
                                        "sources."),
    ("fr", "Actualités", "Le fabricant Nordwerk, courtisé par le groupe Lumatec, a refusé de commenter."),
    ("en", "News", "Chipmaker Nordwerk, courted by Lumatec Inc., declined to comment."),
    ("en", "Nordwerk courted by Lumatec", "Lumatec is in advanced talks with Nordwerk, people familiar with the matter "
                                      "said."),
    ("es", "Nordwerk, cortejada por Lumatec", "Lumatec mantiene negociaciones avanzadas con Nordwerk, según fuentes "
                                          "del sector."),
])
def test_a_target_wooed_by_a_bidder_is_a_rumoured_takeover(lang, title, text):
    bids = [e for e in extract_events(page(lang, title, text)) if e["type"] == "acquisition"]
    assert [({(n.split()[0], r) for n, r in parties(e)}, e["status"]) for e in bids] == [(BOUGHT, "rumored")]


def test_customers_courted_are_no_bid():
    assert not events("en", "Lumatec has courted customers by cutting prices.")


@pytest.mark.parametrize("lang,text,kind,pair", [
    ("de", "Der Einstieg der Lumatec AG bei Nordwerk ist vom Tisch.", "investment",
     {("Lumatec", "investor"), ("Nordwerk", "investee")}),
    ("en", "Lumatec Inc.'s planned investment in Nordwerk will not go ahead.", "investment",
     {("Lumatec", "investor"), ("Nordwerk", "investee")}),
    ("es", "La compra de Nordwerk por Lumatec SA no se llevará a cabo.", "acquisition", BOUGHT),
    ("fr", "Le rachat de Nordwerk par Lumatec SA ne se fera pas.", "acquisition", BOUGHT),
])
def test_a_deal_that_will_not_happen_is_terminated(lang, text, kind, pair):
    assert found(lang, text, kind) == [(pair, "terminated")]


def test_spanish_cooperatives_joining_their_fates_merge():
    assert found("es", "Las cooperativas Lumatec y Nordwerk unen sus destinos.", "merger") == [(MERGED, "announced")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Merger talks between Lumatec Inc. and Nordwerk Corp. broke down on Friday."),
    ("es", "Las negociaciones de fusión entre Lumatec SA y Nordwerk SA se rompieron el viernes."),
])
def test_merger_talks_between_two_firms_with_legal_suffixes(lang, text):
    assert found(lang, text, "merger") == [(MERGED, "terminated")]


@pytest.mark.parametrize("text", [
    "Die Lumatec AG und die Nordwerk AG teilten am Montag mit, sie wollten ein Gemeinschaftsunternehmen für "
    "Batteriewerke in Sachsen und Bayern gründen.",
    "Die Lumatec AG und die Nordwerk AG wollen gemeinsam Batterien bauen. Dafür werden sie ein "
    "Gemeinschaftsunternehmen gründen.",
])
def test_german_sie_before_or_after_a_plural_verb_of_intent_is_both_firms(text):
    assert (VENTURE, "announced") in found("de", text, "joint_venture")


def test_german_sie_of_one_firm_stays_one():  # keeps its result: a pronoun after a takeover names no venture
    assert not found("de", "Die Lumatec AG hat die Nordwerk AG übernommen. Sie wollen die Werke zusammenlegen.",
                     "joint_venture")
