"""A pair anaphor with no pair named just before it ("les deux groupes", "they") falls back to the page's two most
named firms only where its sentence says nothing of another two: not after another firm named before it in its
sentence, and a bare pronoun only where it acts together ("jointly", "gemeinsam") or follows a pair anaphor."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties

LEADS = {
    "en": ("Ardley buys Coromant", "Ardley, the Leeds-based lender, has agreed to buy Coromant for £90m.",
           "Ardley said the deal would close in June."),
    "de": ("Brennholt übernimmt Kaltwerk",
           "Der Kasseler Maschinenbauer Brennholt kauft den Rivalen Kaltwerk für 90 Millionen Euro.",
           "Brennholt beschäftigt 900 Menschen."),
    "fr": ("Valdrome rachète Corvilis", "Le groupe lyonnais Valdrome rachète Corvilis pour 90 millions d'euros.",
           "Valdrome emploie 900 salariés."),
    "es": ("Valdrome compra Corvilis", "La madrileña Valdrome compra a su rival Corvilis por 90 millones de euros.",
           "Valdrome emplea a 900 personas."),
}
PAGE_PAIR = {"en": {"Ardley", "Coromant"}, "de": {"Brennholt", "Kaltwerk"}, "fr": {"Valdrome", "Corvilis"},
             "es": {"Valdrome", "Corvilis"}}


def kinds_of(lang: str, last: str) -> dict[str, list[set[tuple[str, str]]]]:
    """The events of a page that tells of its two firms' deal, then `last`: their parties by type."""
    out: dict[str, list[set[tuple[str, str]]]] = {}
    for e in extract_events(page(lang, *LEADS[lang], last)):
        out.setdefault(e["type"], []).append(parties(e))
    return out


@pytest.mark.parametrize(("lang", "last"), [
    ("fr", "La Ville de Brest a demandé aux deux groupes de signer un contrat de fourniture."),
    ("es", "El Ayuntamiento de Toledo ha pedido a ambas partes que firmen un contrato de suministro."),
])
def test_a_pair_after_another_firm_of_its_sentence_is_not_the_page_pair(lang, last):
    assert "contract" not in kinds_of(lang, last)


@pytest.mark.parametrize(("lang", "last"), [
    ("de", "Gebaut werden sie in Fulda; die Drehgestelle kommen von Brisane, dem Gemeinschaftsunternehmen, das "
           "Kaltwerk mit Velto betreibt."),
    ("fr", "Ils seront fabriqués à Brest ; les bogies viennent de Brisane, la coentreprise que Corvilis exploite "
           "avec Velto."),
])
def test_a_bare_pronoun_not_acting_together_is_not_the_page_pair(lang, last):
    assert not any({n for n, _ in p} == PAGE_PAIR[lang] for p in kinds_of(lang, last).get("joint_venture", []))


@pytest.mark.parametrize(("lang", "last"), [
    # (dropped) not "..., dem Gemeinschaftsunternehmen, das Kaltwerk mit Velto betreibt": a relative clause that
    # names the venture's founders makes them its partners (test_extraction_venture_founders.py)
    ("de", "Seit 2019 betreiben sie gemeinsam Brisane, ein Gemeinschaftsunternehmen zu gleichen Teilen."),
    ("en", "Since 2019 they have jointly owned Pellham Storage, a joint venture that runs a warehouse in Hull."),
    ("fr", "Depuis 2019, ils exploitent ensemble Brisane, une coentreprise détenue à parts égales."),
    ("es", "Desde 2019, ambas explotan juntas Brisane, una sociedad conjunta al 50%."),
])
def test_a_pronoun_acting_together_is_the_page_pair(lang, last):
    assert any({n for n, _ in p} == PAGE_PAIR[lang] for p in kinds_of(lang, last)["joint_venture"])


@pytest.mark.parametrize(("lang", "sentence", "word"), [
    ("en", "they have jointly run it", "jointly"),
    ("de", "seit 2019 betreiben sie gemeinsam", "gemeinsam"),
    ("fr", "ils exploitent ensemble", "ensemble"),
    ("es", "ambas trabajan juntas", "juntas"),
])
def test_together_words_are_read_in_each_language(lang, sentence, word):
    assert lexicon(lang).together_re.search(sentence).group() == word


@pytest.mark.parametrize(("lang", "named", "told"), [
    ("de", "Brennholt und Kaltwerk kennen sich seit Jahren.",
     "Die beiden Mittelständler unterzeichneten am Dienstag eine Partnerschaft."),
    ("fr", "Valdrome et Corvilis se connaissent depuis des années.",
     "Les deux papetiers ont signé mardi un partenariat."),
    ("es", "Valdrome y Corvilis se conocen desde hace años.", "Las dos bodegas firmaron el martes una alianza."),
    ("en", "Ardley and Coromant have known each other for years.",
     "The two carmakers signed a partnership on Tuesday."),
])
def test_a_description_over_a_pair_is_read_once_as_the_pair(lang, named, told):
    read = read_page(page(lang, "News", named, told))
    told_of = read.mentions[-1]
    assert {m.name for m in told_of} == {m.name for m in read.mentions[-2]}
    assert all(m.pair for m in told_of)
