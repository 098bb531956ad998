"""A page reads the kinds and the places of a named firm (`kinds.given`, `kinds.told`, `page._around`) only when a
rule asks for that firm (`page._Lazy`): the descriptions must resolve as when every mention is read at once.
Mini-articles written for these tests: kinds, places and trades, several phrasings per language."""

import pytest

from streams.extraction import extract_events
from streams.extraction import page as page_module
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page

ARTICLES = [
    ('en', 'Pellow up for sale', 'Kestrel Holdings, a Leeds-based lender, and Brightmoor Capital are bidding for '
                                 'Pellow Systems. In 2022 the lender acquired Quintor Ltd.'),
    ('en', 'Shipyards', 'Harwick Marine agreed to buy the Dutch shipbuilder Velde Werf. Harwick runs 30 ships. The '
                        'Dutch shipbuilder employs 900 people and the Leeds group will keep its name.'),
    ('en', 'Lumatec sold', 'Lumatec, based in Leeds, was bought by Nordwerk. The Leeds company said the builder '
                           'would stay.'),
    ('de', 'Bieter für Wendt', 'Der Finanzinvestor Norvia Capital und die Regionalbank Kremsbank prüfen ein Gebot '
                               'für Wendt. Im Mai hatte das Institut die Brell AG übernommen.'),
    ('de', 'Nordwerk kauft', 'Die Nordwerk AG aus Reutlingen übernimmt die Lumatec GmbH. Der Reutlinger Konzern '
                             'zahlt 40 Millionen Euro, die Werft bleibt eigenständig.'),
    ('fr', 'Codexa à vendre', 'Le fonds Ardilla Partners et le constructeur Vélan sont en lice pour Codexa. Le '
                              'constructeur a racheté Brillac en 2021.'),
    ('fr', 'Vélan rachète', 'Vélan, basée à Grenoble, rachète Lumatec. Le groupe grenoblois paiera 12 millions '
                            "d'euros et l'assureur Mutalis financera l'opération."),
    ('es', 'Trazia, en venta', 'Mutuar Vida, una aseguradora vasca, y el fondo Cierzo Capital pujan por Trazia. En '
                               '2020 la aseguradora compró Oriel.'),
    ('es', 'Arvena compra', 'El grupo Arvena comprará la constructora Salvatierra. Arvena tiene 5.000 empleados. La '
                            'constructora ejecuta obras en Madrid y la papelera Oriel no participa.'),
]


class _Eager(page_module._Lazy):
    """Every mention read when it is noted, as before the reading was made lazy."""

    def note(self, name: str, *args) -> None:
        self.setdefault(name, set()).update(self.read(*args))


def _mentions(lang: str, title: str, body: str) -> list[list[tuple]]:
    p = read_page(page(lang, title, body))
    return [[(m.name, m.start, m.end, m.anaphor) for m in ms] for ms in p.mentions]


@pytest.mark.parametrize(('lang', 'title', 'body'), ARTICLES)
def test_lazy_reading_resolves_as_eager_reading(lang: str, title: str, body: str,
                                                monkeypatch: pytest.MonkeyPatch):
    lazy = _mentions(lang, title, body)
    lazy_events = extract_events(page(lang, title, body))
    monkeypatch.setattr(page_module, "_Lazy", _Eager)
    assert _mentions(lang, title, body) == lazy
    assert extract_events(page(lang, title, body)) == lazy_events


def test_lazy_kinds_join_what_was_added_and_what_was_noted():
    read = page_module._Lazy(lambda *words: set(words))
    read.note("Lumatec", "lender")
    read.setdefault("Lumatec", set()).add("bank")  # a description resolved to it before its mentions are read
    read.note("Lumatec", "insurer")
    assert read.get("Lumatec") == {"lender", "bank", "insurer"}
    assert read.get("Nordwerk", ()) == ()
