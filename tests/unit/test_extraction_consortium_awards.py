"""Contracts awarded to several suppliers at once and public buyers' awards (issue 3, contracts2): a consortium named
with an indefinite article ("to a consortium made up of X and Y", "to a joint bid by X and Y"), a second member
described before its name ("und dem polnischen Hersteller Y"), a supplier teamed with another for the award ("au
groupe X, associé à la PME Y": both win it), a public transport body's long name ("die Verkehrsbetriebe Talheim",
not "Talheim"), the work itself given by its customer ("lui confie l'équipement de 120 gares"). Sentences written
for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"


def _contracts(lang: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    title = "Nachrichten" if lang == "de" else "News"
    return [parties(e) for e in extract_events(page(lang, title, *paragraphs)) if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "sentence", "customer"), [
    ("en", "Harrow Rail awarded the contract to a consortium made up of Velmont Motors and Kelmar Engineering.",
     "Harrow Rail"),
    ("en", "Harrow Rail awarded the contract to a consortium of Velmont Motors and Kelmar Engineering.", "Harrow Rail"),
    ("en", "Harbury NHS Foundation Trust awarded the contract to a joint bid by Velmont Motors and Kelmar Engineering.",
     "Harbury NHS Foundation Trust"),
    ("en", "Harrow Rail awarded the contract to a joint bid from Velmont Motors and Kelmar Engineering.",
     "Harrow Rail"),
    ("de", "Die Verkehrsbetriebe Talheim (VBT) haben den Auftrag für 50 Straßenbahnen an ein Konsortium aus der "
     "Velmont Fahrzeugbau GmbH und dem polnischen Hersteller Kelmar Technik vergeben.", "Verkehrsbetriebe Talheim"),
    ("de", "Die Deutsche Bahn vergibt den Auftrag an eine Bietergemeinschaft aus der Velmont Fahrzeugbau GmbH und "
     "der Kelmar Technik GmbH.", "Deutsche Bahn"),
    ("fr", "Les Transports de l'Agglomération de Morvaux ont attribué le marché de 48 rames au consortium formé par "
     "Velmont Fahrzeugbau et l'espagnol Kelmar Technik.", "Transports de l'Agglomération de Morvaux"),
])
def test_the_members_of_a_consortium_both_supply(lang: str, sentence: str, customer: str) -> None:
    names = {"Velmont Motors", "Kelmar Engineering"} if lang == "en" else {"Velmont Fahrzeugbau", "Kelmar Technik"}
    assert _contracts(lang, sentence) == [{(customer, CUSTOMER)} | {(n, SUPPLIER) for n in names}]


@pytest.mark.parametrize(("lang", "sentence", "customer", "suppliers"), [
    ("fr", "Le ministère des Armées a notifié un marché de 180 millions d'euros au groupe Velmont Industries, associé "
     "pour l'occasion à la PME lorientaise Kelmar Ingénierie.", "ministère des Armées",
     {"Velmont Industries", "Kelmar Ingénierie"}),
    ("fr", "La SNCF a attribué le contrat à Velmont Industries, associé à Kelmar Ingénierie.", "SNCF",
     {"Velmont Industries", "Kelmar Ingénierie"}),
    ("fr", "Velmont Industries, associé à Kelmar Ingénierie, a remporté un contrat de 40 millions d'euros auprès de "
     "la SNCF.", "SNCF", {"Velmont Industries", "Kelmar Ingénierie"}),
    ("en", "Harrow Rail awarded the contract to Velmont Motors, teamed with Kelmar Engineering.", "Harrow Rail",
     {"Velmont Motors", "Kelmar Engineering"}),
    ("de", "Die Deutsche Bahn vergibt den Auftrag an die Velmont Bau AG, im Verbund mit der Kelmar Technik GmbH.",
     "Deutsche Bahn", {"Velmont Bau", "Kelmar Technik"}),
    ("es", "Adif ha adjudicado el contrato a Velmont Obras, asociada a Kelmar Ingeniería.", "Adif",
     {"Velmont Obras", "Kelmar Ingeniería"}),
    ("es", "Adif ha adjudicado el contrato a Velmont Obras, en alianza con Kelmar Ingeniería.", "Adif",
     {"Velmont Obras", "Kelmar Ingeniería"}),
])
def test_a_supplier_teamed_with_another_both_win(lang: str, sentence: str, customer: str,
                                                 suppliers: set[str]) -> None:
    assert _contracts(lang, sentence) == [{(customer, CUSTOMER)} | {(n, SUPPLIER) for n in suppliers}]


@pytest.mark.parametrize("paragraphs", [
    ("Le groupe Velmont Industries grandit. La Région Bretagne lui confie l'équipement de 120 gares.",),
    ("La Région Bretagne a confié à Velmont Industries l'équipement de 120 gares.",),
    ("La Région Bretagne a confié à Velmont Industries l'entretien de ses lignes.",),
])
def test_the_work_given_by_a_public_buyer(paragraphs: tuple[str, ...]) -> None:
    assert _contracts("fr", *paragraphs) == [{("Région Bretagne", CUSTOMER), ("Velmont Industries", SUPPLIER)}]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "La SNCF a attribué le contrat à Velmont Industries, associée à sa filiale."),
    ("en", "Harrow Rail awarded the contract to Velmont Motors, which has teamed with Kelmar Engineering before."),
])
def test_probes_that_keep_one_supplier(lang: str, sentence: str) -> None:
    """A partner that is no name, or a teaming told in a relative clause of its own, adds no supplier."""
    found = _contracts(lang, sentence)
    assert found and all(sum(r == SUPPLIER for _, r in p) == 1 for p in found)


@pytest.mark.parametrize("paragraphs", [
    ("Velmont Industries a remporté auprès de la Direction générale de l'armement un contrat de 230 millions "
     "d'euros.",),
    ("La Direction générale de l'armement a confié à Velmont Industries la fourniture de 1 200 kits.",),
    ("Semaine chargée pour le groupe Velmont Industries. L'industriel a fait savoir mercredi que la Direction "
     "générale de l'armement lui avait confié la fourniture de 1 200 kits de blindage léger.",),
])
def test_a_public_body_named_in_lowercase_words_after_its_head(paragraphs: tuple[str, ...]) -> None:
    """ "la Direction générale de l'armement" with no acronym: the whole name, not "Direction"."""
    assert _contracts("fr", *paragraphs) == [{("Direction générale de l'armement", CUSTOMER),
                                              ("Velmont Industries", SUPPLIER)}]


@pytest.mark.parametrize("sentence", [
    "Velmont Industries a annoncé que la SNCF lui avait confié la fourniture de 1 200 kits.",
    "Velmont Industries a indiqué que la SNCF lui a confié la fourniture de 1 200 kits.",
    "Velmont Industries a annoncé que la SNCF lui avait commandé 1 200 kits.",
])
def test_the_customer_before_a_pronoun_recipient_is_the_subject(sentence: str) -> None:
    """ "X a annoncé que la SNCF lui avait confié": the name right before the pronoun gives, X (the pronoun) gets."""
    assert _contracts("fr", sentence) == [{("SNCF", CUSTOMER), ("Velmont Industries", SUPPLIER)}]


def test_an_award_annulled_later_is_terminated_with_the_customer_the_page_names() -> None:
    events = [e for e in extract_events(page(
        "fr", "News", "La Métropole de Morvaux a attribué à Velmont Industries le marché de 48 rames. Un premier "
        "marché, attribué en 2022 au constructeur Kelmar Ingénierie, avait été annulé l'an dernier par le tribunal "
        "administratif.")) if e["type"] == "contract"]
    found = {frozenset(parties(e)): (e["status"], e["date"]) for e in events}
    assert found == {frozenset({("Métropole de Morvaux", CUSTOMER), ("Velmont Industries", SUPPLIER)}):
                     ("announced", "2024-03-14"),
                     frozenset({("Métropole de Morvaux", CUSTOMER), ("Kelmar Ingénierie", SUPPLIER)}):
                     ("terminated", "2023")}


@pytest.mark.parametrize("text", [
    "Velmont Industries a été retenu par la Région Bretagne pour moderniser ses gares. La collectivité lui confie "
    "l'équipement de 120 gares pour 40 millions d'euros.",
    "Bonne nouvelle pour Velmont Industries. La Région Bretagne a choisi le groupe pour ses gares : la collectivité "
    "lui confie l'équipement de 120 gares pour 40 millions d'euros.",
])
def test_the_collectivity_is_the_public_body_named_before(text: str) -> None:
    """ "la collectivité" (`public_nouns`) stands for the last public body named: the Région gives the work."""
    events = [e for e in extract_events(page("fr", "News", text)) if e["type"] == "contract"]
    assert [(parties(e), e["amount"]["value"]) for e in events] == [
        ({("Région Bretagne", CUSTOMER), ("Velmont Industries", SUPPLIER)}, 40e6)]


@pytest.mark.parametrize(("sentence", "customer"), [
    ("The Harbury NHS Foundation Trust picked Velmont Motors for the ten-year deal in March.",
     "Harbury NHS Foundation Trust"),
    ("Harrow Rail has selected Velmont Motors for a five-year deal.", "Harrow Rail"),
])
def test_a_supplier_picked_for_a_deal_of_years(sentence: str, customer: str) -> None:
    assert _contracts("en", sentence) == [{(customer, CUSTOMER), ("Velmont Motors", SUPPLIER)}]


def test_a_bank_hired_for_the_deal_is_no_supplier() -> None:
    """An adviser hired for a deal is no supplier of a contract: the deal of years only."""
    assert not _contracts("en", "Harrow Rail hired Velmont Capital for the deal.")


@pytest.mark.parametrize(("lang", "sentence", "customer", "winner"), [
    ("en", "Harrow Rail awarded the contract to Velmont Motors in March, but the award was put on hold after the "
     "losing bidder Kelmar Engineering launched a legal challenge.", "Harrow Rail", "Velmont Motors"),
    ("en", "Harrow Rail awarded the contract to Velmont Motors in March, but the award was put on hold after Kelmar "
     "Engineering, the losing bidder, launched a legal challenge.", "Harrow Rail", "Velmont Motors"),
    ("fr", "La SNCF a attribué le marché à Velmont Industries, mais le candidat évincé Kelmar Ingénierie a saisi le "
     "tribunal administratif.", "SNCF", "Velmont Industries"),
    ("de", "Die Deutsche Bahn vergibt den Auftrag an die Velmont Bau AG, doch der unterlegene Bieter Kelmar Technik "
     "hat Einspruch eingelegt.", "Deutsche Bahn", "Velmont Bau"),
])
def test_a_losing_bidder_is_no_party_of_the_award(lang: str, sentence: str, customer: str, winner: str) -> None:
    """An award challenged by the bidder it did not go to is still announced, the losing bidder no second supplier."""
    events = [e for e in extract_events(page(lang, "News", sentence)) if e["type"] == "contract"]
    assert [(parties(e), e["status"]) for e in events] == [({(customer, CUSTOMER), (winner, SUPPLIER)}, "announced")]


@pytest.mark.parametrize("sentence", [
    "Die Verkehrsbetriebe Talheim haben den Auftrag für 65 neue Niederflur-Straßenbahnen an die Velmont Fahrzeugbau "
    "GmbH vergeben.",
    "Die Verkehrsbetriebe Talheim haben den Auftrag für 40 moderne Elektrobusse an die Velmont Fahrzeugbau GmbH "
    "vergeben.",
])
def test_things_counted_with_an_adjective_between_are_no_supplier(sentence):
    """ "65 neue Niederflur-Straßenbahnen": a figure, an adjective, then the capitalised noun of the things ordered."""
    assert _contracts("de", sentence) == [{("Verkehrsbetriebe Talheim", CUSTOMER), ("Velmont Fahrzeugbau", SUPPLIER)}]
