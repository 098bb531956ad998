"""Crude text exports whose article the line reader lost: a newsletter saved as text, whose stories are numbered
paragraphs between a sponsor's slot and a list of teasers, and a search engine's cached copy wrapped at 72 columns
under its banner. The stories and the wrapped paragraphs are text; banners, slots, teasers and footers are not."""

from __future__ import annotations

import textwrap

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_noise_line


def _clean(body: str) -> str:
    page = {
        "url": "https://news.example/2025/10/14/issue",
        "fetched_at": "2025-10-14T08:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": body,
    }
    return clean_page(page)["text"]


# language: (browser line, name, date, headline, greeting, three stories, slot label, its pitch, teasers label,
# two one-line teasers, sign-off, footer)
_NEWSLETTERS = {
    "en": (
        "View this email in your browser",
        "THE MORNING LEDGER",
        "Tuesday, 14 October 2025",
        "Greyfax and Portwell agree to merge",
        "Good morning. It was a busy Friday for dealmakers in London, and the week ahead promises more of the same. "
        "Here is what you need to know.",
        (
            "Greyfax and Portwell agree to merge. Greyfax Energy and Portwell Utilities announced on Friday an "
            "all-share merger of equals that values Portwell at £2.9bn. Shareholders vote in November.",
            "Tidebank buys Marlow Leasing. Tidebank has agreed to buy the equipment lessor Marlow Leasing from its "
            "private equity owner for £410m in cash. The deal adds 9,000 leases to its commercial arm.",
            "Brightwave raises $60m. The London fintech Brightwave has raised $60m in a Series C round led by "
            "Northgate Capital. It will use the money to expand into Germany and Spain next year.",
        ),
        "PRESENTED BY CLOUDNEST",
        "Cloudnest keeps your team's files safe. Try it free for 30 days.",
        "QUICK HITS ELSEWHERE",
        ("* Top 10 IPOs to watch this winter", "* Why bond yields are rising again"),
        "Unsubscribe | Update your preferences | Privacy policy",
        "© 2025 The Morning Ledger Ltd, 1 Fleet Street, London EC4A 2AB",
    ),
    "es": (
        "¿No ves bien este correo? Ábrelo en tu navegador",
        "EL BOLETÍN EMPRENDEDOR",
        "Miércoles, 15 de octubre de 2025",
        "Rutaclara cierra la compra de Envíos Sur",
        "Hola, emprendedores. Esta semana traemos compras, rondas y algún que otro fichaje en el ecosistema. "
        "Vamos allá.",
        (
            "Rutaclara cierra la compra de Envíos Sur. La plataforma de reparto completó el miércoles la adquisición "
            "de la startup argentina Envíos Sur, por unos 12 millones de euros entre efectivo y acciones.",
            "Finlo levanta 8 millones. La fintech madrileña Finlo ha cerrado una ronda de 8 millones de euros "
            "liderada por el fondo Kibo Ventures. Destinará el dinero a contratar a 30 ingenieros.",
            "Verdecampo compra Huerta Viva. La cooperativa Verdecampo ha comprado la marca de ensaladas Huerta Viva "
            "por una cifra no desvelada. La operación le abre las grandes cadenas de supermercados.",
        ),
        "ESTE BOLETÍN TE LLEGA GRACIAS A",
        "Nubeplus, el almacenamiento para equipos que crecen. Pruébalo gratis.",
        "Ofertas de empleo destacadas",
        ("- Pagosur busca responsable de producto en Madrid", "- Finlo busca ingeniero de datos en remoto"),
        "Darse de baja | Preferencias | Política de privacidad",
        "© 2025 El Boletín Emprendedor, Calle Mayor 1, 28013 Madrid",
    ),
    "de": (
        "Newsletter im Browser ansehen",
        "DER MORGENBRIEF",
        "Dienstag, 14. Oktober 2025",
        "Halvers übernimmt Kornmeyer Logistik",
        "Guten Morgen. Die Woche beginnt mit einer großen Übernahme in der Logistik und einer Finanzierungsrunde in "
        "Berlin. Das Wichtigste im Überblick.",
        (
            "Halvers übernimmt Kornmeyer Logistik. Der Hamburger Spediteur Halvers kauft den Kontraktlogistiker "
            "Kornmeyer für 310 Millionen Euro, wie beide Unternehmen am Montag mitteilten.",
            "Tarnwerk sammelt 18 Millionen Euro ein. Das Berliner Start-up Tarnwerk hat in einer Finanzierungsrunde "
            "18 Millionen Euro eingesammelt, angeführt von Nordkap Ventures. Das Geld fließt in den Vertrieb.",
            "Brückner verkauft seine Kältesparte. Der Anlagenbauer Brückner gibt seine Kältetechnik an den "
            "Finanzinvestor Elbstrom Capital ab. Über den Preis wurde Stillschweigen vereinbart.",
        ),
        "PRÄSENTIERT VON WOLKENDOCK",
        "Wolkendock sichert die Dateien Ihres Teams. Jetzt 30 Tage kostenlos testen.",
        "WEITERE MELDUNGEN",
        ("* Die zehn spannendsten Börsengänge des Winters", "* Warum die Renditen wieder steigen"),
        "Abmelden | Einstellungen | Datenschutz",
        "© 2025 Der Morgenbrief GmbH, Hauptstraße 1, 10115 Berlin",
    ),
    "fr": (
        "Voir cet e-mail dans votre navigateur",
        "LA LETTRE DU MATIN",
        "Mardi 14 octobre 2025",
        "Verlane rachète Transports Morvan",
        "Bonjour à tous. La semaine démarre avec un rachat dans le transport et une levée de fonds à Lyon. "
        "Voici l'essentiel.",
        (
            "Verlane rachète Transports Morvan. Le logisticien Verlane a annoncé lundi le rachat du transporteur "
            "bourguignon Transports Morvan pour 95 millions d'euros. L'opération doit être bouclée en décembre.",
            "Pixalis lève 14 millions d'euros. La start-up lyonnaise Pixalis a bouclé un tour de table de 14 millions "
            "d'euros mené par Rhône Capital. Elle compte recruter 40 ingénieurs.",
            "Caudal cède sa division froid. Le groupe industriel Caudal vend sa division froid au fonds Armor "
            "Partenaires. Le montant de la transaction n'a pas été dévoilé.",
        ),
        "CETTE NEWSLETTER VOUS EST OFFERTE PAR NUAGEO",
        "Nuageo protège les fichiers de votre équipe. Essayez-le gratuitement pendant 30 jours.",
        "EN BREF AILLEURS",
        ("* Les dix introductions en Bourse à suivre cet hiver", "* Pourquoi les taux remontent"),
        "Se désabonner | Gérer vos préférences | Confidentialité",
        "© 2025 La Lettre du Matin SAS, 1 rue de Rivoli, 75001 Paris",
    ),
}


def _newsletter(lang: str) -> tuple[str, str]:
    browser, name, date, headline, greeting, stories, slot, pitch, label, teasers, unsubscribe, footer = _NEWSLETTERS[
        lang
    ]
    items = [f"{n}. {story}" for n, story in enumerate(stories, 1)]
    body = "\n\n".join(
        [browser, f"{name}\n{date}", headline, greeting, items[0], items[1], f"----------\n{slot}\n{pitch}\n----------",
         items[2], "\n".join([label, *teasers]), f"{unsubscribe}\n{footer}"]
    )
    return body + "\n", "\n".join([headline, greeting, *items])


@pytest.mark.parametrize("lang", sorted(_NEWSLETTERS))
def test_newsletter_keeps_its_numbered_stories_and_drops_its_slots(lang: str) -> None:
    body, gold = _newsletter(lang)
    text = _clean(body)
    assert text == gold
    slot, pitch = _NEWSLETTERS[lang][6:8]
    assert slot not in text and pitch not in text and "---" not in text


@pytest.mark.parametrize("lang", sorted(_NEWSLETTERS))
def test_numbered_one_line_teasers_are_still_a_list(lang: str) -> None:
    """A list of one-line items under the article is no story, numbered or not."""
    body, gold = _newsletter(lang)
    teasers = [t[2:] for t in _NEWSLETTERS[lang][9]]
    numbered = "\n".join(f"{n}. {t}" for n, t in enumerate(teasers, 1))
    text = _clean(body.replace("\n".join(_NEWSLETTERS[lang][9]), numbered))
    assert text == gold
    assert all(t not in text for t in teasers)


# language: (banner, text-only line, site and menu, section label, headline, standfirst, byline, credit, paragraphs,
# comments line, teasers label, teasers)
_CACHES = {
    "de": (
        "Dies ist die Kopie von Findling aus dem Zwischenspeicher. Es handelt sich um eine Momentaufnahme der Seite, "
        "wie sie am 3. Feb. 2021 09:14:02 GMT angezeigt wurde. Die aktuelle Seite könnte sich inzwischen geändert "
        "haben.",
        "Nur-Text-Version Quelle anzeigen",
        "Börsenblick\nAktien | Fonds | Anleihen | Zertifikate | Devisen",
        "Neuemissionen",
        "Schichtwerk sammelt beim Börsengang 280 Millionen Euro ein",
        "Der Nürnberger Anbieter von Schichtplanungssoftware nimmt 280 Millionen Euro ein. Das Geld soll in die "
        "Expansion nach Nordamerika fließen.",
        "Von Markus Ehlert, 03.02.2021 | 10:02",
        "Bild: Schichtwerk / Archiv",
        (
            "Die Schichtwerk AG hat bei ihrem Börsengang in Frankfurt 280 Millionen Euro eingenommen. Die Aktien "
            "wurden zu 24 Euro platziert, am oberen Ende der Preisspanne, wie das Unternehmen am Mittwoch mitteilte.",
            "Begleitet wurde der Börsengang von der Deutschen Bank und der Commerzbank. Die Altaktionäre, darunter "
            "der Finanzinvestor Helmstedt Capital, geben rund ein Drittel ihrer Anteile ab.",
        ),
        "Kommentare (0)",
        "Auch interessant:",
        ("Nordlicht Solar plant den Gang an die Börse im kommenden Frühjahr", "Warum Emissionsbanken mehr verdienen"),
    ),
    "en": (
        "This is Findling's cache of https://www.marketpost.example/ipo/shiftworks-raises-280m. It is a snapshot of "
        "the page as it appeared on 3 Feb 2021 09:14:02 GMT. The current page could have changed in the meantime.",
        "Text-only version View source",
        "Market Post\nStocks | Funds | Bonds | Currencies",
        "IPOs",
        "Shiftworks raises $280m in its Nasdaq listing",
        "The Chicago maker of shift scheduling software raised $280m in its initial public offering. The money will "
        "pay for its expansion into Europe.",
        "By Mark Ellery, 02/03/2021 | 10:02",
        "Photo: Shiftworks / File",
        (
            "Shiftworks Inc. raised $280m in its initial public offering on the Nasdaq, pricing its shares at $24, the "
            "top of the range, the company said on Wednesday.",
            "Goldman Sachs and Morgan Stanley led the offering. Existing shareholders, including the private equity "
            "firm Helmfield Capital, sold about a third of their stakes.",
        ),
        "Comments (0)",
        "Also interesting:",
        ("Northlight Solar plans to list on the stock market in the spring", "Why underwriters earn more again"),
    ),
    "fr": (
        "Ceci est la version en cache de https://www.bourse.example/ipo/planora. Il s'agit d'un instantané de la page "
        "telle qu'elle s'affichait le 3 févr. 2021 09:14:02 GMT. La page actuelle peut avoir changé depuis.",
        "Version en texte seul Afficher la source",
        "Bourse Hebdo\nActions | Fonds | Obligations | Devises",
        "Introductions",
        "Planora lève 280 millions d'euros lors de son entrée en Bourse",
        "L'éditeur nantais de logiciels de planification lève 280 millions d'euros. L'argent doit financer son "
        "expansion en Amérique du Nord.",
        "Par Marc Ellier, 03/02/2021 | 10:02",
        "Photo : Planora / Archives",
        (
            "Planora a levé 280 millions d'euros lors de son introduction en Bourse à Paris. Les actions ont été "
            "placées à 24 euros, en haut de la fourchette, a indiqué la société mercredi.",
            "BNP Paribas et la Société Générale ont accompagné l'opération. Les actionnaires historiques, dont le "
            "fonds Loire Capital, cèdent environ un tiers de leurs titres.",
        ),
        "Commentaires (0)",
        "À lire aussi :",
        ("Nordéclair Solaire prépare son entrée en Bourse pour le printemps", "Les banques d'affaires gagnent plus"),
    ),
    "es": (
        "Esta es la versión en caché de https://www.bolsa.example/salidas/turnia de Findling. Es una instantánea de "
        "la página tal como se mostraba el 3 feb. 2021 09:14:02 GMT. La página actual puede haber cambiado.",
        "Versión de solo texto Ver código fuente",
        "Bolsa Diario\nAcciones | Fondos | Bonos | Divisas",
        "Salidas a bolsa",
        "Turnia capta 280 millones de euros en su salida a bolsa",
        "La empresa valenciana de software de turnos capta 280 millones de euros. El dinero servirá para su "
        "expansión en Norteamérica.",
        "Por Marcos Eliz, 03/02/2021 | 10:02",
        "Foto: Turnia / Archivo",
        (
            "Turnia ha captado 280 millones de euros en su salida a bolsa en Madrid. Las acciones se colocaron a 24 "
            "euros, en la parte alta de la horquilla, según informó la compañía el miércoles.",
            "Santander y BBVA coordinaron la operación. Los accionistas actuales, entre ellos el fondo Levante "
            "Capital, venden alrededor de un tercio de sus títulos.",
        ),
        "Comentarios (0)",
        "También te puede interesar:",
        ("Solnorte prepara su salida a bolsa para la próxima primavera", "Por qué la banca de inversión gana más"),
    ),
}


def _cache(lang: str) -> tuple[str, str]:
    banner, text_only, menu, section, headline, standfirst, byline, credit, paragraphs, comments, label, teasers = (
        _CACHES[lang]
    )
    blocks = [banner, text_only, menu, headline, f"{section}\n{headline}", standfirst, byline, credit, *paragraphs,
              comments, "\n".join([label, *teasers])]
    wrapped = "\n\n".join(textwrap.fill(block, 72) if "\n" not in block else block for block in blocks)
    return wrapped + "\n", "\n".join([headline, standfirst, *paragraphs])


@pytest.mark.parametrize("lang", sorted(_CACHES))
def test_wrapped_cache_copy_keeps_its_paragraphs_whole_and_drops_its_banner(lang: str) -> None:
    body, gold = _cache(lang)
    assert max(len(line) for line in body.splitlines()) <= 72
    assert _clean(body) == gold


@pytest.mark.parametrize("lang", sorted(_CACHES))
def test_cache_banner_is_a_noise_line(lang: str) -> None:
    assert is_noise_line(_CACHES[lang][0])


def test_unwrapped_export_lines_stay_apart() -> None:
    """An export of one line a paragraph, whose lines end sentences, is not reflowed: a headline over its lead stays
    apart even where both are short."""
    headline, standfirst, *_ = _CACHES["en"][4:]
    paragraphs = _CACHES["en"][8]
    body = "\n".join([headline, standfirst, *paragraphs]) + "\n"
    assert _clean(body) == "\n".join([headline, standfirst, *paragraphs])


_SIGN_OFFS = {
    "en": "Thanks for reading, and see you tomorrow.",
    "es": "Gracias por leernos. Nos vemos el jueves.",
    "de": "Danke fürs Lesen, bis morgen.",
    "fr": "Merci de nous avoir lu, à demain.",
}


@pytest.mark.parametrize("lang", sorted(_NEWSLETTERS))
def test_newsletter_sign_off_right_below_the_last_story_goes(lang: str) -> None:
    """Without a teaser list between them, the sign-off still is no closing sentence of the last story."""
    body, gold = _newsletter(lang)
    teasers = "\n".join([_NEWSLETTERS[lang][8], *_NEWSLETTERS[lang][9]])
    assert _clean(body.replace(teasers, _SIGN_OFFS[lang])) == gold


# language: (headline, source and date line, excerpt, link to the source) for each of two stories
_AGGREGATED = {
    "en": (
        ("Greyfax and Portwell agree to merge", "The Northern Courier - 14 Oct 2025, 08:12",
         "Greyfax Energy and Portwell Utilities announced on Friday an all-share merger of equals that values "
         "Portwell at £2.9bn. Shareholders vote in November.", "Read more at The Northern Courier"),
        ("Brightwave raises $60m in Series C", "City Tech News - 14 Oct 2025, 07:45",
         "The London fintech Brightwave has raised $60m in a Series C round led by Northgate Capital. It will use the "
         "money to expand into Germany and Spain next year.", "Read more at City Tech News"),
    ),
    "fr": (
        ("Verlane rachète Transports Morvan", "Le Journal de Bourgogne - 14/10/2025 08:12",
         "Le logisticien Verlane a annoncé lundi le rachat du transporteur bourguignon Transports Morvan pour 95 "
         "millions d'euros. L'opération doit être bouclée en décembre.", "Lire la suite sur Le Journal de Bourgogne"),
        ("Pixalis lève 14 millions d'euros", "La Tribune Lyonnaise - 14/10/2025 07:45",
         "La start-up lyonnaise Pixalis a bouclé un tour de table de 14 millions d'euros mené par Rhône Capital. Elle "
         "compte recruter 40 ingénieurs d'ici la fin de l'année.", "Lire la suite sur La Tribune Lyonnaise"),
    ),
    "de": (
        ("Halvers übernimmt Kornmeyer Logistik", "Hamburger Wirtschaftsblatt - 14.10.2025, 08:12",
         "Der Hamburger Spediteur Halvers kauft den Kontraktlogistiker Kornmeyer für 310 Millionen Euro, wie beide "
         "Unternehmen am Montag mitteilten. Das Kartellamt muss noch zustimmen.", "Weiterlesen bei Hamburger "
         "Wirtschaftsblatt"),
        ("Tarnwerk sammelt 18 Millionen Euro ein", "Berliner Gründerpost - 14.10.2025, 07:45",
         "Das Berliner Start-up Tarnwerk hat in einer Finanzierungsrunde 18 Millionen Euro eingesammelt, angeführt "
         "von Nordkap Ventures. Das Geld fließt in den Vertrieb.", "Weiterlesen bei Berliner Gründerpost"),
    ),
    "es": (
        ("Rutaclara cierra la compra de Envíos Sur", "Diario del Sur - 14/10/2025 08:12",
         "La plataforma de reparto Rutaclara completó el miércoles la adquisición de la startup argentina Envíos Sur, "
         "por unos 12 millones de euros entre efectivo y acciones.", "Leer más en Diario del Sur"),
        ("Finlo levanta 8 millones de euros", "El Económico - 14/10/2025 07:45",
         "La fintech madrileña Finlo ha cerrado una ronda de 8 millones de euros liderada por el fondo Kibo Ventures. "
         "Destinará el dinero a contratar a 30 ingenieros.", "Leer más en El Económico"),
    ),
}


@pytest.mark.parametrize("lang", sorted(_AGGREGATED))
def test_aggregator_keeps_each_story_under_its_headline(lang: str) -> None:
    """An aggregator's excerpts of several stories: each headline and excerpt is text, its source line and the link
    to the source are not."""
    stories = _AGGREGATED[lang]
    body = "\n\n".join("\n".join(story) for story in stories) + "\n"
    text = _clean(body)
    assert text == "\n".join(line for headline, _, excerpt, _ in stories for line in (headline, excerpt))
