"""Listings told as a market debut or held since a year in an aside, deals a clause leaves untouched, and a firm
whose name ends as a kind noun does (issue 3, branch ipos3), on pages written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _of_type(lang: str, text: str, kind: str, published: str = "2025-11-20") -> list[dict]:
    title = {"de": "Nachrichten", "fr": "Nouvelles", "es": "Noticias"}.get(lang, "News")
    return [e for e in extract_events(page(lang, title, text, published=published)) if e["type"] == kind]


def test_debut_on_the_exchanges_is_a_listing_with_the_money_it_raised():
    for lang, text, value, date in [
        ("es", "Lumatec Redes, la filial de torres de telecomunicaciones de Lumatec, se estrenó el jueves en las "
         "bolsas españolas tras una oferta pública de venta con la que captó 450 millones de euros.", 450e6,
         "2025-11-20"),
        ("es", "La filial Lumatec Redes debutó ayer en las bolsas españolas y captó 300 millones de euros.", 300e6,
         "2025-11-19"),
        ("de", "Der Wettbewerber Lumatec, der im vergangenen September an der Frankfurter Börse debütierte und "
         "dabei 180 Mio. Euro einsammelte, legte Zahlen vor.", 180e6, "2025-09"),
        ("de", "Die Lumatec AG, die im Mai an der Frankfurter Börse debütiert hatte, sammelte dabei 90 Mio. Euro "
         "ein.", 90e6, "2025-05"),
        ("en", "Rival Nordwerk, which debuted on the Frankfurt Stock Exchange last September raising 180 million "
         "euros, reported results.", 180e6, "2025-09"),
    ]:
        (event,) = _of_type(lang, text, "ipo")
        assert {r for _, r in parties(event)} == {"issuer"}, text
        assert (event["status"], event["date"], event["amount"]["value"]) == ("completed", date, value), text


def test_listing_held_since_a_year_in_an_aside_is_a_listing_completed_then():
    for lang, text, issuer, date in [
        ("es", "Minera Huarco, cotizada en Madrid desde 2012, publicó resultados.", "Minera Huarco", "2012"),
        ("de", "Die Lumatec AG, seit 2017 an der Frankfurter Börse notiert, legte Zahlen vor.", "Lumatec", "2017"),
        ("fr", "Maisons Alizé, cotée à Paris depuis 2017, a publié ses résultats annuels.", "Maisons Alizé", "2017"),
    ]:
        (event,) = _of_type(lang, text, "ipo")
        assert parties(event) == {(issuer, "issuer")}, text
        assert (event["status"], event["date"]) == ("completed", date), text


def test_a_listing_state_with_no_start_or_no_firm_is_no_listing():
    for lang, text in [
        ("en", "Nordwerk, listed in Paris, reported results."),
        ("es", "Minera Huarco, cotizada en Madrid, publicó resultados."),
    ]:
        assert not _of_type(lang, text, "ipo"), text


def test_a_venture_the_clause_leaves_untouched_is_no_denial():
    for lang, text in [
        ("de", "Das Bundeskartellamt hat die geplante Übernahme der Kölner Brauerei Vogt durch den Getränkekonzern "
         "Nordwerk untersagt. Nicht betroffen ist das Gemeinschaftsunternehmen, das Nordwerk im März mit dem "
         "Glashersteller Lumina Glas vereinbart hatte."),
        ("en", "Regulators blocked Nordwerk's takeover of Vogt Brewing. The joint venture Nordwerk formed with "
         "Lumina Glas in March is not affected."),
        ("es", "La empresa conjunta que Nordwerk creó en marzo con Lumina Glas no se ve afectada por la decisión."),
        ("fr", "La coentreprise que Nordwerk a créée en mars avec Lumina Glas n'est pas concernée par la décision."),
    ]:
        (event,) = _of_type(lang, text, "joint_venture")
        assert parties(event) == {("Nordwerk", "partner"), ("Lumina Glas", "partner")}, text
        assert event["date"] == "2025-03", text


def test_a_denied_deal_stays_denied():
    for lang, text, kind in [
        ("de", "Nordwerk plant keinen Börsengang.", "ipo"),
        ("en", "Nordwerk did not buy Vogt Brewing.", "acquisition"),
        ("fr", "Nordwerk n'a pas racheté Vogt.", "acquisition"),
        ("es", "Nordwerk no compra Vogt.", "acquisition"),
    ]:
        assert not _of_type(lang, text, kind), text


def test_listing_set_off_after_a_suffixed_name_is_that_firms():
    for lang, text, issuer, date in [
        ("es", "Lumatec comprará Minera Huarco SA, cotizada en Lima desde 2012, por 20 millones de euros.",
         "Minera Huarco", "2012"),
        ("fr", "Kerval va racheter Viagrin SA, coté depuis 2015, pour 20 millions d'euros.", "Viagrin", "2015"),
        ("fr", "Kerval va racheter Viagrin, coté depuis 2015, pour 20 millions d'euros.", "Viagrin", "2015"),
    ]:
        (event,) = _of_type(lang, text, "ipo")
        assert parties(event) == {(issuer, "issuer")}, text
        assert event["date"] == date, text


def test_a_name_ending_as_a_kind_noun_after_its_description_is_a_firm():
    text = ("Das Bundeskartellamt hat die geplante Übernahme der Kölner Brauerei Vogt durch den Getränkekonzern "
            "Quellhaus untersagt. Nicht betroffen ist das Gemeinschaftsunternehmen, das Quellhaus im März mit dem "
            "Glashersteller Lumina Glas vereinbart hatte.")
    (bought,) = _of_type("de", text, "acquisition")
    assert parties(bought) == {("Quellhaus", "acquirer"), ("Brauerei Vogt", "target")}
    assert bought["status"] == "terminated"
    (venture,) = _of_type("de", text, "joint_venture")
    assert parties(venture) == {("Quellhaus", "partner"), ("Lumina Glas", "partner")}
    for text, target in [
        ("Der Maschinenbauer Lumatec übernimmt das Münchner Softwarehaus Brennwerk.", "Brennwerk"),
        ("Die Lumatec AG kauft den Softwareanbieter Datenhaus.", "Datenhaus"),
        ("Die Lumatec AG übernimmt das Softwarehaus der Nordwerk AG.", "Nordwerk"),
    ]:
        (event,) = _of_type("de", text, "acquisition")
        assert parties(event) == {("Lumatec", "acquirer"), (target, "target")}, text


def test_two_kind_nouns_after_a_description_stay_unread():
    text = ("Die Neuvergabe war nötig geworden, nachdem das Land den Vertrag mit dem bisherigen Anbieter Netzhaus "
            "Systemhaus im Januar gekündigt hatte.")
    assert not _of_type("de", text, "contract")
