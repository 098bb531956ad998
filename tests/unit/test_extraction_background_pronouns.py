"""Earlier deals told in asides whose party is a pronoun, a description or the page's firm (issue 3, branch
background7), on pages written for these tests: a sentence that ends at a legal suffix, German "es" before its
verb's object, a cooperative described by its kind, a unit that "went to" a buyer past its year and price, a bank
absorbing another, an investment firm described after a named fund, and a "we" of a speaker whose title names the
firm; the page's main deal keeps its parties."""

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.sentences import split
from tests.unit.test_extraction_roles import page, parties

PUBLISHED = "2026-03-14"


def _events(lang: str, text: str, title: str = "Nachrichten") -> list[dict]:
    return extract_events(page(lang, title, text, published=PUBLISHED))


def _of_type(lang: str, text: str, kind: str) -> list[dict]:
    return [e for e in _events(lang, text) if e["type"] == kind]


def _sentences(lang: str, text: str) -> list[str]:
    return [text[s.start:s.end] for s in split(text, [{"start": 0, "end": len(text)}], lexicon(lang))]


def test_a_point_after_an_acronym_or_a_whole_word_suffix_ends_the_sentence():
    for lang, text in [
        ("de", "Die Halberg Bau AG übernimmt die Kranwerk GmbH. Für die Halberg Bau AG ist es der dritte Zukauf."),
        ("fr", "Lumatec rachète Biolis SAS. Pour la coopérative, l'intérêt est double."),
        ("en", "Lumatec is buying Nordwerk Group. The group employs 80 people."),
        ("de", "Lumatec übernimmt die Nordwerk AG. 2020 hatte es Brenner gekauft."),
    ]:
        assert len(_sentences(lang, text)) == 2, text


def test_a_point_after_a_suffix_cut_short_keeps_the_sentence():
    for lang, text in [
        ("en", "Acme Co. said it had agreed to buy Bolt."),
        ("en", "Acme Inc. agreed to buy Bolt Ltd. for $4m."),
        ("es", "Naviera Atlántica Canarias, S.A. comunica su intención de salir a Bolsa."),
    ]:
        assert len(_sentences(lang, text)) == 1, text


def test_german_es_before_its_verb_s_object_is_the_firm_spoken_of():
    for text in [
        "Die Halberg Bau AG übernimmt die Kranwerk GmbH. Für die Halberg Bau AG ist es der dritte Zukauf. 2020 hatte "
        "es den Spezialisten Brenner Messtechnik aus Fulda gekauft.",
        "Die Halberg Bau AG übernimmt die Kranwerk GmbH. Das Unternehmen wächst seit Jahren. 2020 hatte es den "
        "Spezialisten Brenner Messtechnik aus Fulda gekauft.",
        "Die Halberg Bau AG übernimmt die Kranwerk GmbH. Das Unternehmen wächst seit Jahren. Es hatte 2020 Brenner "
        "Messtechnik gekauft.",
    ]:
        events = _of_type("de", text, "acquisition")
        assert {("Halberg Bau", "acquirer"), ("Kranwerk", "target")} in [parties(e) for e in events], text
        (old,) = [e for e in events if e["date"] == "2020"]
        assert parties(old) == {("Halberg Bau", "acquirer"), ("Brenner Messtechnik", "target")}, text
        assert old["status"] == "completed", text


def test_german_es_of_a_saying_verb_stands_for_nothing():
    text = ("Die Halberg Bau AG übernimmt die Kranwerk GmbH. Das Unternehmen wächst. Im Umfeld heißt es zudem, das "
            "Management plane einen Börsengang.")
    assert [parties(e) for e in _events("de", text)] == [{("Halberg Bau", "acquirer"), ("Kranwerk", "target")}]


def test_a_cooperative_the_page_described_so_is_that_firm_not_the_subject_before():
    for lang, text, coop, other in [
        ("fr", "Le groupe Avéol rachète la coopérative Terres d'Oc pour 20 millions d'euros. Pour la coopérative, qui "
               "avait fusionné en 2018 avec sa voisine Val de Saône, l'intérêt est double.", "Terres d'Oc",
         "Val de Saône"),
        ("es", "El grupo Avéol compra la cooperativa Tierras del Ebro por 20 millones de euros. Para la cooperativa, "
               "que se fusionó en 2018 con su vecina Valle del Jalón, el interés es doble.", "Tierras del Ebro",
         "Valle del Jalón"),
        ("en", "Avel Group agreed to buy the dairy cooperative Greenfield Farmers for $20 million. For the "
               "cooperative, which merged in 2018 with its neighbour Vale Creamery, the deal brings cash.",
         "Greenfield Farmers", "Vale Creamery"),
    ]:
        events = _events(lang, text)
        (merger,) = [e for e in events if e["type"] == "merger"]
        assert parties(merger) == {(coop, "party"), (other, "party")}, text
        assert (merger["status"], merger["date"]) == ("completed", "2018"), text
        (main,) = [e for e in events if e["type"] == "acquisition"]
        assert {n for n, _ in parties(main)} == {"Avéol" if lang != "en" else "Avel", coop}, text
        assert main["status"] == "announced", text


def test_a_unit_that_went_to_a_buyer_past_its_year_and_price_is_sold_by_its_owner():
    for text in [
        "Die Kessler AG übernimmt den Pumpenhersteller Lindner GmbH. Zugleich hatte Kessler sein Portfolio "
        "verkleinert: Die Gießereisparte ging im vergangenen Jahr für 60 Mio. Euro an den Finanzinvestor Main Capital.",
        "Die Kessler AG übernimmt den Pumpenhersteller Lindner GmbH. Die Gießereisparte von Kessler ging im "
        "vergangenen Jahr an den Finanzinvestor Main Capital.",
    ]:
        events = _of_type("de", text, "acquisition")
        (sale,) = [e for e in events if e["date"] == "2025"]
        assert parties(sale) == {("Main Capital", "acquirer"), ("Kessler", "seller")}, text
        (main,) = [e for e in events if e is not sale]
        assert parties(main) == {("Kessler", "acquirer"), ("Lindner", "target")}, text
        assert main["amount"] is None, text


def test_a_bank_absorbing_another_is_a_merger_of_the_two():
    for text in [
        "Die Volksbank Ahrtal eG und die Volksbank Mosel eG wollen fusionieren. Schon 2018 hatte die Volksbank Ahrtal "
        "die kleinere Raiffeisenbank Eifel aufgenommen.",
        "Die Volksbank Ahrtal eG und die Volksbank Mosel eG wollen fusionieren. 2018 nahm die Volksbank Ahrtal die "
        "Raiffeisenbank Eifel auf.",
    ]:
        events = _of_type("de", text, "merger")
        (old,) = [e for e in events if e["date"] == "2018"]
        assert {n for n, _ in parties(old)} == {"Volksbank Ahrtal", "Raiffeisenbank Eifel"}, text
        assert {n for e in events if e is not old for n, _ in parties(e)} == {"Volksbank Ahrtal",
                                                                                "Volksbank Mosel"}, text


def test_a_loan_a_bank_took_up_is_no_merger():
    text = "Die Sparkasse Ahrtal hat bei der Kreissparkasse Eifel einen Kredit über 20 Millionen Euro aufgenommen."
    assert _of_type("de", text, "merger") == []


def test_a_pronoun_after_a_speaker_s_we_is_the_firm_his_title_names():
    text = ("Die Raiffeisenbank Oberau und die Volksbank Lechtal planen ihre Fusion. Die Raiffeisenbank Oberau ist "
            "die größere. „Wir sind nicht aus der Not heraus zusammengekommen“, sagte Volksbank-Vorstandschef Anton "
            "Maier. Sein Haus ist geübt im Zusammenführen: 2024 hatte es die Privatbank Kessler & Sohn übernommen.")
    events = _events("de", text)
    (old,) = [e for e in events if e["date"] == "2024"]
    assert parties(old) == {("Volksbank Lechtal", "acquirer"), ("Privatbank Kessler & Sohn", "target")}
    (merger,) = [e for e in events if e["type"] == "merger"]
    assert parties(merger) == {("Raiffeisenbank Oberau", "party"), ("Volksbank Lechtal", "party")}


def test_an_investment_firm_described_after_a_named_fund_is_that_fund():
    text = ("Brightwell Inc. agreed to buy Oakridge Labs for $50 million. Brightwell, which listed on Nasdaq in 2022, "
            "counts Corden Capital among its largest shareholders; the investment firm bought a 10% stake in the "
            "company in 2024.")
    events = _events("en", text)
    (stake,) = [e for e in events if e["type"] == "investment"]
    assert parties(stake) == {("Corden Capital", "investor"), ("Brightwell", "investee")}
    assert (stake["status"], stake["date"]) == ("completed", "2024")
    (main,) = [e for e in events if e["type"] == "acquisition"]
    assert parties(main) == {("Brightwell", "acquirer"), ("Oakridge Labs", "target")}


def test_probes_that_must_keep_their_result():
    """Shapes of the same kind the extractor already reads: the page's firm by description or pronoun."""
    events = _events("en", "Harlow Foods Inc. said on Monday it agreed to buy Crestline Snacks for $300 million. For "
                           "the Denver-based group, it is the largest purchase since it bought Idaho cereal maker "
                           "Pinecrest Mills in 2021 for $80 million.")
    assert sorted((e["date"], tuple(sorted(parties(e)))) for e in events) == [
        ("2021", (("Harlow Foods", "acquirer"), ("Pinecrest Mills", "target"))),
        ("2026-03-09", (("Crestline Snacks", "target"), ("Harlow Foods", "acquirer")))]
    events = _events("fr", "La start-up nantaise Algora SAS lève 30 millions d'euros auprès de Breizh Invest. Elle "
                           "avait levé 15 millions d'euros en 2022 auprès de Loire Capital Partenaires, qui cèdera sa "
                           "participation.")
    assert sorted((e["date"], tuple(sorted(parties(e)))) for e in events) == [
        ("2022", (("Algora", "investee"), ("Loire Capital Partenaires", "investor"))),
        ("2026-03-14", (("Algora", "investee"), ("Breizh Invest", "investor")))]
    (stake,) = _of_type("es", "Ribera Energía S.A. y Sur Energía S.A. han acordado su fusión. El mayor accionista "
                              "será Cierzo Capital, el fondo que entró en el capital de Ribera Energía en 2022 con una "
                              "inversión de 200 millones de euros.", "investment")
    assert parties(stake) == {("Cierzo Capital", "investor"), ("Ribera Energía", "investee")}
    assert (stake["status"], stake["date"], stake["amount"]["value"]) == ("completed", "2022", 200e6)
