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


def test_french_target_apposed_before_a_change_of_control():
    """ "X a échoué à racheter Z, passé finalement sous le contrôle de Y": the cue told from the target's side, set
    off by a comma right after Z, tells of Z (Y buys Z, at Y's price), not of the failed bidder X."""
    for text, amount in [
        ("Lumatec avait échoué en 2019 à racheter le belge Papyra, passé finalement sous le contrôle du suédois "
         "Nordkartong pour 640 millions d'euros.", 640e6),
        ("Lumatec avait tenté de racheter le belge Papyra pour 500 millions d'euros en 2019, sans succès, le belge "
         "Papyra, passé finalement sous le contrôle du suédois Nordkartong pour 640 millions d'euros.", 640e6),
        ("Lumatec rachète le belge Papyra, passé en 2018 sous le contrôle du fonds Ardmore Capital.", None),
        ("Lumatec rachète le belge Papyra, tombé en 2018 dans l'escarcelle du fonds Ardmore Capital.", None),
    ]:
        events = [e for e in extract_events(page("fr", "Lumatec", text))
                  if ("Papyra", "target") in parties(e) and ("Lumatec", "acquirer") not in parties(e)]
        (event,) = events
        assert len(parties(event)) == 2 and ("Lumatec", "target") not in parties(event)
        assert (event["amount"] or {}).get("value") == amount


def test_french_change_of_control_of_the_subject_keeps_its_subject():
    """ "Le groupe X, passé sous le contrôle de Y en 2020, rachète Z": the cue after the sentence's only name before
    it tells of that name."""
    events = extract_events(page("fr", "Lumatec", "Le groupe Lumatec, passé sous le contrôle du fonds Ardmore "
                                 "Capital en 2020, rachète le belge Papyra."))
    assert {frozenset(parties(e)) for e in events if e["type"] == "acquisition"} == {
        frozenset({("Lumatec", "target"), ("Ardmore Capital", "acquirer")}),
        frozenset({("Lumatec", "acquirer"), ("Papyra", "target")})}


def test_town_of_a_plant_named_after_its_owner_is_no_party():
    """ "das Werk von X in Verona": the town after the owner's name is where the plant is, no target."""
    for lang, text in [
        ("de", "Die Glarona AG baut aus. Im Frühjahr hatte Glarona bereits das Werk von Farmalux SpA in Verona "
         "übernommen."),
        ("de", "Die Glarona AG baut aus. Im Frühjahr hatte Glarona bereits das italienische Werk von Farmalux in "
         "Verona übernommen."),
        ("en", "Glarona is expanding. In the spring Glarona had already bought the Italian plant of Farmalux Inc in "
         "Verona."),
    ]:
        events = extract_events(page(lang, "Glarona", text))
        assert not any(("Verona", "target") in parties(e) for e in events)
    (event,) = _background("de", "Glarona", "Die Glarona AG baut aus. Im Frühjahr hatte Glarona bereits das Werk "
                           "von Farmalux SpA in Verona übernommen.")
    assert parties(event) == {("Glarona", "acquirer"), ("Farmalux SpA", "seller")}


def test_firm_after_a_plant_s_owner_still_buys():
    """ "verkauft das Werk von X an Y": only a preposition of place makes the next name a town."""
    (event,) = extract_events(page("de", "Glarona", "Die Glarona AG verkauft das Werk von Farmalux SpA an die "
                                   "Kestrel GmbH."))
    assert ("Kestrel", "acquirer") in parties(event)


def test_german_der_konzern_stands_for_the_firm_the_page_called_a_konzern():
    """ "Der Konzern Nordwerk ... Der Zulieferer Brandau ... Der Konzern hatte ... erworben": the description
    stands for the firm the page called a Konzern (also as a compound's end), not the last sentence's subject."""
    for opening in ["Der Konzern Nordwerk wächst.", "Der Technologiekonzern Nordwerk wächst.",
                    "Der Technologiekonzern Nordwerk AG wächst."]:
        (event,) = _background("de", "Nordwerk", opening + " Der Zulieferer Brandau hatte zuletzt Verluste "
                               "geschrieben. Der Konzern hatte erst im vergangenen Jahr die Mehrheit an der "
                               "Steuerungsfirma Kestrel GmbH erworben.")
        assert parties(event) == {("Nordwerk", "acquirer"), ("Kestrel", "target")} and event["date"] == "2023"


def test_german_description_of_another_kind_keeps_the_last_subject():
    """ "Der Zulieferer" after a Konzern and a Zulieferer were named stands for the Zulieferer."""
    (event,) = _background("de", "Nordwerk", "Der Konzern Nordwerk wächst. Der Zulieferer Brandau hatte zuletzt "
                           "Verluste geschrieben. Der Zulieferer hatte erst im vergangenen Jahr die Mehrheit an der "
                           "Steuerungsfirma Kestrel GmbH erworben.")
    assert parties(event) == {("Brandau", "acquirer"), ("Kestrel", "target")}


def test_german_entry_as_majority_owner_is_an_acquisition():
    """ "der 2022 als Mehrheitseigner bei X eingestiegen war": a stake word before the cue that is cut by the
    reach is read whole, so the entry is bought control; an entry of no size or a minority stays an investment."""
    for size, kind in [("als Mehrheitseigner", "acquisition"), ("mehrheitlich", "acquisition"), ("", "investment"),
                       ("als Minderheitsaktionär", "investment")]:
        text = (f"Helionext wächst. Der Finanzinvestor Lumatec Partners, der 2022 {size} bei Helionext eingestiegen "
                "war, prüft einen Verkauf.").replace("  ", " ")
        (event,) = [e for e in extract_events(page("de", "Helionext", text)) if e["status"] == "completed"]
        assert event["type"] == kind and event["date"] == "2022"
        assert {n for n, _ in parties(event)} == {"Lumatec Partners", "Helionext"}


def test_seller_named_by_vom_in_a_verb_last_relative_clause():
    """ "X, der Y 2018 vom Mischkonzern Z gekauft hatte": after the relative clause's subject and object, "vom"
    before the verb-last cue names the seller (as "from", "au", "al" do in the other languages)."""
    want = {("Norderstedt Capital", "acquirer"), ("Frostkamp", "target"), ("Hellweg Industrie", "seller")}
    for lang, text in [
        ("de", "Die Frostkamp GmbH wird verkauft. Der Finanzinvestor Norderstedt Capital, der Frostkamp 2018 vom "
         "Mischkonzern Hellweg Industrie gekauft hatte, prüft einen Verkauf."),
        ("de", "Die Frostkamp GmbH wächst. Die Norderstedt Capital GmbH, die die Frostkamp GmbH 2018 vom Konzern "
         "Hellweg Industrie übernommen hatte, prüft einen Verkauf."),
        ("en", "Frostkamp is growing. Norderstedt Capital, which bought Frostkamp from the conglomerate Hellweg "
         "Industrie in 2018, is weighing a sale."),
        ("fr", "Frostkamp grandit. Le fonds Norderstedt Capital, qui avait racheté Frostkamp au conglomérat Hellweg "
         "Industrie en 2018, envisage une vente."),
        ("es", "Frostkamp crece. El fondo Norderstedt Capital, que compró Frostkamp al conglomerado Hellweg "
         "Industrie en 2018, estudia una venta."),
    ]:
        (event,) = _background(lang, "Frostkamp", text)
        assert parties(event) == want and event["date"] == "2018"


def test_vom_before_a_passive_participle_stays_the_buyer():
    """ "X war 2018 vom Finanzinvestor Y übernommen worden": after a passive "vom" names the buyer."""
    (event,) = _background("de", "Frostkamp", "Die Frostkamp GmbH wächst. Die Frostkamp GmbH war 2018 vom "
                           "Finanzinvestor Norderstedt Capital übernommen worden.")
    assert parties(event) == {("Norderstedt Capital", "acquirer"), ("Frostkamp", "target")}


def test_english_passive_purchase_told_as_background():
    """ "The company was acquired by Y in 2020", "X, acquired in 2019 by Y, runs ...": a completed purchase of the
    firm spoken of, dated by its year, beside the main deal."""
    for text, year in [
        ("Kinnear Energy is an independent generator. The company was acquired by infrastructure investor Ardmore "
         "Capital Partners in 2020.", "2020"),
        ("Lumatec agreed to buy Kinnear Energy for $300 million. Kinnear Energy, acquired in 2019 by Ardmore Capital "
         "Partners, runs wind farms.", "2019"),
        ("Lumatec agreed to buy Kinnear Energy. Kinnear Energy was acquired in 2019 by Ardmore Capital Partners.",
         "2019"),
    ]:
        (event,) = _background("en", "Kinnear", text)
        assert parties(event) == {("Ardmore Capital Partners", "acquirer"), ("Kinnear Energy", "target")}
        assert event["date"] == year
