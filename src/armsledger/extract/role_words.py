"""The words around a party that its role is read from: the rule table's role patterns of each
language, read before and after each party mention ("to X", "X received", "from X", "X will
deliver"), lists of parties and where they end, the readings that refine a role (a governed
dative, a purchase made for another, an apposition), the mentions that name no party here, and
a transfer verb's subject. The role the patterns alone give (supplier-like or recipient-like)
is read in ``pattern_roles``; ``roles.assign_roles`` puts them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from armsledger.extract.approvals import approves_other
from armsledger.extract.gazetteer import DEMONYM, STATE
from armsledger.extract.morphology import can_be_case, has_cyrillic
from armsledger.extract.patterns import RulePattern
from armsledger.extract.places import is_place, set_beside, speaks_of_deal
from armsledger.extract.rules import NEVER, rule_table
from armsledger.language import ENGLISH, LANGUAGES

if TYPE_CHECKING:
    from armsledger.extract.roles import Mention

_TABLE = rule_table()
_GAPPED_COUNT = {lang: _TABLE.pick("roles.gapped_count", lang) for lang in LANGUAGES}
_GAPPED_OPENER = {lang: _TABLE.pick("roles.gapped_opener", lang) for lang in LANGUAGES}
_GAPPED_FROM = _TABLE["roles.gapped_from"]
_FRONTED = _TABLE["roles.fronted_clause"]
_ADJECTIVE_AFTER_COMMA = _TABLE["roles.adjective_after_comma"]
_SPEAKER_AFTER_COMMA = _TABLE["roles.speaker_after_comma"]
_SUBJECT_AFTER_COMMA = _TABLE["roles.subject_after_comma"]
_GOVERNED_BEFORE = _TABLE["roles.governed_before"]
_PARTS_AFTER = _TABLE["roles.parts_after"]
# How much text before an English party its recipient patterns read: enough for a buyers' list
# after a general noun ("to more than 20 countries, including X"); 25 characters, the window
# before, missed such lists, and 45 changed no other claim on the study sets.
RECIPIENT_CHARS = 45
_SYSTEM_LIST_GAP = _TABLE["text.system_list_gap"]
# How far before a party its preposition is looked for ("against the ", the longest, is 12).
GOVERNED_CHARS = 20
# How far before a party roles.not_a_party_before looks: an office or a source's phrase may run
# to five words ("по данным Главного управления разведки Минобороны Украины"); 40 missed those,
# 60 changed no English claim of the study sets.
NOT_A_PARTY_CHARS = 60
# How far before a gapped clause's subject its opener (", and the") is looked for.
GAPPED_OPENER_CHARS = 12
GAPPED_FROM_CHARS = 30
# How near a Russian supplier phrase stands before the system it belongs to ("у России
# комплексы С-400"): a noun and a designation at most.
PRECEDES_CHARS = 30


@dataclass(frozen=True)
class _Patterns:
    """The role patterns of one language (the rule table's "roles.*", "roles.ru.*")."""

    recipient_before: RulePattern
    supplier_before: RulePattern
    recipient_after: RulePattern
    supplier_after: RulePattern
    # A demonym or state name qualifying a media name or a person's office is not a party.
    not_a_party_after: RulePattern
    # Russian puts the office first: "посол Индонезии" speaks, it is no party.
    not_a_party_before: RulePattern
    # Russian names the owner after its forces: "ВВС Индии" (a recipient).
    owner_before: RulePattern
    # "China, the first foreign buyer, ordered": the apposition sits between party and verb.
    apposition: RulePattern
    # The glue of a list of parties ("Latvia and Lithuania will provide": both give).
    party_list: RulePattern
    # A companion set off by commas ("Chile, together with Peru, received"): listed too.
    party_aside: RulePattern
    # The comma closing an apposed list before its auxiliary ("Chile and Peru, will receive").
    party_list_close: RulePattern
    # How far a demonym may stand before the system it qualifies: Russian puts the category
    # noun between ("российских истребителей Су-35", "российские ЗРК С-400").
    demonym_gap: int
    # How much text before a party its recipient patterns read: Russian puts the transfer
    # word's object between it and the dative receiver ("поставки истребителей Су-35 Ирану").
    recipient_window: int
    # Russian: a dative before a finite supply verb receives ("Египту поставили"), one
    # before an infinitive is its subject ("разрешила Польше передать").
    dative_receives: RulePattern = NEVER
    # English "a contract with X": X is the other side (roles.counterparty_before).
    counterparty_before: RulePattern = NEVER
    # English "talks with X on sales of": that other side buys (roles.sale_topic_after).
    sale_topic_after: RulePattern = NEVER
    # English "signed for jets with X": the other side or a partner, no unsaid receiver.
    counterpart_with: RulePattern = NEVER
    # English "X bought it for Y": Y receives, X passes it on (roles.benefactive_before).
    benefactive_before: RulePattern = NEVER
    # English "X was supplied with": a passive transfer verb makes no seller of its subject.
    passive_after: RulePattern = NEVER
    # Russian "обсудить с Анкарой поставку": the other side, never the supply word's subject.
    with_before: RulePattern = NEVER
    # English "struck a Russian depot": a demonym after an attack verb is the target.
    target_before: RulePattern = NEVER
    # English "ex-Danish F-16s": the demonym names the previous operator, who passes it on.
    second_hand_before: RulePattern = NEVER
    # English "Denmark's F-16 jets": a state's possessive on a system, read as its adjective.
    owner_possessive: RulePattern = NEVER
    # English "Iraq will join Malaysia and Nigeria in receiving": the parties joined took the
    # step before (roles.joined_before).
    joined_before: RulePattern = NEVER
    # Russian "получил от Вьетнама заказ", "аванс от Египта", English "won an order for
    # howitzers from X": an order or a payment comes from the buyer, not from the supplier
    # "от" or "from" would make it.
    order_after: RulePattern = NEVER
    payer_before: RulePattern = NEVER
    # Russian "с Индией обсуждает покупку": the other side of a purchase sells.
    purchase_with: RulePattern = NEVER


@cache
def patterns_for(lang: str) -> _Patterns:
    pick = _TABLE.pick
    return _Patterns(
        recipient_before=pick("roles.recipient_before", lang),
        supplier_before=pick("roles.supplier_before", lang),
        recipient_after=pick("roles.recipient_after", lang),
        supplier_after=pick("roles.supplier_after", lang),
        not_a_party_after=pick("roles.not_a_party_after", lang),
        # English names the office after the state ("Indian envoy"): not_a_party_after;
        # before it only a transit ("via Poland").
        not_a_party_before=pick("roles.not_a_party_before", lang),
        owner_before=NEVER if lang == ENGLISH else pick("roles.owner_before", lang),
        apposition=pick("roles.apposition", lang),
        party_list=pick("roles.party_list", lang),
        party_aside=pick("roles.party_aside", lang),
        party_list_close=pick("roles.party_list_close", lang),
        demonym_gap=12 if lang == ENGLISH else 40,
        recipient_window=RECIPIENT_CHARS if lang == ENGLISH else 60,
        dative_receives=NEVER if lang == ENGLISH else pick("roles.dative_receives", lang),
        counterparty_before=pick("roles.counterparty_before", lang),
        sale_topic_after=pick("roles.sale_topic_after", lang),
        counterpart_with=pick("roles.counterpart_with", lang),
        benefactive_before=pick("roles.benefactive_before", lang),
        passive_after=pick("roles.passive_after", lang),
        target_before=pick("roles.target_before", lang),
        second_hand_before=pick("roles.second_hand_before", lang),
        owner_possessive=pick("roles.owner_possessive", lang),
        joined_before=pick("roles.joined_before", lang),
        with_before=NEVER if lang == ENGLISH else pick("roles.with_before", lang),
        order_after=NEVER if lang == ENGLISH else pick("roles.order_after", lang),
        purchase_with=NEVER if lang == ENGLISH else pick("roles.purchase_with", lang),
        payer_before=pick("roles.payer_before", lang),
    )


def text_after(sentence: str, end: int, pats: _Patterns) -> str:
    after = sentence[end : end + 120]
    # The apposition is anchored at the text's start: a match, not a substitution that
    # would try every position of the text.
    m = pats.apposition.match(after)
    return after[m.end() :] if m is not None and m.end() else after


def party_runs(
    sentence: str, parties: list[Mention], glue: RulePattern, aside: RulePattern = NEVER
) -> list[list[Mention]]:
    """Runs of party mentions, in order, with only list ``glue`` between neighbours ("Latvia
    and Lithuania"), or an ``aside`` closed by a comma ("Chile, together with Peru, ..."); a
    party standing alone is a run of one."""
    runs: list[list[Mention]] = []
    # "While Germany sent jets to Ukraine, Switzerland ordered ...": the comma closing a
    # fronted clause lists nothing (roles.fronted_clause).
    fronted = _FRONTED.match(sentence) if parties else None
    cut = fronted.end() if fronted is not None else -1
    for p in sorted(parties, key=lambda q: q.start):
        prev = runs[-1][-1] if runs else None
        if (
            prev is not None
            and prev.end <= p.start
            and not prev.end < cut <= p.start
            and (glue.fullmatch(sentence[prev.end : p.start]) or _aside(sentence, prev, p, aside))
            and not _new_phrase(sentence, prev, p, runs[-1][0])
        ):
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def governed(text: str, start: int) -> bool:
    """Whether the party starting at ``start`` stands right after a preposition ("from South
    Korea", "with the United States"): a phrase's object, no clause subject
    (roles.governed_before)."""
    return _GOVERNED_BEFORE.search(text[max(0, start - GOVERNED_CHARS) : start]) is not None


def _new_phrase(sentence: str, prev: Mention, p: Mention, head: Mention) -> bool:
    """Whether ``p``, after a state's name and a comma, opens a new phrase, not a list member:
    a state adjective qualifying the name after it ("arrives in Ukraine, American NASAMS
    expected": roles.adjective_after_comma), or a state owning a speaker ("to Ukraine,
    Belgium's defence minister said": roles.speaker_after_comma), or the subject of a new
    clause after a governed party or a governed list ending in ``prev`` and opening on ``head``
    ("from South Korea, and Romania is in talks", "to Poland, Finland and Australia, and Egypt
    has also ordered it": roles.subject_after_comma)."""
    if not sentence[prev.end : p.start].lstrip().startswith(","):
        return False
    if _SPEAKER_AFTER_COMMA.match(sentence, p.end) is not None:
        return True
    if (
        "and" in sentence[prev.end : p.start]
        and (governed(sentence, prev.start) or governed(sentence, head.start))
        and _SUBJECT_AFTER_COMMA.match(sentence, p.end) is not None
    ):
        return True  # "from South Korea, and Romania and Vietnam are in talks"
    return (
        p.kind == DEMONYM
        and prev.kind != DEMONYM
        and _ADJECTIVE_AFTER_COMMA.match(sentence, p.end) is not None
    )


def _aside(sentence: str, prev: Mention, p: Mention, aside: RulePattern) -> bool:
    """Whether ``p`` is set off by commas after ``prev`` as its companion ("Chile, together
    with Peru, received"): the aside pattern between them and a comma right after ``p``."""
    return (
        aside is not NEVER
        and sentence[p.end : p.end + 1] == ","
        and aside.fullmatch(sentence[prev.end : p.start]) is not None
    )


def list_ends(
    sentence: str,
    parties: list[Mention],
    glue: RulePattern,
    aside: RulePattern = NEVER,
    close: RulePattern = NEVER,
) -> dict[int, int]:
    """Where the list each party opens or continues ends ("Latvia and Lithuania will"), by
    the party's start: what follows the list follows each of its parties; past the comma that
    closes an aside ("Chile, together with Peru, received") or an apposed list before its
    auxiliary (``close``: "Two neighbours, Chile and Peru, will receive")."""
    out: dict[int, int] = {}
    for run in party_runs(sentence, parties, glue, aside):
        end = run[-1].end
        if len(run) > 1 and (
            _aside(sentence, run[-2], run[-1], aside) or close.match(sentence, end)
        ):
            end += 1
        out.update((p.start, end) for p in run)
    return out


def follows_other(
    sentence: str, party: Mention, system: Mention, others: tuple[Mention, ...]
) -> bool:
    """Whether the system named last before ``party`` is another one than ``system``, and not
    one listed right after it ("MiG-29 and Su-25 aircraft acquired from Belarus": both were)."""
    before = [o for o in (system, *others) if o.end <= party.start]
    if not before:
        return False
    last = max(before, key=lambda o: o.end)
    if last is system:
        return False
    listed = system.end <= last.start and (
        _SYSTEM_LIST_GAP.fullmatch(sentence, system.end, last.start) is not None
    )
    return not listed


def precedes_other(party: Mention, system: Mention, others: tuple[Mention, ...]) -> bool:
    """Whether the system named first after ``party``, close by, is another one than ``system``
    (Russian puts the supplier phrase before its system: "закупившая у России С-400")."""
    after = [o for o in (system, *others) if 0 <= o.start - party.end <= PRECEDES_CHARS]
    return bool(after) and min(after, key=lambda o: o.start) is not system


# Russian "российской стороной", "индийской стороне": the noun after a state's adjective
# whose case tells the party's role (the adjective's own forms are shared by several cases).
_SIDE_NOUN = _TABLE["roles.ru.side_noun"]


def _last_word(sentence: str, p: Mention) -> str:
    side = _SIDE_NOUN.match(sentence, p.end)
    return side.group("noun") if side is not None else sentence[p.start : p.end].split()[-1]


def governed_dative(sentence: str, p: Mention, pats: _Patterns) -> bool:
    """A party right after a transfer word, in a dative that no genitive reading shares
    ("продажи Египту": the receiver, where "поставки России" may name the supplier)."""
    before = sentence[max(0, p.start - pats.recipient_window) : p.start]
    m = pats.recipient_before.search(before)
    if m is None or not m.groupdict().get("dat"):
        return False
    word = _last_word(sentence, p)
    return has_cyrillic(word) and can_be_case(word, "datv") and not can_be_case(word, "gent")


def apposed_into(
    sentence: str, p: Mention, pats: _Patterns, scope: tuple[tuple[int, int], ...]
) -> bool:
    """Whether an apposition or a relative clause after ``p`` ends inside the scope clauses, or
    opens one of them: "Ukraine, which asked for jets for months, received them" has Ukraine as
    the subject of the clause the comma split from it, and of the relative clause too ("which
    has received tanks from Poland": Ukraine received them)."""
    m = pats.apposition.match(sentence[p.end : p.end + 120])  # its "^" is the slice's start
    end = p.end + m.end() if m is not None else p.end
    return end > p.end and any(a <= end < b or p.end <= a < end for a, b in scope)


def set_aside(sentence: str, p: Mention, lang: str = ENGLISH) -> bool:
    """Whether the words around ``p`` say it is no party to the deal (a newspaper's state,
    an envoy's, a sanctioning one)."""
    return _set_aside(sentence, p, lang)


# Parties read once a sentence: every pairing of its cues and systems asks assign_roles about
# the same parties, and the decider's features ask again (role_patterns). Pure functions of
# the sentence's text and offsets, so a cache keyed by them returns what a new read would.
PARTY_READS = 512


@lru_cache(maxsize=PARTY_READS)
def cached_list_ends(sentence: str, parties: tuple[Mention, ...], lang: str) -> dict[int, int]:
    pats = patterns_for(lang)
    return list_ends(
        sentence, list(parties), pats.party_list, pats.party_aside, pats.party_list_close
    )


@lru_cache(maxsize=PARTY_READS)
def _set_aside(sentence: str, p: Mention, lang: str) -> bool:
    pats = patterns_for(lang)
    if pats.not_a_party_after.match(sentence[p.end :]) or is_target(sentence, p, lang):
        return True
    if is_place(sentence, p, lang):  # "in Russia's Bryansk region", "at targets inside Russia"
        return True
    if pats.not_a_party_before is NEVER:  # a language with no such rule: no slice, no search
        return False
    m = _not_a_party_phrase(sentence, p, pats)
    if m is None or not m.groupdict().get("gen"):
        return m is not None
    # "санкций США" names the sanctioning state in the genitive; "Из-за санкций Египет
    # отказался", "Из-за санкций Индия получила" (a genitive to the dictionary: "индия")
    # name the subject after the phrase, a party.
    after = sentence[p.end : p.end + 120]
    acts = pats.recipient_after.match(after) or pats.supplier_after.match(after)
    return acts is None and can_be_case(_last_word(sentence, p), "gent")


def _not_a_party_phrase(sentence: str, p: Mention, pats: _Patterns) -> re.Match[str] | None:
    """The phrase before ``p`` that makes it no party (roles.not_a_party_before)."""
    return pats.not_a_party_before.search(sentence[max(0, p.start - NOT_A_PARTY_CHARS) : p.start])


def is_target(sentence: str, p: Mention, lang: str = ENGLISH) -> bool:
    """A state adjective after an attack verb ("struck a Russian depot") names the target of
    the weapon, never a party to its transfer (roles.target_before)."""
    pats = patterns_for(lang)
    return (
        p.kind == DEMONYM
        and pats.target_before is not NEVER
        and pats.target_before.search(sentence[max(0, p.start - 60) : p.start]) is not None
    )


def no_option(sentence: str, p: Mention, lang: str = ENGLISH) -> bool:
    """Whether ``p`` is no option for either role even for the decider: the target of the
    weapon ("struck a Russian depot"), or an English state a shipment passes through or a
    speaker speaks in ("delivered via Romania", "speaking in Washington":
    roles.not_a_party_before), one naming the maker of a system's parts ("British-made
    components": roles.parts_after), or one approving another's transfer
    (roles.approver_after), or a Russian state set beside them ("Помимо Индии":
    roles.ru.besides_before), or one named for an outlet, an envoy, a tie to another state or
    sanctions ("Russian media", "Greece's ally": places.speaks_of_deal); the words around it
    never make such a state a party."""
    if (
        is_target(sentence, p, lang)
        or approves_other(sentence, p, lang)
        or is_place(sentence, p, lang)
        or set_beside(sentence, p, lang)
        or speaks_of_deal(sentence, p, lang)
    ):
        return True
    pats = patterns_for(lang)
    return lang == ENGLISH and (
        _PARTS_AFTER.match(sentence, p.end) is not None
        or (
            pats.not_a_party_before is not NEVER
            and _not_a_party_phrase(sentence, p, pats) is not None
        )
    )


# A sentence's joined parties are asked for once per pairing and per role reading: kept for the
# last few sentences, so that a long sentence naming many systems is read once, not quadratically.
JOINED_CACHE = 32
# How far before a list its 'join' or 'customer ... after' is read ("the fifth customer for the
# K9 howitzer, after Poland, Norway and Finland").
JOINED_CHARS = 60


@lru_cache(maxsize=JOINED_CACHE)
def joined(sentence: str, parties: tuple[Mention, ...], lang: str) -> tuple[Mention, ...]:
    """The list of parties right after 'join' ("Iraq will join Malaysia and Nigeria in
    receiving", "joins Greece as an operator"): they took the step before the subject, in the
    subject's role; none of the subject's step's parties (roles.joined_before)."""
    pats = patterns_for(lang)
    if pats.joined_before is NEVER or not parties:
        return ()
    return tuple(
        p
        for run in party_runs(sentence, list(parties), pats.party_list)
        if pats.joined_before.search(sentence[max(0, run[0].start - JOINED_CHARS) : run[0].start])
        for p in run
    )


def owns_system(sentence: str, p: Mention, system: Mention, pats: _Patterns) -> bool:
    """A state adjective right before the system ("Danish F-16s", within the language's
    ``demonym_gap``), or a state's possessive ("Denmark's F-16s", roles.owner_possessive):
    the system's maker or its owner."""
    if p.kind == DEMONYM:
        return 0 <= system.start - p.end <= pats.demonym_gap
    return (
        p.kind == STATE
        and p.end < system.start
        and pats.owner_possessive.fullmatch(sentence, p.end, system.start) is not None
    )


def second_hand(sentence: str, p: Mention, pats: _Patterns) -> bool:
    """A state adjective after a second-hand word ("ex-Danish", "surplus Jordanian") names
    the system's previous operator (roles.second_hand_before)."""
    return (
        p.kind == DEMONYM
        and pats.second_hand_before is not NEVER
        and pats.second_hand_before.search(sentence[max(0, p.start - 40) : p.start]) is not None
    )


def _subject_end(sentence: str, parties: tuple[Mention, ...], p: Mention, lang: str) -> int | None:
    """Where ``p`` and the list it opens end, where its verb is read; None for a party set
    aside, which is no verb's subject."""
    if no_party(sentence, p, lang):
        return None
    return cached_list_ends(sentence, parties, lang)[p.start]


def acts(sentence: str, parties: tuple[Mention, ...], p: Mention, lang: str = ENGLISH) -> bool:
    """Whether ``p`` (with the list it opens among ``parties``) is a transfer verb's subject
    by the words after it ("Poland sent", "Chile has bought"), never a party set aside."""
    end = _subject_end(sentence, parties, p, lang)
    if end is None:
        return False
    pats = patterns_for(lang)
    after = text_after(sentence, end, pats)
    return bool(pats.supplier_after.match(after) or pats.recipient_after.match(after))


def cue_subject(
    sentence: str,
    parties: tuple[Mention, ...],
    p: Mention,
    cue_end: int,
    role: str,
    lang: str = ENGLISH,
) -> bool:
    """Whether ``p`` (with the list it opens) is the subject of the transfer verb ending at
    ``cue_end``, by its own role pattern ("Spain will also send", "Chile has received"):
    ``role`` "s" reads the supplier pattern, "r" the recipient one."""
    end = _subject_end(sentence, parties, p, lang)
    if end is None:
        return False
    pats = patterns_for(lang)
    pat = pats.supplier_after if role == "s" else pats.recipient_after
    m = pat.match(sentence[end : end + 120])  # its "^" is the slice's start
    return m is not None and end + m.end() >= cue_end


def gapped_subject(sentence: str, p: Mention, lang: str = ENGLISH) -> bool:
    """Whether ``p`` is the subject of a gapped clause ("..., and Norway eight tanks", Russian
    "..., Норвегия — восемь"), or its source ("12 jets from Qatar and 12 from Oman")."""
    if (
        lang == ENGLISH
        and _GAPPED_FROM.search(sentence[max(0, p.start - GAPPED_FROM_CHARS) : p.start]) is not None
    ):
        return True
    return (
        _GAPPED_COUNT[lang].match(sentence, p.end) is not None
        and _GAPPED_OPENER[lang].search(sentence[max(0, p.start - GAPPED_OPENER_CHARS) : p.start])
        is not None
    )


def no_party(sentence: str, p: Mention, lang: str) -> bool:
    """A mention that names no party here: an office, a media name ("Indian envoy")."""
    return p.party is None or _set_aside(sentence, p, lang)
