"""Classes of deal expressions, each written in all four languages on sentences made for these tests: a
target accepting a bid, a bid told with its value before the target, a firm supplied by another (passive),
services still being provided, a stake told as a fraction, a jointly owned company, a contract signed with
a named supplier, a buyer told by what it is, becomes or pays, an order placed or awarded, money put in
through new shares, energy sold to a customer, rights licensed to a firm, and the listings, rounds,
partnerships, mergers and joint ventures of wire news."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

BID = {("Graystone Capital", "acquirer"), ("Tellwick Systems", "target")}
SUPPLY = {("Norlake", "customer"), ("Brindle Packaging", "supplier")}
STAKE = {("Alcora Capital", "investor"), ("Ventisca Solar", "investee")}
JOINT = {("Velmont Energy", "partner"), ("Harrow Power", "partner")}
BUY = {("Halvard Capital", "acquirer"), ("Carrowmere Systems", "target")}
ORDER = {("Halvard Rail", "customer"), ("Carrowmere Systems", "supplier")}
INVEST = {("Halvard Capital", "investor"), ("Carrowmere Systems", "investee")}
IPO = {("Serventa Cloud", "issuer")}
FR = {("Mirelle Therapeutics", "investee")}
FRI = {("Mirelle Therapeutics", "investee"), ("Quarry Ventures", "investor")}
PA = {("Corvane Systems", "partner"), ("Halvorsen Maritime", "partner")}
ME = {("Corvane Systems", "party"), ("Halvorsen Maritime", "party")}
JV = PA
ENERGY = {("Ventamar Renewables", "supplier"), ("Cantabria Steel", "customer")}
RIGHTS = {("Mirelle Therapeutics", "supplier"), ("Sanovea Pharma", "customer")}

CASES = [
    # a target accepting or backing a bid from a named bidder
    ("en", "Tellwick Systems said its board had agreed to a recommended cash offer from Graystone Capital.",
     "acquisition", BID),
    ("en", "Tellwick Systems accepted a £300m takeover offer from Graystone Capital on Monday.", "acquisition", BID),
    ("de", "Der Vorstand der Tellwick Systems AG empfiehlt das Übernahmeangebot von Graystone Capital.", "acquisition",
     BID),
    ("de", "Die Tellwick Systems AG akzeptiert das Angebot von Graystone Capital.", "acquisition", BID),
    ("fr", "Tellwick Systems a accepté l'offre de rachat de Graystone Capital.", "acquisition", BID),
    ("fr", "Le conseil de Tellwick Systems recommande l'offre de Graystone Capital.", "acquisition", BID),
    ("es", "Tellwick Systems aceptó la oferta de compra de Graystone Capital.", "acquisition", BID),
    ("es", "El consejo de Tellwick Systems recomienda la oferta de Graystone Capital.", "acquisition", BID),
    # a bid told with its value between the bid and the target
    ("fr", "Graystone Capital a retiré son offre de 210 millions d'euros sur Tellwick Systems.", "acquisition", BID),
    ("es", "Graystone Capital presentó una oferta de 200 millones de euros por Tellwick Systems.", "acquisition", BID),
    ("de", "Der Finanzinvestor Graystone Capital legt ein Angebot über 200 Millionen Euro für Tellwick Systems vor.",
     "acquisition", BID),
    ("en", "Graystone Capital made a $200m offer for Tellwick Systems.", "acquisition", BID),
    # a firm supplied by another, told in the passive
    ("en", "Norlake has been supplied by Brindle Packaging since 2015.", "contract", SUPPLY),
    ("de", "Die Norlake GmbH wird seit 2015 von Brindle Packaging beliefert.", "contract", SUPPLY),
    ("fr", "Norlake est approvisionné par Brindle Packaging depuis 2015.", "contract", SUPPLY),
    ("es", "Norlake es abastecida por Brindle Packaging desde 2015.", "contract", SUPPLY),
    # a supply or a service that goes on (gerund, infinitive after "continue")
    ("es", "Brindle Packaging seguirá prestando servicios logísticos a Norlake.", "contract", SUPPLY),
    ("es", "Brindle Packaging continuará suministrando envases a Norlake.", "contract", SUPPLY),
    ("en", "Brindle Packaging will continue supplying cartons to Norlake.", "contract", SUPPLY),
    ("fr", "Brindle Packaging continuera de fournir des emballages à Norlake.", "contract", SUPPLY),
    # a contract signed with a named supplier, the supplier before the contract
    ("fr", "Norlake a signé avec Brindle Packaging un contrat d'approvisionnement de cinq ans.", "contract", SUPPLY),
    ("es", "Norlake ha firmado con Brindle Packaging un contrato de suministro de cinco años.", "contract", SUPPLY),
    # a stake held, told as a fraction, with its start
    ("de", "Seit 2018 hält Alcora Capital ein Viertel der Anteile an Ventisca Solar.", "investment", STAKE),
    ("en", "Alcora Capital has owned a quarter of Ventisca Solar since 2018.", "investment", STAKE),
    ("fr", "Alcora Capital détient un tiers du capital de Ventisca Solar depuis 2018.", "investment", STAKE),
    ("es", "Alcora Capital posee una cuarta parte de Ventisca Solar desde 2018.", "investment", STAKE),
    # a stake taken, told by its share of the capital
    ("es", "El fondo Alcora Capital tomará un 20% del capital de Ventisca Solar.", "investment", STAKE),
    ("fr", "Le fonds Alcora Capital va prendre 20 % du capital de Ventisca Solar.", "investment", STAKE),
    ("en", "Alcora Capital will take a 20% stake in Ventisca Solar.", "investment", STAKE),
    ("de", "Der Finanzinvestor Alcora Capital übernimmt 20 Prozent der Anteile an Ventisca Solar.",
     "investment", STAKE),
    # a jointly owned company
    ("de", "Velmont Energy und Harrow Power gründen ein gemeinsames Unternehmen für Batteriespeicher.", "joint_venture",
     JOINT),
    ("en", "Velmont Energy and Harrow Power will set up a joint company to build battery storage.", "joint_venture",
     JOINT),
    ("fr", "Velmont Energy et Harrow Power créent une société commune pour le stockage.", "joint_venture", JOINT),
    ("es", "Velmont Energy y Harrow Power crean una sociedad conjunta para el almacenamiento.", "joint_venture", JOINT),
    # a buyer told by what it is, becomes or pays; a seller that found one; control or ownership assumed
    ("en", "Halvard Capital is the new owner of Carrowmere Systems.", "acquisition", BUY),
    ("en", "Halvard Capital became the sole owner of Carrowmere Systems in May.", "acquisition", BUY),
    ("de", "Die Halvard Capital ist neuer Eigentümer des Maschinenbauers Carrowmere Systems.", "acquisition", BUY),
    ("de", "Die Halvard Capital wird alleinige Eigentümerin der Carrowmere Systems GmbH.", "acquisition", BUY),
    ("fr", "Halvard Capital est le nouveau propriétaire de Carrowmere Systems.", "acquisition", BUY),
    ("es", "Halvard Capital es el nuevo dueño de Carrowmere Systems.", "acquisition", BUY),
    ("es", "Halvard Capital se convirtió en el nuevo propietario de Carrowmere Systems.", "acquisition", BUY),
    ("en", "Halvard Capital will pay $2bn for Carrowmere Systems.", "acquisition", BUY),
    ("en", "Carrowmere Systems has found a buyer in Halvard Capital.", "acquisition", BUY),
    ("en", "Carrowmere Systems agreed to be taken over by Halvard Capital.", "acquisition", BUY),
    ("en", "Halvard Capital assumed ownership of Carrowmere Systems in March.", "acquisition", BUY),
    ("de", "Die Halvard Capital übernimmt die Mehrheit an der Carrowmere Systems GmbH.", "acquisition", BUY),
    ("de", "Die Halvard Capital zahlt 200 Millionen Euro für die Carrowmere Systems GmbH.", "acquisition", BUY),
    ("fr", "Halvard Capital va débourser 200 millions d'euros pour Carrowmere Systems.", "acquisition", BUY),
    ("fr", "Carrowmere Systems passe sous le contrôle de Halvard Capital.", "acquisition", BUY),
    ("es", "Halvard Capital pagará 200 millones de euros por Carrowmere Systems.", "acquisition", BUY),
    ("es", "Halvard Capital se hace con el control de Carrowmere Systems.", "acquisition", BUY),
    # an order placed or awarded, a supplier commissioned
    ("en", "Halvard Rail has placed an order with Carrowmere Systems for 20 trains.", "contract", ORDER),
    ("en", "Carrowmere Systems has been awarded a contract by Halvard Rail.", "contract", ORDER),
    ("en", "Halvard Rail has awarded a £40m contract to Carrowmere Systems.", "contract", ORDER),
    ("en", "Halvard Rail commissioned Carrowmere Systems to build 20 trains.", "contract", ORDER),
    ("en", "Halvard Rail has chosen Carrowmere Systems to supply 20 trains.", "contract", ORDER),
    ("de", "Die Halvard Rail hat bei Carrowmere Systems 20 Züge bestellt.", "contract", ORDER),
    ("de", "Die Carrowmere Systems GmbH hat von der Halvard Rail einen Auftrag über 20 Züge erhalten.",
     "contract", ORDER),
    ("de", "Der Auftrag der Halvard Rail ging an Carrowmere Systems.", "contract", ORDER),
    ("fr", "Halvard Rail a passé commande de 20 rames auprès de Carrowmere Systems.", "contract", ORDER),
    ("fr", "Halvard Rail a commandé 20 rames à Carrowmere Systems.", "contract", ORDER),
    ("es", "Halvard Rail ha adjudicado a Carrowmere Systems un contrato de 40 millones de euros.", "contract", ORDER),
    ("es", "Halvard Rail ha encargado a Carrowmere Systems 20 trenes.", "contract", ORDER),
    # money put in through new shares, a stake raised
    ("en", "Halvard Capital subscribed to a capital increase at Carrowmere Systems.", "investment", INVEST),
    ("en", "Halvard Capital bought a 15% stake in Carrowmere Systems.", "investment", INVEST),
    ("en", "Halvard Capital raised its stake in Carrowmere Systems to 25%.", "investment", INVEST),
    ("de", "Die Halvard Capital beteiligt sich an der Kapitalerhöhung der Carrowmere Systems GmbH.",
     "investment", INVEST),
    ("de", "Die Halvard Capital stockt ihre Beteiligung an der Carrowmere Systems GmbH auf 25 Prozent auf.",
     "investment", INVEST),
    ("fr", "Halvard Capital a relevé sa participation dans Carrowmere Systems à 25 %.", "investment", INVEST),
    ("fr", "Halvard Capital a souscrit à l'augmentation de capital de Carrowmere Systems.", "investment", INVEST),
    ("es", "Halvard Capital ha elevado su participación en Carrowmere Systems hasta el 25%.", "investment", INVEST),
    ("es", "Halvard Capital suscribirá la ampliación de capital de Carrowmere Systems.", "investment", INVEST),
    ("es", "Halvard Capital acudirá a la ampliación de capital de Carrowmere Systems.", "investment", INVEST),
    # a listing: its debut, its intention to float
    ("en", "Serventa Cloud published its intention to float on the London Stock Exchange.", "ipo", IPO),
    ("en", "Serventa Cloud made its trading debut in Frankfurt on Monday.", "ipo", IPO),
    ("en", "Serventa Cloud filed for an initial public offering on the Nasdaq.", "ipo", IPO),
    ("de", "Die Serventa Cloud AG hat ihre Absicht zum Börsengang bekanntgegeben.", "ipo", IPO),
    ("de", "Die Serventa Cloud AG strebt an die Frankfurter Börse.", "ipo", IPO),
    ("fr", "Serventa Cloud a annoncé son intention de s'introduire en Bourse.", "ipo", IPO),
    ("fr", "Serventa Cloud fait son entrée sur Euronext Paris.", "ipo", IPO),
    ("es", "Serventa Cloud debutará en el Mercado Continuo el próximo jueves.", "ipo", IPO),
    # a round told by the money raised, received or obtained
    ("en", "Mirelle Therapeutics closed a $40m Series B led by Quarry Ventures.", "funding_round", FRI),
    ("en", "Mirelle Therapeutics has secured $40m in new funding from Quarry Ventures.", "funding_round", FRI),
    ("de", "Die Mirelle Therapeutics GmbH hat in einer Finanzierungsrunde 40 Millionen Euro eingeworben.",
     "funding_round", FR),
    ("de", "Das Start-up Mirelle Therapeutics erhält 40 Millionen Euro von Quarry Ventures.", "funding_round", FRI),
    ("fr", "La start-up Mirelle Therapeutics boucle un tour de table de 40 millions d'euros mené par Quarry Ventures.",
     "funding_round", FRI),
    ("fr", "Mirelle Therapeutics a réalisé une levée de fonds de 40 millions d'euros.", "funding_round", FR),
    ("es", "La startup Mirelle Therapeutics cierra una ronda de 40 millones de euros liderada por Quarry Ventures.",
     "funding_round", FRI),
    ("es", "Mirelle Therapeutics obtiene 40 millones de euros de financiación de Quarry Ventures.",
     "funding_round", FRI),
    # partners signing a cooperation agreement, joining hands, developing together
    ("en", "Corvane Systems has signed a strategic cooperation agreement with Halvorsen Maritime.", "partnership", PA),
    ("en", "Corvane Systems is joining hands with Halvorsen Maritime to develop autonomous cranes.", "partnership", PA),
    ("de", "Corvane Systems und Halvorsen Maritime entwickeln gemeinsam autonome Kräne.", "partnership", PA),
    ("de", "Die Corvane Systems GmbH arbeitet künftig mit Halvorsen Maritime zusammen.", "partnership", PA),
    ("fr", "Corvane Systems et Halvorsen Maritime ont signé un accord de coopération.", "partnership", PA),
    ("fr", "Corvane Systems s'associe à Halvorsen Maritime pour développer des grues autonomes.", "partnership", PA),
    ("es", "Corvane Systems y Halvorsen Maritime firman un acuerdo de cooperación.", "partnership", PA),
    ("es", "Corvane Systems se asocia con Halvorsen Maritime para desarrollar grúas autónomas.", "partnership", PA),
    # firms joining forces or putting their businesses together
    ("en", "Corvane Systems and Halvorsen Maritime agreed to join forces in an all-share merger of equals.",
     "merger", ME),
    ("de", "Corvane Systems und Halvorsen Maritime legen ihr Geschäft zusammen.", "merger", ME),
    ("fr", "Corvane Systems et Halvorsen Maritime vont unir leurs forces dans une fusion entre égaux.", "merger", ME),
    # a company the partners own together, in equal parts
    ("en", "Corvane Systems and Halvorsen Maritime will set up a 50-50 venture to build cranes.", "joint_venture", JV),
    ("de", "Corvane Systems und Halvorsen Maritime gründen eine gemeinsame Tochter.", "joint_venture", JV),
    ("fr", "Corvane Systems et Halvorsen Maritime créent une coentreprise détenue à parts égales.",
     "joint_venture", JV),
    ("es", "Corvane Systems y Halvorsen Maritime constituyen una sociedad participada al 50%.", "joint_venture", JV),
    # energy sold to a customer is a supply, not the sale of a firm
    ("en", "Ventamar Renewables sells electricity to Cantabria Steel under a long-term contract.", "contract", ENERGY),
    ("en", "Since 2023 Ventamar Renewables has sold power to Cantabria Steel.", "contract", ENERGY),
    ("es", "Ventamar Renewables vende electricidad a Cantabria Steel desde 2023.", "contract", ENERGY),
    ("de", "Die Ventamar Renewables GmbH verkauft seit 2023 Strom an Cantabria Steel.", "contract", ENERGY),
    ("fr", "Ventamar Renewables vend de l'électricité à Cantabria Steel depuis 2023.", "contract", ENERGY),
    ("en", "Ventamar Renewables sold its gas unit to Cantabria Steel.", "acquisition",
     {("Ventamar Renewables", "seller"), ("Cantabria Steel", "acquirer")}),
    # rights to a product handed to another firm: a licence
    ("en", "Mirelle Therapeutics handed the rights to a second compound to Sanovea Pharma.", "contract", RIGHTS),
    ("en", "Mirelle Therapeutics has granted the worldwide rights to its lead drug to Sanovea Pharma.", "contract",
     RIGHTS),
    ("de", "Die Mirelle Therapeutics GmbH überträgt die Rechte an ihrem Wirkstoff an Sanovea Pharma.", "contract",
     RIGHTS),
    ("fr", "Mirelle Therapeutics accorde les droits de son médicament à Sanovea Pharma.", "contract", RIGHTS),
    ("es", "Mirelle Therapeutics concede los derechos de su fármaco a Sanovea Pharma.", "contract", RIGHTS),
]


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected"), CASES)
def test_class_of_deal_words_gives_type_and_roles(lang: str, sentence: str, kind: str, expected: set) -> None:
    events = [e for e in extract_events(page(lang, "News", sentence)) if e["type"] == kind]
    assert events, sentence
    assert parties(events[0]) == expected


def test_a_start_opening_the_part_after_a_colon_dates_a_standing_supply() -> None:
    (event,) = extract_events(page("es", "News", "Parte de su producción ya tiene comprador: desde 2023, Ventamar "
                                   "Renewables vende electricidad a Cantabria Steel."))
    assert (event["type"], event["status"], event["date"]) == ("contract", "ongoing", "2023")
    assert parties(event) == ENERGY
