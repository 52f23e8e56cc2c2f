"""Who passes a system on, as against who made it: "Jordan sold 13 US-built F-16s", "Norway is
selling its US-designed F-16 jets to Romania". A maker named only as the system's origin, or
not named at all (a decider's guess), gives way to the state that transfers (CLAIMS.md: the
supplier is the state that transfers). Used by the roles layer (``parties``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from armsledger.extract.approvals import approves_other
from armsledger.extract.clause_steps import gap
from armsledger.extract.gazetteer import COMPANY, DEMONYM
from armsledger.extract.own_sources import own_source_in
from armsledger.extract.record import Sentence
from armsledger.extract.role_words import owns_system, patterns_for
from armsledger.extract.roles import Mention, Roles, role_patterns
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of

_TABLE = rule_table()
_ORIGIN_AFTER = _TABLE["roles.origin_after"]
_ORIGIN_BEFORE = _TABLE["roles.origin_before"]
_ADJECTIVE_AFTER = _TABLE["roles.adjective_after"]
_GAPPED_OBJECT = _TABLE["roles.gapped_object_between"]
_GAPPED_OPENER = _TABLE["roles.gapped_opener"]
# How far before a gapped clause's subject its opener is read (", and the ").
GAPPED_OPENER_CHARS = 12
# How far before its system a state's adjective names the system's owner ("Danish F-16s").
OWNER_GAP = 2
# How far before a party its origin phrase may start ("built under licence from the ").
ORIGIN_CHARS = 50
# How far after a state its origin word is read ("-designed and -built").
ORIGIN_AFTER_CHARS = 20
# How far after a state its origin word may head a system ("Polish-built T-72", "US-made
# Patriot", "Soviet-designed MiG-29").
ORIGIN_HEAD_CHARS = 20


def past_origin(
    text: str,
    parties: list[Mention],
    makers: tuple[str, ...],
    roles: Roles,
    read: Callable[[list[Mention]], Roles],
) -> Roles:
    """ "Jordan sold 13 US-built F-16s to Pakistan", "Su-30s built under licence from Russia
    will be sold by India": where the maker supplies only as the system's origin, the roles
    read without it, if there another state gives the system by its own words (a supplier
    pattern: "Jordan sold", "sold by India"). A loose party ("after talks with the Dutch
    premier") does not take the maker's place."""
    origin = [p for p in parties if p.party in makers and _origin(text, p)]
    if not origin:
        return roles
    trial = read([p for p in parties if p not in origin])
    if trial.supplier is None or trial.supplier in makers or trial.domestic:
        return roles
    kinds = role_patterns(text, parties)
    if not any(
        p.party == trial.supplier and k == "supplier" for p, k in zip(parties, kinds, strict=True)
    ):
        return roles
    return trial


def other_origins(
    text: str, parties: list[Mention], makers: tuple[str, ...], systems: list[Mention]
) -> list[Mention]:
    """ "is considering the American F-16 as its Russian-built fleet ages": a state named as
    where something was made (roles.origin_after) that is not this system's maker and heads no
    system of the sentence names the origin of something else, no party to this step."""
    return [
        p
        for p in parties
        if p.party not in makers
        and _made_in(text, p)
        and not any(0 < m.start - p.end <= ORIGIN_HEAD_CHARS for m in systems)
    ]


def other_adjectives(
    text: str, parties: list[Mention], system: Mention, systems: list[Mention]
) -> list[Mention]:
    """ "Russian-made Pantsir systems and US-supplied Avenger launchers": a state joined to a
    participle that heads another system of the sentence is that system's, no party to this
    one's step (roles.adjective_after)."""
    out = []
    for p in parties:
        adjective = _ADJECTIVE_AFTER.match(text, p.end)
        if adjective is None:
            continue
        head = min(
            (m for m in systems if 0 <= m.start - adjective.end() <= ORIGIN_HEAD_CHARS),
            key=lambda m: m.start,
            default=None,
        )
        if head is not None and head.value != system.value:
            out.append(p)
    return out


def gapped_apart(
    text: str, parties: list[Mention], system: Mention, systems: list[Mention]
) -> list[Mention]:
    """ "Paris put forward the Rafale, Stockholm the Gripen and Seoul the KF-21": each gapped
    clause's subject (roles.gapped_object_between) is its own system's, no party to another
    system's step; and a system in a gapped clause takes none of the parties named before its
    own subject (the first clause's subject is the first system's)."""
    pairs = _gapped_pairs(text, tuple(parties), tuple(systems))
    if not pairs:
        return []
    own = next((p for p, m in pairs if m.start == system.start), None)
    others = [p for p, m in pairs if m.value != system.value]
    if own is not None:
        return [p for p in parties if p.start < own.start or p in others]
    return others


# The pairs belong to the sentence, not to one system: read once for all its systems' steps.
@lru_cache(maxsize=64)
def _gapped_pairs(
    text: str, parties: tuple[Mention, ...], systems: tuple[Mention, ...]
) -> tuple[tuple[Mention, Mention], ...]:
    """Each gapped clause's subject with the system after it (roles.gapped_opener before the
    subject, roles.gapped_object_between from it to the system)."""
    pairs = []
    for p in parties:
        if _GAPPED_OPENER.search(text[max(0, p.start - GAPPED_OPENER_CHARS) : p.start]) is None:
            continue
        m = next((m for m in systems if m.start >= p.end), None)
        if m is not None and _GAPPED_OBJECT.fullmatch(text, p.end, m.start) is not None:
            pairs.append((p, m))
    return tuple(pairs)


def _nearer_another(sent: Sentence, p: Mention, system: Mention) -> bool:
    """Whether another system named in the sentence stands nearer ``p`` than ``system`` does:
    "postponed its F-16 deliveries ..., because its F-35 fighters from the United States are
    late" names the maker of the F-16 as the F-35's supplier."""
    here = gap(p.start, p.end, system)
    return any(m.value != system.value and gap(p.start, p.end, m) < here for m in sent.systems)


def _made_in(text: str, p: Mention) -> bool:
    """Whether the words right after ``p`` name it where a system was made ("US-made",
    "Russian-built": roles.origin_after)."""
    return _ORIGIN_AFTER.match(text[p.end : p.end + ORIGIN_AFTER_CHARS]) is not None


def _origin(text: str, p: Mention) -> bool:
    """Whether ``p`` is named as where a system was designed or made, or first bought from
    ("US-designed", "built under licence from Russia": roles.origin_after, roles.origin_before)."""
    return (
        _made_in(text, p)
        or _ORIGIN_BEFORE.search(text[max(0, p.start - ORIGIN_CHARS) : p.start]) is not None
    )


def transferrer_kept(
    sent: Sentence, system: Mention, makers: tuple[str, ...], rules: Roles, chosen: Roles
) -> Roles:
    """ "Norway is selling its US-designed F-16 jets to Romania", "The contract was signed"
    after an article told of Danish F-16s for Argentina: a maker the sentence names only as
    the system's origin, or does not name at all (the decider's guess), is no supplier where
    the rules found another state that passes the system on, named here or told before
    (CLAIMS.md: the supplier is the state that transfers). Where the sentence calls the
    system that state's own ("the US approved the resale of 24 Danish F-16s"), the maker
    named in another part (the approver) gives way too."""
    if not _maker_over_transferrer(rules, chosen, makers):
        return chosen
    mine, theirs = rules.supplier, chosen.supplier
    owned = any(
        p.party == mine and p.kind == DEMONYM and 0 <= system.start - p.end <= OWNER_GAP
        for p in sent.parties
    )
    seen = [p for p in sent.parties if p.party == theirs]
    # The maker named only nearer another system gives way to a transferrer named nearer
    # this one (or told before), not to one that is another system's party as well.
    ours = [p for p in sent.parties if p.party == mine]
    near = not ours or not all(_nearer_another(sent, p, system) for p in ours)
    if not owned and not all(
        _origin(sent.text, p)
        or _maker_company(p, system)
        # "Germany approved Finland's request to re-export": the licensing state
        or approves_other(sent.text, p)
        or (near and _nearer_another(sent, p, system))
        for p in seen
    ):
        return chosen
    return Roles(mine, chosen.recipient, chosen.co_suppliers, chosen.co_recipients)


def agent_kept(
    sent: Sentence, system: Mention, makers: tuple[str, ...], rules: Roles, chosen: Roles, lang: str
) -> Roles:
    """ "Kyiv's pilots fly the American F-16 jets handed over by Denmark and Norway", Russian
    "американские F-16, переданные Данией и Норвегией": a maker named only by its adjective on
    the system is no supplier where the rules read another state passing the system on (and
    those listed with it); that state and its list stand (CLAIMS.md: the supplier is the
    state that transfers)."""
    if not _maker_over_transferrer(rules, chosen, makers):
        return chosen
    pats = patterns_for(lang)
    if not all(
        p.kind == DEMONYM and owns_system(sent.text, p, system, pats)
        for p in sent.parties
        if p.party == chosen.supplier
    ):
        return chosen
    return Roles(rules.supplier, chosen.recipient, rules.co_suppliers, chosen.co_recipients)


def _maker_over_transferrer(rules: Roles, chosen: Roles, makers: tuple[str, ...]) -> bool:
    """Whether the decider put a maker of the system where the rules read another state, not
    the receiver, passing the system on: the case ``transferrer_kept`` and ``agent_kept``
    read further."""
    mine, theirs = rules.supplier, chosen.supplier
    return (
        mine is not None
        and theirs is not None
        and mine != theirs
        and mine not in makers
        and theirs in makers
        and mine != chosen.recipient
    )


def giver_kept(sent: Sentence, rules: Roles, chosen: Roles) -> Roles:
    """ "Berlin delivered one Patriot system to Ukraine and has pledged a second": where the
    decider moves the rules' supplier into the receiver's slot and supplies from a state the
    sentence does not name (the maker it guesses), the rules' parties, both named, stand."""
    named = {p.party for p in sent.parties}
    if (
        rules.supplier is None
        or chosen.recipient != rules.supplier
        or chosen.supplier in named
        or rules.recipient not in named
    ):
        return chosen
    return Roles(rules.supplier, rules.recipient, rules.co_suppliers, rules.co_recipients)


def clause_supplier_kept(
    sent: Sentence, cue_start: int, makers: tuple[str, ...], rules: Roles, chosen: Roles
) -> Roles:
    """ "Chile bought K9 howitzers from South Korea in 2019, and it sent Peru eight M109
    howitzers last year": a supplier the decider takes from another clause only, where the rules
    read another one for this clause's step, is that other clause's party; the rules' supplier
    stands, unless the decider's is the system's maker."""
    mine, theirs = rules.supplier, chosen.supplier
    if mine is None or theirs is None or mine == theirs or theirs in makers:
        return chosen
    if mine == chosen.recipient or not sent.clauses:
        return chosen
    lo, hi = clause_of(sent.clauses, cue_start)
    seen = [p for p in sent.parties if p.party == theirs]
    if not seen or any(lo <= p.start < hi for p in seen):
        return chosen
    # Only a party of another clause that tells a step of its own ("ordered K9 howitzers from
    # South Korea"); not one of a list the clause break cut ("Denmark, Belgium, and Norway").
    stepped = [clause_of(sent.clauses, c.start) for c in sent.cues if c.start != cue_start]
    if not all(clause_of(sent.clauses, p.start) in stepped for p in seen):
        return chosen
    return Roles(mine, chosen.recipient, rules.co_suppliers, chosen.co_recipients)


def _maker_company(p: Mention, system: Mention) -> bool:
    """ "Japan handed over five Beechcraft TC-90 aircraft": the maker's company right before
    the system names whose design it is, as "US-designed" would."""
    return p.kind == COMPANY and 0 <= system.start - p.end <= OWNER_GAP


def own_source(sent: Sentence, system: Mention) -> str | None:
    """The party named as this system's own source right after it ("A-29 aircraft from the
    United States" in a list of systems each with its source: roles.own_from), if one is."""
    return own_source_in(sent.text, sent.parties, system, sent.systems)
