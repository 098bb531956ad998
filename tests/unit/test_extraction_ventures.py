"""Joint ventures founded across sentences (branch ventures2): firms named in one sentence that found a company
together in the next ("Dazu gründen die beiden Partner die X GmbH"), a pair anaphor after the verb, and a founding
"gemeinsam mit" another firm; one founder alone sets up no venture. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from streams.extraction.statements import candidates
from tests.unit.test_extraction_roles import page, parties

BOTH = {("Lumatec", "partner"), ("Nordwerk", "partner")}


def ventures(lang: str, text: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "Lumatec und Nordwerk", text))
            if e["type"] == "joint_venture"]


def candidates_of(lang: str, text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """The candidate deals the rules read (before the learned scorer), with their parties."""
    return [(c.type, set(c.parties)) for c in candidates(read_page(page(lang, "Nachrichten", text)))]


FOUNDED_TOGETHER = [
    ("de", "Die Lumatec AG und die Nordwerk GmbH wollen künftig gemeinsam Windparks bauen. Dazu gründen die beiden "
     "Partner die Windfeld GmbH."),
    ("de", "Die Lumatec AG und die Nordwerk GmbH wollen das Wärmenetz gemeinsam ausbauen. Dafür gründen die beiden "
     "Partner ein Gemeinschaftsunternehmen."),
    ("de", "In Lumstadt gründet die Lumatec AG gemeinsam mit der Nordwerk GmbH eine Gesellschaft, die einen "
     "Elektrolyseur bauen soll."),
    ("de", "Die Lumatec AG und die Nordwerk GmbH gründen eine Projektgesellschaft für den Windpark."),
    ("en", "Lumatec Inc. and Nordwerk Ltd. plan to build wind farms together. To do so, the two partners will form a "
     "joint venture."),
    ("es", "Lumatec S.A. y Nordwerk S.A. quieren construir parques eólicos. Para ello, ambos socios crean una empresa "
     "conjunta."),
    ("fr", "Lumatec SA et Nordwerk SAS veulent construire des parcs éoliens. Pour cela, les deux partenaires créent "
     "une coentreprise."),
]


@pytest.mark.parametrize(("lang", "text"), FOUNDED_TOGETHER)
def test_a_company_founded_together_is_a_venture_of_both(lang: str, text: str) -> None:
    assert ("joint_venture", BOTH) in candidates_of(lang, text), candidates_of(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Lumatec AG gründet die Windfeld GmbH."),
    ("de", "Die Stadtwerke Lumstadt gründen eine Tochtergesellschaft für den Netzbetrieb."),
    ("de", "Die Lumatec AG wurde 2015 von Anna Maier und Peter Schulz gegründet."),
])
def test_one_founder_sets_up_no_venture(lang: str, text: str) -> None:
    assert not ventures(lang, text)
