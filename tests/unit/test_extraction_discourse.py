"""Parties the discourse supplies: a description or pronoun in a deal sentence that stands for a firm of the
sentences before; sentences written for these tests."""

from streams.extraction import extract_events
from streams.extraction import page as page_module
from streams.extraction.page import read_page
from tests.unit.test_extraction_generalisation import only
from tests.unit.test_extraction_roles import page, parties


def test_a_description_that_cannot_be_the_buyer_stands_for_the_firm_before():
    events = extract_events(page("de", "Kessler Antriebstechnik verkauft",
                                 "Die Kessler Antriebstechnik baut Getriebe in Ulm. Im Mai hat der Finanzinvestor "
                                 "Brenntal Capital den Konzern für 300 Millionen Euro übernommen."))
    assert parties(only(events, "acquisition")) == {("Brenntal Capital", "acquirer"),
                                                    ("Kessler Antriebstechnik", "target")}
    events = extract_events(page("en", "Orwell Pumps sold",
                                 "Orwell Pumps makes valves in Leeds. In May the fund Atlas Partners agreed to buy the "
                                 "company for £300 million."))
    assert parties(only(events, "acquisition")) == {("Atlas Partners", "acquirer"), ("Orwell Pumps", "target")}
    events = extract_events(page("es", "Conservas Miramar cambia de manos",
                                 "Conservas Miramar fabrica latas en Vigo. En mayo el fondo Nortia Capital compró la "
                                 "empresa por 300 millones de euros."))
    assert parties(only(events, "acquisition")) == {("Nortia Capital", "acquirer"), ("Conservas Miramar", "target")}
    events = extract_events(page("fr", "Verrerie Dumas change de mains",
                                 "Verrerie Dumas fabrique des flacons à Reims. En mai, le fonds Lys Capital a racheté "
                                 "le groupe pour 300 millions d'euros."))
    assert parties(only(events, "acquisition")) == {("Lys Capital", "acquirer"), ("Verrerie Dumas", "target")}


def test_every_inflection_of_a_deal_verb_is_a_cue():
    events = extract_events(page("es", "Nortia y Miramar", "Los accionistas de Nortia Capital adquirieron Conservas "
                                 "Miramar por 300 millones de euros. Conservas Miramar fabrica latas en Vigo."))
    assert parties(only(events, "acquisition")) == {("Nortia Capital", "acquirer"), ("Conservas Miramar", "target")}
    events = extract_events(page("es", "Fusión en Galicia", "Conservas Miramar y Nortia Foods se fusionaron en 2021. "
                                 "Conservas Miramar fabrica latas en Vigo."))
    assert parties(only(events, "merger")) == {("Nortia Foods", "party"), ("Conservas Miramar", "party")}
    events = extract_events(page("fr", "Lys Capital et Verrerie Dumas", "Lys Capital avait acheté Verrerie Dumas en "
                                 "2019 pour 300 millions d'euros. Verrerie Dumas fabrique des flacons à Reims."))
    assert parties(only(events, "acquisition")) == {("Lys Capital", "acquirer"), ("Verrerie Dumas", "target")}


def test_a_compound_ending_in_a_deal_noun_is_a_cue():
    events = extract_events(page("de", "Lumatec gewinnt", "Die Lumatec AG hat einen Großauftrag der Deutschen Bahn "
                                 "erhalten. Lumatec sitzt in Kassel."))
    assert parties(only(events, "contract")) == {("Lumatec", "supplier"), ("Deutsche Bahn", "customer")}
    events = extract_events(page("de", "Lumatec verkauft", "Die Milliardenübernahme von Lumatec durch Brenntal Capital "
                                 "ist abgeschlossen. Lumatec sitzt in Kassel."))
    assert parties(only(events, "acquisition")) == {("Brenntal Capital", "acquirer"), ("Lumatec", "target")}


def test_a_subject_pronoun_stands_for_the_firm_before():
    events = extract_events(page("de", "Brenntal kauft zu", "Die Brenntal Capital expandiert. Sie übernimmt die "
                                 "Lumatec AG für 300 Millionen Euro."))
    assert parties(only(events, "acquisition")) == {("Brenntal Capital", "acquirer"), ("Lumatec", "target")}


def test_a_public_body_described_by_its_kind_is_the_last_one_named():
    events = extract_events(page("en", "Arden Dynamics wins gearbox deal",
                                 "The Ministry of Defence has launched a programme to renew its gearboxes. The "
                                 "ministry awarded a £312 million contract to Arden Dynamics on Monday. Arden Dynamics "
                                 "is based in Coventry."))
    assert parties(only(events, "contract")) == {("Arden Dynamics", "supplier"), ("Ministry of Defence", "customer")}
    events = extract_events(page("fr", "Valtronic décroche un contrat",
                                 "Le Ministère des Armées modernise ses blindés. Le ministère a attribué à Valtronic "
                                 "un contrat de 300 millions d'euros. Valtronic est basé à Lyon."))
    assert parties(only(events, "contract")) == {("Valtronic", "supplier"), ("Ministère des Armées", "customer")}
    events = extract_events(page("es", "Navalia gana un contrato",
                                 "El Ministerio de Defensa renueva sus fragatas. El ministerio adjudicó a Navalia un "
                                 "contrato de 85 millones de euros. Navalia tiene sede en Ferrol."))
    assert parties(only(events, "contract")) == {("Navalia", "supplier"), ("Ministerio de Defensa", "customer")}


def test_a_kind_of_firm_named_by_its_trade_is_a_description():
    events = extract_events(page("en", "Atlas Partners keeps buying",
                                 "Atlas Partners bought Verre Dumas in 2022. Orwell Pharma makes generic drugs in "
                                 "Leeds. In May the drugmaker was acquired by Atlas Partners for £300 million."))
    assert ("Orwell Pharma", "target") in parties(only([e for e in events if "Verre Dumas" not in str(e)],
                                                       "acquisition"))


def test_listing_vocabulary_beyond_the_ipo_noun():
    events = extract_events(page("en", "Volta Pumps shares jump", "Volta Pumps began trading on the Nasdaq on "
                                 "Friday after the company raised $200 million. Volta Pumps is based in Leeds."))
    assert parties(only(events, "ipo")) == {("Volta Pumps", "issuer")}
    events = extract_events(page("de", "Lumatec an der Börse", "Die Erstnotiz der Lumatec AG in Frankfurt ist für "
                                 "Freitag geplant. Lumatec sitzt in Kassel."))
    assert parties(only(events, "ipo")) == {("Lumatec", "issuer")}
    events = extract_events(page("es", "Nexia Digital cotiza", "Nexia Digital debutó en bolsa el viernes con una "
                                 "subida del 5%. Nexia Digital tiene sede en Sevilla."))
    assert parties(only(events, "ipo")) == {("Nexia Digital", "issuer")}


def test_the_place_of_a_listing_is_not_its_issuer():
    events = extract_events(page("de", "Lumatec an der Börse", "Die Lumatec AG hat beim Börsengang in Frankfurt Aktien "
                                 "für 300 Millionen Euro verkauft. Lumatec sitzt in Kassel."))
    assert parties(only(events, "ipo")) == {("Lumatec", "issuer")}
    events = extract_events(page("en", "Volta Pumps lists", "Volta Pumps raised $200 million in an IPO in London on "
                                 "Friday. Volta Pumps is based in Leeds."))
    assert parties(only(events, "ipo")) == {("Volta Pumps", "issuer")}


def test_a_percentage_right_after_its_number_makes_a_minority_stake():
    events = extract_events(page("es", "Nortia entra en Datasur", "Nortia Capital ha adquirido el 20% de Datasur por "
                                 "30 millones de euros. Datasur tiene sede en Sevilla."))
    assert parties(only(events, "investment")) == {("Nortia Capital", "investor"), ("Datasur", "investee")}
    events = extract_events(page("en", "Atlas backs Orwell", "Atlas Partners bought 20% of Orwell Pharma for £30 "
                                 "million. Orwell Pharma is based in Leeds."))
    assert parties(only(events, "investment")) == {("Atlas Partners", "investor"), ("Orwell Pharma", "investee")}


def test_compound_tenses_of_spanish_deal_verbs_are_cues():
    events = extract_events(page("es", "Ferrovial gana", "Ferrovial se ha adjudicado un contrato de Adif por 120 "
                                 "millones de euros. Ferrovial tiene sede en Madrid."))
    assert parties(only(events, "contract")) == {("Ferrovial", "supplier"), ("Adif", "customer")}
    events = extract_events(page("es", "Nortia apuesta por Datasur", "El fondo Nortia Capital ha invertido 30 millones "
                                 "de euros en Datasur. Datasur tiene sede en Sevilla."))
    assert parties(only(events, "investment")) == {("Nortia Capital", "investor"), ("Datasur", "investee")}
    events = extract_events(page("es", "Nortia entra en Datasur", "Nortia Capital ha tomado una participación del 20% "
                                 "en Datasur por 30 millones de euros. Datasur tiene sede en Sevilla."))
    assert parties(only(events, "investment")) == {("Nortia Capital", "investor"), ("Datasur", "investee")}


def test_a_buyer_whose_object_is_a_pronoun_bought_the_firm_before():
    events = extract_events(page("es", "Datasur cambia de dueño", "Datasur es una empresa sevillana de software. "
                                 "Nexia Digital la compró en 2019 por 50 millones de euros."))
    assert parties(only(events, "acquisition")) == {("Nexia Digital", "acquirer"), ("Datasur", "target")}
    events = extract_events(page("fr", "Ferrand Santé", "Ferrand Santé exploite 38 cliniques. Le fonds Garonne "
                                 "Partenaires l'a racheté en 2019 pour 300 millions d'euros."))
    assert parties(only(events, "acquisition")) == {("Garonne Partenaires", "acquirer"), ("Ferrand Santé", "target")}
    events = extract_events(page("en", "Orwell Pharma", "Orwell Pharma makes generic drugs in Leeds. Atlas Partners "
                                 "bought it in 2019 for £300 million."))
    assert parties(only(events, "acquisition")) == {("Atlas Partners", "acquirer"), ("Orwell Pharma", "target")}
    events = extract_events(page("de", "Lumatec", "Die Lumatec AG baut Getriebe in Kassel. Die Brenntal Capital GmbH "
                                 "übernahm sie 2019 für 300 Millionen Euro."))
    assert parties(only(events, "acquisition")) == {("Brenntal Capital", "acquirer"), ("Lumatec", "target")}


def test_english_participles_and_synonyms_of_selling():
    tail = " Orwell Pharma is based in Leeds. Atlas Partners is based in London."
    events = extract_events(page("en", "News", "Orwell Pharma agreed to be taken over by Atlas Partners in a £300 "
                                 "million deal." + tail))
    assert parties(only(events, "acquisition")) == {("Atlas Partners", "acquirer"), ("Orwell Pharma", "target")}
    events = extract_events(page("en", "News", "Atlas Partners has offloaded Orwell Pharma to Brisa Capital for £300 "
                                 "million." + tail))
    assert parties(only(events, "acquisition")) == {("Atlas Partners", "seller"), ("Orwell Pharma", "target"),
                                                    ("Brisa Capital", "acquirer")}


def test_german_separable_and_reflexive_deal_verbs():
    tail = " Die Lumatec AG sitzt in Kassel. Die Brenntal Capital GmbH sitzt in München."
    cases = {
        "Die Lumatec AG wird von der Brenntal Capital GmbH übernommen.":
            ("acquisition", {("Brenntal Capital", "acquirer"), ("Lumatec", "target")}),
        "Die Brenntal Capital GmbH sichert sich die Lumatec AG für 300 Millionen Euro.":
            ("acquisition", {("Brenntal Capital", "acquirer"), ("Lumatec", "target")}),
        "Die Brenntal Capital GmbH steigt bei der Lumatec AG ein.":
            ("investment", {("Brenntal Capital", "investor"), ("Lumatec", "investee")}),
        "Die Lumatec AG schließt sich mit der Brenntal Capital GmbH zusammen.":
            ("merger", {("Brenntal Capital", "party"), ("Lumatec", "party")}),
        "Die Lumatec AG und die Brenntal Capital GmbH wollen künftig enger zusammenarbeiten.":
            ("partnership", {("Brenntal Capital", "partner"), ("Lumatec", "partner")}),
    }
    for text, (kind, expected) in cases.items():
        assert parties(only(extract_events(page("de", "Nachricht", text + tail)), kind)) == expected, text


def test_french_reflexive_seizure_is_a_purchase():
    events = extract_events(page("fr", "Actualité", "Lys Capital s'empare de Valtronic pour 300 millions d'euros. "
                                 "Valtronic est basé à Lyon. Lys Capital est basé à Paris."))
    assert parties(only(events, "acquisition")) == {("Lys Capital", "acquirer"), ("Valtronic", "target")}


def test_spanish_participles_of_raising_and_entering_a_capital():
    tail = " Datasur tiene sede en Sevilla. Nexia Digital tiene sede en Madrid."
    events = extract_events(page("es", "Noticia", "Nexia Digital ha entrado en el accionariado de Datasur con un 15%."
                                 + tail))
    assert parties(only(events, "investment")) == {("Nexia Digital", "investor"), ("Datasur", "investee")}
    events = extract_events(page("es", "Noticia", "Datasur ha captado 20 millones de euros en una ronda liderada por "
                                 "Nexia Digital." + tail))
    assert parties(only(events, "funding_round")) == {("Datasur", "investee"), ("Nexia Digital", "investor")}


def test_a_tie_up_with_one_named_firm_is_that_of_the_firm_the_page_is_about():
    cases = {
        "de": ("Lumatec baut Batteriegeschäft aus", "Der Hersteller Lumatec investiert in neue Zellen. Lumatec hat "
               "dafür Fabriken in Kassel. Auch die Kooperation mit Nordwerk zeigt erste Erfolge."),
        "en": ("Lumatec expands", "Lumatec is investing in new cells at its Leeds plant. Lumatec employs 900 people. "
               "The partnership with Nordwerk is also bearing fruit."),
        "fr": ("Lumatec accélère", "Lumatec investit dans de nouvelles cellules. Lumatec emploie 900 personnes. "
               "L'alliance avec Nordwerk porte aussi ses fruits."),
        "es": ("Lumatec acelera", "Lumatec invierte en nuevas celdas en León. Lumatec emplea a 900 personas. "
               "La alianza con Nordwerk también da frutos."),
    }
    for lang, paragraphs in cases.items():
        events = [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "partnership"]
        assert [parties(e) for e in events] == [{("Lumatec", "partner"), ("Nordwerk", "partner")}], lang


def test_a_firm_never_ties_up_with_its_former_self():
    events = extract_events(page("fr", "Sanovia-Remel rachète Ortho", "Sanovia-Remel a racheté Ortho pour 2 milliards "
                                 "d'euros. Sanovia-Remel grandit. Depuis la fusion avec Remel, le laboratoire a "
                                 "doublé de taille."))
    assert not [e for e in events if e["type"] == "merger"]


def test_a_possessive_before_a_deal_cue_stands_for_the_firm_just_spoken_of():
    events = extract_events(page("es", "Vodalia y Trimax cierran su fusión",
                                 "Vodalia y Trimax cerraron su fusión en enero. Vodalia gana clientes.",
                                 "Para Trimax no es la primera operación de este tipo. En 2016, su intento de comprar "
                                 "Ondara fue vetado por Bruselas."))
    bought = [e for e in events if e["type"] == "acquisition"]
    assert [parties(e) for e in bought] == [{("Trimax", "acquirer"), ("Ondara", "target")}]
    assert bought[0]["status"] == "terminated"


def test_a_description_in_the_lead_stands_for_the_other_firm_of_the_headline():
    cases = {
        "en": ("Lumatec to buy Nordwerk for $2bn", "Lumatec said on Monday it had agreed to acquire its smaller "
               "rival for $2bn in cash. The deal is expected to close in June."),
        "fr": ("Lumatec rachète Nordwerk", "Le groupe Lumatec a annoncé lundi le rachat de son concurrent pour 2 "
               "milliards d'euros. L'opération doit être finalisée en juin."),
        "es": ("Lumatec compra Nordwerk", "El grupo Lumatec ha acordado la compra de su rival por 2.000 millones de "
               "euros. La operación se cerrará en junio."),
    }
    for lang, paragraphs in cases.items():
        events = [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "acquisition"]
        assert [parties(e) for e in events] == [{("Lumatec", "acquirer"), ("Nordwerk", "target")}], lang


def test_a_name_before_a_comma_qualifies_no_description():
    from streams.extraction import organisations
    from streams.extraction.casefold import lowered
    from streams.extraction.lexicon import lexicon
    lex = lexicon("es")
    text = "Lumatec compró en 2019 la alemana Nordwerk, fabricante de sensores, por 2.000 millones de euros."
    found = organisations.mentions(organisations.analyse(text, 0, lex, lowered(text)), lex, set())
    assert [(m.name, m.anaphor) for m in found] == [("Lumatec", False), ("Nordwerk", False)]


def test_a_sale_without_a_buyer_takes_the_buyer_the_next_sentence_names():
    cases = {
        "en": ("Nordwerk and Lumatec", "Nordwerk has agreed to sell its sensor business. The buyer is Lumatec, "
               "which will pay $2bn."),
        "de": ("Sensorgeschäft", "Die Nordwerk AG muss sich von Teilen ihres Sensorgeschäfts trennen. Käufer "
               "ist der Münchner Chiphersteller Lumatec."),
        "es": ("Venta de sensores", "Nordwerk ha vendido su negocio de sensores. El comprador es el grupo Lumatec, "
               "que pagará 2.000 millones de euros."),
    }
    for lang, paragraphs in cases.items():
        bought = [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "acquisition"]
        assert [parties(e) for e in bought] == [{("Nordwerk", "seller"), ("Lumatec", "acquirer")}], lang


def test_a_lead_statement_naming_part_of_the_headline_deal_takes_the_headline_parties():
    cases = {"fr": ("Lumatec rachète Nordwerk", "Le rachat de Nordwerk doit être bouclé en juin. Nordwerk emploie 900 "
                    "personnes. Lumatec est basé à Munich."),
             "es": ("Lumatec compra Nordwerk", "La compra de Nordwerk se cerrará en junio. Nordwerk emplea a 900 "
                    "personas. Lumatec tiene sede en Múnich.")}
    for lang, paragraphs in cases.items():
        bought = [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "acquisition"]
        assert [parties(e) for e in bought] == [{("Lumatec", "acquirer"), ("Nordwerk", "target")}], lang


def test_a_buyer_completing_the_deal_noun_bought_the_firm_spoken_of_before():
    cases = {"en": ("Sensors", "Nordwerk makes sensors in Leeds. Lumatec completed the takeover on Monday. Lumatec is "
                    "based in Munich. Nordwerk employs 900 people."),
             "de": ("Sensoren", "Der Sensorhersteller Nordwerk sitzt in Kassel. Der Chiphersteller Lumatec hat "
                    "die Übernahme am Montag abgeschlossen."),
             "fr": ("Capteurs", "Le fabricant Nordwerk est basé à Lille. Le groupe Lumatec a finalisé le rachat "
                    "lundi.")}
    for lang, paragraphs in cases.items():
        bought = [e for e in extract_events(page(lang, *paragraphs)) if e["type"] == "acquisition"]
        assert [parties(e) for e in bought] == [{("Lumatec", "acquirer"), ("Nordwerk", "target")}], lang
    assert not extract_events(page("en", "Chips", "Nordwerk makes sensors. The purchase is the largest ever by the "
                                   "Munich-based chipmaker."))


def test_a_subject_pronoun_inside_a_sentence_stands_for_the_subject_before():
    cases = {"en": ("Sensors", "The sensor maker Nordwerk has 900 staff. In 2019 it bought Lumatec for £300 million."),
             "de": ("Sensoren", "Die Nordwerk AG baut Sensoren in Kassel. Seit 2019 beliefert sie die Lumatec AG "
                    "mit Bauteilen."),
             "fr": ("Capteurs", "Le fabricant de capteurs Nordwerk emploie 900 personnes. Depuis 2019, il "
                    "fournit Lumatec dans le cadre d'un contrat de long terme.")}
    expected = {"en": ("acquisition", {("Nordwerk", "acquirer"), ("Lumatec", "target")}),
                "de": ("contract", {("Nordwerk", "supplier"), ("Lumatec", "customer")}),
                "fr": ("contract", {("Nordwerk", "supplier"), ("Lumatec", "customer")})}
    for lang, paragraphs in cases.items():
        kind, roles = expected[lang]
        assert parties(only(extract_events(page(lang, *paragraphs)), kind)) == roles, lang
    # within its sentence the pronoun is the subject named before it, not the last firm
    events = extract_events(page("en", "Studios", "The games maker Nordwerk has 900 staff. In 2014 the company "
                                 "bought Lumatec, and in 2021 it completed the purchase of Brenntal Games."))
    bought = {frozenset(parties(e)) for e in events if e["type"] == "acquisition"}
    assert frozenset({("Nordwerk", "acquirer"), ("Brenntal Games", "target")}) in bought


def test_a_customer_giving_a_pronoun_the_contract_gives_it_to_the_firm_spoken_of():
    cases = {"en": ("Radars", "The radar maker Nordwerk has 900 staff. The Ministry of Defence has awarded it a "
                    "£300 million contract."),
             "de": ("Loks", "Der Lokhersteller Nordwerk beschäftigt 900 Mitarbeiter. Die Deutsche Bahn vergab ihm "
                    "im Mai einen Auftrag über 40 Loks."),
             "fr": ("Radars", "Le fabricant de radars Nordwerk emploie 900 personnes. Le Ministère des Armées lui a "
                    "confié la fourniture de 40 radars."),
             "es": ("Radares", "El fabricante de radares Nordwerk emplea a 900 personas. El Ministerio de Defensa le "
                    "adjudicó el contrato de suministro de 40 radares.")}
    for lang, paragraphs in cases.items():
        contract = only(extract_events(page(lang, *paragraphs)), "contract")
        assert ("Nordwerk", "supplier") in parties(contract), lang
        assert {r for _, r in parties(contract)} == {"supplier", "customer"}, lang
    # in a report the pronoun is the firm that reports it
    events = extract_events(page("en", "Radars", "The radar maker Nordwerk said that the Ministry of Defence has "
                                 "awarded it a £300 million contract for 40 radars."))
    assert parties(only(events, "contract")) == {("Nordwerk", "supplier"), ("Ministry of Defence", "customer")}


def test_a_description_of_a_firm_never_stands_for_a_public_body():
    cases = {"en": ("News", "Acme Corp. had a good week. The Ministry of Defence awarded the company a contract on "
                    "Monday. On Thursday, the company bought Bolt Ltd for £35m."),
             "de": ("Nachrichten", "Die Acme AG hatte eine gute Woche. Das Bundesministerium der Verteidigung vergab "
                    "am Montag an das Unternehmen einen Auftrag. Am Donnerstag kaufte das Unternehmen die Bolt AG für "
                    "35 Millionen Euro."),
             "fr": ("Actualités", "Acme SA a eu une bonne semaine. Le Ministère des Armées a attribué mardi à la "
                    "société un contrat de 20 millions d’euros. Jeudi, la société a racheté Bolt SA pour 35 millions "
                    "d’euros."),
             "es": ("Noticias", "Obras Acme SA suma dos contratos. El Ministerio de Fomento adjudicó el martes a la "
                    "constructora las obras del puerto. Este jueves, la compañía compró Bolt SA por 35 millones de "
                    "euros.")}
    buyers = {"en": "Acme", "de": "Acme", "fr": "Acme", "es": "Obras Acme"}
    for lang, paragraphs in cases.items():
        bought = only(extract_events(page(lang, *paragraphs)), "acquisition")
        assert parties(bought) == {(buyers[lang], "acquirer"), ("Bolt", "target")}, lang


def test_a_pronoun_after_a_fronted_time_or_in_a_second_clause_is_the_subject():
    cases = {"en": ("News", "The telecoms group Acme has 900 staff. Last month it won a £120m contract from the "
                    "Department for Transport.", "contract",
                    {("Acme", "supplier"), ("Department for Transport", "customer")}),
             "fr": ("Actualités", "Le groupe Acme emploie 900 personnes. En mai il a remporté un contrat du Ministère "
                    "des Armées.", "contract", {("Acme", "supplier"), ("Ministère des Armées", "customer")}),
             "de": ("Nachrichten", "Die Acme AG baut Kräne. 2019 hatte der Konzern die Bolt AG übernommen, seit 2023 "
                    "arbeitet er mit dem Softwarehaus Kestrel Systems zusammen.", "partnership",
                    {("Acme", "partner"), ("Kestrel Systems", "partner")})}
    for lang, (headline, text, kind, expected) in cases.items():
        assert parties(only(extract_events(page(lang, headline, text)), kind)) == expected, lang
    # the pronoun of a report repeats its subject: one partner, not two
    events = extract_events(page("en", "News", "The drug developer Acme has 90 staff. On Wednesday it said it had "
                                 "begun a research collaboration with Bolt University."))
    assert parties(only(events, "partnership")) == {("Acme", "partner"), ("Bolt University", "partner")}


def test_a_chain_described_by_its_kind_is_the_chain_spoken_of():
    cases = {"en": ("Shops", "The supermarket chain Bolt Stores has 200 shops. In May the fund Acme Capital agreed to "
                    "buy the chain for £300 million."),
             "de": ("Läden", "Die Biomarktkette Bolt Stores hat 200 Filialen. Im Mai hat der Finanzinvestor Acme "
                    "Capital die Kette für 300 Millionen Euro übernommen."),
             "fr": ("Magasins", "La chaîne de magasins Bolt Stores compte 200 magasins. En mai, le fonds Acme Capital "
                    "a racheté la chaîne pour 300 millions d'euros."),
             "es": ("Tiendas", "La cadena de supermercados Bolt Stores tiene 200 tiendas. En mayo el fondo Acme "
                    "Capital compró la cadena por 300 millones de euros.")}
    for lang, paragraphs in cases.items():
        bought = only(extract_events(page(lang, *paragraphs)), "acquisition")
        assert parties(bought) == {("Acme Capital", "acquirer"), ("Bolt Stores", "target")}, lang


def test_a_description_before_a_capitalised_common_noun_stands_for_the_firm_before():
    events = extract_events(page("de", "Solar", "Die Acme AG baut Solarparks in Ulm. Seit 2019 betreibt die Firma "
                                 "Freiflächenanlagen im Auftrag der Bolt AG."))
    assert parties(only(events, "contract")) == {("Acme", "supplier"), ("Bolt", "customer")}


def test_a_subject_the_language_leaves_out_is_the_firm_of_the_sentence_before():
    events = extract_events(page("es", "Caja Kestrel busca comprador", "Caja Kestrel tiene 300 oficinas. Caja Kestrel "
                                 "vale 900 millones de euros.", "Banco Acme estudia una oferta por Caja Kestrel. En "
                                 "2022 absorbió Banca Bolt por 300 millones de euros."))
    bought = [parties(e) for e in events if e["type"] == "acquisition"]
    assert {("Acme", "acquirer"), ("Banca Bolt", "target")} in bought


def test_a_description_stands_for_the_subject_before_even_when_a_pronoun_told_it():
    events = extract_events(page("en", "Orwell Pumps", "Orwell Pumps makes valves in Leeds.\nIt supplies Harland "
                                 "Retail and Brack Foods. In 2023 the group bought Quaver Labs for £40 million."))
    assert parties(only(events, "acquisition")) == {("Orwell Pumps", "acquirer"), ("Quaver Labs", "target")}
    events = extract_events(page("de", "Kessler baut um", "Die Kessler AG baut Getriebe in Ulm.\n"
                                 "Seit 2019 beliefert sie Harland Retail und Brack Foods. Im Mai übernahm der Konzern "
                                 "für 40 Millionen Euro Quaver Labs."))
    assert parties(only(events, "acquisition")) == {("Kessler", "acquirer"), ("Quaver Labs", "target")}


def test_a_description_stands_for_the_firm_a_pronoun_named_before_it_in_its_sentence():
    told = read_page(page("en", "Orwell Pumps", "Orwell Pumps makes valves in Leeds.\nLast month it won an order "
                          "from Harland Retail, and Brack Foods now owns 9.9 per cent of the company."))
    (description,) = [m for m in told.mentions[-1] if told.text[m.start:m.end] == "the company"]
    assert description.name == "Orwell Pumps"


def test_a_description_before_its_verb_stands_for_the_firm_before_not_the_page_s_main_firm():
    events = extract_events(page("es", "Banco Acme", "Banco Acme gana clientes. Banco Acme abre oficinas en Vigo.",
                                 "Conservas Miramar, cliente de Banco Acme, fabrica latas.",
                                 "En mayo, la empresa compró Quaver Labs por 40 millones de euros."))
    assert parties(only(events, "acquisition")) == {("Conservas Miramar", "acquirer"), ("Quaver Labs", "target")}
    events = extract_events(page("fr", "Banque Acme", "Banque Acme gagne des clients. Banque Acme ouvre des agences.",
                                 "Verrerie Dumas, cliente de Banque Acme, fabrique des flacons.",
                                 "En mai, le groupe a racheté Quaver Labs pour 40 millions d'euros."))
    assert parties(only(events, "acquisition")) == {("Verrerie Dumas", "acquirer"), ("Quaver Labs", "target")}


def test_a_descriptor_names_the_firm_after_its_complements_but_not_past_a_comma():
    for lang, text in (("fr", "Le fabricant de panneaux solaires bifaciaux Soltrave a racheté Quaver Labs."),
                       ("es", "La empresa de software de pagos Pagora ha comprado Quaver Labs.")):
        told = read_page(page(lang, "Quaver Labs", text))
        assert not any(m.anaphor for m in told.mentions[-1])
    told = read_page(page("fr", "Carrefour", "Brack Foods vend du carburant. Le groupe canadien, propriétaire "
                          "de Quaver Labs, a racheté Carrefour."))
    assert any(m.anaphor and m.name == "Brack Foods" for m in told.mentions[-1])


def test_a_description_tied_to_a_place_stands_for_the_firm_of_that_place():
    events = extract_events(page("en", "Orwell Pumps", "Orwell Pumps, based in Leeds, makes valves. Brack Foods "
                                 "makes soup. The Leeds-based group bought Quaver Labs for £40 million."))
    assert parties(only(events, "acquisition")) == {("Orwell Pumps", "acquirer"), ("Quaver Labs", "target")}
    events = extract_events(page("de", "Kessler baut um", "Die Kessler AG aus Reutlingen baut Getriebe. Brack "
                                 "Foods liefert Suppen. Der Reutlinger Konzern übernahm für 40 Millionen Euro "
                                 "Quaver Labs."))
    assert parties(only(events, "acquisition")) == {("Kessler", "acquirer"), ("Quaver Labs", "target")}


def test_a_description_tied_to_a_place_finds_the_firm_of_that_place_named_far_back():
    # the firm of that place was named six sentences before, the firms between sit elsewhere
    between = ("Brack Foods liefert Suppen. Brack Foods wächst. Die Stadtwerke Hollenau kaufen Strom. Brack Foods "
               "plant ein Werk. Brack Foods stellt ein. ")
    events = extract_events(page("de", "Auftrag für Kessler", "Die Stadtwerke Hollenau haben den Auftrag an das "
                                 "Reutlinger Softwarehaus Kessler Data vergeben. " + between + "Der Reutlinger "
                                 "Anbieter gehört seit 2021 zum Konzern Quaver Labs, der ihn für 40 Millionen Euro "
                                 "übernommen hatte."))
    assert ("Kessler Data", "target") in parties(only(events, "acquisition"))
    events = extract_events(page("en", "Orwell wins", "Orwell Data, based in Leeds, won a city "
                                 "contract. Brack Foods makes soup. Brack Foods is growing. Brack "
                                 "Foods plans a plant. Brack Foods is hiring. Brack Foods sells to grocers. The "
                                 "Leeds-based group was bought by Quaver Labs for £40 million in 2021."))
    assert parties(only(events, "acquisition")) == {("Quaver Labs", "acquirer"), ("Orwell Data", "target")}


def test_a_firm_a_guess_tied_to_a_place_is_not_found_far_back_by_that_place():
    # the page ties no firm to Reutlingen: the deck's description takes the headline's first name by a guess, which
    # must not make that name the firm of the later description, six sentences on
    told = read_page(page("de", "Finanzinvestor übernimmt Mehrheit an Kessler Antriebstechnik",
                          "Der Reutlinger Getriebespezialist bekommt einen neuen Eigentümer. Die Mehrheit an der "
                          "Kessler Antriebstechnik GmbH geht an einen Finanzinvestor. Die Beteiligungsgesellschaft "
                          "Brack Capital übernimmt 75 Prozent der Anteile. Brack Capital zahlt bar. Kessler baut "
                          "Getriebe. Kessler liefert an Bahnen. Die Beteiligten bewerten das Reutlinger Unternehmen "
                          "mit 85 Millionen Euro."))
    (later,) = [m for m in told.mentions[-1] if m.anaphor]
    assert later.name == "Kessler Antriebstechnik"


def test_only_the_words_that_qualify_a_description_name_its_place_far_back():
    # a noun capitalised where nouns are ("Softwareanbieter", "der Verein") is no place: only its qualifiers
    for lang, body, want in (("de", "Brack Foods übernimmt Kessler Data. Der Grazer Softwareanbieter wächst.",
                              {"graze"}),
                             ("en", "Brack Foods buys Kessler Data. The Leeds-based group is growing.", {"leeds"})):
        told = read_page(page(lang, "Brack Foods", body))
        (described,) = [m for m in told.mentions[-1] if m.anaphor]
        assert page_module._own_place(told.text, described, told.lex, head=False) == want


def test_a_pronoun_after_a_fronted_firm_stands_for_it_not_for_the_page_s_main_firm():
    for lang, text in (("fr", "La direction n'a pas confirmé. Quant à Verrerie Dumas, elle a racheté Lumen Glas."),
                       ("en", "Nobody confirmed it. As for Verrerie Dumas, it bought Lumen Glas.")):
        told = read_page(page(lang, "Brack Foods", "Brack Foods sells biscuits. Brack Foods bought Quaver Labs.",
                              text))
        (pronoun,) = [m for m in told.mentions[-1] if m.anaphor]
        assert pronoun.name == "Verrerie Dumas"


def test_a_distributor_is_a_kind_of_firm():
    for lang, text in (("en", "Vidrios Dumas has 30 shops. The distributor bought Lumen Glas."),
                       ("es", "Vidrios Dumas tiene 30 tiendas. La distribuidora compró Lumen Glas."),
                       ("fr", "Vidrios Dumas a 30 magasins. Le distributeur a racheté Lumen Glas.")):
        told = read_page(page(lang, "Lumen Glas", text))
        assert [m.name for m in told.mentions[-1] if m.anaphor] == ["Vidrios Dumas"], lang


def test_a_pronoun_after_a_pronoun_stands_for_the_same_firm_not_for_the_object_between():
    for lang, text in (("de", "Die Kessler AG baut Getriebe. Kessler wächst. Im Mai hat sie Quaver Labs übernommen. "
                              "2021 übernahm sie Lumen Glas."),
                       ("en", "Kessler Ltd makes gears. Kessler grows. In May it bought Quaver Labs. In 2021 it "
                              "bought Lumen Glas.")):
        told = read_page(page(lang, "Kessler", text))
        assert [m.name for m in told.mentions[-1] if m.anaphor] == ["Kessler"], lang


def test_an_object_relative_with_no_comma_makes_the_firm_before_it_the_one_bought():
    events = extract_events(page("es", "Conservas Miramar", "Conservas Miramar fabrica latas en Vigo. Conservas "
                                 "Miramar tiene 300 empleados.", "La empresa que Nortia Capital compró en 2019 abrirá "
                                 "una planta."))
    assert parties(only(events, "acquisition")) == {("Nortia Capital", "acquirer"), ("Conservas Miramar", "target")}
    events = extract_events(page("en", "Orwell Pumps", "Orwell Pumps makes valves. Orwell Pumps has 300 staff.",
                                 "The company that Atlas Partners bought in 2019 will open a plant."))
    assert parties(only(events, "acquisition")) == {("Atlas Partners", "acquirer"), ("Orwell Pumps", "target")}


def test_a_description_in_apposition_stands_for_the_name_it_follows():
    for lang, text in (("en", "Acme agreed to buy Bolt Systems, the Swedish logistics group, for $2bn."),
                       ("fr", "Acme va racheter Bolt Systèmes, le groupe suédois, pour 2 milliards d'euros."),
                       ("es", "Acme comprará Bolt Sistemas, la empresa sueca, por 2.000 millones de euros.")):
        told = read_page(page(lang, "Acme", text))
        assert [m.name for m in told.mentions[-1] if m.anaphor] == [told.mentions[-1][1].name], lang
    told = read_page(page("fr", "Acme", "Fondée par deux anciens de Bolt Systèmes, la société a racheté Cyan Data."))
    assert [m.name for m in told.mentions[-1] if m.anaphor] != ["Bolt Systèmes"]


def test_the_two_cooperatives_or_banks_stand_for_the_two_firms_named_before():
    events = extract_events(page("fr", "Vote à Chartres", "Réunis lundi, les adhérents de Blés du Perche et ceux de "
                                 "Moissons de l'Eure ont approuvé le projet de fusion entre les deux coopératives."))
    assert parties(only(events, "merger")) == {("Blés du Perche", "party"), ("Moissons de l'Eure", "party")}
    events = extract_events(page("en", "Vote in Leeds", "On Monday the members of Harlow Grain and those of Fenwick "
                                 "Farmers approved the planned merger between the two cooperatives."))
    assert parties(only(events, "merger")) == {("Harlow Grain", "party"), ("Fenwick Farmers", "party")}
    events = extract_events(page("es", "Votación en Lleida", "El lunes los socios de Cereales Segrià y los de Agrària "
                                 "Noguera aprobaron el proyecto de fusión entre las dos cooperativas."))
    assert parties(only(events, "merger")) == {("Cereales Segrià", "party"), ("Agrària Noguera", "party")}
    events = extract_events(page("de", "Abstimmung in Ulm", "Albtal Agrar und Donauried Landhandel sind Nachbarn. Am "
                                 "Montag haben die Mitglieder der Fusion der beiden Genossenschaften zugestimmt."))
    assert parties(only(events, "merger")) == {("Albtal Agrar", "party"), ("Donauried Landhandel", "party")}
