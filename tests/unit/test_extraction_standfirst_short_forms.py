"""A standfirst, the one or two sentences between the headline and the body, names a firm by its short form before
the body gives it in full ("Quorvane's purchase of Tillmark ..." then "When Quorvane Systems agreed to buy
Tillmark ..."): like a headline's, that short form is no first use, so it is the full name's and the standfirst and
the body tell one deal. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page

PAGES = {
    "en": ("Why software deals cost so much", "Quorvane's purchase of Tillmark is the largest in its niche. The "
           "price is no accident.", "When Quorvane Systems agreed on Monday to buy Tillmark for $2.1bn, the number "
           "surprised nobody. Bankers had expected it.", "Quorvane sells billing software to retailers."),
    "de": ("Warum Softwarezukäufe so teuer sind", "Die Übernahme von Tillmark durch Quorvane ist die größte der "
           "Branche. Der Preis ist kein Zufall.", "Als Quorvane Systems am Montag die Übernahme von Tillmark für "
           "2,1 Mrd. Euro vereinbarte, überraschte das niemanden.", "Quorvane verkauft Abrechnungssoftware."),
    "fr": ("Pourquoi les rachats de logiciels coûtent si cher", "Le rachat de Tillmark par Quorvane est le plus "
           "important du secteur. Le prix n'est pas un hasard.", "Quorvane Systems a annoncé lundi le rachat de "
           "Tillmark pour 2,1 milliards d'euros.", "Quorvane vend des logiciels de facturation."),
    "es": ("Por qué las compras de software cuestan tanto", "La compra de Tillmark por Quorvane es la mayor del "
           "sector. El precio no es casual.", "Quorvane Systems anunció el lunes la compra de Tillmark por 2.100 "
           "millones de euros.", "Quorvane vende software de facturación."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_standfirsts_short_form_is_the_bodys_full_name(lang: str) -> None:
    events = [e for e in extract_events(page(lang, *PAGES[lang], published="2025-03-12"))
              if e["type"] == "acquisition"]
    assert events and "Quorvane Systems" in names(events) and "Quorvane" not in names(events)
