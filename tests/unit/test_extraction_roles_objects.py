"""Objects of deal verbs behind descriptions and markers, on sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_a_stake_in_a_described_firm_names_the_investee():
    (event,) = extract_events(page("en", "Deal news", "Velmont Motors is in talks to take a 20% stake in "
                                   "battery maker Harrow Cells for $600 million."))
    assert event["type"] == "investment"
    assert parties(event) == {("Velmont Motors", "investor"), ("Harrow Cells", "investee")}


def test_spanish_object_marker_with_a_description_marks_the_target():
    (event,) = extract_events(page("es", "Noticias", "En marzo, Pagos Velmont compró a la rival Harrow Cobros "
                                   "por 200 millones de euros."))
    assert event["type"] == "acquisition"
    assert parties(event) == {("Pagos Velmont", "acquirer"), ("Harrow Cobros", "target")}


def test_a_capitalised_descriptor_with_a_preposition_is_one_name():
    (event,) = extract_events(page("es", "Noticias", "En marzo, Banco del Valle compró a la rival Harrow Cobros "
                                   "por 200 millones de euros."))
    assert ("Harrow Cobros", "target") in parties(event)
    assert {r for _, r in parties(event)} == {"acquirer", "target"}


def test_a_controlling_stake_is_an_acquisition_in_every_language():
    cases = [("en", "Velmont Motors took a majority stake in Harrow Cells."),
             ("en", "Velmont Motors bought a 60% stake in Harrow Cells."),
             ("de", "Die Velmont AG erwirbt eine Mehrheitsbeteiligung an der Harrow GmbH."),
             ("fr", "Le groupe Velmont Industries prend une participation majoritaire dans Harrow Systèmes."),
             ("es", "El grupo Velmont Industrias compró una participación mayoritaria en Harrow Sistemas.")]
    for lang, sentence in cases:
        (event,) = extract_events(page(lang, "News", sentence))
        assert event["type"] == "acquisition", sentence
        assert {r for _, r in parties(event)} == {"acquirer", "target"}, sentence


def test_a_minority_stake_stays_an_investment():
    cases = [("en", "Velmont Motors bought a 20% stake in Harrow Cells."),
             ("de", "Die Velmont AG erwirbt eine Beteiligung an der Harrow GmbH."),
             ("fr", "Le groupe Velmont Industries prend une participation de 20 % dans Harrow Systèmes.")]
    for lang, sentence in cases:
        (event,) = extract_events(page(lang, "News", sentence))
        assert event["type"] == "investment", sentence
        assert {r for _, r in parties(event)} == {"investor", "investee"}, sentence


def test_a_name_in_brackets_is_the_short_name_of_the_one_before():
    from streams.extraction.organisations import Mention
    from streams.extraction.roles import _bracketed

    text = "La Caisse de placement du Nord (CPN) investira 1 milliard dans Harrow."
    short = Mention("CPN", text.index("CPN"), text.index("CPN") + 3)
    assert _bracketed(short, text)
    assert not _bracketed(Mention("Harrow", text.index("Harrow"), text.index("Harrow") + 6), text)


def test_a_listing_firm_named_after_its_description_is_the_issuer():
    sentence = "Le fabricant de batteries Harrow Systèmes a fait ses débuts jeudi sur Euronext Paris."
    events = extract_events(page("fr", "Harrow Systèmes en Bourse", "Mis à jour le 12 mars.", sentence))
    assert [(e["type"], parties(e)) for e in events] == [("ipo", {("Harrow Systèmes", "issuer")})]


def test_a_round_named_as_a_firms_own_is_that_firms():
    for lang, sentence in [("en", "Ashgrove Capital led the $40 million Series B of Stackyard Robotics last summer."),
                           ("fr", "Le fonds Velmont Capital a mené la levée de fonds de Harrow Systèmes.")]:
        (event,) = extract_events(page(lang, "News", sentence))
        assert event["type"] == "funding_round"
        assert {r for _, r in parties(event)} == {"investee", "investor"}
        assert [n for n, r in parties(event) if r == "investee"][0] in ("Stackyard Robotics", "Harrow Systèmes")


def test_the_country_of_a_currency_is_no_party():
    (event,) = extract_events(page("es", "Noticias", "En 2024 el grupo Velmont Minería compró un 8% de Harrow Litio "
                                   "por US$ 210 millones."))
    assert event["type"] == "investment"
    assert parties(event) == {("Velmont Minería", "investor"), ("Harrow Litio", "investee")}


def test_a_listing_told_in_a_relative_clause_is_its_antecedents():
    for lang, sentence, issuer in [
            ("de", "Zu den Konkurrenten der Velmont AG zählen Anbieter wie Harrow Labs und SurveyTiger, das erst im "
                   "September an die Börse gegangen ist.", "SurveyTiger"),
            ("en", "Rivals of Velmont Motors include Harrow Cells, which went public in 2019.", "Harrow Cells")]:
        events = [e for e in extract_events(page(lang, "News", sentence)) if e["type"] == "ipo"]
        assert [parties(e) for e in events] == [{(issuer, "issuer")}]


def test_a_partner_named_with_a_descriptor_and_a_preposition_is_marked_by_with():
    sentence = "Hoy, la fintech Pagos Velmont ha anunciado una alianza con Banco del Litoral para sus clientes."
    (event,) = extract_events(page("es", "Noticias", sentence))
    assert event["type"] == "partnership"
    assert ("Pagos Velmont", "partner") in parties(event) and len(parties(event)) == 2


def test_a_colon_ends_the_sentence_whose_subject_a_final_verb_may_take():
    events = extract_events(page("de", "Nachrichten", "Die Velmont Energie AG verschiebt ihren Börsengang.",
                                 "Velmont ist nicht der erste Anbieter, der zögert: Im Frühjahr hatte bereits der "
                                 "Konkurrent Harrow Wind seinen Börsengang kurzfristig abgeblasen."))
    assert ("ipo", {("Harrow Wind", "issuer")}) in [(e["type"], parties(e)) for e in events]


def test_french_cote_opens_a_topic_not_a_name():
    text = ("Harrow Médias a renoncé à sa fusion. Côté Harrow Médias, la question de l'actionnariat reste entière. "
            "Selon des sources, le fonds Velmont Capital serait prêt à prendre une participation de 15 % "
            "dans le groupe.")
    events = extract_events(page("fr", "Harrow Médias cherche un actionnaire", text))
    assert [(e["type"], parties(e)) for e in events] == [
        ("investment", {("Velmont Capital", "investor"), ("Harrow Médias", "investee")})]
