"""A foreign firm's name in a German text with a lowercase particle inside ("Cableras del Norte S.A.", "Banca di
Lugano"): the particle, which no German word reads as, joins the name; a later pair ("die beiden Unternehmen")
then stands for the two firms just named; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_a_foreign_name_with_a_lowercase_particle_is_one_firm():
    found = extract_events(page(
        "de", "Zukauf in Italien",
        "Die Helmwerk AG übernimmt die Banca di Lugano vollständig."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("acquisition", {("Helmwerk", "acquirer"), ("Banca di Lugano", "target")})]


def test_a_pair_after_a_foreign_partner_is_the_two_firms_just_named():
    found = extract_events(page(
        "de", "Netzbetreiber Veltagrid bestellt Kabel bei Marlkabel",
        "Der Netzbetreiber Veltagrid GmbH hat beim Kabelhersteller Marlkabel AG Erdkabel bestellt, wie beide "
        "Unternehmen am Montag mitteilten. Marlkabel beschäftigt 2.000 Menschen.",
        "Für den Auftrag baut der Konzern zusammen mit dem Hersteller Cobres del Sur S.A. ein Werk in Husum. Dafür "
        "hatten die beiden Unternehmen im März das Gemeinschaftsunternehmen Husum Kabel gegründet."))
    ventures = [parties(e) for e in found if e["type"] == "joint_venture"]
    assert ventures == [{("Marlkabel", "partner"), ("Cobres del Sur S.A.", "partner")}]
