"""A deal party told by a possessive (topic C shape 2): "su red" in a deal noun whose buyer is named stands for the
firm the discourse is at, not for the firm of another deal the sentence before told; the Spanish noun "traspaso" is
a sale's cue, its agreement ("pactado") an announcement and a deal a decision "puts at risk" not closed. Pages
written for these tests."""

from streams.extraction import extract_events
from streams.extraction.page import read_page
from streams.extraction.statements import candidates
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, *paragraphs: str) -> list[tuple[str, str, set[tuple[str, str]], str | None]]:
    return [(e["type"], e["status"], parties(e), e["date"])
            for e in extract_events(page(lang, *paragraphs, published="2026-03-14"))]


def test_spanish_possessive_seller_of_a_transfer_at_risk():
    events = _events("es", "Noticias", "La operadora Telvia ve peligrar su plan de desinversiones tras la decisión de "
                     "la CNMC. La CNMC bloqueó ayer la compra de Brisa por Rumbo. La decisión también pone en riesgo "
                     "el traspaso de su red de antenas a Antenix por 150 millones, pactado en mayo.")
    assert ("acquisition", "announced", {("Antenix", "acquirer"), ("Telvia", "seller")}, "2025-05") in events
    assert ("acquisition", "terminated", {("Rumbo", "acquirer"), ("Brisa", "target")}, "2026-03-13") in events


def test_spanish_transfer_noun_closed():
    text = "La operadora Telvia cerró el traspaso de su red de antenas a Antenix en mayo."
    assert _events("es", "Noticias", text) == [
        ("acquisition", "completed", {("Antenix", "acquirer"), ("Telvia", "seller")}, "2025-05")]


def test_english_standing_deal_a_pronoun_has_had_with_a_body():
    """ "a deal it has had with the Agency since 2023": a standing contract of the firm "it" stands for, as
    "contract ... with" (the cue "deal it has had with")."""
    events = _events("en", "News", "Arlon Defense agreed to buy Skyweld Sensors for $800 million. The bulk of "
                     "Skyweld's revenue stems from a $300 million deal it has had with the Space Systems Agency since "
                     "2023 to build sensors.")
    assert ("contract", "ongoing", {("Skyweld Sensors", "supplier"), ("Space Systems Agency", "customer")},
            "2023") in events


def test_english_deal_with_a_buyer_is_no_contract():
    events = _events("en", "News", "Arlon Defense agreed to buy Skyweld Sensors. The deal with Arlon values Skyweld "
                     "at $800 million.")
    assert [k for k, *_ in events] == ["acquisition"]


def _statements(lang: str, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(c.type, c.parties) for c in candidates(read_page(page(lang, "News", text)))]


def test_partner_of_the_subject_is_the_firm_it_opened_a_sentence_with():
    """ "X et Y créent une coentreprise. X va entrer au capital de son partenaire": the description collapses onto
    the subject X; it stands for Y, the firm X opened the sentence before with (`discourse._fellow_subject`)."""
    for lang, text in [
        ("fr", "Hoshimura et Valdor créent une coentreprise dans les batteries. Hoshimura va aussi entrer au capital "
         "de son partenaire."),
        ("en", "Hoshimura and Valdor agreed to form a battery joint venture. Hoshimura will also take a stake in its "
         "partner."),
    ]:
        assert ("investment", [("Hoshimura", "investor"), ("Valdor", "investee")]) in _statements(lang, text), text


SUITORS = [
    ("de", "Der Eigentümer Weserau Verkehr erwägt laut Branchenkreisen, seine Bustochter Weserbus abzugeben. Weserau "
     "hatte 2022 den Rivalen Nordbahn gekauft. Als möglicher Käufer wird der Konzern Voyalis genannt.",
     {("Voyalis", "acquirer"), ("Weserbus", "target"), ("Weserau Verkehr", "seller")}),
    ("en", "Weserau Transport is exploring a sale of its bus arm Weserbus. Weserau bought Nordline in 2022. Voyalis is "
     "seen as a possible buyer.",
     {("Voyalis", "acquirer"), ("Weserbus", "target"), ("Weserau Transport", "seller")}),
]


def test_would_be_buyer_courts_the_open_sale_not_an_older_deal():
    """A suitor's cue names the buyer only: it would buy the unit of the last sale told with no buyer yet, from its
    seller, not the target of an older deal told after that sale (`discourse.suitor_target`)."""
    for lang, text, expected in SUITORS:
        rumours = [p for k, s, p, _ in _events(lang, "Nachrichten" if lang == "de" else "News", text)
                   if k == "acquisition" and s == "rumored"]
        assert rumours == [expected], text


def test_would_be_buyer_after_a_closed_deal_takes_its_target():
    events = _events("en", "News", "Halden agreed to buy Norvik for $2bn. Voyalis is seen as a possible buyer.")
    assert ("acquisition", "rumored", {("Voyalis", "acquirer"), ("Norvik", "target")}, "2026-03-14") in events
