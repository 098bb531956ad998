"""A deal told in its past tense within the period a letter to shareholders or an annual report looks back on
("In the year under review we acquired X", "Im Berichtsjahr haben wir X übernommen") is done, and a payout to
shareholders ("has returned £300 million to its owners", "in dividends") is no deal's value (branch voices2).
Sentences written for these tests; the look-alikes keep their status and value."""

import pytest

from streams.extraction import amounts, status
from streams.extraction.lexicon import lexicon

ANCHOR = "2025-03-11"

DONE = [
    ("en", "In the year under review we acquired Quist Haulage, the rail freight operator, for £38 million."),
    ("en", "During the financial year we sold our packaging arm to Velmora Group."),
    ("de", "Im Berichtsjahr haben wir die Quist Logistik GmbH für 40 Millionen Euro übernommen."),
    ("de", "Im abgelaufenen Geschäftsjahr erwarb die Gruppe den Zulieferer Quist Metall."),
    ("fr", "Au cours de l'exercice, nous avons acquis 60 % du capital de la société Quist Emballages."),
    ("fr", "Durant l'exercice écoulé, le groupe a racheté le fabricant Quist Verre."),
    ("es", "Durante el ejercicio, el grupo adquirió la distribuidora Quist Alimentación por 20 millones."),
    ("es", "En el ejercicio pasado compró la logística Quist Envíos."),
]


@pytest.mark.parametrize(("lang", "text"), DONE)
def test_past_deal_of_the_reporting_period_is_completed(lang, text):
    assert status.assess(text, "acquisition", None, ANCHOR, lexicon(lang)) == ("completed", True)


LOOK_ALIKES = [  # no reporting period, or no past tense: the default stays
    ("en", "We acquire Quist Haulage, the rail freight operator, for £38 million.", "acquisition"),
    ("en", "During the financial year we plan to buy Quist Haulage.", "acquisition"),
    ("de", "Im Berichtsjahr wollen wir die Quist Logistik GmbH übernehmen.", "acquisition"),
    ("fr", "Au cours de l'exercice, nous entendons racheter Quist Verre.", "acquisition"),
    ("es", "Durante el ejercicio el grupo quiere comprar Quist Envíos.", "acquisition"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), LOOK_ALIKES)
def test_without_a_past_deal_of_the_period_the_default_stays(lang, text, kind):
    assert status.assess(text, kind, None, ANCHOR, lexicon(lang)) == ("announced", False)


PAYOUTS = [  # a payout to shareholders told beside a listing or a deal is no deal's value
    ("en", "Since our listing in 2012 the group has returned more than £300 million to its owners."),
    ("en", "Since the flotation, Velmora has paid £300 million in dividends."),
    ("de", "Seit dem Börsengang 2012 hat Velmora 300 Millionen Euro an Dividenden ausgeschüttet."),
    ("fr", "Depuis son introduction en Bourse, Velmora a versé 300 millions d'euros de dividendes."),
    ("es", "Desde su salida a bolsa, Velmora ha pagado 300 millones de euros en dividendos."),
]


@pytest.mark.parametrize(("lang", "text"), PAYOUTS)
def test_payout_to_shareholders_is_no_deal_value(lang, text):
    lex = lexicon(lang)
    (money,) = amounts.find(text, 0, lex)
    assert not amounts.is_deal_value(money, text, "ipo", lex)


def test_price_paid_for_a_firm_stays_the_value():
    text = "Velmora has paid £300 million for Quist Haulage."
    lex = lexicon("en")
    (money,) = amounts.find(text, 0, lex)
    assert amounts.is_deal_value(money, text, "acquisition", lex)
