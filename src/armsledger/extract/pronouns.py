"""A sentence whose subject is a pronoun for a state ("It took its first Su-30 jets in 2007",
"The kingdom also ordered ..."): the state the sentence before put first, its subject, is the
pronoun's party, and the words after the pronoun give it its role as they would a name
(roles.pronoun_subject, roles.recipient_after, roles.supplier_after). English only; used by
the roles layer (``parties``) where the sentence names no party before its cue."""

from __future__ import annotations

from armsledger.extract.mentions import previous_subject
from armsledger.extract.record import Document, Sentence
from armsledger.extract.role_words import patterns_for
from armsledger.extract.roles import Roles
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH

_PRONOUN = rule_table()["roles.pronoun_subject"]


def pronoun_roles(doc: Document, sent: Sentence, cue_start: int, roles: Roles) -> Roles | None:
    """``roles`` with the pronoun's state in the role the words after the pronoun give it,
    where the sentence opens on such a pronoun and names no party before ``cue_start``; else
    None."""
    if doc.lang != ENGLISH:
        return None
    found = _PRONOUN.match(sent.text)
    if found is None or any(p.start < cue_start for p in sent.parties):
        return None
    state = previous_subject(doc, sent)
    if state is None:
        return None
    pats = patterns_for(ENGLISH)
    after = sent.text[found.end() :]
    if pats.recipient_after.match(after) and state != roles.supplier:
        return Roles(roles.supplier, state)
    if pats.supplier_after.match(after) and state != roles.recipient:
        return Roles(state, roles.recipient)
    return None
