"""Listings (issue 3, branch listings): a first trading day is a listing that took place, dated by that day; an
exchange, a segment or a ticker is never the issuer; a firm named after a speech verb may be the issuer of a planned
listing; a listing told in an aside dates only itself; a listing's date after its cue is no listing told before."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def events(lang: str, title: str, text: str, published: str = "2024-03-14") -> list[dict]:
    return extract_events(page(lang, title, text, published=published))


def listings(lang: str, title: str, text: str, published: str = "2024-03-14") -> list[dict]:
    return [e for e in events(lang, title, text, published) if e["type"] == "ipo"]


def issuers(found: list[dict]) -> set[str]:
    return {p["name"] for e in found for p in e["parties"]}


@pytest.mark.parametrize(("lang", "title", "text", "issuer", "day"), [
    ("de", "Windmoor Energie: gelungener Börsenstart", "Die Aktie der Windmoor Energie AG ist am Mittwoch mit 18,40 "
     "Euro in den Handel im Prime Standard gestartet, nach einem Ausgabepreis von 17 Euro.", "Windmoor Energie",
     "2024-03-13"),
    ("de", "Kelmar: gelungener Börsenstart", "Die Papiere der Kelmar AG starteten am Donnerstag mit 22 Euro in den "
     "Handel an der Frankfurter Börse.", "Kelmar", "2024-03-14"),
    ("fr", "Calmeo réussit ses débuts en Bourse", "Les actions de Calmeo ont fait leurs débuts au Nasdaq ce mardi, à "
     "12,40 dollars.", "Calmeo", "2024-03-12"),
    ("fr", "Calmeo en Bourse", "Calmeo a débuté sa cotation à la Bourse de Paris mardi.", "Calmeo", "2024-03-12"),
    ("fr", "Calmeo en Bourse", "Les actions de Calmeo ont débuté leur cotation à Euronext Growth mardi.", "Calmeo",
     "2024-03-12"),
    ("es", "Conservas Ardora se estrena en bolsa", "Las acciones de Conservas Ardora debutaron ayer en el Mercado "
     "Continuo con una subida del 5%.", "Conservas Ardora", "2024-03-13"),
    ("es", "Conservas Ardora se estrena en bolsa", "Conservas Ardora debutó ayer en el Mercado Continuo bajo el "
     "símbolo ARD.", "Conservas Ardora", "2024-03-13"),
    ("en", "Alderbank jumps in debut", "Shares of Alderbank began trading Thursday on the Nasdaq under the ticker ALDR "
     "and closed at $25.60, up 28% from the $20 offering price.", "Alderbank", "2024-03-14"),
])
def test_a_first_trading_day_is_a_listing_done_that_day_whose_market_is_no_issuer(lang, title, text, issuer, day):
    (event,) = listings(lang, title, text)
    assert issuers([event]) == {issuer} and event["status"] == "completed" and event["date"] == day


@pytest.mark.parametrize("text", [
    "Shares of Telvio Bio opened at $19 on Friday, above the $15 at which the antibody developer priced its initial "
    "public offering late on Thursday.",
    "Telvio Bio priced its initial public offering at $15 late on Thursday and its shares began trading on Friday.",
])
def test_a_listing_priced_one_day_and_traded_the_next_is_dated_by_its_first_trading_day(text):
    (event,) = listings("en", "Telvio Bio jumps in debut", text, published="2024-03-16")
    assert issuers([event]) == {"Telvio Bio"} and event["status"] == "completed" and event["date"] == "2024-03-15"


@pytest.mark.parametrize(("lang", "title", "text", "value"), [
    ("de", "Windmoor Energie: gelungener Börsenstart", "Die Aktie der Windmoor Energie AG ist am Mittwoch in den "
     "Handel im Prime Standard gestartet. Der Börsengang brachte 350 Mio. Euro ein.", 350_000_000),
    ("fr", "Calmeo en Bourse", "Calmeo a débuté sa cotation à la Bourse de Paris mardi. La société a levé 150 "
     "millions d'euros.", 150_000_000),
    ("fr", "Calmeo entre en Bourse", "Calmeo est entrée en Bourse à Paris mardi. L'augmentation de capital s'élève à "
     "150 millions d'euros.", 150_000_000),
    ("fr", "Calmeo entre en Bourse", "Calmeo a fait ses premiers pas en Bourse mardi. Au total, 150 millions d'euros "
     "ont été levés.", 150_000_000),
])
def test_a_first_trading_day_takes_the_sum_raised(lang, title, text, value):
    (event,) = listings(lang, title, text)
    assert event["status"] == "completed" and event["amount"]["value"] == value


@pytest.mark.parametrize(("lang", "title", "text", "issuer"), [
    ("en", "Brevon weighs Nasdaq listing", "Two people close to the company said Brevon is considering a Nasdaq "
     "listing as early as next spring.", "Brevon"),
    ("en", "Brevon eyes listing", "People familiar with the matter said Brevon plans a listing on the Nasdaq.",
     "Brevon"),
    ("fr", "Calmeo prépare son entrée en Bourse", "Selon plusieurs sources, Calmeo prépare son introduction en Bourse "
     "à Euronext Paris.", "Calmeo"),
])
def test_a_planned_listing_is_the_firm_s_never_the_market_s(lang, title, text, issuer):
    (event,) = listings(lang, title, text)
    assert issuers([event]) == {issuer} and event["status"] == "rumored"


def test_a_speaker_after_a_speech_verb_stays_a_person():
    found = events("en", "Acme buys Bolt", "The deal is expected to close in May, said Doe, who will remain chief "
                                           "executive.")
    assert "Doe" not in issuers(found)


@pytest.mark.parametrize(("lang", "title", "text", "issuer", "year"), [
    ("fr", "Calmeo rachète Vernel", "Calmeo, introduite en Bourse à Paris en 2016, a racheté Vernel.", "Calmeo",
     "2016"),
    ("en", "Telvio Bio to buy Ferncliff", "Telvio Bio, which went public on the Nasdaq in 2016, agreed to buy "
     "Ferncliff.", "Telvio Bio", "2016"),
    ("es", "Orbitek compra Vantix", "Orbitek, que salió a bolsa en BME Growth en 2021, ha comprado Vantix.", "Orbitek",
     "2021"),
])
def test_a_listing_in_an_aside_dates_itself_not_the_news_deal(lang, title, text, issuer, year):
    found = events(lang, title, text)
    (listing,) = [e for e in found if e["type"] == "ipo"]
    (deal,) = [e for e in found if e["type"] == "acquisition"]
    assert issuers([listing]) == {issuer} and listing["status"] == "completed" and listing["date"] == year
    assert deal["date"] == "2024-03-14"


@pytest.mark.parametrize(("lang", "title", "text", "issuer"), [
    ("en", "Telvio Bio to buy Ferncliff", "Telvio Bio, which plans a Nasdaq listing, agreed to buy Ferncliff.",
     "Telvio Bio"),
    ("de", "Windmoor Energie kauft Solvento", "Die seit 2016 im Prime Standard notierte Windmoor Energie kauft "
     "Solvento.", "Windmoor Energie"),
])
def test_an_exchange_or_segment_is_never_a_party(lang, title, text, issuer):
    found = events(lang, title, text)
    named = issuers(found)
    assert issuer in named and not named & {"Nasdaq", "Prime Standard"}


def test_a_listing_dated_right_after_its_cue_is_stated_not_told_before():
    (event,) = listings("de", "Brenntal bricht ein", "Das Kartellamt hat die Übernahme von Brenntal Baustoffe "
                        "untersagt. Die Brenntal-Aktie, die seit dem Börsengang 2017 im Prime Standard notiert, brach "
                        "um 14 Prozent ein.")
    assert issuers([event]) == {"Brenntal Baustoffe"} and event["status"] == "completed" and event["date"] == "2017"


def test_a_listing_the_news_comes_after_keeps_its_own_status():
    found = events("en", "Vantora soars in Nasdaq debut", "Shares of Vantora jumped 34% in their first day of trading "
                   "on the Nasdaq on Thursday. The listing comes a year after Vantora scrapped a planned merger with "
                   "Apex Horizon Acquisition Corp.")
    (listing,) = [e for e in found if e["type"] == "ipo"]
    assert listing["status"] == "completed" and listing["date"] == "2024-03-14"


def test_thousands_written_as_a_word_before_the_figure_count():
    found = events("es", "Farmacias Sol del Valle compra Boticas Laredo", "Farmacias Sol del Valle adquirió la cadena "
                   "Boticas Laredo por mil 200 millones de pesos.")
    (deal,) = [e for e in found if e["type"] == "acquisition"]
    assert deal["amount"]["value"] == 1_200_000_000
