"""A firm that will equip its own sites with another firm's goods buys them (cues): "X équipera ses entrepôts des
robots d'Y", "X will equip its warehouses with robots from Y", "X equipará sus almacenes con robots de Y", "X wird
seine Lager mit Robotern von Y ausstatten": the subject is the customer, the maker the supplier; goods of no named
maker give no contract, nor does a habit told in the present ("X equips its plants with robots from Y")."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, *sentences: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "News", " ".join(sentences))) if e["type"] == "contract"]


CUSTOMER_SUPPLIER = [{("Brindlecote", "customer"), ("Tamaru Robotics", "supplier")}]


def test_sites_equipped_with_a_makers_goods_fr_en():
    assert contracts("fr", "Brindlecote vend des meubles.", "L'opération s'accompagne d'un accord commercial : "
                     "Brindlecote équipera ses entrepôts des robots de préparation de commandes de Tamaru "
                     "Robotics.") == CUSTOMER_SUPPLIER
    assert contracts("en", "Brindlecote sells furniture.", "Brindlecote will equip its warehouses with picking "
                     "robots from Tamaru Robotics.") == CUSTOMER_SUPPLIER
    assert contracts("en", "Brindlecote sells furniture.", "Brindlecote will equip its warehouses with new "
                     "robots.") == []
    assert contracts("en", "Brindlecote sells furniture.", "Brindlecote equips its plants with robots from Tamaru "
                     "Robotics.") == []


def test_sites_equipped_with_a_makers_goods_es_de():
    assert contracts("es", "Brindlecote vende muebles.", "Brindlecote equipará sus almacenes con robots de Tamaru "
                     "Robotics.") == CUSTOMER_SUPPLIER
    assert contracts("de", "Brindlecote verkauft Möbel.", "Brindlecote wird seine Lager mit Robotern von Tamaru "
                     "Robotics ausstatten.") == CUSTOMER_SUPPLIER


def test_a_partner_that_will_equip_its_sites_tells_the_partnership_fr():
    """A relative clause on a partner named before tells what the partnership is for: the partnership is the deal."""
    events = extract_events(page("fr", "News", "Brindlecote fabrique des turbines. Brindlecote annonce un partenariat "
                                 "stratégique avec la Compagnie Tamaru des Eaux, qui équipera ses conduites de "
                                 "turbines Brindlecote."))
    assert [(e["type"], parties(e)) for e in events] == [
        ("partnership", {("Brindlecote", "partner"), ("Compagnie Tamaru des Eaux", "partner")})]
