"""The rules' own pairing of a sentence's cues with its systems (layer 3, ``predications``):
each cue predicates the nearest system of its clause and the systems listed with it, or, in a
clause naming none, the sentence's nearest named one where the clause speaks of one."""

from __future__ import annotations

from armsledger.extract.bystanders import avoided_spans, inside
from armsledger.extract.clause_steps import (
    aside_of,
    gap,
    has_unnamed_object,
    object_of_other_kind,
    of_other_kind,
    step_in,
    unnamed_subject_kind,
)
from armsledger.extract.conjuncts import verb_conjunct
from armsledger.extract.cues import Cue
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.extract.system_lists import governed_after, listed_with, object_after
from armsledger.language import ENGLISH, LANGUAGES

_TABLE = rule_table()
# What makes a clause speak of a system it does not name, per language: a noun for it ("the
# jets") or a relative pointing back ("of which").
_REFERENCE_WORDS = {
    lang: (
        _TABLE.pick("nouns.mention", lang),
        _TABLE.pick("nouns.relative_of", lang),
        _TABLE.pick("nouns.elided_object", lang),
    )
    for lang in LANGUAGES
}
# "Перу отказалось от М777 и закупит южнокорейские гаубицы K9": a system the cue's conjunction
# leaves behind, and the system the cue takes as its object after it.
_PREVIOUS_CONJUNCT = {lang: _TABLE.pick("stage.previous_conjunct", lang) for lang in LANGUAGES}
_ELIDED = {lang: _TABLE.pick("roles.elided", lang) for lang in LANGUAGES}


def pair_cues(
    sentence: str,
    cues: list[Cue],
    systems: list[Mention],
    clauses: list[tuple[int, int]],
    referenced: bool,
    lang: str = ENGLISH,
    headline: bool = False,
    carriers: frozenset[int] = frozenset(),
    relatives: dict[int, int] | None = None,
) -> list[tuple[Cue, Mention]]:
    """Each cue predicates the nearest system of its clause, and the systems coordinated with
    it ("VAB carriers and 6 Caesar howitzers"); a cue in a clause naming no system
    ("..., adding that the supply deal stands") goes to the sentence's nearest named one.
    """
    pairs: list[tuple[Cue, Mention]] = []
    relatives = relatives or {}
    avoided = avoided_spans(sentence, lang)
    for cue in cues:
        clause = clause_of(clauses, cue.start)
        local = [m for m in systems if clause[0] <= m.start < clause[1]]
        if not local:
            # A clause naming no system speaks of one only as an elided subject ("... but was
            # postponed") or through a reference ("..., adding that the supply deal stands").
            text = sentence[clause[0] : clause[1]]
            if not systems or not (
                _ELIDED[lang].match(text) or (not referenced and _has_reference(text, lang))
            ):
                continue
            local = systems
            if lang == ENGLISH and has_unnamed_object(sentence, cue, clause[1]):
                # A cue with an object the gazetteer does not name ("ordered a new Ruritanian
                # radar, and took Gripen jets"): not the step of a
                # system of a later clause with a step of its own.
                local = [
                    m
                    for m in systems
                    if m.start < clause[0] or not step_in(cues, cue, clause_of(clauses, m.start))
                ]
                if not local:
                    continue
        if avoided:
            # A system named in a purpose to avoid is no item of a step outside it.
            local = [m for m in local if inside(avoided, m.start) == inside(avoided, cue.start)]
            if not local:
                continue
        if carriers:
            # The transport that carried the cargo is no item of the step.
            local = [m for m in local if m.start not in carriers]
            if not local:
                continue
        aside = aside_of(sentence, cue.start)
        if aside is not None:
            # A cue in a bracketed aside ("took six Mi-26 (another eight are due for
            # delivery), a batch of ...") speaks of what the aside follows.
            local = [m for m in local if m.end <= aside[0]] or local
        target = min(local, key=lambda m: gap(cue.start, cue.end, m))
        if object_of_other_kind(sentence, cue, target, systems, lang):
            continue
        subject_kind = unnamed_subject_kind(sentence, cue, systems, clause, lang)
        if of_other_kind(subject_kind, target, lang):
            continue
        if target.end <= cue.start and _PREVIOUS_CONJUNCT[lang].match(sentence, target.end):
            # The nearer system belongs to the conjunct before the cue's: the cue's own object
            # after it is its system.
            target = object_after(sentence, cue, local, lang) or target
        elif target.end <= cue.start and (opener := verb_conjunct(sentence, cues, target, cue)):
            # "... received TB2 drones from Turkey and signed a contract with IAI for the Barak
            # MX": the system before the new predicate is the conjunct before's; the cue's is
            # the first one after the predicate's verb, where its clause names one.
            after = [m for m in local if m.start >= opener]
            target = min(after, key=lambda m: gap(cue.start, cue.end, m)) if after else target
        elif target.end <= cue.start:
            # A step noun's object after it is its system, however near one before it stands
            # ("J-10C станут ответом на закупку Индией французских Rafale", "the F-35s
            # will answer the purchase of Rafale jets").
            target = governed_after(sentence, cue, local, lang) or target
        pairs.append((cue, target))
        listed = listed_with(sentence, target, systems, cues, lang)
        if relatives.get(cue.start) == target.start:
            # A relative clause's verb tells its antecedent's transfer, not that of systems
            # set beside it before a comma ("flies US-made F-16s, alongside MiG-29s that
            # Russia delivered"); "MiG-29 and Su-25 aircraft acquired from Belarus" are both.
            listed = [
                o
                for o in listed
                if o.start > target.start or "," not in sentence[o.end : target.start]
            ]
        # "both systems" stands for each of them at one span (nouns.both_of)
        listed += [
            o for o in systems if o is not target and o.start == target.start and o not in listed
        ]
        # A headline's list stays in its clause ("Morocco orders Caesar howitzers, Apache
        # deliveries complete": the comma opens the next step's clause). In the body a list
        # may run on past a clause break, but not into a clause with a step of its own
        # ("took delivery of two FREMM frigates, and four Gowind corvettes will be
        # delivered by 2027": the corvettes are the subject of their own step).
        home = clause_of(clauses, target.start)
        pairs += [
            (cue, o)
            for o in listed
            if (aside is None or o.end <= aside[0])
            and (
                (where := clause_of(clauses, o.start)) == home
                or not (headline or step_in(cues, cue, where))
            )
        ]
    return pairs


def _has_reference(text: str, lang: str = ENGLISH) -> bool:
    return any(p.search(text) is not None for p in _REFERENCE_WORDS[lang])
