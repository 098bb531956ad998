"""Recall shape 4 / F3b: the type a stronger cue of another kind would give yields to what the text tells: a
portfolio of assets bought from a firm is an acquisition with that firm as seller, not goods of a supply deal; an
entry whose next sentence tells a stake above half is an acquisition; a plant's output bought under a power purchase
agreement (PPA) is a contract, not the purchase of a firm; a takeover the cartel office "verbot" is terminated."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def events_of(lang: str, *paragraphs: str) -> list[tuple[str, set[tuple[str, str]]]]:
    found = extract_events(page(lang, *paragraphs))
    return [(e["type"], {(p["name"], p["role"]) for p in e["parties"]}) for e in found]


@pytest.mark.parametrize(("lang", "text", "buyer", "seller"), [
    ("de", "Die Brenner Wohnen GmbH hat den Erwerb eines Gewerbeportfolios von der Kessel Immobilien AG vollzogen.",
     "Brenner Wohnen", "Kessel Immobilien"),
    ("en", "Brenner Homes has completed the purchase of an office portfolio from Kessel Properties.",
     "Brenner Homes", "Kessel Properties"),
    ("fr", "La foncière Brenner a finalisé l'acquisition d'un portefeuille de bureaux auprès de Kessel Immobilier.",
     "Brenner", "Kessel Immobilier"),
])
def test_portfolio_bought_from_a_firm_is_an_acquisition(lang, text, buyer, seller):
    assert events_of(lang, "Portfolio", text) == [("acquisition", {(buyer, "acquirer"), (seller, "seller")})]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("de", "Der Klinikbetreiber Valdora steigt bei den Kreiskliniken Ostheim ein. Der Kreistag billigte am Montag die "
     "Abgabe von 70,1 Prozent der Anteile.", "acquisition"),
    ("de", "Der Klinikbetreiber Valdora steigt bei den Kreiskliniken Ostheim ein. Der Kreistag billigte am Montag die "
     "Abgabe von 25,1 Prozent der Anteile.", "investment"),
    ("en", "Hospital operator Valdora is buying into Ostheim Clinics. The county council approved the sale of 70.1% "
     "of the shares on Monday.", "acquisition"),
])
def test_stake_above_half_told_next_makes_an_acquisition(lang, text, kind):
    assert [k for k, _ in events_of(lang, "Kliniken", text)] == [kind]


@pytest.mark.parametrize("title", ["Solvento firma un PPA",
                                   "Solvento cierra un PPA con Arrieta y vende su negocio de biomasa"])
def test_output_bought_under_a_ppa_is_a_contract(title):
    text = ("Solvento ha cerrado un acuerdo de compraventa de energía a largo plazo (PPA) con la papelera Arrieta, que "
            "le adquirirá durante doce años la producción de su parque solar.")
    assert events_of("es", title, text) == [("contract", {("Solvento", "supplier"), ("Arrieta", "customer")})]


def test_takeover_forbidden_is_terminated():
    (event,) = extract_events(page("de", "Kartellamt", "Die Wendtal Linien GmbH wollte 2023 die Sauerbus GmbH "
                                   "übernehmen, doch das Kartellamt verbot die Übernahme im Mai jenes Jahres.",
                                   published="2026-03-18"))
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "terminated", "2023-05")
