"""Deal status from the cues of the sentence that states it, and background facts by their date."""

from __future__ import annotations

from streams.extraction.lexicon import Lexicon

ORDER = {"rumored": 0, "ongoing": 1, "announced": 2, "completed": 3, "terminated": 4}
STANDING_TYPES = {"partnership", "contract"}
RAISED_TYPES = {"funding_round", "ipo"}


def assess(window: str, deal_type: str, date: str | None, anchor: str, lex: Lexicon) -> tuple[str, bool]:
    """The status and whether the text says it (False for the default "announced").

    terminated > completed > announced > rumored > ongoing, from cues (a signed deal often recalls
    the talks before it); a deal dated to an earlier month or year is a completed background fact."""
    for name in ("terminated", "completed", "announced", "rumored"):
        if lex.status_res[name].search(window):
            return name, True
    if deal_type in STANDING_TYPES and lex.status_res["ongoing"].search(window):
        return "ongoing", True
    if deal_type in RAISED_TYPES and lex.past_re.search(window):
        return "completed", True  # a round reported as raised, a listing that took place
    if not date or len(date) == 10:
        return "announced", False
    earlier = date < anchor[: len(date)]
    past = bool(lex.past_re.search(window))
    if earlier and (deal_type not in STANDING_TYPES or past) or past and date <= anchor[: len(date)]:
        return "completed", True  # "bought ... in 2016", "erst im Frühjahr kaufte der Konzern"
    return "announced", False


def latest(statuses: list[tuple[str, bool]]) -> str:
    """The status of a deal mentioned several times: the furthest development the article states; a
    mention with no cue ("the takeover would rank as ...") does not outrank a stated rumour."""
    stated = [s for s, cued in statuses if cued] or [s for s, _ in statuses]
    return max(stated, key=ORDER.__getitem__)
