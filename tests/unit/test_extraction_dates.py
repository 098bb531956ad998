"""Date expressions resolved against the publication date."""

import datetime as dt

import pytest

from streams.extraction import dates, extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.page import read_page
from tests.unit.test_extraction_generalisation import only
from tests.unit.test_extraction_roles import page

ANCHOR = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Acme said on Tuesday it would buy Bolt.", "2024-03-12"),
    ("en", "The deal was first announced on January 9, 2023.", "2023-01-09"),
    ("en", "Acme bought Bolt in 2016.", "2016"),
    ("en", "In December the company raised money.", "2023-12"),
    ("de", "Das teilte der Konzern am Sonntagabend mit.", "2024-03-10"),
    ("de", "Die Firmen einigten sich gestern.", "2024-03-13"),
    ("de", "Der Kauf wurde im Herbst 2018 vollzogen.", "2018"),
    ("de", "Im Oktober 2020 hatte der Konzern zugekauft.", "2020-10"),
    ("fr", "Le groupe a annoncé lundi un accord.", "2024-03-11"),
    ("fr", "L'opération avait été dévoilée le 12 avril 2021.", "2021-04-12"),
    ("es", "El banco lo anunció el pasado martes.", "2024-03-12"),
    ("es", "Las dos entidades exploraron una fusión en noviembre de 2020.", "2020-11"),
    ("es", "Las compañías sellaron este jueves el acuerdo.", "2024-03-14"),
])
def test_date_expressions(lang, sentence, expected):
    found = dates.find(sentence, 0, lexicon(lang), ANCHOR)
    assert [d.value for d in found][:1] == [expected]


def test_forecasts_and_future_dates_are_ignored():
    sentence = "The companies expect to complete the deal in the first half of 2025."
    assert dates.find(sentence, 0, lexicon("en"), ANCHOR) == []


def test_modal_may_is_no_month():
    assert dates.find("The deal may close soon.", 0, lexicon("en"), ANCHOR) == []


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("de", "Erst im Frühjahr kaufte der Konzern den Anbieter.", "2024"),
    ("en", "The merger was completed in the autumn of 2018.", "2018"),
])
def test_seasons_give_years(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == [expected]


def test_since_years_are_marked_as_starts():
    (found,) = dates.find("Seit 2018 arbeiten die Firmen zusammen.", 0, lexicon("de"), ANCHOR)
    assert found.value == "2018" and found.since


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Acme agreed last week to buy Bolt.", "2024-03"),
    ("en", "Acme agreed earlier this month to buy Bolt.", "2024-03"),
    ("en", "Acme agreed earlier this year to buy Bolt.", "2024"),
    ("de", "Die Firmen einigten sich vergangene Woche.", "2024-03"),
    ("de", "Der Kauf wurde Anfang des Jahres vereinbart.", "2024"),
    ("fr", "Le groupe a signé l'accord la semaine dernière.", "2024-03"),
    ("fr", "Le groupe a signé l'accord plus tôt cette année.", "2024"),
    ("es", "El banco firmó el acuerdo la semana pasada.", "2024-03"),
    ("es", "El banco firmó el acuerdo este mes.", "2024-03"),
])
def test_relative_weeks_months_and_years(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == [expected]


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Nine years ago, the town sold its water works to Acme.", ["2015"]),
    ("en", "Acme agreed five months ago to buy Bolt.", ["2023-10"]),
    ("de", "Vor sieben Jahren hatte Acme die Bolt GmbH gekauft.", ["2017"]),
    ("fr", "Acme a racheté Bolt il y a onze ans.", ["2013"]),
    ("es", "Acme compró Bolt hace 12 años.", ["2012"]),
    ("es", "La compra, adelantada hace dos semanas, ya es oficial.", []),  # a span of weeks fixes no day
])
def test_spans_counted_back_from_the_publication(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == expected


@pytest.mark.parametrize(("anchor", "expected"), [
    (dt.date(2024, 3, 4), "2024"),  # the week before ran from 26 February to 3 March
    (dt.date(2025, 1, 8), None),  # the week before ran from 30 December to 5 January: nothing certain
])
def test_a_week_across_two_months_gives_what_its_days_share(anchor, expected):
    assert [d.value for d in dates.find("Acme bought Bolt last week.", 0, lexicon("en"), anchor)] == (
        [expected] if expected else [])


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Acme agreed in mid-February to buy Bolt.", "2024-02"),
    ("en", "Acme bought Bolt in mid-2019.", "2019"),
    ("fr", "Acme a racheté Bolt à la mi-février.", "2024-02"),
])
def test_hyphenated_prefixes_leave_the_date(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == [expected]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme, which will keep the brand, said on Tuesday it bought Bolt."),
    ("de", "Die Acme AG, die künftig Batterien bauen will, hat am Dienstag Bolt gekauft."),
])
def test_a_forecast_of_another_clause_leaves_the_date(lang, sentence):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == ["2024-03-12"]


def test_years_and_months_counted_back_from_the_publication():
    cases = [("en", "Lumatec bought Nordwerk two years ago for $2bn. Lumatec is based in Leeds.", "2022"),
             ("en", "Lumatec agreed earlier this month to buy Nordwerk. Lumatec is based in Leeds.", "2024-03"),
             ("fr", "Le groupe Lumatec avait racheté Nordwerk il y a deux ans. Lumatec est basé à Lille.", "2022"),
             ("es", "El grupo Lumatec compró Nordwerk hace dos años. Lumatec tiene sede en León.", "2022"),
             ("de", "Der Chiphersteller Lumatec übernimmt Nordwerk, wie das Unternehmen am Dienstag mitteilte. "
              "Lumatec sitzt in Kassel.", "2024-03-12")]
    for lang, text, date in cases:
        assert [e["date"] for e in extract_events(page(lang, "Lumatec", text))] == [date], lang


def test_a_next_sentence_whose_subject_is_the_deal_dates_it():
    text = ("Nordwerk has agreed to sell its sensor business. The buyer is Lumatec, which will pay $2bn. "
            "The agreement was reached in February after months of talks.")
    (event,) = extract_events(page("en", "Nordwerk and Lumatec", text))
    assert event["date"] == "2024-02"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme expects the purchase of Bolt to be completed before the end of the summer."),
    ("de", "Die Übernahme soll nach Angaben von Acme bis zum Herbst abgeschlossen sein."),
    ("fr", "Acme prévoit de finaliser le rachat de Bolt au mois de décembre."),
    ("es", "Acme prevé que la compra de Bolt quede completada en diciembre."),
])
def test_a_month_or_season_without_year_in_a_forecast_is_no_past_date(lang, sentence):
    assert dates.find(sentence, 0, lexicon(lang), ANCHOR) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Erst im Februar hatte die Bolt AG ihren geplanten Börsengang kurz vor dem Start abgesagt.", ["2024-02"]),
    ("Die Acme AG hat im Februar einen geplanten Zukauf gestoppt.", ["2024-02"]),
    ("Die für Februar geplante Übernahme der Bolt AG wurde verschoben.", []),  # planned for then: a forecast
])
def test_a_planned_deal_named_by_its_attribute_is_no_forecast_of_the_clause(sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon("de"), ANCHOR)] == expected


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The discount applies to Bolt's shops starting in June."),
    ("de", "Die Rabatte gelten ab Juni in allen Filialen."),
    ("fr", "L'offre est disponible à partir de juin dans les magasins."),
    ("es", "Ofrecerá el servicio a los clientes a partir de junio."),
])
def test_a_month_from_which_something_starts_is_a_starting_point(lang, sentence):
    assert [d.since for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == [True]


def test_a_deal_called_off_takes_the_date_of_its_own_clause():
    text = ("Castellan Media, which was created when Acme and Bolt merged in 2019, had to abandon a planned purchase "
            "of Lyra Studios in 2023.")
    # the merger of the relative clause is a background deal of its own, dated by its own year
    by_type = {event["type"]: event for event in extract_events(page("en", "Media", text))}
    assert by_type["acquisition"]["status"] == "terminated" and by_type["acquisition"]["date"] == "2023"
    assert by_type["merger"]["date"] == "2019"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Acme Robotics has raised $20m in a round led by Bolt Capital, which launched a new fund in September."),
    ("de", "Die Acme Robotik GmbH hat 20 Millionen Euro eingesammelt, angeführt von Bolt Capital, das im September "
           "einen neuen Fonds aufgelegt hat."),
    ("fr", "Acme Robotique a levé 20 millions d'euros auprès de Bolt Capital, qui a lancé un nouveau fonds en "
           "septembre."),
    ("es", "Acme Robótica ha levantado 20 millones de euros con Bolt Capital, que lanzó un nuevo fondo en "
           "septiembre."),
])
def test_a_day_in_a_clause_describing_a_firm_does_not_date_the_deal(lang, text):
    events = [e for e in extract_events(page(lang, "Acme", text)) if e["type"] == "funding_round"]
    assert events and all(e["date"] == "2024-03-14" for e in events), [e["date"] for e in events]


def test_a_day_in_a_clause_telling_the_deal_still_dates_it():
    text = ("Wie lange das dauern kann, zeigte die Fusion des Gasekonzerns Acme mit seinem Rivalen Bolt, die erst im "
            "Herbst 2018 nach langer Prüfung vollzogen wurde.")
    (event,) = extract_events(page("de", "Acme", text))
    assert event["date"] == "2018"


def test_a_stage_dated_by_its_year_takes_the_day_of_a_statement_that_tells_no_stage():
    event = only(extract_events(page("en", "New cooperative", "The merger of Harlow Grain and Fenwick Farmers took "
                                     "effect on 1 March 2024. The two cooperatives completed the merger in 2024.")),
                 "merger")
    assert (event["status"], event["date"]) == ("completed", "2024-03-01")
    event = only(extract_events(page("de", "Neue Genossenschaft", "Die Fusion von Albtal Agrar und Donauried "
                                     "Landhandel gilt seit dem 1. März 2024. Die beiden Genossenschaften haben die "
                                     "Fusion 2024 abgeschlossen.")), "merger")
    assert (event["status"], event["date"]) == ("completed", "2024-03-01")
    # a day that dates another stage ("announced on 1 March") does not date the completion
    event = only(extract_events(page("en", "New cooperative", "Harlow Grain and Fenwick Farmers announced their "
                                     "merger on 1 March 2024. The two cooperatives completed the merger in 2024.")),
                 "merger")
    assert (event["status"], event["date"]) == ("completed", "2024")


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Tavrin walked away from the deal in Feb 2023.", "2023-02"),
    ("en", "Tavrin sent a termination notice on Sept. 14, 2023.", "2023-09-14"),
    ("de", "Der Kauf platzte im Okt. 2022.", "2022-10"),
    ("fr", "Le rachat a été abandonné en févr. 2021.", "2021-02"),
    ("es", "La compra se cerró en dic. 2020.", "2020-12"),
])
def test_abbreviated_month_before_a_year_gives_the_month(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)][:1] == [expected]


@pytest.mark.parametrize(("lang", "opening", "remark", "step"), [
    ("en", "In May 2022 Corvane Labs raised money.", "Fine. The previous year, Corvane Labs formed a venture.",
     "2021"),
    ("de", "Im Mai 2022 sammelte Corvane Labs Geld ein.", "Schön. Im Jahr zuvor hatte Corvane ein Joint Venture "
     "gegründet.", "2021"),
    ("fr", "En mai 2022, Corvane Labs a levé des fonds.", "Soit. L'année précédente, Corvane avait créé une "
     "coentreprise.", "2021"),
    ("es", "En mayo de 2022 Corvane Labs levantó fondos.", "Bien. El año anterior, Corvane había creado una "
     "empresa conjunta.", "2021"),
])
def test_previous_year_counts_back_from_a_year_a_remark_before(lang, opening, remark, step):
    """A year counted back ("l'année précédente") finds the year named a short remark before it."""
    built = read_page(page(lang, "Title", opening + " " + remark))
    assert [d.value for d in built.dates(len(built.sentences) - 1)] == [step]


def test_reference_marks_end_a_sentence():
    """ "for £14 million.[3] The company floated ...": an encyclopedia's reference mark after the point ends it."""
    built = read_page(page("en", "Title", "In 1998 Corvane bought Tesselby for £14 million.[3] The company floated "
                                          "in May 2004, raising £85 million.[4]"))
    assert len(built.sentences) == 3
