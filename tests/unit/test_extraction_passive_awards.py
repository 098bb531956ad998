"""A contract or concession told in the passive by where it went is a contract, the giver after the agent's
preposition its customer, the one it went to its supplier ("La concesión fue adjudicada a X por el Ministerio", "La
concession a été attribuée à X par le ministère", "Der Auftrag wurde von Y an X vergeben"); with no giver named the
winner may be of another story and the cue waits for a winner cue's link."""

import pytest

from tests.unit.test_extraction_competing_cues import events_of


@pytest.mark.parametrize(("lang", "text", "giver", "winner"), [
    ("es", "La concesión fue adjudicada a Grupo Solvia por el antiguo Ministerio de Fomento en 2009 y vence en 2044.",
     "Ministerio de Fomento", "Solvia"),
    ("fr", "La concession a été attribuée à Solvia Groupe par l'ancien ministère des Transports en 2009.",
     "ministère des Transports", "Solvia"),
    ("de", "Der Auftrag wurde im Mai von der Stadt Ostheim an die Brenner Bau GmbH vergeben.",
     "Stadt Ostheim", "Brenner Bau"),
])
def test_contract_given_in_the_passive(lang, text, giver, winner):
    assert events_of(lang, "Award", text) == [("contract", {(giver, "customer"), (winner, "supplier")})]
