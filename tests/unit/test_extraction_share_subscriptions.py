"""New shares of a firm subscribed by an investor are a stake put into that firm ("Y will subscribe for A$25 million
of new X shares", "Y suscribirá 25 millones en acciones nuevas de X", "Y souscrira pour 25 millions d'actions
nouvelles de X")."""

import pytest

from tests.unit.test_extraction_competing_cues import events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Alongside the supply deal, Norvik Materials will subscribe for A$25 million of new Tessal Lithium shares "
           "at 31 cents each, giving it a 9.9% stake."),
    ("en", "Norvik Materials will subscribe for $25 million of new shares in Tessal Lithium, giving it a 9.9% stake."),
    ("es", "Norvik Materials suscribirá 25 millones de dólares en acciones nuevas de Tessal Lithium, lo que le dará un "
           "9,9 % del capital."),
    ("fr", "Norvik Materials souscrira pour 25 millions de dollars d'actions nouvelles de Tessal Lithium, ce qui lui "
           "donnera 9,9 % du capital."),
])
def test_new_shares_subscribed_are_an_investment(lang, text):
    assert events_of(lang, "Stake", text) == [
        ("investment", {("Norvik Materials", "investor"), ("Tessal Lithium", "investee")})]
