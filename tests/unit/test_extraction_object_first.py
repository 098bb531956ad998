"""Deals told with the object first (issue 3, order): a Spanish object fronted by "a" and taken up by a clitic
("A X lo ha comprado Y"); object relatives whose subject has a long description ("X, que le fonds d'infrastructure Y
a racheté"), opens with the object marker ("X, a la que Y adquirió") or follows the verb ("X, qu'avait rachetée Y");
German fronted objects (a possessive before the verb, a subject article after it: "Sein Netzgeschäft verkauft der
Versorger X an Y"; a stake before the verb: "Die Mehrheit an X übernimmt Y"; "X, den die Y AG übernommen hatte"; a cue
opening with an object article: "Den Zuschlag erhielt X von Y", "Einen Liefervertrag mit X hatte Y gekündigt");
a participle opening the sentence with its agent, the main clause's subject its object ("Adquirida en 2019 por X,
la firma Y ..."). Probes that keep their roles: subjects first, subject relatives, infinitive clauses after "den".
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLES = {"de": "Nachrichten", "en": "News", "es": "Noticias", "fr": "Actualités"}


def _events(lang: str, text: str, kind: str = "acquisition") -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, TITLES[lang], text)) if e["type"] == kind]


BOUGHT = {("Nordwerk", "acquirer"), ("Lumatec", "target")}
INVESTED = {("Nordwerk", "investor"), ("Lumatec", "investee")}


@pytest.mark.parametrize(("lang", "text"), [
    # Spanish: the object fronted by "a", a clitic before the verb, the subject after it
    ("es", "A Lumatec, el marketplace de segunda mano nacido en Valencia, lo ha comprado la alemana Nordwerk AG por "
           "una cantidad no revelada."),
    ("es", "La empresa Brenco cerró el ejercicio con beneficios. A Lumatec la adquirió Nordwerk en 2019."),
    ("es", "A Lumatec la compró el fondo Nordwerk en 2021 por 300 millones de euros."),
    ("es", "A la tecnológica Lumatec la ha adquirido Nordwerk por 40 millones de euros."),
    ("es", "Al grupo Lumatec lo adquirió la estadounidense Nordwerk Inc. en 2018."),
    ("es", "A la start-up Lumatec la compró en 2020 el grupo Nordwerk."),
    # object relatives: a long description of the subject, an object marker, the subject after the verb
    ("fr", "Lumatec SA, que le fonds d'infrastructure Nordwerk a racheté en 2021 pour 1,3 milliard d'euros, apportera "
           "ses actifs à Brenco Energie."),
    ("fr", "Lumatec SA, que le groupe allemand Nordwerk a rachetée en 2018, ouvre une usine."),
    ("fr", "Lumatec SA, qu'avait rachetée Nordwerk en 2018, ouvre une usine."),
    ("fr", "Lumatec SA, que rachète le groupe Nordwerk, ouvre une usine."),
    ("es", "Lumatec SA, a la que Nordwerk adquirió en 2020, abre una fábrica en Sevilla."),
    ("es", "Lumatec SA, a la que compró Nordwerk en 2020, abre una fábrica en Sevilla."),
    ("es", "Lumatec SA, que el fondo de capital riesgo Nordwerk compró en 2020, abre una fábrica."),
    ("en", "Lumatec Inc., which private equity firm Nordwerk acquired in 2019, opened a plant."),
    ("de", "Der Hersteller Lumatec, den die Nordwerk AG 2019 übernommen hatte, eröffnet ein Werk."),
    ("de", "Der Hersteller Lumatec, den der Konzern Nordwerk 2019 übernommen hatte, eröffnet ein Werk."),
    # German: a stake phrase before a verb-second verb, the subject after it
    ("de", "Die Mehrheit an der Lumatec GmbH übernimmt die Nordwerk AG."),
    ("de", "Die Mehrheit an der Lumatec GmbH hat die Nordwerk AG übernommen."),
    ("de", "80 Prozent an Lumatec übernimmt der Finanzinvestor Nordwerk."),
    # a participle and its agent open the sentence; the main clause's subject is what was bought
    ("es", "Adquirida en 2019 por Nordwerk, la firma Lumatec abrirá una planta en Sevilla."),
    ("es", "La empresa Lumatec abrirá una planta en Sevilla. Adquirida en 2019 por Nordwerk, la firma emplea a 300 "
           "personas."),
    ("fr", "Rachetée par Nordwerk en 2020, la PME Lumatec ouvre une usine à Lyon."),
    ("en", "Lumatec Inc. opened a plant in Ohio. Acquired by Nordwerk in 2019, the company employs 300 people."),
    ("en", "Acquired by Nordwerk in 2019, the software firm Lumatec opened a plant in Ohio."),
    ("de", "Übernommen wurde die Lumatec GmbH von der Nordwerk AG bereits 2019."),
])
def test_object_first_keeps_buyer_and_target(lang, text):
    assert BOUGHT in _events(lang, text)


def test_german_possessive_object_before_the_verb_keeps_its_seller():
    events = _events("de", "Sein Netzgeschäft verkauft der Versorger Nordstrom an den Fonds Lumatec Infra.")
    assert {("Nordstrom", "seller"), ("Lumatec Infra", "acquirer")} in events


def test_german_fronted_award_has_its_winner_after_the_verb():
    events = _events("de", "Den Zuschlag erhielt die Nordwerk AG von den Stadtwerken Kiel.", "contract")
    assert {("Nordwerk", "supplier"), ("Stadtwerke Kiel", "customer")} in events


@pytest.mark.parametrize("text", [
    "Einen Liefervertrag mit der Korbel GmbH hatte die Volkmar Bahntechnik AG im Juli gekündigt.",
    "Den Liefervertrag mit der Korbel GmbH hat die Volkmar Bahntechnik AG gekündigt.",
    "Die Volkmar Bahntechnik AG hat den Liefervertrag mit der Korbel GmbH gekündigt.",  # probe: the subject first
])
def test_german_fronted_contract_keeps_its_customer(text):
    assert {("Volkmar Bahntechnik", "customer"), ("Korbel", "supplier")} in _events("de", text, "contract")


def test_article_inside_the_sentence_fronts_no_cue():
    events = _events("de", "Bereits 2023 hatte das Bundeskartellamt den Verkauf der Lumatec GmbH an die Nordwerk AG "
                           "untersagt.")
    assert BOUGHT in events


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the subject first, or a subject relative: the roles stay
    ("de", "Die Nordwerk AG übernimmt die Mehrheit an der Lumatec GmbH.", BOUGHT),
    ("de", "Die Nordwerk AG plant, den Hersteller Lumatec zu übernehmen.", BOUGHT),
    ("de", "Den Rivalen Lumatec hat die Nordwerk AG im Mai gekauft.", BOUGHT),
    ("de", "Bei der Lumatec GmbH ist die Nordwerk AG eingestiegen.", INVESTED),
    ("fr", "Nordwerk SA, qui rachète le groupe Lumatec, ouvre une usine.", BOUGHT),
    ("fr", "Lumatec SA, que Nordwerk a rachetée en 2018, ouvre une usine.", BOUGHT),
    ("es", "Nordwerk SA, que compró Lumatec en 2020, abre una fábrica en Sevilla.", BOUGHT),
    ("es", "Adquirida por Nordwerk en 2019, la firma Lumatec abrirá una planta en Sevilla.", BOUGHT),
    ("en", "Lumatec Inc., which the German group Nordwerk bought in 2019, opened a plant.", BOUGHT),
    ("es", "Nordwerk compró a Lumatec en 2020 por 40 millones de euros.", BOUGHT),
    # "den" alone after the subject is an article, no relative pronoun (lead, after the merge)
    ("de", "Erst im Frühjahr hatte Nordwerk den Rivalen Lumatec übernommen.", BOUGHT),
])
def test_subject_first_probes_keep_their_roles(lang, text, expected):
    kind = "investment" if expected is INVESTED else "acquisition"
    assert expected in _events(lang, text, kind)


def test_an_elided_relative_with_its_own_pronoun_subject_keeps_the_stake_year():
    """ "..., qu'elle avait prise en 2021": "qu'" before a pronoun subject opens no clause of its own (lead, after the
    merge): the stake is the one taken in 2021."""
    text = ("La mutuelle Nordwerk apporte, elle, sa participation de 20 % dans la fintech Lumatec, spécialisée dans le "
            "tiers payant, qu'elle avait prise en 2021.")
    found = extract_events(page("fr", TITLES["fr"], text, published="2025-11-06"))
    (event,) = [e for e in found if e["type"] == "investment"]
    assert (parties(event), event["status"], event["date"]) == (INVESTED, "completed", "2021")
