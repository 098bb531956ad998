"""Both firms of a deal sentence whose verb comes last or whose names sit next to labels, on sentences written for
these tests (README, "Deal extraction", branch roles12): a German passive whose auxiliary follows the participle
("war vom Konzern Y übernommen worden"), a relative clause on the buyer that holds its own object ("X, die die
Mehrheit an Y übernommen hatte, ..."), the label of a security code ("(ISIN: DE000A1B2C34)") and a deal's stage
written with capitals ("Der Vollzug der Transaktion") taken for firms. The English, French and Spanish cases are
the same kinds in those languages. CONSORTIA: the firms that make up a consortium ("la UTE formada por X y Y", "a
consortium made up of X and Y") play the role it plays. BLOCKED holds a name rule that was right on its
sentences but was not kept: a name followed by its own descriptor ("an die Holtmann Gruppe") read as a
description; it paired events whose other fields broke a floor. (A dateline ending in a plain hyphen, "TOULOUSE, 6
nov 2025 - ", blocked here at first, is met by the French and German round's dateline rule.)"""

import pytest

from tests.unit.test_extraction_roles import parties_by_event

ACQ, INV = "acquisition", "investment"
CASES = [
    # German passives, the auxiliary after the participle
    ("de", "Der Sensorspezialist Forvath AG war im vergangenen Jahr vom US-Konzern Kelmar Holding übernommen "
           "worden.", ACQ, {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Forvath AG soll bis Jahresende von der Kelmar Holding übernommen werden.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Forvath AG ist im Mai von der Kelmar Holding gekauft worden.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Forvath AG war 2021 vom Finanzinvestor Kelmar Capital erworben worden.", ACQ,
     {("Forvath", "target"), ("Kelmar Capital", "acquirer")}),
    ("de", "Die Forvath AG, die 2021 von der Kelmar Holding übernommen wurde, baut Stellen ab.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Forvath AG wurde 2023 von der Kelmar Holding übernommen.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    # German relative clauses on the buyer, the verb last
    ("de", "Die Kelmar Holding GmbH, die die Mehrheit an der Forvath AG 2019 übernommen hatte, hat dem Vorstand "
           "ihre Unterstützung zugesagt.", ACQ, {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Kelmar Holding, die 2019 die Forvath AG übernommen hatte, baut Stellen ab.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Kelmar Holding, die 2019 bei der Forvath AG eingestiegen war, stockt ihren Anteil auf.", INV,
     {("Forvath", "investee"), ("Kelmar", "investor")}),
    ("de", "Die Kelmar Holding AG, die im Frühjahr die Mehrheit an der Forvath GmbH erworben hatte, legt Zahlen "
           "vor.", ACQ, {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Kelmar Holding hat die Forvath AG übernommen, wie am Montag bekannt wurde.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    # labels of codes and deal stages are no firms
    ("de", "Die Kelmar Holding AG (ISIN: DE000A1B2C34) übernimmt die Forvath GmbH.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Kelmar Holding AG (WKN: A1B2C3) kauft die Forvath GmbH für 80 Millionen Euro.", ACQ,
     {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Kelmar Holding AG übernimmt die Forvath GmbH. Der Vollzug der Transaktion wird im Sommer erwartet.",
     ACQ, {("Forvath", "target"), ("Kelmar", "acquirer")}),
    ("de", "Die Kelmar Holding AG kauft die Forvath GmbH. Der Abschluss der Übernahme soll im Herbst erfolgen.",
     ACQ, {("Forvath", "target"), ("Kelmar", "acquirer")}),
    # English
    ("en", "Forvath Robotics, which was bought by Kelmar Holdings in 2021, is cutting jobs.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings, which bought Forvath Robotics in 2021, is cutting jobs.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Forvath Robotics had been acquired by Kelmar Holdings the year before.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Forvath Robotics was bought last year by Kelmar Holdings for $90 million.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings (ISIN: GB00B1234567) agreed to buy Forvath Robotics.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings plc (LEI: 2138001ABCDEFGH12345) has agreed to acquire Forvath Robotics.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings will buy Forvath Robotics. Completion of the Transaction is expected in June.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings agreed to acquire Forvath Robotics. Closing of the Acquisition is expected in May.",
     ACQ, {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings, which took a 20% stake in Forvath Robotics in 2022, said it would not sell.", INV,
     {("Forvath Robotics", "investee"), ("Kelmar", "investor")}),
    ("en", "Forvath Robotics has been acquired by Kelmar Holdings, the companies said.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings (Ticker: KLM, ISIN: US1234567890) bought Forvath Robotics in May.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings bought Forvath Robotics. The Merger Agreement was signed on Monday.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Forvath Robotics, which Kelmar Holdings bought in 2021, is cutting jobs.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Forvath Robotics will be acquired by Kelmar Holdings for $90 million.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    ("en", "Kelmar Holdings, which had bought Forvath Robotics in 2019, is now for sale.", ACQ,
     {("Forvath Robotics", "target"), ("Kelmar", "acquirer")}),
    # French
    ("fr", "Le groupe Kelmar Industries (ISIN : FR0000123456) rachète la société Forvath Systèmes.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Forvath Systèmes a été racheté en 2021 par Kelmar Industries.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Forvath Systèmes, qui a été rachetée par Kelmar Industries en 2021, supprime des postes.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Kelmar Industries, qui a racheté Forvath Systèmes en 2019, supprime des postes.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Forvath Systèmes, que Kelmar Industries a rachetée en 2019, supprime des postes.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Kelmar Industries rachète Forvath Systèmes. La Réalisation de la Transaction est attendue en juin.",
     ACQ, {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Kelmar Industries SA (ISIN : FR0012345678) a acquis Forvath Systèmes pour 40 millions d'euros.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Forvath Systèmes sera racheté par Kelmar Industries d'ici à la fin de l'année.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Forvath Systèmes avait été cédé à Kelmar Industries en 2020.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Kelmar Industries, qui détient 30 % de Forvath Systèmes depuis 2020, veut monter au capital.", INV,
     {("Forvath Systèmes", "investee"), ("Kelmar Industries", "investor")}),
    ("fr", "Kelmar Industries a racheté Forvath Systèmes. La Finalisation de l'Opération est prévue en mai.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Kelmar Industries (code ISIN : FR0000654321) s'offre Forvath Systèmes.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Forvath Systèmes a été acquise par Kelmar Industries pour 40 millions d'euros.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Kelmar Industries, qui avait racheté Forvath Systèmes en 2018, annonce un plan social.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    ("fr", "Forvath Systèmes est passé sous le contrôle de Kelmar Industries en 2022.", ACQ,
     {("Forvath Systèmes", "target"), ("Kelmar Industries", "acquirer")}),
    # Spanish
    ("es", "Grupo Kelmar (ISIN: ES0123456789) ha comprado la empresa Forvath Sistemas.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas fue comprada en 2021 por Grupo Kelmar.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas, que fue adquirida por Grupo Kelmar en 2021, recortará empleo.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Grupo Kelmar, que compró Forvath Sistemas en 2019, recortará empleo.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas, que Grupo Kelmar compró en 2019, recortará empleo.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Grupo Kelmar compra Forvath Sistemas. El Cierre de la Operación se espera en junio.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Grupo Kelmar (CIF: A12345678) ha adquirido Forvath Sistemas por 40 millones de euros.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas será adquirida por Grupo Kelmar antes de fin de año.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas había sido vendida a Grupo Kelmar en 2020.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas, que el grupo Kelmar Capital compró en 2017, abre una planta.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar Capital", "acquirer")}),
    ("es", "Grupo Kelmar ha comprado Forvath Sistemas. La Firma del Acuerdo tuvo lugar el lunes.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Grupo Kelmar (código ISIN: ES0987654321) se hace con Forvath Sistemas.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas fue adquirida por Grupo Kelmar por 40 millones de euros.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Grupo Kelmar, que había comprado Forvath Sistemas en 2018, anuncia un ERE.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
    ("es", "Forvath Sistemas pasa a manos de Grupo Kelmar tras la compra.", ACQ,
     {("Forvath Sistemas", "target"), ("Kelmar", "acquirer")}),
]
CON = "contract"
# the firms that make up a consortium take the role the consortium plays
CONSORTIA = [
    ("en", "Harrow Rail awarded the contract to the consortium made up of Velmont Motors and Kelmar Engineering.",
     CON, {("Harrow Rail", "customer"), ("Kelmar Engineering", "supplier"), ("Velmont Motors", "supplier")}),
    ("en", "A consortium formed by Velmont Motors and Kelmar Engineering won a $300 million contract from Harrow "
           "Rail.", CON,
     {("Harrow Rail", "customer"), ("Kelmar Engineering", "supplier"), ("Velmont Motors", "supplier")}),
    ("fr", "La SNCF a attribué le contrat au groupement formé par Velmont Industries et Kelmar Ingénierie.", CON,
     {("Kelmar Ingénierie", "supplier"), ("SNCF", "customer"), ("Velmont Industries", "supplier")}),
    ("fr", "Le groupement constitué de Velmont Industries et Kelmar Ingénierie a remporté un contrat auprès de la "
           "SNCF.", CON, {("Kelmar Ingénierie", "supplier"), ("SNCF", "customer"), ("Velmont Industries", "supplier")}),
    ("fr", "Le consortium Trion, composé de Velmont Industries et Kelmar Ingénierie, a remporté un contrat de la SNCF.",
     CON, {("Kelmar Ingénierie", "supplier"), ("SNCF", "customer"), ("Velmont Industries", "supplier")}),
    ("de", "Die Deutsche Bahn vergibt den Auftrag an das Konsortium bestehend aus der Velmont Bau AG und der Kelmar "
           "Technik GmbH.", CON,
     {("Deutsche Bahn", "customer"), ("Kelmar Technik", "supplier"), ("Velmont Bau", "supplier")}),
    ("de", "Die Deutsche Bahn beauftragt ein Konsortium bestehend aus der Velmont Bau AG und der Kelmar Technik GmbH "
           "mit dem Bau der Strecke.", CON,
     {("Deutsche Bahn", "customer"), ("Kelmar Technik", "supplier"), ("Velmont Bau", "supplier")}),
    ("es", "Adif ha adjudicado a la UTE formada por Obrascón Levante y Construcciones Ibarluce las obras del túnel.",
     CON, {("Adif", "customer"), ("Construcciones Ibarluce", "supplier"), ("Obrascón Levante", "supplier")}),
    ("es", "El Ministerio de Fomento adjudicó ayer a la unión temporal de empresas formada por Grupo Arvena y "
           "Constructora Salvatierra la construcción del tramo.", CON,
     {("Arvena", "supplier"), ("Ministerio de Fomento", "customer"), ("Salvatierra", "supplier")}),
    ("es", "La UTE integrada por Velmont Obras y Kelmar Ingeniería se ha adjudicado un contrato de Adif.", CON,
     {("Adif", "customer"), ("Kelmar Ingeniería", "supplier"), ("Velmont Obras", "supplier")}),
    ("es", "El Ayuntamiento de Sevilla adjudicó el servicio al consorcio compuesto por Velmont Obras y Grupo Kelmar.",
     CON, {("Ayuntamiento de Sevilla", "customer"), ("Kelmar", "supplier"), ("Velmont Obras", "supplier")}),
]
CASES += CONSORTIA
# blocked until names3: "die Holtmann Gruppe" read as a description of another firm (`organisations._holds_name`)
CASES += [
    ("de", "Bereits 2023 hatte die Velmont AG die Tochter Kerner Guss GmbH an die Holtmann Gruppe veräußert.", ACQ,
     {("Holtmann", "acquirer"), ("Kerner Guss", "target"), ("Velmont", "seller")}),
    ("de", "Die Velmont AG verkauft ihr Werk in Lüneburg an die Schwarz Gruppe.", ACQ,
     {("Schwarz", "acquirer"), ("Velmont", "seller")}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_both_firms_get_their_roles(lang: str, text: str, kind: str, expected: set) -> None:
    assert parties_by_event(lang, text, kind) == [expected]

