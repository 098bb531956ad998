"""Which figure is a deal's amount (branch amountsAB): the thousands a Mexican figure tells as "N mil" before its
millions ("3 mil 200 millones" is 3,200 millions), and the text's own currency over a conversion told in brackets
after it ("a 1.8 billion euro ($2.0 billion) takeover"). Sentences written for these tests."""

import pytest

from streams.extraction import amounts, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

THOUSANDS = [  # the count of thousands may be digits, a number word or none
    ("Grupo Lumatec pagará 3 mil 200 millones de pesos por la cadena.", 3.2e9, "3 mil 200 millones de pesos"),
    ("La operación asciende a 12 mil 450 millones de pesos.", 12.45e9, "12 mil 450 millones de pesos"),
    ("La cadena se vendió por dos mil 500 millones de pesos.", 2.5e9, "dos mil 500 millones de pesos"),
    ("La cadena se vendió por mil 200 millones de pesos.", 1.2e9, "mil 200 millones de pesos"),
    ("En 2024 mil 200 millones de pesos fueron a la cadena.", 1.2e9, "mil 200 millones de pesos"),
]


@pytest.mark.parametrize(("sentence", "value", "text"), THOUSANDS)
def test_thousands_word_before_millions(sentence: str, value: float, text: str) -> None:
    (found,) = amounts.find(sentence, 0, lexicon("es"))
    assert (found.value, found.currency, found.text) == (pytest.approx(value), "MXN", text)


def test_thousands_word_in_a_figure_without_currency() -> None:
    """On a page whose currency is known, a bare figure takes the thousands word too."""
    (found,) = amounts.find("La mexicana Lumatec levantó 2 mil 100 millones en su ronda.", 0, lexicon("es"), "MXN")
    assert (found.value, found.text) == (pytest.approx(2.1e9), "2 mil 100 millones")


CONVERTED = [  # the figure in the text's own currency, stated first, is the deal's
    ("en", "Regulators on Tuesday cleared Lumatec's 1.8 billion euro ($2.0 billion) takeover of Nordwerk.",
     1.8e9, "EUR"),
    ("en", "Lumatec on Tuesday agreed to buy Nordwerk for £40m (about €46m).", 40e6, "GBP"),
    ("de", "Lumatec übernimmt Nordwerk für 1,8 Milliarden Franken (rund 1,9 Mrd. Euro), wie am Dienstag bekannt "
     "wurde.", 1.8e9, "CHF"),
    ("fr", "Lumatec va racheter Nordwerk pour 400 millions de dollars (soit environ 370 millions d'euros), a annoncé "
     "mardi le groupe.", 400e6, "USD"),
    ("es", "Lumatec comprará Nordwerk por 3 mil 200 millones de pesos (unos 180 millones de dólares), anunció el "
     "martes.", 3.2e9, "MXN"),
]


@pytest.mark.parametrize(("lang", "text", "value", "currency"), CONVERTED)
def test_bracketed_conversion_is_not_the_amount(lang: str, text: str, value: float, currency: str) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert (event["amount"]["value"], event["amount"]["currency"]) == (pytest.approx(value), currency)


def test_bracketed_figure_of_the_same_currency_stays() -> None:
    """A bracket in the same currency is a part of the sum, not a conversion: both figures are found."""
    found = amounts.find("Lumatec pays $40m (including $5m in shares) for Nordwerk.", 0, lexicon("en"))
    assert [a.value for a in found] == [40e6, 5e6]


LISTING_SUMS = [  # a later sentence gives the sum raised in one clause and the valuation in another
    ("de", "Die Taubert Medizintechnik bereitet einen Börsengang in Frankfurt vor. Im Gespräch sei ein "
     "Platzierungsvolumen von rund 400 Mio. Euro, bei einer Bewertung von bis zu zwei Milliarden Euro.", 400e6),
    ("en", "Lumatec said on Tuesday it plans to list its shares on the London Stock Exchange. The offering could raise "
     "£400m, valuing the company at about £2bn.", 400e6),
    ("fr", "Lumatec a annoncé mardi son introduction en Bourse sur Euronext Paris. L'opération pourrait lever 300 "
     "millions d'euros, ce qui valoriserait la société à 1,5 milliard d'euros.", 300e6),
    ("es", "Lumatec anunció el martes su salida a bolsa en el Mercado Continuo. La colocación rondará los 300 millones "
     "de euros, con una valoración de hasta 1.500 millones.", 300e6),
]


@pytest.mark.parametrize(("lang", "text", "value"), LISTING_SUMS)
def test_listing_sum_beside_a_valuation(lang: str, text: str, value: float) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert event["type"] == "ipo" and event["amount"]["value"] == pytest.approx(value)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Online-Händler Lumatec ist am Mittwoch an die Frankfurter Börse gegangen. Zum Ausgabepreis wird das "
     "Unternehmen mit rund 5,3 Mrd. Euro bewertet."),
    ("en", "Lumatec said on Tuesday it plans to list its shares on the London Stock Exchange. The offering would "
     "value the company at about £2bn, people familiar with the matter said."),
])
def test_listing_valuation_alone_is_no_amount(lang: str, text: str) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert event["type"] == "ipo" and event["amount"] is None


LATER_PRICES = [  # the sentence after the deal tells its price with a verb of price or as a reported figure
    ("de", "Der Chiphersteller Lumatec verhandelt nach Informationen aus Finanzkreisen über den Kauf der Sensorsparte "
     "von Nordwerk. Die Sparte könnte demnach rund 120 Millionen Euro kosten.", 120e6),
    ("de", "Der Chiphersteller Lumatec übernimmt den Zulieferer Nordwerk, wie am Dienstag bekannt wurde. In "
     "Branchenkreisen ist von rund 40 Mio. Euro die Rede.", 40e6),
    ("de", "Der Chiphersteller Lumatec hat den geplanten Börsengang am Dienstag abgesagt. Das Unternehmen hatte rund "
     "400 Millionen Euro einnehmen wollen.", 400e6),
    ("de", "Der Chiphersteller Lumatec ist am Dienstag an die Frankfurter Börse gegangen. Platziert wurden Aktien für "
     "zusammen 310 Mio. Euro.", 310e6),
    ("en", "Lumatec is in talks to buy the sensor division of Nordwerk, people familiar with the matter said. The "
     "division could cost about $120 million.", 120e6),
    ("fr", "Lumatec serait en discussions pour racheter la division capteurs de Nordwerk, selon nos informations. La "
     "division pourrait coûter quelque 120 millions d'euros.", 120e6),
    ("es", "Lumatec negocia la compra de la división de sensores de Nordwerk, según fuentes del mercado. La división "
     "costaría unos 120 millones de euros.", 120e6),
]


@pytest.mark.parametrize(("lang", "text", "value"), LATER_PRICES)
def test_price_told_in_the_next_sentence(lang: str, text: str, value: float) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert event["amount"]["value"] == pytest.approx(value)


def test_combined_words_still_keep_a_merger_figure_out() -> None:
    """ "zusammen" after a listing is its total; after a merger it still adds the parties up."""
    (event,) = extract_events(page("de", "Lumatec", "Der Chiphersteller Lumatec und der Autozulieferer Nordwerk "
                                   "wollen fusionieren. Zusammen kosten die Firmen an der Börse 9 Mrd. Euro."))
    assert event["amount"] is None


CONVERTED_BY_WORD = [  # a word of conversion before the second figure: the first, in the text's own currency, counts
    ("de", "Lumatec übernimmt Nordwerk für 1,8 Milliarden Franken, umgerechnet rund 1,9 Mrd. Euro, wie am Dienstag "
     "bekannt wurde.", 1.8e9, "CHF"),
    ("en", "Lumatec agreed on Tuesday to buy Nordwerk for 2.1 billion Swiss francs, or about $2.3 billion.", 2.1e9,
     "CHF"),
    ("fr", "Lumatec va racheter Nordwerk pour 400 millions de dollars, soit 370 millions d'euros, a annoncé mardi le "
     "groupe.", 400e6, "USD"),
    ("es", "Lumatec comprará Nordwerk por 3.200 millones de pesos, equivalentes a unos 165 millones de euros, anunció "
     "el martes.", 3.2e9, "MXN"),
    # alone, a converted figure is the price
    ("de", "Der Darmstädter Spezialchemiekonzern Corvana hat die Übernahme des schwedischen Arzneimittelzulieferers "
     "Lindqvist Pharma abgeschlossen. Der Kaufpreis beläuft sich auf umgerechnet 2,35 Milliarden Euro.", 2.35e9, "EUR"),
]


@pytest.mark.parametrize(("lang", "text", "value", "currency"), CONVERTED_BY_WORD)
def test_conversion_word(lang: str, text: str, value: float, currency: str) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert (event["amount"]["value"], event["amount"]["currency"]) == (pytest.approx(value), currency)


@pytest.mark.parametrize(("sentence", "value", "currency"), [
    ("Lumatec is counting on a C$480-million order from the transit agency.", 480e6, "CAD"),
    ("Lumatec agreed on Tuesday to buy Nordwerk for $480-million.", 480e6, "USD"),
    ("Regulators cleared Lumatec's 1.8-billion-euro takeover of Nordwerk.", 1.8e9, "EUR"),
    ("Regulators cleared Lumatec's 1.8 billion-euro takeover of Nordwerk.", 1.8e9, "EUR"),
])
def test_hyphen_joins_figure_scale_and_currency(sentence: str, value: float, currency: str) -> None:
    (found,) = amounts.find(sentence, 0, lexicon("en"))
    assert (found.value, found.currency) == (pytest.approx(value), currency)


NOT_THE_DEAL = [  # a venture's plant cost, a contract party's capex plan, a merged group's size or a profit
    ("en", "Lumatec Building Society and Nordwerk Building Society agreed on Tuesday to merge, creating a mutual with "
     "combined assets of £2.4bn."),
    ("es", "Lumatec y Nordwerk crearán una empresa conjunta que construirá una planta de amoníaco en Chile con una "
     "inversión de US$ 1.000 millones, anunciaron el martes."),
    ("en", "Lumatec and Nordwerk agreed on Tuesday to form a joint venture that will build a battery plant in Ohio at "
     "a cost of $1 billion."),
    ("fr", "Lumatec et Nordwerk ont annoncé mardi une coentreprise qui construira une usine en Alsace, un "
     "investissement de 500 millions d'euros."),
    ("es", "Lumatec firmó el martes un contrato de suministro con Nordwerk, que prevé un plan de inversiones de US$ 40 "
     "millones."),
    ("es", "Lumatec firmó el martes un contrato de suministro con Nordwerk. La empresa tiene además un plan de "
     "inversiones de US$ 40 millones."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_THE_DEAL)
def test_spending_and_size_are_no_deal_value(lang: str, text: str) -> None:
    events = [e for e in extract_events(page(lang, "Lumatec", text)) if e["type"] != "investment"]
    assert events and all(e["amount"] is None for e in events), events


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a contribution to a venture is its amount; spending told in another clause leaves the contract's price
    ("es", "Lumatec tendrá el 51% de la empresa conjunta creada el martes con Nordwerk, que aportará US$ 250 millones.",
     250e6),
    ("de", "Die Stadtwerke Lumatec sind zufrieden. Auch vor Ort wird investiert: Für 12,5 Millionen Euro haben die "
     "Stadtwerke bei Nordwerk einen Batteriespeicher bestellt. Im vergangenen Jahr erzielten die Stadtwerke einen "
     "Gewinn von 4,1 Millionen Euro.", 12.5e6),
])
def test_contribution_or_price_kept(lang: str, text: str, value: float) -> None:
    found = [(e["amount"] or {}).get("value") for e in extract_events(page(lang, "Lumatec", text))
             if e["type"] in {"joint_venture", "contract"}]
    assert found == [pytest.approx(value)], found


WITHHELD = [  # the article says the price is not told: a figure of another sentence is not the deal's
    ("en", "Lumatec agreed on Tuesday to buy Nordwerk for an undisclosed sum. The deal adds to the $300 million "
     "Lumatec has spent on acquisitions since 2020."),
    ("fr", "Lumatec a racheté Nordwerk pour un montant non divulgué, a annoncé mardi le groupe. Le contrat signé l'an "
     "dernier portait sur 300 millions d'euros."),
    ("es", "Lumatec compró Nordwerk por un importe no revelado, anunció el martes. El contrato firmado el año pasado "
     "ascendía a 300 millones de euros."),
    ("de", "Lumatec übernimmt den Zulieferer Nordwerk, wie am Dienstag bekannt wurde. Über den Kaufpreis wurde "
     "Stillschweigen vereinbart. Das Volumen des Vorjahresauftrags von Nordwerk lag bei 300 Millionen Euro."),
    ("en", "Lumatec agreed on Tuesday to buy Nordwerk. Terms were not disclosed. Nordwerk's price tag for its previous "
     "owner was $300 million."),
]


@pytest.mark.parametrize(("lang", "text"), WITHHELD)
def test_withheld_price_takes_no_other_figure(lang: str, text: str) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert event["type"] == "acquisition" and event["amount"] is None


def test_withheld_detail_of_something_else_keeps_the_price() -> None:
    (event,) = extract_events(page("en", "Lumatec", "Lumatec agreed on Tuesday to buy Nordwerk for $300 million. "
                                   "Terms of the financing were not disclosed."))
    assert event["amount"]["value"] == pytest.approx(300e6)


STAKE_WORTH = [  # "worth", "im Wert von", "por valor de" after a stake: what the stake costs, no valuation of the firm
    ("en", "Marubeni ended talks on Tuesday to buy a minority stake in Lumatec. Bloomberg News reported in November "
     "that Marubeni was weighing a 30% stake worth about $150 million.", 150e6),
    ("de", "Der Staatsfonds Mubadala beteiligt sich an Lumatec, wie am Dienstag bekannt wurde. Er erwirbt eine "
     "Beteiligung im Wert von 150 Mio. Euro.", 150e6),
    ("es", "Marubeni adquirió el martes una participación del 30% en Lumatec por valor de 150 millones de euros.",
     150e6),
]


@pytest.mark.parametrize(("lang", "text", "value"), STAKE_WORTH)
def test_stake_worth_is_its_price(lang: str, text: str, value: float) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert event["type"] == "investment" and event["amount"]["value"] == pytest.approx(value)


FAR = [  # paragraphs after the deal, a sentence with no cue of its own names its parties (or a listing's sum)
    ("de", ("Das Bundeskartellamt hat die geplante Übernahme des Baustoffherstellers Nordwerk durch den Zementkonzern "
            "Lumatec verboten.", "Der Zusammenschluss hätte zu einer marktbeherrschenden Stellung geführt, begründete "
            "die Behörde. Zement werde selten weit gefahren. Die angebotenen Zusagen hätten die Bedenken nicht "
            "ausgeräumt.", "Lumatec hatte im vergangenen Sommer rund 640 Millionen Euro für Nordwerk geboten. Der "
            "Vorstand zeigte sich enttäuscht."), 640e6),
    ("de", ("Der Online-Händler Lumatec ist am Mittwoch an die Frankfurter Börse gegangen. Die erste Notiz lag bei "
            "24,10 Euro. Die Nachfrage war groß. Analysten sind zufrieden.",
            "Das Emissionsvolumen beläuft sich damit auf rund 400 Mio. Euro."), 400e6),
    ("en", ("Regulators on Tuesday blocked Lumatec's planned takeover of Nordwerk. The watchdog said the deal would "
            "hurt competition. Lumatec said it was disappointed. It is weighing an appeal.",
            "Lumatec had offered about $640 million for Nordwerk last summer."), 640e6),
]


@pytest.mark.parametrize(("lang", "paragraphs", "value"), FAR)
def test_figure_paragraphs_away(lang: str, paragraphs: tuple[str, ...], value: float) -> None:
    (event,) = extract_events(page(lang, "Lumatec", *paragraphs))
    assert event["amount"]["value"] == pytest.approx(value)


@pytest.mark.parametrize(("lang", "paragraphs"), [
    # a venture's far figure is its plant's cost; a sum of provisions is no price
    ("en", ("Lumatec and Nordwerk agreed on Tuesday to form a joint venture. The venture will make batteries. It will "
            "employ 400 people. Production starts in 2027.", "Lumatec and Nordwerk will build a plant for $850 "
            "million.")),
    ("es", ("Lumatec completó el martes la compra de Nordwerk. La operación fue aprobada por el regulador. El mercado "
            "reaccionó con subidas. Los analistas aplaudieron.", "Lumatec necesitará dotar unos 900 millones de euros "
            "en provisiones para sanear los activos de Nordwerk.")),
])
def test_far_figure_that_is_no_price(lang: str, paragraphs: tuple[str, ...]) -> None:
    (event,) = extract_events(page(lang, "Lumatec", *paragraphs))
    assert event["amount"] is None


def test_figure_before_another_cue_is_that_deal_sum() -> None:
    """ "a $45 million investment": the figure qualifies the investment, not the partnership told before it."""
    text = ("Lumatec also announced a strategic partnership with Nordwerk Aerospace to develop a radar, and a $45 "
            "million investment in Skyhaven Robotics, giving Lumatec a 19.9% stake.")
    found = {e["type"]: (e["amount"] or {}).get("value") for e in extract_events(page("en", "Lumatec", text))}
    assert found == {"partnership": None, "investment": pytest.approx(45e6)}


def test_figure_before_a_verb_of_raising_stays_the_listing_sum() -> None:
    (event,) = extract_events(page("de", "Lumatec", "Der Freiburger Solarmodulhersteller Lumatec hat beim Börsengang "
                                   "am Dienstag 780 Millionen Euro eingesammelt."))
    assert event["type"] == "ipo" and event["amount"]["value"] == pytest.approx(780e6)


def test_colon_ends_the_phrase_of_a_figure() -> None:
    """ "in a year: the firm led the $40 million Series B": "a year" is told before the colon, no yearly flow."""
    text = ("For Ashgrove Capital, it is the second bet on warehouse automation in a year: the firm led the $40 "
            "million Series B of Stackyard, a maker of inventory software, last summer.")
    (event,) = extract_events(page("en", "Lumatec", text))
    assert event["type"] == "funding_round" and event["amount"]["value"] == pytest.approx(40e6)


@pytest.mark.parametrize(("lang", "text"), [  # a profit told after the deal is the firm's, no price
    ("en", "Lumatec agreed on Tuesday to buy Nordwerk. Nordwerk, which made a profit of $40 million last year, will "
     "keep its brand."),
    ("es", "Lumatec anunció el martes la compra de Nordwerk. Nordwerk, que obtuvo un beneficio de 40 millones de euros "
     "el año pasado, mantendrá su marca."),
])
def test_profit_is_no_price(lang: str, text: str) -> None:
    (event,) = extract_events(page(lang, "Lumatec", text))
    assert event["type"] == "acquisition" and event["amount"] is None
