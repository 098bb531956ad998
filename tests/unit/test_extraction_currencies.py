"""Sums in the conventions of the press outside the US, UK and euro area: Indian numbering (lakh, crore), the
signs and abbreviations of South Asia, the Gulf, Africa, Asia and the Pacific, and a conversion in brackets."""

import pytest

from streams.extraction import amounts, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("sentence", "value", "currency"), [
    # Indian numbering: a lakh is 10^5, a crore 10^7, a lakh crore 10^12
    ("The lender will invest Rs 1,250 crore in the plant.", 1250e7, "INR"),
    ("It bought the unit for ₹4,800 crore last year.", 4800e7, "INR"),
    ("The board cleared INR 350 crore for the purchase.", 350e7, "INR"),
    ("The scheme is worth Rs. 45 lakh crore over five years.", 45e12, "INR"),
    ("The start-up raised Rs 75 lakh from angels.", 75e5, "INR"),
    ("The state plans 1.2 lakh crore rupees of projects.", 1.2e12, "INR"),
    ("The two signed a Rs 2,500-crore deal on Friday.", 2500e7, "INR"),
    ("The fund makes a ₹900-crore investment in the chain.", 900e7, "INR"),
    ("The order is worth Rs 12,50,000 in all.", 1.25e6, "INR"),
    ("The bank lent Tk 500 crore to the mill.", 500e7, "BDT"),
    # the Gulf and North Africa
    ("Emaar signed an AED1.1bn contract.", 1.1e9, "AED"),
    ("The developer pays Dhs 500 million for the plot.", 500e6, "AED"),
    ("The fund put SR2bn into the venture.", 2e9, "SAR"),
    ("The deal is valued at 3 billion riyals.", 3e9, "SAR"),
    ("The buyer pays E£3bn for the stake.", 3e9, "EGP"),
    # Africa
    ("The lender agreed to pay N250 billion for the bank.", 250e9, "NGN"),
    ("The telecom group raised ₦5bn in bonds.", 5e9, "NGN"),
    ("The brewer paid Sh2.3 billion for the distillery.", 2.3e9, "KES"),
    ("The insurer paid KES 2.3bn for its rival.", 2.3e9, "KES"),
    ("The deal is worth KSh 2.3bn.", 2.3e9, "KES"),
    ("The miner sold the mine for R1.2bn.", 1.2e9, "ZAR"),
    ("The retailer paid R450 million for the chain.", 450e6, "ZAR"),
    ("The state paid 2 billion rand for the stake.", 2e9, "ZAR"),
    ("The port was sold for 40 billion CFA francs.", 40e9, "XOF"),
    ("The brewer paid GH¢2 billion for the plant.", 2e9, "GHS"),
    # Asia and the Pacific
    ("The bank paid S$500 million for the insurer.", 500e6, "SGD"),
    ("The miner completed an A$85 million placement.", 85e6, "AUD"),
    ("The dairy sold its stake for NZ$40m.", 40e6, "NZD"),
    ("The developer paid HK$1.2bn for the tower.", 1.2e9, "HKD"),
    ("Maybank pays RM 1.2 billion for the unit.", 1.2e9, "MYR"),
    ("The telecom group raised Rp5 trillion.", 5e12, "IDR"),
    ("The conglomerate paid ₱2bn for the stake.", 2e9, "PHP"),
    ("The chaebol paid 5 trillion won for the maker.", 5e12, "KRW"),
    ("The group paid 3 billion yuan for the plant.", 3e9, "CNY"),
    ("The carrier paid 900 billion dong for the airline.", 900e9, "VND"),
    ("The miner paid K1.5 billion for the licence.", 1.5e9, "PGK"),
    ("The bank paid R$ 2 billion for the fintech.", 2e9, "BRL"),
    ("The developer paid RM1.2bil for the land.", 1.2e9, "MYR"),
    ("The port was sold for CFA 50 billion.", 50e9, "XOF"),
    ("The cement maker paid Bt5bn for the plant.", 5e9, "THB"),
    ("The lender paid Shs 100 billion for the bank.", 100e9, "UGX"),
    ("The group paid F$5 million for the resort.", 5e6, "FJD"),
    ("The bank paid MAD 500 million for the insurer.", 500e6, "MAD"),
    # the writing of figures and scales
    ("The round raised USD 12 mn.", 12e6, "USD"),
    ("The round raised $12mn.", 12e6, "USD"),
    ("It won a $500-million contract.", 500e6, "USD"),
])
def test_english_sums_outside_us_uk_and_euro_area(sentence, value, currency):
    found = amounts.find(sentence, 0, lexicon("en"))
    assert found, sentence
    assert found[0].value == pytest.approx(value)
    assert found[0].currency == currency
    assert sentence[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize("sentence", [
    "The Rand Merchant Bank team won the mandate.",  # "Rand" and "won" with no figure are no currency
    "R 5 is the row of the seat.",  # a one-letter sign is glued to its figure
    "Section N of the deal is public.",
    "The top 5 million users of the Hong Kong SAR app.",
])
def test_no_sum_without_a_figure_beside_its_currency(sentence):
    assert amounts.find(sentence, 0, lexicon("en")) == []


def test_a_currency_word_that_is_a_common_word_is_no_page_currency():
    lex = lexicon("en")
    assert amounts.main_currency("Acme won the bid. Acme won again.", lex) is None
    assert amounts.main_currency("Acme paid R1.2bn. It now holds a 20% stake.", lex) == "ZAR"


@pytest.mark.parametrize(("lang", "sentence", "value", "currency"), [
    ("en", "The buyer pays Rs 3,000 crore ($360 million) for the unit.", 3000e7, "INR"),
    ("en", "The buyer pays R1.2bn, or about $65 million, for the unit.", 1.2e9, "ZAR"),
    ("en", "The buyer pays €500m (about $540m) for the unit.", 500e6, "EUR"),
])
def test_a_conversion_after_a_sum_is_no_sum_of_its_own(lang, sentence, value, currency):
    (found,) = amounts.find(sentence, 0, lexicon(lang))
    assert found.value == pytest.approx(value) and found.currency == currency


def test_two_sums_in_one_currency_are_both_kept():
    assert len(amounts.find("Acme pays $5m or $6m for Bolt.", 0, lexicon("en"))) == 2


@pytest.mark.parametrize(("sentence", "buyer", "value", "currency"), [
    ("Tata Motors signed a Rs 3,000 crore ($360 million) deal to buy Bolt Ltd.", "Tata Motors", 3000e7, "INR"),
    ("Naspers agreed to buy Bolt Ltd for R1.2bn on Monday.", "Naspers", 1.2e9, "ZAR"),
    ("Emaar Properties agreed to buy Bolt Ltd for AED1.1bn.", "Emaar Properties", 1.1e9, "AED"),
    ("Maybank agreed to buy Bolt Ltd for RM 1.2 billion.", "Maybank", 1.2e9, "MYR"),
])
def test_the_deal_keeps_its_sum_and_the_sign_names_no_firm(sentence, buyer, value, currency):
    (event,) = extract_events(page("en", "News", sentence))
    assert {p["name"] for p in event["parties"]} == {buyer, "Bolt"}
    assert event["amount"]["value"] == pytest.approx(value) and event["amount"]["currency"] == currency


@pytest.mark.parametrize(("sentence", "currency"), [
    ("Lucky Cement of Karachi paid Rs 5 billion for the plant near Lahore.", "PKR"),
    ("The Colombo bourse says the Sri Lanka lender paid Rs 5 billion for the unit.", "LKR"),
    ("The Kampala lender, Uganda's largest, paid Sh50 billion for the bank.", "UGX"),
    ("Manila's SM group paid 5 billion pesos for the Philippines chain.", "PHP"),
    ("The Lusaka miner, Zambia's largest, paid K2 billion for the smelter.", "ZMW"),
])
def test_a_countrys_press_writes_its_own_rupee_shilling_or_peso(sentence, currency):
    lex = lexicon("en")
    local = amounts.local_currencies(sentence, lex)
    (found,) = amounts.find(sentence, 0, lex, local=local)
    assert found.currency == currency


@pytest.mark.parametrize(("lang", "sentence", "value", "currency"), [
    ("fr", "Le cimentier paie 2 milliards de dirhams pour l'usine.", 2e9, "MAD"),
    ("fr", "Le terminal est cédé pour 40 milliards de FCFA.", 40e9, "XOF"),
    ("fr", "Le groupe rachète la filiale pour 450 millions de roupies.", 450e6, "INR"),
    ("fr", "La mine est vendue 5 milliards de rands.", 5e9, "ZAR"),
    ("fr", "L'opérateur lève 3 milliards de DA auprès des banques.", 3e9, "DZD"),
    ("fr", "Le fonds investit 1,2 milliard de nairas.", 1.2e9, "NGN"),
    ("es", "La operación asciende a 2.000 millones de rupias.", 2e9, "INR"),
    ("es", "La minera pagó 500 millones de soles por el yacimiento.", 500e6, "PEN"),
    ("es", "La minera pagó S/ 500 millones por el yacimiento.", 500e6, "PEN"),
    ("es", "El grupo pagó 300 millones de dírhams por la planta.", 300e6, "AED"),
    ("es", "El banco pagó 1.200 millones de reales por la fintech.", 1.2e9, "BRL"),
    ("de", "Der Konzern zahlt 450 Millionen Rupien für die Sparte.", 450e6, "INR"),
    ("de", "Der Versorger zahlt 2 Milliarden Rand für das Kraftwerk.", 2e9, "ZAR"),
    ("de", "Der Investor zahlt 2 Milliarden Dirham für den Hafen.", 2e9, "AED"),
    ("de", "Der Kaufpreis beträgt 1,2 Milliarden Naira.", 1.2e9, "NGN"),
])
def test_other_languages_name_these_currencies(lang, sentence, value, currency):
    (found,) = amounts.find(sentence, 0, lexicon(lang))
    assert found.value == pytest.approx(value) and found.currency == currency


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Die Firma sitzt am Rand der Stadt."),
    ("es", "Los bolivianos compraron 3 empresas."),
    ("es", "En verano brillan los soles del sur."),
])
def test_a_currency_word_that_is_a_common_word_needs_its_figure(lang, sentence):
    assert amounts.find(sentence, 0, lexicon(lang)) == []


@pytest.mark.parametrize(("lang", "sentence", "value", "currency"), [
    ("fr", "Le groupe paie 40 millions d'euros (environ 45 millions de dollars) pour Bolt.", 40e6, "EUR"),
    ("es", "El grupo paga 40 millones de euros (unos 45 millones de dólares) por Bolt.", 40e6, "EUR"),
    ("de", "Der Preis liegt bei 1,2 Mrd. Euro (umgerechnet rund 1,3 Mrd. Dollar).", 1.2e9, "EUR"),
])
def test_a_conversion_in_brackets_is_dropped_in_every_language(lang, sentence, value, currency):
    (found,) = amounts.find(sentence, 0, lexicon(lang))
    assert found.value == pytest.approx(value) and found.currency == currency


def test_a_gulf_page_in_french_reads_its_dirhams_as_the_emirates():
    text = "Le groupe de Dubaï paie 2 milliards de dirhams pour un port d'Abou Dhabi."
    lex = lexicon("fr")
    (found,) = amounts.find(text, 0, lex, local=amounts.local_currencies(text, lex))
    assert found.currency == "AED"


@pytest.mark.parametrize(("text", "currency"), [
    ("Les épiceries québécoises Nordika et Valbrume fusionnent. Le fonds québécois Korvane y avait investi 15 millions "
     "de dollars.", "CAD"),
    ("Le fonds de Lyon Korvane a investi 15 millions de dollars dans la chaîne québécoise Nordika.", "USD"),
])
def test_the_adjective_of_quebec_tells_its_dollar_like_its_name(text, currency):
    lex = lexicon("fr")
    (found,) = amounts.find(text, 0, lex, local=amounts.local_currencies(text, lex))
    assert found.currency == currency


@pytest.mark.parametrize(("sentence", "investee", "value", "currency"), [
    ("Safaricom raised Sh2.3 billion from Bolt Capital in a funding round.", "Safaricom", 2.3e9, "KES"),
    ("Zepto raised Rs 500 crore from Bolt Capital in a funding round.", "Zepto", 500e7, "INR"),
    ("Zepto raised ₹500 crore in a round led by Bolt Capital.", "Zepto", 500e7, "INR"),
    ("Kuda closed a N5bn Series B round led by Bolt Capital.", "Kuda", 5e9, "NGN"),
])
def test_a_round_raised_in_a_sum_with_a_sign_or_code(sentence, investee, value, currency):
    (event,) = extract_events(page("en", "News", sentence))
    assert event["type"] == "funding_round"
    assert {p["name"] for p in event["parties"]} == {investee, "Bolt Capital"}
    assert event["amount"]["value"] == pytest.approx(value) and event["amount"]["currency"] == currency


def test_money_raised_by_new_shares_is_no_value_of_another_deal():
    lex = lexicon("en")
    text = "It signed a supply deal with Bolt, and in May it completed an A$85 million share placement to Acme."
    (found,) = amounts.find(text, 0, lex)
    assert not amounts.is_deal_value(found, text, "contract", lex)
    assert amounts.is_deal_value(found, text, "investment", lex)


@pytest.mark.parametrize(("text", "currency"), [
    ("Tencent pays ¥500 million for Bolt, the Beijing firm said. Shanghai regulators approved it.", "CNY"),
    ("Tencent pays ¥500 million for Bolt, the Beijing firm said. Shanghai and Tokyo regulators approved it.", "JPY"),
    ("Sony pays ¥500 billion for Bolt.", "JPY"),
])
def test_the_yen_sign_of_a_chinese_page_is_the_yuan(text, currency):
    lex = lexicon("en")
    (found,) = amounts.find(text, 0, lex, local=amounts.local_currencies(text, lex))
    assert found.currency == currency


def test_an_abbreviation_with_its_full_stop_before_a_figure():
    (found,) = amounts.find("Emaar pays Dhs. 500 million for the plot.", 0, lexicon("en"))
    assert found.value == pytest.approx(500e6) and found.currency == "AED"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El contrato explica la mitad de sus ingresos, que el año pasado rondaron los 9 millones de soles."),
    ("en", "The contract brings in half its revenue, which reached R450 million last year."),
])
def test_a_figure_in_a_relative_clause_of_revenue_is_no_deal_value(lang, sentence):
    lex = lexicon(lang)
    (found,) = amounts.find(sentence, 0, lex)
    assert not amounts.is_deal_value(found, sentence, "contract", lex)


def test_a_figure_in_a_relative_clause_of_a_deal_is_its_value():
    lex = lexicon("en")
    sentence = "Acme signed the contract, which is worth R450 million, on Monday."
    (found,) = amounts.find(sentence, 0, lex)
    assert amounts.is_deal_value(found, sentence, "contract", lex)


CONVERSIONS = [  # the same sum in another currency right after a sum: only the first, the text's own, is read
    # a bracket and up to two words, in every language
    ("en", "Harlow Mills pays 80 million Swiss francs [roughly $90 million] for the dairy.", 80e6, "CHF"),
    ("en", "Harlow Mills pays €80m (~$90m) for the dairy.", 80e6, "EUR"),
    ("de", "Kestrel zahlt 80 Millionen Franken [etwa 85 Mio. Euro] für die Molkerei.", 80e6, "CHF"),
    ("de", "Kestrel zahlt 80 Millionen Franken (mehr als rund 85 Mio. Euro) für die Molkerei.", 80e6, "CHF"),
    ("es", "Veloria paga 900 millones de pesos [unos 48 millones de dólares] por la planta.", 900e6, "MXN"),
    ("fr", "Ormeau paie 80 millions de francs suisses (soit près de 85 millions d'euros) pour la laiterie.", 80e6,
     "CHF"),
    # ", or", ", umgerechnet", ", es decir", ", soit près de" right after the sum
    ("en", "Harlow Mills pays €80m, or nearly $90m, for the dairy.", 80e6, "EUR"),
    ("de", "Kestrel zahlt 80 Millionen Franken, umgerechnet ca. 85 Mio. Euro, für die Molkerei.", 80e6, "CHF"),
    ("es", "Veloria paga 900 millones de pesos, es decir, unos 48 millones de dólares, por la planta.", 900e6, "MXN"),
    ("fr", "Ormeau paie 80 millions de francs suisses, soit près de 85 millions d'euros, pour la laiterie.", 80e6,
     "CHF"),
    # a word of conversion and maybe one more word, after any words
    ("en", "Harlow Mills pays €80m, which is equivalent to about $90m, for the dairy.", 80e6, "EUR"),
    ("de", "Kestrel zahlt 80 Millionen Franken, was nach heutigem Kurs 85 Mio. Euro sind, für die Molkerei.", 80e6,
     "CHF"),
    ("es", "Veloria paga 900 millones de pesos, lo que al cambio son 48 millones de dólares, por la planta.", 900e6,
     "MXN"),
    ("fr", "Ormeau paie 80 millions de francs suisses, ce qui fait l'équivalent de 85 millions d'euros.", 80e6, "CHF"),
]


@pytest.mark.parametrize(("lang", "sentence", "value", "currency"), CONVERSIONS)
def test_each_language_reads_a_conversion_by_its_one_list(lang, sentence, value, currency):
    (found,) = amounts.find(sentence, 0, lexicon(lang))
    assert found.value == pytest.approx(value) and found.currency == currency


@pytest.mark.parametrize(("lang", "sentence"), [
    # words in a bracket beyond two, or a clause between the sums with no word of conversion: two sums
    ("en", "Harlow Mills pays €80m (the board said on Monday $90m) for the dairy."),
    ("en", "Harlow Mills pays €80m and lends $90m to the dairy."),
    ("de", "Kestrel zahlt 80 Millionen Franken und leiht 85 Mio. Euro der Molkerei."),
    ("es", "Veloria paga 900 millones de pesos y presta 48 millones de dólares a la planta."),
    ("fr", "Ormeau paie 80 millions de francs suisses et prête 85 millions d'euros à la laiterie."),
])
def test_a_second_sum_that_is_no_conversion_is_kept(lang, sentence):
    assert len(amounts.find(sentence, 0, lexicon(lang))) == 2


@pytest.mark.parametrize(("text", "currency"), [
    ("El banco de Medellín compró Kandela por $250.000 millones. Es su mayor compra en Colombia.", "COP"),
    ("La minera de Antofagasta pagó $ 40.000 millones por Sarquí. Es su tercera compra en Chile.", "CLP"),
    ("La cadena de Buenos Aires vendió su red a Trelmo por $9.000 millones. Opera en toda la Argentina.", "ARS"),
    ("La cadena de Monterrey vendió su red a Trelmo por $900 millones. Opera en todo México.", "MXN"),
    ("La cadena española vendió su red a Trelmo por $90 millones.", "USD"),
])
def test_a_latin_american_page_reads_its_bare_dollar_sign_as_its_peso(text, currency):
    lex = lexicon("es")
    found = amounts.find(text, 0, lex, local=amounts.local_currencies(text, lex))
    assert found[0].currency == currency


@pytest.mark.parametrize(("text", "currency"), [
    ("La ANI adjudicó la vía de Bogotá por 2,1 billones de pesos. Es la mayor obra de Colombia.", "COP"),
    # a Mexican firm that buys in Colombia: its "pesos" stay Mexico's
    ("La fintech de Monterrey compró la colombiana Tramo, con clientes en Bogotá y Medellín, y factura 300 millones de "
     "pesos en México.", "MXN"),
])
def test_pesos_are_the_pages_country_unless_it_names_mexico(text, currency):
    lex = lexicon("es")
    found = amounts.find(text, 0, lex, local=amounts.local_currencies(text, lex))
    assert found[0].currency == currency


def test_the_country_a_page_names_most_has_the_shared_sign():
    text = ("La empresa de Santiago opera en Chile, Antofagasta y Atacama; compró en Argentina la planta de Neuquén "
            "por $ 30.000 millones.")
    lex = lexicon("es")
    (found,) = amounts.find(text, 0, lex, local=amounts.local_currencies(text, lex))
    assert found.currency == "CLP"
