"""Issue 4, unseen shapes: an ad's label and its copy on one line of a text export, a release's closing
forward-looking-statements disclaimer (labelled or not), a list of long teaser headlines below a report's last
paragraph, a login box, a short caption without a credit and a "read also" headline run in after a paragraph's last
sentence go, in every language; the release's "About" section, a forecast's risks told in the body, a paragraph
that opens with an ad word and a closing paragraph without its full stop stay."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_ad_line, is_noise_line, is_release_disclaimer, without_teaser_tail

from .test_cleaning_text_export_shapes import _ARTICLES

_AD_LINES = {
    "de": ["Anzeige: Messe Windtag Bremen – jetzt Ticket sichern", "WERBUNG | Nordwerk Akademie: Kurse für Robotik"],
    "en": ["SPONSORED: Meet the rail experts at TrackExpo", "Advertisement - Lumatec Cloud: try it free for 30 days"],
    "es": ["PUBLICIDAD - Feria Solar 2026: acredítate ya", "Patrocinado: Nordwerk Academy, cursos de robótica"],
    "fr": ["Publicité – Salon de l'industrie : réservez votre badge", "Sponsorisé : Lumatec Cloud, essai gratuit"],
}

_DISCLAIMERS = {
    "en": [
        "Forward-looking statements: This release contains forward-looking statements that involve risks and "
        "uncertainties. Actual results may differ materially.",
        "This press release contains forward-looking statements that are subject to risks and uncertainties; "
        "Lumatec undertakes no obligation to update them.",
    ],
    "de": [
        "Diese Mitteilung enthält zukunftsgerichtete Aussagen, die bestimmten Risiken und Unsicherheiten unterliegen.",
        "Zukunftsgerichtete Aussagen: Die tatsächlichen Ergebnisse können erheblich von den Erwartungen abweichen.",
    ],
    "fr": [
        "Ce communiqué contient des déclarations prospectives soumises à des risques et incertitudes.",
        "Déclarations prospectives : les résultats réels de Lumatec pourraient différer sensiblement.",
    ],
    "es": [
        "Esta nota contiene previsiones sujetas a riesgos e incertidumbres que podrían alterar los resultados.",
        "Declaraciones prospectivas: los resultados reales de Lumatec podrían diferir de forma significativa.",
    ],
}

_PROFILES = {
    "en": ("About Lumatec", "Lumatec makes logistics software for parcel carriers and employs 900 people."),
    "de": ("Über Lumatec", "Lumatec mit Sitz in Bremen entwickelt seit 2009 Software für Paketdienste in Europa."),
    "fr": ("À propos de Lumatec", "Lumatec conçoit des logiciels logistiques et emploie 900 personnes dans six pays."),
    "es": ("Acerca de Lumatec", "Lumatec desarrolla software logístico y emplea a 900 personas en seis países."),
}

# a forecast's risks told inside a report, with more of the article below: text
_BODY_RISKS = {
    "en": "Analysts said Lumatec's forward-looking statements on margins carried risks and uncertainties, as "
    "freight volumes in Europe remain weak.",
    "de": "Analysten halten die zukunftsgerichteten Aussagen von Lumatec zur Marge für mit Risiken und Unsicherheiten "
    "behaftet, da das Frachtvolumen schwach bleibt.",
    "fr": "Selon les analystes, les prévisions de marge de Lumatec comportent des risques et incertitudes, les volumes "
    "de fret restant faibles en Europe.",
    "es": "Los analistas creen que las previsiones de margen de Lumatec encierran riesgos e incertidumbres, porque el "
    "volumen de carga sigue débil.",
}

_REPORTS = {
    "en": (
        "Dock workers strike at Port of Halvik for second day",
        "Dock workers at the Port of Halvik stayed off the job for a second day on Wednesday, leaving more than forty "
        "container ships waiting at anchor outside the harbour.",
        "The union is demanding a pay rise of nine percent and new rules on night shifts, while the port operator has "
        "offered five percent spread over two years.",
        "Talks are set to resume on Friday under a state mediator, both sides said.",
    ),
    "de": (
        "Hafenarbeiter in Halvik streiken den zweiten Tag",
        "Die Hafenarbeiter in Halvik haben am Mittwoch den zweiten Tag in Folge gestreikt, mehr als vierzig "
        "Containerschiffe warten vor dem Hafen auf Reede.",
        "Die Gewerkschaft fordert neun Prozent mehr Lohn und neue Regeln für Nachtschichten, der Betreiber bietet "
        "fünf Prozent über zwei Jahre.",
        "Die Gespräche sollen am Freitag unter einem staatlichen Schlichter weitergehen, teilten beide Seiten mit.",
    ),
    "fr": (
        "Les dockers de Halvik en grève pour la deuxième journée",
        "Les dockers du port de Halvik ont cessé le travail pour la deuxième journée consécutive mercredi, laissant "
        "plus de quarante porte-conteneurs en attente au large.",
        "Le syndicat réclame une hausse de salaire de neuf pour cent et de nouvelles règles pour le travail de nuit, "
        "l'exploitant propose cinq pour cent sur deux ans.",
        "Les discussions doivent reprendre vendredi sous l'égide d'un médiateur de l'État, ont indiqué les deux "
        "parties.",
    ),
    "es": (
        "Los estibadores de Halvik cumplen su segundo día de huelga",
        "Los estibadores del puerto de Halvik mantuvieron el miércoles la huelga por segundo día consecutivo, con más "
        "de cuarenta portacontenedores fondeados frente al puerto.",
        "El sindicato reclama una subida salarial del nueve por ciento y nuevas normas para los turnos de noche, "
        "mientras la empresa ofrece un cinco por ciento en dos años.",
        "Las negociaciones se reanudarán el viernes con un mediador del Estado, según ambas partes.",
    ),
}

_TEASERS = {
    "en": [
        "Lumatec agrees to buy Nordwerk Robotics for $420m in cash to expand its parcel business",
        "Freight rates fall to a two-year low in Asia as demand for consumer goods weakens",
        "Rail union calls off weekend walkout after last-minute talks with the operator",
    ],
    "de": [
        "Lumatec kauft Nordwerk Robotics für 420 Millionen Euro und baut sein Paketgeschäft aus",
        "Frachtraten in Asien fallen auf Zweijahrestief, weil die Nachfrage nach Konsumgütern nachlässt",
        "Bahngewerkschaft sagt Wochenendstreik nach Gesprächen in letzter Minute ab",
    ],
    "fr": [
        "Lumatec rachète Nordwerk Robotics pour 420 millions d'euros afin d'étendre son activité colis",
        "Les taux de fret tombent au plus bas depuis deux ans en Asie avec la baisse de la demande",
        "Le syndicat du rail renonce à la grève du week-end après des discussions de dernière minute",
    ],
    "es": [
        "Lumatec compra Nordwerk Robotics por 420 millones para ampliar su negocio de paquetería en Europa",
        "Los fletes caen a mínimos de dos años en Asia por la menor demanda de bienes de consumo",
        "El sindicato ferroviario desconvoca la huelga del fin de semana tras una negociación de última hora",
    ],
}


def _text(lines: list[str], blank: bool = True) -> list[str]:
    page = {
        "url": "https://site.example/news/article-1",
        "fetched_at": "2026-02-10T00:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": ("\n\n" if blank else "\n").join(lines) + "\n",
    }
    return clean_page(page)["text"].split("\n")


def _html(headline: str, blocks: list[str]) -> list[str]:
    inner = "".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
    body = f"<html><body><div class='release'><h1>{headline}</h1>{inner}</div></body></html>"
    page = {"url": "https://wire.example/a", "fetched_at": "2026-01-01T00:00:00Z", "content_type": "text/html"}
    return clean_page({**page, "body": body})["text"].split("\n")


@pytest.mark.parametrize("lang", sorted(_AD_LINES))
@pytest.mark.parametrize("position", [1, 2, 3])
@pytest.mark.parametrize("blank", [True, False])
def test_export_drops_ad_label_with_its_copy(lang: str, position: int, blank: bool) -> None:
    article = list(_ARTICLES[lang])
    for ad in _AD_LINES[lang]:
        lines = [*article[:position], ad, *article[position:]]
        assert _text(lines, blank) == article


@pytest.mark.parametrize("lang", sorted(_AD_LINES))
def test_page_drops_ad_label_with_its_copy(lang: str) -> None:
    headline, *paragraphs = _ARTICLES[lang]
    for ad in _AD_LINES[lang]:
        assert _html(headline, [paragraphs[0], ad, *paragraphs[1:]]) == list(_ARTICLES[lang])


@pytest.mark.parametrize(
    "text",
    [
        "Advertising: spending by European retailers rose 4% last year. Online formats took most of the gain.",
        "Werbung: Die Ausgaben der Händler stiegen im vergangenen Jahr um vier Prozent. Online legte am stärksten zu.",
        "Advertising spending by European retailers rose 4% last year, the industry association said.",
        "Publicidad en el metro de Madrid: Lumatec gana el concurso de pantallas por 12 millones de euros y quince "
        "años de explotación comercial en las estaciones",
    ],
)
def test_prose_opening_with_an_ad_word_is_no_ad_line(text: str) -> None:
    assert not is_ad_line(text)
    assert not is_noise_line(text)


@pytest.mark.parametrize("lang", sorted(_DISCLAIMERS))
@pytest.mark.parametrize("shape", ["closing", "before_profile", "after_profile"])
def test_release_drops_closing_disclaimer(lang: str, shape: str) -> None:
    headline, *paragraphs = _ARTICLES[lang]
    label, profile = _PROFILES[lang]
    for disclaimer in _DISCLAIMERS[lang]:
        assert is_release_disclaimer(disclaimer)
        if shape == "closing":
            blocks, expected = [*paragraphs, disclaimer], [headline, *paragraphs]
        elif shape == "before_profile":
            blocks = [*paragraphs, disclaimer, f"<h2>{label}</h2>", profile]
            expected = [headline, *paragraphs, label, profile]
        else:
            blocks = [*paragraphs, f"<h2>{label}</h2>", profile, disclaimer]
            expected = [headline, *paragraphs, label, profile]
        assert _html(headline, blocks) == expected
        lines = [block.removeprefix("<h2>").removesuffix("</h2>") for block in blocks]
        assert _text([headline, *lines]) == expected


def test_release_drops_section_under_disclaimer_heading() -> None:
    headline, *paragraphs = _ARTICLES["en"]
    blocks = [
        *paragraphs,
        "<h2>Forward-Looking Statements</h2>",
        "Statements in this release about the timing of the closing are based on current expectations.",
        "Lumatec assumes no obligation to update these statements after the date of this release.",
    ]
    assert _html(headline, blocks) == [headline, *paragraphs]


@pytest.mark.parametrize("lang", sorted(_BODY_RISKS))
def test_forecast_risks_told_in_the_body_stay(lang: str) -> None:
    headline, *paragraphs = _ARTICLES[lang]
    blocks = [paragraphs[0], _BODY_RISKS[lang], *paragraphs[1:]]
    assert _html(headline, blocks) == [headline, *blocks]
    assert _text([headline, *blocks]) == [headline, *blocks]


@pytest.mark.parametrize("lang", sorted(_REPORTS))
@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("blank", [True, False])
def test_export_drops_long_teaser_headlines_below_report(lang: str, count: int, blank: bool) -> None:
    report = list(_REPORTS[lang])
    assert _text([*report, *_TEASERS[lang][:count]], blank) == report


@pytest.mark.parametrize("lang", sorted(_REPORTS))
def test_closing_paragraph_without_full_stop_stays(lang: str) -> None:
    report = list(_REPORTS[lang])
    closing = _TEASERS[lang][0]  # one long line without its full stop: a paragraph that lost it
    assert _text([*report, closing]) == [*report, closing]


_LOGIN_BOXES = {
    "en": ["Log in to your account", "Email address", "Password", "Remember me", "Forgot your password?"],
    "de": ["Anmelden", "E-Mail-Adresse", "Passwort", "Angemeldet bleiben", "Passwort vergessen?"],
    "fr": ["Se connecter", "Adresse e-mail", "Mot de passe", "Se souvenir de moi", "Mot de passe oublié ?"],
    "es": ["Iniciar sesión", "Correo electrónico", "Contraseña", "Recordarme", "¿Olvidaste tu contraseña?"],
}

_SCENES = {
    "en": "The Nordwerk plant in Bremen.",
    "de": "Das Werk von Nordwerk in Bremen.",
    "fr": "L'usine de Nordwerk à Brême.",
    "es": "La planta de Nordwerk en Bremen.",
}


def _article_page(headline: str, blocks: list[str]) -> list[str]:
    inner = "".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
    body = f"<html><body><article><h1>{headline}</h1>{inner}</article></body></html>"
    page = {"url": "https://news.example/a", "fetched_at": "2026-01-01T00:00:00Z", "content_type": "text/html"}
    return clean_page({**page, "body": body})["text"].split("\n")


@pytest.mark.parametrize("lang", sorted(_LOGIN_BOXES))
def test_login_box_inside_the_article_goes(lang: str) -> None:
    headline, *paragraphs = _ARTICLES[lang]
    box = "<div>" + "".join(f"<p>{line}</p>" for line in _LOGIN_BOXES[lang]) + "</div>"
    assert _article_page(headline, [paragraphs[0], box, *paragraphs[1:]]) == list(_ARTICLES[lang])
    for line in _LOGIN_BOXES[lang]:
        assert is_noise_line(line)


@pytest.mark.parametrize(
    "text",
    [
        "Log in to your account to see the story.",
        "Lumatec's password manager has 2 million users.",
        "Entrar en el mercado alemán le costó a Lumatec dos años.",
        "Connexion haut débit",
    ],
)
def test_sentences_on_logins_stay(text: str) -> None:
    assert not is_noise_line(text)


@pytest.mark.parametrize("lang", sorted(_SCENES))
def test_one_sentence_alone_beside_a_picture_is_its_caption(lang: str) -> None:
    headline, *paragraphs = _ARTICLES[lang]
    picture = f"<div class='image'><img src='a.jpg'><p>{_SCENES[lang]}</p></div>"
    assert _article_page(headline, [paragraphs[0], picture, *paragraphs[1:]]) == list(_ARTICLES[lang])


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_paragraphs_in_boxes_with_pictures_stay(lang: str) -> None:
    """Two sentences, or a paragraph beside its own text in the box: the article's."""
    headline, *paragraphs = _ARTICLES[lang]
    boxed = f"<div class='image'><img src='a.jpg'><p>{paragraphs[1]}</p></div>"
    assert _article_page(headline, [paragraphs[0], boxed, paragraphs[2]]) == list(_ARTICLES[lang])


_TEASER_TAILS = {
    "en": ("Read also:", "Nordwerk opens a plant in Poland"),
    "de": ("Lesen Sie auch:", "Nordwerk eröffnet ein Werk in Polen"),
    "fr": ("Lire aussi :", "Nordwerk ouvre une usine en Pologne"),
    "es": ("Lea también:", "Nordwerk abre una planta en Polonia"),
}


@pytest.mark.parametrize("lang", sorted(_TEASER_TAILS))
def test_read_also_label_after_a_body_sentence_goes_with_its_headline(lang: str) -> None:
    headline, *paragraphs = _ARTICLES[lang]
    label, teaser = _TEASER_TAILS[lang]
    tailed = f"<p>{paragraphs[1]} <strong>{label}</strong> <a href='/y'>{teaser}</a></p>"
    assert _article_page(headline, [paragraphs[0], tailed, paragraphs[2]]) == list(_ARTICLES[lang])
    assert _text([headline, paragraphs[0], f"{paragraphs[1]} {label} {teaser}", paragraphs[2]]) == list(
        _ARTICLES[lang]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lumatec said the buyers would read more of the contract before they sign it.",
        "The board met twice. Related: the chairman said the two firms had talked for months. Both sides agreed.",
        "Lumatec agreed the price. Read also: the regulator's statement, which says the review will take until June, "
        "and the filing of both companies, which lists the advisers, the fees and the break-up terms in detail",
    ],
)
def test_paragraph_with_read_words_but_no_run_in_headline_stays(text: str) -> None:
    assert without_teaser_tail(text) == text
