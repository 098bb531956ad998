"""Interviews (issue 3, branch voices2): a Q&A page opens each answer with who speaks and a colon ("Keller: We sold
...", "Hélène Dufort : Nous avons ..."); that name is a person, never a firm nor an item's label, and the answer's
"we" is the firm the page gives the speaker, named after a title that ends with its tie word ("partner at X",
"associée chez X", "Partner bei X": X is a firm, no person)."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from streams.extraction.statements import candidates
from tests.unit.test_extraction_roles import page, parties

INTRO = {
    "en": ("'Patience pays': a conversation with Halden Partners",
           "Martin Keller, a partner at Halden Partners, on exits and patience."),
    "fr": ("« La patience paie »",
           "Hélène Dufort, associée chez Orlane Capital, revient sur dix ans d'investissements."),
    "de": ("„Geduld zahlt sich aus“", "Martin Keller, Partner bei Halden Partners, über Ausstiege und Geduld."),
    "es": ("«La paciencia paga»", "Amaia Etxeberria, consejera delegada de Ugarte Metal, repasa tres décadas."),
}
FIRM = {"en": "Halden Partners", "fr": "Orlane Capital", "de": "Halden Partners", "es": "Ugarte Metal"}
QUESTION = {"en": "How did the year go?", "fr": "Comment s'est passée l'année ?", "de": "Wie lief das Jahr?",
            "es": "¿Cómo fue el año?"}

SHAPES = [
    ("en", "Keller: We looked at buying Wexford Mills in August but walked away.", "acquisition",
     {("WE", "acquirer"), ("Wexford Mills", "target")}),
    ("en", "Martin Keller: We acquired Wexford Mills in 2021.", "acquisition",
     {("WE", "acquirer"), ("Wexford Mills", "target")}),
    ("en", "Keller: Halden Row Homes, the joint venture we set up with Carrow Estates in 2020, owns 700 flats.",
     "joint_venture", {("WE", "partner"), ("Carrow Estates", "partner")}),
    ("fr", "Hélène Dufort : Nous avons racheté Lexan en 2019.", "acquisition",
     {("WE", "acquirer"), ("Lexan", "target")}),
    ("fr", "Dufort : En 2019, nous avons racheté Lexan pour 40 millions d'euros.", "acquisition",
     {("WE", "acquirer"), ("Lexan", "target")}),
    ("de", "Keller: Wir haben 2019 die Firma Kormann Technik übernommen.", "acquisition",
     {("WE", "acquirer"), ("Kormann Technik", "target")}),
    ("de", "Martin Keller: 2019 haben wir Kormann Technik übernommen.", "acquisition",
     {("WE", "acquirer"), ("Kormann Technik", "target")}),
    ("es", "Etxeberria: Compramos Forjas Urola en 2008.", "acquisition",
     {("WE", "acquirer"), ("Forjas Urola", "target")}),
]


@pytest.mark.parametrize("lang,answer,kind,expected", SHAPES)
def test_an_answer_after_a_speaker_label_is_the_speakers_firms_deal(lang, answer, kind, expected):
    events = extract_events(page(lang, *INTRO[lang], QUESTION[lang], answer))
    want = {(FIRM[lang] if name == "WE" else name, role) for name, role in expected}
    assert [parties(e) for e in events if e["type"] == kind] == [want]


@pytest.mark.parametrize("lang,intro,firm", [
    ("en", "Martin Keller is a partner at Halden Partners.", "Halden Partners"),
    ("fr", "Hélène Dufort est associée chez Orlane Capital.", "Orlane Capital"),
    ("de", "Martin Keller ist Partner bei Halden Partners.", "Halden Partners"),
])
def test_the_firm_after_a_title_and_its_tie_word_is_no_person(lang, intro, firm):
    answer = {"en": "Keller: We acquired Wexford Mills in 2021.", "fr": "Dufort : Nous avons racheté Lexan en 2019.",
              "de": "Keller: Wir haben 2019 Kormann Technik übernommen."}[lang]
    (event,) = extract_events(page(lang, "Interview", intro, answer))
    assert (firm, "acquirer") in parties(event)


@pytest.mark.parametrize("lang,paragraphs,kind,expected", [
    # a digest's item labels, no "we" after them: still the item's firm
    ("en", ("Deals of the week", "Lumatec: the company bought Wexford Mills for $40m.",
            "Nordwerk: the group sold its Leeds plant to Carrow Estates."),
     "acquisition", {("Lumatec", "acquirer"), ("Wexford Mills", "target")}),
    ("fr", ("Les opérations de la semaine", "Brisac : le groupe a racheté Lexan pour 40 millions d'euros.",
            "Varnier : la société a cédé son usine de Lyon à Orvane."),
     "acquisition", {("Brisac", "acquirer"), ("Lexan", "target")}),
])
def test_item_labels_without_a_first_person_stay_firms(lang, paragraphs, kind, expected):
    events = extract_events(page(lang, *paragraphs))
    assert expected in [parties(e) for e in events if e["type"] == kind]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Orlane Capital a mené le tour de table de série A de Verdi, une jeune pousse nantaise."),
    ("fr", "Dufort : Nous avons mené le tour de table de série A de Verdi, une jeune pousse nantaise."),
    ("fr", "Orlane Capital a mené le tour de table de série B de Verdi."),
    ("es", "Orlane Capital lideró la ronda de serie A de Verdi, una startup de Bilbao."),
])
def test_a_rounds_letter_is_no_name_and_its_owner_raises(lang, text):
    intro = INTRO["fr"] if "Dufort" in text else ("News",)
    events = [e for e in extract_events(page(lang, *intro, text)) if e["type"] == "funding_round"]
    assert [parties(e) for e in events] == [{("Verdi", "investee"), ("Orlane Capital", "investor")}]


@pytest.mark.parametrize("lang,answer", [
    ("fr", "Dufort : Nous avons mené la série A de Verdi. Nous en sommes fiers. Sa fusion avec Quadra a été annoncée "
           "mardi."),
    ("en", "Keller: We led the Series A of Verdi. We are proud of it. Its merger with Quadra was announced on "
           "Tuesday."),
    ("de", "Keller: Wir haben die Serie-A-Runde von Verdi angeführt. Wir sind stolz darauf. Seine Fusion mit Quadra "
           "wurde am Dienstag angekündigt."),
])
def test_a_third_persons_possessive_after_we_is_never_the_we(lang, answer):
    mergers = [c for c in candidates(read_page(page(lang, *INTRO[lang], answer)), keep_dropped=True)
               if c.type == "merger"]
    assert mergers and all(FIRM[lang] not in {name for name, _ in c.parties} for c in mergers)


@pytest.mark.parametrize("answer,kind", [
    ("Dufort : Nous avons cédé notre participation dans Lexan à Brenner Industries.", "investment"),
    ("Dufort : Nous avons créé une coentreprise avec Quadra en 2020.", "joint_venture"),
])
def test_a_deal_told_in_the_french_first_person_past_is_completed(answer, kind):
    events = [e for e in extract_events(page("fr", *INTRO["fr"], answer)) if e["type"] == kind]
    assert [e["status"] for e in events] == ["completed"]


@pytest.mark.parametrize("lang,answer", [
    ("fr", "Dufort : Nous avons mené la série A de Verdi. Et nous sommes heureux de la voir franchir une nouvelle "
           "étape : sa fusion avec Quadra, annoncée mardi."),
    ("en", "Keller: We led the Series A of Verdi. And we are happy to see it take the next step: its merger with "
           "Quadra, announced on Tuesday."),
])
def test_a_we_subject_before_a_third_persons_possessive_is_no_partner(lang, answer):
    mergers = [c for c in candidates(read_page(page(lang, *INTRO[lang], answer)), keep_dropped=True)
               if c.type == "merger"]
    assert mergers and all(FIRM[lang] not in {name for name, _ in c.parties} for c in mergers)
