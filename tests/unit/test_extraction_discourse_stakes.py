"""Stakes whose owner lies in the sentences before (coref): "forma parte del grupo Y, que adquirió el 100% de su
capital" after a sentence on X is Y's purchase of X (the relative pronoun is the subject, the capital X's); "Quenzer
setzt auf einen neuen Partner. Der Finanzinvestor Y übernimmt 20 Prozent der Anteile" is Y's stake in Quenzer, the
firm the paragraph spoke of, not in the firm the page is most about; a noun the page puts before the very firm whose
name holds it ("le chantier Kervadec" beside "Chantiers Kervadec") still stands for that firm. Sentences written for
these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _deals(lang: str, *paragraphs: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs, published="2026-03-12")) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "title", "body", "buyer", "bought"), [
    ("es", "Conservas Brisamar abre planta",
     "Conservas Brisamar es una conservera gallega con sede en Vigo. Desde 2021 forma parte del grupo francés "
     "Maraval Holding, que adquirió el 100% de su capital ese año.", "Maraval", "Conservas Brisamar"),
    ("en", "Brisamar opens plant",
     "Brisamar Foods is a canned fish maker based in Vigo. Since 2021 it has been part of French group Maraval "
     "Holding, which acquired 100% of its capital that year.", "Maraval", "Brisamar Foods"),
    ("fr", "Brisamar ouvre une usine",
     "Brisamar Conserves est une conserverie basée à Vigo. Depuis 2021, elle appartient au groupe Maraval Holding, "
     "qui a acquis 100 % de son capital cette année-là.", "Maraval", "Brisamar Conserves"),
    ("de", "Brisamar baut Werk",
     "Die Brisamar GmbH ist ein Fischkonservenhersteller aus Vigo. Seit 2021 gehört sie zur Maraval Holding, die "
     "damals 100 Prozent ihres Kapitals erwarb.", "Maraval", "Brisamar"),
])
def test_a_relative_clause_buying_its_capital_buys_the_firm_spoken_of(lang, title, body, buyer, bought) -> None:
    assert _deals(lang, title, body, kind="acquisition") == [{(buyer, "acquirer"), (bought, "target")}]


def test_a_dropped_subject_sentence_names_the_holder_of_a_stake_in_its_capital() -> None:
    body = ("Conservas Brisamar es una conservera gallega con sede en Vigo. Facturó 80 millones en 2024 y desde 2021 "
            "tiene como accionista al fondo Tormes Capital, que adquirió entonces un 25% de su capital.")
    assert _deals("es", "Conservas Brisamar abre planta", body, kind="investment") == [
        {("Tormes Capital", "investor"), ("Conservas Brisamar", "investee")}]


@pytest.mark.parametrize(("lang", "title", "lead", "body", "investee"), [
    ("de", "Fusion von Larsfeld und Quenzer geplatzt",
     "Die Larsfeld AG und die Quenzer Hydraulik AG haben ihre Fusionsgespräche beendet. Larsfeld will nun allein "
     "wachsen, Larsfeld-Chef Jan Ott sieht keinen Druck.",
     "Quenzer setzt nun auf einen anderen Partner. Der Finanzinvestor Torvald Capital übernimmt 20 Prozent der "
     "Anteile und zahlt dafür 90 Mio. Euro.", "Quenzer Hydraulik"),
    ("en", "Larsfeld and Quenzer call off merger",
     "Larsfeld Group and Quenzer Hydraulics have ended their merger talks. Larsfeld will now grow alone, Larsfeld's "
     "chief executive said.",
     "Quenzer is turning to another partner instead. Private equity firm Torvald Capital is acquiring 20% of the "
     "shares for $90 million.", "Quenzer Hydraulics"),
    ("fr", "Larsfeld et Quenzer renoncent à fusionner",
     "Le groupe Larsfeld et Quenzer Hydraulique ont mis fin à leurs discussions de fusion. Larsfeld veut désormais "
     "grandir seul, a indiqué la direction de Larsfeld.",
     "Quenzer se tourne vers un autre partenaire. Le fonds Torvald Capital acquiert 20 % des parts pour 90 millions "
     "d'euros.", "Quenzer Hydraulique"),
    ("es", "Larsfeld y Quenzer renuncian a fusionarse",
     "El grupo Larsfeld y Quenzer Hidráulica han puesto fin a sus negociaciones de fusión. Larsfeld quiere crecer en "
     "solitario, según la dirección de Larsfeld.",
     "Quenzer busca ahora otro socio. El fondo Torvald Capital adquiere un 20% del capital por 90 millones de euros.",
     "Quenzer Hidráulica"),
])
def test_a_stake_with_no_owner_is_in_the_firm_the_paragraph_spoke_of(lang, title, lead, body, investee) -> None:
    assert _deals(lang, title, lead, body, kind="investment") == [
        {("Torvald Capital", "investor"), (investee, "investee")}]


@pytest.mark.parametrize(("lang", "title", "caption", "body", "buyer", "bought"), [
    ("fr", "Les Chantiers Morvenec livrent un ferry", "Le chantier Morvenec, sur le port de Lorient.",
     "Les Chantiers Morvenec ont livré mardi un ferry de 90 mètres. Le groupe italien Navalia a racheté le chantier "
     "en 2022 pour 40 millions d'euros.", "Navalia", "Chantiers Morvenec"),
    ("es", "Bodegas Ardanza estrena nave", "La bodega Ardanza, en Haro.",
     "Bodegas Ardanza ha inaugurado una nueva nave de crianza. El grupo francés Vinalia compró la bodega en 2022 por "
     "40 millones de euros.", "Vinalia", "Ardanza"),
])
def test_a_noun_put_before_the_firm_whose_name_holds_it_stands_for_that_firm(lang, title, caption, body, buyer,
                                                                              bought) -> None:
    assert _deals(lang, title, caption, body, kind="acquisition") == [{(buyer, "acquirer"), (bought, "target")}]


@pytest.mark.parametrize(("lang", "title", "body", "venture", "partners", "target"), [
    ("es", "Aceros Tarsis y Hebel Stahl crean una empresa conjunta",
     "Aceros Tarsis y el grupo alemán Hebel Stahl GmbH han constituido Tarsis Hebel Forja, S.L., una empresa conjunta "
     "participada al 50% por cada socio. La nueva sociedad ha comprado la fundición Moldeados Ribera por 12 millones "
     "de euros.", "Tarsis Hebel Forja", {"Aceros Tarsis", "Hebel Stahl"}, "Moldeados Ribera"),
    ("fr", "Aciers Tarsis et Hebel Stahl créent une coentreprise",
     "Aciers Tarsis et le groupe allemand Hebel Stahl GmbH ont constitué Tarsis Hebel Forge, SAS, une coentreprise "
     "détenue à parts égales. La nouvelle société a racheté la fonderie Moulages Ribera pour 12 millions d'euros.",
     "Tarsis Hebel Forge", {"Aciers Tarsis", "Hebel Stahl"}, "Moulages Ribera"),
    ("de", "Tarsis und Hebel gründen Gemeinschaftsunternehmen",
     "Die Tarsis Stahl AG und die Hebel Stahl GmbH haben die Tarsis Hebel Schmiede, GmbH, ein "
     "Gemeinschaftsunternehmen, gegründet. Die neue Gesellschaft hat die Gießerei Ribera Guss für 12 Mio. Euro "
     "übernommen.", "Tarsis Hebel Schmiede", {"Tarsis Stahl", "Hebel Stahl"}, "Gießerei Ribera Guss"),
])
def test_a_venture_named_before_its_cue_with_a_suffix_is_the_new_firm_described_after(lang, title, body, venture,
                                                                                       partners, target) -> None:
    """ "han constituido X, S.L., una empresa conjunta ... La nueva sociedad ha comprado Y": the venture buys Y, and
    it is no partner of itself."""
    assert _deals(lang, title, body, kind="joint_venture") == [{(p, "partner") for p in partners}]
    assert _deals(lang, title, body, kind="acquisition") == [{(venture, "acquirer"), (target, "target")}]


@pytest.mark.parametrize(("lang", "title", "body"), [
    ("fr", "Lumeris réussit son entrée en Bourse",
     "Lumeris a levé 200 millions d'euros lors de son introduction en Bourse. Le fonds Caravel Invest, déjà "
     "actionnaire de la société, a souscrit à l'opération à hauteur de 30 millions d'euros. Le groupe Tessera Mining "
     "s'était lui aussi engagé à acheter des titres, pour 20 millions d'euros."),
    ("en", "Lumeris completes listing",
     "Lumeris raised $200 million in its initial public offering. Caravel Invest, already a shareholder, invested $30 "
     "million in the offering. Tessera Mining had also agreed to buy shares for $20 million."),
])
def test_a_fellow_investor_just_before_is_not_the_firm_a_stake_is_in(lang, title, body) -> None:
    """ "X a souscrit à l'opération. Y s'était lui aussi engagé à acheter des titres": Y buys into the listed firm, not
    into X, the subject of the sentence before."""
    assert {("Tessera Mining", "investor"), ("Lumeris", "investee")} in _deals(lang, title, body, kind="investment")


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("es", ("Ferrobal cierra la compra de la británica Kettering Steel",
            "Ferrobal ha completado la compra de Kettering Steel por 300 millones de euros.",
            "Kettering, con sede en Sheffield, facturó 900 millones de euros en 2025.", "Venta de activos",
            "Para financiar la operación, la compañía vendió en febrero su negocio de reciclaje al fondo Norvik "
            "Partners por 90 millones de euros.")),
    ("en", ("Ferrobal completes purchase of Kettering Steel",
            "Ferrobal has completed its purchase of Kettering Steel for $300 million.",
            "Kettering, based in Sheffield, had sales of $900 million in 2025.", "Asset sale",
            "To fund the deal, the company sold its recycling business to Norvik Partners in February for $90 "
            "million.")),
    ("fr", ("Ferrobal finalise le rachat de Kettering Steel",
            "Ferrobal a finalisé le rachat de Kettering Steel pour 300 millions d'euros.",
            "Kettering, basé à Sheffield, a réalisé un chiffre d'affaires de 900 millions d'euros en 2025.",
            "Cession d'actifs",
            "Pour financer l'opération, le groupe a cédé en février son activité de recyclage au fonds Norvik Partners "
            "pour 90 millions d'euros.")),
    ("de", ("Ferrobal schließt Kauf von Kettering Steel ab",
            "Die Ferrobal AG hat die Übernahme der Kettering Steel Ltd. für 300 Mio. Euro abgeschlossen.",
            "Kettering mit Sitz in Sheffield setzte 2025 rund 900 Mio. Euro um.", "Verkauf von Randgeschäften",
            "Zur Finanzierung verkaufte der Konzern im Februar sein Recyclinggeschäft für 90 Mio. Euro an den Fonds "
            "Norvik Partners.")),
])
def test_a_description_opening_a_section_below_a_subheading_is_the_headline_firm(lang, paragraphs) -> None:
    """The last firm before the subheading (Kettering) is not the subject of the new section's first sentence."""
    assert {("Norvik Partners", "acquirer"), ("Ferrobal", "seller")} in _deals(lang, *paragraphs, kind="acquisition")
