"""Deals of digests, timelines and takeover pages (branch drop97): a majority taken ("prend la majorité de Y"), a
bid told by its price per share ("an offer of 340p a share for Y"). Sentences and names written for these tests,
several phrasings a shape and language; the look-alikes at the end must keep their result."""

import pytest

from tests.unit.test_extraction_called_off import deals


def bought(buyer: str, target: str, state: str = "announced") -> tuple[str, str, frozenset[tuple[str, str]]]:
    return "acquisition", state, frozenset({(buyer, "acquirer"), (target, "target")})


MAJORITY = [  # the majority taken, the firm after it
    ("fr", "Le fonds Brévent Capital prend la majorité de Lumiflex, éditeur de logiciels de paie."),
    ("fr", "Le fonds Brévent Capital prendra la majorité du capital de Lumiflex."),
    ("es", "El fondo Brévent Capital toma la mayoría de Lumiflex, fabricante de envases."),
    ("en", "The buyout firm Brévent Capital takes a majority of Lumiflex, the payroll software maker."),
    ("en", "Brévent Capital takes majority control of Lumiflex, the payroll software maker."),
    ("de", "Der Finanzinvestor Brévent Capital übernimmt die Mehrheit an Lumiflex."),
]


@pytest.mark.parametrize(("lang", "text"), MAJORITY)
def test_majority_taken_is_a_takeover(lang, text):
    assert bought("Brévent Capital", "Lumiflex") in deals(lang, "News", text)


PER_SHARE = [  # a bid told by its price per share before the firm it is for
    ("en", "Holloway Foods on Monday made an unsolicited cash offer of 340p a share for Brixton Dairies."),
    ("en", "Holloway Foods has tabled a bid of $12.50 per share for Brixton Dairies."),
    ("de", "Holloway Foods legt ein Angebot von 48 Euro je Aktie in bar für Brixton Dairies vor."),
    ("fr", "Holloway Foods a déposé une offre de 31 euros par action sur Brixton Dairies."),
    ("es", "Holloway Foods lanza una opa de 12 euros por acción sobre Brixton Dairies."),
]


@pytest.mark.parametrize(("lang", "text"), PER_SHARE)
def test_bid_priced_per_share(lang, text):
    assert bought("Holloway Foods", "Brixton Dairies") in deals(lang, "News", text)


LOOK_ALIKES = [  # a majority of votes, a share price
    ("en", "Brévent Capital took a majority of the votes at the Lumiflex meeting."),
    ("en", "Brixton Dairies shares closed at 340p a share for the day, Holloway Foods said."),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alikes_stay_without_takeover(lang, text):
    assert not {d for d in deals(lang, "News", text) if d[0] == "acquisition"}
