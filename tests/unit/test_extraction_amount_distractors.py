"""F7: a figure that is not the deal's (earnings, sales, a balance sheet, a market price per unit) stays out, a
part payment yields to the whole told after it, and a sum told in the next sentence by the object changing owner
or hoped for by a listing is the deal's; a price said to be withheld takes no figure of a later sentence, and the
start of a count ("since January") dates no deal."""

import pytest

from streams.extraction import amounts, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Die Ostwerk AG hat 2019 die Pallmann GmbH übernommen, die ein bereinigtes EBIT von 7,5 Mio. Euro erzielt."),
    ("de", "Die Ostwerk AG hatte zuletzt eine Marktkapitalisierung von 900 Millionen Euro."),
    ("en", "Tarrow bought Glenmoor, which has an adjusted EBITDA of $42m, in 2021."),
    ("fr", "Le groupe Arvel rachète la société Cerise, dont les ventes atteignent 750 millions d'euros."),
    ("fr", "Banque Alpe et Crédit Rhône vont fusionner, un ensemble dont le bilan atteindra 80 milliards d'euros."),
    ("fr", "Dans l'appellation, l'hectare se négocie autour de 380 000 euros."),
    ("es", "Ribera compró Tornos, con un ebitda de 30 millones de euros, en 2020."),
    ("fr", "Le groupe a racheté la chaîne Bistrot Nova et réalise 750 millions d'euros de ventes."),
    ("en", "Tarrow bought Glenmoor, which brings $420 million in sales."),
    ("es", "Ribera compró Tornos, que suma 90 millones de euros en ventas."),
])
def test_distractors_are_no_deal_value(lang, sentence):
    lex = lexicon(lang)
    found = amounts.find(sentence, 0, lex)
    assert found, sentence
    assert not any(amounts.is_deal_value(a, sentence, "acquisition", lex) for a in found)


def amount_of(lang: str, *paragraphs: str) -> list[tuple[str, float | None]]:
    return [(e["type"], e["amount"] and e["amount"]["value"]) for e in extract_events(page(lang, *paragraphs))]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Tarrow will co-invest in European deals of more than $500 million with Glenmoor."),
    ("de", "Ostwerk will sich an Transaktionen von mehr als 500 Millionen Euro beteiligen."),
    ("fr", "Arvel participera aux opérations de plus de 500 millions d'euros."),
    ("es", "Ribera participará en operaciones de más de 500 millones de euros."),
    ("fr", "La foncière, issue de la fusion d'Arvel et de Cerise, gère un patrimoine de 2,1 milliards d'euros."),
    ("es", "El grupo resultante tendrá un volumen de negocio de 900 millones de euros."),
])
def test_thresholds_and_group_sizes_are_no_deal_value(lang, sentence):
    lex = lexicon(lang)
    found = amounts.find(sentence, 0, lex)
    assert found, sentence
    assert not any(amounts.is_deal_value(a, sentence, "merger", lex) for a in found)


def test_later_whole_wins_over_upfront_and_further_parts():
    assert amount_of("en", "Corvane signs option deal with Halberd Pharma",
                     "Halberd Pharma has agreed to pay Corvane $50 million upfront for an option on its compound "
                     "CV-12. If Halberd exercises the option, it will pay a further $90 million. Milestones could "
                     "add up to $700 million, taking the potential value of the agreement to $840 million."
                     ) == [("contract", 840e6)]


def test_distractor_leaves_the_deal_unvalued():
    assert amount_of("fr", "Arvel rachète Cerise",
                     "Le groupe Arvel a annoncé jeudi le rachat de la société Cerise, dont les ventes atteignent "
                     "750 millions d'euros.") == [("acquisition", None)]


@pytest.mark.parametrize("second", [
    "Halberd will pay Corvane $60 million upfront, in a deal with a total potential value of up to $900 million.",
    "Halberd will pay Corvane $60 million upfront. The deal has a total potential value of up to $900 million.",
])
def test_whole_of_a_licence_wins_over_its_upfront_part(second):
    assert amount_of("en", "Corvane signs licence with Halberd Pharma",
                     "Corvane, a biotech, today announced an exclusive license agreement with Halberd Pharma for "
                     "its compound CV-12. " + second) == [("contract", 900e6)]


@pytest.mark.parametrize(("lang", "title", "text", "value"), [
    ("de", "Ostwerk verkauft Pumpensparte", "Die Ostwerk AG verkauft ihre Pumpensparte an die Pallmann Gruppe. "
     "Die Sparte wechselt für 250 Millionen Euro den Besitzer.", 250e6),
    ("en", "Tarrow sells pump unit", "Tarrow agreed to sell its pump division to Glenmoor Group. The division "
     "changes hands for $250m.", 250e6),
    ("fr", "Cotation de Vextra", "Vextra a annoncé son intention de s'introduire en Bourse sur Euronext Paris. "
     "La société espère récolter quelque 180 millions d'euros.", 180e6),
])
def test_sum_of_the_next_sentence(lang, title, text, value):
    assert [v for _, v in amount_of(lang, title, text)] == [value]


@pytest.mark.parametrize(("lang", "title", "text", "value"), [
    ("en", "Corvid buys Paylo", "Corvid Capital has acquired the fintech Paylo for an undisclosed sum. The deal comes "
     "as the tracker Finlytics counts $7bn raised by the sector since January.", None),
    ("de", "Ostwerk kauft Pallmann", "Die Ostwerk AG übernimmt die Pallmann GmbH. Über den Kaufpreis wurde "
     "Stillschweigen vereinbart. Der Deal ist der größte seit 2019, als die Branche 2 Milliarden Euro umsetzte.", None),
    ("de", "Ostwerk kauft Pallmann", "Die Ostwerk AG übernimmt die Pallmann GmbH. Über den Kaufpreis vereinbarten "
     "beide Seiten Stillschweigen; nach Informationen aus Finanzkreisen zahlt Ostwerk rund 620 Millionen Euro.", 620e6),
    ("en", "Corvid buys Paylo", "Corvid Capital has acquired the fintech Paylo. Terms weren't disclosed. The deal "
     "comes as the tracker Finlytics counts $7bn raised by the sector since January.", None),
    ("en", "Corvid buys Paylo", "Corvid Capital has acquired the fintech Paylo but didn't disclose the price. The "
     "deal comes as the tracker Finlytics counts $7bn raised by the sector since January.", None),
    ("es", "Ribera compra Tornos", "Ribera ha comprado la empresa Tornos por un precio no divulgado. La operación "
     "llega después de que el sector moviera 7.000 millones de euros en 2025.", None),
    ("es", "Ribera compra Tornos", "Ribera ha comprado la empresa Tornos. El precio no ha sido revelado. La "
     "operación llega después de que el sector moviera 7.000 millones de euros en 2025.", None),
    ("de", "Ostwerk kauft Pallmann", "Die Ostwerk AG übernimmt die Pallmann GmbH. Über die Höhe des Kaufpreises "
     "wurde Stillschweigen vereinbart. Der Deal ist der größte seit 2019, als die Branche 2 Milliarden Euro umsetzte.",
     None),
    ("de", "Ostwerk kauft Pallmann", "Die Ostwerk AG übernimmt die Pallmann GmbH. Zum Preis wurden keine Angaben "
     "gemacht. Der Deal ist der größte seit 2019, als die Branche 2 Milliarden Euro umsetzte.", None),
    ("fr", "Arvel rachète Cerise", "Le groupe Arvel a racheté la société Cerise. Le montant n'a pas été dévoilé. "
     "L'opération intervient alors que le cabinet Finlytique recense 7 milliards d'euros de transactions dans le "
     "secteur depuis janvier.", None),
    # a source in the next sentence still tells the price
    ("fr", "Arvel rachète Cerise", "Le groupe Arvel a racheté la société Cerise. Le montant de l'opération n'a pas "
     "été rendu public. Selon nos informations, il avoisinerait 75 millions d'euros.", 75e6),
    ("en", "Corvid buys Paylo", "Corvid Capital has acquired the fintech Paylo. Terms weren't disclosed. People "
     "familiar with the matter put the price at about $300 million.", 300e6),
    ("es", "Ribera compra Tornos", "Ribera ha comprado la empresa Tornos. El precio no ha sido revelado. Según "
     "fuentes cercanas a la operación, rondaría los 90 millones de euros.", 90e6),
    ("de", "Ostwerk kauft Pallmann", "Die Ostwerk AG übernimmt die Pallmann GmbH. Zum Kaufpreis machten die "
     "Beteiligten keine Angaben. Aus Finanzkreisen verlautete, Ostwerk zahle rund 150 Millionen Euro.", 150e6),
    ("de", "Ostwerk kauft Pallmann", "Die Ostwerk AG übernimmt die Pallmann GmbH. Zum Kaufpreis äußerten sich "
     "beide Seiten nicht. In Branchenkreisen ist von rund 150 Millionen Euro die Rede.", 150e6),
])
def test_withheld_price_takes_no_later_figure(lang, title, text, value):
    assert [v for _, v in amount_of(lang, title, text)] == [value]


@pytest.mark.parametrize(("lang", "sentence", "end"), [
    # the sentence says the price is withheld; `end`: the last words of the phrase read, after which a figure is
    # still the price
    ("en", "Harlow Mills bought the dairy for undisclosed consideration on Monday.", "undisclosed consideration"),
    ("en", "Financial terms of the agreement were not made public.", "not made public"),
    ("en", "Terms of the transaction had not been disclosed by Friday.", "not been disclosed"),
    ("en", "Financial terms have not been revealed.", "not been revealed"),
    ("en", "Harlow Mills declined to disclose the price of the dairy.", "disclose the price"),
    ("en", "Harlow Mills did not disclose financial terms.", "financial terms"),
    ("de", "Zum Kaufpreis wurde Stillschweigen vereinbart.", "Stillschweigen vereinbart"),
    ("de", "Über den Kaufpreis haben beide Seiten Stillschweigen vereinbart.", "Stillschweigen vereinbart"),
    ("de", "Der Kaufpreis wurde nicht veröffentlicht.", "nicht veröffentlicht"),
    ("de", "Kestrel kauft die Molkerei zu einem nicht genannten Preis.", "nicht genannten Preis"),
    ("de", "Über die finanziellen Details wurden keine Angaben bekannt.", "keine Angaben bekannt"),
    ("es", "Veloria compra la planta por un monto no divulgado.", "monto no divulgado"),
    ("es", "Veloria compra la planta por una cifra no desvelada.", "cifra no desvelada"),
    ("es", "El precio de la operación no ha sido comunicado.", "no ha sido comunicado"),
    ("es", "El monto no ha trascendido.", "no ha trascendido"),
    ("fr", "Ormeau rachète la laiterie pour une somme non dévoilée.", "somme non dévoilée"),
    ("fr", "Le montant de l'opération n'a pas été révélé.", "pas été révélé"),
    # contractions and passives with another noun or verb
    ("en", "Terms weren't disclosed.", "weren't disclosed"),
    ("en", "Harlow Mills didn't disclose the price.", "disclose the price"),
    ("en", "The purchase price wasn't revealed.", "wasn't revealed"),
    ("en", "Terms of the acquisition haven't been made public.", "made public"),
    ("en", "The size of the round was not disclosed.", "not disclosed"),
    ("en", "Financial details remain undisclosed.", "remain undisclosed"),
    ("en", "No financial terms were disclosed.", "were disclosed"),
    ("es", "Veloria compra la planta por un precio no divulgado.", "precio no divulgado"),
    ("es", "El precio no ha sido revelado.", "no ha sido revelado"),
    ("es", "Veloria compra la planta por un importe que no ha sido revelado.", "no ha sido revelado"),
    ("es", "Las condiciones financieras de la compra no han trascendido.", "no han trascendido"),
    ("es", "Las partes no han desvelado el importe de la operación.", "desvelado el importe"),
    ("es", "No se han revelado los términos financieros.", "términos financieros"),
    ("de", "Kestrel kauft die Molkerei zu einem ungenannten Preis.", "ungenannten Preis"),
    ("de", "Der Kaufpreis wurde zunächst nicht genannt.", "nicht genannt"),
    ("de", "Über die Höhe des Kaufpreises vereinbarten die Parteien Stillschweigen.", "Stillschweigen"),
    ("de", "Zum Preis machten die Unternehmen keine Angaben.", "keine Angaben"),
    ("de", "Angaben zum Kaufpreis wurden nicht gemacht.", "nicht gemacht"),
    ("de", "Zum Kaufpreis äußerten sich beide Seiten nicht.", "sich beide Seiten nicht"),
    ("de", "Der Kaufpreis bleibt geheim.", "bleibt geheim"),
    ("de", "Die Höhe der Investition wurde nicht mitgeteilt.", "nicht mitgeteilt"),
    ("fr", "Ormeau rachète la laiterie pour un montant qui n'a pas été dévoilé.", "pas été dévoilé"),
    ("fr", "Montant non communiqué.", "non communiqué"),
    ("fr", "Les termes financiers n'ont pas été divulgués.", "pas été divulgués"),
    ("fr", "Les conditions financières de l'opération n'ont pas été rendues publiques.", "rendues publiques"),
    ("fr", "Le prix n'a pas été communiqué.", "pas été communiqué"),
    ("fr", "Le montant de la levée de fonds reste confidentiel.", "reste confidentiel"),
    ("fr", "Ormeau n'a pas souhaité dévoiler le montant de l'opération.", "dévoiler le montant"),
])
def test_each_language_reads_a_withheld_price_by_its_one_list(lang, sentence, end):
    found = lexicon(lang).withheld_sum_re.search(sentence)
    assert found and sentence[:found.end()].endswith(end)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Harlow Mills disclosed the terms of the deal on Monday."),
    ("de", "Der Kaufpreis beträgt 40 Millionen Euro."),
    ("es", "El precio de la operación asciende a 40 millones de euros."),
    ("fr", "Le montant de l'opération atteint 40 millions d'euros."),
    ("en", "The purchase price wasn't final until Friday, when Harlow paid $40 million."),
    ("de", "Zum Preis von 40 Millionen Euro übernimmt Kestrel die Molkerei."),
    ("es", "El precio no incluye la deuda de la planta."),
    ("fr", "Le prix n'a pas été revu à la baisse."),
])
def test_a_price_told_is_no_withheld_price(lang, sentence):
    assert lexicon(lang).withheld_sum_re.search(sentence) is None


def test_start_of_a_count_dates_no_deal():
    (event,) = extract_events(page("en", "Corvid buys Paylo", "Corvid Capital has agreed to acquire the fintech "
                                   "Paylo. The deal comes as the tracker Finlytics counts 40 purchases in the sector "
                                   "since January.", published="2026-03-18"))
    assert event["date"] == "2026-03-18"


def test_price_of_a_deal_told_in_a_subordinate_clause_is_not_the_first_deals():
    assert amount_of("en", "Harlow and Bexley call off merger", "Harlow and Bexley have called off their merger, weeks "
                     "after Harlow was said to be weighing a sale of its tyre unit for around $700m.") == [
        ("merger", None)]


def test_money_a_shelved_listing_tried_to_raise_stays_its_own():
    assert amount_of("en", "Tidewell shelves IPO", "Tidewell Energy shelved its Nasdaq listing on Friday, citing "
                     "market conditions, after the developer had tried to raise up to $220 million.") == [
        ("ipo", 220e6)]


def test_figure_of_a_deal_subject_before_a_cue_of_another_kind():
    assert amount_of("en", "Tarrow exits Glenmoor",
                     "Tarrow Partners closed the sale of Glenmoor Labs to Ostwick Instruments on Wednesday. "
                     "The $900 million deal returns about three times invested capital to Tarrow's fund."
                     ) == [("acquisition", 900e6)]


def test_a_revenue_named_by_a_compound_is_no_merger_value():
    text = ("Die Radiosender Valmont und Terrelys schließen sich zusammen, wie beide am Montag mitteilten. Zusammen "
            "kommen die Sender auf acht Programme. Den gemeinsamen Werbeumsatz beziffern sie auf 52 Millionen Euro.")
    events = extract_events(page("de", "Valmont und Terrelys fusionieren", text, published="2025-05-20"))
    assert [(e["type"], e.get("amount")) for e in events] == [("merger", None)]
