"""Shapes of user-generated and reference pages (drop98): an encyclopedia's footnote marks after a full stop
("... platziert.[1] 1999 übernahm ...") end the sentence; a thread's first post, which a page without a headline
gives as its title, is body text and no headline; a cashtag ("($QLMB)") is a stock symbol, no firm; a verb put
before its subject leaves the market and the listing firm in one run of capitals ("debuta en el Mercado Continuo
X"). Sentences and firms invented for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.sentences import split
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, *paragraphs: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs)) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "1987 ging Quellmann an die Börse.[1] 1999 übernahm Quellmann die Pumpensparte der Ardel AG.[2]"),
    ("en", "Quellmann listed in 1987.[1] In 1999 it bought the pump unit of Ardel plc.[a] Sales doubled."),
    ("fr", "Quellmann entre en bourse en 1987.[12] En 1999, le groupe rachète Ardel.[réf] Les ventes doublent."),
    ("es", "Quellmann salió a bolsa en 1987.[3] En 1999 compró Ardel.[4][5] Las ventas se duplicaron."),
])
def test_footnote_marks_after_a_full_stop_end_the_sentence(lang, text):
    sentences = split(text, [{"start": 0, "end": len(text)}], lexicon(lang))
    assert len(sentences) >= 2
    assert text[sentences[1].start:].startswith(("1999", "In 1999", "En 1999"))


@pytest.mark.parametrize(("lang", "paragraph", "kind", "expected"), [
    ("de", "1987 ging Quellmann an die Frankfurter Börse.[3] 2008 gründete Quellmann mit Brisk Armaturen ein "
           "Gemeinschaftsunternehmen in Suzhou.[4]", "joint_venture",
     {("Quellmann", "partner"), ("Brisk Armaturen", "partner")}),
    ("en", "Quellmann floated in 2004.[2] In 2011 Quellmann bought Tarvo Dairies for £14 million.[3]", "acquisition",
     {("Quellmann", "acquirer"), ("Tarvo Dairies", "target")}),
])
def test_a_deal_after_a_footnote_mark_is_read_in_its_own_sentence(lang, paragraph, kind, expected):
    assert expected in _events(lang, "Quellmann", paragraph, kind=kind)


@pytest.mark.parametrize(("lang", "post", "kind", "expected"), [
    ("en", "1/ Big news if true: Quillon Bancorp and Marlow Financial Corp. are in advanced talks on a merger of "
           "equals, per a report this morning. Combined assets would be about $20B. Thread below.", "merger",
     {("Quillon Bancorp", "party"), ("Marlow Financial", "party")}),
    ("es", "1/ Hoy debuta en bolsa Energías del Trasmoz, la primera salida a bolsa de una eléctrica en dos años. "
           "Hilo con lo que hay que saber sobre la operación y sus accionistas.", "ipo",
     {("Energías del Trasmoz", "issuer")}),
])
def test_a_threads_opening_post_given_as_title_is_body_text(lang, post, kind, expected):
    follow = "2/ More on this below." if lang == "en" else "2/ Más detalles abajo."
    assert expected in _events(lang, post, follow, kind=kind)


def test_a_short_headline_of_two_sentences_still_needs_the_body():
    assert not _events("en", "EXCLUSIVE. Quillon in talks to buy Marlow", "Shares of both rose on Monday.",
                       kind="acquisition")


@pytest.mark.parametrize("sentence", [
    "Quillon Bancorp ($QLBC) and Marlow Financial Corp. ($MRLW) are in talks on a merger of equals.",
    "Big news: Quillon Bancorp ($QLBC) and Marlow Financial ($MRLW) plan to merge, sources say.",
])
def test_a_cashtag_is_no_party(sentence):
    (merger,) = _events("en", "News", sentence, kind="merger")
    assert merger == {("Quillon Bancorp", "party"), ("Marlow Financial", "party")}


@pytest.mark.parametrize(("lang", "sentence", "issuer"), [
    ("es", "Hoy debuta en el Mercado Continuo Energías del Trasmoz (ETR), la primera salida a bolsa del año.",
     "Energías del Trasmoz"),
    ("en", "Today Quillon Energy debuts on the Nasdaq, the first listing of a wind group this year.", "Quillon Energy"),
    ("fr", "Aujourd'hui fait ses débuts sur Euronext Paris Quillon Énergie, la première introduction en bourse de "
           "l'année.", "Quillon Énergie"),
    ("de", "Heute feiert an der Frankfurter Börse Quillon Energie ihr Debüt, der erste Börsengang des Jahres.",
     "Quillon Energie"),
])
def test_the_firm_named_after_the_market_it_lists_on_is_the_issuer(lang, sentence, issuer):
    assert {(issuer, "issuer")} in _events(lang, "News", sentence, kind="ipo")


def test_a_framework_awarded_with_its_sum_and_term_before_the_work():
    (contract,) = _events("en", "News", "Rail operator Tarnby Rail has awarded a £1.2 billion, ten-year signalling "
                          "framework contract to Quillon Engineering, the contractor said on Wednesday.",
                          kind="contract")
    assert contract == {("Tarnby Rail", "customer"), ("Quillon Engineering", "supplier")}


@pytest.mark.parametrize(("title", "sentence"), [
    ("News", "Quill Angels hatte Voltaro schon 2022 in seiner Pre-Seed-Runde über 1,2 Mio. Euro unterstützt."),
    ("Voltaro sagt Danke", "Wir bei Voltaro danken Quill Angels: Ihr habt uns schon 2022 in unserer Pre-Seed-Runde "
     "über 1,2 Mio. Euro vertraut."),
])
def test_german_round_told_by_a_possessive_and_its_sum(title, sentence):
    rounds = [e for e in extract_events(page("de", title, sentence)) if e["type"] == "funding_round"]
    assert rounds and rounds[0]["amount"]["value"] == 1_200_000 and rounds[0]["date"] == "2022"
    assert ("Voltaro", "investee") in parties(rounds[0])


def _post(title: str, *paragraphs: str, host: str) -> dict:
    record = page("en", title, *paragraphs)
    record["url"] = f"https://www.{host}.example/posts/voltaro-activity-123"
    return record


def test_a_platforms_host_named_only_in_the_title_is_not_the_posts_we():
    record = _post("Voltaro Analytics on Quillbook: #manda #partnership", "Big news from the Voltaro team!",
                   "When we started Voltaro in 2017, we wanted to make data simple.",
                   "Our partnership with Marlow Logistik, running since 2021, goes on as before.", host="quillbook")
    partnerships = [parties(e) for e in extract_events(record) if e["type"] == "partnership"]
    assert {("Voltaro Analytics", "partner"), ("Marlow Logistik", "partner")} in partnerships


@pytest.mark.parametrize(("lang", "sentence", "pair"), [
    ("en", "Quimel Foods, a Redon dairy, and Brivet Dairy agreed on Tuesday to merge.",
     {("Quimel Foods", "party"), ("Brivet Dairy", "party")}),
    ("en", "The boards of Quimel Foods, based in Redon, and of Brivet Dairy approved a merger on Tuesday.",
     {("Quimel Foods", "party"), ("Brivet Dairy", "party")}),
    ("fr", "Les conseils d'administration de la coopérative Quimel, basée à Redon, et de la Laiterie Brivet, à "
           "Landivisiau, ont voté mardi le principe d'une fusion entre les deux structures.",
     {("Quimel", "party"), ("Laiterie Brivet", "party")}),
    ("de", "Die Molkerei Quimel, ein Betrieb aus Redon, und die Molkerei Brivet haben am Dienstag einer Fusion "
           "zugestimmt.", {("Molkerei Quimel", "party"), ("Molkerei Brivet", "party")}),
    ("de", "Die Aufsichtsräte der Molkerei Quimel, ansässig in Redon, und der Molkerei Brivet haben am Dienstag einer "
           "Fusion zugestimmt.", {("Molkerei Quimel", "party"), ("Molkerei Brivet", "party")}),
    ("es", "La cooperativa Quimel, con sede en Redon, y la láctea Brivet aprobaron el martes su fusión.",
     {("Quimel", "party"), ("Brivet", "party")}),
])
def test_a_pair_joined_past_an_insert_about_the_first_firm(lang, sentence, pair):
    assert pair in _events(lang, "News", sentence, kind="merger")


def test_a_clause_after_an_insert_about_an_object_keeps_its_own_subject():
    deals = _events("en", "News", "Quimel Foods bought Arden Tools, a Leeds maker, and rival Brivet Dairy snapped up "
                    "Corvo Farms.", kind="acquisition")
    assert {("Quimel Foods", "acquirer"), ("Arden Tools", "target")} in deals


@pytest.mark.parametrize(("lang", "sentence", "pair"), [
    ("en", "Quillon Engineering itself was formed in 2017 through the merger of Arvel Group, a Bristol civil "
           "engineering firm, and Tamsin Engineering of Swindon.",
     {("Arvel", "party"), ("Tamsin Engineering", "party")}),
    ("fr", "Quillon Ingénierie est née en 2017 de la fusion de la société Arvel, une entreprise de Bristol, et de "
           "Tamsin Ingénierie.", {("Arvel", "party"), ("Tamsin Ingénierie", "party")}),
    ("de", "Die Quillon Technik entstand 2017 aus der Fusion der Arvel Gruppe, einem Bauunternehmen aus Bristol, und "
           "der Tamsin Technik.", {("Arvel", "party"), ("Tamsin Technik", "party")}),
    ("es", "Quillon Ingeniería nació en 2017 de la fusión de Arvel Ingeniería, una empresa de Bristol, y Tamsin "
           "Ingeniería.", {("Arvel Ingeniería", "party"), ("Tamsin Ingeniería", "party")}),
])
def test_the_merger_of_a_pair_past_an_insert_names_the_pair_not_the_firm_it_formed(lang, sentence, pair):
    assert pair in _events(lang, "News", sentence, kind="merger")


@pytest.mark.parametrize(("lang", "sentence", "pair"), [
    ("es", "Un tema que nadie comenta: Banca Quimel mantiene su acuerdo de bancaseguros con Seguros Brivet hasta 2026.",
     {("Banca Quimel", "partner"), ("Seguros Brivet", "partner")}),
    ("en", "Quimel Bank keeps its bancassurance agreement with Brivet Insurance until 2026.",
     {("Quimel Bank", "partner"), ("Brivet Insurance", "partner")}),
    ("fr", "La Banque Quimel conserve son accord de bancassurance avec Brivet Assurances jusqu'en 2026.",
     {("Banque Quimel", "partner"), ("Brivet Assurances", "partner")}),
    ("de", "Die Quimel Bank behält ihre Bancassurance-Kooperation mit der Brivet Versicherung bis 2026.",
     {("Quimel Bank", "partner"), ("Brivet Versicherung", "partner")}),
])
def test_a_bancassurance_agreement_is_a_partnership(lang, sentence, pair):
    assert pair in _events(lang, "News", sentence, kind="partnership")


@pytest.mark.parametrize(("lang", "sentence", "buyer"), [
    ("en", "In January, Quill Retail agreed to buy 140 convenience stores from Marsh Group for £215m.", "Quill Retail"),
    ("de", "Im Januar kaufte Quill Handel 140 Märkte von der Marsh Gruppe für 215 Mio. Euro.", "Quill Handel"),
    ("fr", "En janvier, Quill Distribution a racheté 140 magasins au groupe Marsh pour 215 millions d'euros.",
     "Quill Distribution"),
    ("es", "En enero, Quill Distribución compró 140 tiendas al grupo Marsh por 215 millones de euros.",
     "Quill Distribución"),
])
def test_shops_bought_by_the_number_are_a_unit_sold_not_goods(lang, sentence, buyer):
    """Not "supermarkets": a word that ends chains' names ("Supermercados Tajo") is no unit noun."""
    assert {(buyer, "acquirer"), ("Marsh", "seller")} in _events(lang, "News", sentence, kind="acquisition")


def test_a_newspaper_section_a_report_comes_from_is_no_firm():
    deals = _events("de", "Forum", "Moin zusammen, laut einem Bericht im Handelsteil von heute früh soll die Quimel "
                    "Industries SE an einer Übernahme der Brivet Pumpen AG arbeiten.", kind="acquisition")
    assert {("Quimel Industries", "acquirer"), ("Brivet Pumpen", "target")} in deals


@pytest.mark.parametrize(("lang", "sentence", "pair"), [
    ("de", "Zitat von Pumpenfan_HB: laut einem Bericht soll die Quimel Industries SE die Brivet Pumpen AG übernehmen.",
     {("Quimel Industries", "acquirer"), ("Brivet Pumpen", "target")}),
    ("en", "Quote from deal_watcher99: Quimel Industries is said to be buying Brivet Pumps.",
     {("Quimel Industries", "acquirer"), ("Brivet Pumps", "target")}),
])
def test_a_users_handle_is_no_firm(lang, sentence, pair):
    deals = _events(lang, "Forum", sentence, kind="acquisition")
    assert deals and all(not any("_" in name for name, _ in deal) for deal in deals)
    assert any(pair <= deal for deal in deals)


@pytest.mark.parametrize(("lang", "sentence", "seller_or_target", "buyer"), [
    ("fr", "Le tribunal de commerce de Lyon a arrêté mardi le plan de cession de la Manufacture Quimel, placée en "
           "redressement judiciaire en octobre, au profit du Groupe Brivet.", "Manufacture Quimel", "Groupe Brivet"),
    ("en", "The court on Tuesday approved the sale of Quimel Works, in administration since October, in favour of "
           "Brivet Group.", "Quimel Works", "Brivet"),
    ("de", "Das Gericht hat am Dienstag den Verkauf der Quimel Werke zugunsten der Brivet Gruppe gebilligt.",
     "Quimel Werke", "Brivet"),
    ("es", "El juzgado aprobó el martes la venta de Conservas Quimel a favor de Brivet Alimentación.",
     "Conservas Quimel", "Brivet Alimentación"),
])
def test_a_sale_in_favour_of_a_firm_goes_to_it(lang, sentence, seller_or_target, buyer):
    (deal,) = [e for e in extract_events(page(lang, "News", sentence)) if e["type"] == "acquisition"]
    named = {p["name"]: p["role"] for p in deal["parties"]}
    assert named.get(buyer) == "acquirer" and seller_or_target in named


@pytest.mark.parametrize(("lang", "text", "second"), [
    ("fr", "Quimel a été racheté en 2022 par Brivet. « À l'époque, ils avaient vendu trop tôt. »", "« À l'époque"),
    ("fr", "Quimel a été racheté en 2022 par Brivet.\u00a0«\u00a0À l'époque, ils avaient vendu trop tôt.\u00a0»",
     "«\u00a0À l'époque"),
    ("es", "Quimel fue comprada en 2022 por Brivet. « Entonces vendieron demasiado pronto », dice.", "« Entonces"),
])
def test_a_quote_opened_by_a_spaced_guillemet_starts_a_sentence(lang, text, second):
    sentences = split(text, [{"start": 0, "end": len(text)}], lexicon(lang))
    assert len(sentences) == 2 and text[sentences[1].start:].startswith(second)


@pytest.mark.parametrize(("lang", "paragraphs", "target"), [
    ("en", ["In 1998 Quimel acquired Brivet Dairies, a cheese maker from Cumbria, for £14 million.",
            "Quimel operates factories in Leeds, Penrith (Brivet) and Corby, and employs 2,300 people."],
     "Brivet Dairies"),
    ("de", ["1998 übernahm Quimel die Brivet Molkerei für 14 Mio. Euro.",
            "Quimel betreibt Werke in Ulm, Hof (Brivet) und Kiel und beschäftigt 2300 Menschen."], "Brivet Molkerei"),
])
def test_a_firm_named_before_and_set_in_brackets_beside_its_site_keeps_its_name(lang, paragraphs, target):
    deals = _events(lang, "Quimel", *paragraphs, kind="acquisition")
    assert any((target, "target") in deal for deal in deals)


@pytest.mark.parametrize(("lang", "sentence", "pair"), [
    ("en", "Ashgrove Bakeries, which Brivet Foods bought for £410m in 2021, sits at the centre of Harwell's argument.",
     {("Brivet Foods", "acquirer"), ("Ashgrove Bakeries", "target")}),
    ("fr", "Quimel Boulangerie, que Brivet Foods a racheté en 2021 pour 410 millions d'euros, est au cœur de "
           "l'argumentaire de Harwell.", {("Brivet Foods", "acquirer"), ("Quimel Boulangerie", "target")}),
    ("es", "Quimel Panadería, que Brivet Foods compró en 2021 por 410 millones de euros, está en el centro del "
           "argumento de Harwell.", {("Brivet Foods", "acquirer"), ("Quimel Panadería", "target")}),
])
def test_a_firm_past_an_object_relative_clause_is_no_side_of_its_deal(lang, sentence, pair):
    assert pair in _events(lang, "News", sentence, kind="acquisition")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Quimel, de son côté, fabrique depuis 2016 les yaourts vendus sous la marque distributeur de l'enseigne "
           "régionale Brivet Marché, un contrat renouvelé l'an dernier."),
    ("es", "Quimel fabrica desde 2016 los yogures vendidos bajo la marca blanca de la cadena regional Brivet Mercado."),
])
def test_goods_sold_under_a_retailers_label_are_made_for_it(lang, sentence):
    events = extract_events(page(lang, "News", sentence))
    assert not [e for e in events if e["type"] == "acquisition"]
    customer = "Brivet Marché" if lang == "fr" else "Brivet Mercado"
    assert {("Quimel", "supplier"), (customer, "customer")} in [parties(e) for e in events if e["type"] == "contract"]


def test_goods_sold_under_a_label_are_no_sale_of_a_firm():
    events = extract_events(page("en", "News", "Quimel has made the yoghurts sold under the own label of the regional "
                                 "chain Brivet Market since 2016."))
    assert not [e for e in events if e["type"] == "acquisition"]
