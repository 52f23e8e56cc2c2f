"""Parties listed across a sentence's clauses: the ones a subject joins ("Iraq will join
Malaysia and Nigeria in receiving the jets") and lists read "respectively". Used by the roles
layer (``parties``) on its decisions."""

from __future__ import annotations

from armsledger.extract.record import Decision, Sentence
from armsledger.extract.role_words import governed, joined
from armsledger.extract.roles import Roles, party_runs
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH
from armsledger.models import Factuality

_TABLE = rule_table()
_RESPECTIVELY = _TABLE["roles.respectively"]
_PARTY_LIST = _TABLE["roles.party_list"]
_PARTY_ASIDE = _TABLE["roles.party_aside"]


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
