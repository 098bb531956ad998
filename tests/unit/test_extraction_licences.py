"""Licensing and co-development deals as trade press and releases tell them: rights taken by the licensee ("has
secured worldwide rights to Y's inhibitor", "a acquis auprès de Y les droits", "hat sich die Rechte an ... gesichert"),
rights licensed in or out ("in-licenses ... from Y", "an Y auslizenziert", "lizenziert ... von Y ein"), a licence
granted to a dative ("gewährt der Y eine Lizenz"), co-development agreements (a partnership), and the sum of a
licence: the whole "up to" value when an upfront part is told too, the upfront payment when it is all."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, title: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, text)) if e["type"] == kind]


LICENSEE_TAKES_RIGHTS = [
    ("en", "Greywater Pharma", "Greywater Pharma has secured worldwide rights outside Japan to Tolland Therapeutics' "
     "experimental inhibitor TLD-310, agreeing to pay up to $900 million in a licensing deal the two companies "
     "disclosed on Monday.", "Greywater Pharma", "Tolland Therapeutics", 900e6),
    ("en", "Lumatec Pharma", "Lumatec Pharma has acquired exclusive global rights to Nordwerk Bio's antibody NWB-4 in "
     "a licensing deal worth up to $1.2 billion, the companies said on Tuesday.", "Lumatec Pharma", "Nordwerk Bio",
     1.2e9),
    ("en", "Corvane", "Corvane Pharma said on Monday that it would license worldwide rights outside Japan to an oral "
     "candidate from Kisaragi Pharmaceutical, paying $120 million upfront and up to $850 million in total.",
     "Corvane Pharma", "Kisaragi Pharmaceutical", 850e6),
    ("en", "Lumatec Pharma", "Lumatec Pharma in-licenses the antibody NWB-4 from Nordwerk Bio for $40 million "
     "upfront.", "Lumatec Pharma", "Nordwerk Bio", 40e6),
    ("en", "Lumatec Pharma", "Lumatec Pharma has in-licensed the antibody NWB-4 from Nordwerk Bio in a deal worth up "
     "to $500 million.", "Lumatec Pharma", "Nordwerk Bio", 500e6),
    ("de", "Lumatec", "Die Lumatec AG hat sich die weltweiten Rechte an dem Wirkstoff NWB-4 der Nordwerk Bio GmbH "
     "gesichert und zahlt dafür bis zu 900 Millionen Euro.", "Lumatec", "Nordwerk Bio", 900e6),
    ("de", "Lumatec", "Lumatec lizenziert den Wirkstoff NWB-4 von der Nordwerk Bio GmbH ein.", "Lumatec",
     "Nordwerk Bio", None),
    ("fr", "Lumatec", "Lumatec a acquis auprès de Nordwerk les droits mondiaux de l'anticorps NWB-4 pour un montant "
     "pouvant atteindre 900 millions de dollars.", "Lumatec", "Nordwerk", 900e6),
    ("es", "Lumatec", "Lumatec ha adquirido a Nordwerk los derechos mundiales del anticuerpo NWB-4 por hasta 900 "
     "millones de dólares.", "Lumatec", "Nordwerk", 900e6),
    ("en", "Lumatec Pharma", "Lumatec Pharma licensed the rights to LMT-9 from Nordwerk Bio.", "Lumatec Pharma",
     "Nordwerk Bio", None),
    ("en", "Lumatec Pharma", "Lumatec Pharma has obtained an exclusive license to LMT-9 from Nordwerk Bio.",
     "Lumatec Pharma", "Nordwerk Bio", None),
    ("de", "Lumatec", "Die Lumatec AG erwirbt von der Nordwerk Bio GmbH die weltweiten Rechte an dem Antikörper "
     "NWB-4.", "Lumatec", "Nordwerk Bio", None),
    ("de", "Lumatec", "Die Lumatec AG hat sich die weltweiten Vermarktungsrechte an dem Antikörper NWB-4 der Nordwerk "
     "Bio GmbH gesichert.", "Lumatec", "Nordwerk Bio", None),
    ("fr", "Lumatec", "Lumatec a obtenu auprès de Nordwerk une licence exclusive sur l'anticorps NWB-4.", "Lumatec",
     "Nordwerk", None),
    ("fr", "Lumatec", "Lumatec a pris en licence l'anticorps NWB-4 de Nordwerk.", "Lumatec", "Nordwerk", None),
    ("es", "Lumatec", "Lumatec ha obtenido de Nordwerk una licencia exclusiva sobre el anticuerpo NWB-4.", "Lumatec",
     "Nordwerk", None),
    ("es", "Lumatec", "Lumatec obtiene de Nordwerk la licencia exclusiva de NWB-4 para Europa.", "Lumatec", "Nordwerk",
     None),
    ("en", "Lumatec Pharma", "Lumatec Pharma in-licenses Nordwerk Bio's antibody NWB-4", "Lumatec Pharma",
     "Nordwerk Bio", None),
    ("en", "Lumatec Energy", "Lumatec Energy licenses Nordwerk Batteries' cell chemistry for its new plant.",
     "Lumatec Energy", "Nordwerk Batteries", None),
    ("en", "Lumatec Energy", "Lumatec Energy has licensed battery technology from Nordwerk Batteries.",
     "Lumatec Energy", "Nordwerk Batteries", None),
    ("de", "Lumatec", "Die Lumatec AG erhält von der Nordwerk Bio GmbH eine exklusive Lizenz für NWB-4.", "Lumatec",
     "Nordwerk Bio", None),
]


@pytest.mark.parametrize(("lang", "title", "text", "licensee", "licensor", "value"), LICENSEE_TAKES_RIGHTS)
def test_rights_taken_by_the_licensee_are_a_licence_it_buys(lang, title, text, licensee, licensor, value):
    (event,) = _events(lang, title, text, "contract")
    assert parties(event) == {(licensee, "customer"), (licensor, "supplier")}
    assert (event["amount"] or {}).get("value") == value
    assert event["status"] == "announced"
    assert not _events(lang, title, text, "acquisition")


LICENSOR_GIVES_RIGHTS = [
    ("de", "Nordgen Biologics", "Die Kieler Nordgen Biologics hat die weltweiten Entwicklungs- und Vermarktungsrechte "
     "an ihrem Antikörper NGB-77 an den US-Konzern Pellham Pharmaceuticals auslizenziert.", "Nordgen Biologics",
     "Pellham Pharmaceuticals", None),
    ("de", "Lumatec", "Die Lumatec AG lizenziert ihren Antikörper LMT-9 an die Nordwerk Bio GmbH aus.", "Lumatec",
     "Nordwerk Bio", None),
    ("de", "Lumatec", "Die Lumatec AG gewährt der Nordwerk Bio GmbH eine exklusive Lizenz für LMT-9 gegen eine "
     "Vorabzahlung von 40 Millionen Euro und bis zu 600 Millionen Euro an Meilensteinzahlungen.", "Lumatec",
     "Nordwerk Bio", 600e6),
    ("fr", "Lumatec", "Lumatec a concédé à Nordwerk une licence mondiale sur LMT-9 contre un paiement initial de 40 "
     "millions d'euros et jusqu'à 600 millions d'euros en paiements d'étapes.", "Lumatec", "Nordwerk", 600e6),
    ("fr", "Lumatec", "Lumatec a concédé à Nordwerk une licence mondiale sur son anticorps LMT-9 contre un paiement "
     "initial de 40 millions d'euros.", "Lumatec", "Nordwerk", 40e6),
    ("es", "Lumatec", "Lumatec otorga a Nordwerk una licencia exclusiva para comercializar LMT-9 en Europa a cambio de "
     "un pago inicial de 40 millones de euros y hasta 600 millones en hitos.", "Lumatec", "Nordwerk", 600e6),
    ("es", "Lumatec", "Lumatec ha licenciado a Nordwerk los derechos mundiales de su anticuerpo LMT-9.", "Lumatec",
     "Nordwerk", None),
    ("de", "Lumatec", "Lumatec lizenziert Antikörper an Nordwerk Bio", "Lumatec", "Nordwerk Bio", None),
    ("de", "Lumatec", "Die Lumatec AG hat dem US-Konzern Pellham Pharmaceuticals eine weltweite Lizenz für den "
     "Antikörper gewährt.", "Lumatec", "Pellham Pharmaceuticals", None),
    ("en", "Lumatec Pharma", "Lumatec Pharma has licensed its antibody LMT-9 to Nordwerk Bio for $40 million upfront "
     "and up to $1.1 billion in milestone payments.", "Lumatec Pharma", "Nordwerk Bio", 1.1e9),
]


@pytest.mark.parametrize(("lang", "title", "text", "licensor", "licensee", "value"), LICENSOR_GIVES_RIGHTS)
def test_rights_licensed_out_make_the_licensee_the_customer(lang, title, text, licensor, licensee, value):
    (event,) = _events(lang, title, text, "contract")
    assert parties(event) == {(licensee, "customer"), (licensor, "supplier")}
    assert (event["amount"] or {}).get("value") == value


def test_a_licence_and_new_shares_are_two_deals():
    text = ("Die Kieler Nordgen Biologics hat die weltweiten Rechte an ihrem Antikörper NGB-77 an den US-Konzern "
            "Pellham Pharmaceuticals auslizenziert. Zusätzlich zeichnet Pellham neue Nordgen-Aktien für 30 Millionen "
            "Dollar.")
    events = extract_events(page("de", "Nordgen Biologics", text))
    assert {e["type"] for e in events} == {"contract", "investment"}
    (stake,) = [e for e in events if e["type"] == "investment"]
    assert ("Pellham Pharmaceuticals", "investor") in parties(stake)


def test_a_wire_headline_in_title_case_names_the_licence_and_the_round():
    events = extract_events(page(
        "en", "Orvale Therapeutics Announces $70 Million Series B Financing and Exclusive License Agreement with "
        "Kessmann Pharma for ORV-3", "Orvale Therapeutics, Inc. today announced the closing of a $70 million Series B "
        "financing led by Harwick Ventures. The company also gained access to ORV-3, a molecule discovered by "
        "Kessmann Pharma."))
    (licence,) = [e for e in events if e["type"] == "contract"]
    assert parties(licence) == {("Orvale Therapeutics", "customer"), ("Kessmann Pharma", "supplier")}
    (round_,) = [e for e in events if e["type"] == "funding_round"]
    assert parties(round_) == {("Orvale Therapeutics", "investee"), ("Harwick Ventures", "investor")}


def test_a_licence_agreement_with_a_later_to_keeps_the_signer_as_licensee():
    text = ("Orvale Therapeutics also entered into an exclusive license agreement with Kessmann Pharma, under which "
            "Orvale Therapeutics obtains global rights to ORV-3.")
    (event,) = _events("en", "Orvale Therapeutics", text, "contract")
    assert parties(event) == {("Orvale Therapeutics", "customer"), ("Kessmann Pharma", "supplier")}


CO_DEVELOPMENT = [
    ("en", "Lumatec Pharma", "Lumatec Pharma and Nordwerk Bio announced on Wednesday a co-development agreement for "
     "LMT-9 worth up to $600 million.", {"Lumatec Pharma", "Nordwerk Bio"}, 600e6),
    ("en", "Lumatec Pharma", "Lumatec Pharma has signed a co-development and co-commercialization agreement with "
     "Nordwerk Bio for LMT-9.", {"Lumatec Pharma", "Nordwerk Bio"}, None),
    ("de", "Lumatec", "Die Lumatec AG und die Nordwerk Bio GmbH haben am Mittwoch eine Vereinbarung zur gemeinsamen "
     "Entwicklung von LMT-9 im Wert von bis zu 600 Millionen Euro angekündigt.", {"Lumatec", "Nordwerk Bio"}, 600e6),
    ("fr", "Celtia", "Les Laboratoires Morvan et la biotech nantaise Celtia ont annoncé mercredi soir un accord de "
     "co-développement portant sur CLT-11, pour un montant pouvant atteindre 600 millions d'euros.",
     {"Laboratoires Morvan", "Celtia"}, 600e6),
    ("es", "Lumatec", "Lumatec y Nordwerk han anunciado un acuerdo de codesarrollo para LMT-9 por un importe de hasta "
     "600 millones de euros.", {"Lumatec", "Nordwerk"}, 600e6),
    ("fr", "Lumatec", "Lumatec et Nordwerk vont co-développer LMT-9 et partager les coûts.", {"Lumatec", "Nordwerk"},
     None),
    ("es", "Lumatec", "Lumatec y Nordwerk codesarrollarán LMT-9 y compartirán los costes.", {"Lumatec", "Nordwerk"},
     None),
]


@pytest.mark.parametrize(("lang", "title", "text", "partners", "value"), CO_DEVELOPMENT)
def test_a_co_development_agreement_is_a_partnership(lang, title, text, partners, value):
    (event,) = _events(lang, title, text, "partnership")
    assert parties(event) == {(p, "partner") for p in partners}
    assert (event["amount"] or {}).get("value") == value
    assert event["status"] == "announced"


NO_LICENCE = [
    ("en", "Lumatec Holdings", "Lumatec Holdings has secured voting rights to 30% of Nordwerk Bio's shares."),
    ("fr", "Lumatec", "Lumatec a obtenu les droits de vote de Nordwerk à l'assemblée générale."),
    ("es", "Lumatec", "Lumatec ha adquirido los derechos de voto de Nordwerk en la junta."),
    ("de", "Lumatec", "Die Lumatec AG lizenziert ihre Software an Kunden aus Europa und Asien."),
    ("de", "Lumatec", "Die Lumatec AG erwirbt 25 Prozent der Stimmrechte an der Nordwerk Bio GmbH."),
    ("en", "Lumatec Bank", "Lumatec Bank has obtained a banking licence for its branch from the Financial Conduct "
     "Authority."),
    ("fr", "Lumatec", "Lumatec a obtenu une licence bancaire de l'Autorité de contrôle prudentiel."),
    ("en", "Lumatec", "Lumatec obtained a licence to operate from the Gambling Commission."),
    ("en", "Lumatec", "Lumatec secured the rights to host the 2030 Games."),
]


@pytest.mark.parametrize(("lang", "title", "text"), NO_LICENCE)
def test_voting_rights_and_licences_sold_to_customers_are_no_licence_deal(lang, title, text):
    assert not _events(lang, title, text, "contract")
