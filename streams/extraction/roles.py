"""Who plays which role, from the sentence's structure: the subject before the trigger is the agent,
the object after it the patient, and prepositions mark agents of passives ("by", "durch", "par",
"por"), sellers ("from", "von"), partners ("with", "mit") and buyers in a sale ("to", "an", "à")."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from streams.extraction.kinds import past_suffix
from streams.extraction.lexicon import Lexicon, is_article
from streams.extraction.organisations import Mention, is_descriptor, is_institution, place_adjective, pronoun_forms
from streams.extraction.triggers import TriggerMatch

MARKER_WINDOW = 45  # characters before a mention in which a preposition marks its role
PATIENT_WORDS = 3  # words from a tie-up cue to the "of" of its pair ("die Fusion von X und Y"); further on, a place
# the venture works in is no pair ("a joint venture to run container terminals in Rotterdam and Antwerp")
BETWEEN_WORDS = 6  # words after a tie-up cue that may hold its "between" ("the merger talks between X and Y",
# "la fusion annoncée en juin entre X et Y", "le partenariat stratégique conclu en 2024 entre X et Y")
MARKER_MAX_WORDS = 4  # words allowed between the preposition and the name ("from the Qatari fund X")
PARTNER_REACH = 60  # characters after a partnership trigger in which the partner must be named
INVERTED_GAP = 3  # words between a fronted "mit"-phrase's name, its verb and the subject after it
PAIR_GAP = 5  # words between a tie-up cue and the third firm a pair anaphor sets it up with ("avec la banque X")
JOINED_WORDS = 6  # words from "and" to the second party of "between X and the rail business of Y"
SHARED_ROLES = {"supplier", "investor"}  # roles several firms fill in one deal (each customer, target: its own)
CONJOINED_WORDS = 4  # words from "and" to a second name joined to the first ("und dem polnischen Hersteller Y")
PASSIVE_REACH = 60  # characters after a trigger within which "by X" / "durch X" names its agent
SINCE_REACH = 200  # characters after a supply cue in which "since", "depuis" tells a supply running from a start
UNIT_REACH = 60  # characters before a name that precedes its verb in which its unit is named ("die Sparte der X")
DESCRIPTION_WORDS = 5  # words of a description before a name ("la gestora canadiense de infraestructuras X")
SUBJECT_GAP = 6  # words from a verb to its subject after it ("que le adjudicó en octubre de 2025 el X")
SUBJECT_DESCRIPTION_WORDS = 3  # words describing a relative clause's own subject ("which the Swiss fund X bought")
DATIVE_DESCRIPTION_WORDS = 3  # words of a description between a dative article and its name ("dem kanadischen Fonds X")
REPORT_REACH = 60  # characters before a clause that hold the verb of saying that opens it
SET_OFF_TYPES = {"ipo"}  # deals of one firm a participle set off after a name tells of that name

# frame -> (role of the agent, role of the patient, role of a source, role of a recipient)
FRAMES = {
    "buy": ("acquirer", "target", "seller", None),
    "sell": ("seller", "target", None, "acquirer"),
    "invest": ("investor", "investee", None, None),
    "hold": ("investor", "investee", None, None),  # "X controla el 60% de Y": a stake held, told by its size
    "order": ("customer", "supplier", "supplier", "supplier"),  # "commande 48 rames à X"
    "supply": ("supplier", None, None, "customer"),
    "award": ("supplier", None, "customer", None),  # "X won a contract from Y"
    # a contract won, by a verb that never gives one ("remporte", "décroche"): a firm after "à" is where the goods go
    # ("remporte un contrat pour la fourniture de frégates à la Marine"), never a sign that the subject gives it
    "win": ("supplier", None, "customer", "customer"),
    "grant": ("customer", "supplier", None, "supplier"),  # "Y awards X a contract", "adjudica a X un contrato"
    "serve": ("supplier", "customer", None, "customer"),  # "X is a supplier to Y", "X beliefert Y"
    # "X rejected an offer from Y": the bidder is the source; "X held talks about a sale to Y": the recipient
    "court": ("target", "acquirer", "acquirer", "acquirer"),
}
COUNTERPART = {"customer": "supplier", "supplier": "customer"}  # the two sides of a contract
GIVEN_FRAMES = {"order", "grant"}  # contract frames whose subject gives the work: its customer
# frames whose customer may be told as the owner of what is serviced ("X has maintained Y's fleet under a support
# contract"); elsewhere the owner of something is neither the object of the deal nor, before the cue, its agent
OWNER_SERVED = {"serve"}
# frames whose passive "by" names someone other than the agent: "X was awarded a contract by Y" (the customer)
PASSIVE_MARKER = {"award": "source", "win": "source"}
# frames whose verb, right after "be", has its subject undergo the deal ("X was sold to Y": X is sold); not those
# told from the target's side or built with "être" in the past ("est entré au capital", "est passé sous")
SUFFERED_FRAMES = {"buy", "sell"}
# frames whose recipient plays a role when named near the verb that has an object, with no comma between ("rachète
# X à Y", "compra a Y su filial X": bought from Y); further off it is someone told ("comunicó a la CNMV que ...")
NEAR_RECIPIENT = {"buy": "seller"}
# a colon or semicolon ends a sentence of its own (for roles, and for what a start date dates); not one inside
# brackets ("X AG (ISIN: DE000...) hat beschlossen")
HARD_BREAK = re.compile(r"[;:]\s(?![^()]*\))")
_SPACES = re.compile(r" +")
_AFTER_COMMA = re.compile(r",\s*(\w+)")  # the word after each comma: a conjunction there opens another clause
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # a comma between clauses, not a decimal one ("9,8 Prozent")
_WORD = re.compile(r"\w+['’]?")  # a word with its elision ("d'", "l'")
_POSSESSED_WORD = re.compile(r"(?:['’]s?|s)?\s+(\w+)")  # the word after a possessive name ("X's ownership")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w'’-])")  # the word right after a name, when one follows
SYMMETRIC_ROLE = {"merger": "party", "partnership": "partner", "joint_venture": "partner"}
SUBJECT_ROLE = {"raise": "investee", "issue": "issuer"}  # frames whose subject is no agent of FRAMES
# words from a relative clause's subject to the partnership cue ("avec qui X travaille depuis 2019 dans le cadre d'un
# partenariat"): the work told before the noun that names the relation
RELATIVE_PARTNER_WORDS = 8
RELATIVE_OPENING_WORDS = 5  # words from a tie-up cue to the relative pronoun of its founding ("d'assurance qu'")
FOUNDER_CLAUSE_WORDS = 12  # words from that pronoun to the founders' companion ("que Y a créée en 2022 avec la banque")
SET_OFF_WORDS = 10  # words of a description set off after a name before a relative clause on it
STAKE_RELATIVE_WORDS = 3  # lower-case words or descriptors between a stake relative's pronoun and its holder's name
# deals a relative clause right after their cue tells, with its parties ("eine Kooperation, die X seit 2021 mit Y
# unterhält", "ein Gemeinschaftsunternehmen, das X und Y 2021 gegründet haben")
RELATIVE_TOLD = frozenset({"joint_venture", "partnership"})
APPOSED_VENTURE_WORDS = 3  # words between a name's comma and a venture cue in apposition to it (", a 50-50 ")


@dataclass(frozen=True)
class Window:
    """The stretch of a sentence that belongs to one trigger: from the previous trigger (or clause
    start) to the next trigger."""

    sentence_start: int
    clause_start: int
    end: int
    shared: int | None = None  # where a clause opens that has the previous clause's subject (`shared_subject`)


@cache
def _marker_res(lex: Lexicon) -> dict[str, re.Pattern]:
    return {role: re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)(?!\s+\d)", re.IGNORECASE)
            for role, words in lex.markers.items()}


def marker(m: Mention, boundary: int, text: str, lex: Lexicon) -> str | None:
    """The role-marking preposition just before a mention (after `boundary`), if any; else the one just before the
    firm's description, however long ("con la gestora canadiense de infraestructuras X"), where nothing stands
    between the two ("fait entrer à son capital le fonds X": "à" governs "son capital")."""
    if (spelled := _spelled_out_start(text, boundary, m, lex)) != m.start:
        m = replace(m, start=spelled)
    attribute = _attribute_start(text, max(boundary, m.start - ATTRIBUTE_WINDOW), m.start, lex)
    if attribute is not None:
        return _gap_marker(text[max(boundary, attribute - MARKER_WINDOW):attribute], lex)
    found = _gap_marker(text[_marker_start(text, boundary, m.start, lex):m.start], lex)
    start = description_start(text, boundary, m.start, lex) if found is None else m.start
    if start < m.start:
        gap = text[max(boundary, start - MARKER_WINDOW):start].rstrip()
        found = _gap_marker(gap + " ", lex)
        if found is not None and not any(hit.end() == len(gap) for hit in _marker_res(lex)[found].finditer(gap)):
            found = None
    return found


def _spelled_out_start(text: str, boundary: int, m: Mention, lex: Lexicon) -> int:
    """ "le Fonds stratégique de souveraineté (FSS) a injecté ...": an acronym in brackets right after the words its
    letters spell (particles aside) stands where those words begin; its role's preposition is read before them, not
    inside them (the "de" of "de souveraineté"). Else the mention's own start."""
    short = text[m.start:m.end]
    if not (len(short) > 1 and short.isupper() and text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"):
        return m.start
    head = text[boundary:m.start - 1]
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", head))
    if not words or head[words[-1].end():].strip():
        return m.start
    letters = ""
    for w in reversed(words):
        low = w.group().lower()
        if low not in lex.name_particles and low not in lex.stopwords:
            letters = w.group()[0].upper() + letters
        if letters == short:
            return boundary + w.start()
        if len(letters) >= len(short):
            break
    return m.start


def _marker_start(text: str, boundary: int, start: int, lex: Lexicon) -> int:
    """Where the text read for a mention's marker starts: MARKER_WINDOW characters before it, or before a member
    phrase that ends there however long its description ("an ein Konsortium aus dem kanadischen Pensionsfonds X":
    the members play the consortium's role, "an")."""
    members = lex.members_re.search(text, max(boundary, start - 2 * MARKER_WINDOW), start)
    return max(boundary, (members.start() if members else start) - MARKER_WINDOW)


ATTRIBUTE_WINDOW = 90  # characters before a mention searched for an extended attribute ("dem an der Nasdaq notierten")


def _attribute_start(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """ "mit dem an der Nasdaq notierten Mantelunternehmen X", "an die im Dax notierte X": where nouns are capitalised,
    an article right before a lowercase word (a preposition, an adverb) opens an attribute that a lowercase participle
    closes before the name (or its descriptor); a preposition inside marks no role, the one before the article does.
    Where the article's phrase begins (its end), else None."""
    if not lex.compound_nouns:
        return None
    words = list(_WORD_SPAN.finditer(text, start, end))
    if len(words) < 4 or any(w.group()[-1:] in ",;:" for w in words):
        return None
    last = len(words) - 1 - (is_descriptor(words[-1].group(), lex) and words[-1].group()[:1].isupper())
    if last < 2 or not words[last].group().islower() or words[last].group() in lex.stopwords:
        return None
    for k in range(last - 2, 0, -1):
        if (words[k].group().islower() and words[k].group() not in lex.determiners
                and words[k - 1].group() in lex.determiners and words[k - 1].group().islower()):
            return words[k - 1].end() + 1
    return None


_WORD_SPAN = re.compile(r"\S+")


def description_start(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where the description of the firm named at `end` begins, its article included: a descriptor with the
    adjectives and complements that follow it where adjectives follow the noun ("la gestora canadiense de
    infraestructuras X", "le spécialiste de l'hydrogène X"), else with up to two lowercase words before it ("the
    pension fund X", "dem kanadischen Pensionsfonds X"); `end` if none. Its words put no distance between a
    preposition or a cue and the name."""
    words = list(_WORD_SPAN.finditer(text, start, end))[-DESCRIPTION_WORDS - 1:]
    if not words or words[-1].end() != end - 1:
        return end
    bare = [_bare(w.group(), lex) for w in words]
    if _place_possessive(words[-1].group(), lex):
        return words[-1].start()  # "invested $40m in Canada's X": the country the firm is of
    if lex.adjectives_follow:
        first = None
        for k in range(len(words) - 1, -1, -1):
            if is_descriptor(bare[k], lex):
                first = k
            elif not _modifier(bare[k], lex) and bare[k] not in lex.connectors | lex.descriptor_links:
                break
        if first is None or bare[first] in lex.connectors:
            return end
    else:
        if not is_descriptor(bare[-1], lex):
            return end
        first = len(words) - 1
        while first > 0 and len(words) - first <= 2 and _modifier(bare[first - 1], lex):
            first -= 1
        if first > 0 and _national(bare[first - 1], lex):
            first -= 1  # "into Canadian payments firm X": a capitalised adjective of a country opens it
    if first > 0 and words[first - 1].group().lower() in lex.determiners and bare[first] == words[first].group():
        first -= 1  # "la", "dem", not the "l'" already inside "l'éditeur"
    return words[first].start()


def _bare(word: str, lex: Lexicon) -> str:
    """A word without its elided article ("l'hydrogène" -> "hydrogène") or a trailing comma, nor the quotes of a
    borrowed word ("la 'startup' sevillana")."""
    elided = lex.elision.match(word)
    word = word[elided.end():] if elided else word
    return word.strip(_QUOTES) if word[:1] in _QUOTES and word[-1:] in _QUOTES and len(word) > 2 else word


_QUOTES = "'\"«»‘’“”"


def _place_possessive(word: str, lex: Lexicon) -> bool:
    """A country or region in the possessive ("Finland's") right before a name: where the firm is from."""
    ending = lex.possessive.search(word)
    return bool(ending and ending.group()) and word[:ending.start()].lower() in lex.places


def _national(word: str, lex: Lexicon) -> bool:
    """A capitalised word the language file lists as never part of a name that is no function word ("Canadian",
    "Dutch", "US"): an adjective of a country before a description."""
    low = word.lower()
    return (word.isalpha() and word[:1].isupper() and low in lex.stopwords and low not in lex.determiners
            and low not in marker_words(lex) and low not in lex.conjunction_words)


@cache
def marker_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the language's role markers (prepositions of agent, recipient, source ...), built once."""
    return frozenset(w for words in lex.markers.values() for w in words)


def _modifier(word: str, lex: Lexicon) -> bool:
    """A lowercase word that can qualify a descriptor ("canadiense", "pension", "kanadischen"), or a compound that
    ends in one ("Vienna-based", "family-owned"): no function word, no deal cue ("bought grocer X")."""
    head, _, last = word.rpartition("-")
    if head and all(part.isalpha() for part in head.split("-")) and last.isalpha() and last.islower():
        return not lex.trigger_re.match(word.lower())  # its last part is no free word ("based" of "based in")
    return word.isalpha() and word.islower() and word not in lex.stopwords and not lex.trigger_re.match(word)


def _held_by(last: list[str], lex: Lexicon) -> bool:
    """Whether the word before a preposition is a noun of what a firm manages ("fonds", "funds"): the preposition
    names the firm that manages them, which plays the role of the marker before them."""
    return bool(last) and last[0].lower() in lex.holder_nouns


def _managed_by(last: list[str], lex: Lexicon) -> bool:
    """Whether the two words before a preposition are a noun of what a firm manages and its participle ("funds
    managed by"): the firm after it plays the role of the marker before the funds."""
    return len(last) == 2 and _held_by(last, lex) and last[1].lower() in lex.holder_participles


def _owner_then(m: Mention, text: str, lex: Lexicon) -> bool:
    """ "Under X's ownership Y bought Z", "Unter Xs Führung kaufte Y": a possessive name before a noun of its time as
    owner tells when the deal happened, X takes no part in it."""
    word = _POSSESSED_WORD.match(text, m.end)
    return m.possessive and word is not None and word.group(1).lower() in lex.ownership_nouns


APPROVER_GAP = 2  # lowercase words between a name and its verb of approval ("X has formally approved the deal")


def _approver(m: Mention, trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """Whether a name after the deal's cue is the subject of a verb of approval right after it ("bought X after the
    Football League approved the deal", "la compra de X después de que la Liga aprobó la operación"): who clears a
    deal takes no part in it; not the parties approving their own deal before its cue ("X and Y approved their
    merger"), nor a firm's organ acting for it ("the board of X approved")."""
    if m.start < trig.end:
        return False
    before = (text[max(0, m.start - MARKER_WINDOW):m.start].rsplit(None, 1) or [""])[0] + " "  # past "of"
    return not (m.possessive or lex.organ_re.search(before)) and approves(text, m.end, lex)


def _backing_board(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a name after a deal's cue owns the organ an offer is backed by ("une offre concurrente, soutenue par le
    conseil d'administration d'X", "a rival bid recommended by the board of X"): a board backs the offer made for its
    own firm, so X is the target; the agent's preposition marks the organ, not a bidder."""
    before = (text[max(0, m.start - 2 * MARKER_WINDOW):m.start].rsplit(None, 1) or [""])[0] + " "  # past "of"
    organ = lex.organ_re.search(before)
    return organ is not None and bool(lex.backing_re.search(before, 0, organ.start()))


def approves(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a verb of approval follows a name that ends at end, with at most APPROVER_GAP lowercase words between
    and no punctuation ("X has formally approved"): that name is the approval's subject."""
    words = _WORD.findall(re.split(r"[,;:.()]", text[end:end + MARKER_WINDOW])[0])
    return any(lex.approval_re.match(" ".join(words[k:])) for k in range(min(len(words), APPROVER_GAP + 1))
               if all(w.islower() for w in words[:k]))


APPOSED_WORDS = 5  # words of an apposition from its article to its participle (", a family company owned by")


def _apposed_backer(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a name ends an apposition's participle phrase (", a company backed by X", ", un fonds géré par la
    société de gestion X", ", una sociedad controlada por X"): X stands behind the firm before the comma, it takes
    no part in the deal."""
    gap = text[max(0, m.start - 2 * MARKER_WINDOW):m.start]
    hit = next(iter(reversed(list(_marker_res(lex)["agent"].finditer(gap)))), None)
    governed = gap[hit.end():].split() if hit else []
    if hit is None or len(governed) > MARKER_MAX_WORDS or not all(w.islower() or is_descriptor(w, lex)
                                                                   for w in governed):
        return False
    words = gap[:hit.start()].rpartition(",")[2].split()
    return (3 <= len(words) <= APPOSED_WORDS and "," in gap[:hit.start()]
            and all(w.isalpha() and (w.islower() or is_descriptor(w, lex)) for w in words)
            and is_article(words[0], lex)
            and any(is_descriptor(w, lex) for w in words[1:-1]) and words[-1].islower()
            and not any(lex.trigger_re.match(w) for w in words))  # "la coentreprise détenue par X et Y": partners


def _held_stake(before: str, lex: Lexicon) -> bool:
    """Whether the words before an agent's preposition are a stake and its participle of holding ("the shares held",
    "les parts détenues", "las acciones poseídas"): the preposition names the stake's holder, no agent."""
    words = before.split()
    return len(words) >= 2 and words[-1].lower() in lex.held_participles and _stake_before(" ".join(words[:-1]), lex)


def _organ_before(gap: str, end: int, lex: Lexicon) -> bool:
    """Whether an organ of a firm ends the gap before a marker ("le conseil de surveillance de X"): X acts through
    it; not an organ noun that completes a unit's noun ("son activité de conseil à Y": the advisory business)."""
    organ = lex.organ_re.search(gap, 0, end)
    before = gap[:organ.start()].split()[-1:] if organ else []
    return organ is not None and not (before and before[0].lower() in lex.partitive)


def _verb_then_article(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after a marker open with a lowercase word and then an article ("to serve the", "to supply
    its"): the marker is an infinitive's, the word its verb (an adjective or a descriptor takes no article after it)."""
    return len(words) >= 2 and words[0].isalpha() and words[0].islower() and words[0] not in lex.determiners and (
        words[0] not in lex.stopwords) and words[1].lower() in lex.determiners


@lru_cache(maxsize=65536)
def _gap_marker(gap: str, lex: Lexicon) -> str | None:
    """The marker ending a gap (cached: every cue of a sentence and every "the company" asks again); after a member
    phrase, that of the consortium ("adjudicó a la UTE formada por X": X receives, "por" names no agent)."""
    members = lex.members_re.search(gap)
    if members is not None:
        return _gap_marker(_definite_consortium(gap[:members.start()], lex), lex)
    best, best_end = None, -1
    for role, pattern in _marker_res(lex).items():
        for hit in pattern.finditer(gap):
            between = gap[hit.end():]
            if "," in between or ":" in between or len(between.split()) > MARKER_MAX_WORDS:
                continue
            words = between.split()
            if len(words) >= 2 and words[-1].lower() in lex.connectors and _named_by_descriptor(
                    " ".join(words[:-1]) + " ", lex):
                words = words[:-2]  # "con Banco del X": the descriptor and its preposition open the name
            if _organ_before(gap, hit.start(), lex):
                continue  # "the board of X agreed": X's organ acts for X
            if _named_by_descriptor(gap[:hit.start()], lex):
                continue  # "Banco del Altiplano": the preposition joins a capitalised noun to the name
            if any(w.lower() in lex.months for w in words):
                continue  # "In June the group agreed": a time, not a role
            if _verb_then_article(words, lex):
                continue  # "will continue to serve the Ministry X": an infinitive's object, no recipient
            if hit.group().strip().lower() in lex.partitive and _held_by(gap[:hit.start()].split()[-1:], lex):
                continue  # "aux fonds de X": X holds the funds that receive, the marker before them tells the role
            if role == "agent" and _managed_by(gap[:hit.start()].split()[-2:], lex):
                continue  # "from funds managed by X": the same, through the manager's participle
            if len(words) >= 2 and _held_by(words[-2:-1], lex) and words[-1].lower() in lex.partitive:
                words = words[:-2]  # "a los fondos de X": the funds' preposition governs no other noun
            if len(words) >= 3 and _managed_by(words[-3:-1], lex) and words[-1].lower() in lex.markers["agent"]:
                words = words[:-3]  # "from funds managed by X": nor does their manager's "by"
            if role == "patient" and words and all(_complement(w, lex) or (
                    w.lower() in lex.markers.get("patient", ()) and 0 < k < len(words) - 1 and _described_before(
                        gap[:hit.start()], lex)) for k, w in enumerate(words)) and not (
                    len(words) == 1 and _people_adjective(words[0], lex)):
                continue  # "avec le groupe de luxe X": "de luxe" completes the description, X stands in apposition;
                # so does a chain of them after a descriptor ("la startup sevillana de rutas de reparto X")
            if any(w.islower() and w in lex.stopwords and w not in lex.determiners and not (
                    w in lex.markers.get("patient", ()) and k + 1 < len(words) and _complement(words[k + 1], lex))
                   for k, w in enumerate(words)):
                continue  # "a decade of expansion for Microsoft": another preposition governs the name
            if lex.compound_nouns and any(w[:1].isupper() and not is_descriptor(w, lex) and not place_adjective(w, lex)
                                          for w in words) and not (
                    is_descriptor(words[-1], lex)):  # "an den New Yorker Finanzinvestor X" is one phrase, and
                # "mit der Bremer X" (a place adjective qualifies the name)
                continue  # "Mit dem Verkauf zieht die Allianz": the phrase ended at its noun
            if role == "recipient" and _stake_before(gap[:hit.start()], lex):
                continue  # "die Mehrheit an X", "80 Prozent an X": what is bought, not who buys
            # "buying the stake held by X": X holds what is bought, its seller
            told = "source" if role == "agent" and _held_stake(gap[:hit.start()], lex) else role
            if hit.end() > best_end or hit.end() == best_end and told == "agent":
                best, best_end = told, hit.end()
    return best


def _described_before(before: str, lex: Lexicon) -> bool:
    """Whether a descriptor, maybe with adjectives after it, ends the words before a preposition ("la 'startup'
    sevillana" before "de rutas de reparto"): the preposition opens the description's complement."""
    for word in reversed(before.split()[-3:]):
        if is_descriptor(_bare(word, lex), lex):
            return True
        if not _modifier(word, lex):
            return False
    return False


def _named_by_descriptor(before: str, lex: Lexicon) -> bool:
    """Whether the word right before a preposition is a capitalised descriptor ("Banco", "Caisse"): with the
    name after it, it forms one name ("Banco del Altiplano"), it governs nothing."""
    last = before.rsplit(None, 1)[-1:]
    return (not lex.compound_nouns and bool(last) and before.endswith(" ") and last[0][:1].isupper()
            and is_descriptor(last[0], lex))  # where every noun is capitalised, the capital proves nothing


def _bracketed(m: Mention, text: str) -> bool:
    """ "La Caisse de placement (CPSL)": a name in brackets is the short name of the one before, no other firm."""
    return text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"


def _complement(word: str, lex: Lexicon) -> bool:
    """A lowercase common noun that completes a description ("luxe" in "le groupe de luxe", "baterías")."""
    word = word.lower().split("'")[-1].split("’")[-1] if "'" in word or "’" in word else word
    return word.islower() and word not in lex.stopwords and not is_descriptor(word, lex)


def _people_adjective(word: str, lex: Lexicon) -> bool:
    """A lone lowercase adjective of a place or a people that stands for the firm named after it ("au capital du
    genevois X", "de l'américain X"): the preposition before it governs the name."""
    word = _bare(word, lex)
    return word.islower() and len(word) >= PEOPLE_ADJECTIVE and word.endswith(lex.demonym_endings or ("\0",))


PEOPLE_ADJECTIVE = 6  # letters of the shortest such adjective read ("breton", "chinois"; not "main", "bain")


def _stake_before(text: str, lex: Lexicon) -> bool:
    """Whether the word before a preposition is a stake ("majority", "Anteil", "Prozent"), maybe the last part of a
    hyphenated compound ("30-Prozent-Beteiligung")."""
    last = text.rsplit(None, 1)[-1:]
    return bool(last) and any(bool(lex.stake_re.match(w) or lex.majority_re.match(w))
                              for w in {last[0], last[0].rsplit("-", 1)[-1]})


def clause_start(text: str, sentence_start: int, trig: TriggerMatch, previous_trigger_end: int,
                 lex: Lexicon) -> int:
    start = max(sentence_start, previous_trigger_end)
    opened = earlier = start
    for hit in lex.clause_break.finditer(text, start, trig.end + 1):  # its lookahead may read the trigger
        if hit.end() <= trig.start:
            if _closes_apposition(text, earlier, opened, hit, lex):
                start, opened = earlier, hit.end()  # "X, controlada por el Estado, y la minera Y firmaron": X too
                continue
            fronted = _fronted_comitative(text[opened:hit.start()], lex) and (
                opened == sentence_start or text[sentence_start:opened].rstrip()[-1:] in (":", ";"))
            earlier = start
            start = start if fronted else hit.end()
            opened = hit.end()
    start = max(start, _reported_opening(text, sentence_start, start, trig, lex))
    if lex.conjunction_re.search(text, start, trig.start):
        return trig.start  # "compró X en 2016 y salió a bolsa en 2019": a second verb, a clause of its own
    return start


APPOSITION_WORDS = 8  # words of a lowercase apposition set off by commas between two coordinated subjects
APPOSED_JOIN_WORDS = 3  # lowercase words (an article, a firm's noun) between the conjunction and the second name


def _closes_apposition(text: str, earlier: int, opened: int, hit: re.Match, lex: Lexicon) -> bool:
    """Whether the comma closes an apposition the comma before opened after a name and a conjunction joins a second
    name after it ("X, controlada por el Estado, y la minera Y firmaron", "X, based in Leeds, and Y signed"): the
    names are the coordinated subjects of one clause, which opens before the first."""
    head, phrase = text[earlier:opened].rstrip(), text[opened:hit.start()]
    if not (opened > earlier and head.endswith(",") and hit.group().strip() == "," and phrase[:1].islower()
            and 0 < len(phrase.split()) <= APPOSITION_WORDS):
        return False
    last = head[:-1].split()[-1:] or [""]
    words = text[hit.end():hit.end() + 80].split()[:APPOSED_JOIN_WORDS + 2]
    if not (last[0][:1].isupper() or last[0].endswith(")")) or not words or (
            words[0].lower() not in lex.conjunction_words):
        return False
    name = next((k for k, w in enumerate(words[1:], 1) if not w.islower()), None)
    return name is not None and words[name][:1].isupper() and all(
        w in lex.determiners or w in lex.trades or is_descriptor(w, lex) for w in words[1:name])


def _fronted_comitative(phrase: str, lex: Lexicon) -> bool:
    """ "Avec le japonais X, elle a créé une coentreprise", "With Y, it formed a venture": a phrase with a comitative
    preposition that opens the sentence or follows its colon, set off by a comma, names the partner of the clause
    that follows it (not "..., con la participación de X, que ya invirtió": a phrase inside the clause)."""
    words = phrase.split()
    return len(words) >= 2 and words[0].lower() in lex.markers.get("comitative", ()) and (
        words[0].lower() not in lex.conjunction_words) and words[-1][:1].isupper()


def reported_clause(text: str, window: Window, lex: Lexicon) -> bool:
    """Whether the trigger's clause is what a verb of saying right before it reports ("after sources said X was
    weighing", "nachdem Bloomberg berichtet hatte, die X erwäge"): it has its own subject, and the speaker, the
    outlet or the firm whose shares moved before it plays no part in the deal."""
    return window.clause_start > window.sentence_start and bool(lex.reported_end_re.search(
        text, max(window.sentence_start, window.clause_start - REPORT_REACH), window.clause_start))


def _reported_opening(text: str, sentence_start: int, start: int, trig: TriggerMatch, lex: Lexicon) -> int:
    """Where the clause a verb of saying reports opens, inside a subordinate clause or after a share move ("X rose
    18% after people familiar with the matter said Y was weighing an offer", "X soared on reports Y ..."): the
    mover and the speaker take no part; -1 elsewhere ("X said the Y acquisition would close in May": the speaker
    may be a party)."""
    opening = -1
    for hit in lex.reporting_re.finditer(text, start, trig.end + 1):
        if hit.end() <= trig.start and (lex.subordinator_word_re.search(text, sentence_start, hit.start())
                                        or lex.price_move_re.search(text, sentence_start, hit.start())):
            opening = hit.end()
    return opening


def clause_end(text: str, trig: TriggerMatch, end: int, lex: Lexicon) -> int:
    """Where the trigger's clause ends (the next clause break), within its window."""
    hit = lex.clause_break.search(text, trig.end, end)
    return hit.start() if hit else end


def coordinated(m: Mention, previous: Mention | None, text: str, lex: Lexicon) -> bool:
    """ "X and Y", "X und Y": Y shares X's role."""
    if previous is None:
        return False
    gap = text[previous.end:m.start].strip(" ,").lower()
    return gap in lex.markers.get("comitative", ()) and len(gap) <= 5


def assign(trig: TriggerMatch, mentions: list[Mention], text: str, window: Window, lex: Lexicon,
           fallback: Mention | None = None) -> list[tuple[Mention, str]]:
    """The (mention, role) pairs a trigger gives, or [] when a needed slot is empty; the firms that make up a
    consortium ("la UTE formada por X y Y") play the role the consortium plays."""
    out = _assign(trig, mentions, text, window, lex, fallback)
    for consortium, members in _consortia(mentions, text, lex.members_re, lex):
        role = next((r for m, r in out if m is consortium), None)
        if role is not None:
            out = [(m, r) for m, r in out if m is not consortium and m not in members] + [(m, role) for m in members]
    for lead, partners in _consortia(mentions, text, lex.teamed_re, lex):  # "au groupe X, associé à Y": both win
        role = next((r for m, r in out if m is lead), None)
        if role is not None:
            out = [(m, r) for m, r in out if m not in partners] + [(m, role) for m in partners]
    return out


def _described_noun(cue: list[str], words: list[str], lex: Lexicon) -> bool:
    """ "des Kölner Versorgers X", "des französischen Rivalen X": only articles, descriptors and adjectives before
    the name; a lowercase word counts as an adjective after an article or another adjective, with an adjective's
    ending (`adjective_endings`), where every noun is capitalised (not "legte der Konzern": a verb)."""
    opened = bool(cue) and cue[-1].lower() in lex.determiners  # "Übernahmeangebot des": the cue holds the article
    for w in words:
        attributive = opened and w.islower() and w.endswith(lex.adjective_endings or "\0")
        if not (w.lower() in lex.determiners or is_descriptor(w, lex) or place_adjective(w, lex) or attributive):
            return False
        opened = w.lower() in lex.determiners or attributive
    return True


def _losing_bidder(m: Mention, trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """ "awarded to X, but put on hold after the losing bidder Y launched a challenge", "Y, the losing bidder": a
    bidder the contract did not go to is no party of it (`losing_bidders`)."""
    before, after = lex.loser_res
    return trig.trigger.type == "contract" and bool(
        before.search(text, max(0, m.start - MARKER_WINDOW), m.start) or after.match(text, m.end))


def _vetoing(m: Mention, text: str, lex: Lexicon) -> bool:
    """ "war am Veto der Bundesregierung gescheitert", "failed after a veto by the cabinet": the body whose veto
    stopped the deal takes no part in it (`vetoes`)."""
    return bool(lex.veto_re.search(text, max(0, m.start - MARKER_WINDOW), m.start))


def _past_opening_conjunction(text: str, start: int, lex: Lexicon) -> int:
    """Where the sentence goes on past a conjunction that opens it ("And Greenbay floated ...", "Et X a fait ...",
    "Und die X feierte ..."): that "and" joins the sentence to the one before and marks no role of the name after."""
    word = _OPENING_WORD.match(text, start)
    return word.end() if word and word.group(1).lower() in lex.conjunction_words else start


def _past_regulator(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a regulator's whole name named between `start` and `end` ends (else `start`): its remit's lowercase
    words ("l'Autorité de la concurrence a contraint X ...") hold no preposition that marks a role of the name after;
    the body itself is no mention of the cue, so it sets no boundary of its own."""
    return max((hit.end() for hit in lex.regulator_re.finditer(text, start, end)), default=start)


_OPENING_WORD = re.compile(r"\s*(\w+)\s+")


def _beneficiary(m: Mention, trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """ "has ordered 40 trucks from X on behalf of the Royal Navy": whom an order's work is done for, right after an
    on-behalf phrase ("pour le compte de", "im Auftrag der"), benefits and plays no part in it (in a service it is
    the customer: "gestiona la red por cuenta de Y")."""
    if trig.trigger.frame not in GIVEN_FRAMES:
        return False
    hit = next(lex.on_behalf_re.finditer(text, max(0, m.start - MARKER_WINDOW), m.start), None)
    return hit is not None and not (trig.start <= hit.start() < trig.end) and all(
        w.lower() in lex.determiners or is_descriptor(w, lex) for w in text[hit.end():m.start].split())


def _sold_itself(trig: TriggerMatch, after: list, fallback: Mention, text: str, lex: Lexicon) -> bool:
    """ "la venta de la empresa a la alemana Y", "the sale of Nordwerk to Y" on Nordwerk's page: a sale noun whose
    object, right after it, is the page's firm and whose buyer follows is the sale of that firm; no subject is left
    out (not a verb: "avait vendu sa filiale X au groupe Y" leaves out the seller)."""
    cue = text[trig.start:trig.end].split()
    return (trig.trigger.frame == "sell" and cue[-1].lower() in lex.markers.get("patient", ()) and bool(after)
            and after[0][1] is None and after[0][0].name == fallback.name
            and any(mk == "recipient" for _, mk in after[1:]))


def _object_itself(trig: TriggerMatch, after: list, fallback: Mention) -> bool:
    """ "Die Familie Hollbach verkauft Lumatec an Y" on Lumatec's page, the subject a person: the page's firm is the
    sale's own object, so it is not the seller left out too (the object is sold, the recipient buys); so in a
    purchase whose buyer its agent names ("hat die Übernahme des Händlers Lumatec durch den Konzern Y untersagt")."""
    other = {"sell": "recipient", "buy": "agent"}.get(trig.trigger.frame)
    return (other is not None and bool(after) and after[0][1] is None and not after[0][0].anaphor
            and after[0][0].name == fallback.name and any(mk == other for _, mk in after[1:]))


def _person_opening(trig: TriggerMatch, window: Window, text: str, lex: Lexicon) -> int | None:
    """Where a person named after a person cue (a family, a founder) that opens the clause ends ("Die Familie
    Hollbach verkauft", "Die Gründerfamilie Hollbach hat X ... verkauft"): that person is the clause's subject."""
    words = list(re.finditer(r"\S+", text[window.clause_start:trig.start]))
    for j in range(1, len(words)):
        head = text[window.clause_start:window.clause_start + words[j - 1].end()]
        cue = lex.person_cue.search(head)
        if not cue or not all(w.lower() in lex.determiners for w in head[:cue.start()].split()):
            continue
        k = j
        while k < len(words) and words[k].group()[:1].isupper() and words[k].group()[-1].isalpha():
            k += 1
        return window.clause_start + words[k - 1].end() if k > j else None
    return None


def _person_subject(trig: TriggerMatch, window: Window, text: str, lex: Lexicon) -> bool:
    """ "Die Familie Hollbach verkauft X an Y": the person before a verb-second verb is its subject, so the firm after
    the verb is its object, not an inverted subject."""
    end = _person_opening(trig, window, text, lex)
    return end is not None and not text[end:trig.start].strip()


def _after_person_subject(pool: list[Mention], trig: TriggerMatch, window: Window, text: str,
                          lex: Lexicon) -> list[Mention]:
    """ "Die Gründerfamilie Hollbach hat die X an Y verkauft": the firms named between a person who opens the clause
    and a verb that comes last are its objects, not its subjects."""
    end = _person_opening(trig, window, text, lex)
    return [m for m in pool if end is not None and end <= m.start < trig.start] if end is not None else []


def _definite_consortium(gap: str, lex: Lexicon) -> str:
    """The words before a member phrase without the consortium's indefinite article ("awarded to a consortium made up
    of X", "to a joint bid by X"): the marker before it marks the members as it does after "the consortium"."""
    words = gap.split(" ")
    tail = [k for k, w in enumerate(words) if w][-2:]
    return " ".join(w for k, w in enumerate(words) if k not in tail or w.lower() not in lex.indefinite_articles)


def _consortia(mentions: list[Mention], text: str, phrases: re.Pattern,
               lex: Lexicon) -> list[tuple[Mention, list[Mention]]]:
    """Each consortium named right before a member phrase ("(UTE) formada por", "consortium made up of"), or firm
    before a phrase of firms teamed with it ("associé à"), with the firms the phrase lists."""
    out = []
    for k in range(1, len(mentions)):
        gap = text[mentions[k - 1].end:mentions[k].start]
        hit = phrases.search(gap)
        if hit is None or gap[:hit.start()].strip(" ),").lower().rstrip(".") not in lex.legal_suffixes | {""}:
            continue  # "die Velmont Bau AG, im Verbund mit Y": the first name's legal suffix is no gap
        members = [mentions[k]]
        for m in mentions[k + 1:]:
            if not _conjoined_name(text[members[-1].end:m.start], lex):
                break
            members.append(m)
        out.append((mentions[k - 1], members))
    return out


def _assign(trig: TriggerMatch, mentions: list[Mention], text: str, window: Window, lex: Lexicon,
            fallback: Mention | None) -> list[tuple[Mention, str]]:
    before, after, previous = [], [], None
    relative = lex.relative_re.search(text, trig.end, window.end)  # "..., dessen Software ..." is not the deal
    own_name = named_before_relative(trig, mentions, relative, text) if trig.trigger.type == "joint_venture" else None
    if relative and (relative.start() == trig.end or own_name) and trig.trigger.type in RELATIVE_TOLD:
        relative = None  # "ein Gemeinschaftsunternehmen, das X und Y 2021 gegründet haben": its founders, its partners
    end = relative.start() if relative else window.end
    # "bought X, which runs Y, from the fund Z": past a relative clause closed by a comma, the preposition after it
    # still marks a party of the deal
    closed = text.find(",", relative.end(), window.end) if relative else -1
    if closed >= 0 and _closed_insert(text[relative.start():text.find(" ", closed + 2, window.end) + 1], lex):
        end = window.end
    for m in mentions:
        if m.start < window.sentence_start or m.start >= end or relative and relative.start() <= m.start < closed:
            continue
        if _beneficiary(m, trig, text, lex) or _vetoing(m, text, lex) or _losing_bidder(m, trig, text, lex) or (
                _apposed_backer(m, text, lex) or _approver(m, trig, text, lex) or _owner_then(m, text, lex)):
            continue
        boundary = previous.end if previous else _past_opening_conjunction(text, window.sentence_start, lex)
        boundary = _past_regulator(text, boundary, m.start, lex)
        if m.start >= trig.end:  # the trigger itself ends any preposition before it ("agreed to buy X")
            boundary = max(boundary, trig.end)
        mk = marker(m, boundary, text, lex)
        if mk == "agent" and m.start >= trig.end and _backing_board(m, text, lex):
            mk = "patient"  # "une offre concurrente ..., soutenue par le conseil d'administration d'X": X is bid for
        if mk == "recipient" and m.start >= trig.end and not after and _stake_before(text[trig.start:trig.end], lex):
            mk = "patient"  # "erwirbt eine Mehrheitsbeteiligung an X": the cue ends in the stake, X is what it is in
        if mk is None and m.start >= trig.end and trig.trigger.frame == "invest" and lex.entry_re.search(
                text, boundary, m.start):
            mk = "patient"  # "Jetzt steigt X beim Softwarehaus Y ein": the firm one enters (`entry_markers`)
        if mk is None and previous is None and m.end <= trig.start and trig.trigger.frame == "invest" and (
                lex.entry_re.match(text, boundary)):
            mk = "patient"  # "Beim Münchner Sensorspezialisten Y steigt X ein": fronted, the phrase opens the sentence
        if mk is None and m.start >= trig.end and not after and _enters_opened_capital(trig, m, text, lex):
            mk = "recipient"  # "X ouvre son capital : le fonds Y y entrera à hauteur de 15 %": Y takes the stake
        if mk is None and m.start >= trig.end and not after and _stake_object(
                trig, text[trig.start:trig.end], text[trig.end:m.start], lex):
            mk = "patient"  # "beteiligt sich mit 20 Prozent an der Kieler X": the cue's preposition governs X
        if mk is None and m.start >= window.clause_start and (given := _dative_role(trig)) and dative(
                m, boundary, text, lex, _subject_before(previous, boundary, text, window, lex)):
            # not another clause's: "gehört dem Fonds X, der die Firma übernommen hatte"
            mk = given  # "hatte der Landkreis X dem Unternehmen den Auftrag erteilt": whom the work goes to; "kauft
            # dem Fonds X die Sparte ab": whom it is bought from
        if m.end <= trig.start and before and before[-1] == (previous, None) and (_repeated_marker(
                text[previous.end:m.start], lex) or _joined_past_insert(previous, m, text, lex)):
            mk = None  # "the boards of X and of Y approved": Y stands where X does, the organ's "of" repeated (maybe
            # past an insert about X: "les conseils de X, basée à Redon, et de la Y")
        if m.end <= trig.start:
            before.append((m, mk))
        elif m.start >= trig.end:
            after.append((m, mk))
        elif (trig.trigger.type == "contract" and trig.start < m.start and not (m.possessive or m.anaphor or after)
              and len(text[trig.start:m.start].split()) == 1):
            after.append((m, "recipient"))  # "awarded X a $1bn contract": the firm right after the cue's verb receives
            # it; not one further in ("handed a contract to build the Oswestry road to X": a place of the work)
        elif trig.trigger.frame == "sell" and mk == "recipient" and trig.start < m.start:
            after.append((m, mk))  # "a cédé au fonds Y sa participation dans X": the buyer inside the stake it sells
        elif trig.trigger.frame == "invest" and m.anaphor and trig.start < m.start < trig.end <= m.end and (
                text[m.start:trig.end].strip().lower() in lex.contracted_articles):
            after.append((m, "patient"))  # "über einen Einstieg beim Netzbetreiber": the cue's "beim" opens the
            # description of the firm entered
        previous = m
    if trig.trigger.frame == "sell":
        before = _stake_sold_to(before, text, lex)
    if window.shared is not None:  # "X bought Y and has since formed a venture with Z": Y takes no part
        before = [(m, mk) for m, mk in before if m.start >= window.shared]
    opened = coordinated_clause(text, window, lex)
    if opened is not None:  # "..., and rival Y snapped up Z": Y is the subject, the first clause's firms play no part
        before = [(m, None if mk == "comitative" and m.start >= opened and marker(m, opened, text, lex) is None else mk)
                  for m, mk in before if mk is None or m.start >= window.clause_start]
    inserted = inserted_clauses(text, window.sentence_start, trig.start, lex)
    before = [(m, mk) for m, mk in before if not any(a <= m.start < b for a, b in inserted)]
    after = [(m, mk) for k, (m, mk) in enumerate(after)
             if not (k and _described(text[after[k - 1][0].end:m.start], lex)
                     and not _closed_insert(text[after[k - 1][0].end:m.start], lex)
                     and not _opening_participle(trig, after[k - 1], window, text))]
    after = _bid_on(trig, after, text, lex)
    # a colon or semicolon ends a sentence of its own ("X ist nicht der erste: Im Frühjahr hatte Y ... abgeblasen")
    own_sentence = max((hit.end() for hit in HARD_BREAK.finditer(text, window.sentence_start, trig.start)),
                       default=window.sentence_start)
    sentence_pool = [m for m, mk in before if mk is None and m.start >= own_sentence] or [
        m for m, mk in before if mk is None]
    reported = reported_clause(text, window, lex)
    # a reported clause with no subject of its own ("después de que X señalara que estudia una oferta") has the
    # speaker's, the last firm before it
    pool = [m for m, mk in before if mk is None and m.start >= window.clause_start] or (
        sentence_pool[-1:] if reported else sentence_pool)
    # not in a clause opened by a comma and a conjunction: it has its own subject ("..., and Y was bought by Z")
    # nor in one opened by a subordinator before its subject ("... secured after X won a contract from Y")
    subordinate = bool(lex.subordinator_re.match(text, window.clause_start)) or reported
    verb_final = not subordinate and opened is None and len(pool) == 1 and len(sentence_pool) > 1 and (
        lex.verb_second or not any(mk in (None, "patient") for _, mk in after) and not _pronoun_after(text, trig, lex)
        and not _pronoun_before(text, trig, window, lex))
    relative = _stake_relative(before, trig, text, window, lex) or _apposed_relative(
        before, text, trig, lex) or _inverted_relative(
        [m for m, _ in before if m.start >= own_sentence], after, text, trig, lex) or _relative_clause(
        pool, sentence_pool, text, window, trig.start, lex) or _work_relative(
        pool, text, trig, lex) or _noun_relative(pool, text, trig, lex) or _governed_antecedent(
        before, after, text, window, trig, lex) or _governed_object(before, pool, text, window, trig, lex)
    if relative is not None:  # "X, which bought Y" (X buys), "X, which Y bought" (Y buys X)
        pool, verb_final = relative, False
        after = _inside_object_relative(relative, after, trig, text)
    if (own := noun_cue_relative(trig, after, text, lex)) is not None:  # "el contrato que X firmó con Y"
        pool, verb_final, before, after = [own], False, [], after[1:]
    antecedent = _antecedent(trig, before, text, lex) or _participle_subject(
        [m for m, _ in before if m.start >= own_sentence], trig, after, text, lex)
    if antecedent is not None:
        pool, verb_final = [antecedent], False
    if before and before[-1][0].latter and before[-1][1] is None:
        pool, verb_final = [before[-1][0]], False  # "con Y para que esta última se hiciera con ...": the latter acts
    if verb_final:
        pool = [sentence_pool[0], pool[0]]  # "2015 hatte der Konzern, der ..., den Zulieferer X übernommen"
    # "des Kölner Versorgers X", "des französischen Rivalen X"
    noun = (lex.compound_nouns and text[trig.start].isupper() and trig.start > window.sentence_start
            and bool(after) and not after[0][0].anaphor
            and _described_noun(text[trig.start:trig.end].split()[-1:], text[trig.end:after[0][0].start].split(), lex))
    # verb-second: "übernimmt die X ...": X is the subject; not after a noun ("folgte die Übernahme des Spezialisten X")
    # not after a possessive ("Ihr größter Kunde ist X") nor in a cue naming a side of a relation ("Zu den Kunden zählt
    # X"): the possessor is the subject the text left out
    left_out = bool(lex.relation_noun_re.search(text, trig.start, trig.end))
    inverted = (lex.verb_second and not noun and trig.trigger.frame in FRAMES and any(mk is None for _, mk in after)
                and not (lex.possessive_cue_re.search(text, window.clause_start, trig.start)
                         and not _subject_marked(trig, text, lex)) and not left_out
                and not _person_subject(trig, window, text, lex))
    if inverted and reported and all(m.start < window.clause_start for m in pool):
        pool = []  # "wie die Agentur X berichtete, prüft die Y eine Übernahme": the subject follows the verb
    fronted = _fronted_object(pool, after, text, window, trig, lex) or (_awarded_before_colon(
        trig, pool, before, after, (window.sentence_start, own_sentence), text, lex)) or _doubled_object(
        before, after, text, window, trig, lex) or _cue_object_subject(pool, after, text, window, trig, lex) or (
        _subject_after_pronoun(before, after, text, window, trig, lex)) or _infinitive_object(
        pool, before, after, text, window, trig, lex)
    if fronted is not None:  # "Den Autobauer X beliefert das Unternehmen": the subject follows the verb
        pool, after = fronted
    if pool and (blocked := lex.blocker_re.search(text, max(pool[-1].end, window.sentence_start), trig.start)):
        # "the cabinet vetoed the purchase of X by Y": who stops a deal takes no part in it; "the CMA blocked its
        # takeover of Y": the possessor, the firm the sentence is about, is the buyer left out
        pool = []
        fallback = fallback if lex.possessive_cue_re.search(text, blocked.end(), trig.start) else None
    if pool and (objects := _after_person_subject(pool, trig, window, text, lex)):
        pool, after, verb_final = [m for m in pool if m not in objects], [(m, None) for m in objects] + after, False
        fallback = None  # the person is the subject: no firm left out
    if not pool and fallback is not None and not inverted and not _sold_itself(trig, after, fallback, text, lex) and (
            not _object_itself(trig, after, fallback)) and not _sides_after(trig, after, text, noun):
        pool = [fallback]  # a subject the language leaves out ("en 2022 compró la firma X"): the page's firm; not
        # where the cue names both sides after it ("la opa de X sobre Y", "la compra de Y por X")
    kind = trig.trigger.type
    if kind in SYMMETRIC_ROLE:
        before = _past_apposition(before, text, trig, lex)
        gap = text[trig.end:after[0][0].start] if after else ""
        if after and (after[0][1] == "source" and _genitive(gap, lex)
                      or after[0][1] is None and gap.strip().lower() in lex.genitive_articles):
            after = [(after[0][0], "patient"), *after[1:]]  # "die Fusion von X und Y", "aus der Fusion der X mit der Y"
        if kind == "joint_venture":  # "formed X, a joint venture": X is the venture, not one of its partners
            apposed = [m for m, mk in before if mk != "comitative" and venture_apposed(text[m.end:trig.start], lex)]
            before = [(m, mk) for m, mk in before if m not in apposed]
            # "X, the joint venture Y formed with Z": the venture named before, the name after founds it
            if after and after[0][1] is None and (not apposed and venture_named_after(trig, after[0][0], text, lex)
                                                  or after[0][0] is own_name):
                after = after[1:]  # "creó con Y una sociedad conjunta al 50 %, X": X is the venture
        if partners := _venture_holders(trig, mentions, window, text, lex) or _relative_founders(
                trig, before, after, window, text, lex) or _relative_partners(
                trig, before, text, lex) or _topic_relative_partner(
                trig, before, window, text, lex, fallback) or _apposed_relation(trig, before, after, window, text, lex):
            # "Stripe, which X has worked with since 2023"
            return [(m, SYMMETRIC_ROLE[kind]) for m in partners]
        return _symmetric(trig, before, after, window, SYMMETRIC_ROLE[kind], text, lex, fallback) or [
            (m, SYMMETRIC_ROLE[kind]) for m in _apposed_partner(trig, before, after, text, lex)
            or _agent_and_companion(trig, after) or _tied_by_pronoun(trig, after, text, lex, fallback)]
    if kind == "ipo":
        return _issuer(trig, pool, before, after, text, lex, fallback)
    if trig.trigger.frame == "raise":
        return _raise(trig, pool, [(m, mk) for m, mk in before if m.start >= window.clause_start], after, text, lex,
                      fallback)
    if inverted and not pool and _subject_after(trig, after, text, lex):
        pool, after = [after[0][0]], after[1:]  # "Seit 2021 investiert die Nordbank in X": no other object after it
    clause = [m for m, mk in before if mk is None and m.start >= window.clause_start] or (pool if left_out else [])
    if verb_final:
        after = [(m, mk) for m, mk in after if mk not in (None, "patient")]
    pool = [m for m in pool if not m.pair]  # "both companies" buy nothing from each other
    if kind == "contract" and (owned := _possessor_supplies(trig, pool, after, text, lex, fallback)
                               or _picked_possession(trig, pool, after, text, lex, fallback)
                               or _contract_between(trig, after, text, lex)):
        return owned
    if trig.trigger.offtake and (taken := _taken_from_page_firm(pool, after, fallback)):
        return taken
    after = _given_to_pronoun(trig, after, text, window, lex)
    return _directed(trig, pool, clause, before, after, text, lex, *voice(trig, text, window, lex))


def _given_to_pronoun(trig: TriggerMatch, after: list, text: str, window: Window, lex: Lexicon) -> list:
    """ "el Ministerio le adjudicó un contrato para las autovías de Castilla-La Mancha", "the Air Force awarded it a
    contract to upgrade the radars of its fleet": a giving verb whose recipient is a pronoun gives the work to that
    pronoun (`discourse.pronoun_object` finds whom it stands for); a name after the verb that no recipient's marker
    introduces is where the work is done or what it is done on, no supplier ("le adjudicó a X el contrato" keeps X).
    Not an article read as a pronoun ("aprobó la adjudicación del contrato a la UTE formada por X")."""
    if trig.trigger.frame != "grant":
        return after
    told = lex.recipient_pronoun_res[0].search(text, window.clause_start, trig.start)
    if not (told and told.group().split()[0].lower() not in lex.determiners
            or lex.recipient_pronoun_res[1].match(text, trig.end)):
        return after
    return [(m, mk) for m, mk in after if mk not in (None, "patient")]


def _possessor_supplies(trig: TriggerMatch, pool: list[Mention], after: list, text: str, lex: Lexicon,
                        fallback: Mention | None) -> list[tuple[Mention, str]]:
    """ "X, one of its largest customers", "X figure parmi ses clients", "X utiliza su tecnología desde 2021": a
    possessive inside a contract cue owns its noun (the customers, the technology) and is the supplier, the firm
    the discourse is at (`fallback`); the firm named before the cue, none after it, is the customer when only a
    comma, a verb of belonging or a relative pronoun stands between them ("X, which has bought its sauces since
    2018"; not "X lost one of its customers": X's own)."""
    if (fallback is None or len(pool) != 1 or pool[0].possessive or pool[0].name in (None, fallback.name)
            or after or not (lex.member_gap_re.fullmatch(text, pool[0].end, trig.start)
                             or lex.relative_re.fullmatch(text[pool[0].end:trig.start].rstrip()))
            or not lex.possessive_re.search(text, trig.start, trig.end)):
        return []
    return [(pool[0], "customer"), (fallback, "supplier")]


def _picked_possession(trig: TriggerMatch, pool: list[Mention], after: list, text: str, lex: Lexicon,
                       fallback: Mention | None) -> list[tuple[Mention, str]]:
    """ "The stock rose after the company said Y had picked its platform under a five-year contract": a buyer that
    chooses a possession ("its platform") and no firm named after it chooses the firm the discourse is at, which
    supplies it; Y, the one firm before the verb, is the customer."""
    if (trig.trigger.frame != "grant" or fallback is None or len(pool) != 1 or pool[0].possessive
            or pool[0].name in (None, fallback.name) or any(m.name for m, _ in after)):
        return []
    return [(pool[0], "customer"), (fallback, "supplier")] if lex.possessive_re.match(
        text, trig.end + 1) else []


def _contract_between(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> list[tuple[Mention, str]]:
    """ "The council voted to approve a supply agreement between X and Y", "un contrat de fourniture entre X et Y":
    a contract's two sides named after "between" are its parties, whoever signs or approves it before the cue; the
    one named first the customer (the buyer or the public body the news is about comes first)."""
    if len(after) < 2:
        return []
    first, second = after[0][0], after[1][0]
    gap = text[trig.end:first.start].split()
    at = next((k for k in range(len(gap) - 1, -1, -1) if gap[k].lower() in lex.between_words), None)
    if at is None or at >= BETWEEN_WORDS or len(gap) - at - 1 > DESCRIPTION_WORDS or not all(
            w.islower() for w in gap[at + 1:]) or not (_joined(second, first, text, lex)
                                                       or _named_with(first, second, text, lex)):
        return []  # "between the utility X and Y": a description may stand before the first name
    return [(first, "customer"), (second, "supplier")]


def _taken_from_page_firm(pool: list[Mention], after: list, fallback: Mention | None) -> list[tuple[Mention, str]]:
    """ "Der Windpark Hochfeld der X geht ans Netz. Die Stadtwerke Y nehmen 40 Prozent des Stroms ab": a customer
    taking a share of the output, no producer named after it, takes it from the firm the discourse is at."""
    if (fallback is None or len(pool) != 1 or pool[0].possessive or pool[0].name in (None, fallback.name)
            or any(m.name for m, _ in after)):
        return []
    return [(pool[0], "customer"), (fallback, "supplier")]


def _fronted_object(pool: list[Mention], after: list, text: str, window: Window, trig: TriggerMatch,
                    lex: Lexicon) -> tuple[list[Mention], list] | None:
    """Subject and object where an object article opens the clause with a firm ("Den Autobauer X beliefert das
    Unternehmen", "Den Rivalen X hat der Konzern gekauft"): the firm with no preposition after it (after the verb,
    or before a verb that comes last) is the subject, the fronted firm the object; None where no article opens it."""
    if not lex.object_articles or not pool or pool[0].start < window.clause_start:
        return None
    m = pool[0]
    words = text[window.clause_start:m.start].replace(",", " ").split()
    if lex.relative_re.match(", " + " ".join(words)):
        return None  # "X, den die Y AG übernommen hatte": the article is a relative pronoun, the clause is read above
    if not words or words[0].lower() not in lex.object_articles or not all(
            w.lower() in lex.determiners or _modifier(w.lower(), lex) or is_descriptor(w, lex) for w in words[1:]):
        return None
    if len(pool) == 2:  # the verb last: "Den Rivalen X hat der Konzern im Mai gekauft"
        return [pool[1], m], after
    gap = [w for w in text[m.end:trig.start].replace(",", " ").split() if w.lower().rstrip(".") not in
           lex.legal_suffixes]
    if len(pool) != 1 or gap or not after or after[0][1] is not None:
        return None
    subject = text[trig.end:after[0][0].start].split()
    if subject and subject[0].lower() in lex.object_articles:
        return None  # "Den X beliefert seit 2019 den Y": no subject after the verb
    return [after[0][0]], [(m, None), *after[1:]]


def _infinitive_object(pool: list[Mention], before: list, after: list, text: str, window: Window, trig: TriggerMatch,
                       lex: Lexicon) -> tuple[list[Mention], list] | None:
    """ "Der Versuch, den Wettbewerber X zu übernehmen, war gescheitert", "Y hatte angekündigt, X für 650 Millionen
    Euro von der Familienholding Z zu kaufen": where an infinitive closes its clause, the firm that opens the clause
    (after nothing but an object article and its description) is its object, a firm after "von" the one it is
    bought from; the subject is the firm named before the clause, else left out (the firm the page tells of). None
    elsewhere."""
    if not lex.object_articles or not pool or after or pool[0].start < window.clause_start:
        return None
    link = max(text.rfind(" ", window.clause_start, trig.start - 1), window.clause_start)
    if not lex.infinitive_link_re.fullmatch(text, link, trig.start):
        return None
    m = pool[0]
    words = text[window.clause_start:m.start].replace(",", " ").split()
    if words and (words[0].lower() not in lex.object_articles or not all(
            w.lower() in lex.determiners or _modifier(w.lower(), lex) or is_descriptor(w, lex) for w in words[1:])):
        return None
    sources = lex.markers.get("source", ())
    if any(not set(text[p.end:r.start].lower().split()) & set(sources) for p, r in zip(pool, pool[1:], strict=False)):
        return None  # a second firm with no "von" before it: not the one it is bought from
    subject = next((b for b, mk in before if mk is None and b.end <= window.clause_start), None)
    return [subject] if subject else [], [(m, "patient"), *[(r, "source") for r in pool[1:]]]


def _doubled_object(before: list, after: list, text: str, window: Window, trig: TriggerMatch,
                    lex: Lexicon) -> tuple[list[Mention], list] | None:
    """ "A Rastro, el portal valenciano, lo ha comprado la alemana Y", "A X la adquirió Y en 2019": a firm an object
    marker opens the sentence with, taken up by an object pronoun right before the verb, is the verb's object; the
    firm right after the verb, unmarked, its subject. None elsewhere."""
    if not lex.object_markers or not after or after[0][1] is not None or not before:
        return None
    m = before[0][0]
    if not _object_marked(text[window.sentence_start:m.start], lex) or any(mk is None for _, mk in before[1:]):
        return None
    if not lex.object_pronoun_res[0].search(text, m.end, trig.start):
        return None
    return [after[0][0]], [(m, None), *after[1:]]


def _dative_role(trig: TriggerMatch) -> str | None:
    """The marker a dative stands for in a cue's frame: whom it gives to where the frame has a recipient, else whom
    it takes from ("abkaufen": the seller)."""
    _, _, source, recipient = FRAMES.get(trig.trigger.frame, (None,) * 4)
    return "recipient" if recipient else "source" if source else None


def _subject_before(previous: Mention | None, boundary: int, text: str, window: Window, lex: Lexicon) -> bool:
    """Whether the firm right before a mention is its sentence's subject: named just before (its end the mention's
    boundary) in a sentence that no object article opens ("Die Behörde X hat der Y GmbH ...", not "Den Logistiker
    X hat der Konzern gekauft": a fronted object, the subject after the verb)."""
    opening = text[window.sentence_start:previous.start].split()[:1] if previous is not None else []
    return bool(previous is not None and boundary == previous.end
                and not (opening and opening[0].lower() in lex.object_articles))


def dative(m: Mention, boundary: int, text: str, lex: Lexicon, after_firm: bool = False) -> bool:
    """ "hatte der Landkreis X dem Unternehmen erteilt", "hat dem Bauunternehmen Y den Auftrag erteilt": a dative
    article before the firm and up to two words of its description, with a firm, a verb or an auxiliary before it
    (no preposition: not "bei dem", "nach dem"; not the sentence's first word), marks whom the deal gives to."""
    if not lex.dative_articles:
        return False
    spans = list(_WORD_SPAN.finditer(text, max(boundary, m.start - MARKER_WINDOW), m.start))
    if m.anaphor:  # "dem Unternehmen": the article opens the description itself
        spans += list(_WORD_SPAN.finditer(text, m.start, m.end))[:1]
    k = len(spans)
    articles = lex.dative_articles | lex.subject_dative_articles
    while k and len(spans) - k < DATIVE_DESCRIPTION_WORDS and (word := spans[k - 1].group()).lower() not in (
            articles) and (word[:1].isupper() or _modifier(word, lex)):
        k -= 1  # "dem Netzbetreiber X", "dem kanadischen Pensionsfonds X"
    if not k or spans[k - 1].group().lower() not in articles:
        return False
    if spans[k - 1].group().lower() not in lex.dative_articles:  # "der": a dative only right after a named subject
        gap = text[boundary:spans[k - 1].start()].split()  # and its auxiliary ("Die Behörde X hat der Y GmbH ...")
        return after_firm and len(gap) == 1 and gap[0].lower() in lex.perfect_auxiliaries
    before = text[max(0, spans[k - 1].start() - MARKER_WINDOW):spans[k - 1].start()].split()
    if not before or before[-1][-1:] in ".!?:;\"„“":
        return False  # opening its sentence: "Dem Dienstleister war gekündigt worden" gives nothing
    word = before[-1].lower()
    return word not in lex.stopwords or word in lex.perfect_auxiliaries


def _awarded_before_colon(trig: TriggerMatch, pool: list[Mention], before: list, after: list,
                          part: tuple[int, int], text: str, lex: Lexicon) -> tuple[list[Mention], list] | None:
    """ "Die Stadtwerke haben einen Auftrag vergeben: Für 34 Mio. Euro liefert der Hersteller Y 40 Busse": a
    supplier's verb second in the part after a colon, its subject after it and no firm before it in that part, has
    the firm before the colon as its customer where that firm gave work there and that part names no customer;
    else the firm before the colon plays no part. None elsewhere."""
    agent, _, source, recipient = FRAMES.get(trig.trigger.frame, (None,) * 4)
    customer = "source" if source == "customer" else "recipient" if recipient == "customer" else None
    sentence_start, own_sentence = part  # the sentence, and where its part after the colon opens
    if (not lex.verb_second or agent != "supplier" or customer is None or len(pool) != 1
            or pool[0].start >= own_sentence or any(m.start >= own_sentence for m, _ in before)
            or not _subject_after(trig, after, text, lex)):
        return None
    if any(mk == customer for _, mk in after[1:]) or not _given_before(text, sentence_start, own_sentence, lex):
        return [after[0][0]], after[1:]  # "Bilanz: Ab Mai liefert X Strom an Y": the firm before gave no work
    return [after[0][0]], [(pool[0], customer), *after[1:]]


def _given_before(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a cue of a contract its subject gives (an order, an award: "hat einen Auftrag vergeben") stands
    between start and end."""
    cues = [lex.triggers[int(group[1:])] for hit in lex.trigger_re.finditer(text, start, end)
            for group, found in hit.groupdict().items() if found]
    return any(cue.type == "contract" and cue.frame in GIVEN_FRAMES for cue in cues)


def _subject_marked(trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """ "Sein Netzgeschäft verkauft der Versorger X": a subject article right after a verb (lowercase, no noun)
    opens its subject; the possessive before the verb opens the object, it stands for no subject left out."""
    word = _NEXT_WORD.match(text, trig.end)
    return text[trig.start].islower() and word is not None and word[1].lower() in lex.subject_articles


def _subject_after(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> bool:
    """Whether the firm right after a verb-second verb, with only an article or a description between, is its
    subject: no other firm after it goes without a preposition ("Seit 2021 investiert die Nordbank AG in X"), so it
    is no object the inversion would take from two. After a cue fronted with an object article, past its complement
    and the finite verb ("Den Auftrag über 23 Mio. Euro hatte X im August an Y vergeben", "Den Zuschlag vergab der
    Landkreis X an Y")."""
    fronted = _fronted_cue(trig, text, lex)
    if not (text[trig.start].islower() or fronted) or not after or after[0][1] is not None or any(
            mk is None for _, mk in after[1:]):
        return False  # "Ein Verkauf des Herstellers an X": a noun, its genitive no subject
    gap = _without_start(text[trig.end:after[0][0].start].split(), lex)
    return all(w.lower() in lex.determiners or _modifier(w, lex) or is_descriptor(w, lex)
               for w in _past_fronted_complement(gap, fronted, lex)) or fronted and _verb_then_subject(gap, lex)


def _without_start(gap: list[str], lex: Lexicon) -> list[str]:
    """The words after a verb without the start it names first ("participa desde 2023 el fondo X"): a year after
    a word of a start stands between a verb and its subject as an adverb does."""
    if len(gap) > 1 and gap[1].isdigit() and lex.since_re.search(gap[0] + " "):
        return gap[2:]
    return gap


def _past_fronted_complement(gap: list[str], fronted: bool, lex: Lexicon) -> list[str]:
    """The words after the auxiliary of a fronted cue, whose complement comes before it ("Einen Rahmenvertrag über
    120 Millionen Euro hat die X ... unterzeichnet": the subject follows "hat"); the whole gap elsewhere."""
    aux = next((k for k in range(len(gap) - 1, -1, -1) if gap[k].lower() in lex.perfect_auxiliaries), None)
    return gap[aux + 1:] if aux is not None and fronted else gap


def _verb_then_subject(words: list[str], lex: Lexicon) -> bool:
    """Whether words before a firm end in a finite verb (an auxiliary, or a lowercase word that is no preposition)
    and the firm's article and description ("hatte der Rosenheimer Maschinenbauer"): the firm is the verb's
    subject, inverted after it; a time between them is passed over ("hatte im Mai der Landkreis X")."""
    k = len(words)
    while k and words[k - 1].lower() not in lex.perfect_auxiliaries:
        if k >= 2 and _time_word(words[k - 1], lex):
            k -= 2  # "im Mai", "am Montag": a preposition and its time
        elif words[k - 1].lower() in lex.determiners or _modifier(words[k - 1], lex) or words[k - 1][:1].isupper():
            k -= 1
        else:
            break
    verb = words[k - 1] if k else ""
    return verb.isalpha() and verb.islower() and (verb not in lex.stopwords or verb in lex.perfect_auxiliaries)


def _time_word(word: str, lex: Lexicon) -> bool:
    """A month, a weekday or a year."""
    low = word.strip(",.").lower()
    return low in lex.months or low in lex.weekdays or (low.isdigit() and len(low) == 4)


def _fronted_cue(trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """ "Den Zuschlag erhielt X", "Einen Liefervertrag mit X hatte Y gekündigt": a cue that opens with an object
    article, or stands right after one, is the fronted object of the verb after it, whose subject follows that verb;
    the article opens the sentence, capitalised (not "hatte das Amt den Verkauf an X untersagt"); an adjective may
    stand between ("Den größten Auftrag der Firmengeschichte hatte ...")."""
    article = text[trig.start:trig.end].split()[0]
    if article.lower() not in lex.object_articles:
        before = text[max(0, trig.start - MARKER_WINDOW):trig.start].split() or [""]
        if len(before) > 1 and before[-1].isalpha() and before[-1].islower() and before[-1] not in lex.stopwords:
            before.pop()  # the adjective
        article = before[-1]
    return article.lower() in lex.object_articles and article[:1].isupper()


def _cue_object_subject(pool: list[Mention], after: list, text: str, window: Window, trig: TriggerMatch,
                        lex: Lexicon) -> tuple[list[Mention], list] | None:
    """ "Einen Liefervertrag mit X hatte Y im Juli gekündigt": a fronted cue that opens its clause names its
    counterpart inside it; the next firm, after the verb and only an article, is the subject. None elsewhere."""
    if pool or len(after) != 2 or any(mk is not None for _, mk in after) or not _fronted_cue(trig, text, lex):
        return None
    inside = text[trig.end:after[0][0].start].split()
    if text[window.clause_start:trig.start].split()[1:] or not all(
            w.lower() in lex.determiners or is_descriptor(w, lex) for w in inside):
        return None
    gap = [w for w in text[after[0][0].end:after[1][0].start].split()
           if w.lower().rstrip(".") not in lex.legal_suffixes]
    if len(gap) != 2 or not gap[0].islower() or gap[1].lower() not in lex.determiners:
        return None  # the verb and the subject's article ("hatte die")
    return [after[1][0]], [after[0]]


def _subject_after_pronoun(before: list, after: list, text: str, window: Window, trig: TriggerMatch,
                           lex: Lexicon) -> tuple[list[Mention], list] | None:
    """ "un contrato que le adjudicó en octubre el Administrador X", "le marché que lui a attribué la DGA": a verb
    whose recipient is a pronoun before it, no subject before it in its clause, has its subject right after it (a
    date and an article between); not where the language keeps the subject first."""
    if not lex.subject_after_verb or not after or after[0][1] is not None or any(
            mk is None and m.start >= window.clause_start for m, mk in before) or not lex.recipient_pronoun_res[
            0].search(text, window.clause_start, trig.start):
        return None  # a recipient pronoun: an object one may be an article ("depuis le rachat du réseau X")
    gap = text[trig.end:after[0][0].start].split()
    if len(gap) > SUBJECT_GAP or any(w.lower() in lex.determiners and not _dated_article(gap[k + 1:], lex)
                                     for k, w in enumerate(gap[:-1])) or not all(
            w.isalnum() and (w.islower() or w.isdigit()) for w in gap):
        return None  # "que le adjudicó en octubre (de 2025) (el) X", "se lo adjudicó el pasado martes el X"; not
        # "que le vendió su filial X"
    return [after[0][0]], after[1:]


def _dated_article(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after an article are a day or a year ("el 3 de marzo", "el pasado martes", "el martes"),
    not the object the verb gives ("su filial")."""
    return words[0].isdigit() or any(_time_word(w, lex) for w in words[:2])


def voice(trig: TriggerMatch, text: str, window: Window, lex: Lexicon) -> tuple[bool, bool]:
    """Whether the trigger's clause is passive ("was acquired by", a verb-second language's verb last with its
    auxiliary after it: "der von X übernommen wurde"), and whether its subject undergoes the deal
    ("X was sold to Y": a buy or sell verb right after "be", not a progressive "is buying")."""
    # the auxiliary before the verb, or right after it where the verb comes last ("vom Konzern X übernommen worden")
    passive = bool(lex.passive_re.search(text, window.clause_start, trig.start) or (
        lex.verb_second and (space := _SPACES.match(text, trig.end)) and lex.passive_re.match(text, space.end())))
    suffered = trig.trigger.frame in SUFFERED_FRAMES and bool(
        lex.suffered_re.search(text, window.clause_start, trig.start)) and not (
        text[trig.start:trig.end].split()[0].lower().endswith(lex.progressive_endings))
    return passive, suffered


def _pronoun_after(text: str, trig: TriggerMatch, lex: Lexicon) -> bool:
    """Whether a pronoun object or recipient follows the verb ("has awarded it a contract"): the verb has its
    object, it does not close the sentence."""
    return any(res[1].match(text, trig.end) for res in (lex.object_pronoun_res, lex.recipient_pronoun_res))


def _pronoun_before(text: str, trig: TriggerMatch, window: Window, lex: Lexicon) -> bool:
    """Whether a pronoun object or recipient stands before the verb in its clause ("X a annoncé que la SNCF lui
    avait confié la fourniture"): the name before the pronoun is the verb's subject, the name before it no
    subject of a verb that comes last."""
    return any(res[0].search(text, window.clause_start, trig.start)
               for res in (lex.object_pronoun_res, lex.recipient_pronoun_res))


def _closed_insert(gap: str, lex: Lexicon) -> bool:
    """ ", con 410 megavatios en Aragón, al fondo ", ", which runs two plants, from ": an insert set off by two
    commas right after a name, closed right before the preposition that marks the firm named next (its seller or
    buyer), not one of the insert's own words."""
    parts = gap.split(",")
    return len(parts) == 3 and not parts[0].strip() and len(parts[2].split()) <= MARKER_MAX_WORDS and (
        _gap_marker(parts[2].lstrip() if parts[2].endswith(" ") else parts[2] + " ", lex) in ("source", "recipient"))


_FIRST_WORD = re.compile(r"(\w+)\s")


def coordinated_clause(text: str, window: Window, lex: Lexicon) -> int | None:
    """Where a clause opened by a comma and a conjunction ("..., and rival Y bought Z", "..., et le géant Y a
    racheté Z") goes on after its conjunction; None for a clause opened otherwise. A firm named there with no other
    preposition is the clause's subject, not one coordinated with the firm before the comma."""
    start = window.clause_start
    if start <= window.sentence_start:  # no clause before it (most cues): the word after is not read
        return None
    word = _FIRST_WORD.match(text[start:start + 20])
    if word is None or word.group(1).lower() not in lex.conjunction_words:
        return None
    before = text[window.sentence_start:start].rstrip()
    return start + word.end() if before.endswith(",") and not _seat_closed(before[:-1], lex) else None


def _seat_closed(before: str, lex: Lexicon) -> bool:
    """ "X, con sede en Monterrey, y la capitalina Y anunciaron": the comma closes an insert that tells where the
    firm before it sits, so the conjunction after it joins a second firm to the first, no new clause."""
    insert = before[before.rfind(",") + 1:] if "," in before else ""
    return any(lex.origin_re.search(insert, 0, k + 1) for k, c in enumerate(insert) if c == " ")


def shared_subject(text: str, window: Window, trig: TriggerMatch, mentions: list[Mention], lex: Lexicon) -> int | None:
    """Where a conjunction after the previous verb's object opens a clause that names no subject of its own ("X
    bought Y and has since formed a venture with Z", "compró Y y desde entonces ha creado", "kaufte X die Y und hat
    seither mit Z ... gegründet"): its subject is the first clause's, the firms before the conjunction are none of
    its deal's. None where no such conjunction stands between the window's start and the trigger."""
    if window.clause_start <= window.sentence_start:
        return None
    words = list(_WORD.finditer(text, window.clause_start, trig.start))
    named = [m for m in mentions if window.clause_start <= m.start < trig.start]
    for k in range(len(words) - 1, 0, -1):
        if words[k].group().lower() not in lex.conjunction_words:
            continue
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if (not nxt.islower() or nxt in lex.determiners or nxt in marker_words(lex)  # "y a JP Morgan": two names
                or not any(m.end <= words[k].start() and len(text[m.end:words[k].start()].split()) <= 1
                           for m in named)  # the object right before it ("d'ores et déjà" joins no clauses)
                or any(m.start >= words[k].end() and marker(m, words[k].end(), text, lex) is None for m in named)):
            return None
        return words[k].end()
    return None


def subject(trig: TriggerMatch, pairs: list[tuple[Mention, str]]) -> Mention | None:
    """The firm a trigger's deal has for its clause's subject: its agent, a raising firm, a partner."""
    role = SYMMETRIC_ROLE.get(trig.trigger.type) or SUBJECT_ROLE.get(trig.trigger.frame) or FRAMES.get(
        trig.trigger.frame, (None,))[0]
    return next((m for m, r in pairs if r == role and m.name), None)


def inserted_clauses(text: str, start: int, verb: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Relative clauses closed before the verb ("3G, which controls X through Y, bought Z"): the firms
    named inside them are neither its subject nor its object."""
    out = []
    for opener in lex.relative_re.finditer(text, start, verb):
        close = text.find(",", opener.end(), verb)
        if close != -1:
            out.append((opener.end(), close))
    return out + _passive_inserts(text, start, verb, lex)


def _suffix_set_off(gap: str, lex: Lexicon) -> bool:
    """Whether only a name's legal suffix set off by commas stands before the marker that ends a gap ("VetSur, S.L. a
    Y"): the marker follows the name as closely as with no suffix."""
    words = gap.replace(",", " ").split()
    return len(words) > 1 and "," in gap and all(w.lower().rstrip(".") in lex.legal_suffixes for w in words[:-1])


def _passive_inserts(text: str, start: int, verb: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Participle phrases with their agent set off by two commas before the verb ("Atalaya, participada en un 20% por
    el fondo Y, colabora con Z", "X, controlled by Y, bought Z"): Y owns the subject, it takes no part in the verb's
    deal."""
    out = []
    agents = lex.markers.get("agent", ())
    for comma in re.finditer(r",\s+", text[start:verb]):
        opened = start + comma.end()
        close = text.find(",", opened, verb)
        words = text[opened:close].split() if close != -1 and not any(c in text[opened:close] for c in ";:") else []
        named = text[start:start + comma.start()].split()[-1:]  # the name the phrase is set off after
        if (named and named[0][:1].isupper() and len(words) >= 3 and words[0].isalpha() and words[0].islower()
                and words[0] not in lex.stopwords and any(w.lower() in agents for w in words[1:])
                and not lex.relative_re.match(text, close)  # not "the radar, developed by X, which"
                and not text[close + 1:verb].strip(" ,").count(",")):
            out.append((opened, close))
    return out


def _described(gap: str, lex: Lexicon) -> bool:
    """ "a CK Hutchison, dueña de Three", "to X, the owner of Y": a firm named in an apposition that says what
    the firm before it is plays no part in the deal (unless the apposition names a unit: "the rail arm of Y")."""
    words = gap.split()
    if not gap.startswith(",") or len(words) < 2 or lex.unit_re.search(gap):
        return False
    head = words[1] if words[0] == "," else words[0].lstrip(",")
    noun = words[2] if head.lower() in lex.determiners and len(words) > 2 else head
    return is_descriptor(noun, lex)


def _opening_participle(trig: TriggerMatch, previous: tuple, window: Window, text: str) -> bool:
    """ "Adquirida en 2019 por X, la firma Y abrirá", "Acquired by X in 2019, the company employs": a participle
    opening the sentence ends at the comma after its agent; the description after it opens the main clause, whose
    subject is the participle's object, no apposition on the agent."""
    return previous[1] == "agent" and not text[window.sentence_start:trig.start].strip()


def _bare_object_relative(sentence_pool: list[Mention], text: str, verb: int, lex: Lexicon) -> list[Mention] | None:
    """ "La empresa que Nortia compró en 2019", "the company that Nortia bought": an object relative pronoun
    with no comma right after a firm, then the clause's own subject just before the verb: [buyer, bought]."""
    before = [m for m in sentence_pool if m.end <= verb]
    if len(before) >= 2 and lex.object_relative_re.search(", " + text[before[-2].end:before[-1].start].strip() + " "):
        return [before[-1], before[-2]]
    return None


def _relative_clause(pool: list[Mention], sentence_pool: list[Mention], text: str, window: Window, verb: int,
                     lex: Lexicon) -> list[Mention] | None:
    """Subject and object of a deal told in a relative clause on the name before it: the antecedent is
    the subject when the verb follows the pronoun ("Orwell, which buys jars from X"), the object when the
    clause opens with an object pronoun and its own subject ("Orwell, which Kestrel bought", "X, den Y
    übernahm"); None when the clause is no relative clause on a name."""
    earlier = [m for m in sentence_pool if m.end <= window.clause_start]
    if not earlier:
        return _bare_object_relative(sentence_pool, text, verb, lex)
    opener = lex.relative_re.search(text, earlier[-1].end, verb)
    if opener is None or opener.start() > window.clause_start or len(text[earlier[-1].end:opener.start()].split()) > 1:
        return None  # a legal suffix may stand between ("Orwell Group, which")
    own = [m for m in pool if m.start >= opener.end()]
    if not own and _pronoun_subject(text[opener.end():verb], lex):  # "Y already owns X, which it bought in 2021"
        return [earlier[0], earlier[-1]] if len(earlier) >= 2 else None
    if not own:  # the verb right after the pronoun: "X, which buys", not "X, der 2021 übernommen wurde"
        gap = text[opener.end():verb]
        subject = _adverbs_only(gap) or len(opener.group().strip(", ").split()) == 1 and _object_noun_after(gap, lex)
        return [earlier[-1]] if subject else None
    if len(own) == 1 and _object_relative(text[opener.start():own[0].start], lex):
        return [own[0], earlier[-1]]
    return None


def _inside_object_relative(relative: list[Mention], after: list, trig: TriggerMatch, text: str) -> list:
    """ "Ashgrove, which Brennock bought for £410m in 2021, sits at the centre of Harwell's case": a relative clause
    set off by commas that has the name before it for its object ends at the comma after its verb; the firms past that
    comma belong to the main clause, none is a side of the clause's deal."""
    if len(relative) != 2 or relative[1].end > relative[0].start or text[relative[1].end:relative[1].end + 1] != ",":
        return after
    return [(m, mk) for m, mk in after if "," not in text[trig.end:m.start]]


def _apposed_relative(before: list, text: str, trig: TriggerMatch, lex: Lexicon) -> list[Mention] | None:
    """ "X has been controlled since 2019 by Y, a Portuguese investment firm that bought 61% of the airline", "Y, un
    fonds portugais qui a racheté": a relative clause right after an apposition to the last name before the verb,
    the verb right after its pronoun, has that name (whatever preposition governs it) for its subject."""
    if not before:
        return None
    last = before[-1][0]
    opener = lex.relative_word_re.search(text, last.end, trig.start)
    if opener is None or not _apposition(text[last.end:opener.start()], lex) or not _adverbs_only(
            gap := text[opener.end():trig.start]) or set(gap.lower().split()) & pronoun_forms(lex):
        return None  # "Y, a Georgia producer that it acquired": the pronoun is the subject, the name the object
    return [last]


def _apposition(gap: str, lex: Lexicon) -> bool:
    """Whether the words between a name and a relative pronoun are an apposition that describes the name (", a
    Portuguese investment firm that bought", ", un fonds portugais qui a racheté", ", ein Finanzinvestor, der"): a
    comma, an article and a few words with no figure; the clause is then on the name."""
    words = gap.strip().rstrip(",").split()
    return (gap.lstrip().startswith(",") and 2 <= len(words) - 1 <= APPOSED_WORDS and is_article(words[1], lex)
            and not any(c in "".join(words[1:]) for c in ",;:()0123456789"))


def _work_relative(pool: list[Mention], text: str, trig: TriggerMatch, lex: Lexicon) -> list[Mention] | None:
    """ "El astillero trabaja en el encargo que la Armada le adjudicó en 2024": a relative clause on the work, not on
    the firm before it, whose verb gives to a pronoun: the clause's own subject is the firm right after the relative
    pronoun (the giver); the pronoun stands for the firm the discourse is at (`discourse`), not the firm before."""
    if len(pool) < 2 or not lex.recipient_pronoun_res[0].search(text, pool[-1].end, trig.start):
        return None
    gap = text[pool[-2].end:pool[-1].start]
    last = max((hit.start() for hit in lex.object_relative_word_re.finditer(gap)), default=None)
    return [pool[-1]] if last is not None and lex.object_relative_re.search(", " + gap[last:]) else None


def _last_object_relative(gap: str, lex: Lexicon) -> int | None:
    """Where the last object relative pronoun of a gap opens a clause whose own subject ends the gap ("que", "que el
    grupo gallego"), None when there is none."""
    last = max((hit.start() for hit in lex.object_relative_word_re.finditer(gap)), default=None)
    return last if last is not None and _object_relative(", " + gap[last:], lex) else None


def _lowercase_words(words: list[str]) -> bool:
    """Whether words are all lowercase words or figures: a noun's complement, a verb, adverbs, a year."""
    return all(w.islower() or w.isdigit() for w in words)


def _noun_relative(pool: list[Mention], text: str, trig: TriggerMatch, lex: Lexicon) -> list[Mention] | None:
    """ "El grupo conserva la participación que X compró en 2021 en Y", "keeps the stake that X bought in Y": a
    relative clause with no comma on a noun phrase of the main clause (an article opens it; no firm), its own
    subject right after the pronoun and right before the verb: that firm alone acts; the main clause's subject
    takes no part in its deal."""
    if len(pool) < 2:
        return None
    gap, between = text[pool[-2].end:pool[-1].start], text[pool[-1].end:trig.start]
    last = _last_object_relative(gap, lex)
    noun = gap[:last].split() if last is not None else []
    if not noun or not noun[-1].isalpha() or not noun[-1].islower() or "," in gap + between:
        return None  # "X que", "X, la filial que": the clause is on the firm (`_bare_object_relative`, ...)
    if not any(w.lower() in lex.determiners for w in noun):
        return None  # "la empresa de servicios que Y compró": the words go on a description of the firm before
    return [pool[-1]] if _lowercase_words(between.split()) else None


def noun_cue_relative(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> Mention | None:
    """ "mantendrá el contrato de suministro que X firmó en 2018 con Y", "the supply deal that X signed with Y": a
    one-sided deal noun, maybe with its complement ("de energía a diez años"), then a relative clause with no comma
    whose own subject is the first firm after the pronoun, a verb right after it: that firm is the deal's subject,
    not the main clause's."""
    if not after or after[0][1] is not None or trig.trigger.type in SYMMETRIC_ROLE:
        return None  # a tie-up's founders are its partners as they stand (`_symmetric`)
    m = after[0][0]
    gap = text[trig.end:m.start]
    last = _last_object_relative(gap, lex)
    if last is None or "," in gap:
        return None
    complement = gap[:last].split()
    if complement and (complement[0].lower() not in lex.partitive or not _lowercase_words(complement)
                       or complement[-1].lower() in marker_words(lex)):
        return None  # "compra la empresa que X fundó": an object between, the cue is a verb; "la ronda con la que X
        # lanzó": a preposition before the pronoun, X is no subject of the cue's deal
    verb = text[m.end:m.end + MARKER_WINDOW].split()[:1]
    return m if verb and verb[0].isalpha() and verb[0].islower() else None


def _stake_relative(before: list, trig: TriggerMatch, text: str, window: Window, lex: Lexicon) -> list[Mention] | None:
    """ "X, in which Y has held 20% since 2020", "X, dont le fonds Y détient 15 %", "X, an der der Finanzinvestor Y mit
    25 Prozent beteiligt ist": a stake told in a relative clause that a preposition opens on the name before it, its
    own subject right after the pronoun (maybe after a descriptor), holds the stake in that name: [Y, X]; also told by
    a verb of buying ("X, the Accra conglomerate in which Y bought a 15% stake": what is bought in X is a stake)."""
    if trig.trigger.type not in ("investment", "acquisition") or len(before) < 2:
        return None
    (firm, _), (holder, _) = before[-2:]
    if firm.start < window.sentence_start or "," in text[holder.end:trig.start]:
        return None
    gap = text[firm.end:holder.start]
    if firm.anaphor and not gap.lstrip().startswith(","):
        gap = ", " + gap.lstrip()  # "X, the Accra conglomerate in which Y bought": the description set off after X
    if len(gap.partition(",")[0].split()) > 1:
        return None  # a legal suffix may stand between ("Nordwerk GmbH, an der"), no other words
    for _ in range(STAKE_RELATIVE_WORDS + 1):  # the holder's descriptor may stand before it ("le fonds américain")
        if lex.stake_relative_re.search(gap):
            return [holder, firm]
        head, _, last = gap.rstrip().rpartition(" ")
        if not head or not (last.islower() or is_descriptor(last, lex) or _modifier(last, lex)):
            return None
        gap = head + " "
    return None


def _inverted_relative(named: list[Mention], after: list, text: str, trig: TriggerMatch,
                       lex: Lexicon) -> list[Mention] | None:
    """ "X, qu'avait rachetée Y en 2018", "X, a la que compró Y": a relative pronoun that is never the subject, the
    verb right after it and a firm right after the verb: that firm is the subject, the antecedent the object (also
    one a preposition governs: "a través de su filial X, en cuyo capital participa Y")."""
    earlier = [m for m in named if m.end <= trig.start]
    if not earlier or not _subject_after(trig, after, text, lex):
        return None
    opener = lex.object_only_relative_re.search(text, earlier[-1].end, trig.start)
    if opener is None or len(text[earlier[-1].end:opener.start()].split()) > 1:
        return None
    return [after[0][0], earlier[-1]] if _adverbs_only(text[opener.end():trig.start]) else None


def _pronoun_subject(gap: str, lex: Lexicon) -> bool:
    """Whether a relative clause's own subject is a pronoun right after the relative pronoun ("X, which it bought"):
    the pronoun stands for the sentence's subject, X is the clause's object."""
    words = gap.split()
    return bool(words) and words[0] in pronoun_forms(lex) and _adverbs_only(" ".join(words[1:]))


def _object_noun_after(gap: str, lex: Lexicon) -> bool:
    """ "X, der 2021 eine Minderheitsbeteiligung (von 30 Prozent) erworben hatte": an indefinite article right after
    the pronoun, or after a year, opens the clause's object, the cue or the stake its verb takes; the pronoun is the
    subject. Not after a verb ("que ya tenía una participación"): a clause of its own tense, read elsewhere."""
    words = gap.split()
    at = next((k for k, w in enumerate(words) if w.lower() in lex.indefinite_articles), None)
    return at is not None and at <= 1 and "," not in gap and all(w.isdigit() for w in words[:at])


def _adverbs_only(gap: str) -> bool:
    """Whether nothing but an adverb or two stands between a relative pronoun and its verb ("X, which also led",
    "Y, que ya invirtió"): the verb still follows the pronoun; a figure, a name or a comma does not."""
    words = gap.split()
    return len(words) <= 2 and "," not in gap and all(w.isalpha() and w.islower() for w in words)


def _governed_antecedent(before: list, after: list, text: str, window: Window, trig: TriggerMatch,
                         lex: Lexicon) -> list[Mention] | None:
    """ "X s'appuie sur Y, qui avait racheté Z en 2023": a relative clause on a name a preposition governs, opened by
    a pronoun that is only ever a subject ("qui", "der"), its verb right after it (auxiliaries and adverbs aside)
    and its own object named after the verb, has that name for its subject."""
    earlier = [m for m, mk in before if mk is not None and m.end <= window.clause_start]
    # "succédera à Y, qui assure la restauration scolaire depuis 2017": a relative clause whose verb has the supplier
    # for its subject needs no firm after it, the service it tells is the object
    led = _into_round(trig) or (trig.trigger.type == "contract" and not after
                                and FRAMES.get(trig.trigger.frame, ("",))[0] == "supplier")
    owned = _own_stake_after(trig, after, text, window, lex)
    # "which bought it from X": the firm told before
    if not earlier or not (led or owned) and not (any(mk in (None, "patient") and not o.possessive for o, mk in after)
                                                  or _pronoun_after(text, trig, lex)):
        return None  # "which has purchased X's monitors": goods of X, no firm bought
    m = earlier[-1]
    if m.public or m.name and is_institution(m.name, lex):
        return None  # "serves the ministry, which bought ...": a public body buys goods, not firms
    opener = lex.relative_re.search(text, m.end, trig.start)
    if opener is None or len(text[m.end:opener.start()].split()) > 1 or any(o.start >= m.end for o, _ in before):
        return None
    invested = _went_into(trig, after, text, lex)
    if lex.subject_after_verb and lex.object_relative_re.search(opener.group() + " ") and not (
            led or invested or owned):
        return None  # "que" may stand for the object, its subject after the verb ("Y, que compró X"); not when the
        # name after an investing verb is what it went into ("Y, que ya invirtió en X"), nor when the object is a
        # stake in the capital of the firm spoken of ("Y, que adquirió el 30% de su capital")
    between = text[opener.end():trig.start]  # "qui en 2023 avait racheté": a year among the adverbs
    return [m] if "," not in between and all(w.islower() or w.isdigit() for w in between.split()) else None


def _own_stake_after(trig: TriggerMatch, after: list, text: str, window: Window, lex: Lexicon) -> bool:
    """ "tiene como accionista al fondo Y, que adquirió un 30% de su capital", "part of group Y, which acquired 100%
    of its capital": a buying verb whose object is a capital with no owner named (`own_capital`), no firm after it in
    its clause, has bought into the firm the discourse is at; its relative pronoun is the subject, not the object,
    and the verb has its object (`discourse.own_capital` names the owner)."""
    if trig.trigger.frame not in ("buy", "invest") or after:
        return False
    return lex.own_capital_re.search(text, trig.end, clause_end(text, trig, window.end, lex)) is not None


def _went_into(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> bool:
    """Whether the name after a cue is what money went into: an investing verb's object ("Y, que ya invirtió en X"), or
    a stake bought by a cue that ends in its preposition ("Y, que en 2023 adquirió una participación del 35 % en X")."""
    if not after:
        return False
    if trig.trigger.frame == "invest":
        return after[0][1] == "patient"
    cue = text[trig.start:trig.end]
    return after[0][1] in (None, "patient") and _ends_in_marker(cue, lex) and bool(lex.stake_re.search(cue))


def _into_round(trig: TriggerMatch) -> bool:
    """Whether the cue is money put into a round or the lead of one ("..., with participation from Y, which also
    invested in its seed round"): the round is the verb's object, so the pronoun before it is its subject, the
    investor, and the firm whose round it was is told by a possessive."""
    return trig.trigger.type == "funding_round" and trig.trigger.frame == "invest"


def _governed_object(before: list, pool: list[Mention], text: str, window: Window, trig: TriggerMatch,
                     lex: Lexicon) -> list[Mention] | None:
    """ "invertirá en Y, que X adquirió en 2022", "s'appuie sur Y, que X a racheté": an object relative clause on
    a name a preposition governs, its own subject named between the pronoun and the verb: [X, Y] (X buys Y)."""
    earlier = [m for m, mk in before if mk is not None and m.end <= window.clause_start]
    if not earlier:
        return None
    m = earlier[-1]
    opener = lex.relative_re.search(text, m.end, trig.start)
    if opener is None or len(text[m.end:opener.start()].split()) > 1:
        return None
    held = text[max(window.sentence_start, m.start - MARKER_WINDOW):m.start]
    if lex.stake_re.search(held) or lex.share_re.search(held):
        return None  # "its 19.9% interest in Y, which X acquired in 2023": the stake was bought, not Y
    own = [o for o in pool if o.start >= opener.end()]
    if len(own) != 1 or any(o.start > m.end for o, _ in before if o is not own[0]):
        return None
    between = text[own[0].end:trig.start]
    if "," in between or not all(w.islower() or w.isdigit() for w in between.split()):
        return None  # the verb right after its subject, auxiliaries, adverbs and a year aside
    return [own[0], m] if _object_relative(text[opener.start():own[0].start], lex) else None


def _object_relative(gap: str, lex: Lexicon) -> bool:
    """Whether a relative clause opens with an object pronoun and then its own subject, maybe after that subject's
    descriptor ("X, que el grupo Y compró", "X, que Grupo Y adquirió") or a whole description ("X, que le fonds
    d'infrastructure Y a racheté")."""
    if lex.object_relative_re.search(gap):
        return True
    head, _, last = gap.rstrip().rpartition(" ")
    if bool(head) and is_descriptor(last, lex) and bool(lex.object_relative_re.search(head + " ")):
        return True
    described = description_start(gap, 0, len(gap), lex)
    return 0 < described < len(gap) and bool(lex.object_relative_re.search(gap[:described])) or _described_subject(
        gap, lex)


def _described_subject(gap: str, lex: Lexicon) -> bool:
    """Whether an object pronoun and an article open a relative clause whose subject a few words of no known
    descriptor describe ("X, which the Zurich-based fund Y bought", "X, que el fondo suizo Y compró"): an article
    after the pronoun makes it the object; no cue and no function word may stand among the words."""
    starts = [word.start() for word in re.finditer(r"\S+", gap) if lex.object_relative_re.search(gap[:word.start()])]
    opening = gap[:starts[-1]] if starts else ""
    if len(opening[opening.rfind(",") + 1:].split()) < 2:
        return False  # a bare "which"/"que" with no article after it is the clause's subject ("X, which counts Y
        # among its customers"); "die der", "a la que" are objects by themselves
    rest = gap[starts[-1]:].split()
    return 0 < len(rest) <= SUBJECT_DESCRIPTION_WORDS and all(w.isalpha() or "-" in w for w in rest) and not any(
        w.lower() in lex.stopwords or lex.trigger_re.match(w) for w in rest)


def _antecedent(trig: TriggerMatch, before: list, text: str, lex: Lexicon) -> Mention | None:
    """ "supplied by the maker X, con el que Y ha firmado un contrato": a cue that opens a relative clause
    right after a name has that name for its antecedent, whatever preposition named it."""
    cue = text[trig.start:trig.end].split()
    if not before or len(cue) < 2 or not lex.relative_re.match(", " + cue[-1]):
        return None
    m = before[-1][0]
    return m if re.fullmatch(r"(?:\s+[\w.]+)?\s*,\s*", text[m.end:trig.start]) else None


_DATED_ASIDE = re.compile(r"[^.!?;,]*?\b(?:1[89]|20)\d\d\b[^.!?;,]*,")  # a year, then a comma closing the aside


def _participle_subject(named: list[Mention], trig: TriggerMatch, after: list, text: str,
                        lex: Lexicon) -> Mention | None:
    """ "X rachète Z, détenu depuis 2021 par Y", "X buys Z, acquired in 2019 by Y": a participle with its agent, set
    off by a comma right after a name, tells of that name, not of the clause's subject; so does a cue told from the
    target's side with its buyer after it ("X a échoué à racheter Z, passé sous le contrôle de Y"); a listing set off
    so, dated and closed by a comma needs no agent ("X va racheter Z, entré en Bourse en 2017, pour ...": Z's
    listing; not "La empresa, controlada por Y, salió a Bolsa": the main clause's verb). A legal suffix the name
    keeps outside its mention stands before the comma ("Z Holdings, listed in London since 2019,")."""
    told_of = (None, "patient") if trig.trigger.frame == "court" else ("agent",)
    set_off = trig.trigger.type in SET_OFF_TYPES and _DATED_ASIDE.match(text, trig.end) is not None
    if (len(named) > 1 and (set_off or any(mk in told_of for _, mk in after))
            and (aside := _SET_OFF.fullmatch(past_suffix(text[named[-1].end:trig.start], lex)))
            and (aside.group(1) is None or _plain_adverb(aside.group(1), lex))):
        return named[-1]  # an adverb may open the participle's phrase ("Z, finalement passé sous le contrôle de Y")
    return None


_SET_OFF = re.compile(r"\s*,\s*(?:(\w+)\s+)?")  # the comma before a participle, maybe with an adverb after it


def _plain_adverb(word: str, lex: Lexicon) -> bool:
    """A lowercase adverb of manner the language file's endings give ("finalement", "finalmente"), no function
    word."""
    return word.islower() and word not in lex.stopwords and word.endswith(lex.adverb_endings or ("\0",))


def _purpose_before(gap: str, lex: Lexicon) -> bool:
    """ "won a contract to supply radars to the Navy": a verb of delivery between the cue and a name makes the name
    where the goods go, the customer, not the one the contract is given to ("awarded the contract to X", "awarded
    the contract to design and build the line to X")."""
    return lex.delivery_infinitive_re.search(gap) is not None


def _serviced_owner(m: Mention, gap: str, following: str, lex: Lexicon) -> bool:
    """ "was handed a contract to maintain the Royal Navy's frigates": a possessive name right after an infinitive
    and its article owns what the work is done on, no party (the one who gave the contract is its customer: "The
    Ministry of Defence confirmed the award", `discourse.named_giver`); the "to" is the infinitive's, also after
    the giver ("won a contract from the Ministry of Defence to maintain the Royal Navy's fleet"); so does a name
    that qualifies the noun after it ("awarded contract to support Royal Navy patrol fleet", `_attributive`)."""
    links = [k for k in lex.infinitive_link_re.finditer(gap) if k.start() == 0 or not gap[k.start()].isalnum()]
    owner = m.possessive or _attributive(following, lex)
    words = gap[links[-1].end():].split() if links and owner else []
    return bool(words) and words[0].isalpha() and words[0].islower() and words[0] not in lex.determiners and all(
        w.lower() in lex.determiners for w in words[1:])


def _attributive(following: str, lex: Lexicon) -> bool:
    """Whether the text after a name opens with a lowercase noun ("Royal Navy patrol fleet"), no function word
    ("to supply Network Rail with"): the name qualifies that noun."""
    word = _NEXT_WORD.match(following)
    return word is not None and word[1].islower() and word[1] not in lex.stopwords and (
        word[1] not in marker_words(lex))


def _directed(trig, pool, clause, before, after, text, lex, passive: bool = False,
              suffered: bool = False) -> list[tuple[Mention, str]]:
    frame = trig.trigger.frame
    if frame == "invest":  # "invertirá 3 millones en un nuevo punto limpio junto a la carretera de X": a plan
        after = [(m, mk) for m, mk in after if not _into_a_thing(text[trig.end:m.end], lex)
                 and not _into_owned_thing(m, text[trig.end:m.start], text)]
        before = [(m, mk) for k, (m, mk) in enumerate(before)  # "80 Mio. Euro in den Ausbau seines Werks investieren"
                  if not _into_a_thing(text[before[k - 1][0].end if k else max(0, m.start - MARKER_WINDOW):m.end], lex)]
    if frame == "award":  # "won a contract to supply radars to X": X gets the goods, the contract's customer
        after = [(m, "source" if mk == "recipient" and _purpose_before(text[trig.end:m.start], lex) else mk)
                 for m, mk in after if not (mk == "recipient" and _serviced_owner(
                     m, text[trig.end:m.start], text[m.end:m.end + MARKER_WINDOW], lex))]
    if frame == "award" and not passive and pool and any(mk == "recipient" for _, mk in after):
        frame = "grant"  # "HS2 has awarded the contract to X": the subject gives it
    agent_role, patient_role, source_role, recipient_role = FRAMES[frame]
    if frame in PASSIVE_MARKER:  # also before the cue where the verb comes last ("hat vom Amt den Zuschlag erhalten")
        # a contract won has no patient: the first firm after its genitive gave it ("gana un contrato de 40 millones
        # de Adif"), unless a giver is named after it ("se adjudicó la operación del AVE, un contrato otorgado por X")
        genitive = None if any(mk in ("agent", "source") for _, mk in after) else _with_past_value(
            trig, after, text, lex) or next((m for m, mk in after if mk == "patient"), None)
        after = [(m, PASSIVE_MARKER[frame] if mk == "agent" or m is genitive else mk) for m, mk in after]
        before = [(m, PASSIVE_MARKER[frame] if mk == "agent" and m not in pool else mk) for m, mk in before]
    elif source_role and not passive and pool:
        after = [(m, "source" if mk == "agent" and any(o in (None, "patient") for _, o in after[:k]) and _source_too(
            m, trig, text, lex) else mk) for k, (m, mk) in enumerate(after)]
        before = [(m, "source" if mk == "agent" and _relative_source(m, k, before, pool, frame, text, lex) else mk)
                  for k, (m, mk) in enumerate(before)]
    # one invests *in* something: an unmarked name after "invest" is a place or a sum's context
    objects = [m for m, mk in after if mk == "patient" or mk is None and (  # "stake in X": the trigger ends in "in"
        trig.trigger.frame != "invest" or m.start - trig.end <= 2 or text[m.end:m.end + 1] == "-"  # "X-Aktien"
        or _description(text[trig.end:m.start], lex)  # "a stake in battery maker X"
        or _described_whole(text, trig.end, m.start, lex))]  # "dans la société de cybersécurité brestoise X"
    if after and after[0][1] == "source" and (_genitive(text[trig.end:after[0][0].start], lex)
                                              or _portion_of(text[trig.end:after[0][0].start], lex)):
        objects.insert(0, after[0][0])  # "die Übernahme von X": right after a noun, "von" names what is bought
        after = [(after[0][0], "patient"), *after[1:]]
    elif frame in OWNER_SERVED and (owner := _owner_served(trig, after, text, lex)) is not None:
        objects.append(owner)  # "wartet X die Loks von Y": Y owns what is serviced, the customer
        after = [(m, "patient" if m is owner else mk) for m, mk in after]
    elif recipient_role == "customer" and (owner := _owner_supplied(trig, after, text, lex)) is not None:
        after = [(m, "recipient" if m is owner else mk) for m, mk in after]  # "fournit du blé aux usines de Y"
    by_marker: dict[str, Mention] = {}
    for m, mk in before + after:
        if mk and m not in pool:
            by_marker.setdefault(mk, m)
    agent = marked = next((m for m, mk in after if mk == "agent"), None)
    if agent is None and passive:  # "X wurde von Y übernommen": after a passive auxiliary "von" names the agent
        agent = next((m for m, mk in before + after if mk in ("agent", "source") and m not in pool), None)
    if agent is not None and pool and objects and agent.start - trig.end > PASSIVE_REACH:
        agent = None  # active clause with a subject and an object: a far "by" is someone else's
    # "AT&T's agreement to buy X", not "Qatar's Mayhoola" nor "X's half when it completed its takeover" nor, in a
    # service, "Y's fleet under a support contract" (an article opens another noun phrase: Y owns what is serviced)
    articles = lex.determiners | (lex.indefinite_articles if frame in OWNER_SERVED else frozenset())
    possessive = [m for m, _ in before[-1:] if m.possessive and trig.start - m.end < MARKER_WINDOW
                  and "," not in text[m.end:trig.start]
                  and not any(w.lower() in articles for w in text[m.end:trig.start].split())]
    if agent is None and possessive:
        agent = possessive[-1]
    if agent is None and not passive:
        agent = _attempt_holder(trig, before, text, lex)
    if agent is None and lex.verb_second and len(objects) >= 2 and not any(m in clause for m in pool):
        agent = objects.pop(0)  # verb-second inversion: "und erst im Frühjahr kaufte der Konzern den X"
    if agent is None and pool and not suffered:
        agent = pool[0]
    rest = [m for m in objects if m is not agent and m.name != agent.name] if agent else objects
    close = len(text[trig.end:agent.start].split()) <= 2 if agent is not None else False
    if agent is not None and agent is marked and pool and (suffered or close) and not any(
            trig.end <= m.start < agent.start for m in objects):  # not "le rachat d'X par Y"
        # "X a été absorbé par Y, rebaptisé Z"; where the subject undergoes the deal, however far its agent ("X fue
        # comprada el año pasado por Y, y la propia Z estudia ...", "X, which was acquired in 2019 by the fund Y,
        # employs staff across Z"): a name after the agent is no object of a passive verb
        rest = [m for m in pool if m.name != agent.name][:1] + rest
    patient = rest[0] if rest else None
    if patient is None and possessive and agent is possessive[-1] and (partner := next((
            m for m, mk in after if mk == "comitative" and m.start - trig.end <= PASSIVE_REACH
            and _with(" ".join(text[trig.end:m.start].split()[:1]), lex) and _with_before(m, trig.end, text, lex)),
            None)) is not None:
        patient = partner  # "the attraction for X lies in Y's supply agreement with Z": Y and Z, not the subject
        if frame == "order":  # and the possessor supplies: its agreement with a customer
            agent_role, patient_role = patient_role, agent_role
    # "hatte SAP den Anbieter Ariba übernommen", "X, which it bought"
    if patient is None and agent is not None and len(pool) >= 2:
        patient = next((m for m in pool if m is not agent and m.name != agent.name
                        and not (m.possessive and frame not in OWNER_SERVED)
                        and not (m.name and is_institution(m.name, lex))  # nobody buys the regulator
                        and not _bracketed(m, text)), None)
    elif patient is None and agent is not (pool[0] if pool else None) and pool:
        patient = pool[0]  # passive: "X was bought by Y", "Übernahme von X durch Y", "X was sold to Y"
    if patient is None and recipient_role is None and after and after[0][1] == "recipient" and _object_marked(
            text[trig.end:after[0][0].start], lex):
        patient = after[0][0]  # "absorbe a X", "adquirió al grupo X": the object, where the verb gives nothing
    if patient is None and agent is not None and lex.verb_second:  # the verb last: "ist bei X eingestiegen"
        patient = next((m for m, mk in before if mk == "patient" and m.start > agent.end
                        and not _clause_comma(agent, trig.start, text, lex)), None) or (
            _fronted_stake(before, agent, trig, text))
    recipient = by_marker.get("recipient")
    if patient is not None and patient_role == recipient_role and recipient not in (None, patient) and (
            (patient, "patient") in after):
        patient = None  # "adjudicó a X el contrato ... de la Guardia Civil": the recipient is the one supplier
    out = [(agent, agent_role)] if agent else []
    out += [(m, agent_role) for m in _conjoined(agent, before, text, lex)]  # "X, Y and Z will invest"
    out += [(m, agent_role) for m in _joint(agent, before, text, lex) if all(m.name != o.name for o, _ in out)]
    if patient is not None and patient_role:
        owner = source_role and patient_role == "target" and _owns_unit(patient, trig, text, lex)
        out.append((patient, source_role if owner else patient_role))
        if out[-1][1] in SHARED_ROLES:
            out += [(m, out[-1][1]) for m in _fronted_list(patient, agent, before, trig, text, lex)]
    for mk, role in (("source", source_role), ("recipient", recipient_role)):
        m = by_marker.get(mk)
        if role and m is not None and all(m is not o for o, _ in out):
            out.append((m, role))
    near = NEAR_RECIPIENT.get(frame) and next((m for m, mk in after if mk == "recipient" and (
        patient is not None or _counted(text[trig.end:m.start], lex) or _site(text[trig.end:m.start], lex)) and (
        (m.start - trig.end <= PASSIVE_REACH and "," not in text[trig.end:m.start] or patient is not None and (
            trig.end <= patient.end <= m.start and "," not in text[trig.end:patient.start]
            and (_closed_insert(text[patient.end:m.start], lex) or _suffix_set_off(text[patient.end:m.start], lex))))
        and not (m.name and is_institution(m.name, lex)))), None)
    if near and all(near is not o for o, _ in out):
        out.append((near, NEAR_RECIPIENT[frame]))
    counterpart = next((m for m, mk in before if mk == "comitative" and m.name != getattr(agent, "name", None)
                        and _with_before(m, 0, text, lex)), None)
    if patient is None and source_role and counterpart is not None and len(out) == 1 and not _own_subject_between(
            counterpart, trig, before, text):  # not "Erfahrungen mit X, die der Konzern gekauft hatte": X is bought
        out.append((counterpart, source_role))  # "reached an agreement with X to acquire its towers": X sells
    elif frame == "sell" and counterpart is not None and by_marker.get("recipient") is None and (
            len(out) == 1 or len(out) == 2 and patient is not None
            and _minority_share(text[trig.end:patient.start], lex)) and "," not in text[counterpart.end:trig.start]:
        # "is in talks with X about selling its arm", "cerró un acuerdo con X para venderle el 49% de Y": X buys
        out.append((counterpart, recipient_role))
    elif source_role and patient is not None and counterpart is not None and agent is not None and (
            agent.end <= counterpart.start and all(r != source_role for _, r in out)
            and lex.negotiation_re.search(text, agent.end, counterpart.start)):
        out.append((counterpart, source_role))  # "entered exclusive talks with X to buy Y", "acordó con X la compra"
    elif frame == "invest" and not clause and (entered := _talked_entry(counterpart, objects, text, lex)) is not None:
        out = [(counterpart, agent_role), (entered, patient_role)]  # "Gespräche mit X über einen Einstieg bei Y"
    if agent_role in COUNTERPART and len(out) > 1 and all(m.name == out[0][0].name for m, _ in out):
        out = out[:1]  # "with Y that gives the streamer rights to the studio's films": a description read as the
        # subject again is no other side of its contract
    if len(out) == 1 and agent_role in COUNTERPART:
        out += _counterpart(trig, out[0], patient, before, after, text, lex)
    named = objects[0] if objects else None
    if frame == "buy" and (pair := _talks_pair(before, after, named, text, lex)) is not None:
        # "Talks between X and Y over a takeover collapsed": the first named buys, unless the cue names it its object
        buyer, target = pair if named is None or named.name != pair[0].name else pair[::-1]
        out = [(buyer, agent_role), (target, patient_role)] + [(m, r) for m, r in out if r not in (
            agent_role, patient_role) and m.name not in (buyer.name, target.name)]
    elif frame == "invest" and len(out) == 1 and (pair := _talks_pair(before, after, named, text, lex)) is not None:
        out += _talks_partner(out[0], pair, patient_role)
    return _with_coordinated(out, after, text, lex)


def _talked_entry(partner: Mention | None, objects: list[Mention], text: str, lex: Lexicon) -> Mention | None:
    """The firm a stake is taken in, where a clause with no subject of its own tells talks with the investor ("Gespräche
    mit X über einen Einstieg bei Y wurden abgebrochen", "talks with X about an investment in Y"): the firm the cue's
    preposition names; None where no talks noun opens the partner's "with"."""
    if partner is None or not lex.negotiation_re.search(text, max(0, partner.start - MARKER_WINDOW), partner.start):
        return None
    return next((m for m in objects if m.name != partner.name), None)


def _talks_partner(found: tuple[Mention, str], pair: tuple[Mention, Mention], role: str) -> list[tuple[Mention, str]]:
    """The other firm of talks about a stake, one side already read ("talks between X and the lender Y over a
    minority investment", Y the investor by the cue): it takes the role left; the order of the names says
    nothing about who invests."""
    other = [m for m in pair if m.name != found[0].name]
    return [(other[0], role)] if len(other) == 1 else []


def _talks_pair(before: list, after: list, named: Mention | None, text: str,
                lex: Lexicon) -> tuple[Mention, Mention] | None:
    """The two firms of talks about a purchase named right after the talks and "between" ("Talks between X and
    chip designer Y over a takeover", "takeover talks between X and Y", "les négociations entre X et Y en vue d'un
    rachat", "die Gespräche zwischen X und Y über eine Übernahme"), in the order named; none when the cue's
    object is a third firm ("an agreement between X and Y for the purchase of Z")."""
    for side in (before, after):
        for (first, _), (second, _) in zip(side, side[1:], strict=False):
            opening = max(0, first.start - MARKER_WINDOW)
            lead = text[opening:description_start(text, opening, first.start, lex)]
            words = lead.lower().split()
            while words and words[-1] in lex.determiners:
                words.pop()  # "zwischen der X AG und der Y AG"
            if (len(words) >= 2 and words[-1] in lex.between_words and lex.negotiation_re.fullmatch(words[-2])
                    and first.name and second.name and first.name != second.name
                    and _named_with(first, second, text, lex)
                    and (named is None or named.name in (first.name, second.name))):
                return first, second
    return None


def _plural_kind_after_of(gap: list[str], lex: Lexicon) -> bool:
    """ "la fusion, en 2024, des groupes X et Y": a contracted "of the" before the plural of a kind of firm names the
    pair after it, as "de" before the first name would."""
    words = [w.strip(",") for w in gap if w.strip(",")]
    k = max((i for i, w in enumerate(words) if w in lex.partitive), default=-1)
    kinds = words[k + 1:]
    return k >= 0 and bool(kinds) and all(w[-1:] in "sx" and is_descriptor(w[:-1], lex) for w in kinds)


def _dated(words: list[str], lex: Lexicon) -> int:
    """The words of the times in a gap, each with the preposition before it ("la fusion en 2021 de X et de Y": the
    year puts no distance between the cue and its pair)."""
    return sum(2 for k, w in enumerate(words) if k and _time_word(w, lex))


def _joined_past_insert(first: Mention, second: Mention, text: str, lex: Lexicon) -> bool:
    """ "entre X, basée à Lyon (Rhône), et Y", "les conseils de X, basée à Redon, et de la Y": the second of a pair
    joined by "and" (maybe with the first's preposition repeated) past an insert set off by two commas right after
    the first (and its legal suffix: "the merger of X Group, a Bristol firm, and Y")."""
    parts = text[first.end:second.start].split(",")
    rest = [w.lower() for w in parts[-1].replace("'", "' ").split()]
    return (len(parts) == 3 and all(w.lower().rstrip(".") in lex.legal_suffixes for w in parts[0].split())
            and not any(c in parts[1] for c in ";:")
            and len(parts[1].split()) <= INSERT_WORDS and bool(rest) and rest[0] in lex.markers.get("comitative", ())
            and all(w in marker_words(lex) or w in lex.determiners for w in rest[1:]))


def pair_past_insert(start: int, opening: int, mentions: list[Mention], text: str, lex: Lexicon) -> int:
    """ "X, basée à Redon, et Y ont voté une fusion", "X, a Redon dairy, and Y agreed to merge": a comma and "and"
    after an insert about the first firm since the window's `opening` (the sentence's start or the cue before) join a
    second firm to it, no clause of their own; the clause opens where the window does."""
    named = [m for m in mentions if m.name and not m.anaphor and m.start >= opening]
    if start <= opening or len(named) < 2 or not named[0].end < start <= named[1].start:
        return start
    return opening if _joined_past_insert(named[0], named[1], text, lex) else start


INSERT_WORDS = 12  # words of an insert between the two firms of a pair


def _named_with(first: Mention, second: Mention, text: str, lex: Lexicon) -> bool:
    """Whether the second firm is joined to the first by "and", past the first's legal suffix and up to a
    description of the second ("X Inc. and chip designer Y", "X et le groupe Y")."""
    words = [w for w in text[first.end:second.start].split() if w.lower().strip(".,") not in lex.legal_suffixes]
    return bool(words) and words[0].lower() in lex.markers.get("comitative", ()) and len(words) <= JOINED_WORDS and (
        not any(c in text[first.end:second.start] for c in ";:"))


def _fronted_stake(before: list, agent: Mention, trig: TriggerMatch, text: str) -> Mention | None:
    """ "Die Mehrheit an X übernimmt Y", "Die Mehrheit an X hat Y übernommen": a firm a stake phrase names at the
    opening of a verb-second clause, before its subject and with no comma between, is what is bought (whoever it
    goes to besides: "Bei X hat Y 30 Prozent an den Fonds Z abgegeben"). Where the deal gives no firm a stake goes
    to, "an" marks that firm too, where it is named ("An X ist Y seit 2021 mit 25 Prozent beteiligt"; not "An dem
    Unternehmen hält Y ...", a description that may stand for another firm of the page)."""
    named_stake = before and before[0][1] == "recipient" and not FRAMES[trig.trigger.frame][3] and (
        not before[0][0].anaphor)
    if not before or before[0][1] != "patient" and not named_stake or any(
            m is not agent and mk != "recipient" for m, mk in before[1:]):
        return None
    m = before[0][0]
    return m if m.end <= agent.start and "," not in text[m.end:max(agent.start, trig.start)] else None


def _joint(agent: Mention | None, before: list, text: str, lex: Lexicon) -> list[Mention]:
    """ "X, en unión temporal de empresas (UTE) con Y, se ha adjudicado el contrato", "X, in a consortium with Y,
    won": a firm named after a phrase of joint action between the subject and the cue acts with the subject."""
    if agent is None:
        return []
    return [m for m, mk in before if mk == "comitative" and m.start > agent.end and m.name and m.name != agent.name
            and lex.joint_re.search(text, agent.end, m.start)]


def _minority_share(gap: str, lex: Lexicon) -> bool:
    """A share of no more than half named between a sale cue and its firm ("venderle el 49% de Y"): a stake sold."""
    return any(float(p.replace(",", ".")) <= 50 for p in lex.share_re.findall(gap)) and not lex.majority_re.search(gap)


def _source_too(m: Mention, trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """Whether the word marking m as an agent also marks a source ("vom", "von dem"): after an active verb with
    its subject and object ("übernimmt X vom Finanzinvestor Y") it names the firm the object comes from."""
    gap = text[trig.end:description_start(text, trig.end, m.start, lex)].rstrip()
    source = _marker_res(lex).get("source")
    return source is not None and any(hit.end() == len(gap) for hit in source.finditer(gap))


def _relative_source(m: Mention, k: int, before: list, pool: list[Mention], frame: str, text: str,
                     lex: Lexicon) -> bool:
    """Whether the word marking m, before a verb-last purchase cue in a relative clause, also marks a source: after
    the clause's subject and object ("X, der Y 2018 vom Mischkonzern Z gekauft hatte") it names the firm the object
    came from. Only in a relative clause: in a main clause it paired an event the readable sets give other parties."""
    if frame != "buy" or sum(mk is None for _, mk in before[:k]) < 2 or not lex.relative_re.search(
            text, pool[0].end, m.start):
        return False
    previous = before[k - 1][0]
    gap = text[previous.end:description_start(text, previous.end, m.start, lex)].rstrip()
    source = _marker_res(lex).get("source")
    return source is not None and any(hit.end() == len(gap) for hit in source.finditer(gap))


def _attempt_holder(trig: TriggerMatch, before: list, text: str, lex: Lexicon) -> Mention | None:
    """ "la Comisión frustró el intento de X de vender Y", "blocked the attempt by X to sell Y": the firm whose
    attempt, plan or offer the cue completes acts in the deal, not the subject of the clause."""
    if not before:
        return None
    m = before[-1][0]
    if not lex.infinitive_link_re.fullmatch(text, m.end, trig.start):
        return None
    return m if lex.attempt_holder_re.search(text, max(0, m.start - MARKER_WINDOW), m.start) else None


def _clause_comma(subject: Mention, verb: int, text: str, lex: Lexicon) -> bool:
    """Whether a comma parts the clause of a subject from the verb that closes it, so that a firm between belongs to
    another clause; not a decimal comma ("mit 9,8 Prozent bei X eingestiegen") nor the one that closes a relative
    clause on the subject ("X, dessen Aktie 18 Prozent verloren hat, war 2024 bei Y eingestiegen")."""
    closing = {close for _, close in inserted_clauses(text, subject.end, verb, lex)}
    return any(hit.start() not in closing for hit in _CLAUSE_COMMA.finditer(text, _relative_opening(subject, text, lex),
                                                                            verb))


def _relative_opening(m: Mention, text: str, lex: Lexicon) -> int:
    """Where the clause after a name begins: past the comma of a relative clause on it ("X, die die Mehrheit an Y
    übernommen hatte": X is the subject of the clause), else right after it."""
    opener = lex.relative_re.search(text, m.end, m.end + MARKER_WINDOW)  # past a legal suffix ("X Holding GmbH, die")
    return opener.end() if opener and len(text[m.end:opener.start()].split()) <= 2 else m.end


def _counted(gap: str, lex: Lexicon) -> bool:
    """ "compra 40 trenes a X", "achète 12 avions à X": a count of goods between the verb and the recipient, no
    stake nor sum; the verb has its object, and the firm it is bought from is near."""
    words = gap.split()
    return len(words) >= 3 and (words[0][:1].isdigit() or words[0].lower() in lex.amounts["number_words"]) and not (
        lex.stake_re.search(gap) or re.search(lex.percent, gap) or any(
            w.lower() in lex.amounts["currencies"] or w.lower() in lex.amounts["scales"] for w in words))


def _site(gap: str, lex: Lexicon) -> bool:
    """ "avait repris l'usine de Mulhouse au groupe X": a plant or site bought between the verb and the recipient;
    the verb has its object, and the firm it is bought from is near."""
    words = [lex.elision.sub("", w).lower() for w in gap.split()]
    return any(w in lex.facilities for w in words[:DESCRIPTION_WORDS]) and not lex.stake_re.search(gap)


def _counterpart(trig: TriggerMatch, agent: tuple[Mention, str], patient: Mention | None, before: list, after: list,
                 text: str, lex: Lexicon) -> list[tuple[Mention, str]]:
    """The other side of a contract its frame left empty: the firm right after the cue ("un contrat du
    ministère des Armées", "die Ausschreibung der Deutschen Bahn") or named with "with" just after it ("placed
    an order with X"), a public body in the clause ("erhielt X, wie das Ministerium mitteilte"), else the one a
    patient preposition or "with" names before a final verb ("hat bei X 20 Züge bestellt")."""
    governing = lex.determiners | lex.stopwords | {w for k in ("patient", "source") for w in lex.markers.get(k, ())}
    near = [m for m, mk in after
            if len(text[trig.end:description_start(text, trig.end, m.start, lex)].split()) <= MARKER_MAX_WORDS]
    other = next((m for m in near[:1] if all(w.lower() in governing or is_institution(w, lex) for w in text[
        trig.end:description_start(text, trig.end, m.start, lex)].split())), None)
    if other is None and patient is not None and patient.name and is_institution(patient.name, lex):
        other = patient
    if other is None:
        other = next((m for m, mk in after if m in near and mk == "comitative" and _with_before(
            m, trig.end, text, lex)), None)
    if other is None:  # "hat bei X 20 Züge bestellt", "hat mit X einen Liefervertrag abgeschlossen"
        other = next((m for m, mk in before if m.start > agent[0].end and "," not in text[agent[0].end:trig.start]
                      and (mk == "patient" or mk == "comitative" and _with_before(
                          m, agent[0].end, text, lex))), None)
    if other is None and (_fronted_cue(trig, text, lex) or agent[0].start >= trig.end):
        # "Einen Rahmenvertrag hat X am Montag mit Y unterzeichnet"; a subject after the cue ("ein Rahmenvertrag, den
        # X im Mai mit Y geschlossen hat"): Y after it
        other = next((m for m, mk in after if m.start > agent[0].end and mk == "comitative" and _with_before(
            m, agent[0].end, text, lex)), None)
    if other is None or other.name == agent[0].name:
        return []
    return [(other, COUNTERPART[agent[1]])]


def _with_past_value(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> Mention | None:
    """ "se ha adjudicado un contrato de 64 millones de euros con el Ministerio de Y para migrar ... de Z": the first
    firm after a contract won, named with "with" in the same clause (past its value), gave it; a body the purpose
    clause names later is what the work is for; not one "together with" the winner."""
    if not after or after[0][1] != "comitative" or not _with_before(after[0][0], trig.end, text, lex):
        return None
    gap = text[trig.end:after[0][0].start]
    return None if "," in gap or ";" in gap or lex.joint_re.search(gap) else after[0][0]


def _issuer(trig, pool, before, after, text, lex, fallback) -> list[tuple[Mention, str]]:
    """The firm that lists: one named as the listing's own ("an IPO of X", "X's float")
    before the clause's subject, which may be an owner that sells its shares or plans the listing."""
    owned = [m for m, _ in after[:1] if _genitive(text[trig.end:m.start], lex)
             and text[trig.end:m.start].split()[0].lower() not in lex.locatives
             or _own_unit_named(text[trig.end:m.start], lex) or _listed_for(text[trig.end:m.start], lex)]
    if owned and owned[0].anaphor and _apposed(owned[0], after, text):
        owned = [after[1][0]]  # "l'introduction en Bourse de sa filiale solaire, X": the name set after it
    owned += [m for m, _ in before[-1:] if m.possessive and trig.start - m.end < MARKER_WINDOW
              and "," not in text[m.end:trig.start]]
    named_after = [m for m, _ in after if not m.possessive and not _venue(m, lex)][:1]  # not "..., SoftBank's founder"
    owned += [m for m, _ in before[-1:] if _relative_subject(m, trig, text, lex)]
    # "X erwägt, die deutsche Tochter an die Börse zu bringen": the subsidiary lists, not its parent
    owned += [m for m, _ in before[-1:]
              if m.anaphor and text[m.start:m.end].split()[-1].lower() in lex.subsidiary_nouns]
    subjects = [m for m in pool if m is not fallback]
    owned, subjects, pool = ([m for m in ms if not _venue(m, lex)] for ms in (owned, subjects, pool))
    # a firm the clause names before one it only describes ("Le fabricant de panneaux X a fait ses débuts")
    issuers = owned[:1] or [m for m in subjects if not m.anaphor][:1] or subjects[:1] or named_after or pool
    if (owner := _owner_of_described(trig, before, after, text, lex)) is not None:
        return [(owner[0], "issuer")] if owner else []
    return [(issuers[0], "issuer")] if issuers else []


def _listed_for(gap: str, lex: Lexicon) -> bool:
    """Whether only a preposition of `listing_of` and articles stand between a listing cue and a name ("a listing
    for X"): X lists."""
    words = gap.lower().split()
    return bool(words) and words[0] in lex.listing_of and all(w in lex.determiners for w in words[1:])


UNIT_WORDS_AFTER = 3  # lowercase words that may follow a unit's noun before its name ("sa filiale solaire, X")


def _own_unit_named(gap: str, lex: Lexicon) -> bool:
    """Whether the words between a listing cue and a name are a genitive of the owner's own unit, the name set after
    it ("a listing of its renewables arm, X", "la salida a bolsa de su filial solar X"): that unit lists, not its
    owner named as the clause's subject; also right after a verb that lists its object ("listing its German unit X",
    "sacar a bolsa su filial X")."""
    words = gap.split()
    if words and words[0].lower() in lex.markers.get("patient", ()):
        words = words[1:]
    if not words:
        return False
    rest = " ".join(words).rstrip(",").strip()
    unit = lex.own_unit_re.match(rest)
    tail = rest[unit.end():].split() if unit else []
    return unit is not None and len(tail) <= UNIT_WORDS_AFTER and all(w.islower() for w in tail)


def _venue(m: Mention, lex: Lexicon) -> bool:
    """ "Euronext Growth accueille X", "la Bourse de Francfort": a trading venue, wherever the sentence puts it,
    is where the shares list, never the firm that lists."""
    return (m.name or "").casefold() in lex.market_names


def _owner_of_described(trig: TriggerMatch, before: list, after: list, text: str,
                        lex: Lexicon) -> list[Mention] | None:
    """ "X bought Y in 2019 and explored a listing of the business", "erwägt X einen Börsengang des Händlers": the
    firm a description right after the cue names is listed; read back to the sentence's subject, the owner that plans
    the listing, it is misread: the other firm named before the cue is listed, else none is known (None where no
    description after the cue names the subject)."""
    described = next((m for m, _ in after[:1] if m.anaphor and not m.possessive and all(
        w in lex.determiners or w in lex.markers.get("patient", ()) for w in text[trig.end:m.start].lower().split())),
        None)
    named = [m for m, _ in before if m.name and not m.anaphor]
    if described is None or not named or described.name != named[0].name or _apposed(described, after, text):
        return None
    return [m for m in named if m.name != described.name][-1:]


def _apposed(described: Mention, after: list, text: str) -> bool:
    """ "de sa filiale de courtage, Norvia Courtage": a name set after the description (a comma, maybe the rest of
    its lowercase words between) names what it describes."""
    gap = text[described.end:after[1][0].start].strip() if len(after) > 1 else "x"
    return gap in ("", ",") or gap.endswith(",") and gap.islower()


def _relative_subject(m: Mention, trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """ "X, das im September an die Börse gegangen ist", "X, which listed in 2019": a relative clause on the
    name right before it, naming no other firm up to the cue, has that name for its subject."""
    opener = lex.relative_re.search(text, m.end, trig.start)
    return opener is not None and len(text[m.end:opener.start()].split()) <= 1


def _conjoined(agent: Mention | None, before: list, text: str, lex: Lexicon) -> list[Mention]:
    """The firms listed with the agent before the trigger ("a consortium of X, Y and Z will invest"):
    they share its role."""
    names = [m for m, _ in before]
    if agent is None or agent not in names or _singular_relative(agent, text, lex):
        return []
    k = names.index(agent)
    joined = [_listed(text[a.end:b.start], lex) for a, b in zip(names, names[1:], strict=False)]
    lo = k
    while lo > 0 and joined[lo - 1]:
        lo -= 1
    hi = k
    while hi < len(joined) and joined[hi]:
        hi += 1
    return [m for m in names[lo:hi + 1] if m is not agent and m.name != agent.name]


def _fronted_list(patient: Mention, agent: Mention | None, before: list, trig: TriggerMatch, text: str,
                  lex: Lexicon) -> list[Mention]:
    """ "hat die X GmbH und die Y AG mit dem Bau beauftragt", "hat ein Konsortium aus der X GmbH und der Y AG ...
    beauftragt": the firms joined by "und" (past a legal suffix, with an article) to an object that stands before its
    verb share the object's role; only where a subject stands before them, so two firms alone keep their own reading."""
    if agent is None or not agent.end <= patient.start < trig.start:
        return []
    out = [patient]
    for m, _ in before:
        if m.start >= out[-1].end and m.end <= trig.start and m.name and m.name != patient.name:
            if not _conjoined_name(text[out[-1].end:m.start], lex):
                break
            out.append(m)
    return out[1:]


def _singular_relative(m: Mention, text: str, lex: Lexicon) -> bool:
    """ "between X and Y, which has owned Z since 2012": a relative pronoun right after the last name of a list with a
    verb in the singular stands for that name alone (not "X, Y and Z, which will invest": all of them)."""
    opener = lex.relative_re.match(text, m.end)
    following = text[opener.end():opener.end() + 20].split()[:1] if opener else []
    return bool(following) and following[0].lower() in lex.singular_auxiliaries


def _listed(gap: str, lex: Lexicon) -> bool:
    """ ", ", " and ", ", and ": the gap between two items of a list."""
    words = gap.replace(",", " ").split()
    return "," in gap and not words or len(words) == 1 and bool(lex.conjunction_re.search(words[0] + " "))


def _owns_unit(m: Mention, trig: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """ "the valve business of X", "X's flow-control arm", "la división de envases de X": what is bought
    is a unit without a name of its own, and X, its owner, is the seller; with the verb last the unit stands
    before it ("hatte X die Bio-Sparte der Y übernommen"); the owner in the genitive, maybe described, reads the same
    after the verb ("X übernimmt die Hydrauliksparte des Stuttgarter Maschinenbauers Y")."""
    if m.possessive:
        return bool(lex.unit_after_re.match(text, m.end))
    if m.start < trig.start:
        return _unit_of_owner(text[max(0, m.start - UNIT_REACH):m.start], lex)
    gap = text[trig.end:m.start]
    return bool(lex.unit_before_re.search(gap)) or _unit_of_owner(gap, lex)


OWNER_DESCRIPTION_WORDS = 3  # words that may describe a unit's owner between its article and its name


def _unit_of_owner(before: str, lex: Lexicon) -> bool:
    """Whether the words before a name end in a unit and the article of its owner, maybe with a description of the
    owner ("die Bio-Sparte der X", "die Landtechnik-Sparte des Peitinger Händlers X"), the name standing before its
    verb."""
    words = before.split()
    for k in range(len(words) - 1, max(0, len(words) - 2 - OWNER_DESCRIPTION_WORDS), -1):
        if words[k].lower() in lex.genitive_articles:
            return k >= 1 and bool(lex.unit_re.fullmatch(words[k - 1])) and _owner_description(words[k + 1:], lex)
    return False


def _owner_description(words: list[str], lex: Lexicon) -> bool:
    """Whether the words between a unit's owner's article and its name describe the owner: none, or a description
    that may open with the adjective of a place the page need not know ("des Peitinger Händlers X")."""
    if words and words[0][:1].isupper() and lex.modifier_endings and words[0].endswith(lex.modifier_endings):
        words = words[1:]
    return not words or _description(" ".join(words), lex)


def _into_owned_thing(m: Mention, gap: str, text: str) -> bool:
    """ "put $40 million into the company's new warehouse": money put "into" a firm's possession named by a lowercase
    noun goes into that thing, no stake in the firm (not "into X's Series B")."""
    possessed = _POSSESSED_WORD.match(text, m.end)
    return m.possessive and gap.split()[-1:] == ["into"] and possessed is not None and possessed.group(1).islower()


def _into_a_thing(gap: str, lex: Lexicon) -> bool:
    """Whether the money of an investing verb goes into a thing before the name after it ("will invest $50m in a new
    plant near X", "in den Ausbau seines Werks bei X", "dans l'agrandissement de son usine"): a noun counted or owned
    (an indefinite article, a possessive), or works (`works_nouns`), after the verb's "in"; the name after it is a
    neighbour or an owner, no firm money went into (not a description, "in the start-up X", nor a stake)."""
    words = re.findall(r"[\w-]+'?|[,;:]", gap.replace("’", "'"))
    k = next((k for k, w in enumerate(words) if w.lower() in lex.invested_into), None)
    if k is not None and any(w in ",;:" for w in words[k:]):
        return False  # "In a statement, X said": the phrase ends before the name
    if k is None or k + 2 >= len(words):
        return False
    article, head = words[k + 1], next((w for w in words[k + 2:] if not is_article(w, lex)), "")
    counted = article.lower() in lex.indefinite_articles or lex.possessive_re.fullmatch(article) is not None
    works = head.lower() in lex.works_nouns and is_article(article, lex)
    plain = head.islower() if not lex.compound_nouns else head.lower() in lex.works_nouns
    # "invest £35m in automated dispensing hubs in X": lowercase things, then where they stand
    at = next((j for j in range(k + 2, len(words)) if words[j] in lex.locatives), None)
    if not lex.compound_nouns and at is not None and all(
            w.islower() and not is_article(w, lex) for w in words[k + 1:at]) and not is_descriptor(
            words[at - 1], lex) and all(w[:1].isupper() for w in words[at + 1:]):
        return True
    return (counted or works) and plain and not is_descriptor(head, lex) and not lex.stake_re.match(head) and not (
        _description(" ".join(words[k + 1:]), lex))


def _description(gap: str, lex: Lexicon) -> bool:
    """Only a description of the firm named after it ("battery maker", "the start-up", "Münchner Softwarehaus"):
    lowercase words, or where nouns are capitalised descriptors and adjectives of places, that end in a descriptor,
    with nothing that could govern another phrase; maybe after the country it is of ("Finland's", "Germany's battery
    maker")."""
    words = gap.split()
    if words and _place_possessive(words[0], lex):
        return len(words) == 1 or _description(" ".join(words[1:]), lex)
    if words and _seat_compound(words[0]):  # "a stake in Leeds-based (cybersecurity firm) X"
        return len(words) == 1 or _description(" ".join(words[1:]), lex)
    return bool(words) and is_descriptor(words[-1], lex) and all(
        w.islower() and (w in lex.determiners or w not in lex.stopwords)
        or lex.compound_nouns and (is_descriptor(w, lex) or place_adjective(w, lex)) for w in words)


def _described_whole(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether all words between a cue and a name describe the firm ("dans la société de cybersécurité brestoise
    X"): the firm is the cue's object, no place nor sum told before it."""
    return end - start > 1 and description_start(text, start, end, lex) <= start + 1


def _seat_compound(word: str) -> bool:
    """ "Leeds-based", "Paris-listed": a capitalised place joined to a lowercase participle, which describes the firm
    named after it."""
    head, _, tail = word.partition("-")
    return head[:1].isupper() and tail.isalpha() and tail.islower()


def _object_marked(gap: str, lex: Lexicon) -> bool:
    """An object marker ("a", "al") between verb and name, maybe with an article and a description or trade ("a la
    rival X", "al grupo X", "a la almazara X"), maybe after the year of the deal ("absorbió en 2022 a la X"): where the
    verb has no other object, the firm it marks is that object; also after a relative year ("adquirió el año pasado
    a la chilena X": `relative_years`)."""
    words = _DATED_OPENING.sub("", gap).split()
    words = words[next((len(p.split()) for p in lex.relative_years if " ".join(words[:len(p.split())]).lower() == p),
                       0):]
    return bool(words) and words[0].lower() in lex.object_markers and all(
        w.lower() in lex.determiners or _complement(w, lex) or is_descriptor(w, lex) or w.lower() in lex.trades
        for w in words[1:])


_DATED_OPENING = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?\d{4}\s+")  # "en 2022 ", "en mayo de 2022 " before the object


def _repeated_marker(gap: str, lex: Lexicon) -> bool:
    """ "and of", "et de", "y de", "und von": a conjunction and a preposition (maybe an article) that only repeat the
    preposition of the firm before, so the firm after shares its place in the clause."""
    words = [w.lower() for w in gap.replace("'", "' ").split()]
    while words and words[0].rstrip(".,") in lex.legal_suffixes:
        words = words[1:]  # "X SA et de Y"
    return (len(words) >= 2 and words[0] in lex.conjunction_words and words[1] in marker_words(lex)
            and words[1] not in lex.determiners
            and all(w in marker_words(lex) or w in lex.determiners or w in lex.connectors for w in words[2:]))


def _bid_on(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> list:
    """ "une offre de rachat de X sur Y", "una opa de X sobre la cadena Y": the firm of the offer, right before the
    firm it is made on (`bid_objects`, maybe with a descriptor), is its bidder, not a second target."""
    if len(after) < 2 or trig.trigger.frame != "buy" or not _described_after(
            text[trig.end:after[0][0].start], lex.markers.get("patient", ()), lex):
        return after
    (bidder, _), (target, _) = after[:2]
    if not _described_after(text[bidder.end:target.start], lex.bid_objects, lex):
        return after
    return [(bidder, "agent"), (target, "patient"), *after[2:]]


def _sides_after(trig: TriggerMatch, after: list, text: str, genitive_object: bool = False) -> bool:
    """Whether a purchase or sale cue names both its sides right after it, its agent and its object, with no comma
    between ("la opa de X sobre Y", "la compra de Y por X", and with the object in the genitive, `genitive_object`:
    "die Übernahme des Maschinenbauers Y durch den Konzern X"): a subject the sentence leaves out plays no part (but
    "renoncé au rachat de Y, après l'ouverture d'un examen par l'Autorité": the agent of another noun)."""
    marks = {mk for m, mk in after if "," not in text[trig.end:m.start]}
    return trig.trigger.frame in SUFFERED_FRAMES and {"agent", "patient"} <= marks | (
        {"patient"} if genitive_object else set())


def _described_after(gap: str, prepositions: Collection[str], lex: Lexicon) -> bool:
    """Whether a gap before a name is one of these prepositions, then only articles and descriptors ("de Grupo ",
    "sobre la cadena ")."""
    words = gap.lower().split()
    return 0 < len(words) <= MARKER_MAX_WORDS and words[0] in prepositions and all(
        w in lex.determiners or is_descriptor(w, lex) for w in words[1:])


def _genitive(gap: str, lex: Lexicon) -> bool:
    """Only a preposition that can mark a patient ("of", "von", "de") and articles between trigger and name."""
    words = gap.lower().split()
    patient = lex.markers.get("patient", ())
    return bool(words) and words[0] in patient and all(w in lex.determiners for w in words[1:])


def _portion_of(gap: str, lex: Lexicon) -> bool:
    """ "übernimmt drei Viertel von X", "kauft 75 Prozent von X": a part counted out of the firm named next; it is
    what is bought, not the one selling."""
    words = gap.lower().split()
    while words and words[-1] in lex.determiners:
        words.pop()
    if len(words) < 2 or words[-1] not in lex.markers.get("patient", ()):
        return False
    part = words[:-1]
    counted = lex.counters | lex.fractions | lex.determiners
    return bool(lex.share_re.fullmatch(" ".join(part))) or any(w in lex.fractions for w in part) and all(
        w in counted or w.isdigit() for w in part)


def _owner_served(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> Mention | None:
    """The first firm after a service cue when "of" names it right after the object the service is done on ("die
    Rangierloks von Y", "the fleet of Y"): it owns what is serviced, so it is the customer, not a source."""
    m, mark = next(((m, mk) for m, mk in after if mk is not None), (None, None))
    if mark != "source":
        return None
    start = max([trig.end] + [o.end for o, _ in after if o.end <= m.start])  # past a subject after the verb
    words = text[start:m.start].lower().split()
    marker = next((i for i, w in enumerate(words) if w in lex.markers.get("patient", ())), None)
    return m if marker and marker <= 6 and words[marker - 2:marker - 1] and any(
        w in lex.determiners for w in words[:marker - 1]) and "," not in text[trig.end:m.start] and all(
        w in lex.determiners for w in words[marker + 1:]) else None


def _owner_supplied(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> Mention | None:
    """The firm named as the owner of where goods go in a supply running since a start ("fournit depuis 2015 du blé
    dur aux usines de Y", "has supplied steel to the plants of Y since 2019"), when no firm is their recipient: Y is
    the customer."""
    around = text[max(0, trig.start - MARKER_WINDOW):trig.end + SINCE_REACH].lower().split()
    if any(mk == "recipient" for _, mk in after) or not any(lex.running_since_re.search(w + " ") for w in around):
        return None
    m = next((m for m, mk in after if mk in ("patient", "source")), None)
    if m is None or "," in text[trig.end:m.start]:
        return None
    words = text[trig.end:m.start].lower().split()
    given = max((i for i, w in enumerate(words) if w in lex.markers.get("recipient", ())), default=None)
    owner = lex.markers.get("patient", ()) + lex.markers.get("source", ())
    return m if given is not None and 1 <= len(words) - given - 2 <= 3 and words[-1] in owner else None


def _with(gap: str, lex: Lexicon) -> bool:
    """Whether the comitative word before a name is a preposition ("with", "con"), not "and" or "between"."""
    found = [w for w in gap.lower().split() if w in lex.markers.get("comitative", ())]
    return bool(found) and found[-1] not in lex.between_words and not lex.coordinator_re.fullmatch(found[-1])


def _own_subject_between(m: Mention, trig: TriggerMatch, before: list, text: str) -> bool:
    """Whether a clause after a comma following m names a firm of its own before the cue ("mit der Reederei X, die der
    Konzern gekauft hatte"): the cue is that clause's, and m is what it tells of, no partner in it."""
    comma = text.find(",", m.end, trig.start)
    return comma >= 0 and any(comma < o.start < trig.start for o, _ in before)


def _with_before(m: Mention, floor: int, text: str, lex: Lexicon) -> bool:
    """Whether "with" names the firm at m (after `floor`), maybe before its description ("con la gestora canadiense
    de infraestructuras X")."""
    return _with(text[max(floor, description_start(text, floor, m.start, lex) - MARKER_WINDOW):m.start], lex)


def _joined(m: Mention, previous: Mention, text: str, lex: Lexicon) -> bool:
    """ "entre X et les activités ferroviaires de Y": the second of a pair, maybe named through one of its units;
    "between the two cooperatives": the two firms one pair anaphor stands for."""
    if m.pair and previous.pair and m.start == previous.start:
        return True
    words = text[previous.end:m.start].split()
    return coordinated(m, previous, text, lex) or (
        bool(words) and words[0].lower() in lex.markers.get("comitative", ()) and len(words) <= JOINED_WORDS
        and not any(c in text[previous.end:m.start] for c in ",;:"))


def _with_coordinated(out, after, text, lex) -> list[tuple[Mention, str]]:
    """Firms joined by a conjunction to a party after the cue share its role ("to X and Y"); one joined by a
    preposition does not ("beliefert X mit Y", "supplies X with Y": Y is the goods)."""
    roles = {id(m): r for m, r in out}
    previous = None
    for m, _ in after:
        if id(m) not in roles and previous is not None and id(previous) in roles and _conjoined_name(
                text[previous.end:m.start], lex):
            roles[id(m)] = roles[id(previous)]
            out.append((m, roles[id(m)]))
        previous = m
    return out


def _conjoined_name(gap: str, lex: Lexicon) -> bool:
    """ "X and Y", "X SA y la española Y": a conjunction, maybe with an article and adjectives, joins two names
    (after the first one's legal suffix); "con X y con la cementera Y": the preposition said again after it."""
    words = gap.replace(",", " ").split()
    while words and words[0].lower().rstrip(".") in lex.legal_suffixes:
        words = words[1:]
    if len(words) > 1 and words[0].lower() in lex.conjunction_words and words[1].lower() in lex.markers.get(
            "comitative", ()):
        words = words[:1] + words[2:]
    if len(words) > JOINED_WORDS // 2 and any(w.islower() and w in lex.stopwords and w not in lex.determiners
                                              for w in words[1:]):
        return False  # "X und hat seither mit Y": a clause of its own, not "und dem polnischen Hersteller Y"
    return bool(words) and words[0].lower() in lex.conjunction_words and len(words) <= CONJOINED_WORDS and all(
        w.islower() or is_descriptor(w, lex) for w in words[1:])  # "X y Constructora Y": the descriptor is no name


def _raise(trig: TriggerMatch, pool: list[Mention], before: list, after: list, text: str, lex: Lexicon,
           fallback: Mention | None) -> list[tuple[Mention, str]]:
    """A round: the subject raises the money, every organisation named after it invests, and so does one its
    clause marks as the round's agent or source before a cue that comes last ("hat unter Führung von Y 9 Millionen
    Euro eingesammelt"); a round named as a firm's own ("led the Series B of X", "la levée de fonds de X") is that
    firm's, its subject invests."""
    owner = next((m for m, _ in after[:1] if (_genitive(_past_series(text[trig.end:m.start], lex), lex)
                                               or _round_of(text[trig.start:trig.end], text[trig.end:m.start], lex))
                                              and not m.anaphor), None)
    named = [m for m in pool if m is not fallback]  # a subject of the clause, not the page's firm
    if owner is not None and named:
        return [(owner, "investee")] + [(m, "investor") for m in named if m.name != owner.name]
    if not pool:
        return []
    investee = pool[0]
    led = [m for m, mk in before if mk in ("agent", "source") and m.start > investee.end and m.name != investee.name]
    led += _round_investors(trig, investee, after, text, lex)
    return [(investee, "investee")] + [(m, "investor") for m in led]


def _past_series(gap: str, lex: Lexicon) -> str:
    """ "le tour de table de série A de X": the round's series and letter between the cue and its owner name the
    round; the owner's preposition follows them."""
    words = gap.split()
    if len(words) > 3 and words[0].lower() in lex.markers.get("patient", ()) and words[1].lower() in (
            lex.series_words) and len(words[2]) == 1:
        return " ".join(words[3:])
    return gap


KIND_WORDS = 4  # words after a round's owner's preposition before its name ("de la startup chilena")


def _round_of(cue: str, gap: str, lex: Lexicon) -> bool:
    """ "entró en una ronda Serie A de 6 millones de dólares de la insurtech X", "a Series A of $6m of the insurtech
    X": the round's series (in the cue or after it), letter and sum between the cue and its owner name the round;
    after them, the owner's preposition, articles and a few words of its kind only ("de la insurtech", "de la startup
    chilena"). No series, no owner: "levantó 6 millones de dólares de Kibo" names where the money came from."""
    words = gap.lower().split()
    patient = lex.markers.get("patient", ())
    last = max((k for k, w in enumerate(words) if w in patient), default=-1)
    head, tail = words[:last], words[last + 1:]
    return last >= 0 and any(w in lex.series_words for w in [*cue.lower().split(), *head]) and all(
        w in patient or w in lex.series_words or len(w) == 1 or any(c.isdigit() for c in w)
        or w in lex.amounts["scales"] or w in lex.amounts["currencies"] or w in lex.determiners for w in head) and len(
        tail) <= KIND_WORDS and all(w in lex.determiners or is_descriptor(w, lex) or w.isalpha() and (
            w not in lex.stopwords) for w in tail)


def _round_investors(trig: TriggerMatch, investee: Mention, after: list, text: str, lex: Lexicon) -> list[Mention]:
    """The firms named after a raising cue that invest: none from a comma and a conjunction that open another clause
    on ("raised $40m in March, and rival Y bought Z", "..., and players like Y are pushing"), unless the firm
    continues the list of investors ("from A, B, and C", "de A, et de l'investisseur historique B": a preposition
    again) or a participation cue follows it ("..., and Y also took part")."""
    prepositions = marker_words(lex) - lex.conjunction_words
    out: list[Mention] = []
    for m, mk in after:
        if m is investee or _placed_after_amount(text[trig.end:m.start], lex):
            continue
        gap = text[out[-1].end if out else trig.end:m.start]
        opener = [hit for hit in _AFTER_COMMA.finditer(gap) if hit.group(1).lower() in lex.conjunction_words]
        if mk in (None, "comitative") and opener and not (out and _listed(gap, lex)) and not _continued(
                gap[opener[-1].end():], prepositions, lex):
            stop = text.find(".", m.end, m.end + PASSIVE_REACH)
            if not lex.participation_re.search(text, m.end, stop if stop >= 0 else m.end + PASSIVE_REACH):
                break
        out.append(m)
    return out


def _placed_after_amount(gap: str, lex: Lexicon) -> bool:
    """ "lève 20 millions d'euros à Annecy": a name right after a preposition of place, once the round's amount
    is told, is where the firm raises it, no investor."""
    words = gap.split()
    return bool(words) and words[-1].lower() in lex.locatives and any(c.isdigit() for c in gap)


def _continued(gap: str, prepositions: frozenset[str], lex: Lexicon) -> bool:
    """Whether a preposition after a clause's opening conjunction continues a list of investors ("..., et de
    l'investisseur historique B"); not one that governs a month or year ("..., and in December startup Y was
    snapped up")."""
    words = [w.lower() for w in _WORD.findall(gap)]
    return any(w in prepositions and not (k + 1 < len(words) and (words[k + 1] in lex.months or words[k + 1].isdigit()))
               for k, w in enumerate(words))


def _symmetric(trig, before, after, window: Window, role: str, text: str, lex: Lexicon,
              fallback: Mention | None = None) -> list[tuple[Mention, str]]:
    """Partners are coordinated ("X and Y agreed to merge"), joined by "with" ("X's partnership with Y",
    "Fusion von X mit Y"), both follow the trigger ("l'alliance entre X et Y"); a regulator approving a
    merger is none of them. A tie-up "with Y" that names no subject ("Auch die Kooperation mit Y zeigt
    ...") is the tie-up of the firm the text is about (`fallback`)."""
    before = _without_short_forms(before, text)
    subjects = [m for m, mk in before if m.start >= window.clause_start and mk in (None, "comitative")]
    inverted: list[Mention] = []  # the subject after a fronted verb ("2018 hatte die X die Y aufgenommen")
    k = next((i for i, (m, _) in enumerate(before) if subjects and m is subjects[0]), 0)
    # "Desde 2018 explota junto con X una sociedad conjunta": a named companion alone before the cue, its subject
    # left out (not one after the verb: "mit X arbeitet das Start-up zusammen")
    # "X y el grupo japonés Y ...": the clause began at "y" (not "compró X, y un año después creó con Y ...": X is the
    # object of a clause a conjunction closed)
    joined = bool(k) and before[k - 1][1] is None and (
        before[k - 1][0].start >= window.clause_start
        or not _closed_by_conjunction(text[before[k - 1][0].end:before[k][0].start], lex))
    alone = (len(subjects) == 1 and before[k][1] == "comitative" and not subjects[0].anaphor
             and not joined and not any(mk is None for _, mk in after))
    if len(subjects) == 1 and before[k][1] == "comitative" and joined:
        subjects.insert(0, before[k - 1][0])
    elif len(subjects) == 1 and before[k][1] == "comitative" and _inverted_after_companion(
            trig, subjects[0], after, text, lex):
        subjects.insert(0, after[0][0])  # "Mit X arbeitet das Unternehmen seit 2020 zusammen": the subject after
    if not subjects and lex.verb_second and text[trig.start].islower() and after and after[0][1] is None:
        # "..., seit 2023 arbeitet er mit X zusammen": the subject after the verb; a pair anaphor there is two
        # ("Dazu gründen die beiden Partner die X GmbH")
        subjects = [m for m, _ in after if m.start == after[0][0].start and (m is after[0][0] or m.pair)]
        inverted = subjects
    if not subjects and (cued_subject := _subject_after_cued_companion(trig, after, text, lex)) is not None:
        subjects = [cued_subject]  # "Mit X hat das Unternehmen die Y GmbH gegründet": "mit" in the cue
    if not subjects:
        pool = [m for m, mk in before if mk in (None, "comitative")]
        partner = next((m for m, mk in after if mk == "comitative" and m.start - trig.end <= PARTNER_REACH), None)
        if len(pool) >= 2 and partner is not None and _with_before(partner, trig.end, text, lex) and (
                _closed_by_conjunction(text[pool[-1].end:trig.start], lex)) and not coordinated(
                pool[-1], pool[-2], text, lex):
            pool = pool[:-1]  # "X bought Y in 2019, and in 2022 formed Z, a joint venture with W": Y is the object
            # of the clause the conjunction closed, X the subject both clauses share, W the partner
        subjects = pool[-2:]
    # "nous sommes heureux de la voir franchir une étape : sa fusion avec Y": a third person's possessive before the
    # cue is not the "we" before it (that would say "notre"); the possessor is the firm left out (`fallback`)
    subjects = [m for m in subjects if not (m.first_person and lex.possessive_cue_re.search(text, m.end, trig.start))]
    if role != "partner":  # a regulator approving a merger or a venture is none of its parties
        subjects = [m for m in subjects if not (m.name and is_institution(m.name, lex))]
    # "On Wednesday it said it had begun a collaboration with Y": a pronoun for the subject before is no second one
    subjects = [m for k, m in enumerate(subjects) if not (m.anaphor and m.name in {n.name for n in subjects[:k]})]
    near = [(m, mk) for m, mk in after if m.start - trig.end <= PARTNER_REACH]
    companions = [m for m, mk in after if mk in ("comitative", "recipient")]  # "s'allie à X"
    if near and near[0][1] is None and _ends_in_marker(text[trig.start:trig.end], lex):
        companions.insert(0, near[0][0])  # "partnered with X", "partenaire de X": the cue holds the preposition
    gap = text[trig.end:near[0][0].start].lower().split() if near else []
    # "the joint venture of X and Y", "la fusión de X y Y", "die Fusion der beiden Genossenschaften", "le partenariat
    # stratégique entre X et Y"
    between = any(w in lex.between_words for w in gap[:BETWEEN_WORDS])
    first, second = (after[0][0], after[1][0]) if len(after) > 1 else (None, None)
    patient = near and (near[0][1] == "patient" or near[0][1] is None and _plural_kind_after_of(gap, lex))
    if near and second is not None and first is near[0][0] and gap and (
            between or patient and len(gap) - _dated(gap, lex) <= PATIENT_WORDS or first.pair and all(
                w in lex.determiners or w in lex.between_words or w in lex.partitive for w in gap)) and (_joined(
            second, first, text, lex) or _joined_past_insert(first, second, text, lex)
                                                  or between and _named_with(first, second, text, lex)):
        # "Stellantis, issu de la fusion entre PSA et FCA": the pair after "between", not the subject; "formed through
        # the merger of X, a Bristol firm, and Y": the pair past an insert about the first
        parties = [near[0][0], after[1][0]]
    elif len(subjects) >= 2 and companions and _new_subject(subjects, window, text, lex):
        parties = subjects[-1:] + companions[:1]  # "compró X en mayo y Y creó una empresa conjunta con Z"
    elif _pair_with(subjects, companions, trig, text, lex):
        parties = subjects + companions[:1]  # "les deux mutuelles ... une coentreprise avec X": the pair and X
    elif len(subjects) >= 2 and companions and coordinated(subjects[-1], subjects[-2], text, lex) and (
            companions[0].start - trig.end <= PARTNER_REACH and _with_before(companions[0], trig.end, text, lex)
            and companions[0].name not in {m.name for m in subjects}):
        parties = subjects + companions[:1]  # "X and Y have been working together with Z": three partners
    elif len(subjects) >= 2:
        parties = subjects
    elif subjects and companions and companions[0].start - trig.end <= PARTNER_REACH:
        parties = subjects + companions[:1]
    elif alone and not companions and fallback is not None and not _kin(fallback.name, subjects[0].name, lex):
        parties = [fallback, subjects[0]]
    elif not subjects and companions and (opener := _apposed_subject(trig, after, companions[0], window, text)):
        parties = [opener, companions[0]]  # "Partenaire depuis 2019 de Y pour ..., X compte 520 salariés"
    elif inverted and not companions and (objects := _object_after(inverted[-1], after)):
        parties = inverted[:1] + objects[:1]  # "Schon 2018 hatte die X die kleinere Y aufgenommen"
    elif near and near[0][1] in (None, "patient"):
        parties = [near[0][0]] + [m for m in companions if m is not near[0][0]][:1]
    elif not subjects and fallback is not None and near and near[0][0] in companions and _with_before(
            near[0][0], trig.end, text, lex) and not _kin(
            fallback.name, near[0][0].name, lex):
        parties = [fallback, near[0][0]]
    else:
        parties = []
    # "arbeitet mit dem Versicherer A und der Bausparkasse B zusammen": a firm joined to the last partner after the
    # cue by a conjunction is a partner too
    return _with_coordinated([(m, role) for m in parties], after, text, lex) if len(parties) >= 2 else []


def _without_short_forms(before: list, text: str) -> list:
    """ "avec la Caisse X (CX), d'une coentreprise", "X y la estatal Y (YZ) firmaron": a short name in brackets right
    after the name it abbreviates is no further partner."""
    return [(m, mk) for k, (m, mk) in enumerate(before)
            if not (k and _bracketed(m, text) and m.name == before[k - 1][0].name)]


def _subject_after_cued_companion(trig: TriggerMatch, after: list, text: str, lex: Lexicon) -> Mention | None:
    """ "Mit den Stadtwerken X hat das Unternehmen 2024 die Y GmbH gegründet": where the verb comes second, a cue that
    ends in "mit" and opens its sentence names the partner first; the subject follows the finite verb right after
    it."""
    if not (lex.verb_second and len(after) > 1 and _ends_in_marker(text[trig.start:trig.end], lex)):
        return None
    (companion, _), (subject, mark) = after[:2]
    return subject if mark is None and _verb_gap(text[companion.end:subject.start]) and (
        subject.name != companion.name) else None


def _verb_gap(gap: str) -> bool:
    """Whether the words after a fronted "mit"-phrase's name, up to its verb or the subject after the verb, are few
    and in one clause (no comma, semicolon or colon)."""
    return not any(c in gap for c in ",;:") and len(gap.split()) <= INVERTED_GAP


def _closed_by_conjunction(gap: str, lex: Lexicon) -> bool:
    """Whether a conjunction after a name opens a clause of its own before the next name (", y un año después creó
    con"), not one that joins the two names ("y el grupo japonés")."""
    return any(w in lex.conjunction_words for w in gap.lower().replace(",", " ").split()) and not _conjoined_name(
        gap, lex)


def _inverted_after_companion(trig: TriggerMatch, companion: Mention, after: list, text: str, lex: Lexicon) -> bool:
    """Whether a phrase with "mit" fronts the clause right before its verb, the cue, and the subject follows the
    verb ("Mit X arbeitet das Unternehmen seit 2020 an ...", "Und mit X arbeitet das Start-up zusammen"): where the
    verb comes second, that subject is the companion's partner."""
    if not (lex.verb_second and after and after[0][1] is None and text[trig.start].islower()):
        return False
    return _verb_gap(text[companion.end:trig.start]) and len(text[trig.end:after[0][0].start].split()) <= INVERTED_GAP


def _object_after(subject: Mention, after: list) -> list[Mention]:
    """The unmarked firms after the subject that follows a fronted verb, another firm: its object ("hatte die X die
    Y aufgenommen")."""
    return [m for m, mk in after if mk is None and m.start >= subject.end and m.name != subject.name and not m.pair]


def _apposed_subject(trig: TriggerMatch, after: list, companion: Mention, window: Window,
                     text: str) -> Mention | None:
    """The subject of a sentence that opens with a partnership cue in apposition to it ("Partenaire depuis 2019 de
    Y pour les essais, X compte 520 salariés", "A partner of Y since 2019, X employs ..."): the first unmarked firm
    after the comma that closes the apposition."""
    if text[window.sentence_start:trig.start].strip():
        return None
    comma = text.find(",", companion.end, window.end)
    return next((m for m, mk in after if comma >= 0 and m.start > comma and mk is None
                 and m.name != companion.name), None) if comma >= 0 else None


def _pair_with(subjects: list[Mention], companions: list[Mention], trig, text: str, lex: Lexicon) -> bool:
    """Whether a pair anaphor, the subject, sets up the tie-up with a third firm the cue joins to it right after
    ("les deux mutuelles ont annoncé une coentreprise avec la banque X", "both banks have worked closely with X",
    "Seit 2020 arbeiten beide Häuser im Firmenkundengeschäft eng mit X zusammen": a few words of how or where they
    work together between), not one of a clause after ("une société conjunta que competirá con BT") nor the firm it
    gives birth to ("pour donner naissance à X")."""
    if len(subjects) != 2 or not subjects[0].pair or subjects[1].start != subjects[0].start or not companions:
        return False
    start = max(trig.end, subjects[1].end)  # the pair may stand after its verb ("arbeiten beide Häuser")
    between = text[start:companions[0].start]
    gap = between.lower().split()
    return (0 < len(gap) <= PAIR_GAP and any(w in lex.markers.get("comitative", ()) for w in gap)
            and not any(w in lex.conjunction_words for w in gap) and "," not in between
            and not lex.object_relative_word_re.search(between)
            and companions[0].name not in {m.name for m in subjects})


def _new_subject(subjects: list[Mention], window: Window, text: str, lex: Lexicon) -> bool:
    """Whether the last subject opens a clause of its own after the previous verb's object: a conjunction with
    other words before it stands between them ("compró X en mayo y Y creó ..."), not "X y Y crearon"."""
    first, last = subjects[-2:]
    words = [w.lower() for w in _WORD.findall(text, first.end, last.start)]
    return (window.clause_start > window.sentence_start and len(words) > 1 and words[-1] in lex.conjunction_words
            and not coordinated(last, first, text, lex))


def _holders_by_share(trig: TriggerMatch, after: list[Mention], text: str, lex: Lexicon) -> list[Mention] | None:
    """ "An dem Gemeinschaftsunternehmen halten die Stadtwerke 51 Prozent, das Entsorgungsunternehmen aus Wesel 49
    Prozent", "in the venture, X will hold 60%, Y 40%": the firms after a venture's cue each followed by its share,
    the shares no more than the whole, are its partners (the clause after the first share reads as another)."""
    held = [(m, float(share.group(1).replace(",", "."))) for m in after
            if (share := lex.share_re.match(text, _SHARE_GAP.match(text, _past_place(text, m, lex)).end()))]
    if len(held) < 2 or sum(p for _, p in held) > 100 or len({m.name for m, _ in held}) < len(held):
        return None
    return [m for m, _ in held]


_SHARE_GAP = re.compile(r"(?:\s+(?-i:[^\W\d_A-Z])+){0,3}\s*")  # up to three lowercase words ("will hold", "tendrá el")


def _past_place(text: str, m: Mention, lex: Lexicon) -> int:
    """Where a mention ends, past the place its origin words name right after it ("das Entsorgungsunternehmen aus
    Wesel", `origins`) or its legal suffix ("die X GmbH 49 Prozent"): up to the first capitalised word of the next
    three."""
    suffix = _NEXT_WORD.match(text, m.end)
    if suffix and suffix.group(1).rstrip(".,").lower() in lex.legal_suffixes:
        return suffix.end()
    pos = m.end
    for _ in range(ORIGIN_WORDS):
        word = _NEXT_WORD.match(text, pos)
        if word is None:
            break
        if word.group(1)[:1].isupper():
            return word.end() if lex.origin_re.search(text, m.end, word.start(1)) else m.end
        pos = word.end()
    return m.end


ORIGIN_WORDS = 3  # words after a name read for the place it is from ("aus Wesel", "con sede en Bilbao")
_NEXT_WORD = re.compile(r"\s+(\S+)")


def _relative_founders(trig: TriggerMatch, before: list, after: list, window: Window, text: str,
                       lex: Lexicon) -> list[Mention] | None:
    """ "X, la coentreprise que Y a créée en 2022 avec Z", "X, dem Gemeinschaftsunternehmen, das Y 2023 mit Z gegründet
    hat", "X, l'alliance qu'il a formée en 2020 avec Z": a relative clause right after a tie-up cue, its own subject
    named or a pronoun, tells who set the tie-up up with the firm named with it: that subject (for a pronoun, the
    sentence's subject) and that firm are the partners; the names before the cue are the venture's own or the main
    clause's, not the founders'."""
    k = next((k for k, (_, mk) in enumerate(after) if mk == "comitative"), None)
    if k is None:
        return None
    partner = after[k][0]
    words = text[trig.end:partner.start].replace("'", "' ").replace(",", " , ").split()
    r = next((r for r, w in enumerate(words[:RELATIVE_OPENING_WORDS]) if lex.relative_re.match(", " + w)), None)
    if r is None or not all(w.islower() or w == "," for w in words[:r]) or "," in words[:r - 1] + words[r:]:
        return None  # "la coentreprise d'assurance qu'elle": only the cue's complement before the pronoun
    rest = words[r + 1:]
    if len(rest) > FOUNDER_CLAUSE_WORDS:
        return None
    if rest and rest[0] in pronoun_forms(lex):  # "qu'elle a créée avec Z": the sentence's subject founded it
        subject = next((m for m, mk in before if mk is None and m.start >= window.sentence_start and m.name
                        and not venture_apposed(text[m.end:trig.start], lex)), None)
    else:  # "das Y 2023 mit Z gegründet hat": the firm right after the pronoun (and its article) founded it
        first = after[0][0] if k and after[0][1] is None else None
        subject = first if first is not None and all(
            w.islower() for w in text[trig.end:first.start].replace("'", "' ").split()[r + 1:]) else None
    return [subject, partner] if subject is not None and subject.name != partner.name else None


def _relative_partners(trig: TriggerMatch, before: list, text: str, lex: Lexicon) -> list[Mention] | None:
    """ "Stripe, which X has worked with since 2023", "Pomerleau, avec qui X collabore depuis 2018": a firm named
    before a relative clause whose own subject, just before the cue, works with it; both are the partners."""
    if len(before) < 2 or before[-1][1] not in (None, "comitative"):
        return None  # "mit der X": where the relative pronoun is an article's form, the subject reads as marked
    (first, _), (subject, _) = before[-2:]
    words = text[first.end:subject.start].lower().replace(",", " , ").split()  # ", which", ", avec qui", ", con la que"
    if len(before) > 2 and first.anaphor and before[-3][0].name == first.name and words and words[0] != ",":
        first = before[-3][0]  # "Rutilia, la start-up gallega con la que X colabora": the name the description follows
        words = [",", *words]
    while words and words[0].rstrip(".") in lex.legal_suffixes:
        words = words[1:]  # "Voltan SAS, avec qui"
    if len(words) > 3 and words[0] == "," and is_descriptor(words[1], lex):
        words = [",", *words[2:]]  # "Ferrovías Lanza, socio con el que X colabora": a bare noun apposed to the name
    words = _past_apposed_description(words, lex)
    if len(words) < 2 or words[0] != ",":
        return None
    relative = lex.relative_re.match(", " + words[-1]) or lex.object_relative_re.search(
        ", " + words[-1] + " ") or words[-1] in lex.prepositional_relatives and len(words) > 2
    linked = all(w in lex.markers.get("comitative", ()) or w in lex.determiners for w in words[1:-1])
    between = text[subject.end:trig.start]
    if subject.anaphor and subject.name == first.name:
        return None  # "X, mit dem der Konzern ... zusammenarbeitet": the description is another firm than X
    return [first, subject] if relative and linked and "," not in between and len(
        between.split()) <= RELATIVE_PARTNER_WORDS else None


def _topic_relative_partner(trig: TriggerMatch, before: list, window: Window, text: str, lex: Lexicon,
                            fallback: Mention | None) -> list[Mention] | None:
    """ "Su socio principal es X, con la que mantiene desde 2022 una alianza": a firm named before a relative clause
    that works with it and names no subject (the language leaves it out, or a pronoun stands for it) is the partner
    of the sentence's own subject ("Kestel s'appuie sur Y, avec lequel elle a noué un partenariat", "Kestel setzt
    auf Y, mit der sie seit 2021 kooperiert"), else of the firm the text is about (`fallback`); also a companion the
    main clause names ("ganó el contrato junto a la francesa X, con la que constituyó en 2022 una sociedad
    conjunta")."""
    if not before or before[-1][1] not in (None, "comitative", "recipient", "patient"):
        return None
    first = before[-1][0]
    if len(before) > 1 and first.anaphor and before[-2][0].name == first.name:
        first = before[-2][0]  # "Y, la société lyonnaise avec laquelle il ...": the name the description follows
    words = _past_apposed_description(text[first.end:trig.start].lower().replace(",", " , ").split(), lex)
    if len(words) < 3 or words[0] != "," or words[1] not in lex.markers.get("comitative", ()) or "," in words[2:]:
        return None
    k = next((k for k, w in enumerate(words[2:], 2) if w not in lex.determiners), len(words))
    if not (k < len(words) and lex.relative_re.match(", " + words[k]) or words[2] in lex.prepositional_relatives):
        return None
    partner = _sentence_subject(first, before, window) or fallback
    return None if partner is None or _kin(partner.name, first.name, lex) else [partner, first]


def _past_apposed_description(words: list[str], lex: Lexicon) -> list[str]:
    """ ", la société lyonnaise avec laquelle", ", the Ostrava-based developer of interlocking software with which":
    the words after a name's comma without the description set off there (an article, then words with a kind noun
    among them), up to the preposition that opens a relative clause on the name."""
    if len(words) < 3 or words[0] != "," or words[1] not in lex.determiners:
        return words
    comitative = lex.markers.get("comitative", ())
    k = next((k for k, w in enumerate(words[2:SET_OFF_WORDS], 2) if w in comitative or w == ","), None)
    if k is None or words[k] == "," or not any(is_descriptor(w, lex) for w in words[2:k]):
        return words
    return [",", *words[k:]]


def _sentence_subject(named: Mention, before: list, window: Window) -> Mention | None:
    """The first firm a sentence names or describes before `named` with no preposition before it: the subject a
    pronoun or a left-out subject of a relative clause on `named` stands for."""
    return next((m for m, mk in before if mk is None and window.sentence_start <= m.start and m.end <= named.start
                 and m.name and m.name != named.name), None)


def _past_apposition(before: list, text: str, trig: TriggerMatch, lex: Lexicon) -> list:
    """ "X, le fabricant des vélos Y, a noué un partenariat avec Z", "X, the maker of Y, teamed up with Z": the last
    name before a tie-up cue, inside an apposition that describes the name before it and closes with a comma before
    the cue, says what that firm is; it takes no part in the tie-up."""
    if len(before) < 2 or before[-1][1] is not None:
        return before
    (previous, _), (last, _) = before[-2:]
    if _described(text[previous.end:last.start], lex) and "," in text[last.end:trig.start]:
        return before[:-1]
    return before


def _apposed_relation(trig: TriggerMatch, before: list, after: list, window: Window, text: str,
                      lex: Lexicon) -> list[Mention] | None:
    """ "X confie depuis 2021 ses livraisons au transporteur Y, un partenariat qu'il juge décisif": a partnership
    noun set off right after a firm the clause governs names that firm's tie with the clause's subject (not "Y, un
    partenaire de X": a cue that ends in its own preposition names its partner after it; nor a verb with its partner
    after it, past an insert that closes on the firm: "X, participada por el fondo Y, colabora con Z")."""
    if trig.trigger.type != "partnership" or len(before) < 2 or before[-1][1] in (None, "comitative") or (
            _ends_in_marker(text[trig.start:trig.end], lex)) or any(
            mk in ("comitative", "recipient") and m.start - trig.end <= PARTNER_REACH for m, mk in after):
        return None
    named = before[-1][0]
    subject = next((m for m, mk in reversed(before[:-1]) if mk is None and m.start >= window.sentence_start), None)
    if subject is None or subject.name == named.name or not venture_apposed(text[named.end:trig.start], lex):
        return None
    if any(mk == "comitative" for m, mk in before if m.start > subject.start):
        return None  # "works with X and sells to Y, a partnership it values": which tie, the text does not say
    return [subject, named]


def _apposed_partner(trig: TriggerMatch, before: list, after: list, text: str, lex: Lexicon) -> list[Mention]:
    """ "offered on X, Y's strategic partner since 2022", "bei X, dem strategischen Partner der Y": a partner noun set
    off after a firm names that firm, whatever governs it, and the partner's possessor before the noun or the firm the
    cue's own preposition governs after it."""
    if trig.trigger.type != "partnership" or not before:
        return []
    if before[-1][0].possessive and len(before) > 1 and len(text[before[-1][0].end:trig.start].split()) <= 2:
        (apposed, _), (owner, _) = before[-2:]
        gap = text[apposed.end:owner.start]
    elif after and after[0][1] is None and _ends_in_marker(text[trig.start:trig.end], lex) and not text[
            trig.end:after[0][0].start].strip():
        apposed, owner, gap = before[-1][0], after[0][0], text[before[-1][0].end:trig.start]
    else:
        return []
    return [apposed, owner] if apposed.name != owner.name and venture_apposed(gap, lex) else []


def _agent_and_companion(trig: TriggerMatch, after: list) -> list[Mention]:
    """ "l'accord de distribution noué en 2020 par X avec la banque Y", "the agreement signed by X with Y": the agent
    of a participle after a tie-up cue and the firm named with it right after are the partners."""
    k = next((k for k, (m, mk) in enumerate(after) if mk == "agent" and m.start - trig.end <= PARTNER_REACH), None)
    if k is None or k + 1 >= len(after) or after[k + 1][1] != "comitative":
        return []
    return [after[k][0], after[k + 1][0]] if after[k][0].name != after[k + 1][0].name else []


def _tied_by_pronoun(trig: TriggerMatch, after: list, text: str, lex: Lexicon,
                     fallback: Mention | None) -> list[Mention]:
    """ "l'accord de distribution qui la lie depuis 2020 à l'importateur Y": a relative clause right after a tie-up
    cue whose object is a pronoun ties the firm the text is about (`fallback`) to the firm it names."""
    if fallback is None or not after or after[0][1] not in ("comitative", "recipient"):
        return []
    words = [w for w in re.finditer(r"[^\s,]+", text[trig.end:after[0][0].start])][:3]
    if not words or words[0].start() > 2 or not lex.relative_re.match(", " + words[0].group() + " "):
        return []  # the pronoun opens the clause right after the cue, with a comma or none ("qui la lie")
    if not any(lex.object_pronoun_res[0].search(text, trig.end + words[0].end(), trig.end + w.start())
               for w in words[2:]):
        return []
    return [fallback, after[0][0]] if fallback.name != after[0][0].name else []


def named_before_relative(trig: TriggerMatch, mentions: list[Mention], relative: re.Match | None,
                          text: str) -> Mention | None:
    """The venture's own name between a venture cue and a relative clause that tells it ("aus dem
    Gemeinschaftsunternehmen X, das Y und Z seit 2019 betreiben": X is the venture, Y and Z its partners)."""
    if relative is None:
        return None
    named = [m for m in mentions if trig.end <= m.start and m.end <= relative.start()]
    if len(named) != 1 or text[trig.end:named[0].start].strip() or text[named[0].end:relative.start()].strip(" )."):
        return None
    return named[0]


def _venture_holders(trig: TriggerMatch, mentions: list[Mention], window: Window, text: str,
                     lex: Lexicon) -> list[Mention]:
    """A joint venture's partners told by their stakes after its cue: a stake relative naming its holders, or the
    holders each followed by its share (`_holders_by_stake_relative`, `_holders_by_share`)."""
    if trig.trigger.type != "joint_venture":
        return []
    after = [m for m in mentions if trig.end <= m.start and m.end <= window.end]
    return _holders_by_stake_relative(trig, mentions, text, lex) or _holders_by_share(trig, after, text, lex) or []


def _holders_by_stake_relative(trig: TriggerMatch, mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """ "das Gemeinschaftsunternehmen X, an dem beide Konzerne je zur Hälfte beteiligt sind", "founded the joint venture
    X, in which the bank holds 60 and the insurer 40 percent": a stake relative right after the venture's cue, or
    after the first name following it unmarked (the venture's own), names the venture's holders, its partners."""
    after = [m for m in mentions if m.start >= trig.end and m.name]
    if after and after[0].start > trig.end and marker(after[0], trig.end, text, lex) is None and (
            len(text[trig.end:after[0].start].split()) <= APPOSED_VENTURE_WORDS):
        own, after = after[0], [m for m in after if m.start >= after[0].end]
        start = own.end
    else:
        own, start = None, trig.end
    if not after:
        return []
    gap = text[start:after[0].start].strip()
    suffix = gap.split(",", 1)[0].strip()
    if suffix and suffix.lower().rstrip(".") in lex.legal_suffixes:
        gap = gap[len(suffix):].lstrip()  # "die X GmbH, an der ..."
    if not lex.stake_relative_re.match(gap + " "):
        return []
    stop = min((k for k in (text.find(",", after[0].end), text.find(".", after[0].end)) if k >= 0), default=len(text))
    holders = {m.name: m for m in after if m.start < stop and not (own and m.name == own.name)}
    return list(holders.values()) if len(holders) >= 2 else []


def venture_named_after(trig: TriggerMatch, m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether the words between a venture cue and the name m after it set the name off as the venture's own (", X",
    " al 50 %, X", " owned equally, X"): a comma ends them, a few words at most before it; or none stand between a
    cue ending in its noun (not "détenue à parts égales par") and a name (no pronoun: "gründen sie eine
    Gesellschaft") joined to no other ("la sociedad conjunta X"; not "the venture X and Y formed in 2019")."""
    gap = text[trig.end:m.start]
    if not gap.strip(' "“”«»'):
        following = text[m.end:].split(maxsplit=1)
        last = text[trig.start:trig.end].split()[-1].lower()
        return not m.anaphor and last not in marker_words(lex) and (
            not following or following[0].lower() not in lex.conjunction_words)
    head, comma, rest = gap.partition(",")
    return bool(comma) and not rest.strip() and len(head.split()) <= APPOSED_VENTURE_WORDS


def _since_year(words: str, lex: Lexicon) -> bool:
    """Whether the words are a start alone ("since 2020", "seit 2021")."""
    parts = words.split()
    return len(parts) == 2 and parts[1][:4].isdigit() and bool(lex.running_since_re.search(parts[0] + " "))


def venture_apposed(gap: str, lex: Lexicon) -> bool:
    """Whether the words between a name and a venture cue set the cue off as the name's apposition (", the joint
    venture", ", a jointly owned company", ", une coentreprise", ", ein Gemeinschaftsunternehmen"): an article and up
    to two more words after a comma."""
    rest = gap.lstrip()
    if rest.startswith(",") and rest[1:].split(",", 1)[0].strip().lower().rstrip(".") in lex.legal_suffixes:
        rest = rest[1:].lstrip()  # "constituido X, S.L., una empresa conjunta": the suffix set off by commas
    suffix = rest.split(",", 1)[0].strip()
    if suffix and suffix.lower().rstrip(".") in lex.legal_suffixes:
        rest = rest[len(suffix):].lstrip()  # "die X GmbH, ein Gemeinschaftsunternehmen"
    elif _since_year(suffix, lex):
        rest = rest[len(suffix):].lstrip()  # "have run X since 2020, a joint venture owned equally"
    if not rest.startswith(",") or "," in rest[1:]:
        return False
    words = rest[1:].split()
    if not words:
        return True
    first = words[0].lower().replace("’", "'")
    elided = lex.elision.match(first)  # "l'entreprise commune"
    article = elided.group() if elided else first
    return len(words) <= APPOSED_VENTURE_WORDS and is_article(article, lex)


def _kin(a: str | None, b: str | None, lex: Lexicon) -> bool:
    """Whether two names share a word ("Sanofi-Aventis" and "Aventis"): one firm, or its former self; not a noun
    of a kind or a legal suffix ("Club Deportivo X" and "Club Atlético Y"; a shared "de" still counts: a heldout
    floor fell without it)."""
    split = [re.split(r"[\s-]+", n.lower()) for n in (a or "", b or "")]
    words = [set(w) for w in split]
    # one of them begins with the word they share: a shared later word ("Kestrel Finance" and "Meridian Business
    # Finance") is a trade's, two firms
    return any(w not in lex.legal_suffixes and w not in lex.trades and w not in lex.shared_name_words
               and not is_descriptor(w, lex) and w in (split[0][0], split[1][0]) for w in words[0] & words[1])


def _stake_sold_to(before: list, text: str, lex: Lexicon) -> list:
    """A share sold with the verb last and its firm already named ("Bei X hat die Familie 30 Prozent an den Fonds Y
    abgegeben"): the second firm after a stake's "an" is whom the share goes to, not a second firm it is in."""
    patients = [k for k, (_, mk) in enumerate(before) if mk == "patient"]
    if len(patients) < 2:
        return before
    k = patients[1]
    m, previous = before[k][0], before[k - 1][0]
    if not _marker_res(lex)["recipient"].search(text, previous.end, m.start):
        return before
    return before[:k] + [(m, "recipient")] + before[k + 1:]


def _enters_opened_capital(trig: TriggerMatch, m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a firm past a colon after a cue that opens its own capital to investors is the one let in: the cue
    holds its object ("ouvre son capital"), the clause after the colon tells who enters."""
    return (trig.trigger.type == "investment" and trig.trigger.frame == "sell"
            and lex.own_capital_re.search(text, trig.start, trig.end) is not None
            and HARD_BREAK.search(text, trig.end, m.start) is not None)


def _stake_object(trig: TriggerMatch, cue: str, gap: str, lex: Lexicon) -> bool:
    """Whether the firm after an investment cue that ends in its preposition ("beteiligt sich an") is what the stake
    is in: only an article and a description between them ("an der Kieler X"), no clause break."""
    last, words = cue.lower().split()[-1:], gap.split()
    return (trig.trigger.frame == "invest" and bool(last) and last[0] in lex.markers.get("patient", ())
            and len(words) <= 3 and not any(c in gap for c in ",;:")
            and (not words or words[0].lower() in lex.determiners))


def _ends_in_marker(cue: str, lex: Lexicon) -> bool:
    """Whether a cue ends in a preposition or article that governs the name after it ("partner of")."""
    last = cue.lower().split()[-1:]
    return bool(last) and (last[0] in lex.determiners or any(last[0] in words for words in lex.markers.values()))
