"""Deals stated in passing (issue 3, branch background5), on pages written for these tests: a purchase told with an
adverb between auxiliary and participle, a venture told by its founding, a stake in a firm described after the
cue, an agreement told by what it has the subject provide, a licence whose use by the other firm is told, a listing
dated in an apposition."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _of_type(lang: str, title: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, text)) if e["type"] == kind]


def test_a_purchase_with_an_adverb_before_the_participle_is_a_past_acquisition():
    for text, target in [
        ("Pour Lumatec SA, qui avait déjà repris en 2021 l'alsacien Nordwerk Emballages, il s'agit de compléter "
         "une offre.", "Nordwerk Emballages"),
        ("Lumatec SA, qui avait aussi repris en 2021 le breton Nordwerk SA, recrute.", "Nordwerk"),
        ("Lumatec SA a notamment repris en 2021 la société Nordwerk SA.", "Nordwerk"),
    ]:
        (event,) = _of_type("fr", "Lumatec SA agrandit son usine", text, "acquisition")
        assert parties(event) == {("Lumatec", "acquirer"), (target, "target")}, text
        assert (event["status"], event["date"]) == ("completed", "2021"), text


def test_an_adverb_before_a_participle_taking_back_the_firm_s_own_work_is_no_purchase():
    events = extract_events(page("fr", "Lumatec SA agrandit son usine",
                                 "Lumatec SA avait déjà repris en 2019 ses activités chez Nordwerk SA."))
    assert not [e for e in events if e["type"] == "acquisition"]


def test_a_venture_told_by_its_founding_is_a_joint_venture_of_that_year():
    for lang, text in [
        ("en", "Lumatec, based in Toulouse, employs about 14,000 people and makes fuselage panels in a venture it "
               "formed in 2021 with Japan's Nordwerk Heavy Industries, in which each partner owns half."),
        ("en", "Lumatec Ltd makes fuselage panels in a venture it set up in 2021 with Nordwerk Heavy Industries."),
        ("fr", "Lumatec SA fabrique des panneaux dans une coentreprise qu'elle a créée en 2021 avec le japonais "
               "Nordwerk Heavy Industries."),
        ("es", "Lumatec S.A. fabrica paneles en una empresa conjunta que creó en 2021 con la japonesa Nordwerk "
               "Heavy Industries S.A.."),
        ("de", "Die Lumatec GmbH fertigt Rumpfteile in einem Gemeinschaftsunternehmen, das sie 2021 mit der "
               "japanischen Nordwerk Heavy Industries gegründet hat."),
    ]:
        (event,) = _of_type(lang, "Lumatec", text, "joint_venture")
        assert parties(event) == {("Lumatec", "partner"), ("Nordwerk Heavy Industries", "partner")}, text
        assert (event["status"], event["date"]) == ("completed", "2021"), text


def test_a_stake_in_a_firm_described_after_the_cue_has_that_firm_as_investee():
    for lang, text in [
        ("fr", "Lumatec SA avait pris l'an dernier une participation de 20 % dans la société de cybersécurité "
               "brestoise Nordwerk."),
        ("fr", "Lumatec SA avait pris l'an dernier une participation de 20 % dans la société brestoise Nordwerk."),
        ("fr", "Lumatec SA recrute 200 ingénieurs. L'ESN avait pris l'an dernier une participation de 20 % dans "
               "la société de cybersécurité brestoise Nordwerk."),
        ("es", "Lumatec S.A. tomó el año pasado una participación del 20 % en la empresa gallega de "
               "ciberseguridad Nordwerk SL."),
        ("en", "Lumatec Ltd took a 20% stake last year in Brest-based cybersecurity firm Nordwerk."),
        ("en", "Lumatec Ltd took a 20% stake in Leeds-based Nordwerk last year."),
    ]:
        (event,) = _of_type(lang, "Lumatec SA recrute", text, "investment")
        assert parties(event) == {("Lumatec", "investor"), ("Nordwerk", "investee")}, text
        assert (event["status"], event["date"]) == ("completed", "2023"), text


def test_an_agreement_told_by_what_the_subject_provides_is_a_standing_supply():
    for lang, text in [
        ("es", "Lumatec S.A. mantiene además un acuerdo mayorista con Nordtel desde 2020, por el que presta su red "
               "a los clientes de esta operadora."),
        ("es", "Lumatec mantiene además un contrato mayorista con Nordtel S.A. desde 2020, por el que presta su "
               "red a los clientes de esta operadora."),
        ("fr", "Lumatec SA entretient par ailleurs un accord de gros avec Nordtel SA depuis 2020, par lequel elle "
               "loue son réseau aux clients de cet opérateur."),
        ("en", "Lumatec Ltd has also held a wholesale agreement with Nordtel since 2020, under which it leases its "
               "network to that carrier's customers."),
        ("de", "Die Lumatec GmbH unterhält zudem seit 2020 einen Großhandelsvertrag mit der Nordtel AG, über den "
               "sie ihr Netz an deren Kunden vermietet."),
    ]:
        (event,) = _of_type(lang, "Lumatec", text, "contract")
        assert parties(event) == {("Lumatec", "supplier"), ("Nordtel", "customer")}, text
        assert (event["status"], event["date"]) == ("ongoing", "2020"), text


def test_a_licence_whose_use_by_the_other_firm_is_told_has_the_signer_supply():
    for lang, text, customer in [
        ("en", "Earlier this year, Lumatec Ltd also signed a three-year licence agreement with Nordwerk Health "
               "System covering its 11 hospitals.", "Nordwerk Health System"),
        ("fr", "Lumatec SA a également signé cette année un contrat de licence de trois ans avec le groupe "
               "hospitalier Nordwerk pour ses 11 hôpitaux.", "Nordwerk"),
        ("es", "Lumatec S.A. también firmó este año un contrato de licencia de tres años con el grupo hospitalario "
               "Nordwerk para sus 11 hospitales.", "Nordwerk"),
        ("de", "Die Lumatec GmbH hat in diesem Jahr zudem einen dreijährigen Lizenzvertrag mit dem Klinikverbund "
               "Nordwerk für dessen elf Kliniken geschlossen.", "Nordwerk"),
    ]:
        (event,) = _of_type(lang, "Lumatec", text, "contract")
        assert parties(event) == {("Lumatec", "supplier"), (customer, "customer")}, text
        assert event["status"] == "announced" and event["date"].startswith("2024"), text


def test_a_licence_with_no_use_told_keeps_the_signer_as_licensee():
    for text in ["Lumatec Ltd signed a licence agreement with Nordwerk Foods on Monday.",
                 "Lumatec Ltd signed a licensing agreement with Nordwerk Foods on Monday."]:
        (event,) = _of_type("en", "Lumatec", text, "contract")
        assert parties(event) == {("Lumatec", "customer"), ("Nordwerk Foods", "supplier")}, text


def test_a_listing_dated_in_an_apposition_is_a_past_ipo_with_its_sum():
    for lang, text, year, value in [
        ("fr", "Lumatec SA, cotée depuis son introduction en 2017 qui lui avait permis de lever 150 millions "
               "d'euros, ouvre une usine.", "2017", 150e6),
        ("es", "Lumatec S.A., que salió a Bolsa en 2018 con una colocación de 180 millones de euros, abrirá una "
               "planta.", "2018", 180e6),
        ("en", "Lumatec Ltd, which listed in 2018 in an offering that raised $180 million, will open a plant.",
         "2018", 180e6),
        ("de", "Die Lumatec AG, die 2018 bei ihrem Börsengang 180 Millionen Euro einsammelte, baut ein Werk.",
         "2018", 180e6),
    ]:
        events = extract_events(page(lang, "Lumatec", text))
        assert [e["type"] for e in events] == ["ipo"], text
        (event,) = events
        assert parties(event) == {("Lumatec", "issuer")}, text
        assert (event["status"], event["date"], event["amount"]["value"]) == ("completed", year, value), text


def test_a_relation_dated_by_an_earlier_year_alone_is_ongoing_since_then():
    for lang, text in [
        ("fr", "Lumatec SA travaille notamment pour le constructeur Nordwerk, avec lequel elle a noué un partenariat "
               "en 2023."),
        ("es", "Lumatec S.A. trabaja sobre todo para el fabricante Nordwerk, con el que firmó una alianza en 2023."),
        ("en", "Lumatec Ltd works mainly for the carmaker Nordwerk, with which it formed a partnership in 2023."),
        ("de", "Die Lumatec GmbH arbeitet mit der Nordwerk AG zusammen; die Kooperation hatten beide Firmen 2023 "
               "vereinbart."),
        ("fr", "Lumatec SA vend des moteurs. L'essentiel de ses revenus provient d'un partenariat noué en 2023 avec "
               "Nordwerk SA."),
    ]:
        (event,) = _of_type(lang, "Lumatec", text, "partnership")
        assert parties(event) == {("Lumatec", "partner"), ("Nordwerk", "partner")}, text
        assert (event["status"], event["date"]) == ("ongoing", "2023"), text


def test_a_relation_of_this_year_or_a_dated_month_stays_news():
    for text, date in [("Lumatec Ltd signed a partnership with Nordwerk Ltd on Monday.", "2024-03-11"),
                       ("Lumatec Ltd signed a partnership with Nordwerk Ltd in January.", "2024-01")]:
        (event,) = _of_type("en", "Lumatec", text, "partnership")
        assert (event["status"], event["date"]) == ("announced", date), text



def test_a_year_that_opens_the_clause_of_a_standing_contract_dates_it():
    text = ("La producción está vendida a largo plazo: en 2023 Lumatec firmó con Cerámicas Nordwerk un contrato de "
            "compraventa de energía a diez años, que sigue vigente.")
    (event,) = _of_type("es", "Lumatec", text, "contract")
    assert (event["status"], event["date"]) == ("ongoing", "2023")
