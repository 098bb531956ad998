"""The day of an outsider's approval dates no deal it leaves announced: the announcement or signing does (datesAB,
topic A F9); the parties' own boards approving is the deal's news and keeps its day."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La CNMV dio luz verde el lunes a la opa que Grupo Almendral presentó en abril sobre Textiles Boreal.",
     "2026-04"),
    ("es", "Competencia aprobó ayer la compra de Textiles Boreal por Grupo Almendral. Comprador y vendedor la "
           "firmaron el 3 de febrero.", "2026-02-03"),
    ("en", "Regulators on Tuesday approved Harwick Tools' purchase of Brimley Castings, which was agreed in January.",
     "2026-01"),
])
def test_approval_day_does_not_date_the_announced_deal(lang, text, expected):
    (event,) = extract_events(page(lang, "News", text, published="2026-06-12"))
    assert (event["status"], event["date"]) == ("announced", expected)


def test_the_parties_own_boards_approving_dates_the_deal():
    text = ("Les conseils d'administration des coopératives Terres d'Aubrac et Agrinova ont approuvé lundi un projet "
            "de fusion.")
    (event,) = extract_events(page("fr", "Actualités", text, published="2026-06-12"))
    assert event["date"] == "2026-06-08"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La CNMV autorizó ayer la opa de Grupo Almendral sobre Textiles Boreal. El plazo de aceptación será de "
           "30 días. Almendral anunció la opa el pasado 3 de febrero.", "2026-02-03"),
    ("de", "Die Velmar Technik AG macht Ernst mit ihrem Börsengang. Die BaFin hat am Montag den Prospekt gebilligt. "
           "Seine Börsenpläne hatte Velmar am 16. Mai offiziell gemacht.", "2026-05-16"),
    ("en", "In a separate decision on Wednesday, the Commission approved Harwick Tools' purchase of Brimley "
           "Castings' pump division. Harwick agreed in March to pay $300m for the business.", "2026-03"),
    ("fr", "L'AMF a déclaré conforme mardi l'offre de Groupe Lestrade sur Vinolis. Lestrade avait dévoilé son "
           "offre le 4 mai.", "2026-05-04"),
])
def test_a_later_sentence_dates_the_announcement_of_a_deal_told_at_a_later_step(lang, text, expected):
    events = extract_events(page(lang, "News", text, published="2026-06-12"))
    assert [(e["status"], e["date"]) for e in events] == [("announced", expected)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a later stage told beside the earlier announcement: the announcement's month dates no event of it
    ("es", "Se acabó la fusión entre Pagaluz y Cobrafacil. Las dos compañías, que la anunciaron en marzo, "
           "comunicaron el viernes que la cancelaban.", "2026-06-12"),
    # a signing reported on another day: the report dates the announcement
    ("de", "Die Stadtwerke Kelbach beteiligen sich mit 24,9 Prozent an der Windplan Nordheide GmbH. Einen Vertrag "
           "haben beide Seiten am Dienstag unterzeichnet, wie die Stadtwerke gestern mitteilten.",
     "2026-06-11"),
])
def test_a_later_stage_or_another_report_day_keeps_the_date(lang, text, expected):
    events = extract_events(page(lang, "News", text, published="2026-06-12"))
    assert [e["date"] for e in events] == [expected]
