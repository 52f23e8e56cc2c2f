"""Parties listed across a sentence's clauses: the ones a subject joins ("Iraq will join
Malaysia and Nigeria in receiving the jets"), the party of a clause that keeps only a party and
a time ("..., and Estonia in 2018"; Russian gapped clauses with a system of their own are
``gapping``'s), lists read "respectively", and rival systems each named with its own maker
("India's Tejas, Pakistan's JF-17 and Turkey's Hürjet"). Used by the roles layer (``parties``)
on its decisions."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract.cues import Cue
from armsledger.extract.gazetteer import Gazetteer
from armsledger.extract.record import Decision, Sentence
from armsledger.extract.role_words import governed, joined, owns_system, patterns_for
from armsledger.extract.roles import Roles, party_runs
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import ENGLISH
from armsledger.models import Factuality

_TABLE = rule_table()
_RESPECTIVELY = _TABLE["roles.respectively"]
_PARTY_LIST = _TABLE["roles.party_list"]
_PARTY_ASIDE = _TABLE["roles.party_aside"]
_MADE_BY = _TABLE["roles.made_by_between"]
_GAP_BEFORE = _TABLE["roles.gap_before"]
_GAP_AFTER = _TABLE["roles.gap_after"]
_COMPANION_BEFORE = _TABLE["roles.companion_before"]
_COUNTERPART_TOPIC = _TABLE["roles.counterpart_topic_between"]
_COUNTERPART_WITH = _TABLE["roles.counterpart_with"]
# How far before a party its "with" is read.
WITH_CHARS = 12
# How far before a remnant's first party its opening ("..., and") is read.
GAP_CHARS = 24
# What may close a companion's list: the clause's end ("..., together with Peru." / ", in").
_CLAUSE_END = frozenset([*".,;:!?)", ""])


def joined_parties(sent: Sentence, roles: Roles) -> list[tuple[Roles, Factuality]]:
    """The parties the subject joins ("Iraq will join Malaysia and Nigeria in receiving the
    jets", "Sweden joined Norway in sending tanks"): each took the step before, in the
    subject's role, whatever the subject's own step's factuality."""
    mates = joined(sent.text, tuple(sent.parties), ENGLISH)
    if not mates:
        return []
    text = sent.text
    before = [
        p
        for p in sent.parties
        if p.end <= mates[0].start
        and p.party is not None
        # "ordered K9 howitzers from South Korea, joining Finland": the seller after its
        # preposition is no subject that joins
        and not governed(text, p.start)
    ]
    subject = before[-1].party if before else None
    out: list[tuple[Roles, Factuality]] = []
    for party in dict.fromkeys(p.party for p in mates):
        if party is None or party in (roles.supplier, roles.recipient):
            continue
        if subject is not None and subject == roles.recipient:
            out.append((Roles(roles.supplier, party), Factuality.ASSERTED))
        elif subject is not None and subject == roles.supplier and roles.recipient:
            out.append((Roles(party, roles.recipient), Factuality.ASSERTED))
    return out


def companion_parties(
    sent: Sentence, cue: Cue, decisions: list[tuple[Roles, Factuality]]
) -> list[tuple[Roles, Factuality]]:
    """The parties named after the step as its subject's companions ("Oslo sent the launchers
    to Kyiv, together with Washington"; roles.companion_before): each takes the same step in
    the subject's role, with its factuality. The subject is the party last named before the
    cue outside a phrase, and it must hold a role of the step; the list must close the cue's
    own clause ("jets built jointly with China" is another clause's)."""
    if not decisions or not _COMPANION_BEFORE.may_hold(sent.text):
        return []
    text = sent.text
    cue_end = cue.end
    lo, hi = clause_of(sent.clauses, cue.start)
    named = [p for p in sent.parties if p.party is not None]
    subjects = [
        p for p in named if lo <= p.start and p.end <= cue_end and not governed(text, p.start)
    ]
    if not subjects:
        return []
    subject = subjects[-1].party
    taken = {p for r, _ in decisions for p in (r.supplier, r.recipient)} - {None}
    out: list[tuple[Roles, Factuality]] = []
    for run in party_runs(text, named, _PARTY_LIST):
        head = run[0]
        closes = text[run[-1].end : run[-1].end + 1] in _CLAUSE_END
        if not (cue_end <= head.start < hi and closes):
            continue
        if not _COMPANION_BEFORE.search(text[max(0, head.start - GAP_CHARS) : head.start]):
            continue
        for roles, fact in decisions:
            for p in run:
                if p.party in taken or p.party is None:
                    continue
                if subject == roles.supplier:
                    out.append((Roles(p.party, roles.recipient), fact))
                elif subject == roles.recipient:
                    out.append((Roles(roles.supplier, p.party), fact))
    return list(dict.fromkeys(out))  # one decision per companion and role, however many led


def gapped_parties(
    sent: Sentence, cue_end: int, decisions: list[tuple[Roles, Factuality]]
) -> list[tuple[Roles, Factuality]]:
    """The parties of a clause that keeps only a party and a time of the cue's step ("Finland
    ordered the howitzers in 2017, and Estonia in 2018"; roles.gap_before, roles.gap_after):
    each takes, in the same step with its factuality, the role of the nearest party of the
    step named before it. The remnant must follow the cue with no other cue between."""
    if not decisions:
        return []
    text = sent.text
    cues_after = [c.start for c in sent.cues if c.start >= cue_end]
    taken = {p for r, _ in decisions for p in (r.supplier, r.recipient)} - {None}
    named = [p for p in sent.parties if p.party is not None]
    fact = decisions[0][1]
    out: list[tuple[Roles, Factuality]] = []
    for run in party_runs(text, named, _PARTY_LIST, _PARTY_ASIDE):
        head = run[0]
        if head.start < cue_end or any(c < head.start for c in cues_after):
            continue
        if not _GAP_BEFORE.search(text[max(0, head.start - GAP_CHARS) : head.start]):
            continue
        if _GAP_AFTER.match(text, run[-1].end) is None:
            continue
        prior = [p.party for p in named if p.end <= head.start and p.party in taken]
        if not prior:
            continue
        # "Norway and Finland ordered ..., and Estonia": the role of the list before it.
        like = next(r for r, _ in decisions if prior[-1] in (r.supplier, r.recipient))
        for p in run:
            if p.code is None or p.party in taken:
                continue
            if prior[-1] == like.recipient:
                out.append((Roles(like.supplier, p.party), fact))
            elif like.recipient is not None:
                out.append((Roles(p.party, like.recipient), fact))
    return out


def respective(sent: Sentence) -> list[Decision]:
    """ "Chile and Peru bought K9 and Krab howitzers respectively": the k-th listed system
    goes with the k-th listed party only, where a list of parties as long as the list of
    systems takes one role in the decisions (roles.respectively)."""
    decisions = sent.decisions
    if not _RESPECTIVELY.search(sent.text):
        return decisions
    systems = sorted({d.system.start for d in decisions})
    if len(systems) < 2 or sent.referenced:
        return decisions
    named = [p for p in sent.offered if p.party is not None]
    for run in party_runs(sent.text, named, _PARTY_LIST, _PARTY_ASIDE):
        codes = [p.party for p in run]
        if len(codes) != len(systems) or len(set(codes)) != len(codes):
            continue
        for role in ("supplier", "recipient"):
            if all(any(getattr(d.roles, role) == c for d in decisions) for c in codes):
                # Both lists may be respective ("... from the US and Russia"): each run in turn.
                decisions = [
                    d
                    for d in decisions
                    if getattr(d.roles, role) not in codes
                    or getattr(d.roles, role) == codes[systems.index(d.system.start)]
                ]
    return decisions


def makers_apart(sent: Sentence, gaz: Gazetteer) -> list[Decision]:
    """Rival systems each named with its own maker ("bidders included India's Tejas,
    Pakistan's JF-17 and Turkey's Hurjet", "the Swedish Gripen and the American F-16"): each
    maker supplies its own system and receives none of the others', so a decision that gives
    a system another one's maker as its buyer leaves the buyer open (the article's, settled
    later), and one that gives it another one's maker as its seller takes its own maker."""
    decisions = sent.decisions
    if len({d.system.value for d in decisions}) < 2:
        return decisions
    pats = patterns_for(ENGLISH)
    own: dict[int, str] = {}
    for m in sent.explicit:
        makers = gaz.families[m.value].makers
        for p in sent.parties:
            if p.party in makers and (
                owns_system(sent.text, p, m, pats)
                or (m.end <= p.start and _MADE_BY.match(sent.text[m.end : p.start]) is not None)
            ):
                own[m.start] = p.party
    if len(set(own.values())) < 2:
        return decisions
    out: list[Decision] = []
    for d in decisions:
        rivals = {party for start, party in own.items() if start != d.system.start}
        mine = own.get(d.system.start)
        if d.roles.recipient in rivals and d.roles.recipient != mine:
            d = replace(d, roles=Roles(d.roles.supplier, None))
        if (
            mine is not None
            and d.roles.supplier in rivals
            and d.roles.supplier not in gaz.families[d.system.value].makers
        ):
            # "the JF-17, made by the Pakistan Aeronautical Complex, and the Russian-made
            # MiG-35": the other system's maker does not supply this one; its own does.
            d = replace(d, roles=Roles(mine, d.roles.recipient))
        if d not in out:
            out.append(d)
    return out


def counterparts_apart(sent: Sentence, gaz: Gazetteer) -> list[Decision]:
    """Talks held with several parties, each about its own system ("negotiating with Stockholm
    over the Gripen and with Seoul for the FA-50": roles.counterpart_topic_between): each party is
    the other side for its own system only, so a decision giving a system another one's
    counterpart as a side leaves that side open (settled later), unless it makes the system."""
    decisions = sent.decisions
    if len({d.system.value for d in decisions}) < 2 or not _COUNTERPART_TOPIC.may_hold(sent.text):
        return decisions
    text = sent.text
    own: dict[int, str] = {}
    for p in sent.parties:
        if p.party is None or not _COUNTERPART_WITH.search(
            text[max(0, p.start - WITH_CHARS) : p.start]
        ):
            continue
        m = next((m for m in sent.explicit if m.start >= p.end), None)
        if m is not None and _COUNTERPART_TOPIC.fullmatch(text, p.end, m.start):
            own[m.start] = p.party
    if len(set(own.values())) < 2:
        return decisions
    out: list[Decision] = []
    for d in decisions:
        mine = own.get(d.system.start)
        rivals = {party for start, party in own.items() if start != d.system.start} - {mine}
        supplier, recipient = d.roles.supplier, d.roles.recipient
        if recipient in rivals:
            recipient = None
        if supplier in rivals and supplier not in gaz.families[d.system.value].makers:
            supplier = None
        if supplier is None and recipient is None:
            continue
        d = replace(d, roles=Roles(supplier, recipient))
        if d not in out:
            out.append(d)
    return out


def suppliers_by_maker(sent: Sentence, gaz: Gazetteer) -> list[Decision]:
    """Several suppliers and several systems of one step, each system made by exactly one of
    the suppliers and no two by the same one ("The United States, Germany and France announced
    the transfer of Bradley, Marder and AMX-10 RC vehicles"): each supplier gives its own
    system only, a list read "respectively" by makers."""
    dropped: set[int] = set()
    for cue in {id(d.cue): d.cue for d in sent.decisions}.values():
        group = [d for d in sent.decisions if d.cue is cue]
        suppliers = {d.roles.supplier for d in group if d.roles.supplier is not None}
        systems = {d.system.value for d in group}
        maker: dict[str, str] = {}
        for value in systems:
            own = suppliers & set(gaz.families[value].makers)
            if len(own) == 1:
                maker[value] = own.pop()
        if (
            len(suppliers) >= 2
            and len(maker) == len(systems) >= 2
            and len(set(maker.values())) == len(systems)
        ):
            dropped |= {id(d) for d in group if d.roles.supplier != maker[d.system.value]}
    return [d for d in sent.decisions if id(d) not in dropped]
