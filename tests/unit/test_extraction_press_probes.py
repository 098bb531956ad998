"""How the French business press states each kind of deal, on sentences written for these tests in the styles
of French, Swiss, Belgian and Québec outlets and press releases (never taken from a corpus): every deal type with
its verbs and nouns, statuses (reports, completions, deals called off), amounts, dates and the forms of parties
(names with lowercase words, descriptions, pronouns, appositions); then smaller rounds of the Spanish and German
press. Each sentence is one page's body; each expected event is checked for type, parties with roles, amount,
date and status, and no other event may come out. The sentences the extractor still gets wrong are kept in one list per
language, each with what it gives instead."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2024-03-14"  # a Thursday: "lundi" is 2024-03-11
P = PUBLISHED

Event = tuple[str, str, tuple[int, str] | None, str | None, str]  # type, "Name:role, ...", amount, date, status


def problems(lang: str, text: str, expected: list[Event], headline: str = "Entreprises") -> list[str]:
    """What the extractor gets wrong on a page whose body is text: each expected event missed or with a wrong
    amount, date or status, and each event it gives that is not expected."""
    got = extract_events(page(lang, headline, text, published=PUBLISHED))
    out, used = [], set()
    for kind, roles, amount, date, status in expected:
        want = {tuple(part.strip().rsplit(":", 1)) for part in roles.split(",")}
        match = next((i for i, e in enumerate(got) if i not in used and e["type"] == kind
                      and {(p["name"], p["role"]) for p in e["parties"]} == want), None)
        if match is None:
            out.append(f"no {kind} {sorted(want)}")
            continue
        used.add(match)
        event = got[match]
        value = event["amount"] and (event["amount"]["value"], event["amount"]["currency"])
        if not _same_amount(value, amount):
            out.append(f"amount {value}")
        if event["date"] != date:
            out.append(f"date {event['date']}")
        if event["status"] != status:
            out.append(f"status {event['status']}")
    out += [f"also {e['type']} {sorted((p['name'], p['role']) for p in e['parties'])}"
            for i, e in enumerate(got) if i not in used]
    return out


def _same_amount(value: tuple[float, str] | None, amount: tuple[int, str] | None) -> bool:
    """Within 1% and in the same currency, as the corpus scorer compares them, or both absent."""
    if not value or not amount:
        return not value and not amount
    return value[1] == amount[1] and abs(value[0] - amount[0]) <= amount[0] / 100


FRENCH = [
    # issue 3 (fr2): a descriptor qualified by "en" names the firm after it (was a known miss)
    ("Le spécialiste bordelais du vin en ligne Vinozo est repris par le groupe Cordier Vins.",
     [("acquisition", "Cordier Vins:acquirer, Vinozo:target", None, P, "announced")]),
    # acquisitions: buyer as subject
    ("Le groupe Serval Industries rachète la PME bretonne Kerlan Composites pour 45 millions d'euros.",
     [("acquisition", "Serval Industries:acquirer, Kerlan Composites:target", (45_000_000, "EUR"), P, "announced")]),
    ("Maisonneuve Distribution a annoncé lundi l'acquisition de Lumio Habitat, un réseau de 80 magasins.",
     [("acquisition", "Maisonneuve Distribution:acquirer, Lumio Habitat:target", None, "2024-03-11", "announced")]),
    ("Le laboratoire Vitalis Pharma acquiert l'américain Brentwood Biologics pour 1,2 milliard de dollars.",
     [("acquisition", "Vitalis Pharma:acquirer, Brentwood Biologics:target", (1_200_000_000, "USD"), P, "announced")]),
    ("Ondine Capital met la main sur Batifer, spécialiste des charpentes métalliques.",
     [("acquisition", "Ondine Capital:acquirer, Batifer:target", None, P, "announced")]),
    ("Le géant du luxe Corvelle s'offre le joaillier italien Sartori Gioielli pour 2 Md€.",
     [("acquisition", "Corvelle:acquirer, Sartori Gioielli:target", (2_000_000_000, "EUR"), P, "announced")]),
    ("Agrinova prend le contrôle de la coopérative laitière Valfleuri.",
     [("acquisition", "Agrinova:acquirer, Valfleuri:target", None, P, "announced")]),
    ("Le transporteur Gérondel reprend les actifs de Transalp Logistique, placé en redressement "
     "judiciaire.",
     [("acquisition", "Gérondel:acquirer, Transalp Logistique:target", None, P, "announced")]),
    ("La Banque Postale absorbe sa filiale Postaval.",
     [("acquisition", "Banque Postale:acquirer, Postaval:target", None, P, "announced")]),
    ("Klaro Technologies a racheté mardi dernier l'éditeur de logiciels Novaxis.",
     [("acquisition", "Klaro Technologies:acquirer, Novaxis:target", None, "2024-03-12", "completed")]),
    ("Le fabricant de cycles Vélocia a acquis en 2019 son concurrent Roulib.",
     [("acquisition", "Vélocia:acquirer, Roulib:target", None, "2019", "completed")]),
    ("Le groupe familial Dumesnil s'est offert le chocolatier Cabosse & Fils.",
     [("acquisition", "Dumesnil:acquirer, Cabosse & Fils:target", None, P, "completed")]),
    ("L'assureur Mutalia va racheter le courtier Brévent Assurances pour 320 millions d'euros.",
     [("acquisition", "Mutalia:acquirer, Brévent Assurances:target", (320_000_000, "EUR"), P, "announced")]),
    ("Le spécialiste lyonnais de la robotique Automa rachète son concurrent grenoblois Robotix.",
     [("acquisition", "Automa:acquirer, Robotix:target", None, P, "announced")]),
    ("Crédit Agricole rachète la banque privée Delmont & Cie pour un montant non divulgué.",
     [("acquisition", "Crédit Agricole:acquirer, Delmont & Cie:target", None, P, "announced")]),
    ("BNP Paribas acquiert la fintech Paymint, spécialisée dans le paiement fractionné.",
     [("acquisition", "BNP Paribas:acquirer, Paymint:target", None, P, "announced")]),
    ("L'industriel Fontvieille a mis la main sur Technoplast pour environ 90 millions d'euros.",
     [("acquisition", "Fontvieille:acquirer, Technoplast:target", (90_000_000, "EUR"), P, "completed")]),
    ("Le groupe hôtelier Arvel prend le contrôle de la chaîne Hôtels Ginestet.",
     [("acquisition", "Arvel:acquirer, Hôtels Ginestet:target", None, P, "announced")]),
    ("Le distributeur Carmin rachète 100 % du capital de Maison Pradel.",
     [("acquisition", "Carmin:acquirer, Maison Pradel:target", None, P, "announced")]),
    ("Le cimentier Granitel a acquis 70 % de son homologue belge Béton Meuse.",
     [("acquisition", "Granitel:acquirer, Béton Meuse:target", None, P, "completed")]),
    ("Le numéro un français de la location de matériel, Locamat, rachète Hexaloc pour 150 millions "
     "d'euros.",
     [("acquisition", "Locamat:acquirer, Hexaloc:target", (150_000_000, "EUR"), P, "announced")]),
    ("Le québécois Érablière Boréale acquiert Sirops Laurentides pour 12 millions de dollars canadiens.",
     [("acquisition", "Érablière Boréale:acquirer, Sirops Laurentides:target", (12_000_000, "CAD"), P, "announced")]),
    ("Le groupe genevois Lémanis rachète l'horloger Vallorbe Montres pour 30 millions de francs suisses.",
     [("acquisition", "Lémanis:acquirer, Vallorbe Montres:target", (30_000_000, "CHF"), P, "announced")]),
    ("Le belge Escaut Logistics met la main sur le néerlandais Maasvracht.",
     [("acquisition", "Escaut Logistics:acquirer, Maasvracht:target", None, P, "announced")]),
    ("Le groupe Aubrac Santé a finalisé lundi le rachat de la clinique Saint-Aurèle.",
     [("acquisition", "Aubrac Santé:acquirer, Saint-Aurèle:target", None, "2024-03-11", "completed")]),
    ("Le constructeur Vaubois achète l'équipementier Carlux pour 250 M€.",
     [("acquisition", "Vaubois:acquirer, Carlux:target", (250_000_000, "EUR"), P, "announced")]),
    ("Le groupe Thermia reprend 100 % de sa filiale espagnole Calora Ibérica.",
     [("acquisition", "Thermia:acquirer, Calora Ibérica:target", None, P, "announced")]),
    ("Nouvelle acquisition pour Groupe Sorel : l'intégrateur rachète la société nantaise Digitane.",
     [("acquisition", "Groupe Sorel:acquirer, Digitane:target", None, P, "announced")]),
    # acquisitions: nominal
    ("Le rachat de Novelis Santé par Aubrac Santé a été bouclé mercredi.",
     [("acquisition", "Aubrac Santé:acquirer, Novelis Santé:target", None, "2024-03-13", "completed")]),
    ("Orbis Télécom a obtenu le feu vert de Bruxelles pour l'acquisition de Telsio.",
     [("acquisition", "Orbis Télécom:acquirer, Telsio:target", None, P, "announced")]),
    ("Le rachat de la start-up Quantiq par le géant américain Helixor, pour 800 millions de dollars, a "
     "surpris le marché.",
     [("acquisition", "Helixor:acquirer, Quantiq:target", (800_000_000, "USD"), P, "announced")]),
    # OPA / offers
    ("Le groupe Kerval lance une OPA sur Domibat à 24 euros par action, valorisant la cible 480 millions "
     "d'euros.",
     [("acquisition", "Kerval:acquirer, Domibat:target", (480_000_000, "EUR"), P, "announced")]),
    ("Solvane dépose une offre publique d'achat sur Chimex.",
     [("acquisition", "Solvane:acquirer, Chimex:target", None, P, "announced")]),
    ("Le fonds Ardane Capital a déposé une offre publique d'achat simplifiée visant Mecalor.",
     [("acquisition", "Ardane Capital:acquirer, Mecalor:target", None, P, "announced")]),
    ("Hexagone Médias lance une OPE sur son concurrent Radiofil.",
     [("acquisition", "Hexagone Médias:acquirer, Radiofil:target", None, P, "announced")]),
    ("Le conseil d'administration de Domibat recommande l'offre de Kerval.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "announced")]),
    # sales
    ("Le groupe Aldane cède sa filiale Aldane Emballages au fonds Mérieux Partners.",
     [("acquisition", "Mérieux Partners:acquirer, Aldane Emballages:target, Aldane:seller", None, P, "announced")]),
    ("Vinalis vend sa marque de spiritueux Ambré au britannique Whitlock Drinks pour 210 millions d'euros.",
     [("acquisition", "Whitlock Drinks:acquirer, Ambré:target, Vinalis:seller", (210_000_000, "EUR"), P, "announced")]),
    ("Le fonds Ardane Capital a cédé Batimo au groupe Vicat Habitat pour 95 millions d'euros.",
     [("acquisition",
       "Vicat Habitat:acquirer, Batimo:target, Ardane Capital:seller", (95_000_000, "EUR"), P, "completed")]),
    ("Mutalia a finalisé la vente de sa filiale belge Assurbel à Ethias Vie.",
     [("acquisition", "Ethias Vie:acquirer, Assurbel:target, Mutalia:seller", None, P, "completed")]),
    ("Tervane vend ses activités de nutrition animale à Coop Ouest pour 75 millions d'euros.",
     [("acquisition", "Coop Ouest:acquirer, Tervane:seller", (75_000_000, "EUR"), P, "announced")]),
    ("Le groupe Piermont a été cédé au fonds américain Carlow Equity.",
     [("acquisition", "Carlow Equity:acquirer, Piermont:target", None, P, "completed")]),
    ("Lumio Habitat passe sous le contrôle du groupe Maisonneuve.",
     [("acquisition", "Maisonneuve:acquirer, Lumio Habitat:target", None, P, "announced")]),
    # stakes / investments
    ("La Banque des Territoires entre au capital de la start-up Hydrogène Vert Normandie.",
     [("investment", "Banque des Territoires:investor, Hydrogène Vert Normandie:investee", None, P, "announced")]),
    ("Le fonds souverain Qalam Investment prend une participation de 20 % dans Solaris Énergies.",
     [("investment", "Qalam Investment:investor, Solaris Énergies:investee", None, P, "announced")]),
    ("Bpifrance porte sa participation dans Mecalor à 15 %.",
     [("investment", "Bpifrance:investor, Mecalor:investee", None, P, "announced")]),
    ("Le chinois Huaxin Motors devient l'actionnaire majoritaire de l'équipementier Carlux.",
     [("acquisition", "Huaxin Motors:acquirer, Carlux:target", None, P, "announced")]),
    ("Le fonds Tikehau Impact injecte 30 millions d'euros dans Recyclea.",
     [("investment", "Tikehau Impact:investor, Recyclea:investee", (30_000_000, "EUR"), P, "announced")]),
    ("Le constructeur Vaubois est entré au capital de Batterix à hauteur de 10 %.",
     [("investment", "Vaubois:investor, Batterix:investee", None, P, "completed")]),
    ("Le Crédit Mutuel Arkéa monte au capital de Fintalis.",
     [("investment", "Crédit Mutuel Arkéa:investor, Fintalis:investee", None, P, "announced")]),
    ("Le fonds Sofina a souscrit à l'augmentation de capital de Medinov pour 25 millions d'euros.",
     [("investment", "Sofina:investor, Medinov:investee", (25_000_000, "EUR"), P, "completed")]),
    # mergers
    ("Les mutuelles Solimut et Harmonis annoncent leur fusion.",
     [("merger", "Solimut:party, Harmonis:party", None, P, "announced")]),
    ("Kerlan Composites et Armor Fibres vont fusionner pour créer un leader européen.",
     [("merger", "Kerlan Composites:party, Armor Fibres:party", None, P, "announced")]),
    ("Le rapprochement entre Orbis Télécom et Telsio donnera naissance au troisième opérateur du pays.",
     [("merger", "Orbis Télécom:party, Telsio:party", None, P, "announced")]),
    ("Le mariage entre les deux coopératives agricoles Terrena Sud et Agrial Est est acté.",
     [("merger", "Terrena Sud:party, Agrial Est:party", None, P, "announced")]),
    ("Les banques régionales Caisse d'Épargne Loire et Caisse d'Épargne Centre ont fusionné le 1er "
     "janvier.",
     [("merger", "Caisse d'Épargne Loire:party, Caisse d'Épargne Centre:party", None, "2024-01-01", "completed")]),
    ("Vinalis et Cordier Vins convolent : les deux négociants bordelais fusionnent.",
     [("merger", "Vinalis:party, Cordier Vins:party", None, P, "announced")]),
    ("Projet de fusion entre Helvetia Transports et Rhône Cargo : les conseils ont approuvé l'opération.",
     [("merger", "Helvetia Transports:party, Rhône Cargo:party", None, P, "announced")]),
    ("La fusion de Mecalor avec Usitec sera soumise aux actionnaires en juin.",
     [("merger", "Mecalor:party, Usitec:party", None, P, "announced")]),
    ("Les deux assureurs Mutalia et Prévoyance Atlantique ont décidé de se rapprocher.",
     [("merger", "Mutalia:party, Prévoyance Atlantique:party", None, P, "announced")]),
    ("Le projet de fusion entre Domibat et Kerval a été abandonné vendredi.",
     [("merger", "Domibat:party, Kerval:party", None, "2024-03-08", "terminated")]),
    # funding rounds
    ("La start-up nantaise Cultivert lève 15 millions d'euros auprès de Partech et d'Eurazeo.",
     [("funding_round",
       "Cultivert:investee, Partech:investor, Eurazeo:investor", (15_000_000, "EUR"), P, "completed")]),
    ("La jeune pousse Medinov boucle un tour de table de 40 millions d'euros mené par le fonds Sofinnova.",
     [("funding_round", "Medinov:investee, Sofinnova:investor", (40_000_000, "EUR"), P, "completed")]),
    ("Paymint a levé 8 M€ en série A auprès de Kima Ventures.",
     [("funding_round", "Paymint:investee, Kima Ventures:investor", (8_000_000, "EUR"), P, "completed")]),
    ("Série B de 60 millions de dollars pour Quantiq, emmenée par le fonds américain Northgate.",
     [("funding_round", "Quantiq:investee, Northgate:investor", (60_000_000, "USD"), P, "completed")]),
    ("La fintech Fintalis annonce une levée de fonds de 25 millions d'euros, pilotée par Idinvest.",
     [("funding_round", "Fintalis:investee, Idinvest:investor", (25_000_000, "EUR"), P, "completed")]),
    ("Recyclea réalise une levée de 12 millions d'euros avec la participation de la Banque des "
     "Territoires.",
     [("funding_round", "Recyclea:investee, Banque des Territoires:investor", (12_000_000, "EUR"), P, "completed")]),
    ("La biotech genevoise Helvagen lève 30 millions de francs suisses.",
     [("funding_round", "Helvagen:investee", (30_000_000, "CHF"), P, "completed")]),
    ("Batterix a bouclé un tour de table de 100 millions d'euros, mené par Eurazeo et auquel participent "
     "ses investisseurs historiques.",
     [("funding_round", "Batterix:investee, Eurazeo:investor", (100_000_000, "EUR"), P, "completed")]),
    ("La pépite lilloise Ludimo a finalisé une série A de 7 M€ auprès de Breega.",
     [("funding_round", "Ludimo:investee, Breega:investor", (7_000_000, "EUR"), P, "completed")]),
    ("Nouveau tour de table pour Electo : la start-up a levé 45 millions d'euros mardi.",
     [("funding_round", "Electo:investee", (45_000_000, "EUR"), "2024-03-12", "completed")]),
    ("La medtech Cardiolis a réalisé une levée de fonds de 9 millions d'euros.",
     [("funding_round", "Cardiolis:investee", (9_000_000, "EUR"), P, "completed")]),
    ("La foodtech Miamia lève 4 millions d'euros en amorçage.",
     [("funding_round", "Miamia:investee", (4_000_000, "EUR"), P, "completed")]),
    # partnerships
    ("Orbis Télécom s'associe à Nuvio Cloud pour proposer une offre souveraine aux entreprises.",
     [("partnership", "Orbis Télécom:partner, Nuvio Cloud:partner", None, P, "announced")]),
    ("Vaubois et Batterix nouent un partenariat stratégique dans les batteries.",
     [("partnership", "Vaubois:partner, Batterix:partner", None, P, "announced")]),
    ("Le groupe Arvel a signé un accord de coopération avec l'office de tourisme Explore Québec.",
     [("partnership", "Arvel:partner, Explore Québec:partner", None, P, "announced")]),
    ("Alliance dans le fret : Gérondel et Rhône Cargo mutualisent leurs entrepôts.",
     [("partnership", "Gérondel:partner, Rhône Cargo:partner", None, P, "announced")]),
    ("La Banque des Territoires et Electo concluent un partenariat pour déployer 5 000 bornes.",
     [("partnership", "Banque des Territoires:partner, Electo:partner", None, P, "announced")]),
    ("Le laboratoire Vitalis Pharma noue une alliance avec la biotech Helvagen dans l'oncologie.",
     [("partnership", "Vitalis Pharma:partner, Helvagen:partner", None, P, "announced")]),
    ("Carmin renouvelle son partenariat avec la marque Maison Pradel.",
     [("partnership", "Carmin:partner, Maison Pradel:partner", None, P, "announced")]),
    ("Le groupe Lémanis s'allie au japonais Seiko Tanaka pour distribuer ses montres en Asie.",
     [("partnership", "Lémanis:partner, Seiko Tanaka:partner", None, P, "announced")]),
    # joint ventures
    ("Vaubois et Batterix créent une coentreprise pour produire des cellules en Moselle.",
     [("joint_venture", "Vaubois:partner, Batterix:partner", None, P, "announced")]),
    ("Aéris et Solvane lancent une filiale commune dédiée à l'hydrogène.",
     [("joint_venture", "Aéris:partner, Solvane:partner", None, P, "announced")]),
    ("Orbis Télécom et Nuvio Cloud vont créer une joint-venture détenue à parts égales.",
     [("joint_venture", "Orbis Télécom:partner, Nuvio Cloud:partner", None, P, "announced")]),
    ("Le groupe Granitel a constitué avec le belge Béton Meuse une société commune baptisée Granimeuse.",
     [("joint_venture", "Granitel:partner, Béton Meuse:partner", None, P, "announced")]),
    ("La joint-venture entre Agrinova et Coop Ouest sera opérationnelle en septembre.",
     [("joint_venture", "Agrinova:partner, Coop Ouest:partner", None, P, "announced")]),
    # contracts
    ("Le constructeur ferroviaire Ferralis décroche un contrat de 700 millions d'euros auprès de la SNCF.",
     [("contract", "SNCF:customer, Ferralis:supplier", (700_000_000, "EUR"), P, "announced")]),
    ("La RATP commande 40 rames de métro à Ferralis.",
     [("contract", "RATP:customer, Ferralis:supplier", None, P, "announced")]),
    ("Le ministère des Armées a attribué à Thalor un contrat de 300 millions d'euros pour des radars.",
     [("contract", "ministère des Armées:customer, Thalor:supplier", (300_000_000, "EUR"), P, "announced")]),
    ("Le groupement mené par Vinci Construction a été retenu par la Métropole de Lyon pour construire le "
     "nouveau pont.",
     [("contract", "Métropole de Lyon:customer, Vinci Construction:supplier", None, P, "announced")]),
    ("Ferralis a remporté l'appel d'offres de la Région Occitanie pour 18 trains régionaux.",
     [("contract", "Région Occitanie:customer, Ferralis:supplier", None, P, "announced")]),
    ("Hydro-Québec a octroyé à Éolia Canada un contrat d'approvisionnement de 400 mégawatts.",
     [("contract", "Hydro-Québec:customer, Éolia Canada:supplier", None, P, "announced")]),
    ("Nantes Métropole a attribué à Colas Est le marché public de 60 millions d'euros pour l'entretien des "
     "routes.",
     [("contract", "Nantes Métropole:customer, Colas Est:supplier", (60_000_000, "EUR"), P, "announced")]),
    ("Air Méridien commande dix A350 à Airbus pour 3 milliards de dollars.",
     [("contract", "Air Méridien:customer, Airbus:supplier", (3_000_000_000, "USD"), P, "announced")]),
    ("La compagnie belge Brussels Wings a signé une commande ferme portant sur 12 appareils d'Embraer.",
     [("contract", "Brussels Wings:customer, Embraer:supplier", None, P, "announced")]),
    ("Les CFF ont choisi Stadler Rail pour la livraison de 50 trains à deux niveaux.",
     [("contract", "CFF:customer, Stadler Rail:supplier", None, P, "announced")]),
    # IPOs
    ("La foncière Immovert a fait ses premiers pas à la Bourse de Paris jeudi.",
     [("ipo", "Immovert:issuer", None, P, "completed")]),
    ("Premier jour de cotation réussi pour Helvagen à la SIX Swiss Exchange : l'action a bondi de 12 %.",
     [("ipo", "Helvagen:issuer", None, P, "completed")]),
    ("L'entrée en Bourse de Nordika à Toronto est prévue pour le mois de mai.",
     [("ipo", "Nordika:issuer", None, P, "announced")]),
    ("Le groupe Vinalis a annoncé son intention de s'introduire en Bourse sur Euronext Growth.",
     [("ipo", "Vinalis:issuer", None, P, "announced")]),
    ("Siltek renonce à son introduction en Bourse en raison des conditions de marché.",
     [("ipo", "Siltek:issuer", None, P, "terminated")]),
    ("Le spécialiste des semi-conducteurs Siltek prépare son introduction en Bourse sur Euronext Paris.",
     [("ipo", "Siltek:issuer", None, P, "announced")]),
    # rumoured
    ("Selon des sources proches du dossier, Kerval serait en discussions pour racheter Usitec.",
     [("acquisition", "Kerval:acquirer, Usitec:target", None, P, "rumored")]),
    ("Vitalis Pharma lorgnerait le laboratoire Brentwood Biologics, selon l'agence Bloomberg.",
     [("acquisition", "Vitalis Pharma:acquirer, Brentwood Biologics:target", None, P, "rumored")]),
    ("Solvane et Chimex discutent d'un rapprochement, selon plusieurs sources.",
     [("merger", "Solvane:party, Chimex:party", None, P, "rumored")]),
    ("Le groupe Maisonneuve étudierait une offre sur son concurrent Carmin.",
     [("acquisition", "Maisonneuve:acquirer, Carmin:target", None, P, "rumored")]),
    ("Orbis Télécom pourrait mettre la main sur Telsio, affirment Les Echos.",
     [("acquisition", "Orbis Télécom:acquirer, Telsio:target", None, P, "rumored")]),
    ("Le groupe Danval aurait approché Cultivert pour un rachat, selon Reuters.",
     [("acquisition", "Danval:acquirer, Cultivert:target", None, P, "rumored")]),
    # terminated
    ("Kerval abandonne son projet de rachat de Domibat.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "terminated")]),
    ("Vitalis Pharma renonce à acquérir Brentwood Biologics face à l'opposition des autorités.",
     [("acquisition", "Vitalis Pharma:acquirer, Brentwood Biologics:target", None, P, "terminated")]),
    ("Le rachat de Telsio par Orbis Télécom a été bloqué par la Commission européenne.",
     [("acquisition", "Orbis Télécom:acquirer, Telsio:target", None, P, "terminated")]),
    ("La fusion entre Solimut et Harmonis a capoté mardi.",
     [("merger", "Solimut:party, Harmonis:party", None, "2024-03-12", "terminated")]),
    ("Kerval a retiré son offre sur Usitec.",
     [("acquisition", "Kerval:acquirer, Usitec:target", None, P, "terminated")]),
    # completed
    ("Aéris a finalisé l'acquisition de Hollgas le 3 mars.",
     [("acquisition", "Aéris:acquirer, Hollgas:target", None, "2024-03-03", "completed")]),
    ("Le rachat de Roulib par Vélocia est désormais effectif.",
     [("acquisition", "Vélocia:acquirer, Roulib:target", None, P, "completed")]),
    ("L'Autorité de la concurrence a donné son feu vert au rachat de Lumio Habitat par Maisonneuve "
     "Distribution.",
     [("acquisition", "Maisonneuve Distribution:acquirer, Lumio Habitat:target", None, P, "announced")]),
    ("La finalisation de l'acquisition de Carlux par Vaubois est intervenue le 29 février.",
     [("acquisition", "Vaubois:acquirer, Carlux:target", None, "2024-02-29", "completed")]),
    # descriptions, pronouns, apposition (2-3 sentences)
    ("Fondée en 2015 à Lyon, Captelia conçoit des capteurs pour l'industrie. La société a été rachetée par "
     "le groupe allemand Sensorwerk.",
     [("acquisition", "Sensorwerk:acquirer, Captelia:target", None, P, "completed")]),
    ("Le groupe Serval Industries poursuit ses emplettes. Il rachète le fabricant de vannes Hydrovan pour "
     "60 millions d'euros.",
     [("acquisition", "Serval Industries:acquirer, Hydrovan:target", (60_000_000, "EUR"), P, "announced")]),
    ("Klaro Technologies change de dimension. L'entreprise met la main sur Novaxis, son principal "
     "concurrent.",
     [("acquisition", "Klaro Technologies:acquirer, Novaxis:target", None, P, "announced")]),
    ("Helvagen, une biotech genevoise, lève 20 millions de francs suisses. Elle compte recruter une "
     "trentaine de chercheurs.",
     [("funding_round", "Helvagen:investee", (20_000_000, "CHF"), P, "completed")]),
    ("La PME alsacienne Vitrex fabrique des vitrages techniques. Elle passe sous le contrôle du belge "
     "Glaverbel Industries.",
     [("acquisition", "Glaverbel Industries:acquirer, Vitrex:target", None, P, "announced")]),
    ("Corvelle, le numéro un mondial du luxe, rachète Maison Léonie. Le géant déboursera 500 millions "
     "d'euros.",
     [("acquisition", "Corvelle:acquirer, Maison Léonie:target", (500_000_000, "EUR"), P, "announced")]),
    ("Le fabricant de skis Alpinor, basé à Annecy, a été racheté par le fonds Ardane Capital.",
     [("acquisition", "Ardane Capital:acquirer, Alpinor:target", None, P, "completed")]),
    ("Cultivert, la start-up qui fait pousser des salades en ville, est rachetée par Danval.",
     [("acquisition", "Danval:acquirer, Cultivert:target", None, P, "announced")]),
    ("Mecalor, sous-traitant aéronautique toulousain, tombe dans l'escarcelle de l'américain Aerotech "
     "Holdings.",
     [("acquisition", "Aerotech:acquirer, Mecalor:target", None, P, "announced")]),
    # dates and amounts variety
    ("En début d'année, Granitel avait racheté le carrier vosgien Pierres de Saulxures.",
     [("acquisition", "Granitel:acquirer, Pierres de Saulxures:target", None, "2024", "completed")]),
    ("Vaubois a annoncé le 5 mars l'acquisition de Batterix pour 1,1 milliard d'euros.",
     [("acquisition", "Vaubois:acquirer, Batterix:target", (1_100_000_000, "EUR"), "2024-03-05", "announced")]),
    ("Le groupe Arvel rachète Hôtels Ginestet. La transaction, d'un montant de 140 millions d'euros, "
     "devrait être finalisée fin 2024.",
     [("acquisition", "Arvel:acquirer, Hôtels Ginestet:target", (140_000_000, "EUR"), P, "announced")]),
    ("Mardi, le groupe Thermia a annoncé le rachat de Calora pour 35 millions d'euros.",
     [("acquisition", "Thermia:acquirer, Calora:target", (35_000_000, "EUR"), "2024-03-12", "announced")]),
    ("Le montant de la transaction n'a pas été dévoilé. Orbis Télécom rachète Telsio.",
     [("acquisition", "Orbis Télécom:acquirer, Telsio:target", None, P, "announced")]),
    # second batch: more phrasings per type
    ("Le fonds Ardane Capital lance une offre publique d'achat sur la totalité des actions de Mecalor.",
     [("acquisition", "Ardane Capital:acquirer, Mecalor:target", None, P, "announced")]),
    ("Le groupe Kerval a annoncé jeudi une offre publique d'échange sur Usitec.",
     [("acquisition", "Kerval:acquirer, Usitec:target", None, P, "announced")]),
    ("L'opérateur Orbis Télécom rachète le réseau de fibre de Telsio pour 1,8 milliard d'euros.",
     [("acquisition", "Orbis Télécom:acquirer, Telsio:seller", (1_800_000_000, "EUR"), P, "announced")]),
    ("Le promoteur immobilier Nexity Sud s'offre le spécialiste des résidences seniors Domitys Ouest.",
     [("acquisition", "Nexity Sud:acquirer, Domitys Ouest:target", None, P, "announced")]),
    ("Le groupe agroalimentaire Savencia Terroirs met la main sur la fromagerie Mons Affinage.",
     [("acquisition", "Savencia Terroirs:acquirer, Mons Affinage:target", None, P, "announced")]),
    ("Racheté par Corvelle en 2020, le parfumeur Eau de Lune change de patron.",
     [("acquisition", "Corvelle:acquirer, Eau de Lune:target", None, "2020", "completed")]),
    ("Le groupe Thermia a pris le contrôle de l'équipementier Radiantec en rachetant 80 % de son capital.",
     [("acquisition", "Thermia:acquirer, Radiantec:target", None, P, "completed")]),
    ("Hexagone Médias a cédé ses radios locales au groupe Indés Radio Ouest pour 40 millions d'euros.",
     [("acquisition", "Indés Radio Ouest:acquirer, Hexagone Médias:seller", (40_000_000, "EUR"), P, "completed")]),
    ("Le japonais Nippon Seimitsu vend sa filiale française Seimitsu France au groupe Automa.",
     [("acquisition", "Automa:acquirer, Seimitsu France:target, Nippon Seimitsu:seller", None, P, "announced")]),
    ("Bpifrance entre au capital du fabricant de drones Aérodrone à hauteur de 15 millions d'euros.",
     [("investment", "Bpifrance:investor, Aérodrone:investee", (15_000_000, "EUR"), P, "announced")]),
    ("Le géant saoudien Petra Invest prend 10 % du capital de Solaris Énergies.",
     [("investment", "Petra Invest:investor, Solaris Énergies:investee", None, P, "announced")]),
    ("Le fonds Eurazeo a investi 40 millions d'euros dans la marque de cosmétiques Sélène.",
     [("investment", "Eurazeo:investor, Sélène:investee", (40_000_000, "EUR"), P, "completed")]),
    ("Le groupe Danval porte sa participation dans Cultivert à 35 %.",
     [("investment", "Danval:investor, Cultivert:investee", None, P, "announced")]),
    ("La région Bretagne, via son fonds Breizh Up, entre au capital de la start-up Kerlan Composites.",
     [("investment", "Breizh Up:investor, Kerlan Composites:investee", None, P, "announced")]),
    ("Les deux laboratoires Vitalis Pharma et Medinov fusionnent pour créer un champion de la santé.",
     [("merger", "Vitalis Pharma:party, Medinov:party", None, P, "announced")]),
    ("Le mariage de Gérondel et de Transalp Logistique donne naissance à un groupe de 3 000 salariés.",
     [("merger", "Gérondel:party, Transalp Logistique:party", None, P, "announced")]),
    ("La start-up Greenloop annonce une levée de fonds de 6 millions d'euros auprès de Demeter et de la "
     "Banque des Territoires.",
     [("funding_round",
       "Greenloop:investee, Demeter:investor, Banque des Territoires:investor", (6_000_000, "EUR"), P, "completed")]),
    ("Tour de table de 22 millions d'euros pour Cardiolis, mené par Sofinnova Partners.",
     [("funding_round", "Cardiolis:investee, Sofinnova Partners:investor", (22_000_000, "EUR"), P, "completed")]),
    ("La jeune pousse parisienne Ludimo lève 3 millions d'euros auprès de ses investisseurs historiques.",
     [("funding_round", "Ludimo:investee", (3_000_000, "EUR"), P, "completed")]),
    ("Le laboratoire Vitalis Pharma et l'Inserm signent un accord de collaboration de recherche.",
     [("partnership", "Vitalis Pharma:partner, Inserm:partner", None, P, "announced")]),
    ("Nuvio Cloud noue un partenariat avec Orange Business pour les PME.",
     [("partnership", "Nuvio Cloud:partner, Orange Business:partner", None, P, "announced")]),
    ("Partenariat stratégique entre Aéris et Solvane dans l'hydrogène vert.",
     [("partnership", "Aéris:partner, Solvane:partner", None, P, "announced")]),
    ("Ferralis et Siemens Mobility créent une société commune pour la signalisation ferroviaire.",
     [("joint_venture", "Ferralis:partner, Siemens Mobility:partner", None, P, "announced")]),
    ("Le groupe Arvel confie à Klaro Technologies la gestion de son système de réservation.",
     [("contract", "Arvel:customer, Klaro Technologies:supplier", None, P, "announced")]),
    ("Immovert a fait son entrée sur Euronext Paris mardi.",
     [("ipo", "Immovert:issuer", None, "2024-03-12", "completed")]),
    ("Le fabricant de batteries Batterix vise une introduction en Bourse à Paris d'ici la fin de l'année.",
     [("ipo", "Batterix:issuer", None, P, "announced")]),
    ("Selon Le Figaro, Corvelle serait sur le point de racheter Maison Léonie.",
     [("acquisition", "Corvelle:acquirer, Maison Léonie:target", None, P, "rumored")]),
    ("Maisonneuve serait intéressé par le rachat de Lumio Habitat, d'après des sources concordantes.",
     [("acquisition", "Maisonneuve:acquirer, Lumio Habitat:target", None, P, "rumored")]),
    ("Le projet de rachat de Chimex par Solvane a été abandonné face aux exigences de Bruxelles.",
     [("acquisition", "Solvane:acquirer, Chimex:target", None, P, "terminated")]),
    ("Greenloop et Recyclea ont mis fin à leur projet de fusion.",
     [("merger", "Greenloop:party, Recyclea:party", None, P, "terminated")]),
    ("Ferralis remporte un contrat de 800 millions d'euros pour la fourniture de 12 rames à Île-de-France "
     "Mobilités.",
     [("contract", "Ferralis:supplier, Île-de-France Mobilités:customer", (800_000_000, "EUR"), P, "announced")]),
    ("La start-up bordelaise Ludimo conçoit des jeux éducatifs. La jeune pousse a levé 2 millions d'euros "
     "auprès de Kima Ventures.",
     [("funding_round", "Ludimo:investee, Kima Ventures:investor", (2_000_000, "EUR"), P, "completed")]),
    # the money a listing raised is the listing's: its cue bounds no window (fixed by the status round)
    ("Batterix a levé 300 millions d'euros lors de son introduction en Bourse, la plus importante de "
     "l'année à Paris.",
     [("ipo", "Batterix:issuer", (300_000_000, "EUR"), P, "completed")]),
    ("L'IPO de Siltek a permis de lever 150 millions d'euros.",
     [("ipo", "Siltek:issuer", (150_000_000, "EUR"), P, "completed")]),
    ("Le fonds Ardane Capital est entré en négociations exclusives avec Orvanne pour le rachat de sa "
     "filiale Orvanne Chimie.",
     [("acquisition", "Ardane Capital:acquirer, Orvanne Chimie:target, Orvanne:seller", None, P, "rumored")]),
    # issue 3 (crossparty): a year inside a relative clause before the cue dates that clause's deal only
    ("Le groupe Sorel, qui avait racheté Digitane en 2021, s'offre aujourd'hui Cloudia pour 22 millions "
     "d'euros.",
     [("acquisition", "Sorel:acquirer, Digitane:target", None, "2021", "completed"),
      ("acquisition", "Sorel:acquirer, Cloudia:target", (22_000_000, "EUR"), P, "announced")]),
    ("Thalor s'est vu confier par la DGA la modernisation des radars de la Marine.",  # read since contracts2
     [("contract", "DGA:customer, Thalor:supplier", None, P, "announced")]),
    ("La société d'investissement Talvane Partners acquiert une participation majoritaire dans Bioverde.",
     [("acquisition", "Talvane Partners:acquirer, Bioverde:target", None, P, "announced")]),
    # issue 3 (lexicon_fr_es): "croquer" and "a bouclé la reprise de" read since the French cue coverage round
    ("Le leader mondial des gaz industriels Aéris croque le néerlandais Hollgas pour 600 millions d'euros.",
     [("acquisition", "Aéris:acquirer, Hollgas:target", (600_000_000, "EUR"), P, "announced")]),
    ("Mutalia a bouclé la reprise du courtier Brévent Assurances.",
     [("acquisition", "Mutalia:acquirer, Brévent Assurances:target", None, P, "completed")]),
    # issue 3 (rounds7): a stake's firm after the cue's preposition, an article and a description between them
    ("Le groupe Danval a pris une participation minoritaire dans la jeune pousse Cultivert.",
     [("investment", "Danval:investor, Cultivert:investee", None, P, "completed")]),
    # issue 3 (datesAB): a closing the deal "doit être finalisée" at is a forecast (was a known miss)
    ("La prise de contrôle de Valmer par le fonds Ardane Capital doit être finalisée au deuxième "
     "trimestre.",
     [("acquisition", "Ardane Capital:acquirer, Valmer:target", None, P, "announced")]),
    # topic B (F1.2): a town after "de" is a place ("Lyon" is one now), so the court's town buys nothing
    ("Le tribunal de commerce de Lyon a retenu l'offre de reprise de Gérondel pour Transalp Logistique.",
     [("acquisition", "Gérondel:acquirer, Transalp Logistique:target", None, P, "announced")]),
    # session 29 (spanish2): a power purchase agreement's signer sells its output (was a known miss)
    ("EDF Renouvelables a signé un contrat d'achat d'électricité avec Solvane.",
     [("contract", "Solvane:customer, EDF Renouvelables:supplier", None, P, "announced")]),
]

FRENCH_MISSES = [  # sentence, expected events, what the extractor gives instead
    ("Le groupe de presse Éditions Marceau s'empare du magazine Horizons.",
     [("acquisition", "Éditions Marceau:acquirer, Horizons:target", None, P, "announced")],
     "no acquisition [('Horizons', 'target'), ('Éditions Marceau', 'acquirer')]"),
    ("L'acquisition de Telsio par Orbis Télécom, annoncée en janvier, est désormais effective.",
     [("acquisition", "Orbis Télécom:acquirer, Telsio:target", None, P, "completed")],
     "date 2024-01"),
    ("Montant de l'opération : 410 millions d'euros. Le rachat de Brisa Foods par Granola Group sera "
     "financé par de la dette.",
     [("acquisition", "Granola:acquirer, Brisa Foods:target", (410_000_000, "EUR"), P, "announced")],
     "amount None"),
    ("L'OPA de Kerval sur Domibat a été un succès : l'initiateur détient désormais 94 % du capital.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "completed")],
     "status announced"),
    ("Le groupe Orvanne se sépare de sa division chimie, reprise par l'allemand Kemper Werke.",
     [("acquisition", "Kemper Werke:acquirer, Orvanne:seller", None, P, "announced")],
     "no acquisition [('Kemper Werke', 'acquirer'), ('Orvanne', 'seller')]"),
    ("La cession de sa filiale Fibrelec à Nexans Câbles permettra à Électra de se désendetter.",
     [("acquisition", "Nexans Câbles:acquirer, Fibrelec:target, Électra:seller", None, P, "announced")],
     "no acquisition [('Fibrelec', 'target'), ('Nexans Câbles', 'acquirer'), ('Électra', 'seller')]; also "
     "acquisition [('Fibrelec', 'seller'), ('Nexans Câbles', 'acquirer')]"),
    ("L'État cède 10 % du capital de Aéroports de Lyon à la Caisse des dépôts.",
     [("investment", "Caisse des dépôts:investor, Aéroports de Lyon:investee", None, P, "announced")],
     "no investment [('Aéroports de Lyon', 'investee'), ('Caisse des dépôts', 'investor')]; also "
     "investment [('Aéroports de Lyon', 'investee'), ('Caisse', 'investor')]"),
    ("Le groupe Kerval porte sa participation dans Domibat à 62 % et en devient l'actionnaire majoritaire.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "announced")],
     "no acquisition [('Domibat', 'target'), ('Kerval', 'acquirer')]; also investment [('Domibat', "
     "'investee'), ('Kerval', 'investor')]"),
    ("La Caisse des dépôts investit 50 millions d'euros dans le réseau de bornes Electo.",
     [("investment", "Caisse des dépôts:investor, Electo:investee", (50_000_000, "EUR"), P, "announced")],
     "no investment [('Caisse des dépôts', 'investor'), ('Electo', 'investee')]; also investment "
     "[('Caisse', 'investor'), ('Electo', 'investee')]"),
    ("La Caisse de dépôt et placement du Québec acquiert une participation de 30 % dans Énergir Solaire.",
     [("investment",
       "Caisse de dépôt et placement du Québec:investor, Énergir Solaire:investee", None, P, "announced")],
     "no investment [('Caisse de dépôt et placement du Québec', 'investor'), ('Énergir Solaire', "
     "'investee')]; also investment [('Caisse', 'investor'), ('Énergir Solaire', 'investee')]"),
    ("Solaris Énergies accueille à son capital le fonds Meridiam, qui prend 25 % de l'entreprise.",
     [("investment", "Meridiam:investor, Solaris Énergies:investee", None, P, "announced")],
     "no investment [('Meridiam', 'investor'), ('Solaris Énergies', 'investee')]"),
    ("La start-up montréalaise Nordika a obtenu un financement de 20 millions de dollars canadiens.",
     [("funding_round", "Nordika:investee", (20_000_000, "CAD"), P, "completed")],
     "no funding_round [('Nordika', 'investee')]"),
    ("Le fonds Serena a mené le tour de table de 18 millions d'euros de Cultivert.",
     [("funding_round", "Cultivert:investee, Serena:investor", (18_000_000, "EUR"), P, "completed")],
     "no funding_round [('Cultivert', 'investee'), ('Serena', 'investor')]; also funding_round "
     "[('Cultivert', 'investor'), ('Serena', 'investee')]"),
    ("Klaro Technologies signe un accord avec Nuvio Cloud pour héberger ses données en France.",
     [("partnership", "Klaro Technologies:partner, Nuvio Cloud:partner", None, P, "announced")],
     "no partnership [('Klaro Technologies', 'partner'), ('Nuvio Cloud', 'partner')]"),
    ("Medinov et l'Institut Curie collaborent depuis 2021 sur les thérapies ciblées.",
     [("partnership", "Medinov:partner, Institut Curie:partner", None, "2021", "ongoing")],
     "no partnership [('Institut Curie', 'partner'), ('Medinov', 'partner')]"),
    ("Naval Atlantique remporte un contrat de 1,5 milliard d'euros pour la fourniture de quatre frégates à "
     "la Marine nationale.",
     [("contract", "Naval Atlantique:supplier, Marine nationale:customer", (1_500_000_000, "EUR"), P, "announced")],
     "no contract [('Marine nationale', 'customer'), ('Naval Atlantique', 'supplier')]; also contract "
     "[('Marine', 'customer'), ('Naval Atlantique', 'supplier')]"),
    ("Air Méridien a passé commande de 20 Airbus A320neo.",
     [("contract", "Air Méridien:customer, Airbus:supplier", None, P, "announced")],
     "no contract [('Air Méridien', 'customer'), ('Airbus', 'supplier')]; also contract [('Air Méridien', "
     "'customer'), ('Airbus A320neo', 'supplier')]"),
    ("Notifié par la DGA, le contrat de 120 millions d'euros porte sur la fourniture de drones par "
     "Aérodrone.",
     [("contract", "DGA:customer, Aérodrone:supplier", (120_000_000, "EUR"), P, "announced")],
     "no contract [('Aérodrone', 'supplier'), ('DGA', 'customer')]"),
    ("Klaro Technologies signe un contrat avec la Banque de France pour la refonte de son système "
     "d'information.",
     [("contract", "Banque de France:customer, Klaro Technologies:supplier", None, P, "announced")],
     "no contract [('Banque de France', 'customer'), ('Klaro Technologies', 'supplier')]; also contract "
     "[('Banque de France', 'supplier'), ('Klaro Technologies', 'customer')]"),
    ("Ferralis livrera 30 tramways à la Société de transport de Montréal, pour 520 millions de dollars "
     "canadiens.",
     [("contract",
       "Ferralis:supplier, Société de transport de Montréal:customer", (520_000_000, "CAD"), P, "announced")],
     "no contract [('Ferralis', 'supplier'), ('Société de transport de Montréal', 'customer')]"),
    ("La cotation de Ludimo sur Euronext Growth débutera le 21 mars.",
     [("ipo", "Ludimo:issuer", None, P, "announced")],
     "no ipo [('Ludimo', 'issuer')]"),
    ("D'après nos informations, le groupe Corvelle envisagerait de céder sa marque Lysée.",
     [("acquisition", "Lysée:target, Corvelle:seller", None, P, "rumored")],
     "no acquisition [('Corvelle', 'seller'), ('Lysée', 'target')]"),
    ("Des négociations seraient en cours entre Lémanis et Vallorbe Montres en vue d'un rachat.",
     [("acquisition", "Lémanis:acquirer, Vallorbe Montres:target", None, P, "rumored")],
     "no acquisition [('Lémanis', 'acquirer'), ('Vallorbe Montres', 'target')]"),
    ("Agrinova est en pourparlers avec Valfleuri en vue d'un rachat.",
     [("acquisition", "Agrinova:acquirer, Valfleuri:target", None, P, "rumored")],
     "no acquisition [('Agrinova', 'acquirer'), ('Valfleuri', 'target')]"),
    ("Ardane Capital a rompu les négociations avec Orvanne sur la reprise de sa filiale chimie.",
     [("acquisition", "Ardane Capital:acquirer, Orvanne:seller", None, P, "terminated")],
     "no acquisition [('Ardane Capital', 'acquirer'), ('Orvanne', 'seller')]"),
    ("Faute d'accord sur le prix, Maisonneuve jette l'éponge dans le dossier Carmin.",
     [("acquisition", "Maisonneuve:acquirer, Carmin:target", None, P, "terminated")],
     "no acquisition [('Carmin', 'target'), ('Maisonneuve', 'acquirer')]"),
    ("Nordika développe des logiciels de gestion forestière. La jeune pousse a levé 5 millions de dollars "
     "canadiens auprès de Desjardins Capital.",
     [("funding_round", "Nordika:investee, Desjardins Capital:investor", (5_000_000, "CAD"), P, "completed")],
     "no funding_round [('Desjardins Capital', 'investor'), ('Nordika', 'investee')]"),
    ("Ferralis a décroché une commande de 200 millions d'euros. Le constructeur livrera 25 trains à la "
     "Société des transports intercommunaux de Bruxelles.",
     [("contract",
       "Ferralis:supplier, Société des transports intercommunaux de Bruxelles:customer",
       (200_000_000, "EUR"), P, "announced")],
     "no contract [('Ferralis', 'supplier'), ('Société des transports intercommunaux de Bruxelles', "
     "'customer')]"),
    ("Le distributeur Carmin a trouvé un repreneur. Le groupe Maisonneuve rachète l'enseigne pour 80 "
     "millions d'euros.",
     [("acquisition", "Maisonneuve:acquirer, Carmin:target", (80_000_000, "EUR"), P, "announced")],
     "no acquisition [('Carmin', 'target'), ('Maisonneuve', 'acquirer')]"),
    ("Usitec a rejeté l'offre de rachat de Kerval, jugée trop basse.",
     [("acquisition", "Kerval:acquirer, Usitec:target", None, P, "terminated")],
     "status announced"),
    ("Le groupe de BTP Batimo acquiert la totalité du capital de l'entreprise de terrassement Duroc.",
     [("acquisition", "Batimo:acquirer, Duroc:target", None, P, "announced")],
     "no acquisition [('Batimo', 'acquirer'), ('Duroc', 'target')]"),
    ("La Caisse des dépôts devient l'actionnaire majoritaire de la foncière Immovert.",
     [("acquisition", "Caisse des dépôts:acquirer, Immovert:target", None, P, "announced")],
     "no acquisition [('Caisse des dépôts', 'acquirer'), ('Immovert', 'target')]; also acquisition "
     "[('Caisse', 'acquirer'), ('Immovert', 'target')]"),
    ("Mutalia se sépare de sa filiale d'assistance Assistel, reprise par Europ Aide.",
     [("acquisition", "Europ Aide:acquirer, Assistel:target, Mutalia:seller", None, P, "announced")],
     "no acquisition [('Assistel', 'target'), ('Europ Aide', 'acquirer'), ('Mutalia', 'seller')]; also "
     "acquisition [('Assistel', 'target'), ('Europ Aide', 'acquirer')]"),
    ("Fusion actée entre les mutuelles Solimut et Harmonis, qui forment désormais un seul groupe.",
     [("merger", "Solimut:party, Harmonis:party", None, P, "completed")],
     "status announced"),
    ("La start-up québécoise Nordika conclut une ronde de financement de 15 M$ CA menée par Investissement "
     "Québec.",
     [("funding_round", "Nordika:investee, Investissement Québec:investor", (15_000_000, "CAD"), P, "completed")],
     # issue 3 (stakes6): "Investissement" inside the name is no cue: the fund is read, the false stake gone
     "no funding_round [('Investissement Québec', 'investor'), ('Nordika', 'investee')]; also "
     "funding_round [('CA', 'investor'), ('Investissement Québec', 'investor'), ('Nordika', 'investee')]"),
    ("Greenloop a bouclé mardi une série B de 35 millions d'euros.",
     [("funding_round", "Greenloop:investee", (35_000_000, "EUR"), "2024-03-12", "completed")],
     "no funding_round [('Greenloop', 'investee')]"),
    ("Le chimiste Solvane s'associe au saoudien Petra Invest au sein d'une coentreprise.",
     [("joint_venture", "Solvane:partner, Petra Invest:partner", None, P, "announced")],
     "no joint_venture [('Petra Invest', 'partner'), ('Solvane', 'partner')]; also partnership [('Petra "
     "Invest', 'partner'), ('Solvane', 'partner')]"),
    ("Thalor se voit confier par la Marine nationale la maintenance de ses sonars pour 90 millions "
     "d'euros.",
     [("contract", "Marine nationale:customer, Thalor:supplier", (90_000_000, "EUR"), P, "announced")],
     "no contract [('Marine nationale', 'customer'), ('Thalor', 'supplier')]; also contract [('Marine', "
     "'customer'), ('Thalor', 'supplier')]"),
    ("Aérodrone a été retenu par l'armée de Terre pour fournir 200 drones de reconnaissance.",
     [("contract", "armée de Terre:customer, Aérodrone:supplier", None, P, "announced")],
     "no contract [('Aérodrone', 'supplier'), ('armée de Terre', 'customer')]"),
    ("Nouvelle commande pour Ferralis : la Société de transport de Montréal lui commande 20 voitures de "
     "métro.",
     [("contract", "Société de transport de Montréal:customer, Ferralis:supplier", None, P, "announced")],
     "no contract [('Ferralis', 'supplier'), ('Société de transport de Montréal', 'customer')]"),
    ("La SNCF a passé une commande de 2 milliards d'euros à Ferralis pour des TGV.",
     [("contract", "SNCF:customer, Ferralis:supplier", (2_000_000_000, "EUR"), P, "announced")],
     "no contract [('Ferralis', 'supplier'), ('SNCF', 'customer')]; also contract [('Ferralis', "
     "'supplier'), ('SNCF', 'customer'), ('TGV', 'supplier')]"),
    ("Greenloop a été introduite en Bourse sur Euronext Growth le 7 mars.",
     [("ipo", "Greenloop:issuer", None, "2024-03-07", "completed")],
     "status announced"),
    ("Batimo a finalisé le 1er mars la reprise du groupe Duroc.",
     [("acquisition", "Batimo:acquirer, Duroc:target", None, "2024-03-01", "completed")],
     "no acquisition [('Batimo', 'acquirer'), ('Duroc', 'target')]"),
    ("Le groupe Kerval est désormais propriétaire de Domibat, après le succès de son OPA.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "completed")],
     "no acquisition [('Domibat', 'target'), ('Kerval', 'acquirer')]"),
]


SPANISH = [
    # adquisiciones
    ("El grupo Serval Industrias compra la empresa gallega Kerlan Composites por 45 millones de euros.",
     [("acquisition", "Serval Industrias:acquirer, Kerlan Composites:target", (45_000_000, "EUR"), P, "announced")]),
    ("Maisonneuve Retail anunció el lunes la adquisición de Lumio Hogar, una cadena de 80 tiendas.",
     [("acquisition", "Maisonneuve Retail:acquirer, Lumio Hogar:target", None, "2024-03-11", "announced")]),
    ("La farmacéutica Vitalis Pharma adquiere la estadounidense Brentwood Biologics por 1.200 millones de "
     "dólares.",
     [("acquisition", "Vitalis Pharma:acquirer, Brentwood Biologics:target", (1_200_000_000, "USD"), P, "announced")]),
    ("Ondine Capital se hace con Batifer, especialista en estructuras metálicas.",
     [("acquisition", "Ondine Capital:acquirer, Batifer:target", None, P, "announced")]),
    ("Agrinova toma el control de la cooperativa láctea Valfresco.",
     [("acquisition", "Agrinova:acquirer, Valfresco:target", None, P, "announced")]),
    ("Klaro Tecnologías compró el pasado martes la desarrolladora de software Novaxis.",
     [("acquisition", "Klaro Tecnologías:acquirer, Novaxis:target", None, "2024-03-12", "completed")]),
    ("La aseguradora Mutalia comprará la correduría Brevent Seguros por 320 millones de euros.",
     [("acquisition", "Mutalia:acquirer, Brevent Seguros:target", (320_000_000, "EUR"), P, "announced")]),
    ("El fondo Ardane Capital lanza una opa sobre Mecalor a 24 euros por acción.",
     [("acquisition", "Ardane Capital:acquirer, Mecalor:target", None, P, "announced")]),
    ("Solvane presenta una oferta pública de adquisición por el 100% de Quimex.",
     [("acquisition", "Solvane:acquirer, Quimex:target", None, P, "announced")]),
    ("La compra de Telsio por parte de Orbis Telecom se cerró el miércoles.",
     [("acquisition", "Orbis Telecom:acquirer, Telsio:target", None, "2024-03-13", "completed")]),
    ("Aubrac Salud ha completado la adquisición de la clínica San Aurelio.",
     [("acquisition", "Aubrac Salud:acquirer, San Aurelio:target", None, P, "completed")]),
    ("El grupo Aldane vende su filial Aldane Envases al fondo Merino Partners.",
     [("acquisition", "Merino Partners:acquirer, Aldane Envases:target, Aldane:seller", None, P, "announced")]),
    ("Vinalis vende su marca de licores Ambar a la británica Whitlock Drinks por 210 millones de euros.",
     [("acquisition", "Whitlock Drinks:acquirer, Ambar:target, Vinalis:seller", (210_000_000, "EUR"), P, "announced")]),
    ("El fondo Ardane Capital ha vendido Batimo al grupo Vicat Hogar por 95 millones de euros.",
     [("acquisition",
       "Vicat Hogar:acquirer, Batimo:target, Ardane Capital:seller", (95_000_000, "EUR"), P, "completed")]),
    ("Lumio Hogar pasa a manos del grupo Maisonneuve.",
     [("acquisition", "Maisonneuve:acquirer, Lumio Hogar:target", None, P, "announced")]),
    ("El grupo Thermia se ha hecho con el 80% de Radiantec.",
     [("acquisition", "Thermia:acquirer, Radiantec:target", None, P, "completed")]),
    # participaciones e inversiones
    ("El fondo soberano Qalam Investment toma una participación del 20% en Solaris Energía.",
     [("investment", "Qalam Investment:investor, Solaris Energía:investee", None, P, "announced")]),
    ("Cofides invierte 50 millones de euros en la red de cargadores Electo.",
     [("investment", "Cofides:investor, Electo:investee", (50_000_000, "EUR"), P, "announced")]),
    ("El grupo Danval entra en el capital de la start-up Cultiverde.",
     [("investment", "Danval:investor, Cultiverde:investee", None, P, "announced")]),
    ("Criteria eleva su participación en Mecalor hasta el 15%.",
     [("investment", "Criteria:investor, Mecalor:investee", None, P, "announced")]),
    ("El grupo Kerval se convierte en el accionista mayoritario de Domibat.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "announced")]),
    # fusiones
    ("Las aseguradoras Solimut y Harmonia anuncian su fusión.",
     [("merger", "Solimut:party, Harmonia:party", None, P, "announced")]),
    ("Kerlan Composites y Armor Fibras se fusionarán para crear un líder europeo.",
     [("merger", "Kerlan Composites:party, Armor Fibras:party", None, P, "announced")]),
    ("La fusión entre Orbis Telecom y Telsio dará lugar al tercer operador del país.",
     [("merger", "Orbis Telecom:party, Telsio:party", None, P, "announced")]),
    ("Las cajas rurales Caja Rural Norte y Caja Rural Sur culminaron su fusión el 1 de enero.",
     [("merger", "Caja Rural Norte:party, Caja Rural Sur:party", None, "2024-01-01", "completed")]),
    ("La fusión entre Domibat y Kerval se ha roto este viernes.",
     [("merger", "Domibat:party, Kerval:party", None, "2024-03-08", "terminated")]),
    # rondas de financiación
    ("La start-up valenciana Cultiverde levanta 15 millones de euros de Seaya y Kibo Ventures.",
     [("funding_round",
       "Cultiverde:investee, Seaya:investor, Kibo Ventures:investor", (15_000_000, "EUR"), P, "completed")]),
    ("La joven empresa Medinov cierra una ronda de 40 millones de euros liderada por el fondo Ysios.",
     [("funding_round", "Medinov:investee, Ysios:investor", (40_000_000, "EUR"), P, "completed")]),
    ("Paymint ha captado 8 millones de euros en una serie A con Kfund.",
     [("funding_round", "Paymint:investee, Kfund:investor", (8_000_000, "EUR"), P, "completed")]),
    ("La fintech Fintalis completa una ronda de financiación de 25 millones de euros.",
     [("funding_round", "Fintalis:investee", (25_000_000, "EUR"), P, "completed")]),
    ("La mexicana Nordika recauda 20 millones de dólares en su serie B.",
     [("funding_round", "Nordika:investee", (20_000_000, "USD"), P, "completed")]),
    # alianzas
    ("Orbis Telecom se alía con Nuvio Cloud para ofrecer servicios en la nube a las pymes.",
     [("partnership", "Orbis Telecom:partner, Nuvio Cloud:partner", None, P, "announced")]),
    ("Vaubois y Batterix firman una alianza estratégica en baterías.",
     [("partnership", "Vaubois:partner, Batterix:partner", None, P, "announced")]),
    ("El grupo Arvel sella un acuerdo de colaboración con Turismo Andaluz.",
     [("partnership", "Arvel:partner, Turismo Andaluz:partner", None, P, "announced")]),
    # empresas conjuntas
    ("Vaubois y Batterix crean una empresa conjunta para fabricar celdas en Navarra.",
     [("joint_venture", "Vaubois:partner, Batterix:partner", None, P, "announced")]),
    ("Aeris y Solvane constituyen una sociedad conjunta dedicada al hidrógeno.",
     [("joint_venture", "Aeris:partner, Solvane:partner", None, P, "announced")]),
    ("Ferralis y Siemens Mobility lanzan una joint venture para la señalización ferroviaria.",
     [("joint_venture", "Ferralis:partner, Siemens Mobility:partner", None, P, "announced")]),
    # contratos
    ("Adif adjudica a Ferralis el mantenimiento de 40 trenes por 90 millones de euros.",
     [("contract", "Adif:customer, Ferralis:supplier", (90_000_000, "EUR"), P, "announced")]),
    ("El Ministerio de Defensa ha adjudicado a Thalor un contrato de 300 millones de euros para radares.",
     [("contract", "Ministerio de Defensa:customer, Thalor:supplier", (300_000_000, "EUR"), P, "announced")]),
    # salidas a bolsa
    ("La inmobiliaria Inmoverde debutó el jueves en la Bolsa de Madrid.",
     [("ipo", "Inmoverde:issuer", None, P, "completed")]),
    ("El fabricante de semiconductores Siltek prepara su salida a bolsa.",
     [("ipo", "Siltek:issuer", None, P, "announced")]),
    ("Siltek renuncia a su salida a bolsa por la volatilidad del mercado.",
     [("ipo", "Siltek:issuer", None, P, "terminated")]),
    # estados
    ("Según fuentes cercanas a la operación, Kerval estaría negociando la compra de Usitec.",
     [("acquisition", "Kerval:acquirer, Usitec:target", None, P, "rumored")]),
    ("Vitalis Pharma estudia una oferta por Brentwood Biologics, según Bloomberg.",
     [("acquisition", "Vitalis Pharma:acquirer, Brentwood Biologics:target", None, P, "rumored")]),
    ("Kerval renuncia a comprar Domibat.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "terminated")]),
    ("La CNMC ha bloqueado la compra de Telsio por Orbis Telecom.",
     [("acquisition", "Orbis Telecom:acquirer, Telsio:target", None, P, "terminated")]),
    ("Maisonneuve ha retirado su oferta por Carmin.",
     [("acquisition", "Maisonneuve:acquirer, Carmin:target", None, P, "terminated")]),
    ("Aeris ha cerrado la compra de Hollgas el 3 de marzo.",
     [("acquisition", "Aeris:acquirer, Hollgas:target", None, "2024-03-03", "completed")]),
    # descripciones y pronombres
    ("El grupo Serval Industrias sigue de compras. Ahora adquiere el fabricante de válvulas Hidroval por "
     "60 millones de euros.",
     [("acquisition", "Serval Industrias:acquirer, Hidroval:target", (60_000_000, "EUR"), P, "announced")]),
    ("Helvagen, una biotecnológica de Barcelona, levanta 20 millones de euros.",
     [("funding_round", "Helvagen:investee", (20_000_000, "EUR"), P, "completed")]),
    ("Air Meridiano ha encargado 20 aviones a Airbus por 3.000 millones de dólares.",
     [("contract", "Air Meridiano:customer, Airbus:supplier", (3_000_000_000, "USD"), P, "announced")]),
    ("Batterix captó 300 millones de euros en su salida a bolsa.",
     [("ipo", "Batterix:issuer", (300_000_000, "EUR"), P, "completed")]),
    # issue 3 (background6): the object after the deal's year ("adquirió en 2019 a su rival")
    ("El fabricante de bicicletas Velocia adquirió en 2019 a su rival Rodabici.",
     [("acquisition", "Velocia:acquirer, Rodabici:target", None, "2019", "completed")]),
    # issue 3 (lexicon_fr_es): money obtained "en una ronda", the giver of a contract after its genitive
    ("La biotecnológica Helvagen obtiene 30 millones de dólares en una ronda encabezada por Northgate.",
     [("funding_round", "Helvagen:investee, Northgate:investor", (30_000_000, "USD"), P, "completed")]),
    ("Thalor se adjudica el contrato de modernización de los radares del Ejército de Tierra.",
     [("contract", "Ejército de Tierra:customer, Thalor:supplier", None, P, "announced")]),
    # issue 3 (awards4): the giver after "con" past the contract's value
    ("El fabricante ferroviario Ferralis gana un contrato de 700 millones de euros con Renfe.",
     [("contract", "Renfe:customer, Ferralis:supplier", (700_000_000, "EUR"), P, "announced")]),
]

SPANISH_MISSES = [  # sentence, expected events, what the extractor gives instead
    ("Corvelle, el mayor grupo de lujo del mundo, compra Casa Leonor por 500 millones de euros.",
     [("acquisition", "Corvelle:acquirer, Casa Leonor:target", (500_000_000, "EUR"), P, "announced")],
     "no acquisition [('Casa Leonor', 'target'), ('Corvelle', 'acquirer')]; also acquisition [('Corvelle', "
     "'acquirer'), ('Leonor', 'target')]"),
    ("Recyclea ha cerrado una ronda de 12 millones con la participación de Enisa.",
     [("funding_round", "Recyclea:investee, Enisa:investor", (12_000_000, "EUR"), P, "completed")],
     "amount None"),
    ("Medinov y el Instituto Carlos III colaboran desde 2021 en terapias dirigidas.",
     [("partnership", "Medinov:partner, Instituto Carlos III:partner", None, "2021", "ongoing")],
     "no partnership [('Instituto Carlos III', 'partner'), ('Medinov', 'partner')]"),
    ("Metro de Madrid encarga 40 trenes a Ferralis.",
     [("contract", "Metro de Madrid:customer, Ferralis:supplier", None, P, "announced")],
     "no contract [('Ferralis', 'supplier'), ('Metro de Madrid', 'customer')]"),
    ("Klaro Tecnologías firma un contrato con el Banco de España para renovar sus sistemas.",
     [("contract", "Banco de España:customer, Klaro Tecnologías:supplier", None, P, "announced")],
     "no contract [('Banco de España', 'customer'), ('Klaro Tecnologías', 'supplier')]"),
    ("Captelia diseña sensores para la industria. La compañía ha sido adquirida por el grupo alemán "
     "Sensorwerk.",
     [("acquisition", "Sensorwerk:acquirer, Captelia:target", None, P, "completed")],
     "no acquisition [('Captelia', 'target'), ('Sensorwerk', 'acquirer')]"),
    ("El Banco Sabadell compra la gestora Arenal Inversiones.",
     [("acquisition", "Banco Sabadell:acquirer, Arenal Inversiones:target", None, P, "announced")],
     "no acquisition [('Arenal Inversiones', 'target'), ('Banco Sabadell', 'acquirer')]; also acquisition "
     "[('Arenal Inversiones', 'target'), ('Sabadell', 'acquirer')]"),
]


GERMAN = [
    # issue 3 (names8): fixed ("Makler" a descriptor), was a known miss
    ("Der Versicherer Mutalia will den Makler Brevent Versicherungen für 320 Millionen Euro erwerben.",
     [("acquisition", "Mutalia:acquirer, Brevent Versicherungen:target", (320_000_000, "EUR"), P, "announced")]),
    # issue 3 (market2): the owner of the cue a possessive opens ("X sagt seinen Börsengang ab"), a name
    ("Siltek sagt seinen Börsengang wegen der Marktturbulenzen ab.",
     [("ipo", "Siltek:issuer", None, P, "terminated")]),
    # issue 3 (lexicon_en_de): a stake raised told with "Anteil an"
    ("Die Beteiligungsgesellschaft Talvane erhöht ihren Anteil an Mecalor auf 15 Prozent.",
     [("investment", "Talvane:investor, Mecalor:investee", None, P, "announced")]),
    # issue 3 (lexicon_en_de): a merger told in the perfect has taken place
    ("Die Volksbank Nord und die Volksbank Süd haben am 1. Januar fusioniert.",
     [("merger", "Volksbank Nord:party, Volksbank Süd:party", None, "2024-01-01", "completed")]),
    # issue 3 (talks, session 11): a place adjective after an article opens no name
    ("Die Schweizer Lemania Holding übernimmt den Uhrenhersteller Vallorbe für 30 Millionen Franken.",
     [("acquisition", "Lemania:acquirer, Vallorbe:target", (30_000_000, "CHF"), P, "announced")]),
    # Übernahmen
    ("Der Industriekonzern Serval übernimmt den Kunststoffspezialisten Kerlan Composites für 45 Millionen "
     "Euro.",
     [("acquisition", "Serval:acquirer, Kerlan Composites:target", (45_000_000, "EUR"), P, "announced")]),
    ("Die Maisonneuve Handel GmbH hat am Montag die Übernahme der Lumio Wohnen AG angekündigt.",
     [("acquisition", "Maisonneuve Handel:acquirer, Lumio Wohnen:target", None, "2024-03-11", "announced")]),
    ("Der Pharmakonzern Vitalis kauft den US-Konkurrenten Brentwood Biologics für 1,2 Milliarden Dollar.",
     [("acquisition", "Vitalis:acquirer, Brentwood Biologics:target", (1_200_000_000, "USD"), P, "announced")]),
    ("Der Finanzinvestor Ondine Capital schluckt den Stahlbauer Batifer.",
     [("acquisition", "Ondine Capital:acquirer, Batifer:target", None, P, "announced")]),
    ("Der Fahrradhersteller Velocia hatte 2019 den Konkurrenten Radwerk gekauft.",
     [("acquisition", "Velocia:acquirer, Radwerk:target", None, "2019", "completed")]),
    ("Die Übernahme von Telsio durch Orbis Telekom ist am Mittwoch abgeschlossen worden.",
     [("acquisition", "Orbis Telekom:acquirer, Telsio:target", None, "2024-03-13", "completed")]),
    ("Vinalis verkauft seine Spirituosenmarke Ambar für 210 Millionen Euro an Whitlock Drinks.",
     [("acquisition", "Whitlock Drinks:acquirer, Ambar:target, Vinalis:seller", (210_000_000, "EUR"), P, "announced")]),
    ("Der Luxuskonzern Corvelle, weltweit die Nummer eins der Branche, kauft das Modehaus Leonie Berlin.",
     [("acquisition", "Corvelle:acquirer, Leonie Berlin:target", None, P, "announced")]),
    # Beteiligungen
    ("Der Staatsfonds Qalam Investment steigt mit 20 Prozent bei Solaris Energie ein.",
     [("investment", "Qalam Investment:investor, Solaris Energie:investee", None, P, "announced")]),
    ("Die KfW investiert 50 Millionen Euro in den Ladesäulenbetreiber Electo.",
     [("investment", "KfW:investor, Electo:investee", (50_000_000, "EUR"), P, "announced")]),
    # Fusionen
    ("Die Versicherer Solimut und Harmonia kündigen ihre Fusion an.",
     [("merger", "Solimut:party, Harmonia:party", None, P, "announced")]),
    ("Kerlan Composites und Armor Fasern wollen fusionieren.",
     [("merger", "Kerlan Composites:party, Armor Fasern:party", None, P, "announced")]),
    ("Der Zusammenschluss von Orbis Telekom und Telsio schafft den drittgrößten Anbieter des Landes.",
     [("merger", "Orbis Telekom:party, Telsio:party", None, P, "announced")]),
    # Finanzierungsrunden
    ("Das Münchner Start-up Cultigrün sammelt 15 Millionen Euro bei Earlybird und HV Capital ein.",
     [("funding_round",
       "Cultigrün:investee, Earlybird:investor, HV Capital:investor", (15_000_000, "EUR"), P, "completed")]),
    ("Das Biotech-Unternehmen Medinov schließt eine Finanzierungsrunde über 40 Millionen Euro ab, "
     "angeführt von Ysios.",
     [("funding_round", "Medinov:investee, Ysios:investor", (40_000_000, "EUR"), P, "completed")]),
    ("Das Fintech Fintalis hat 25 Millionen Euro eingesammelt.",
     [("funding_round", "Fintalis:investee", (25_000_000, "EUR"), P, "completed")]),
    # Partnerschaften
    ("Orbis Telekom kooperiert mit Nuvio Cloud bei Cloud-Diensten für den Mittelstand.",
     [("partnership", "Orbis Telekom:partner, Nuvio Cloud:partner", None, P, "announced")]),
    ("Vaubois und Batterix schließen eine strategische Partnerschaft für Batterien.",
     [("partnership", "Vaubois:partner, Batterix:partner", None, P, "announced")]),
    # Gemeinschaftsunternehmen
    ("Vaubois und Batterix gründen ein Gemeinschaftsunternehmen zur Zellfertigung im Saarland.",
     [("joint_venture", "Vaubois:partner, Batterix:partner", None, P, "announced")]),
    # Aufträge
    ("Der Zughersteller Ferralis erhält von der Deutschen Bahn einen Auftrag über 700 Millionen Euro.",
     [("contract", "Deutsche Bahn:customer, Ferralis:supplier", (700_000_000, "EUR"), P, "announced")]),
    ("Air Meridian bestellt 20 Flugzeuge bei Airbus für 3 Milliarden Dollar.",
     [("contract", "Air Meridian:customer, Airbus:supplier", (3_000_000_000, "USD"), P, "announced")]),
    # Börsengänge
    ("Der Halbleiterhersteller Siltek bereitet seinen Börsengang vor.",
     [("ipo", "Siltek:issuer", None, P, "announced")]),
    # Status
    ("Das Bundeskartellamt hat die Übernahme von Telsio durch Orbis Telekom untersagt.",
     [("acquisition", "Orbis Telekom:acquirer, Telsio:target", None, P, "terminated")]),
    # Beschreibungen und Pronomen
    ("Helvagen, ein Biotech-Unternehmen aus Basel, sammelt 20 Millionen Franken ein.",
     [("funding_round", "Helvagen:investee", (20_000_000, "CHF"), P, "completed")]),
    # weitere Wendungen
    ("Die Deutsche Telekom übernimmt den Glasfaseranbieter Netzwerk Nord für 1,1 Milliarden Euro.",
     [("acquisition", "Deutsche Telekom:acquirer, Netzwerk Nord:target", (1_100_000_000, "EUR"), P, "announced")]),
    ("Der Energieversorger Solaris Energie geht an die Börse.",
     [("ipo", "Solaris Energie:issuer", None, P, "announced")]),
    ("Der Chemiekonzern Solvane und der Gasehersteller Aeris bündeln ihre Kräfte beim Wasserstoff.",
     [("partnership", "Solvane:partner, Aeris:partner", None, P, "announced")]),
    ("Die Stadtwerke Leipzig haben bei Ferralis 30 Straßenbahnen bestellt.",
     [("contract", "Stadtwerke Leipzig:customer, Ferralis:supplier", None, P, "announced")]),
    ("Das Berliner Start-up Greenloop hat eine Finanzierungsrunde über 35 Millionen Euro abgeschlossen.",
     [("funding_round", "Greenloop:investee", (35_000_000, "EUR"), P, "completed")]),
    ("Die Thermia AG hat 80 Prozent der Anteile an Radiantec erworben.",
     [("acquisition", "Thermia:acquirer, Radiantec:target", None, P, "completed")]),
    # an order told in the present plural (cues14)
    ("Die Berliner Verkehrsbetriebe bestellen 40 U-Bahn-Züge bei Ferralis.",
     [("contract", "Berliner Verkehrsbetriebe:customer, Ferralis:supplier", None, P, "announced")]),
    # a debut celebrated has taken place (ipo)
    ("Der Immobilienkonzern Immogrün hat am Donnerstag sein Börsendebüt in Frankfurt gefeiert.",
     [("ipo", "Immogrün:issuer", None, P, "completed")]),
    # the subject of a perfect clause closed by the deal verb (names3; a known miss before)
    ("Klaro Technologies hat den Softwareanbieter Novaxis am vergangenen Dienstag übernommen.",
     [("acquisition", "Klaro Technologies:acquirer, Novaxis:target", None, "2024-03-12", "completed")]),
    # a public body a common word names, the customer (orders; a known miss before)
    ("Die Bundeswehr hat Thalor mit der Modernisierung ihrer Radaranlagen beauftragt.",
     [("contract", "Bundeswehr:customer, Thalor:supplier", None, P, "announced")]),
    # issue 3 (names5): an unknown subject before a verb, an indefinite article and a deal cue
    ("Vitalis erwägt ein Angebot für Brentwood Biologics, berichtet Bloomberg.",
     [("acquisition", "Vitalis:acquirer, Brentwood Biologics:target", None, P, "rumored")]),
    # poolde: a group named by its name joined to "Konzern" sells its subsidiary
    ("Der Aldane-Konzern verkauft seine Tochter Aldane Verpackungen an den Finanzinvestor Merino Partners.",
     [("acquisition", "Merino Partners:acquirer, Aldane Verpackungen:target, Aldane:seller", None, P, "announced")]),
    ("Der Danval-Konzern beteiligt sich an dem Start-up Cultigrün.",
     [("investment", "Danval:investor, Cultigrün:investee", None, P, "announced")]),
    ("Der Serval-Konzern geht weiter auf Einkaufstour. Er übernimmt den Ventilhersteller Hydroval für 60 "
     "Millionen Euro.",
     [("acquisition", "Serval:acquirer, Hydroval:target", (60_000_000, "EUR"), P, "announced")]),
]

GERMAN_MISSES = [  # sentence, expected events, what the extractor gives instead
    ("Der Finanzinvestor Ardane Capital legt ein Übernahmeangebot für Mecalor vor.",
     [("acquisition", "Ardane Capital:acquirer, Mecalor:target", None, P, "announced")],
     "no acquisition [('Ardane Capital', 'acquirer'), ('Mecalor', 'target')]"),
    ("Aubrac Gesundheit hat den Kauf der Klinik Sankt Aurel abgeschlossen.",
     [("acquisition", "Aubrac Gesundheit:acquirer, Sankt Aurel:target", None, P, "completed")],
     "no acquisition [('Aubrac Gesundheit', 'acquirer'), ('Sankt Aurel', 'target')]"),
    ("Die Lumio Wohnen AG geht an den Maisonneuve-Konzern.",
     [("acquisition", "Maisonneuve:acquirer, Lumio Wohnen:target", None, P, "announced")],
     # poolde: the "-Konzern" group is read now, the firm going to it as what is sold of it
     "no acquisition [('Lumio Wohnen', 'target'), ('Maisonneuve', 'acquirer')]; also acquisition [('Lumio Wohnen', "
     "'seller'), ('Maisonneuve', 'acquirer')]"),
    ("Der Kerval-Konzern übernimmt die Mehrheit an Domibat.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "announced")],
     "no acquisition [('Domibat', 'target'), ('Kerval', 'acquirer')]"),
    ("Die Fusion von Domibat und Kerval ist am Freitag geplatzt.",
     [("merger", "Domibat:party, Kerval:party", None, "2024-03-08", "terminated")],
     "no merger [('Domibat', 'party'), ('Kerval', 'party')]"),
    ("Paymint hat in einer Series-A-Runde 8 Millionen Euro erhalten.",
     [("funding_round", "Paymint:investee", (8_000_000, "EUR"), P, "completed")],
     "no funding_round [('Paymint', 'investee')]"),
    ("Die Zürcher Helvagen erhält 30 Millionen Franken von Investoren um Northgate.",
     [("funding_round", "Helvagen:investee, Northgate:investor", (30_000_000, "CHF"), P, "completed")],
     "no funding_round [('Helvagen', 'investee'), ('Northgate', 'investor')]"),
    ("Medinov und das Fraunhofer-Institut arbeiten seit 2021 bei Krebstherapien zusammen.",
     [("partnership", "Medinov:partner, Fraunhofer-Institut:partner", None, "2021", "ongoing")],
     "no partnership [('Fraunhofer-Institut', 'partner'), ('Medinov', 'partner')]"),
    ("Aeris und Solvane gründen ein Joint Venture für Wasserstoff.",
     [("joint_venture", "Aeris:partner, Solvane:partner", None, P, "announced")],
     "no joint_venture [('Aeris', 'partner'), ('Solvane', 'partner')]"),
    ("Thalor hat den Zuschlag für die Wartung der Radaranlagen der Marine erhalten.",
     [("contract", "Marine:customer, Thalor:supplier", None, P, "announced")],
     "no contract [('Marine', 'customer'), ('Thalor', 'supplier')]"),
    ("Kerval verhandelt Insidern zufolge über eine Übernahme von Usitec.",
     [("acquisition", "Kerval:acquirer, Usitec:target", None, P, "rumored")],
     "no acquisition [('Kerval', 'acquirer'), ('Usitec', 'target')]"),
    ("Kerval hat die Übernahme von Domibat abgeblasen.",
     [("acquisition", "Kerval:acquirer, Domibat:target", None, P, "terminated")],
     "no acquisition [('Domibat', 'target'), ('Kerval', 'acquirer')]"),
    ("Maisonneuve zieht sein Angebot für Carmin zurück.",
     [("acquisition", "Maisonneuve:acquirer, Carmin:target", None, P, "terminated")],
     "no acquisition [('Carmin', 'target'), ('Maisonneuve', 'acquirer')]"),
    ("Aeris hat die Übernahme von Hollgas am 3. März vollzogen.",
     [("acquisition", "Aeris:acquirer, Hollgas:target", None, "2024-03-03", "completed")],
     "no acquisition [('Aeris', 'acquirer'), ('Hollgas', 'target')]"),
    ("Captelia entwickelt Sensoren für die Industrie. Das Unternehmen wurde vom Konzern Sensorwerk "
     "übernommen.",
     [("acquisition", "Sensorwerk:acquirer, Captelia:target", None, P, "completed")],
     "no acquisition [('Captelia', 'target'), ('Sensorwerk', 'acquirer')]"),
    ("Der Autozulieferer Vaubois kauft dem Finanzinvestor Ardane Capital die Sparte Carlux ab.",
     [("acquisition", "Vaubois:acquirer, Carlux:target, Ardane Capital:seller", None, P, "announced")],
     # issue 3 (german): the dative seller is read; the unit keeps its noun ("Sparte Carlux")
     "no acquisition [('Ardane Capital', 'seller'), ('Carlux', 'target'), ('Vaubois', 'acquirer')]; also "
     "acquisition [('Ardane Capital', 'seller'), ('Sparte Carlux', 'target'), ('Vaubois', 'acquirer')]"),
    ("Die Commerzbank steigt bei dem Fintech Fintalis ein.",
     [("investment", "Commerzbank:investor, Fintalis:investee", None, P, "announced")],
     "no investment [('Commerzbank', 'investor'), ('Fintalis', 'investee')]"),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_the_french_press_s_deals_are_read_whole(text: str, expected: list[Event]) -> None:
    assert not problems("fr", text, expected)


@pytest.mark.parametrize(("text", "expected", "instead"), FRENCH_MISSES)
def test_known_french_misses_stay_as_recorded(text: str, expected: list[Event], instead: str) -> None:
    """A change that fixes a known miss (or alters what it gives) makes this fail: move the sentence to FRENCH,
    or record what it gives now."""
    assert "; ".join(problems("fr", text, expected)) == instead


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_the_spanish_press_s_deals_are_read_whole(text: str, expected: list[Event]) -> None:
    assert not problems("es", text, expected)


@pytest.mark.parametrize(("text", "expected", "instead"), SPANISH_MISSES)
def test_known_spanish_misses_stay_as_recorded(text: str, expected: list[Event], instead: str) -> None:
    assert "; ".join(problems("es", text, expected)) == instead


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_the_german_press_s_deals_are_read_whole(text: str, expected: list[Event]) -> None:
    assert not problems("de", text, expected)


@pytest.mark.parametrize(("text", "expected", "instead"), GERMAN_MISSES)
def test_known_german_misses_stay_as_recorded(text: str, expected: list[Event], instead: str) -> None:
    assert "; ".join(problems("de", text, expected)) == instead
