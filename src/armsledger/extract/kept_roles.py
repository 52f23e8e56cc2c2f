"""Where a learned decider's parties give way to the rules' (the roles layer, ``parties``):
the parties the rules read by the sentence's own words stand where the decider put there a
party the sentence does not name, the maker it guesses, or another clause's party."""

from __future__ import annotations

from armsledger.extract import russian_lists
from armsledger.extract.cues import Cue
from armsledger.extract.owners import (
    agent_kept,
    clause_supplier_kept,
    giver_kept,
    transferrer_kept,
)
from armsledger.extract.record import Document, Sentence
from armsledger.extract.relative_clauses import told_out, told_party
from armsledger.extract.roles import Mention, Roles
from armsledger.extract.subjects import subject_kept
from armsledger.language import ENGLISH
from armsledger.models import Factuality


def rules_parties_kept(
    doc: Document,
    sent: Sentence,
    system: Mention,
    cue: Cue,
    roles: Roles,
    decisions: list[tuple[Roles, Factuality]],
    foreign: set[int],
) -> list[tuple[Roles, Factuality]]:
    """The decider's decisions on a step the rules made (``roles``), with the rules' parties
    kept where the sentence's words give them their roles."""
    makers = doc.gaz.families[system.value].makers
    if doc.lang != ENGLISH:
        # Other languages: no subject reading of their own yet (subject_kept is English's);
        # the decider's list margin is English's, the rules' list glue is the language's.
        offered = tuple(sent.offered)
        return list(
            dict.fromkeys(
                d
                for r, f in decisions
                for d in russian_lists.listed(
                    sent.text,
                    offered,
                    agent_kept(
                        sent,
                        system,
                        makers,
                        roles,
                        russian_lists.named_kept(sent, roles, r, doc.lang, makers),
                        doc.lang,
                    ),
                    f,
                )
            )
        )
    decisions = [(subject_kept(sent, system, cue, roles, r, foreign), f) for r, f in decisions]
    decisions = [
        (giver_kept(sent, roles, transferrer_kept(sent, system, makers, roles, d)), f)
        for d, f in decisions
    ]
    decisions = [(agent_kept(sent, system, makers, roles, d, doc.lang), f) for d, f in decisions]
    decisions = [(clause_supplier_kept(sent, cue.start, makers, roles, r), f) for r, f in decisions]
    told = told_party(doc, sent, system, cue)
    if told is not None:
        # The relative clause's party ("it had bought from Russia") is its own verb's: where
        # the decider gave it this step's role, the rules' party takes it.
        decisions = [(told_out(r, roles, told.party), f) for r, f in decisions]
    return decisions
