"""A firm speaking in the first person plural (issue 3, branch voice): in interviews, portraits with quotes and
press releases "we" / "wir" / "nous" / "nosotros" (or a Spanish verb whose ending says it: "compramos") is the
firm the speaker heads, named with a leader's title in the headline or standfirst, else the page's firm."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties

INTRO = {
    "de": ("„Wir sind nicht zu verkaufen“", "Frau Kessler, Chefin von Lindwerk, über Zukäufe, Geldgeber und Kunden."),
    "es": ("«No estamos en venta»", "La consejera delegada de Ugarte Metal repasa tres décadas de la empresa."),
    "fr": ("« Nous restons indépendants »",
           "Le président de Varnier Industries, Paul Morel, revient sur la stratégie du groupe."),
    "en": ("'We are not for sale'", "Jane Doe, chief executive of Brightwell, on growth and buyers."),
}
FIRM = {"de": "Lindwerk", "es": "Ugarte Metal", "fr": "Varnier Industries", "en": "Brightwell"}

SHAPES = [
    # (lang, sentence, type, parties with "WE" for the speaker's firm, date)
    ("en", "We acquired Tallis in 2021.", "acquisition", {("WE", "acquirer"), ("Tallis", "target")}, "2021"),
    ("en", "In 2021 we bought Tallis for $40m.", "acquisition", {("WE", "acquirer"), ("Tallis", "target")}, "2021"),
    ("en", "Our partnership with Orvane, which began in 2018, is going well.", "partnership",
     {("WE", "partner"), ("Orvane", "partner")}, "2018"),
    ("en", "We formed a joint venture with Orvane in 2016.", "joint_venture",
     {("WE", "partner"), ("Orvane", "partner")}, "2016"),
    ("en", "We raised $30m from Isar Growth and Brenner Ventures last year.", "funding_round",
     {("WE", "investee"), ("Isar Growth", "investor"), ("Brenner Ventures", "investor")}, "2023"),
    ("en", '"We acquired Tallis in 2021," she says.', "acquisition", {("WE", "acquirer"), ("Tallis", "target")},
     "2021"),
    ("de", "Wir haben 2019 die Firma Kormann Technik übernommen.", "acquisition",
     {("WE", "acquirer"), ("Kormann Technik", "target")}, "2019"),
    ("de", "2019 haben wir Kormann Technik übernommen.", "acquisition",
     {("WE", "acquirer"), ("Kormann Technik", "target")}, "2019"),
    ("de", "Wir haben mit Corvell Systems über eine Übernahme gesprochen, das ist richtig.", "acquisition",
     {("Corvell Systems", "acquirer"), ("WE", "target")}, None),
    ("de", "Die Deutsche Bahn hat uns mit der Lieferung von 40 Weichen beauftragt.", "contract",
     {("Deutsche Bahn", "customer"), ("WE", "supplier")}, None),
    ("de", "„Wir haben 2019 Kormann Technik übernommen“, sagt Kessler.", "acquisition",
     {("WE", "acquirer"), ("Kormann Technik", "target")}, "2019"),
    ("fr", "Nous avons racheté Lexan en 2019.", "acquisition", {("WE", "acquirer"), ("Lexan", "target")}, "2019"),
    ("fr", "En 2019, nous avons racheté Lexan pour 40 millions d'euros.", "acquisition",
     {("WE", "acquirer"), ("Lexan", "target")}, "2019"),
    ("fr", "Nous avons créé avec Orvane une coentreprise en 2016.", "joint_venture",
     {("WE", "partner"), ("Orvane", "partner")}, "2016"),
    ("fr", "Notre partenariat avec Orvane a commencé en 2018.", "partnership",
     {("WE", "partner"), ("Orvane", "partner")}, "2018"),
    ("fr", "« Nous avons racheté Lexan en 2019 », raconte Paul Morel.", "acquisition",
     {("WE", "acquirer"), ("Lexan", "target")}, "2019"),
    ("es", "Compramos Forjas Urola en 2008.", "acquisition", {("WE", "acquirer"), ("Forjas Urola", "target")},
     "2008"),
    ("es", "En 2008 compramos Forjas Urola por 12 millones de euros.", "acquisition",
     {("WE", "acquirer"), ("Forjas Urola", "target")}, "2008"),
    ("es", "Adquirimos Talleres Ibarra en 2019.", "acquisition",
     {("WE", "acquirer"), ("Talleres Ibarra", "target")}, "2019"),
    ("es", "En 2016 constituimos con Grupo Arrieta una sociedad conjunta al 50 %.", "joint_venture",
     {("WE", "partner"), ("Arrieta", "partner")}, "2016"),
    ("es", "Metro Bilbao nos adjudicó un contrato de 7,5 millones de euros.", "contract",
     {("Metro Bilbao", "customer"), ("WE", "supplier")}, None),
    ("es", "Nos fusionamos con Orvane en 2019.", "merger", {("WE", "party"), ("Orvane", "party")}, "2019"),
    ("es", "Brenner Capital entró en nuestro capital en 2020.", "investment",
     {("Brenner Capital", "investor"), ("WE", "investee")}, "2020"),
    ("es", "Ganamos un contrato de Metro Bilbao por 12 millones de euros.", "contract",
     {("Metro Bilbao", "customer"), ("WE", "supplier")}, None),
    ("fr", "L'an dernier, nous avons remporté un contrat de 12 millions d'euros auprès de la SNCF.", "contract",
     {("SNCF", "customer"), ("WE", "supplier")}, "2023"),
    ("fr", "En 2020, Brenner Capital est entré à notre capital.", "investment",
     {("Brenner Capital", "investor"), ("WE", "investee")}, "2020"),
    ("en", "Brenner Capital invested $20m in us in 2020.", "investment",
     {("Brenner Capital", "investor"), ("WE", "investee")}, "2020"),
    ("en", "Last year we won a $12m contract from Network Rail.", "contract",
     {("Network Rail", "customer"), ("WE", "supplier")}, "2023"),
    ("de", "2020 ist Brenner Capital bei uns eingestiegen.", "investment",
     {("Brenner Capital", "investor"), ("WE", "investee")}, "2020"),
    ("de", "Im vergangenen Jahr haben wir von der Deutschen Bahn einen Auftrag über 12 Millionen Euro erhalten.",
     "contract", {("Deutsche Bahn", "customer"), ("WE", "supplier")}, "2023"),
    ("es", "«Compramos Forjas Urola en 2008 y fue la mejor decisión», explica Amaia Ugarte.", "acquisition",
     {("WE", "acquirer"), ("Forjas Urola", "target")}, "2008"),
    ("es", "«Nosotros compramos Forjas Urola en 2008», recuerda Amaia Ugarte.", "acquisition",
     {("WE", "acquirer"), ("Forjas Urola", "target")}, "2008"),
]


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected", "date"), SHAPES)
def test_we_is_the_firm_the_speaker_heads(lang: str, sentence: str, kind: str, expected: set, date: str | None):
    events = [e for e in extract_events(page(lang, *INTRO[lang], sentence)) if e["type"] == kind]
    want = {(FIRM[lang] if n == "WE" else n, r) for n, r in expected}
    assert [parties(e) for e in events] == [want], events
    if date:
        assert events[0]["date"] == date


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected"), [
    ("de", "Wir haben mit Corvell Systems über eine Übernahme gesprochen, uns aber dagegen entschieden.",
     "acquisition", {("Corvell Systems", "acquirer"), ("WE", "target")}),
    ("en", "Kestrel approached us about a takeover last year and we said no.", "acquisition",
     {("Kestrel", "acquirer"), ("WE", "target")}),
    ("es", "Vantex Hardware nos propuso una fusión en 2019 y dijimos que no.", "merger",
     {("Vantex Hardware", "party"), ("WE", "party")}),
])
def test_a_deal_we_turned_down_is_terminated(lang: str, sentence: str, kind: str, expected: set):
    events = [e for e in extract_events(page(lang, *INTRO[lang], sentence)) if e["type"] == kind]
    assert [parties(e) for e in events] == [{(FIRM[lang] if n == "WE" else n, r) for n, r in expected}], events
    assert events[0]["status"] == "terminated"


def test_a_release_speaks_for_its_issuer():
    events = extract_events(page("en", "Brightwell expands in Leeds",
                                 "Brightwell today opened a new plant in Leeds. Brightwell makes pumps.",
                                 "We acquired Tallis in 2021 and have doubled our output since."))
    assert [parties(e) for e in events] == [{("Brightwell", "acquirer"), ("Tallis", "target")}]


def test_a_quote_speaks_for_the_firm_of_its_own_speaker():
    # the second speaker heads another body: her "we" is not the page's firm
    events = extract_events(page("en", "Brightwell wins Navy work",
                                 "Jane Doe, chief executive of Brightwell, said the award was a milestone.",
                                 'Rear Admiral Ann Cole, Director of Fleet Support at Navy Command, said: "Readiness '
                                 'is the single most important thing we buy."'))
    assert not any(("Brightwell", "target") in parties(e) or ("Brightwell", "acquirer") in parties(e)
                   for e in events)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "We did not buy Kestrel."),
    ("de", "Wir haben Kormann Technik nicht gekauft."),
    ("fr", "Nous n'avons pas racheté Lexan."),
    ("es", "No compramos Forjas Urola."),
    # the writer's "we", no firm
    ("en", "As we reported in March, the market for pumps is growing."),
    ("fr", "Selon nos informations, le marché des pompes progresse."),
    # commentary in the first person that states no deal
    ("es", "«No necesitamos comprar a nadie para crecer, y tampoco estamos en venta», dice."),
    ("fr", "« Nous refusons de grandir en rachetant des concurrents, nous préférons construire », résume-t-il."),
    ("de", "„Wir sind nicht zu verkaufen“, sagt sie heute."),
])
def test_no_deal_in_the_first_person(lang: str, sentence: str):
    assert extract_events(page(lang, *INTRO[lang], sentence)) == []


def test_the_writers_we_names_no_party():
    events = extract_events(page("en", *INTRO["en"], "As we reported in March, Kestrel bought Tallis."))
    assert [parties(e) for e in events] == [{("Kestrel", "acquirer"), ("Tallis", "target")}]


def test_us_in_capitals_stays_the_country():
    events = extract_events(page("en", *INTRO["en"], "Kestrel bought US pump maker Tallis in 2021."))
    assert all("Brightwell" not in {n for n, _ in parties(e)} for e in events)


def test_a_cue_outside_quotes_takes_no_quoted_we():
    """ "X va injecter 150 millions dans le groupe ... « notre stratégie »": the group is the investee, not the
    quoted "notre"."""
    events = extract_events(page("fr", "Valmont rachète Terrelys",
                                 "Le groupe lyonnais Valmont a annoncé l'acquisition de Terrelys.",
                                 "Pour financer l'opération, Valmont s'appuie sur son actionnaire. Corvane va injecter "
                                 "150 millions d'euros dans le groupe, via une augmentation de capital. « C'est un "
                                 "signal de confiance dans notre stratégie », se félicite le PDG, Paul Marchal."))
    invest = [parties(e) for e in events if e["type"] == "investment"]
    assert invest == [{("Corvane", "investor"), ("Valmont", "investee")}]


HEADLINED = {
    # (lang, headline naming the voice, a paragraph naming the target more often, the deal in the first person)
    "en": ("Ines Marrow (Norvelle Chemie): 'We are only starting'", "Tarsing makes valves. Tarsing employs 200 people.",
           "We acquired Tarsing in 2021."),
    "de": ("Ines Marrow (Norvelle Chemie): „Wir fangen erst an“",
           "Tarsing Hydraulik stellt Ventile her. Tarsing Hydraulik hat 200 Beschäftigte.",
           "2021 haben wir Tarsing Hydraulik übernommen."),
    "fr": ("Ines Marrow (Norvelle Chemie) : « Nous ne faisons que commencer »",
           "Tarsing fabrique des vannes. Tarsing emploie 200 personnes.", "Nous avons racheté Tarsing en 2021."),
    "es": ("Ines Marrow (Norvelle Chemie): «Solo estamos empezando»",
           "Tarsing fabrica válvulas. Tarsing emplea a 200 personas.",
           "Compramos Tarsing en 2021."),
}


@pytest.mark.parametrize("lang", sorted(HEADLINED))
def test_we_is_the_firm_a_headline_brackets_after_its_speaker(lang: str):
    """ "Name (Firm): «quote»": an interview's headline gives the firm its "we" speaks for, though the page names
    another firm more often."""
    events = [e for e in extract_events(page(lang, *HEADLINED[lang])) if e["type"] == "acquisition"]
    target = "Tarsing Hydraulik" if lang == "de" else "Tarsing"
    assert [parties(e) for e in events] == [{("Norvelle Chemie", "acquirer"), (target, "target")}], events


def test_we_is_the_firm_whose_possessive_opens_the_headline():
    events = [e for e in extract_events(page("en", "Norvelle's Ines Marrow on growth and buyers",
                                             "The payments firm Norvelle, founded in 2015 by Ines Marrow, has doubled "
                                             "in size. Tarsing makes valves. Tarsing employs 200 people.",
                                             "We acquired Tarsing in 2021.")) if e["type"] == "acquisition"]
    assert [parties(e) for e in events] == [{("Norvelle", "acquirer"), ("Tarsing", "target")}], events


SITE_LETTER = {
    "en": ("Letter to shareholders", "2024 was a good year for Norvelle Chemie.",
           "We acquired Tarsing in March. Tarsing makes valves. Tarsing employs 200 people."),
    "de": ("Brief an die Aktionäre", "2024 war ein gutes Jahr für Norvelle Chemie.",
           "Im März haben wir Tarsing Hydraulik übernommen. Tarsing Hydraulik stellt Ventile her. Tarsing Hydraulik "
           "hat 200 Beschäftigte."),
    "fr": ("Lettre aux actionnaires", "2024 a été une bonne année pour Norvelle Chemie.",
           "En mars, nous avons racheté Tarsing. Tarsing fabrique des vannes. Tarsing emploie 200 personnes."),
    "es": ("Carta a los accionistas", "2024 fue un buen año para Norvelle Chemie.",
           "En marzo compramos Tarsing. Tarsing fabrica válvulas. Tarsing emplea a 200 personas."),
}


@pytest.mark.parametrize("lang", sorted(SITE_LETTER))
def test_we_is_the_firm_whose_site_publishes_the_page(lang: str):
    """A letter on "www.norvelle-chemie.example": the firm the host spells speaks as "we", though the page names
    its target more often."""
    record = {**page(lang, *SITE_LETTER[lang]), "url": "https://www.norvelle-chemie.example/investors/letter-2024"}
    events = [e for e in extract_events(record) if e["type"] == "acquisition"]
    target = "Tarsing Hydraulik" if lang == "de" else "Tarsing"
    assert [parties(e) for e in events] == [{("Norvelle Chemie", "acquirer"), (target, "target")}], events


def test_a_site_that_spells_no_named_firm_leaves_the_most_named():
    record = {**page("en", *SITE_LETTER["en"]), "url": "https://www.marketdigest.example/letters/norvelle"}
    events = [e for e in extract_events(record) if e["type"] == "acquisition"]
    assert all(("Norvelle Chemie", "acquirer") not in parties(e) for e in events)


INTERVIEW = {
    # headline "who (firm): quote", a standfirst describing the speaker, the target named more often than the firm
    "en": ("Ines Marrow (Norvelle Chemie): 'We bought Tarsing'",
           "The chief executive of the group looks back on the takeover of Tarsing.",
           "Tarsing makes valves. Tarsing employs 200 people."),
    "de": ("Ines Marrow (Norvelle Chemie): „Wir haben Tarsing Hydraulik gekauft“",
           "Die Chefin des Konzerns blickt auf die Übernahme von Tarsing Hydraulik zurück.",
           "Tarsing Hydraulik stellt Ventile her. Tarsing Hydraulik hat 200 Beschäftigte."),
    "fr": ("Ines Marrow (Norvelle Chemie) : « Nous avons racheté Tarsing »",
           "La PDG du groupe revient sur le rachat de Tarsing.",
           "Tarsing fabrique des vannes. Tarsing emploie 200 personnes."),
    "es": ("Ines Marrow (Norvelle Chemie): «Compramos Tarsing»",
           "La consejera delegada del grupo repasa la compra de Tarsing.",
           "Tarsing fabrica válvulas. Tarsing emplea a 200 personas."),
}


@pytest.mark.parametrize("lang", sorted(INTERVIEW))
def test_the_name_before_a_headlines_bracketed_firm_is_its_speaker(lang: str):
    """ "Ines Marrow (Norvelle Chemie): « Nous avons racheté X »": the name that opens the headline is who speaks, a
    person and no party; her "we" is the bracketed firm."""
    events = extract_events(page(lang, *INTERVIEW[lang]))
    target = "Tarsing Hydraulik" if lang == "de" else "Tarsing"
    assert [parties(e) for e in events if e["type"] == "acquisition"] == [
        {("Norvelle Chemie", "acquirer"), (target, "target")}], events
    assert "Ines Marrow" not in {n for e in events for n, _ in parties(e)}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Brenner Capital invested in our capital in 2020."),
    ("fr", "En 2020, Brenner Capital est entré à notre capital."),
    ("es", "En 2020, Brenner Capital entró en nuestro capital."),
])
def test_our_capital_is_the_speakers_firms(lang: str, sentence: str):
    """An investor entering "our" capital invests in the firm the speaker speaks for, not the firm the page names
    most."""
    events = [e for e in extract_events(page(lang, *INTERVIEW[lang], sentence)) if e["type"] == "investment"]
    assert [parties(e) for e in events] == [{("Brenner Capital", "investor"), ("Norvelle Chemie", "investee")}], events



def test_a_firms_own_site_page_is_about_that_firm():
    """A letter on the firm's own site is about the firm (the page's main firm, whose open slots it fills), though
    the page names its target more often."""
    record = {**page("en", *SITE_LETTER["en"]), "url": "https://www.norvelle-chemie.example/investors/letter-2024"}
    assert read_page(record).main == "Norvelle Chemie"


def test_a_newsletters_writer_leaves_the_page_to_the_firms_it_reports_on():
    """A newsletter whose writer says "we" on a site named after the publisher, who is named only late: the page is
    about the firms it reports on."""
    record = {**page("en", "Friday digest: Tarsing raises money", "We have a busy week for you.",
                     "Tarsing raised $20m from Brenner Capital. Tarsing makes valves.",
                     "Norvelle Digest has learned that Kestrel is in talks to buy Orvane."),
              "url": "https://news.norvelledigest.example/p/friday-27"}
    assert read_page(record).main != "Norvelle Digest"


PLATFORM_POST = {
    # a post's title names the platform hosting it; the poster, named once, speaks as "we"
    "en": ("Norvelle Chemie on Pinwheel: #acquisition", "Tarsing makes valves.", "We acquired Tarsing in March.",
           "https://www.pinwheel.example/posts/norvelle-chemie_acquisition-activity-1234"),
    "de": ("Große Neuigkeiten", "Ein Beitrag von Norvelle Chemie auf Pinwheel.",
           "Im März haben wir Tarsing Hydraulik übernommen. Tarsing Hydraulik stellt Ventile her.", "https://de.pinwheel.example/posts/norvelle-chemie_uebernahme-77"),
    "fr": ("Norvelle Chemie sur Pinwheel : #rachat", "Tarsing fabrique des vannes.",
           "En mars, nous avons racheté Tarsing.", "https://fr.pinwheel.example/forum/norvelle-chemie_rachat-77"),
    "es": ("Grupo Norvelle en Pinwheel: #adquisición", "Tarsing fabrica válvulas.", "En marzo compramos Tarsing.",
           "https://mx.pinwheel.example/foro/grupo-norvelle_adquisicion-77"),
}


@pytest.mark.parametrize("lang", sorted(PLATFORM_POST))
def test_we_on_a_platform_is_the_poster_not_the_platform(lang: str):
    """A post on a social network or a forum ("pinwheel.example/posts/...", `platform_marks`): the host spells the
    platform, which hosts the writing and is no party; the firm the path's handle spells says "we" (a handle may
    open with a kind word the page's name keeps: "grupo-norvelle")."""
    title, first, deal, url = PLATFORM_POST[lang]
    events = [e for e in extract_events({**page(lang, title, first, deal), "url": url})
              if e["type"] == "acquisition"]
    poster = "Norvelle" if lang == "es" else "Norvelle Chemie"  # "Grupo Norvelle" said as its short form
    target = "Tarsing Hydraulik" if lang == "de" else "Tarsing"
    assert [parties(e) for e in events] == [{(poster, "acquirer"), (target, "target")}], events


def test_a_hashtag_is_no_name():
    """A post's closing tags ("#MandA #DataEngineering") label its topics: no firm is named there."""
    events = extract_events(page("en", "Big news", "Norvelle Chemie joins Tarsing.",
                                 "#MandA #Acquisition #DataEngineering #SupplyChain"))
    assert not any({p["name"] for p in e["parties"]} & {"MandA", "DataEngineering", "SupplyChain"} for e in events)
POST = {
    # a firm's post on a platform that the headline names: the platform is named, the posting firm less than its
    # target
    "en": ("Norvelle Chemie on Postwall: #acquisition", "Big news from Norvelle Chemie!",
           "We acquired Tarsing in March. Tarsing makes valves. Tarsing employs 200 people. Thanks, Postwall!"),
    "de": ("Norvelle Chemie auf Postwall: #übernahme", "Große Neuigkeiten von Norvelle Chemie!",
           "Im März haben wir Tarsing Hydraulik übernommen. Tarsing Hydraulik stellt Ventile her. Tarsing Hydraulik "
           "hat 200 Beschäftigte. Danke, Postwall!"),
    "fr": ("Norvelle Chemie sur Postwall : #acquisition", "Une belle nouvelle pour Norvelle Chemie !",
           "En mars, nous avons racheté Tarsing. Tarsing fabrique des vannes. Tarsing emploie 200 personnes. "
           "Merci Postwall !"),
    "es": ("Norvelle Chemie en Postwall: #adquisición", "¡Gran noticia para Norvelle Chemie!",
           "En marzo compramos Tarsing. Tarsing fabrica válvulas. Tarsing emplea a 200 personas. ¡Gracias, Postwall!"),
}


@pytest.mark.parametrize("lang", sorted(POST))
@pytest.mark.parametrize("path", ["/posts/norvelle-chemie_acquisition-activity-7011", "/norvelle_chemie/status/7011"])
def test_we_is_the_account_whose_handle_the_path_spells(lang: str, path: str):
    """A post on "www.postwall.example/posts/norvelle-chemie_...": the account the path spells posts it and speaks
    as "we", not the platform the host spells and the headline names."""
    record = {**page(lang, *POST[lang]), "url": f"https://www.postwall.example{path}"}
    events = [e for e in extract_events(record) if e["type"] == "acquisition"]
    target = "Tarsing Hydraulik" if lang == "de" else "Tarsing"
    assert [parties(e) for e in events] == [{("Norvelle Chemie", "acquirer"), (target, "target")}], events


def test_a_handle_with_a_leading_word_the_page_spells_before_the_name():
    """ "grupo-norvelle" where the page says "Grupo Norvelle" (named "Norvelle"): that firm speaks as "we"."""
    record = {**page("es", "Grupo Norvelle en Postwall: #adquisición", "¡Gran noticia del Grupo Norvelle!",
                     "En marzo compramos Tarsing. Tarsing fabrica válvulas. Tarsing emplea a 200 personas. "
                     "¡Gracias, Postwall!"),
              "url": "https://www.postwall.example/posts/grupo-norvelle_adquisicion-activity-7011"}
    events = [e for e in extract_events(record) if e["type"] == "acquisition"]
    assert [{n for n, r in parties(e) if r == "acquirer"} for e in events] == [{"Norvelle"}], events


def test_a_path_word_that_only_opens_a_longer_slug_names_no_voice():
    """ "/news/norvelle-buys-tarsing": a headline's slug that merely begins with a firm's name is no account."""
    record = {**page("en", *SITE_LETTER["en"]), "url": "https://www.marketdigest.example/news/norvelle-buys-tarsing"}
    events = [e for e in extract_events(record) if e["type"] == "acquisition"]
    assert all(("Norvelle Chemie", "acquirer") not in parties(e) for e in events)
