"""Trading venues and listings (issue 3, branch venues): an exchange, a segment or an index is where shares trade,
never the issuer of a listing; debuts told by how they went; an offering priced by its shares and their price;
the sum a held listing raised; a first trading told in the past is done."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def listings(lang: str, *paragraphs: str) -> list[dict]:
    return [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "ipo"]


def issuers(events: list[dict]) -> set[str]:
    return {p["name"] for e in events for p in e["parties"]}


@pytest.mark.parametrize(("lang", "paragraphs", "issuer"), [
    ("en", ("Lumatec", "Lumatec debuted on the Nasdaq on Thursday, raising $120 million."), "Lumatec"),
    ("en", ("Lumatec", "Lumatec plans a listing on AIM later this year."), "Lumatec"),
    ("de", ("Lumatec plant Börsengang", "Der Börsengang von Lumatec an der Frankfurter Börse soll im Herbst "
                                        "erfolgen."), "Lumatec"),
    ("de", ("Lumatec", "Lumatec AG strebt einen Börsengang im Prime Standard an."), "Lumatec"),
    ("es", ("Lumatec", "Lumatec prepara su salida a Bolsa en el BME Growth para el próximo año."), "Lumatec"),
    ("es", ("Lumatec", "Lumatec prepara su salida a Bolsa en el Mercado Continuo."), "Lumatec"),
    ("fr", ("Lumatec", "Lumatec recrute. Son rival toulousain Kelvane s'est introduit en Bourse sur Euronext Growth "
                       "en mars 2024, levant 35 millions d'euros."), "Kelvane"),
    ("fr", ("Lumatec", "Cette levée intervient après l'échec du projet d'introduction en Bourse de Lumatec sur "
                       "Euronext Growth, abandonné en juin."), "Lumatec"),
])
def test_the_venue_is_never_the_issuer(lang, paragraphs, issuer):
    assert issuers(listings(lang, *paragraphs)) == {issuer}


@pytest.mark.parametrize(("lang", "paragraphs", "status", "date", "value"), [
    ("fr", ("Lumatec accélère", "Lumatec recrute. Son rival toulousain Kelvane s'est introduit en Bourse sur Euronext "
                                "Growth en mars 2024, levant 35 millions d'euros."), "completed", "2024-03", 35e6),
    ("fr", ("Lumatec", "Lumatec a renoncé vendredi à son introduction en Bourse sur Euronext Paris, qui devait lui "
                       "permettre de lever 200 millions d'euros."), "terminated", "2024-03-08", 200e6),
])
def test_a_listing_on_a_venue_keeps_its_fields(lang, paragraphs, status, date, value):
    (event,) = listings(lang, *paragraphs)
    assert (event["status"], event["date"], event["amount"]["value"]) == (status, date, value)


@pytest.mark.parametrize(("lang", "text", "kind", "party"), [
    ("en", "Nasdaq agreed to buy Lumatec for $2 billion.", "acquisition", "Nasdaq"),
    ("es", "Euronext compra Lumatec por 300 millones de euros.", "acquisition", "Euronext"),
    ("fr", "Euronext rachète Lumatec pour 300 millions d'euros.", "acquisition", "Euronext"),
])
def test_an_exchange_that_makes_a_deal_stays_a_party(lang, text, kind, party):
    found = [e for e in extract_events(page(lang, "News", text)) if e["type"] == kind]
    assert party in issuers(found)


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("es", ("Mercados", "16:10 | Nubex se estrena con fuerza en el BME Growth")),
    ("es", ("Nubex se estrena con fuerza en el BME Growth", "Nubex se estrena con fuerza en el BME Growth.")),
    ("de", ("Marktbericht", "Kestrel mit starkem Debüt.")),
    ("de", ("Marktbericht", "Die Kestrel AG legte mit einem fulminanten Debüt los.")),
])
def test_a_debut_told_by_how_it_went_is_a_completed_listing(lang, paragraphs):
    (event,) = listings(lang, *paragraphs)
    assert event["status"] == "completed"


def test_a_debut_after_a_public_offering_takes_the_offering_s_sum():
    (event,) = listings("es", "Verdello Energía", "Verdello Energía se estrenó ayer en Bolsa con una subida del 7%, "
                                                  "tras una oferta pública de venta con la que ha captado 500 millones "
                                                  "de euros.")
    assert (event["status"], event["date"], event["amount"]["value"]) == ("completed", "2024-03-13", 500e6)


PRICING = ("Lanthor Bio, Inc. today announced the pricing of its upsized initial public offering of 10,000,000 shares "
           "of common stock at a public offering price of $16.00 per share.")


@pytest.mark.parametrize(("lang", "paragraphs", "value"), [
    ("en", ("Lanthor Bio Announces Pricing of Upsized Initial Public Offering", PRICING), 160e6),
    ("en", ("Lanthor Bio Announces Pricing of Upsized Initial Public Offering",
            PRICING + " The gross proceeds to Lanthor Bio from the offering are expected to be $172.5 million."),
     172.5e6),
    ("en", ("Lanthor Bio Announces Pricing", PRICING + " The gross proceeds are expected to be $172.5 million."),
     172.5e6),
    ("de", ("Lumatec", "Die Lumatec AG platziert bei ihrem Börsengang 10 Millionen neue Aktien zu 16 Euro je Aktie."),
     160e6),
    ("fr", ("Lumatec", "Lumatec a fixé le prix de son introduction en Bourse sur Euronext Paris : 10 millions "
                       "d'actions au prix de 16 euros par action."), 160e6),
    ("es", ("Lumatec", "Lumatec ha fijado el precio de su salida a Bolsa y colocará 10 millones de acciones a 16 "
                       "euros por acción."), 160e6),
])
def test_a_priced_offering_is_worth_its_shares_times_their_price_unless_a_sum_is_stated(lang, paragraphs, value):
    (event,) = listings(lang, *paragraphs)
    assert event["status"] == "announced" and event["amount"]["value"] == value


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("fr", "Opsalia est cotée sur Euronext Paris depuis 2021, une introduction qui lui avait permis de lever 80 "
           "millions d'euros.", 80e6),
    ("fr", "Opsalia est cotée sur Euronext Paris depuis son introduction en Bourse en 2021, qui lui avait permis de "
           "lever 80 millions d'euros.", 80e6),
    ("es", "Lumatec cotiza en la BMV desde 2014 y levantó entonces 200 millones de pesos.", 200e6),
    ("es", "Lumatec cotiza en la Bolsa desde 2015 y ha elevado sus ventas hasta 300 millones de euros.", None),
])
def test_a_held_listing_takes_only_the_sum_a_raising_cue_gives(lang, text, value):
    (event,) = listings(lang, "News", text)
    assert event["status"] == "completed" and (event["amount"] and event["amount"]["value"]) == value


@pytest.mark.parametrize("text", [
    "Opsalia s'est introduite en Bourse sur Euronext Paris en 2021, au cours de laquelle 80 millions d'euros avaient "
    "été levés.",
    "L'éditeur de logiciels Opsalia a fait son entrée sur Euronext Growth en 2021. L'éditeur avait levé à cette "
    "occasion 80 millions d'euros.",
])
def test_french_phrasings_of_a_listing_s_sum(text):
    (event,) = listings("fr", "Opsalia", text)
    assert event["amount"]["value"] == 80e6 and event["date"] == "2021"


@pytest.mark.parametrize(("lang", "paragraphs", "value"), [
    ("fr", ("Marchés", "Le fonds Aubrac Capital a pris une participation dans Ravenel. Enfin, Kelvane a fait ce "
                       "jeudi ses premiers pas à la Bourse de Paris. Le producteur d'hydrogène vert a levé 150 "
                       "millions d'euros lors de son introduction, ce qui le valorise autour de 900 millions d'euros."),
     150e6),
    ("fr", ("Lumatec", "Le même jour, Lumatec a publié son document d'enregistrement, première étape vers une cotation "
                       "sur Euronext Paris. L'entreprise entend lever environ 150 millions d'euros, principalement par "
                       "émission d'actions nouvelles."), 150e6),
    ("en", ("Lumatec", "Lumatec filed for a listing on the Nasdaq on Tuesday. The company plans to raise about $150 "
                       "million."), 150e6),
])
def test_money_raised_right_after_a_listing_is_the_listing_s(lang, paragraphs, value):
    (event,) = listings(lang, *paragraphs)
    assert event["amount"]["value"] == value
    assert not [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "funding_round"]


def test_an_earlier_dated_round_after_a_listing_stays_its_own():
    events = extract_events(page("fr", "Lumatec", "Lumatec a publié son document d'enregistrement, première étape vers "
                                                  "une cotation sur Euronext Paris. En 2022, elle avait levé 60 "
                                                  "millions d'euros auprès du fonds Hexagone Tech."))
    (listing,) = [e for e in events if e["type"] == "ipo"]
    assert listing["amount"] is None


def test_a_product_s_introduction_is_no_listing():
    assert not listings("fr", "Lumatec", "Le prix du modèle de Lumatec a baissé de 10 % lors de son introduction sur "
                                         "le marché américain.")
