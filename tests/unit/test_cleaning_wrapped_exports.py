"""Hard-wrapped text exports (a site's text-only copy at 72 to 80 columns): the paragraphs are wrapped, but the
headline and the standfirst stay on one line each, longer than the width, right above the byline, and a menu set
in columns stands above them. The wrapped lines join into their paragraphs; the headline keeps apart from its
byline, the menu from the line below it. A market round-up's bulleted stocks, one wrapped paragraph each, are
its text, not a list of links."""

from __future__ import annotations

import textwrap

import pytest

from streams.cleaning import clean_page

_WIDTH = 76

# language: (site, menu in columns, account line, headline, standfirst, byline, paragraphs, related label, teasers,
# footer)
_ARTICLES = {
    "en": (
        "THE HARBOUR LEDGER",
        "Markets    Companies    Deals    Technology    Opinion    Podcasts",
        "Sign in | Subscribe",
        "Corvantis agrees to buy Delmere Instruments for $640m to expand its laboratory testing arm",
        "The Boston group will pay cash for the maker of mass spectrometers, its largest acquisition in a decade "
        "and its third deal this year.",
        "By Nora Whitcombe | March 14, 2025",
        (
            "Corvantis said on Friday it had agreed to buy Delmere Instruments, a maker of mass spectrometers used "
            "in hospital laboratories, for $640m in cash from the private equity firm Aldwych Partners.",
            "The deal values Delmere at about 14 times its expected earnings for this year. Corvantis will fund it "
            "from cash on hand and a new term loan arranged by two banks.",
            "The acquisition is expected to close in the third quarter, subject to approval by the competition "
            "authorities in the United States and the European Union.",
            "Delmere employs 900 people at two plants in Ohio and Bavaria. Its chief executive, Alan Prewitt, will "
            "stay on to run the business as a division of Corvantis.",
        ),
        "Related",
        ("Aldwych Partners raises its fourth buyout fund", "Why laboratory suppliers are back in favour"),
        "© 2025 The Harbour Ledger. All rights reserved.",
    ),
    "de": (
        "WIRTSCHAFTSKURIER",
        "Märkte    Unternehmen    Finanzen    Technik    Meinung    Podcasts",
        "Anmelden | Abonnieren",
        "Corvantis übernimmt Delmere Instrumente für 590 Millionen Euro und baut die Labortechnik aus",
        "Der Bremer Konzern zahlt bar für den Hersteller von Massenspektrometern, es ist seine größte Übernahme "
        "seit zehn Jahren.",
        "Von Nora Wittkamp | 14.03.2025",
        (
            "Corvantis hat am Freitag die Übernahme von Delmere Instrumente vereinbart, einem Hersteller von "
            "Massenspektrometern für Krankenhauslabore, und zahlt dem Finanzinvestor Aldwych 590 Millionen Euro.",
            "Der Kaufpreis entspricht etwa dem Vierzehnfachen des für dieses Jahr erwarteten Gewinns. Corvantis "
            "finanziert ihn aus eigenen Mitteln und einem neuen Kredit zweier Banken.",
            "Der Abschluss der Übernahme wird im dritten Quartal erwartet, die Kartellbehörden in Deutschland und "
            "der Europäischen Union müssen noch zustimmen.",
            "Delmere beschäftigt 900 Mitarbeiter in zwei Werken in Sachsen und Bayern. Vorstandschef Alois Prewe "
            "soll das Geschäft als Sparte von Corvantis weiterführen.",
        ),
        "Mehr zum Thema",
        ("Aldwych sammelt vierten Buy-out-Fonds ein", "Warum Laborausrüster wieder gefragt sind"),
        "© 2025 Wirtschaftskurier. Alle Rechte vorbehalten.",
    ),
    "fr": (
        "LA GAZETTE DES MARCHÉS",
        "Marchés    Entreprises    Opérations    Technologie    Opinions    Podcasts",
        "Connexion | S'abonner",
        "Corvantis rachète Delmere Instruments pour 590 millions d'euros et renforce son pôle de laboratoire",
        "Le groupe lyonnais paiera en numéraire le fabricant de spectromètres de masse, sa plus grosse acquisition "
        "depuis dix ans.",
        "Par Nora Vaillant | 14/03/2025",
        (
            "Corvantis a annoncé vendredi avoir signé un accord pour racheter Delmere Instruments, fabricant de "
            "spectromètres de masse pour les laboratoires hospitaliers, au fonds Aldwych pour 590 millions d'euros.",
            "Le prix représente environ quatorze fois le résultat attendu cette année. Corvantis le financera par sa "
            "trésorerie et par un nouveau prêt souscrit auprès de deux banques.",
            "La finalisation de l'opération est attendue au troisième trimestre, sous réserve du feu vert des "
            "autorités de la concurrence en France et dans l'Union européenne.",
            "Delmere emploie 900 personnes dans deux usines en Isère et en Bavière. Son président, Alain Prévost, "
            "restera à la tête de l'activité, qui deviendra une division de Corvantis.",
        ),
        "À lire aussi",
        ("Aldwych lève son quatrième fonds de rachat", "Pourquoi les fournisseurs de laboratoires reviennent"),
        "© 2025 La Gazette des marchés. Tous droits réservés.",
    ),
    "es": (
        "GACETA BURSÁTIL",
        "Mercados    Empresas    Operaciones    Tecnología    Opinión    Podcasts",
        "Iniciar sesión | Suscríbete",
        "Corvantis compra Delmere Instrumentos por 590 millones de euros para crecer en equipos de laboratorio",
        "El grupo valenciano pagará en efectivo por el fabricante de espectrómetros de masas, su mayor compra en "
        "una década.",
        "Por Nora Valdés | 14/03/2025",
        (
            "Corvantis ha acordado el viernes la compra de Delmere Instrumentos, fabricante de espectrómetros de "
            "masas para laboratorios hospitalarios, al fondo Aldwych por 590 millones de euros.",
            "El precio equivale a unas catorce veces el beneficio previsto para este año. Corvantis lo financiará "
            "con caja propia y un nuevo préstamo concedido por dos bancos.",
            "Se espera que la operación se cierre en el tercer trimestre, a falta de la aprobación de las "
            "autoridades de competencia de España y de la Unión Europea.",
            "Delmere emplea a 900 personas en dos plantas de Zaragoza y Baviera. Su consejero delegado, Álvaro "
            "Prieto, seguirá al frente del negocio como una división de Corvantis.",
        ),
        "Noticias relacionadas",
        ("Aldwych levanta su cuarto fondo de compras", "Por qué los proveedores de laboratorio vuelven a gustar"),
        "© 2025 Gaceta Bursátil. Todos los derechos reservados.",
    ),
}

# language: (intro, three stocks: one wrapped paragraph each, two of several sentences, one of one long sentence)
_ROUND_UPS = {
    "en": (
        "European shares are expected to open slightly higher on Wednesday. These are the stocks to watch in London:",
        (
            "* CORVANTIS - The laboratory group said on Tuesday evening it had agreed to buy Delmere Instruments "
            "for $640m in cash. The deal is expected to close in the third quarter.",
            "* BRAXWELL - The engineering firm has won a contract worth 310 million pounds from the port authority "
            "of Dunmore to build two container terminals, the company said in a statement before the market opened.",
            "* TELMORE - The two regional lenders announced a merger of equals on Wednesday. Telmore shareholders "
            "will receive 0.8 new shares for each share they hold.",
        ),
    ),
    "de": (
        "Die europäischen Börsen dürften am Mittwoch leicht fester starten. Diese Werte stehen in Frankfurt im Blick:",
        (
            "* CORVANTIS - Der Laborkonzern hat am Dienstagabend die Übernahme von Delmere Instrumente für 590 "
            "Millionen Euro vereinbart. Der Abschluss wird im dritten Quartal erwartet.",
            "* BRAXWELL - Der Anlagenbauer hat von der Hafenbehörde in Dunmore einen Auftrag über 310 Millionen "
            "Euro für den Bau von zwei Containerterminals erhalten, wie das Unternehmen am Morgen vor Handelsbeginn "
            "mitteilte.",
            "* TELMORE - Die beiden Regionalbanken haben am Mittwoch eine Fusion unter Gleichen angekündigt. "
            "Telmore-Aktionäre erhalten 0,8 neue Aktien je Aktie.",
        ),
    ),
    "fr": (
        "Les marchés d'actions européens sont attendus en légère hausse mercredi. Voici les valeurs susceptibles "
        "d'animer la cote à Paris :",
        (
            "* CORVANTIS - Le groupe de laboratoires a annoncé mardi soir le rachat de Delmere Instruments pour 590 "
            "millions d'euros. La finalisation est attendue au troisième trimestre.",
            "* BRAXWELL - Le groupe d'ingénierie a remporté auprès du port autonome de Dunmore un contrat de 310 "
            "millions d'euros pour la construction de deux terminaux à conteneurs, a indiqué la société avant "
            "Bourse.",
            "* TELMORE - Les deux banques régionales ont annoncé mercredi un projet de fusion entre égaux. Les "
            "actionnaires de Telmore recevront 0,8 action nouvelle pour chaque action détenue.",
        ),
    ),
    "es": (
        "Las bolsas europeas abrirán el miércoles con ligeras subidas. Estos son los valores a seguir en el "
        "Mercado Continuo:",
        (
            "* CORVANTIS - El grupo de laboratorios anunció el martes por la tarde la compra de Delmere "
            "Instrumentos por 590 millones de euros. El cierre se espera para el tercer trimestre.",
            "* BRAXWELL - La ingeniería ha obtenido de la autoridad portuaria de Dunmore un contrato de 310 millones "
            "de euros para construir dos terminales de contenedores, según informó la compañía antes de la apertura "
            "del mercado.",
            "* TELMORE - Los dos bancos regionales anunciaron el miércoles una fusión entre iguales. Los accionistas "
            "de Telmore recibirán 0,8 acciones nuevas por cada acción.",
        ),
    ),
}


def _clean(body: str) -> str:
    page = {
        "url": "https://news.example/2025/03/14/story",
        "fetched_at": "2025-03-14T08:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": body,
    }
    return clean_page(page)["text"]


def _export(lang: str, paragraphs: tuple[str, ...] | None = None) -> tuple[str, str]:
    """The wrapped export of an article and its gold text (headline, standfirst, paragraphs)."""
    site, menu, account, headline, standfirst, byline, body, label, teasers, footer = _ARTICLES[lang]
    paragraphs = paragraphs or body
    wrapped = "\n\n".join(textwrap.fill(paragraph, _WIDTH) for paragraph in paragraphs)
    page = "\n".join(
        [site, menu, account, "", headline, standfirst, byline, "", wrapped, "", label, *teasers, "", footer]
    )
    return page + "\n", "\n".join([headline, standfirst, *paragraphs])


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_headline_and_standfirst_longer_than_the_width_keep_apart_from_the_byline(lang: str) -> None:
    body, gold = _export(lang)
    headline, standfirst = _ARTICLES[lang][3:5]
    assert min(len(headline), len(standfirst)) > _WIDTH
    assert max(len(line) for line in body.splitlines() if line not in (headline, standfirst)) <= _WIDTH
    assert _clean(body) == gold


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_paragraph_left_on_one_line_beside_wrapped_ones_does_not_widen_the_wrap(lang: str) -> None:
    """A mixed export wraps most paragraphs and leaves one on a single long line: its length is no width, the
    wrapped paragraphs still join whole."""
    first, *rest = _ARTICLES[lang][6]
    body, gold = _export(lang, (first, *rest))
    body = body.replace(textwrap.fill(first, _WIDTH), first)
    assert _clean(body) == gold


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_menu_in_columns_is_neither_joined_nor_the_headline(lang: str) -> None:
    body, _ = _export(lang)
    text = _clean(body)
    site, menu, account = _ARTICLES[lang][:3]
    assert text.splitlines()[0] == _ARTICLES[lang][3]
    assert account not in text and " ".join(menu.split()) not in text


@pytest.mark.parametrize("lang", sorted(_ROUND_UPS))
def test_round_up_of_bulleted_stocks_keeps_every_stock(lang: str) -> None:
    """Each stock is a wrapped paragraph under a bullet; one of one long sentence is text as much as those of
    several sentences."""
    intro, stocks = _ROUND_UPS[lang]
    body, _ = _export(lang, (intro, *stocks))
    text = _clean(body)
    for stock in stocks:
        assert stock.removeprefix("* ") in text


def test_export_of_one_line_a_paragraph_with_headlines_of_one_length_is_not_reflowed() -> None:
    """Teaser headlines of about one length, none ending a sentence, look like wrapped lines; none runs on into the
    next, so the export is not wrapped and its headlines stay apart from the article and from one another."""
    site, _, account, _, standfirst, byline, paragraphs, label, _, footer = _ARTICLES["en"]
    headline = "Corvantis agrees to buy Delmere Instruments for $640m in cash"
    teasers = [
        "Aldwych Partners raises its fourth buyout fund at $2bn target",
        "Why laboratory suppliers are back in favour with US investors",
        "Brenmoor Labs names a new chief executive after two years' hunt",
        "Sellwood Diagnostics weighs a sale of its blood testing business",
        "Quarry Instruments shares fall on weak orders from Chinese labs",
    ]
    body = "\n".join([site, account, headline, standfirst, byline, *paragraphs, label, *teasers, footer])
    assert _clean(body + "\n") == "\n".join([headline, standfirst, *paragraphs])
