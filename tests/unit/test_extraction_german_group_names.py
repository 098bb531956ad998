"""German names of groups and banks, pairs of firms and jobs handed out (issue 3, german8): "die Stuttgarter
Wendel-Gruppe", "das Bankhaus Wellmann", "Sonnwerk Franken", "Beide Häuser", "hat den Betrieb ... an X vergeben";
sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties, parties_by_event


def test_bankhaus_opens_the_registered_name():
    assert parties_by_event("de", "Das Bankhaus Wellmann verkauft seine Leasingsparte an die Nordbank AG.",
                            "acquisition") == [{("Bankhaus Wellmann", "seller"), ("Nordbank", "acquirer")}]
    assert parties_by_event("de", "Die Nordbank AG übernimmt das Bankhaus Wellmann & Co. KG.", "acquisition") == [
        {("Nordbank", "acquirer"), ("Bankhaus Wellmann", "target")}]


def test_both_houses_are_the_two_firms_named_before():
    for both in ("Beide Häuser", "Die beiden Häuser"):
        assert parties_by_event("de", "Die Stahlfirma Korbach Stahl und der Versorger Nordlicht Energie wollen "
                                f"Wasserstoff erzeugen. {both} gründen ein Gemeinschaftsunternehmen. Der Wasserstoff "
                                "soll 2027 fließen.", "joint_venture") == [
            {("Korbach Stahl", "partner"), ("Nordlicht Energie", "partner")}]


def test_a_hyphen_group_word_after_a_town_names_the_group():
    assert parties_by_event("de", "Ihr Geschäft mit Förderbändern hat die Stuttgarter Wendel-Gruppe im Juli an den "
                            "Mittelständler Brakow Antriebe verkauft.", "acquisition") == [
        {("Wendel", "seller"), ("Brakow Antriebe", "acquirer")}]
    assert parties_by_event("de", "Die Kölner Harlo-Holding verkauft ihr Leasinggeschäft an die Nordbank AG.",
                            "acquisition") == [{("Harlo-Holding", "seller"), ("Nordbank", "acquirer")}]
    assert parties_by_event("de", "Die Nordbank AG übernimmt die Bremer Lindner-Werke.", "acquisition") == [
        {("Nordbank", "acquirer"), ("Lindner-Werke", "target")}]


def test_a_hyphen_group_word_of_a_common_noun_or_before_a_name_still_describes():
    assert parties_by_event("de", "Die Nordbank AG übernimmt die Medien-Gruppe Trenkel.", "acquisition") == [
        {("Nordbank", "acquirer"), ("Trenkel", "target")}]
    assert parties_by_event("de", "Die Nordbank AG übernimmt die Medien-Gruppe Trenkel Verlag.", "acquisition") == [
        {("Nordbank", "acquirer"), ("Trenkel Verlag", "target")}]


def test_a_currency_word_closing_a_name_without_a_figure_is_the_names():
    assert parties_by_event("de", "Die Nordwerk AG übernimmt die Sonnwerk Franken GmbH.", "acquisition") == [
        {("Nordwerk", "acquirer"), ("Sonnwerk Franken", "target")}]
    (event,) = [e for e in extract_events(page("de", "Nachrichten", "Die Nordwerk AG übernimmt Sonnwerk Franken für "
                                               "20 Millionen Franken.")) if e["type"] == "acquisition"]
    assert parties(event) == {("Nordwerk", "acquirer"), ("Sonnwerk Franken", "target")}
    assert event["amount"]["value"] == 20e6 and event["amount"]["currency"] == "CHF"
    # a figure before: the currency, no name
    assert parties_by_event("de", "Die Nordwerk AG übernimmt Sonnwerk für zwei Milliarden Schweizer Franken.",
                            "acquisition") == [{("Nordwerk", "acquirer"), ("Sonnwerk", "target")}]


def test_a_job_handed_out_with_the_verb_last():
    for text in ("Der Zweckverband Nahverkehr Westland hat den Betrieb des Regionalbusnetzes für die Jahre 2027 bis "
                 "2037 an die Rheinland Bus GmbH vergeben.",
                 "Der Zweckverband Nahverkehr Westland will den Betrieb der Buslinien an die Rheinland Bus GmbH "
                 "vergeben."):
        assert parties_by_event("de", text, "contract") == [
            {("Zweckverband Nahverkehr Westland", "customer"), ("Rheinland Bus", "supplier")}]
    assert parties_by_event("de", "Die Stadt Lindau hatte den Bau der Brücke 2019 an die Trenkel Bau GmbH vergeben.",
                            "contract") == [{("Stadt Lindau", "customer"), ("Trenkel Bau", "supplier")}]


def test_an_award_given_to_a_firm_in_the_dative():
    for text in ("Die Stadt Lindau erteilt der Trenkel Bau GmbH den Zuschlag für den Bau der Brücke.",
                 "Die Stadt Lindau erteilte dem Bauunternehmen Trenkel Bau den Auftrag für die Sanierung der Brücke.",
                 "Die Stadt Lindau hat der Trenkel Bau GmbH den Zuschlag erteilt."):
        assert parties_by_event("de", text, "contract") == [{("Stadt Lindau", "customer"), ("Trenkel Bau", "supplier")}]


def test_a_network_told_by_its_owner_names_the_owner():
    for text in ("Die Nordwerk AG kauft das Netz der Deutschen Bahn in Sachsen.",
                 "Die Nordwerk AG übernimmt das Stromnetz der Deutschen Bahn."):
        (found,) = parties_by_event("de", text, "acquisition")
        assert ("Nordwerk", "acquirer") in found and {name for name, _ in found} == {"Nordwerk", "Deutsche Bahn"}


def test_a_hyphen_group_word_after_a_hyphenated_name_names_the_group():
    assert parties_by_event("de", "Die Nordbank AG hat die Leasingsparte Kelvar an die französische "
                            "Saint-Morand-Gruppe verkauft.", "acquisition") == [
        {("Nordbank", "seller"), ("Kelvar", "target"), ("Saint-Morand", "acquirer")}]
