"""Newsletters, startup blogs and their text exports: promo labels between the article's paragraphs, a newsletter's
furniture (forwarding notes, sponsor and jobs slots, the issue's date, alert appeals), meta lines and stock boxes
under the headline, and blog posts whose headline only the <title> holds."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_noise_line


def _clean(body: str, url: str = "https://news.example/2026/05/20/artikel", html: bool = False) -> dict:
    page = {
        "url": url,
        "fetched_at": "2026-05-20T08:00:00Z",
        "content_type": "text/html; charset=utf-8" if html else "text/plain; charset=utf-8",
        "body": body,
    }
    return clean_page(page)


_EXPORT = """# {headline}

{meta}

{p1}

{p2}

{label}

{p3}

{p4}

{closing}
"""

_ARTICLES = {
    "en": (
        "Lumatec raises $40 million to expand its payments platform",
        "Lumatec, the Berlin-based payments start-up, has raised $40 million in a Series B round led by Northgate "
        "Capital, the company said on Tuesday.",
        "The new money will fund hiring in engineering and an expansion into France and Spain, chief executive Mara "
        "Olsen said in an interview.",
        "Existing investors Harbour Ventures and Kestrel Partners also took part in the round, which values the "
        "company at about $300 million.",
        "The company plans to double its headcount to 240 people by the end of next year, Olsen added.",
    ),
    "de": (
        "Nordwerk sammelt 25 Millionen Euro für Batteriespeicher ein",
        "Das Münchner Start-up Nordwerk hat in einer Finanzierungsrunde 25 Millionen Euro eingesammelt, wie das "
        "Unternehmen am Dienstag mitteilte.",
        "Angeführt wurde die Runde vom Wagniskapitalgeber Isar Ventures, auch die bisherigen Investoren beteiligten "
        "sich an der Finanzierung.",
        "Mit dem Geld will Nordwerk die Produktion seiner Speicher ausbauen und neue Mitarbeiter in Vertrieb und "
        "Entwicklung einstellen.",
        "Bis Ende des kommenden Jahres soll die Belegschaft auf rund 300 Beschäftigte wachsen, sagte die Gründerin.",
    ),
    "fr": (
        "Solvéa lève 12 millions d'euros pour son logiciel de comptabilité",
        "La start-up lyonnaise Solvéa a bouclé une levée de fonds de 12 millions d'euros auprès du fonds Azur "
        "Capital, a-t-elle annoncé mardi.",
        "Cette somme doit permettre à l'entreprise de recruter une cinquantaine d'ingénieurs et de s'implanter en "
        "Allemagne d'ici la fin de l'année.",
        "Les investisseurs historiques de la société ont également participé à ce tour de table, selon un "
        "communiqué publié mardi.",
        "La société revendique déjà plus de 4 000 clients parmi les petites entreprises et les cabinets comptables.",
    ),
    "es": (
        "Cobaltia levanta 8 millones de euros en una ronda liderada por Faro Capital",
        "La empresa valenciana Cobaltia ha cerrado una ronda de financiación de 8 millones de euros liderada por "
        "Faro Capital, según ha informado este martes.",
        "Con los fondos, la compañía prevé contratar a cuarenta personas y abrir una oficina en Lisboa antes de que "
        "termine el año.",
        "Los inversores actuales de la compañía también han participado en la operación, que valora a Cobaltia en "
        "unos 60 millones.",
        "La empresa asegura que ya trabaja con más de 300 clínicas dentales en España y Portugal.",
    ),
}

_META = {
    "en": "May 20, 2026 · Funding · 3 min read",
    "de": "20. Mai 2026 · Finanzierungen · 3 Min.",
    "fr": "12 mars 2026 · Levées de fonds · 4 min de lecture",
    "es": "20 de mayo de 2026 · Rondas · 3 min de lectura",
}


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "Newsletter: Every Friday the week's deals"),
        ("en", "Newsletter: The Brief, every weekday"),
        ("de", "Newsletter: The Brief, every weekday"),
        ("de", "Newsletter: Jeden Freitag die Finanzierungsrunden der Woche"),
        ("fr", "Newsletter : chaque lundi les levées de la semaine"),
        ("es", "Newsletter: cada viernes las rondas de la semana"),
    ],
)
def test_promo_label_between_paragraphs_does_not_end_the_article(lang: str, label: str) -> None:
    headline, p1, p2, p3, p4 = _ARTICLES[lang]
    body = _EXPORT.format(
        headline=headline, meta=_META[lang], p1=p1, p2=p2, p3=p3, p4=p4, label=label, closing="Tags: Fintech, Start-ups"
    )
    text = _clean(body)["text"]
    assert text.split("\n") == [headline, p1, p2, p3, p4]


@pytest.mark.parametrize(
    "closing",
    ["Tags: Fintech, Start-ups", "More from Markets", "Share this article", "Related articles", "Newsletter"],
)
def test_real_end_of_article_blocks_still_end_it(closing: str) -> None:
    headline, p1, p2, p3, p4 = _ARTICLES["en"]
    teaser = "Kestrel Partners closes its fourth fund at $500 million after a year of fundraising in Europe and Asia."
    body = _EXPORT.format(
        headline=headline, meta=_META["en"], p1=p1, p2=p2, p3=closing, p4=teaser, label=p3, closing=""
    )
    text = _clean(body)["text"]
    assert teaser not in text and closing not in text
    assert text.split("\n")[-1] == p3


@pytest.mark.parametrize(
    "line",
    [
        "Forwarded this email? Subscribe here",
        "Was this email forwarded to you? Sign up here",
        "Diese E-Mail wurde Ihnen weitergeleitet? Hier abonnieren",
        "On vous a transféré cet e-mail ? Abonnez-vous ici",
        "¿Te han reenviado este correo? Suscríbete aquí",
        "Sponsored by Quillpay: close your books in days, not weeks",
        "Presented by Nordwerk Cloud: storage for growing teams",
        "Gesponsert von Kalwer Systems: Buchhaltung in Minuten",
        "Sponsorisé par Azur Compta : votre bilan sans stress",
        "Patrocina este boletín: Bufete Marín & Ruiz, expertos en rondas",
        "Jobs board: 380 open roles at portfolio companies",
        "Stellenmarkt: 120 offene Stellen bei Start-ups",
        "Ils recrutent : 95 postes ouverts cette semaine",
        "Empleo en startups: 190 ofertas esta semana",
        "Édition du 12 mars 2026",
        "Edición del 15 de octubre de 2026",
        "Ausgabe vom 20. Mai 2026",
        "Edition of May 20, 2026",
        "Recibe las alertas de última hora",
        "Recevez nos alertes",
        "Get breaking news alerts",
        "Erhalten Sie unsere Eilmeldungen",
    ],
)
def test_newsletter_furniture_is_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "20. Mai 2026 · Finanzierungen · 3 Min.",
        "12 mars 2026 · Levées de fonds · 4 min de lecture",
        "May 20, 2026 · Funding · 3 min read",
        "20 de mayo de 2026 · Rondas · 5 min",
        "Aktie im Fokus: Kalwer Systems 41,12 EUR -0,8 %",
        "Action : Norvel 12,40 € +1,2 %",
        "Stock in focus: Lumatec 18.40 USD +2.5 %",
        "Acción destacada: Cobaltia 7,85 € -1,4 %",
    ],
)
def test_meta_lines_and_stock_boxes_are_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The round was sponsored by Harbour Ventures and Kestrel Partners, the company said on Tuesday.",
        "Jobs board operator Lumatec said on Tuesday it had raised $40 million from Northgate Capital.",
        "La aplicación recibe las alertas de los bancos en tiempo real, según explicó la empresa.",
        "The 2026 edition of the fair drew 40,000 visitors on May 20, 2026, the organisers said.",
        "Die Aktie von Kalwer Systems schloss bei 41,12 EUR -0,8 % im Minus, nachdem der Konzern den Kauf bestätigte.",
        "Kalwer Systems shares fell 0.8% to 41.12 EUR on Tuesday after the announcement.",
        "Presented by its founders as a cheaper alternative, the product reached 2,000 customers in a year.",
        "Offres d'emploi : le marché reste tendu",
    ],
)
def test_article_sentences_of_the_same_words_stay(line: str) -> None:
    assert not is_noise_line(line)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_newsletter_export_furniture_goes_and_the_article_stays(lang: str) -> None:
    headline, p1, p2, p3, p4 = _ARTICLES[lang]
    furniture = {
        "en": (
            "Forwarded this email? Subscribe here",
            "Sponsored by Quillpay: close your books in days, not weeks",
            "Jobs board: 380 open roles at portfolio companies",
            "Stock in focus: Lumatec 18.40 USD +2.5 %",
        ),
        "de": (
            "Ausgabe vom 20. Mai 2026",
            "Aktie im Fokus: Kalwer Systems 41,12 EUR -0,8 %",
            "Stellenmarkt: 120 offene Stellen bei Start-ups",
            "Erhalten Sie unsere Eilmeldungen",
        ),
        "fr": (
            "Édition du 12 mars 2026",
            "Action : Norvel 12,40 € +1,2 %",
            "Recevez nos alertes",
            "Ils recrutent : 95 postes ouverts cette semaine",
        ),
        "es": (
            "Edición del 15 de octubre de 2026",
            "Patrocina este boletín: Bufete Marín & Ruiz, expertos en rondas",
            "Empleo en startups: 190 ofertas esta semana",
            "Recibe las alertas de última hora",
        ),
    }[lang]
    body = "\n\n".join(
        [f"# {headline}", _META[lang], furniture[0], furniture[1], p1, furniture[2], p2, p3, furniture[3], p4]
    )
    text = _clean(body)["text"]
    assert text.split("\n") == [headline, p1, p2, p3, p4]


def _newsletter_html(headline: str, paragraphs: list[str], furniture: list[str]) -> str:
    rows = [f"<p>{furniture[0]}</p>", f"<p>{furniture[1]}</p>", f"<h1>{headline}</h1>"]
    for paragraph, line in zip(paragraphs, furniture[2:] + [""] * len(paragraphs), strict=False):
        rows.append(f"<p>{paragraph}</p>")
        if line:
            rows.append(f"<p>{line}</p>")
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{headline} | Deal Letter</title></head>"
        f"<body><table class='wrapper'><tr><td>{''.join(rows)}</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "furniture"),
    [
        (
            "en",
            [
                "Forwarded this email? <a href='/s'>Subscribe here</a>",
                "Edition of May 20, 2026",
                "Sponsored by Quillpay: close your books in days, not weeks",
                "Jobs board: 380 open roles at portfolio companies",
                "Get breaking news alerts",
            ],
        ),
        (
            "es",
            [
                "¿Te han reenviado este correo? <a href='/s'>Suscríbete aquí</a>",
                "Edición del 15 de octubre de 2026",
                "Patrocina este boletín: Bufete Marín &amp; Ruiz, expertos en rondas",
                "Empleo en startups: 190 ofertas esta semana",
                "Recibe las alertas de última hora",
            ],
        ),
        (
            "fr",
            [
                "On vous a transféré cet e-mail ? <a href='/s'>Abonnez-vous ici</a>",
                "Édition du 12 mars 2026",
                "Sponsorisé par Azur Compta : votre bilan sans stress",
                "Recevez nos alertes",
                "Ils recrutent : 95 postes ouverts cette semaine",
            ],
        ),
    ],
)
def test_newsletter_html_furniture_goes(lang: str, furniture: list[str]) -> None:
    headline, *paragraphs = _ARTICLES[lang]
    text = _clean(_newsletter_html(headline, paragraphs, furniture), html=True)["text"]
    assert text.split("\n") == [headline, *paragraphs]


def _blog(title: str, heading: str = "", first: str = "") -> str:
    headline, *paragraphs = _ARTICLES["en"]
    body = "".join(f"<p>{p}</p>" for p in [first, *paragraphs] if p)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body class='single single-post'><div id='page' class='site'><header class='site-header'>"
        "<p class='site-title'><a href='/'>The Fintech Notebook</a></p></header>"
        "<main id='main' class='site-main'><div class='post type-post'>"
        f"{heading}<div class='entry-meta'><span class='posted-on'>May 20, 2026</span></div>"
        f"<div class='entry-content'>{body}</div></div></main>"
        "<footer class='site-footer'><p>Proudly powered by WordPress</p></footer></div></body></html>"
    )


_POST_URL = "https://fintechnotebook.example/2026/05/20/lumatec-raises-40-million-payments-platform/"


@pytest.mark.parametrize(
    "title",
    [
        "Lumatec raises $40 million to expand its payments platform &#8211; The Fintech Notebook",
        "Lumatec raises $40 million to expand its payments platform | The Fintech Notebook",
        "Lumatec raises $40 million to expand its payments platform - The Fintech Notebook",
    ],
)
def test_post_without_heading_takes_the_title_as_headline(title: str) -> None:
    headline, *paragraphs = _ARTICLES["en"]
    text = _clean(_blog(title), url=_POST_URL, html=True)["text"]
    assert text.split("\n") == [headline, *paragraphs]


def test_post_with_a_heading_of_its_own_takes_no_title() -> None:
    headline, *paragraphs = _ARTICLES["en"]
    own = "Lumatec closes its Series B"
    page = _blog(f"{headline} &#8211; The Fintech Notebook", heading=f"<h2 class='entry-title'>{own}</h2>")
    text = _clean(page, url=_POST_URL, html=True)["text"]
    assert headline not in text  # the post has a heading: the title is no headline of it


def test_post_whose_first_block_repeats_the_title_gets_no_second_headline() -> None:
    headline, *paragraphs = _ARTICLES["en"]
    page = _blog(f"{headline} &#8211; The Fintech Notebook", first=headline)
    text = _clean(page, url=_POST_URL, html=True)["text"]
    assert text.count(headline) == 1


def test_title_the_url_does_not_name_is_no_headline() -> None:
    headline, *paragraphs = _ARTICLES["en"]
    page = _blog("The Fintech Notebook &#8211; Notes on payments and start-ups")
    text = _clean(page, url="https://fintechnotebook.example/?p=4711", html=True)["text"]
    assert text.split("\n") == paragraphs


@pytest.mark.parametrize(
    ("og_title", "headline"),
    [
        ("Lumatec raises $40 million to expand its payments platform – The Fintech Notebook", None),
        ("Lumatec raises $40 million to expand its payments platform | The Fintech Notebook", None),
        # a dash of the headline's own, its words in the slug: no site name to cut
        (
            "Lumatec raises $40 million – payments platform grows",
            "Lumatec raises $40 million – payments platform grows",
        ),
    ],
)
def test_og_title_loses_the_site_name_the_slug_does_not_name(og_title: str, headline: str | None) -> None:
    expected, *paragraphs = _ARTICLES["en"]
    page = _blog("The Fintech Notebook").replace("<title>", f"<meta property='og:title' content='{og_title}'><title>")
    text = _clean(page, url=_POST_URL, html=True)["text"]
    assert text.split("\n") == [headline or expected, *paragraphs]
