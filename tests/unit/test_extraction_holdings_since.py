"""Stakes and ownership told by what a firm has been since a start, with no deal verb (holdingsA): a shareholder
"since 2021" holds a stake taken then (an investment completed that year), a subsidiary "since 2022" was bought then
(an acquisition completed that year), a holding whose own cue states more than half is an acquisition, German shares
spelled out ("zwölf Prozent"), a stake raised "bei X", a sum between "sich" and "an X beteiligt", a stake disclosed
as a "holding". Probes that stay no event: a holding or a subsidiary with no start (a standing fact, SPEC). Sentences
written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, sentence: str) -> list[dict]:
    title = {"en": "Markets", "de": "Wirtschaft", "fr": "Économie", "es": "Economía"}[lang]
    return extract_events(page(lang, title, sentence, published="2026-05-14"))


@pytest.mark.parametrize(("lang", "sentence", "investor", "investee", "date"), [
    ("en", "Tarnis Capital has been a shareholder in Vellor Systems since 2021, the filing shows.", "Tarnis Capital",
     "Vellor Systems", "2021"),
    ("fr", "Tarnis Capital est actionnaire de Vellor Industries depuis 2021.", "Tarnis Capital", "Vellor Industries",
     "2021"),
    ("fr", "Le fonds Tarnis Capital est présent au capital de Vellor Industries depuis 2020.", "Tarnis Capital",
     "Vellor Industries", "2020"),
    ("es", "Norwood Capital es accionista de referencia de Bodegas Ulla desde 2024, con un 30% del capital.",
     "Norwood Capital", "Bodegas Ulla", "2024"),
    ("de", "Der Investor Tarnis Capital hält seit 2021 zwölf Prozent an der Vellor AG.", "Tarnis Capital", "Vellor",
     "2021"),
])
def test_shareholder_since_a_start_is_a_completed_investment(lang: str, sentence: str, investor: str, investee: str,
                                                              date: str) -> None:
    (event,) = _events(lang, sentence)
    assert (event["type"], event["status"], event["date"]) == ("investment", "completed", date)
    assert parties(event) == {(investor, "investor"), (investee, "investee")}


@pytest.mark.parametrize(("lang", "sentence", "owner", "owned"), [
    ("en", "Bellard Systems has been a subsidiary of Morvan Group since 2022.", "Morvan", "Bellard Systems"),
    ("fr", "Bellard Industrie est une filiale du groupe Morvan depuis 2022.", "Morvan", "Bellard Industrie"),
    ("es", "Bellard Sistemas es filial del grupo Morvan desde 2022.", "Morvan", "Bellard Sistemas"),
    ("de", "Die Bellard GmbH ist seit 2022 eine Tochter der Morvan Gruppe.", "Morvan", "Bellard"),
])
def test_subsidiary_since_a_start_was_bought_then(lang: str, sentence: str, owner: str, owned: str) -> None:
    (event,) = _events(lang, sentence)
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "completed", "2022")
    assert parties(event) == {(owner, "acquirer"), (owned, "target")}


@pytest.mark.parametrize(("lang", "sentence", "kind"), [
    ("fr", "Le fonds Tarnis Capital, qui détient 65 % du capital de Bellard Industrie depuis 2018, veut vendre.",
     "acquisition"),
    ("fr", "Le fonds Tarnis Capital, qui détient 35 % du capital de Bellard Industrie depuis 2018, veut vendre.",
     "investment"),
])
def test_share_held_by_its_own_cue_decides_control(lang: str, sentence: str, kind: str) -> None:
    (event,) = _events(lang, sentence)
    assert (event["type"], event["status"], event["date"]) == (kind, "completed", "2018")
    assert {n for n, _ in parties(event)} == {"Tarnis Capital", "Bellard Industrie"}


@pytest.mark.parametrize(("lang", "sentence", "investor", "investee", "amount"), [
    ("de", "Die Stadtwerke Kornberg haben sich 2025 mit 10 Millionen Euro an der Ostwind Netz GmbH beteiligt.",
     "Stadtwerke Kornberg", "Ostwind Netz", 1e7),
    ("de", "Der Investor Tarnis Capital stockt bei der Vellor AG auf.", "Tarnis Capital", "Vellor", None),
    ("en", "Tarnis Capital revealed a 5.2% holding in Vellor Systems in April.", "Tarnis Capital", "Vellor Systems",
     None),
])
def test_stake_taken_without_an_investing_verb(lang: str, sentence: str, investor: str, investee: str,
                                               amount: float | None) -> None:
    (event,) = _events(lang, sentence)
    assert event["type"] == "investment"
    assert parties(event) == {(investor, "investor"), (investee, "investee")}
    assert (event["amount"] or {}).get("value") == amount


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Tarnis Capital is a shareholder in Vellor Systems."),
    ("fr", "Bellard Industrie est une filiale du groupe Morvan, son premier client."),
    ("es", "Bellard Sistemas es filial del grupo Morvan."),
    ("de", "Die Bellard GmbH ist eine Tochter der Morvan Gruppe."),
    ("de", "Der Investor Tarnis Capital hält nun mehr als zehn Prozent an der Vellor AG."),
])
def test_holding_with_no_start_is_no_event(lang: str, sentence: str) -> None:
    assert _events(lang, sentence) == []


@pytest.mark.parametrize(("lang", "sentence", "investor", "investee", "status", "date"), [
    # the entry into the subject's own capital: the newcomer after it invests in the subject
    ("fr", "Vellor Industries a annoncé l'entrée à son capital du groupe Brisac, qui prend une participation "
           "minoritaire de 15 %.", "Brisac", "Vellor Industries", "announced", "2026-05-14"),
    ("fr", "Vellor Industries annonce l'entrée dans son capital de Tarnis Capital pour 12 millions d'euros.",
     "Tarnis Capital", "Vellor Industries", "announced", "2026-05-14"),
    # the firm has a shareholder since a start: the shareholder invested then
    ("es", "Bodegas Ulla tiene desde 2024 al fondo Norwood Capital como accionista de referencia, con un 30% del "
           "capital.", "Norwood Capital", "Bodegas Ulla", "completed", "2024"),
    ("es", "Bodegas Ulla cuenta desde 2024 con el fondo Norwood Capital como accionista de referencia.",
     "Norwood Capital", "Bodegas Ulla", "completed", "2024"),
])
def test_newcomer_told_after_the_capital_it_enters(lang: str, sentence: str, investor: str, investee: str,
                                                   status: str, date: str) -> None:
    events = [e for e in _events(lang, sentence) if e["type"] == "investment"]
    assert len(events) == 1, events
    assert (events[0]["status"], events[0]["date"]) == (status, date)
    assert parties(events[0]) == {(investor, "investor"), (investee, "investee")}


def test_shareholder_with_no_start_is_no_event() -> None:
    assert _events("es", "Bodegas Ulla cuenta con el fondo Norwood Capital como accionista de referencia.") == []


def test_part_owned_since_its_purchase_is_dated_by_the_start() -> None:
    (event,) = _events("en", "Tarnis Capital has owned part of Vellor Systems since 2023, when it bought 15% of the "
                             "business for £30 million.")
    assert (event["type"], event["status"], event["date"]) == ("investment", "completed", "2023")
    assert parties(event) == {("Tarnis Capital", "investor"), ("Vellor Systems", "investee")}


def test_public_health_service_holding_a_contract_is_its_customer() -> None:
    (event,) = _events("en", "Halden Systems has held a framework contract with NHS Wales since 2022.")
    assert (event["type"], event["status"], event["date"]) == ("contract", "ongoing", "2022")
    assert parties(event) == {("Halden Systems", "supplier"), ("NHS Wales", "customer")}


def test_holder_present_in_the_capital_spoken_of() -> None:
    events = [e for e in _events("fr", "Vellor Industries a levé 5 millions d'euros auprès de Brisac. Le fonds Tarnis "
                                       "Capital, présent au capital depuis 2020, sera dilué.")
              if e["type"] == "investment"]
    assert len(events) == 1, events
    assert (events[0]["status"], events[0]["date"]) == ("completed", "2020")
    assert parties(events[0]) == {("Tarnis Capital", "investor"), ("Vellor Industries", "investee")}
