"""Layer 6, roles: who supplies and who receives, and whether a predication is a claim at all.

The hand rules read the roles from the clause (``roles.assign_roles``) and from what the
article said before; each pairing then becomes a ``Candidate`` that the decider (the rules'
own answer, or a fitted scorer) turns into no claim, one, or one per listed party. A plain
register sentence keeps the rules' answer whatever the decider says."""

from __future__ import annotations

from armsledger.extract import candidates
from armsledger.extract.candidates import Candidate
from armsledger.extract.cues import Cue
from armsledger.extract.factuality import reading
from armsledger.extract.gazetteer import Gazetteer
from armsledger.extract.record import Decision, Document, Focus, Sentence
from armsledger.extract.roles import Mention, Roles, assign_roles
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.models import Factuality, Stage

_TABLE = rule_table()
_ADJUNCT_ING = _TABLE["roles.adjunct_ing"]
_REGISTER_OTHER = _TABLE["roles.register_other_party"]
_OPEN = Roles(None, None)


def decide(doc: Document, sent: Sentence) -> None:
    """The sentence's decisions: every pairing the rules made, then every other one in reach."""
    paired = {(c.start, m.start) for c, m in sent.pairs}
    for original, system in sent.pairs + sent.unpaired:
        cue, fact = reading(sent, original)
        is_pair = (cue.start, system.start) in paired
        # A pairing the rules did not make has no rules' answer to offer (and reading roles
        # for each of them made run-on texts quadratic).
        roles, made = _rule_roles(doc, sent, system, cue) if is_pair else (_OPEN, False)
        vetoed = (original.start, system.start) in sent.vetoed
        cand = _candidate(
            doc.gaz, sent, system, cue, fact, roles, (made, is_pair), doc.focus, vetoed
        )
        decisions = doc.decider.decide(cand)
        if vetoed:
            # Another system's step: seen by the decider (a scorer is fitted on it), no claim.
            decisions = []
        if made and _register_sentence(sent, system, roles, cue, fact):
            decisions = [(roles, fact)]
        sent.decisions += [Decision(cue, system, r, f) for r, f in _with_listed(decisions, roles)]


def _with_listed(
    decisions: list[tuple[Roles, Factuality]], rules: Roles
) -> list[tuple[Roles, Factuality]]:
    """Each decision that kept the rules' supplier (recipient), repeated for the parties listed
    with it ("Germany and the Netherlands delivered", "to China and India": two claims)."""
    out = []
    for roles, fact in decisions:
        out.append((roles, fact))
        mates = []
        if roles.supplier == rules.supplier:
            mates += [Roles(co, roles.recipient) for co in rules.co_suppliers]
        if roles.recipient == rules.recipient:
            mates += [Roles(roles.supplier, co) for co in rules.co_recipients]
        for mate in mates:
            if mate.supplier != mate.recipient and (mate, fact) not in out:
                out.append((mate, fact))
    return out


def _rule_roles(doc: Document, sent: Sentence, system: Mention, cue: Cue) -> tuple[Roles, bool]:
    """The hand rules' supplier and recipient, and whether they would make a claim at all."""
    text, parties, clauses, focus = sent.text, sent.parties, sent.clauses, doc.focus
    family = doc.gaz.families[system.value]
    before = focus.roles.get(system.value)
    roles = assign_roles(
        text,
        system,
        parties,
        family.maker,
        (clause_of(clauses, system.start), clause_of(clauses, cue.start)),
        tuple(m for m in sent.systems if m.value != system.value),
        use_loose=not (sent.referenced and before is not None),
        lang=doc.lang,
    )
    if roles.domestic:
        return roles, False
    named_supplier = roles.supplier is not None and any(p.party == roles.supplier for p in parties)
    if before is not None:
        # What the article said of this system before fills what this sentence leaves open
        # (a named party beats it; the maker, a guess, does not).
        supplier = roles.supplier
        if not named_supplier and before.supplier and before.supplier != roles.recipient:
            supplier = before.supplier
        recipient = roles.recipient or (before.recipient if before.recipient != supplier else None)
        co = roles.co_suppliers if supplier == roles.supplier else ()
        roles, named_supplier = Roles(supplier, recipient, co), True
    if (
        not named_supplier
        and cue.stage is Stage.DELIVERY
        and _ADJUNCT_ING.search(text, max(0, cue.start - 12), cue.end)
    ):
        # "Warsaw has been rebuilding ... after sending its T-72s to Ukraine": the giver of
        # an adjunct "after sending" is the sentence's subject.
        subject = next((p.party for p in parties if p.start < cue.start), None)
        if subject and subject != roles.recipient:
            roles, named_supplier = Roles(subject, roles.recipient), True
    if roles.supplier is None and family.maker and family.maker != roles.recipient:
        roles = Roles(family.maker, roles.recipient)
    if roles.recipient is None and focus.recipient and focus.recipient != roles.supplier:
        # A sentence naming no buyer continues the article's buyer.
        roles = Roles(roles.supplier, focus.recipient, roles.co_suppliers)
    # A domestic programme, or a system named with no transfer in sight, makes no claim.
    made = roles.supplier != roles.recipient and (roles.recipient is not None or named_supplier)
    return roles, made


def _candidate(
    gaz: Gazetteer,
    sent: Sentence,
    system: Mention,
    cue: Cue,
    fact: Factuality,
    roles: Roles,
    made_paired: tuple[bool, bool],
    focus: Focus,
    vetoed: bool = False,
) -> Candidate:
    family = gaz.families[system.value]
    return Candidate(
        candidates.Context(
            sentence=sent.text,
            cue=cue,
            system=system,
            category=family.category,
            makers=family.makers,
            parties=tuple(sent.offered),
            clause=clause_of(sent.clauses, cue.start),
            system_clause=clause_of(sent.clauses, system.start),
            other_cues=tuple(c for c in sent.cues if c is not cue),
            n_systems=len({m.value for m in sent.systems}),
            is_headline=sent.is_headline,
            referenced=sent.referenced,
            source=sent.attribution.source,
            verb_end=sent.attribution.verb_end,
            focus=focus.roles.get(system.value),
            doc_recipient=focus.recipient,
            system_count=focus.system_counts[system.value],
            top_system=focus.top_system == system.value,
            party_ranks=focus.party_ranks,
            rule_roles=roles,
            rule_fact=fact,
            rule_made=made_paired[0],
            paired=made_paired[1],
            vetoed=vetoed,
        )
    )


def _register_sentence(
    sent: Sentence, system: Mention, roles: Roles, cue: Cue, fact: Factuality
) -> bool:
    """A plain register sentence ("X delivered D to Y", "Y has received D from X"): one named
    system, an asserted delivery or sale, and in one clause the subject party, the cue, the
    system and the other party in that order, with the roles the rules gave them. The rules
    read it right, so no learned decider may drop it (issue 11)."""
    if sent.referenced or fact is not Factuality.ASSERTED or len(sent.systems) != 1:
        return False
    if cue.stage not in (Stage.DELIVERY, Stage.AGREEMENT):
        return False
    parties = [p for p in sent.parties if p.party is not None]
    if {p.party for p in parties} != {roles.supplier, roles.recipient} or len(parties) != 2:
        return False
    first, second = parties
    clause = clause_of(sent.clauses, cue.start)
    return (
        clause[0] <= first.start
        and first.end <= cue.start
        and cue.end <= system.start
        and system.end <= second.start
        and second.end <= clause[1]
        and _REGISTER_OTHER.search(sent.text, system.end, second.start) is not None
    )
