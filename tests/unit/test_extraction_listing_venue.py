"""The exchange a firm lists on is never the issuer: "went public on Nasdaq", "an der Nasdaq", "sur Euronext
Growth", "en el Nasdaq" name where the shares trade; the issuer is the firm the sentence or the page speaks of."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def issuers(lang: str, *sentences: str) -> list[str]:
    return [e["parties"][0]["name"] for e in extract_events(page(lang, "News", *sentences)) if e["type"] == "ipo"]


@pytest.mark.parametrize(("lang", "lead", "listing"), [
    ("en", "Acme Robotics Inc. said on Monday that revenue rose 20%.",
     "The company went public on Nasdaq in 2021, raising $190 million in its initial public offering."),
    ("en", "Acme Robotics Plc said on Monday that revenue rose 20%.",
     "The group listed on the London Stock Exchange in 2019, raising £80m."),
    ("de", "Die Acme Robotik AG meldete am Montag ein Umsatzplus von 20 Prozent.",
     "Das Unternehmen war 2021 an der Nasdaq an die Börse gegangen und hatte dabei 190 Millionen Dollar "
     "eingenommen."),
    ("de", "Die Acme Robotik AG meldete am Montag ein Umsatzplus von 20 Prozent.",
     "Der Konzern feierte 2021 seinen Börsengang an der Nasdaq und nahm dabei 190 Millionen Dollar ein."),
    ("fr", "Acme Robotique SA a publié lundi un chiffre d'affaires en hausse de 20 %.",
     "Le groupe s'est introduit en Bourse sur Euronext Growth en 2021, levant 40 millions d'euros."),
    ("es", "Acme Robótica SA presentó el lunes unas ventas un 20% mayores.",
     "La compañía salió a bolsa en el Nasdaq en 2021 y captó 190 millones de dólares."),
])
def test_a_listing_told_of_the_pages_firm_is_its_own_not_the_exchanges(lang, lead, listing):
    (issuer,) = issuers(lang, lead, listing)
    assert issuer.startswith("Acme Rob")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Robotics Inc. went public on Nasdaq in 2021, raising $190 million."),
    ("en", "Acme Robotics Plc floated on AIM in 2016, raising £40m."),
    ("de", "Die Acme Robotik AG ging 2021 an der Nasdaq an die Börse und nahm dabei 190 Millionen Dollar ein."),
    ("fr", "Acme Robotique SA s'est introduite en Bourse sur Euronext Growth en 2021, levant 40 millions d'euros."),
    ("es", "Acme Robótica SA salió a bolsa en el Nasdaq en 2021 y captó 190 millones de dólares."),
])
def test_the_subject_of_a_listing_on_a_named_exchange_is_the_issuer(lang, sentence):
    (issuer,) = issuers(lang, sentence)
    assert issuer.startswith("Acme Rob")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "It is the biggest listing in London since the one of Delta Networks in 2019."),
    ("es", "Es la mayor salida a bolsa en Europa desde la de Delta Redes en 2019."),
])
def test_a_firm_named_further_on_than_the_exchange_is_still_an_issuer(lang, sentence):
    assert issuers(lang, sentence) == [" ".join(sentence.split()[-4:-2])]
