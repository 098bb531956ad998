"""A description whose noun is a word of one firm's name ("Tamsin Bakers ... the bakery", "Kornmühle Brandt ... die
Mühle", "Hidroeléctrica del Tera ... la eléctrica", "Papeteries Morel ... le papetier") stands for that firm, not for
the firm named last; a common noun that only shares letters with a name stays what it is."""

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, text: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text))
            if e["type"] == kind]


def resolved(lang: str, text: str) -> list[tuple[str, str | None]]:
    p = read_page(page(lang, "Nachrichten" if lang == "de" else "News", text))
    return [(p.text[m.start:m.end], m.name) for ms in p.mentions for m in ms]


def test_english_form_of_a_name_word():
    text = ("Tamsin Bakers was founded in 1952 in Leeds. Corvell Stores runs 200 shops. The bakery has supplied "
            "own-label biscuits to Corvell Stores since 2018.")
    assert events("en", text, "contract") == [{("Tamsin Bakers", "supplier"), ("Corvell Stores", "customer")}]
    text = ("Tamsin Bakers makes biscuits. Last year it agreed a supply deal with Corvell Stores. In May, Halbrook "
            "Foods agreed to acquire the bakery for £40m.")
    assert {("Halbrook Foods", "acquirer"), ("Tamsin Bakers", "target")} in events("en", text, "acquisition")


def test_german_compound_ending_of_a_name_word():
    text = ("Die Kornmühle Brandt beschäftigt 80 Mitarbeiter. Die Bäckereikette Kranz hat 40 Filialen. Beliefert "
            "wird von der Mühle seit 2016 die Bäckereikette Kranz.")
    assert events("de", text, "contract") == [{("Kornmühle Brandt", "supplier"), ("Kranz", "customer")}]
    text = ("Die Kornmühle Brandt beschäftigt 80 Mitarbeiter. Auch Nordwerk war im Gespräch. Der Konzern Halvor hat "
            "die Mühle übernommen.")
    assert events("de", text, "acquisition") == [{("Halvor", "acquirer"), ("Kornmühle Brandt", "target")}]


def test_spanish_ending_of_a_name_word():
    text = ("Almerio e Hidroeléctrica del Tera compiten en el mercado. Almerio presentó resultados. La eléctrica "
            "desistió de la opa sobre Eólica Ribera.")
    assert events("es", text, "acquisition") == [{("Hidroeléctrica del Tera", "acquirer"),
                                                  ("Eólica Ribera", "target")}]


def test_french_form_of_a_name_word():
    text = ("Biscuiteries Lanvaux emploie 300 salariés en Bretagne. Cartalis est un groupe de Lyon. En 2019, le "
            "biscuitier breton avait cédé son activité de gaufres à Cartalis.")
    assert events("fr", text, "acquisition") == [{("Cartalis", "acquirer"), ("Biscuiteries Lanvaux", "seller")}]
    text = ("Biscuiteries Lanvaux emploie 300 salariés en Bretagne. Cartalis est un groupe de Lyon. Le groupe Halvor "
            "a racheté le biscuitier.")
    assert events("fr", text, "acquisition") == [{("Halvor", "acquirer"), ("Biscuiteries Lanvaux", "target")}]


def test_common_nouns_that_share_letters_with_a_name_stay_unresolved():
    # a word inside a public body's name, a deal noun, a compound's first part, a complement: no description
    text = ("Halvor Foods agreed to buy Dairyland Farms. The Competition and Markets Authority will review it. "
            "The competition is fierce, said Halvor Foods.")
    assert ("The competition", "Competition and Markets Authority") not in resolved("en", text)
    text = ("El Ministerio del Interior ha adjudicado a Orbitek Sistemas el contrato, según la Plataforma de "
            "Contratación Pública. El contrato vale 12 millones.")
    assert all(name != "Plataforma de Contratación Pública" for word, name in resolved("es", text)
               if word.lower() == "el contrato")
    text = ("Die Stadtwerke Rheinau übernehmen 49 Prozent an Solarpark Nord GmbH. Der Stadtrat hatte dem Einstieg "
            "zugestimmt.")
    assert ("Der Stadtrat", "Stadtwerke Rheinau") not in resolved("de", text)
    text = ("Construcciones Ibarluce ganó el contrato del tramo. Los trabajos incluyen la construcción de 14 "
            "kilómetros de vía.")
    assert ("la construcción", "Construcciones Ibarluce") not in resolved("es", text)
