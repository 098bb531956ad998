"""The extractor on pages written apart from the dev corpus (gold text as the clean text) must not fall
below the figures it reached: a guard that rules keep generalising beyond dev's phrasing. eval/heldout
imitates dev's style; eval/heldout2 and heldout3 are news about real deals in a more realistic style; heldout4
to heldout8 were written blind by other team members and later opened to the rule writers (heldout4-7 in
session 4's fifth round, heldout8 in its sixth); heldout9 is blind (only its pass/fail floors were seen) and
heldout10 was seen by no rule writer: their floors guard the figures that estimate quality on new pages.
heldout11 (session 5) is blind like heldout10; heldout12 to heldout19 were written the same day as training
and tuning data and measured blind once before anyone read them (heldout16-19 are read by the scorer's training
only). Session 6: heldout20 is blind; heldout21-26 were measured blind once and are read by no extraction rule
writer nor the scorer's training (the cleaning round read 21-24). Session 7: heldout9-11 opened to the rule writers;
heldout27-29 are blind. Session 8: heldout30 and heldout31 are blind. Session 9: heldout32 and heldout33 are blind.
Session 10: heldout34 and heldout35 are blind. Session 11: heldout36 and heldout37 are blind. Session 12: heldout38
and heldout39 are blind. Session 13: heldout38/39's miss shapes briefed (paraphrased); heldout40-43 are blind.
Session 14: heldout40-43's and heldout44-47's miss shapes briefed (paraphrased); heldout48-51 are blind. Session 15:
heldout48-51's and heldout52-55's miss shapes briefed (paraphrased); heldout56-59 are blind. Session 16:
heldout56-59's miss shapes briefed (paraphrased); heldout60-63 are blind. Session 17: heldout60-63's and heldout64-67's
miss shapes briefed (paraphrased); heldout68-71 are blind. Session 18: heldout68-71's and heldout72-75's miss shapes
briefed (paraphrased); heldout76-79 are blind."""

from pathlib import Path

import pytest

from tests.test_dev_corpus_regression import ROOT, corpus_result

# corpus -> (event F1 floor, paired-field floors), each about 0.01 below the figure reached (gold text as the clean
# text), recomputed for every set at the end of session 12, after its rounds on awards told across sentences,
# standing supplies and licences, rumours, failed deals, ventures, background deals, earlier rounds and listings,
# names, French, Spanish and German recall, headline deals and descriptions (awards3, standing3, rumours2, failed2,
# ventures2, background3, rounds2, names3, fr2, es2, de2, headlines, descriptions), judged on the 23 withheld sets
# (README, "Deal extraction"). Every event F1 floor rose or stayed (heldout23 0.70 -> 0.77, heldout24 0.75 -> 0.81,
# heldout34 0.71 -> 0.79, heldout15 0.81 -> 0.87, heldout21 0.84 -> 0.89, heldout31 0.80 -> 0.85 ...); field floors
# fell only where newly paired events brought a wrong field (accuracies are over paired events): heldout23 amount
# (an owner's old purchase), heldout24 parties/date, heldout26 amount (a stake found whose sum is in the next
# sentence), heldout31 amount/date (a round whose aside's year dates it), heldout32 date. Session 11's header listed
# its own falls.
# Recomputed at the end of session 13 (rounds salience, crossparty, background4, bodies, listings, nouns, nouns2,
# fields; README "Deal extraction"): event F1 floors rose or stayed (heldout38 0.69 -> 0.79, heldout39 0.79 -> 0.89
# after their shapes were briefed; heldout7 0.87 -> 0.90, heldout34 0.79 -> 0.81); field floors fell where newly
# paired events bring a wrong field: heldout34 amount (an order whose value is in a sentence naming the operator's
# yard), heldout38 amount (a first trading day whose proceeds the page gives elsewhere), heldout39 date/status (a
# venture now paired with its firm, dated by an earlier announcement); heldout30 amount 0.95 -> 0.93 with the revert
# of the fields round's figure-of-another-kind rule (stories8's merging). heldout40-43 have floors now.
# Recomputed at the end of session 14 (rounds venues, contracts2, tickers, bystanders, pairs, standing4, voice,
# cleanletters, recency, background5, rounds3, falseparties2; README "Deal extraction"): event F1 floors rose or stayed
# (heldout40 0.66 -> 0.79, heldout41 0.65 -> 0.80, heldout42 0.79 -> 0.87, heldout26 0.86 -> 0.90, heldout34 0.81 ->
# 0.85, heldout38 0.79 -> 0.83); field floors fell where newly paired events bring a wrong field: heldout17 amount
# 0.93 -> 0.91 (the venue no longer a listing's issuer pairs one more listing, its sum missing), heldout26 status (one
# of the newly paired events, Fluxwerk's investment, with another stage), heldout34 parties/date (two 2022 rounds
# now paired with their startup, one investor short), heldout40 role/date (ongoing supplies and first-person deals of
# interviews now paired). heldout44-51 (session 14) have floors now; heldout47 keeps one false event on a no-deal page.
# Recomputed at the end of session 15 (rounds descriptions2, pronouns2, contracts3, mergers3, listings2, stakes, order,
# falseparties3, then orders, reports2, descriptions3; README "Deal extraction"): event F1 floors rose or stayed
# (heldout48 0.79 -> 0.87, heldout50 0.71 -> 0.88, heldout51 0.77 -> 0.84 after their shapes were briefed; heldout14
# 0.82 -> 0.85, heldout29 0.81 -> 0.84, heldout38 0.83 -> 0.86); field floors fell where newly paired events bring a
# wrong field: heldout44 role (a bottler's standing supply now paired by its description, roles reversed), heldout45
# amount (a debut now paired, its sum taken from an anchor investor's subscription), heldout47 amount ("l'opérateur
# régional" now resolved, its merger taking a subscriber count), heldout48 date/status (a contract signed by a firm
# "fondée en 2019" dated and made ongoing by its founding year), heldout51 amount/date (listings now paired, one
# dated by the next day's trading). heldout52-59 (session 15) have floors now; heldout55 keeps one false event on a
# no-deal page.
# Recomputed at the end of session 16 (rounds talks, clitics, false5, standing5, background6, german, names4,
# reported, lexicon_fr_es, lexicon_en_de; README "Deal extraction"): event F1 floors rose or stayed (heldout56 0.80 ->
# 0.89, heldout58 0.77 -> 0.83, heldout59 0.80 -> 0.88 after their shapes were briefed; heldout44 0.81 -> 0.84,
# heldout9 0.80 -> 0.82) but one: heldout25 0.78 -> 0.75 (two false contracts: "vergibt Cloud-Rahmenvertrag an X" reads
# the compound as a supplier, and "resultó adjudicataria" with no subject takes the wrong firm); field floors fell
# where newly paired events bring a wrong field: heldout20 date (a listing dated by the contract signed before it),
# heldout33 date (the seed round of 2025 now paired apart from the Series B, dated by the page), heldout41 status
# ("obras en curso" read as completed), heldout51 status (a stake "ha tomado" now completed), heldout54
# parties/role/amount ("hatte X der Y AG die Marke Z abgekauft": the feminine dative is no marker, so Y buys).
# heldout60-63 (session 16) have floors now. After the late rounds future and names5: heldout21 role (a German
# contract now paired, "Lausitzer Schienenfahrzeugbau" found, roles reversed), heldout45 status (a purchase now read
# as announced), heldout62 parties (a newly paired event one party short).
# Recomputed at the end of session 17 (rounds contracts5, terminated5, partners6, stakes6, background7, contracts4,
# places6, then blocked, rounds7, awards, voices; README "Deal extraction"): event F1 floors rose or stayed (heldout60
# 0.89 -> 0.94, heldout61 0.86 -> 0.93, heldout62 0.77 -> 0.91, heldout63 0.77 -> 0.84 after their shapes were
# briefed; heldout14 0.85 -> 0.88, heldout23 0.78 -> 0.81); field floors fell where newly paired events bring a wrong
# field: heldout38 parties (a round now paired with two of its three investors), heldout44 date/status (an optional
# research partnership now paired, dated and announced where gold has it undated and ongoing), heldout53 role (a
# supply contract now paired, customer and supplier reversed), heldout62 date (a rumoured stake dated by "ayer" of the
# share-price sentence after it). heldout64-71 (session 17) have floors now; heldout69 and heldout71 keep one false
# event on a no-deal page each.
# Recomputed at the end of session 18 (rounds asides2, voices2, standing2, german7, awards3, ipos3, nonfirms, then
# orders3, rounds8, market2, licences, ventures3, blocked2, implicit2, names6; and the learned scorer retrained on
# every opened set, 84 sets instead of 18; README "Deal extraction", "Learned scorer"): event F1 floors rose where the
# shapes were briefed (heldout68 0.83 -> 0.88, heldout69 0.66 -> 0.83, heldout70 0.69 -> 0.74, heldout71 0.75 -> 0.84)
# and fell where the retrained scorer, better on the pooled cross-validation (F1 0.8575 -> 0.8634 against the rules)
# and on the blind heldout76-79, keeps or drops one event otherwise: heldout13 0.88 -> 0.86, heldout21 0.90 -> 0.88,
# heldout31 0.88 -> 0.85 (also "die Schwaben" now read as the target's firm), heldout57 0.83 -> 0.81, heldout58 0.85 ->
# 0.82, heldout64 0.84 -> 0.81; field floors fell where newly paired events bring a wrong field (heldout3, 9, 25, 38,
# 39, 49, 50, 59, 63, 68-71). heldout72-79 (session 18) have floors now.
# Recomputed at the end of session 19 (rounds standing6, units, awards4, cleanexports, background9, antecedents,
# names8, then awards5, talks2, german8, ventures5, descriptions4; the scorer retrained on every opened set but the
# blind heldout80-81): F1 floors rose where the shapes were briefed (heldout76 0.86 -> 0.90, heldout77 0.84 -> 0.88,
# heldout78 0.71 -> 0.78, heldout79 0.79 -> 0.84) and on readable sets (heldout3, 7, 10, 12, 13); field floors fell
# where one newly paired or newly kept event brings a wrong date or status (heldout45, 46, 47, 62, 74, 77, 78).
# heldout80-83 (session 19) have floors now.
# First blind figures:
# heldout8 0.59, heldout9 0.55, heldout10 0.68, heldout11 0.63, heldout12 0.58, heldout13 0.47, heldout14 0.70,
# heldout15 0.65, heldout16 0.69, heldout17 0.77, heldout18 0.81, heldout19 0.60, heldout20 0.77, heldout21 0.75,
# heldout22 0.56, heldout23 0.67, heldout24 0.70, heldout25 0.67, heldout26 0.73, heldout27 0.81, heldout28 0.77,
# heldout29 0.75 (27-29: session 7, blind), heldout30 0.68, heldout31 0.77 (session 8, blind; this figure with the
# session-7 code and the pipeline's own cleaning, `tools/eval_extraction.py`), heldout32 0.63, heldout33 0.78
# (session 9, blind, the session-8 code), heldout34 0.69, heldout35 0.78 (session 10, blind, the session-9 code),
# heldout36 0.75, heldout37 0.83 (session 11, blind, the session-10 code), heldout38 0.71, heldout39 0.78 (session
# 12, blind, the session-11 code; by `tools/eval_extraction.py`), heldout40 0.62, heldout41 0.67, heldout42 0.78,
# heldout43 0.75 (session 13, blind, the session-12 code), heldout44 0.73, heldout45 0.70, heldout46 0.71, heldout47
# 0.70 (session 14, blind, the session-13 code), heldout48 0.75, heldout49 0.83, heldout50 0.70, heldout51 0.77 (session
# 14, blind, measured with the session's starting code), heldout52 0.83, heldout53 0.83, heldout54 0.82, heldout55 0.67,
# heldout56 0.77, heldout57 0.80, heldout58 0.78, heldout59 0.80 (session 15, blind, the session's starting code),
# heldout60 0.88, heldout61 0.85, heldout62 0.77, heldout63 0.78 (session 16, blind, the session's starting code),
# heldout64 0.84, heldout65 0.67, heldout66 0.68, heldout67 0.70, heldout68 0.83, heldout69 0.71, heldout70 0.71,
# heldout71 0.75 (session 17, blind, the session's starting code), heldout72 0.76, heldout73 0.74, heldout74 0.70,
# heldout75 0.69, heldout76 0.87, heldout77 0.84, heldout78 0.75, heldout79 0.78 (session 18, blind, its starting
# code), heldout80 0.67, heldout81 0.78, heldout82 0.70, heldout83 0.63 (session 19, its starting code).
# Session 20 (recall5 merged): heldout27 and heldout69 event F1 floors one event lower (0.92 -> 0.91, 0.83 ->
# 0.82), heldout58 and heldout65 date floors one event lower; blind heldout80-81 0.748 -> 0.79 with it.
# Recomputed at the end of session 22 (rounds currency, prefixA, refersC, fieldsC, partiesB, cuesB, holdingsA,
# datesAB, amountsAB, refersAB, leftovers; README "Deal extraction"), every floor 0.01 below the figure reached or
# kept where the figure is higher: event F1 floors rose where the shapes were briefed (heldout84-91 have floors now;
# heldout25 0.79 -> 0.81, heldout58 0.83 -> 0.85) and fell by one event on heldout48 (0.88 -> 0.87); field floors fell
# by one or two events where a newly read shape brings a wrong field: dates (heldout20, 26, 51, 52, 57, 68, 70, 74:
# "this week", "damals", a day within 45 days read as upcoming, a planned closing no date), amounts (heldout28, 40,
# 58, 69, 70, 79: prices told sentences away, conversions), parties (heldout25, 52, 79), status (heldout53, 65, 69).
# heldout92-93 (session 22, blind) have floors too; heldout87 and heldout92 keep one false event on a no-deal page.
# Recomputed at the end of session 24 with `python tools/refloor.py --write` (rounds fixA names, fixB cues, fixC
# roles, fixD references, fixE fields, fixF French, fixG German, fixH withheld prices, then refs2, fields2, names2 and
# german2's roles; README "Deal extraction"): event F1 floors rose where heldout92-93 were read (heldout92 0.71 ->
# 0.86, heldout93 0.68 -> 0.78); field floors fell by one event where a newly paired event brings a wrong field:
# heldout25 status (a seller's own earlier purchase, now its own event, takes a later "had explored a listing" as a
# rumour), heldout26 role (an interview's "vous avez finalisé le rachat de X", buyer and target reversed), heldout52
# amount (a contract now paired, its sum missing), heldout66 date (a 2018 partnership now paired, dated otherwise),
# heldout71 parties ("ce partenaire" in a quote adds a second customer), heldout85 amount (a French merger now paired,
# the new group's size taken as its sum), heldout86 parties (a founder kept as a seller beside his firm), heldout93
# date (an owner's earlier purchase dated by the page). heldout94-95 (session 24, blind) have floors too; after the
# second round (refs2, fields2, names2, german2's roles) heldout95's amount fell by one event (a blind set: not read).
# Recomputed in session 25 with `python tools/refloor.py --write` (rounds contracts, notices, clean94, xsent, refs3,
# german3, dates3, status3, dropped, falsepos, cleanlists; README "Deal extraction"): event F1 floors rose where
# heldout94-95 were read (heldout94 0.69 -> 0.80, heldout95 0.56 -> 0.71, heldout93 0.78 -> 0.88); field floors fell
# by one or two events where a newly paired event brings a wrong field: heldout92 status (a background purchase "since
# 2019" told as announced), heldout93 parties (a law firm "regularly acting for" the seller taken as the seller), date
# and status (a sale "que se liquidó en junio" left announced, "négociations exclusives" as announced, not rumored).
# heldout96-97 (session 25, blind) have floors too; heldout96 keeps one false event on a no-deal page. After names3
# (heldout94 0.80 -> 0.82, heldout95 0.71 -> 0.74): heldout94 role (a bank merger now paired, typed as an acquisition),
# heldout95 date and status (newly paired events with their own errors: a rumoured purchase taken as completed the
# day after) fell by one event each.
# Recomputed in session 27 with `python tools/refloor.py --write` (rounds firstperson, false96, drop97, dates9697,
# names95, pairs2, general; after voices2, dates2 and falsenames again, with no fall; README "Deal extraction"):
# event F1 floors rose where heldout95-97 were read (heldout96
# 0.46 -> 0.76, heldout97 0.81 -> 0.88, heldout95 0.74 -> 0.80); heldout98-99 (session 26, blind) have floors now.
# Field floors fell where newly paired events bring a wrong field: heldout96 amount and status (20 more pairs: a
# dividend taken as an IPO's sum, "the year under review we acquired" left announced, a question's "un article
# évoque" as announced), heldout95 role and date (kit and licence deals now paired with supplier and customer
# swapped), heldout2 status (an anchor order in a finished listing now completed, where the gold keeps an optional
# event announced).
# Recomputed in session 28 (rounds drop98, drop99, false98, false99, spread, fields, poolde, poolrom; README "Deal
# extraction"): heldout98-99 (blind in sessions 26-27) were read, their F1 floors rose (0.65 -> 0.86, 0.70 -> 0.83);
# heldout100-101 (session 28, blind) have floors now, heldout101 with the 2 false events its no-deal pages had at first
# sight. Field floors fell where a newly paired event brings a wrong field: heldout17 amount (a purchase found through
# "Pour X, ..." takes the buyer's revenue), heldout64 date (a cancelled contract, now with the right customer, keeps
# its award year), heldout99 role (a rumoured round found through "une nouvelle levée" lacks the fund it is discussed
# with). After the second round (coref, relcl, names2): heldout99 date and status (a purchase now found through "the
# biotech" takes the agreement's month and status where gold has the closing), heldout98 parties and status (a
# partnership now paired keeps a region as a third partner; a period heading's IPO now has the page's firm as issuer,
# completed in the heading's first year), heldout90 role (a rumoured takeover now paired with a wrong role).
# Recomputed in session 29 (rounds coref, cues, false10x, spanish, german, apposit, falsepool, bracket; README "Deal
# extraction"): heldout100-101 (blind in session 28) were read, their F1 floors rose (0.86 -> 0.95, 0.83 -> 0.89);
# heldout102-103 (session 29, blind) have floors now, heldout103 with the one false event its no-deal pages had at first
# sight. Falls where a newly paired event brings a wrong field: heldout13 and heldout16 parties (a stake found through
# the sentence before's subject keeps an inexact name), heldout65 parties (a motorway contract found with its two
# suppliers lacks the customer), heldout75 amount (a procurement office's contract now paired takes no sum from the
# next sentence; a false "Koblenz" event carried it before), heldout88 date and status and heldout89 role and status
# (Spanish deals found through "la compañía" under a subheading and "la compra que X concretó" keep a rumour cue of
# their sentence and an unnamed unit's owner as target). Event F1 fell by one event on heldout7 (a stake's investor
# now found, with a grocer described as "l'épicier" left unresolved as investee) and heldout79 (a sentence echoing
# the deal told before, "Avec cette acquisition, X ...", adds no event; its swapped-role event had paired).
# After the second round (nonfirms, german2, spanish2): heldout70 amount (a rumoured sale by a firm named like
# "Vennhaus", now read as a name, misses its "bis zu" sum), heldout78 date (a partnership after "Eng arbeitet", now
# paired, takes the founding year of its relative clause) and heldout82 date (a rumoured merger now paired, dated by an
# earlier report) fell by one event each.
# Recomputed in session 30 (first round: coref, contracts, false102, falsepool, german, dropped, french, english):
# heldout102-103 (blind in session 29) were read, their F1 floors rose (0.78 -> 0.90, 0.74 -> 0.78); heldout104-105
# (session 30, blind) have floors now. Falls where a newly paired event brings a wrong field: heldout36 status (a
# venture's founders read from its relative clause, "la coentreprise qu'elle a créée en 2022 avec", pair an ongoing
# venture gold has completed), heldout37 amount (a purchase told verb-last, "der Y 2018 gekauft hatte und", now paired
# without the sum of another sentence), heldout46 date and status (a carrier's transport "für Y", now a contract,
# announced on the publication day where gold has it ongoing since 2024), heldout68 date and status (a fronted stake,
# "An Y ist X seit 2021 beteiligt", read as ended by the ban in its sentence), heldout94 status (an alliance found
# through its founders' clause keeps the rumour cue of its sentence).
# After the second round (german2, coref2, contracts2): heldout30 date, heldout87 amount and heldout92 parties, amount,
# date and status (press releases whose firm after "Chief Executive Officer of" is now found pair one event more each,
# with a wrong field), heldout40 parties (a title's firm now found joins an inexact name), heldout48 date (a short form
# joined to its full name merges a merger into a false acquisition of the same firms), heldout39 F1 (one false supply
# contract naming two firms as suppliers) and heldout104 F1 (one false rumoured stake in a power line
# project, "Stromautobahn", read as a firm).
# Session 33 (lane english): falls where a newly paired event brings a wrong field: heldout17 parties and role (a
# Galician agreement's two public partners, no longer taken for one firm by their shared "de", lack the page's firm
# left out as subject), heldout19 date (an alliance whose partners now skip the object of the clause before it,
# "controla desde 2021 ... Y, ..., y mantiene una alianza con Z", keeps that clause's start). Second round: heldout32
# date and heldout46 date (a possessed supply or offtake agreement "with" a customer, "Y's long-standing supply
# agreement with Z", now paired with the right sides, keeps no start or takes the page's day).
# Session 33 (fields): heldout49 date fell by one event (a purchase opened by "Dans la foulée" after a round
# "annoncé lundi" now takes that Monday; gold dates it by the publication day), while the pool's date accuracy rose
# (0.9343 -> 0.9352: six deals opened so on other sets now take the day before). heldout75 amount fell by one event
# (the words read before a figure now start at a whole word: "le contrat représente un chiffre d'affaires de plus de
# 200 millions" reads as revenue; its cut "iffre" did not), while the pool's amount accuracy rose (0.9610 -> 0.9632).
# Then an undated deal told more than two sentences after the lead takes the publication day, not the lead's ("said on
# Monday"): pool date accuracy 0.9352 -> 0.9389 (22 dates right, 9 wrong), with falls of one event on heldout23,
# heldout50, heldout60, heldout72, heldout74, heldout76 and heldout96 and of two on heldout6 (a contract "ebenfalls
# bekannt" at the lead's event and a stake taken "pour financer" the lead's plan, both dated by the lead's day).
# Session 34 (lane german): heldout40 amount fell by one event (a description told by its seat far from the lead, "das
# Landshuter Unternehmen", now stands for the target, so the title's false buyer "Finanzinvestor" takes the valuation
# told after a withheld price before the body's deal does), while heldout40 F1 rose (0.8462 -> 0.8571: a bid by "die
# Passauer" now paired) and the pool rose (F1 0.8882 -> 0.8886, paired 5616 -> 5620).
# Session 34 (lane english3): heldout108 date fell by one event where a newly paired event brings a wrong field (a
# listing whose name ends in a kind noun before a possessive, "X Forge's IPO pops", now found, is dated by its pricing
# night, not its first trading morning); pool F1 0.8880 -> 0.8889.
# Session 34 (lane romance34b): heldout62 date fell by one event where a newly paired event brings a wrong field (a
# supply contract whose supplier is described at length, "a conclu avec la coopérative maraîchère Y un contrat", now
# found, is dated by the round told the day before); heldout62 F1 0.9391 -> 0.9483, pool F1 0.8909 -> 0.8909, paired
# 5637 -> 5638 (fr 0.8799 -> 0.8803).
# Session 34 (lane spanish): heldout20 date fell by one event (0.95 -> 0.93) where a partnership newly paired (its bank
# no longer read as a person after "presidente de Banco X") takes the day before the gold's; heldout109 parties and
# roles fell where newly paired events bring a wrong field (a sponsor and its club swapped, a tendered hospital named
# beside its builder) while its F1 rose 0.64 -> 0.70 (paired 38 -> 42). At the session's end (tools/refloor.py
# --write): no further fall; heldout110-111 (blind) got their first floors.
FLOORS = {
    "heldout": (0.95, {"parties_exact": 0.95, "role_accuracy": 0.97, "amount_accuracy": 0.99,
             "date_accuracy": 0.97, "status_accuracy": 0.99}),
    "heldout2": (0.95, {"parties_exact": 0.88, "role_accuracy": 0.91, "amount_accuracy": 0.97,
              "date_accuracy": 0.94, "status_accuracy": 0.92}),
    "heldout3": (0.93, {"parties_exact": 0.92, "role_accuracy": 0.94, "amount_accuracy": 0.99,
              "date_accuracy": 0.96, "status_accuracy": 0.94}),
    "heldout4": (0.96, {"parties_exact": 0.99, "role_accuracy": 0.96, "amount_accuracy": 0.97,
              "date_accuracy": 0.96, "status_accuracy": 0.97}),
    "heldout5": (0.98, {"parties_exact": 0.99, "role_accuracy": 0.99, "amount_accuracy": 0.99,
              "date_accuracy": 0.99, "status_accuracy": 0.96}),
    "heldout6": (0.94, {"parties_exact": 0.97, "role_accuracy": 0.94, "amount_accuracy": 0.94,
              "date_accuracy": 0.91, "status_accuracy": 0.97}),
    "heldout7": (0.95, {"parties_exact": 0.96, "role_accuracy": 0.98, "amount_accuracy": 0.97,
              "date_accuracy": 0.96, "status_accuracy": 0.97}),
    "heldout8": (0.95, {"parties_exact": 0.95, "role_accuracy": 0.98, "amount_accuracy": 0.99,
              "date_accuracy": 0.99, "status_accuracy": 0.99}),
    "heldout9": (0.88, {"parties_exact": 0.95, "role_accuracy": 0.95, "amount_accuracy": 0.99,
              "date_accuracy": 0.93, "status_accuracy": 0.95}),
    "heldout10": (0.94, {"parties_exact": 0.99, "role_accuracy": 0.99, "amount_accuracy": 0.97,
               "date_accuracy": 0.90, "status_accuracy": 0.99}),
    "heldout11": (0.96, {"parties_exact": 0.92, "role_accuracy": 0.95, "amount_accuracy": 0.97,
               "date_accuracy": 0.94, "status_accuracy": 0.99}),
    "heldout12": (0.87, {"parties_exact": 0.96, "role_accuracy": 0.95, "amount_accuracy": 0.97,
               "date_accuracy": 0.97, "status_accuracy": 0.99}),
    "heldout13": (0.91, {"parties_exact": 0.97, "role_accuracy": 0.99, "amount_accuracy": 0.99,
               "date_accuracy": 0.92, "status_accuracy": 0.99}),
    "heldout14": (0.88, {"parties_exact": 0.99, "role_accuracy": 0.95, "amount_accuracy": 0.99,
               "date_accuracy": 0.99, "status_accuracy": 0.99}),
    "heldout15": (0.93, {"parties_exact": 0.97, "role_accuracy": 0.94, "amount_accuracy": 0.99,
               "date_accuracy": 0.95, "status_accuracy": 0.99}),
    "heldout16": (0.88, {"parties_exact": 0.96, "role_accuracy": 0.96, "amount_accuracy": 0.99,
               "date_accuracy": 0.96, "status_accuracy": 0.94}),
    "heldout17": (0.87, {"parties_exact": 0.97, "role_accuracy": 0.98, "amount_accuracy": 0.96,
               "date_accuracy": 0.88, "status_accuracy": 0.99}),
    "heldout18": (0.91, {"parties_exact": 0.90, "role_accuracy": 0.92, "amount_accuracy": 0.94,
               "date_accuracy": 0.88, "status_accuracy": 0.94}),
    "heldout19": (0.81, {"parties_exact": 0.97, "role_accuracy": 0.91, "amount_accuracy": 0.99,
               "date_accuracy": 0.95, "status_accuracy": 0.97}),
    "heldout20": (0.89, {"parties_exact": 0.95, "role_accuracy": 0.96, "amount_accuracy": 0.97,
               "date_accuracy": 0.93, "status_accuracy": 0.97}),
    "heldout21": (0.91, {"parties_exact": 0.93, "role_accuracy": 0.95, "amount_accuracy": 0.97,
               "date_accuracy": 0.93, "status_accuracy": 0.95}),
    "heldout22": (0.84, {"parties_exact": 0.87, "role_accuracy": 0.90, "amount_accuracy": 0.99,
               "date_accuracy": 0.92, "status_accuracy": 0.92}),
    "heldout23": (0.87, {"parties_exact": 0.90, "role_accuracy": 0.94, "amount_accuracy": 0.94,
               "date_accuracy": 0.88, "status_accuracy": 0.97}),
    "heldout24": (0.87, {"parties_exact": 0.92, "role_accuracy": 0.96, "amount_accuracy": 0.94,
               "date_accuracy": 0.94, "status_accuracy": 0.97}),
    "heldout25": (0.86, {"parties_exact": 0.90, "role_accuracy": 0.96, "amount_accuracy": 0.97,
               "date_accuracy": 0.94, "status_accuracy": 0.94}),
    "heldout26": (0.92, {"parties_exact": 0.97, "role_accuracy": 0.92, "amount_accuracy": 0.99,
               "date_accuracy": 0.97, "status_accuracy": 0.97}),
    "heldout27": (0.91, {"parties_exact": 0.99, "role_accuracy": 0.98, "amount_accuracy": 0.99,
               "date_accuracy": 0.86, "status_accuracy": 0.99}),
    "heldout28": (0.90, {"parties_exact": 0.92, "role_accuracy": 0.97, "amount_accuracy": 0.95,
               "date_accuracy": 0.97, "status_accuracy": 0.97}),
    "heldout29": (0.88, {"parties_exact": 0.89, "role_accuracy": 0.90, "amount_accuracy": 0.99,
               "date_accuracy": 0.99, "status_accuracy": 0.95}),
    "heldout30": (0.85, {"parties_exact": 0.99, "role_accuracy": 0.96, "amount_accuracy": 0.95,
               "date_accuracy": 0.83, "status_accuracy": 0.93}),
    "heldout31": (0.86, {"parties_exact": 0.92, "role_accuracy": 0.95, "amount_accuracy": 0.97,
               "date_accuracy": 0.92, "status_accuracy": 0.97}),
    "heldout32": (0.89, {"parties_exact": 0.95, "role_accuracy": 0.96, "amount_accuracy": 0.92,
               "date_accuracy": 0.94, "status_accuracy": 0.99}),
    "heldout33": (0.96, {"parties_exact": 0.93, "role_accuracy": 0.97, "amount_accuracy": 0.99,
               "date_accuracy": 0.93, "status_accuracy": 0.99}),
    "heldout34": (0.92, {"parties_exact": 0.91, "role_accuracy": 0.94, "amount_accuracy": 0.95,
               "date_accuracy": 0.95, "status_accuracy": 0.99}),
    "heldout35": (0.86, {"parties_exact": 0.93, "role_accuracy": 0.92, "amount_accuracy": 0.99,
               "date_accuracy": 0.93, "status_accuracy": 0.95}),
    "heldout36": (0.92, {"parties_exact": 0.95, "role_accuracy": 0.93, "amount_accuracy": 0.99,
               "date_accuracy": 0.92, "status_accuracy": 0.88}),
    "heldout37": (0.94, {"parties_exact": 0.97, "role_accuracy": 0.97, "amount_accuracy": 0.95,
               "date_accuracy": 0.97, "status_accuracy": 0.93}),
    "heldout38": (0.95, {"parties_exact": 0.95, "role_accuracy": 0.94, "amount_accuracy": 0.99,
               "date_accuracy": 0.97, "status_accuracy": 0.95}),
    "heldout39": (0.95, {"parties_exact": 0.92, "role_accuracy": 0.94, "amount_accuracy": 0.96,
               "date_accuracy": 0.92, "status_accuracy": 0.96}),
    "heldout40": (0.85, {"parties_exact": 0.90, "role_accuracy": 0.94, "amount_accuracy": 0.99,
               "date_accuracy": 0.97, "status_accuracy": 0.95}),
    "heldout41": (0.87, {"parties_exact": 0.93, "role_accuracy": 0.87, "amount_accuracy": 0.95,
               "date_accuracy": 0.93, "status_accuracy": 0.93}),
    "heldout42": (0.89, {"parties_exact": 0.93, "role_accuracy": 0.95, "amount_accuracy": 0.91,
               "date_accuracy": 0.93, "status_accuracy": 0.97}),
    "heldout43": (0.85, {"parties_exact": 0.93, "role_accuracy": 0.95, "amount_accuracy": 0.97,
               "date_accuracy": 0.95, "status_accuracy": 0.95}),
    "heldout44": (0.86, {"parties_exact": 0.99, "role_accuracy": 0.98, "amount_accuracy": 0.95,
               "date_accuracy": 0.89, "status_accuracy": 0.95}),
    "heldout45": (0.84, {"parties_exact": 0.95, "role_accuracy": 0.93, "amount_accuracy": 0.89,
               "date_accuracy": 0.84, "status_accuracy": 0.95}),
    "heldout46": (0.81, {"parties_exact": 0.99, "role_accuracy": 0.95, "amount_accuracy": 0.92,
               "date_accuracy": 0.90, "status_accuracy": 0.90}),
    "heldout47": (0.82, {"parties_exact": 0.97, "role_accuracy": 0.90, "amount_accuracy": 0.95,
               "date_accuracy": 0.93, "status_accuracy": 0.99}),
    "heldout48": (0.88, {"parties_exact": 0.99, "role_accuracy": 0.99, "amount_accuracy": 0.97,
               "date_accuracy": 0.92, "status_accuracy": 0.92}),
    "heldout49": (0.92, {"parties_exact": 0.94, "role_accuracy": 0.96, "amount_accuracy": 0.97,
               "date_accuracy": 0.91, "status_accuracy": 0.91}),
    "heldout50": (0.88, {"parties_exact": 0.97, "role_accuracy": 0.95, "amount_accuracy": 0.95,
               "date_accuracy": 0.91, "status_accuracy": 0.97}),
    "heldout51": (0.89, {"parties_exact": 0.97, "role_accuracy": 0.95, "amount_accuracy": 0.95,
               "date_accuracy": 0.93, "status_accuracy": 0.95}),
    "heldout52": (0.86, {"parties_exact": 0.93, "role_accuracy": 0.94, "amount_accuracy": 0.93,
               "date_accuracy": 0.97, "status_accuracy": 0.97}),
    "heldout53": (0.84, {"parties_exact": 0.99, "role_accuracy": 0.97, "amount_accuracy": 0.95,
               "date_accuracy": 0.95, "status_accuracy": 0.89}),
    "heldout54": (0.85, {"parties_exact": 0.87, "role_accuracy": 0.88, "amount_accuracy": 0.94,
               "date_accuracy": 0.92, "status_accuracy": 0.94}),
    "heldout55": (0.84, {"parties_exact": 0.95, "role_accuracy": 0.91, "amount_accuracy": 0.97,
               "date_accuracy": 0.95, "status_accuracy": 0.95}),
    "heldout56": (0.92, {"parties_exact": 0.95, "role_accuracy": 0.97, "amount_accuracy": 0.95,
               "date_accuracy": 0.95, "status_accuracy": 0.91}),
    "heldout57": (0.84, {"parties_exact": 0.97, "role_accuracy": 0.98, "amount_accuracy": 0.95,
               "date_accuracy": 0.88, "status_accuracy": 0.95}),
    "heldout58": (0.88, {"parties_exact": 0.99, "role_accuracy": 0.95, "amount_accuracy": 0.95,
               "date_accuracy": 0.92, "status_accuracy": 0.88}),
    "heldout59": (0.90, {"parties_exact": 0.97, "role_accuracy": 0.94, "amount_accuracy": 0.97,
               "date_accuracy": 0.91, "status_accuracy": 0.97}),
    "heldout60": (0.96, {"parties_exact": 0.99, "role_accuracy": 0.99, "amount_accuracy": 0.99,
               "date_accuracy": 0.91, "status_accuracy": 0.90}),
    "heldout61": (0.95, {"parties_exact": 0.97, "role_accuracy": 0.97, "amount_accuracy": 0.97,
               "date_accuracy": 0.99, "status_accuracy": 0.97}),
    "heldout62": (0.94, {"parties_exact": 0.95, "role_accuracy": 0.97, "amount_accuracy": 0.99,
               "date_accuracy": 0.94, "status_accuracy": 0.97}),
    "heldout63": (0.88, {"parties_exact": 0.95, "role_accuracy": 0.91, "amount_accuracy": 0.96,
               "date_accuracy": 0.97, "status_accuracy": 0.91}),
    "heldout64": (0.90, {"parties_exact": 0.95, "role_accuracy": 0.91, "amount_accuracy": 0.97,
               "date_accuracy": 0.90, "status_accuracy": 0.94}),
    "heldout65": (0.83, {"parties_exact": 0.95, "role_accuracy": 0.90, "amount_accuracy": 0.95,
               "date_accuracy": 0.90, "status_accuracy": 0.93}),
    "heldout66": (0.84, {"parties_exact": 0.93, "role_accuracy": 0.89, "amount_accuracy": 0.95,
               "date_accuracy": 0.93, "status_accuracy": 0.97}),
    "heldout67": (0.74, {"parties_exact": 0.94, "role_accuracy": 0.96, "amount_accuracy": 0.94,
               "date_accuracy": 0.96, "status_accuracy": 0.96}),
    "heldout68": (0.90, {"parties_exact": 0.95, "role_accuracy": 0.95, "amount_accuracy": 0.89,
               "date_accuracy": 0.91, "status_accuracy": 0.89}),
    "heldout69": (0.84, {"parties_exact": 0.91, "role_accuracy": 0.87, "amount_accuracy": 0.88,
               "date_accuracy": 0.87, "status_accuracy": 0.96}),
    "heldout70": (0.82, {"parties_exact": 0.94, "role_accuracy": 0.94, "amount_accuracy": 0.94,
               "date_accuracy": 0.99, "status_accuracy": 0.94}),
    "heldout71": (0.90, {"parties_exact": 0.95, "role_accuracy": 0.92, "amount_accuracy": 0.99,
               "date_accuracy": 0.93, "status_accuracy": 0.91}),
    "heldout72": (0.85, {"parties_exact": 0.93, "role_accuracy": 0.98, "amount_accuracy": 0.95,
               "date_accuracy": 0.95, "status_accuracy": 0.97}),
    "heldout73": (0.84, {"parties_exact": 0.95, "role_accuracy": 0.94, "amount_accuracy": 0.95,
               "date_accuracy": 0.95, "status_accuracy": 0.93}),
    "heldout74": (0.80, {"parties_exact": 0.97, "role_accuracy": 0.99, "amount_accuracy": 0.88,
               "date_accuracy": 0.95, "status_accuracy": 0.95}),
    "heldout75": (0.84, {"parties_exact": 0.99, "role_accuracy": 0.95, "amount_accuracy": 0.92,
               "date_accuracy": 0.97, "status_accuracy": 0.95}),
    "heldout76": (0.94, {"parties_exact": 0.97, "role_accuracy": 0.97, "amount_accuracy": 0.97,
               "date_accuracy": 0.90, "status_accuracy": 0.95}),
    "heldout77": (0.90, {"parties_exact": 0.97, "role_accuracy": 0.99, "amount_accuracy": 0.90,
               "date_accuracy": 0.92, "status_accuracy": 0.95}),
    "heldout78": (0.82, {"parties_exact": 0.95, "role_accuracy": 0.90, "amount_accuracy": 0.93,
               "date_accuracy": 0.89, "status_accuracy": 0.97}),
    "heldout79": (0.84, {"parties_exact": 0.99, "role_accuracy": 0.99, "amount_accuracy": 0.83,
               "date_accuracy": 0.97, "status_accuracy": 0.99}),
    "heldout80": (0.83, {"parties_exact": 0.99, "role_accuracy": 0.98, "amount_accuracy": 0.95,
               "date_accuracy": 0.95, "status_accuracy": 0.97}),
    "heldout81": (0.82, {"parties_exact": 0.91, "role_accuracy": 0.91, "amount_accuracy": 0.89,
               "date_accuracy": 0.93, "status_accuracy": 0.99}),
    "heldout82": (0.84, {"parties_exact": 0.90, "role_accuracy": 0.92, "amount_accuracy": 0.99,
               "date_accuracy": 0.93, "status_accuracy": 0.97}),
    "heldout83": (0.88, {"parties_exact": 0.94, "role_accuracy": 0.91, "amount_accuracy": 0.94,
               "date_accuracy": 0.97, "status_accuracy": 0.97}),
    "heldout84": (0.79, {"parties_exact": 0.94, "role_accuracy": 0.87, "amount_accuracy": 0.89,
               "date_accuracy": 0.89, "status_accuracy": 0.97}),
    "heldout85": (0.78, {"parties_exact": 0.86, "role_accuracy": 0.91, "amount_accuracy": 0.89,
               "date_accuracy": 0.79, "status_accuracy": 0.99}),
    "heldout86": (0.92, {"parties_exact": 0.94, "role_accuracy": 0.94, "amount_accuracy": 0.97,
               "date_accuracy": 0.96, "status_accuracy": 0.96}),
    "heldout87": (0.91, {"parties_exact": 0.97, "role_accuracy": 0.91, "amount_accuracy": 0.94,
               "date_accuracy": 0.97, "status_accuracy": 0.97}),
    "heldout88": (0.91, {"parties_exact": 0.99, "role_accuracy": 0.97, "amount_accuracy": 0.99,
               "date_accuracy": 0.95, "status_accuracy": 0.95}),
    "heldout89": (0.86, {"parties_exact": 0.95, "role_accuracy": 0.96, "amount_accuracy": 0.90,
               "date_accuracy": 0.90, "status_accuracy": 0.92}),
    "heldout90": (0.82, {"parties_exact": 0.94, "role_accuracy": 0.95, "amount_accuracy": 0.92,
               "date_accuracy": 0.90, "status_accuracy": 0.97}),
    "heldout91": (0.87, {"parties_exact": 0.96, "role_accuracy": 0.96, "amount_accuracy": 0.94,
               "date_accuracy": 0.93, "status_accuracy": 0.97}),
    "heldout92": (0.89, {"parties_exact": 0.92, "role_accuracy": 0.95, "amount_accuracy": 0.89,
               "date_accuracy": 0.94, "status_accuracy": 0.96}),
    "heldout93": (0.89, {"parties_exact": 0.95, "role_accuracy": 0.96, "amount_accuracy": 0.99,
               "date_accuracy": 0.96, "status_accuracy": 0.93}),
    "heldout94": (0.85, {"parties_exact": 0.96, "role_accuracy": 0.94, "amount_accuracy": 0.96,
               "date_accuracy": 0.94, "status_accuracy": 0.96}),
    "heldout95": (0.79, {"parties_exact": 0.92, "role_accuracy": 0.86, "amount_accuracy": 0.92,
               "date_accuracy": 0.88, "status_accuracy": 0.95}),
    "heldout96": (0.81, {"parties_exact": 0.94, "role_accuracy": 0.93, "amount_accuracy": 0.92,
               "date_accuracy": 0.84, "status_accuracy": 0.92}),
    "heldout97": (0.90, {"parties_exact": 0.98, "role_accuracy": 0.92, "amount_accuracy": 0.93,
               "date_accuracy": 0.89, "status_accuracy": 0.92}),
    "heldout98": (0.88, {"parties_exact": 0.93, "role_accuracy": 0.94, "amount_accuracy": 0.96,
               "date_accuracy": 0.83, "status_accuracy": 0.96}),
    "heldout99": (0.86, {"parties_exact": 0.89, "role_accuracy": 0.94, "amount_accuracy": 0.96,
               "date_accuracy": 0.92, "status_accuracy": 0.92}),
    "heldout100": (0.95, {"parties_exact": 0.96, "role_accuracy": 0.94, "amount_accuracy": 0.97,
                "date_accuracy": 0.94, "status_accuracy": 0.97}),
    "heldout101": (0.90, {"parties_exact": 0.94, "role_accuracy": 0.91, "amount_accuracy": 0.96,
                "date_accuracy": 0.94, "status_accuracy": 0.94}),
    "heldout102": (0.91, {"parties_exact": 0.96, "role_accuracy": 0.93, "amount_accuracy": 0.92,
                "date_accuracy": 0.95, "status_accuracy": 0.96}),
    "heldout103": (0.79, {"parties_exact": 0.95, "role_accuracy": 0.98, "amount_accuracy": 0.95,
                "date_accuracy": 0.95, "status_accuracy": 0.95}),
    "heldout104": (0.91, {"parties_exact": 0.94, "role_accuracy": 0.94, "amount_accuracy": 0.97,
                "date_accuracy": 0.94, "status_accuracy": 0.96}),
    "heldout105": (0.90, {"parties_exact": 0.95, "role_accuracy": 0.97, "amount_accuracy": 0.95,
                "date_accuracy": 0.92, "status_accuracy": 0.95}),
    "heldout106": (0.94, {"parties_exact": 0.99, "role_accuracy": 0.99, "amount_accuracy": 0.97,
                "date_accuracy": 0.95, "status_accuracy": 0.97}),
    "heldout107": (0.95, {"parties_exact": 0.89, "role_accuracy": 0.90, "amount_accuracy": 0.97,
                "date_accuracy": 0.92, "status_accuracy": 0.91}),
    "heldout108": (0.90, {"parties_exact": 0.97, "role_accuracy": 0.93, "amount_accuracy": 0.90,
                "date_accuracy": 0.90, "status_accuracy": 0.94}),
    "heldout109": (0.78, {"parties_exact": 0.95, "role_accuracy": 0.95, "amount_accuracy": 0.95,
                "date_accuracy": 0.93, "status_accuracy": 0.99}),
    "heldout110": (0.67, {"parties_exact": 0.93, "role_accuracy": 0.90, "amount_accuracy": 0.91,
                "date_accuracy": 0.87, "status_accuracy": 0.83}),
    "heldout111": (0.76, {"parties_exact": 0.95, "role_accuracy": 0.88, "amount_accuracy": 0.95,
                "date_accuracy": 0.83, "status_accuracy": 0.83}),
}
# false events allowed on the pages without a deal, where the blind figure had some (0 for every other set)
QUIET_FALSE_EVENTS = {"heldout32": 1, "heldout34": 1, "heldout47": 1, "heldout69": 1, "heldout101": 1}
SCORER = ROOT.parent / "shared" / "corpus" / "score.py"


def _present(name: str) -> bool:
    return SCORER.is_file() and any((ROOT / "eval" / name).glob("*.json"))


pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="scorer not present")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus(request) -> tuple[str, dict]:
    if not _present(request.param):
        pytest.skip(f"eval/{request.param} not present")
    return request.param, corpus_result(Path(ROOT / "eval" / request.param))


def _summary(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "per_doc"}


def test_event_f1_floor(corpus):
    name, result = corpus
    assert result["event_f1"] >= FLOORS[name][0], _summary(result)


def test_paired_field_accuracy_floors(corpus):
    name, result = corpus
    low = {f: result[f] for f, floor in FLOORS[name][1].items() if result[f] < floor}
    assert not low, (low, _summary(result))


def test_no_events_on_pages_without_deals(corpus):
    name, result = corpus
    quiet = [row for row in result["per_doc"] if row["tp"] + row["fn"] == 0]
    assert quiet and sum(row["fp"] for row in quiet) <= QUIET_FALSE_EVENTS.get(name, 0), quiet
