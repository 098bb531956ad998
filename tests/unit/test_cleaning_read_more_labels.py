"""A teaser inside the article that a "read also" label opens, in the formal address too ("Le puede interesar"), is
no part of the article (pages written for these tests)."""

import pytest

from streams.pipeline import clean


def article(teaser: str) -> str:
    return ("<html lang='es'><head><title>Feranco</title></head><body><article>"
            "<h1>Feranco gana un contrato en Vigo</h1>"
            "<p>La constructora Feranco se ha adjudicado un contrato de 30 millones de euros del Ayuntamiento de Vigo "
            "para renovar el puerto deportivo, según informó ayer la compañía en un comunicado.</p>"
            f"<p>{teaser}</p><p>Las obras comenzarán en enero y durarán dos años, con una plantilla de 120 "
            "trabajadores en la fase de máxima actividad.</p></article></body></html>")


@pytest.mark.parametrize("label", ["Le puede interesar", "También le puede interesar", "Le recomendamos"])
def test_a_formal_read_more_label_drops_its_teaser(label):
    record = clean({"url": "https://x.example/es/a", "fetched_at": "2026-05-04T10:00:00Z",
                    "content_type": "text/html", "status": 200,
                    "body": article(f"{label}: Obrasur compra la ingeniería Tecnal por 12 millones")})
    assert "Obrasur" not in record["text"] and "Las obras comenzarán" in record["text"]
