"""Issue 3 (names5): a single unknown word confirmed as a firm from the page's evidence: a genitive or dative
article does not join a word to the suffixed firm after it ("hatte Kranzhofer der Nordmilch AG ... abgekauft"),
and a word ending like a noun in a deal cue's party place is a firm where the page names it again."""
from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page


def events(lang: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, *paragraphs))


def test_dative_seller_with_suffix_does_not_swallow_the_buyer():
    found = events("de", "Kranzhofer baut Molkereigeschäft aus",
                   "Schon 2018 hatte Kranzhofer der Nordmilch AG die Marke Haferglück abgekauft.")
    assert any({"Kranzhofer", "Nordmilch"} <= names([e]) for e in found if e["type"] == "acquisition")


def test_division_of_a_suffixed_firm_names_the_firm():
    found = events("de", "Nachrichten", "Erst im Mai hatte Quellbach die Sparte der Nordwerk AG gekauft.")
    assert any({"Quellbach", "Nordwerk"} <= names([e]) for e in found if e["type"] == "acquisition")


def test_genitive_of_a_suffixed_firm_after_a_description():
    found = events("de", "Nachrichten", "Lumatec übernimmt die Tochter der Ostwerk GmbH für 20 Millionen Euro.")
    assert "Ostwerk" in names(found)
    assert not any(" der " in n for n in names(found))


def test_public_body_keeps_its_genitive():
    found = events("de", "Nachrichten", "Das Ministerium der Finanzen AG hat Lumatec beauftragt.")
    assert not any(n == "Finanzen" for n in names(found))


def test_named_twice_in_a_deal_place_though_ending_like_a_noun():
    found = events("de", "Brennhofer wächst", "Im Mai hatte Brennhofer die Lumatec GmbH übernommen.")
    assert any({"Brennhofer", "Lumatec"} <= names([e]) for e in found if e["type"] == "acquisition")


def test_unknown_names_in_deal_places_across_languages():
    assert {"Calder", "Verano"} <= names(events("de", "Nachrichten", "Calder prüft eine Übernahme von Verano."))
    assert {"Velmar", "Ostwerk"} <= names(events(
        "de", "Nachrichten", "Velmar übernimmt Ostwerk. Die Velmar Gruppe zahlt 40 Millionen Euro für den "
        "Dortmunder Hersteller Ostwerk."))
    assert {"Brennwald", "Lumatec"} <= names(events("de", "Brennwald greift zu",
                                                    "Brennwald will 40 Prozent an Lumatec übernehmen."))
    assert {"Kerval", "Nordwerk"} <= names(events("fr", "Actualités", "Kerval rachète Nordwerk pour 20 millions."))
    assert {"Ugarte", "Nordwerk"} <= names(events("es", "Noticias", "Ugarte compra Nordwerk por 20 millones."))
    assert {"Calder", "Verano"} <= names(events("en", "News", "Calder agreed to buy Verano for $20 million."))


def test_common_nouns_stay_out():
    found = events("de", "Nachrichten", "Im Mai hatte Lumatec Grundstücke gekauft. Grundstücke sind teuer.")
    assert "Grundstücke" not in names(found)
    found = events("de", "Nachrichten", "Umsatz übernimmt keine Rolle. Der Umsatz stieg.")
    assert "Umsatz" not in names(found)


def test_planned_deal_names_its_subject_opening_or_inverted():
    for lang, text, pair in [
        ("de", "Calder prüft eine Übernahme von Verano.", {"Calder", "Verano"}),
        ("de", "Laut Insidern erwägt Brennwald eine Übernahme von Lumatec.", {"Brennwald", "Lumatec"}),
        ("fr", "Selon la presse, Kerval étudie un rachat de Nordwerk.", {"Kerval", "Nordwerk"}),
    ]:
        found = [e for e in events(lang, "Nachrichten" if lang == "de" else "Actualités", text)
                 if e["type"] == "acquisition"]
        assert any(pair <= names([e]) for e in found), (lang, text)


def test_a_place_after_a_preposition_plans_nothing():
    found = events("de", "Nachrichten", "Der Konzern plant in Berlin eine Übernahme von Lumatec.")
    assert "Berlin" not in names(found)


def test_inverted_subject_after_the_auxiliary_though_ending_like_a_noun():
    for text in ("Im März hat Velmar den Rivalen Ostwerk übernommen.",
                 "Bereits 2021 hatte Kranzhofer die Nordmilch GmbH gekauft."):
        found = [e for e in events("de", "Nachrichten", text) if e["type"] == "acquisition"]
        assert found and {"Velmar", "Kranzhofer"} & names(found), text


def test_a_bare_plural_before_a_genitive_is_no_inverted_subject():
    found = events("de", "Nachrichten", "Im März hat die Lumatec GmbH Grundstücke der Nordwerk AG gekauft.")
    assert "Grundstücke" not in names(found)


def test_genitive_s_of_a_name_the_page_confirms():
    found = events("de", "Nachrichten", "Velmars Übernahme von Ostwerk ist abgeschlossen. Die Velmar Gruppe zahlte "
                   "20 Millionen Euro.")
    assert any({"Velmar", "Ostwerk"} <= names([e]) for e in found if e["type"] == "acquisition")
    assert "Velmars" not in names(found)


def test_genitive_s_needs_the_name_confirmed():
    found = events("de", "Nachrichten", "Deutschlands Übernahme von Ostwerk ist abgeschlossen.")
    assert "Deutschland" not in names(found)
