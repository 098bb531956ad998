"""Standing relationships and past deals told in passing (issue 3, branch standing4), on pages written for these
tests: a main customer named by a compound noun, goods bought from the possessor since a start, work done since a
start on what a customer owns under a contract told after it, a venture run together since a start, a purchase
told in a verb-last plural clause."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _of_type(lang: str, title: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, text)) if e["type"] == kind]


def test_a_main_customer_named_by_a_compound_noun_buys_from_the_page_firm():
    """ "Wichtigster Einzelkunde ist X", "Hauptkunde ist X": the firm left out (named by its seat's demonym or
    its name) supplies."""
    for text in [
        "Wichtigster Einzelkunde ist die Nordbahn AG, die seit 2012 über einen Rahmenvertrag Teile bei den Ambergern "
        "bezieht.",
        "Hauptkunde ist die Nordbahn AG, die seit 2012 Gehäuse von den Ambergern bezieht.",
        "Größter Einzelkunde ist die Nordbahn AG, die seit 2012 Pumpen bei Lumatec bezieht.",
    ]:
        (event,) = _of_type("de", "Die Lumatec GmbH aus Amberg baut ihr Werk aus", text, "contract")
        assert parties(event) == {("Lumatec", "supplier"), ("Nordbahn", "customer")}, text
        assert (event["status"], event["date"]) == ("ongoing", "2012"), text


def test_a_largest_customer_apposed_and_dated_by_its_start_is_a_standing_supply():
    for lang, title, text, customer, year in [
        ("en", "Lumatec Ltd is expanding its plant in Leeds",
         "Its largest customer, Nordwerk Foods, has bought its sauces since 2018.", "Nordwerk Foods", "2018"),
        ("en", "Lumatec Ltd is expanding its plant in Leeds",
         "Its largest customer, Nordwerk Foods, has relied on its sauces since 2018.", "Nordwerk Foods", "2018"),
        ("en", "Lumatec Ltd is expanding its plant in Leeds",
         "Nordwerk Foods has purchased its sauces since 2019.", "Nordwerk Foods", "2019"),
        ("fr", "Lumatec SA agrandit son usine",
         "Son principal client, le groupe Nordwerk, lui confie sa logistique depuis 2018.", "Nordwerk", "2018"),
        ("es", "Lumatec S.A. amplía su planta",
         "Su principal cliente, la cadena Nordmarkt, confía en sus salsas desde 2016.", "Nordmarkt", "2016"),
        ("fr", "Lumatec SA agrandit son usine",
         "Son principal client, le groupe Nordwerk, lui achète des pompes depuis 2018.", "Nordwerk", "2018"),
        ("en", "Lumatec Ltd is expanding its plant in Leeds",
         "Its largest customer is Nordwerk Foods, which has bought its sauces since 2018.", "Nordwerk Foods", "2018"),
        ("fr", "Lumatec SA agrandit son usine de Rouen",
         "Depuis 2021, l'usine livre le groupe chinois Nordwerk, son principal client.", "Nordwerk", "2021"),
        ("es", "Lumatec S.A. amplía su planta",
         "Su principal cliente, la cadena Nordmarkt, le compra las salsas desde 2016.", "Nordmarkt", "2016"),
    ]:
        (event,) = _of_type(lang, title, text, "contract")
        assert parties(event) == {("Lumatec", "supplier"), (customer, "customer")}, text
        assert (event["status"], event["date"]) == ("ongoing", year), text


def test_shares_bought_since_a_start_are_no_supply_and_a_firm_bought_stays_a_purchase():
    events = extract_events(page("en", "Lumatec Ltd is expanding its plant in Leeds",
                                 "Nordwerk Foods has bought its shares since 2018."))
    assert not [e for e in events if e["type"] == "contract"]
    for lang, title, text in [
        ("fr", "Lumatec SA agrandit son usine", "Nordwerk achète la société Vinatec pour 20 millions d'euros."),
        ("es", "Lumatec S.A. amplía su planta", "Nordmarkt compra la empresa Vinatec por 20 millones de euros."),
    ]:
        (event,) = extract_events(page(lang, title, text))
        assert event["type"] == "acquisition" and ("Vinatec", "target") in parties(event), text


def test_work_done_since_a_start_on_what_a_customer_owns_under_a_contract():
    """The owner of what is run, made or serviced is the customer; the contract told after a comma (es) or with
    "under" (en) makes it one."""
    for lang, title, text, supplier, customer, year in [
        ("es", "Hidralia S.A. ha ganado un premio", "Hidralia gestiona desde 2018 las tres desaladoras del Consorcio "
         "de Aguas del Segura, un contrato que le aporta la mitad de su facturación.", "Hidralia",
         "Consorcio de Aguas del Segura", "2018"),
        ("es", "Zumos Lumatec S.L. amplía su fábrica", "Zumos Lumatec fabrica desde 2015 la marca blanca de zumo de la "
         "cadena de supermercados SuperNorte, un contrato que supone el 30 % de sus ventas.", "Zumos Lumatec",
         "SuperNorte", "2015"),
        ("es", "Lumatec S.A. crece", "La empresa opera desde 2019 la red de autobuses de Transportes Urbanos Norte, un "
         "contrato de diez años.", "Lumatec", "Transportes Urbanos Norte", "2019"),
        ("en", "Lumatec Group plc reported higher profits", "The group has run the national distribution network of "
         "NHS Logistics since 2019 under a long-term contract.", "Lumatec Group", "NHS Logistics", "2019"),
        ("en", "Lumatec Group plc reported higher profits", "Lumatec has maintained the trains of Northern Rail since "
         "2021 under a framework agreement.", "Lumatec", "Northern Rail", "2021"),
        ("en", "Lumatec Ltd grows", "Lumatec has made the own-label juice of the supermarket chain SuperNorth since "
         "2015, a contract worth 30% of its sales.", "Lumatec", "SuperNorth", "2015"),
        ("de", "Die Lumatec AG wächst", "Lumatec betreibt seit 2019 das Vertriebsnetz der Nordbahn AG, ein Auftrag, "
         "der die Hälfte des Umsatzes bringt.", "Lumatec", "Nordbahn", "2019"),
        ("de", "Die Lumatec AG wächst", "Seit 2019 betreibt Lumatec das Vertriebsnetz der Nordbahn AG, ein Vertrag "
         "über zehn Jahre.", "Lumatec", "Nordbahn", "2019"),
        ("de", "Die Lumatec AG wächst", "Lumatec produziert seit 2015 die Eigenmarke der Handelskette Nordmarkt, ein "
         "Auftrag, der 30 Prozent des Umsatzes ausmacht.", "Lumatec", "Nordmarkt", "2015"),
        ("fr", "Lumatec SA grandit", "Lumatec gère depuis 2018 les trois usines de dessalement du syndicat Nordeau, un "
         "contrat qui lui apporte la moitié de son chiffre d'affaires.", "Lumatec", "Nordeau", "2018"),
        ("fr", "Lumatec SA grandit", "Lumatec fabrique depuis 2015 la marque de distributeur de l'enseigne Nordmarché, "
         "un contrat qui représente 30 % de ses ventes.", "Lumatec", "Nordmarché", "2015"),
    ]:
        (event,) = _of_type(lang, title, text, "contract")
        assert parties(event) == {(supplier, "supplier"), (customer, "customer")}, text
        assert (event["status"], event["date"], event["amount"]) == ("ongoing", year, None), text


def test_work_done_with_no_contract_told_stays_no_contract():
    for lang, title, text in [
        ("es", "Lumatec S.A. crece", "Lumatec gestiona desde 2018 las tres plantas del grupo, que ha crecido mucho."),
        ("en", "Lumatec Group plc reported higher profits", "Lumatec has run the plants of its parent since 2019."),
        ("fr", "Lumatec SA grandit", "Lumatec gère depuis 2018 les trois usines du groupe, qui a beaucoup grandi."),
    ]:
        assert not _of_type(lang, title, text, "contract"), text


def test_a_venture_run_together_since_a_start_is_ongoing_and_its_name_no_partner():
    for lang, title, text, other in [
        ("fr", "Lumatec SA et Nordwerk SAS renforcent leur alliance", "Elles exploitent ensemble depuis 2020 Normandie "
         "Sec, une coentreprise détenue à parts égales.", "Nordwerk"),
        ("de", "Lumatec AG und Nordwerk GmbH bauen ihre Allianz aus", "Gemeinsam betreiben sie seit 2020 die Nordsee "
         "Trocknung, ein Gemeinschaftsunternehmen zu gleichen Teilen.", "Nordwerk"),
        ("es", "Lumatec S.A. y Nordwerk amplían su alianza", "Ambas explotan conjuntamente desde 2020 Secadero Norte, "
         "una empresa conjunta participada al 50 %.", "Nordwerk"),
        ("en", "Lumatec Ltd and Nordwerk Inc expand their alliance", "They have jointly run Dryco North since 2020, a "
         "joint venture owned equally.", "Nordwerk"),
    ]:
        (event,) = _of_type(lang, title, text, "joint_venture")
        assert parties(event) == {("Lumatec", "partner"), (other, "partner")}, text
        assert (event["status"], event["date"]) == ("ongoing", "2020"), text


def test_a_venture_founded_in_a_year_keeps_its_founding():
    (event,) = _of_type("fr", "Lumatec SA et Nordwerk SAS renforcent leur alliance", "Elles ont créé en 2020 Normandie "
                        "Sec, une coentreprise détenue à parts égales.", "joint_venture")
    assert parties(event) == {("Lumatec", "partner"), ("Nordwerk", "partner")}
    assert event["status"] != "ongoing"


def test_a_purchase_told_in_a_verb_last_plural_clause():
    """ "als die Passauer den Werkzeugbauer Y übernahmen", "1998 erwarben die Passauer Y": the demonym is the firm
    seated there; "Die Übernahmen der vergangenen Jahre" (the noun) states none."""
    for text in [
        "Den ersten großen Schritt wagte Lumatec 1998, als die Passauer den Werkzeugbauer Nordwerk übernahmen.",
        "1998 erwarben die Passauer den Werkzeugbauer Nordwerk.",
    ]:
        (event,) = _of_type("de", "Die Lumatec AG aus Passau feiert ihr Jubiläum", text, "acquisition")
        assert parties(event) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}, text
        assert (event["status"], event["date"]) == ("completed", "1998"), text
    assert not extract_events(page("de", "Die Lumatec AG meldet Rekordumsatz", "Die Übernahmen der vergangenen Jahre "
                                   "zahlen sich aus, sagt Lumatec."))


def test_an_owner_since_a_start_told_actively_bought_the_firm_then():
    for text in [
        "Kessel, which Brandhorst has owned since 2021, said demand was weak.",
        "Brandhorst AG, which has owned Kessel since 2021, said demand was weak.",
        "The German group Brandhorst has owned Kessel since 2021.",
    ]:
        (event,) = _of_type("en", "Kessel Pumps Ltd cut jobs", text, "acquisition")
        assert parties(event) == {("Brandhorst", "acquirer"), ("Kessel", "target")}, text
        assert (event["status"], event["date"]) == ("completed", "2021"), text


def test_a_stake_or_a_building_owned_since_a_start_is_no_purchase_of_the_firm():
    (event,) = extract_events(page("en", "Kessel Pumps Ltd cut jobs", "Brandhorst AG has owned a 20% stake in Kessel "
                                   "since 2019."))
    assert (event["type"], event["status"], event["date"]) == ("investment", "completed", "2019")
    assert not extract_events(page("en", "Kessel Pumps Ltd cut jobs", "Brandhorst AG has owned its headquarters in "
                                   "Leeds since 2019."))


def test_a_singular_relative_after_two_partners_stands_for_the_last_alone():
    """ "a partnership between X and Y, which has owned Z since 2012": Y bought Z, not both partners; a plural verb
    after a list keeps every firm of it."""
    for lang, title, text in [
        ("en", "Lumatec Ltd forms a partnership", "The transaction is part of a partnership between Lumatec and "
         "Nordwerk, which has owned Vinatec since 2012."),
        ("fr", "Lumatec SA noue un partenariat", "L'opération s'inscrit dans un partenariat entre Lumatec et Nordwerk, "
         "qui a racheté Vinatec en 2012."),
    ]:
        (event,) = _of_type(lang, title, text, "acquisition")
        assert parties(event) == {("Nordwerk", "acquirer"), ("Vinatec", "target")}, text
        assert (event["status"], event["date"]) == ("completed", "2012"), text
    (event,) = _of_type("en", "Lumatec raises money", "A consortium of Alpha Capital, Beta Partners and Gamma Fund, "
                        "which will invest $50m, backs Lumatec.", "investment")
    assert {"Alpha Capital", "Beta Partners", "Gamma Fund"} <= {p["name"] for p in event["parties"]}
