"""A round and a tie-up in one sentence ("cierra una ronda de 12 millones y se alía con X", "lève 30 M€ et s'allie
à X"): both are deals, and the sum right after the raising cue is the round's, never the tie-up's (branch ipo)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "title", "text", "value"), [
    ("es", "Ondalia cierra una ronda de 12 millones y se alía con Telefónica",
     "La startup valenciana Ondalia ha cerrado una ronda de financiación de 12 millones de euros liderada por "
     "Kibo Ventures y ha sellado una alianza con Telefónica.", 12_000_000),
    ("es", "Ondalia cierra una ronda de 12 millones y se alía con Telefónica",
     "La startup valenciana Ondalia ha cerrado una ronda de 12 millones de euros y se alía con Telefónica para "
     "llevar su tecnología a Latinoamérica.", 12_000_000),
    ("fr", "Vertigrain lève 30 M€ et s'allie à Carrefour",
     "La start-up lyonnaise Vertigrain lève 30 millions d'euros auprès d'Eurazeo et noue un partenariat avec "
     "Carrefour.", 30_000_000),
    ("fr", "Vertigrain lève 30 M€ et s'allie à Carrefour",
     "La start-up lyonnaise Vertigrain a levé 30 millions d'euros et s'allie à Carrefour pour distribuer ses "
     "produits.", 30_000_000),
    ("en", "Lumatec raises $20m and teams up with Nordwerk",
     "Lumatec has raised $20 million led by Kestrel Ventures and signed a partnership with Nordwerk.", 20_000_000),
])
def test_the_round_keeps_its_sum_and_the_tie_up_takes_none(lang, title, text, value):
    events = extract_events(page(lang, title, text))
    (round_,) = [e for e in events if e["type"] == "funding_round"]
    (tie,) = [e for e in events if e["type"] == "partnership"]
    assert round_["amount"]["value"] == value and tie["amount"] is None and len(tie["parties"]) == 2


def test_a_purchase_after_a_round_takes_its_own_price():
    events = extract_events(page("en", "News", "Lumatec raised $20 million from Kestrel Ventures and bought Nordwerk "
                                               "for $5 million."))
    (deal,) = [e for e in events if e["type"] == "acquisition"]
    assert deal["amount"]["value"] == 5_000_000
