"""Which firm of the sentences before a description or pronoun stands for (fixD), on pages written for these
tests: a firm named right after a relative clause's preposition ("mit dem X", "avec lequel X", "with which X") is
that clause's subject, the firm the discourse is at; a sentence opening with a description that stands for no firm
read ("La foncière, issue de la fusion de X et de Y, ...") leaves its complements X and Y out of the discourse; a
demonstrative ("ce spécialiste", "esta especialista", "dieses Spezialisten") is a determiner of a description."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _acquisitions(lang: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "News", *paragraphs)) if e["type"] == "acquisition"]


def test_a_firm_after_a_relative_clause_preposition_is_the_firm_a_later_description_stands_for():
    for lang, contract, programme, seller in [
        ("de", "Nordis Energie hat mit dem Hersteller Vestor Turbinen einen Rahmenvertrag über 40 Anlagen geschlossen. "
               "Vestor soll bis 2029 liefern.",
         "Der Schritt ist Teil eines Programms, mit dem Nordis Energie bis 2028 Mittel freisetzen will. Schon 2024 "
         "hatte der Konzern sein Gasnetz für 700 Mio. Euro an den Infrastrukturfonds Amber Grid Partners verkauft.",
         "Nordis Energie"),
        ("fr", "Nordis Énergie a signé un contrat-cadre pour 40 turbines avec le fabricant Vestor Turbines. Vestor "
               "doit les livrer d'ici 2029.",
         "Ce choix s'inscrit dans un programme avec lequel Nordis Énergie veut dégager des fonds d'ici 2028. En "
         "2024, le groupe avait déjà cédé son réseau de gaz pour 700 M€ au fonds d'infrastructures Amber Grid "
         "Partners.", "Nordis Énergie"),
        ("en", "Nordis Energy has signed a framework contract for 40 turbines with the manufacturer Vestor Turbines. "
               "Vestor will deliver them by 2029.",
         "The step is part of a programme with which Nordis Energy wants to free up funds by 2028. In 2024 the group "
         "had sold its gas grid for €700m to the infrastructure fund Amber Grid Partners.", "Nordis Energy"),
        ("es", "Nordis Energía ha firmado un contrato marco de 40 turbinas con el fabricante Vestor Turbinas. Vestor "
               "las entregará antes de 2029.",
         "El paso forma parte de un programa con el que Nordis Energía quiere liberar fondos hasta 2028. En 2024 el "
         "grupo ya había vendido su red de gas por 700 millones de euros al fondo de infraestructuras Amber Grid "
         "Partners.", "Nordis Energía"),
    ]:
        assert {("Amber Grid Partners", "acquirer"), (seller, "seller")} in _acquisitions(lang, contract, programme)


def test_an_article_preposition_without_a_comma_still_governs_the_name():
    text = ("Nordis Energie hat mit dem Hersteller Vestor Turbinen einen Rahmenvertrag geschlossen. Der Vertrag wurde "
            "mit der Vestor Turbinen in Bremen unterzeichnet. Schon 2024 hatte der Konzern sein Gasnetz an den "
            "Infrastrukturfonds Amber Grid Partners verkauft.")
    assert {("Amber Grid Partners", "acquirer"), ("Nordis Energie", "seller")} in _acquisitions("de", text)


def test_a_sentence_opened_by_an_unresolved_description_leaves_its_complements_out_of_the_discourse():
    for lang, intro, merged, buyer, target in [
        ("en", "Kestra Homes has opened a new office in Leeds. Kestra Homes now builds 2,000 houses a year.",
         "The housebuilder, formed by the 2021 merger of Alder Homes and Brindle Estates, employs 900 people. It "
         "bought the land developer Corran Land in 2024.", "Kestra Homes", "Corran Land"),
        ("fr", "Foncière Kestra a ouvert un bureau à Lyon. Foncière Kestra gère 40 immeubles.",
         "La foncière, issue de la fusion en 2021 de la Foncière Alder et de Brindle Patrimoine, emploie 90 "
         "personnes. Elle a racheté en 2024 le promoteur Corran Immobilier.", "Foncière Kestra", "Corran Immobilier"),
        ("es", "Kestra Inmobiliaria ha abierto una oficina en Valencia. Kestra Inmobiliaria gestiona 40 edificios.",
         "La inmobiliaria, surgida de la fusión en 2021 de Alder Patrimonio y de Brindle Activos, emplea a 90 "
         "personas. En 2024 compró la promotora Corran Suelo.", "Kestra Inmobiliaria", "Corran Suelo"),
        ("de", "Die Kestra Bau hat ein Büro in Leipzig eröffnet. Kestra Bau errichtet 2.000 Wohnungen im Jahr.",
         "Der Bauträger, hervorgegangen aus der Fusion von Alder Wohnen und Brindle Immobilien, beschäftigt 900 "
         "Menschen. 2024 hatte er den Projektentwickler Corran Süd übernommen.", "Kestra Bau", "Corran Süd"),
    ]:
        assert {(buyer, "acquirer"), (target, "target")} in _acquisitions(lang, intro, merged), merged


def test_a_descriptor_before_names_is_their_noun_not_an_unresolved_subject():
    text = ("Die Reederei Valtra Shipping hat ein Büro in Kiel eröffnet. Die IT-Dienstleister Corvan Systems und "
            "Nexwerk IT schließen sich zusammen. Die Gesellschafter beider Unternehmen unterzeichneten am Montag "
            "eine Fusionsvereinbarung.")
    mergers = [parties(e) for e in extract_events(page("de", "News", text)) if e["type"] == "merger"]
    assert mergers == [{("Corvan Systems", "party"), ("Nexwerk IT", "party")}]


def test_a_demonstrative_description_stands_for_the_firm_the_sentence_before_named():
    for lang, text in [
        ("fr", "Le groupe bordelais Lumatec SA enchaîne les annonces. Cette alliance intervient après l'intégration "
               "de Nordwerk Optique. Lumatec a finalisé le 2 mai le rachat de ce spécialiste toulousain des caméras "
               "thermiques, pour 95 millions d'euros."),
        ("es", "El grupo sevillano Lumatec S.A. encadena anuncios. La alianza llega tras la integración de Nordwerk "
               "Óptica. Lumatec cerró el 2 de mayo la compra de esta especialista valenciana en cámaras térmicas por "
               "95 millones de euros."),
        ("de", "Der Bremer Konzern Lumatec AG legt nach. Die Allianz folgt auf die Integration der Nordwerk Optik "
               "GmbH. Lumatec hat am 2. Mai die Übernahme dieses Jenaer Spezialisten für Wärmebildkameras für 95 "
               "Millionen Euro abgeschlossen."),
    ]:
        (target,) = {n for n, _ in {p for ps in _acquisitions(lang, text) for p in ps}} - {"Lumatec"}
        assert _acquisitions(lang, text) == [{("Lumatec", "acquirer"), (target, "target")}] and "Nordwerk" in target
