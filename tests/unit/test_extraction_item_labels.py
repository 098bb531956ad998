"""Market reports, live blogs and digests: items opened by a label in capitals or a time stamp name their firm
there, and the descriptions of the item stand for it (pages written for these tests)."""

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties


def deals(lang: str, *paragraphs: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], parties(e)) for e in extract_events(page(lang, *paragraphs))]


def test_french_labels_name_the_firm_each_description_stands_for():
    found = deals("fr", "Les valeurs à suivre à la Bourse de Paris",
                  "Les marchés ont ouvert en légère hausse mardi, portés par les valeurs bancaires.",
                  "LUMATEC – Le groupe de restauration renonce à céder sa filiale Cantina Verde au groupe Restavia.",
                  "NORDWERK – La société a racheté le fabricant de pompes Halvane pour 45 millions d'euros.")
    assert ("acquisition", {("LUMATEC", "seller"), ("Cantina Verde", "target"), ("Restavia", "acquirer")}) in found
    assert ("acquisition", {("NORDWERK", "acquirer"), ("Halvane", "target")}) in found


def test_french_label_is_the_investee_of_an_item_that_names_only_its_investor():
    found = deals("fr", "Les valeurs à suivre",
                  "Les marchés ont ouvert en légère hausse mardi.",
                  "OXALYS – Le fonds Lorrain Capital a pris 15 % du capital de la société, pour 45 millions d'euros.",
                  "BRENVAL – Le groupe a racheté le fabricant de pompes Halvane pour 45 millions d'euros.")
    assert ("investment", {("Lorrain Capital", "investor"), ("OXALYS", "investee")}) in found


def test_german_labels_stand_for_der_versicherer_and_der_konzern():
    found = deals("de", "Börse Frankfurt: Die Gewinner des Tages",
                  "Der Leitindex legte am Mittwoch um 1 Prozent zu.",
                  "VOSSEL – Der Technologiekonzern verkauft seine Gebäudetechniksparte an den Finanzinvestor "
                  "Brandholm Capital.",
                  "KARMINA – Der Versicherer übernimmt den Konkurrenten Rheinwald Versicherung für 300 Millionen Euro.")
    assert ("acquisition", {("VOSSEL", "seller"), ("Brandholm Capital", "acquirer")}) in found
    assert ("acquisition", {("KARMINA", "acquirer"), ("Rheinwald Versicherung", "target")}) in found


def test_spanish_labels_stand_for_la_electrica_and_la_carnica():
    found = deals("es", "Los valores del día",
                  "La bolsa subió un 1% el martes.",
                  "HELIANOR – La eléctrica ha vendido una cartera de plantas solares al fondo Northfir por 480 "
                  "millones de euros.",
                  "TORMESA – La cárnica ha comprado Embutidos Riaza por 95 millones de euros.")
    assert ("acquisition", {("HELIANOR", "seller"), ("Northfir", "acquirer")}) in found
    assert ("acquisition", {("TORMESA", "acquirer"), ("Embutidos Riaza", "target")}) in found


def test_time_stamps_open_items_and_a_label_may_follow_them():
    found = deals("en", "Live: markets today",
                  "09:30 – NORVIK – The software maker agreed to buy Pellworth for $80 million.",
                  "09:45 – KESTON – The lender has sold its card unit to Brightwell Bank.",
                  "10:05 | Halvane Energy has won a $275 million order from Tarrow Rail for batteries.")
    assert ("acquisition", {("NORVIK", "acquirer"), ("Pellworth", "target")}) in found
    assert ("acquisition", {("KESTON", "seller"), ("Brightwell Bank", "acquirer")}) in found
    assert any(kind == "contract" and ("Halvane Energy", "supplier") in ps for kind, ps in found)


def test_a_dateline_in_capitals_stays_no_party():
    for lang, paragraphs in [
            ("fr", ["Lumatec rachète Nordwerk", "PARIS – Le groupe Lumatec a racheté Nordwerk pour 40 millions "
                    "d'euros.", "L'opération a été bouclée lundi."]),
            ("en", ["Lumatec buys Nordwerk", "LONDON – Lumatec said it had bought Nordwerk for $40 million.",
                    "The deal closed on Monday."]),
            ("de", ["Lumatec kauft Nordwerk", "MÜNCHEN – Die Lumatec AG hat Nordwerk für 40 Millionen Euro "
                    "übernommen."])]:
        found = deals(lang, *paragraphs)
        assert ("acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")}) in found, lang


def test_a_pronoun_object_in_a_relative_clause_stands_for_the_sentence_subject():
    found = deals("en", "News", "Markets were calm. Lumatec Inc. confirmed it had entered exclusive talks with "
                  "Aldor Partners, which offered to buy it for $19 a share.")
    assert ("acquisition", {("Aldor Partners", "acquirer"), ("Lumatec", "target")}) in found
    found = deals("en", "Market movers", "The index rose 1%.",
                  "SORANEX – The IT services firm confirmed it had entered exclusive talks with the fund Aldor "
                  "Partners, which offered to buy it for 19 euros a share.",
                  "OXALYS – The fund Lorrain Capital has taken a 15% stake in Halvane.")
    assert ("acquisition", {("Aldor Partners", "acquirer"), ("SORANEX", "target")}) in found
    # the buyer is the subject: its object pronoun still stands for the firm of the sentences before
    found = deals("es", "Noticias", "Nordia Digital fabrica sensores desde 2010. Lumatec Group la compró en 2019 "
                  "por 40 millones.")
    assert ("acquisition", {("Lumatec", "acquirer"), ("Nordia Digital", "target")}) in found


def test_a_market_report_names_a_firm_by_its_shares_and_the_next_description_stands_for_it():
    found = deals("de", "Dax schließt fester",
                  "Der Dax legte am Mittwoch um 1 Prozent zu. Gefragt waren Aktien von Vossel. Der Münchner "
                  "Technologiekonzern hatte gestern nach Börsenschluss mitgeteilt, dass er seine Gebäudetechniksparte "
                  "an den Finanzinvestor Brandholm Capital verkauft.",
                  "Almera-Aktien verloren 3 Prozent. Nach einem Bericht des Handelsblatts prüft der Versicherer eine "
                  "Übernahme des Konkurrenten Rheinwald Versicherung.")
    assert ("acquisition", {("Vossel", "seller"), ("Brandholm Capital", "acquirer")}) in found
    assert ("acquisition", {("Almera", "acquirer"), ("Rheinwald Versicherung", "target")}) in found
    found = deals("en", "Stocks close higher",
                  "The FTSE 100 rose 1% on Wednesday. Shares in Vossel jumped 4%. The Munich technology group said "
                  "after the close that it is selling its building services unit to Brandholm Capital.",
                  "Almera shares fell 3%. According to a newspaper report, the insurer is weighing a takeover of its "
                  "rival Rheinwald Insurance.")
    assert ("acquisition", {("Vossel", "seller"), ("Brandholm Capital", "acquirer")}) in found
    assert ("acquisition", {("Almera", "acquirer"), ("Rheinwald Insurance", "target")}) in found
    for lang, paragraphs in [
            ("fr", ["La Bourse de Paris termine en hausse", "Le CAC 40 a gagné 1 % mercredi. L'action Vossel a bondi "
                    "de 4 %. Le groupe munichois a annoncé la cession de sa division de services aux bâtiments au "
                    "fonds Brandholm Capital."]),
            ("es", ["El Ibex 35 cierra en verde", "El Ibex 35 subió un 1% el miércoles. Las acciones de Vossel "
                    "subieron un 4%. El grupo alemán anunció la venta de su división de servicios a edificios al "
                    "fondo Brandholm Capital."])]:
        assert ("acquisition", {("Vossel", "seller"), ("Brandholm Capital", "acquirer")}) in deals(
            lang, *paragraphs), lang


def test_a_stock_index_is_never_a_party_nor_the_page_firm():
    for lang, text in [("fr", "Le CAC 40 a ouvert en hausse."), ("de", "Der Dax legte zu, im MDax gewann Vossel."),
                       ("es", "El Ibex 35 sube un 1%."), ("en", "The FTSE 100 rose 1% and the S&P 500 fell.")]:
        clean = page(lang, "Markets", text, "Lumatec Group has agreed to buy Nordwerk Inc.")
        got = read_page(clean)
        assert not any(m.name and any(w in m.name for w in ("CAC", "Dax", "MDax", "Ibex", "FTSE", "S&P"))
                       for ms in got.mentions for m in ms), lang
    # a firm named with the index in a compound stays described ("der Dax-Konzern")
    found = deals("de", "SAP kauft Qualtrics", "Der Dax-Konzern SAP übernimmt den Softwareanbieter Qualtrics.")
    assert ("acquisition", {("SAP", "acquirer"), ("Qualtrics", "target")}) in found


def test_a_share_price_move_is_no_stake_of_the_deal_it_follows():
    for lang, text in [
            ("es", "09:30 | Helianor se dispara un 6% después de anunciar la venta de una cartera de plantas solares "
                   "al fondo canadiense Northfir por 480 millones de euros."),
            ("en", "09:30 – Helianor Energy jumped 6% after agreeing the sale of a portfolio of solar plants to the "
                   "Canadian fund Northfir Capital for $480 million."),
            ("fr", "Helianor SA bondit de 6 % après avoir annoncé la cession d'un portefeuille de centrales solaires "
                   "au fonds canadien Northfir Capital pour 480 millions d'euros.")]:
        found = deals(lang, "Directo" if lang == "es" else "Live", text)
        assert any(kind == "acquisition" and {r for _, r in ps} >= {"seller", "acquirer"} for kind, ps in found), (
            lang, found)
    # a stake stays one
    found = deals("fr", "Actualités", "Le fonds Northfir Capital a pris 15 % du capital de Helianor SA.")
    assert any(kind == "investment" for kind, _ in found)


def test_a_digest_of_capitalised_labels_gives_each_item_its_own_firm_not_the_item_before():
    for lang, paragraphs, first, second in [
            ("fr", ["En bref", "Soranex – La société de services informatiques a racheté le cabinet Halvane pour 19 "
                    "millions d'euros.", "Brisac – Le groupe de restauration renonce à céder sa filiale Cantina Verde "
                    "au groupe Restavia."], "Soranex", "Brisac"),
            ("fr", ["En bref", "Soranex : la société de services informatiques a racheté le cabinet Halvane pour 19 "
                    "millions d'euros.", "Brisac : le groupe de restauration renonce à céder sa filiale Cantina Verde "
                    "au groupe Restavia."], "Soranex", "Brisac"),
            ("en", ["In brief", "Soranex – The IT services company has bought the consultancy Halvane for $19 million.",
                    "Brisac: The restaurant group has agreed to sell its unit Cantina Verde to Restavia."],
             "Soranex", "Brisac"),
            ("de", ["Kurz notiert", "Soranex – Der IT-Dienstleister hat die Beratungsfirma Halvane für 19 Millionen "
                    "Euro übernommen.", "Brisac – Der Gastronomiekonzern verkauft seine Tochter Cantina Verde an "
                    "Restavia."], "Soranex", "Brisac"),
            ("es", ["Breves", "Soranex – La tecnológica ha comprado la consultora Halvane por 19 millones de euros.",
                    "Brisac – El grupo de restauración vende su filial Cantina Verde a Restavia."],
             "Soranex", "Brisac")]:
        found = deals(lang, *paragraphs)
        assert ("acquisition", {(first, "acquirer"), ("Halvane", "target")}) in found, (lang, found)
        assert ("acquisition", {(second, "seller"), ("Cantina Verde", "target"), ("Restavia", "acquirer")}) in found, (
            lang, found)


def test_a_frequent_word_or_a_lone_capitalised_opener_is_no_label():
    got = read_page(page("fr", "En bref", "Transport : le groupe a racheté le cabinet Halvane SA.",
                         "Énergie : le fournisseur a vendu sa filiale Cantina Verde SA."))
    assert not any(m.name in ("Transport", "Énergie") for ms in got.mentions for m in ms)
    got = read_page(page("en", "Lumatec buys Nordwerk", "Lumatec Inc. has bought Nordwerk Ltd.",
                         "Analysts – The deal was well received."))
    assert not any(m.name == "Analysts" for ms in got.mentions for m in ms)


def test_a_firm_named_by_its_shares_is_the_item_topic_not_the_page_firm():
    found = deals("de", "Siemens treibt den Dax",
                  "Siemens-Aktien stiegen um 5 Prozent. Siemens hatte am Vortag starke Zahlen vorgelegt. Analysten "
                  "lobten Siemens für den Ausblick.",
                  "Gefragt waren auch Aktien von Vossel. Der Münchner Technologiekonzern hatte gestern nach "
                  "Börsenschluss mitgeteilt, dass er seine Gebäudetechniksparte an den Finanzinvestor Brandholm "
                  "Capital verkauft.")
    assert ("acquisition", {("Vossel", "seller"), ("Brandholm Capital", "acquirer")}) in found
    found = deals("en", "Siemens lifts the market",
                  "Shares in Siemens rose 5%. Siemens reported strong results on Tuesday. Analysts praised Siemens "
                  "for its outlook.",
                  "Also in demand were shares in Vossel. The Munich technology group said after the close that it "
                  "was selling its building unit to Brandholm Capital.")
    assert ("acquisition", {("Vossel", "seller"), ("Brandholm Capital", "acquirer")}) in found


def test_a_purchase_with_no_buyer_after_a_colon_is_the_deal_of_the_firm_the_opening_phrase_names():
    for lang, title, text, buyer, target in [
            ("es", "Directo", "11:45 | Golpe para Cárnicas Tormes: la CNMC prohibió ayer la compra de Embutidos Riaza, "
             "una operación de 95 millones.", "Cárnicas Tormes", "Embutidos Riaza"),
            ("en", "Live", "11:45 – A blow to Carrow Foods: the Competition and Markets Authority yesterday blocked "
             "the purchase of Riaza Meats, a £95m deal.", "Carrow Foods", "Riaza Meats"),
            ("fr", "En direct", "11h45 – Revers pour Tormes Viandes : l'Autorité de la concurrence a interdit le "
             "rachat de Riaza Salaisons.", "Tormes Viandes", "Riaza Salaisons")]:
        found = deals(lang, title, text)
        assert ("acquisition", {(buyer, "acquirer"), (target, "target")}) in found, (lang, found)
    # a buyer the clause names stays the buyer
    found = deals("en", "Live", "A blow to Carrow Foods: Halvane Group has bought Riaza Meats for £95m.")
    assert ("acquisition", {("Halvane", "acquirer"), ("Riaza Meats", "target")}) in found


def test_a_name_on_a_line_of_its_own_heads_the_item_below_it():
    for lang, paragraphs in [
            ("fr", ["En bref", "Soranex", "La société de services informatiques a racheté le cabinet Halvane pour 19 "
                    "millions d'euros.", "Brisac", "Le groupe de restauration renonce à céder sa filiale Cantina Verde "
                    "au groupe Restavia."]),
            ("de", ["Kurz notiert", "Soranex", "Der IT-Dienstleister hat die Beratungsfirma Halvane für 19 Millionen "
                    "Euro übernommen.", "Brisac", "Der Gastronomiekonzern verkauft seine Tochter Cantina Verde an "
                    "Restavia."]),
            ("es", ["Breves", "Soranex", "La tecnológica ha comprado la consultora Halvane por 19 millones de euros.",
                    "Brisac", "El grupo de restauración vende su filial Cantina Verde a Restavia."]),
            ("en", ["In brief", "Soranex", "The IT services company has agreed to buy the consultancy Halvane.",
                    "Brisac", "The restaurant group has agreed to sell its unit Cantina Verde to Restavia."])]:
        found = deals(lang, *paragraphs)
        sale = {("Brisac", "seller"), ("Cantina Verde", "target"), ("Restavia", "acquirer")}
        assert ("acquisition", sale) in found, (lang, found)  # not the firm of the item before ("Halvane" as seller)
        if lang != "en":  # the scorer drops a purchase told by a description alone there (0.44)
            assert ("acquisition", {("Soranex", "acquirer"), ("Halvane", "target")}) in found, (lang, found)
