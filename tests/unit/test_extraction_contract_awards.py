"""Contracts told from the customer's side, in the shapes of a public utility's awards (issue 3, frcontract): the
supplier named before the contract ("Nordwerk a confié à Lumatec un contrat", "confió a X un contrato") or after it
in the same clause ("a accordé un contrat de 850 millions au fabricant X"), "l'entrepreneur X" a contractor, not a
person; an order received from its customer ("annonce avoir reçu de la DGA une commande"), one placed with a
pronoun ("la DGA lui a commandé"), a contract its customer ended ("elle avait résilié le marché qui la liait à X").
Words that are no party: "la société d'État" (its owner), a product range ("de la gamme Albatros"), the place of a
description ("le constructeur de Frauenfeld"). Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import names, page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"


def _contracts(lang: str, *paragraphs: str) -> list[dict]:
    return [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "sentence", "amount"), [
    ("fr", "Nordwerk a confié à Lumatec un contrat de 850 millions de dollars pour la fourniture de 96 éoliennes.",
     850e6),
    ("fr", "Nordwerk a attribué mardi à l'entrepreneur Lumatec un contrat de 1,4 milliard de dollars.", 1.4e9),
    ("fr", "Nordwerk a accordé à l'entreprise beauceronne Lumatec un contrat de 450 millions de dollars.", 450e6),
    ("fr", "Nordwerk a accordé un contrat de 850 millions de dollars au fabricant Lumatec.", 850e6),
    ("fr", "Nordwerk a attribué un marché de 30 millions d'euros à Lumatec pour l'entretien de ses lignes.", 30e6),
    ("fr", "Nordwerk a octroyé une commande de 12 millions d'euros à l'équipementier Lumatec.", 12e6),
    ("es", "Nordwerk confió a Lumatec un contrato de 850 millones de euros para el suministro de 96 aerogeneradores.",
     850e6),
    ("es", "Nordwerk ha otorgado a la constructora Lumatec un contrato de 450 millones de euros.", 450e6),
    ("es", "Nordwerk ha adjudicado a Lumatec el contrato de 850 millones de euros para el suministro de 96 turbinas.",
     850e6),
    ("es", "Nordwerk ha adjudicado un contrato de 850 millones de euros al fabricante Lumatec.", 850e6),
    ("de", "Nordwerk vergibt an Lumatec einen Auftrag über 850 Millionen Euro für die Lieferung von 96 Turbinen.",
     850e6),
    ("de", "Nordwerk vergibt einen Auftrag über 850 Millionen Euro an den Hersteller Lumatec.", 850e6),
    ("en", "Nordwerk has awarded a 850 million euro contract to the manufacturer Lumatec.", 850e6),
])
def test_a_contract_given_the_supplier_named_before_or_after_it(lang: str, sentence: str, amount: float) -> None:
    events = _contracts(lang, "News", sentence)
    assert [parties(e) for e in events] == [{("Nordwerk", CUSTOMER), ("Lumatec", SUPPLIER)}]
    assert events[0]["amount"]["value"] == amount and events[0]["status"] == "announced"


def test_the_entrepreneur_before_a_full_name_stays_a_person() -> None:
    events = _contracts("fr", "Actualités", "Nordwerk a attribué mardi à l'entrepreneur Jean Roux un contrat de "
                        "1,4 milliard de dollars.")
    assert "Jean Roux" not in names(events)


@pytest.mark.parametrize("paragraphs", [
    ("Hydro-Nord confie 96 éoliennes à Lumatec",
     "Hydro-Nord a confié à Lumatec un contrat de 850 millions de dollars pour la fourniture de 96 éoliennes, a "
     "annoncé mardi la société d'État.",
     "La société d'État a retenu l'entrepreneur Lumatec pour sa capacité à livrer."),
    ("Barrage", "Hydro-Nord a lancé un appel d'offres l'an dernier.",
     "La société d'État a retenu l'entrepreneur Lumatec pour la construction du barrage, un contrat de 1,4 milliard "
     "de dollars.", "Lumatec fournira aussi des turbines à la société d'État."),
    ("Noticias", "La empresa del Estado ha adjudicado a Lumatec un contrato de 30 millones de euros."),
])
def test_a_public_firm_described_by_its_owner_is_no_firm_of_that_name(paragraphs: tuple[str, ...]) -> None:
    lang = "es" if paragraphs[0] == "Noticias" else "fr"
    found = names(_contracts(lang, *paragraphs))
    assert not found & {"État", "Estado"}


def test_the_state_fund_named_after_its_description_keeps_its_name() -> None:
    events = extract_events(page("fr", "Actualités", "Le fonds d'État Norfinance a investi 30 millions d'euros "
                                 "dans Lumatec."))
    assert [parties(e) for e in events] == [{("Norfinance", "investor"), ("Lumatec", "investee")}]


@pytest.mark.parametrize(("sentence", "customer"), [
    ("Aérostructures Lumatec annonce avoir reçu de la DGA, pour le compte du ministère des Armées, une commande "
     "portant sur la fourniture de 40 drones de la gamme Albatros.", "DGA"),
    ("Lumatec a reçu de la SNCF une commande de 30 millions d'euros pour 12 locomotives.", "SNCF"),
    ("Lumatec décroche auprès de la RATP un contrat de 30 millions d'euros.", "RATP"),
])
def test_an_order_received_from_its_customer(sentence: str, customer: str) -> None:
    events = _contracts("fr", "Actualités", sentence)
    supplier = "Aérostructures Lumatec" if sentence.startswith("Aéro") else "Lumatec"
    assert {(customer, CUSTOMER), (supplier, SUPPLIER)} in [parties(e) for e in events]
    assert "Albatros" not in names(events)


def test_an_order_placed_with_a_pronoun_goes_to_the_firm_spoken_of() -> None:
    events = _contracts("fr", "Drones : Lumatec décolle", "Lumatec, PME bordelaise de 80 salariés, a levé 12 millions "
                        "d'euros l'an dernier.", "En mars, la DGA lui a commandé pour 6,5 M€ de drones.")
    assert [parties(e) for e in events] == [{("DGA", CUSTOMER), ("Lumatec", SUPPLIER)}]
    assert events[0]["amount"]["value"] == 6.5e6


def test_the_place_of_a_description_is_no_party() -> None:
    events = _contracts("fr", "Lumatec livrera 40 trains à la Deutsche Bahn",
                        "Lumatec, basé à Frauenfeld, a remporté un contrat de 900 millions d'euros.",
                        "La Deutsche Bahn a choisi le constructeur de Frauenfeld pour remplacer ses trains régionaux.",
                        "Lumatec emploie 3000 personnes.")
    assert "Frauenfeld" not in names(events)
    assert {("Deutsche Bahn", CUSTOMER), ("Lumatec", SUPPLIER)} in [parties(e) for e in events]


def test_a_contract_its_customer_ended_last_year() -> None:
    events = _contracts("fr", "Transports : la métropole reprend ses bus en régie",
                        "La Métropole de Lunel exploitera elle-même son réseau de bus dès janvier.",
                        "L'an dernier, elle avait résilié le marché de maintenance qui la liait à Transdev.")
    assert [parties(e) for e in events] == [{("Métropole de Lunel", CUSTOMER), ("Transdev", SUPPLIER)}]
    assert events[0]["status"] == "terminated" and events[0]["date"] == "2023"


@pytest.mark.parametrize(("lang", "sentence"), [
    # probes that stay no contract: a confidence told, a range of products sold, a credit to a newspaper
    ("fr", "Lumatec a confié à ses actionnaires un rôle accru dans la gouvernance."),
    ("fr", "Lumatec lance sa gamme Albatros de drones civils."),
    ("fr", "« Nous visons l'Europe », a confié à La Presse le patron de Lumatec."),
    ("es", "Lumatec presenta su gama Avril de trenes regionales."),
])
def test_probes_that_stay_no_contract(lang: str, sentence: str) -> None:
    assert _contracts(lang, "News", sentence) == []


@pytest.mark.parametrize("paragraphs", [
    ("Lumatec entre au capital de Bolt", "La Caisse profite de l'occasion pour entrer au capital du fabricant de "
     "turbines de Sorel-Tracy.", "Bolt, fabricant de turbines établi à Sorel-Tracy, fournira douze turbines."),
    ("Trains", "Nordwerk a retenu le constructeur de Frauenfeld pour ses trains.",
     "Lumatec, basée à Frauenfeld, emploie 3000 personnes."),
])
def test_a_place_the_page_gives_as_a_seat_is_no_party_after_de(paragraphs: tuple[str, ...]) -> None:
    assert not names(extract_events(page("fr", *paragraphs))) & {"Sorel-Tracy", "Frauenfeld"}


def test_a_sentence_ends_after_a_percent_sign() -> None:
    events = extract_events(page("fr", "Actualités", "Groupe Laurentis fabrique des turbines.",
                                 "La Caisse a annoncé qu'elle investira 350 millions de dollars dans "
                                 "l'entreprise familiale, en échange d'une participation de 20 %. L'argent servira "
                                 "à livrer le volume prévu par Hydro-Québec."))
    assert [parties(e) for e in events if e["type"] == "investment"] == [
        {("Caisse", "investor"), ("Laurentis", "investee")}]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("fr", ("Actualités", "Nordwerk a confié à Lumatec un contrat de 850 millions d'euros, annoncé mercredi.",
            "Le contrat court jusqu'en 2037.", "Dans la foulée, la Caisse a annoncé qu'elle investira 50 millions "
            "d'euros dans l'entreprise.")),
    ("en", ("News", "Nordwerk awarded Lumatec a contract worth 850 million euros, announced on Wednesday.",
            "The contract runs until 2037.", "On the same day, Bolt Capital said it would invest in the company.")),
])
def test_a_sentence_opening_on_the_same_day_takes_the_day_told_before(lang: str, paragraphs: tuple[str, ...]) -> None:
    read = read_page(page(lang, *paragraphs))
    assert [d.value for d in read.dates(len(read.sentences) - 1)] == ["2024-03-13"]


def contracts_fr(*sentences: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page("fr", "News", " ".join(sentences))) if e["type"] == "contract"]


def test_a_contract_won_from_its_customer_with_a_contrast_before_the_participle_fr():
    """(cues) "Y a quant à lui décroché auprès de X un contrat": a roundup's next item, the contrast between the
    auxiliary and its participle."""
    assert contracts_fr("Les valeurs du jour.", "Brindlecote a quant à lui décroché auprès de la Métropole de "
                        "Rivaz un contrat de 40 millions d'euros pour l'entretien de ses voiries.") == [
        {("Brindlecote", "supplier"), ("Métropole de Rivaz", "customer")}]
