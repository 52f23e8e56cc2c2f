"""``extract(article) -> list[Claim]``: the one pure function every front end calls.

Per sentence: gazetteer mentions, stage cues, the factuality of each cue in its clause, the
attribution, the supplier and recipient, and the time; then claims with the same key in one
document are merged (the first sentence is the evidence; CLAIMS.md rule 2).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from armsledger.extract import candidates, designations, russian
from armsledger.extract.attribution import Attribution, find_attribution
from armsledger.extract.candidates import Candidate
from armsledger.extract.cues import Cue, factuality_of, find_cues
from armsledger.extract.gazetteer import (
    MEDIA,
    SYSTEM,
    Entry,
    Family,
    Gazetteer,
    fold,
    load_gazetteer,
)
from armsledger.extract.roles import Mention, Roles, assign_roles
from armsledger.extract.rules import Rules, head_positions, load_rules, rule_table
from armsledger.extract.scorer import Decider, RuleDecider, default_decider
from armsledger.extract.sentences import SentenceIndex, clause_bounds
from armsledger.extract.timex import NUMBER_WORDS, Timex, find_timexes, parse_iso
from armsledger.language import ENGLISH, detect_language
from armsledger.models import Article, Claim, Evidence, Factuality, Stage

# The rule table's patterns, by id (data/rules_*.json).
_TABLE = rule_table()
# An ambiguous alias ("Hawk", "Tiger") counts only beside a weapon noun within this many chars.
AMBIGUOUS_CONTEXT_CHARS = 25
WEAPON_NOUN = load_rules().weapon_noun
QUANTITY = _TABLE["text.quantity"]
# Quantities in words: the counting words time expressions use, and a few larger ones.
WORD_NUMBERS = {
    **{w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an")},
    "fifteen": 15, "twenty": 20, "thirty": 30, "dozen": 12,
}  # fmt: skip
VARIANT_SUFFIX = _TABLE["text.variant_suffix"]
_BUY_VERB = _TABLE["roles.buy_verb"]
# The longest news text read whole. Real articles are under 100 KB; a larger "article" is a
# dump or a table, and reading its first 2 MB (~40 s at worst, ~0.3 s for prose) keeps one bad
# record from stalling a corpus run.
MAX_TEXT_CHARS = 2_000_000
# How far before a system "replacing ..." or "rather than ..." is looked for.
BACKGROUND_CHARS = 80
_PRESENT_SPEECH = _TABLE["time.present_speech"]
PAST_PERFECT = _TABLE["time.past_perfect"]
_PERFECT_STEP = _TABLE["time.perfect_step"]
_OPEN = Roles(None, None)
# A date this close after the speech verb ("said on Thursday") dates the report, not the step.
REPORT_DATE_CHARS = 25


@dataclass
class _DocState:
    """What the article has in focus so far: the last system and each system's parties."""

    system: Mention | None = None
    roles: dict[str, Roles] = field(default_factory=dict)
    last_source: str | None = None
    recent: list[str] = field(default_factory=list)  # families named so far, latest last
    recipient: str | None = None  # the latest recipient: articles mostly follow one buyer
    # How often the whole article names each system, the one it names most (its topic), and
    # each party's rank by how often it is named (its actors).
    system_counts: Counter[str] = field(default_factory=Counter)
    top_system: str | None = None
    party_ranks: dict[str, int] = field(default_factory=dict)


def extract(article: Article) -> list[Claim]:
    """All transfer claims in ``article``; pure, deterministic, never touches storage."""
    return extract_with(article)


def decider_for(lang: str) -> Decider:
    """The learned decider was fitted on English only: other languages keep the rules'."""
    return default_decider() if lang == ENGLISH else RuleDecider()


def extract_with(article: Article, decider: Decider | None = None) -> list[Claim]:
    """``extract`` with a chosen decider (the rules alone, a fitted scorer, a recorder);
    None: the one for the article's language."""
    # Offsets index article.text; only its first MAX_TEXT_CHARS are read (see the constant).
    text = article.text[:MAX_TEXT_CHARS]
    lang = article.language or detect_language(text)
    decider = decider or decider_for(lang)
    gaz, rules = load_gazetteer(lang), load_rules(lang)
    anchor = parse_iso(article.published)
    folded = fold(text)
    unseen = designations.candidates(text)
    if not unseen and not gaz.may_name_a_system(folded):
        return []  # no named system, no claim (CLAIMS.md rule 1): most news ends here
    mentions = _mentions(gaz, text, folded, rules.weapon_noun)
    mentions, gaz = designations.add_unseen(gaz, text, mentions, unseen)
    doc_systems = list(dict.fromkeys(m.value for m in mentions if m.kind == SYSTEM))
    if not doc_systems:
        return []
    starts = [m.start for m in mentions]
    # Where a sentence could speak of a system without naming it, found in one pass each.
    system_at = [m.start for m in mentions if m.kind == SYSTEM]
    head_at = head_positions(folded, rules)
    system_counts = Counter(m.value for m in mentions if m.kind == SYSTEM)
    party_counts = Counter(m.party for m in mentions if m.party and m.kind != MEDIA)
    state = _DocState(
        system_counts=system_counts,
        top_system=system_counts.most_common(1)[0][0],
        party_ranks={p: i for i, (p, _) in enumerate(party_counts.most_common())},
    )
    claims: list[Claim] = []
    title = (article.title or "").strip()
    headline_end = 0
    index = SentenceIndex(text, rules.lang)
    first = next((i for i, ch in enumerate(text) if not ch.isspace()), None)
    first_sentence = index.around(first) if first is not None else None
    if first_sentence and (text[first_sentence[0] : first_sentence[1]] == title or not title):
        headline_end = first_sentence[1]
    seen: set[tuple[int, int]] = set()
    for pos in sorted(system_at + head_at):
        span = index.around(pos)
        if span is None or span in seen:
            continue
        seen.add(span)
        s, e = span
        sentence = text[s:e]
        is_headline = sentence == title if title else span == first_sentence
        if is_headline:
            headline_end = e
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        local = [
            replace(m, start=m.start - s, end=m.end - s) for m in mentions[lo:hi] if m.end <= e
        ]
        claims.extend(
            _sentence_claims(
                article,
                gaz,
                rules,
                sentence,
                s,
                local,
                state,
                anchor,
                is_headline,
                doc_systems,
                decider,
            )
        )
    if rules.lang != ENGLISH:
        claims = russian.lend_sources(text, claims)  # "..., Об этом сообщил X."
    # What a denial denies is a claim too (CLAIMS.md rule 3); it stands only where the article
    # does not report the same step in a voice of its own.
    return _merge(claims, headline_end, _denied_twins(text, claims))


def _mentions(
    gaz: Gazetteer, text: str, folded: str | None = None, weapon_noun: re.Pattern[str] = WEAPON_NOUN
) -> list[Mention]:
    # Leftmost-longest: "Indian Air Force" over "Indian", "South China Sea" over "China".
    hits = sorted(gaz.scan(text, folded), key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str, Entry]] = []
    for h in hits:
        if not kept or h[0] >= kept[-1][1]:
            kept.append(h)
    out = []
    for start, end, _surface, entry in kept:
        if entry.kind == SYSTEM:
            suffix = VARIANT_SUFFIX.match(text, end) if end < len(text) else None
            if suffix and text[end - 1].isdigit():
                end = suffix.end()
            if entry.ambiguous and not weapon_noun.search(
                text[max(0, start - AMBIGUOUS_CONTEXT_CHARS) : end + AMBIGUOUS_CONTEXT_CHARS]
            ):
                continue
        out.append(Mention(start, end, entry.kind, entry.value, entry.code))
    return out


def _sentence_claims(
    article: Article,
    gaz: Gazetteer,
    rules: Rules,
    sentence: str,
    offset: int,
    mentions: list[Mention],
    state: _DocState,
    anchor: date | None,
    is_headline: bool,
    doc_systems: list[str],
    decider: Decider,
) -> list[Claim]:
    # A system named as what a deal replaces or counters is background, not the transfer.
    systems = [
        m
        for m in mentions
        if m.kind == SYSTEM
        and not rules.background_before.search(
            sentence[max(0, m.start - BACKGROUND_CHARS) : m.start]
        )
    ]
    explicit = list(systems)
    parties = [m for m in mentions if m.party is not None and m.kind != MEDIA]
    # Most sentences name no system and refer to none: skip them before any costly rule.
    if not systems and not (
        rules.reference_nouns.search(sentence)
        if state.system is not None
        else rules.any_category_noun.search(sentence)
    ):
        return []
    cues = find_cues(sentence, rules)
    if not cues:
        if explicit:
            state.system = explicit[-1]
            state.recent.extend(m.value for m in explicit)
        return []
    referenced = False
    if not systems and cues:
        if state.system is not None:
            systems = _references(sentence, rules, gaz, state, parties)
        else:
            value, spans = _cataphor(sentence, rules, gaz, doc_systems)
            systems = [Mention(a, b, SYSTEM, value, None) for a, b in spans]
        referenced = bool(systems)
    clauses = clause_bounds(sentence, rules.lang)
    out: list[Claim] = []
    if referenced:
        # The reference itself ("the order's fulfilment") is no predication when
        # something else in the sentence predicates ("The deliveries will be made" is one).
        others = [c for c in cues if c.end <= systems[0].start or c.start >= systems[0].end]
        cues = others or cues
    pairs = _pair_cues(sentence, cues, systems, clauses, referenced, rules.lang)
    if explicit:
        state.system = explicit[-1]
        state.recent.extend(m.value for m in explicit)
    # Every other cue-system pairing of the sentence is a candidate the rules did not make:
    # a learned decider may still take it ("includes 114 Patriot missiles, 60 Black Hawks").
    unpaired = _unpaired(cues, systems, pairs)
    if not pairs and not unpaired:
        return []
    attribution = (find_attribution if rules.lang == ENGLISH else russian.find_attribution)(
        sentence,
        media_names=[(m.start, m.value) for m in mentions if m.kind == MEDIA],
        outlet=article.url,
        previous=state.last_source,
        is_headline=is_headline,
    )
    if attribution.source:
        state.last_source = attribution.source
        at = sentence.find(attribution.source)
        if at >= 0 and any(at <= c.start < at + len(attribution.source) for c in cues):
            # A speaker's title ("head of procurement") says nothing of a deal.
            cues = [c for c in cues if not at <= c.start < at + len(attribution.source)]
            pairs = _pair_cues(sentence, cues, systems, clauses, referenced, rules.lang)
    facts = _cue_factualities(sentence, cues, clauses, rules, is_headline, pairs)
    # The decider sees every party, the speaker's own too ("Denmark said it was selling").
    offered = parties
    if attribution.source:
        # The speaker's own affiliation ("Egypt's envoy to France X said") is no party.
        at = sentence.find(attribution.source)
        head = _LEADING_ARTICLE.sub("", attribution.source)
        if at >= 0 and not any(sentence[p.start : p.end] == head for p in parties):
            end = at + len(attribution.source)
            parties = [p for p in parties if not at <= p.start < end]
    paired = {(c.start, m.start) for c, m in pairs}
    for cue, system in pairs + _unpaired(cues, systems, pairs):
        fact = facts[cue]
        if (
            cue.stage is Stage.AGREEMENT
            and fact in (Factuality.EXPECTED, Factuality.POSSIBLE)
            and _BUY_VERB.match(sentence, cue.start)
        ):
            # A stated intention to buy is a negotiation (CLAIMS.md, "Stages").
            cue, fact = replace(cue, stage=Stage.NEGOTIATION), Factuality.ASSERTED
        here = _Sentence(
            sentence,
            offset,
            parties,
            attribution,
            cues,
            systems,
            clauses,
            referenced,
            offered,
            is_headline,
            rules.lang,
        )
        is_pair = (cue.start, system.start) in paired
        # A pairing the rules did not make has no rules' answer to offer (and reading roles
        # for each of them made run-on texts quadratic).
        roles, made = _rule_roles(gaz, here, system, cue, state) if is_pair else (_OPEN, False)
        decisions = decider.decide(
            _candidate(gaz, here, system, cue, fact, roles, (made, is_pair), state)
        )
        if made and _register_sentence(here, system, roles, cue, fact):
            decisions = [(roles, fact)]
        for roles, fact in decisions:
            claim = _build_claim(article, here, system, cue, fact, roles, anchor)
            out.append(_with_family(claim, gaz.families[system.value]))
    for c in out:
        state.roles[c.system] = Roles(c.supplier, c.recipient)
        state.recipient = c.recipient or state.recipient
    return out


# Cue-system pairings the rules did not make are offered to the decider only this close, and
# this many a sentence: a list sentence holds a few; a run-on text of hundreds of cues and
# systems must not make their product (the robustness suite's slow texts).
UNPAIRED_REACH_CHARS = 150
MAX_UNPAIRED = 12


def _unpaired(
    cues: list[Cue], systems: list[Mention], pairs: list[tuple[Cue, Mention]]
) -> list[tuple[Cue, Mention]]:
    paired = {(c.start, m.start) for c, m in pairs}
    out = []
    for c in cues:
        for m in systems:
            if (c.start, m.start) not in paired and _gap(c.start, c.end, m) <= UNPAIRED_REACH_CHARS:
                out.append((c, m))
                if len(out) == MAX_UNPAIRED:
                    return out
    return out


def _cue_factualities(
    sentence: str,
    cues: list[Cue],
    clauses: list[tuple[int, int]],
    rules: Rules,
    is_headline: bool,
    pairs: list[tuple[Cue, Mention]],
) -> dict[Cue, Factuality]:
    """Each cue's factuality; cues of one stage in one clause that speak of the same system
    are one predication, and the verb's negation holds for the noun ("Contracts ... were not
    signed"; not "buying the S-400 rules out buying the F-35")."""
    about: dict[Cue, set[str]] = {}
    for cue, system in pairs:
        about.setdefault(cue, set()).add(system.value)
    facts = {
        c: factuality_of(
            sentence, c, _clause_of(clauses, c.start), rules, cues, is_headline=is_headline
        )
        for c in cues
    }
    for c in cues:
        clause = _clause_of(clauses, c.start)
        marked = [
            facts[o]
            for o in cues
            if o.stage is c.stage
            and o is not c
            and clause[0] <= o.start < clause[1]
            and facts[o] is not Factuality.ASSERTED
            and about.get(o, set()) == about.get(c, set())
        ]
        if facts[c] is Factuality.ASSERTED and Factuality.DENIED in marked:
            facts[c] = Factuality.DENIED
    return facts


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= pos < c[1]), (0, pos + 1))


def _pair_cues(
    sentence: str,
    cues: list[Cue],
    systems: list[Mention],
    clauses: list[tuple[int, int]],
    referenced: bool,
    lang: str = ENGLISH,
) -> list[tuple[Cue, Mention]]:
    """Each cue predicates the nearest system of its clause, and the systems coordinated with
    it ("VAB carriers and 6 Caesar howitzers"); a cue in a clause naming no system
    ("..., saying the delivery contract is in force") goes to the sentence's nearest named one.
    """
    pairs: list[tuple[Cue, Mention]] = []
    for cue in cues:
        clause = _clause_of(clauses, cue.start)
        local = [m for m in systems if clause[0] <= m.start < clause[1]]
        if not local:
            # A clause naming no system speaks of one only as an elided subject ("... but was
            # postponed") or through a reference ("..., saying the delivery contract is ...").
            text = sentence[clause[0] : clause[1]]
            if not systems or not (
                _TABLE.pick("roles.elided", lang).match(text)
                or (not referenced and _has_reference(text, lang))
            ):
                continue
            local = systems
        target = min(local, key=lambda m: _gap(cue.start, cue.end, m))
        pairs.append((cue, target))
        pairs += [(cue, other) for other in _conjuncts(sentence, target, systems, cues, lang)]
    return pairs


def _conjuncts(
    sentence: str, target: Mention, systems: list[Mention], cues: list[Cue], lang: str
) -> list[Mention]:
    """The systems listed with ``target`` ("VAB carriers and 6 Caesar howitzers"), walking the
    list from one neighbour to the next, so a system past a non-list stretch is not taken."""
    ordered = sorted(systems, key=lambda m: m.start)
    at = next((i for i, m in enumerate(ordered) if m is target), None)
    if at is None:
        return []
    out: list[Mention] = []
    for step in (1, -1):
        i = at
        while 0 <= i + step < len(ordered) and _coordinated(
            sentence, ordered[i], ordered[i + step], cues, lang
        ):
            i += step
            out.append(ordered[i])
    return out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _references(
    sentence: str, rules: Rules, gaz: Gazetteer, state: _DocState, parties: list[Mention]
) -> list[Mention]:
    """ "the jets" is the most talked-of aircraft so far, "the deal" the most talked-of system
    (ties go to the one named first: the article's topic); "the Russian system" one made in
    Russia."""
    out = []
    for m in rules.reference_nouns.finditer(sentence):
        category = next((c for c, p in rules.category_nouns.items() if p.search(m.group())), None)
        makers = {p.code for p in parties if m.start() <= p.start < m.end() and p.code}
        fitting = [
            f
            for f in state.recent
            if (category is None or gaz.families[f].category == category)
            and (not makers or makers & set(gaz.families[f].makers))
        ]
        family = max(fitting, key=lambda f: (fitting.count(f), -fitting.index(f)), default=None)
        if family is not None:
            out.append(Mention(m.start(), m.end(), SYSTEM, family, None))
    return out


def _cataphor(
    sentence: str, rules: Rules, gaz: Gazetteer, doc_systems: list[str]
) -> tuple[str, list[tuple[int, int]]]:
    """Before any system is named (a lead saying "aircraft"), a category noun stands for the
    first system of that category the article names later."""
    for category, pattern in rules.category_nouns.items():
        spans = _spans(pattern, sentence)
        if spans:
            for family in doc_systems:
                if gaz.families[family].category == category:
                    return family, spans
    return "", []


_ADJUNCT_ING = _TABLE["roles.adjunct_ing"]
_LEADING_ARTICLE = _TABLE["attribution.leading_article"]
_ELIDED = _TABLE["roles.elided"]


_REF_WORDS = _TABLE["nouns.mention"]


def _has_reference(text: str, lang: str = ENGLISH) -> bool:
    if lang != ENGLISH:
        return _TABLE.pick("nouns.mention", lang).search(text) is not None
    return _REF_WORDS.search(text) is not None or _RELATIVE_OF.search(text) is not None


_RELATIVE_OF = _TABLE["nouns.relative_of"]


def _gap(start: int, end: int, m: Mention) -> int:
    return max(m.start - end, start - m.end, 0)


# "X and Y", "X, Y and Z": systems joined by a conjunction within this many characters.
COORDINATION_CHARS = 80
_CONJUNCTION = _TABLE["roles.conjunction"]
_PREPOSITION = _TABLE["roles.preposition"]
# A bare comma joins a list only across a short stretch with no preposition ("K2 tanks, 672
# K9 howitzers and ..."), not "Su-35 plan, turns to Rafale".
COMMA_LIST_CHARS = 25


def _coordinated(
    sentence: str, a: Mention, b: Mention, cues: list[Cue], lang: str = ENGLISH
) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    if hi.start - lo.end > COORDINATION_CHARS:
        return False
    if any(lo.end <= c.start < hi.start for c in cues):
        return False
    between = sentence[lo.end : hi.start]
    conjunction, preposition = _CONJUNCTION, _PREPOSITION
    if lang != ENGLISH:
        conjunction = _TABLE.pick("roles.conjunction", lang)
        preposition = _TABLE.pick("roles.preposition", lang)
    if conjunction.search(between):
        return True
    return "," in between and len(between) <= COMMA_LIST_CHARS and not preposition.search(between)


@dataclass(frozen=True)
class _Sentence:
    """What one sentence offers every claim made from it."""

    text: str
    offset: int
    parties: list[Mention]
    attribution: Attribution
    cues: list[Cue]
    systems: list[Mention]
    clauses: list[tuple[int, int]]
    referenced: bool
    offered: list[Mention]  # every party named, for the decider's options
    is_headline: bool
    lang: str = ENGLISH


def _rule_roles(
    gaz: Gazetteer, here: _Sentence, system: Mention, cue: Cue, state: _DocState
) -> tuple[Roles, bool]:
    """The hand rules' supplier and recipient, and whether they would make a claim at all."""
    sentence, parties, clauses, referenced = here.text, here.parties, here.clauses, here.referenced
    family = gaz.families[system.value]
    focus = state.roles.get(system.value)
    roles = assign_roles(
        sentence,
        system,
        parties,
        family.maker,
        (_clause_of(clauses, system.start), _clause_of(clauses, cue.start)),
        tuple(m for m in here.systems if m.value != system.value),
        use_loose=not (referenced and focus is not None),
        lang=here.lang,
    )
    named_supplier = roles.supplier is not None and any(p.party == roles.supplier for p in parties)
    if focus is not None:
        # What the article said of this system before fills what this sentence leaves open
        # (a named party beats it; the maker, a guess, does not).
        supplier = roles.supplier
        if not named_supplier and focus.supplier and focus.supplier != roles.recipient:
            supplier = focus.supplier
        recipient = roles.recipient or (focus.recipient if focus.recipient != supplier else None)
        roles, named_supplier = Roles(supplier, recipient), True
    if (
        not named_supplier
        and cue.stage is Stage.DELIVERY
        and _ADJUNCT_ING.search(sentence, max(0, cue.start - 12), cue.end)
    ):
        # "Warsaw has been rebuilding ... after sending its T-72s to Ukraine": the giver of
        # an adjunct "after sending" is the sentence's subject.
        subject = next((p.party for p in parties if p.start < cue.start), None)
        if subject and subject != roles.recipient:
            roles, named_supplier = Roles(subject, roles.recipient), True
    if roles.supplier is None and family.maker and family.maker != roles.recipient:
        roles = Roles(family.maker, roles.recipient)
    if roles.recipient is None and state.recipient and state.recipient != roles.supplier:
        # A sentence naming no buyer continues the article's buyer.
        roles = Roles(roles.supplier, state.recipient)
    # A domestic programme, or a system named with no transfer in sight, makes no claim.
    made = roles.supplier != roles.recipient and (roles.recipient is not None or named_supplier)
    return roles, made


def _candidate(
    gaz: Gazetteer,
    here: _Sentence,
    system: Mention,
    cue: Cue,
    fact: Factuality,
    roles: Roles,
    made_paired: tuple[bool, bool],
    state: _DocState,
) -> Candidate:
    family = gaz.families[system.value]
    return Candidate(
        candidates.Context(
            sentence=here.text,
            cue=cue,
            system=system,
            category=family.category,
            makers=family.makers,
            parties=tuple(here.offered),
            clause=_clause_of(here.clauses, cue.start),
            system_clause=_clause_of(here.clauses, system.start),
            other_cues=tuple(c for c in here.cues if c is not cue),
            n_systems=len({m.value for m in here.systems}),
            is_headline=here.is_headline,
            referenced=here.referenced,
            source=here.attribution.source,
            verb_end=here.attribution.verb_end,
            focus=state.roles.get(system.value),
            doc_recipient=state.recipient,
            system_count=state.system_counts[system.value],
            top_system=state.top_system == system.value,
            party_ranks=state.party_ranks,
            rule_roles=roles,
            rule_fact=fact,
            rule_made=made_paired[0],
            paired=made_paired[1],
        )
    )


def _build_claim(
    article: Article,
    here: _Sentence,
    system: Mention,
    cue: Cue,
    fact: Factuality,
    roles: Roles,
    anchor: date | None,
) -> Claim:
    sentence, clauses, referenced = here.text, here.clauses, here.referenced
    attribution, offset = here.attribution, here.offset
    when = _when(
        sentence, cue, here.cues, clauses, fact, attribution, anchor, here.is_headline, here.lang
    )
    surface = sentence[system.start : system.end]
    variant = surface if not referenced and surface.rstrip("s") != system.value else None
    qty = QUANTITY.search(sentence[: system.start]) if not referenced else None
    quantity = None
    if qty:
        q = qty.group("q").lower().replace(",", "")
        quantity = int(q) if q.isdigit() else WORD_NUMBERS.get(q)
        if quantity is not None and 1900 <= quantity <= 2100:
            quantity = None
    return Claim(
        doc=article.doc,
        article_id=article.id,
        system=system.value,
        supplier=roles.supplier,
        recipient=roles.recipient,
        stage=cue.stage,
        factuality=fact,
        when=when,
        source=attribution.source,
        via=attribution.via,
        evidence=Evidence(sentence, offset, offset + len(sentence)),
        variant=variant,
        quantity=quantity,
    )


_REGISTER_OTHER = _TABLE["roles.register_other_party"]


def _register_sentence(
    here: _Sentence, system: Mention, roles: Roles, cue: Cue, fact: Factuality
) -> bool:
    """A plain register sentence ("X delivered D to Y", "Y has received D from X"): one named
    system, an asserted delivery or sale, and in one clause the subject party, the cue, the
    system and the other party in that order, with the roles the rules gave them. The rules
    read it right, so no learned decider may drop it (issue 11)."""
    if here.referenced or fact is not Factuality.ASSERTED or len(here.systems) != 1:
        return False
    if cue.stage not in (Stage.DELIVERY, Stage.AGREEMENT):
        return False
    parties = [p for p in here.parties if p.party is not None]
    if {p.party for p in parties} != {roles.supplier, roles.recipient} or len(parties) != 2:
        return False
    first, second = parties
    clause = _clause_of(here.clauses, cue.start)
    return (
        clause[0] <= first.start
        and first.end <= cue.start
        and cue.end <= system.start
        and system.end <= second.start
        and second.end <= clause[1]
        and _REGISTER_OTHER.search(here.text, system.end, second.start) is not None
    )


def _with_family(claim: Claim, family: Family) -> Claim:
    # The category says what kind of arms (SIPRI's); an unseen designation is flagged.
    return replace(claim, category=family.category or None, recognised=family.recognised)


def _when(
    sentence: str,
    cue: Cue,
    cues: list[Cue],
    clauses: list[tuple[int, int]],
    fact: Factuality,
    attribution: Attribution,
    anchor: date | None,
    is_headline: bool = False,
    lang: str = ENGLISH,
) -> str | None:
    future = fact in (Factuality.EXPECTED, Factuality.POSSIBLE)
    timexes = [t for t in find_timexes(sentence, anchor, future, lang) if t.value]
    report: list[Timex] = []
    events: list[Timex] = []
    for t in timexes:
        after_verb = attribution.verb_end is not None and t.start - attribution.verb_end >= 0
        if after_verb and t.start - (attribution.verb_end or 0) <= REPORT_DATE_CHARS:
            report.append(t)
        else:
            events.append(t)
    # Each date belongs to the cue before it in its clause ("signed in 2018 and delivered in
    # 2020"), else to the next cue ("in 2018 it signed").
    mine = [t for t in events if _owner(t, cues, clauses) is cue]
    if mine:
        return min(mine, key=lambda t: abs(t.start - cue.end)).value
    # A step reported as just done ("have arrived, the minister said on Thursday") happened by
    # the report date; a pluperfect ("had signed") or a plan did not.
    just_done = (
        fact is Factuality.ASSERTED
        and cue.stage is not Stage.AGREEMENT
        and not PAST_PERFECT.search(sentence[: cue.start])
    )
    if just_done and report:
        return report[0].value
    if (
        fact is Factuality.ASSERTED
        and anchor is not None
        and lang == ENGLISH
        and (is_headline or _PERFECT_STEP.search(sentence[: cue.start]))
    ):
        # News of the day: a headline's step ("Italy delivers first frigate to Egypt") and a
        # present perfect one ("Poland has signed ...") happened by the publication date.
        # English only: on the Russian study sets, whose headlines run in the past tense, it
        # lowered `when` accuracy (0.789 -> 0.737).
        return anchor.isoformat()
    if just_done and anchor is not None and attribution.verb_end is not None:
        # "The United States has said that ...": a present-perfect statement is today's news.
        verb = sentence[: attribution.verb_end]
        if _PRESENT_SPEECH.search(verb):
            return anchor.isoformat()
    return None


def _owner(t: Timex, cues: list[Cue], clauses: list[tuple[int, int]]) -> Cue | None:
    clause = _clause_of(clauses, t.start)
    before = [c for c in cues if clause[0] <= c.start and c.end <= t.start]
    if before:
        return before[-1]
    after = [c for c in cues if c.start >= t.end]
    return after[0] if after else (cues[-1] if cues else None)


_DENIED_REPORT = _TABLE["factuality.denied_report"]


def _denied_twins(text: str, claims: list[Claim]) -> list[Claim]:
    twins = []
    for c in claims:
        if c.factuality is not Factuality.DENIED:
            continue
        cue_zone = text[c.evidence.start : c.evidence.end]
        m = _DENIED_REPORT.search(cue_zone)
        if m is None:
            continue
        who = m.group("who")
        twins.append(
            replace(
                c,
                factuality=Factuality.ASSERTED,
                source=who.strip() if who else None,
                via=(),
                id="",
            )
        )
    return twins


def _merge(claims: list[Claim], headline_end: int, implied: list[Claim]) -> list[Claim]:
    """One claim per (system, supplier, recipient, stage, factuality); the first is the evidence,
    later ones lend a missing date, and a headline lends its body's attribution. ``implied``
    claims fill only keys no stated claim has."""
    merged: dict[tuple[object, ...], Claim] = {}
    for c in claims:
        key = (c.system, c.supplier, c.recipient, c.stage, c.factuality)
        first = merged.get(key)
        if first is None:
            merged[key] = c
            continue
        if first.when is None and c.when is not None:
            first = replace(first, when=c.when)
        if first.source is None and c.source and first.evidence.end <= headline_end:
            first = replace(first, source=c.source, via=c.via)
        merged[key] = first
    for c in implied:
        merged.setdefault((c.system, c.supplier, c.recipient, c.stage, c.factuality), c)
    return list(merged.values())
