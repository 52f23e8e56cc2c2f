"""Layer 7, time, across sentences: dates an undated claim borrows from the article's other
sentences. A claim still undated takes the date of its step told for another system in the
sentence right before, else what the dates the article gives its step between the same two
parties in sentences that name no system agree on, else the date of its step told again with
fewer parties or none, right after the sentence that told it of one system ("Nigeria received
the first A-29s. The aircraft arrived on Thursday."). The sentence right after an undated
claim's is read for this even when it names no system nor a reference noun ("The handover took
place on Monday."). A claim dated by month or year only takes the day the sentence right after
one of its undated mentions gives its step inside that month or year ("has received the first
frigate. The handover took place on 14 March." ... "delivered in March 2024"); an undated one
also takes the date of its step told in the sentence right before ("The deal was signed in
December. Under it, Germany sold ..."). Split from ``timing``, which dates each sentence's own
steps."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract.cues import factuality_of, find_cues
from armsledger.extract.gazetteer import MEDIA, SYSTEM
from armsledger.extract.record import Document, Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.sentences import clause_bounds, clause_of
from armsledger.extract.time_bounds import too_late
from armsledger.extract.timex import UNDATING, agreed, find_timexes_in_span, has_timex
from armsledger.extract.timing import (
    ADJACENT_CHARS,
    _attribution,
    _own_date,
    _speech_verb,
)
from armsledger.language import ENGLISH
from armsledger.models import Claim

# The lead: where news writing tells the story and the day it happened (its sentences:
# timing.LEAD_SENTENCES). 400, 600 and 1,000 dated the same study claims; 600 hold a headline,
# a dateline and two sentences.
LEAD_CHARS = 600
LEAD_DAY_KINDS = ("weekday", "deictic")


def note_dated_steps(doc: Document, sent: Sentence) -> None:
    """Keep the dated steps of a sentence that makes no claim ("Egypt signed the deal for the
    jets in May", "the two boats arrived on Monday"): the system goes unnamed, but the article's
    undated claim of that step between the parties it names, or the step it refers back to,
    may take the date (lend_dates)."""
    if doc.lang != ENGLISH:
        return
    if any(m.kind == SYSTEM for m in sent.mentions):
        return  # its step is that system's
    doc.step_sentences.append((sent, doc.focus.last_source))


def _read_dated_steps(doc: Document) -> None:
    """note_dated_steps' sentences read, once, when a claim is left undated."""
    for sent, last_source in doc.step_sentences:
        _read_dated_step(doc, sent, last_source)
    doc.step_sentences = []


def _read_dated_step(doc: Document, sent: Sentence, last_source: str | None) -> None:
    text = sent.text
    if not has_timex(text, doc.lang):
        return  # no date to lend: its cues' factuality and attribution are not read
    cues = sent.cues or find_cues(text, doc.rules)
    if not cues:
        return
    clauses = sent.clauses or clause_bounds(text, doc.lang)
    # The attribution only tells a report date ("said on Friday") from the step's own; it is
    # read, not kept (the sources layer keeps who spoke last).
    said = _speech_verb(text, _attribution(doc, sent, text, last_source), doc.lang)
    # A step the sentence made claims of ("Poland, which ordered 212 of the howitzers in 2022")
    # is dated there, between its own parties: it lends its date to no other pair.
    told = {c.stage for c in doc.claims if c.evidence.start == sent.offset}
    for cue in cues:
        if cue.stage in told:
            continue
        clause = clause_of(clauses, cue.start)
        fact = factuality_of(text, cue, clause, doc.rules, cues, is_headline=sent.is_headline)
        when = _own_date(text, cue, cues, clauses, fact, said, doc.anchor, doc.lang)
        # The parties of the step's own clause: one a later clause names ("..., which has been
        # arming since Russia's invasion") is no party of it.
        own = frozenset(
            p
            for m in sent.parties
            if (p := m.party) is not None and clause[0] <= m.start < clause[1]
        )
        if when is not None and not too_late(when, fact, doc.anchor):
            doc.dated_steps.append((cue.stage, fact, own, when, sent.offset))


def _note_follow_ups(doc: Document, claims: list[Claim]) -> None:
    """The sentence right after an undated claim's, when the segment layer did not read it (it
    names no system nor a reference noun: "The handover took place on Monday at Rzeszow.",
    "The first three arrived on 12 March."), is noted like a step sentence: it goes on with
    the story of the sentence before, so its dated step of the claim's stage may date the
    claim (``lend_dates`` asks that the sentence before told that step of one system only)."""
    if doc.lang != ENGLISH:
        return
    noted = {sent.offset for sent, _ in doc.step_sentences}
    for c in claims:
        if not _may_borrow(c):
            continue
        gap = doc.text[c.evidence.end : c.evidence.end + ADJACENT_CHARS + 1]
        start = c.evidence.end + len(gap) - len(gap.lstrip())
        if start - c.evidence.end > ADJACENT_CHARS or start >= len(doc.text):
            continue
        span = doc.index().around(start)
        if span is None or span[0] != start or span[0] in noted:
            continue
        s, e = span
        local = [
            Mention(m.start - s, m.end - s, m.kind, m.value, m.code)
            for m in doc.mentions
            if s <= m.start and m.end <= e
        ]
        if any(m.kind == SYSTEM for m in local):
            continue  # read by the segment layer: its step is that system's
        sent = Sentence(doc.text[s:e], s, False, local)
        sent.parties = [m for m in local if m.party is not None and m.kind != MEDIA]
        noted.add(s)
        doc.step_sentences.append((sent, doc.focus.last_source))


def _shared(dates: set[str]) -> str | None:
    """What the dates agree on ("2022-07", "2022-08-26" -> "2022"), else None."""
    common: str | None = min(dates)
    for value in dates:
        common = agreed(common, value)
    return common


def lend_dates(doc: Document, claims: list[Claim]) -> list[Claim]:
    """An undated claim takes the date of the article's one dated step of its stage and
    factuality, told in a sentence without a system, whose named parties are the claim's
    supplier and recipient (none other) in the step's clause: the deal "signed on July 13" by
    the two states is the one the article names elsewhere. Several dates for such steps of one
    year lend the earliest ("a framework deal in July", "contracts signed on August 26": July;
    English CV `when` 0.8174 -> 0.8219), of several years none."""
    claims = _lend_from_previous(doc, claims)
    # The undated mentions of a claim that a later one dated by month or year only: the
    # sentence right after one may give the day ("has received the first frigate. The
    # handover took place on 14 March." ... "delivered in March 2024").
    coarse = {_key(c) for c in claims if _may_refine(c)}
    mentions = [o for o in doc.claims if _key(o) in coarse and _may_borrow(o)]
    if any(_may_borrow(c) for c in claims) or mentions:
        _note_follow_ups(doc, [*claims, *mentions])
        _read_dated_steps(doc)
    if not doc.dated_steps:
        return _lead_day(doc, claims)
    claims = [_refined(doc, c, mentions) if _key(c) in coarse else c for c in claims]
    lent = []
    for c in claims:
        if _may_borrow(c):
            pair = {c.supplier, c.recipient}
            key = _key(c)
            steps = [s for s in doc.dated_steps if s[0] is c.stage and s[1] is c.factuality]
            dates = {when for _s, _f, parties, when, _o in steps if parties == pair}
            if not dates and _no_date_of_its_own(doc, c):
                # Fewer parties named, or none ("the aircraft arrived on Thursday"): the step
                # told is the one the article last told of one system before it.
                dates = {
                    when
                    for _s, _f, parties, when, offset in steps
                    if parties <= pair and key in _antecedents(doc, c, offset)
                }
            if not dates and _no_date_of_its_own(doc, c):
                # The step told, dated, in the sentence right before, with no party but the
                # claim's ("The deal was signed in December. Under it, Spain sold ..."): the
                # claim's sentence goes on with that step.
                dates = {
                    when
                    for _s, _f, parties, when, offset in steps
                    if parties <= pair and _right_before(doc, offset, c.evidence.start)
                }
            if dates and _shared(dates) is not None:
                # Dates of one year: the earliest, where the step began ("a framework deal in
                # July", "contracts signed on August 26": July), as a range is read by its start.
                c = replace(c, when=min(dates))
        lent.append(c)
    return _lead_day(doc, lent)


def _lead_day(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A delivery the article's lead tells as just done and leaves undated ("Serbia has
    received four more MiG-29s") happened on the day the lead gives the story ("at a ceremony
    on Monday", "the ministry announced the arrival yesterday"): the first day the article's
    first LEAD_CHARS name from its own date (a weekday, "yesterday", "today")."""
    if doc.anchor is None or not doc.just_done:
        return claims
    lead = doc.text[:LEAD_CHARS]
    days = [
        t.value
        for t in find_timexes_in_span(lead, doc.anchor, lang=doc.lang)
        if t.kind in LEAD_DAY_KINDS and t.value and len(t.value) == len("2024-03-14")
    ]
    if not days:
        return claims
    return [
        replace(c, when=days[0])
        if c.when is None
        and (c.evidence.start, c.system, c.stage, c.factuality) in doc.just_done
        and _no_date_of_its_own(doc, c)
        else c
        for c in claims
    ]


def _may_refine(c: Claim) -> bool:
    return (
        c.when is not None
        and len(c.when) < len("2024-03-14")
        and bool(c.supplier and c.recipient)
        and c.supplier != c.recipient
    )


def _refined(doc: Document, c: Claim, mentions: list[Claim]) -> Claim:
    """``c`` with the finer date of its step (stage, factuality) told, with no party but its
    own, in the sentence right after one of its undated mentions, when that date lies inside
    the one it has ("2024-03" -> "2024-03-14"): the same step, told more precisely."""
    ends = [o.evidence.end for o in mentions if _key(o) == _key(c)]
    pair = {c.supplier, c.recipient}
    finer = {
        when
        for stage, fact, parties, when, offset in doc.dated_steps
        if stage is c.stage
        and fact is c.factuality
        and parties <= pair
        and when.startswith(f"{c.when}-")
        and any(0 <= offset - end <= ADJACENT_CHARS for end in ends)
    }
    return replace(c, when=finer.pop()) if len(finer) == 1 else c


def _right_before(doc: Document, offset: int, start: int) -> bool:
    """Does the sentence at ``offset`` end right before ``start`` (a paragraph break at most)?"""
    if not 0 <= offset < start:
        return False
    span = doc.index().around(offset)
    return span is not None and 0 <= start - span[1] <= ADJACENT_CHARS


def _no_date_of_its_own(doc: Document, c: Claim) -> bool:
    """The claim's sentence gives no date the article's date cannot resolve ("approved the
    deal Thursday" in an undated page): else the step has a date of its own, unknown."""
    own = find_timexes_in_span(c.evidence.text, doc.anchor, lang=doc.lang)
    return all(t.value or t.kind in UNDATING for t in own)


def _key(c: Claim) -> tuple[object, ...]:
    return (c.system, c.supplier, c.recipient, c.stage, c.factuality)


def _antecedents(doc: Document, c: Claim, offset: int) -> set[tuple[object, ...]]:
    """The keys of the last sentence before ``offset`` that made claims of ``c``'s stage and
    factuality, when they are all of one system (a step told without its system refers back to
    it: "Nigeria received the first A-29s. The aircraft arrived on Thursday."), else none."""
    before = [
        o
        for o in doc.claims
        if o.stage is c.stage and o.factuality is c.factuality and o.evidence.end <= offset
    ]
    if not before:
        return set()
    last = max(o.evidence.start for o in before)
    keys = {_key(o) for o in before if o.evidence.start == last}
    return keys if len({k[0] for k in keys}) == 1 else set()


def _may_borrow(c: Claim) -> bool:
    return c.when is None and bool(c.supplier and c.recipient) and c.supplier != c.recipient


def _lend_from_previous(doc: Document, claims: list[Claim]) -> list[Claim]:
    """An undated claim takes the date of the step of its stage, factuality and parties told
    for another system in the sentence right before it ("Brazil on Tuesday signed contracts
    for 50 helicopters and five submarines from France. The submarine deal covers four
    Scorpene boats."): the next sentence details that deal. Not when its own sentence gives a
    date the article's date cannot resolve ("signed on October 29 this year", undated page):
    then the step has a date of its own, unknown."""
    if doc.lang != ENGLISH:
        return claims  # Russian dating is tuned on its own sets
    out = []
    for c in claims:
        if c.when is None and c.supplier and c.recipient:
            before = {
                o.when
                for o in doc.claims
                if o.when is not None
                and o.system != c.system
                and (o.stage, o.factuality, o.supplier, o.recipient)
                == (c.stage, c.factuality, c.supplier, c.recipient)
                and 0 < c.evidence.start - o.evidence.end <= ADJACENT_CHARS
            }
            if len(before) == 1 and _no_date_of_its_own(doc, c):
                c = replace(c, when=before.pop())
        out.append(c)
    return out
