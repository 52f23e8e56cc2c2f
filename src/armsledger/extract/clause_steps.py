"""Where a step and a system stand among a sentence's clauses: the pairings the rules made
within one clause, a system (or a step) told in a reason clause of its own, and a clause with a
step of its own, how far a step reaches (not past a new verb phrase of its own), the phrases a
participle telling no step governs, and a headline's clauses cut at its commas. Read by the
predications layer (``predications``) to pair and to veto."""

from __future__ import annotations

import re

from armsledger.extract.cue_rules import category_of, load_rules
from armsledger.extract.cues import Cue
from armsledger.extract.gazetteer import load_gazetteer
from armsledger.extract.patterns import RulePattern
from armsledger.extract.role_words import governed
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.language import ENGLISH
from armsledger.models import Stage

_UNNAMED_OBJECT = rule_table()["stage.unnamed_object"]
_UNNAMED_DIRECT_OBJECT = rule_table()["stage.unnamed_direct_object"]
_UNNAMED_SUBJECT = rule_table()["stage.unnamed_subject"]
# Kinds that arm or carry one another read as one kind for stage.unnamed_subject: "the
# missiles never arrived" may be a Patriot battery's own, "the vehicles" a self-propelled gun.
# A system named this near before the subject noun, or after it up to the cue, is the noun's
# own ("the missiles for its Su-30 jets"): the pairing decides (a noun phrase of ~6 words).
NAMED_NEAR_CHARS = 40
_SAME_KIND = (
    frozenset({"Missiles", "Air defence systems", "Artillery", "Naval weapons"}),
    frozenset({"Armoured vehicles", "Artillery", "Air defence systems"}),
)
_NEW_VERB_PHRASE = rule_table()["roles.new_verb_phrase"]
_PARTICIPLE_CLAUSE = rule_table()["text.participle_clause"]
_HEADLINE_COMMA = rule_table()["text.headline_comma"]
# How far into a participle clause its participle is read: a comma, a space and the word.
PARTICIPLE_CHARS = 24

_COMPOUND_STEP = frozenset(rule_table().by_id["text.compound_step"].words)

# Cue-system pairings the rules did not make are offered to the decider only this close (or in
# a run of systems each this close to the one before: in_reach).
UNPAIRED_REACH_CHARS = 150


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


def in_reach(cue: Cue, m: Mention, systems: list[Mention], cues: list[Cue], sentence: str) -> bool:
    """Is ``m`` near ``cue``, or after it in a run of systems each near the one before with no
    other cue between ("requested to buy 96 AH-64E helicopters; 245 engines; 1,844 Hellfire
    missiles; and 460 Stinger missiles": a long list is one object)? Items between that name
    no system (engines, sights) keep the run where each is near the one before it, split by
    semicolons as such a list is."""
    if gap(cue.start, cue.end, m) <= UNPAIRED_REACH_CHARS:
        return True
    if m.start < cue.end:
        return False
    at = cue.end
    for other in systems:
        if other.start < cue.end or other.start > m.start:
            continue
        far = other.start - at > UNPAIRED_REACH_CHARS and not _listed_items(sentence, at, other)
        if far or any(at <= c.start < other.start for c in cues if c is not cue):
            return False
        at = other.end
    return True


def _listed_items(sentence: str, at: int, other: Mention) -> bool:
    """Whether the words from ``at`` to ``other`` are whole items of a list split by semicolons,
    each near the next ("...; thirty engines (24 installed, 6 spares); forty sights; ...")."""
    items = sentence[at : other.start].split(";")
    return len(items) > 1 and all(len(item) <= UNPAIRED_REACH_CHARS for item in items)


def past_new_verb(sentence: str, cue: Cue, m: Mention, cues: list[Cue], lang: str) -> bool:
    """Whether ``m`` comes after ``cue`` past a new verb phrase that tells no step of its own
    ("dropped the Su-30 order and will now focus on the Gripen": roles.new_verb_phrase), so is
    that verb's object, no object of ``cue`` (English)."""
    if lang != ENGLISH or m.start < cue.end:
        return False
    found = _NEW_VERB_PHRASE.search(sentence, cue.end, m.start)
    return found is not None and not any(found.start() <= c.start < m.start for c in cues)


def left_in_earlier_phrase(sentence: str, mentions: list[Mention], cue: Cue, lang: str) -> bool:
    """Whether each of ``mentions`` is a preposition's object before a new verb phrase that
    opens before ``cue`` ("sold its jets to Romania and has since received F-35s": Romania is
    the first verb's, roles.new_verb_phrase; English)."""
    return (
        lang == ENGLISH
        and bool(mentions)
        and all(
            m.end <= cue.start
            and governed(sentence, m.start)
            and _NEW_VERB_PHRASE.search(sentence, m.end, cue.start) is not None
            for m in mentions
        )
    )


def gap(start: int, end: int, m: Mention) -> int:
    """Characters between a span and a mention (0 when they touch or overlap)."""
    return max(m.start - end, start - m.end, 0)


def object_of_other_kind(
    sentence: str, cue: Cue, system: Mention, systems: list[Mention], lang: str
) -> bool:
    """Whether ``cue`` takes an object the gazetteer does not name, of another kind than
    ``system`` ("After a deal for two radars in 2019, Peru ordered K9 howitzers"): the deal is
    the radars', no step of the howitzers (stage.unnamed_object; English). An object that names
    a system is the pairing's own business."""
    if lang != ENGLISH:
        return False
    obj = _UNNAMED_OBJECT.match(sentence, cue.end)
    if obj is None and system.start < cue.start:
        # a direct object tells another kind than a system before the verb; one after it
        # may be the object's own name in apposition ("producing the missile system, a
        # version of the Barak 8")
        obj = _direct_object(sentence, cue, len(sentence))
    if obj is None or any(cue.end <= m.start < obj.end() for m in systems):
        return False
    kind = category_of(obj.group(), load_rules(lang))
    own = _kind_of(system, lang)
    return kind is not None and own is not None and kind != own


def _direct_object(sentence: str, cue: Cue, end: int) -> re.Match[str] | None:
    """``cue``'s direct object the gazetteer does not name (stage.unnamed_direct_object), for
    a step of buying or selling: a verb of giving or arriving takes its receiver or its
    carrier right after it ("the CIA gave Afghan fighters ...", "arrived aboard a ship")."""
    if cue.stage == Stage.DELIVERY:
        return None
    return _UNNAMED_DIRECT_OBJECT.match(sentence, cue.end, end)


def has_unnamed_object(sentence: str, cue: Cue, end: int) -> bool:
    """Whether ``cue`` takes an object the gazetteer does not name before ``end`` (its
    clause's end): a deal or a noun for it ("signed a deal with Elbit for the Zorkan air
    defence system": stage.unnamed_object), or a direct object of a weapon's kind ("has bought
    patrol boats": stage.unnamed_direct_object). English."""
    if _UNNAMED_OBJECT.match(sentence, cue.end, end) is not None:
        return True
    direct = _direct_object(sentence, cue, end)
    return direct is not None and category_of(direct.group(), load_rules(ENGLISH)) is not None


def unnamed_subject_kind(
    sentence: str, cue: Cue, systems: list[Mention], clause: tuple[int, int], lang: str
) -> str | None:
    """The kind of ``cue``'s subject, right before it in its clause, where that subject is a
    noun the gazetteer does not name ("..., but the missiles meant for them never arrived":
    Missiles; stage.unnamed_subject; English), else None. Read once a cue."""
    if lang != ENGLISH or cue.start <= clause[0]:
        return None
    subject = _UNNAMED_SUBJECT.search(sentence[clause[0] : cue.start])
    if subject is None:
        return None
    lo = clause[0] + subject.start("noun")
    if any(lo - NAMED_NEAR_CHARS <= m.start < cue.start for m in systems):
        return None  # "the missiles for its Su-30 jets": a named system is the pairing's
    return category_of(subject.group("noun"), load_rules(lang))


def of_other_kind(kind: str | None, system: Mention, lang: str) -> bool:
    """Whether a subject of ``kind`` (``unnamed_subject_kind``) is of another kind than
    ``system``: its step is no step of the system."""
    own = _kind_of(system, lang)
    if kind is None or own is None:
        return False
    return kind != own and not any(kind in kinds and own in kinds for kinds in _SAME_KIND)


def _kind_of(system: Mention, lang: str) -> str | None:
    """The gazetteer's category of ``system``; None for a designation it lacks ("XB-2 anti-ship
    missiles": its kind is the noun after it, which an unnamed object or subject would be)."""
    family = load_gazetteer(lang).families.get(system.value)
    return None if family is None else family.category


def aside_of(sentence: str, at: int) -> tuple[int, int] | None:
    """Where the bracketed aside holding offset ``at`` opens and closes, if one does."""
    opening = sentence.rfind("(", 0, at)
    if opening < 0 or sentence.find(")", opening, at) >= 0:
        return None
    closing = sentence.find(")", at)
    return (opening, closing) if closing >= 0 else None


def opening_clauses(
    spans: list[tuple[int, int]], sentence: str, rule: RulePattern
) -> set[tuple[int, int]]:
    """The clauses ``rule`` matches at the start of."""
    return {span for span in spans if rule.match(sentence, span[0])}


def participle_phrases(
    spans: list[tuple[int, int]], sentence: str, cues: list[Cue]
) -> list[tuple[int, int]]:
    """The phrases whose verb is a participle telling no step ("..., suggesting F-16s
    instead": text.participle_clause), each up to the comma that may close it ("..., citing
    army sources, reported that ..."). English."""
    return [
        (a, b if (comma := sentence.find(",", a + 1, b)) < 0 else comma)
        for a, b in opening_clauses(spans, sentence, _PARTICIPLE_CLAUSE)
        if not any(a <= c.start < a + PARTICIPLE_CHARS for c in cues)
    ]


def headline_clauses(
    text: str, clauses: list[tuple[int, int]], cues: list[Cue], systems: list[Mention]
) -> list[tuple[int, int]]:
    """``clauses`` with a cut at each headline comma that has a cue and a system on both sides
    ("Rafale jets land in Greece, Gripen deal expected"), the right side ending at the next
    comma or clause; a comma in a list of systems ("orders K2, K9 and FA-50") has no cue of its
    own on the right, and stays."""
    cuts = [a for a, _ in clauses]
    for m in _HEADLINE_COMMA.finditer(text):
        at = m.start()
        lo = max((c for c in cuts if c <= at), default=0)
        hi = min((c for c in cuts if c > at), default=len(text))
        comma = text.find(",", at + 1)
        if comma != -1:
            hi = min(hi, comma)
        if _step_between(cues, systems, lo, at) and _step_between(cues, systems, at, hi):
            cuts = sorted({*cuts, at})
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True) if b > a]


def _step_between(cues: list[Cue], systems: list[Mention], lo: int, hi: int) -> bool:
    return any(lo <= c.start < hi for c in cues) and any(lo <= m.start < hi for m in systems)


def compound_owners(sentence: str, cues: list[Cue], systems: list[Mention]) -> dict[int, set[str]]:
    """The systems named right before a step noun, by the noun cue's start ("a record Rafale
    order": the order is the Rafale's; text.compound_step). English."""
    out: dict[int, set[str]] = {}
    for c in cues:
        if sentence[c.start : c.end].lower() in _COMPOUND_STEP:
            own = {m.value for m in systems if 0 <= c.start - m.end <= 1}
            if own:
                out[c.start] = own
    return out
