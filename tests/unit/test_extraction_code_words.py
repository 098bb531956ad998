"""Words beside a sum or a trial that read as short names: taxes ("IVA no incluido", "hors TVA", "zzgl. MwSt",
"excluding VAT") are never parties (sentences written for these tests)."""

import pytest

from tests.unit.test_extraction_false_names import sentence_names


@pytest.mark.parametrize("lang,text,tax", [
    ("es", "Lumatec ha adjudicado a Nordwerk un contrato de 12 millones de euros, IVA no incluido.", "IVA"),
    ("fr", "Lumatec a attribué à Nordwerk un contrat de 12 millions d'euros hors TVA.", "TVA"),
    ("de", "Lumatec hat Nordwerk einen Auftrag über 12 Millionen Euro zzgl. MwSt erteilt.", "MwSt"),
    ("en", "Lumatec has awarded Nordwerk a £12m contract, excluding VAT.", "VAT"),
])
def test_a_tax_is_no_name(lang: str, text: str, tax: str) -> None:
    names = sentence_names(lang, text)
    assert "Nordwerk" in names and tax not in names
