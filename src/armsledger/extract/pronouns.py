"""A sentence whose subject is a pronoun for a state ("It took its first Su-30 jets in 2007",
"The kingdom also ordered ..."): the state the sentence before put first, its subject, is the
pronoun's party, and the words after the pronoun give it its role as they would a name
(roles.pronoun_subject, roles.recipient_after, roles.supplier_after). So is the state opening
this sentence for a later clause's pronoun ("Lima received six in 2019, and last month it
signed for six more": roles.clause_pronoun_subject). English only; used by the roles layer
(``parties``) where the sentence names no party between the pronoun and its cue. A relative
"which" is such a pronoun too: "Denmark, which signed for 44 in 2022, is next" gives Denmark
the clause's role (roles.relative_opener)."""

from __future__ import annotations

import re

from armsledger.extract.candidates import party_lists
from armsledger.extract.descriptions import SUBJECT_CHARS, previous_subject
from armsledger.extract.gazetteer import DEMONYM
from armsledger.extract.record import Document, Sentence
from armsledger.extract.role_words import governed, owns_system, patterns_for, text_after
from armsledger.extract.roles import Roles
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import ENGLISH

_PRONOUN = rule_table()["roles.pronoun_subject"]
_CLAUSE_PRONOUN = rule_table()["roles.clause_pronoun_subject"]
_RELATIVE_OPENER = rule_table()["roles.relative_opener"]
_VOICE = rule_table()["roles.voice_after"]


def pronoun_roles(doc: Document, sent: Sentence, cue_start: int, roles: Roles) -> Roles | None:
    """``roles`` with the pronoun's state in the role the words after the pronoun give it,
    where the sentence opens on such a pronoun and names no party before ``cue_start``; else
    None."""
    if doc.lang != ENGLISH:
        return None
    found = _PRONOUN.match(sent.text)
    # A state in a fronted phrase before the pronoun ("Unlike Peru, it bought ...") is no
    # subject: only one between the pronoun and its cue is.
    if found is not None and not _named_between(sent, found.start("subject"), cue_start):
        # "It received drones from Turkey and signed a contract for radars": a party after a
        # preposition is an object, so the pronoun stays the subject of the later verb.
        state = previous_subject(doc, sent)
    else:
        found, state = _clause_pronoun(sent, cue_start)
    if found is None or state is None:
        return None
    return _in_role(sent.text, found.end(), state, roles)


def pronoun_state(doc: Document, sent: Sentence) -> str | None:
    """The state a pronoun opening the sentence stands for ("It also ordered ..."): the one
    the sentence before began with; None when the sentence opens on no such pronoun."""
    if doc.lang != ENGLISH or _PRONOUN.match(sent.text) is None:
        return None
    return previous_subject(doc, sent)


def relative_subject(sent: Sentence, cue_start: int, roles: Roles) -> Roles | None:
    """``roles`` with the state a relative clause follows in the role its verb gives it, where
    ``cue_start`` is in that clause ("following the Netherlands and Austria, which ordered
    jointly in 2024": both ordered), with the states listed before it; else None. For a
    reading the rules did not pair (``parties``): the decider would give it another clause's
    party."""
    found = _relative_antecedent(sent, cue_start)
    if found is None:
        return None
    relative, state = found
    listed = tuple(
        c for c in party_lists(sent.text, tuple(sent.parties)).get(state, ()) if c != state
    )
    return _in_role(sent.text, relative.end(), state, roles, listed)


def _in_role(
    sentence: str, end: int, state: str, roles: Roles, listed: tuple[str, ...] = ()
) -> Roles | None:
    """``roles`` with ``state`` (and the states ``listed`` with it) in the role the words
    after its pronoun (ending at ``end``) give it as they would a name, else None; an aside
    after the pronoun is passed over as after a name ("The country, whose air force flies
    Russian jets, received ...")."""
    pats = patterns_for(ENGLISH)
    after = text_after(sentence, end, pats)
    if pats.recipient_after.match(after) and state != roles.supplier:
        return Roles(roles.supplier, state, co_recipients=listed)
    if pats.supplier_after.match(after) and state != roles.recipient:
        return Roles(state, roles.recipient, co_suppliers=listed)
    return None


def _relative_antecedent(sent: Sentence, cue_start: int) -> tuple[re.Match[str], str] | None:
    """The relative pronoun opening the clause of the cue at ``cue_start`` and the state the
    clause follows ("Denmark, which signed for 44 in 2022"), where no party stands between
    the pronoun and the cue as a subject could; else None."""
    if not sent.clauses:
        return None
    lo, _ = clause_of(sent.clauses, cue_start)
    relative = _RELATIVE_OPENER.match(sent.text, lo) if lo > 0 else None
    if relative is None or relative.end() > cue_start:
        return None
    antecedent = next((p for p in sent.parties if p.end == lo and p.party), None)
    if antecedent is None or antecedent.party is None:
        return None
    if _named_between(sent, relative.end(), cue_start):
        return None
    return relative, antecedent.party


def _clause_pronoun(sent: Sentence, cue_start: int) -> tuple[re.Match[str] | None, str | None]:
    """The pronoun opening the clause of the cue at ``cue_start``, and the state that opens the
    sentence (its subject, named first and near the start), where no party stands between."""
    if not sent.clauses:
        return None, None
    lo, _ = clause_of(sent.clauses, cue_start)
    if lo == 0:
        return None, None
    relative = _RELATIVE_OPENER.match(sent.text, lo)
    if relative is not None and relative.end() <= cue_start:
        # "Denmark, which signed for 44 in 2022, is next": the state the clause follows.
        return _relative_antecedent(sent, cue_start) or (None, None)
    found = _CLAUSE_PRONOUN.match(sent.text, lo)
    if found is None or found.end() > cue_start:
        return None, None
    first = min(sent.parties, key=lambda p: p.start, default=None)
    if (
        first is None
        or first.start > SUBJECT_CHARS
        or first.party is None
        or _named_between(sent, found.start(), cue_start)
    ):
        return None, None
    return found, first.party


def _named_between(sent: Sentence, start: int, end: int) -> bool:
    """Whether a party stands between ``start`` and ``end`` as a subject could: one after a
    preposition ("which ordered jets from Britain and took delivery") is the verb's object,
    and a state adjective before a system ("whose air force flies Russian MiG-29s") its
    maker or owner."""
    pats = patterns_for(ENGLISH)
    return any(
        start <= p.start < end
        and not governed(sent.text, p.start)
        and not any(owns_system(sent.text, p, m, pats) for m in sent.systems)
        for p in sent.parties
    )


def speaking_state(sent: Sentence) -> str | None:
    """The state whose office or official the sentence quotes ("Argentina's Ministry of Defence
    said ...", "Poland's defence minister told reporters ..."): the buyer most likely meant
    where the sentence names none. English; None when the speaker names no state."""
    source = sent.attribution.source if sent.attribution is not None else None
    if not source:
        return None
    for p in sent.mentions:  # the speaker's state is no party of the sentence's steps
        name = sent.text[p.start : p.end]
        if (
            p.code
            and (
                source.startswith(f"{name}'s ")
                or source.startswith(f"{name}’s ")
                # "Egyptian officials said ...": a demonym opening the source names its state
                or (p.kind == DEMONYM and source.startswith(f"{name} "))
            )
            # "Singapore's Straits Times wrote": a paper's home, no buyer
            and not _VOICE.match(sent.text[p.end :])
        ):
            return p.code
    return None
