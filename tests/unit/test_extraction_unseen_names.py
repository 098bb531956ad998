"""Firms the name reader did not see or cut short (names3): the subject of a German perfect clause closed by its deal
verb and the object after an article and adjective in it, an entry "beim" a described firm, a public body whose
lowercase words sit before its acronym in brackets (fictional firms; several phrasings per shape, and probes
that keep their reading)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page, parties_by_event


@pytest.mark.parametrize("text, buyer, target", [
    ("Lumatec hat Frachtwerk übernommen.", "Lumatec", "Frachtwerk"),
    ("Rheinauer hatte bereits 2022 die niederländische Polytex für 380 Mio. Euro übernommen.", "Rheinauer",
     "Polytex"),
    ("Nordwerk hatte 2019 Fluxwerk für 20 Mio. Euro gekauft.", "Nordwerk", "Fluxwerk"),
    ("Lumatec hat im Mai die Mehrheit an Fluxwerk übernommen.", "Lumatec", "Fluxwerk"),
    # the subject right after the auxiliary of an inverted clause
    ("Zuletzt hatte Lumatec die Nordwerk GmbH übernommen.", "Lumatec", "Nordwerk"),
    ("Im Mai hat Lumatec den Zulieferer Fluxwerk gekauft.", "Lumatec", "Fluxwerk"),
    ("Im Jahr 2020 hatte Konkurrent Lumatec die Mehrheit an Fluxwerk erworben.", "Lumatec", "Fluxwerk"),
])
def test_german_subject_of_a_perfect_clause_closed_by_the_deal_verb(text, buyer, target):
    assert parties_by_event("de", text, "acquisition") == [{(buyer, "acquirer"), (target, "target")}]


@pytest.mark.parametrize("text", [
    "Zuletzt hatte Lumatec die Nordwerk GmbH übernommen.",
    "Seither hat Lumatec die Nordwerk GmbH übernommen.",
    "Dafür hat Lumatec die Nordwerk GmbH gekauft.",
    "Nordwerk hat die operative Verantwortung übernommen.",
])
def test_german_adverb_or_common_noun_in_a_perfect_clause_is_no_firm(text):
    found = names(extract_events(page("de", "Nachrichten", text)))
    assert not found & {"Zuletzt", "Seither", "Dafür", "Verantwortung"}


@pytest.mark.parametrize("text, status", [
    ("Siemens steigt beim Münchner Softwarehaus Fluxwerk ein.", "announced"),
    ("Lumatec steigt beim Start-up Fluxwerk ein.", "announced"),
    ("Lumatec stieg 2021 beim Zulieferer Fluxwerk ein.", "completed"),
])
def test_german_entry_beim_a_described_firm(text, status):
    (event,) = [e for e in extract_events(page("de", "Nachrichten", text)) if e["type"] == "investment"]
    investor = "Siemens" if text.startswith("Siemens") else "Lumatec"
    assert {(p["name"], p["role"]) for p in event["parties"]} == {(investor, "investor"), ("Fluxwerk", "investee")}
    assert event["status"] == status


def test_german_order_beim_a_maker_keeps_its_reading():
    # awards3: "die Stadt Ulm" is now a town's government by itself (`town_bodies`), so its acronym in brackets is
    # read as its short form, as for the other bodies below; the supplier "beim Hersteller" keeps its reading
    assert parties_by_event("de", "Die Stadt Ulm (SU) hat beim Hersteller Lumatec 20 Busse bestellt.", "contract") == [
        {("Stadt Ulm", "customer"), ("Lumatec", "supplier")}]


@pytest.mark.parametrize("lang, text, customer", [
    ("fr", "La Direction générale de l'armement (DGA) a commandé 40 véhicules à Lumatec.",
     "Direction générale de l'armement"),
    ("fr", "La Direction générale de l'aviation civile (DGAC) a attribué à Lumatec un contrat de 12 millions "
           "d'euros.", "Direction générale de l'aviation civile"),
    ("es", "La Dirección general de carreteras (DGC) adjudicó a Lumatec un contrato de 3 millones de euros.",
     "Dirección general de carreteras"),
])
def test_public_body_with_lowercase_words_before_its_acronym_is_named_in_full(lang, text, customer):
    assert parties_by_event(lang, text, "contract") == [{(customer, "customer"), ("Lumatec", "supplier")}]


@pytest.mark.parametrize("lang, text, customer", [
    ("fr", "La Direction générale de l'armement (DGA) a lancé un appel d'offres. En mars, la DGA a commandé 40 "
           "véhicules blindés à Lumatec.", "Direction générale de l'armement"),
    ("es", "La Dirección general de carreteras (DGC) publicó un informe. La DGC adjudicó a Lumatec un contrato de "
           "3 millones de euros.", "Dirección general de carreteras"),
])
def test_acronym_named_again_later_stands_for_the_full_name(lang, text, customer):
    assert parties_by_event(lang, text, "contract") == [{(customer, "customer"), ("Lumatec", "supplier")}]


def test_a_name_with_a_capitalised_word_before_its_acronym_keeps_its_reading():
    (found,) = parties_by_event("fr", "La Caisse de dépôt et placement du Québec (CDPQ) a investi 50 millions de "
                                      "dollars dans Lumatec.", "investment")
    assert found == {("Caisse", "investor"), ("Lumatec", "investee")}


@pytest.mark.parametrize("text, kind, roles", [
    ("En mars, Investissement Québec a investi 5 millions d'euros dans Lumatec.", "investment",
     {("Investissement Québec", "investor"), ("Lumatec", "investee")}),
    ("Lumatec a levé 5 millions d'euros auprès d'Investissement Québec.", "funding_round",
     {("Investissement Québec", "investor"), ("Lumatec", "investee")}),
])
def test_french_capitalised_deal_noun_inside_a_sentence_opens_a_name(text, kind, roles):
    assert parties_by_event("fr", text, kind) == [roles]


def test_french_capitalised_deal_noun_alone_names_no_firm():
    found = names(extract_events(page("fr", "News", "Lumatec annonce la Fusion avec Nordwerk.")))
    assert not any("Fusion" in n for n in found)


@pytest.mark.parametrize("text, kind, roles", [
    ("Die Velthaus Maschinenbau AG verkauft ihre Sparte an Nordwerk.", "acquisition",
     {("Velthaus Maschinenbau", "seller"), ("Nordwerk", "acquirer")}),
    ("Der Vorstand der Velthaus Maschinenbau AG hat beschlossen, den Geschäftsbereich Antriebstechnik an die "
     "Dornfeld Industrie GmbH zu verkaufen.", "acquisition",
     {("Velthaus Maschinenbau", "seller"), ("Dornfeld Industrie", "acquirer")}),
    ("Nordwerk übernimmt die Velthaus GmbH.", "acquisition", {("Nordwerk", "acquirer"), ("Velthaus", "target")}),
])
def test_german_name_ending_like_a_descriptor_before_a_legal_suffix(text, kind, roles):
    assert parties_by_event("de", text, kind) == [roles]


def test_german_descriptor_before_a_suffixed_name_stays_its_description():
    found = names(extract_events(page("de", "Nachrichten", "Der Konzern Nordwerk übernimmt das Softwarehaus "
                                                         "Fluxwerk GmbH.")))
    assert "Fluxwerk" in found and not any("Softwarehaus" in n for n in found)


@pytest.mark.parametrize("lang, text, roles", [
    ("de", "Bereits im Jahr 2023 hatte Nordwerk die Kerner Guss GmbH an die Holtmann Gruppe veräußert.",
     {("Nordwerk", "seller"), ("Kerner Guss", "target"), ("Holtmann", "acquirer")}),
    ("de", "Nordwerk hat die Kerner Guss GmbH an die Holtmann Holding verkauft.",
     {("Nordwerk", "seller"), ("Kerner Guss", "target"), ("Holtmann", "acquirer")}),
])
def test_kind_after_a_name_in_its_article_is_no_description_of_another_firm(lang, text, roles):
    assert parties_by_event(lang, text, "acquisition") == [roles]
