"""Money a whole market raised ("The sector raised $2.1bn in 2023", "El sector insurtech captó 2.100 millones") is a
market figure: no round of the page's firm, whose name the sentence leaves out."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ["Orvela raises $20 million",
            "Orvela, a Leeds insurance software startup, has raised $20 million from Selvik Ventures.",
            "The sector raised $2.1 billion in 2023, according to figures from an industry group."]),
    ("fr", ["Orvela lève 20 millions d'euros",
            "La start-up lyonnaise Orvela a levé 20 millions d'euros auprès de Selvik Ventures.",
            "Le secteur a levé 2,1 milliards d'euros en 2023, selon les chiffres d'un cabinet spécialisé."]),
    ("es", ["Orvela levanta 20 millones",
            "La startup sevillana Orvela ha levantado 20 millones de euros de Selvik Ventures.",
            "El sector insurtech captó 2.100 millones de euros en 2023, según datos de la patronal."]),
    ("de", ["Orvela sammelt 20 Millionen ein",
            "Das Kölner Start-up Orvela hat 20 Millionen Euro von Selvik Ventures eingesammelt.",
            "Die Branche sammelte 2023 rund 2,1 Milliarden Euro ein, wie Zahlen eines Verbands zeigen."]),
])
def test_a_sectors_money_is_no_round_of_the_pages_firm(lang, paragraphs):
    (round_,) = extract_events(page(lang, *paragraphs))
    assert parties(round_) == {("Orvela", "investee"), ("Selvik Ventures", "investor")}
    assert round_["amount"]["value"] == 20e6


def test_a_firm_named_before_the_cue_keeps_its_round():
    (round_,) = extract_events(page("en", "News", "The startup Orvela raised $20 million from Selvik Ventures."))
    assert parties(round_) == {("Orvela", "investee"), ("Selvik Ventures", "investor")}
