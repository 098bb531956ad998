"""Relative pronouns take the right antecedent (issue 3, branch pronouns2): a description set off after a name
and before a relative clause is that name ("Y, la start-up gallega con la que X colabora": partners X and Y, not
X twice), and German relative pronouns in an article's form after a preposition open the clause (", mit dem X
seit 2021 kooperiert"). Pages written for these tests, fictional firms."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def partnerships(lang: str, text: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text))
            if e["type"] == "partnership"]


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("es", "Galaico Foods S.A. lanza una nueva gama. La receta viene de Rutilia, la start-up gallega con la que "
     "Galaico colabora desde 2023.", "Galaico Foods", "Rutilia"),
    ("es", "Galaico Foods S.A. lanza una nueva gama. La receta viene de Rutilia SL, la empresa con la que Galaico "
     "Foods colabora desde 2023.", "Galaico Foods", "Rutilia"),
    ("fr", "Lumatec SA ouvre un laboratoire. Le capteur vient de Verdane SAS, la start-up lyonnaise avec laquelle "
     "Lumatec collabore depuis 2021.", "Lumatec", "Verdane"),
    ("en", "Lumatec Ltd opened a lab. The sensor comes from Verdane Ltd, the Leeds start-up with which Lumatec has "
     "partnered since 2021.", "Lumatec", "Verdane"),
    ("de", "Die Torwik AG baut ein neues Werk. Die Software stammt von Hessel Antrieb GmbH, dem Spezialisten aus "
     "Ulm, mit dem Torwik seit 2021 kooperiert.", "Torwik", "Hessel Antrieb"),
])
def test_description_apposed_before_a_relative_clause_is_the_name(lang, text, first, second):
    assert {(first, "partner"), (second, "partner")} in partnerships(lang, text)


@pytest.mark.parametrize("text", [
    "Die Torwik AG baut ein neues Werk. Die Software stammt vom Zulieferer Hessel Antrieb GmbH, mit dem Torwik seit "
    "2021 kooperiert.",
    "Die Torwik AG baut ein neues Werk. Die Software stammt vom Zulieferer Hessel Antrieb GmbH, mit dem die Torwik "
    "AG seit 2021 eine Partnerschaft pflegt.",
    "Die Torwik AG baut ein neues Werk. Die Software stammt vom Zulieferer Hessel Antrieb GmbH, mit dem Torwik seit "
    "2021 zusammenarbeitet.",
])
def test_german_relative_pronoun_after_a_preposition(text):
    assert {("Torwik", "partner"), ("Hessel Antrieb", "partner")} in partnerships("de", text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # probes that keep their result: the relative forms with a plain pronoun, the clause's subject named once
    ("de", "Die Torwik AG baut ein neues Werk. Die Software kommt von der Hessel Antrieb GmbH, mit der Torwik seit "
     "2021 zusammenarbeitet.", {("Torwik", "partner"), ("Hessel Antrieb", "partner")}),
    ("fr", "Lumatec SA ouvre un laboratoire à Lyon avec l'Institut Verdane, avec lequel il collabore depuis 2021.",
     {("Lumatec", "partner"), ("Institut Verdane", "partner")}),
    ("es", "Galaico Foods colabora desde 2023 con Rutilia.", {("Galaico Foods", "partner"), ("Rutilia", "partner")}),
])
def test_relative_partners_kept(lang, text, expected):
    assert expected in partnerships(lang, text)


def test_dative_apposition_is_no_relative_clause():
    """ ", dem Marktführer, über eine Kooperation": the article after a comma, no preposition before it, is an
    apposition; the talks name no partnership of two firms in a relative clause."""
    found = partnerships("de", "Die Torwik AG verhandelt mit der Hessel Antrieb GmbH, dem Marktführer, über eine "
                               "Kooperation.")
    assert all(("Hessel Antrieb", "partner") not in p or ("Torwik", "partner") in p for p in found)
