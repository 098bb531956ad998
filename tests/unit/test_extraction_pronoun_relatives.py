"""Background ties told in a relative clause whose subject is a pronoun or left out (branch apposit, session 29): the
firm before "avec lequel elle", "con la que", "mit der sie", "with which it" is the partner of the sentence's own
subject (else of the firm the page is about), also past a description set off after it ("Y, la société lyonnaise
avec laquelle il ..."); a tie such a clause says is already there goes on ("con la que ya colabora", "with which
it already works"). Pages written for these tests, fictional firms."""

import pytest

from streams.extraction import extract_events, status
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page, parties


def _ties(lang: str, title: str, text: str, kind: str = "partnership") -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, title, text)) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("fr", "Tessara rachète Pixelia", "Tessara rachète Pixelia pour 40 millions d'euros. Pixelia, qui compte 90 "
     "salariés, travaille pour le constructeur Valdorne, avec lequel elle a noué un partenariat en 2023."),
    ("fr", "Tessara rachète Pixelia", "Tessara rachète Pixelia pour 40 millions d'euros. Pixelia s'appuie sur la "
     "technologie de l'établissement de paiement Valdorne, avec lequel elle a noué un partenariat en 2021."),
    ("es", "Tessara compra Pixelia", "Tessara compra Pixelia por 40 millones de euros. Pixelia se apoya en el "
     "fabricante Valdorne, con el que firmó una alianza en 2023."),
    ("de", "Tessara übernimmt Pixelia", "Tessara übernimmt Pixelia für 40 Millionen Euro. Pixelia arbeitet für den "
     "Autobauer Valdorne, mit dem sie seit 2023 eine Partnerschaft pflegt."),
    ("en", "Tessara buys Pixelia", "Tessara buys Pixelia for $40m. Pixelia works for the carmaker Valdorne, with "
     "which it formed a partnership in 2023."),
])
def test_pronoun_of_a_relative_clause_stands_for_the_sentence_subject(lang, title, text):
    assert {("Pixelia", "partner"), ("Valdorne", "partner")} in _ties(lang, title, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Pour la billettique, Korvel s'appuiera sur Lumidata, la société nantaise avec laquelle il travaille "
     "depuis 2020 dans le cadre d'un partenariat technologique."),
    ("en", "Korvel will deliver the line together with Lumidata, the Brno-based developer of ticketing software with "
     "which it has had a technology partnership since 2020."),
])
def test_description_set_off_before_a_relative_clause_with_a_pronoun(lang, text):
    title = "Korvel remporte le réseau" if lang == "fr" else "Korvel wins the network"
    assert {("Korvel", "partner"), ("Lumidata", "partner")} in _ties(lang, title, text)


def test_no_subject_of_its_own_keeps_the_page_firm():
    """ "Su socio principal es X, con la que ...": no firm opens the sentence, so the page's firm is the partner."""
    assert {("Tessara", "partner"), ("Valdorne", "partner")} in _ties(
        "es", "Tessara gana un contrato", "Tessara gana un contrato de 20 millones de euros con Renfe. Su socio "
        "principal es Valdorne, con la que mantiene desde 2022 una alianza.")


@pytest.mark.parametrize(("lang", "clause"), [
    ("es", "Pagalia, con la que ya colabora en pagos."),
    ("fr", "Pagalia, avec laquelle elle collabore déjà dans les paiements."),
    ("en", "Pagalia, with which it already works on payments."),
    ("de", "die Pagalia GmbH, mit der sie bereits zusammenarbeitet."),
])
def test_a_tie_already_there_in_a_relative_clause_is_ongoing(lang, clause):
    assert status.assess(clause, "partnership", None, "2026-11-13", lexicon(lang)) == ("ongoing", True)


def test_relative_tie_already_there_keeps_its_status_past_a_rumoured_stake():
    """ "Según fuentes, X estudia entrar en Y, con la que ya colabora": the stake is a rumour, the tie goes on."""
    text = ("Según fuentes del mercado, Arvena Capital estudia tomar una participación minoritaria en Pagalia, con la "
            "que ya colabora en la financiación.")
    events = extract_events(page("es", "Pagalia crece", text))
    (tie,) = [e for e in events if e["type"] == "partnership"]
    assert parties(tie) == {("Arvena Capital", "partner"), ("Pagalia", "partner")} and tie["status"] == "ongoing"


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("es", "Pagalia crece", "La empresa Pagalia opera en España desde 2019 y distribuye sus servicios a través de "
     "Arvena Capital, con el que firmó en 2022 una alianza comercial que sigue vigente."),
    ("fr", "Pagalia grandit", "Pagalia est présente en France depuis 2019 et distribue ses services via Arvena "
     "Capital, avec laquelle elle a noué en 2022 un partenariat qui se poursuit."),
    ("en", "Pagalia grows", "Pagalia has operated in Spain since 2019 and sells through Arvena Capital, with which it "
     "signed in 2022 a distribution partnership that is still in force."),
])
def test_year_of_the_relative_clause_dates_the_tie_not_an_earlier_start(lang, title, text):
    (tie,) = [e for e in extract_events(page(lang, title, text)) if e["type"] == "partnership"]
    assert parties(tie) == {("Pagalia", "partner"), ("Arvena Capital", "partner")}
    assert tie["status"] == "ongoing" and tie["date"] == "2022"
