"""The subject of a cue's verb, read where a decider's pick would lose it (the roles layer,
``parties``): a party the rules read as that subject keeps its role ("Portugal and Spain will
also send Leopard 2 tanks"; "Serbia, which took six MiG-29s from Russia, ..."), and the
subjects of another clause's own transfer verb are no option for this one ("Poland will send
Krab howitzers, while Slovakia will send Zuzana howitzers"). English."""

from __future__ import annotations

from armsledger.extract.clause_scope import antecedent_of
from armsledger.extract.cues import Cue
from armsledger.extract.record import Sentence
from armsledger.extract.role_words import governed, no_party, owns_system, patterns_for
from armsledger.extract.roles import Mention, Roles, cue_subject
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import ENGLISH

_FRONTED = rule_table()["roles.fronted_clause"]


def subject_kept(
    sent: Sentence,
    system: Mention,
    cue: Cue,
    rules: Roles,
    chosen: Roles,
    foreign: set[int] | frozenset[int] = frozenset(),
) -> Roles:
    """ "Portugal and Spain will also send Leopard 2 tanks": a party the rules read as the
    subject of the cue's own verb keeps its role where the decider put there a party this
    sentence does not name (the maker, the article's earlier supplier); so does a receiver
    that owns the system by its possessive or adjective ("Lima's own jets")."""
    # A party only the fronted clause names ("While Germany sent IRIS-T to Ukraine,
    # Switzerland ordered Patriot batteries") counts as unnamed for the main clause's system.
    fronted = _FRONTED.match(sent.text)
    cut = (
        fronted.end()
        if fronted is not None and min(system.start, cue.start) >= fronted.end()
        else 0
    )
    # Another clause's subject (``foreign``: other_clause_subjects) names no party of this step.
    named = {p.party for p in sent.parties if p.start >= cut and p.start not in foreign}
    # "Serbia, which took six MiG-29s from Russia, has watched the Croatian purchase": the
    # relative clause's antecedent is its verb's subject, whatever party the main clause names
    # (not one the antecedent's words or the clause itself name: "with Peru and Colombia,
    # which are buying").
    span = clause_of(sent.clauses, cue.start)
    before = antecedent_of(sent.text, sent.clauses, span)
    antecedent = (
        {p.party for p in sent.parties if before[0] <= p.start and 0 <= span[0] - p.end <= 1}
        if before is not None
        else set()
    )
    supplier, recipient = chosen.supplier, chosen.recipient
    for role, mine, theirs in (("s", rules.supplier, supplier), ("r", rules.recipient, recipient)):
        if mine is None or theirs == mine:
            continue
        kept = (
            mine in antecedent
            and not any(
                p.party == theirs and (before or span)[0] <= p.start < span[1] for p in sent.parties
            )
        ) or (
            theirs not in named
            and (
                # "Lima's own jets, late under a 2018 deal, are due in May": the system's
                # owner by its possessive or adjective, where the rules made it the receiver.
                (role == "r" and _owns(sent, mine, system))
                or any(
                    p.party == mine
                    and p.start < cue.start
                    and cue_subject(sent.text, tuple(sent.parties), p, cue.end, role)
                    for p in sent.parties
                )
            )
        )
        if kept and role == "s":
            supplier = mine
        elif kept:
            recipient = mine
    if (supplier, recipient) == (chosen.supplier, chosen.recipient) or supplier == recipient:
        return chosen
    return Roles(supplier, recipient, chosen.co_suppliers, chosen.co_recipients)


def _owns(sent: Sentence, party: str, system: Mention) -> bool:
    pats = patterns_for(ENGLISH)
    return any(p.party == party and owns_system(sent.text, p, system, pats) for p in sent.parties)


def other_clause_subjects(sent: Sentence, cue: Cue, system: Mention, lang: str) -> set[int]:
    """English "Poland will send Krab howitzers, while Slovakia will send Zuzana howitzers":
    the parties (by start) that are the subjects of another clause's own transfer verb, that
    step's and no option for a system and cue both outside their clause; none where the cue's
    clause has no subject of its own ("..., but it has not sent F-16 jets")."""
    if lang != ENGLISH:
        return set()
    mine = clause_of(sent.clauses, cue.start)
    theirs = clause_of(sent.clauses, system.start)
    # Another clause's cue: read only where one is (most sentences have a single cue).
    others = [
        (c, clause_of(sent.clauses, c.start))
        for c in sent.cues
        if c is not cue and not mine[0] <= c.start < mine[1]
    ]
    others = [(c, k) for c, k in others if k not in (mine, theirs)]
    if not others:
        return set()
    parties = tuple(sent.offered)

    def subject(p: Mention, verb: Cue) -> bool:
        return cue_subject(sent.text, parties, p, verb.end, "s") or cue_subject(
            sent.text, parties, p, verb.end, "r"
        )

    if not any(mine[0] <= q.start < cue.start and subject(q, cue) for q in parties):
        return set()
    return {
        p.start
        for p in parties
        if any(k[0] <= p.start and p.end <= c.start < k[1] and subject(p, c) for c, k in others)
    }


def subject_buyer(sent: Sentence, cue: Cue, supplier: str | None) -> tuple[str, ...]:
    """English "Manila bought the BrahMos. Jakarta is negotiating over the missile with New
    Delhi": where a referenced system's step names its seller in a phrase of its own, the one
    other party before the cue in its clause, no phrase's object, is the step's buyer, not
    the buyer the article told of before. Empty where there is none, or several."""
    text = sent.text
    if supplier is None or not any(
        p.party == supplier and governed(text, p.start) for p in sent.parties
    ):
        return ()
    lo = clause_of(sent.clauses, cue.start)[0]
    subjects = {
        p.party
        for p in sent.parties
        if lo <= p.start
        and p.end <= cue.start
        and p.party not in (None, supplier)
        and not governed(text, p.start)
        and not no_party(text, p, ENGLISH)
    }
    return tuple(subjects) if len(subjects) == 1 else ()
