"""A round's co-investors as a long list after its lead, with articles, descriptions, places and angels mixed in
(issue 3, rounds3): probe pages written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties_by_event

LISTS = [
    ("de", "Das Berliner Startup Talvaro hat 25 Millionen Euro eingesammelt. Angeführt wird die Runde vom Münchner "
           "VC Nordlicht Ventures; außerdem beteiligen sich Spree Capital, der Isar Seed Fund, die Climate Bridge "
           "Partners aus Amsterdam sowie mehrere Business Angels, darunter der frühere Manager Ulrich Faßmann.",
     {"Nordlicht Ventures", "Spree Capital", "Isar Seed Fund", "Climate Bridge Partners"}),
    ("de", "Das Startup Talvaro hat 20 Millionen Euro eingesammelt. Die Runde führt Brunnfeld Capital an. Neu dabei "
           "sind außerdem Ostwind Ventures und der EIC Fund, auch Bestandsinvestor Elbtal Capital zieht mit.",
     {"Brunnfeld Capital", "Ostwind Ventures", "EIC Fund", "Elbtal Capital"}),
    ("en", "Quillo, a two-year-old startup, has raised a $6.5 million seed round. Aster Fund led it, with Pinewood "
           "Ventures, Lowmoor Capital, Boldline VC and about a dozen angels joining.",
     {"Aster Fund", "Pinewood Ventures", "Lowmoor Capital", "Boldline VC"}),
    ("en", "Corvane has raised $30 million in a Series B led by Halberd Ventures. Existing backers Quillon Capital "
           "and Marrow Partners also took part.", {"Halberd Ventures", "Quillon Capital", "Marrow Partners"}),
    ("es", "Kuantix levanta 40 millones de euros en una ronda liderada por Ridgefield Partners. Repiten Samaruc "
           "Capital y Faro Ventures, y entran por primera vez Lanza Growth y el fondo público Fond-ICO Next Tech.",
     {"Ridgefield Partners", "Samaruc Capital", "Faro Ventures", "Lanza Growth", "Fond-ICO Next Tech"}),
    ("es", "La fintech Pagomar ha cerrado una ronda de 10 millones de euros liderada por Tajo Capital. Participaron "
           "también los fondos Sierra Ventures y Duero Capital.", {"Tajo Capital", "Sierra Ventures", "Duero Capital"}),
    ("fr", "La start-up Vellora lève 15 millions d'euros. Le tour de table est mené par Garance Ventures, aux côtés "
           "de Orsay Capital, Loire Partners et de business angels.",
     {"Garance Ventures", "Orsay Capital", "Loire Partners"}),
    ("fr", "La start-up Vellora lève 15 millions d'euros. L'opération est menée par Garance Ventures, rejoints par "
           "les historiques Orsay Capital et Loire Partners.", {"Garance Ventures", "Orsay Capital", "Loire Partners"}),
]


@pytest.mark.parametrize(("lang", "text", "investors"), LISTS)
def test_every_named_investor_of_a_long_list_joins_the_round(lang: str, text: str, investors: set[str]) -> None:
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    assert {name for name, role in events[0] if role == "investor"} == investors


OPENING_VERB = [
    ("es", "La fintech Pagomar ha captado 10 millones de euros con Tajo Capital. Repiten Sierra Ventures y Duero "
           "Capital.", "Sierra Ventures"),
    ("es", "Pagomar cierra una ronda de 8 millones de euros liderada por Tajo Capital. Se suman Sierra Capital y "
           "Duero Ventures.", "Sierra Capital"),
]


@pytest.mark.parametrize(("lang", "text", "investor"), OPENING_VERB)
def test_a_participation_verb_opening_the_sentence_is_no_word_of_the_fund(lang: str, text: str,
                                                                          investor: str) -> None:
    """ "Repiten X Capital": the verb is read as a cue, not as the first word of the fund's name."""
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    assert (investor, "investor") in events[0]


KEPT = [
    # a second round of the same sentence keeps its own lead
    ("fr", "Vellora a levé 10 millions d'euros en 2021 auprès de Garance Ventures, avant de boucler en 2023 un tour "
           "de 30 millions d'euros mené par Orsay Capital.", "Garance Ventures", "Orsay Capital"),
    # a person joining the board after the round is no investor
    ("en", "Corvane has raised $30 million in a Series B led by Halberd Ventures. Halberd partner Jane Milton, who "
           "is joining Corvane's board, said the firm had looked at dozens of startups.", "Halberd Ventures",
     "Jane Milton"),
]


@pytest.mark.parametrize(("lang", "text", "lead", "outsider"), KEPT)
def test_names_outside_the_list_stay_out(lang: str, text: str, lead: str, outsider: str) -> None:
    events = parties_by_event(lang, text, "funding_round")
    assert any((lead, "investor") in e for e in events)
    assert not any((outsider, "investor") in e for e in events if (lead, "investor") in e)


SERIES_LETTER = [
    ("fr", "La start-up Nébulis annonce une levée de fonds de 45 millions d'euros en série B. Le tour de table est "
           "mené par Quadrille Capital, aux côtés de Seine Innovation.", 45_000_000,
     {"Quadrille Capital", "Seine Innovation"}),
    ("es", "La fintech Pagomar ha cerrado una ronda de 10 millones de euros en serie A. La operación está liderada "
           "por Tajo Capital, con la participación de Sierra Ventures.", 10_000_000,
     {"Tajo Capital", "Sierra Ventures"}),
    ("en", "Corvane has raised $30 million in a Series B. The round was led by Halberd Ventures, with participation "
           "from Quillon Capital.", 30_000_000, {"Halberd Ventures", "Quillon Capital"}),
]


@pytest.mark.parametrize(("lang", "text", "value", "investors"), SERIES_LETTER)
def test_a_rounds_letter_ends_its_sentence(lang: str, text: str, value: int, investors: set[str]) -> None:
    """ "en série B. Le tour de table ...": the letter names the round, it is no initial of a name."""
    events = [e for e in extract_events(page(lang, "News", text)) if e["type"] == "funding_round"]
    assert len(events) == 1
    assert events[0]["amount"]["value"] == value
    assert investors <= {p["name"] for p in events[0]["parties"] if p["role"] == "investor"}


def test_the_lead_of_a_round_named_before_an_earlier_round_of_its_sentence_invests_in_this_one() -> None:
    """ "Le tour de table est mené par X, aux côtés de Y, déjà présent lors de la série A de 12 millions": the
    round's noun opens the sentence, the participation cue follows it, the earlier round comes after the cue."""
    text = ("La start-up Nébulis annonce une levée de fonds de 45 millions d'euros en série B. Le tour de table est "
            "mené par Quadrille Capital, aux côtés de Seine Innovation et d'Alto Ventures, déjà présent lors de la "
            "série A de 12 millions d'euros bouclée en 2024.")
    events = [e for e in extract_events(page("fr", "News", text)) if e["type"] == "funding_round"]
    current = [e for e in events if e["amount"] and e["amount"]["value"] == 45_000_000]
    assert len(current) == 1
    assert {"Quadrille Capital", "Seine Innovation"} <= {
        p["name"] for p in current[0]["parties"] if p["role"] == "investor"}


FUND_WORD_INSIDE = [
    ("fr", "La start-up Vellora a bouclé un tour de table de 12 millions d'euros mené par Garance Capital "
           "Investissement, aux côtés de Loire Partners.", "Garance Capital Investissement"),
    ("es", "La fintech Pagomar ha cerrado una ronda de 10 millones de euros liderada por Tajo Capital Inversiones, "
           "junto a Sierra Ventures.", "Tajo Capital Inversiones"),
]


@pytest.mark.parametrize(("lang", "text", "investor"), FUND_WORD_INSIDE)
def test_a_fund_word_that_is_also_a_deal_noun_goes_on_with_the_name(lang: str, text: str, investor: str) -> None:
    """ "IRDI Capital Investissement": the last word is a fund's, not an investment cue cutting the name."""
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    assert (investor, "investor") in events[0]


ANGELS = [
    ("fr", "La start-up Vellora a bouclé un tour de table de 12 millions d'euros mené par Garance Ventures, aux côtés "
           "de Loire Partners et de son actionnaire historique, le business angel Pierre Sarlat.",
     {"Garance Ventures", "Loire Partners"}),
    ("es", "La fintech Pagomar ha cerrado una ronda de 10 millones de euros liderada por Tajo Capital, junto a "
           "Sierra Ventures y el business angel Jaime Oller.", {"Tajo Capital", "Sierra Ventures"}),
    ("en", "Corvane has raised $30 million in a round led by Halberd Ventures, with participation from Quillon "
           "Capital and angel investor Dana Whitlow.", {"Halberd Ventures", "Quillon Capital"}),
]


@pytest.mark.parametrize(("lang", "text", "investors"), ANGELS)
def test_a_named_angel_is_no_party(lang: str, text: str, investors: set[str]) -> None:
    events = parties_by_event(lang, text, "funding_round")
    assert len(events) == 1
    assert {name for name, role in events[0] if role == "investor"} == investors
