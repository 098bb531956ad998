"""Organisation names: capitalised runs that are not persons, places or common nouns; legal suffixes
removed; "the company" resolved to its antecedent; short forms resolved to the doc's complete form."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from streams.extraction import amounts
from streams.extraction.casefold import fast
from streams.extraction.lexicon import Lexicon, is_article

APPOSED_KIND_WORDS = 5  # words of "a small maker of sensors" between an article and "from"
ORIGIN_REACH = 30  # characters before a name searched for "aus", "based in", "the newspaper"
REGULATOR_REACH = 40  # characters before a name searched for a regulator's name that holds it
ADVISER_REACH = 40  # characters before a name searched for "advised by", "préstamo sindicado liderado por"
VEHICLE_REACH = 60  # characters before a name searched for "par l'intermédiaire de son véhicule d'investissement"
FOUNDED_REACH = 60  # characters before a name searched for "Gegründet wurde Fluxwerk 2021 von"
FOUNDER_TITLE_WORDS = 4  # words of the founders' titles between "founded by" and a name ("former Acme engineer")
TITLED_FIRM_WORDS = 5  # words from a plural title to the comma before the names ("les fondateurs d'Ostrel, ...")
_ELIDED_OF = re.compile(r"d['’]\w")  # "d'Ostrel": the partitive glued to the firm's name
_PLAIN_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word with no stop or bracket: a title's, inside one clause
FUND_NAME_WORDS = 2  # name words before a fund word read as its name ("Bayern Kapital", "Lead Edge Capital")
LONG_NOUN = 12  # letters from which a capitalised word with no other capital is a common noun (German)
PLACE_ADJECTIVE_STEM = 4  # letters of a place a place adjective keeps ("Köln" of "Kölner"; not "Bau" of "Bauer")
CURRENCY_SIGNS = {"$", "€", "£", "¥"}  # a sign right after a word makes it part of a currency ("US$", "C$")
THING_HEAD = 4  # letters a compound holds at least before the noun of goods it ends with ("Funk" of "Funkgeräte")
STRUCTURE_HEAD = 3  # letters a compound holds at least before the built object it ends with ("Mainbrücke")
SEATED_GAP = 3  # lowercase words between a kind of firm and the genitive of its town ("de logiciels de")
MAX_OWNER_WORDS = 4  # capitalised words of a site's owner before its town ("das Werk von X SpA in Verona")
# model numbers and security codes: "T13", "A320", "A1B2C3", "DE000A1B2C34" (an ISIN)
_CODE = re.compile(r"[A-Z]{1,2}\d{2,}|(?=[A-Z\d]{6,}$)(?=\D*\d\D*\d)[A-Z]+\d[A-Z\d]*")
_DATELINE = re.compile(r"([^\W\d_]{3,}(?:[ /.,]+[^\W\d_]+)*)\s*(?:\([^)]*\)\s*)?[–—-]\s")
# a press release's dateline: cities in capitals, then region, date and wire ("BERGEN, Norway, Sept. 16, 2026
# /BusinessWire/ --", "TOULOUSE, 6 nov 2025 -")
# a town in ordinary case, its wire's code or name in brackets, then a dash: "Düsseldorf (NDW) - ", "Lyon (AFP) – ",
# "Valencia (EFE).- " (a full stop glued to the dash)
_CITY_WIRE = re.compile(r"[^\W\d_][^\W\d_'’]+(?:[ -][^\W\d_]+){0,2}\s*\([^()\d]{2,24}\)\s*(?:\.[–—-]\s?|[–—-]\s)")
# a town in capitals (its region after a comma), then the wire in brackets between double dashes ("MANCHESTER,
# England--(NEWSWIRE)--", "LYON--(Fil Communiqués)--") or a day and the agency in brackets with no dash ("MADRID, 12
# (EUROPA PRESS) La constructora ...")
_CAPITAL_WIRE = re.compile(r"[^\W\d_a-z]{3,}(?:[ /-][^\W\d_a-z]+)*(?:(?:,[^()–—\d]{0,40}?)?--\s*\([^()]{2,40}\)\s*--"
                           r"|,\s*\d{1,2}(?:\s+[^\W\d_]+\.?)?\s*\([^()]{2,40}\))\s*")
# a dateline's town in capitals, a comma and capitalised words up to its date ("BRISTOL, United Kingdom, 3 June",
# "BERGEN, Norway, Sept. 16"): places all
# a town in ordinary case closed by a full stop and a dash: "Ciudad de Panamá.– Pagazul, ...", "Bogotá.- La fintech"
_TOWN_STOP_DASH = re.compile(r"[^\W\d_][^\W\d_'’]+(?:[ -][^\W\d_]+){0,3}\.\s?[–—-]\s?")
# a town in ordinary case, a comma and the day up to a dash: "Tours, le 6 octobre 2026 – ", "Sevilla, 12 de marzo de
# 2026 - ", "Leeds, June 3, 2026 -- ", with the agency in brackets before the dash ("Lille, 3 févr 2026 (AFE) - ",
# "Bilbao, 12 de marzo (EFE).- ")
_TOWN_DAY_DASH = re.compile(r"[^\W\d_][^\W\d_'’]+(?:[ -][^\W\d_]+){0,2},\s+(?:[^\W\d_]+\.?\s+){0,2}\d{1,2}"
                            r"(?:er|st|nd|rd|th)?,?\s+(?:[^\W\d_]+\.?\s+){0,3}(?:\d{4}\s*(?:\([^()\d]{2,40}\)\s*)?"
                            r"|(?<=\s)\([^()\d]{2,40}\)\s*)\.?[–—-]{1,2}\s")
# towns in ordinary case joined by slashes, then a dash: "Koblenz/Kassel – Das Amt ...": where the story was filed,
# by the office of each side (one town alone before a dash may be a firm's name opening a headline)
_TOWNS_DASH = re.compile(r"[^\W\d_a-z][^\W\d_]+(?:/[^\W\d_a-z][^\W\d_]+)+\s[–—-]\s")
_CAPITAL_DATELINE = re.compile(r"[^\W\d_a-z]{3,}(?:[ /-][^\W\d_a-z]+)*,(?:\s+[^\W\d_a-z][^\W\d_]*[.,]?)*(?=\s+\d)")
_WIRE_DATELINE = re.compile(r"[^\W\d_]{3,}[^–—]{0,120}?\d[^–—]{0,60}?(?:--|[–—]|(?<=\s)-)\s")
# a label and the code it introduces ("ISIN: DE000A1B2C34"): six or more capitals and digits, a digit among them
# (not "Siemens: 2026 wird schwierig")
_CODE_LABEL = re.compile(r":\s*(?=[\dA-Z]{6,}\b)[A-Z]*\d[\dA-Z]*\b")
_GLUED_SUM = re.compile(r"[A-Z]{1,3}\d[\d.,]*(?:m|bn|mn|k)(?!\w)")  # "R480m", "R1.8bn": a sum in one word, no name
_GLUED_CODE = re.compile(r"[A-Z]{3}\d{1,3}")  # "PLN1" of "PLN1.4 billion": a currency's code glued to a figure
_ROMAN = re.compile(r"(?=[IVX]{2,4}$)X{0,3}(?:IX|IV|V?I{0,3})")  # "en phase II", "Fonds III": an ordinal
# a section's heading that closes on the span of years it tells of ("Expansion and listing (1998–2018)", "Frühe
# Jahre (1950-1971)"): a title of words, no clause
_PERIOD_HEADING = re.compile(r"[^.!?:;]{1,80}\(\s*\d{4}\s*[–—-]\s*\d{2,4}\s*\)\s*")
_CAPACITY = re.compile(r"\d+(?:[.,]\d+)?[kMGT]Wh?p?")  # "the 2GW Dogger North project": a plant named by its size
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "signed two PPAs", "EVs": things counted, no firm
_PHRASE_END = re.compile(r"[,;:()]")  # what ends the phrase a word stands in
_YEAR = re.compile(r"(?:19|20)\d\d")  # "hatte 2019 Damsberg gekauft": a year before a name counts nothing
# a word: word characters joined by "&", apostrophes and hyphens ("AT&T", "Rolls-Royce", "l'américain")
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[&'’\-]+\w+)*|&")


class Token:
    """A word with its offsets (a plain slotted class: tokens are the extractor's most made objects)."""

    __slots__ = ("text", "start", "end", "possessive", "low")

    def __init__(self, text: str, start: int, end: int, possessive: bool = False) -> None:
        self.text, self.start, self.end, self.possessive, self.low = text, start, end, possessive, text.lower()


@dataclass
class Mention:
    """One mention of an organisation in a sentence (absolute offsets); `name` is None for an
    unresolved anaphor such as "the company"."""

    name: str | None
    start: int
    end: int
    possessive: bool = False
    anaphor: bool = False
    pair: bool = False  # "both companies": the page's two firms
    initial: bool = False  # opens its sentence, where every word is capitalised
    introduced: bool = False  # follows a descriptor ("der US-Zulieferer TRW") or precedes a legal suffix
    governed: bool = False  # follows a role preposition, maybe with an article ("an die Swisscom", "von Siemens")
    public: str | None = None  # "the ministry": the kind of public body a description names
    pronoun: bool = False  # a subject pronoun inside its sentence ("..., and in 2021 it completed")
    first_person: bool = False  # "we", "uns", "nous", "compramos": the firm the speaker speaks for
    recent: bool = False  # a description resolved to the one firm the sentence before names ("Attention turns to X. The
    # fintech group ...": `page._recent`), a topic of its own, not the page's firm
    unplaced: bool = False  # a description naming a place no firm of the page is tied to ("den Karlsruher Konzern")
    latter: bool = False  # "the latter", "esta última", "ce dernier": the firm named last before it


def normalise(name: str, lex: Lexicon | None = None) -> str:
    """Case-, accent- and punctuation-free key of a name, legal suffixes removed: the party key of event ids."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = re.sub(r"[^\w\s&]", " ", s).split()
    suffixes = lex.legal_suffixes if lex else frozenset()
    kept = [w for w in words if w not in suffixes]
    return " ".join(kept or words)


def tokens(sentence: str, offset: int, lex: Lexicon) -> list[Token]:
    """Words with offsets; elided articles ("l'américain") split off, possessive endings noted."""
    sums = amounts.sum_openings(sentence, lex) if lex else set()  # "R1" of "R1.2bn": no word of a name
    out = [Token(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(sentence)
           if m.start() not in sums and not _hashtag(sentence, m.start())]
    if "'" in sentence or "’" in sentence:  # only then can there be an elision or a possessive
        out = [_apostrophe(t, lex) if "'" in t.text or "’" in t.text else t for t in out]
    return out


def _hashtag(sentence: str, start: int) -> bool:
    """ "#MandA #DataEngineering": a word right after "#" is a post's topic label, no name said in a sentence."""
    return start > 0 and sentence[start - 1] == "#"


def _apostrophe(tok: Token, lex: Lexicon) -> Token:
    text, start = tok.text, tok.start
    elision = lex.elision.match(text)
    if elision and len(text) > elision.end():
        text, start = text[elision.end():], start + elision.end()
    ending = lex.possessive.search(text)
    possessive = bool(ending) and len(text) > 2
    if possessive:
        text = text[:ending.start()]
    return Token(text, start, start + len(text), possessive)


@lru_cache(maxsize=65536)
def is_descriptor(word: str, lex: Lexicon) -> bool:
    """A common noun naming a kind of organisation ("company", "Softwarekonzern", "US-Investor",
    "Robotik-Start-up")."""
    word = word.lower()
    if "-" in word and word not in lex.descriptors:
        if any(w.endswith("-" + d) or w == d for w in (word, word[:-1]) for d in lex.descriptors):  # "Start-ups"
            return True
        word = word.rsplit("-", 1)[-1]
    if word in lex.descriptors:
        return True
    if not lex.compound_nouns or word.rpartition(" ")[2] in lex.fund_words:
        return False  # "(Finanzinvestor) Arvelo Partners": a fund's name word, no genitive of "Partner"
    # genitive "des Zahlungsdienstleisters", "des Karlsruher Softwarehauses"
    stems = (word, word[:-1], word[:-2]) if word.endswith("es") else (word, word[:-1]) if word.endswith("s") else (
        word,)
    return stems[-1] in lex.descriptors or any(
        w.endswith(d) and len(w) > len(d) + 2 for w in stems for d in lex.descriptors)


def fund_names(sentence: str, offset: int, lex: Lexicon) -> list[Mention]:
    """Names that end in a fund word ("Insight Partners", "der Förderfonds Bayern Kapital"): up to
    `FUND_NAME_WORDS` name words before it, joined by spaces only (not "Series B. Halberd Ventures"), a descriptor
    not among them, nor a participation cue ("Repiten X Capital"). Read only where a cue says investors are named:
    a fund is often named after a place or an ordinary word, which the name finder rejects."""
    toks = tokens(sentence, offset, lex)
    out: list[Mention] = []
    for i, tok in enumerate(toks):
        if tok.low not in lex.fund_words:
            continue
        first = i
        while (first > 0 and i - first < FUND_NAME_WORDS and _fund_name_word(toks, first - 1, lex)
               and sentence[toks[first - 1].end - offset:toks[first].start - offset] in (" ", "\u00a0")
               and not lex.participation_re.match(sentence, toks[first - 1].start - offset)):
            first -= 1
        if first < i:
            out.append(Mention(sentence[toks[first].start - offset:tok.end - offset], toks[first].start, tok.end,
                               introduced=True))
    return out


def _fund_name_word(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A word of a fund's name: a name word, or a capitalised word inside the sentence the stopwords list only
    for their other use (a city, "New": "Paris Ventures", "New Energy Capital")."""
    tok = toks[k]
    if is_descriptor(tok.low, lex):
        return False  # "vom Münchner VC Nordlicht Ventures": the kind before the name ("VC" passes as "UK" would)
    return name_word(tok.text, lex, False) or (k > 0 and tok.text[:1].isupper() and tok.low in lex.stopwords)


@lru_cache(maxsize=65536)
def is_institution(name: str, lex: Lexicon) -> bool:
    """A public body ("Verteidigungsministerium", "Comisión Europea"): a customer, never "the company" (cached: a
    page asks it of the same names again and again)."""
    words = name.lower().split()
    return any(w.endswith(lex.institutions) for w in words) or bool(
        words) and name[0].isupper() and (
        words[0] in lex.public_heads) or (  # "la Direction générale de ...", not "la direction de X" (its managers)
        len(words) == 1 and words[0] in lex.named_bodies) or (  # "die Marine"
        len(words) > 1 and place_body(words[0], words[1], lex)) or (  # "Land Hessen", "région Bretagne"
        len(words) > 2 and words[0] in lex.connected_bodies)  # "métropole de Rivaz"


def place_body(word: str, following: str, lex: Lexicon) -> bool:
    """ "das Land Hessen", "der Freistaat Sachsen", "la région Bretagne": a body's word right before a known place
    names that place's government, a public customer (lowercased words); not "Land Rover", whose word a place does
    not follow."""
    return word in lex.place_bodies and following in lex.places or word in lex.town_bodies


def _calendar_word(word: str, lex: Lexicon) -> bool:
    """A month (also a part of one: "mi-mars"), a weekday or a relative day: never a name."""
    return (word in lex.months or word.rpartition("-")[2] in lex.months
            or any(word.startswith(d) for d in lex.weekdays) or word in lex.relative_days)


@lru_cache(maxsize=65536)
def name_word(text: str, lex: Lexicon, first: bool) -> bool:
    """Whether a word can belong to an organisation's name (cached: the same words recur on every page)."""
    low = text.lower()
    if text[0].isdigit() or not (text[0].isupper() or any(c.isupper() for c in text[1:])):
        return False  # "iGate" and "O2" are names, "buy" and "5G" are not
    if "_" in text:
        return False  # "Zitat von Boersenwolf_HH", "@anna_invest": a user's handle on a forum or a network, no firm
    if "-" in text and any(c.isdigit() for c in text) or _CODE.fullmatch(text) or _GLUED_SUM.fullmatch(text):
        return False  # model numbers: "F-35", "WH-1000XM5", "Sars-CoV-2", "T13", "A320" (not "O2")
    if _GLUED_CODE.fullmatch(text):
        return False  # "worth up to PLN1.4 billion": a sum whose currency's code is glued to it, no name
    if not first and text.isupper() and len(text) <= 3 and low not in lex.legal_suffixes and low not in lex.titles \
            and not lex.trigger_re.fullmatch(text):
        return True  # "T-Mobile US", "Mistral AI", "Vodafone UK" (not "der Thuner CEO Jan Roth": a title; nor "La
        # OPV ha captado": a deal's acronym)
    if (low in lex.stopwords or _calendar_word(low, lex) or low in lex.legal_suffixes
            or low in lex.amounts["currencies"] or f"{low}." in lex.amounts["currencies"]  # "Mio. Fr."
            or low in lex.amounts["scales"]):
        return False
    if text[1:].islower() and (low in lex.we_pronouns or low in lex.we_possessives or low in lex.you_pronouns
                               or first and lex.we_verb_re.fullmatch(low)):
        return False  # "Our partnership with X", "Unsere Tochter", "Compramos X": the speaker's firm (not "NOS"); "You
        # sold X", "Usted vendió X": the interviewee, whose firm fills the open slot
    if low in lex.source_words and low not in lex.institutions:
        return False  # "die Zeitung Abendkurier", "der Nachrichtenagentur X" (no public body for its ending, unlike
        # "la Agencia X"): the name follows
    if is_institution(low, lex):
        return True
    if first and lex.organ_re.fullmatch(f"{low} "):
        return False  # "Die Vorstände der Lumatec Bank": an organ of the firm after it opens no name
    if lex.trigger_re.fullmatch(text):
        return False  # "Mit dem Verkauf", "la Fusión": a deal noun, not a firm
    if first and lex.participation_re.fullmatch(text):
        return False  # "Repiten X Capital y ...": a co-investor's verb opening the sentence, not a firm
    if is_descriptor(low, lex):
        return False
    if _counted_compound(text, lex):
        return False  # "Ten-year deal covers ...", "Two-thirds of": a compound adjective opening a sentence
    tail = text.rsplit("-", 1)[1] if "-" in text else None
    if tail is not None and (tail.lower() in lex.stopwords or lex.unit_re.fullmatch(tail)):
        return False  # "Gießerei-Sparte": a firm's unit (`unit_words`), sold by its owner, is no party
    if "-" in text and any(len(p) > 2 and p in lex.amounts["scales"] for p in low.split("-")):
        return False  # "im mittleren zweistelligen Millionen-Euro-Bereich", "der Milliarden-Deal": a sum's compound
    if low in lex.titles or "-" in low and low.rsplit("-", 1)[1] in lex.titles:
        return False  # "son PDG", "Vellmar-Chefin Katrin Obermaier": a person's title, the person follows
    # a long word with only its initial capital, opening a run, is a common noun where nouns are capitalised;
    # so is a site ("in das Werk", "am Standort")
    return not (lex.compound_nouns and first and (
        len(text) >= LONG_NOUN and text[1:].islower() and not low.endswith(lex.name_adjective_endings or "\0")
        or low in lex.facilities))


def _counted_compound(text: str, lex: Lexicon) -> bool:
    """A number word joined by a dash to a lowercase word ("Ten-year", "Five-star"): capitalised only because it opens
    a sentence; "Seven-Eleven" keeps its capital tail and stays a name."""
    head, dash, tail = text.partition("-")
    return bool(dash) and head.lower() in lex.counters and tail[:1].islower()


_OUTLET_WORDS = re.compile(r"(?:(?<=\s)[A-ZÀ-Þ][\w&-]*\s+){1,3}$")  # capitalised words ending a text


def _set_off(before: str, lex: Lexicon) -> bool:
    """Whether a comma, then at most an article, comes right before a name ("..., the Financial Times")."""
    words = before.split()
    if words and words[-1].lower() in lex.determiners:
        words = words[:-1]
    return bool(words) and words[-1].endswith(",")


def _credited_pair(sentence: str, start: int, lex: Lexicon) -> bool:
    """ "..., según comunicaron ambas compañías el lunes": a pair anaphor a credit names reports the news, no party."""
    return bool(lex.credit_re.search(sentence, max(0, start - ORIGIN_REACH), start))


def _counted_pairs(sentence: str, offset: int, lex: Lexicon) -> list[Mention]:
    """ "des deux coopératives", "der beiden Mühlenkonzerne", "ambas cooperativas", "the two carmakers": two firms
    counted before the plural of a noun of their kind (`pair_counts`) are a pair anaphor, whatever the noun; not
    when a credit names them. The anaphor starts at the count, the article or preposition before it left to the
    roles ("la fusion des deux coopératives": of the two)."""
    return [Mention(None, offset + (sentence.rfind(" ", m.start(), m.start(1) - 1) + 1 or m.start()),
                    offset + m.end(), anaphor=True, pair=True)
            for m in lex.pair_count_re.finditer(sentence)
            if _kind_plural(m.group(1).lower(), lex) and not _credited_pair(sentence, m.start(), lex)]


def _names_follow(pair: Mention, found: list[Mention], sentence: str, offset: int) -> bool:
    """ "der beiden Mühlenkonzerne Hellweg und Ostra", "les deux coopératives X et Y": the count describes the
    firms named right after it, no anaphor."""
    return any(m.name and not sentence[pair.end - offset:m.start - offset].strip() for m in found
               if m.start >= pair.end)


def _body_deciding(run: list[Token], lex: Lexicon) -> bool:
    """ "X resultó adjudicataria del contrato, según ha resuelto hoy el Ayuntamiento de Y": a public body credited
    with a verb at the sentence's end decided what the sentence tells (`discourse._credited_body`), no press."""
    return is_institution(" ".join(t.text for t in run), lex)


CREDIT_TAIL = re.compile(r"\s*[,.;]|(?:\s+(?!\d{4}\b)[\w’'-]+){1,3}\s*[.;!]?\s*$")


def _credit_tail(rest: str) -> bool:
    """What follows a name a credit opens: punctuation, or a few words that close the sentence ("..., berichtete der
    Weser Kurier am Dienstag.", "..., a rapporté La Lettre de l'Ouest mardi."): the name reports the news; a year
    closing it dates a deal ("la SNCF l'a confié à X en 2022": a credit's verb that also grants a contract)."""
    return bool(CREDIT_TAIL.match(rest))


def _opening_credit(sentence: str, credit: re.Match, end: int) -> bool:
    """A credit with words between that opens the sentence and whose name a comma closes ("Según publicó ayer
    Expansión, X negocia"): the name reports the news."""
    return not sentence[:credit.start()].strip() and sentence[end:].lstrip()[:1] == ","


def _joinable_gap(sentence_text: str, prev: Token, nxt: Token, offset: int) -> bool:
    """Only spaces join two words of one name ("T. Rowe Price" after an initial); a dash does not."""
    gap = sentence_text[prev.end - offset:nxt.start - offset]
    if gap in (" ", "\u00a0"):
        return True
    return gap == ". " and (len(prev.text) == 1 or "." in prev.text)


def _abbreviated_opener(sentence_text: str, prev: Token, nxt: Token, offset: int, lex: Lexicon) -> bool:
    """ "Harbor St. Agnes Health", "St. Agnes Medical Center": an abbreviated opener of a place's or a saint's name
    (`place_openers`, "st.") and its period join the capitalised word after it, where a period would end the name."""
    return (sentence_text[prev.end - offset:nxt.start - offset] == ". " and f"{prev.low}." in lex.place_openers
            and nxt.text[:1].isupper())


def _listed_in_body(current: list[Token], toks: list[Token], i: int, sentence: str, offset: int,
                    lex: Lexicon) -> bool:
    """Whether a comma goes on listing the fields of a public body's name ("Bundesamt für Ausrüstung,
    Informationstechnik und Nutzung der Bundeswehr"): after a body's word and a connector, a capitalised word
    follows the comma and a link word ("und") follows that word; the list is one name."""
    if not (len(current) >= 3 and is_institution(current[0].text, lex)
            and any(t.low in lex.connectors for t in current[1:])):
        return False
    gap = sentence[current[-1].end - offset:toks[i].start - offset]
    return (gap == ", " and toks[i].text[:1].isupper() and i + 2 < len(toks)
            and toks[i + 1].low in lex.institution_links and _joinable_gap(sentence, toks[i], toks[i + 1], offset)
            and toks[i + 2].text[:1].isupper())


def _after_closed_name(current: list[Token], toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a lone name word right after a name its legal suffix closed ("die Lindner Gruppe Solvex an den
    Investor") is a second firm (the object after the subject): not a suffix, a fund's or a firm's name word itself,
    and no name word after it ("Volkswagen Group China Ltd" stays one)."""
    if len(current) < 2 or current[-1].low.rstrip(".") not in lex.legal_suffixes or current[0].low in (
            lex.legal_suffixes):
        return False
    tok, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    return (name_word(tok.text, lex, False) and tok.low.rstrip(".") not in lex.legal_suffixes
            and tok.low not in lex.fund_words and tok.low not in lex.firm_name_words and not tok.text.isupper()
            and (nxt is None or not nxt.text[:1].isupper() and not nxt.text[:1].isdigit()))


def _body_field(current: list[Token], toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> int:
    """The words of one more field of a public body's name listed after "and" or a comma, each field with its own
    connector ("ministère de l'Énergie et de la Transition numérique", "ministère de l'Agriculture, de l'Élevage et
    de la Pêche"): the list is one body, not a body and firms; 0 unless the body's name holds a connector already
    and the field is a connector, maybe an article, and a capitalised word. A field set off by a comma needs
    another one after it ("..., de l'Élevage et de la Pêche"), so a town after the body's name stays apart."""
    if len(current) < 3 or not is_institution(current[0].text, lex) or not any(
            t.low in lex.connectors for t in current[1:]) or i + 2 >= len(toks):
        return 0
    gap = sentence[current[-1].end - offset:toks[i].start - offset]
    linked = gap == " " and toks[i].low in lex.institution_links
    if not linked and gap != ", ":
        return 0
    j = i + linked
    if toks[j].low not in lex.connectors or toks[j].low in lex.determiners or j + 1 >= len(toks):
        return 0  # "y la Generalitat": an article opens another body, no field
    k = j + 1 + (toks[j + 1].low in lex.determiners and toks[j + 1].text.islower())
    if k >= len(toks) or not toks[k].text[:1].isupper() or not (_joinable_gap(sentence, toks[k - 1], toks[k], offset)
                                                                 or _elided_connector(sentence, toks[j], toks[k],
                                                                                      offset, lex)
                                                                 or sentence[toks[j].end - offset:toks[k].start
                                                                             - offset].replace("’", "'") in (
                                                                     " l'",)):
        return 0
    if not linked and not _body_field([*current, *toks[i:k + 1]], toks, k + 1, sentence, offset, lex):
        return 0
    return k + 1 - i


def _currency_country(tok: Token, sentence: str, offset: int) -> bool:
    """ "US$", "C$", "HK$": the country of a currency, never a word of the name before it ("Nordwerk for US$300m")."""
    return sentence[tok.end - offset:tok.end - offset + 1] in CURRENCY_SIGNS


def _currency_code(tok: Token, sentence: str, offset: int) -> bool:
    """ "EUR 20 million", "USD 3.3 billion", "Rs 850 crore": a currency's code or sign in letters before a figure,
    never a word of the name before it ("Daimler for EUR 20 million", "Vira Seeds for Rs 850 crore"); so is a sum
    written in one word ("Cape Foods for R480m", "R1.8bn")."""
    return (len(tok.text) <= 3 and tok.text[:1].isupper() and tok.text.isalpha()
            and sentence[tok.end - offset:].lstrip()[:1].isdigit()) or bool(
        _GLUED_SUM.match(sentence, tok.start - offset))


def _currency_closes_name(current: list[Token], toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "die Sonnwerk Franken GmbH", "übernimmt Sonnwerk Franken": a currency word right after a name word, with no
    figure before the name, is the name's last word (not "20 Millionen Schweizer Franken": a figure before, nor
    "in Schweizer Franken": a place's adjective)."""
    tok, k = toks[i], toks.index(current[0])
    before = toks[k - 1].low if k else ""
    return (tok.low in lex.amounts["currencies"] and tok.text[:1].isupper() and tok.text[1:].islower()
            and not (before[:1].isdigit() or before in lex.amounts["scales"] or before in lex.amounts["number_words"])
            and not any(place_adjective(t.text, lex) or t.low in lex.stopwords for t in current))


def _figure_currency(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A currency read beside a figure only (`figure_currencies`: "Mark", "D-Mark", "Peseten") right after a figure
    or a scale word: the sum's currency ("62 Millionen D-Mark"), where the same word elsewhere may be a name."""
    before = toks[i - 1].low if i else ""
    return toks[i].low in lex.amounts["figure_currencies"] and (
        before[:1].isdigit() or before in lex.amounts["scales"] or f"{before}." in lex.amounts["scales"])


def runs(toks: list[Token], sentence: str, offset: int, lex: Lexicon) -> list[list[Token]]:
    """Maximal sequences of name tokens (with connectors such as "of", "de", "&" and legal suffixes)."""
    out: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not current and tok.text[0].isdigit() and _numbered(toks, i, sentence, offset, lex):
            current = [tok]  # "21st Century Fox", "3G Capital"
            i += 1
            continue
        if not current and tok.text.islower():  # no capital: no name_word (most words), and no run to extend
            if _heads_name(toks, i, sentence, offset, lex):
                current = [tok]  # "le ministère des Armées"
            i += 1
            continue
        if current and _shared_ending(current, toks, i, sentence, offset, lex):
            current.extend(toks[i:i + 2])  # "Huber Hoch- und Tiefbau", "Nordwerk Kälte- und Klimatechnik"
            i += 2
            continue
        field_words = _body_field(current, toks, i, sentence, offset, lex) if current else 0
        if field_words:
            current.extend(toks[i:i + field_words])  # "ministère de l'Énergie et de la Transition numérique"
            i += field_words
            continue
        if current and not current[-1].possessive and (_joinable_gap(sentence, current[-1], tok, offset)
                                                        or _abbreviated_opener(sentence, current[-1], tok, offset, lex)
                                                        or _elided_connector(sentence, current[-1], tok, offset, lex)
                                                        or _listed_in_body(current, toks, i, sentence, offset, lex)):
            if _ends_body(current, toks, i, lex):
                out.append(current)  # the body's name ends; the noun after it names nothing
                current = []
                i += 1
                continue
            if _after_closed_name(current, toks, i, lex):
                out.append(current)  # "hatte die Lindner Gruppe Solvex an X verkaufen wollen": two firms
                current = [tok]
                i += 1
                continue
            if (name_word(tok.text, lex, False) or tok.low.rstrip(".") in lex.legal_suffixes
                    and not _descriptor_before_name(toks, i, sentence, offset, lex)
                    or _fund_word_inside(toks, i, lex) or _suffix_closes(toks, i, sentence, offset, lex)
                    or _currency_closes_name(current, toks, i, lex) or _inner_month(toks, i, sentence, offset, lex)
                    or _country_before_suffix(toks, i, sentence, offset, lex)
                    or _place_after_head(current, tok, lex)
                    ) and not _currency_country(tok, sentence, offset):
                current.append(tok)
                i += 1
                continue
            if _name_tail(toks, i, lex):
                out.append(current + [tok])  # "mit Güterbahn Mitte zusammen": the time word ends the name
                current = []
                i += 1
                continue
            if _inner_adjective(toks, i, sentence, offset, lex):
                current.extend(toks[i:i + 2])  # "Royal Australian Navy", "Royal Dutch Shell"
                i += 2
                continue
            if _closing_descriptor(current, toks, i, lex):
                current.append(tok)  # "NHS Supply Chain"
                i += 1
                continue
            particles = _particles(toks, i, sentence, offset, lex)
            if particles:
                current.extend(toks[i:i + particles + 1])  # "la Conserverie Le Gall", "Hermanos Del Río"
                i += particles + 1
                continue
            if _genitive_of_suffixed(current, toks, i, sentence, offset, lex):
                out.append(current)  # "hatte Kranzhofer der Nordmilch AG ... abgekauft", "die Sparte der Nordwerk AG"
                current = []
                i += 1
                continue
            linked = tok.low in lex.connectors and not _seat_after(current, toks, i, sentence, offset, lex) or (
                tok.low in lex.institution_links) and (
                any(is_institution(t.text, lex) for t in current[:2])  # "Niedersächsische Landesbehörde für ..."
                or _institution_follows(toks, i + 1, sentence, offset, lex)
            )  # "Ministerium für Schule und Bildung des Landes X", "Competition and Markets Authority"
            article = linked and _article_in_body(current, toks, i, sentence, offset, lex)
            k = i + 1 + article
            if (linked and k < len(toks) and name_word(toks[k].text, lex, False) and toks[k].text[0].isupper()
                    and not _currency_country(toks[k], sentence, offset)
                    and not _currency_code(toks[k], sentence, offset)):
                if _object_noun_ends(current, lex):
                    out.append(current[:-1])  # "gemeinsam mit Halver Wasserstoffsensoren für Elektrolyseure": "Halver"
                    current = []
                    i = k + 1
                    continue
                current.extend(toks[i:k + 1])
                i = k + 1
                continue
        if current:
            out.append(current)
            current = []
        qualified = _qualified_body(toks, i, sentence, offset, lex)
        if qualified:
            current = toks[i:i + qualified]  # "la Communauté urbaine de Belmont": the lowercase words are the name's
            i += qualified
            continue
        if name_word(tok.text, lex, True) or _heads_name(toks, i, sentence, offset, lex) or (
                i + 1 < len(toks) and toks[i + 1].text[0].isupper()  # "die Stadt Ulm", not "Stadt und Land"
                and place_body(tok.low, toks[i + 1].low, lex)) or _long_head(
                toks, i, sentence, offset, lex) or _suffix_closes(toks, i, sentence, offset, lex) or _named_after_kind(
                toks, i, sentence, offset, lex) or _linked_head(toks, i, sentence, offset, lex) or (
                _inner_particle(toks, i, sentence, offset) and _particles(toks, i, sentence, offset, lex)
        ) or _bare_compound_name(toks, i, lex):
            current = [tok]  # "a racheté Le Gall", "übernimmt Van der Berg": a particle opens the name
        i += 1
    if current:
        out.append(current)
    trimmed = (_trim(r, lex) for r in out)
    return [r for r in trimmed if r]


def _bare_compound_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Kornhaus übernimmt Y", "arbeitet Vennhaus seit 2020", "Kapitalwerk und Seedhaus": a word that
    ends in a noun of a firm's kind (a compound: "Softwarehaus") but stands bare, with no article, determiner or
    adjective before it and no name after it, is a firm's name; a common noun takes an article ("das Autohaus",
    "im Rathaus", "das Karlsruher Softwarehaus") or opens a name ("Bankhaus Lampe")."""
    tok = toks[i]
    if not lex.compound_nouns or not tok.text[:1].isupper() or not tok.text[1:].islower() or "-" in tok.text:
        return False
    if tok.low in lex.descriptors or not is_descriptor(tok.low, lex):
        return False
    if i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
        return False
    articles = lex.determiners | lex.contracted_articles | lex.indefinite_articles
    before = toks[max(0, i - 2):i]
    if any(t.low in articles for t in before):
        return False
    return not before or before[-1].text.islower() and (
        before[-1].low not in lex.stopwords or before[-1].low in lex.conjunction_words)


def _name_tail(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Güterbahn Mitte", "Regionalbahn Mitte": a time word (`name_tails`) right after a name word ends that name,
    unless a figure, a month or a word that makes it a time follows ("Lumatec will Mitte 2025", "Mitte des Jahres")."""
    tok = toks[i]
    after = lex.name_tails.get(tok.low)
    if after is None or not tok.text[0].isupper():
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not (nxt.text[0].isdigit() or nxt.low in lex.months or nxt.low in after)


def _shared_ending(current: list[Token], toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "Huber Hoch- und Tiefbau": a name word cut by a hyphen, then a conjunction and the word whose ending the
    first half shares, is one name; not the first word alone ("der Hosting- und Cloud-Anbieter": a description)."""
    if len(current) < 2 or i + 1 >= len(toks) or toks[i].low not in lex.conjunction_words:
        return False
    prev, nxt = current[-1], toks[i + 1]
    return (sentence[prev.end - offset:toks[i].start - offset] == "- " and nxt.text[:1].isupper()
            and _joinable_gap(sentence, toks[i], nxt, offset) and name_word(nxt.text, lex, False))


def _descriptor_before_name(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "Defence group Arlon gained 3%", "Drinks group Arlon agreed to buy": a lowercase suffix word right before a
    capitalised name is the noun of a description of that firm, not the end of a name ("Arlon group said")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (toks[i].text.islower() and nxt is not None and nxt.text[:1].isupper()
            and _joinable_gap(sentence, toks[i], nxt, offset) and name_word(nxt.text, lex, False))


def _seat_after(current: list[Token], toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "Verhoeven Print of Eindhoven": after a name of two words or more, "of" (`seat_connectors`) and a single word
    tell where the firm sits, not its name; not after a trade's or a public body's word ("Royal Bank of Scotland",
    "University of Leeds"), nor "House of Fraser" (one word: the name needs the rest); after a fund's word a known
    place is a seat too ("Andes Capital de Lima", not "Caja Rural de Navarra")."""
    if len(current) < 2 or i + 1 >= len(toks):
        return False
    k = i + 1
    if current[-1].low in lex.fund_words and toks[k].low in lex.places and toks[i].low in lex.connectors:
        return True  # "Andes Capital de Lima": a fund's name ends with its fund word, the town is its seat
    if toks[i].low not in lex.seat_connectors:
        return False
    if any(_kind_word(t.low, lex) or is_institution(t.text, lex) or is_descriptor(t.text, lex) for t in current):
        return False
    return k + 1 == len(toks) or not (toks[k + 1].text[:1].isupper() and _joinable_gap(sentence, toks[k], toks[k + 1],
                                                                                       offset))


def _genitive_of_suffixed(current: list[Token], toks: list[Token], i: int, sentence: str, offset: int,
                          lex: Lexicon) -> bool:
    """Whether a connector that is also a definite article ("der") leads from a word to a name that closes with a
    legal suffix within a few capitalised words ("Kranzhofer der Nordmilch AG", "Sparte der Nordwerk AG"): the
    suffix belongs to the firm after the article, a genitive or a dative object, and no name runs on over the
    article (but a public body's does: "Verband der Nordwerk AG" is not split)."""
    if toks[i].low not in lex.connectors or toks[i].low not in lex.definite_articles or not toks[i].text.islower():
        return False
    if is_institution(current[0].text, lex):
        return False
    for k in range(i + 1, min(len(toks), i + 2 + SUFFIXED_WORDS)):
        if not _joinable_gap(sentence, toks[k - 1], toks[k], offset) or not toks[k].text[:1].isupper():
            return False
        if k > i + 1 and toks[k].low.rstrip(".") in lex.legal_suffixes:
            return True
    return False


def _object_noun_ends(current: list[Token], lex: Lexicon) -> bool:
    """Whether a name's last word is a long common noun (where nouns are capitalised) that a connector's complement
    follows ("Halver Wasserstoffsensoren für Elektrolyseure"): the clause's object and what it is for, which no name
    runs on into (not a trade's or a public body's word: "Gesellschaft für", "Institut für"; nor inside a public
    body's name, whose fields chain: "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr")."""
    last = current[-1]
    return (lex.compound_nouns and len(current) > 1 and len(last.text) >= LONG_NOUN and last.text[1:].islower()
            and not (_kind_word(last.low, lex) or is_institution(last.text, lex) or is_descriptor(last.text, lex))
            and not is_institution(current[0].text, lex))


def _particles(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> int:
    """How many particles at i lead into a name word ("Le Gall", "Van der Berg": 1, 2), 0 when none do: an article
    or a particle capitalised inside a sentence is part of a name, which a stopword would otherwise cut."""
    tok, particles = toks[i], lex.name_particles
    if tok.low not in particles or not (tok.text[:1].isupper() and tok.text[1:].islower() or (
            i > 0 and tok.text.islower() and toks[i - 1].text[:1].isupper() and (
                toks[i - 1].low in particles or tok.low not in lex.stopwords))):
        return 0  # capitalised, or lowercase after a capitalised one ("Van der" of "Van der Berg"), or a foreign
        # particle no word of the page's language reads as ("den Hersteller Cableras del Norte S.A.")
    k = i + 1
    if k < len(toks) and toks[k].text.islower() and toks[k].low in lex.name_particles:
        k += 1  # "Van der", "De la"
    if k >= len(toks) or not all(_joinable_gap(sentence, toks[j - 1], toks[j], offset) for j in range(i + 1, k + 1)):
        return 0
    nxt = toks[k]
    return k - i if nxt.text[:1].isupper() and nxt.low not in lex.name_particles and name_word(
        nxt.text, lex, False) else 0


def _kind_named(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "the Fernway Stores chain since 2018": a noun of `naming_kinds` right after a name, no name after it, says what
    the named firm is (unlike "the Gucci owner", or "the Coventry engineering firm X" whose firm follows)."""
    return j < len(toks) and toks[j].low in lex.naming_kinds and toks[j].text.islower() and not (
        j + 1 < len(toks) and toks[j + 1].text[:1].isupper())


def _inner_month(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "Alta Mar Capital", "Sol de Mayo Partners": a month's word (or its short form) inside a run, a name word right
    after it and no figure or dot beside it, is a word of the name, no date."""
    tok, k = toks[i], i + 1
    return (tok.low in lex.months and tok.text[1:].islower() and k < len(toks)
            and _joinable_gap(sentence, tok, toks[k], offset) and toks[k].text[:1].isupper()
            and name_word(toks[k].text, lex, False) and toks[k].low not in lex.months)


def _inner_particle(toks: list[Token], i: int, sentence: str, offset: int) -> bool:
    """Whether the word at i stands inside a sentence, not where any word is capitalised (its start, after a
    colon, a quote or a dash)."""
    before = sentence[:toks[i].start - offset].rstrip()
    return i > 0 and bool(before) and before[-1] not in ':.!?"«“„(–—-'


def _fund_word_inside(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "mené par IRDI Capital Investissement", "put $40m into Vesterhav Invest": where only names are capitalised
    inside a sentence (or, where headlines go in title case, a sentence that is not one), a capitalised fund word
    right after a name word goes on with that name, also one that is a deal verb or noun elsewhere."""
    tok = toks[i]
    return tok.text[:1].isupper() and tok.low in lex.fund_words and (
        lex.sentence_case or not lex.compound_nouns and not _title_case(toks, lex))


def _title_case(toks: list[Token], lex: Lexicon) -> bool:
    """A headline in title case, whose capitals name nothing: every word of four letters or more but the stopwords
    ("with", "from") capitalised ("Kestrel Bank Buys Lumen Forge In Big Deal"); one in lowercase, a verb or a noun,
    makes a sentence in sentence case however many names it holds ("Lumen Forge's IPO pops, Skyrift closes ...")."""
    words = [t for t in toks if len(t.text) >= 4 and t.text.isalpha() and t.low not in lex.stopwords]
    return bool(words) and all(t.text[0].isupper() for t in words)


SUFFIXED_WORDS = 3  # capitalised words before a legal suffix read as a name ("Velthaus Maschinenbau AG")


def _suffix_closes(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "die Velthaus Maschinenbau AG": where nouns are capitalised, a compound that ends like a descriptor ("-haus")
    opens a name when only capitalised descriptors, long common nouns (a trade: "Maschinenbau") or words of a firm's
    name (`firm_name_words`: "der Nordhaus Immobilien AG") follow it, joined by spaces, up to a legal suffix: no
    description takes a legal suffix (but "das Softwarehaus Fluxwerk GmbH" describes Fluxwerk); so does a long
    capitalised word, taken for a common noun ("die Mitteldeutsche
    Energiebeteiligungen AG")."""
    first = toks[i].text
    if not lex.compound_nouns or not first[:1].isupper() or not (
            is_descriptor(toks[i].low, lex) or len(first) >= LONG_NOUN and first[1:].islower()):
        return False
    for k in range(i + 1, min(len(toks), i + 1 + SUFFIXED_WORDS)):
        if not _joinable_gap(sentence, toks[k - 1], toks[k], offset):
            return False
        if toks[k].low.rstrip(".") in lex.legal_suffixes:
            return True
        word = toks[k].text
        if not (word[:1].isupper() and (is_descriptor(word, lex) or len(word) >= LONG_NOUN and word[1:].islower()
                                        or toks[k].low in lex.firm_name_words)):
            return False  # "das Softwarehaus Fluxwerk GmbH": the compound describes the name after it
    return False


def _country_before_suffix(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "durch die Vantel Deutschland GmbH", "die Lumora Schweiz AG": a country between a name and its legal suffix
    names the firm's national arm, a word of its name (alone the country is no name word)."""
    return (toks[i].low in lex.places and i + 1 < len(toks) and toks[i + 1].low.rstrip(".") in lex.legal_suffixes
            and _joinable_gap(sentence, toks[i], toks[i + 1], offset))


def _inner_adjective(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "Royal Australian Navy": where only names and adjectives of countries are capitalised, such an adjective
    (a capitalised word of four letters or more the stopwords list, no function word) between two name words
    belongs to the name; so does a capitalised descriptor ("Meridian Business Finance", "Halden Group Ventures");
    not in a headline in title case ("Lumatec In Talks To Buy ...")."""
    if lex.compound_nouns or i + 1 >= len(toks):
        return False
    tok, nxt = toks[i], toks[i + 1]
    if not (len(tok.text) >= 4 and tok.text[0].isupper() and tok.text.isalpha()
            and (tok.low in lex.stopwords or is_descriptor(tok.low, lex))
            and nxt.text[0].isupper() and _joinable_gap(sentence, tok, nxt, offset)):
        return False
    function_word = (tok.low in lex.determiners or tok.low in lex.conjunction_words or tok.low in lex.connectors
                     or tok.low in _prepositions(lex) or tok.low in lex.speech_verbs or _calendar_word(tok.low, lex))
    return not function_word and not _title_case(toks, lex) and name_word(nxt.text, lex, False)


def _closing_descriptor(current: list[Token], toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "a supply agreement with NHS Supply Chain", "for the Northwest Seaport Alliance", "put $40m into Lumen Forge":
    where only names are capitalised, a capitalised descriptor or a noun of `closing_name_words` right after a name
    closes that name, also one a possessive ends ("Lumen Forge's IPO"); not in a headline in title case ("Acme Steel
    Supplier Wins ...")."""
    if lex.compound_nouns:
        return False
    tok = toks[i]
    if not (len(tok.text) >= 4 and tok.text.isalpha() and tok.text[0].isupper() and tok.text[1:].islower()
            and (is_descriptor(tok.low, lex) or tok.low in lex.closing_name_words)):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return not _title_case(toks, lex) and (nxt is None or tok.possessive or not nxt.text[0].isupper())


def _article_in_body(current: list[Token], toks: list[Token], i: int, sentence: str, offset: int,
                     lex: Lexicon) -> bool:
    """ "Comisión Nacional de los Mercados", "Department of the Treasury": in a public body's name, an article
    between the connector at i and the next name word belongs to the name (not in a firm's: "Bank of the West"
    is rare, "X of the year" is not); after "and", only where the name already took one ("de los Mercados y la
    Competencia", not "the Commission and the CMA": two bodies)."""
    if i + 2 >= len(toks) or not is_institution(current[0].text, lex):
        return False
    if toks[i].low not in lex.connectors and not any(t.low in lex.determiners for t in current[1:]):
        return False
    article, nxt = toks[i + 1], toks[i + 2]
    return (article.low in lex.determiners and article.text.islower() and nxt.text[0].isupper()
            and _joinable_gap(sentence, toks[i], article, offset) and _joinable_gap(sentence, article, nxt, offset))


def _ends_body(current: list[Token], toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "das Bundeswirtschaftsministerium Bedenken angemeldet": where nouns are capitalised, a public body's
    compound is its whole name, and a lone name word after it, two plain words following, is the clause's noun
    (not a firm the compound describes, as "den Wohnungsbestandshalter Buwog"); not a place or an abbreviation
    ("das Wirtschaftsministerium Bayern", "das Umweltministerium NRW"), nor the first word of a longer name ("die
    Wettbewerbsbehörde Competition and Markets Authority")."""
    if not (lex.compound_nouns and len(current) == 1 and current[0].low not in lex.institutions
            and is_institution(current[0].low, lex)):
        return False
    tok, following = toks[i], toks[i + 1:i + 3]
    return (name_word(tok.text, lex, False) and tok.low not in lex.places and not tok.text.isupper()
            and len(following) == 2 and all(t.text.islower() for t in following))


def _heads_name(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "la Banque Postale", "la Banque des Territoires", "el Banco Santander", "le ministère des Armées": where
    only names are capitalised inside a sentence (`sentence_case`), a capitalised descriptor or deal noun, or the
    word of a public body, right before a name word (maybe after a connector) heads that name. Not a sentence's
    first word, capitalised whatever it is."""
    if not lex.sentence_case or i == 0 or i + 1 == len(toks):
        return False
    tok, nxt = toks[i], toks[i + 1]
    if nxt.text[0].isupper():
        joined = (_joinable_gap(sentence, tok, nxt, offset) or _elided_connector(sentence, tok, nxt, offset, lex)) and (
            name_word(nxt.text, lex, False))
    else:
        k = i + 2 + _body_article(toks, i, sentence, offset, lex)
        after = toks[k] if k < len(toks) else None
        joined = (nxt.low in lex.connectors and after is not None and after.text[0].isupper()
                  and _joinable_gap(sentence, tok, nxt, offset) and (
                      _joinable_gap(sentence, toks[k - 1], after, offset) or _elided_body_article(
                          sentence, toks, i, offset, lex)) and name_word(after.text, lex, False))
    if not joined:
        return False
    if tok.text.islower():  # "la métropole de Rivaz", not "la métropole Lumatec" (a firm described)
        return is_institution(tok.low, lex) or _place_body(toks, i, lex) or (
            tok.low in lex.connected_bodies and not nxt.text[0].isupper())
    if tok.text.isupper() and len(tok.text) > 1:
        return False  # "la PME de Lannion", "l'ETI Vernet": an acronym of a kind is capitalised whatever follows
    return is_descriptor(tok.low, lex) or _deal_noun_head(tok, nxt, lex)


def _qualified_body(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> int:
    """ "la Communauté urbaine de Belmont", "la Communauté d'agglomération de l'Aunis": a capitalised public body's
    head, then lowercase words of its kind (`body_qualifiers`), a connector and a name: the tokens of head and
    qualifier (0 where the shape is not there), so that the body is named whole, not by its place alone."""
    tok = toks[i]
    if not tok.text[:1].isupper() or tok.low not in lex.public_heads:
        return 0
    m = lex.body_qualifier_re.match(sentence, tok.end - offset)
    if not m:
        return 0
    j = i + 1
    while j < len(toks) and toks[j].end - offset <= m.end():
        j += 1
    if any(w in lex.connectors for w in m.group().lower().replace("'", "' ").split()[1:]):
        return j - i  # the qualifier holds the body's place ("le Syndicat mixte de l'estuaire")
    k = j + 1 + int(j + 1 < len(toks) and toks[j + 1].low in lex.determiners)
    if j < len(toks) and toks[j].low in lex.connectors and k < len(toks) and toks[k].text[:1].isupper() and (
            name_word(toks[k].text, lex, False)):
        return j - i
    return 0


def _body_article(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> int:
    """1 where a public body's word in lowercase at i, its connector and an article open its name ("le ministère de la
    Culture", "el ministerio de la Vivienda"): the article belongs to the name, as `_article_in_body` has it."""
    if i + 3 >= len(toks) or not (toks[i].text.islower() and is_institution(toks[i].low, lex)):
        return 0
    article = toks[i + 2]
    return int(article.low in lex.determiners and article.text.islower()
               and _joinable_gap(sentence, toks[i + 1], article, offset))


def _place_body(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "une commande de la région Bretagne", "équipe la région Bretagne": a place after a body's noun is that body
    inside a clause; not where the pair opens the sentence, its subject often acting through its own vehicle ("La
    région Bretagne, via son fonds Breizh Up, entre au capital de X": the fund invests)."""
    return place_body(toks[i].low, toks[i + 1].low, lex) and i > 1


def _elided_body_article(sentence: str, toks: list[Token], i: int, offset: int, lex: Lexicon) -> bool:
    """ "le ministère de l'Intérieur": a public body's word in lowercase, its connector and an elided article glued
    to the name word after it."""
    if i + 2 >= len(toks) or not (toks[i].text.islower() and is_institution(toks[i].low, lex)):
        return False
    elided = _elided(sentence, toks[i + 2].start - offset)
    return bool(elided) and elided in lex.determiners and (
        sentence[toks[i + 1].end - offset:toks[i + 2].start - offset].replace("’", "'") == " " + elided)


def _deal_noun_head(tok: Token, nxt: Token, lex: Lexicon) -> bool:
    """ "Investissement Québec", "Fusion Capital": inside a sentence where only names are capitalised, a capitalised
    deal noun right before a capitalised name word opens that name (a deal noun alone, "la Fusion", is none)."""
    return nxt.text[0].isupper() and bool(lex.trigger_re.fullmatch(tok.text))


def _long_head(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "die Raiffeisenbank Westerwald", "der Kreissparkasse Köln": where a long capitalised noun is a common noun,
    one ending in a name head (`name_heads`) right before a name word (or a name's time word: "die Regionalbahn
    Mitte") still heads that name; not a descriptor ("die Genossenschaftsbank X" names the kind of firm X is), but
    a compound of a registered head that is one only by its ending (`registered_heads`: "die Warengenossenschaft
    Altach eG", a cooperative's registered name)."""
    if not lex.name_heads or i + 1 == len(toks):
        return False
    tok, nxt = toks[i], toks[i + 1]
    head = (tok.low.endswith(lex.name_heads) and not is_descriptor(tok.low, lex)
            or tok.low.endswith(lex.registered_heads) and not _listed_descriptor(tok.low, lex))
    return (tok.text[0].isupper() and head
            and nxt.text[0].isupper() and _joinable_gap(sentence, tok, nxt, offset)
            and (name_word(nxt.text, lex, False) or _name_tail(toks, i + 1, lex) or _place_after_head([tok], nxt, lex)))


def _town_named_head(name: str, lex: Lexicon) -> bool:
    """ "die Stadtwerke Kornhaus": a name a head noun (`name_heads`) opens, then its town, holds no description of
    a firm, though the town ends like one."""
    words = name.split()
    return len(words) == 2 and _name_head(words[0].lower(), lex)


def _name_head(low: str, lex: Lexicon) -> bool:
    """Whether a noun ends in a name head (`name_heads`), also in its dative plural ("den Stadtwerken"), and is no
    descriptor."""
    return (low.endswith(lex.name_heads) or low.endswith("n") and low[:-1].endswith(lex.name_heads)) and not (
        is_descriptor(low, lex))


def _place_after_head(current: list[Token], tok: Token, lex: Lexicon) -> bool:
    """ "die Stadtwerke Kornhaus", "die Verkehrsbetriebe Feldhaus": the one word after a noun ending in a name head
    (`name_heads`) is the town the firm is named by, also where that town ends like a descriptor ("-haus") without
    being one as listed (unlike "die Stadtwerke Tochter"); "die Gemeinde X" has no such head and stays a
    description."""
    return (len(current) == 1 and _name_head(current[0].low, lex) and tok.text.isalpha()
            and tok.text[:1].isupper() and tok.text[1:].islower() and is_descriptor(tok.low, lex)
            and not _listed_descriptor(tok.low, lex))


def _listed_descriptor(word: str, lex: Lexicon) -> bool:
    """Whether a word is a descriptor as listed (or its genitive), not only by the ending of a longer compound."""
    return any(w in lex.descriptors for w in (word, word[:-1], word[:-2]))


def _linked_head(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "das Institut für Molekulare Immunologie Greifenau": a capitalised kind noun ending in a linked head
    (`linked_heads`), then a connector and a capitalised name word, opens that name (read alone, the kind noun is a
    description and the name lost its head)."""
    if not lex.linked_heads or i + 2 >= len(toks):
        return False
    tok, link, nxt = toks[i], toks[i + 1], toks[i + 2]
    return (tok.text[:1].isupper() and tok.low.endswith(lex.linked_heads) and link.low in lex.connectors
            and nxt.text[:1].isupper() and _joinable_gap(sentence, tok, link, offset)
            and _joinable_gap(sentence, link, nxt, offset) and name_word(nxt.text, lex, False))


def _named_after_kind(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "der Beteiligungsfonds Alpenkapital", "dem Energieversorger Westfalenstrom": where a long capitalised word is
    taken for a common noun, one right after a capitalised kind noun (a descriptor) is the name of the firm it
    describes, unless it ends as a common noun does (`plain_noun_endings`: "der Konzern Rückstellungen"). So is a
    word that ends as a kind noun does, alone after its description ("durch den Getränkekonzern Quellhaus")."""
    if not lex.compound_nouns or i == 0:
        return False
    tok, prev = toks[i], toks[i - 1]
    return ((len(tok.text) >= LONG_NOUN or _kind_compound_name(toks, i, lex)) and tok.text[0].isupper()
            and tok.text[1:].isalpha() and tok.text[1:].islower()
            and not tok.low.endswith(lex.plain_noun_endings or "\0") and prev.text[:1].isupper()
            and is_descriptor(prev.low, lex) and _joinable_gap(sentence, prev, tok, offset)
            and (name_word(tok.text, lex, False) or _kind_compound_name(toks, i, lex)))


def _unit_named_by_noun(run: list[Token], toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether a unit word ("Sparte", "Geschäftsbereich") and one word that ends as a common noun does
    (`plain_noun_endings`) make the run or stand right before it: where nouns are capitalised that names the unit by
    what it makes, an unnamed unit (SPEC: its owner sells it, no target); "die Sparte Velora" is named."""
    if not lex.compound_nouns:
        return False
    if len(run) == 2 and lex.unit_re.fullmatch(run[0].text):
        word = run[1]
    elif len(run) == 1 and index > 0 and lex.unit_re.fullmatch(toks[index - 1].text):
        word = run[0]
    else:
        return False
    return word.text[1:].islower() and word.low.endswith(lex.plain_noun_endings or "\0")


def _kind_compound_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "den Getränkekonzern Quellhaus untersagt": a word that is a kind noun only by its ending, after a description
    opened by an article or an adjective and before no other capitalised word, is a name: a description has one
    noun (not "dem Anbieter Netzhaus Systemhaus", whose words stay unread)."""
    tok, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    return (i > 1 and (toks[i - 2].low in lex.determiners or toks[i - 2].text.islower())
            and not (nxt and nxt.text[:1].isupper()) and tok.low not in lex.descriptors and is_descriptor(tok.low, lex))


def _elided_connector(sentence_text: str, prev: Token, nxt: Token, offset: int, lex: Lexicon) -> bool:
    """An elided connector joins two words of one name as its full form does ("Coop Val d'Argent" as
    "Banque de France")."""
    elided = _elided(sentence_text, nxt.start - offset)
    return bool(elided) and elided in lex.connectors and (
        sentence_text[prev.end - offset:nxt.start - offset].replace("’", "'") == " " + elided)


def _institution_follows(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the name words from i on end in a public body's word ("... and Markets Authority"): the
    words before the link belong to the same body's name."""
    k = i
    while k < len(toks) and name_word(toks[k].text, lex, False) and (
            k == i or _joinable_gap(sentence, toks[k - 1], toks[k], offset)):
        if is_institution(toks[k].text, lex):
            return True
        k += 1
    return False


def _numbered(toks: list[Token], i: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """A word of digits and letters that opens a name when a name word follows it ("3G Capital"), not a
    model number or "5G" alone."""
    tok = toks[i]
    if not tok.text[-1].isalpha() or "-" in tok.text or _CODE.fullmatch(tok.text) or i + 1 == len(toks):
        return False
    if tok.low.lstrip("0123456789.,") in lex.amounts["scales"]:
        return False  # "£312m Ministry of Defence": a sum before a name
    nxt = toks[i + 1]
    return nxt.text[0].isupper() and _joinable_gap(sentence, tok, nxt, offset) and name_word(nxt.text, lex, False)


def _product_named(run: list[Token], toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a product noun stands right before the run ("la gamme Albatros") or opens it, capitalised as every
    German noun ("der Markenname Lenz"): the name is a product's or a brand's, no firm's."""
    return i > 0 and toks[i - 1].low in lex.product_nouns or len(run) > 1 and run[0].low in lex.product_nouns


def work_titles(analyses: list[Analysis], lex: Lexicon) -> set[str]:
    """ "the cozy-horror game Hollow Tide", "le jeu Hollow Tide", "das Spiel Glutlicht", "la serie Marea": the names the
    page gives right after a noun of a work (`work_nouns`), or that such a noun opens, capitalised as every German noun
    is: a work's title, never a firm, wherever the page names it again ("If you've played Hollow Tide", "a Hollow
    Tide cartoon")."""
    titles = set()
    for a in analyses:
        index_of = {t.start: i for i, t in enumerate(a.tokens)}
        for run in a.runs:
            i = index_of.get(run[0].start, 0)
            before = a.tokens[i - 1] if i > 0 else None
            title = _trim(run[1:] if len(run) > 1 and run[0].low in lex.work_nouns else run if (
                before and before.low in lex.work_nouns and (before.text.islower() or lex.compound_nouns)) else [], lex)
            if sum(len(t.text) for t in title) > 1:  # not "la série A": a round's letter
                titles.add(" ".join(t.text for t in title))
    return titles


_OPENING_QUOTE = re.compile(r"[«“„\"]\s*([\w']+)\s+$")  # an opening quote and an article before a run
_CLOSING_QUOTE = re.compile(r"[^«»“”„\".,!?;:]{1,40}?[»”“\"]")  # a quote's short rest, no clause's comma, to its end


def _quoted_title(run: list[Token], sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the run opens a short quote after its article and the quote goes on in lowercase words, with no comma or
    stop, to its close ("« Les Enfants de la dune »", "„Die Kinder vom Deich“", "“The Last of the Tide”"): the title of
    a book, a film or a game, never a firm; a quoted name alone ("„Vantrix Arena“") is told elsewhere, and a quoted
    saying ends with its punctuation ("\"Harwick Rovers is a big club with loyal fans,\" said")."""
    opening = _OPENING_QUOTE.search(sentence, 0, run[0].start - offset)
    if opening is None or opening.group(1).lower() not in lex.determiners:
        return False
    rest = _CLOSING_QUOTE.match(sentence, run[-1].end - offset)
    return rest is not None and any(w[:1].islower() for w in rest.group()[:-1].split())


def _possessed_product(run: list[Token], toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the company's Seaglider fleet", "its Aquila drones": a single name between a possessive and a noun of
    products (`product_heads`) is what the possessor makes or runs; the possessor is the party."""
    k = i + len(run)
    if len(run) != 1 or i == 0 or k >= len(toks) or toks[k].low not in lex.product_heads:
        return False
    before = toks[i - 1]
    return before.possessive or bool(lex.possessive_re.fullmatch(before.text))


def _trim(run: list[Token], lex: Lexicon) -> list[Token]:
    """Drop trailing legal suffixes and connectors ("Synopsys Inc." -> "Synopsys"), also a suffix of two words
    ("Anecoop S. Coop.")."""
    while run:
        if len(run) > 2 and _two_word_suffix(run[-2].low.rstrip("."), run[-1].low.rstrip("."), lex):
            run = run[:-1]  # the suffix's first word goes next
        elif not (run[-1].low.rstrip(".") in lex.legal_suffixes or run[-1].low in lex.connectors):
            return run
        if run[-1].possessive and len(run) > 1:
            run[-2].possessive = True
        run = run[:-1]
    return run


def _two_word_suffix(first: str, second: str, lex: Lexicon) -> bool:
    """Whether two words make a legal suffix, written with or without a dot after an initial ("S. Coop")."""
    return f"{first} {second}" in lex.legal_suffixes or f"{first}. {second}" in lex.legal_suffixes


def is_person(run: list[Token], a: Analysis, lex: Lexicon, person_words: set[str]) -> bool:
    """Persons are never parties: a title or speech verb before, ", who"/", chief executive" after,
    or words already known as a person's."""
    core = [t for t in run if t.low not in lex.name_particles]  # "Le Goff" is one surname, as "Goff" would be
    if len(core) > 1 and all(t.text in person_words for t in run):  # a lone surname may be a firm (Puig)
        return True
    if len(core) == 1 and all(t.text in person_words for t in run) and _reports(a, core[0], lex):
        return True  # "chief executive Owen Raikes ... Raikes said": a person the page named, speaking
    if len(core) == 2 and (_founder(run[0], a, lex) or _joined_founder(run, a, lex) or _plural_titled(run[0], a, lex)
                           or _founding_pair(run, a, lex)):
        return True  # "fundada en 2021 por Marta Olabarria y Diego Sanz", "founders Priya Natarajan and ...": persons
    key = run[0].start
    if key not in a.person_context:  # the context of a run is read once, for persons and for mentions
        offset = a.offset
        sentence, cue, after_cue = _cue_reading(a, lex)
        after = sentence[run[-1].end - offset:run[-1].end - offset + 60]
        hit = _title_hit(run, a, sentence, cue, lex)
        a.person_context[key] = bool(_titled(hit, run, lex) and not _reported_subject(hit, after, lex)
                                     and not _introduced_by_descriptor(run, a, lex) or (
            (hit_after := after_cue.search(after)) and not _relative_clause(after, lex) and not _firm_worded(run, lex)
            and not lex.subordinator_word_re.match(after.lstrip(" ,"))  # "X, mientras que el consejero delegado ..."
            and not _agent_before_cue(after[:hit_after.end()], lex)) or (
            _speaker_with_firm(run, after)) or (len(
            run) > 1 and cue.fullmatch(sentence[run[0].start - offset:run[0].end - offset])))  # "Gründerin Jana Pohl"
    return a.person_context[key]


def _introduced_by_descriptor(run: list[Token], a: Analysis, lex: Lexicon) -> bool:
    """ "la presidenta de Banco Cafetero del Sur": a firm's noun right before the run (left out of the name) names
    the firm the title is of, no person after it."""
    words = a.sentence[:run[0].start - a.offset].split()
    return bool(words) and words[-1].lower() in lex.descriptors


def _agent_before_cue(after: str, lex: Lexicon) -> bool:
    """ "Cementos del Bajío, controlada por la familia Garza", "X, controlled by the Hale family": a person's noun
    after the passive's agent marker names who owns the name before the comma, which is a firm, no person."""
    low = after.lower()
    return any(re.search(rf"(?<!\w){re.escape(marker)}(?!\w)", low) for marker in lex.markers.get("agent", ()))


def _firm_worded(run: list[Token], lex: Lexicon) -> bool:
    """ "a big thank you to Ironbridge Ventures, who led our round": a name ending in a fund's or a firm's name word
    (or a legal suffix) is a firm's, whatever ", who" or a title after it says of persons."""
    return len(run) > 1 and (run[-1].low in lex.fund_words or run[-1].low.rstrip(".") in lex.firm_name_words)


# the firm in brackets and the colon after a speaker's name, as an interview's headline quotes them ("Jane Doe (Acme):
# « Nous ... »"): read here to make the name a person's, in page.py to make the headline label its speaker
SPEAKER_FIRM = r"\s*\([^()]{1,80}\)\s*:\s*"
_FIRM_THEN_QUOTE = re.compile(SPEAKER_FIRM + r"[«\"“„]")


def _speaker_with_firm(run: list[Token], after: str) -> bool:
    """ "Hélène Brun (Lormier Industries) : « Nous avons ... »", "Marta Ortiz (Tramalia): «No estamos en venta»": a
    full name with the firm in brackets and a colon before a quote is the speaker an interview's title quotes; the
    firm is the bracket's, the name a person's."""
    return len(run) >= 2 and bool(_FIRM_THEN_QUOTE.match(after))


def _tells_own_news(sentence: str, opened: int, lex: Lexicon) -> bool:
    """ "Quistora informó el lunes que acordó la compra de Velmora": where the language drops the subject, a reported
    clause that opens on a verb (no article, pronoun, adverb or name of a subject of its own) has the name before the
    reporting verb for its subject: a firm telling its own deal, no outlet reporting another's news (not "Expansión
    informó de que el grupo ...", "publicó que Velmora ...")."""
    if not lex.drops_subjects:
        return False
    words = sentence[opened:].split()[:1]
    return bool(words) and words[0].isalpha() and words[0].islower() and words[0] not in lex.stopwords


def _relative_clause(after: str, lex: Lexicon) -> bool:
    """ "die Molkerei X eG, die der Vorstand vorbereitet hatte": a relative pronoun and an article right after the
    comma open a relative clause with a subject of its own; a title in it is no apposition of the name before."""
    opening = lex.relative_re.match(after)
    words = after[opening.end():].split()[:1] if opening else []
    return bool(words) and words[0].lower() in lex.determiners


def _reported_subject(hit: re.Match | None, after: str, lex: Lexicon) -> bool:
    """ "People close to the company said Brevon is considering a listing": a speech verb right before the run and
    a verb of the reported clause right after it make the run that clause's subject, which a firm may be."""
    return bool(hit and hit.group().strip(" ,").lower() in lex.speech_verbs and (
        lex.reported_verb_re.match(after) or lex.speech_particle_re.match(after)))  # "sagte X im April ab"


def _founder(first: Token, a: Analysis, lex: Lexicon) -> bool:
    """Whether a founding participle and its "by" stand before the word ("founded in 2019 by Anna Berg"), or
    with the founders' titles between ("founded by former Acme engineer Jane Roe", "fondée par deux anciens
    chercheurs, Anne Roux et ..."): a few words whose last is a title in lower case or one the language knows,
    not a firm's noun ("founded by the industrial group Acme Steel")."""
    at = first.start - a.offset
    before = a.sentence[max(0, at - FOUNDED_REACH):at]
    hit = next(reversed([*lex.founded_re.finditer(before)]), None)
    if hit is None:
        return False
    words = before[hit.end():].split()
    if not words:
        return True
    last = words[-1].removesuffix(",")
    if len(words) > FOUNDER_TITLE_WORDS or any(not _PLAIN_WORD.fullmatch(w) for w in [*words[:-1], last]):
        return False
    low = last.lower()
    if low in lex.descriptors or low in lex.plain_descriptors:
        return False
    return last.islower() or low in lex.titles or low in lex.plural_titles


def _joined_founder(run: list[Token], a: Analysis, lex: Lexicon) -> bool:
    """Whether a full name follows a founder's full name and "and" ("von Jana Okafor und Till Wiesner"): the
    founding participle or a title in the plural names both (after a title in the singular, "founder Anna Berg and
    Brenntal Capital", the second may be a firm)."""
    before = [r for r in a.runs if r[-1].end <= run[0].start and not _bracketed(r, a)]
    if not before or sum(t.low not in lex.name_particles for t in before[-1]) != 2 or any(
            t.low in lex.firm_name_words for t in run):
        return False
    gap = _BRACKETED.sub("", a.sentence[before[-1][-1].end - a.offset:run[0].start - a.offset]).strip(" ,")
    return gap.lower() in lex.conjunction_words and (_founder(before[-1][0], a, lex)
                                                     or _plural_titled(before[-1][0], a, lex))


_BRACKETED = re.compile(r"\([^()]*\)")  # "Luc Marchal (Vitalis) et Inès Karam": the founder's firm between


def _founding_pair(run: list[Token], a: Analysis, lex: Lexicon) -> bool:
    """Whether the run is one of full names joined by commas and "and" right before a founding verb in the plural
    ("Ana Ruiz y Pedro Gil fundaron X en 2019"): founders, persons. Two full names at least, each of two words
    with no word of a firm's name ("Grupo Lumbre y Tapir Labs fundaron"), and no new venture's adjective after the
    verb ("fundaron una empresa conjunta": two firms)."""
    if not lex.founding_verbs_re:
        return False
    chain = _joined_runs(run, a, lex)
    if len(chain) < 2 or any(sum(t.low not in lex.name_particles for t in r) != 2
                             or any(t.low.rstrip(".") in lex.firm_name_words for t in r) for r in chain):
        return False
    after = a.sentence[chain[-1][-1].end - a.offset:]
    verb = lex.founding_verbs_re.match(after)
    return bool(verb) and not lex.new_firm_re.search(" ".join(after[verb.end():].split()[:FOUNDER_TITLE_WORDS]))


def _joined_runs(run: list[Token], a: Analysis, lex: Lexicon) -> list[list[Token]]:
    """The runs joined to this one by commas and a conjunction, in their order ("A B, C D y E F")."""
    index = next((i for i, r in enumerate(a.runs) if r[0].start == run[0].start), None)
    if index is None:
        return [run]

    def joined(left: list[Token], right: list[Token]) -> bool:
        gap = a.sentence[left[-1].end - a.offset:right[0].start - a.offset].strip()
        return gap == "," or gap.lower() in lex.conjunction_words

    first = index
    while first > 0 and joined(a.runs[first - 1], a.runs[first]):
        first -= 1
    last = index
    while last + 1 < len(a.runs) and joined(a.runs[last], a.runs[last + 1]):
        last += 1
    return a.runs[first:last + 1]


def _bracketed(run: list[Token], a: Analysis) -> bool:
    """Whether brackets enclose the run alone ("(Vitalis)"): a firm told about the name before it."""
    return a.sentence[run[0].start - a.offset - 1:run[0].start - a.offset] == "(" and a.sentence[
        run[-1].end - a.offset:run[-1].end - a.offset + 1] == ")"


def _plural_titled(first: Token, a: Analysis, lex: Lexicon) -> bool:
    """Whether a title in the plural stands right before the word ("founders Priya Natarajan and Ewan Scott"), or
    with the firm they founded between, set off by a comma ("les fondateurs d'Ostrel, Anne Roux et Paul Girard", "the
    founders of Acme, ..."): it names the full name joined after the first one too."""
    words = a.sentence[:first.start - a.offset].split()
    if words and words[-1].lower().strip(",") in lex.plural_titles:
        return True
    if not words or not words[-1].endswith(","):
        return False
    for k in range(max(0, len(words) - 1 - TITLED_FIRM_WORDS), len(words) - 1):
        title, link = words[k].lower(), words[k + 1].lower()
        of = link in lex.partitive or _ELIDED_OF.match(link)
        if title in lex.plural_titles and of and not any("," in w for w in words[k:-1]):
            return True
    return False


def _titled(hit: re.Match | None, run: list[Token], lex: Lexicon) -> bool:
    """Whether a person's title stands before the run: one also said of firms ("l'entrepreneur Lumatec", a
    contractor) makes a person only of a full name ("l'entrepreneur Jean Roux") with no word of a firm's name
    ("l'entrepreneur Construction Boréal")."""
    if hit is None or hit.group().split()[0].lower() not in lex.full_name_titles:
        return hit is not None
    return len(run) > 1 and not any(t.low in lex.firm_name_words for t in run)


def _reports(a: Analysis, tok: Token, lex: Lexicon) -> bool:
    """Whether a speech verb follows the word after a space ("Raikes said", "Pohl sagte")."""
    rest = a.sentence[tok.end - a.offset:tok.end - a.offset + 40]
    return rest[:1] == " " and bool(lex.speech_re.match(rest.lstrip()))


TITLE_REACH = 40  # characters before a name read for a person's title
_LAST_WORD = re.compile(r"(\S+)\s+$")


def _title_hit(run: list[Token], a: Analysis, sentence: str, cue: re.Pattern, lex: Lexicon) -> re.Match | None:
    """A person's title right before the run, or before a full name with an adjective of origin between where
    adjectives follow the noun ("l'entrepreneur suédois Lars Holm", "el inversor mexicano Gerardo Ibarra")."""
    at = run[0].start - a.offset
    start = max(0, at - TITLE_REACH)
    hit = cue.search(sentence[start:at])
    if hit is not None or not lex.adjectives_follow or sum(t.low not in lex.name_particles for t in run) < 2:
        return hit
    word = _LAST_WORD.search(a.sentence[start:at])  # as written: a capitalised word is a name's, no adjective
    if word is None or not origin_adjective(word.group(1), lex):
        return None
    return cue.search(sentence[start:start + word.start(1)])


def origin_adjective(word: str, lex: Lexicon) -> bool:
    """An adjective of a country or of a place ("suédoise", "mexicano", "grenoblois"), lowercase."""
    return word in lex.origin_adjectives or national_adjective(word, lex) or demonym_adjective(word, lex)


def _cue_reading(a: Analysis, lex: Lexicon) -> tuple[str, re.Pattern, re.Pattern]:
    """The sentence the person cues read, with the cues before and after a name: the lowered sentence and the fast
    patterns where casefolding can stand in for IGNORECASE, else the sentence as written."""
    cue, after_cue = _person_res(lex)
    if cue and a.lowered is not None:
        return a.lowered, cue, after_cue
    return a.sentence, lex.person_cue, lex.person_after


@cache
def _person_res(lex: Lexicon) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The person cues as case-sensitive patterns for the lowercased sentence (None, None if they cannot be)."""
    cue, after = fast(lex.person_cue), fast(lex.person_after)
    return (cue, after) if cue and after else (None, None)


def _introduces_name(toks: list[Token], j: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "the studio Mojang", "la firma sueca de perfumes Byredo": the descriptor at j names what follows
    (directly, or after adjectives where they follow the noun; not after its verb: "la empresa compró X",
    "le groupe a racheté X")."""
    reach = 4 if lex.adjectives_follow else 1
    previous = toks[j]
    for k, t in enumerate(toks[j + 1:], j + 1):
        if reach == 0 or any(c in ",;:()" for c in sentence[previous.end - offset:t.start - offset]):
            return False  # too far, or past a comma ("le groupe canadien, propriétaire de X")
        links = lex.connectors | lex.descriptor_links  # "l'éditeur de logiciels X", "la banque en ligne X"
        reach -= t.low not in links  # "l'éditeur de logiciels de cybersécurité X": "de" takes no room
        if name_word(t.text, lex, previous is toks[j]) or previous is toks[j] and _named_after_kind(
                toks, k, sentence, offset, lex):  # it would open the name ("die Firma Freiflächenanlagen")
            # "la dueña de Carolina Herrera": a genitive; "la société en France": a place
            return previous.low not in lex.markers.get("patient", ()) and previous.low not in lex.descriptor_links
        if not t.text.islower() or t.low in lex.stopwords and t.low not in links or (
                sentence[t.start - offset - 1:t.start - offset] != "'"  # "fonds d'investissement X": a complement
                and lex.trigger_re.match(" ".join(x.text for x in toks[k:k + 3]))):
            return False  # "la entidad que preside X", "la empresa compró X": a clause, not adjectives
        previous = t
    return False


def _elided_anaphors(toks: list[Token], sentence: str, offset: int, lex: Lexicon) -> list[Mention]:
    """ "L'entreprise bordelaise", "l'équipementier savoyard", "l'éditeur ligérien": a descriptor whose article is
    elided and glued to it (the tokens drop the article), its place adjective after it, stands for the firm the page
    seats there, as "la société lyonnaise" does, where no name follows it (a bare "l'entreprise" is left to the
    firm the page is about: read as a description, it took the subject of the sentence before)."""
    out = []
    for k, tok in enumerate(toks):
        if not (tok.text.islower() and is_descriptor(tok.text, lex) and " " not in tok.low and k + 1 < len(toks)
                and toks[k + 1].text.isalpha() and demonym_adjective(toks[k + 1].text, lex)):
            continue
        elided = _elided(sentence, tok.start - offset)
        if elided not in lex.determiners or len(elided) > 2:  # "l'", not "qu'" nor "d'"
            continue
        if _introduces_name(toks, k, sentence, offset, lex) or (
                k + 1 < len(toks) and toks[k + 1].low in lex.sector_nouns) or lex.act_readings_re.match(
                sentence, tok.start - offset):
            continue
        out.append(Mention(None, tok.start - len(elided), tok.end, tok.possessive, anaphor=True))
    return out


def demonym_adjective(word: str, lex: Lexicon) -> bool:
    """A lowercase word with an ending of the adjective of a place ("grenoblois", "lyonnaise", "savoyard"), longer
    than a stem."""
    return word.islower() and len(word) > DEMONYM_STEM + 2 and word.endswith(lex.demonym_endings or ("\0",))


DEMONYM_STEM = 5  # letters of a place adjective before its ending ("lyonn-aise")


def national_adjective(word: str, lex: Lexicon) -> bool:
    """A form of a country's adjective (`nationals`: "dänische", "schwedischen"), lowercase: it ties the name or the
    noun it qualifies to that country."""
    return word.islower() and any(word.startswith(forms[0]) for forms in lex.nationals.values())


def _town_described(toks: list[Token], k: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "la commune", "the town", "die Gemeinde", "el municipio" (`town_nouns`) after an article, lowercase where only
    names are, its phrase going on with no connector ("la mairie de Villeurbanne" names the town after it) nor a
    capitalised word ("die Stadt Ulm", "the city Council")."""
    tok, nxt = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    return tok.low in lex.town_nouns and (tok.text.islower() or lex.compound_nouns) and not (
        nxt is not None and _joinable_gap(sentence, tok, nxt, offset) and (
            nxt.low in lex.connectors or lex.elision.match(nxt.text) or nxt.text[:1].isupper()))


def _anaphors(toks: list[Token], sentence: str, offset: int, lex: Lexicon) -> list[Mention]:
    """ "the company", "der Konzern", "le groupe parisien", "la entidad", "the builder", "la bodega": a determiner,
    a descriptor or a noun of a trade (`trades`) within three words, and no name after it."""
    out = []
    determiners = lex.determiners | lex.contracted_articles  # "du constructeur nazairien", "am Kieler Verbund"
    for i in [i for i, tok in enumerate(toks) if tok.low in determiners]:
        tok = toks[i]
        body = toks[i + 1] if i + 1 < len(toks) else None
        if body is not None and _town_described(toks, i + 1, sentence, offset, lex):
            out.append(Mention(None, tok.start, body.end, body.possessive, anaphor=True, public=body.low))
            continue  # "de la commune", "the town", "die Gemeinde": the town whose government the page named
        if body is not None and body.text.islower() and (
                body.low in lex.institutions or body.low in lex.public_nouns) and not _introduces_name(
                toks, i + 1, sentence, offset, lex) and not _organ_at(toks, i + 1, sentence, offset, lex) and not (
                _elided_body_article(sentence, toks, i + 1, offset, lex)) and not _heads_name(
                toks, i + 1, sentence, offset, lex):
            # "the ministry said", not "the ministry of Defence" nor "la junta de accionistas de X" nor "la
            # métropole de Rivaz" (the body's own name)
            out.append(Mention(None, tok.start, body.end, body.possessive, anaphor=True, public=body.low))
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            if toks[j].low in determiners:
                break  # "le contrôle du constructeur", "mit dem das Unternehmen": the description opens at the
                # second article (a relative pronoun reads as an article's form)
            if j + 1 < len(toks) and is_descriptor(f"{toks[j].text} {toks[j + 1].text}", lex) and not (
                    j > i + 1 and place_adjective(toks[j - 1].text, lex)) and not _hyphen_named(
                    toks, j + 1, sentence, offset, lex):
                last = j + 1  # a descriptor of two words: "la jeune pousse" (not "die Bremer Nordwerk Spedition": a
                # name after the place)
            elif _hyphen_named(toks, j, sentence, offset, lex):
                stem = toks[j].text.rpartition("-")[0]  # "die Stuttgarter Wendel-Gruppe": the group Wendel
                out.append(Mention(stem, toks[j].start, toks[j].start + len(stem), introduced=True))
                break
            elif is_descriptor(toks[j].text, lex) or _trade(toks, j, lex) and (j == i + 1 or not (
                    lex.adjectives_follow or lex.compound_nouns)):
                last = j  # a noun of a trade, right after the article where it may be an adjective after a noun
                # or end a name ("la bodega", not "la cartera inmobiliaria", "die Dresdner Bank")
            elif name_word(toks[j].text, lex, False) and not toks[j].text.endswith("er") and not (
                    not lex.compound_nouns and j + 1 < len(toks) and toks[j + 1].text.islower()
                    and toks[j + 1].start - toks[j].end == 1):
                break  # a name, unless it qualifies a noun ("the Boston start-up", "die Kölner Firma")
            else:
                continue
            if not _introduces_name(toks, last, sentence, offset, lex) and not (
                    last + 1 < len(toks) and toks[last + 1].low in lex.sector_nouns) and not (  # "the utility sector"
                    _abbreviated(toks[i + 1], sentence, offset, lex)) and not (
                    lex.act_readings_re.match(sentence, toks[last].start - offset)):  # "la firma de un acuerdo"
                out.append(Mention(None, tok.start, toks[last].end, toks[last].possessive, anaphor=True))
            break
    out.extend(m for m in _elided_anaphors(toks, sentence, offset, lex)
               if not any(a.start < m.end and m.start < a.end for a in out))
    if toks and toks[0].text in lex.pronouns and not lex.impersonal_re.match(sentence) and _leads_object(
            toks, 0, sentence, offset, lex):
        # "It sold its sensors division ...": the subject before (not "Il s'agit de", "It is")
        out.append(Mention(None, toks[0].start, toks[0].end, anaphor=True))
    maybe = pronoun_forms(lex)  # the lowercase forms of the pronouns: most words fail this one set lookup
    out.extend(Mention(None, toks[k].start, toks[k].end, anaphor=True, pronoun=True) for k in range(1, len(toks))
               if (toks[k].low in maybe or not toks[k].text.isascii()) and toks[k].text.islower()
               and toks[k].text.title() in lex.pronouns
               and _opens_clause(toks, k, sentence, offset, lex) and _leads_object(toks, k, sentence, offset, lex)
               and not lex.impersonal_re.match(sentence, toks[k].start - offset))
    speech, pronouns = lex.speech_verbs, lex.pronouns
    out.extend(Mention(None, toks[k].start, toks[k].end, anaphor=True)  # "said it was in talks"
               for k in [k for k in range(1, len(toks)) if toks[k - 1].low in speech]
               if toks[k].text.title() in pronouns)
    return out + _first_person(toks, sentence, offset, lex)


def _hyphen_named(toks: list[Token], j: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """ "die Stuttgarter Wendel-Gruppe": a group word (`hyphen_heads`) that alone would be a descriptor, joined to a
    word that is no common noun, names that group (also a hyphenated name of capitalised parts: "die französische
    Saint-Aubin-Gruppe"); "die Medien-Gruppe" and "die Tech-Gruppe Trenkel" (a name follows) describe."""
    first, _, last = toks[j].text.rpartition("-")
    low = first.lower()
    if not first or "-" in first and not all(part[:1].isupper() for part in first.split("-")) or (
            last.lower() not in lex.hyphen_heads or not name_word(first, lex, False) or name_word(toks[j].text, lex,
                                                                                                   False)):
        return False  # "die Harlo-Holding": a name word as a whole, the run holds it
    if low in lex.descriptors or low in lex.sector_nouns or low in lex.trades or low in lex.kinds or (
            low in lex.common_nouns or low in lex.stopwords):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not (nxt.text[:1].isupper() and _joinable_gap(sentence, toks[j], nxt, offset)
                               and name_word(nxt.text, lex, False))


def _first_person(toks: list[Token], sentence: str, offset: int, lex: Lexicon) -> list[Mention]:
    """ "We acquired X in 2021", "X hat uns ... gegeben", "nous avons racheté X", "compramos X en 2008": a firm
    speaking in the first person plural (a pronoun, else a verb whose ending alone says "we"), resolved on the page
    to the firm the speaker speaks for; not the writer's "we" ("as we reported", "selon nos informations") nor
    "US"."""
    writer = [(m.start() + offset, m.end() + offset) for m in lex.writer_we_re.finditer(sentence)]
    out: list[Mention] = []
    for k, tok in enumerate(toks):
        pronoun = tok.low in lex.we_pronouns and not (len(tok.text) > 1 and tok.text.isupper())
        verb = (tok.text.islower() or not k) and lex.we_verb_re.fullmatch(tok.low) is not None and not (
            k and toks[k - 1].low in lex.we_pronouns)  # "nosotros compramos": the pronoun already
        possessive = tok.low in lex.we_possessives
        if (pronoun or verb or possessive) and not any(a <= tok.start < b for a, b in writer):
            out.append(Mention(None, tok.start, tok.end, possessive, anaphor=True, first_person=True))
    return out


def _organ_at(toks: list[Token], j: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the words from j on name an organ of a firm ("junta de accionistas"), not a public body."""
    return any(lex.organ_re.search(sentence[toks[j].start - offset:toks[k].end - offset] + " ")
               for k in range(j, min(j + 3, len(toks))))


def _past_round_letter(run: list[Token], toks: list[Token], j: int, lex: Lexicon) -> list[Token]:
    """ "le tour de série A de Verdi", "la serie B de Verdi": a round's letter after its series word names the round,
    no firm; the name is what follows it and its particle ("Verdi", not "A de Verdi")."""
    if not (j and toks[j - 1].low in lex.series_words and len(run[0].text) == 1 and run[0].text.isupper()):
        return run
    rest = run[1:]
    while rest and rest[0].text.islower():
        rest = rest[1:]
    return rest


def _owner_complement(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the word at k names the public owner of the firm a descriptor before it describes ("la société
    d'État", "la empresa del Estado"): part of the description, no firm."""
    if toks[k].low not in lex.public_owners or k == 0:
        return False
    before = k - 1 if toks[k - 1].low not in lex.markers.get("patient", ()) else k - 2
    return before >= 0 and is_descriptor(toks[before].text, lex)


def _trade(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """A noun of a trade at j ("builder", "bodega", "Werft"): a description after a determiner; lowercase where only
    names are capitalised, so a name that holds it ("the Kestrel Club") stays a name, and there a capitalised word
    after it begins the name it introduces ("le promoteur Groupe Delmar"; not past a comma: "según anunció el club,
    Brenta ..."); whole, never the end of a compound ("die Kremsbank AG" is a name)."""
    tok = toks[j]
    if lex.compound_nouns:
        return tok.low in lex.trades
    return tok.low in lex.trades and tok.text.islower() and not (
        j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and toks[j + 1].start - tok.end == 1)


OBJECT_GAP = 2  # lowercase words or years between an object-led pronoun and its object ("hatte es 2020 bereits den")


def _leads_object(toks: list[Token], k: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the pronoun at k may stand for a firm: any but an object-led one ("es"), which does only where its
    verb's object follows in its clause, an article or a name past a year or an adverb or two ("2020 hatte es den
    Spezialisten Y gekauft"); else it stands for nothing ("heißt es zudem, das ...", "geht es darum")."""
    if toks[k].low not in lex.object_led_pronouns:
        return True
    for tok in toks[k + 1:k + 2 + OBJECT_GAP]:
        if any(c in sentence[toks[k].end - offset:tok.start - offset] for c in ",;:"):
            return False
        if tok.low in lex.determiners or tok.text[:1].isupper():
            return True
        if not (tok.text.islower() or tok.text.isdigit()):
            return False
    return False


@cache
def pronoun_forms(lex: Lexicon) -> frozenset[str]:
    """The lowercase words whose title case is a pronoun, for ASCII words (the others are tested in full)."""
    return frozenset(p.lower() for p in lex.pronouns)


def _opening_adverb(tok: Token, nxt: Token | None, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the lone capitalised word opening the sentence is an adverb told by its ending (`adverb_endings`:
    "Technisch arbeitet X", "Operativ setzt das Werk", "Actualmente controla"): capitalised only for its place, it
    stands before the verb, which follows with no comma; a stem of five letters or more keeps short names
    ("Fröhlich")."""
    if nxt is None or not nxt.text.islower() or sentence[:tok.start - offset].strip(" \"'„“«‚‘"):
        return False
    if sentence[tok.end - offset:nxt.start - offset] != " " or not tok.text[1:].islower():
        return False
    return any(tok.low.endswith(end) and len(tok.low) - len(end) >= 5 for end in lex.adverb_endings)


def _opens_clause(toks: list[Token], k: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the pronoun at k is the subject of a clause that opens inside the sentence: after a comma
    ("Depuis 2019, elle fournit"), a conjunction or a time ("and since 2022 it has built", "Last month it won"),
    or where the verb comes second, right after the verb that follows a fronted phrase ("Seit 2019 beliefert
    sie", "..., seit 2023 arbeitet er"); not the object of a preposition or a relative pronoun ("für sie",
    "die sie gekauft hatte")."""
    previous = toks[k - 1]
    if any(c in sentence[previous.end - offset:toks[k].start - offset] for c in ",;:"):
        return True
    if previous.text.isdigit() or previous.low in lex.conjunction_words or _calendar_word(previous.low, lex):
        return True
    before = sentence[:previous.end - offset].lower()
    if any(before.endswith(phrase) for table in (lex.relative_years, lex.relative_months, lex.relative_weeks)
           for phrase in table):
        return True
    governing = lex.determiners | lex.stopwords | {w for words in lex.markers.values() for w in words}
    clause = sentence[:previous.start - offset].rsplit(",", 1)[-1].split()  # the fronted phrase of its clause
    return lex.verb_second and bool(clause) and previous.text.islower() and previous.low not in governing


def _modifies(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """A descriptor at j, or where adjectives precede nouns after one or two plain lowercase words
    ("Coventry engineering firm X", not "Microsoft buys game studio X"): the name before only qualifies it.
    Where adjectives follow the noun, a name never qualifies the noun after it ("Telvora firma con ...")."""
    if lex.adjectives_follow:
        return False
    reach = 1 if lex.compound_nouns else 3
    window = toks[j:j + reach]
    if not any(is_descriptor(t.text, lex) or _named_trade(toks, k, lex) for k, t in enumerate(window, j)):
        return False
    for k, t in enumerate(window, j):
        if is_descriptor(t.text, lex) or _named_trade(toks, k, lex):
            return True
        if not t.text.islower() or t.low in lex.stopwords or lex.trigger_re.match(
                " ".join(x.text for x in toks[k:k + reach])):  # "X snapped up rival Y": a deal verb, no modifier
            return False
    return False


def _named_trade(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A lowercase noun of a trade with a capitalised word right after it ("club Ashbourne Athletic", "processor
    Nordvik Fisk"): it introduces that name as a descriptor does (alone, "Kestrel Club" keeps it)."""
    return toks[k].text.islower() and toks[k].low in lex.trades and k + 1 < len(toks) and toks[k + 1].text[0].isupper()


@dataclass
class Analysis:
    """The tokens and name runs of one sentence, computed once for persons and mentions."""

    sentence: str
    offset: int
    tokens: list[Token]
    runs: list[list[Token]]
    lowered: str | None  # `casefold.lowered(sentence)`: None when casefold cannot stand in for IGNORECASE
    person_context: dict[int, bool] = field(default_factory=dict)  # run start -> a person's context


def analyse(sentence: str, offset: int, lex: Lexicon, low: str | None) -> Analysis:
    toks = tokens(sentence, offset, lex)
    return Analysis(sentence, offset, toks, runs(toks, sentence, offset, lex), low)


def _after_opening_conjunction(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the name follows a conjunction that opens the sentence ("And Greenbay, the farm shop, floated ...",
    "Y Laboratorios X debutó", "Et X ...", "Und die X ..."): the name opens the clause as its subject, governed
    by nothing."""
    return 0 < index <= 2 and toks[0].low in lex.conjunction_words and all(
        t.low in lex.determiners for t in toks[1:index])


def _after_speaker_label(toks: list[Token], index: int, sentence: str, offset: int) -> bool:
    """Whether the word opens a transcript's turn after its speaker's label in capitals ("TOM: Quick one before we
    go", "NADIA: Let's start with X"): capitalised as a sentence's first word is, no sign of a name."""
    return 0 < index <= 3 and all(t.text.isupper() for t in toks[:index]) and (
        sentence[toks[index - 1].end - offset:toks[index].start - offset].strip() == ":")


@cache
def _prepositions(lex: Lexicon) -> frozenset[str]:
    return frozenset(w for words in lex.markers.values() for w in words if " " not in w)


def _past_market(run: list[Token], markets: list[tuple[int, int]], offset: int) -> list[Token]:
    """ "Hoy debuta en el Mercado Continuo Energías del Cierzo": a verb put before its subject leaves the market and
    the firm listing on it in one run of capitals; the firm's name is the capitalised words after the market."""
    for start, end in markets:
        if start < run[-1].end - offset and run[0].start - offset < end:
            past = [t for t in run if t.start - offset >= end]
            return past if past and past[0].text[:1].isupper() else run
    return run


def _cashtag(run: list[Token], sentence: str, offset: int) -> bool:
    """Whether a run of capitals is a cashtag, the dollar sign social posts write before a stock symbol."""
    at = run[0].start - offset
    return at > 0 and sentence[at - 1] == "$" and all(t.text.isupper() for t in run)


def mentions(a: Analysis, lex: Lexicon, person_words: set[str]) -> list[Mention]:
    """Organisation mentions and anaphors of one sentence, in text order."""
    found = []
    toks, sentence, offset = a.tokens, a.sentence, a.offset
    index_of = {t.start: i for i, t in enumerate(toks)}
    prepositions = _prepositions(lex)
    # a dateline is in capitals: a lowercase letter among the first three rules it out without the regex,
    # which otherwise reads to the end of a sentence that has no dash
    dateline = None if any(c.islower() for c in sentence[:3]) else _DATELINE.match(sentence)
    skip = dateline.end() if dateline and dateline.group(1).isupper() else 0
    wire = None if skip or any(c.islower() for c in sentence[:3]) else _WIRE_DATELINE.match(sentence)
    skip = skip or _city_wire_end(sentence)
    places_end = _dateline_places_end(wire)
    markets = [m.span(m.lastgroup) for m in lex.market_re.finditer(sentence)]
    starts = {run[0].start: run for run in a.runs}
    for run in a.runs:
        if run[0].start - offset < max(skip, places_end) or wire and run[0].start - offset < wire.end() and (
                all(t.text.isupper() for t in run) or sentence[run[0].start - offset - 1] in "/("
                or _region_after_city(sentence, run[0].start - offset)):
            continue  # "FRANKFURT/BRÜSSEL –", "LONDON (Reuters) -", "BERGEN, Norway, ... /Wire/ --", "OSLO, March 12
            # (North Wire) -", "BRISTOL, United Kingdom, 3 June 2025 –": where and through whom the story was filed
        if _noun_of_genitive(run, lex):
            run = run[2:]  # "die sechs Filialen der Bäckerei Lechner": the firm is the genitive, the noun its own
        if len(run) > 1 and " ".join(t.low for t in run) in lex.descriptors:
            continue  # "in ihren Family Offices", "das Family Office": a kind of firm in capitalised words, no name
            # (one opening a name stays in it: "Family Office Brückner")
        if _place_adjective_opens(run, toks, index_of.get(run[0].start, 0), lex):
            run = _past_place_adjective(run, toks, index_of.get(run[-1].start, len(toks)), sentence, offset, lex)
        last = index_of.get(run[-1].start, len(toks))
        if _noun_before_suffix(toks, last, sentence, offset, lex):
            run, last = [*run, toks[last + 1]], last + 1  # "die Velthaus Maschinenbau AG": the noun is the name's
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        suffixed = nxt is not None and nxt.low.rstrip(".") in lex.legal_suffixes
        adjacent = nxt is not None and sentence[run[-1].end - offset:nxt.start - offset] == " "
        if adjacent and not suffixed and not _kind_named(toks, last + 1, lex) and _modifies(toks, last + 1, lex) and (
                not lex.compound_nouns or run[-1].low.endswith(lex.modifier_endings or "\0")):
            continue  # "Gucci owner", "Coventry engineering firm X", "Mainzer Biotechnologieunternehmen": a modifier
        if adjacent and _adjective_of_title(run, toks, index_of.get(run[0].start, 0), lex):
            continue  # "Der Thuner CEO Reto Roth": where the person's firm sits, an adjective, no firm
        if suffixed and _descriptor_before_name(toks, last + 1, sentence, offset, lex):
            continue  # "Defence group Arlon": the trade of the firm named right after the description's noun
        if suffixed and _described_seat(run, toks, index_of.get(run[0].start, 0), lex):
            continue  # "die Stuttgarter Gruppe": a description of the firm from there, told by its seat
        if _cashtag(run, sentence, offset) or any("_" in t.text for t in run):
            continue  # "Calloway Bancorp ($CLWY)": the stock symbol a post writes for a firm, no name of one; "Zitat
            # von Börsenfuchs_HH": a user's handle on a forum or a social platform, no firm
        run = _past_market(run, markets, offset)
        if any(start < run[-1].end - offset and run[0].start - offset < end for start, end in markets):
            continue  # "listed on Nasdaq", "sur Euronext Growth", "(LSE: KRW)": where shares trade, not a party
        if not suffixed and _counted(toks, index_of.get(run[0].start, 0), sentence, offset, lex):
            continue  # "Zwei Großwärmepumpen liefert", "die ersten beiden Parks", "36 Elektrobusse": counted things
        if _CODE_LABEL.match(sentence, run[-1].end - offset):
            continue  # "(ISIN: DE000A1B2C34)", "WKN: 654321": the label of a code, no firm
        if len(run) == 1 and _figure_currency(toks, index_of.get(run[0].start, 0), lex):
            continue  # "Aktien im Wert von 62 Millionen D-Mark": the currency of a sum, no firm
        if _CAPACITY.fullmatch(run[0].text) or len(run) == 1 and _ACRONYM_PLURAL.fullmatch(run[0].text):
            continue  # "for the 1.2GW Hornsea substation", "signed PPAs with X": a plant or things, no firm
        if len(run) > 1 and lex.deal_noun_re.fullmatch(run[-1].text):
            continue  # "Der Vollzug der Transaktion", "Completion of the Transaction": a stage of a deal, no firm
        if run[-1].low in lex.instruments:
            continue  # "the Takeover Code", "Rule 8.3(a)", "each Brenmoor Shareholder": a rule, law or defined term
        if is_person(run, a, lex, person_words) or _place_run(run, nxt, adjacent, lex) and not _kind_headed(
                toks, index_of.get(run[0].start, 0), sentence, offset, lex):
            continue  # persons and places are never parties
        if len(run) == 1 and _opening_adverb(run[0], nxt, sentence, offset, lex):
            continue  # "Technisch arbeitet X mit Y zusammen", "Actualmente controla": an adverb opens it, no firm
        if _heading_word(run, nxt, sentence, offset):
            continue  # "Expansion and listing (1998–2018)": the first word of a section's heading, a noun, no firm
        if adjacent and len(run) == 1 and _opens_title(run[0], nxt, lex):
            continue  # "Vice Chancellor Ana Ruiz": the first word of a person's title, the person follows
        if adjacent and _placed_compound(nxt, lex):
            continue  # "from Hong Kong-listed Pearl Delta", "Ho Chi Minh City-based": the first words of a place
        if _possessive_modifier(run, nxt, starts, sentence, offset, lex) and not is_person(
                starts[nxt.start], a, lex, person_words):
            continue  # "to Rotherham's Kinder Group": where the firm named after it sits, no party
        if not suffixed and _opened_place(run, toks, index_of.get(run[0].start, 0), sentence, offset, lex):
            continue  # "the San Diego biotech", "la desaladora de Punta Gorda": a place opened by its word, no firm
        run = _past_round_letter(run, toks, index_of.get(run[0].start, 0), lex)
        if not run:
            continue
        if _owner_complement(toks, index_of.get(run[0].start, 0), lex):
            if len(run) == 1:
                continue  # "la société d'État a annoncé": the owner of the firm described, the firm told elsewhere
            run = run[1:]  # "le fonds d'État Norfinance": the name after the description
        if not suffixed and _unit_named_by_noun(run, toks, index_of.get(run[0].start, 0), lex):
            continue  # "die Sparte Pumpen", "den Geschäftsbereich Kühlung": a unit told by what it makes, no firm
        if _product_named(run, toks, index_of.get(run[0].start, 0), lex):
            continue  # "40 drones de la gamme Albatros", "der Markenname Lenz": a product or a brand, no firm
        if len(run) == 1 and run[0].low in lex.never_alone or " ".join(t.low for t in run) in lex.nation_adjectives:
            continue  # "to supply PVC", "B2B": a product or a market's code alone, no firm; "Belgian club X": a nation
        if _quoted_title(run, sentence, offset, lex):
            continue  # "« Les Enfants de la dune » fait l'objet d'une adaptation": the title of a work, no firm
        if _possessed_product(run, toks, index_of.get(run[0].start, 0), lex):
            continue  # "the company's Seaglider fleet": the possessor's product, no firm
        if not suffixed and _common_noun_run(run, toks, index_of.get(run[0].start, 0), lex):
            continue  # "am selben Tag", "mit Obst und Gemüse", "im Kieler Raum": an ordinary noun, no firm
        if len(run) == 1 and (run[0].low in lex.trades or lex.compound_nouns and lex.unit_re.fullmatch(run[0].text)):
            continue  # "die Werft", "eine Bank": a noun of a trade alone describes a firm, it names none; so does a
            # unit alone where nouns are capitalised ("der die Sparte übernehmen wollte"; not "die Sparte Antriebe")
        if len(run) == 1 and _apposed_place(toks, index_of.get(run[0].start, 0), sentence, offset, lex):
            continue  # "les Moulins Castel, à Orléans, en blé": where the firm named before sits
        if len(run) == 1 and _followed_by_place(sentence, run[-1].end - offset, lex):
            continue  # "the Cambridge, Massachusetts, biotech", "Lyon, France": a city named with its region
        if _currency_country(run[-1], sentence, offset):
            continue  # "US$ 210 millones", "C$": the country of a currency
        if sentence[run[-1].end - offset:run[-1].end - offset + 2] in ("- ", "-\u00a0"):
            continue  # "der Hosting- und Cloud-Anbieter": the first half of a compound whose noun follows
        index = index_of.get(run[0].start, 0)
        if len(run) == 1 and _site_place(toks, index, sentence, offset, lex) or _site_with_article(toks, index, lex):
            continue  # "la planta de Getafe", "offices in Reading, Leeds and York": a place
        if not suffixed and _named_site(toks, index, sentence, offset, lex):
            continue  # "am Klärwerk Bensheim", "der Netzleitstelle Berner Oberland": the site's own name or place
        if _located(toks, index, lex) or _listed_with_place(run, a.runs, sentence, offset, lex):
            continue  # "its Tarrant project in Western Australia", "entre La Réunion, Maurice et Madagascar": places
        if not suffixed and (_structure(run[-1], lex) or len(run) > 1 and run[0].low in lex.structures):
            continue  # "die Mainbrücke", "the Ferrybridge Viaduct", "le Viaduc de Millau", "the Vantrix Arena": a built
            # object or a venue (whose name a sponsor buys), no firm
        if len(run) == 1 and not suffixed and _town_of_description(toks, index, sentence, offset, lex):
            continue  # "le groupe d'Anvers", "l'éditeur de logiciels de Pessac": where the firm described sits
        if len(run) == 1 and not suffixed and _counted_site(toks, index, sentence, offset, lex):
            continue  # "dos diques secos en Cádiz", "300 employees in Leeds": where the things counted are
        if lex.compound_nouns and len(run) > 1 and _place_genitive(run[-1].low, lex):
            continue  # "einen der größten Lkw-Spediteure Süddeutschlands": a description told by its region, no name
        if lex.area_nouns_re.match(sentence, run[-1].end - offset):
            continue  # "on the Martland Park industrial estate", "the Hollin Vale business park": an area's name
        if any(t.low in lex.districts for t in run[:-1]):
            continue  # "im Landshuter Ortsteil Achdorf": a part of a town and its name, a place
        if len(run) == 1 and _road(toks, index, lex):
            continue  # "die Modernisierung der Anlagen auf der A1 und der A7": roads, no firms
        if len(run) == 1 and _route_end(toks, index, lex):
            continue  # "to ship containers from Rotterdam to Hamburg": the ends of a route, places
        if len(run) == 1 and _works_object(toks, index, lex):
            continue  # "den Zuschlag für den Neubau der Mainbrücke": the structure built, no firm
        if not suffixed and len(run) > 1 and run[0].low in lex.works_nouns:
            continue  # "für den Ausbau der B 27": the works and what they build, no firm
        if len(run) == 1 and _apposed_kind_origin(toks, index, sentence, offset, lex):
            continue  # "Spraakwerk, a speech-recognition company from Utrecht": where the firm described comes from
        if lex.origin_re.search(sentence, max(0, run[0].start - offset - ORIGIN_REACH), run[0].start - offset) and not (
                after_members(sentence, run[0].start - offset, lex)):
            continue  # "die Privatbank X aus Bad Tölz", "Nexia, con sede en Bilbao": where a firm sits; not a member
            # of a consortium ("ein Konsortium aus X und Y")
        if lex.founders_from_re.search(sentence, max(0, run[0].start - offset - FOUNDED_REACH), run[0].start - offset):
            continue  # "fondée en 2019 par deux ingénieurs de Centrale Lyon": where the founders come from, no party
        if lex.source_re.search(sentence, max(0, run[0].start - offset - ORIGIN_REACH), run[0].start - offset):
            continue  # "selon le quotidien Le Soleil", "analysts at X": who reports the news, not a party
        if len(run) > 1 and run[-1].low in lex.law_firm_words or nxt is not None and nxt.low in lex.law_firm_words:
            continue  # "von Brandt Rechtsanwälte", "Roux Avocats", "Lindner PartG mbB": a law firm advising, no party
        if lex.adviser_re.search(sentence, max(0, run[0].start - offset - ADVISER_REACH), run[0].start - offset):
            continue  # "advised by Goldman Sachs", "beraten von der X": who serves a party of the deal, not a party
        if lex.vehicle_re.search(sentence, max(0, run[0].start - offset - VEHICLE_REACH),
                                 run[0].start - offset) and not _public_owner(a.runs, run, found, lex):
            continue  # "invested $5m in the company via its venture arm X": the investor's own vehicle, no party (but
            # a public body's fund invests for it: "La région Bretagne, via son fonds Breizh Up, entre au capital")
        credit = lex.credit_re.search(sentence, max(0, run[0].start - offset - ORIGIN_REACH), run[0].start - offset)
        if credit and (_credit_tail(sentence[run[-1].end - offset:]) if not credit.group("filler") else
                       (sentence[run[-1].end - offset:].strip() in (".", "") and not _body_deciding(run, lex))
                       or _opening_credit(sentence, credit, run[-1].end - offset)):
            continue  # "According to Bloomberg, X is in talks", "..., laut Handelsblatt.", "..., a rapporté lundi soir
            # X." (words between: the name closes the sentence, not "told this blog that X, the miner, ..."): a credit
        if lex.reported_re.match(sentence, run[-1].end - offset) and _set_off(_OUTLET_WORDS.sub(
                "", sentence[max(0, run[0].start - offset - ORIGIN_REACH):run[0].start - offset]), lex):
            continue  # "..., Sky News reported.": who reports the news, set off after the clause it reports (also
            # past capitalised words of its name before: "..., Central European Finance Daily reported.")
        if (report := lex.reporter_re.match(sentence, run[-1].end - offset)) and not _tells_own_news(
                sentence, report.end(), lex):
            continue  # "The Sunday Chronicle reported at the weekend that": who reports the news the clause opens
        if len(run) == 1 and lex.demonym_endings and run[0].low.endswith(lex.demonym_endings) and index > 0 and (
                toks[index - 1].low in lex.determiners or sentence[run[0].start - offset - 1] in "'’"):
            continue  # "le Québécois", "l'Américain", "die Japaner": people of a place, not a firm
        if len(run) == 1 and index > 0 and toks[index - 1].low in lex.determiners and _town_people(run[0], nxt, lex):
            continue  # "sammelten die Leipziger 4 Millionen Euro ein": the firm of that town, told by it (an anaphor
            # `page._demonyms` reads), never a name
        if (not lex.compound_nouns and not lex.adjectives_follow and len(run) == 1 and adjacent and index > 0
                and _determined(toks, index, lex) and nxt.text.islower()):
            continue  # "the Italian fashion house", "the Qatari fund", "a second Scottish production site": an
            # adjective, not a name (but "reported that X had": "that" opens a clause)
        name = sentence[run[0].start - offset:run[-1].end - offset]
        if index > 0 and toks[index - 1].low in lex.determiners:
            name = _nominative(name, lex)
        if len(name) < 2 or _ROMAN.fullmatch(name):
            continue  # "Series I", "Plan B", "en phase II": a lone letter or a numeral names nothing
        introduced = suffixed or (index > 0 and is_descriptor(toks[index - 1].text, lex)) or _apposed(toks, index, lex)
        joined = _after_opening_conjunction(toks, index, lex)
        governed = not joined and (index > 0 and toks[index - 1].low in prepositions or (
            index > 1 and toks[index - 1].low in lex.determiners and toks[index - 2].low in prepositions) or (
            _elided(sentence, run[0].start - offset) in prepositions))  # "d'Ondis"
        found.append(Mention(name, run[0].start, run[-1].end, run[-1].possessive,
                             initial=index == 0 or joined and index == 1 or _after_speaker_label(toks, index, sentence,
                                                                                               offset),
                             introduced=introduced, governed=governed))
    spelled = _spelled_out(found, sentence, offset, lex)
    found = [m for m in found if not any(s.start < m.end and m.start < s.end for s in spelled)] + spelled
    pairs = [Mention(None, offset + m.start(), offset + m.end(), anaphor=True, pair=True)
             for m in lex.pair_re.finditer(sentence) if not _credited_pair(sentence, m.start(), lex)]
    pairs += [p for p in _counted_pairs(sentence, offset, lex) if not any(q.start < p.end and p.start < q.end
                                                                          for q in pairs) and not _names_follow(
        p, found, sentence, offset)]
    suffixed = [m for m in found if lex.compound_nouns and (is_descriptor(m.name.split()[0], lex)
                                                           or _town_named_head(m.name, lex))]
    found.extend(a for a in _anaphors(toks, sentence, offset, lex)  # "die Velthaus": no description of a firm
                 if not any(p.start < a.end and a.start < p.end for p in pairs) and not any(
                     n.start < a.end and a.start < n.end for n in suffixed) and not _holds_name(a, found))
    found.extend(pairs)
    found.extend(_latter(sentence, offset, found, lex))
    return sorted(found, key=lambda m: m.start)


def _latter(sentence: str, offset: int, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """ "para que esta última se hiciera con la mayoría de su capital", "the latter would have acquired": a word of
    the latter (`latter`) stands for a firm, the one named last before it (`page.read_page`)."""
    return [Mention(None, offset + m.start(), offset + m.end(), anaphor=True, latter=True)
            for m in lex.latter_re.finditer(sentence)
            if not any(f.start < offset + m.end() and offset + m.start() < f.end for f in found)]


def _place_genitive(low: str, lex: Lexicon) -> bool:
    """A known place with a case ending (`place_cases`: "süddeutschlands", "bayerns"): closing a run of nouns it
    tells the region of a description ("die größten Spediteure Süddeutschlands"); a name takes the place as it is
    ("Sparkasse Hannover")."""
    return any(low.endswith(e) and low[:-len(e)] in lex.places for e in lex.place_cases)


def _determined(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether a determiner stands before the word at index ("the Italian"; not "that", a complementizer), or an
    article and an ordinal or a word of size (`determined_gap`: "a second Scottish", "its new Welsh")."""
    k = index - 1
    if k > 0 and toks[k].low in lex.determined_gap:
        return is_article(toks[k - 1].low, lex)
    return toks[k].low in lex.determiners and toks[k].low not in lex.complementizers


def regulator(m: Mention, text: str, lex: Lexicon) -> bool:
    """ "the Competition and Markets Authority", "l'Autorité de la concurrence", "das Landgericht München": a
    regulator or a court clears, blocks or rules on the deals of others and is never a party of one (its remit
    may follow its name in lowercase words); so is a name inside a regulator's name, where the name reader cut its
    head off ("la Comisión para el Mercado Financiero": "Mercado Financiero")."""
    return bool(lex.regulator_re.search(text, m.start, m.end) or lex.regulator_re.match(text, m.start)) or any(
        r.start() < m.start < r.end() for r in lex.regulator_re.finditer(text, max(0, m.start - REGULATOR_REACH),
                                                                         m.end))


def _region_after_city(sentence: str, at: int) -> bool:
    """Whether a name at `at` of a wire dateline follows its city in capitals and a comma ("CAMBRIDGE, Mass., June
    17, 2026 --", whose month `_dateline_places_end` does not reach): the region it was filed from, never a party."""
    city = sentence.split(",", 1)[0]
    return sentence[at - 2:at] == ", " and city.isupper() and len(city) < at


def _dateline_places_end(wire: re.Match | None) -> int:
    """Where the places of a press release's dateline end: at its date's first digit, when a town in capitals
    opens it ("BRISTOL, United Kingdom, 3 June 2025 –": the country in ordinary case is a place too; 0 else)."""
    head = _CAPITAL_DATELINE.match(wire.group()) if wire else None
    return head.end() if head else 0


def _city_wire_end(sentence: str) -> int:
    """Where a dateline of a town and its wire or agency in brackets ends ("Düsseldorf (NDW) - Der Versorger ...",
    "MADRID, 12 (EUROPA PRESS) La ..."), or of a town closed by a full stop and a dash ("Ciudad de Panamá.– Pagazul
    ..."), or of a town and its day ("Tours, le 6 octobre 2026 – Veltia ..."), or of towns joined by slashes ("Koblenz/
    Kassel – Das Amt ..."): neither the town nor the agency is a
    party of the news filed (0 when the sentence opens otherwise)."""
    dateline = (_CITY_WIRE.match(sentence) or _CAPITAL_WIRE.match(sentence) or _TOWN_STOP_DASH.match(sentence)
                or _TOWN_DAY_DASH.match(sentence) or _TOWNS_DASH.match(sentence))
    return dateline.end() if dateline else 0


def after_members(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a consortium's member phrase ("ein Konsortium aus", "le groupement formé par") ends shortly before
    `start`: the word there names a member of the consortium, not where a firm sits."""
    return bool(lex.members_re.search(text, max(0, start - ORIGIN_REACH), start))


def _noun_of_genitive(run: list[Token], lex: Lexicon) -> bool:
    """Whether the run opens with a common noun and a genitive article before a name of two words or more ("Filialen
    der Bäckerei Lechner", "Übernahme der Brenntal Chemie"): where nouns are capitalised, the noun is the firm's (its
    shops, its takeover), and the name is what follows the article; one word after it may be a noun too ("Ausstattung
    der Lehrkräfte"), a public body stays with its act ("Veto der Bundesregierung"), and a body's own name keeps its
    head ("Verband der Chemischen Industrie": no noun's ending)."""
    return (lex.compound_nouns and len(run) > 3 and run[1].low in lex.genitive_articles and run[1].text.islower()
            and run[0].text[1:].islower() and run[0].low.endswith(lex.noun_endings)
            and not is_institution(run[0].text, lex) and not any(is_institution(t.text, lex) for t in run[2:]))


def _kind_headed(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether a capitalised kind of firm stands right before the word at index ("Banco Levante absorberá a X", "Caja
    Meseta"): the head of the name whose place it holds, which the name reader left out as a descriptor (where every
    noun is capitalised, "der Lkw-Spediteure Süddeutschlands", the capital tells nothing)."""
    prev = toks[index - 1] if index > 0 else None
    return (not lex.compound_nouns and prev is not None and prev.text[:1].isupper() and is_descriptor(prev.text, lex)
            and sentence[prev.end - offset:toks[index].start - offset] == " ")


def _place_run(run: list[Token], nxt: Token | None, adjacent: bool, lex: Lexicon) -> bool:
    """A place named alone, in one word or several ("Bayern", "Middle East"), or with the stopword after it that
    ends its name ("outside North America": "North" alone reads as a name)."""
    words = " ".join(t.low for t in run)
    return words in lex.places or nxt is not None and adjacent and f"{words} {nxt.low}" in lex.places


def _public_owner(runs: list[list[Token]], run: list[Token], found: list[Mention], lex: Lexicon) -> bool:
    """Whether the name before a vehicle's ("via son fonds X") is a public body's or a place's (a region's or a
    town's government, never a party itself): its fund invests for it."""
    before = [r for r in runs if r[-1].end <= run[0].start]
    return bool(found and found[-1].name and is_institution(found[-1].name, lex)) or bool(
        before and " ".join(t.low for t in before[-1]) in lex.places)


def _heading_word(run: list[Token], nxt: Token | None, sentence: str, offset: int) -> bool:
    """Whether the run is the lone capitalised first word of a section's heading that closes on a span of years,
    before lowercase words ("Expansion and listing (1998–2018)"): a heading's first word is capitalised as a title
    is, not as a name; a deal word in it ("listing") tells of the section, no deal of a firm called so."""
    return (len(run) == 1 and run[0].start == offset and (nxt is None or not nxt.text[:1].isupper())
            and bool(_PERIOD_HEADING.fullmatch(sentence)))


def _adjective_of_title(run: list[Token], toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Where nouns are capitalised, a lone word with an adjective's ending (`modifier_endings`) between an article
    and a person's title ("der Thuner CEO Reto Roth", "die Zuger Chefin"): the adjective of the town the person
    works in, known as a place or not; a firm's name there would be joined to the title ("der Acme-Chef")."""
    last = index + len(run)
    return (lex.compound_nouns and len(run) == 1 and index > 0 and last < len(toks)
            and toks[index - 1].low in lex.determiners and run[0].low.endswith(lex.modifier_endings or "\0")
            and run[0].text[1:].islower() and toks[last].low in lex.titles)


def _opens_title(tok: Token, nxt: Token, lex: Lexicon) -> bool:
    """Whether the word and the title after it are one title of a person ("Vice Chancellor", "Vorsitzende
    Richterin"): the name reader stops at the title word, leaving its first word alone, which names no firm."""
    return nxt.low in lex.titles and bool(lex.person_cue.fullmatch(f"{tok.text} {nxt.text}"))


def _placed_compound(tok: Token, lex: Lexicon) -> bool:
    """Whether a capitalised word joined by a dash to a stopword ("Kong-listed", "City-based") closes a place named
    in several words before a firm: the words before it belong to that place, no name."""
    head, _, tail = tok.text.rpartition("-")
    return bool(head) and head[:1].isupper() and tail.lower() in lex.stopwords and tail.isalpha()


_OWNED_END = re.compile(r"\s*(?:[,.;:()]|$)|\s+\w+ed\b")  # what may follow a firm's name in its clause


def _possessive_modifier(run: list[Token], nxt: Token | None, starts: dict[int, list[Token]], sentence: str,
                         offset: int, lex: Lexicon) -> bool:
    """ "sell its unit to Rotherham's Kinder Group", "bought Malaysia's Dunmore Marine for $20m": a one-word
    possessive right before a firm's name is where that firm sits (an unlisted town, region or country) or who
    owns it, no party of its own; the firm is told by a legal suffix or by what ends its clause after it (a
    punctuation mark, a stopword, a verb). Not before a place, a site, an office or a fund of the owner's ("Orsted's
    North Sea wind farms", "Ledgerly's Amsterdam office", "SoftBank's Vision Fund"): the owner is the party there."""
    if len(run) != 1 or not run[0].possessive or nxt is None:
        return False
    owned = starts.get(nxt.start)
    gap = sentence[run[0].end - offset:nxt.start - offset]
    if owned is None or not gap.endswith(" ") or not lex.possessive.fullmatch(gap[:-1]):
        return False
    words = " ".join(t.low for t in owned)
    if words in lex.places or owned[-1].low in lex.fund_words:
        return False
    end = owned[-1].end - offset
    after = sentence[end:].split(maxsplit=1)
    return owned[-1].low.rstrip(".") in lex.legal_suffixes or not after or after[0].rstrip(".,").lower() in (
        lex.legal_suffixes) or bool(_OWNED_END.match(sentence, end)) or after[0].lower() in lex.stopwords or bool(
        lex.reported_verb_re.match(sentence, end)) or after[0].lower() in lex.speech_verbs


def _opened_place(run: list[Token], toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the run is a place's name opened by a word of its own, of either of two shapes:
    - a noun of a place's kind (`place_heads`: "Punta Gorda", "Pointe du Raz", "Isla Verde"), of any length, where
      no word of a firm's or a fund's kind follows it ("Monte Alba Capital" is a firm);
    - a word that opens a place's name (`place_openers`: "the San Diego biotech", "New York", "Sankt Gallen") and
      one name word after it, whether the opener is read into the run or, a stopword, left before it, where an
      article or a preposition (or nothing) comes before; a longer name goes on as a firm's ("New Fortress
      Energy"), and so does one a noun introduces ("la almazara San Isidro", "la clínica San Aurelio")."""
    if len(run) > 1 and run[0].low in lex.place_heads:
        if index > 0 and is_descriptor(toks[index - 1].text, lex):
            return False  # "la constructora Río Norte", "Constructora Río Norte": a firm's noun introduces its name
        return not any(t.low in lex.fund_words or t.low in lex.firm_name_words or is_descriptor(t.text, lex)
                       for t in run[1:])
    if len(run) == 2 and index > 0 and run[0].low in lex.place_openers:  # not a subject: "Santa Lucía compra X"
        return toks[index - 1].low in lex.determiners  # "la San Sebastián de ...", not "la clínica San Aurelio"
    if len(run) != 1 or index == 0:
        return False
    prev = toks[index - 1]
    return (prev.text[:1].isupper() and prev.low in lex.place_openers and _joinable_gap(sentence, prev, run[0], offset)
            and (index < 2 or toks[index - 2].low in lex.determiners or toks[index - 2].low in _prepositions(lex)))


def _holds_name(description: Mention, found: list[Mention]) -> bool:
    """ "die Holtmann Gruppe", "the Osterlund Group": a description around a name is that firm's name with its
    kind, no description of another firm."""
    return any(m.name and description.start < m.start and m.end < description.end for m in found)


def _place_adjective_opens(run: list[Token], toks: list[Token], index: int, lex: Lexicon) -> bool:
    """ "der Münchner Nordwerk AG", "der Bremer Weserkai Spedition": where nouns are capitalised, the adjective of
    a known place (its stem and an ending of `modifier_endings`) after an article says where the firm named after
    it sits; it belongs to the name where the rest is only a trade or a long common noun ("die Berliner Volksbank",
    "die Hamburger Sparkasse", "die Berliner Verkehrsbetriebe")."""
    if not (lex.compound_nouns and len(run) > 1 and index > 0 and (
            toks[index - 1].low in lex.determiners or toks[index - 1].low in lex.contracted_articles)):
        return False  # also after an article fused with its preposition ("vom Berliner VC X")
    return place_adjective(run[0].text, lex) and not all(
        _kind_word(t.low, lex) or len(t.text) >= LONG_NOUN and t.text[1:].islower() for t in run[1:])


def _common_noun_run(run: list[Token], toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the run is an ordinary noun (`common_nouns`), alone, after the adjective of a known place or before a
    lone letter ("Tag", "Obst", "Kieler Raum", "Logistik-Lkw", "Plan B"): where nouns are capitalised it names no
    firm, unless a legal suffix follows it or a descriptor introduces it ("die Marke Obst")."""
    if len(run) == 2 and run[0].low in lex.common_nouns and len(run[1].text) == 1:
        return True  # "hat bereits einen Plan B": an ordinary noun and the letter that counts it, no firm
    if run[-1].low.rpartition("-")[2] not in lex.common_nouns and not _thing_compound(run[-1], lex) or (
            index > 0 and is_descriptor(toks[index - 1].text, lex)):  # a compound by its last part ("Logistik-Lkw")
        return False
    return len(run) == 1 or len(run) == 2 and place_adjective(run[0].text, lex)


def _thing_compound(tok: Token, lex: Lexicon) -> bool:
    """Whether the word closes on a noun of goods or technique (`thing_tails`), after a hyphen or as the end of a
    closed compound ("Monomaterial-Folien", "Funkgeräte", "Ladetechnik"): where nouns are compounds it names the things
    a deal is about, as a firm's one-word name does not end."""
    last = tok.low.rpartition("-")[2]
    return last in lex.thing_tails or tok.text.rpartition("-")[2][1:].islower() and any(
        last.endswith(t) and len(last) >= len(t) + THING_HEAD for t in lex.thing_tails)


def _described_seat(run: list[Token], toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether an article, the adjective of a known place alone and a descriptor that may also close a name
    ("die Stuttgarter Gruppe") make a description: no name stands between the place and the noun."""
    last = index + len(run)
    return (len(run) == 1 and index > 0 and last < len(toks) and toks[index - 1].low in lex.determiners
            and place_adjective(run[0].text, lex) and is_descriptor(toks[last].text, lex))


def _town_people(tok: Token, nxt: Token | None, lex: Lexicon) -> bool:
    """Where nouns are capitalised, the adjective of a known place alone after an article, no noun after it ("im
    Jahr 2021 sammelten die Leipziger 4 Millionen Euro ein"): the people or the firm of that town, told by it, never
    its name (before a noun it says where the firm named after it sits: "der Leipziger Pixelbau")."""
    return lex.compound_nouns and place_adjective(tok.text, lex) and (nxt is None or not nxt.text[:1].isupper())


@lru_cache(maxsize=65536)
def place_adjective(word: str, lex: Lexicon) -> bool:
    """A capitalised adjective of a known place: a stem a place begins with and an ending of `modifier_endings`
    ("Bremer": Bremen; "Münchner": München; not "Bauer"), or the place with an unstressed vowel dropped before its
    last consonants ("Zürcher": Zürich; "Basler": Basel)."""
    low = word.lower()
    return word[:1].isupper() and any(
        low.endswith(e) and len(low) - len(e) >= PLACE_ADJECTIVE_STEM
        and any(p.startswith(low[:-len(e)]) or _vowel_dropped(low[:-len(e)], p) for p in lex.places)
        for e in lex.modifier_endings)


def _vowel_dropped(stem: str, place: str) -> bool:
    """Whether the stem is the place without one "e" or "i" before its last consonants ("zürch": zürich)."""
    return len(place) == len(stem) + 1 and any(
        place[k] in "ei" and place[:k] + place[k + 1:] == stem for k in range(len(place) - 3, len(place) - 1))


def _kind_word(low: str, lex: Lexicon) -> bool:
    """A noun of a trade or one that ends with a kind of firm ("Spedition", "Volksbank", "Sparkasse")."""
    return low in lex.trades or any(low.endswith(w) for w in lex.kinds)


def _past_place_adjective(run: list[Token], toks: list[Token], last: int, sentence: str, offset: int,
                          lex: Lexicon) -> list[Token]:
    """The name after a place adjective, with the noun of a kind right after it ("der Bremer Weserkai Spedition":
    "Weserkai Spedition"): after the article and the place the phrase is a name, not a description."""
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    joined = nxt is not None and nxt.text[:1].isupper() and _joinable_gap(sentence, run[-1], nxt, offset)
    rest = run[2:] if len(run) > 2 and is_descriptor(run[1].text, lex) else run[1:]  # "vom Berliner VC X": X
    return [*rest, nxt] if joined and _kind_word(nxt.low, lex) else rest


def _noun_before_suffix(toks: list[Token], last: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether a capitalised descriptor right after a name is followed by a legal suffix ("Velthaus Maschinenbau
    AG", "Weserkai Spedition GmbH"): the noun belongs to the name, it does not make the name its modifier."""
    if last + 2 >= len(toks):
        return False
    noun, suffix = toks[last + 1], toks[last + 2]
    return (noun.text[:1].isupper() and is_descriptor(noun.text, lex) and suffix.low.rstrip(".") in lex.legal_suffixes
            and _joinable_gap(sentence, toks[last], noun, offset) and _joinable_gap(sentence, noun, suffix, offset))


# "Secretaría de Infraestructura, Comunicaciones y Transportes (SICT)", "... Nutzung der Bundeswehr (BAAINBw)": two
# capitals or more, maybe a lowercase letter among them
_ACRONYM = re.compile(r" \(([A-Z](?=[a-z]*[A-Z])[A-Za-z]{1,7})\)")
ACRONYM_REACH = 12  # words before an acronym searched for the public body's name it abbreviates


def _spelled_out(found: list[Mention], sentence: str, offset: int, lex: Lexicon) -> list[Mention]:
    """Public bodies named by their remits, commas and "and" included, then their acronym in brackets
    ("Secretaría de Infraestructura, Comunicaciones y Transportes (SICT)"): one name each, for the mentions the
    name reader cut it into. Only a public body's: a firm's spelled-out name drew its acronym's weight into the
    page's anaphors (README, branch names, session 11)."""
    out: list[Mention] = []
    for hit in _ACRONYM.finditer(sentence):
        span = _expansion(sentence[:hit.start()], hit.group(1), lex)
        if span is None:
            continue
        start, end = offset + span[0], offset + span[1]
        inside = [m for m in found if m.start < end and start < m.end]
        if (not inside or inside[0].start != start or inside[0].end == end or not inside[0].name
                or not is_institution(inside[0].name.split()[0], lex)):
            continue
        out.append(Mention(sentence[span[0]:span[1]], start, end, initial=inside[0].initial,
                           introduced=inside[0].introduced, governed=inside[0].governed))
    return out


def _abbreviated(first: Token, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether capitalised words from `first` on are spelled out by the acronym in brackets after them ("La Société de
    transport de Montréal (STM)"): a name the acronym stands for, no description of another firm."""
    if not first.text[:1].isupper():
        return False
    hit = _ACRONYM.search(sentence, first.end - offset)
    if hit is None:
        return False
    span = _expansion(sentence[:hit.start()], hit.group(1), lex)
    return span is not None and span[0] == first.start - offset


def _expansion(before: str, acronym: str, lex: Lexicon) -> tuple[int, int] | None:
    """The span of the words right before an acronym they spell (`spells`), opened by a
    capitalised word and joined by spaces and commas only."""
    words = list(_TOKEN.finditer(before))[-ACRONYM_REACH:]
    if not words or before[words[-1].end():].strip():
        return None
    for k in range(len(words) - 1, -1, -1):
        if k < len(words) - 1 and before[words[k].end():words[k + 1].start()].strip(" ,"):
            return None  # a full stop, a dash or a parenthesis between: no one name
        lettered = lettered_words([w.group() for w in words[k:]], lex)
        if len(lettered) > len(acronym):
            return None
        if words[k].group()[0].isupper() and k < len(words) - 1 and spells(lettered, acronym):
            return words[k].start(), words[-1].end()
    return None


def lettered_words(words: list[str], lex: Lexicon) -> list[str]:
    """The words of a name an acronym takes letters from: capitalised words and words of four letters or more, an
    elided article dropped, legal suffixes left out ("Services industriels du Chablais SA": SIC)."""
    bare = [re.split("['’]", w)[-1] for w in words]
    return [w for w in bare
            if w and w.lower().rstrip(".") not in lex.legal_suffixes and (len(w) >= 4 or w[0].isupper())]


def spells(lettered: list[str], acronym: str, loose: bool = True) -> bool:
    """Whether the words of a name (`lettered_words`) spell an acronym: one initial each ("CDPQ"), or, where the acronym
    is longer than the name has words, each word's initial and maybe more of its letters in order ("Bundesamt für
    Ausrüstung, Informationstechnik und Nutzung der Bundeswehr": BAAINBw, "Bundesministerium der Verteidigung":
    BMVg); not loose, one initial each only."""
    if len(acronym) == len(lettered):
        return "".join(w[0] for w in lettered).upper() == acronym
    return loose and len(acronym) > len(lettered) and _spelled_from(lettered, 0, acronym.lower(), 0)


def _spelled_from(lettered: list[str], k: int, acronym: str, p: int) -> bool:
    """Whether the words from k on spell the acronym from its letter p on, each word its initial first."""
    if k == len(lettered):
        return p == len(acronym)
    word = lettered[k].lower()
    if p == len(acronym) or acronym[p] != word[0]:
        return False
    p, at = p + 1, 1
    while True:  # the word gives one more of its letters, in order, or the next word goes on
        if _spelled_from(lettered, k + 1, acronym, p):
            return True
        at = word.find(acronym[p], at) + 1 if p < len(acronym) else 0
        if not at:
            return False
        p += 1


def _counted(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Where nouns are capitalised, a run opened by a number word or a quantifier, or right after one or after a
    figure that is no year ("Zwei Großwärmepumpen", "die beiden Parks", "36 Elektrobusse"), names the things
    counted, not a firm ("Zwei Linden GmbH", with its legal suffix, is left to the caller)."""
    if not lex.compound_nouns:
        return _make_of_counted(toks, index, sentence, offset, lex)
    if toks[index].low in lex.counters:
        return True
    if index == 0:
        return False
    before = toks[index - 1]
    if _figure_or_count(before, lex):
        return True
    # an adjective between ("65 neue Niederflur-Straßenbahnen", "120 geschützte Transportfahrzeuge")
    return (index >= 2 and _figure_or_count(toks[index - 2], lex) and before.text.isalpha()
            and before.text.islower() and before.low not in lex.stopwords
            and all(sentence[a.end - offset:b.start - offset] == " " for a, b in ((toks[index - 2], before),
                                                                                    (before, toks[index]))))


def _figure_or_count(tok: Token, lex: Lexicon) -> bool:
    """A number word, a quantifier or a figure that is no year: what counts the things named after it."""
    return tok.low in lex.counters or tok.text.isdigit() and not _YEAR.fullmatch(tok.text)


def _make_of_counted(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Where nouns are lowercase, a run right after a count and a plain noun ("douze rames Regio Rapide", "quince
    trenes Civia", "40 buses Urbino") is the make of the things counted, not a firm; a kind of firm in between
    ("les deux groupes Airbus et Safran"), names joined to it ("deux coopératives Terrena et Agrial") and a date or
    a stop before it ("17 septembre – SNCF Réseau", "16 jul. Redes") keep it a firm. The noun may take a complement
    of one plain word ("24 drones de vigilancia Milano")."""
    head = index - 3 if index >= 4 and toks[index - 2].low in lex.partitive and all(
        _plain_noun(t, lex) for t in (toks[index - 3], toks[index - 1])) else index - 1
    if head < 1:
        return False
    count, noun = toks[head - 1], toks[head]
    if not _figure_or_count(count, lex) or not _plain_noun(noun, lex):
        return False
    if any(sentence[a.end - offset:b.start - offset] != " "
           for a, b in zip(toks[head - 1:index], toks[head:index + 1], strict=True)):
        return False
    end = index
    while end + 1 < len(toks) and toks[end + 1].text[:1].isupper():
        end += 1
    joined = end + 2 < len(toks) and toks[end + 1].low in lex.conjunction_words and toks[end + 2].text[:1].isupper()
    return not joined


def _plain_noun(tok: Token, lex: Lexicon) -> bool:
    """A lowercase word that may be a noun of things: no function word, month or kind of firm."""
    return (tok.text.isalpha() and tok.text.islower() and tok.low not in lex.stopwords and tok.low not in lex.months
            and not _kind_plural(tok.low, lex))


def _kind_plural(word: str, lex: Lexicon) -> bool:
    """A kind of firm or a trade, singular or plural ("groupes", "companies", "empresas", "papetiers",
    "Mühlenkonzerne")."""
    return any(is_descriptor(w, lex) or w in lex.trades for w in (word, word[:-1], word[:-2], word[:-3] + "y"))


def _site_place(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the word at index is named after a site or area and a preposition ("the plant in Swindon",
    "del sur de Tenerife"), alone or in a list of single names that starts there ("offices in Reading,
    Gdańsk and Atlanta")."""
    prepositions = _prepositions(lex)
    k = index  # a comma alone may end the place's phrase ("the plant in Leeds, Siemens said"): a list needs "and"
    while k + 2 < len(toks) and _comma_between(toks[k], toks[k + 1], sentence, offset):
        k += 1
    listed = k + 2 < len(toks) and toks[k + 1].low in lex.conjunction_words and toks[k + 2].text[0].isupper()
    k = index
    if _elided_site(toks, k, sentence, offset, prepositions, lex):
        return True  # "la sucrerie d'Origny-Sainte-Benoite": the preposition elided before the place
    while k > 1:
        if _after_site(toks, k, prepositions, lex) or _owned_site(toks, k, lex) or (
                _elided_site(toks, k, sentence, offset, prepositions, lex)):  # "la sucrerie d'Arras du groupe X"
            return True
        before = toks[k - 1]
        if before.low in lex.conjunction_words and toks[k - 2].text[0].isupper():
            if sentence[toks[k - 2].end - offset:before.start - offset] == ", " and not (
                    k > 2 and _comma_between(toks[k - 3], toks[k - 2], sentence, offset)):
                return False  # "X, con sede en Burgos, y Y, de Soria": a comma closed the place's phrase, no list
            k, listed = k - 2, True  # "... and Atlanta"
        elif listed and _comma_between(before, toks[k], sentence, offset):
            k -= 1  # "Reading, Gdańsk"
        else:
            return False
    return False


def _after_site(toks: list[Token], k: int, prepositions: frozenset[str], lex: Lexicon) -> bool:
    """Whether a site's noun or a built object's and a preposition stand right before the word at k ("the plant in
    Swindon", "la planta de Getafe", "der Mainbrücke bei Ochsenfurt", "the viaduct near Selby"). A preposition that
    marks whom a work goes to leaves the name after a built object a party ("a confié la construction du pont à X").
    A site's or a project's noun and a locative alone are `_located`'s reading."""
    site, before = toks[k - 2], toks[k - 1].low
    if before in prepositions and (site.low in lex.facilities or _site_of_goods(toks, k, lex)):
        return True
    if before in lex.markers.get("recipient", ()):
        return False
    return (before in prepositions or before in lex.locatives or before in lex.partitive) and _structure(site, lex) or (
        _located(toks, k, lex))


def _site_of_goods(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a site's noun, a partitive and one lowercase word of what it makes stand two words before the word at
    k ("su planta de conservas de Tudela", "l'usine de conserves de Tudela"): the site named by its goods, then the
    town it stands in."""
    return k >= 4 and toks[k - 2].text.isalpha() and toks[k - 2].text.islower() and (
        toks[k - 3].low in lex.partitive and toks[k - 4].low in lex.facilities)


def _site_word(word: Token, lex: Lexicon) -> bool:
    """A site's noun or a built object's ("the plant", "la fromagerie", "der Mainbrücke")."""
    return word.low in lex.facilities or _structure(word, lex)


def _structure(word: Token, lex: Lexicon) -> bool:
    """A built object's noun (`structures`), alone or closing a compound where nouns are compounds ("Viaduct",
    "Mainbrücke", "des Elbtunnels": a genitive's ending too)."""
    low = word.low
    if low in lex.structures:
        return True
    stems = (low, low[:-1], low[:-2]) if low.endswith("s") else (low,)
    return lex.compound_nouns and word.text[1:].islower() and any(
        w.endswith(s) and len(w) >= len(s) + STRUCTURE_HEAD for w in stems for s in lex.structures)


def _town_of_description(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the word at index follows a kind of firm written lowercase or as initials (`seated_nouns`: "la PME
    des Herbiers") that heads its phrase, the lowercase words that may qualify it and a genitive ("le groupe
    d'Anvers", "l'éditeur de logiciels de
    Pessac", "la empresa tecnológica de Cádiz"): the town the firm described sits in, its name told elsewhere. Not
    past an article nor a comma ("le groupe né du rachat d'Aventis": another phrase), nor where a noun of a tie heads
    the phrase ("la filial tecnológica de X": X's unit)."""
    if index == 0 or not lex.seated_nouns:
        return False
    if _elided(sentence, toks[index].start - offset) in lex.partitive:
        k = index - 1  # "d'Anvers": the genitive glued to the town
    elif toks[index - 1].low in lex.partitive:
        k = index - 2
    else:
        return False
    for j in range(k, max(-1, k - SEATED_GAP - 1), -1):
        word = toks[j]
        if not (word.text.islower() or word.text.isupper() and word.low in lex.seated_nouns) or (
                word.low in lex.determiners or word.low in lex.contracted_articles) or (
                _PHRASE_END.search(sentence, word.end - offset, toks[j + 1].start - offset)):
            return False
        two = j > 0 and f"{toks[j - 1].low} {word.low}" in lex.seated_nouns  # "jeune pousse"
        if (word.low in lex.seated_nouns or two) and _heads_phrase(toks, j - 1 if two else j, sentence, offset, lex):
            return True
    return False


def _heads_phrase(toks: list[Token], j: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the word at j opens its noun phrase: an article or another function word, an elided article or a
    comma stands before it, or nothing."""
    return j == 0 or toks[j - 1].low in lex.stopwords or sentence[toks[j].start - offset - 1] in "'’" or bool(
        _PHRASE_END.search(sentence, toks[j - 1].end - offset, toks[j].start - offset))


def _counted_site(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the word at index follows things counted and a preposition of place ("dos diques secos en Cádiz",
    "300 employees in Leeds", "drei Standorte in Kornau"): where they are, a town. A sum, a share or a stake before
    the preposition ("20 millones de euros en X", "5 % en X") is money put into a firm: its words (a scale, a
    currency, a function word) end the count; a preposition that also marks whom goods go to or come from ("a
    commandé 200 radars à X") leaves the name a party."""
    index = _list_head(toks, index, sentence, offset, lex)
    if index < 3 or toks[index - 1].low not in lex.locatives or toks[index - 1].low in lex.markers.get(
            "recipient", ()):
        return False
    for k in range(index - 2, max(-1, index - 3 - SEATED_GAP), -1):
        word = toks[k]
        if _figure_or_count(word, lex):
            return k < index - 2 and not lex.share_re.match(sentence, word.start - offset)  # "4 per cent in X"
        if not (word.text.isalpha() and (word.text.islower() or lex.compound_nouns and word.text[1:].islower())) or (
                word.low in lex.stopwords and word.low not in lex.staff_nouns or word.low in lex.amounts["scales"]
                or word.low in lex.amounts["currencies"]
                or _PHRASE_END.search(sentence, word.end - offset, toks[k + 1].start - offset)):
            return False
    return False


def _list_head(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> int:
    """The first of a list of single capitalised words that the word at index closes after "and" ("in Leeds, York
    and Dundee": Leeds), else index itself."""
    if index < 2 or toks[index - 1].low not in lex.conjunction_words or not toks[index - 2].text[:1].isupper():
        return index
    k = index - 2
    while k > 0 and toks[k - 1].text[:1].isupper() and _comma_between(toks[k - 1], toks[k], sentence, offset):
        k -= 1
    return k


def _elided_site(toks: list[Token], k: int, sentence: str, offset: int, prepositions: frozenset[str],
                 lex: Lexicon) -> bool:
    """Whether a site word and an elided preposition stand right before the word at k ("la sucrerie d'Arras")."""
    return k > 0 and _site_word(toks[k - 1], lex) and _elided(sentence, toks[k].start - offset) in prepositions


def _owned_site(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the word at index follows a site, its owner's name and a preposition of place ("das Werk von X in
    Verona", "the plant of X in Verona"): the town is where the site is, the owner is named before it."""
    if index < 4 or toks[index - 1].low not in lex.locatives:
        return False
    k = index - 2  # the owner's name: its capitalised words
    while k > index - 2 - MAX_OWNER_WORDS and k > 1 and toks[k].text[:1].isupper():
        k -= 1
    return k < index - 2 and toks[k].low in lex.partitive and toks[k - 1].low in lex.facilities


def _located(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the name at index, of one word or several, follows a site's or a project's noun and a preposition of
    place only ("the Tarrant project in Western Australia", "die Werft in Zhoushan"): where the thing lies. A
    preposition that also marks a recipient ("à") leaves the name a party."""
    if index < 2 or toks[index - 1].low not in lex.locatives or toks[index - 1].low in lex.markers.get("recipient", ()):
        return False
    site = toks[index - 2].low
    return site in lex.facilities or site in lex.located_nouns


def _listed_with_place(run: list[Token], runs: list[list[Token]], sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether a single name stands in a list right next to a known place ("en Castilla-La Mancha y Extremadura",
    "entre La Réunion, Maurice, Madagascar"): a list holds things of one kind, so it is a place too. A comma alone
    on one side makes no list ("Basé à Brest, Alizéo", "Kurosaki, Japan's largest steelmaker"), nor does a place
    that qualifies the noun after it ("X and Munich software maker Y")."""
    if len(run) != 1 or run not in runs:
        return False
    k = runs.index(run)
    sides = [runs[k - 1]] if k else []
    sides += [runs[k + 1]] if k + 1 < len(runs) else []
    gaps = {id(other): _list_gap(other, run, sentence, offset, lex) for other in sides}
    listed = any(g == "and" for g in gaps.values()) or len(sides) == 2 and all(gaps.values())
    return listed and any(gaps[id(other)] and not other[-1].possessive and " ".join(
        t.low for t in other) in lex.places and not _qualifies(other, sentence, offset, lex) for other in sides)


def _qualifies(run: list[Token], sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether a lowercase word that is no function word follows the run ("Munich software maker"): it qualifies
    that noun."""
    nxt = sentence[run[-1].end - offset:].split(maxsplit=1)
    return bool(nxt) and sentence[run[-1].end - offset:][:1] == " " and nxt[0].islower() and (
        nxt[0] not in lex.stopwords)


def _list_gap(other: list[Token], run: list[Token], sentence: str, offset: int, lex: Lexicon) -> str:
    """How two neighbouring runs are listed: "," for a comma alone, "and" for a conjunction, "" for no list."""
    first, second = (other, run) if other[0].start < run[0].start else (run, other)
    gap = sentence[first[-1].end - offset:second[0].start - offset].strip().lower()
    return "," if gap == "," else "and" if gap in lex.conjunction_words else ""  # ", y": a comma closed a phrase


def _named_site(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the name at index, or the list of names it ends ("zwischen den Anschlussstellen Kettwig und
    Ohlsberg"), follows a site's noun right after it where nouns are capitalised ("am Klärwerk Bensheim", "des
    Regionalbusnetzes Kusel-Lauterecken"): German names a site by its town or its own name put after its noun, the
    firm that owns or serves it comes with an article or a preposition ("das Werk der X"); a public body's noun
    ("Stadt Bensheim") is part of the name, no site."""
    if not lex.compound_nouns:
        return False
    k = index
    while k > 2 and toks[k - 1].low in lex.conjunction_words and toks[k - 2].text[:1].isupper() and (
            not _site_noun(toks[k - 2], lex)):
        k -= 2  # "Kettwig und Ohlsberg": the list's first name follows the site's noun
    if k == 0:
        return False
    site = toks[k - 1]
    return (sentence[site.end - offset:toks[k].start - offset] == " " and site.text[:1].isupper()
            and _site_noun(site, lex) and not is_institution(site.low, lex) and not is_descriptor(site.text, lex))


def _site_noun(word: Token, lex: Lexicon) -> bool:
    """A site's noun (`facilities`, also in the genitive or closing a compound: "des Regionalbusnetzes",
    "Netzleitstelle") or a built object's."""
    low = word.low
    stems = (low, low[:-2] if low.endswith("es") else low[:-1]) if low.endswith("s") else (low,)
    return _structure(word, lex) or word.text[1:].islower() and any(
        w == f or w.endswith(f) and len(w) >= len(f) + STRUCTURE_HEAD for w in stems for f in lex.site_heads)


def _site_with_article(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the name at index follows a site, a preposition of place and an article ("two sites in the
    Midlands", "una planta en el Campo de Dalías"): where the site is, however many words it has; not "la sede
    de la X", whose "de" tells whose site it is."""
    return index > 2 and toks[index - 1].low in lex.determiners and toks[index - 2].low in lex.locatives and (
        toks[index - 3].low in lex.facilities)


def _works_object(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the single word at index is the genitive of a building works' noun ("für den Neubau der Mainbrücke",
    "die Sanierung des Hauptbahnhofs"): the structure a contract builds, never its customer or supplier (a name of
    several words, "der Ausbau der Deutschen Bahn", is left alone)."""
    return index >= 2 and toks[index - 1].low in lex.genitive_articles and toks[index - 2].low in lex.works_nouns and (
        index + 1 == len(toks) or not toks[index + 1].text[:1].isupper())


def _road(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the single word at index is a road's code (`road_codes`: "A1", "B27") after a preposition or conjunction
    (`road_prepositions`) and an article ("auf der A1 und der A7"), with no name word after it ("die A1 Telekom")."""
    return (index > 1 and lex.road_re.fullmatch(toks[index].text) is not None
            and toks[index - 1].low in lex.determiners and toks[index - 2].low in lex.road_prepositions
            and not (index + 1 < len(toks) and toks[index + 1].text[:1].isupper()))


def _route_end(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the single word at index is one end of a route of single words ("from Rotterdam to Hamburg", "von
    Rotterdam nach Hamburg"), or its start where the end is a region with its article ("from Rotterdam to the Gulf
    of Finland"): towns, not firms (a name of several words, "to Nordwerk Holdings", is left alone)."""
    starts, ends = lex.routes

    def single(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text[:1].isupper() and not (
            k + 1 < len(toks) and toks[k + 1].text[:1].isupper())

    if not single(index) or index == 0:
        return False
    if toks[index - 1].low in starts:
        return index + 2 < len(toks) and toks[index + 1].low in ends and (single(index + 2) or (
            index + 3 < len(toks) and toks[index + 2].low in lex.determiners and toks[index + 3].text[:1].isupper()))
    return toks[index - 1].low in ends and index > 2 and toks[index - 3].low in starts and single(index - 2)


def _apposed_kind_origin(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the word at index follows an apposition of a kind of firm and a word of origin ("X, a start-up from
    Utrecht", "X, a small maker of sensors from Kongsberg"): the town the firm described comes from. Only set off by
    a comma and an indefinite article: "bought a business from Y", "the company from Y" name a seller."""
    if index < 3 or toks[index - 1].low not in lex.kind_origins:
        return False
    for k in range(index - 3, max(-1, index - 2 - APPOSED_KIND_WORDS), -1):
        if toks[k].low in lex.indefinite_articles:
            return (sentence[:toks[k].start - offset].rstrip().endswith(",")
                    and "," not in sentence[toks[k].end - offset:toks[index - 1].start - offset]
                    and any(is_descriptor(t.text, lex) for t in toks[k + 1:index - 1]))
    return False


def _apposed_place(toks: list[Token], index: int, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the word at index is set off by commas right after a preposition of place (", in Leeds,")."""
    if index == 0 or toks[index - 1].low not in lex.locatives:
        return False
    before = sentence[:toks[index - 1].start - offset].rstrip(" ")
    after = sentence[toks[index].end - offset:toks[index].end - offset + 1]
    return before.endswith(",") and after in (",", ".", ";")


def _followed_by_place(sentence: str, end: int, lex: Lexicon) -> bool:
    """Whether a comma and a known country or region follow position end ("Cambridge, Massachusetts")."""
    if sentence[end:end + 2] != ", ":
        return False
    following = sentence[end + 2:end + 40].split(maxsplit=1)
    return bool(following) and following[0].rstrip(",.;:").lower() in lex.places


def _comma_between(first: Token, second: Token, sentence: str, offset: int) -> bool:
    """Two capitalised words separated by a comma only: neighbours in a list of names."""
    return first.text[0].isupper() and second.text[0].isupper() and (
        sentence[first.end - offset:second.start - offset] == ", ")


def _nominative(name: str, lex: Lexicon) -> str:
    """ "Deutschen Börse" after "der" is "Deutsche Börse": the case ending of the first word undone."""
    first, _, rest = name.partition(" ")
    for ending, base in lex.name_inflections.items():
        if first.endswith(ending) and len(first) > len(ending) + 2:
            return first[:-len(ending)] + base + (" " + rest if rest else "")
    return name


def _apposed(toks: list[Token], index: int, lex: Lexicon) -> bool:
    """ "den österreichischen Wohnungsbestandshalter Buwog": where nouns are capitalised, a long common noun
    after an article or adjective names the kind of firm the next word is."""
    if not lex.compound_nouns or index < 2:
        return False
    noun, before = toks[index - 1], toks[index - 2]
    return len(noun.text) >= LONG_NOUN and noun.text[0].isupper() and noun.text[1:].islower() and (
        before.low in lex.determiners or before.text.islower())


def _elided(sentence: str, start: int) -> str:
    """The elided word glued before position start ("d'" of "d'Ondis"), with a plain apostrophe; else ""."""
    if start < 2 or sentence[start - 1] not in "'’":
        return ""
    return sentence[:start].rsplit(None, 1)[-1].lower().replace("’", "'")


def persons(a: Analysis, lex: Lexicon, person_words: set[str], surnames: dict[str, int] | None = None) -> None:
    """Add the words of the persons named in a sentence to person_words, and the surname of each one named in full
    after a title to surnames, with where the page first names that person (`titled_surname`)."""
    for run in a.runs:
        if len(run) >= 2 and is_person(run, a, lex, person_words):
            person_words.update(t.text for t in run)
            if surnames is not None and (surname := titled_surname(run, a, lex)):
                surnames.setdefault(surname, run[0].start)


def titled_surname(run: list[Token], a: Analysis, lex: Lexicon) -> str | None:
    """ "Chief executive Dr. Anna Berg", "M. Paul Roux", "l'entrepreneur suédois Lars Holm": a given name and a
    surname (maybe with its particles, "Anne Le Goff") after a person's title: the surname, which later stands alone
    for that person ("Berg bought ...", "Roux a déclaré"); None for any other run."""
    core = [t for t in run if t.low not in lex.name_particles]
    if len(core) != 2 or run[0] is not core[0] or any(t.low in lex.firm_name_words for t in run):
        return None
    sentence, cue, _ = _cue_reading(a, lex)
    hit = _title_hit(run, a, sentence, cue, lex)
    return " ".join(t.text for t in run[1:]) if _titled(hit, run, lex) else None


def _extends(long_: list[str], short: list[str]) -> bool:
    """Whether a name's words begin or end with a shorter name's words ("Banco Sabadell" and "Sabadell")."""
    k = len(short)
    return len(long_) > k and (long_[:k] == short or long_[-k:] == short)


def sole_long_forms(names: set[str]) -> dict[str, str]:
    """Map each short form to the one longer name among `names` it begins or ends, whatever came first: a standfirst
    or a list item ("1. Greyfield and Portmarsh agree to merge") may shorten the firms before the body names them
    in full. A short form two longer names share ("Harrowgate" for Harrowgate Capital and Harrowgate Pictures)
    stays as it is."""
    words = {n: n.split() for n in names}
    out = {}
    for name in names:
        longer = [m for m in names if _extends(words[m], words[name])]
        if len(longer) == 1:
            out[name] = longer[0]
    return out


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each short form to the complete form the article used before it ("ZF" -> "ZF Friedrichshafen",
    "Sabadell" -> "Banco Sabadell") and initials to the name they abbreviate anywhere ("LSE"); names are
    given in order of first appearance."""
    out = {}
    words = {n: n.split() for n in names}
    for i, name in enumerate(names):
        short = words[name]
        for longer in names[:i]:
            if _extends(words[longer], short):
                out[name] = out.get(longer, longer)
                break
        else:
            out[name] = name
    initials = {"".join(w[0] for w in words[n] if w[0].isupper()): n for n in names if len(words[n]) > 1}
    for name in names:
        if out[name] == name and name.isalpha() and name.isupper() and initials.get(name, name) != name:
            out[name] = out[initials[name]]  # "LSE" for "London Stock Exchange"
    for name in names:
        if out[name] == name and (longer := _initialled(words[name], names, words)) is not None:
            out[name] = out[longer]  # "CD Almenara" for "Club Deportivo Almenara"
    return out


def _initialled(short: list[str], names: list[str], words: dict[str, list[str]]) -> str | None:
    """The name whose first words a short form's opening acronym abbreviates, the rest the same ("CD Almenara",
    "Club Deportivo Almenara"; "FC Lorient", "Football Club Lorient"), if the page names one."""
    head, rest = short[0], short[1:]
    if not rest or not (head.isalpha() and head.isupper() and 2 <= len(head) <= 4):
        return None
    k = len(head)
    return next((n for n in names if len(words[n]) == k + len(rest) and words[n][k:] == rest
                 and "".join(w[0] for w in words[n][:k]) == head), None)
