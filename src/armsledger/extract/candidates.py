"""Candidates: one predication (a stage cue about a system, in one sentence) with what the
rules decided and the alternatives a learned scorer may choose among.

The rules find the predication and propose an answer; this module describes it as plain
feature strings (no text is kept beyond the words a feature names), so a scorer can decide:
whether the predication is a claim at all, which party supplies, which receives, and its
factuality. Features are the words around the cue and the parties, the rules' own answers,
and where each party stands relative to the cue and the system.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from armsledger.extract.cues import Cue
from armsledger.extract.feature_heads import (
    EVENT_HEADS,
    NAMED_HEADS,
    ROLE_HEADS,
    event_head,
    named_head,
    role_head,
)
from armsledger.extract.places import described_only, speakers_place
from armsledger.extract.role_words import no_option, patterns_for, set_aside
from armsledger.extract.roles import Mention, Roles, party_runs, role_patterns
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH, LANGUAGES, RUSSIAN
from armsledger.models import Factuality

# Words read on each side of the cue and before each party; three covers "to the", "from
# the Russian", "has not yet": wider windows added noise in cross-validation on the study sets.
CUE_WINDOW_WORDS = 3
PARTY_WINDOW_WORDS = 2
# Parties a sentence offers at most, nearest the system first: lists of ten states are rare,
# and the nearest five held every gold party of the study sets' sentences but a handful.
MAX_SENTENCE_PARTIES = 5
NONE = "-"  # a role left open, as a feature value
WORDS_CACHE = 4096  # token lists kept: the windows of a few sentences
_PARTY_LIST = rule_table()["roles.party_list"]
_PARTY_ASIDE = rule_table()["roles.party_aside"]
_OWN_FORCES = {lang: rule_table().pick("roles.own_forces_after", lang) for lang in LANGUAGES}
GLUE = "-'’"  # what joins a party to the next word: "US-made", "Poland's"
_TF = ("False", "True")  # str() of a boolean, by indexing (False is 0)


@dataclass(frozen=True)
class Context:
    """What the pipeline knows around one predication; every offset is sentence-relative."""

    sentence: str
    cue: Cue
    system: Mention
    category: str
    makers: tuple[str, ...]
    parties: tuple[Mention, ...]
    clause: tuple[int, int]  # the cue's clause
    system_clause: tuple[int, int]
    other_cues: tuple[Cue, ...]
    n_systems: int
    is_headline: bool
    referenced: bool
    source: str | None
    verb_end: int | None
    focus: Roles | None  # what the article said of this system before
    doc_recipient: str | None
    system_count: int  # how often the article names this system
    top_system: bool  # the article names no system more often
    party_ranks: dict[str, int]  # each party by how often the article names it, most first
    rule_roles: Roles
    rule_fact: Factuality
    rule_made: bool
    paired: bool  # the rules paired this cue with this system (else another pairing)
    # another pairing that is another system's step ("stage.governed_object",
    # "stage.direct_object"): a decider sees it, a scorer is fitted on it, it makes no claim
    vetoed: bool = False
    # the article's language: which role patterns and list glue read the parties
    lang: str = ENGLISH


_T = TypeVar("_T")


class _read_once(Generic[_T]):  # a decorator, named like cached_property
    """A candidate's part computed on its first read and kept in the instance, where later
    reads find it directly: functools.cached_property without the lock it takes on each
    first read in Python 3.11 (~1 us, eight parts a candidate)."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        value = self.compute(obj)
        obj.__dict__[self.name] = value
        return value


class Candidate:
    """A predication described for a scorer: event features and each role's options.

    Features are read only when a decider asks for them: the rules alone never do, and a
    learned decider reads the party options only of a candidate it accepts.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.system = ctx.system.value
        self.stage = ctx.cue.stage
        self.sentence = ctx.sentence
        self.cue = ctx.cue
        self.system_span = (ctx.system.start, ctx.system.end)
        self.rule_roles = ctx.rule_roles
        self.rule_fact = ctx.rule_fact
        self.rule_made = ctx.rule_made
        self.paired = ctx.paired
        self._features: dict[tuple[str, str | None], list[str]] = {}
        # A decider's scores of the options, by (role, value), with the model that summed each
        # (scorer._score).
        self.scores: dict[tuple[str, str | None], tuple[object, float]] = {}

    @_read_once
    def event(self) -> list[str]:
        return _event_features(self.ctx, self.stage.value)

    @_read_once
    def _codes(self) -> list[str]:
        return _party_codes(self.ctx)

    @_read_once
    def supplier_values(self) -> list[str | None]:
        return _supplier_options(self.ctx, self._codes)

    @_read_once
    def recipient_values(self) -> list[str | None]:
        return _recipient_options(self.ctx, self._codes)

    def values(self, role: str) -> list[str | None]:
        """The options for ``role`` ("s" supplier, "r" recipient), None (open) among them."""
        return self.supplier_values if role == "s" else self.recipient_values

    def features(self, role: str, value: str | None) -> list[str]:
        """How ``value`` stands as the ``role``; worked out once, and only when asked: a
        decider scores the named options only, and a recipient other than the supplier."""
        key = (role, value)
        feats = self._features.get(key)
        if feats is None:
            feats = _role_features(
                self.ctx, role, value, self.stage.value, len(self._codes), self._seen
            )
            self._features[key] = feats
        return feats

    @_read_once
    def marked_lists(self) -> dict[str, str]:
        """Each listed party whose list the words around it put in one role ("to Chile, Peru
        and Qatar", "Latvia and Lithuania will send"): that role, by the party's code."""
        return _marked_lists(self.ctx.sentence, self.ctx.parties, self.ctx.lang)

    def pattern_role(self, party: str) -> str:
        """The role the words around ``party``'s mention nearest the system give it
        ("supplier", "recipient", "none")."""
        return self._seen.patterns.get(party, "none")

    def named_before_system(self, party: str) -> bool:
        """Whether ``party``'s mention nearest the system comes before it."""
        mention = self._seen.nearest.get(party)
        return mention is not None and mention.start < self.ctx.system.start

    def own_forces_receive(self, party: str) -> bool:
        """Whether ``party`` is named with one of its armed services in a receiving slot
        ("delivered to the French Air Force", "the US Navy took delivery", "передадут ВКС
        России")."""
        seen = self._seen
        mention = seen.nearest.get(party)
        return (
            mention is not None
            and seen.patterns.get(party) == "recipient"
            # the forces this cue's own: another cue between them takes them ("построенных
            # для Египта, может быть передана ВКС России" still tells a production for Egypt)
            and not _cue_between(self.ctx, mention)
            and _OWN_FORCES[self.ctx.lang].match(self.ctx.sentence, mention.start) is not None
        )

    @_read_once
    def _seen(self) -> _Seen:
        return _seen(self.ctx)

    @property
    def suppliers(self) -> dict[str | None, list[str]]:
        """Every supplier option with its features (what a scorer is fitted on)."""
        return {v: self.features("s", v) for v in self.supplier_values}

    @property
    def recipients(self) -> dict[str | None, list[str]]:
        return {v: self.features("r", v) for v in self.recipient_values}

    @_read_once
    def lists(self) -> dict[str, tuple[str, ...]]:
        """Parties listed together ("Latvia and Lithuania will send"): each one's list, itself
        included, so that one role taken by a listed party is taken by the whole list. A
        party named twice lists with the parties beside its mention nearest the system; where
        that mention stands alone, with none, unless its list lies in the cue's clause
        ("Warsaw and Bratislava handed over jets, and Poland has supplied tanks": the tanks'
        Poland stands alone; "The Netherlands and Austria signed for nine C-390s, four for
        Austria" keeps the pair)."""
        out = _lists_of(self._runs)
        runs = [run for run in self._runs if len(run) > 1]
        lo, hi = self.ctx.clause
        for code in list(out):
            own = self._seen.nearest.get(code)
            if own is None:
                continue
            home = next((run for run in runs if any(p.start == own.start for p in run)), None)
            if home is not None:
                out[code] = _codes(home)
            elif not any(lo <= p.start < hi for run in runs if code in _codes(run) for p in run):
                del out[code]
        return out

    @_read_once
    def _runs(self) -> list[list[Mention]]:
        """The sentence's runs of listed party mentions (``party_runs``), read once."""
        return _sentence_runs(self.ctx.sentence, self.ctx.parties, self.ctx.lang)


def _cue_between(ctx: Context, mention: Mention) -> bool:
    lo, hi = sorted((ctx.cue.end, mention.start))
    return any(lo <= o.start < hi for o in ctx.other_cues)


# Lists and runs belong to the sentence, not to one candidate: a run-on text's sentence pairs
# dozens of systems and cues with the same parties (the robustness suite's 64 KB sentence read
# them ~3,500 times). Shared results are read, never changed.
@lru_cache(maxsize=64)
def _sentence_runs(sentence: str, parties: tuple[Mention, ...], lang: str) -> list[list[Mention]]:
    if lang == ENGLISH:
        named = [p for p in parties if p.party is not None]
        return party_runs(sentence, named, _PARTY_LIST, _PARTY_ASIDE)
    # A party set aside ("невзирая на угрозы санкций США") lists with none: Russian role
    # patterns do not read it out of the sentence's parties as the English ones do.
    named = [p for p in parties if p.party is not None and not set_aside(sentence, p, lang)]
    pats = patterns_for(lang)
    return party_runs(sentence, named, pats.party_list, pats.party_aside)


@lru_cache(maxsize=64)
def _marked_lists(sentence: str, parties: tuple[Mention, ...], lang: str) -> dict[str, str]:
    by_start = _party_roles(sentence, parties, lang)
    out: dict[str, str] = {}
    for run in _sentence_runs(sentence, parties, lang):
        kinds = {by_start[p.start] for p in run} - {"none"}
        if len(run) > 1 and len(kinds) == 1:
            kind = kinds.pop()
            out.update((p.party, kind) for p in run if p.party is not None)
    return out


@lru_cache(maxsize=WORDS_CACHE)
def _words(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens: a mechanical split on whitespace and edge punctuation.

    Cached: the candidates of one sentence read the same clause and party windows again.
    """
    stripped = (raw.strip(".,;:!?\"'“”‘’()[]{}") for raw in text.lower().split())
    return tuple(w for w in stripped if w)


def _freq(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-5" if n <= 5 else "6+"


def _bucket(n: int) -> str:
    for limit in (0, 10, 30, 80):
        if n <= limit:
            return str(limit)
    return "far"


def party_lists(
    sentence: str, parties: tuple[Mention, ...], lang: str = ENGLISH
) -> dict[str, tuple[str, ...]]:
    """Each listed party's list: runs of party mentions with only the ``lang`` list glue
    between them (the runs a candidate of the sentence reads)."""
    return _lists_of(_sentence_runs(sentence, parties, lang))


def _codes(run: list[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.party for p in run if p.party is not None))


def _lists_of(runs: list[list[Mention]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for run in runs:
        codes = _codes(run)
        if len(codes) > 1:
            for code in codes:
                out[code] = codes
    return out


@lru_cache(maxsize=WORDS_CACHE)
def _clause_features(clause: str, stage: str) -> tuple[str, ...]:
    """The clause's words, alone and with the stage; sorted, so that a score sums its weights
    in the same order in every process. Cached: a sentence's candidates share clauses."""
    words = sorted(set(_words(clause)))
    return (*(f"cw={w}" for w in words), *(f"stage={stage}|cw={w}" for w in words))


def _event_features(ctx: Context, stage: str) -> list[str]:
    s, cue = ctx.sentence, ctx.cue
    cue_text = " ".join(_words(s[cue.start : cue.end]))
    before = _words(s[max(ctx.clause[0], cue.start - 60) : cue.start])[-CUE_WINDOW_WORDS:]
    after = _words(s[cue.end : min(ctx.clause[1], cue.end + 60)])[:CUE_WINDOW_WORDS]
    gap = max(ctx.system.start - cue.end, cue.start - ctx.system.end, 0)
    key = (
        stage,
        ctx.category,
        ctx.rule_fact.value,
        ctx.rule_made,
        ctx.paired,
        cue.factuality.value if cue.factuality else NONE,
        ctx.is_headline,
        ctx.referenced,
        ctx.clause == ctx.system_clause,
        _bucket(gap),
        cue.start < ctx.system.start,
        min(ctx.n_systems, 3),
        min(len(ctx.other_cues) + 1, 4),
        ctx.source is not None,
        _freq(ctx.system_count),
        ctx.top_system,
    )
    head = EVENT_HEADS.get(key)
    if head is None:
        head = EVENT_HEADS.put(key, event_head(*key))
    feats = ["bias", head[0], f"cue={cue_text}", *head[1:]]
    feats += _clause_features(s[ctx.clause[0] : ctx.clause[1]], stage)
    # The word opening the cue's clause: "after", "because", "which", "despite" open reasons
    # and background (CLAIMS.md rule 7), "and", "but" a step of its own.
    opener = _words(s[ctx.clause[0] : min(ctx.clause[1], ctx.clause[0] + 20)])[:1]
    feats.append(f"opener={opener[0] if opener else NONE}")
    feats.append(f"stage={stage}|opener={opener[0] if opener else NONE}")
    feats += [f"pre{i}={w}" for i, w in enumerate(reversed(before))]
    feats += [f"post{i}={w}" for i, w in enumerate(after)]
    if before:
        feats.append(f"stage={stage}|pre0={before[-1]}")
    for other in ctx.other_cues:
        rel = "before" if other.start < cue.start else "after"
        feats.append(f"other={other.stage.value}|{rel}")
        feats.append(f"stage={stage}|other={other.stage.value}|{rel}")
    if ctx.verb_end is not None:
        said = _words(s[max(0, ctx.verb_end - 20) : ctx.verb_end])
        if said:
            feats.append(f"sayverb={said[-1]}")
        feats.append(f"saybefore={_TF[ctx.verb_end <= cue.start]}")
    return feats


def _party_codes(ctx: Context) -> list[str]:
    nearest = sorted(ctx.parties, key=lambda p: abs(p.start - ctx.system.start))
    codes: list[str] = []
    for p in nearest:
        # The target of the weapon ("struck a Russian depot"), a transit state, the place a
        # speaker speaks in ("via Romania", "speaking in Washington"), a state tied to another
        # or a consortium's member is no option for either role.
        if p.party is None or p.party in codes:
            continue
        if not no_option(ctx.sentence, p, ctx.lang):
            codes.append(p.party)
    return codes[:MAX_SENTENCE_PARTIES]


def _supplier_options(ctx: Context, codes: list[str]) -> list[str | None]:
    found = [*ctx.makers, None]
    if ctx.focus is not None:
        found.append(ctx.focus.supplier)
    return list(dict.fromkeys([ctx.rule_roles.supplier, *codes, *_lent(ctx, codes, found)]))


def _recipient_options(ctx: Context, codes: list[str]) -> list[str | None]:
    found = [ctx.doc_recipient, None]
    if ctx.focus is not None:
        found.append(ctx.focus.recipient)
    return list(dict.fromkeys([ctx.rule_roles.recipient, *codes, *_lent(ctx, codes, found)]))


def _lent(ctx: Context, codes: list[str], found: list[str | None]) -> list[str | None]:
    """The options the article lends (the focus, the makers): not a state the sentence names
    only to describe another or as a co-maker ("Turkey, Greece's ally, ..." in an article on
    Greece; "a consortium of the UK, Germany, Italy and Spain"). Other states named as no
    party ("analysts in Manila", "Russia's invasion of Ukraine") may still be lent."""
    aside = {
        p.party
        for p in ctx.parties
        if p.party is not None
        and p.party not in codes
        and described_only(ctx.sentence, p, ctx.lang)
    }
    return [c for c in found if c not in aside]


@dataclass(frozen=True)
class _Seen:
    """What every option of a candidate reads alike: each party's mention nearest the system,
    the sentence's first party, and where the source is named in it (-1: not named)."""

    nearest: dict[str, Mention]
    first: Mention | None
    source_at: int
    patterns: dict[str, str]  # each party's role by the words around it (roles.role_patterns)


def _seen(ctx: Context) -> _Seen:
    nearest: dict[str, Mention] = {}
    for p in ctx.parties:
        if p.party is None or (ctx.lang == RUSSIAN and speakers_place(ctx.sentence, p)):
            continue  # "В Москве ... назвали": where officials speak is named as no party
        held = nearest.get(p.party)
        # min() keeps the first of equals: only a strictly nearer mention replaces one
        if held is None or abs(p.start - ctx.system.start) < abs(held.start - ctx.system.start):
            nearest[p.party] = p
    first = min(ctx.parties, key=lambda m: m.start) if ctx.parties else None
    source_at = ctx.sentence.find(ctx.source) if ctx.source else -1
    by_start = _party_roles(ctx.sentence, ctx.parties, ctx.lang)
    patterns = {code: by_start[m.start] for code, m in nearest.items()}
    return _Seen(nearest, first, source_at, patterns)


@lru_cache(maxsize=64)
def _party_roles(sentence: str, parties: tuple[Mention, ...], lang: str) -> dict[int, str]:
    """Each party's role by the words around it, by its start: read once a sentence, for all
    the candidates of its systems and cues."""
    kinds = role_patterns(sentence, list(parties), lang)
    return {p.start: kind for p, kind in zip(parties, kinds, strict=True)}


def _role_features(
    ctx: Context, role: str, value: str | None, stage: str, n_parties: int, seen: _Seen
) -> list[str]:
    """How ``value`` stands to the predication as its supplier (``role`` "s") or recipient
    ("r"): where it is named, the words before and after, and which guesses agree."""
    # Read ~8,000 times on 2,000 generated articles: the strings that name no word are
    # taken from the tables (``feature_heads``), booleans written by indexing ``_TF`` (what str()
    # gives), each test made once.
    rule = ctx.rule_roles.supplier if role == "s" else ctx.rule_roles.recipient
    focus = None
    if ctx.focus is not None:
        focus = ctx.focus.supplier if role == "s" else ctx.focus.recipient
    has_value = value is not None
    key: tuple[Any, ...] = (
        role,
        stage,
        has_value,
        value == rule,
        ctx.rule_made,
        value in ctx.makers,
        value == focus and has_value,
        value == ctx.doc_recipient and has_value,
        None if has_value else rule is None,
        None if has_value else min(n_parties, 3),
    )
    head = ROLE_HEADS.get(key)
    if head is None:
        head = ROLE_HEADS.put(key, role_head(*key))
    feats = list(head)
    if value is None:
        return feats
    rank = ctx.party_ranks.get(value)
    feats.append(f"{role}:docrank={NONE if rank is None else min(rank, 3)}")
    p = seen.nearest.get(value)
    if p is None:
        feats.append(f"{role}:named=False")
        return feats
    s = ctx.sentence
    before = _words(s[max(0, p.start - 40) : p.start])[-PARTY_WINDOW_WORDS:]
    after_text = s[p.end : p.end + 40]
    after = _words(after_text)[:PARTY_WINDOW_WORDS]
    glue = after_text[:1]
    key = (
        role,
        stage,
        p.kind,
        p.start < ctx.cue.start,
        p.start < ctx.system.start,
        ctx.clause[0] <= p.start < ctx.clause[1],
        p is seen.first,
        0 <= ctx.system.start - p.end <= 12,
        glue if glue in GLUE else NONE,
        seen.patterns[value],
    )
    named = NAMED_HEADS.get(key)
    if named is None:
        named = NAMED_HEADS.put(key, named_head(*key))
    feats += named
    if ctx.source and p.start < len(s) and seen.source_at >= 0:
        at = seen.source_at
        feats.append(f"{role}:inspeaker={_TF[at <= p.start < at + len(ctx.source)]}")
    feats += [f"{role}:b{i}={w}" for i, w in enumerate(reversed(before))]
    feats += [f"{role}:a{i}={w}" for i, w in enumerate(after)]
    if before:
        feats.append(f"{role}:stage={stage}|b0={before[-1]}")
        feats.append(f"{role}:kind={p.kind}|b0={before[-1]}")
    if after:
        feats.append(f"{role}:stage={stage}|a0={after[0]}")
    return feats
