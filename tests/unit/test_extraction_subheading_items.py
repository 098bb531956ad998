"""A subheading's deal with an open slot (names95): "Merger with Ostwick had failed" above its item names the one firm
of the deal by its short form; the other is the first subject of the item below it ("Talwick Hospitals had first
sought a merger with Ostwick Medical Center"), not the page's most named firm, and the two tell one deal.
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

PAGES = {
    "en": ("Mediron buys county hospitals", "Mediron Health agreed to buy a majority of Talwick Hospitals for $30 "
           "million. Mediron already runs twelve hospitals. Mediron is based in Boston.",
           "Merger with Ostwick had failed", "The decision followed a long struggle. Talwick Hospitals had first "
           "sought a merger with Ostwick Medical Center. The talks collapsed in November 2023."),
    "de": ("Landkreis verkauft Kliniken an Mediron", "Die Mediron Kliniken AG übernimmt die Mehrheit an den "
           "Kreiskliniken Talheim. Mediron zahlt 30 Millionen Euro. Mediron betreibt bereits zwölf Häuser.",
           "Fusion mit Ostwald war gescheitert", "Dem Beschluss war ein langes Ringen vorausgegangen. Zunächst hatten "
           "die Kreiskliniken Talheim eine Fusion mit dem Klinikum Ostwald angestrebt. Die Gespräche scheiterten im "
           "November 2023."),
    "fr": ("Mediron rachète les cliniques de Talvie", "Le groupe Mediron Santé reprend la majorité des Cliniques de "
           "Talvie pour 30 millions d'euros. Mediron exploite déjà douze établissements. Mediron est basé à Lyon.",
           "La fusion avec Ostval avait échoué", "La décision a suivi un long débat. Les Cliniques de Talvie avaient "
           "d'abord envisagé une fusion avec le Centre hospitalier Ostval. Les discussions ont échoué en novembre "
           "2023."),
    "es": ("Mediron compra las clínicas de Talvera", "El grupo Mediron Salud compra la mayoría de Clínicas Talvera por "
           "30 millones de euros. Mediron ya gestiona doce hospitales. Mediron tiene su sede en Madrid.",
           "La fusión con Ostvalle fracasó", "La decisión llega tras un largo debate. Clínicas Talvera había buscado "
           "antes una fusión con el Hospital Ostvalle. Las conversaciones fracasaron en noviembre de 2023."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_subheadings_open_slot_is_the_item_below_it(lang: str) -> None:
    events = extract_events(page(lang, *PAGES[lang], published="2025-06-05"))
    mergers = [{name for name, _ in parties(e)} for e in events if e["type"] == "merger"]
    assert mergers and not any(name.startswith("Mediron") for names in mergers for name in names)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_subheading_and_its_item_tell_one_deal(lang: str) -> None:
    events = extract_events(page(lang, *PAGES[lang], published="2025-06-05"))
    assert len([e for e in events if e["type"] == "merger"]) == 1
