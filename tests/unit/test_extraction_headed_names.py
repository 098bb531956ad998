"""Names headed by a generic noun keep their head ("Raiffeisenbank Westerwald", not "Westerwald"); a merger the
subject was born of names the firms that merged (fictional firms; several phrasings per shape)."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event


@pytest.mark.parametrize("text, expected", [
    ("Die Volksbank Lahnau und die Raiffeisenbank Westerwald wollen fusionieren.",
     {("Volksbank Lahnau", "party"), ("Raiffeisenbank Westerwald", "party")}),
    ("Die Kreissparkasse Lumatal und die Stadtsparkasse Nordwerk haben ihre Fusion beschlossen.",
     {("Kreissparkasse Lumatal", "party"), ("Stadtsparkasse Nordwerk", "party")}),
    ("Die Raiffeisenkasse Lumatal fusioniert mit der Volksbank Nordwerk.",
     {("Raiffeisenkasse Lumatal", "party"), ("Volksbank Nordwerk", "party")}),
])
def test_german_long_compound_heads_its_name(text, expected):
    assert parties_by_event("de", text, "merger") == [expected]


@pytest.mark.parametrize("text", [
    "Die heutige Volksbank Nordwerk entstand 2019 aus der Fusion der Volksbank Lahnau mit der Raiffeisenbank "
    "Westerwald.",
    "Die Volksbank Nordwerk ist 2019 aus dem Zusammenschluss der Volksbank Lahnau und der Raiffeisenbank "
    "Westerwald hervorgegangen.",
    "Die Bank ist 2019 aus dem Zusammenschluss der Volksbank Lahnau und der Raiffeisenbank Westerwald "
    "hervorgegangen.",
])
def test_german_merger_in_the_genitive_names_the_merged_firms(text):
    assert parties_by_event("de", text, "merger") == [
        {("Volksbank Lahnau", "party"), ("Raiffeisenbank Westerwald", "party")}]


@pytest.mark.parametrize("lang, text", [
    ("en", "Nordwerk Bank was formed in 2019 from the merger of Lahnau Bank with Westerwald Bank."),
    ("es", "Nordwerk nació en 2019 de la fusión de Caja Lahnau con Caja Westerwald."),
    ("fr", "Nordwerk est née en 2019 de la fusion du Crédit Lahnau avec la Banque Westerwald."),
])
def test_merger_born_of_two_firms_keeps_working(lang, text):
    (found,) = parties_by_event(lang, text, "merger")
    assert {n for n, _ in found} == {n for n in ("Lahnau Bank", "Westerwald Bank", "Caja Lahnau", "Caja Westerwald",
                                                 "Crédit Lahnau", "Banque Westerwald") if n in text}


def test_a_descriptor_before_a_name_still_names_the_kind_only():
    assert parties_by_event("de", "Die Genossenschaftsbank Lumatec fusioniert mit der Volksbank Nordwerk.",
                            "merger") == [{("Lumatec", "party"), ("Volksbank Nordwerk", "party")}]
    assert parties_by_event("de", "Nordwerk übernimmt den Münchner Softwarehersteller Lumatec.", "acquisition") == [
        {("Nordwerk", "acquirer"), ("Lumatec", "target")}]


@pytest.mark.parametrize("lang, text, kind", [
    ("es", "Nordwerk y la tecnológica sevillana Lumatec sellaron el miércoles una alianza.", "partnership"),
    ("es", "Nordwerk y la empresa sevillana Lumatec sellaron el miércoles una alianza.", "partnership"),
    ("fr", "Nordwerk et le fabricant grenoblois Lumatec ont conclu un partenariat.", "partnership"),
    ("fr", "Nordwerk et la minière québécoise Lumatec vont fusionner.", "merger"),
    ("de", "Nordwerk und der Münchner Softwarehersteller Lumatec wollen fusionieren.", "merger"),
    ("en", "Nordwerk and Munich software maker Lumatec agreed to merge.", "merger"),
    ("en", "Nordwerk and the software maker Lumatec agreed to merge.", "merger"),
])
def test_first_word_joined_to_a_described_firm_is_a_name(lang, text, kind):
    (found,) = parties_by_event(lang, text, kind)
    assert {n for n, _ in found} == {"Nordwerk", "Lumatec"}


@pytest.mark.parametrize("lang, text, kind", [
    ("es", "Nordwerk y Lumatec sellaron el miércoles una alianza.", "partnership"),
    ("de", "Nordwerk und Lumatec wollen fusionieren.", "merger"),
])
def test_plain_pairs_keep_their_parties(lang, text, kind):
    (found,) = parties_by_event(lang, text, kind)
    assert {n for n, _ in found} == {"Nordwerk", "Lumatec"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les conseils d'administration de Lumatec et de Nordwerk ont approuvé lundi le projet de fusion."),
    ("fr", "Les conseils d'administration d'Énergies du Lac SA et des Services du Chablais SA ont approuvé ce jour un "
           "projet de fusion."),
    ("en", "The boards of Lumatec and of Nordwerk approved the merger on Monday."),
    ("en", "The boards of Lumatec and Nordwerk have approved the merger."),
    ("es", "Los consejos de administración de Lumatec y de Nordwerk aprobaron el lunes el proyecto de fusión."),
    ("de", "Die Aufsichtsräte von Lumatec und von Nordwerk haben der Fusion zugestimmt."),
])
def test_firms_whose_boards_approve_a_merger_are_its_parties(lang, text):
    (found,) = parties_by_event(lang, text, "merger")
    assert len(found) == 2 and {r for _, r in found} == {"party"}
    assert {n for n, _ in found} in ({"Lumatec", "Nordwerk"}, {"Énergies du Lac", "Services du Chablais"})


def test_an_article_after_and_repeats_no_preposition():
    assert parties_by_event("es", "Naranjo Labs y la Cooperativa Turia han constituido una empresa conjunta.",
                            "joint_venture") == [{("Naranjo Labs", "partner"), ("Cooperativa Turia", "partner")}]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les conseils d'administration d'Énergies du Lac SA et des Services industriels du Chablais SA (SIC) ont "
           "approuvé ce jour un projet de fusion entre égaux."),
    ("es", "Los consejos de administración de Energías del Lago SA y de Servicios industriales del Cierzo SA (SIC) "
           "aprobaron ayer un proyecto de fusión."),
])
def test_acronym_after_a_legal_suffix_abbreviates_the_name_it_closes(lang, text):
    (found,) = parties_by_event(lang, text, "merger")
    assert len(found) == 2 and not any(n == "SIC" for n, _ in found)


@pytest.mark.parametrize("text, customer", [
    ("La Junta de Castilla y León le adjudicó a Lumatec un contrato de 3 millones de euros.",
     "Junta de Castilla y León"),
    ("La Junta de Castilla y León adjudicó a Lumatec un contrato de 3 millones de euros.", "Junta de Castilla y León"),
    ("El Ayuntamiento de Valdecruces adjudicó a Lumatec un contrato de 3 millones de euros.",
     "Ayuntamiento de Valdecruces"),
])
def test_spanish_public_body_keeps_its_conjunction(text, customer):
    assert parties_by_event("es", text, "contract") == [{(customer, "customer"), ("Lumatec", "supplier")}]


def test_a_shareholders_meeting_is_no_public_body():
    assert parties_by_event("es", "La junta de accionistas de Lumatec aprobó la fusión con Nordwerk.", "merger") == [
        {("Lumatec", "party"), ("Nordwerk", "party")}]


def test_a_spanish_sentence_opener_is_no_seller():
    events = parties_by_event("es", "Hace un año vendió su negocio de logística a Nordwerk.", "acquisition")
    assert not any(n == "Hace" for found in events for n, _ in found)


@pytest.mark.parametrize("text, customer", [
    ("Lumatec won a contract from the Royal Australian Navy worth $30m.", "Royal Australian Navy"),
    ("Lumatec won a contract from Royal Dutch Shell worth $30m.", "Royal Dutch Shell"),
])
def test_an_adjective_of_a_country_inside_a_name_stays_in_it(text, customer):
    assert parties_by_event("en", text, "contract") == [{(customer, "customer"), ("Lumatec", "supplier")}]


def test_a_title_case_headline_glues_no_words_to_a_name():
    events = parties_by_event("en", "Lumatec In Talks To Buy Nordwerk", "acquisition")
    assert not any(" " in n for found in events for n, _ in found)


@pytest.mark.parametrize("text, customer", [
    ("La Secretaría de Infraestructura, Comunicaciones y Transportes (SICT) adjudicó a Lumatec un contrato de 3 "
     "millones de pesos.", "Secretaría de Infraestructura, Comunicaciones y Transportes"),
    ("La Comisión Federal de Electricidad (CFE) adjudicó a Lumatec un contrato de 3 millones de pesos.",
     "Comisión Federal de Electricidad"),
])
def test_public_body_spelled_out_before_its_acronym_is_one_customer(text, customer):
    assert parties_by_event("es", text, "contract") == [{(customer, "customer"), ("Lumatec", "supplier")}]


def test_a_firm_spelled_out_before_its_acronym_keeps_its_reading():
    (found,) = parties_by_event("fr", "La Caisse de dépôt et placement du Québec (CDPQ) a investi 50 millions de "
                                      "dollars dans Lumatec.", "investment")
    assert ("Lumatec", "investee") in found and len(found) == 2
