"""Contracts told by a gerund or an infinitive of winning ("after winning a contract", "après avoir remporté"), public
concessions handed over, and a licence agreement whose other side the rights go to, its name ending in a legal form."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str, kind: str = "contract") -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs)) if e["type"] == kind]


def test_a_contract_won_told_by_a_gerund_after_a_share_move():
    assert events("en", "News", "Voltmere Group gained 3 per cent after winning a £90m contract from Ostgrid Networks "
                  "to renew substations.") == [{("Voltmere", "supplier"), ("Ostgrid Networks", "customer")}]


def test_a_contract_won_told_by_an_infinitive_after_apres():
    assert events("fr", "Actualités", "Lumatec a bondi de 4 % après avoir décroché un contrat de 20 millions "
                  "d'euros auprès de Réseau Nordique.") == [{("Lumatec", "supplier"), ("Réseau Nordique", "customer")}]


def test_a_concession_handed_over_is_a_contract_of_its_grantor():
    assert events("fr", "Actualités", "La Ville de Belmont a attribué lundi à Lumatec la concession de ses parkings "
                  "pour douze ans.") == [{("Ville de Belmont", "customer"), ("Lumatec", "supplier")}]
    assert events("de", "Nachrichten", "Die Stadt Belmstedt vergab am Freitag die Konzession für das Fernwärmenetz "
                  "an die Lumatec GmbH.") == [{("Stadt Belmstedt", "customer"), ("Lumatec", "supplier")}]
    assert events("en", "News", "Belmont City Council on Friday awarded the concession for its district heating "
                  "network to Lumatec.") == [{("Belmont City Council", "customer"), ("Lumatec", "supplier")}]
    assert events("en", "News", "Lumatec won a 30-year concession from Belmont City Council to run its car "
                  "parks.") == [{("Lumatec", "supplier"), ("Belmont City Council", "customer")}]
    # the same in Spanish was read already
    assert events("es", "Noticias", "El Ayuntamiento de Belmonte adjudicó el viernes a Lumatec la concesión del "
                  "aparcamiento municipal.") == [{("Ayuntamiento de Belmonte", "customer"), ("Lumatec", "supplier")}]


def test_a_licensing_agreement_giving_the_other_side_rights_makes_it_the_licensee():
    assert events("en", "News", "Brackwell Bio signed an exclusive licensing agreement with Halden Pharma Co. of "
                  "Kyoto, giving the Japanese drugmaker rights to sell its antibody in Asia.") == [
        {("Brackwell Bio", "supplier"), ("Halden Pharma", "customer")}]
    assert events("en", "News", "Brackwell Bio signed a licensing agreement with Halden Pharma Inc., giving the Kyoto "
                  "group the exclusive rights to sell its antibody in Europe.") == [
        {("Brackwell Bio", "supplier"), ("Halden Pharma", "customer")}]
    # rights given to a pronoun, to the other side's catalogue, are the signer's
    assert events("en", "News", "Brackwell Media signed a licensing agreement with Halden Studios giving it rights to "
                  "the studio's films.") == [{("Brackwell Media", "customer"), ("Halden Studios", "supplier")}]


def test_a_contract_given_to_a_pronoun_has_no_supplier_among_the_places_after_it():
    assert events("es", "Noticias", "Entre los valores destacados, Corvalia Obras subió un 2% después de que el "
                  "Ministerio de Fomento le adjudicara un contrato de 90 millones de euros para la conservación de "
                  "autovías en Castilla-La Mancha.") == [{("Ministerio de Fomento", "customer"),
                                                          ("Corvalia Obras", "supplier")}]
    assert events("en", "News", "Brackwell Aerospace rose 4% after the Royal Air Force awarded it a $300 million "
                  "contract to upgrade the radars of its tanker fleet.") == [
        {("Royal Air Force", "customer"), ("Brackwell Aerospace", "supplier")}]
    assert events("fr", "Actualités", "Corvalia a gagné 3 % après que la Direction générale de l'armement lui a "
                  "attribué un contrat de 80 millions d'euros pour la modernisation des radars de la Marine "
                  "nationale.") == [{("Direction générale de l'armement", "customer"), ("Corvalia", "supplier")}]
    # a firm the pronoun doubles, after its marker, stays the supplier
    assert events("es", "Noticias", "El Ministerio de Fomento le adjudicó a Nordwerk Obras un contrato de 40 millones "
                  "de euros.") == [{("Ministerio de Fomento", "customer"), ("Nordwerk Obras", "supplier")}]


def test_a_decade_named_after_depuis_is_a_start_not_a_standing_span():
    found = [e for e in extract_events(page("fr", "Actualités", "La Direction générale de l'armement a notifié jeudi à "
                                            "Corvalia Systèmes un contrat de 90 millions d'euros pour la fourniture de "
                                            "radars, destinés à remplacer des équipements en service depuis les "
                                            "années 1990.")) if e["type"] == "contract"]
    assert [e["status"] for e in found] == ["announced"]
    standing = [e for e in extract_events(page("fr", "Actualités", "Lumatec fournit la SNCF depuis quinze ans."))
                if e["type"] == "contract"]
    assert [e["status"] for e in standing] == ["ongoing"]


def test_a_german_supply_told_after_den_and_a_name_serves_the_firm_before_it():
    intro = "Die Kordal GmbH aus Passau stellt Gehäuse für Batterien her."
    assert events("de", "Nachrichten", intro, "Wichtigster Kunde bleibt der Autobauer Vendrix, den Kordal seit 2021 "
                  "mit Batteriegehäusen beliefert.") == [{("Kordal", "supplier"), ("Vendrix", "customer")}]
    assert events("de", "Nachrichten", intro, "Der Autobauer Vendrix, den Kordal seit 2021 mit Gehäusen beliefert, "
                  "meldet Rekordzahlen.") == [{("Kordal", "supplier"), ("Vendrix", "customer")}]
    # the same told with an object relative in the other languages was read already
    assert events("fr", "Actualités", "Kordal est un fabricant lyonnais.", "Son principal client reste le "
                  "constructeur Vendrix, que Kordal fournit depuis 2021 en boîtiers de batteries.") == [
        {("Kordal", "supplier"), ("Vendrix", "customer")}]
    assert events("es", "Noticias", "Kordal es una fabricante de Valencia.", "Su principal cliente es la cadena "
                  "Vendrix, a la que Kordal abastece de envases desde 2021.") == [
        {("Kordal", "supplier"), ("Vendrix", "customer")}]
