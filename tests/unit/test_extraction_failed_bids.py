"""Failed, withdrawn and blocked deals told in the background (issue 3, failed2): a bidder named in the genitive
after a place adjective ("Ein Übernahmeangebot des Kölner Versorgers X war gescheitert"), a bidder that left a sale
process ("withdrew from the bidding for X", "aus dem Bieterverfahren zurückgezogen", "se retiró de la puja por X"),
an offer withdrawn told by a noun ("le retrait de son offre"), talks about a venture ended far from their noun, a
contract ended with a date before it ("avait résilié l'an dernier le marché qui la liait à X"), a cue of a deal
already told that no longer cuts off the end told after it ("kurz vor der Erstnotiz abgesagt"), and an authority's
headline ("La Comco bloque le rachat de X par Y") whose body names the buyer by a description. Look-alikes keep
their status. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2024-03-14"
LEADS = {
    "de": ("Lumatec erweitert ihr Netz", "Die Lumatec GmbH aus Ulm hat am Dienstag ein neues Werk eröffnet."),
    "en": ("Lumatec opens new plant", "Lumatec Inc., a maker of sensors, opened a new plant on Tuesday."),
    "fr": ("Lumatec ouvre une usine", "Le groupe Lumatec, fabricant de capteurs, a ouvert mardi une nouvelle usine."),
    "es": ("Lumatec abre una planta", "Lumatec, fabricante de sensores, abrió el martes una nueva planta."),
}


def deals(lang: str, sentence: str, title: str | None = None, lead: str | None = None) -> set[tuple]:
    """Type, status and (name, role) parties of the events of a page about Lumatec."""
    head, intro = LEADS[lang]
    text = f"{intro if lead is None else lead} {sentence}".strip()
    return {(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]))
            for e in extract_events(page(lang, title or head, text, published=PUBLISHED))}


def bought(buyer: str, target: str) -> frozenset[tuple[str, str]]:
    return frozenset({(buyer, "acquirer"), (target, "target")})


@pytest.mark.parametrize(("lang", "sentence", "parties"), [
    # a bidder in the genitive after a place adjective: the page's firm is the target
    ("de", "Ein Übernahmeangebot des Kölner Versorgers Nordwerk AG war 2023 am Widerstand des Gemeinderats "
     "gescheitert.", bought("Nordwerk", "Lumatec")),
    ("de", "Ein Übernahmeangebot des Münchner Stadtwerke-Verbunds Nordwerk war 2023 am Widerstand des Gemeinderats "
     "gescheitert.", bought("Nordwerk", "Lumatec")),
    # a bidder that left a sale process
    ("en", "Nordwerk withdrew from the bidding for Lumatec in 2023.", bought("Nordwerk", "Lumatec")),
    ("en", "Nordwerk pulled out of the auction for Altiva last month.", bought("Nordwerk", "Altiva")),
    ("de", "Die Nordwerk AG hat sich aus dem Bieterverfahren um die Altiva GmbH zurückgezogen.",
     bought("Nordwerk", "Altiva")),
    ("de", "Der Finanzinvestor Nordwerk Capital hatte sich Ende Januar aus dem Bieterverfahren zurückgezogen.",
     bought("Nordwerk Capital", "Lumatec")),
    ("es", "Nordwerk se retiró de la puja por Altiva en 2023.", bought("Nordwerk", "Altiva")),
    ("es", "Nordwerk abandonó la subasta por Altiva en enero.", bought("Nordwerk", "Altiva")),
    ("fr", "Nordwerk s'est retiré des enchères pour Altiva en janvier.", bought("Nordwerk", "Altiva")),
    # an offer withdrawn, told by a noun
    ("fr", "Le groupe Brixel a annoncé le retrait de son offre sur Altiva.", bought("Brixel", "Altiva")),
    ("fr", "Le fonds Brixel a confirmé vendredi le retrait de l'offre sur Altiva.", bought("Brixel", "Altiva")),
])
def test_a_failed_bid_is_terminated(lang: str, sentence: str, parties: frozenset) -> None:
    assert ("acquisition", "terminated", parties) in deals(lang, sentence)


def test_talks_about_a_venture_ended_far_from_their_noun() -> None:
    sentence = ("Die Gespräche mit der Nordwerk AG über die Gründung eines gemeinsamen Unternehmens zur Fertigung "
                "von Fahrzeugmodulen in Skandinavien wurden am 16. Februar 2024 ohne Ergebnis beendet.")
    assert ("joint_venture", "terminated", frozenset({("Lumatec", "partner"), ("Nordwerk", "partner")})) in deals(
        "de", sentence)


@pytest.mark.parametrize("sentence", [
    "La métropole Lumatec avait résilié l'an dernier le marché de maintenance qui la liait à Nordwerk SA.",
    "La métropole Lumatec a résilié en 2023 le contrat qui la liait à Nordwerk SA.",
    "La métropole Lumatec a résilié le contrat qui la liait à Nordwerk SA.",
])
def test_a_contract_ended_with_a_date_before_it(sentence: str) -> None:
    ended = ("contract", "terminated", frozenset({("Lumatec", "customer"), ("Nordwerk", "supplier")}))
    assert ended in deals("fr", sentence, title="La métropole Lumatec change de prestataire", lead="")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Und 2021 war ein geplanter Börsengang der Lumatec GmbH kurz vor der Erstnotiz abgesagt worden."),
    ("en", "In 2021 Lumatec's planned listing was called off shortly before the debut."),
])
def test_an_end_told_after_a_deal_already_told(lang: str, sentence: str) -> None:
    assert ("ipo", "terminated", frozenset({("Lumatec", "issuer")})) in deals(lang, sentence)


@pytest.mark.parametrize(("lang", "title", "body"), [
    ("fr", "La Comco bloque le rachat de Lumatec par Nordwerk",
     "La Commission de la concurrence a interdit mercredi le rachat de la société vaudoise Lumatec par son "
     "concurrent zurichois."),
    ("fr", "La Comco bloque le rachat de Lumatec par Nordwerk",
     "La Comco a interdit mercredi le rachat de la société vaudoise Lumatec par son concurrent zurichois."),
])
def test_a_blocked_deal_whose_body_describes_the_buyer(lang: str, title: str, body: str) -> None:
    assert deals(lang, body, title=title, lead="") == {("acquisition", "terminated", bought("Nordwerk", "Lumatec"))}


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # the place adjective before a named buyer keeps its roles
    ("de", "Im März übernahm der Münchner Konzern Nordwerk AG die Brixel GmbH.",
     ("acquisition", "completed", bought("Nordwerk", "Brixel"))),
    # talks that go on, a bid that is made, an offer of withdrawal are no ends
    ("de", "Die Gespräche mit der Nordwerk AG über einen Zusammenschluss dauern an.",
     ("merger", "rumored", frozenset({("Lumatec", "party"), ("Nordwerk", "party")}))),
    ("es", "Nordwerk lidera la puja por Altiva.",
     ("acquisition", "announced", bought("Nordwerk", "Altiva"))),
    ("fr", "Nordwerk a déposé une offre publique de retrait sur Altiva.",
     ("acquisition", "announced", bought("Nordwerk", "Altiva"))),
])
def test_look_alikes_keep_their_status(lang: str, sentence: str, expected: tuple) -> None:
    assert expected in deals(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Nordwerk won the auction for the spectrum licences."),
    ("fr", "Nordwerk a remporté les enchères pour les fréquences."),
    ("es", "Nordwerk ganó la subasta por las licencias."),
    ("de", "Die Lumatec GmbH hat ein Bieterverfahren für ihre Immobilien gestartet."),
])
def test_sale_processes_of_no_firm_are_no_deals(lang: str, sentence: str) -> None:
    assert not {d for d in deals(lang, sentence) if d[0] == "acquisition"}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Die Verhandlungen mit der Nordwerk Holding über einen Verkauf sind im Januar geplatzt."),
    ("fr", "Les négociations avec Nordwerk en vue d'une cession ont échoué en janvier."),
    ("en", "It held talks about a sale to Nordwerk that broke down in January."),
])
def test_failed_talks_about_a_sale_sold_the_page_firm(lang: str, sentence: str) -> None:
    assert ("acquisition", "terminated", bought("Nordwerk", "Lumatec")) in deals(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Lumatec verhandelt mit der Nordwerk AG über einen Verkauf der Ventilsparte."),
    ("en", "Lumatec is in talks with Nordwerk about selling its valve business."),
])
def test_talks_about_selling_a_unit_keep_the_seller(lang: str, sentence: str) -> None:
    assert ("acquisition", "rumored", frozenset({("Lumatec", "seller"), ("Nordwerk", "acquirer")})) in deals(
        lang, sentence)


def test_a_savings_bank_by_its_trade_in_failed_merger_talks() -> None:
    """ "la caja malagueña": a savings bank named by its trade; "su integración con X" is a merger with X."""
    events = extract_events(page(
        "es", "Caja Rural de Lumavera gana un 12% más",
        "Caja Rural de Lumavera, la cooperativa de crédito malagueña, ganó 40 millones de euros en 2023. En 2021 la "
        "caja malagueña había negociado su integración con Caja Rural del Nordal, pero aquella operación se frustró "
        "en el último momento.", published=PUBLISHED))
    assert [(e["type"], e["status"], {p["name"] for p in e["parties"]}, e["date"]) for e in events] == [
        ("merger", "terminated", {"Caja Rural de Lumavera", "Caja Rural del Nordal"}, "2021")]


def test_cash_is_no_savings_bank() -> None:
    events = extract_events(page("es", "Lumatec abre una planta", "Lumatec SA, fabricante de sensores, abrió el martes "
                                 "una nueva planta. La caja generada por Lumatec financió la compra de Nordwerk SA.",
                                 published=PUBLISHED))
    assert {(p["name"], p["role"]) for e in events for p in e["parties"]} == {("Lumatec", "acquirer"),
                                                                             ("Nordwerk", "target")}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le groupe Brixel a annoncé le retrait de son offre sur Altiva, laissant le champ libre au fonds Nordwerk. "
     "Nordwerk avait surenchéri le 2 mars en déposant une offre concurrente à 45 euros par action, soit 2,1 milliards "
     "d'euros."),
    ("es", "El grupo Brixel anunció la retirada de su oferta por Altiva SA, dejando vía libre al fondo Nordwerk. "
     "Nordwerk había presentado el 2 de marzo una oferta competidora de 45 euros por acción, 2.100 millones de euros."),
])
def test_a_withdrawn_offer_and_the_rival_offer_that_won(lang: str, text: str) -> None:
    """The bidder that withdrew ended its bid; the rival's competing offer, priced per share, is a bid for the same
    firm (a sum per share is no number of goods bought)."""
    head, intro = LEADS[lang]
    events = extract_events(page(lang, head, f"{intro} {text}", published=PUBLISHED))
    found = {(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]),
              (e["amount"] or {}).get("value"), e["date"]) for e in events}
    assert ("acquisition", "announced", bought("Nordwerk", "Altiva"), 2.1e9, "2024-03-02") in found
    assert any(f[:3] == ("acquisition", "terminated", bought("Brixel", "Altiva")) for f in found)
