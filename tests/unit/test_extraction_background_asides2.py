"""Earlier deals told in relative clauses and asides (issue 3, branch asides2), on pages written for these tests:
an object relative whose own subject a few words describe ("X, which the Zurich-based fund Y bought"), a buyer
named after the thing bought or in the past ("Käufer der drei Lokalsender ist Y", "Käufer war Y"), the German
past "trennte sich von", and a sale and a purchase of one firm told in one sentence ("X sold its unit Y, acquired
by Z"); the page's own deal and plain relatives keep their parties."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

PUBLISHED = "2026-03-14"


def _acquisitions(lang: str, text: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Nachrichten", text, published=PUBLISHED))
            if e["type"] == "acquisition"]


def test_an_object_relative_with_a_described_subject_makes_the_antecedent_the_target():
    for lang, text in [
        ("en", "Lumatec opens a plant in Leeds. Lumatec, which the Oslo-based investor Fjellstad Partners acquired "
               "in 2019, employs 300 people."),
        ("en", "Lumatec opens a plant in Leeds. Lumatec, which the private equity firm Fjellstad Partners bought "
               "for $90m in 2019, employs 300 people."),
        ("es", "Lumatec abre una planta en Lleida. Lumatec, que el fondo suizo Fjellstad Partners compró en 2019 "
               "por 90 millones, emplea a 300 personas."),
        ("es", "Lumatec abre una planta en Lleida. Lumatec, que la gestora noruega Fjellstad Partners adquirió en "
               "2019, emplea a 300 personas."),
        ("fr", "Lumatec ouvre une usine à Lille. Lumatec, que le fonds suisse Fjellstad Partners a racheté en "
               "2019, emploie 300 personnes."),
        ("de", "Lumatec eröffnet ein Werk in Kiel. Die Lumatec GmbH, die der norwegische Finanzinvestor Fjellstad "
               "Partners 2019 übernommen hatte, beschäftigt 300 Menschen."),
    ]:
        (event,) = _acquisitions(lang, text)
        assert parties(event) == {("Fjellstad Partners", "acquirer"), ("Lumatec", "target")}, text
        assert (event["status"], event["date"]) == ("completed", "2019"), text


def test_a_relative_whose_pronoun_is_the_subject_keeps_the_antecedent_the_buyer():
    for lang, text in [
        ("en", "Lumatec opens a plant in Leeds. Lumatec, which last year bought Fjellstad Partners, employs 300 "
               "people."),
        ("es", "Lumatec abre una planta en Lleida. Lumatec, que el año pasado compró Fjellstad Partners, emplea a "
               "300 personas."),
    ]:
        (event,) = _acquisitions(lang, text)
        assert parties(event) == {("Lumatec", "acquirer"), ("Fjellstad Partners", "target")}, text


def test_a_buyer_named_after_the_thing_bought_buys_what_the_sentence_before_sells():
    for lang, text in [
        ("de", "Die Verlagsgruppe Ostmark verkauft ihre Radiosparte. Käufer der drei Lokalsender ist das Medienhaus "
               "Funkwelle Nord."),
        ("de", "Die Verlagsgruppe Ostmark verkauft ihre Radiosparte. Käufer ist das Medienhaus Funkwelle Nord."),
        ("en", "Ostmark Media is selling its radio arm. The buyer of the three stations is Funkwelle Nord."),
        ("es", "Ostmark Media vende su división de radio. El comprador de las tres emisoras es Funkwelle Nord."),
        ("fr", "Ostmark Media cède sa branche radio. L'acquéreur des trois stations est Funkwelle Nord."),
    ]:
        (event,) = _acquisitions(lang, text)
        assert ("Funkwelle Nord", "acquirer") in parties(event), text
        assert {r for n, r in parties(event) if n.startswith("Ostmark")} == {"seller"}, text


def test_a_sale_in_the_past_names_its_buyer_in_the_same_or_the_next_sentence():
    for text in [
        "Dass Familien auch ganze Firmen kaufen, zeigt ein Geschäft aus dem Januar: Die Fondsgesellschaft Lindgrün "
        "Equity trennte sich von ihrer Mehrheit an der Klinikkette Sonnweg, Käufer war die Beteiligungsgesellschaft "
        "Arnfeld Partners.",
        "Die Fondsgesellschaft Lindgrün Equity trennte sich im Januar von ihrer Mehrheit an der Klinikkette Sonnweg. "
        "Käufer war die Beteiligungsgesellschaft Arnfeld Partners.",
    ]:
        (event,) = _acquisitions("de", text)
        assert parties(event) == {("Arnfeld Partners", "acquirer"), ("Lindgrün Equity", "seller"),
                                  ("Sonnweg", "target")}, text
        assert event["status"] == "completed", text


def test_a_sale_and_a_purchase_of_one_unit_in_one_sentence_are_one_deal():
    for lang, text in [
        ("es", "Grupo Ormaza vende su planta de Bilbao a Metalia. En 2023 Ormaza ya vendió su filial Ormaza "
               "Pinturas, adquirida por la francesa Colorel por 70 millones."),
        ("en", "Ormaza Group sells its Bilbao plant to Metalia. In 2023 Ormaza sold its paint unit Ormaza Paints, "
               "acquired by France's Colorel for €70m."),
    ]:
        (old,) = [e for e in _acquisitions(lang, text) if e["date"] == "2023"]  # the sale's half joins it (scorer)
        assert ("Colorel", "acquirer") in parties(old) and ("target" in {r for _, r in parties(old)}), text
        assert old["status"] == "completed", text
