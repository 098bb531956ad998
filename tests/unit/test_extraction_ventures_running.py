"""Ventures and partnerships that run already, told in relative clauses and appositions (issue 3, ventures3): a
venture named after its cue and told by the relative clause after it ("aus dem Gemeinschaftsunternehmen X, das Y und
Z seit 2019 betreiben"), a tie-up told by a relative clause right after its cue ("eine Kooperation, die Y seit 2021
mit Z unterhält"), a venture kept ("keeps the joint venture it formed in 2019"), a partner noun set off after a firm
("X, Y's strategic partner since 2022"), an agreement that a negation leaves standing ("ne remet pas en cause
l'accord ..."), its partners as agent and companion ("noué en 2020 par Y avec Z") or by an object pronoun ("qui la
lie depuis 2020 à Z"), agreements to share assets. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

INTRO = {
    "en": ("Tallis Robotics buys Arnel Sensors",
           "Tallis Robotics, a maker of robot arms based in Leeds, has bought Arnel Sensors for 30 million pounds."),
    "de": ("Tallis Robotik kauft Arnel Sensorik",
           "Die Tallis Robotik AG, ein Hersteller von Roboterarmen aus Ulm, übernimmt die Arnel Sensorik GmbH für 30 "
           "Millionen Euro."),
    "fr": ("Tallis Robotique rachète Arnel Capteurs",
           "Tallis Robotique, fabricant lyonnais de bras robotisés, rachète Arnel Capteurs pour 30 millions d'euros."),
    "es": ("Tallis Robótica compra Arnel Sensores",
           "Tallis Robótica, fabricante vasco de brazos robóticos, compra Arnel Sensores por 30 millones de euros."),
}


def _events(lang: str, sentence: str, kind: str) -> list[tuple[str, str | None, set[str]]]:
    title, intro = INTRO[lang]
    return [(e["status"], e["date"], {p["name"] for p in e["parties"]})
            for e in extract_events(page(lang, title, f"{intro} {sentence}", published="2026-03-14"))
            if e["type"] == kind]


@pytest.mark.parametrize(("lang", "sentence", "partners"), [
    # the venture's own name between its cue and the relative clause that tells it
    ("de", "Die Radsätze stammen aus dem Gemeinschaftsunternehmen KR Radsatz, das die Tallis Robotik AG und der "
           "französische Hersteller Montferr seit 2019 in Zwickau betreiben.", {"Tallis Robotik", "Montferr"}),
    ("en", "Tallis Robotics said the sale leaves untouched the joint venture Kerlan Drives, which Tallis Robotics and "
           "Vouga Metals have run in Leeds since 2019.", {"Tallis Robotics", "Vouga Metals"}),
    ("fr", "Les bogies viennent de la coentreprise Kerlan Bogies, que Tallis Robotique et l'espagnol Ferrovia "
           "exploitent depuis 2019 à Lyon.", {"Tallis Robotique", "Ferrovia"}),
    ("es", "Los bogies salen de la empresa conjunta Kerlan Bogies, que Tallis Robótica y la francesa Montferr "
           "gestionan desde 2019 en Bilbao.", {"Tallis Robótica", "Montferr"}),
    # a venture kept, founded in an earlier year
    ("en", "Tallis Robotics keeps the joint venture it formed in 2019 with Portuguese steelmaker Vouga Metals.",
     {"Tallis Robotics", "Vouga Metals"}),
    ("fr", "Tallis Robotique conserve la coentreprise qu'elle a créée en 2019 avec le portugais Vouga Metais.",
     {"Tallis Robotique", "Vouga Metais"}),
    ("de", "Die Tallis Robotik AG behält das Gemeinschaftsunternehmen, das sie 2019 mit der portugiesischen Vouga "
           "Metais gegründet hat.", {"Tallis Robotik", "Vouga Metais"}),
    ("es", "Tallis Robótica mantiene la empresa conjunta que creó en 2019 con la portuguesa Metalúrgica Vouga.",
     {"Tallis Robótica", "Metalúrgica Vouga"}),
    # a Portuguese name's lowercase link ("do") is inside the name
    ("es", "Tallis Robótica mantiene la empresa conjunta que creó en 2019 con la portuguesa Metalúrgica do Vouga.",
     {"Tallis Robótica", "Metalúrgica do Vouga"}),
    ("fr", "Tallis Robotique conserve la coentreprise qu'elle a créée en 2019 avec le portugais Metalúrgica do Vouga.",
     {"Tallis Robotique", "Metalúrgica do Vouga"}),
])
def test_running_venture(lang, sentence, partners):
    assert ("ongoing", "2019", partners) in _events(lang, sentence, "joint_venture")


@pytest.mark.parametrize(("lang", "sentence", "partners", "date"), [
    # a relative clause right after the tie-up's cue names its partners and its start
    ("de", "Dazu zählt eine Kooperation, die Tallis Robotik seit 2021 mit der Kerrow GmbH unterhält.",
     {"Tallis Robotik", "Kerrow"}, "2021"),
    ("de", "Der Verkauf stellt die Kooperation, die die Tallis Robotik AG seit 2020 mit der Kerrow Bank unterhält, "
           "nicht infrage.", {"Tallis Robotik", "Kerrow Bank"}, "2020"),
    ("en", "Tallis Robotics also has a partnership, which it has run with Kerrow Systems since 2021.",
     {"Tallis Robotics", "Kerrow Systems"}, "2021"),
    # a partner noun set off after a firm, its possessor before it or governed after it
    ("en", "Its products will continue to be offered on Kerrow Cloud, Tallis Robotics's strategic partner since 2022.",
     {"Kerrow Cloud", "Tallis Robotics"}, "2022"),
    ("de", "Die Produkte bleiben bei Kerrow Cloud, dem strategischen Partner der Tallis Robotik AG seit 2022.",
     {"Kerrow Cloud", "Tallis Robotik"}, "2022"),
    ("fr", "Ses produits resteront proposés sur Kerrow Cloud, partenaire stratégique de Tallis Robotique depuis 2022.",
     {"Kerrow Cloud", "Tallis Robotique"}, "2022"),
    ("es", "Sus productos seguirán en Kerrow Cloud, socio estratégico de Tallis Robótica desde 2022.",
     {"Kerrow Cloud", "Tallis Robótica"}, "2022"),
    # an agreement a negation leaves standing; its partners as agent and companion, or by an object pronoun
    ("fr", "Le rachat ne remet pas en cause l'accord de distribution noué en 2020 par Tallis Robotique avec la banque "
           "Crédit Vendéen.", {"Tallis Robotique", "Crédit Vendéen"}, "2020"),
    ("fr", "Le rachat ne remet pas en cause l'accord de distribution qui la lie depuis 2020 à l'importateur Hengrui "
           "Trading.", {"Tallis Robotique", "Hengrui Trading"}, "2020"),
    ("fr", "Le rachat préserve l'accord de distribution, qui la lie depuis 2020 à l'importateur Hengrui Trading.",
     {"Tallis Robotique", "Hengrui Trading"}, "2020"),
    ("es", "La venta no afecta al acuerdo de distribución que la une desde 2020 con el importador Hengrui Trading.",
     {"Tallis Robótica", "Hengrui Trading"}, "2020"),
    ("es", "La venta no afecta al acuerdo de distribución firmado en 2020 por Tallis Robótica con el banco Kerrow "
           "Capital.", {"Tallis Robótica", "Kerrow Capital"}, "2020"),
    ("en", "The sale does not call into question the distribution agreement Tallis Robotics signed in 2020 with "
           "Kerrow Bank.", {"Tallis Robotics", "Kerrow Bank"}, "2020"),
    ("en", "The deal leaves intact the distribution agreement signed by Tallis Robotics with Kerrow Bank in 2020.",
     {"Tallis Robotics", "Kerrow Bank"}, "2020"),
    # agreements to share assets
    ("en", "The vessel-sharing agreement under which Corlan and Vesterby have pooled ships on the Baltic trade since "
           "2021 continues to run.", {"Corlan", "Vesterby"}, "2021"),
    ("de", "Weiter gilt die Kooperationsvereinbarung, nach der Tallis Robotik und die Vesterby Marine AG seit 2021 "
           "ihre Prüfstände teilen.", {"Tallis Robotik", "Vesterby Marine"}, "2021"),
    ("fr", "L'accord de partage de navires, en vertu duquel Tallis Robotique et Vesterby Marine mettent en commun "
           "leurs navires depuis 2021, reste en vigueur.", {"Tallis Robotique", "Vesterby Marine"}, "2021"),
    ("es", "El acuerdo para compartir buques por el que Tallis Robótica y Vesterby Marine operan juntas desde 2021 "
           "sigue vigente.", {"Tallis Robótica", "Vesterby Marine"}, "2021"),
])
def test_running_partnership(lang, sentence, partners, date):
    assert ("ongoing", date, partners) in _events(lang, sentence, "partnership")


@pytest.mark.parametrize(("lang", "sentence", "kind"), [
    # a negation that denies the tie-up still drops it
    ("en", "Tallis Robotics has not formed a joint venture with Vouga Metals.", "joint_venture"),
    ("fr", "Tallis Robotique ne noue pas de partenariat avec Vouga Metais.", "partnership"),
    ("es", "Tallis Robótica no firmará ninguna alianza con Metalúrgica Vouga.", "partnership"),
    ("de", "Eine Kooperation mit der Kerrow GmbH plant die Tallis Robotik AG nicht.", "partnership"),
])
def test_denied_tie_up_stays_dropped(lang, sentence, kind):
    assert not [e for e in _events(lang, sentence, kind) if len(e[2]) == 2 and "Arnel" not in str(e[2])]


def test_relative_clause_after_a_contract_dates_no_start():
    """ "hat X mit der Vermarktung ... beauftragt, die ab Januar ans Netz gehen": a relative clause after a contract
    cue describes what the work is on, not a relation running since then."""
    events = _events("de", "Einen ersten Kunden hat sie bereits: Der Netzbetreiber Kerrow Netz hat die Tallis "
                           "Robotik AG mit der Wartung von drei Anlagen beauftragt, die ab Januar ans Netz gehen.",
                     "contract")
    assert events and all(status != "ongoing" for status, _, _ in events)


@pytest.mark.parametrize(("lang", "sentence", "customer", "supplier"), [
    # one customer the firm's list names, served since a start its relative clause tells
    ("es", "Uno de sus primeros clientes fue el Ayuntamiento de Valdemoro, cuya flota municipal gestiona desde 2024.",
     "Ayuntamiento de Valdemoro", "Tallis Robótica"),
    ("en", "One of its first customers was Harwick Council, whose municipal fleet it has managed since 2024.",
     "Harwick Council", "Tallis Robotics"),
    ("de", "Zu den ersten Kunden zählte die Stadt Harbach, deren Fuhrpark das Unternehmen seit 2024 betreibt.",
     "Stadt Harbach", "Tallis Robotik"),
    ("fr", "Parmi ses premiers clients figure la ville de Valmont, dont elle gère la flotte municipale depuis 2024.",
     "ville de Valmont", "Tallis Robotique"),
])
def test_customer_of_a_list_served_since(lang, sentence, customer, supplier):
    title, intro = INTRO[lang]
    events = extract_events(page(lang, title, f"{intro} {sentence}", published="2026-03-14"))
    assert ("ongoing", "2024", {(customer, "customer"), (supplier, "supplier")}) in [
        (e["status"], e["date"], {(p["name"], p["role"]) for p in e["parties"]}) for e in events
        if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "title", "body"), [
    ("de", "Kessner und Tavola gründen Gemeinschaftsunternehmen",
     "Der Hydraulikspezialist Kessner aus Heilbronn und der italienische Zulieferer Tavola Industrie bündeln ihre "
     "Kräfte bei elektrischen Antrieben. Das neue Unternehmen soll 2027 die Produktion aufnehmen."),
    ("en", "Kessner and Tavola form joint venture",
     "Hydraulics specialist Kessner and Italian supplier Tavola Industrie are joining forces in electric drives."),
    ("fr", "Kessner et Tavola créent une coentreprise",
     "Le spécialiste de l'hydraulique Kessner et l'équipementier italien Tavola Industrie unissent leurs forces dans "
     "les entraînements électriques."),
    ("es", "Kessner y Tavola crean una empresa conjunta",
     "La especialista en hidráulica Kessner y la italiana Tavola Industrie unen fuerzas en accionamientos "
     "eléctricos."),
])
def test_tie_up_under_a_venture_headline_is_the_venture(lang, title, body):
    events = extract_events(page(lang, title, body, published="2026-03-14"))
    assert [(e["type"], {p["name"] for p in e["parties"]}) for e in events] == [
        ("joint_venture", {"Kessner", "Tavola Industrie"})]


def test_tie_up_under_a_partnership_headline_stays_a_partnership():
    events = extract_events(page("de", "Kessner und Tavola kooperieren",
                                 "Der Hydraulikspezialist Kessner aus Heilbronn und der italienische Zulieferer "
                                 "Tavola Industrie bündeln ihre Kräfte bei elektrischen Antrieben.",
                                 published="2026-03-14"))
    assert [e["type"] for e in events] == ["partnership"]
