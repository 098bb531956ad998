"""Issue 3 (rounds8): rounds in deal digests and newsletters keep their backers: a sole or lead backer named in the
sentence after the round, a round in talks whose lead is expected, a digest item whose firm stands before a colon, a
round whose raising is announced. Pages and firms written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def rounds(lang: str, title: str, *paragraphs: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, *paragraphs)) if e["type"] == "funding_round"]


@pytest.mark.parametrize("lang, title, text, investee, investor", [
    ("de", "Ladewerk sammelt Geld ein", "Ladewerk aus Bremen hat gestern eine Seed-Finanzierung über 6,5 Millionen "
     "Euro verkündet. Einziger Geldgeber ist der Frühphaseninvestor Weser Capital.", "Ladewerk", "Weser Capital"),
    ("de", "Ladewerk sammelt Geld ein", "Das Start-up Ladewerk hat eine Finanzierungsrunde über 4 Millionen Euro "
     "abgeschlossen. Alleiniger Investor ist der Wagniskapitalgeber Nordlicht Ventures.", "Ladewerk",
     "Nordlicht Ventures"),
    ("en", "Corvane in talks", "Corvane is in talks to raise about $150m at a valuation of close to $1.5bn, "
     "according to two people familiar with the matter. Tidemark Growth is expected to lead.", "Corvane",
     "Tidemark Growth"),
    ("en", "Lumatec raises $12m", "Lumatec has raised $12 million in seed funding. The sole investor is the venture "
     "firm Birchway Capital.", "Lumatec", "Birchway Capital"),
    ("es", "Navara busca financiación", "Navara cierra una ronda de 8 millones de euros. El único inversor es el fondo "
     "Atalaya Growth.", "Navara", "Atalaya Growth"),
    ("fr", "Lumeo lève 5 millions", "Lumeo lève 5 millions d'euros. Le seul investisseur est le fonds Hexagone "
     "Croissance.", "Lumeo", "Hexagone Croissance"),
])
def test_backer_named_in_the_next_sentence(lang, title, text, investee, investor):
    (event,) = rounds(lang, title, text)
    assert {(investee, "investee"), (investor, "investor")} <= parties(event)


@pytest.mark.parametrize("lang, text, backer", [
    ("de", "Ladewerk aus Bremen hat gestern eine Seed-Finanzierung über 6,5 Millionen Euro verkündet. Einziger "
     "Geldgeber ist der Frühphaseninvestor Weser Capital.", "Weser Capital"),
    ("en", "Corvane is in talks to raise about $150m, according to two people familiar with the matter. Tidemark "
     "Growth is expected to lead.", "Tidemark Growth"),
])
def test_backer_after_a_round_is_never_its_investee(lang, text, backer):
    """The round's sentence names no firm the name finder knows: its backer, the page's only firm, stays out of
    the investee's slot."""
    assert all((backer, "investee") not in parties(e) for e in rounds(lang, "Deals der Woche", text))


@pytest.mark.parametrize("lang, text, investee, investor", [
    ("fr", "Plus grosse opération de la semaine, la levée de Lumeo : la société parisienne a annoncé mardi avoir "
     "réuni 36 millions d'euros en série B auprès d'Hexagone Croissance.", "Lumeo", "Hexagone Croissance"),
    ("es", "La operación de la semana, la ronda de Navara: la compañía sevillana ha captado 9 millones de euros "
     "liderada por el fondo Atalaya Growth.", "Navara", "Atalaya Growth"),
    ("en", "Biggest deal of the week, the round of Corvane: the Leeds company raised $20 million led by Tidemark "
     "Growth.", "Corvane", "Tidemark Growth"),
])
def test_digest_item_before_a_colon_is_the_investee(lang, text, investee, investor):
    (event,) = rounds(lang, "Digest", text)
    assert parties(event) == {(investee, "investee"), (investor, "investor")}


@pytest.mark.parametrize("lang, title, text", [
    ("fr", "Lumeo lève 36 millions", "Lumeo a annoncé mardi avoir levé 36 millions d'euros auprès d'Hexagone "
     "Croissance."),
    ("en", "Lumatec raises $36m", "Lumatec announced on Tuesday it had raised $36 million in a Series B from "
     "Halvard Capital."),
    ("de", "Nordwerk sammelt Geld ein", "Nordwerk hat am Dienstag bekanntgegeben, 36 Millionen Euro von Halvard "
     "Capital eingesammelt zu haben."),
    ("es", "Navara capta 36 millones", "Navara anunció el martes que ha captado 36 millones de euros del fondo "
     "Atalaya Growth."),
])
def test_announced_round_is_completed(lang, title, text):
    (event,) = rounds(lang, title, text)
    assert event["status"] == "completed"


def test_round_in_talks_stays_rumored():
    (event,) = rounds("en", "Corvane in talks", "Corvane is in talks to raise about $150m, according to people "
                      "familiar with the matter. Tidemark Growth is expected to lead.")
    assert event["status"] == "rumored"


@pytest.mark.parametrize("text, investor, amount, year", [
    ("Das Münchner Start-up Nordwerk erhält 10 Millionen Euro von der Rheinwerk AG. Für die Münchner, die erst 2024 "
     "eine Seed-Runde über 4 Millionen Euro von Alp Capital erhalten hatten, ist es das erste Geld von einem "
     "strategischen Investor.", "Alp Capital", 4e6, "2024"),
    ("Das Münchner Start-up Nordwerk erhält 10 Millionen Euro von der Rheinwerk AG. Nordwerk hatte 2023 eine "
     "Finanzierungsrunde von 3 Millionen Euro von Isar Ventures erhalten.", "Isar Ventures", 3e6, "2023"),
])
def test_german_earlier_round_received(text, investor, amount, year):
    earlier = [e for e in rounds("de", "Nordwerk holt Geld", text, ) if e["date"] == year]
    (event,) = earlier
    assert parties(event) == {("Nordwerk", "investee"), (investor, "investor")}
    assert event["amount"]["value"] == amount and event["status"] == "completed"


def test_german_round_with_an_indefinite_article_and_no_sum_is_no_cue():
    events = rounds("de", "Nordwerk holt Geld", "Nordwerk plant eine Runde mit neuen Investoren.")
    assert all(e["amount"] is None for e in events)


@pytest.mark.parametrize("text", [
    "Ces fonds permettront à Septora d'intégrer Voltis, la société lilloise dont elle a finalisé le rachat en janvier.",
    "Ces fonds permettront à Septora d'intégrer Voltis, l'éditeur nantais dont elle avait bouclé l'acquisition en "
    "janvier.",
])
def test_french_purchase_told_in_a_relative_on_the_target(text):
    page_ = page("fr", "Septora lève 20 millions", "Septora lève 20 millions d'euros.", text)
    (event,) = [e for e in extract_events(page_) if e["type"] == "acquisition"]
    assert parties(event) == {("Septora", "acquirer"), ("Voltis", "target")}
    assert event["status"] == "completed" and event["date"] == "2024-01"


@pytest.mark.parametrize("text, investor, amount, date", [
    ("La précédente levée remonte à juillet 2022 : la start-up avait alors obtenu 30 millions d'euros auprès d'un "
     "tour mené par Hexagone Ventures.", "Hexagone Ventures", 3e7, "2022-07"),
    ("En 2021, Lumeo avait réuni 8 millions d'euros auprès du fonds Hexagone Croissance.", "Hexagone Croissance", 8e6,
     "2021"),
])
def test_french_earlier_round_obtained_from_backers(text, investor, amount, date):
    events = rounds("fr", "Lumeo lève 50 millions", "Lumeo, la start-up lyonnaise, lève 50 millions d'euros.", text)
    (earlier,) = [e for e in events if e["date"] == date]
    assert parties(earlier) == {("Lumeo", "investee"), (investor, "investor")}
    assert earlier["amount"]["value"] == amount and earlier["status"] == "completed"
