"""Partnerships and joint ventures whose second partner is a description, a fronted "with"-phrase's subject or the
firm a clause leaves out (branch partners6): both partners are read, a venture named after its cue is none of them."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _tie_ups(lang: str, title: str, *text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], parties(e)) for e in extract_events(page(lang, title, *text))
            if e["type"] in ("partnership", "joint_venture")]


def test_german_fronted_companion_with_description_after_the_verb():
    for cue in ("seit 2020 an neuen Legierungen", "seit 2020 zusammen",
                "seit 2020 in einer Entwicklungspartnerschaft zusammen"):
        got = _tie_ups("de", "Lumatec wächst", "Die Lumatec AG hat die Kaltwerk GmbH übernommen. "
                       f"Mit der Nordlicht GmbH arbeitet das Unternehmen {cue}.")
        assert got == [("partnership", {("Lumatec", "partner"), ("Nordlicht", "partner")})], cue


def test_german_fronted_companion_with_name_after_the_verb():
    got = _tie_ups("de", "Lumatec wächst", "Die Lumatec AG hat die Kaltwerk GmbH übernommen. "
                   "Mit der Nordlicht GmbH arbeitet Lumatec seit 2020 an neuen Legierungen.")
    assert got == [("partnership", {("Lumatec", "partner"), ("Nordlicht", "partner")})]


def test_start_up_after_a_companion_is_the_start_up_of_the_page():
    got = _tie_ups("de", "Frachtwerk sammelt Geld ein",
                   "Das Duisburger Start-up Frachtwerk hat 18 Mio. Euro eingesammelt. Angeführt wird die Runde von "
                   "Nordlicht Ventures. Frachtwerk entwickelt Software für Speditionen. Zu den Kunden zählt der "
                   "Paketdienst Kurierblitz, der die Software nutzt. Und mit der Kaltwerk Logistik aus Hannover "
                   "arbeitet das Start-up seit 2022 in einer Entwicklungspartnerschaft zusammen.")
    assert got == [("partnership", {("Frachtwerk", "partner"), ("Kaltwerk Logistik", "partner")})]


def test_spanish_venture_of_a_left_out_subject_with_its_name_after_the_cue():
    got = _tie_ups("es", "Iturbe gana el tranvía",
                   "El Ayuntamiento de Valdecruces adjudicó ayer a Construcciones Iturbe las obras del tranvía. "
                   "Iturbe atraviesa un momento de expansión. En 2023 compró la constructora gallega Obras Miño, y "
                   "un año después creó con la portuguesa Betão Norte una sociedad conjunta al 50 %, Iturbe Norte "
                   "Infraestructuras.")
    assert got == [("joint_venture", {("Construcciones Iturbe", "partner"), ("Betão Norte", "partner")})]


def test_spanish_cooperative_described_and_junto_no_name():
    got = _tie_ups("es", "Coviña compra una bodega",
                   "La cooperativa Coviña ha comprado la bodega Viñas Altas por 12 millones de euros. Junto con la "
                   "compra, la cooperativa anunció que creará con la portuguesa Quinta Lobo una sociedad conjunta.")
    assert got == [("joint_venture", {("Coviña", "partner"), ("Quinta Lobo", "partner")})]
    names = {p["name"] for e in extract_events(page("es", "Coviña compra una bodega",
                                                    "Junto a la cooperativa Coviña, la bodega Viñas Altas ha "
                                                    "comprado la almazara Olivar del Sur.")) for p in e["parties"]}
    assert "Junto" not in names


def test_probes_that_keep_their_partners():
    # a coordinated pair before a companion stays the pair ("X y el grupo japonés Y ...")
    got = _tie_ups("es", "Alianza", "Lumatec y el grupo japonés Nordwerk crearán una sociedad conjunta en Vigo.")
    assert got == [("joint_venture", {("Lumatec", "partner"), ("Nordwerk", "partner")})]
    # the named subject before its verb, the companion after it
    got = _tie_ups("de", "Lumatec wächst", "Die Lumatec AG hat die Kaltwerk GmbH übernommen. Das Unternehmen "
                   "arbeitet seit 2020 mit der Nordlicht GmbH zusammen.")
    assert got == [("partnership", {("Lumatec", "partner"), ("Nordlicht", "partner")})]
    # a venture named before its cue stays the venture
    got = _tie_ups("en", "Venture", "Lumatec and Nordwerk formed Kornau Heat, a joint venture, in March.")
    assert got == [("joint_venture", {("Lumatec", "partner"), ("Nordwerk", "partner")})]


def test_start_word_and_article_before_a_year_counted_back_is_a_start():
    for lang, text in (("de", "Die Lumatec AG hat die Kaltwerk GmbH übernommen. Mit der Nordlicht GmbH arbeitet das "
                              "Unternehmen seit dem vergangenen Jahr zusammen."),):
        (event,) = [e for e in extract_events(page(lang, "Lumatec wächst", text)) if e["type"] == "partnership"]
        assert event["status"] == "ongoing" and event["date"] == "2023"


def test_english_worked_with_after_an_adverb_and_a_dotted_name():
    for text in ("Routewise.ai, a London start-up, has raised $5m. Since 2023 Routewise has also worked with "
                 "Railfreight North.",
                 "Routewise.ai plans routes for hauliers. Routewise has partnered with Railfreight North since 2023."):
        got = _tie_ups("en", "Logistics software", text)
        assert got == [("partnership", {("Routewise", "partner"), ("Railfreight North", "partner")})], text


def test_english_jointly_owned_site_agreed_by_the_group():
    got = _tie_ups("en", "Lumatec buys Kaltwerk", "Lumatec Ltd has agreed to buy Kaltwerk for £40m. The group also "
                   "confirmed that it had agreed with Japan's Nordwerk Chemicals to set up a jointly owned chemical "
                   "recycling plant in Rotterdam.")
    assert got == [("joint_venture", {("Lumatec", "partner"), ("Nordwerk Chemicals", "partner")})]


def test_german_company_founded_with_a_firm_named_before_the_verb():
    got = _tie_ups("de", "Lumatec wächst", "Die Lumatec AG hat 2023 die Kaltwerk AG übernommen. Mit den Stadtwerken "
                   "Kornau hat das Unternehmen 2024 die Kornau Wärme GmbH gegründet, an der beide Seiten je die "
                   "Hälfte halten.")
    assert got and got[0] == ("joint_venture", {("Lumatec", "partner"), ("Stadtwerke Kornau", "partner")})
    # a founder or a headcount after "mit" founds no venture
    for text in ("Mit seinem Bruder hat Firmengründer Jan Ober 2010 die Lumatec GmbH gegründet.",
                 "Mit 20 Mitarbeitern hat das Unternehmen 2010 eine Tochtergesellschaft in Polen gegründet."):
        assert not _tie_ups("de", "Lumatec wächst", "Die Lumatec AG aus Ulm baut ihr Geschäft aus. " + text), text
