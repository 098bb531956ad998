"""Per-language extraction knowledge, compiled once: the `extraction:` and `calendar:` sections of
`streams/languages/<lang>.yaml`, turned into sets and combined regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from streams import languages

FALLBACK = "en"
MEMBER_DESCRIPTION = 4  # words of a description between a member phrase and the member's name
TOPIC_MARKER_WORDS = 3  # words between a topic's preposition and its firm ("Für die Berner Energie Thunersee")


@dataclass(frozen=True)
class Trigger:
    """One deal-type cue: the type it signals and the frame that maps positions to roles."""

    type: str
    frame: str
    # issue 3 (awards3): a share of a plant's output taken by a customer ("nehmen 40 Prozent des Stroms ab"): the
    # producer it is taken from is the firm the page is about (an order's roles otherwise)
    offtake: bool = False
    # issue 3 (ventures5): talks that failed, their object untold ("Gespräche mit der Y waren gescheitert"): of the
    # deal type the page tells elsewhere (a merger page's talks are merger talks), no cue on a page that tells none
    topical: bool = False


@dataclass(frozen=True, eq=False)
class Lexicon:
    lang: str
    stopwords: frozenset[str]
    descriptors: frozenset[str]
    public_owners: frozenset[str]  # "la société d'État": after a descriptor the owner it names, no firm
    product_nouns: frozenset[str]  # "la gamme Albatros": a name right after one is a product, no firm
    work_nouns: frozenset[str]  # "the game Hollow Tide": a name right after one is a work's title, no firm
    product_heads: frozenset[str]  # "the company's Seaglider fleet": a noun after a possessed name: a product
    determiners: frozenset[str]
    contracted_articles: frozenset[str]  # "vom", "beim": a preposition and an article in one word
    definite_articles: frozenset[str]  # "the takeover", "die Übernahme": a deal already spoken of
    indefinite_articles: frozenset[str]  # "talks about a takeover", "über eine Übernahme": of the firm spoken of
    copulas: frozenset[str]  # "X is a big club", "X est un club historique": the verb that tells what X is
    kind_origins: frozenset[str]  # "X, a company from Utrecht": after an apposed kind of firm, where it comes from
    districts: frozenset[str]  # "im Landshuter Ortsteil Achdorf": a part of a town named in the run, a place
    routes: tuple[frozenset[str], frozenset[str]]  # "from X to Y", "von X nach Y": the ends of a route, places
    places: frozenset[str]
    place_cases: tuple[str, ...]  # "Bayerns": the case endings a place takes (its genitive where nouns inflect)
    facilities: frozenset[str]
    site_heads: frozenset[str]  # "am Klärwerk Bensheim": a site's noun (or a compound's end) its own name follows
    outlets: frozenset[str]  # "140 convenience stores", "42 clínicas": a chain's sites, counted when sold, no goods
    dwellings: frozenset[str]  # "3,100 apartments", "3100 Wohnungen": a housing portfolio's homes, counted when sold
    seated_nouns: frozenset[str]  # "le groupe d'Anvers": a kind of firm whose genitive names the town it sits in
    structures: frozenset[str]  # "the Ferrybridge Viaduct", "die Mainbrücke": a built object, no firm
    located_nouns: frozenset[str]  # "the Tarrant project in X": things whose place alone a locative names after them
    nation_adjectives: frozenset[str]  # "Belgian club X": an adjective of a nation, no firm alone
    instruments: frozenset[str]  # "the Takeover Code", "Rule 8.3", "l'« Offre »": a rule, law or defined term, no firm
    between_words: frozenset[str]
    listing_of: frozenset[str]  # "a stock market listing for X": a preposition after a listing cue that names who lists
    object_pronoun_res: tuple[re.Pattern, re.Pattern]  # "la compró", "l'a racheté" / "bought it": a pronoun object
    recipient_pronoun_res: tuple[re.Pattern, re.Pattern]  # "lui a confié", "le adjudicó" / "awarded it": one given to
    plural_recipient_re: re.Pattern  # "awarded them", "les adjudicó": a recipient pronoun that stands for several firms
    source_pronoun_re: re.Pattern  # "ordered 5,000 sensors from it", "bei ihr bestellt": one ordered from
    locatives: frozenset[str]  # "in", "en": a name after them is where something happens, not whose it is
    origin_re: re.Pattern  # "aus", "based in" at the end of a text: the name after it is a place
    source_re: re.Pattern  # "the newspaper", "analysts at" at the end of a text: the name after it reports the news
    # (a capitalised word the name reader left out may come between: "reported by the Sunday Chronicle")
    vehicle_re: re.Pattern  # "via its venture arm" at the end of a text: the name after it is the investor's own
    credit_re: re.Pattern  # "according to", "laut", "told" at the end of a text: the name after it, set off, reports
    roundup_re: re.Pattern  # "recap", "Wochenrückblick": a label over a line that lists the page's deals
    market_subject_re: re.Pattern  # "El sector insurtech", "die Branche" opening a sentence: a whole market
    credited_re: re.Pattern  # the same with a longer lowercase filler ("según ha informado este martes la "): who told
    reported_re: re.Pattern  # "reported." at the start of a text: the name before it, after a comma, reports the news
    source_words: frozenset[str]  # "Zeitung", "quotidien": a word of what reports the news, never of a firm's name
    adviser_re: re.Pattern  # "advised by", "loan from" at the end of a text: the name after it serves a party
    regulator_re: re.Pattern  # "court", "Autorité de la concurrence": a name of who rules on a deal, never a party
    reporter_re: re.Pattern  # " reported on Monday that" right after a name: the name reports the news it opens
    demonym_endings: tuple[str, ...]
    nationals: dict[str, tuple[str, ...]]  # "dänen" -> ("dänisch", "dänemark"): a country's people, its adjective
    modifier_endings: tuple[str, ...]  # "New Yorker", "Stuttgarter": a place adjective before a noun
    adjective_endings: tuple[str, ...]  # "des französischen Rivalen": a lowercase adjective where nouns are capitalised
    name_adjective_endings: tuple[str, ...]  # "der Hamburgischen Hafenmühlen": an adjective capitalised in names only
    demonym_cases: tuple[str, ...]  # "den Neussern": a case ending the people of a place take after an article
    kinds: dict[str, str]  # "lender" -> "bank": the kind of firm a word names (`streams.extraction.kinds`)
    trades: frozenset[str]  # "the builder", "la bodega": nouns that describe a firm after a determiner only
    genitive_articles: frozenset[str]  # "der" in "die Fusion der X mit der Y": the article alone marks whose deal
    name_heads: tuple[str, ...]  # "Raiffeisenbank", "Kreissparkasse": endings of a long noun that heads a name
    registered_heads: tuple[str, ...]  # "Warengenossenschaft": a compound descriptor that heads a registered name
    hyphen_heads: frozenset[str]  # "Wendel-Gruppe": a group word after a hyphen that ends a name, not a description
    linked_heads: tuple[str, ...]  # "Institut für X": endings of a kind noun heading a name through a connector
    name_tails: dict[str, frozenset[str]]  # "Güterbahn Mitte": a time word that may end a name, and the words after
    # it that make it the time word ("Mitte des Jahres")
    plain_noun_endings: tuple[str, ...]  # "-ung", "-heit": a long word ending so is a noun, even after a kind noun
    sector_nouns: frozenset[str]  # "the utility sector": a descriptor right before one names a market, no firm
    act_readings_re: re.Pattern  # "la firma de un acuerdo": a descriptor that here names an act (a signing), no firm
    name_inflections: dict[str, str]  # "der Deutschen Börse": the ending a case gives a name's first word
    market_re: re.Pattern  # "listed on Nasdaq", "(LSE: KRW)": where shares trade (group "market"), never a party
    market_names: frozenset[str]  # "Euronext Growth", "BME Growth" (casefolded): a venue, never a listing's issuer
    listed_bracket_re: re.Pattern  # " (+4,2 %)", " (NYSE: BRW)", " (WKN 123456)": a listed firm's bracket
    counters: frozenset[str]  # "zwei", "beiden", "mehrere": a capitalised word after them is a counted noun
    fractions: frozenset[str]  # "Viertel", "moitié": a part of what follows ("drei Viertel von X")
    count_hedges_re: re.Pattern  # "up to", "bis zu": before a count of goods bought, the count stays a count
    partitive: frozenset[str]  # "of", "von": what a deal noun is of ("the purchase of 40 buses")
    unit_owner_re: re.Pattern  # "(que X) tiene", "(that X) owns": right after a name, the unit is X's
    subsidiary_nouns: frozenset[str]  # "die deutsche Tochter": a firm its parent owns, never the parent itself
    holder_nouns: frozenset[str]  # "fonds": "aux fonds de X" names X by the money it manages, the receiver
    holder_participles: frozenset[str]  # "managed": "from funds managed by X" names X by its funds, the seller
    held_participles: frozenset[str]  # "held": "the shares held by X" names the stake's holder, its seller
    ownership_nouns: frozenset[str]  # "ownership": "Under X's ownership Y bought Z" tells X as Y's owner, no party
    unit_re: re.Pattern
    pronouns: frozenset[str]  # capitalised subject pronouns that open a sentence ("It", "Elle")
    impersonal_re: re.Pattern  # "It is", "Il s'agit": the pronoun stands for nothing
    object_led_pronouns: frozenset[str]  # "es": a firm only right before its verb's object ("hatte es den Y gekauft")
    speech_verbs: frozenset[str]  # "said", "a indiqué": a pronoun after one is a reported subject
    speech_re: re.Pattern  # the speech verbs as one pattern: an attribution after a quote
    reported_verb_re: re.Pattern  # "said X is considering": a verb right after a name opens the clause it reports
    speech_particle_re: re.Pattern  # " im April ab.": a particle closing the clause after a speech verb's name
    first_person_re: re.Pattern  # "we", "us", "wir", "nous", "nos": a quote that speaks for the speaker's firm
    we_pronouns: frozenset[str]  # "we", "uns", "nous", "nos": in a firm's voice, the firm the speaker speaks for
    we_possessives: frozenset[str]  # "our", "notre": a deal noun after one is the speaker's firm's
    you_pronouns: frozenset[str]  # "you", "vous", "usted": an interviewer addressing the interviewee, never a firm
    we_verb_re: re.Pattern  # "compramos", "firmamos": a verb whose ending alone says "we"
    leader_re: re.Pattern  # "chief executive of", "Chefin von", "consejera delegada de": a firm a speaker heads
    speaker_re: re.Pattern  # a leader's title or any person's ("analyst at X"): whom a paragraph's "we" speaks for
    writer_we_re: re.Pattern  # "as we reported", "selon nos informations": the writer's "we", no firm
    legal_suffixes: frozenset[str]
    abbreviations: frozenset[str]
    connectors: frozenset[str]
    descriptor_links: frozenset[str]  # "la banque en ligne X": words that join a phrase qualifying a descriptor
    institution_links: frozenset[str]  # words that go on in a public body's name ("und", "des")
    institutions: tuple[str, ...]
    public_nouns: frozenset[str]  # "la collectivité": a noun for any public body, the last one the page named
    public_heads: frozenset[str]  # "la Direction générale de ...": a name's first word that makes it a public body
    named_bodies: frozenset[str]  # "die Bundeswehr": a body's word that names one body, where nouns are capitalised
    closing_name_words: frozenset[str]  # "Northwest Seaport Alliance": a deal noun that may close a name
    place_bodies: frozenset[str]  # "la région Bretagne", "das Land Hessen": a word that makes the place after it a body
    town_nouns: frozenset[str]  # "la commune", "the town": a description of the town whose government the page named
    team_kinds: frozenset[str]  # "verein", "club": kinds of firm a nickname may stand for ("den Rot-Weißen")
    nickname_endings: tuple[str, ...]  # "en" of "den Rot-Weißen": endings a word of a club's name takes as a nickname
    town_bodies: frozenset[str]  # "die Stadt Ulm": a body's word that makes any name after it a town's government
    connected_bodies: frozenset[str]  # "la métropole de Rivaz": a body's word heading a name through a connector
    topic_opener_re: re.Pattern  # "Quant à X, il ...": a sentence's opening that makes the firm after it its topic
    topic_marker_re: re.Pattern  # "Für die X ist es ...", "For X it is ...": a sentence opening on its topic
    body_qualifier_re: re.Pattern  # "Communauté urbaine de X": lowercase words inside a public body's name
    works_nouns: frozenset[str]  # "der Neubau der Mainbrücke": works whose genitive names what is built, no firm
    invested_into: frozenset[str]  # "invest $50m in", "investir dans": the preposition that tells what money goes into
    naming_kinds: frozenset[str]  # "the Fernway Stores chain": a kind noun after a name that says what the firm is
    platform_marks: frozenset[str]  # "posts", "forum", "wiki": a URL's word that marks a site hosting others' writing
    compound_nouns: bool
    verb_second: bool
    adjectives_follow: bool
    capitalised_months: bool
    sentence_case: bool  # only names are capitalised inside a sentence (no title case, no capitalised nouns)
    subject_after_verb: bool  # a relative clause may put its subject after the verb ("Y, que compró X": X buys Y)
    drops_subjects: bool  # a finite verb may open a clause with no subject of its own ("X informó que acordó ...")
    person_cue: re.Pattern
    person_after: re.Pattern
    titled_re: re.Pattern  # "la ministra de ": a name after it is part of a person's title
    founded_re: re.Pattern  # "founded in 2019 by": a full name after it (or after titles) is a founder's, a person's
    founding_verbs_re: re.Pattern | None  # " fundaron": full names joined right before it are founders, persons
    founders_from_re: re.Pattern  # "fondée en 2019 par deux ingénieurs de ": a name after it is where they come from
    titles: frozenset[str]  # one-word person titles ("PDG", "Chefin"): never a word of a firm's name
    full_name_titles: frozenset[str]  # titles also said of firms ("l'entrepreneur X"): a person's before a full name
    plural_titles: frozenset[str]  # "founders X Y and Z W": a title in the plural names each full name joined
    origin_adjectives: frozenset[str]  # "suédois", "sueco": a country's adjective no demonym ending tells
    never_alone: frozenset[str]  # "to supply PVC": product codes, no firm alone, kept inside a name
    place_heads: frozenset[str]  # "Punta Gorda", "Pointe du Raz": the word of a place's kind opening its name
    place_openers: frozenset[str]  # "San Diego", "New York", "Sankt Gallen": a word opening a place's name
    adverb_endings: tuple[str, ...]  # "Technisch", "Operativ", "Actualmente": endings of a sentence's opening adverb
    law_firm_words: frozenset[str]  # "Brandt Rechtsanwälte", "Roux Avocats": a name so ended is an adviser's, no party
    staff_nouns: frozenset[str]  # "280 people in Leeds": the staff counted at a place, a stopword that counts
    common_nouns: frozenset[str]  # "am selben Tag", "mit Obst": ordinary nouns, no firm alone unless a suffix follows
    thing_tails: frozenset[str]  # "Funkgeräte", "Ladetechnik": nouns of goods closing a compound, which names things
    area_nouns_re: re.Pattern  # " industrial estate": a noun of an area right after a name makes it the area's
    determined_gap: frozenset[str]  # "a second Scottish production site": words between an article and an adjective
    seat_connectors: frozenset[str]  # "Verhoeven Print of Eindhoven": a connector that tells a firm's seat after it
    name_particles: frozenset[str]  # "Conserverie Le Gall", "Van der Berg": articles and particles inside a name
    firm_name_words: frozenset[str]  # "l'entrepreneur Construction Boréal": a full name with one is a firm's
    markers: dict[str, tuple[str, ...]]
    object_markers: frozenset[str]  # Spanish "a": before the object of a verb, not its recipient ("absorbe a X")
    object_articles: frozenset[str]  # German "den": an article that marks the object, wherever it stands
    subject_articles: frozenset[str]  # German "der": an article that marks the subject, wherever it stands
    dative_articles: frozenset[str]  # German "dem": with no preposition before it, the article of whom a deal gives to
    subject_dative_articles: frozenset[str]  # German "der": a dative only right after a named subject and its auxiliary
    triggers: tuple[Trigger, ...]
    trigger_re: re.Pattern
    status_res: dict[str, re.Pattern]
    past_re: re.Pattern
    future_re: re.Pattern
    pending_re: re.Pattern
    reporting_period_re: re.Pattern  # "in the year under review", "im Berichtsjahr": the past period a report covers
    approval_re: re.Pattern  # "aprobó", "cleared", "genehmigt": a regulator's step, no announcement of the deal
    made_public_re: re.Pattern  # "anunció", "annoncé", "offiziell gemacht": the parties made the deal public then
    stake_re: re.Pattern
    majority_re: re.Pattern
    tender_offer_re: re.Pattern  # "offre publique d'achat", "tender offer": a bid for all of a firm's shares
    participation_re: re.Pattern
    fund_words: frozenset[str]  # "Capital", "Ventures", "Kapital": the last word of an investment firm's name
    young_firm_re: re.Pattern  # "the startup": a description that never stands for an investment firm
    plain_descriptors: frozenset[str]  # "company", "Konzern", "groupe": nouns that say no more than "a firm"
    series_words: frozenset[str]  # "série", "Series": the word before a round's letter ("série B." ends a sentence)
    turn_labels: frozenset[str]  # "Q", "R": an interview's one-letter turn labels ("P. ¿Cuánto pagaron?")
    new_firm_re: re.Pattern  # "das neue Gemeinschaftsunternehmen": a description of a venture founded, no founder
    new_adjective_re: re.Pattern  # "new", "neuen", "nouvelle", "nueva": a firm just being founded (not "joint")
    shared_owners_re: re.Pattern  # "X and Y each own half of" right before a description: it is their venture
    seller_re: re.Pattern  # "the seller is X": X sold the company a deal of the sentences before buys
    buyer_re: re.Pattern  # "the buyer is X": X buys what a sale of the sentence before names no buyer for
    suitor_re: re.Pattern  # "Als Interessent gilt X", "X is seen as a possible buyer": a would-be buyer, rumored
    bidder_out_re: re.Pattern  # "talks with X were broken off", "X dropped out of the race": a buyer out of a sale
    rival_bid_re: re.Pattern  # "a competing offer", "ein konkurrierendes Angebot": a bid for a firm another bids for
    target_re: re.Pattern  # "the target is X": X is what a purchase of the sentence before names no object for
    winner_re: re.Pattern  # "Den Zuschlag erhielt X": X supplies an order the sentence before named no supplier for
    buyer_relative_re: re.Pattern  # "..., por el que ya se habría interesado X": X would buy what a sale names
    talks_re: re.Pattern  # "verhandelt ... mit X", "is in talks with X": X would buy what the seller sells
    on_behalf_re: re.Pattern  # "pour le compte de": whom work is done for; inside an order, its beneficiary
    giver_re: re.Pattern  # "confirmed the award": its subject gave the contract a sentence before told as won
    own_capital_re: re.Pattern  # "entrée à son capital": an investee the discourse names, not the sentence
    stake_reference_re: re.Pattern  # "esa misma participación", "that stake": the stake in the firm told before
    there_pronouns: frozenset[str]  # "X y injecte 40 M": before an investment cue, the firm the discourse names
    latter_re: re.Pattern  # "the latter", "esta última", "ce dernier": the firm named last before it
    shares_res: tuple[re.Pattern, re.Pattern]  # "Aktien von X", "shares in X" / "X shares", "X-Aktien": a listed firm
    price_move_re: re.Pattern  # "jumped 6%", "se dispara un 6%": a share price's move, no stake
    payment_re: re.Pattern  # "in a cash and shares deal", "all-share": how a price is paid, no stake
    deal_noun_re: re.Pattern
    ruling_noun_re: re.Pattern  # "la decisión", "its ruling": a later sentence about the act that ended a deal
    spared_re: re.Pattern  # "ändert das Verbot nichts", "is unaffected": an end its clause says leaves a deal as it is
    talk_noun_re: re.Pattern  # "die Gespräche", "the talks": a deal told by its talks, named by them after
    report_verb_re: re.Pattern  # "mitteilte", "said", "a annoncé": a day in their clause is the report's
    value_noun_re: re.Pattern  # "the purchase price", "le montant": a later sentence that gives the deal's value
    since_re: re.Pattern
    running_since_re: re.Pattern
    price_day_re: re.Pattern  # "Schlusskurs vom", "closing price on": the day after them is a share price's
    price_day_after_re: re.Pattern  # "'s close": the day before it is a share price's ("Monday's close")
    hypothetical_re: re.Pattern
    conditional_re: re.Pattern  # "if", "si", "falls": a clause whose firm acts only in a case supposed
    speculation_re: re.Pattern  # "would make strategic sense", "aurait du sens": a deal judged, none told
    rating_re: re.Pattern  # "a Buy rating", "zum Kauf empfohlen": a broker's advice on shares, no deal
    team_credit_re: re.Pattern  # "The X team was led by partner Y": who worked on an adviser's team, no deal
    possessive_cue_re: re.Pattern  # "its planned purchase of", "su intento de": a possessive just before a cue
    relation_noun_re: re.Pattern  # "Kunden" in "Zu den Kunden zählt X": X is the customer, the supplier left out
    possessive_re: re.Pattern  # "its" in "one of its largest customers": a possessive inside a cue
    possessed_organ_re: re.Pattern  # "sa direction", "its chief executive": an organ or officer of a firm spoken of
    own_unit_re: re.Pattern  # "su filial solar", "its solar unit": a unit of the firm the possessive stands for
    pair_unit_re: re.Pattern  # "the two farmer-owned businesses": the two firms counted, each one whole
    rival_re: re.Pattern  # "son concurrent zurichois", "its Swiss rival": a firm other than the possessor
    member_gap_re: re.Pattern  # ", " or " is " or " figure " between a firm and a list it belongs to
    attempt_holder_re: re.Pattern  # "the attempt by ", "el intento de ": right before the name of the firm that acts
    infinitive_link_re: re.Pattern  # " to ", " de ": all that stands between that name and the deal cue
    delivery_infinitive_re: re.Pattern  # "to supply": a verb of purpose whose "to" names where the goods go
    # "to supply", "para construir", "pour équiper": the infinitive of the goods or the work a contract is for; the
    # group "building" holds a verb of building, whose work may be on the customer's own asset ("to build its depot")
    work_infinitive_re: re.Pattern
    customer_apposition_re: re.Pattern  # ", its largest customer" right after a firm's name: that firm buys
    negotiation_re: re.Pattern  # "talks", "acordó": the firm the buyer negotiates with, before the cue, sells
    blocker_re: re.Pattern  # "vetoed", "a interdit": a verb by which its subject stops a deal of others
    bid_objects: frozenset[str]  # "sur", "sobre": the preposition of what an offer is made on ("opa de X sobre Y")
    veto_re: re.Pattern  # "am Veto der", "por el veto del": the body named next stopped a deal
    loser_res: tuple[re.Pattern, re.Pattern]  # "the losing bidder X" / "X, the losing bidder": X won no contract
    temporal_re: re.Pattern  # "after the", "nach dem" right before a deal noun: a deal already told
    financing_re: re.Pattern  # "to finance the", "pour financer l'" right before a deal noun: a deal told elsewhere
    negation_re: re.Pattern
    intent_re: re.Pattern  # "plans to", "entend": what a firm means to do, not what it did
    cumulative_re: re.Pattern  # "in total", "insgesamt": money raised over all rounds, no round of its own
    undisclosed_re: re.Pattern  # "n'a pas souhaité dévoiler": a negation that withholds a detail, not the deal
    withheld_sum_re: re.Pattern  # "for an undisclosed sum": the deal's sentence says its price is not told
    superseded_re: re.Pattern  # "an earlier version of this article stated": the figures after it are corrected ones
    topic_shift_re: re.Pattern  # "Separately,", "Par ailleurs,": a sentence opening on another matter
    mandate_re: re.Pattern  # "to advise on", "para estudiar": what an adviser is hired for, no supply
    advising_re: re.Pattern  # "is advising X on", "hat X bei der Übernahme beraten": who advises tells no deal
    purchase_contract_re: re.Pattern
    # a sentence's opening phrase that takes up the deal told before ("Con la compra, X suma ...", "Mit der Übernahme
    # wächst X ..."): the words from the sentence's start to its deal noun
    echo_opener_re: re.Pattern
    supply_agreement_re: re.Pattern  # "under the offtake agreement": goods bought or sold under it, no firm
    purpose_re: re.Pattern  # "para vender", "to sell", "um ... zu verkaufen": an infinitive of purpose before a cue
    goods_re: re.Pattern  # goods right after a sale or purchase cue ("vende electricidad"): no firm changes hands
    goods_before_re: re.Pattern  # "den Vorsitz im Aufsichtsrat übernehmen": goods before a verb-last cue
    debt_re: re.Pattern  # a sum named as debt right after it ("40 millions d'euros de dette"): a loan, no round
    object_relative_re: re.Pattern
    object_relative_word_re: re.Pattern  # "que", "which" anywhere: "la opa que lanzó en marzo" tells an earlier step
    relative_word_re: re.Pattern  # a relative pronoun anywhere, with no comma before it ("a firm that bought")
    stake_relative_re: re.Pattern  # ", in which ", ", dont ", ", an der ": a stake's holder follows, the firm is before
    genitive_relative_re: re.Pattern  # "dont", "whose": the deal noun after it is the firm's before it
    dative_relative_re: re.Pattern  # ", auquel elle ", ", to which it ": a supply cue after it serves the firm before
    accusative_relative_re: re.Pattern  # ", den ": a firm's name right after it is the clause's subject, not its object
    members_re: re.Pattern  # "formada por ", "made up of ": the firms after it make up the consortium before it
    joint_re: re.Pattern  # "en UTE con ", "in a consortium with ": the firm after it acts with the subject
    teamed_re: re.Pattern  # "associé à ": the firm after it plays the role of the firm before it, beside it
    coordinator_re: re.Pattern
    pair_re: re.Pattern
    pair_count_re: re.Pattern  # "les deux", "der beiden": two firms counted, the noun of their kind (group 1) after
    together_re: re.Pattern  # "jointly", "gemeinsam", "ensemble", "juntas": the subject's firms act as one pair
    entry_re: re.Pattern  # "beim" among the words before a firm after an investing verb: the firm it enters
    shared_name_words: frozenset[str]  # "volksbank": a word many firms' names share, no sign of one firm
    road_re: re.Pattern  # "A1", "B27": a road's code (`road_codes`), a place after `road_prepositions` and an article
    road_prepositions: frozenset[str]
    entrant_re: re.Pattern  # "Einstieg": a noun of a stake taken whose genitive names the investor (`entrant_nouns`)
    owner_relative_re: re.Pattern  # ", dem " before a firm: a relative clause on the firm before (`owner_relatives`)
    owning_re: re.Pattern  # " bislang gehört" right after that firm: the firm before owns it (`owning_verbs`)
    percent: str  # regex alternative after a number that makes it a percentage
    share_re: re.Pattern  # a number and its percentage ("30 %", "30 Prozent"); group 1 is the number
    # a holding told as raised to a share ("take its stake to 65%", "erhöht seinen Anteil auf 75 Prozent"); group 1
    # is the number
    stake_raised_re: re.Pattern
    noun_endings: tuple[str, ...]
    clause_break: re.Pattern
    subordinator_re: re.Pattern  # "after X", "nachdem X": a subordinator before a name, which opens its own clause
    reported_end_re: re.Pattern  # "said that", "berichtet hatte," at the end of a text: the clause after it is reported
    reporting_re: re.Pattern  # "said X", "señalaran que": a verb of saying before the clause it reports
    subordinator_word_re: re.Pattern  # "after", "nachdem", "después de que" anywhere: a subordinate clause opens
    # "before agreeing to", "after rejecting": a clause of another step of the story opens (`gerund_subordinators`)
    gerund_clause_re: re.Pattern
    headline_break_re: re.Pattern  # "as", " – ", ": ": where a headline joins two pieces of news
    argument_re: re.Pattern  # "arguing", "estimant que": a reason given for or against a deal begins
    relative_re: re.Pattern  # ", which", ", dessen": a relative clause begins
    prepositional_relatives: frozenset[str]  # German "dem" of ", mit dem X kooperiert": a relative after a preposition
    object_only_relative_re: re.Pattern  # ", que", ", a la que": a relative pronoun that is never the subject
    time_relative_re: re.Pattern  # ", when", ", cuando" right after a date: the clause it opens happened then
    conjunction_re: re.Pattern  # "and" right before a trigger: a second verb with the same subject
    conjunction_words: frozenset[str]  # "and", "und": a pronoun right after one opens a clause
    complementizers: frozenset[str]  # "reported that X had": a determiner's word that opens a clause instead
    passive_re: re.Pattern  # "wurde": a passive auxiliary, after which "von" names the agent
    perfect_auxiliaries: frozenset[str]  # "hat": where the verb comes last, the auxiliary stands second
    transitive_auxiliaries: frozenset[str]  # "hat": after "X hat", a description is X's object, another firm
    singular_auxiliaries: frozenset[str]  # "has": after "X and Y, which" the pronoun stands for Y alone
    suffered_re: re.Pattern  # "was", "a été", "fue" right before a deal verb: its subject undergoes the deal
    progressive_endings: tuple[str, ...]  # "is buying": after "be", a verb with this ending is active
    unit_before_re: re.Pattern  # "the valve business of ": a nameless unit, its owner follows
    unit_after_re: re.Pattern  # "'s valve business": a nameless unit after its owner's possessive
    organ_re: re.Pattern  # "the board of ": the firm named next is the subject, not governed
    backing_re: re.Pattern  # "recommended by ", "soutenue par le ": an offer backed by an organ (its target's)
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_years: dict[str, int]
    relative_months: dict[str, int]
    relative_weeks: dict[str, int]  # "last week": a month, or a year when the week straddles two months
    date_prefixes: tuple[str, ...]  # "mid-" before a month or year ("mid-March"): the date as if alone
    following_year: tuple[str, ...]  # "the following year": the year after the one named before
    same_year: tuple[str, ...]  # "that same year": the year named before
    preceding_year: tuple[str, ...]  # "the previous year": the year before the one named before
    that_month: tuple[str, ...]  # "that September": a month of the year named before
    year_reference_re: re.Pattern  # either of them: a date that needs the year of the sentence before
    same_day_re: re.Pattern  # "Dans la foulée, X ...": a sentence opening on the day of the deal told before
    back_then_re: re.Pattern  # "damals", "à l'époque": a sentence told at the time the sentence before dates
    that_weekday_re: re.Pattern  # "an jenem Montag", "ce lundi-là": the weekday of a day a sentence before names
    seasons: dict[str, int]
    elapsed: dict  # "comes six months after": openers, after words, counts (number words too) and units
    ago: dict  # "nine years ago", "vor neun Jahren": the words before and after a span counted back from the news
    ordinal: str  # regex alternative of day-number endings ("st", "er", ".")
    elision: re.Pattern
    possessive: re.Pattern
    amounts: dict


def alternation(words: list[str], escape: bool = False) -> str:
    """One regex alternative of all words, longest first so that the longest cue wins."""
    items = sorted({re.escape(w) if escape else w for w in words}, key=len, reverse=True)
    return "|".join(items) or r"(?!x)x"


# the words of a publication's title before its last one ("La Lettre des", "le Journal of the"): the run a name
# reader finds is the title's last capitalised word, so what credits the news must reach past the others
_TITLE_HEAD = r"(?:(?-i:[A-ZÀ-Þ][\w'’-]*)\s+(?:(?-i:[a-zß-ÿ]{1,3})\s+){0,2}){0,2}"


def _elided(determiners: list[str]) -> str:
    """The elided articles, written with either apostrophe, that are glued to the word after them ("l'", "l’")."""
    return alternation([w[:-1] + q for w in determiners if w.endswith("'") for q in "'’"], escape=True)


def _determiner_gap(determiners: list[str]) -> str:
    """An optional article before a name, an elided one written either way and glued to it ("selon l’agence X")."""
    return rf"(?:(?:{alternation(determiners, escape=True)})\s+|(?:{_elided(determiners)}))?"


def _reporter_re(reports: dict) -> re.Pattern:
    """A reporting verb right after a name, a few words or an aside, then what opens the clause it reports ("
    reported at the weekend, citing people familiar with the matter, that", " berichtet, die")."""
    return re.compile(rf"\s+(?:{alternation(reports.get('verbs', []))})(?:\s+[\w’'-]+){{0,4}}?"
                      rf"(?:\s*,[^,.;]{{1,90}},)?\s*(?:{alternation(reports.get('openers', []))})(?!\w)", re.IGNORECASE)


def _regulator_re(regulators: list[str], authorities: list[str]) -> re.Pattern:
    """The names of regulators and courts (patterns, any case) and the regulators' acronyms (as written)."""
    return re.compile(rf"(?<!\w)(?:{alternation(regulators)}|(?-i:{alternation(authorities, escape=True)}))(?!\w)",
                      re.IGNORECASE)


_INFLECTED = re.compile(r"([\w'’-]*)~(\w+)")


def inflected(word: str, paradigms: dict[str, list[str]]) -> str:
    """ "acquir~e" -> "(?:acquire|acquires|acquired|acquiring)": a cue written as a stem and its paradigm class,
    so that a verb or noun is listed once with all its forms, not phrase by phrase."""
    def forms(m: re.Match) -> str:
        stem, templates = m.group(1), paradigms[m.group(2)]
        return f"(?:{alternation([t.format(stem) if '{}' in t else stem + t for t in templates])})"
    return _INFLECTED.sub(forms, word)


def _with_sum(cue: str, amounts: dict) -> str:
    """A cue with `<sum>` standing for a currency sign or code before a figure ("raised <sum>": "raised KES 2.3bn",
    "raised Rs 500 crore", "raised R1.2bn"), so that a cue names the language's currencies once, in `amounts`."""
    if "<sum>" not in cue:
        return cue
    signs = [k.lower() for k in [*amounts["currencies"], *amounts.get("glued_currencies", {})]]
    return cue.replace("<sum>", rf"(?:{alternation(signs, escape=True)})\s?\d")


def _with_per_share(cue: str, amounts: dict) -> str:
    """A cue with `<per share>` standing for the language's words of a price per share ("offer of <x> <per share>
    for": "an offer of 340p a share for Y", "une offre à 31 euros par action sur Y"), so that a bid told by its price
    per share reads as one told by its sum, with the words listed once, in `amounts.offered_shares`."""
    if "<per share>" not in cue:
        return cue
    words = [w.lower() for w in amounts.get("offered_shares", {}).get("per_share", [])]  # cues are lowercase
    return cue.replace("<per share>", rf"(?:{alternation(words, escape=True) or '(?!)'})")


def words_re(words: list[str], escape: bool = False) -> re.Pattern:
    """A case-insensitive regex matching any of the words at word boundaries."""
    return re.compile(rf"(?<!\w)(?:{alternation(words, escape)})(?!\w)", re.IGNORECASE)


def _that_weekday_re(phrases: list[str], weekdays: list[str]) -> re.Pattern:
    """The phrases pointing back to a weekday ("an jenem {day}"), their {day} any weekday and its endings
    ("jenes Montags"); no phrase matches nothing."""
    day = rf"(?:{alternation(weekdays, escape=True)})\w*"
    shapes = [re.escape(p).replace(re.escape("{day}"), day) for p in sorted(phrases, key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(shapes) or '(?!x)x'})(?!\w)", re.IGNORECASE)


def _optional_words_re(ext: dict, key: str, escape: bool = False) -> re.Pattern:
    """`words_re` of a list a language may leave out or leave empty: where it does, a pattern that never matches."""
    return words_re(ext[key], escape) if ext.get(key) else re.compile(r"(?!)")


def _future_re(words: list[str], endings: list[str]) -> re.Pattern:
    """The forecast words and, in lowercase, verbs of a future tense by their ending ("fusionneront", "saldrá"):
    a language that inflects its future names it by the verb alone, with no "will" to list."""
    inflected = rf"|(?-i:[^\W\dA-ZÀ-Þ]+(?:{alternation(endings, escape=True)}))" if endings else ""
    return re.compile(rf"(?<!\w)(?:{alternation(words, escape=True)}{inflected})(?!\w)", re.IGNORECASE)


def _with_cases(places: frozenset[str], endings: list[str]) -> frozenset[str]:
    """The places and their case forms ("Bayerns" of "in weiten Teilen Baden-Württembergs und Bayerns"): a place
    in the genitive is no firm either."""
    return places | {p + e for p in places for e in endings if not p.endswith(e)}


def _loser_res(phrases: list[str], determiners: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """A losing bidder's phrase right before a name ("the losing bidder X"), and one set off right after it ("X,
    the losing bidder"); never matching where the language lists none."""
    words = alternation(phrases, escape=True) if phrases else "(?!)"
    return (re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE),
            re.compile(rf",\s+(?:(?:{alternation(determiners, escape=True)})\s+)?(?:{words})(?!\w)", re.IGNORECASE))


def _before_name_re(phrases: list[str], determiners: list[str], described: int = 2) -> re.Pattern:
    """A phrase closing the words before a name, maybe with an article and some words of a description after it
    ("formada por Grupo X", "associé à la PME Y")."""
    return re.compile(rf"(?<!\w)(?:{alternation(phrases, escape=True)})\s+"
                      rf"(?:(?:{alternation(determiners, escape=True)})\s+)?(?:[\w-]+\s+){{0,{described}}}$",
                      re.IGNORECASE)


def _venues(markets: dict) -> list[str]:
    """The exchanges, segments and stock indices a firm's shares are listed on or sit in (markets' names, then
    indices): one list serves the listing venues and the indices a market report names."""
    return [*markets.get("names", ()), *markets.get("indices", ())]


def _price_move_re(ext: dict, percent: str) -> re.Pattern:
    """A share price's move: a verb of `price_moves` before its percentage ("jumped 6%", "se dispara un 6%"), or one
    of `closing_price_moves` whose percentage closes the sentence ("Ferrovia a pris 4 %."), a verb that otherwise
    takes a stake ("a pris 15 % du capital de X")."""
    figure = rf"\s+(?:\S+\s+)?\d+(?:[.,]\d+)?\s*(?:{percent})"
    moves = [rf"(?:{alternation(ext.get('price_moves', []), escape=True)}){figure}"]
    if ext.get("closing_price_moves"):
        moves.append(rf"(?:{alternation(ext['closing_price_moves'], escape=True)}){figure}(?=\s*(?:[.;]|$))")
    return re.compile(rf"(?<!\w)(?:{'|'.join(moves)})", re.IGNORECASE)


def _market_re(markets: dict) -> re.Pattern:
    """A market or exchange named after a preposition of listing and up to two lowercase words ("on Nasdaq",
    "sur Euronext Growth", "im frühen Xetra-Handel", "en la Bolsa Mexicana de Valores": group "market"), or with the
    ticker it gives ("LSE: KRW": group "ticker"), or before a listing noun it modifies ("a Nasdaq listing": group
    "modifier"), or a ticker after the words that name one ("under the ticker ALDR": group "symbol"), or a stock
    index anywhere ("Le CAC 40 a ouvert en hausse", "im SDax": group "index", not "Dax-Konzern"), or a cashtag, a
    post's ticker behind a dollar sign ("Calder Bancorp ($CLDR) and ...": group "cashtag"); an index is a venue too
    ("joined the FTSE 100", `_venues`); names are matched as written ("Nasdaq buys" stays a firm)."""
    names = alternation(_venues(markets), escape=True)
    before = alternation(markets.get("prepositions", []), escape=True)
    symbol = alternation(markets.get("symbol_words", []), escape=True)
    nouns = alternation(markets.get("nouns_after", []), escape=True)
    indices = alternation(markets.get("indices", []), escape=True)
    return re.compile(rf"(?<!\w)(?i:{before})\s+(?:[^\W\d_A-ZÀ-Þ][\w'’]*\s+){{0,2}}(?P<market>{names})(?!\w)"
                      rf"|(?<!\w)(?P<modifier>{names})(?=\s+(?i:{nouns})(?!\w))"
                      rf"|(?<!\w)(?P<ticker>(?:{names})\s*:\s*[A-Z][A-Z\d.]*)"
                      rf"|(?<!\w)(?i:{symbol})\s+[\"“«]?\s*(?P<symbol>[A-Z][A-Z\d.]*)(?!\w)"
                      rf"|(?<![\w-])(?P<index>{indices})(?![\w-])"
                      r"|(?<![\w$])\$(?P<cashtag>[A-Z][A-Z\d.]{0,5})(?![\w])")


def _listed_bracket_re(markets: dict, percent: str) -> re.Pattern:
    """A bracket right after a name that only a listed firm gets: its share price's signed move ("Naviclair (+4,2 %)"),
    its ticker on an exchange ("(NYSE: BRW)") or a labelled security code ("(WKN 123456)", "(ISIN: DE000A1B2C34)")."""
    names = alternation(_venues(markets), escape=True)
    labels = alternation(markets.get("code_labels", []), escape=True)
    return re.compile(rf"\s*\(\s*(?:[+\-−–]\s?\d+(?:[.,]\d+)?\s*(?:{percent})"
                      rf"|(?:{names})\s*:\s*[A-Z][A-Z\d.]*"
                      rf"|(?:{labels})\s*:?\s*(?=[A-Z\d.]*\d)[A-Z\d.]{{5,14}}|(?:{labels})\s*:?\s*[A-Z][A-Z\d.]{{0,5}})\s*\)")


def _founders_from_re(founded_by: list[str], origins: list[str]) -> re.Pattern:
    """A founding participle, its "by", the founders told by a few words and where they come from ("fondée en 2019
    par deux ingénieurs de "), ending where a name starts; never matches without both lists."""
    if not founded_by or not origins:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{alternation(founded_by)})\s[^,;.:]{{0,40}}?(?<!\w)(?:{alternation(origins, escape=True)})"
                      r"\s*$", re.IGNORECASE)


def _prefix_re(words: list[str]) -> re.Pattern:
    """Like words_re, but a cue may be the start of a longer word (stems such as "abandon")."""
    return re.compile(rf"(?<!\w)(?:{alternation(words)})", re.IGNORECASE)


def _stake_re(words: list[str]) -> re.Pattern:
    """Like _prefix_re (regular expressions: "per ?cent of"), but a cue that opens with a sign ("% of") follows
    a number directly ("20% of")."""
    signs = [w for w in words if not w[:1].isalnum()]
    return re.compile(rf"(?<!\w)(?:{alternation([w for w in words if w[:1].isalnum()])})|(?:{alternation(signs)})",
                      re.IGNORECASE)


def _impersonal_re(openings: list[str], endings: list[str], after: list[str],
                   adverbs: list[str] | None = None) -> re.Pattern:
    """ "It is", "Il s'agit": the pronoun stands for nothing; but not before a progressive verb form ("It is building
    four ferries for X", also past an adverb of `impersonal_adverbs`: "It is currently building"), unless a word that
    keeps it impersonal follows that form ("It is interesting to note")."""
    keep = ""
    if endings:
        form = rf"(?-i:[^\W\dA-Z_])\w*(?:{alternation(endings, escape=True)})"  # lowercase: not "It is Kering's"
        adverb = rf"(?:\s+(?:{alternation(adverbs, escape=True)}))?" if adverbs else ""
        keep = rf"(?!{adverb}\s+{form}\s(?!\s*(?:{alternation(after, escape=True)})\b))"
    return re.compile(rf"(?:{alternation(openings, escape=True)})(?!\w){keep}", re.IGNORECASE)


def _object_pronoun_res(pronouns: dict, days: dict[str, int] | None = None) -> tuple[re.Pattern, re.Pattern]:
    """A pronoun that is a verb's object: before it, maybe with an auxiliary ("la ha comprado", "l'avait
    racheté", "lui a par ailleurs commandé": an adverb or two may follow the auxiliary) and a weekday ("hat ihr am
    Montag den Zuschlag erteilt"), matched against the text that ends at the verb; and right after it ("bought it")."""
    adverbs = r"(?:\s+(?-i:[^\W\d_A-Z])+){0,2}"  # lowercase words only: no name, figure or comma
    auxiliary = rf"(?:\s*(?:{alternation(pronouns.get('auxiliaries', []))})(?!\w){adverbs})?"
    dated = rf"(?:\s+(?-i:[^\W\d_A-Z])+\s+(?:{alternation(sorted(days or ()), escape=True)})(?!\w))?"
    before = rf"(?<!\w)(?:{alternation(pronouns.get('before', []))}){auxiliary}{dated}(?:\s+|(?<=['’]))$"
    after = rf"\s+(?:{alternation(pronouns.get('after', []))})(?!\w)"
    return re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)


def _shares_res(shares: dict) -> tuple[re.Pattern, re.Pattern]:
    """A market report's shares of a firm: the words right before its name ("Aktien von ", "shares in ", "l'action "),
    matched against the text that ends at the name, and right after it (" shares", "-Aktien"), as written."""
    before = rf"(?<!\w)(?:{alternation(shares.get('before', []), escape=True)})\s+$"
    after = rf"(?:{alternation(shares.get('after', []), escape=True)})(?!\w)"
    return re.compile(before), re.compile(after)


SUBJECT_BETWEEN = r"(?:[^,.;\s]+\s+)?"  # where the verb comes second its subject may follow it ("verkauft X Strom")


def _elapsed(data: dict | None, numbers: dict) -> dict:
    """The words of a span counted back from the news ("comes six months after"), with the number words as counts."""
    if not data:
        return {}
    counts = {k.lower(): int(v) for k, v in {**numbers, **data.get("counts", {})}.items()}
    return {"openers": list(data["openers"]), "after": list(data["after"]), "counts": counts,
            "units": {k.lower(): v for k, v in data["units"].items()}}


def _strip(word: str) -> str:
    return word.lower().rstrip(".")


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled knowledge of one language (English for languages without an `extraction:` section)."""
    data = languages.load(lang)
    if "extraction" not in data:
        lang, data = FALLBACK, languages.load(FALLBACK)
    ext, cal = data["extraction"], data.get("calendar", {})
    # a chain's outlets ("140 stores from X") are units their owner sells, in lowercase only ("Hartfield Stores",
    # "Vitalis Kliniken" are firms)
    units = [*ext["unit_words"], *(f"(?-i:{re.escape(w)})" for w in ext.get("outlets", ()))]
    triggers = tuple(Trigger(t["type"], t["frame"], bool(t.get("offtake")), bool(t.get("topical")))
                     for t in ext["triggers"])
    paradigms = ext.get("paradigms", {})
    percent = rf"%|(?i:{alternation(ext['percent_words'], escape=True)})"
    # maybe a definite article before the name ("after the Ministry of Defence awarded it", "après que la Région")
    article = rf"(?:(?:{alternation(ext.get('definite_articles', []), escape=True)})\s*)?"
    # or a lowercase description, maybe with one adjective ("after activist investor X built a stake", "after the
    # rival fund X made an offer")
    described = alternation(sorted({w.lower() for w in [*ext["descriptors"], *(v for vs in ext.get("kinds", {}).values()
                                                                             for v in vs)] if " " not in w}),
                            escape=True)
    subordinate = (rf"(?:{alternation(ext.get('subordinators', []), escape=True)})\s+{article}"
                   rf"(?:(?:[^\W\d_]+\s+)?(?-i:(?:{described}))\s+)?(?-i:[A-ZÀ-ÞÄÖÜ])")
    # "after people familiar with the matter said X was weighing", "après que des sources ont indiqué que X": a verb of
    # saying before its "that" or a name opens the clause it reports (`roles.clause_start`); who said it is no party
    that = alternation(ext.get("reports", {}).get("openers", []), escape=True)
    # (not before a capital where every noun has one: "sagte Konzernchef X")
    named = "" if ext["compound_nouns"] else rf"|\s+(?={article}(?-i:[A-ZÀ-ÞÄÖÜ]))"
    reporting = rf"(?<!\w)(?:{alternation(ext.get('reporting_verbs', []))})(?:\s+(?:{that})(?=\s){named})"
    said = alternation([*ext.get("reporting_verbs", []), *ext.get("reports", {}).get("verbs", [])])
    # "die Familie Hollbach": cues that make a person of the name after them only, never of a firm before them
    # not a title that ends with the word that ties it to its firm ("partner at X", "associée chez X"): its name is
    # the firm's (`affiliation_words`)
    affiliation = {w.lower() for w in ext.get("affiliation_words", ())}
    before_person = [*(c for c in ext["person_cues"] if c.split()[-1].lower() not in affiliation),
                     *ext["speech_verbs"], *ext.get("person_before_cues", ())]
    # one alternation behind a single word-boundary check: three times faster than a check per group
    cues = [[inflected(_with_per_share(_with_sum(w, ext["amounts"]), ext["amounts"]), paradigms) for w in t["words"]]
            for t in ext["triggers"]]
    trigger_re = re.compile(
        r"(?<!\w)(?:" + "|".join(rf"(?P<t{i}>{alternation(words)})" for i, words in enumerate(cues))
        + r")(?:(?<=['’])|(?!\w))",  # a cue may end in an elided article ("fournisseur d'")
        re.IGNORECASE,
    )
    return Lexicon(
        lang=lang,
        stopwords=frozenset(_strip(w) for w in [*ext["stopwords"], *ext.get("authorities", ()),
                                                *(ext["goods"] if ext["compound_nouns"] else ())]),
        descriptors=frozenset(w.lower() for w in ext["descriptors"]),
        public_owners=frozenset(w.lower() for w in ext.get("public_owners", ())),
        product_nouns=frozenset(w.lower() for w in ext.get("product_nouns", ())),
        product_heads=frozenset(w.lower() for w in ext.get("product_heads", ())),
        work_nouns=frozenset(w.lower() for w in ext.get("work_nouns", ())),
        determiners=frozenset(w.lower() for w in ext["determiners"]),
        contracted_articles=frozenset(w.lower() for w in ext.get("contracted_articles", ())),
        definite_articles=frozenset(w.lower() for w in ext.get("definite_articles", ())),
        indefinite_articles=frozenset(w.lower() for w in ext.get("indefinite_articles", ())),
        copulas=frozenset(w.lower() for w in ext.get("copulas", ())),
        kind_origins=frozenset(w.lower() for w in ext.get("kind_origins", ())),
        districts=frozenset(w.lower() for w in ext.get("districts", ())),
        routes=(frozenset(w.lower() for w in ext.get("routes", {}).get("from", ())),
                frozenset(w.lower() for w in ext.get("routes", {}).get("to", ()))),
        # the places that tell a local currency are places too ("le producteur de Rimouski")
        places=_with_cases(frozenset(w.lower() for w in [*ext["places"], *(p for local in ext["amounts"].get(
            "local_dollars", {}).values() for p in local["places"])]), ext.get("place_cases", ())),
        place_cases=tuple(ext.get("place_cases", ())),
        facilities=frozenset(w.lower() for w in ext["facilities"]),
        site_heads=frozenset(w.lower() for w in ext.get("site_heads", ())),
        outlets=frozenset(w.lower() for w in ext.get("outlets", ())),
        dwellings=frozenset(w.lower() for w in ext.get("dwellings", ())),
        seated_nouns=frozenset(w.lower() for w in ext.get("seated_nouns", ())),
        structures=frozenset(w.lower() for w in ext.get("structures", ())),
        located_nouns=frozenset(w.lower() for w in ext.get("located_nouns", ())),
        nation_adjectives=frozenset(w.lower() for w in ext.get("nation_adjectives", ())),
        instruments=frozenset(w.lower() for w in ext.get("instruments", ())),
        between_words=frozenset(w.lower() for w in ext["between_words"]),
        listing_of=frozenset(w.lower() for w in ext.get("listing_of", ())),
        locatives=frozenset(w.lower() for w in ext.get("locatives", ())),
        source_words=frozenset(w.lower() for w in ext["sources"] if " " not in w),
        source_re=re.compile(rf"(?<!\w)(?:{alternation(ext['sources'], escape=True)})\s+"
                             rf"{_determiner_gap(ext['determiners'])}[„“\"«‘]?{_TITLE_HEAD}$", re.IGNORECASE),
        adviser_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('advisers', []))})\s+"
                              rf"{_determiner_gap(ext['determiners'])}$", re.IGNORECASE),
        reporter_re=_reporter_re(ext.get("reports", {})),
        regulator_re=_regulator_re(ext.get("regulators", []), ext.get("authorities", [])),
        credited_re=re.compile(rf"(?<!\w)(?:{alternation(ext['credits'], escape=True)})\s+"
                               r"(?:(?-i:[a-zß-ÿ][\w-]*)\s+){0,5}?"
                               rf"(?:(?:{alternation(ext['determiners'], escape=True)})\s+)?$", re.IGNORECASE),
        roundup_re=words_re(ext["roundup_labels"], escape=True),
        market_subject_re=re.compile(rf"\s*(?:{alternation(ext['market_subjects'], escape=True)})(?!\w)",
                                     re.IGNORECASE),
        credit_re=re.compile(rf"(?<!\w)(?:{alternation(ext['credits'], escape=True)})\s+"
                             r"(?P<filler>(?:(?-i:[a-zß-ÿ][\w-]*)\s+){0,3}?)"  # "a rapporté lundi soir"
                             rf"(?:(?:{alternation(ext['determiners'], escape=True)})\s+{_TITLE_HEAD}"
                             rf"|(?:{_elided(ext['determiners'])}){_TITLE_HEAD})?$",  # "a appris L'Écho de X."
                             re.IGNORECASE),
        reported_re=re.compile(rf"(?:\s+(?-i:[A-Z]\w*)){{0,3}}\s+"
                               rf"(?:{alternation(ext.get('reported', []), escape=True)})"
                               r"(?:\s+\w+){0,3}?\s*[.;]", re.IGNORECASE),  # "Sky News reported on Monday.", "Central
        # European Finance Daily reported.": capitalised words the name reader left out of the outlet's name
        origin_re=re.compile(rf"(?<!\w)(?:{alternation(ext['origins'], escape=True)})\s+$", re.IGNORECASE),
        vehicle_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('vehicles', []), escape=True)})\s+$", re.IGNORECASE),
        object_pronoun_res=_object_pronoun_res(ext.get("object_pronouns", {})),
        recipient_pronoun_res=_object_pronoun_res(
            {**ext.get("object_pronouns", {}), **ext.get("recipient_pronouns", {})},  # the auxiliaries of objects
            cal.get("weekdays", {})),
        plural_recipient_re=words_re(ext.get("recipient_pronouns", {}).get("plural", []), escape=True),
        source_pronoun_re=words_re(ext.get("source_pronouns", []), escape=True),
        demonym_endings=tuple(ext["demonym_endings"]),
        nationals={k.lower(): tuple(v) for k, v in (ext.get("nationals") or {}).items()},
        modifier_endings=tuple(ext.get("modifier_endings", ())),
        adjective_endings=tuple(ext.get("adjective_endings", ())),
        name_adjective_endings=tuple(ext.get("name_adjective_endings", ())),
        demonym_cases=tuple(ext.get("demonym_cases", ())),
        kinds={w.lower(): k for k, ws in ext.get("kinds", {}).items() for w in ws},
        trades=frozenset(w.lower() for w in ext.get("trades", ())),
        genitive_articles=frozenset(ext.get("genitive_articles", ())),
        name_heads=tuple(w.lower() for w in ext.get("name_heads", ())),
        registered_heads=tuple(w.lower() for w in ext.get("registered_heads", ())),
        hyphen_heads=frozenset(w.lower() for w in ext.get("hyphen_heads", ())),
        linked_heads=tuple(w.lower() for w in ext.get("linked_heads", ())),
        name_tails={w.lower(): frozenset(f.lower() for f in after) for w, after in ext.get("name_tails", {}).items()},
        plain_noun_endings=tuple(w.lower() for w in ext.get("plain_noun_endings", ())),
        sector_nouns=frozenset(ext.get("sector_nouns", ())),
        act_readings_re=re.compile(rf"(?:{alternation(ext.get('act_readings', []))})(?!\w)", re.IGNORECASE),
        name_inflections=dict(ext.get("name_inflections", {})),
        market_re=_market_re(ext.get("markets", {})),
        market_names=frozenset(n.casefold() for n in _venues(ext.get("markets", {}))),
        listed_bracket_re=_listed_bracket_re(ext.get("markets", {}), percent),
        counters=frozenset([*(w for w, n in ext["amounts"]["number_words"].items() if n > 1),
                            *ext.get("quantifiers", ())]),
        fractions=frozenset(w.lower() for w in ext.get("fractions", ())),
        count_hedges_re=re.compile(rf"\s*(?:{alternation(ext.get('count_hedges', []), True)})(?!\w)", re.IGNORECASE)
        if ext.get("count_hedges") else re.compile(r"(?!)"),
        partitive=frozenset(ext.get("partitive", ())),
        unit_owner_re=re.compile(rf"\s+(?:{alternation(ext.get('unit_owner_verbs', []), escape=True) or '(?!)'})(?!\w)",
                                 re.IGNORECASE),
        holder_nouns=frozenset(w.lower() for w in ext.get("holder_nouns", ())),
        subsidiary_nouns=frozenset(w.lower() for w in ext.get("subsidiary_nouns", ())),
        holder_participles=frozenset(w.lower() for w in ext.get("holder_participles", ())),
        held_participles=frozenset(w.lower() for w in ext.get("held_participles", ())),
        ownership_nouns=frozenset(w.lower() for w in ext.get("ownership_nouns", ())),
        unit_re=words_re(units),
        pronouns=frozenset(ext["pronouns"]),
        object_led_pronouns=frozenset(w.lower() for w in ext.get("object_led_pronouns", ())),
        speech_verbs=frozenset(w.lower() for w in ext["speech_verbs"]),
        speech_re=words_re(ext["speech_verbs"], escape=True),
        reported_verb_re=re.compile(rf"\s+(?:{alternation(ext.get('reported_verbs', []), escape=True)})(?!\w)"),
        speech_particle_re=re.compile(
            rf"[^,.;:!?\"“”„«»]{{0,80}}?\s(?:{alternation(ext.get('speech_particles', []), escape=True)})"
            rf"\s*(?:[,.;:!?]|$)",
            re.IGNORECASE),
        first_person_re=words_re(ext["first_person"], escape=True),
        we_pronouns=frozenset(w.lower() for w in ext.get("we_pronouns", ())),
        we_possessives=frozenset(w.lower() for w in ext.get("we_possessives", ())),
        you_pronouns=frozenset(w.lower() for w in ext.get("you_pronouns", ())),
        we_verb_re=re.compile(rf"(?:{alternation(ext.get('we_verbs', []))})"),
        leader_re=words_re(ext.get("leader_titles", []), escape=True),
        speaker_re=words_re([*ext.get("leader_titles", []), *ext["person_cues"]], escape=True),
        writer_we_re=words_re(ext.get("writer_we", []), escape=True),
        impersonal_re=_impersonal_re(ext["impersonal"], ext.get("progressive_endings", []),
                                     ext.get("impersonal_after", []), ext.get("impersonal_adverbs", [])),
        legal_suffixes=frozenset(_strip(w) for w in ext["legal_suffixes"]),
        abbreviations=frozenset(_strip(w) for w in ext["abbreviations"]),
        connectors=frozenset(w.lower() for w in ext["connectors"]),
        descriptor_links=frozenset(w.lower() for w in ext.get("descriptor_links", ())),
        institution_links=frozenset(w.lower() for w in ext.get("institution_links", ())),
        institutions=tuple(w.lower() for w in ext["institutions"]),
        public_nouns=frozenset(w.lower() for w in ext.get("public_nouns", ())),
        public_heads=frozenset(w.lower() for w in ext.get("public_heads", ())),
        named_bodies=frozenset(w.lower() for w in ext.get("named_bodies", ())),
        closing_name_words=frozenset(w.lower() for w in ext.get("closing_name_words", ())),
        place_bodies=frozenset(w.lower() for w in ext.get("place_bodies", ())),
        town_bodies=frozenset(w.lower() for w in ext.get("town_bodies", ())),
        team_kinds=frozenset(ext.get("team_kinds", ())),
        nickname_endings=tuple(ext.get("nickname_endings", ())),
        town_nouns=frozenset(w.lower() for w in ext.get("town_nouns", ())),
        connected_bodies=frozenset(w.lower() for w in ext.get("connected_bodies", ())),
        topic_opener_re=re.compile(rf"(?:{alternation(ext.get('topic_openers', []), escape=True)})\s+", re.IGNORECASE),
        topic_marker_re=re.compile(rf"(?:{alternation(ext.get('topic_markers', []), escape=True) or '(?!)'})\s+"
                                   rf"(?:\S+\s+){{0,{TOPIC_MARKER_WORDS}}}", re.IGNORECASE),
        body_qualifier_re=re.compile(rf" (?:{alternation(ext.get('body_qualifiers', []))})(?= \S|[,;.:])",
                                     re.IGNORECASE),
        works_nouns=frozenset(w.lower() for w in ext.get("works_nouns", ())),
        invested_into=frozenset(w.lower() for w in ext.get("invested_into", ())),
        naming_kinds=frozenset(w.lower() for w in ext.get("naming_kinds", ())),
        platform_marks=frozenset(w.lower() for w in ext.get("platform_marks", ())),
        compound_nouns=bool(ext["compound_nouns"]),
        verb_second=bool(ext.get("verb_second", False)),
        adjectives_follow=bool(ext.get("adjectives_follow", False)),
        capitalised_months=bool(ext["capitalised_months"]),
        sentence_case=bool(ext.get("sentence_case", False)),
        subject_after_verb=bool(ext.get("subject_after_verb", True)),
        drops_subjects=bool(ext.get("drops_subjects", False)),
        # a title before a name, maybe with its firm: "presidente de Telefónica, José María Álvarez-Pallete"; not
        # a title and its preposition and article alone ("président de la Communauté urbaine de X"): the firm follows
        person_cue=re.compile(  # a whole word: "suministro de baterías" holds no "ministro"
            rf"(?<!\w)(?:{alternation(before_person, escape=True)})"
            rf"(?:\s+(?:{alternation(ext['markers']['patient'], escape=True)})"
            rf"\s+(?!(?:{alternation(ext['determiners'], escape=True)})[\s,]*$)[\w'’&.-]+(?:\s+[\w'’&.-]+)?)?"
            r"[\s,]*$", re.IGNORECASE),
        titles=frozenset(w.lower() for w in ext["person_cues"] if " " not in w),
        founded_re=re.compile(rf"(?:{alternation(ext.get('founded_by', []))})(?=\s)", re.IGNORECASE),
        founding_verbs_re=re.compile(rf"\s+(?:{alternation(ext['founding_verbs'], escape=True)})(?!\w)", re.IGNORECASE)
        if ext.get("founding_verbs") else None,
        founders_from_re=_founders_from_re(ext.get("founded_by", []), ext.get("founder_origins", [])),
        full_name_titles=frozenset(w.lower() for w in ext.get("full_name_person_cues", ())),
        plural_titles=frozenset(w.lower() for w in ext.get("plural_person_cues", ())),
        origin_adjectives=frozenset(w.lower() for w in ext.get("origin_adjectives", ())),
        never_alone=frozenset(w.lower() for w in ext.get("never_alone", ())),
        place_heads=frozenset(w.lower() for w in ext.get("place_heads", ())),
        place_openers=frozenset(w.lower() for w in ext.get("place_openers", ())),
        adverb_endings=tuple(w.lower() for w in ext.get("adverb_endings", ())),
        law_firm_words=frozenset(w.lower() for w in ext.get("law_firm_words", ())),
        staff_nouns=frozenset(w.lower() for w in ext.get("staff_nouns", ())),
        common_nouns=frozenset(w.lower() for w in ext.get("common_nouns", ())),
        thing_tails=frozenset(w.lower() for w in ext.get("thing_tails", ())),
        name_particles=frozenset(w.lower() for w in ext.get("name_particles", ())),
        area_nouns_re=re.compile(rf" (?:{alternation(ext.get('area_nouns', []), escape=True)})(?!\w)"),
        determined_gap=frozenset(w.lower() for w in ext.get("determined_gap", ())),
        seat_connectors=frozenset(w.lower() for w in ext.get("seat_connectors", ())),
        firm_name_words=frozenset(w.lower() for w in ext.get("firm_name_words", ())) | frozenset(
            _strip(w).lower() for w in ext["legal_suffixes"]),
        titled_re=re.compile(rf"(?<!\w)(?:{alternation(ext['person_cues'], escape=True)})\s+"
                             rf"(?:{alternation(ext['markers']['patient'], escape=True)})\s+$", re.IGNORECASE),
        # ", who ..." or ", Microsoft's chief executive," after a name; or a noun of kin right after it ("the
        # founding Hale family"): the name is a family's
        person_after=re.compile(rf"^\s*,\s*(?:who|(?:[\w'’-]+\s+){{0,4}}?"
                                rf"(?:{alternation(ext['person_cues'], escape=True)}))(?!\w)"
                                + (rf"|^\s+(?:{alternation(ext['kin_nouns'])})(?!\w)" if ext.get("kin_nouns") else ""),
                                re.IGNORECASE),
        markers={k: tuple(sorted((w.lower() for w in v), key=len, reverse=True))
                 for k, v in ext["markers"].items()},
        progressive_endings=tuple(ext.get("progressive_endings", [])),
        object_markers=frozenset(w.lower() for w in ext.get("object_markers", [])),
        object_articles=frozenset(w.lower() for w in ext.get("object_articles", [])),
        subject_articles=frozenset(w.lower() for w in ext.get("subject_articles", [])),
        dative_articles=frozenset(w.lower() for w in ext.get("dative_articles", [])),
        subject_dative_articles=frozenset(w.lower() for w in ext.get("subject_dative_articles", [])),
        triggers=triggers,
        trigger_re=trigger_re,
        # a would-be buyer's cue (`suitor_cues`) tells a rumour
        status_res={k: _prefix_re(v + (ext.get("suitor_cues", []) if k == "rumored" else []))
                    for k, v in ext["status"].items()},
        past_re=words_re(ext["past"]),
        future_re=_future_re(ext["future"], ext.get("future_endings", [])),
        pending_re=words_re(ext["pending"]),
        reporting_period_re=_optional_words_re(ext, "reporting_period"),
        approval_re=_optional_words_re(ext, "approvals"),
        made_public_re=_optional_words_re(ext, "made_public"),
        stake_re=_stake_re(ext["stake_words"]),
        majority_re=_prefix_re([re.escape(w) for w in ext["majority_words"]]),
        tender_offer_re=_optional_words_re(ext, "tender_offers", escape=True),
        participation_re=words_re(ext["participation"], escape=True),
        fund_words=frozenset(w.lower() for w in ext.get("fund_words", [])),
        young_firm_re=words_re(ext.get("young_firm_words", []), escape=True),
        plain_descriptors=frozenset(w.lower() for w in ext.get("plain_descriptors", [])),
        series_words=frozenset(w.lower() for w in ext.get("series_words", ())),
        turn_labels=frozenset(ext.get("turn_labels", ())),
        new_firm_re=words_re(ext.get("new_firm_words", []), escape=True),
        new_adjective_re=words_re(ext.get("new_adjectives", []), escape=True),
        shared_owners_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('shared_owner_words', []), escape=True)})\s+$",
                                    re.IGNORECASE),
        seller_re=words_re(ext["seller_cues"], escape=True),
        buyer_re=words_re(ext.get("buyer_cues", [])),
        suitor_re=words_re(ext.get("suitor_cues", [])),
        bidder_out_re=words_re(ext.get("bidders_out", [])),
        rival_bid_re=words_re(ext.get("rival_bids", [])),
        target_re=words_re(ext.get("target_cues", [])),
        winner_re=words_re(ext.get("winner_cues", [])),
        buyer_relative_re=words_re(ext.get("buyer_relatives", [])),
        talks_re=words_re(ext.get("talks_with", [])),
        on_behalf_re=words_re(ext.get("on_behalf", [])),
        giver_re=words_re(ext.get("giver_cues", [])),
        own_capital_re=words_re(ext.get("own_capital", [])),
        stake_reference_re=_optional_words_re(ext, "stake_references"),
        there_pronouns=frozenset(w.lower() for w in ext.get("there_pronouns", ())),
        latter_re=words_re(ext.get("latter", [])),
        shares_res=_shares_res(ext.get("shares", {})),
        deal_noun_re=words_re(ext["deal_nouns"], escape=True),
        ruling_noun_re=_optional_words_re(ext, "ruling_nouns", escape=True),
        spared_re=_optional_words_re(ext, "spared"),  # regular expressions
        talk_noun_re=words_re(ext.get("talk_nouns", []), escape=True),
        report_verb_re=words_re(ext.get("report_verbs", []), escape=True),
        value_noun_re=words_re(ext.get("value_nouns", []), escape=True),
        supply_agreement_re=words_re(ext.get("supply_agreements", [])),
        # a pronoun that stands for two firms only after a plural verb ("Dafür gründen sie ...": `pair_pronouns`)
        pair_re=words_re([re.escape(w) for w in ext["pair_anaphors"]] + ext.get("pair_pronouns", [])),
        pair_count_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('pair_counts', []))}) ([\w-]+)", re.IGNORECASE),
        together_re=words_re(ext.get("together_words", []), escape=True),
        entry_re=re.compile(rf"(?<!\w)(?i:{alternation(ext.get('entry_markers', []), escape=True)})\s"),
        shared_name_words=frozenset(w.lower() for w in ext.get("shared_name_words", [])),
        road_re=re.compile(alternation(ext.get("road_codes", []))),
        road_prepositions=frozenset(ext.get("road_prepositions", [])),
        entrant_re=words_re(ext.get("entrant_nouns", []), escape=True),
        owner_relative_re=re.compile(rf"\s*,\s*(?:{alternation(ext.get('owner_relatives', []))})\s+$", re.IGNORECASE),
        owning_re=re.compile(rf"\s+(?:\S+\s+){{0,2}}?(?:{alternation(ext.get('owning_verbs', []))})(?!\w)",
                             re.IGNORECASE),
        percent=percent,
        share_re=re.compile(rf"(\d+(?:[.,]\d+)?)\s*(?:{percent})"),
        stake_raised_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('stake_raised_to', []))})\s+(\d+(?:[.,]\d+)?)\s*"
                                   rf"(?:{percent})", re.IGNORECASE),
        price_move_re=_price_move_re(ext, percent),
        payment_re=_prefix_re(ext.get("payment_terms", [])),
        noun_endings=tuple(ext["noun_endings"]),
        hypothetical_re=re.compile(rf"(?<!\w)(?:{alternation(ext['hypothetical'], escape=True)})\s+(?:\w+\s+)?$",
                                   re.IGNORECASE),
        conditional_re=_optional_words_re(ext, "conditionals"),
        speculation_re=_optional_words_re(ext, "speculations"),
        rating_re=_optional_words_re(ext, "ratings"),
        team_credit_re=_optional_words_re(ext, "team_credits"),
        possessive_cue_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('possessive_determiners', []), escape=True)})"
                                     # a sum may stand among its words ("its proposed £1.1bn takeover")
                                     r"(?:\s+(?:[\w-]+|\S*[£$€¥]\S*)){0,3}\s*$", re.IGNORECASE),
        relation_noun_re=words_re(ext.get("relation_nouns", [])),
        possessive_re=words_re(ext.get("possessive_determiners", []), escape=True),
        possessed_organ_re=re.compile(
            rf"(?<!\w)(?:{alternation(ext.get('possessive_determiners', []), escape=True)})\s+"
            rf"(?:{alternation(ext['organs'] + ext['person_cues'] + ext.get('management_words', []), escape=True)})"
            r"(?!\w)",
            re.IGNORECASE),
        rival_re=re.compile(rf"(?:{alternation(ext.get('possessive_determiners', []), escape=True)})"
                            rf"\s+(?:[\w-]+\s+)?(?:{alternation(ext.get('rival_nouns', []))})(?!\w)",
                            re.IGNORECASE),
        own_unit_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('possessive_determiners', []), escape=True)})"
                               rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(units)})(?!\w)", re.IGNORECASE),
        pair_unit_re=re.compile(rf"(?:{alternation(ext.get('pair_counts', []))})\s+(?:[\w-]+\s+){{0,2}}?"
                                rf"(?:{alternation(units)})(?!\w)\s*(?:[,.;:]|$)", re.IGNORECASE),
        member_gap_re=re.compile(rf"\s*,?\s*(?:(?:{alternation(ext.get('member_verbs', []), escape=True)})\s+)?",
                                 re.IGNORECASE),
        attempt_holder_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('attempt_holders', []), escape=True)})"
                                     r"(?:\s+|(?<=['’]))$", re.IGNORECASE),
        infinitive_link_re=re.compile(
            rf"\s*(?:{alternation(ext.get('infinitive_links', []), escape=True)})(?:\s+|(?<=['’]))", re.IGNORECASE),
        delivery_infinitive_re=re.compile(
            rf"(?<!\w)(?:{alternation(ext.get('infinitive_links', []), escape=True)})\s+(?:\w+,?\s+){{0,3}}?"
            rf"(?:{alternation(ext.get('delivery_verbs', []), escape=True)})(?!\w)", re.IGNORECASE),
        work_infinitive_re=re.compile(
            rf"(?<!\w)(?:{alternation(ext.get('infinitive_links', []), escape=True)})\s+(?:\w+\s+){{0,2}}?"
            rf"(?:(?P<building>{alternation(ext.get('building_verbs', []), escape=True)})|"
            rf"{alternation(ext.get('delivery_verbs', []) + ext.get('work_verbs', []), escape=True)})(?!\w)",
            re.IGNORECASE),
        customer_apposition_re=re.compile(rf"\s*,\s*(?:{alternation(ext.get('customer_appositions', []))})(?!\w)",
                                          re.IGNORECASE),
        negotiation_re=words_re(ext.get("negotiations", []), escape=True),
        blocker_re=_prefix_re(ext.get("blockers", [])),
        bid_objects=frozenset(w.lower() for w in ext.get("bid_objects", ())),
        loser_res=_loser_res(ext.get("losing_bidders", []), ext["determiners"]),
        veto_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('vetoes', []), escape=True)})(?:\s+|(?<=['’]))$",
                           re.IGNORECASE),
        temporal_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('temporal', []), escape=True)})\s*$", re.IGNORECASE),
        financing_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('financing', []), escape=True)})\s*$", re.IGNORECASE),
        negation_re=words_re(ext["negations"]),
        cumulative_re=words_re(ext["cumulative"]),  # regular expressions ("since (?:its )?founding")
        intent_re=words_re(ext["intent"], escape=True),
        undisclosed_re=_prefix_re(ext.get("disclosure_words", [])),
        withheld_sum_re=_optional_words_re(ext, "withheld_sums"),
        superseded_re=_optional_words_re(ext, "superseded_sums"),
        topic_shift_re=re.compile(rf"\s*(?:{alternation(ext.get('topic_shifts', []), escape=True) or '(?!)'})(?!\w)",
                                  re.IGNORECASE),
        mandate_re=_prefix_re(ext.get("mandates", [])),
        advising_re=_prefix_re(ext.get("advising", [])),
        purpose_re=re.compile(rf"(?<!\w)(?:{alternation(ext['purpose_markers'])})\s*$", re.IGNORECASE)
        if ext.get("purpose_markers") else re.compile(r"(?!)"),
        goods_re=re.compile(r"\s+" + (SUBJECT_BETWEEN if ext.get("verb_second") else "")
                            + (rf"(?:(?:{alternation(ext['goods_spans'])})\s+)?" if ext.get("goods_spans") else "")
                            + rf"(?:{alternation(ext['goods'], escape=True)})(?![\w-])"),
        goods_before_re=re.compile(
            rf"(?<!\w)(?:{alternation(ext['articles_before_goods'])})\s+(?:[a-zäöüß]\S*\s+)?"
            rf"(?:{alternation(ext['goods'], escape=True)})(?:\s+\S+){{0,3}}\s+$")
        if ext.get("articles_before_goods") else re.compile(r"(?!)"),
        debt_re=re.compile(rf"\s*(?:{alternation(ext.get('debt_words', []), escape=True)})(?!\w)", re.IGNORECASE),
        echo_opener_re=re.compile(rf"\s*(?:{alternation(ext.get('echo_openers', []), escape=True)})\s+$",
                                  re.IGNORECASE),
        purchase_contract_re=re.compile(rf"(?<!\w)(?:{alternation(ext['purchase_contracts'], escape=True)})\s*$",
                                        re.IGNORECASE),
        coordinator_re=words_re(ext["conjunctions"], escape=True),
        conjunction_words=frozenset(w.lower() for w in ext["conjunctions"]),
        complementizers=frozenset(w.lower() for w in ext.get("complementizers", ())),
        since_re=re.compile(rf"(?<!\w)(?:{alternation(ext['since_words'], escape=True)})\s+$", re.IGNORECASE),
        price_day_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('price_day_words', []), escape=True)})\s+$"
                                if ext.get("price_day_words") else r"(?!)", re.IGNORECASE),
        price_day_after_re=re.compile(rf"\s*(?:{alternation(ext.get('price_day_endings', []), escape=True)})(?!\w)"
                                      if ext.get("price_day_endings") else r"(?!)", re.IGNORECASE),
        running_since_re=re.compile(rf"(?<!\w)(?:{alternation(ext['running_since_words'], escape=True)})\s+$",
                                    re.IGNORECASE),
        unit_before_re=re.compile(
            rf"(?<!\w)(?:{alternation(units)})(?!\w)(?:\s+[^\s,]+){{0,3}}?\s+"
            rf"(?:{alternation(ext['markers']['patient'], escape=True)})(?:\s+|(?<=['’]))(?:[^\s,]+\s+){{0,2}}$",
            re.IGNORECASE),
        unit_after_re=re.compile(rf"['’]s?(?:\s+[\w-]+){{0,2}}?\s+(?:{alternation(units)})(?!\w)",
                                 re.IGNORECASE),
        organ_re=re.compile(rf"(?<!\w)(?:{alternation(ext['organs'], escape=True)})\s+$", re.IGNORECASE),
        backing_re=re.compile(rf"(?<!\w)(?:{alternation(ext.get('backing_participles', []), escape=True)})\s+"
                              rf"(?:{alternation(ext['markers']['agent'], escape=True)})\s+"
                              rf"{_determiner_gap(ext['determiners'])}$", re.IGNORECASE),
        conjunction_re=re.compile(rf"(?<!\w)(?:{alternation(ext['conjunctions'], escape=True)})\s+$",
                                  re.IGNORECASE),
        passive_re=words_re(ext["passive_auxiliaries"], escape=True),
        perfect_auxiliaries=frozenset(w.lower() for w in ext.get("perfect_auxiliaries", [])),
        transitive_auxiliaries=frozenset(w.lower() for w in ext.get("transitive_auxiliaries", [])),
        singular_auxiliaries=frozenset(w.lower() for w in ext.get("singular_auxiliaries", [])),
        # "X was sold to", not "X is to buy Y": "be" and an infinitive's link tell a plan, the subject acts
        suffered_re=re.compile(rf"(?<![\w'’])(?:{alternation(ext.get('passive_voice', []), escape=True)})"
                               rf"\s+(?:(?!(?:{alternation(ext.get('infinitive_links', []), escape=True)})\s)\w+\s+)?$",
                               re.IGNORECASE),
        object_relative_re=re.compile(
            rf",\s+(?:{alternation(ext['object_relatives'], escape=True)})(?:\s+|(?<=['’]))"
            rf"(?:(?:{alternation(ext['determiners'], escape=True)})\s+)?$", re.IGNORECASE),
        object_relative_word_re=words_re(ext["object_relatives"], escape=True),
        relative_word_re=words_re(ext["relative_pronouns"], escape=True),
        stake_relative_re=re.compile(
            rf",\s+(?:{alternation(ext.get('stake_relatives', []), escape=True)})\s+"
            rf"(?:(?:{alternation(ext['determiners'], escape=True)})\s+)?$", re.IGNORECASE),
        genitive_relative_re=re.compile(  # never matches in a language that lists none
            rf"(?<!\w)(?:{alternation(ext.get('genitive_relatives', []), escape=True) or '(?!)'})(?!\w)",
            re.IGNORECASE),
        # a dative relative pronoun, then a few words of its clause (its subject, a start, the goods) before a cue
        dative_relative_re=re.compile(
            rf",\s+(?:{alternation(ext.get('dative_relatives', []), escape=True)})(?:\s+[^\s,;]+){{0,5}}\s+$",
            re.IGNORECASE)
        if ext.get("dative_relatives") else re.compile(r"(?!)"),
        accusative_relative_re=re.compile(
            rf",\s+(?:{alternation(ext.get('accusative_relatives', []), escape=True)})\s+", re.IGNORECASE)
        if ext.get("accusative_relatives") else re.compile(r"(?!)"),
        relative_re=re.compile(rf",\s+(?:{alternation(ext['relative_pronouns'], escape=True)})(?!\w)", re.IGNORECASE),
        time_relative_re=re.compile(
            rf",\s+(?:{alternation(ext.get('time_relatives', []), escape=True)})(?!\w)", re.IGNORECASE)
        if ext.get("time_relatives") else re.compile(r"(?!)"),
        object_only_relative_re=re.compile(
            rf",\s+(?:{alternation(ext.get('object_only_relatives', []), escape=True)})(?:(?<=['’])|(?!\w))",
            re.IGNORECASE),
        prepositional_relatives=frozenset(w.lower() for w in ext.get("prepositional_relatives", ())),
        joint_re=_before_name_re(ext.get("joint_phrases", []), ext["determiners"]),
        # a descriptor may open the first name ("formada por Grupo X", "led by the Canadian fund X")
        # a member described at length ("formado por el fondo de pensiones canadiense X")
        members_re=_before_name_re(ext["member_phrases"], ext["determiners"], MEMBER_DESCRIPTION),
        teamed_re=_before_name_re(ext.get("teamed_phrases", []), ext["determiners"]),
        clause_break=re.compile(
            rf"(?:[;:]|\s[–—-]\s|,\s+(?=\w+\s)|\s(?=(?:{alternation(ext['clause_openers'], escape=True)})\s)"
            rf"|\s(?={subordinate}))"  # "... secured after X won a contract": X's own clause
            r"(?![^()\n]*\))", re.IGNORECASE),  # none inside brackets: "X Inc. (TSX: LMT) and Y Corp. agreed to merge"
        subordinator_re=re.compile(subordinate, re.IGNORECASE),
        reported_end_re=re.compile(rf"(?<!\w)(?:{said})\s*(?:,|\s(?:{that}))?\s*$", re.IGNORECASE),
        reporting_re=re.compile(rf"{reporting}(?![^()\n]*\))", re.IGNORECASE),
        subordinator_word_re=words_re(ext.get("subordinators", []), escape=True),
        gerund_clause_re=re.compile(
            rf"(?<!\w)(?:{alternation(ext.get('gerund_subordinators', []), escape=True)})\s+[^\W\d_]+"
            rf"(?:{alternation(ext.get('progressive_endings', []), escape=True)})(?!\w)", re.IGNORECASE),
        argument_re=words_re(ext.get("argument_openers", []), escape=True),
        headline_break_re=re.compile(
            rf"\s[–—-]\s|[;:]\s|\s(?:{alternation(ext.get('headline_joiners', []), escape=True)})\s",
            re.IGNORECASE),
        months={k.lower(): v for k, v in cal.get("months", {}).items()},
        weekdays={k.lower(): v for k, v in cal.get("weekdays", {}).items()},
        relative_days={k.lower(): v for k, v in cal.get("relative_days", {}).items()},
        relative_years={k.lower(): v for k, v in cal.get("relative_years", {}).items()},
        relative_months={k.lower(): v for k, v in cal.get("relative_months", {}).items()},
        relative_weeks={k.lower(): v for k, v in cal.get("relative_weeks", {}).items()},
        date_prefixes=tuple(cal.get("date_prefixes", ())),
        following_year=tuple(w.lower() for w in cal.get("following_year", ())),
        same_year=tuple(w.lower() for w in cal.get("same_year", ())),
        preceding_year=tuple(w.lower() for w in cal.get("preceding_year", ())),
        that_month=tuple(w.lower() for w in cal.get("that_month", ())),
        year_reference_re=words_re([*cal.get("following_year", ()), *cal.get("same_year", ()),
                                    *cal.get("preceding_year", ())], escape=True),
        same_day_re=words_re(list(cal.get("same_day", ())), escape=True),
        back_then_re=words_re(list(cal.get("back_then", ())), escape=True),
        that_weekday_re=_that_weekday_re(list(cal.get("that_weekday", ())), list(cal.get("weekdays", {}))),
        seasons={k.lower(): v for k, v in cal.get("seasons", {}).items()},
        elapsed=_elapsed(cal.get("elapsed"), ext["amounts"].get("number_words", {})),
        ago={k: list(v) for k, v in cal.get("ago", {}).items()},
        ordinal=alternation(cal.get("ordinal_suffixes", []), escape=True),
        elision=re.compile(rf"^(?:{alternation(ext['elisions'], escape=True)})['’]", re.IGNORECASE),
        possessive=re.compile(rf"(?:{alternation(ext['possessive_suffixes'], escape=True)})$"),
        amounts=ext["amounts"],
    )


COMMON_WORD = 1e-5  # a word's share of running text (Zipf 4) from which it is a word of the language, not a name
VERY_COMMON_WORD = 1e-4  # (Zipf 5) the language's everyday words: verbs, question words ("asked", "hubo", "où")


@cache
def _word_shares(lang: str) -> dict[str, float]:
    """The `wordfreq` small list of a language (its ~30,000 most frequent words and their shares), loaded on first
    use, once per language; empty where the package has no list."""
    from wordfreq import get_frequency_dict  # imported here: a page without a deal cue never needs it

    try:
        return get_frequency_dict(lang, wordlist="small")
    except LookupError:
        return {}


def common_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is one of the language's frequent words ("Eigenständigkeit", "Prix", "Insel"): a capitalised
    one names a firm only where the page gives evidence (many real firms are words too: Allianz, Orange, Shell)."""
    return _word_shares(lex.lang).get(word.lower(), 0.0) >= COMMON_WORD


def known_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is in the language's list of frequent words at all (from Zipf 3: "Sensoren", "Folien",
    "Sahne"): where every noun is capitalised, such a word the page gives no evidence for as a name is that noun;
    invented names and most firms' names are in no such list."""
    return word.lower() in _word_shares(lex.lang)


def very_common_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is one of the language's everyday words ("Asked", "Hubo", "Où"), far more frequent than the
    words firms take as names ("Orange", "Shell", "Target"): named once on a page, it is that word."""
    return _word_shares(lex.lang).get(word.lower(), 0.0) >= VERY_COMMON_WORD


def is_article(word: str, lex: Lexicon) -> bool:
    """Whether a word is an article or a determiner, definite or not ("the", "a", "seinen", "une"): what follows it
    is a noun's phrase, no clause of its own."""
    low = word.lower()
    return low in lex.determiners or low in lex.indefinite_articles


def indefinite_article(word: str, lex: Lexicon) -> bool:
    """Whether a word, an elided preposition taken off ("d'une", "d'un"), is an indefinite article ("a", "eine",
    "une", "un"): what it opens is told for the first time."""
    return lex.elision.sub("", word.lower()) in lex.indefinite_articles
