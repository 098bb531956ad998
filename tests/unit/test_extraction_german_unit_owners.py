"""A unit bought from its owner named in the genitive after the verb ("X übernimmt die Hydrauliksparte des
Stuttgarter Maschinenbauers Y"): Y is the seller, as with the verb last; a group told by its name joined to
"Konzern" ("des Kolmbach-Konzerns", "der Norrland-Konzern") is that firm, as "-Gruppe" already was; the type of
ordered goods ("vom Typ Falke") is a product, no supplier."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _acquisitions(*paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page("de", *paragraphs)) if e["type"] == "acquisition"]


@pytest.mark.parametrize("owner", ["des Maschinenbauers Kolmbach", "des Stuttgarter Maschinenbauers Kolmbach",
                                   "der Kolmbach Gruppe"])
def test_german_unit_owner_in_the_genitive_after_the_verb_is_the_seller(owner: str) -> None:
    found = _acquisitions("Nachrichten aus der Wirtschaft",
                          f"Die Verrat Antriebstechnik übernimmt die Hydrauliksparte {owner}.")
    assert found == [{("Verrat Antriebstechnik", "acquirer"), ("Kolmbach", "seller")}]


def test_german_firm_bought_whole_after_the_verb_stays_the_target() -> None:
    found = _acquisitions("Nachrichten aus der Wirtschaft",
                          "Die Verrat Antriebstechnik übernimmt den Stuttgarter Maschinenbauer Kolmbach.")
    assert found == [{("Verrat Antriebstechnik", "acquirer"), ("Kolmbach", "target")}]


def test_german_name_joined_to_konzern_is_the_firm() -> None:
    found = _acquisitions("Nachrichten aus der Wirtschaft",
                          "Der schwedische Norrland-Konzern will den Maschinenbauer Vellwig Technik für rund 1,9 "
                          "Milliarden Euro schlucken.")
    assert found == [{("Norrland", "acquirer"), ("Vellwig Technik", "target")}]


def test_german_unit_of_a_named_konzern_gives_its_seller() -> None:
    found = _acquisitions("Nachrichten aus der Wirtschaft",
                          "Die Verrat Antriebstechnik übernimmt die Pumpensparte des Stuttgarter Kolmbach-Konzerns.")
    assert found == [{("Verrat Antriebstechnik", "acquirer"), ("Kolmbach", "seller")}]


def test_german_konzern_of_a_country_or_index_names_no_firm() -> None:
    found = _acquisitions("Nachrichten aus der Wirtschaft",
                          "Die Firma Tarnak wurde 2019 für 80 Mio. Euro an einen US-Konzern verkauft. Der "
                          "Dax-Konzern Bremag übernimmt nun die Firma Lusana.")
    assert all(name not in {"US", "Dax"} for p in found for name, _ in p)


@pytest.mark.parametrize("goods", ["40 Busse vom Typ „Falke NG“", "40 Busse des Typs Falke"])
def test_german_type_of_ordered_goods_is_no_supplier(goods: str) -> None:
    events = extract_events(page("de", "Nachrichten aus der Wirtschaft",
                                 f"Die Verkehrsbetriebe Lindenau haben bei der Halvorn Fahrzeugbau GmbH {goods} "
                                 "bestellt."))
    assert [parties(e) for e in events if e["type"] == "contract"] == [
        {("Verkehrsbetriebe Lindenau", "customer"), ("Halvorn Fahrzeugbau", "supplier")}]
