"""Earlier deals told in asides, with the right firm (issue 3, branch background6), on pages written for these
tests: a pronoun after the colon of a sentence opened by one firm, a description of a kind the page gave one firm,
a region in brackets after a seat, a partner fronted by a comitative phrase, a merger told with the verb last, an
object after the deal's year, an offer told in a relative clause, a stake told by its size in an apposition, and a
backer's stance on a deal still to come."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

PUBLISHED = "2026-03-14"


def _of_type(lang: str, title: str, text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, text, published=PUBLISHED)) if e["type"] == kind]


def test_a_pronoun_after_the_colon_of_a_sentence_opened_by_one_firm_is_that_firm():
    for lang, text, page_firm in [
        ("de", "Die Genossenschaft Agrarbund Oberland eG übernimmt die Käserei Almtal. Die Käserei Almtal beschäftigt "
               "80 Mitarbeiter. Für die Genossenschaft, die im vergangenen Jahr 240 Millionen Euro umsetzte, ist es "
               "der zweite große Schritt: Erst 2025 hatte sie sich mit der Molkerei Lechtal zusammengeschlossen.",
         "Agrarbund Oberland"),
        ("de", "Die Lumatec AG übernimmt die Nordwerk GmbH. Die Nordwerk GmbH beschäftigt 80 Mitarbeiter. Für Lumatec "
               "ist es der zweite große Schritt: 2025 hatte sie sich mit der Molkerei Lechtal zusammengeschlossen.",
         "Lumatec"),
        ("fr", "Lumatec SA rachète Nordwerk. Nordwerk emploie 80 personnes. Pour Lumatec, c'est la deuxième étape : en "
               "2025, elle avait fusionné avec la laiterie Lechtal SA.", "Lumatec"),
        ("es", "Lumatec S.A. compra Nordwerk. Nordwerk emplea a 80 personas. Para Lumatec es el segundo paso: en 2025 "
               "ya se había fusionado con la láctea Lechtal S.A.", "Lumatec"),
        ("en", "Lumatec Ltd is buying Nordwerk. Nordwerk employs 80 people. For Lumatec it is the second step: in 2025 "
               "it had merged with Lechtal Dairies Ltd.", "Lumatec"),
    ]:
        (event,) = _of_type(lang, "Nachrichten", text, "merger")
        (other,) = {n for n, _ in parties(event)} - {page_firm}
        assert (page_firm, "party") in parties(event) and "Lechtal" in other, text
        assert (event["status"], event["date"]) == ("completed", "2025"), text


def test_a_pronoun_keeps_the_subject_before_when_its_sentence_opens_with_no_firm():
    text = ("Lumatec SA rachète Nordwerk. Nordwerk emploie 80 personnes. Selon les analystes, c'est une bonne "
            "opération : en 2025, elle avait fusionné avec la laiterie Lechtal SA.")
    (event,) = _of_type("fr", "Nachrichten", text, "merger")
    assert parties(event) == {("Nordwerk", "party"), ("Lechtal", "party")}


def test_a_description_of_the_kind_the_page_gave_one_firm_is_that_firm_not_the_subject_before():
    text = ("Die Genossenschaft Agrarbund Oberland eG übernimmt die Käserei Almtal. Die Käserei Almtal beschäftigt 80 "
            "Mitarbeiter. Erst 2024 hatte die Genossenschaft die Bio-Sparte der Sennerei Feldach übernommen.")
    events = _of_type("de", "Agrarbund Oberland übernimmt Käserei Almtal", text, "acquisition")
    earlier = [e for e in events if e["date"] == "2024"]
    assert len(earlier) == 1 and earlier[0]["status"] == "completed"
    assert parties(earlier[0]) == {("Agrarbund Oberland", "acquirer"), ("Sennerei Feldach", "seller")}


def test_a_unit_before_a_name_that_precedes_its_verb_is_sold_by_its_owner():
    for text in [
        "Die Lumatec AG hatte 2024 die Bio-Sparte der Sennerei Feldach übernommen.",
        "Im Jahr 2024 hatte die Lumatec AG die Bio-Sparte der Sennerei Feldach übernommen.",
    ]:
        (event,) = _of_type("de", "Nachrichten", text, "acquisition")
        assert parties(event) == {("Lumatec", "acquirer"), ("Sennerei Feldach", "seller")}, text


def test_a_region_in_brackets_after_a_seat_ties_the_firm_to_it():
    for lang, text, earlier in [
        ("es", "Telenorte ha comprado Redcable S.A., con sede en Gijón (Asturias), por 200 millones. La operadora "
               "asturiana, que compró Fibrastur en 2021 por 140 millones, factura hoy 380 millones.", "Fibrastur"),
        ("fr", "Lumatec SA a racheté Nordwerk SAS, basée à Vannes (Morbihan), pour 20 millions d'euros. La société "
               "morbihannaise, qui avait acquis Feldor SARL en 2021, emploie 300 personnes.", "Feldor"),
    ]:
        events = _of_type(lang, "Nachrichten", text, "acquisition")
        (old,) = [e for e in events if e["date"] == "2021"]
        buyer = "Redcable" if lang == "es" else "Nordwerk"
        assert {n for n, r in parties(old) if r == "acquirer"} == {buyer}, text
        assert {n.split()[0] for n, r in parties(old) if r == "target"} == {earlier}, text


def test_a_partner_fronted_by_a_comitative_phrase_is_the_venture_s_partner():
    for lang, text in [
        ("fr", "Nordgen SAS lève 20 millions d'euros. Nordgen n'en est pas à son premier allié industriel : avec le "
               "japonais Sakura Bio, elle a créé en 2025 une coentreprise chargée de vendre ses tests en Asie."),
        ("fr", "Nordgen SAS lève 20 millions d'euros. Avec le japonais Sakura Bio, elle a créé en 2025 une "
               "coentreprise chargée de commercialiser ses tests en Asie."),
        ("en", "Nordgen Ltd raised $20 million. It is not its first industrial ally: with Japan's Sakura Bio, it set "
               "up a joint venture in 2025 to sell its tests in Asia."),
        ("es", "Nordgen S.L. capta 20 millones de euros. No es su primer aliado industrial: con la japonesa Sakura "
               "Bio, creó en 2025 una empresa conjunta para vender sus pruebas en Asia."),
        ("de", "Die Nordgen GmbH sammelt 20 Millionen Euro ein. Es ist nicht ihr erster Partner: Mit der japanischen "
               "Sakura Bio hat sie 2025 ein Gemeinschaftsunternehmen gegründet, das ihre Tests in Asien vertreibt."),
    ]:
        (event,) = _of_type(lang, "Nachrichten", text, "joint_venture")
        assert {n.split()[0] for n, _ in parties(event)} == {"Nordgen", "Sakura"}, text
        assert (event["status"], event["date"]) == ("completed", "2025"), text


def test_a_merger_told_with_the_verb_last():
    for text in [
        "Die Solvia GmbH aus Ulm baut ihr Geschäft aus. Entstanden ist Solvia in seiner heutigen Form 2019, als sich "
        "die Gründerfirma mit dem Dachdecker-Netzwerk Lumadach zusammenschloss.",
        "Die Solvia GmbH aus Ulm baut ihr Geschäft aus. Solvia entstand 2019, als die Gründerfirma mit dem "
        "Dachdecker-Netzwerk Lumadach zusammenging.",
    ]:
        (event,) = _of_type("de", "Solvia wächst", text, "merger")
        (other,) = {n for n, _ in parties(event)} - {"Solvia"}
        assert ("Solvia", "party") in parties(event) and other.endswith("Lumadach"), text
        assert (event["status"], event["date"]) == ("completed", "2019"), text


def test_an_object_after_the_year_of_the_deal_is_its_target():
    for text, target in [
        ("Olivares del Norte S.A. ha comprado la almazara Sierra Alta. No es la primera operación de Olivares del "
         "Norte, que ya absorbió en 2022 a la almazara Los Robles.", "Los Robles"),
        ("Olivares del Norte S.A., que en mayo de 2022 adquirió a la almazara Los Robles, crece.", "Los Robles"),
    ]:
        events = [e for e in _of_type("es", "Olivares del Norte", text, "acquisition") if e["date"].startswith("2022")]
        assert len(events) == 1 and parties(events[0]) == {("Olivares del Norte", "acquirer"), (target, "target")}, text


def test_an_offer_told_in_a_relative_clause_targets_the_firm_after_it():
    for lang, text in [
        ("es", "Redcable Sur S.A. busca un nuevo propietario. Redcable Sur vivió una etapa convulsa en 2024, cuando el "
               "fondo Caldera Capital retiró la oferta de 520 millones de euros que había lanzado por la compañía."),
        ("en", "Redcable Inc is looking for a new owner. Redcable went through a turbulent 2024, when the fund Caldera "
               "Capital withdrew the $520 million offer it had made for the company."),
        ("fr", "Redcable SA cherche un repreneur. Redcable a vécu une année 2024 agitée, lorsque le fonds Caldera "
               "Capital a retiré l'offre de 520 millions d'euros qu'il avait lancée sur la société."),
    ]:
        (event,) = _of_type(lang, "Nachrichten", text, "acquisition")
        assert {(n.split()[0], r) for n, r in parties(event)} == {("Caldera", "acquirer"), ("Redcable", "target")}
        assert (event["status"], event["date"], event["amount"]["value"]) == ("terminated", "2024", 520e6), text


def test_a_stake_told_in_an_apposition_and_a_backer_s_stance_on_a_deal_to_come():
    for lang, text, fund in [
        ("fr", "Lumatec SA envisage de racheter son concurrent Nordwerk. Le fonds Caldera Participations, entré à "
               "hauteur de 8 % de son capital en 2024, a fait savoir qu'il soutiendrait une acquisition.",
         "Caldera Participations"),
        ("en", "Lumatec Ltd is weighing a bid for its rival Nordwerk. The fund Caldera Partners, which took an 8% "
               "stake in Lumatec in 2024, said it would back a takeover.", "Caldera Partners"),
    ]:
        events = extract_events(page(lang, "Nachrichten", text, published=PUBLISHED))
        assert {(e["type"], frozenset(parties(e))) for e in events} == {
            ("acquisition", frozenset({("Lumatec", "acquirer"), ("Nordwerk", "target")})),
            ("investment", frozenset({(fund, "investor"), ("Lumatec", "investee")}))}, text
        (stake,) = [e for e in events if e["type"] == "investment"]
        assert (stake["status"], stake["date"]) == ("completed", "2024"), text


def test_a_backer_s_verb_before_a_firm_leaves_the_deal_it_backs():
    for lang, text in [
        ("fr", "Le fonds Caldera Participations soutiendrait Lumatec SA dans une offre sur Nordwerk."),
        ("en", "Caldera Partners would back Lumatec Ltd in a bid for Nordwerk, it said."),
        ("es", "Caldera Capital apoyaría a Lumatec S.A. en una oferta por Nordwerk."),
    ]:
        events = _of_type(lang, "Nachrichten", text, "acquisition")
        assert [("Nordwerk", "target") in parties(e) for e in events] == [True], text


def test_a_capitalised_plain_noun_is_the_release_s_defined_term_for_its_issuer():
    for lang, text, issuer, target in [
        ("es", "Naviera Lumatec, S.A. comunica su intención de salir a Bolsa. El Fondo Atalaya de Inversiones se ha "
               "comprometido a suscribir acciones de la oferta por 50 millones de euros. La Sociedad completó en "
               "enero la adquisición de Fletes Nordwerk por 62 millones de euros.", "Naviera Lumatec",
         "Fletes Nordwerk"),
        ("en", "Lumatec Systems plc today announces a contract award. Nordwerk Capital has agreed to subscribe for "
               "shares worth £50 million. The Group completed in January the acquisition of Feldor Optics for £62 "
               "million.", "Lumatec Systems", "Feldor Optics"),
        ("fr", "Lumatec SA annonce son introduction en Bourse. Le fonds Caldera Participations s'est engagé à "
               "souscrire 50 millions d'euros. La Société a finalisé en janvier l'acquisition de Feldor SAS pour 62 "
               "millions d'euros.", "Lumatec", "Feldor"),
    ]:
        (event,) = _of_type(lang, "Nachrichten", text, "acquisition")
        assert parties(event) == {(issuer, "acquirer"), (target, "target")}, text
        assert (event["status"], event["date"]) == ("completed", "2026-01"), text


def test_a_capitalised_noun_that_opens_a_name_or_a_sentence_is_no_defined_term():
    events = extract_events(page("fr", "Nachrichten", "Hydrolux SA vend ses turbines au Québec. Lumatec SA a signé un "
                                 "accord. Hydrolux approvisionne depuis 2024 la Société d'énergie du Nunavik en vertu "
                                 "d'un contrat d'achat d'électricité.", published=PUBLISHED))
    (contract,) = [e for e in events if e["type"] == "contract"]
    assert ("Hydrolux", "supplier") in parties(contract) and "Lumatec" not in {n for n, _ in parties(contract)}


def test_people_of_a_place_the_page_ties_another_firm_to_are_that_firm():
    text = ("Die Lumatec AG aus Reutlingen wächst. Die Nordwerk AG will allein weiterwachsen. Die Reutlinger hatten "
            "2025 die Feldor GmbH übernommen.")
    (event,) = _of_type("de", "Nachrichten", text, "acquisition")
    assert parties(event) == {("Lumatec", "acquirer"), ("Feldor", "target")}
