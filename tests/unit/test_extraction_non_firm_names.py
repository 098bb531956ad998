"""Words that are no firm, though capitalised: stock exchanges named where shares trade, things counted where nouns
are capitalised, nouns of idioms, regions after French "en", a listing glued to a name; and firms named like them
that must stay firms; persons after a title, news agencies and wires in a dateline."""

import pytest

from streams.extraction import organisations
from streams.extraction.lexicon import lexicon


def names(language: str, sentence: str) -> list[str]:
    lex = lexicon(language)
    found = organisations.mentions(organisations.analyse(sentence, 0, lex, None), lex, set())
    return [m.name for m in found if m.name]


@pytest.mark.parametrize(
    ("language", "sentence", "absent"),
    [
        # an exchange after a preposition of listing, or with its ticker
        ("en", "Brisewell, which floated on Nasdaq in 2021, has agreed to buy Tarnholm.", "Nasdaq"),
        ("en", "Shares in Brisewell, listed on AIM since 2019, jumped after it bought Tarnholm.", "AIM"),
        ("en", "Brisewell plc (LSE: BRW) said it had completed the sale of Tarnholm to Okavo.", "LSE"),
        ("en", "Since its listing on the London Stock Exchange, Brisewell has bought Tarnholm.", "Exchange"),
        ("de", "Die Brisewell-Aktie stieg im frühen Xetra-Handel, nachdem der Konzern Tarnholm gekauft hatte.",
         "Xetra-Handel"),
        ("de", "Brisewell ist seit 2020 an der Nasdaq gelistet und übernimmt nun Tarnholm.", "Nasdaq"),
        ("fr", "Introduit à Euronext Growth en 2019, Brisewell rachète Tarnholm.", "Euronext Growth"),
        ("fr", "Coté au Nasdaq depuis 2018, Brisewell rachète Tarnholm.", "Nasdaq"),
        ("es", "Brisewell, que cotiza en la Bolsa Mexicana de Valores, compró Tarnholm.", "Mexicana de Valores"),
        ("es", "Brisewell saldrá a cotizar en BME Growth tras comprar Tarnholm.", "BME Growth"),
        # where nouns are capitalised: things counted, nouns of idioms
        ("de", "Zwei Großwärmepumpen liefert Brisewell an die Stadtwerke von Tarnholm.", "Zwei Großwärmepumpen"),
        ("de", "Brisewell baut die Turbinen für die ersten beiden Parks von Tarnholm.", "Parks"),
        ("de", "Mehrere Standorte von Tarnholm übernimmt Brisewell.", "Mehrere Standorte"),
        ("de", "Der Aufsichtsrat von Tarnholm hat den Kauf von 24 Elektrobussen bei Brisewell gebilligt.",
         "Elektrobussen"),
        ("de", "Für Brisewell ist der Auftrag von Tarnholm mit Abstand der größte.", "Abstand"),
        ("de", "Tarnholm ist mit dem Versuch gescheitert, Brisewell zu übernehmen.", "Versuch"),
        # a region after French "en", a city after a plural "basées à"
        ("fr", "Brisewell rachète Tarnholm pour s'implanter en Haute-Savoie.", "Haute-Savoie"),
        ("fr", "Les équipes resteront basées à Rennes après le rachat de Tarnholm par Brisewell.", "Rennes"),
        # an ordinal in roman numerals
        ("fr", "Son anticorps, en phase II, est développé en collaboration avec Tarnholm depuis 2021.", "II"),
        ("en", "Brisewell's fund III invested in Tarnholm.", "III"),
        # a person after a title, a news agency, a wire in a dateline
        ("de", "Nach dem Kauf von Tarnholm sagte Finanzchefin Ida Marquardt, Brisewell wolle weiter wachsen.",
         "Ida Marquardt"),
        ("de", "CEO Ida Marquardt bestätigte, dass Brisewell mit Tarnholm über einen Verkauf spricht.",
         "Ida Marquardt"),
        ("es", "Brisewell negocia la compra de Tarnholm, según la agencia Reuters.", "Reuters"),
        ("es", "Fundada en 2019 por su cofundadora Irene Vidal, Brisewell compró Tarnholm.", "Irene Vidal"),
        ("en", "LEEDS, May 4 (Harbour Wire) - Brisewell said on Monday it had agreed to buy Tarnholm.", "Harbour Wire"),
    ],
)
def test_a_capitalised_word_that_is_no_firm_is_no_name(language: str, sentence: str, absent: str) -> None:
    assert not any(absent in n for n in names(language, sentence))


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the name glued to a mention of listing is the firm alone
        ("en", "Nasdaq-listed Brisewell Therapeutics bought Tarnholm.", "Brisewell Therapeutics"),
        ("en", "The AIM-listed Brisewell Foods agreed to buy Tarnholm.", "Brisewell Foods"),
    ],
)
def test_a_name_after_a_glued_word_is_the_firm_alone(language: str, sentence: str, expected: str) -> None:
    assert expected in names(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # an exchange that buys or is bought is a firm
        ("en", "Nasdaq agreed to buy Tarnholm for $10bn.", "Nasdaq"),
        ("en", "Brisewell sold its stake to Nasdaq last year.", "Nasdaq"),
        # firms named with a number word, firms after a year or a pair's descriptor, a firm that opens its sentence
        ("de", "Zwei Linden GmbH übernimmt Tarnholm.", "Zwei Linden"),
        ("de", "Brisewell hatte 2019 Tarnholm übernommen.", "Tarnholm"),
        ("de", "Die beiden Partner Brisewell und Tarnholm gründen ein Gemeinschaftsunternehmen.", "Brisewell"),
        ("de", "Tarnholm liefert Brisewell 30 Züge.", "Tarnholm"),
        ("en", "Royal Mail has bought Tarnholm.", "Royal Mail"),
        ("fr", "Transport Laurentide a racheté Tarnholm.", "Transport Laurentide"),
        ("fr", "Direction Finance SA rachète Tarnholm.", "Direction Finance"),
        # a firm after French "à" or Spanish "en" stays a firm
        ("fr", "Brisewell a cédé sa filiale à Tarnholm.", "Tarnholm"),
        ("es", "Brisewell invertirá 10 millones en Tarnholm.", "Tarnholm"),
    ],
)
def test_firms_named_like_those_words_stay_firms(language: str, sentence: str, expected: str) -> None:
    assert expected in names(language, sentence)
