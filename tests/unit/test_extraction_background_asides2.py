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


def test_a_relative_whose_pronoun_is_the_subject_of_a_customer_list_keeps_the_antecedent_the_supplier():
    text = ("Lumatec, which counts Fjellstad Logistics among its customers, has closed a $30 million Series A led by "
            "Nordwerk Capital.")
    contracts = [e for e in extract_events(page("en", "News", text, published=PUBLISHED)) if e["type"] == "contract"]
    assert all(parties(e) == {("Lumatec", "supplier"), ("Fjellstad Logistics", "customer")} for e in contracts)


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


def test_an_earlier_offtake_with_a_firm_that_collapsed_is_a_terminated_contract():
    text = ("Nordwerk signs a supply deal with Kestrel Motors. An earlier offtake with Vasa Cells collapsed in March "
            "when the Finnish cell maker went into administration.")
    events = [e for e in extract_events(page("en", "News", text, published=PUBLISHED)) if e["type"] == "contract"]
    (old,) = [e for e in events if "Vasa Cells" in {n for n, _ in parties(e)}]
    assert parties(old) == {("Nordwerk", "supplier"), ("Vasa Cells", "customer")}
    assert old["status"] == "terminated"


def test_a_sale_to_a_buyer_that_came_to_nothing_is_terminated():
    for text in [
        "Lumatec Foods busca comprador. La venta al fondo británico Harrow Park quedó en nada en 2024.",
        "Lumatec Foods busca comprador. La venta al fondo británico Harrow Park, que llegó a estar muy avanzada, "
        "quedó en nada en 2024 tras romperse las negociaciones.",
    ]:
        (event,) = _acquisitions("es", text)
        assert ("Harrow Park", "acquirer") in parties(event) and "Lumatec Foods" in {n for n, _ in parties(event)}
        assert (event["status"], event["date"]) == ("terminated", "2024"), text


def test_a_bidder_that_lost_the_sale_told_in_a_relative_clause_is_a_terminated_purchase():
    for lang, text in [
        ("de", "Die Stadtwerke Kiel verkaufen Windkraft Nord an den Versorger Enerva. Nicht zum Zug kam dagegen der "
               "Hamburger Investor Elbhafen Capital, der ebenfalls für Windkraft Nord geboten hatte."),
        ("de", "Die Stadtwerke Kiel verkaufen Windkraft Nord an den Versorger Enerva. Leer ging der Finanzinvestor "
               "Elbhafen Capital aus, der ebenfalls für Windkraft Nord geboten hatte."),
        ("en", "Kiel Utilities sells Windkraft Nord to Enerva. Hamburg investor Elbhafen Capital, which had also bid "
               "for Windkraft Nord, missed out."),
        ("fr", "Kiel Énergie vend Windkraft Nord à Enerva. Le fonds Elbhafen Capital, qui avait également fait une "
               "offre pour Windkraft Nord, a été écarté."),
        ("es", "Kiel Energía vende Windkraft Nord a Enerva. El fondo Elbhafen Capital, que también había pujado por "
               "Windkraft Nord, se quedó fuera."),
    ]:
        (lost,) = [e for e in _acquisitions(lang, text) if "Elbhafen Capital" in {n for n, _ in parties(e)}]
        assert parties(lost) == {("Elbhafen Capital", "acquirer"), ("Windkraft Nord", "target")}, text
        assert lost["status"] == "terminated", text
