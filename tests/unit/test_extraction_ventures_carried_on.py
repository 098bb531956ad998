"""A joint venture of an earlier year that its sentence says is carried on is a standing (ongoing) one (cues), also
when the verb that carries it on follows the venture's noun ("wird unverändert weitergeführt", "est maintenue",
"will continue unchanged"); the German plural "Firmen" counts a pair of firms ("der beiden Firmen") like
"Unternehmen" does."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def ventures(lang: str, *sentences: str) -> list[tuple[set[tuple[str, str]], str, str | None]]:
    return [(parties(e), e["status"], e["date"]) for e in extract_events(page(lang, "News", " ".join(sentences)))
            if e["type"] == "joint_venture"]


def test_a_venture_of_the_two_firms_carried_on_de():
    assert ventures("de", "Brindlecote und Tamaru Antriebe brechen ihre Gespräche ab.", "Das 2017 gegründete "
                    "Gemeinschaftsunternehmen der beiden Firmen in Suzhou wird unverändert weitergeführt.") == [
        ({("Brindlecote", "partner"), ("Tamaru Antriebe", "partner")}, "ongoing", "2017")]


def test_a_venture_kept_fr_and_continued_en():
    assert ventures("fr", "Brindlecote et Tamaru Moteurs ont rompu leurs discussions.", "La coentreprise créée en "
                    "2017 par Brindlecote et Tamaru Moteurs à Suzhou est maintenue.") == [
        ({("Brindlecote", "partner"), ("Tamaru Moteurs", "partner")}, "ongoing", "2017")]
    assert ventures("en", "Brindlecote makes gears.", "The joint venture Brindlecote and Tamaru set up in Suzhou in "
                    "2017 will continue unchanged.") == [
        ({("Brindlecote", "partner"), ("Tamaru", "partner")}, "ongoing", "2017")]
    # a venture of an earlier year told with nothing carrying it on stays a past founding
    assert ventures("en", "Brindlecote makes gears.", "Brindlecote and Tamaru set up a joint venture in Suzhou in "
                    "2017.") == [({("Brindlecote", "partner"), ("Tamaru", "partner")}, "completed", "2017")]
