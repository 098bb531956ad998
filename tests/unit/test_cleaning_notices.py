"""Notices around the article of every language: cookie banners that speak of browsing, paywall notes,
download buttons and sign-up pitches."""

from __future__ import annotations

import pytest

from streams.cleaning.blocks import is_noise_line


@pytest.mark.parametrize(
    "line",
    [
        "Al navegar en este sitio aceptas el uso de cookies.",
        "By browsing this site you accept our use of cookies.",
        "En naviguant sur ce site, vous acceptez l'utilisation de cookies.",
        "Mit der Nutzung dieser Website akzeptieren Sie die Verwendung von Cookies.",
    ],
)
def test_cookie_notice_that_speaks_of_browsing_is_noise(line: str) -> None:
    assert is_noise_line(line)


def test_article_sentence_on_browsing_data_stays() -> None:
    line = "Al navegar por la web, los usuarios dejan datos que la empresa analiza para vender anuncios."
    assert not is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Cet article est réservé aux abonnés. Découvrez nos offres à partir de 1 € le premier mois.",
        "This article is only available to subscribers.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Contenido exclusivo para suscriptores.",
    ],
)
def test_paywall_note_is_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["Descargar PDF", "Download PDF", "Télécharger le PDF", "PDF herunterladen"])
def test_download_button_is_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lesetipp: Diese zehn Start-ups sollten Sie kennen",
        "Recommended reading: Ten start-ups to watch",
        "Conseil de lecture : dix start-up à suivre",
        "Lectura recomendada: diez startups a seguir",
    ],
)
def test_reading_tip_with_its_teaser_is_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Sign up to the Morning Briefing: the day's deals before 8am.", True),
        ("Regístrate para recibir las noticias del día.", True),
        ("Signing up new customers has become harder for the bank, analysts say.", False),
    ],
)
def test_line_opening_with_a_sign_up_imperative(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


@pytest.mark.parametrize(
    "line",
    [
        "Liked this piece? Would you consider supporting our work? A click is all it takes.",
        "Get the harbour news straight to your phone with the Port Weekly app.",
        "Wollen Sie mehr davon? Dann unterstütze uns mit einem kleinen Beitrag!",
        "Soutenez-nous : un don, même petit, compte.",
        "Apoya el periodismo independiente con una suscripción mensual.",
    ],
)
def test_appeal_to_the_reader_is_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "“The grant will support our work in the region,” the foundation's director said.",
        "The lender said the app now sends alerts to customers' phones within seconds.",
    ],
)
def test_sentence_on_support_or_phones_stays(line: str) -> None:
    assert not is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Startwire is part of Example Media. We and our partners use cookies. Click 'Accept' to agree.",
        "We care about your privacy. We and our partners store and access information on your device.",
        "We and our partners store and/or access information on a device, such as cookies.",
        "Wir und unsere Partner verwenden Cookies. Einstellungen anpassen | Akzeptieren",
        "Wir und unsere Partner verwenden Cookies und können Informationen auf Ihrem Gerät speichern und/oder abrufen.",
        "Avec votre accord, nous et nos partenaires utilisons des cookies. Personnaliser mes choix",
        "Nous et nos partenaires pouvons stocker et/ou accéder à des informations sur votre appareil.",
        "El Diario Ejemplo utiliza cookies para mejorar la experiencia de navegación. Configurar | Aceptar",
        "Nosotros y nuestros socios podemos almacenar o acceder a información en un dispositivo.",
    ],
)
def test_consent_banner_of_the_site_and_its_partners_is_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The regulator said the company and its partners store and access customer records without consent.",
        "Google utiliza la información de sus socios para vender anuncios en más de cien países.",
        "Nos partenaires industriels attendent une décision avant la fin de l'année, a indiqué le directeur.",
        "Die Firma will mit ihren Partnern bis 2027 rund 40 neue Filialen eröffnen.",
    ],
)
def test_article_sentence_on_partners_or_data_stays(line: str) -> None:
    assert not is_noise_line(line)
