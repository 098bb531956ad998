"""Roles from sentence structure, on whole pages of sentences written for these tests."""

from streams.extraction import EXTRACTOR_NAME, extract_events


def page(lang: str, *paragraphs: str, published: str = "2024-03-14") -> dict:
    text = "\n".join(paragraphs)
    spans, pos = [], 0
    for i, p in enumerate(paragraphs):
        spans.append({"start": pos, "end": pos + len(p), "kind": "title" if i == 0 else "paragraph"})
        pos += len(p) + 1
    return {"page_id": "0" * 20, "url": f"https://example.test/{lang}", "fetched_at": f"{published}T10:00:00Z",
            "title": paragraphs[0], "published": published, "language": lang, "text": text, "paragraphs": spans}


def parties(event: dict) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for p in event["parties"]}


def parties_by_event(lang: str, text: str, kind: str) -> list[set[tuple[str, str]]]:
    """The parties of each event of this type the extractor reads in one paragraph (a page with a plain title)."""
    return [parties(e) for e in extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text))
            if e["type"] == kind]


def names(events: list[dict]) -> set[str]:
    return {p["name"] for e in events for p in e["parties"]}


def test_english_buyer_and_target_with_suffixes_removed():
    (event,) = extract_events(page("en", "Acme to buy Bolt", "Acme Corp. said on Tuesday it had agreed to buy "
                                   "Bolt Inc. for $4.2bn in cash. Acme shares rose."))
    assert event["type"] == "acquisition"
    assert parties(event) == {("Acme", "acquirer"), ("Bolt", "target")}
    assert event["amount"]["value"] == 4.2e9 and event["date"] == "2024-03-12"
    assert event["extractor"]["name"] == EXTRACTOR_NAME
    ev = event["evidence"]
    assert ev["text"] == page("en", "x")["text"] or ev["text"] in event["evidence"]["text"]


def test_evidence_is_a_slice_of_the_text():
    clean = page("en", "Acme to buy Bolt", "Acme Corp. agreed to buy Bolt Inc. for $4.2bn.")
    (event,) = extract_events(clean)
    ev = event["evidence"]
    assert clean["text"][ev["start"]:ev["end"]] == ev["text"]


def test_german_seller_marked_by_von():
    (event,) = extract_events(page("de", "Nordbank übernimmt Südbank",
                                   "Die Nordbank AG übernimmt die Südbank von der Rheinwerk SE. "
                                   "Der Kaufpreis beläuft sich auf rund 2,5 Milliarden Euro."))
    assert parties(event) == {("Nordbank", "acquirer"), ("Südbank", "target"), ("Rheinwerk", "seller")}
    assert event["amount"]["value"] == 2.5e9 and event["amount"]["currency"] == "EUR"


def test_german_verb_final_background_deal():
    events = extract_events(page("de", "Zukäufe bei Nordbank",
                                 "Die Nordbank wächst. 2015 hatte die Nordbank den Zahlungsdienstleister "
                                 "Paylane für 300 Millionen Euro übernommen."))
    (event,) = [e for e in events if e["type"] == "acquisition"]
    assert parties(event) == {("Nordbank", "acquirer"), ("Paylane", "target")}
    assert event["status"] == "completed" and event["date"] == "2015"


def test_french_acquisition_by_subject():
    (event,) = extract_events(page("fr", "Orlane rachète Vexim",
                                   "Le groupe Orlane a annoncé lundi le rachat de Vexim pour 1,2 milliard d'euros."))
    assert parties(event) == {("Orlane", "acquirer"), ("Vexim", "target")}
    assert event["date"] == "2024-03-11" and event["status"] == "announced"


def test_spanish_sale_to_buyer():
    events = extract_events(page("es", "Noticias", "El banco Ibercaja informó ayer de resultados.",
                                 "En 2019, Ibercaja vendió su filial Cajaplus al grupo Norvia por 900 millones "
                                 "de euros."))
    (event,) = events
    assert parties(event) == {("Ibercaja", "seller"), ("Cajaplus", "target"), ("Norvia", "acquirer")}
    assert event["status"] == "completed" and event["date"] == "2019"


def test_minority_stake_is_an_investment():
    (event,) = extract_events(page("en", "Stake news", "Acme has agreed to buy a 20% stake in Bolt for $300m. "
                                   "Investors cheered, and Acme shares rose."))
    assert event["type"] == "investment"
    assert parties(event) == {("Acme", "investor"), ("Bolt", "investee")}


def test_persons_are_never_parties():
    events = extract_events(page("en", "Partnership", "Acme and Bolt announced a partnership on Monday, "
                                 "said Jane Miller, an analyst."))
    assert all("Jane Miller" not in {p["name"] for p in e["parties"]} for e in events)


def test_title_alone_gives_no_event():
    assert extract_events(page("en", "Acme to buy Bolt for $1bn", "Markets were calm on Tuesday.")) == []


def test_pathological_text_ends_within_bounds():
    """A guard against runaway backtracking, not a speed figure (`make bench` has those): the process's CPU time,
    which other work on the machine does not inflate, stays far below what a catastrophic pattern would take
    (~9 s today for all three; the repeated deal sentence is quadratic in statements by design)."""
    import time
    start = time.process_time()
    extract_events(page("en", "x", "a" * 1_000_000))
    extract_events(page("en", "x", " ".join(["Acme"] * 100_000) + "."))
    extract_events(page("en", "x", " ".join(["Acme Corp. buys Bolt Inc. for $2bn on Monday,"] * 2000) + "."))
    assert time.process_time() - start < 30


def test_german_noun_with_passive_agent():
    events = extract_events(page("de", "Meldung", "Die Kartellbehörde prüft die Übernahme des "
                                 "Zahlungsdienstleisters Paylane durch die Nordbank AG seit Wochen."))
    assert [parties(e) for e in events if e["type"] == "acquisition"] == [
        {("Nordbank", "acquirer"), ("Paylane", "target")}]


def test_french_noun_with_par():
    (event,) = extract_events(page("fr", "Actualité", "La Commission examine l'acquisition de Vexim par "
                                   "Orlane SA, annoncée mardi."))
    assert parties(event) == {("Orlane", "acquirer"), ("Vexim", "target")}
    assert event["date"] == "2024-03-12"


def test_spanish_adquiere_with_amount():
    (event,) = extract_events(page("es", "Norvia compra Cajaplus", "Norvia adquiere la aseguradora Cajaplus "
                                   "por 1.600 millones de euros, según anunció ayer."))
    assert parties(event) == {("Norvia", "acquirer"), ("Cajaplus", "target")}
    assert event["amount"]["value"] == 1.6e9 and event["date"] == "2024-03-13"


def test_both_companies_stand_for_the_two_firms():
    events = extract_events(page("en", "News", "Acme Corp. agreed to buy Bolt Inc. on Monday.",
                                 "Since 2019 the two companies have worked together on batteries."))
    (standing,) = [e for e in events if e["type"] == "partnership"]
    assert {p["name"] for p in standing["parties"]} == {"Acme", "Bolt"}
    assert standing["status"] == "ongoing" and standing["date"] == "2019"


def test_quoted_commentary_and_possible_deals_are_no_events():
    assert extract_events(page("en", "News", "“Acme is buying time, not Bolt,” said an analyst.",
                               "A possible listing of Acme was not discussed.")) == []


def test_contract_award_names_supplier_and_customer():
    events = extract_events(page("en", "Boeing wins tanker deal", "Boeing won a $2.5bn contract from the US Air Force "
                                 "to supply tankers. Shares of Boeing rose."))
    assert [parties(e) for e in events if e["type"] == "contract"] == [
        {("Boeing", "supplier"), ("Air Force", "customer")}]


def test_merger_between_two_firms_called_off():
    (event,) = extract_events(page("de", "Meldung", "Die Verhandlungen zwischen Nordbank und Südwerk Holding über "
                                   "eine Fusion sind gescheitert. Nordbank bedauert das."))
    assert event["type"] == "merger" and event["status"] == "terminated"
    assert {p["name"] for p in event["parties"]} == {"Nordbank", "Südwerk"}


def test_relative_clause_is_not_the_target():
    events = extract_events(page("de", "Zukauf", "Im Oktober 2020 hatte Nordbank das Start-up Paylane übernommen, "
                                 "dessen Software Anwendungen verknüpft. Der Umsatz von Nordbank wächst."))
    assert [parties(e) for e in events] == [{("Nordbank", "acquirer"), ("Paylane", "target")}]
