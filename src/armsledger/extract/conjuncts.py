"""A new predicate opening on a conjunction before its verb ("... received TB2 drones from
Turkey and signed a contract with IAI for the Barak MX": stage.conjunct_verb_before): a system
named before it is the conjunct before's. Read by the predications layer (``predications``),
which pairs the verb with the system after it and vetoes the pairing across."""

from __future__ import annotations

from collections.abc import Sequence

from armsledger.extract.cues import Cue
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table

_CONJUNCT_VERB = rule_table()["stage.conjunct_verb_before"]
_STRONG_BREAK = rule_table()["text.strong_break"]
# How far before a verb cue its conjunction and adverbs are read ("and has since ordered").
CONJUNCT_CHARS = 40


def verb_conjunct(sentence: str, cues: list[Cue], target: Mention, cue: Cue) -> int:
    """Where the verb cue opening a new predicate between ``target`` and ``cue`` (or at
    ``cue``) ends ("and signed", "and has since ordered": stage.conjunct_verb_before), else 0."""
    for verb in cues:
        if target.end <= verb.start <= cue.start and _opens_predicate(sentence, verb, target.end):
            return verb.end
    return 0


def _opens_predicate(sentence: str, verb: Cue, after: int) -> bool:
    """Whether a conjunction read after ``after`` opens a new predicate at ``verb``."""
    return bool(
        _CONJUNCT_VERB.search(sentence[max(after, verb.start - CONJUNCT_CHARS) : verb.start])
    )


def other_conjunct(
    sentence: str, cues: list[Cue], system: Mention, cue: Cue, own: Sequence[int]
) -> bool:
    """Whether ``system`` stands in the conjunct before the predicate of ``cue`` and the
    rules paired ``cue`` with a system after that predicate's verb (stage.conjunct_verb_before)."""
    if system.end > cue.start or not own:
        return False
    opener = verb_conjunct(sentence, cues, system, cue)
    return bool(opener) and any(start >= opener for start in own)


def later_conjunct(
    sentence: str, cues: list[Cue], cue: Cue, system: Mention, paired: set[tuple[int, int]]
) -> bool:
    """Whether ``system`` stands after ``cue``, past a new predicate whose verb cue (opening on
    a conjunction: stage.conjunct_verb_before) the rules paired with it: "abandoned plans to
    buy Su-35 jets and will focus instead on acquiring Rafales" abandons no Rafale."""
    if system.start < cue.end:
        return False
    return any(
        cue.end <= verb.start <= system.start
        and (verb.start, system.start) in paired
        and _opens_predicate(sentence, verb, cue.end)
        for verb in cues
    )


def strong_breaks(sentence: str) -> tuple[int, ...]:
    """Where ``sentence``'s semicolons and colons that close a part of it stand
    (text.strong_break)."""
    return tuple(m.start() for m in _STRONG_BREAK.finditer(sentence))


def across_break(
    breaks: Sequence[int],
    length: int,
    cue: Cue,
    target: Mention,
    own: Sequence[int],
    cues: Sequence[Cue],
) -> bool:
    """Whether one of the sentence's ``breaks`` (``strong_breaks``; ``length`` its length)
    sets ``target`` in another part of it than ``cue`` and all its own systems (starts
    ``own``), a part with a step of its own (another cue): the target is then that part's,
    not the cue's object. A part with no step of its own is an item of a list ("requested 96
    Apaches; 1,844 Hellfire missiles; and 460 Stingers")."""
    if not own or not breaks:
        return False

    def part(at: int) -> tuple[int, int]:
        return (
            max((b for b in breaks if b < at), default=-1),
            min((b for b in breaks if b >= at), default=length),
        )

    mine, theirs = part(cue.start), part(target.start)
    if theirs == mine or any(part(at) != mine for at in own):
        return False
    return any(theirs[0] < c.start < theirs[1] for c in cues if c is not cue)
