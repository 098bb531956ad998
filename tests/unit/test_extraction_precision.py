"""False parties and false deals: a person's title is no firm, a denied deal is none, a currency code is no
firm; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page, parties


def test_a_title_before_a_person_is_neither_a_firm_nor_part_of_one():
    cases = [
        ("en", "Kestrel boss Jane Doyle said Kestrel bought Lyra Tools for $40m."),
        ("de", "Die Kestrel-Chefin Jana Dorn sagte, Kestrel übernehme die Lyra Werkzeuge GmbH."),
        ("de", "Kestrel-Vorstand Jan Dorn sagte, Kestrel übernehme die Lyra Werkzeuge GmbH."),
        ("fr", "Selon son PDG, Jean Dorin, Kestrel rachète Lyra Outils pour 40 millions d'euros."),
        ("es", "Según su jefe, Juan Dorado, Kestrel compra Lyra Herramientas por 40 millones de euros."),
    ]
    for lang, text in cases:
        found = names(extract_events(page(lang, "Kestrel", text)))
        assert not any(w in n for n in found for w in ("Doyle", "Dorn", "Dorin", "Dorado", "PDG", "Chefin")), (
            lang, found)


def test_a_denied_deal_is_no_event():
    cases = [
        ("en", "Kestrel Foods denied it would buy Lyra Bakeries."),
        ("de", "Kestrel Foods dementierte eine Übernahme der Lyra Backwaren."),
        ("fr", "Kestrel Foods a démenti tout rachat de Lyra Boulangerie."),
        ("es", "Kestrel Foods descartó una salida a Bolsa este año."),
    ]
    for lang, text in cases:
        assert extract_events(page(lang, "Kestrel Foods", text)) == [], lang


def test_a_currency_code_is_no_party():
    for lang, text in [
        ("en", "Kestrel Marine bought Lyra Ports for NOK 2bn."),
        ("es", "Kestrel Marine compró Lyra Puertos por US$ 210 millones."),
    ]:
        events = extract_events(page(lang, "Kestrel Marine", text))
        assert {"NOK", "US"}.isdisjoint(names(events)), lang
        assert any(parties(e) >= {("Kestrel Marine", "acquirer")} for e in events), lang


def test_the_place_a_firm_comes_from_is_no_party():
    cases = [
        ("en", "Kestrel Foods bought Lyra Bakeries, based in Harrowgate, for $40m.", "Harrowgate"),
        ("de", "Die Kestrel AG hat 2024 die Lyra Backwaren GmbH aus Bad Tennstedt übernommen.", "Bad Tennstedt"),
        ("fr", "Kestrel a racheté Lyra Boulangerie, basée à Montbrison, pour 40 millions d'euros.", "Montbrison"),
        ("es", "Kestrel compró Lyra Panaderías, con sede en Villaverde Alto, por 40 millones de euros.",
         "Villaverde Alto"),
    ]
    for lang, text, place in cases:
        events = extract_events(page(lang, "Kestrel", text))
        assert events and place not in names(events), (lang, names(events))


def test_a_lone_word_named_once_lowers_the_confidence():
    def confidence(text: str) -> float:
        (event,) = extract_events(page("en", "Chemicals", text))
        return event["confidence"]

    once = confidence("Halden bought Lyra Chemicals for $40m.")
    assert once < 0.8
    assert confidence("Halden bought Lyra Chemicals for $40m. Halden runs wind farms.") > once
    assert confidence("The firm Halden bought Lyra Chemicals for $40m.") > once


def test_the_total_raised_over_all_rounds_is_no_new_round():
    cases = [
        ("en", "Kestrel Robotics has raised $40m in total since it was founded."),
        ("de", "Insgesamt hat die Kestrel Robotik GmbH nun 40 Millionen Euro eingesammelt."),
        ("fr", "Au total, Kestrel Robotique a levé 40 millions d'euros depuis sa création."),
        ("es", "En total, Kestrel Robótica ha levantado 40 millones de euros desde su fundación."),
    ]
    for lang, text in cases:
        assert [e for e in extract_events(page(lang, "Kestrel", text)) if e["type"] == "funding_round"] == [], lang
    (round_,) = extract_events(page("en", "Kestrel", "Kestrel Robotics has raised $40m in a Series B round."))
    assert round_["type"] == "funding_round"


def test_a_public_body_named_with_and_keeps_its_whole_name():
    from streams.extraction.page import read_page

    cases = [
        ("en", "Acme bought Bolt after the Competition and Markets Authority cleared the deal.",
         "Competition and Markets Authority"),
        ("en", "Acme bought Bolt after the Gas and Electricity Markets Authority cleared the deal.",
         "Gas and Electricity Markets Authority"),
    ]
    for lang, text, body in cases:
        found = read_page(page(lang, "Acme", text))
        assert body in {m.name for ms in found.mentions for m in ms}, lang


def test_a_raise_only_intended_with_no_investor_is_no_round():
    cases = [
        ("en", "Kestrel Robotics plans to raise $40m to double its output."),
        ("de", "Die Kestrel Robotik GmbH will 40 Millionen Euro einsammeln, um ihre Produktion zu verdoppeln."),
        ("fr", "Kestrel Robotique entend lever 40 millions d'euros pour doubler sa production."),
        ("es", "Kestrel Robótica pretende levantar 40 millones de euros para duplicar su producción."),
    ]
    for lang, text in cases:
        assert [e for e in extract_events(page(lang, "Kestrel", text)) if e["type"] == "funding_round"] == [], lang


def test_the_cities_of_a_press_release_dateline_are_no_parties():
    text = ("LEEDS and BERGEN, Norway, March 12, 2024 /Example Wire/ -- Acme Robotics, a maker of software, and Bolt "
            "Marine, a builder of cranes, today announced that they have agreed to form a joint venture.")
    events = extract_events(page("en", "Acme and Bolt", text))
    assert events and {"LEEDS", "BERGEN", "Example Wire"}.isdisjoint(names(events))


def test_descriptors_and_place_adjectives_glued_to_a_name_are_not_part_of_it():
    cases = [
        ("de", "Das Münchner Robotik-Start-up Kestrel Robotics hat eine Finanzierungsrunde der Serie A über 20 "
               "Millionen Euro abgeschlossen.", {"Kestrel Robotics"}),
        ("en", "London-based Kestrel Robotics has raised $20m in a Series A round.", {"Kestrel Robotics"}),
    ]
    for lang, text, expected in cases:
        events = [e for e in extract_events(page(lang, "Kestrel", text)) if e["type"] == "funding_round"]
        assert events and names(events) == expected, (lang, names(events))


def test_who_reports_the_news_is_no_party():
    cases = [
        ("en", "Analysts at Harrow Brothers expect Kestrel to buy Lyra Tools.", "Harrow Brothers"),
        ("de", "Laut der Zeitung Abendkurier will die Kestrel AG die Lyra Werkzeuge GmbH kaufen.", "Abendkurier"),
        ("fr", "Selon le quotidien Le Matin boréal, Kestrel serait en discussions pour racheter Lyra Outils.",
         "Matin"),
        ("es", "Según el diario Heraldo Mercantil, Kestrel negocia la compra de Lyra Herramientas.",
         "Heraldo Mercantil"),
    ]
    for lang, text, source in cases:
        assert not any(source in n for n in names(extract_events(page(lang, "Kestrel", text)))), lang
