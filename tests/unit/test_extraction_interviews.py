"""Interviews, newsletters and deal credits: the interviewer's "you", the interviewee's "we" selling "our stake",
and a law firm credited for advising a party; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

INTRO = {"en": ("Interview: Lumatec's chief on growth", "Lumatec has built a portfolio of industrial firms."),
         "fr": ("Entretien avec le patron de Lumatec", "Lumatec investit dans les PME."),
         "es": ("Entrevista con el presidente de Lumatec", "Lumatec invierte en pymes."),
         "de": ("Interview mit dem Lumatec-Chef", "Lumatec investiert in Mittelständler.")}


def interview(lang: str, text: str) -> set[tuple[str, frozenset]]:
    title, intro = INTRO[lang]
    return {(e["type"], frozenset(parties(e))) for e in extract_events(page(lang, title, f"{intro} {text}"))}


def deals(lang: str, text: str) -> set[tuple[str, frozenset]]:
    return {(e["type"], frozenset(parties(e))) for e in extract_events(page(lang, "News", text))}


SOLD = ("acquisition", frozenset({("Lumatec", "seller"), ("Kessel Partners", "acquirer")}))


def test_the_interviewer_s_you_is_the_interviewee_s_firm_never_a_name():
    assert interview("en", "You sold the textile business to Kessel Partners last year. Why?") == {SOLD}
    assert interview("en", "Why did you sell the textile business to Kessel Partners last year?") == {SOLD}
    assert interview("fr", "Vous avez cédé l'an dernier votre filiale textile à Kessel Partners. Pourquoi ?") == {
        SOLD}
    assert interview("es", "Usted vendió el año pasado la filial textil a Kessel Partners. ¿Por qué?") == {SOLD}
    assert interview("de", "Sie haben im vergangenen Jahr die Textilsparte an Kessel Partners verkauft. "
                           "Warum?") == {SOLD}


def test_our_stake_sold_is_the_buyer_s_stake_as_its_stake_is():
    stake = ("investment", frozenset({("Kessel Partners", "investor"), ("Varlet Industries", "investee")}))
    assert interview("en", "We sold our stake in Varlet Industries to Kessel Partners in 2023.") == {stake}
    assert deals("en", "Lumatec sold its stake in Varlet Industries to Kessel Partners in 2023.") == {stake}
    assert interview("fr", "Nous avons cédé en 2023 notre participation dans Varlet Industries à Kessel "
                           "Partners.") == {stake}
    assert deals("fr", "Lumatec a cédé en 2023 sa participation dans Varlet Industries à Kessel Partners.") == {stake}


def test_the_stake_a_we_sold_in_a_verb_final_or_dropped_subject_language():
    assert ("acquisition", frozenset({("Lumatec", "seller"), ("Brandt", "acquirer"), ("Kremstal Metall", "target")})
            ) in interview("de", "Wir haben 2023 unsere Beteiligung an Kremstal Metall an die Brandt Gruppe verkauft.")
    assert ("acquisition", frozenset({("Lumatec", "seller"), ("Norte Partners", "acquirer"),
                                      ("Talleres Arrieta", "target")})) in interview(
        "es", "Y en enero vendimos a Norte Partners el 30% que teníamos en Talleres Arrieta desde 2015.")


def test_a_deal_credit_tells_the_client_s_deal_and_the_adviser_is_no_party():
    sale = ("acquisition", frozenset({("Norwell Industries", "seller"), ("Stonegate Capital", "acquirer")}))
    assert deals("en", "Brightlaw advised Norwell Industries on the sale of its coatings business to Stonegate "
                       "Capital.") == {sale}
    assert deals("en", "Brightlaw and Keane Hart advised Norwell Industries on the sale of its coatings business "
                       "to Stonegate Capital.") == {sale}
    assert deals("fr", "Brightlaw a conseillé Norwell Industries dans la cession de son activité revêtements à "
                       "Stonegate Capital.") == {sale}
    assert deals("es", "Brightlaw ha asesorado a Norwell Industries en la venta de su negocio de recubrimientos a "
                       "Stonegate Capital.") == {sale}


def test_an_adviser_s_mandate_on_a_deal_told_elsewhere_is_still_no_deal():
    assert deals("en", "Goldman Sachs is advising Lumatec on the takeover.") == set()
    assert deals("fr", "Rothschild a conseillé Lumatec dans cette opération.") == set()
    assert deals("es", "Banco Arnal ha asesorado a Lumatec en la operación.") == set()


def test_a_firm_retained_by_a_client_on_its_contract_is_its_adviser():
    deal = ("contract", frozenset({("Department of Transport", "customer"), ("Solway Diagnostics", "supplier")}))
    title = "Legal briefs: Keane Hart lands Department of Transport mandate"
    for text in ("Over in Leeds, Keane Hart has been retained by the Department of Transport on its new framework "
                 "agreement with Solway Diagnostics, worth up to £40m.",
                 "Keane Hart has been instructed by the Department of Transport on its new framework agreement with "
                 "Solway Diagnostics, worth up to £40m."):
        assert {(e["type"], frozenset(parties(e))) for e in extract_events(page("en", title, text))} == {deal}
    title = "Kanzleien: Brightlaw berät die Deutsche Bahn"
    assert ("contract", frozenset({("Deutsche Bahn", "customer"), ("Solway Diagnostics", "supplier")})) in {
        (e["type"], frozenset(parties(e))) for e in extract_events(page(
            "de", title, "Die Kanzlei Brightlaw wurde von der Deutschen Bahn bei ihrem Rahmenvertrag mit Solway "
                         "Diagnostics mandatiert."))}


def test_a_firm_hired_by_a_customer_to_do_the_work_is_still_its_supplier():
    assert ("contract", frozenset({("Lumatec", "customer"), ("Nordwerk", "supplier")})) in deals(
        "en", "Nordwerk has been hired by Lumatec to build its new plant under a contract worth $40m.")


def test_the_person_an_interview_is_with_never_stands_for_the_firm_of_her_surname():
    merger = ("merger", frozenset({("Arnal", "party"), ("Inversiones Llano", "party")}))
    assert merger in {(e["type"], frozenset(parties(e))) for e in extract_events(page(
        "es", "Entrevista con Inés Arnal", "Inés Arnal preside el family office desde 2016. De la fusión, en 2014, de "
        "Gestora Arnal e Inversiones Llano, las oficinas de nuestras dos familias, nació el grupo."))}
    assert ("merger", frozenset({("Arnal Capital", "party"), ("Llano Investments", "party")})) in {
        (e["type"], frozenset(parties(e))) for e in extract_events(page(
            "en", "Interview with Jane Arnal", "Jane Arnal has chaired the family office since 2016. Arnal Capital "
            "merged with Llano Investments in 2014."))}


def test_a_firm_that_spoke_in_an_interview_is_no_person():
    assert ("acquisition", frozenset({("Lumatec", "acquirer"), ("Bolt", "target")})) in {
        (e["type"], frozenset(parties(e))) for e in extract_events(page(
            "en", "Lumatec to buy Bolt", "Lumatec, which said in an interview with Reuters that it would buy Bolt Inc. "
            "for $40m, rose 5%."))}
