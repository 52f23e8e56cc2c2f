"""Layer 3, cues and predications: the stage cues of a sentence ("delivered", "the contract"),
the systems they speak of (named, or referred to: "the jets", "the deal"), its clauses, and
which cue predicates which system. The rules' own pairing is each cue with the nearest system
of its clause and the systems listed with it; every other pairing in reach is kept aside for
a learned decider."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract.bystanders import avoided_spans, inside, person_arrives
from armsledger.extract.bystanders import carriers as carriers_of
from armsledger.extract.clause_steps import (
    aside_of,
    compound_owners,
    has_unnamed_object,
    headline_clauses,
    homed,
    in_reach,
    in_reason_clause,
    object_of_other_kind,
    of_other_kind,
    opening_clauses,
    participle_phrases,
    past_new_verb,
    unnamed_subject_kind,
)
from armsledger.extract.conjuncts import (
    across_break,
    later_conjunct,
    other_conjunct,
    strong_breaks,
)
from armsledger.extract.cue_pairing import pair_cues
from armsledger.extract.cues import HALTS, Cue, find_cues
from armsledger.extract.gazetteer import SYSTEM
from armsledger.extract.packages import note_package, package_of
from armsledger.extract.record import Document, Focus, Sentence
from armsledger.extract.references import cataphor, heads_background, opening_deal, references
from armsledger.extract.relative_clauses import relative_verbs
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_bounds, clause_of
from armsledger.extract.system_lists import (
    first_object,
    listed_with,
)
from armsledger.language import ENGLISH
from armsledger.models import Stage

_TABLE = rule_table()
_REASON_CLAUSE = _TABLE["text.reason_clause"]
_CONCESSION_CLAUSE = _TABLE["text.concession_clause"]
_PURPOSE_BETWEEN = _TABLE["text.purpose_between"]
_NEW_SUBJECT_CLAUSE = _TABLE["text.new_subject_clause"]
_TIME_CLAUSE = _TABLE["text.time_clause"]
# Cue-system pairings the rules did not make are offered to the decider only this many a
# sentence (and only in reach: clause_steps.in_reach): a list sentence holds a few; a run-on
# text of hundreds of cues and systems must not make their product (the robustness suite's
# slow texts).
MAX_UNPAIRED = 12
_SUBORDINATE_TOPIC = _TABLE["nouns.subordinate_topic"]
TOPIC_CHARS = 40


def find(doc: Document, sent: Sentence) -> bool:
    """Fill the sentence's cues, clauses and pairings; False when it predicates nothing."""
    rules, focus = doc.rules, doc.focus
    text = sent.text
    if not sent.systems and sent.parties and doc.lang == ENGLISH:
        note_package(focus, sent)
    # Most sentences name no system and refer to none: skip them before any costly rule.
    if not sent.systems and not (
        (
            rules.reference_nouns.search(text)
            or any(rule.search(text) for rule, _ in rules.standing_objects)
            or rules.step_subject.match(text)
            or rules.elliptic_subject.match(text)
        )
        if focus.system is not None
        else rules.any_category_noun.search(text)
    ):
        return False
    sent.cues = find_cues(text, rules)
    if any(c.borrows for c in sent.cues):
        # The approval and its contents in one sentence ("approved a possible $2 billion
        # package for Taiwan that includes three NASAMS") take the approval's step; else the
        # step of a package told before, or of the article's last claim.
        package = package_of(sent) if sent.systems and doc.lang == ENGLISH else None
        stage = package[1] if package is not None else focus.package or focus.stage
        if stage is not None:
            sent.cues = [replace(c, stage=stage) if c.borrows else c for c in sent.cues]
    if not sent.cues:
        _keep_in_focus(focus, sent)
        return False
    if sent.systems and (deal := opening_deal(sent, focus, rules.lang)) is not None:
        # "The order ends decades of reliance on MiG-29s": the deal told
        # before, no step of the systems this sentence names in passing.
        sent.cues = [c for c in sent.cues if not deal[0] <= c.start < deal[1]]
    if not sent.systems:
        if focus.system is not None:
            sent.systems = references(doc, sent, focus)
        else:
            value, spans = cataphor(text, rules, doc.gaz, doc.systems)
            spans = [(a, b) for a, b in spans if not heads_background(sent, a, b)]
            sent.systems = [Mention(a, b, SYSTEM, value, None) for a, b in spans]
        sent.referenced = bool(sent.systems)
    sent.clauses = clause_bounds(text, rules.lang)
    if sent.is_headline and rules.lang == ENGLISH:
        sent.clauses = headline_clauses(text, sent.clauses, sent.cues, sent.systems)
    if sent.referenced:
        # The reference itself ("the order's fulfilment") is no predication when
        # something else in the sentence predicates ("The deliveries will be made" is one).
        ref = sent.systems[0]
        # Russian "Согласно действующему соглашению, поставки будут ...": a cue that fixes
        # its own factuality (the contract is in force) predicates even as a reference.
        others = [
            c
            for c in sent.cues
            if c.end <= ref.start
            or c.start >= ref.end
            # a verb taking the reference as its object ("подписала контракт на 36 машин")
            or c.start < ref.start
            or (rules.lang != ENGLISH and c.factuality is not None)
        ]
        # Russian: only a predication of the reference's own clause does ("Передача фрегатов
        # ожидается в 2024 году, хотя сроки переносились" keeps the delivery; the halt is
        # another clause's). English keeps any (cross-validated: the clause test cost 0.003).
        lo, hi = clause_of(sent.clauses, ref.start)
        if rules.lang == ENGLISH or any(lo <= c.start < hi for c in others):
            sent.cues = others or sent.cues
    sent.relative_verbs = relative_verbs(doc, sent)
    pair(sent, rules.lang)
    _keep_in_focus(focus, sent)
    if sent.explicit and sent.pairs:
        # Only a system told in a step ("its F-16 fleet" in passing is no topic to go on with).
        # Not one named only in a clause of time after the main step ("... as a stopgap
        # until the Rafales arrive": nouns.subordinate_topic).
        named = {m.start for m in sent.explicit if not _subordinate(sent.text, m)}
        paired = [(c, m) for c, m in sent.pairs if m.start in named]
        focus.last_named = (
            sent.offset + len(text),
            tuple(dict.fromkeys(m.value for _, m in paired)),
        )
        focus.last_deals = tuple(
            dict.fromkeys(m.value for c, m in paired if c.stage is Stage.AGREEMENT)
        )
    return bool(sent.pairs or sent.unpaired)


def pair(sent: Sentence, lang: str) -> None:
    """The rules' pairings and the others in reach, for the sentence's current cues."""
    carriers = carriers_of(sent.text, sent.systems, lang)
    sent.pairs = pair_cues(
        sent.text,
        sent.cues,
        sent.systems,
        sent.clauses,
        sent.referenced,
        lang,
        sent.is_headline,
        carriers,
        sent.relative_verbs,
    )
    sent.unpaired, sent.vetoed = _unpaired(
        sent.text,
        sent.cues,
        sent.systems,
        sent.pairs,
        lang,
        sent.clauses,
        headline=sent.is_headline,
        carriers=carriers,
        relatives=sent.relative_verbs,
    )


def _subordinate(text: str, m: Mention) -> bool:
    return _SUBORDINATE_TOPIC.search(text[max(0, m.start - TOPIC_CHARS) : m.start]) is not None


def _keep_in_focus(focus: Focus, sent: Sentence) -> None:
    if sent.explicit:
        focus.system = sent.explicit[-1]
        focus.recent.extend(m.value for m in sent.explicit)


def _unpaired(
    sentence: str,
    cues: list[Cue],
    systems: list[Mention],
    pairs: list[tuple[Cue, Mention]],
    lang: str = ENGLISH,
    clauses: list[tuple[int, int]] | None = None,
    *,
    headline: bool = False,
    carriers: frozenset[int] = frozenset(),
    relatives: dict[int, int] | None = None,
) -> tuple[list[tuple[Cue, Mention]], set[tuple[int, int]]]:
    # Every other cue-system pairing of the sentence is a candidate the rules did not make:
    # a learned decider may still take it ("includes 114 Patriot missiles, 60 Black Hawks").
    # Those that are another system's step (below) are offered too, so that a scorer is fitted
    # on the same candidates, but vetoed: no decider makes a claim of them.
    paired = {(c.start, m.start) for c, m in pairs}
    paired_at: dict[int, list[int]] = {}  # each cue's systems, by start
    own_stages: dict[int, set[Stage]] = {}  # each system's stages, by start
    paired_values: dict[int, set[str]] = {}  # each cue's systems, by family
    for c, m in pairs:
        paired_at.setdefault(c.start, []).append(m.start)
        paired_values.setdefault(c.start, set()).add(m.value)
        own_stages.setdefault(m.start, set()).add(c.stage)
    # Each clause of a headline keeps its own step ("Turkey takes delivery of S-400 while F-35
    # deal collapses"): a cue the rules paired with a system of its own clause is no step of a
    # system in another clause that has a step of its own there. (In the body, where clauses
    # run longer, the rules' pairing within a clause is less sure: "ordered MiG-29s, but
    # refused further deliveries ... and supplied Su-30s" refuses the MiG-29s.)
    spans = clauses or []
    at_home = homed(pairs, spans) if spans and headline else (set(), set())
    # Clauses giving a reason ("... as Brussels awaits its own F-35s": text.reason_clause) or
    # a concession ("..., although its army flies Chinese drones": text.concession_clause),
    # read once a sentence.
    reasons = opening_clauses(spans, sentence, _REASON_CLAUSE) | opening_clauses(
        spans, sentence, _CONCESSION_CLAUSE
    )
    # Where the sentence's semicolons and colons stand (text.strong_break), read once.
    breaks = strong_breaks(sentence)
    # Clauses with a subject of their own ("..., and the United States approved ..."), and
    # those of them set in time ("..., after Germany deployed Patriot batteries to Slovakia":
    # text.time_clause): English.
    english = lang == ENGLISH
    fresh = opening_clauses(spans, sentence, _NEW_SUBJECT_CLAUSE) if english else set()
    timed = opening_clauses(spans, sentence, _TIME_CLAUSE) if english else set()
    participial = participle_phrases(spans, sentence, cues) if english else []
    out: list[tuple[Cue, Mention]] = []
    vetoed: set[tuple[int, int]] = set()
    avoided = avoided_spans(sentence, lang)
    # Each cue's own object, read once: "exercised an option for 12 Rafale fighters and signed
    # a letter of intent for 490 VBCI vehicles" gives each step its own system only.
    objects = {
        c.start: _governed(sentence, c, systems, cues, lang, "stage.governed_object") for c in cues
    }
    compounds = compound_owners(sentence, cues, systems) if english else {}
    for c in cues:
        # A cue that names its own system ("removing Turkey from the F-35 programme") speaks
        # of that one only; one that takes a system as its object ("the F-35 programme, after
        # the delivery of the S-400") speaks of no system named before it.
        own = {m.value for m in systems if c.start <= m.start and m.end <= c.end}
        own |= compounds.get(c.start, set())  # "a record Rafale order": text.compound_step
        if c.stage in HALTS:
            # A halt right after a designation ("after F-35 exit", "the K2 delay") is that
            # system's own, as a name inside the cue is.
            own |= {m.value for m in systems if 0 <= c.start - m.end <= 1}
        governed = objects[c.start]
        others_objects = (
            {v for k, vs in objects.items() if k != c.start for v in vs} if governed else set()
        )
        # One that takes a system as its direct object ("and is considering supplying Exocet
        # missiles") is not the step of a system the rules gave a step of another stage
        # ("France will deliver VAB carriers").
        direct = governed or _governed(sentence, c, systems, cues, lang, "stage.direct_object")
        aside = aside_of(sentence, c.start)
        visit = person_arrives(sentence, c, systems, spans, lang)
        subject_kind = (
            unnamed_subject_kind(sentence, c, systems, clause_of(spans, c.start), lang)
            if spans
            else None
        )
        for m in systems:
            if own and m.value not in own:
                continue
            if (c.start, m.start) in paired or not in_reach(c, m, systems, cues, sentence):
                continue
            if past_new_verb(sentence, c, m, cues, lang):
                continue
            out.append((c, m))
            stages = own_stages.get(m.start)
            # English "Finland will provide NASAMS, while Sweden will provide RBS 70": a
            # system with a step of its own is not the object of another one's verb, whatever
            # its stage (that verb's subject would be read as its party).
            if (
                (
                    c.start in at_home[0]
                    and m.start in at_home[1]
                    and clause_of(spans, c.start) != clause_of(spans, m.start)
                )
                or (governed and m.start < c.start and m.value not in governed)
                # nor that of a system another step takes as its own object, where this step
                # has one of its own
                or (governed and m.value not in governed and m.value in others_objects)
                # nor that of a system another step noun names as its own ("halts Gripen talks
                # a week after its Rafale order")
                or (
                    (governed or c.start in paired_at)
                    and any(m.value in v for k, v in compounds.items() if k != c.start)
                )
                # a bracketed aside's step is not that of a system after the aside
                or (aside is not None and m.start > aside[1])
                # nor is a new predicate's step ("and signed a contract for the Barak MX")
                # that of a system of the conjunct before, where it has one of its own
                or other_conjunct(sentence, cues, m, c, paired_at.get(c.start, ()))
                # nor is a step the rules gave a system of its own that of a system past a
                # later predicate with its own verb ("abandoned plans to buy Su-35 jets and
                # will focus instead on acquiring Rafales")
                or (c.start in paired_at and later_conjunct(sentence, cues, c, m, paired))
                # nor one past a semicolon or colon the cue's own systems are not past
                or across_break(breaks, len(sentence), c, m, paired_at.get(c.start, ()), cues)
                # nor is a cue's step that of a system in a reason clause of its own ("...
                # pushed back to 2026 as Brussels awaits the arrival of its own F-35s")
                or in_reason_clause(spans, reasons, c.start, m.start)
                # nor that of one a participle telling no step takes as its object
                or any(a <= m.start < b and not a <= c.start < b for a, b in participial)
                # nor is a step told in such a clause that of a system outside it ("expects
                # a Swedish C-390 contract as European orders build")
                or in_reason_clause(spans, reasons, m.start, c.start)
                # nor is a step with a system of its own that of a system the rules gave
                # another step of this stage ("NASAMS arrive in Kyiv, Aspide systems expected
                # to arrive next month": the NASAMS are not expected)
                # (or, paired with none, told in a clause before the system's: "the Yak-130s
                # have been delivered, while the Su-35s would follow")
                or (
                    stages
                    and c.stage in stages
                    and (c.start in paired_at or c.end <= clause_of(spans, m.start)[0])
                )
                or m.start in carriers
                # nor is a person's arrival ("after Lula arrived in Paris") a delivery
                or visit
                # nor is a step whose subject is a noun of another kind ("..., but the
                # missiles meant for them never arrived") that of the system
                or of_other_kind(subject_kind, m, lang)
                # or whose object is one ("and then bought six patrol boats from Ankara"), for a
                # system before it (one after it may be the object's list: "ordered two dozen
                # jets along with one FREMM frigate")
                or (m.start < c.start and object_of_other_kind(sentence, c, m, systems, lang))
                or inside(avoided, m.start) != inside(avoided, c.start)
                # nor is a step whose own system the rules found that of another system in a
                # later clause with its own subject: one told with a step of its own there
                # ("Indonesia signed a deal for Rafale jets, and the United States approved a
                # sale of F-15s"), or any in a clause set in time, whose verb tells what befell
                # it ("gave Ukraine its only S-300, after Germany deployed Patriot batteries")
                or (
                    c.start in paired_at
                    and m.value not in paired_values[c.start]
                    and m.start > c.end
                    and (
                        (stages and in_reason_clause(spans, fresh, c.start, m.start))
                        or in_reason_clause(spans, timed, c.start, m.start)
                    )
                )
                # nor one past a purpose phrase ("... so that pilots train on the F-16")
                or (
                    c.start in paired_at
                    and m.value not in paired_values[c.start]
                    and m.start > c.end
                    and _PURPOSE_BETWEEN.search(sentence, c.end, m.start) is not None
                )
                # nor is the verb of a relative clause telling another system's transfer
                # ("will replace the F-16s Romania has been buying") a step of this one
                or (relatives is not None and relatives.get(c.start, m.start) != m.start)
                # nor is a step with an object the gazetteer does not name ("signed a deal
                # for the Barak MX air defence system") that of a system of a later clause
                # with a step of its own ("..., and received TB2 drones")
                or (
                    stages
                    and lang == ENGLISH
                    and m.start >= clause_of(spans, c.start)[1]
                    and has_unnamed_object(sentence, c, clause_of(spans, c.start)[1])
                )
                or (
                    direct
                    and stages
                    and (c.stage not in stages or lang == ENGLISH)
                    and m.value not in direct
                )
            ):
                vetoed.add((c.start, m.start))
            if len(out) == MAX_UNPAIRED:
                return out, vetoed
    return out, vetoed


def _governed(
    sentence: str, cue: Cue, systems: list[Mention], cues: list[Cue], lang: str, rule: str
) -> set[str]:
    """The system a step takes as its object by ``rule`` ("stage.governed_object": "the
    purchase of the Su-35"), with the systems listed with it; empty when it takes none."""
    first = first_object(sentence, cue, systems, _TABLE.pick(rule, lang))
    if first is None:
        return set()
    return {first.value} | {m.value for m in listed_with(sentence, first, systems, cues, lang)}
