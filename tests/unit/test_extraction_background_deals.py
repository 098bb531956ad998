"""Earlier deals told as background: relative clauses, the pluperfect and the subjunctive after "después de que"
(completed, dated by the year the text gives), on pages written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _background(lang: str, title: str, text: str) -> list[dict]:
    """The completed acquisitions a page states."""
    return [e for e in extract_events(page(lang, title, text)) if e["type"] == "acquisition"
            and e["status"] == "completed"]


def test_spanish_sale_in_the_subjunctive_after_despues_de_que():
    for text, want, year in [
        ("Lumatec compra Norval por 500 millones de euros. La compra llega un año después de que Ibervalle "
         "vendiera su división de aparcamientos a Kestrel por 380 millones de euros.",
         {("Ibervalle", "seller"), ("Kestrel", "acquirer")}, "2023"),
        ("Lumatec compra Norval por 500 millones de euros. La operación llega dos años después de que Kestrel "
         "adquiriera la gestora Valdora por 90 millones de euros.", {("Kestrel", "acquirer"), ("Valdora", "target")},
         "2022"),
    ]:
        (event,) = _background("es", "Lumatec compra Norval", text)
        assert parties(event) == want and event["date"] == year


def test_spanish_purchase_in_the_subjunctive_is_completed():
    (event,) = _background("es", "Lumatec compra Norval", "Lumatec compra Norval por 500 millones de euros. La "
                           "compra llega meses después de que Kestrel comprara la cadena Valdora.")
    assert parties(event) == {("Kestrel", "acquirer"), ("Valdora", "target")}


def test_spanish_hace_opens_no_name():
    """ "Hace un año vendió ...": the dropped subject is the page's firm, "Hace" is no seller."""
    for text, want in [
        ("Lumatec vende su filial Norval a Brandeis. Hace un año vendió su negocio hidráulico a la gestora Pirena "
         "Capital por 300 millones de euros.", {("Lumatec", "seller"), ("Pirena Capital", "acquirer")}),
        ("Lumatec vende su filial Norval a Brandeis. Hace dos años compró la cadena Valdora.",
         {("Lumatec", "acquirer"), ("Valdora", "target")}),
    ]:
        (event,) = _background("es", "Lumatec se deshace de Norval", text)
        assert parties(event) == want


def test_german_relative_pronoun_before_a_nominative_article_is_the_object():
    for text, year in [
        ("Die Kestrel GmbH, die der Investor Norderfeld Capital 2018 gekauft hatte, wächst.", "2018"),
        ("Das Start-up Kestrel, das der Konzern Norderfeld Capital 2019 übernommen hatte, wächst.", "2019"),
    ]:
        (event,) = _background("de", "Lumatec", text)
        assert parties(event) == {("Norderfeld Capital", "acquirer"), ("Kestrel", "target")}
        assert event["date"] == year


def test_german_relative_pronoun_as_subject_keeps_its_antecedent_the_buyer():
    (event,) = _background("de", "Lumatec", "Der Investor Norderfeld Capital, der die Kestrel GmbH 2018 gekauft "
                           "hatte, wächst.")
    assert parties(event) == {("Norderfeld Capital", "acquirer"), ("Kestrel", "target")}


def test_german_unit_sold_is_no_party():
    """ "die Gießerei-Sparte, die X an Y abgegeben hatte": a unit sold, told by the seller and the buyer; a fund
    named "... Partners" is a name, no genitive of "Partner"."""
    for text, year in [
        ("Die Gießerei-Sparte, die die Brandau AG 2022 an den Finanzinvestor Arvelo Partners abgegeben hatte, "
         "wächst.", "2022"),
        ("Die Brandau AG hatte ihre Pumpen-Sparte 2021 an die Arvelo Partners GmbH verkauft.", "2021"),
    ]:
        (event,) = _background("de", "Lumatec", text)
        assert parties(event) == {("Brandau", "seller"), ("Arvelo Partners", "acquirer")}
        assert event["date"] == year


def test_french_subject_relative_on_a_governed_name_is_the_buyer():
    """ "s'appuie sur Y, qui avait racheté Z": Y buys, not the main clause's subject."""
    for text in [
        "Lumatec rachète Norval. Lumatec s'appuie sur Kestrel, qui avait déjà mis la main sur le développeur éolien "
        "Vendelia en 2023 pour 320 millions d'euros.",
        "Lumatec rachète Norval. Lumatec s'appuie sur Kestrel, qui a racheté Vendelia en 2023.",
    ]:
        (event,) = _background("fr", "Lumatec rachète Norval", text)
        assert parties(event) == {("Kestrel", "acquirer"), ("Vendelia", "target")} and event["date"] == "2023"


def test_relative_on_a_governed_name_with_a_pronoun_object_stays_as_it_was():
    """ "appartient au fonds Y, qui l'a rachetée": no firm named after the verb, the page's firm buys nothing."""
    events = extract_events(page("fr", "Lumatec", "Lumatec appartient au fonds Kestrel, qui l'a rachetée en 2019."))
    assert not any(("Lumatec", "acquirer") in parties(e) for e in events)


def test_plant_bought_from_a_firm_names_the_seller():
    """ "avait repris l'usine de Mulhouse au groupe X": the plant is no party, X sells it."""
    for lang, text, year in [
        ("fr", "Vossmark se renforce en Alsace. Vossmark avait repris l'an dernier l'usine de Mulhouse au groupe "
         "lyonnais Sotravel.", "2023"),
        ("es", "Vossmark crece en Andalucía. Vossmark compró la fábrica de Sevilla al grupo Sotravel en 2022.", "2022"),
    ]:
        (event,) = _background(lang, "Vossmark", text)
        assert parties(event) == {("Vossmark", "acquirer"), ("Sotravel", "seller")} and event["date"] == year


def test_german_people_of_a_place_after_another_firm_s_origin():
    """ "hatte X aus Essen die Kieler übernommen": "die Kieler" is the firm the page seats in Kiel; Essen is X's."""
    for text, year in [
        ("2023 hatte der Industriekonzern Brandau Industrie aus Essen die Kieler übernommen.", "2023"),
        ("2022 hatte die Brandau Industrie AG aus Essen die Kieler für 80 Millionen Euro gekauft.", "2022"),
    ]:
        (event,) = _background("de", "Nordwerk baut Fähren", "Der Kieler Schiffbauer Nordwerk Marine GmbH baut drei "
                               "Fähren für die Reederei Lumatec. " + text)
        assert parties(event) == {("Brandau Industrie", "acquirer"), ("Nordwerk Marine", "target")}
        assert event["date"] == year


def test_french_owner_since_a_year_bought_then():
    """ "l'éditeur X, détenu depuis 2021 par le fonds Y": Y bought X in 2021; the participle tells of X, the name
    before its comma, and its "par" is no buyer of the main clause's deal."""
    events = extract_events(page("fr", "Lumatec rachète Aquilor", "Lumatec rachète l'éditeur Aquilor, détenu depuis "
                                 "2021 par le fonds Brandeis Capital."))
    assert {(e["status"], e["date"], frozenset(parties(e))) for e in events if e["type"] == "acquisition"} == {
        ("announced", "2024-03-14", frozenset({("Lumatec", "acquirer"), ("Aquilor", "target")})),
        ("completed", "2021", frozenset({("Brandeis Capital", "acquirer"), ("Aquilor", "target")}))}
    (event,) = _background("fr", "Lumatec", "Le fabricant Aquilor, contrôlé depuis mars 2022 par le fonds Brandeis "
                           "Capital, ouvre une usine.")
    assert parties(event) == {("Brandeis Capital", "acquirer"), ("Aquilor", "target")} and event["date"] == "2022-03"


def test_coordinated_verbs_keep_their_subject():
    """ "X cède Y, rachète Z": no agent after the second verb, so it is no participle on Y."""
    (event,) = [e for e in extract_events(page("fr", "Lumatec", "Lumatec cède Norval, rachète Kestrel."))
                if ("Kestrel", "target") in parties(e)]
    assert ("Lumatec", "acquirer") in parties(event)
