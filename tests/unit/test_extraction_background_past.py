"""Past deals told beside a page's news (issue 3, branch background3): owners and listings held since a start,
on pages written for these tests; each is completed and dated by the start the text gives."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _of_type(lang: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Lumatec", text)) if e["type"] == kind]


def test_owned_since_a_start_by_a_firm_was_bought_then():
    for text, date in [
        ("Lumatec Inc. opened a plant in Leeds. It has been owned since 2019 by Ashgrove Capital.", "2019"),
        ("Lumatec Inc. opened a plant in Leeds. The company has been owned since March 2019 by Ashgrove Capital.",
         "2019-03"),
        ("Lumatec Inc. opened a plant in Leeds. Lumatec has been owned by Ashgrove Capital since 2019.", "2019"),
    ]:
        (event,) = _of_type("en", text, "acquisition")
        assert parties(event) == {("Ashgrove Capital", "acquirer"), ("Lumatec", "target")}, text
        assert (event["status"], event["date"]) == ("completed", date), text


def test_owned_by_its_founding_family_is_no_purchase():
    for text in [
        "Lumatec Inc. opened a plant in Leeds. It has been owned since 2019 by the founding Hale family and managers.",
        "Lumatec Inc. opened a plant in Leeds. It is owned by the Hale family.",
    ]:
        assert not _of_type("en", text, "acquisition"), text


def test_listing_held_since_a_start_is_a_listing_completed_then():
    for lang, text, date in [
        ("fr", "Lumatec SA ouvre une usine à Lyon. Lumatec est inscrite à la Bourse de Toronto depuis juin 2021.",
         "2021-06"),
        ("fr", "Lumatec SA ouvre une usine à Lyon. Lumatec est cotée depuis 2017 sur Euronext Growth.", "2017"),
        ("es", "Lumatec S.A. abre una planta en Monterrey. Lumatec cotiza en la BMV desde 2014.", "2014"),
        ("es", "Lumatec S.A. abre una planta en Monterrey. La empresa, que cotiza en bolsa desde mayo de 2015, "
         "emplea a 900 personas.", "2015-05"),
        ("de", "Die Lumatec AG baut ein Werk in Kiel. Das Unternehmen ist seit März 2019 im Prime Standard notiert.",
         "2019-03"),
        ("de", "Die Lumatec AG baut ein Werk in Kiel. Die Lumatec AG ist seit 2019 an der Frankfurter Börse notiert.",
         "2019"),
    ]:
        (event,) = _of_type(lang, text, "ipo")
        assert parties(event) == {("Lumatec", "issuer")}, text
        assert (event["status"], event["date"], event["amount"]) == ("completed", date, None), text


def test_listing_held_with_no_start_stays_no_event():
    for lang, text in [
        ("fr", "Lumatec SA ouvre une usine à Lyon. Lumatec est cotée à la Bourse de Paris."),
        ("es", "Lumatec S.A. abre una planta en Monterrey. Lumatec cotiza en la BMV."),
    ]:
        assert not _of_type(lang, text, "ipo"), text


def test_listing_held_tells_no_sum():
    """ "que cotiza en bolsa desde 2015, ... 3.000 millones": the sum is another matter's."""
    (event,) = _of_type("es", "Lumatec S.A. abre una planta en Monterrey. Para la compañía, que cotiza en bolsa desde "
                        "mayo de 2015, el pedido supone un alivio tras bajar su cartera a 3.000 millones de euros.",
                        "ipo")
    assert event["amount"] is None and event["date"] == "2015-05"


def test_object_relative_on_a_governed_name_names_its_buyer():
    """ "invests in Y, which X bought in 2021": Y is the target, the clause's own subject the buyer."""
    for lang, text, buyer, year in [
        ("es", "Energías Dalvar S.A. invierte en renovables. La inversión se destinará a Eólica Orcera, que Energías "
         "Dalvar adquirió en 2022 por 210 millones de euros.", "Energías Dalvar", "2022"),
        ("es", "Lumatec S.A. invertirá 30 millones en Eólica Orcera, que el fondo Miralba compró en 2022.", "Miralba",
         "2022"),
        ("fr", "Lumatec SA s'appuie sur Eólica Orcera, que Vendelia a racheté en 2021 pour 80 millions d'euros.",
         "Vendelia", "2021"),
        ("fr", "Lumatec SA investit 40 millions d'euros dans Eólica Orcera, que le groupe Vendelia avait racheté en "
         "2023.", "Vendelia", "2023"),
        ("en", "Lumatec Inc. will invest $40 million in Eolica Orcera, which Ashgrove Capital bought in 2021.",
         "Ashgrove Capital", "2021"),
        ("de", "Die Lumatec AG investiert 40 Millionen Euro in die Eolica Orcera GmbH, die der Konzern Vendelia 2021 "
         "übernommen hatte.", "Vendelia", "2021"),
    ]:
        (event,) = [e for e in _of_type(lang, text, "acquisition") if e["status"] == "completed"]
        assert {(n, r) for n, r in parties(event)} == {(buyer, "acquirer"), ("Eólica Orcera" if lang in ("es", "fr")
                                                                             else "Eolica Orcera", "target")}, text
        assert event["date"] == year, text



def test_stake_of_the_next_clause_does_not_retype_a_verb_last_purchase():
    """ "X, die Y 2018 übernommen hatte, hält noch 45 Prozent": the relative clause tells the purchase, the stake
    is what X holds today."""
    for text in [
        "Die Lumatec GmbH baut ein neues Werk in Ulm. Die Beteiligungsgesellschaft Halder Capital, die Lumatec 2018 "
        "übernommen hatte, hält noch 45 Prozent.",
        "Die Lumatec GmbH baut ein neues Werk in Ulm. Der Finanzinvestor Halder Capital, der die Lumatec GmbH 2018 "
        "gekauft hatte, besitzt heute noch 45 Prozent.",
    ]:
        (event,) = _of_type("de", text, "acquisition")
        assert parties(event) == {("Halder Capital", "acquirer"), ("Lumatec", "target")}, text
        assert (event["status"], event["date"]) == ("completed", "2018"), text


def test_a_decimal_share_after_the_verb_keeps_the_stake():
    """ "übernimmt 24,9 Prozent an X": the comma of the number ends no clause."""
    (event,) = _of_type("de", "Die Lumatec AG baut ein Werk. Der Versorger Halder Energie übernimmt 24,9 Prozent an "
                        "der Lumatec AG.", "investment")
    assert parties(event) == {("Halder Energie", "investor"), ("Lumatec", "investee")}


def test_english_which_before_its_verb_is_the_subject():
    """ "controlled by Y, which acquired Z": English puts no subject after the verb, so Y buys."""
    (event,) = _of_type("en", "Lumatec Inc. opened a plant in Leeds. Lumatec is controlled by Ashmoor Partners, which "
                        "acquired Velto Labs in 2021.", "acquisition")
    assert parties(event) == {("Ashmoor Partners", "acquirer"), ("Velto Labs", "target")}
    assert event["date"] == "2021"


def test_a_firm_bought_as_it_from_a_seller_is_no_goods():
    """ "which bought it from X": the firm told before, bought from X; no supply of goods."""
    for text in [
        "Lumatec Inc. opened a plant in Leeds. Lumatec is controlled by Ashmoor Partners, which bought it from the "
        "founding Brenner family in 2019.",
        "Lumatec Inc. opened a plant in Leeds. Ashmoor Partners bought it from Velto Group in 2019.",
    ]:
        events = extract_events(page("en", "Lumatec", text))
        assert not [e for e in events if e["type"] == "contract"], text
        (event,) = [e for e in events if e["type"] == "acquisition"]
        assert {("Ashmoor Partners", "acquirer"), ("Lumatec", "target")} <= parties(event), text
        assert event["date"] == "2019", text


def test_goods_bought_from_a_firm_stay_a_supply():
    (event,) = _of_type("en", "Lumatec Inc. opened a plant in Leeds. Lumatec buys its resin from Velto Group.",
                        "contract")
    assert parties(event) == {("Lumatec", "customer"), ("Velto", "supplier")}


def test_german_entry_with_a_majority_stake_compound_is_an_acquisition():
    for text, kind, want in [
        ("Die Lumatec GmbH baut ein Werk in Kiel. 2020 stieg der Finanzinvestor Partners Crest mit einer "
         "Mehrheitsbeteiligung bei Lumatec ein.", "acquisition", {("Partners Crest", "acquirer"),
                                                                  ("Lumatec", "target")}),
        ("Die Lumatec GmbH baut ein Werk in Kiel. 2020 stieg der Finanzinvestor Partners Crest mit einer "
         "Minderheitsbeteiligung bei Lumatec ein.", "investment", {("Partners Crest", "investor"),
                                                                   ("Lumatec", "investee")}),
    ]:
        (event,) = _of_type("de", text, kind)
        assert parties(event) == want and event["date"] == "2020", text


def test_a_state_before_a_trade_noun_is_no_target():
    (event,) = _of_type("en", "Lumatec Inc. will expand Tessaly Films, a Georgia producer that it acquired in 2021 "
                        "for $640 million.", "acquisition")
    assert parties(event) == {("Lumatec", "acquirer"), ("Tessaly Films", "target")}
    assert (event["date"], event["amount"]["value"]) == ("2021", 640e6)


def test_a_deal_done_before_takes_no_value_from_the_news_after_it():
    """The figures after an owner told in passing are the news deal's ($2.4bn), not the owner's old purchase."""
    text = ("Orvia Group agreed to buy Lumatec Inc. on Tuesday. Lumatec has been owned since 2019 by Ashgrove "
            "Capital. The transaction values Lumatec at about $2.4 billion including debt.")
    old = [e for e in _of_type("en", text, "acquisition") if e["date"] == "2019"]
    assert [parties(e) for e in old] == [{("Ashgrove Capital", "acquirer"), ("Lumatec", "target")}]
    assert old[0]["amount"] is None


def test_a_stake_whose_clause_closes_on_a_sale_is_sold():
    """German puts the verb last: the stake named before "verkauft" is what the subject sells."""
    (event,) = _of_type("de", "Die Lumatec AG hatte im Frühjahr ihre Mehrheitsbeteiligung an der Orvia Netz GmbH "
                              "für 340 Millionen Euro an den Infrastrukturfonds Meridex verkauft.", "acquisition")
    assert parties(event) == {("Lumatec", "seller"), ("Orvia Netz", "target"), ("Meridex", "acquirer")}
