"""Which firm a description or pronoun stands for: the firm the page described so (its seat, its kind), not a place,
a market or a public body named nearer, nor a word of a firm's name (issue 3, branch salience)."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, *paragraphs))


def _party_sets(events: list[dict], kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in events if e["type"] == kind]


def _names(events: list[dict]) -> set[str]:
    return {p["name"] for e in events for p in e["parties"]}


def test_german_seat_adjective_and_group_describe_the_firm_from_there():
    for headline, opening, later in [
        ("Veldrax übernimmt Nordwerk",
         "Die Stuttgarter Veldrax-Gruppe übernimmt den Maschinenbauer Nordwerk für 200 Millionen Euro.",
         "Wie zu hören ist, verhandelt die Stuttgarter Gruppe derzeit auch mit der Basler Datenfirma Zentrix über "
         "eine Übernahme."),
        ("Lumatec kauft Nordwerk",
         "Die Münchner Lumatec-Gruppe übernimmt den Zulieferer Nordwerk für 80 Millionen Euro.",
         "Zuvor hatte die Münchner Gruppe bereits 2021 den Softwareanbieter Zentrix übernommen."),
    ]:
        events = _events("de", headline, opening, later)
        buyer = "Veldrax" if "Veldrax" in opening else "Lumatec"
        assert "Stuttgarter" not in _names(events) and "Münchner" not in _names(events)
        # the firm it talks with may be the seller or the target: the buyer is the firm from there
        assert any((buyer, "acquirer") in p and p & {("Zentrix", "target"), ("Zentrix", "seller")}
                   for p in _party_sets(events, "acquisition")), events


def test_german_name_ending_like_a_seat_adjective_stays_a_firm():
    events = _events("de", "Nachrichten", "Die Brenner Gruppe übernimmt den Zulieferer Nordwerk für 80 Millionen Euro.")
    assert {("Brenner", "acquirer"), ("Nordwerk", "target")} in _party_sets(events, "acquisition")


def test_french_pronoun_is_the_firm_not_the_public_body_that_awarded_it():
    events = _events("fr", "Orvane Systèmes décroche un contrat",
                     "La Direction générale de l'armement a notifié lundi à Orvane Systèmes un contrat de 40 millions "
                     "d'euros.",
                     "Il a annoncé ce mardi la création d'une coentreprise avec Fontana Avionica.")
    assert {("Orvane Systèmes", "partner"), ("Fontana Avionica", "partner")} in _party_sets(events, "joint_venture")


def test_spanish_description_is_the_firm_not_the_public_body():
    events = _events("es", "Lumatec gana un contrato",
                     "La Dirección General de Tráfico adjudicó ayer a Lumatec un contrato de 12 millones de euros.",
                     "La compañía anunció también una alianza con Nordwerk.")
    assert {("Lumatec", "partner"), ("Nordwerk", "partner")} in _party_sets(events, "partnership")


def test_french_seat_description_is_the_issuer_not_the_firm_named_last():
    for listed in ("introduite en Bourse en 2016", "introduite en Bourse à Paris en 2016", "entrée en Bourse en 2016"):
        events = _events("fr", "Cartalis rachète Brivex",
                         "Le groupe lyonnais Cartalis a racheté la société Brivex pour 12 millions d'euros.",
                         "Brivex emploie 80 personnes.",
                         f"Pour la firme lyonnaise, {listed}, il s'agit de la troisième acquisition.")
        assert [{("Cartalis", "issuer")}] == _party_sets(events, "ipo"), listed


def test_english_short_form_after_said_is_the_firm():
    for lead in ("People familiar with the matter said Lumatec has held early talks about taking a minority stake "
                 "in Tavlo Spices.",
                 "Two people briefed on the plans said Lumatec was in talks to take a minority stake in Tavlo Spices."):
        events = _events("en", "Lumatec Foods agrees £300m deal for Corvane Creamery",
                         "Lumatec Foods has agreed to buy Corvane Creamery, the Devon cheese maker, for £300m.", lead)
        assert any(("Lumatec Foods", "investor") in p for p in _party_sets(events, "investment")), events


def test_english_person_after_said_stays_no_party():
    events = _events("en", "Lumatec Foods agrees £300m deal for Corvane Creamery",
                     "Lumatec Foods has agreed to buy Corvane Creamery for £300m, said Lumatec Harlow, an analyst.")
    assert _names(events) == {"Lumatec Foods", "Corvane Creamery"}


def test_german_seat_description_of_another_place_names_no_place():
    for later in ("Auch die Kölner Gruppe hatte für Nordwerk geboten.",
                  "Die Kölner Gruppe hatte 2021 den Softwareanbieter Zentrix übernommen."):
        events = _events("de", "Lumatec kauft Nordwerk",
                         "Die Münchner Lumatec AG übernimmt den Zulieferer Nordwerk für 80 Millionen Euro.", later)
        assert "Kölner" not in _names(events)
        assert {("Lumatec", "acquirer"), ("Nordwerk", "target")} in _party_sets(events, "acquisition")


def test_spanish_trade_noun_stands_for_the_firm_the_page_called_so():
    events = _events("es", "Cierzo invierte en Arousa",
                     "Fondo Cierzo ha invertido 30 millones de euros en Grupo Arousa, la conservera gallega, a cambio "
                     "del 20% del capital.",
                     "Fondo Cierzo gestiona 800 millones.",
                     "La conservera estudia salir a bolsa en 2026.")
    assert [{("Arousa", "issuer")}] == _party_sets(events, "ipo")


def test_spanish_trade_noun_no_firm_was_called_stays_unresolved():
    events = _events("es", "Cierzo invierte en Arousa",
                     "Fondo Cierzo ha invertido 30 millones de euros en Grupo Arousa a cambio del 20% del capital.",
                     "La conservera estudia salir a bolsa en 2026.")
    assert "Cierzo" not in {n for p in _party_sets(events, "ipo") for n, _ in p}
