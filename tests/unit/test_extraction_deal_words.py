"""The press's words of each deal type, in every language, on sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_cue_coverage import CUES
from tests.unit.test_extraction_roles import page, parties

CASES = [
    ("en", "Velmont Motors completed the take-over of Harrow Cells on Monday.", "acquisition",
     {("Velmont Motors", "acquirer"), ("Harrow Cells", "target")}),
    ("en", "Harrow Cells is majority-owned by Velmont Motors.", "acquisition",
     {("Velmont Motors", "acquirer"), ("Harrow Cells", "target")}),
    ("de", "Die Harrow GmbH gehört seit 2020 mehrheitlich zum Konzern Velmont Motors.", "acquisition",
     {("Velmont Motors", "acquirer"), ("Harrow", "target")}),
    ("de", "Die Velmont AG akquirierte im Mai die Harrow GmbH.", "acquisition",
     {("Velmont", "acquirer"), ("Harrow", "target")}),
    ("fr", "Le groupe Velmont Industries a raflé Harrow Systèmes pour 40 millions d'euros.", "acquisition",
     {("Velmont Industries", "acquirer"), ("Harrow Systèmes", "target")}),
    ("es", "El grupo Velmont Industrias anunció la toma de control de Harrow Sistemas.", "acquisition",
     {("Velmont Industrias", "acquirer"), ("Harrow Sistemas", "target")}),
    ("en", "Velmont Motors and Harrow Cells agreed an all-share combination on Monday.", "merger",
     {("Velmont Motors", "party"), ("Harrow Cells", "party")}),
    ("de", "Die Velmont AG und die Harrow GmbH fusionierten im Mai.", "merger",
     {("Velmont", "party"), ("Harrow", "party")}),
    ("fr", "Velmont Industries et Harrow Systèmes créent une filiale commune pour les batteries.", "joint_venture",
     {("Velmont Industries", "partner"), ("Harrow Systèmes", "partner")}),
    ("es", "Velmont Industrias y Harrow Sistemas crean una filial conjunta para las baterías.", "joint_venture",
     {("Velmont Industrias", "partner"), ("Harrow Sistemas", "partner")}),
    ("fr", "Le fonds Velmont Capital investira 15 millions d'euros dans Harrow Systèmes.", "investment",
     {("Velmont Capital", "investor"), ("Harrow Systèmes", "investee")}),
    ("fr", "Le fonds Velmont Capital a pris en mai une participation de 15 % dans Harrow Systèmes.", "investment",
     {("Velmont Capital", "investor"), ("Harrow Systèmes", "investee")}),
    ("de", "Die Velmont AG investierte im Mai 20 Millionen Euro in die Harrow GmbH.", "investment",
     {("Velmont", "investor"), ("Harrow", "investee")}),
    ("es", "El fondo Velmont Capital inyectó 20 millones de euros en Harrow Sistemas.", "investment",
     {("Velmont Capital", "investor"), ("Harrow Sistemas", "investee")}),
    ("en", "The group was created when Velmont Radio and Harrow Media merged in 2019.", "merger",
     {("Velmont Radio", "party"), ("Harrow Media", "party")}),
    ("es", "Bodegas Velmont y Viñedos Harrow son ya una sola empresa.", "merger",
     {("Bodegas Velmont", "party"), ("Viñedos Harrow", "party")}),
    ("fr", "Velmont Industries et Harrow Systèmes ne font plus qu'une seule entreprise depuis lundi.", "merger",
     {("Velmont Industries", "party"), ("Harrow Systèmes", "party")}),
    ("de", "Die Velmont AG und die Harrow GmbH sind nun ein einziges Unternehmen.", "merger",
     {("Velmont", "party"), ("Harrow", "party")}),
    ("en", "Velmont Motors is weighing a counterbid for Harrow Cells, people familiar with the matter said.",
     "acquisition", {("Velmont Motors", "acquirer"), ("Harrow Cells", "target")}),
    ("de", "Die Velmont AG prüft ein Gegenangebot für die Harrow GmbH.", "acquisition",
     {("Velmont", "acquirer"), ("Harrow", "target")}),
    ("fr", "Le groupe Velmont Industries a approché Harrow Systèmes en vue d'une offre concurrente.", "acquisition",
     {("Velmont Industries", "acquirer"), ("Harrow Systèmes", "target")}),
    ("es", "El grupo Velmont Industrias estudia una contraoferta por Harrow Sistemas.", "acquisition",
     {("Velmont Industrias", "acquirer"), ("Harrow Sistemas", "target")}),
]


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected"), CASES + CUES)
def test_deal_words_give_their_type_and_roles(lang: str, sentence: str, kind: str, expected: set) -> None:
    events = [e for e in extract_events(page(lang, "News", sentence)) if e["type"] == kind]
    assert events, sentence
    assert parties(events[0]) == expected


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Harrow Cells closed a $40 million Series B."),
    ("es", "Harrow Sistemas cierra una Serie B de 40 millones de euros."),
    ("fr", "Harrow Systèmes a fait ses débuts jeudi sur Euronext Paris."),
])
def test_single_party_deal_words(lang: str, sentence: str) -> None:
    (event,) = extract_events(page(lang, "News", sentence))
    assert [p["role"] for p in event["parties"]] in (["investee"], ["issuer"])


@pytest.mark.parametrize(("lang", "dated", "undated", "kind"), [
    ("en", "Since 2022 Velmont Motors has owned 60% of Harrow Cells.", "Velmont Motors owns 60% of Harrow Cells.",
     "acquisition"),
    ("de", "Seit 2022 ist die Velmont AG mit 12 Prozent an der Harrow GmbH beteiligt.",
     "Die Velmont AG ist mit 12 Prozent an der Harrow GmbH beteiligt.", "investment"),
    ("fr", "Depuis 2022, le groupe Velmont Industries détient 15 % de Harrow Systèmes.",
     "Le groupe Velmont Industries détient 15 % de Harrow Systèmes.", "investment"),
    ("es", "Desde 2022 el grupo Velmont Industrias controla el 60% de Harrow Sistemas.",
     "El grupo Velmont Industrias controla el 60% de Harrow Sistemas.", "acquisition"),
])
def test_a_stake_held_is_an_event_from_its_start_only(lang: str, dated: str, undated: str, kind: str) -> None:
    (event,) = extract_events(page(lang, "News", dated))
    assert (event["type"], event["status"], event["date"]) == (kind, "completed", "2022")
    assert extract_events(page(lang, "News", undated)) == []


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Velmont Mutual arrives slimmer after its pet insurance book went to Harrow Group for $85 million.",
     {("Velmont Mutual", "seller"), ("Harrow", "acquirer")}),
    ("de", "Gleichzeitig trennt sich die Velmont AG von einem Geschäft: Die Großhandelssparte geht an den Hamburger "
           "Großhändler Harrow.", {("Velmont", "seller"), ("Harrow", "acquirer")}),
])
def test_a_unit_that_goes_to_a_buyer_is_sold(lang: str, sentence: str, expected: set) -> None:
    events = [e for e in extract_events(page(lang, "News", sentence)) if e["type"] == "acquisition"]
    assert [parties(e) for e in events] == [expected]


def test_spanish_listings_told_by_who_takes_the_firm_there_and_their_denial():
    (event,) = extract_events(page("es", "Noticias", "Velmont Obras había cancelado en marzo su salida a la Bolsa "
                                   "Mexicana de Valores."))
    assert (event["type"], event["status"]) == ("ipo", "terminated")
    (event,) = extract_events(page("es", "Noticias", "Los accionistas de Velmont Drones sopesan sacarla a bolsa en "
                                   "Madrid en 2027."))
    assert event["type"] == "ipo"
    assert extract_events(page("es", "Noticias", "Velmont Moda tampoco contempla sacar a bolsa ninguna de sus "
                                                 "cadenas.")) == []


def test_german_money_taken_up_is_a_round():
    sentence = ("Zum Vergleich: Im März 2021 hatte Harrow Pay 600 Mio. Dollar bei einer Bewertung von 95 Milliarden "
                "Dollar aufgenommen – damals unter anderem von Velmont Capital und Axa.")
    (event,) = extract_events(page("de", "Nachrichten", sentence))
    assert (event["type"], event["status"], event["amount"]["value"]) == ("funding_round", "completed", 600e6)
    assert ("Harrow Pay", "investee") in parties(event) and ("Velmont Capital", "investor") in parties(event)
