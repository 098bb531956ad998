"""French and Spanish shapes of session 33 (romance): a unit's purchase "finalised" with a day between and the unit's
owner after "des activités de" ("a finalisé lundi la reprise des activités de Y"), a supplier told by its title
with an elided article ("fournisseur d'Y depuis 2015"), a sponsor told by its title in apposition ("X, patrocinador
principal del club desde 2020, ..."), a listing told in the past with "y" for the exchange ("s'y est introduit en
2019"), a merger of the parties' whole businesses "para crear" a group (a merger, no joint venture), a supplier in
a relative clause with no customer named ("succède à Y, qui assure ...": Y serves someone unnamed, not the firm the
page is about), a club's legal form spelt out ("la Sociedad Anónima Deportiva": the club, no firm of its own) and
a club's initials before its name ("CD Almenara" for "Club Deportivo Almenara").
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.organisations import canonical_names
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, kind: str, *paragraphs: str) -> list[dict]:
    return [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == kind]


@pytest.mark.parametrize("sentence", [
    "Le groupe Bellorme a finalisé lundi la reprise des activités de boulangerie industrielle de Panifor.",
    "Le groupe Bellorme a bouclé mercredi la reprise des activités de transport de Panifor SAS.",
])
def test_a_unit_bought_with_a_day_between_verb_and_noun(sentence: str) -> None:
    found = [parties(e) for e in _events("fr", "acquisition", "Bellorme grandit", sentence)]
    assert any({("Bellorme", "acquirer"), ("Panifor", "seller")} <= p for p in found)


def test_resumed_talks_are_no_purchase() -> None:
    found = _events("fr", "acquisition", "Social", "La direction de Panifor a annoncé mardi la reprise des "
                    "négociations avec les syndicats de Bellorme.")
    assert found == []


def test_a_supplier_by_its_title_before_an_elided_article() -> None:
    found = [parties(e) for e in _events("fr", "contract", "Mérovia grandit",
                                         "Mérovia, qui emploie 300 salariés, est fournisseur d'Aérolys depuis 2015 "
                                         "pour des pièces de cabine.")]
    assert {("Mérovia", "supplier"), ("Aérolys", "customer")} in found


def test_a_sponsor_by_its_title_in_apposition() -> None:
    (event,) = _events("es", "contract", "El Real Cortijo cambia de dueño",
                       "El Real Cortijo tendrá nuevo dueño. La bodega Viñas del Cierzo, patrocinador principal del "
                       "Real Cortijo desde 2020, seguirá con los nuevos propietarios.")
    assert parties(event) == {("Viñas del Cierzo", "customer"), ("Real Cortijo", "supplier")}
    assert event["date"] == "2020"


def test_a_listing_told_in_the_past_with_y_for_the_exchange() -> None:
    found = _events("fr", "ipo", "Bellorme et Panifor fusionnent",
                    "Bellorme connaît bien la Bourse : le groupe lillois s'y est introduit en mars 2019, levant "
                    "alors 140 millions d'euros sur Euronext Paris.")
    assert [(parties(e), e["date"]) for e in found] == [({("Bellorme", "issuer")}, "2019-03")]


def test_whole_businesses_merged_to_create_a_group_are_a_merger() -> None:
    text = ("Editorial Sauce y Ediciones Tramontana, S.L. han acordado fusionar sus negocios para crear el mayor "
            "grupo editorial del Levante.")
    assert [parties(e) for e in _events("es", "merger", "Sauce y Tramontana se fusionan", text)] == [
        {("Editorial Sauce", "party"), ("Ediciones Tramontana", "party")}]
    assert _events("es", "joint_venture", "Sauce y Tramontana se fusionan", text) == []


def test_units_merged_to_create_a_company_stay_a_venture() -> None:
    found = _events("es", "joint_venture", "Sauce y Tramontana", "Editorial Sauce y Ediciones Tramontana han "
                    "acordado fusionar sus negocios de distribución en Portugal para crear una nueva compañía.")
    assert [parties(e) for e in found] == [{("Editorial Sauce", "partner"), ("Ediciones Tramontana", "partner")}]


def test_a_relative_supplier_serves_no_firm_of_the_page() -> None:
    found = _events("fr", "contract", "Saveurs de Loire remporte le marché",
                    "Le traiteur Saveurs de Loire a remporté le marché de la ville. Le traiteur succédera en 2027 à "
                    "Restocol, qui assure la restauration scolaire depuis 2016.")
    assert all(("Restocol", "customer") not in parties(e) for e in found)


def test_a_club_s_legal_form_spelt_out_is_the_club() -> None:
    found = _events("es", "acquisition", "Un fondo compra el Real Cortijo",
                    "El Club Deportivo Cortijo tendrá nuevo dueño. El fondo Pinebrook Sports ha alcanzado un acuerdo "
                    "para adquirir el 60 % de la Sociedad Anónima Deportiva.")
    assert all(not any("Anónima" in n for n, _ in parties(e)) for e in found)


@pytest.mark.parametrize(("names", "short", "full"), [
    (["Club Deportivo Almenara", "CD Almenara"], "CD Almenara", "Club Deportivo Almenara"),
    (["Football Club Varenne", "FC Varenne"], "FC Varenne", "Football Club Varenne"),
])
def test_a_club_s_initials_before_its_name(names: list[str], short: str, full: str) -> None:
    assert canonical_names(names)[short] == full


def test_initials_that_spell_other_words_stay_apart() -> None:
    assert canonical_names(["Banco Sabadell", "BS Almenara"])["BS Almenara"] == "BS Almenara"


# ---- second round: participles after an adverb, standing supplies, wire datelines, stakes told with "où"/"donde",
# descriptions with chained complements, founders described before their names, institutes named by their place


@pytest.mark.parametrize("sentence", [
    "L'an dernier, Bellorme avait échoué à racheter le groupe nantais Panifor, finalement passé sous le contrôle du "
    "suisse Lumatec Holding pour 80 millions d'euros.",
])
def test_a_participle_after_an_adverb_tells_of_the_name_before_it(sentence: str) -> None:
    found = [parties(e) for e in _events("fr", "acquisition", "Bellorme grandit", sentence)]
    assert {("Lumatec", "acquirer"), ("Panifor", "target")} in found
    assert all(("Bellorme", "target") not in p for p in found)


def test_sites_supplied_since_a_year_name_their_owner_the_customer() -> None:
    found = _events("fr", "contract", "Saveurs de Loire grandit",
                    "Le traiteur Saveurs de Loire SAS, qui compte 300 salariés, fournit déjà les cantines de Nantes "
                    "Métropole depuis 2019.")
    assert [(parties(e), e["date"]) for e in found] == [
        ({("Saveurs de Loire", "supplier"), ("Nantes Métropole", "customer")}, "2019")]


def test_the_agency_of_a_town_and_day_dateline_is_no_issuer() -> None:
    found = _events("fr", "ipo", "Bellorme entre en Bourse",
                    "Lyon, 3 mars 2026 (AFX) - Le fabricant Bellorme a fait mardi ses premiers pas à la Bourse de "
                    "Paris, après une introduction qui lui a permis de lever 90 millions d'euros.")
    assert [parties(e) for e in found] == [{("Bellorme", "issuer")}]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Bellorme, où le fonds régional Lumatec Capital était entré au capital en 2022, emploie 400 personnes."),
    ("es", "Bellorme, donde el fondo Lumatec Capital entró en el capital en 2022, emplea a 400 personas."),
])
def test_a_stake_told_in_a_where_clause_is_in_the_name_before(lang: str, sentence: str) -> None:
    found = [parties(e) for e in _events(lang, "investment", "Bellorme", sentence)]
    assert found == [{("Lumatec Capital", "investor"), ("Bellorme", "investee")}]


@pytest.mark.parametrize("description", ["la startup sevillana de rutas de reparto",
                                         "la 'startup' sevillana de rutas de reparto"])
def test_a_description_with_chained_complements_is_no_object(description: str) -> None:
    """Also a chain after a descriptor only: "el contrato de concesión del corredor X" still governs X."""
    text = (f"Datalis sale a Bolsa. {description.capitalize()} Rutavia ha cerrado una ronda de financiación de 6 "
            "millones de euros liderada por Pinebrook Ventures.")
    found = [parties(e) for e in _events("es", "funding_round", "Resumen semanal", text)]
    assert {("Rutavia", "investee"), ("Pinebrook Ventures", "investor")} in found


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Fondée en 2020 par deux anciens ingénieurs, Maëlle Le Roux et Paul Girard, l'entreprise compte 30 "
           "salariés. Elle avait levé 2 millions d'euros en 2022 auprès de business angels."),
    ("es", "Fundada en 2020 por dos antiguos ingenieros, Marta de la Fuente y Pablo Ruiz, la empresa cuenta con 30 "
           "empleados. Había levantado 2 millones de euros en 2022 con business angels."),
])
def test_founders_described_before_their_names_are_persons(lang: str, sentence: str) -> None:
    found = _events(lang, "funding_round", "Algavia crece", "Algavia crece. " + sentence)
    assert all(not any(n in ("Maëlle Le Roux", "Marta de la Fuente") for n, _ in parties(e)) for e in found)


def test_an_institute_is_named_with_the_place_it_serves() -> None:
    found = _events("fr", "partnership", "Algavia", "Algavia travaille depuis 2022 avec l'Institut océanographique de "
                    "Marseille, avec lequel elle a noué un partenariat de recherche.")
    assert [parties(e) for e in found] == [
        {("Algavia", "partner"), ("Institut océanographique de Marseille", "partner")}]


def test_a_chain_after_a_deal_noun_still_governs_the_name() -> None:
    found = _events("es", "contract", "Adjudicación", "La Agencia Nacional de Carreteras adjudicó el viernes el "
                    "contrato de concesión del corredor Puerto Lumbral al Consorcio Vías del Pinar.")
    assert all(not any("Lumbral" in n for n, _ in parties(e)) for e in found)


# ---- third round: a passive participle set off by two commas, a seat told after a description in apposition, an
# elided description with its place adjective ("l'entreprise bordelaise")


@pytest.mark.parametrize(("lang", "sentence", "subject", "partner"), [
    ("es", "Atalvia, participada en un 20% por el fondo Quimera Capital, colabora además desde 2021 con la plataforma "
           "Vistaluna en la producción de pódcasts.", "Atalvia", "Vistaluna"),
    ("fr", "Bellorme, détenue à 30 % par le fonds Lumatec Capital, travaille depuis 2020 avec Panifor.", "Bellorme",
     "Panifor"),
])
def test_the_agent_of_a_participle_set_off_by_commas_is_no_partner(lang: str, sentence: str, subject: str,
                                                                   partner: str) -> None:
    found = [parties(e) for e in _events(lang, "partnership", "Actualité", sentence)]
    assert {(subject, "partner"), (partner, "partner")} in found
    assert all(not any("Quimera" in n or "Lumatec" in n for n, _ in p) for p in found)


def test_a_participle_insert_before_a_relative_keeps_its_agent() -> None:
    found = _events("en", "acquisition", "Ardwell wins", "The system pairs Ardwell's software with the Tarn radar, "
                    "developed by Tarn Sensing, which Ardwell Systems acquired in 2022.")
    assert any({("Ardwell Systems", "acquirer"), ("Tarn Sensing", "target")} <= parties(e) for e in found)


def test_an_elided_description_with_its_place_is_the_firm_seated_there() -> None:
    found = _events("fr", "acquisition", "Ardentis veut céder PetitsPas",
                    "Le fonds Ardentis négocie avec Mirabeau Capital la cession de PetitsPas, le réseau de crèches "
                    "privées basé à Bordeaux. L'entreprise bordelaise poursuit sa croissance : en juin, elle a "
                    "finalisé le rachat du réseau belge KidsHuis.")
    assert any({("PetitsPas", "acquirer"), ("KidsHuis", "target")} <= parties(e) for e in found)
    assert all(("Mirabeau Capital", "acquirer") not in parties(e) or ("KidsHuis", "target") not in parties(e)
               for e in found)


def test_an_adverb_phrase_with_by_is_no_passive_insert() -> None:
    found = _events("fr", "acquisition", "Corvène grandit", "Corvène Systèmes grandit. Mais elle grandit vite, "
                    "notamment par croissance externe : en 2023, elle a mis la main sur le lyonnais Mecalor.")
    assert [e["date"] for e in found if ("Mecalor", "target") in parties(e)] == ["2023"]


def test_sites_equipped_under_a_contract_name_their_owner_the_customer() -> None:
    found = _events("fr", "contract", "Vexalis", "Vexalis Santé grandit. Depuis 2022, l'éditeur équipe par ailleurs "
                    "les hôpitaux de l'AP-HM de son logiciel, dans le cadre d'un marché de 12 millions d'euros.")
    assert any({("Vexalis Santé", "supplier"), ("AP-HM", "customer")} == parties(e) for e in found)


# ---- fourth round: a purchase verb split by an inserted year, a power purchase agreement told in French


def test_a_hand_laid_on_a_firm_past_an_inserted_year() -> None:
    found = _events("fr", "acquisition", "Paylor lève 20 millions", "Paylor SAS lève 20 millions d'euros. Elle avait "
                    "aussi mis la main, en 2023, sur la start-up nantaise Facturo, spécialisée dans les factures.")
    assert [(parties(e), e["date"]) for e in found if ("Facturo", "target") in parties(e)] == [
        ({("Paylor", "acquirer"), ("Facturo", "target")}, "2023")]


def test_a_power_purchase_agreement_is_a_contract_no_purchase() -> None:
    text = ("Solvane grandit. Par ailleurs, Solvane a annoncé ce mardi la signature d'un contrat d'achat d'électricité "
            "(PPA) d'une durée de quinze ans avec le groupe ferroviaire Railio, qui achètera la production d'un parc.")
    assert [parties(e) for e in _events("fr", "contract", "Solvane signe un PPA", text)] == [
        {("Solvane", "supplier"), ("Railio", "customer")}]
    assert _events("fr", "acquisition", "Solvane signe un PPA", text) == []


# ---- fifth round: a venue's name sold, a sponsorship both sides sign, "mientras" opens a clause


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El CD Pinar vende el nombre de su estadio a Seguros Alcor por 12 millones."),
    ("fr", "Le club Stade Vernois vend le nom de son stade à Mutuelle Arvor pour 12 millions d'euros."),
])
def test_a_venue_s_name_sold_is_a_contract(lang: str, sentence: str) -> None:
    found = _events(lang, "contract", sentence, "Actualité. " + sentence)
    assert any(("Seguros Alcor" if lang == "es" else "Mutuelle Arvor", "customer") in parties(e) for e in found)
    assert _events(lang, "acquisition", sentence, "Actualité. " + sentence) == []


def test_a_sponsorship_both_sides_sign_is_the_headline_s_contract() -> None:
    found = _events("es", "contract", "El CD Pinar vende el nombre de su estadio a Seguros Alcor",
                    "El Club Deportivo Pinar y la aseguradora Seguros Alcor S.A. firmaron el jueves un contrato de "
                    "patrocinio por cinco temporadas valorado en 8 millones de euros.")
    assert [(parties(e), e["amount"]["value"]) for e in found] == [
        ({("Club Deportivo Pinar", "supplier"), ("Seguros Alcor", "customer")}, 8e6)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El club firma un acuerdo con la aseguradora Seguros Alcor mientras el fondo Pinebrook Sports negocia la "
           "compra del 60% de la entidad."),
])
def test_while_opens_a_clause_of_its_own(lang: str, sentence: str) -> None:
    found = _events(lang, "acquisition", "El CD Pinar busca dueño", sentence)
    assert all(("Pinebrook Sports", "target") not in parties(e) for e in found)
    assert all(not any(r == "seller" for _, r in parties(e)) for e in found)


def test_a_firm_entered_by_its_description_is_the_object_told_before() -> None:
    found = _events("es", "acquisition", "Pinebrook compra VetNorte",
                    "El fondo Pinebrook Capital ha firmado la compra de la cadena de clínicas VetNorte, S.L. a Alcor "
                    "Partners por 200 millones de euros. Se trata de una operación secundaria: Alcor entró en la "
                    "compañía en 2018, cuando adquirió la mayoría a la familia fundadora.")
    assert any(parties(e) == {("Alcor Partners", "acquirer"), ("VetNorte", "target")} and e["date"] == "2018"
               for e in found)


def test_a_seller_right_after_the_target_s_suffix_set_off_by_commas() -> None:
    found = _events("es", "acquisition", "Pinebrook compra VetNorte", "El fondo Pinebrook Capital ha firmado la compra "
                    "de la cadena de clínicas VetNorte, S.L. a Alcor Partners por 200 millones de euros.")
    assert [parties(e) for e in found] == [
        {("Pinebrook Capital", "acquirer"), ("VetNorte", "target"), ("Alcor Partners", "seller")}]
