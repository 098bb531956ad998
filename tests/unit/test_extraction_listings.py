"""Listings (issue 3, branch ipo): a firm's listed state is no deal; the firm a description after a listing cue
names is listed, never the owner the description was read back to; a listing's money may be told by a later
sentence about the offering (never its valuation); a debut celebrated has taken place."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def listings(lang: str, title: str, *sentences: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, *sentences)) if e["type"] == "ipo"]


def issuers(events: list[dict]) -> set[str]:
    return {p["name"] for e in events for p in e["parties"]}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nordwerk, which reported revenue of £1.1bn last year, is listed on the London Stock Exchange."),
    ("en", "Shares in Nordwerk, which has been listed on AIM since 2016, rose 4% on Tuesday."),
    ("en", "Nordwerk's shares are listed on the Nasdaq."),
    ("en", "The group employs around 4,800 people and remains listed on the London Stock Exchange."),
    ("de", "Nordwerk, das an der Frankfurter Börse notiert ist, steigert den Umsatz."),
    ("fr", "Nordwerk, qui est cotée sur Euronext Paris, augmente son chiffre d'affaires."),
    ("es", "Nordwerk, que cotiza en la BMV, elevó sus ventas un 8%."),
])
def test_a_listed_state_is_no_listing(lang, text):
    assert not listings(lang, "Nordwerk", text)


def test_a_listing_told_in_the_past_stays():
    (event,) = listings("en", "Nordwerk", "Nordwerk listed on the Nasdaq in 2019.")
    assert issuers([event]) == {"Nordwerk"} and event["status"] == "completed" and event["date"] == "2019"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Halvorsen Capital bought Ferncliff in 2019 and had explored a listing of the business earlier this year."),
    ("en", "Halvorsen Capital acquired Ferncliff in 2019 and is now weighing a flotation of the company."),
    ("fr", "Le fonds Ardane a racheté Ferncliff en 2019 et étudie désormais une introduction en Bourse de la société."),
    ("es", "El fondo Ardane compró Ferncliff en 2019 y estudia ahora una salida a bolsa de la compañía."),
])
def test_the_owner_is_not_the_issuer_of_its_business_listing(lang, text):
    assert issuers(listings(lang, "News", text)) == {"Ferncliff"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Für den Händler ist die Suche nach einem Eigentümer offen. Nach Angaben aus Unternehmenskreisen erwägt "
           "Ostwald Beteiligungen nun einen Börsengang des Händlers, der rund 2.300 Mitarbeiter beschäftigt."),
    ("en", "People close to the matter said Halvorsen Capital is weighing a listing of the business next year."),
])
def test_a_listing_of_a_described_unit_is_never_the_owner_s(lang, text):
    found = issuers(listings(lang, "News", text))
    assert not found & {"Ostwald Beteiligungen", "Halvorsen Capital"}


@pytest.mark.parametrize(("lang", "text", "issuer"), [
    ("en", "Lumatec is preparing a listing of its shares in London.", "Lumatec"),
    ("de", "Lumatec plant einen Börsengang der Tochter Nordwerk Services.", "Nordwerk Services"),
])
def test_a_named_issuer_after_the_cue_stays(lang, text, issuer):
    assert issuer in issuers(listings(lang, "News", text))


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Lumatec made its stock market debut on the Nasdaq on Tuesday. The offering totalled $200 million.",
     200_000_000),
    ("fr", "Lumatec a fait ses débuts en Bourse mardi. Le montant de l'opération atteint 150 millions d'euros.",
     150_000_000),
    ("fr", "Lumatec a fait ses débuts en Bourse mardi. Elle a récolté 150 millions d'euros.", 150_000_000),
    ("es", "Lumatec debutó en la BMV el jueves. La operación ascendió a 6.500 millones de pesos.", 6_500_000_000),
])
def test_a_listing_takes_the_sum_a_later_sentence_gives_the_offering(lang, text, value):
    (event,) = listings(lang, "Lumatec", text)
    assert event["amount"] and event["amount"]["value"] == value


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lumatec made its stock market debut on the Nasdaq on Tuesday. The deal values the company at $2 billion."),
    ("fr", "Lumatec a fait ses débuts en Bourse mardi. L'opération valorise la société à 900 millions d'euros."),
    ("es", "Lumatec debutó en la BMV el jueves. La operación valora a la compañía en 20.000 millones de pesos."),
    ("fr", "Introduite en Bourse en 2021, Lumatec vaut désormais 2 milliards d'euros."),
    ("es", "Lumatec, que salió a bolsa en 2021, vale hoy 2.000 millones de euros."),
])
def test_a_listed_firm_s_worth_is_no_listing_amount(lang, text):
    (event,) = listings(lang, "Lumatec", text)
    assert event["amount"] is None


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("de", "Solacor glänzt beim Börsendebüt an der SIX", "Die Solacor AG hat am Dienstag ihr Börsendebüt an der SIX "
                                                         "gefeiert."),
    ("es", "Cadena Tlalli debuta en la BMV; capta 6,500 millones de pesos", "Cadena Tlalli debuta en la BMV este "
                                                                           "jueves y capta 6,500 millones de pesos."),
    ("es", "Noticias", "Las acciones de Tlalli empezaron a cotizar el jueves; Tlalli comenzó a cotizar en la BMV a 20 "
                       "pesos."),
])
def test_a_debut_has_taken_place(lang, title, text):
    (event,) = listings(lang, title, text)
    assert event["status"] == "completed"


def test_a_listing_on_the_mexican_exchange_names_the_exchange_no_party():
    (event,) = listings("es", "Noticias", "Grupo Casaverde alista su salida a la BMV, con la que buscaría hasta "
                                          "8,500 millones de pesos.")
    assert "BMV" not in issuers([event]) and event["amount"]["value"] == 8_500_000_000


@pytest.mark.parametrize(("lang", "paragraphs", "issuer"), [
    ("fr", ("Lumatec rachète Nordwerk",
            "Le spécialiste grenoblois des capteurs Lumatec a annoncé mardi le rachat de Nordwerk, une PME lyonnaise, "
            "pour 40 millions d'euros.",
            "Nordwerk emploie 120 personnes et réalise 30 millions d'euros de chiffre d'affaires.",
            "Côté acheteur, la société grenobloise mise sur la croissance externe depuis son introduction en Bourse à "
            "Paris en juin 2021, qui lui avait permis de lever 150 millions."), "Lumatec"),
    ("fr", ("Lumatec rachète Nordwerk",
            "Le spécialiste grenoblois des capteurs Lumatec a annoncé mardi le rachat de Nordwerk, une PME lyonnaise, "
            "pour 40 millions d'euros.",
            "Nordwerk emploie 120 personnes et réalise 30 millions d'euros de chiffre d'affaires.",
            "La société lyonnaise a fait son entrée en Bourse à Paris en juin 2021."), "Nordwerk"),
])
def test_a_description_by_the_place_stands_for_the_firm_the_page_tied_to_it(lang, paragraphs, issuer):
    (event,) = listings(lang, *paragraphs)
    assert issuers([event]) == {issuer} and event["date"] == "2021-06"


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("es", "Lumatec, S.A. comunica su intención de solicitar la admisión a negociación de sus acciones en las Bolsas "
           "de Madrid y Barcelona. La oferta incluirá acciones de nueva emisión y acciones vendidas por los actuales "
           "accionistas, por un importe de hasta 300 millones de euros.", 300_000_000),
    ("es", "Lumatec ha solicitado la admisión a cotización de sus acciones en el Mercado Continuo.", None),
    ("en", "Lumatec announced its intention to float on the London Stock Exchange. The offering will comprise new "
           "shares and shares sold by existing shareholders, and total up to £300 million.", 300_000_000),
    ("fr", "Lumatec annonce son projet d'introduction en Bourse sur le marché réglementé d'Euronext Paris. L'offre "
           "comprendra des actions nouvelles et des actions cédées par les actionnaires actuels, pour un montant de "
           "300 millions d'euros.", 300_000_000),
])
def test_an_admission_to_trading_is_a_listing_and_its_offering_s_shares_sold_no_other_deal(lang, text, value):
    (event,) = listings(lang, "Lumatec", text)
    assert issuers([event]) == {"Lumatec"} and event["status"] == "announced"
    assert (event["amount"] or {}).get("value") == value


@pytest.mark.parametrize("text", [
    "Lumatec, desarrolladora de parques solares, se estrenó este jueves en la Bolsa Mexicana de Valores (BMV) tras "
    "colocar acciones por 7.500 millones de pesos.",
    "Lumatec se estrenó el jueves en la Bolsa Mexicana tras colocar acciones por 7.500 millones de pesos.",
    "Lumatec se estrenó ayer en el Nasdaq tras colocar acciones por 7.500 millones de pesos.",
])
def test_a_spanish_debut_on_an_exchange_is_a_completed_listing(text):
    (event,) = listings("es", "Lumatec", text)
    assert issuers([event]) == {"Lumatec"} and event["status"] == "completed"
    assert event["amount"]["value"] == 7_500_000_000


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Lumatec began trading on the Nasdaq on Thursday. The company sold 15.5 million shares in the initial "
           "public offering, raising $310 million before underwriting fees.", 310_000_000),
    ("es", "Lumatec se estrenó el jueves en la BMV. La compañía colocó 200 millones de acciones y captó 6.500 "
           "millones de pesos.", 6_500_000_000),
])
def test_a_count_of_shares_is_no_listing_amount(lang, text, value):
    (event,) = listings(lang, "Lumatec", text)
    assert event["amount"]["value"] == value


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Lumatec, spécialiste du stockage de chaleur, annonce aujourd'hui le succès de son introduction en Bourse "
           "sur le marché réglementé d'Euronext Paris."),
    ("es", "Farmacias Lumatec se convirtió este miércoles en la primera empresa en salir a la Bolsa Mexicana de "
           "Valores (BMV) desde 2024."),
])
def test_a_listing_told_as_a_success_or_a_first_has_taken_place(lang, text):
    (event,) = listings(lang, "Lumatec", text)
    assert event["status"] == "completed"
