"""Issue 3 (pairs): a deal told of "the two cooperatives", "der beiden Mühlenkonzerne", "ambas bodegas", "the pair"
is a deal of the two firms named just before; compass regions ("l'Ouest", "des Nordens") are never parties."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def deals(lang: str, *paragraphs: str, kind: str | None = None) -> list[tuple[str, str, set[tuple[str, str]]]]:
    return [(e["type"], e["status"], parties(e)) for e in extract_events(page(lang, *paragraphs))
            if kind is None or e["type"] == kind]


MERGED = {("Valmont", "party"), ("Terrelys", "party")}


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("fr", "Les coopératives Valmont et Terrelys vont fusionner",
     "Les conseils d'administration des deux coopératives laitières ont approuvé jeudi un projet de fusion qui "
     "donnera naissance au premier collecteur de lait de l'Ouest."),
    ("fr", "Valmont et Terrelys : rapprochement en vue",
     "Les deux papetiers ont annoncé mardi leur projet de fusion."),
    ("de", "Valmont und Terrelys wollen fusionieren",
     "Die Vorstände der beiden Mühlenkonzerne haben am Dienstag einer Fusion zugestimmt."),
    ("es", "Valmont y Terrelys se fusionan",
     "Las dos bodegas riojanas culminaron el martes la fusión que habían pactado en primavera."),
    ("en", "Valmont and Terrelys to merge",
     "The two carmakers said on Tuesday they had agreed to merge."),
])
def test_a_counted_pair_after_the_headline_is_its_two_firms(lang, headline, body):
    assert [p for t, _, p in deals(lang, headline, body) if t == "merger"] == [MERGED]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Valmont and Terrelys have worked together since 2019. The pair agreed on Tuesday to form a joint "
           "venture.", "joint_venture"),
    ("fr", "Valmont et Terrelys travaillent ensemble depuis 2019. Les deux maisons ont annoncé mardi leur fusion.",
     "merger"),
    ("de", "Valmont und Terrelys arbeiten seit Jahren zusammen. Die beiden Zementhersteller wollen nun fusionieren.",
     "merger"),
    ("es", "Valmont y Terrelys colaboran desde 2019. Ambos grupos han acordado fusionarse.", "merger"),
])
def test_a_pair_in_the_next_sentence_is_the_two_firms_named_together(lang, text, kind):
    (found,) = [p for t, _, p in deals(lang, "News", text) if t == kind]
    assert {n for n, _ in found} == {"Valmont", "Terrelys"}


def test_a_pair_after_two_firms_named_apart_is_those_two_not_the_most_named():
    text = ("Valmont ha cerrado una ronda de 12 millones liderada por Albufera Capital. Valmont es la mayor "
            "empresa del sector. Con el dinero, Valmont construirá su planta junto a la cooperativa Terrelys. "
            "Ambas sociedades han constituido para ello una empresa conjunta.")
    (venture,) = [p for t, _, p in deals("es", "Noticias", text) if t == "joint_venture"]
    assert venture == {("Valmont", "partner"), ("Terrelys", "partner")}


def test_a_pair_restating_the_firms_of_its_sentence_is_no_party():
    text = ("2025 hatte das Bundeskartellamt den Verkauf der Biokette Valmont an die Drogeriekette Terrelys "
            "untersagt, weil beide Händler in vielen Städten konkurrieren.")
    (sale,) = [p for t, _, p in deals("de", "Nachrichten", text) if t == "acquisition"]
    assert sale == {("Terrelys", "acquirer"), ("Valmont", "target")}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Valmont et Terrelys ont fusionné en 2020. En avril, les deux mutuelles ont annoncé la création d'une "
           "coentreprise avec la banque Nordwerk."),
    ("en", "Valmont and Terrelys merged in 2020. In April the two insurers agreed to set up a joint venture with "
           "the bank Nordwerk."),
])
def test_a_pair_setting_up_a_venture_with_a_third_firm_gives_three_partners(lang, text):
    (venture,) = [p for t, _, p in deals(lang, "News", text) if t == "joint_venture"]
    assert venture == {("Valmont", "partner"), ("Terrelys", "partner"), ("Nordwerk", "partner")}


def test_a_venture_with_a_firm_named_in_a_later_clause_keeps_the_pair():
    text = ("Valmont y Terrelys colaboran desde 2019. Las dos compañías crearán una sociedad conjunta al 50% que "
            "competirá con Nordwerk en fibra.")
    (venture,) = [p for t, _, p in deals("es", "Noticias", text) if t == "joint_venture"]
    assert venture == {("Valmont", "partner"), ("Terrelys", "partner")}


def test_one_of_the_two_is_no_pair():
    text = "Valmont et Terrelys discutent. L'un des deux groupes a racheté Nordwerk en mars."
    assert not any(t == "merger" for t, _, _ in deals("fr", "Actualités", text))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Valmont a racheté Terrelys, premier distributeur de l'Ouest, pour 20 millions d'euros."),
    ("fr", "Valmont a racheté Terrelys, leader du Grand Est, pour 20 millions d'euros."),
    ("es", "Valmont ha comprado la mayor bodega del Norte, Terrelys, por 20 millones de euros."),
    ("es", "Valmont ha comprado Terrelys, líder del Levante, por 20 millones de euros."),
    ("de", "Valmont übernimmt Terrelys, den größten Molkereikonzern des Nordens."),
    ("en", "Valmont has bought Terrelys, the largest bakery in the North East, for $20m."),
    ("en", "Valmont has bought Terrelys, one of Northern Europe's largest bakeries, for $20m."),
])
def test_compass_regions_are_never_parties(lang, text):
    (sale,) = [p for t, _, p in deals(lang, "News", text) if t == "acquisition"]
    assert sale == {("Valmont", "acquirer"), ("Terrelys", "target")}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Valmont a racheté Terrelys pour 20 millions d'euros, ce qui crée un leader dans le Grand Est."),
])
def test_a_compass_region_of_two_words_is_never_a_party(lang, text):
    names = {name for _, _, p in deals(lang, "News", text) for name, _ in p}
    assert names <= {"Valmont", "Terrelys"}


def test_a_firm_after_a_comma_closed_seat_is_no_place():
    text = "Las instaladoras Valmont, con sede en Burgos, y Terrelys, de Soria, acordaron ayer fusionarse."
    assert [p for t, _, p in deals("es", "Noticias", text) if t == "merger"] == [MERGED]


def test_a_list_of_places_after_a_site_stays_places():
    text = "Lumatec bought Terrelys, which runs plants in Reading, Leeds, and Swindon, for $20m."
    (sale,) = [p for t, _, p in deals("en", "News", text) if t == "acquisition"]
    assert sale == {("Lumatec", "acquirer"), ("Terrelys", "target")}


@pytest.mark.parametrize(("lang", "text", "status"), [
    ("de", "Die Zementhersteller Valmont und Terrelys dürfen nicht fusionieren.", "terminated"),
    ("de", "Die geplante Fusion der Chemiekonzerne Valmont und Terrelys ist vom Tisch.", "terminated"),
    ("de", "Valmont und Terrelys dürfen vorerst nicht fusionieren.", "terminated"),
])
def test_a_merger_the_regulator_forbids_is_terminated(lang, text, status):
    assert deals(lang, "Nachrichten", text, kind="merger") == [("merger", status, MERGED)]


def test_a_pair_after_one_firm_takes_the_other_from_the_sentence_before():
    text = ("Nordwerk ha comprado Lumatec. Nordwerk paga 300 millones. Para Valmont, la operación es una revancha. "
            "En 2024 la CNMC bloqueó su acuerdo con Terrelys, al considerar que la fusión de las dos operadoras "
            "reducía la competencia.")
    merged = [p for t, _, p in deals("es", "Noticias", text) if t == "merger"]
    assert merged == [MERGED]


def test_a_pair_after_three_firms_of_its_sentence_is_the_pages_two():
    text = ("Nordwerk ha lanzado una opa sobre Lumatec. Nordwerk ofrece 300 millones por Lumatec. En 2020, el mismo "
            "mes en que Nordwerk vendió su filial Valmont al banco Terrelys, las dos entidades exploraron una fusión "
            "que fracasó.")
    merged = [p for t, _, p in deals("es", "Noticias", text) if t == "merger"]
    assert merged == [{("Nordwerk", "party"), ("Lumatec", "party")}]


def test_a_venture_agreed_in_a_month_after_a_colon_is_announced_then():
    text = ("Die Valmont AG baut Rechenzentren in Sachsen. Ein Teil davon soll gemeinsam mit dem Versorger Terrelys "
            "entstehen: Die beiden Firmen hatten im September vereinbart, ein Gemeinschaftsunternehmen zu gründen.")
    (venture,) = [e for e in extract_events(page("de", "Nachrichten", text)) if e["type"] == "joint_venture"]
    assert parties(venture) == {("Valmont", "partner"), ("Terrelys", "partner")}
    assert (venture["status"], venture["date"]) == ("announced", "2023-09")


def test_a_month_after_a_forecast_in_another_clause_still_dates():
    text = "Die Valmont AG soll wachsen; die Terrelys AG hatte im September die Lumatec GmbH übernommen."
    (sale,) = [e for e in extract_events(page("de", "Nachrichten", text)) if e["type"] == "acquisition"]
    assert sale["date"] == "2023-09"


def test_a_month_in_a_forecast_clause_is_no_date():
    text = "Die Terrelys AG hat die Lumatec GmbH übernommen, der Abschluss soll im September erfolgen."
    (sale,) = [e for e in extract_events(page("de", "Nachrichten", text)) if e["type"] == "acquisition"]
    assert sale["date"] != "2023-09"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Valmont AG und die Terrelys AG haben ihre Fusionsgespräche abgebrochen. Die beiden Gruppen hatten im "
           "vergangenen Oktober angekündigt, sich zu einem Zusammenschluss unter Gleichen zusammenzutun."),
    ("en", "Valmont Inc. and Terrelys Inc. have called off their merger talks. The two groups had agreed last "
           "October to merge."),
])
def test_a_merger_told_again_by_the_pair_is_one_event(lang, text):
    merged = deals(lang, "News", text, kind="merger")
    assert [(s, p) for _, s, p in merged] == [("terminated", MERGED)]


@pytest.mark.parametrize(("lang", "text", "customer"), [
    ("fr", "La région Nouvelle-Aquitaine a passé commande auprès de Valmont de douze rames, pour un montant de 340 "
           "millions d'euros.", "Nouvelle-Aquitaine"),
    ("fr", "La région Hauts-de-France a passé commande auprès de Valmont de douze rames, pour un montant de 340 "
           "millions d'euros.", "Hauts-de-France"),
])
def test_an_administrative_region_buys_as_a_public_body(lang, text, customer):
    """Compass regions are no party, but a region that orders is a customer."""
    (order,) = [p for t, _, p in deals(lang, "Actualités", text) if t == "contract"]
    assert order == {(customer, "customer"), ("Valmont", "supplier")}


def test_a_us_state_after_a_city_is_no_partner():
    text = ("Ridgecrest and Voltmere Charging, a Portland, Ore., firm that builds chargers, said they are forming a "
            "jointly owned company to build two charging yards.")
    (venture,) = [p for t, _, p in deals("en", "News", text) if t == "joint_venture"]
    assert venture == {("Ridgecrest", "partner"), ("Voltmere Charging", "partner")}
