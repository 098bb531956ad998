"""A regulatory notice exported as text: a distributor's header (the rule it is published under, the issuer and its
keywords, the date, the line saying who transmitted it) stands above the line that makes the issuer responsible for
its content. That line fences the notice: the header above it is no text of it, however long its lines are."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page

# language: (rule line, keywords line, date line, transmission line, responsibility line, headline, paragraphs, end)
_NOTICES = {
    "en": (
        "Insider information pursuant to Article 17 of Regulation (EU) No 596/2014 (MAR)",
        "Corvantis AG / Keyword(s): Disposal",
        "14.03.2025 / 18:42 CET/CEST",
        "Disclosure of inside information acc. to Article 17 MAR of the Regulation (EU) No 596/2014, transmitted by "
        "Wirenet - a service of Wirenet Media GmbH.",
        "The issuer is solely responsible for the content of this announcement.",
        "Corvantis AG: Corvantis sells its testing unit to Aldwych Partners",
        (
            "Bremen, 14 March 2025 - The Management Board of Corvantis AG has today agreed with Aldwych Partners on "
            "the sale of its laboratory testing unit for a purchase price of EUR 240 million.",
            "Completion of the transaction is subject to merger control clearance and is expected in the third "
            "quarter of 2025. Corvantis intends to use the proceeds to reduce its debt.",
        ),
        "End of Inside Information",
    ),
    "de": (
        "Insiderinformation gemäß Artikel 17 der Verordnung (EU) Nr. 596/2014 (MAR)",
        "Corvantis AG / Schlagwort(e): Verkauf",
        "14.03.2025 / 18:42 CET/CEST",
        "Veröffentlichung einer Insiderinformation nach Artikel 17 der Verordnung (EU) Nr. 596/2014, übermittelt durch "
        "Wirenet - ein Service der Wirenet Media GmbH.",
        "Für den Inhalt der Mitteilung ist der Emittent verantwortlich.",
        "Corvantis AG: Corvantis verkauft Prüfsparte an Aldwych Partners",
        (
            "Bremen, 14. März 2025 - Der Vorstand der Corvantis AG hat heute mit Aldwych Partners den Verkauf seiner "
            "Laborprüfsparte zu einem Kaufpreis von 240 Mio. EUR vereinbart.",
            "Der Vollzug der Transaktion steht unter dem Vorbehalt der Fusionskontrolle und wird im dritten Quartal "
            "2025 erwartet. Den Erlös will Corvantis zur Rückführung von Schulden verwenden.",
        ),
        "Ende der Insiderinformation",
    ),
    "fr": (
        "Information privilégiée au sens de l'article 17 du règlement (UE) n° 596/2014 (MAR)",
        "Corvantis SA / Mots-clés : Cession",
        "14/03/2025 / 18:42 CET/CEST",
        "Publication d'une information privilégiée au sens de l'article 17 du règlement (UE) n° 596/2014, transmise "
        "par Wirenet, un service de Wirenet Media SAS.",
        "L'émetteur est seul responsable du contenu de cette annonce.",
        "Corvantis SA : Corvantis cède son activité d'essais à Aldwych Partners",
        (
            "Lyon, le 14 mars 2025 - Le directoire de Corvantis SA a conclu aujourd'hui avec Aldwych Partners un "
            "accord portant sur la cession de son activité d'essais en laboratoire pour 240 millions d'euros.",
            "La réalisation de l'opération reste soumise au contrôle des concentrations et est attendue au troisième "
            "trimestre 2025. Corvantis affectera le produit de la cession à son désendettement.",
        ),
        "© 2025 Wirenet Media SAS. Tous droits réservés.",
    ),
    "es": (
        "Información privilegiada conforme al artículo 17 del Reglamento (UE) n.º 596/2014 (MAR)",
        "Corvantis SA / Palabras clave: Desinversión",
        "14/03/2025 / 18:42 CET/CEST",
        "Publicación de información privilegiada conforme al artículo 17 del Reglamento (UE) n.º 596/2014, "
        "transmitida por Wirenet, un servicio de Wirenet Media SL.",
        "El emisor es el único responsable del contenido de este anuncio.",
        "Corvantis SA: Corvantis vende su división de ensayos a Aldwych Partners",
        (
            "Valencia, 14 de marzo de 2025 - El consejo de Corvantis SA ha acordado hoy con Aldwych Partners la venta "
            "de su división de ensayos de laboratorio por 240 millones de euros.",
            "El cierre de la operación está sujeto a la autorización de competencia y se espera en el tercer "
            "trimestre de 2025. Corvantis destinará los fondos a reducir su deuda.",
        ),
        "© 2025 Wirenet Media SL. Todos los derechos reservados.",
    ),
}


def _clean(body: str) -> str:
    page = {
        "url": "https://wirenet.example/notices/2025/03/14/corvantis",
        "fetched_at": "2025-03-14T18:50:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": body,
    }
    return clean_page(page)["text"]


@pytest.mark.parametrize("lang", sorted(_NOTICES))
def test_header_above_the_issuers_responsibility_line_is_no_text(lang: str) -> None:
    rule, keywords, date, transmission, responsibility, headline, paragraphs, end = _NOTICES[lang]
    body = "\n".join(
        ["WIRENET", "", rule, keywords, date, transmission, responsibility, "", headline, "", *paragraphs, "", end]
    )
    assert _clean(body + "\n") == "\n".join([headline, *paragraphs])
