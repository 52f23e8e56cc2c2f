"""Where a step and a system stand among a sentence's clauses (extract/clause_steps.py)."""

from armsledger.extract.clause_steps import homed, in_reason_clause, step_in
from armsledger.extract.cues import Cue
from armsledger.extract.roles import Mention
from armsledger.models import Stage


def _cue(start: int, end: int) -> Cue:
    return Cue(start, end, Stage.DELIVERY, None, False, "test")


def _system(start: int, end: int, value: str) -> Mention:
    return Mention(start, end, "system", value, None)


CLAUSES = [(0, 30), (30, 60)]


def test_homed_keeps_only_pairings_within_one_clause() -> None:
    here, there = _cue(5, 10), _cue(40, 45)
    jets, ships = _system(12, 16, "A"), _system(20, 24, "B")
    cues, systems = homed([(here, jets), (there, ships)], CLAUSES)
    assert cues == {5} and systems == {12}


def test_a_system_or_a_step_in_a_reason_clause_of_its_own() -> None:
    reasons = {(30, 60)}
    assert in_reason_clause(CLAUSES, reasons, cue=5, system=40)
    assert not in_reason_clause(CLAUSES, reasons, cue=35, system=40)
    assert not in_reason_clause(CLAUSES, set(), cue=5, system=40)


def test_a_clause_with_a_step_of_its_own() -> None:
    first, second = _cue(5, 10), _cue(40, 45)
    assert step_in([first, second], first, (30, 60))
    assert not step_in([first, second], second, (30, 60))
