"""Which clauses of a sentence a pairing's roles are read in (the roles layer, ``parties``):
the system's and the cue's, from the cue's subject where a relative clause stands between them
("Poland, which ordered 212 in 2022, has received 100": roles.relative_opener), and after a
fronted subordinate clause (roles.fronted_clause). English; other languages read the system's
and the cue's clauses as they are."""

from __future__ import annotations

from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import ENGLISH

_TABLE = rule_table()
_FRONTED = _TABLE["roles.fronted_clause"]
_RELATIVE_OPENER = _TABLE["roles.relative_opener"]
_PREPOSITIONAL_RELATIVE = _TABLE["roles.prepositional_relative"]
# How far before a relative clause its antecedent is read: a name of up to three words ("the
# United Arab Emirates", "Lockheed Martin"), not the subject of the clause it ends.
ANTECEDENT_CHARS = 20


def main_clauses(
    text: str, clauses: list[tuple[int, int]], system: int, cue: int, lang: str
) -> tuple[tuple[int, int], ...]:
    """The system's and the cue's clauses, and the cue's subject's where a relative clause
    stands between them (``subject_of``) or where the cue's clause is a relative one
    (``antecedent_of``); where both stand after a fronted subordinate
    clause ("While Germany delivered IRIS-T to Ukraine, Switzerland ordered Patriot"), each
    starts after it, so its parties take no role by pattern (roles.fronted_clause)."""
    spans = (clause_of(clauses, system), clause_of(clauses, cue))
    subject = subject_of(text, clauses, spans[1]) if lang == ENGLISH else None
    fronted = _FRONTED.match(text) if lang == ENGLISH else None
    if fronted is not None and min(system, cue) >= fronted.end():
        a, b = spans
        spans = (max(a[0], fronted.end()), a[1]), (max(b[0], fronted.end()), b[1])
    if subject is None and lang == ENGLISH:
        subject = antecedent_of(text, clauses, spans[1])
    return spans if subject is None else (*spans, subject)


def antecedent_of(
    text: str, clauses: list[tuple[int, int]], span: tuple[int, int]
) -> tuple[int, int] | None:
    """The end of the clause before a cue's relative clause (", which took six MiG-29s from
    Russia": roles.relative_opener), where its antecedent, the relative's subject, stands
    ("Serbia, which took ..."), else None."""
    at = next((i for i, c in enumerate(clauses) if c == span), -1)
    if at >= 1 and _RELATIVE_OPENER.match(text, span[0]):
        # Only the words right before the comma: "Saab beat Lockheed Martin, which offered
        # the F-16" has its antecedent last, and the clause's own subject is no party here.
        return max(clauses[at - 1][0], span[0] - ANTECEDENT_CHARS), span[0]
    return None


def subject_of(
    text: str, clauses: list[tuple[int, int]], span: tuple[int, int]
) -> tuple[int, int] | None:
    """The clause of the cue's subject where a relative clause stands between them ("Poland,
    which ordered 212 in 2022, has received 100": roles.relative_opener), else None."""
    at = next((i for i, c in enumerate(clauses) if c == span), -1)
    if at >= 2 and (
        _RELATIVE_OPENER.match(text, clauses[at - 1][0])
        or _PREPOSITIONAL_RELATIVE.match(text, clauses[at - 1][0])
    ):
        return clauses[at - 2]
    return None


def with_subject(
    text: str, clauses: list[tuple[int, int]], span: tuple[int, int]
) -> tuple[int, int]:
    """The cue's clause, from its subject where a relative clause stands between them."""
    subject = subject_of(text, clauses, span)
    return span if subject is None else (subject[0], span[1])
