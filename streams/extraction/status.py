"""Deal status from the cues of the sentence that states it, and background facts by their date."""

from __future__ import annotations

import re
from functools import cache

from streams.extraction import dates
from streams.extraction.amounts import CLAUSE_BREAK_RE
from streams.extraction.casefold import fast, lowered
from streams.extraction.lexicon import Lexicon, is_article

ORDER = {"rumored": 0, "ongoing": 1, "announced": 2, "completed": 3, "terminated": 4}
STANDING_TYPES = {"partnership", "contract"}
RUN_TYPES = {"joint_venture"}  # a venture run "since 2022" ("betreibt seit 2022 ein Joint Venture") is standing
OWNED_TYPES = {"acquisition"}  # a firm owned "since 2018" ("gehört seit 2018 zu X") was bought then
HELD_TYPES = OWNED_TYPES | {"investment"}  # a cue with its own start ("tiene desde 2024 a Y como accionista")
RAISED_TYPES = {"funding_round", "ipo"}
ROUND_TYPES = {"funding_round"}  # the news of a round is the money raised ("lève 15 M€", "raises $40m")
AWARD_TYPES = {"contract"}  # a contract won, signed or "closed" is news of an award: it has no closing of its own
FORECAST_REACH = 40  # characters before a completion cue searched for "soll", "expected", "devrait"


def assess(window: str, deal_type: str, date: str | None, anchor: str, lex: Lexicon) -> tuple[str, bool]:
    """The status and whether the text says it (False for the default "announced").

    terminated > completed > announced > rumored > ongoing, from cues (a signed deal often recalls
    the talks before it); a deal dated to an earlier month or year is a completed background fact."""
    patterns, low, cased = _fast(lex), lowered(window), window  # a future ending is read in the cased text:
    # "Tessera a finalisé le rachat" is no forecast (future_re leaves capitalised words out)
    if patterns is None or low is None:
        cues, past_re = lex.status_res, lex.past_re
    else:
        (cues, past_re), window = patterns, low
    for name in ("terminated", "completed", "announced", "rumored"):
        hit = _spoken_end(cues[name], window, lex) if name == "terminated" else cues[name].search(window)
        if hit and not (name == "completed" and _forecast(cased, hit.start(), lex)):
            if name == "announced" and deal_type in ROUND_TYPES and not lex.future_re.search(cased):
                return "completed", True  # "announced it had raised $36m", "a annoncé avoir levé": the money is in
            if name in ("announced", "completed") and _goes_on(window, deal_type, date, anchor, cues):
                return "ongoing", True
            return ("announced" if name == "completed" and deal_type in AWARD_TYPES else name), True
    if deal_type in STANDING_TYPES and cues["ongoing"].search(window):
        return "ongoing", True
    if deal_type in RAISED_TYPES and past_re.search(window):
        return "completed", True  # a round reported as raised, a listing that took place
    if deal_type in ROUND_TYPES:
        return "completed", False  # a round told in the present has been raised; only a cue makes it less
    if deal_type not in STANDING_TYPES and past_re.search(window) and lex.reporting_period_re.search(window):
        return "completed", True  # "In the year under review we acquired X": a report's past period, a deal done
    if not date or len(date) == 10 or deal_type in STANDING_TYPES and date[:4] == anchor[:4]:
        return "announced", False  # "in April the startup won a contract": this year's award is news, not done
    if lex.pending_re.search(window):
        return "announced", False  # "still needs approval to complete the purchase of X, agreed last month"
    earlier = date < anchor[: len(date)]
    past = bool(past_re.search(window))
    if earlier and (deal_type not in STANDING_TYPES or past) or past and date <= anchor[: len(date)]:
        return "completed", True  # "bought ... in 2016", "erst im Frühjahr kaufte der Konzern"
    return "announced", False


def _spoken_end(cue: re.Pattern, window: str, lex: Lexicon) -> re.Match | None:
    """The first end cue of the window whose clause does not say it leaves the deal as it is ("An Y ist X seit 2021
    beteiligt; an der Beteiligung ändert das Verbot nichts", "the stake is unaffected by the ban"): a ban of another
    deal of the same firms, told beside a stake still held, ends no stake."""
    return next((hit for hit in cue.finditer(window) if not _spared(window, hit.start(), lex)), None)


def _spared(window: str, at: int, lex: Lexicon) -> bool:
    """Whether the clause around position `at` (up to a comma, semicolon or dash) says what it names stays as it is."""
    starts = [m.end() for m in CLAUSE_BREAK_RE.finditer(window, 0, at)]
    stop = CLAUSE_BREAK_RE.search(window, at)
    return lex.spared_re.search(window, starts[-1] if starts else 0, stop.start() if stop else len(window)) is not None


def _goes_on(window: str, deal_type: str, date: str | None, anchor: str, cues: dict[str, re.Pattern]) -> bool:
    """ "X's collaboration with Y, signed in 2021, continues unchanged", "poursuivre le partenariat conclu en 2025":
    a standing tie signed or concluded in an earlier year that the sentence says goes on is a standing one; its
    signing is its start, not the news."""
    return (deal_type in STANDING_TYPES and bool(date) and date[:4] < anchor[:4]
            and bool(cues["ongoing"].search(window)))


def reported(text: str, start: int, clause_start: int, clause: str, deal_type: str, lex: Lexicon) -> bool:
    """Whether the deal's clause is what a report before it tells ("Im Herbst hatte X unter Berufung auf
    Finanzkreise berichtet, Y lote eine Übernahme aus"): a rumour cue before the clause, and no cue of its own
    in it (its date alone makes no completed background fact of a report's content)."""
    return bool(lex.status_res["rumored"].search(text, start, clause_start)) and not assess(
        clause, deal_type, None, "", lex)[1]


def rejected(clause: str, date: str | None, anchor: str, lex: Lexicon) -> bool:
    """Whether the deal's own clause tells its offer turned down at an earlier date ("In 2021 Y rejected a takeover
    offer from X", "la oferta de X fue rechazada en mayo"): a past offer that ended. A rejection told after the
    deal's clause (", que había rechazado su propuesta") is of an earlier offer, and one of the day is news of a bid
    whose fate is open (a hostile bid goes on)."""
    cue = lex.status_res.get("rejected")
    return bool(cue and date and date < anchor[: len(date)] and cue.search(clause))


def told(sentence: str, lex: Lexicon) -> bool:
    """Whether the sentence tells of a deal by talks or by its end ("in talks about a possible takeover of X",
    "walked away from a possible bid for X"), not by a forecast ("a possible bid could be blocked")."""
    return bool(lex.status_res["rumored"].search(sentence)) or ended(sentence, lex)


def ended(sentence: str, lex: Lexicon) -> bool:
    """Whether the sentence tells an end ("Die Gespräche scheiterten damals an der Frage, welcher Name künftig ...")
    that no forecast word just before it makes a prospect ("could be called off")."""
    return any(not _forecast(sentence, hit.start(), lex) and not _spared(sentence, hit.start(), lex)
               for hit in lex.status_res["terminated"].finditer(sentence))


def _forecast(window: str, cue: int, lex: Lexicon) -> bool:
    """ "soll bis zum Sommer abgeschlossen sein", "expects the purchase to be completed": a forecast word
    just before a completion cue makes it an expected step, not one taken; where the verbs close the clause, one
    after it too ("Die Erstnotiz wird noch im Oktober erwartet")."""
    return bool(lex.future_re.search(window, max(0, cue - FORECAST_REACH), cue)) or dates.forecast_after(
        window, cue, lex) or _noun_forecast(window, cue, lex)


def _noun_forecast(window: str, cue: int, lex: Lexicon) -> bool:
    """ "La finalisation du rachat de Y est attendue d'ici l'été", "El cierre de la compra está previsto para marzo":
    a completion cue that is a noun after an article, with a forecast word later in its clause (up to a comma,
    colon or semicolon), names a closing to come, as the verb-final clauses `dates.forecast_after` reads."""
    before = window[:cue].split()
    if not before or not (is_article(before[-1], lex) or lex.elision.fullmatch(before[-1])):
        return False
    stop = min((i for i in (window.find(c, cue) for c in ",;:") if i >= 0), default=len(window))
    return lex.future_re.search(window, cue, stop) is not None


@cache
def _fast(lex: Lexicon) -> tuple[dict[str, re.Pattern], re.Pattern] | None:
    """The status cues and past tense as case-sensitive patterns for lowercased text (casefold), if they can be."""
    cues = {name: fast(pattern) for name, pattern in lex.status_res.items()}
    past = fast(lex.past_re)
    return (cues, past) if past and all(cues.values()) else None


def latest(statuses: list[tuple[str, bool]]) -> str:
    """The status of a deal mentioned several times: the furthest development the article states; a
    mention with no cue ("the takeover would rank as ...") does not outrank a stated rumour."""
    stated = [s for s, cued in statuses if cued] or [s for s, _ in statuses]
    return max(stated, key=ORDER.__getitem__)
