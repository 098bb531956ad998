"""Contracts told passively, reflexively, with the customer after "with/con/avec", handed out to a provider or to a
consortium, and sites bought as assets (awards4): who is the customer, who the supplier."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str, kind: str = "contract") -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs)) if e["type"] == kind]


def test_a_counted_compound_opening_a_standfirst_is_no_firm():
    found = extract_events(page(
        "en", "Lumatec wins £300m signalling deal", "Ten-year deal covers signalling on the northern lines; joint "
        "venture with Osric Civil to deliver the works",
        "Lumatec plc, the rail technology group, today announced that it has been awarded a contract worth £300 "
        "million by the Northern Transit Authority to design, install and maintain signalling."))
    assert all(p["name"] != "Ten-year" for e in found for p in e["parties"])
    assert {("Lumatec", "supplier"), ("Northern Transit Authority", "customer")} in [
        parties(e) for e in found if e["type"] == "contract"]
    two_thirds = extract_events(page("en", "News", "Two-thirds of the plant's output goes to Nordwerk under a supply "
                                     "contract."))
    assert all(p["name"] != "Two-thirds" for e in two_thirds for p in e["parties"])
    # a dashed name with a capital tail stays a name
    assert events("en", "News", "Seven-Eleven has signed a supply agreement with Nordwerk Foods.") == [
        {("Seven-Eleven", "customer"), ("Nordwerk Foods", "supplier")}]


def test_a_contract_won_with_a_body_past_its_value_has_that_body_as_customer():
    assert events("es", "Noticias", "La tecnológica sevillana Lumatec se ha adjudicado un contrato de 40 millones de "
                  "euros con el Ministerio de Fomento para modernizar las aplicaciones de la Dirección General de "
                  "Carreteras.") == [{("Lumatec", "supplier"), ("Ministerio de Fomento", "customer")}]
    assert events("es", "Noticias", "Nordwerk Sistemas se ha adjudicado un contrato con el Ayuntamiento de Soria "
                  "para gestionar el alumbrado.") == [{("Nordwerk Sistemas", "supplier"), ("Ayuntamiento de Soria",
                                                                                          "customer")}]
    # the body the contract is given by keeps its place; a genitive giver without "with" too
    assert events("en", "News", "Nordwerk Ltd said it has been awarded a £40 million contract by the Harbour "
                  "Authority of Kelso.") == [{("Nordwerk", "supplier"), ("Harbour Authority of Kelso", "customer")}]


def test_management_of_a_service_won_is_a_contract():
    assert events("es", "Noticias", "Banca Lumatec se ha adjudicado la gestión de la tesorería de la Consejería de "
                  "Hacienda de Castilla durante los próximos cuatro años.") == [
        {("Banca Lumatec", "supplier"), ("Consejería de Hacienda de Castilla", "customer")}]


def test_work_handed_out_to_a_provider():
    assert events("es", "Cooperativa Lumatec", "La Cooperativa Lumatec es una de las mayores del sector. Este martes, "
                  "su consejo rector aprobó además externalizar todos sus sistemas informáticos a Nordwerk "
                  "Servicios.") == [{("Cooperativa Lumatec", "customer"), ("Nordwerk Servicios", "supplier")}]
    assert events("de", "Lumatec AG", "Die Lumatec AG ist ein Versicherer aus Köln. Der Vorstand beschloss, den "
                  "gesamten IT-Betrieb an die Nordwerk GmbH auszulagern.") == [
        {("Lumatec", "customer"), ("Nordwerk", "supplier")}]
    assert events("fr", "Actualités", "La mutuelle Lumatec a décidé d'externaliser son informatique à Nordwerk "
                  "Services.") == [{("Lumatec", "customer"), ("Nordwerk Services", "supplier")}]
    assert events("en", "News", "Lumatec Insurance has decided to outsource its IT operations to Nordwerk Ltd.") == [
        {("Lumatec Insurance", "customer"), ("Nordwerk", "supplier")}]


def test_an_output_deal_whose_relative_clause_names_the_sides_again():
    assert events("en", "Plexo lands studio deal", "Streaming service Plexo is expanding its film catalogue. Plexo "
                  "has signed a five-year output agreement with Ardmore Pictures that gives the streamer exclusive "
                  "rights to the studio's releases.") == [{("Plexo", "customer"), ("Ardmore Pictures", "supplier")}]
    assert events("en", "News", "Lumatec signed a licensing agreement with Nordwerk Studios giving it rights to the "
                  "studio's catalogue.") == [{("Lumatec", "customer"), ("Nordwerk Studios", "supplier")}]


def test_german_consortium_members_after_aus_are_firms_not_places():
    both = {("Stadt Ulm", "customer"), ("Lumatec", "supplier"), ("Nordwerk", "supplier")}
    assert events("de", "Auftrag für Lumatec", "Die Lumatec GmbH aus Jena wächst. Die Stadt Ulm hat den Auftrag an "
                  "ein Konsortium aus Lumatec GmbH und Nordwerk AG vergeben.") == [both]
    assert events("de", "Nachrichten", "Die Stadt Ulm hat den Auftrag an ein Konsortium aus Lumatec und Nordwerk "
                  "vergeben.") == [both]
    # a firm's seat after "aus" stays a place
    assert events("de", "Nachrichten", "Die Privatbank Lumatec aus Erding kauft Nordwerk.", kind="acquisition") == [
        {("Privatbank Lumatec", "acquirer"), ("Nordwerk", "target")}]


def test_german_contract_received_from_a_body_with_the_subject_after_the_verb():
    (event,) = [e for e in extract_events(page(
        "de", "Lumatec GmbH", "Die Lumatec GmbH aus Jena baut Hochleistungsrechner. Im Juli erhielt die Firma vom "
        "Freistaat Sachsen einen Auftrag über 8,5 Millionen Euro: Ein Rechner soll im Landesrechenzentrum in Gera "
        "aufgestellt werden.")) if e["type"] == "contract"]
    assert parties(event) == {("Freistaat Sachsen", "customer"), ("Lumatec", "supplier")}
    assert event["amount"]["value"] == 8.5e6
    assert events("de", "Nachrichten", "Im Juli erhielt die Nordwerk GmbH vom Freistaat Sachsen einen Auftrag über "
                  "8,5 Millionen Euro.") == [{("Freistaat Sachsen", "customer"), ("Nordwerk", "supplier")}]


def test_branches_bought_from_a_firm_are_an_acquisition_goods_stay_an_order():
    assert events("en", "News", "Lumatec Bank has agreed to take over 84 high-street branches from Nordwerk Building "
                  "Society for £310m.", kind="acquisition") == [
        {("Lumatec Bank", "acquirer"), ("Nordwerk Building Society", "seller")}]
    assert events("de", "Nachrichten", "Die Lumatec Bank übernimmt 40 Filialen von der Nordwerk Sparkasse.",
                  kind="acquisition") == [{("Lumatec Bank", "acquirer"), ("Nordwerk Sparkasse", "seller")}]
    assert events("en", "News", "Nordwerk agreed to buy 40 battery systems from Lumatec.") == [
        {("Nordwerk", "customer"), ("Lumatec", "supplier")}]


def test_a_fronted_contract_resumed_by_a_clitic_then_withdrawn():
    (event,) = [e for e in extract_events(page(
        "fr", "Actualités", "Ce contrat, le ministère des Armées l'avait d'abord confié à Lumatec Cloud, avant de le "
        "lui retirer.")) if e["type"] == "contract"]
    assert parties(event) == {("ministère des Armées", "customer"), ("Lumatec Cloud", "supplier")}
    assert event["status"] == "terminated"
    assert events("fr", "Actualités", "Ce marché, la SNCF l'a confié à Lumatec en 2022.") == [
        {("SNCF", "customer"), ("Lumatec", "supplier")}]
    assert events("es", "Noticias", "Ese contrato, el Ministerio de Defensa se lo había adjudicado primero a Lumatec "
                  "Cloud.") == [{("Ministerio de Defensa", "customer"), ("Lumatec Cloud", "supplier")}]


def test_a_grouping_of_towns_gives_the_work_to_every_member_of_a_consortium():
    found = events("fr", "Tramway : Lumatec et Nordwerk retenus", "Lumatec Transport poursuit sa croissance. La "
                   "communauté d'agglomération du Val-de-Rance a attribué au groupement formé par Lumatec Transport "
                   "et Nordwerk Génie Civil le marché de conception-réalisation du tramway, pour 210 millions "
                   "d'euros.")
    assert found == [{("agglomération du Val-de-Rance", "customer"), ("Lumatec Transport", "supplier"),
                      ("Nordwerk Génie Civil", "supplier")}]
    # the board of a firm still lets the firm act
    assert events("fr", "Actualités", "Le conseil d'administration de Lumatec a confié à Nordwerk la construction "
                  "de son siège.") == [{("Lumatec", "customer"), ("Nordwerk", "supplier")}]


def test_a_winner_given_the_contract_by_a_body_not_set_off():
    assert events("es", "Noticias", "Lumatec ha sido adjudicataria por el Ministerio de Defensa de un contrato de 40 "
                  "millones de euros.") == [{("Lumatec", "supplier"), ("Ministerio de Defensa", "customer")}]
    assert events("es", "Noticias", "Obras Lumatec SA ha resultado adjudicataria por parte del Ministerio de Fomento "
                  "del contrato de duplicación de la autovía.") == [
        {("Obras Lumatec", "supplier"), ("Ministerio de Fomento", "customer")}]
    # the same told in other languages keeps its reading
    assert events("fr", "Actualités", "Lumatec s'est vu attribuer par la Région Bretagne un contrat de 12 millions "
                  "d'euros.") == [{("Lumatec", "supplier"), ("Région Bretagne", "customer")}]
    assert events("de", "Nachrichten", "Die Lumatec GmbH wurde vom Land Hessen mit der Modernisierung der "
                  "Steuersysteme beauftragt.") == [{("Lumatec", "supplier"), ("Land Hessen", "customer")}]


def test_a_subsidiary_described_by_its_owner_gives_the_work_to_the_firm_spoken_of():
    # "die Bahn-Infrastrukturtochter DB InfraGO hat das Unternehmen ... beauftragt": the subsidiary named after its
    # description gives the work; "das Unternehmen", its object, is the firm spoken of before
    assert events("de", "Lumatec vergibt Großauftrag an Nordwerk", "Die Nordwerk Signaltechnik GmbH aus Ulm baut "
                  "Stellwerke. Die Lumatec-Infrastrukturtochter Lumanetz hat das Unternehmen für 450 Millionen Euro "
                  "mit der Lieferung digitaler Stellwerke für 38 Bahnhöfe beauftragt.") == [
        {("Lumanetz", "customer"), ("Nordwerk Signaltechnik", "supplier")}]
    # the object after "hat" is the firm told before, not the subject
    assert events("de", "Lumatec kauft zu", "Die Nordwerk GmbH stand seit Monaten zum Verkauf. Die Lumatec AG hat "
                  "das Unternehmen nun übernommen.", kind="acquisition") == [
        {("Lumatec", "acquirer"), ("Nordwerk", "target")}]
