"""Recall 5: talks ended in other words: "Verhandlungen ... nicht fortzuführen" ends a merger (no denial), "dar por
rotas sus conversaciones para integrarse en el grupo Y" ends an absorption by Y."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def test_talks_not_carried_on_end_the_merger():
    (event,) = extract_events(page("de", "Ad-hoc-Mitteilung der Halden AG",
                                   "Der Vorstand der Halden AG hat außerdem beschlossen, die seit Februar laufenden "
                                   "Verhandlungen mit der Wessel AG über eine mögliche Fusion unter Gleichen nicht "
                                   "fortzuführen."))
    assert (event["type"], event["status"]) == ("merger", "terminated")
    assert {p["name"] for p in event["parties"]} == {"Halden", "Wessel"}


def test_talks_given_up_to_join_a_group_end_its_absorption():
    (event,) = extract_events(page("es", "Fusión de almazaras",
                                   "La unión se produce después de que Almazara Peñas Altas diera por rotas en 2024 "
                                   "sus conversaciones para integrarse en el grupo Olivar."))
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "terminated", "2024")
    assert {(p["name"], p["role"]) for p in event["parties"]} == {("Almazara Peñas Altas", "target"),
                                                                  ("Olivar", "acquirer")}
