"""Deals that failed, were called off, blocked or cancelled (branch terminated18): offers their target turned
down, contracts ended by their customer, possible deals given up, talks that broke down, and the body that
blocked a deal, which takes no part in it. Sentences written for these tests, several phrasings a shape and
language; the look-alikes below must not become terminated."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2024-03-14"


def deals(lang: str, text: str) -> set[tuple[str, str, frozenset[tuple[str, str]]]]:
    """Type, status and (name, role) parties of the events of a page about Lumatec."""
    return {(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]))
            for e in extract_events(page(lang, "Lumatec", text, published=PUBLISHED))}


BOUGHT = frozenset({("Lumatec", "acquirer"), ("Nordwerk", "target")})
MERGED = frozenset({("Lumatec", "party"), ("Nordwerk", "party")})
SUPPLIED = frozenset({("Lumatec", "customer"), ("Nordwerk", "supplier")})

REJECTED = [  # an offer its target turned down: the offer ends, the rejecting firm is the target
    ("en", "Nordwerk rejected a takeover offer from Lumatec in 2023."),
    ("en", "In 2023 Nordwerk's board rejected a merger proposal from Lumatec."),
    ("en", "Lumatec's offer for Nordwerk was rejected by its board in May."),
    ("de", "Nordwerk lehnte 2023 ein Übernahmeangebot von Lumatec ab."),
    ("fr", "En 2023, Nordwerk avait rejeté une offre de rachat de Lumatec."),
    ("fr", "L'offre de Lumatec sur Nordwerk avait été rejetée par son conseil en mai."),
    ("es", "En 2023, Nordwerk rechazó una oferta de compra de Lumatec."),
    ("es", "En 2023, Nordwerk rechazó la opa de Lumatec."),
    ("es", "La oferta de Lumatec por Nordwerk fue rechazada por su consejo en mayo."),
]

GIVEN_UP = [  # a possible deal its buyer gave up is a deal called off, not a plan
    ("en", "Lumatec walked away from a possible bid for Nordwerk last year."),
    ("en", "Lumatec abandoned a potential takeover of Nordwerk in 2023."),
    ("fr", "Lumatec a renoncé à un éventuel rachat de Nordwerk en mai."),
    ("es", "Lumatec renunció a una posible compra de Nordwerk en mayo."),
]

FAILED = [  # a bid or attempt that failed (not one that "failed to" please)
    ("en", "Lumatec's bid for Nordwerk failed in 2023 after opposition from the city council."),
    ("en", "An earlier attempt by Lumatec to buy Nordwerk failed over price in 2022."),
]

BLOCKED = [  # the body that blocked a deal is neither its buyer nor its target, however far the buyer is named
    ("en", "The cabinet vetoed the purchase of the Seville builder Nordwerk by the Emirati fund Lumatec."),
    ("en", "The competition commission blocked the takeover of Nordwerk, a Vaud company, by its Zurich rival Lumatec."),
    ("de", "Die Wettbewerbskommission hat die Übernahme des Waadtländer Unternehmens Nordwerk durch den Zürcher "
     "Konkurrenten Lumatec untersagt."),
    ("fr", "La Commission de la concurrence a interdit le rachat de la société vaudoise Nordwerk par son concurrent "
     "zurichois Lumatec."),
    ("fr", "La Comco a interdit le rachat de la société vaudoise Nordwerk par son concurrent zurichois Lumatec."),
    ("es", "El Gobierno vetó la compra de la constructora sevillana Nordwerk por el fondo emiratí Lumatec."),
    ("es", "La Comisión Nacional de los Mercados y la Competencia vetó la compra de la vaudesa Nordwerk por su "
     "competidor Lumatec."),
]

CANCELLED = [  # a contract its customer ended
    ("en", "Lumatec cancelled its maintenance contract with Nordwerk in May."),
    ("fr", "Lumatec a résilié son contrat avec Nordwerk en mai."),
    ("es", "Lumatec rescindió su contrato con Nordwerk en mayo."),
]

TALKS = [  # talks about a deal with a firm that broke down: the page's firm is the other side
    ("en", "Lumatec agreed to buy Brixel. Talks with Nordwerk about a merger collapsed in 2022."),
    ("de", "Lumatec übernimmt Brixel. Gespräche mit Nordwerk über einen Zusammenschluss waren 2022 gescheitert."),
    ("fr", "Lumatec rachète Brixel. Les discussions avec Nordwerk sur une fusion avaient échoué en 2022."),
    ("es", "Lumatec compra Brixel. Las negociaciones con Nordwerk para una fusión fracasaron en 2022."),
    ("en", "Lumatec agreed to buy Brixel. Talks with Nordwerk about a merger broke down in 2022."),
    ("en", "Lumatec agreed to buy Brixel. Its negotiations with Nordwerk over a merger had broken down in 2022."),
]

VENTURE_TALKS = [  # talks about a joint venture ended
    ("en", "Lumatec won a large order. Talks with Nordwerk about a joint venture were ended in February."),
    ("en", "Lumatec won a large order. It ended talks with Nordwerk about a joint venture in February."),
    ("fr", "Lumatec a remporté une grosse commande. Les discussions avec Nordwerk sur une coentreprise ont été rompues "
     "en février."),
    ("es", "Lumatec ganó un gran pedido. Las conversaciones con Nordwerk sobre una empresa conjunta se rompieron en "
     "febrero."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED + GIVEN_UP + FAILED + BLOCKED)
def test_a_rejected_given_up_or_blocked_takeover_is_terminated(lang: str, text: str) -> None:
    assert ("acquisition", "terminated", BOUGHT) in deals(lang, text)


@pytest.mark.parametrize(("lang", "text"), CANCELLED)
def test_a_contract_its_customer_ended_is_terminated(lang: str, text: str) -> None:
    assert ("contract", "terminated", SUPPLIED) in deals(lang, text)


@pytest.mark.parametrize(("lang", "text"), TALKS)
def test_talks_that_broke_down_end_a_deal_with_the_pages_firm(lang: str, text: str) -> None:
    assert ("merger", "terminated", MERGED) in deals(lang, text)


@pytest.mark.parametrize(("lang", "text"), VENTURE_TALKS)
def test_talks_about_a_venture_that_ended_end_it(lang: str, text: str) -> None:
    assert ("joint_venture", "terminated", frozenset({("Lumatec", "partner"), ("Nordwerk", "partner")})) in deals(
        lang, text)


@pytest.mark.parametrize(("lang", "text"), BLOCKED)
def test_the_body_that_blocked_a_deal_is_no_party(lang: str, text: str) -> None:
    assert {name for _, _, parties in deals(lang, text) for name, _ in parties} <= {"Lumatec", "Nordwerk"}


NOT_ENDED = [  # look-alikes: a deal that failed to please, a share price that fell, talks not ruled out, a forecast
    ("en", "Lumatec's takeover of Nordwerk failed to excite investors."),
    ("en", "Lumatec agreed to buy Nordwerk, a deal analysts said failed to address its debt."),
    ("en", "Lumatec shares fell after it agreed to buy Nordwerk."),
    ("en", "Lumatec has not ruled out talks with Nordwerk about a merger."),
    ("en", "Lumatec rejected claims that it overpaid when it agreed to buy Nordwerk."),
    ("en", "A possible bid for Nordwerk by Lumatec could be blocked by regulators."),
    ("en", "Lumatec agreed to buy Brixel. In 2022 Lumatec broke down its revenue by region after talks with Nordwerk "
     "about a merger."),
    ("en", "The regulator approved the takeover of Nordwerk by Lumatec."),
    ("de", "Die Aktie von Lumatec fiel, nachdem der Konzern die Übernahme von Nordwerk angekündigt hatte."),
    ("fr", "Le rachat de Nordwerk par Lumatec n'a pas convaincu les investisseurs."),
    ("fr", "Lumatec n'exclut pas des discussions avec Nordwerk sur une fusion."),
    ("es", "La compra de Nordwerk por Lumatec no logró convencer a los inversores."),
    ("es", "Lumatec no descarta negociar una fusión con Nordwerk."),
    # a bid launched after an earlier proposal was turned down, and an offer turned down on the day: still open
    ("en", "Lumatec launched a hostile bid for Nordwerk, whose board had rejected its merger proposal days earlier."),
    ("en", "Nordwerk rejected Lumatec's takeover offer on Monday, saying it undervalued the company."),
    ("de", "Nordwerk hat am Montag das Übernahmeangebot von Lumatec abgelehnt."),
    ("fr", "Lumatec a lancé une offre hostile sur Nordwerk, dont le conseil avait rejeté sa proposition de fusion."),
    ("es", "Lumatec lanzó una opa hostil sobre Nordwerk, cuyo consejo había rechazado días antes su propuesta de "
     "fusión."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ENDED)
def test_look_alikes_are_not_terminated(lang: str, text: str) -> None:
    assert all(state != "terminated" for _, state, _ in deals(lang, text))
