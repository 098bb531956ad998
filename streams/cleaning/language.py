"""Language of the cleaned text, detected (never guessed from the domain) among the languages that
have a data file; the detector is built once, on first use, with only those languages (small, fast)."""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from streams import languages

UNDETERMINED = "und"
_MIN_CHARS = 40
_SAMPLE_CHARS = 400  # enough for four languages, and the detector's cost grows with it
_MIN_CONFIDENCE = 0.5


@cache
def _detector() -> LanguageDetector:
    codes = [IsoCode639_1.from_str(code) for code in languages.supported()]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str) -> str:
    """The ISO 639-1 code of `text`, or 'und' when it is too short or the detector is unsure."""
    first_break = text.find("\n")
    sample = (
        text[first_break + 1 :][:_SAMPLE_CHARS] if 0 <= first_break < len(text) - _MIN_CHARS else text[:_SAMPLE_CHARS]
    )
    if len(sample.strip()) < _MIN_CHARS:
        return UNDETERMINED
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < _MIN_CONFIDENCE:
        return UNDETERMINED
    return values[0].language.iso_code_639_1.name.lower()
