"""Where a step and a system stand among a sentence's clauses: the pairings the rules made
within one clause, a system (or a step) told in a reason clause of its own, and a clause with a
step of its own. Read by the predications layer (``predications``) to pair and to veto."""

from __future__ import annotations

from armsledger.extract.cues import Cue
from armsledger.extract.roles import Mention
from armsledger.extract.sentences import clause_of


def homed(
    pairs: list[tuple[Cue, Mention]], clauses: list[tuple[int, int]]
) -> tuple[set[int], set[int]]:
    """The cues and the systems (by start) the rules paired within one clause."""
    home = [
        (c.start, m.start)
        for c, m in pairs
        if clause_of(clauses, c.start) == clause_of(clauses, m.start)
    ]
    return {c for c, _ in home}, {m for _, m in home}


def in_reason_clause(
    spans: list[tuple[int, int]], reasons: set[tuple[int, int]], cue: int, system: int
) -> bool:
    """Whether ``system`` stands in one of the ``reasons`` clauses (a reason's, or one with a
    subject of its own) that ``cue`` is not in."""
    if not reasons:
        return False
    home = clause_of(spans, system)
    return home in reasons and home != clause_of(spans, cue)


def step_in(cues: list[Cue], cue: Cue, clause: tuple[int, int]) -> bool:
    """Whether a cue other than ``cue`` stands in ``clause``."""
    return any(c is not cue and clause[0] <= c.start < clause[1] for c in cues)
