"""Layer 7, time: the date of each decided step (``date_steps``). A time expression dates the
step of its own clause (the cue before it, else the next one), unless it is another verb's or a
step noun's (which step each date belongs to: module ``date_owners``). A date right after the
speech verb ("said on Thursday"), with no step told between them, dates the report, and lends
itself only to a step reported as just done (not one told in the future, "will buy", nor as
done before the report, "deliveries ... had begun"). A step told as done takes no date after
the article's. A sentence of hard-wrapped text reads its date on the next line. A step
with no date of its own takes the one past date its clause gives a cue the decider made no step
of ("had contracted to supply them in 2021"); a claim still undated takes the date of its step
told for another system in the sentence right before, else what the dates the article gives its
step between the same two parties in sentences that name no system agree on, else the date of
its step told again with fewer parties or none, right after the sentence that told it of one
system ("Nigeria received the first A-29s. The aircraft arrived on Thursday."; the sentence
right after an undated claim's is read for this even when it names no system nor a reference
noun, "The handover took place on Monday.") (module ``lending``). A step told
as done whose date is after the article's, or told by a time expression pointing ahead of the
article's own day ("later this year": ``time_bounds``), is a plan when a participle of its start
or a present tells it ("with deliveries starting in 2026": expected), else a later date is
dropped. A date is read
forward for a plan told now, at the nearest month for a plan told in the past ("were due in
March"), and forward inside a present intention's phrase ("plans to buy them in March": not the
intention's). The publication date dates nothing by itself (CLAIMS.md "when"): giving it to
headline and present-perfect steps ("Poland has signed ...") was wrong more often than right on
the study sets (when accuracy 0.624 without that rule became 0.635)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from armsledger.extract.attribution import Attribution, find_attribution
from armsledger.extract.cues import Cue
from armsledger.extract.date_owners import (
    _owned,
    counted_back_dates,
    followed_dates,
    gapped_dates,
    origin_participle,
    participle_dates,
    party_dates,
    system_dates,
)
from armsledger.extract.gazetteer import MEDIA, SYSTEM
from armsledger.extract.record import Decision, Document, Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import clause_of
from armsledger.extract.story_time import (
    date_before,
    open_month,
    story_date_before,
    unanchored,
    uncounted,
)
from armsledger.extract.time_bounds import not_after, points_ahead, too_late
from armsledger.extract.timex import Timex, agreed, find_timexes_in_span
from armsledger.language import ENGLISH, LANGUAGES
from armsledger.models import Factuality, Stage

_TABLE = rule_table()
PAST_PERFECT = _TABLE["time.past_perfect"]
# A step told in the future ("will buy") or as done before the report ("deliveries ... had
# begun"): the report's date is no bound it happened by.
_FUTURE_BEFORE = _TABLE["time.future_before"]
_FUTURE_GOVERNS_DELAY = _TABLE["time.future_governs_delay"]
_GERUND_STEP = _TABLE["time.gerund_step"]
_PERFECT_AFTER = _TABLE["time.perfect_after"]
_PAST_PLAN = _TABLE["time.past_plan"]
_INTENT = _TABLE["time.intent_before"]
_PARTICIPLE_PLAN = _TABLE["time.participle_plan"]
_INFINITIVE_PLAN = _TABLE["time.infinitive_plan"]
_WITH_PLAN = _TABLE["time.with_plan"]
_WITH_PARTICIPLE_PLAN = _TABLE["time.with_participle_plan"]
# "Poland receives the jets in 2027", "deliveries begin in 2027": a present dated later.
_PRESENT_FOR_FUTURE = _TABLE["factuality.present_for_future"]
_PLAIN_PRESENT_FOR_FUTURE = _TABLE["factuality.plain_present_for_future"]
_PRESENT_STEP_AFTER = _TABLE["factuality.present_step_after"]
# Steps a later date after them only gives a new term ("to postpone the sale until 2025"): the
# date is not when the step is to happen, so it does not make the step a plan.
_NEW_TERM = (Stage.POSTPONED, Stage.CANCELLED)
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")
_ACCORDING_TO = _TABLE["attribution.according_to"]
_SAY = {lang: _TABLE.pick("attribution.say", lang) for lang in LANGUAGES}
# Stands for the name a relay noun or a pronoun ("the company said", "it said") would take from
# the article, where only the speech verb's place matters (_speech_verb).
_UNNAMED_SPEAKER = "the speaker named before"
# "said at a press conference after talks with Seoul on Monday that ...": the talks are the
# saying's occasion, so the date before "that" is the report's, not the talks noun's.
_SAYING_OCCASION = _TABLE["time.saying_occasion"]
_REPORTED_THAT = _TABLE["time.reported_that"]
# A line break inside a sentence of hard-wrapped text ("to be signed\nby 2015"); the sentence
# splitter ends a sentence at every line break, so the date on the next line was lost.
_WRAPPED = _TABLE["time.wrapped_line"]
_SENTENCE_END = _TABLE["text.sentence_end"]
# The most a wrapped sentence is read on for its date (lines of hard-wrapped text are ~80).
WRAPPED_CHARS = 400
# Sentences whose time expressions are kept, for the cues of one sentence and the next few.
TIMEX_CACHE = 64
# The most whitespace between two sentences read as next to each other (a paragraph break).
ADJACENT_CHARS = 3
# The lead: the headline and the first sentences, where news writing tells what happened; a
# delivery there told as just done and given no date takes the lead's day (lending._lead_day).
# 2, 3 and 4 dated the same study claims; 3 holds a headline, a dateline line and the lead.
LEAD_SENTENCES = 3
# A date this close after the speech verb ("said on Thursday") dates the report, not the step.
REPORT_DATE_CHARS = 25


def date_steps(doc: Document, sent: Sentence) -> None:
    """Give each of the sentence's decisions its date (or None)."""
    if not sent.decisions:
        return
    wrapped = doc.lang == ENGLISH
    text = _run_on(doc.text, sent.offset, sent.text) if wrapped else sent.text
    # Every system named, a background one too ("to replace its PzH 2000 fleet").
    text = _without_designations(text, [m for m in sent.mentions if m.kind == SYSTEM])
    if doc.lang == ENGLISH and sent.offset < _lead_end(doc):
        # A handover or an approval told as just done in the lead is news of the day the lead
        # gives ("has cleared the sale ... Lawmakers were notified on Monday"); a plan, a
        # signing (often older than its news), a postponement or a production told there is
        # a statement's news, which dates nothing (CLAIMS.md rule 12).
        doc.just_done.update(
            (sent.offset, d.system.value, d.cue.stage, d.fact)
            for d in sent.decisions
            if (d.cue.stage is Stage.DELIVERY or d.cue.news)
            and _just_done(text, d.cue, d.fact, doc.lang)
        )
    first = sent.decisions[0].fact
    # The first step's own reading (_dates asks the same): one read of the sentence, cached.
    found = _timexes(
        text, doc.anchor, first in (Factuality.EXPECTED, Factuality.POSSIBLE), doc.lang
    )
    if not found:
        return  # no time expression at all (most sentences): every step stays undated
    # "Two years later" with no date before it in the sentence counts from the text's last
    # date before the sentence (read only then: such spans are rare).
    before = date_before(doc, sent) if uncounted(found) else None
    if before is None and doc.lang == ENGLISH and open_month(found):
        before = story_date_before(doc, sent)
    if before is None and doc.anchor is not None and unanchored(found):
        # "Earlier in the year" with no date told before it: the article's own year (not so
        # "the previous year" nor "two years later", which count from an event).
        before = agreed(doc.anchor[0].isoformat(), doc.anchor[1].isoformat())
    decided = {(d.cue.start, d.cue.end) for d in sent.decisions}
    dated = []
    # The speech verb may sit on the wrapped line ("were to be delivered, the\nministry said
    # on Tuesday"): read where the report is told in the whole, for its date only.
    said = _speech_verb(
        text,
        sent.attribution
        if text == sent.text
        else _attribution(doc, sent, text, doc.focus.last_source),
        doc.lang,
        min(d.cue.start for d in sent.decisions),
    )
    first_report: list[Timex] | None = None  # the report's dates as the first step reads them
    for d in sent.decisions:
        fact = d.fact
        args = (sent.cues, sent.clauses, d.fact, said, doc.anchor, doc.lang, before)
        when, by_report, report = _when(text, d.cue, *args)
        if first_report is None:
            first_report = report
        if by_report and doc.lang == ENGLISH:
            doc.report_dated.add((sent.offset, d.system.value, d.cue.stage, d.fact))
        if when is None:
            # A past date held by a cue of the step's clause that the decider made no step of
            # dates the step: the deal's content ("had contracted to supply the guns in 2021",
            # "an offer to sell jets in 2011"), or a word that is no step here. A future one
            # is the content's own ("agreed to deliver them in 2030").
            clause = clause_of(sent.clauses, d.cue.start)
            held = {
                value
                for c in sent.cues
                if (c.start, c.end) not in decided
                and clause_of(sent.clauses, c.start) == clause
                and (value := _own_date(text, c, *args)) is not None
            }
            if len(held) == 1 and not_after(value := held.pop(), doc.anchor):
                when = value
        elif doc.lang == ENGLISH and (
            (late := too_late(when, d.fact, doc.anchor))
            or points_ahead(text, when, found, d.fact) is not None
        ):
            if _PARTICIPLE_PLAN.match(text, d.cue.end) or (
                d.cue.stage not in _NEW_TERM
                and (
                    _INFINITIVE_PLAN.search(text[: d.cue.start])
                    or _WITH_PLAN.search(text[: d.cue.start])
                    or _WITH_PARTICIPLE_PLAN.search(text[: d.cue.end])
                )
            ):
                # "with deliveries starting in 2026", "committed Spain to deliver them in
                # 2026": a participle or an infinitive has no tense of its own, so only its
                # date after the article's tells it is a plan.
                fact = Factuality.EXPECTED
            elif d.cue.stage not in _NEW_TERM and (
                _PRESENT_FOR_FUTURE.fullmatch(text, d.cue.start, d.cue.end)
                or _PLAIN_PRESENT_FOR_FUTURE.fullmatch(text, d.cue.start, d.cue.end)
                or _PRESENT_STEP_AFTER.match(text, d.cue.end)
            ):
                fact = Factuality.EXPECTED  # a present dated after the article: a schedule
            elif late:
                when = None
        elif d.cue.stage is Stage.NEGOTIATION and too_late(when, d.fact, doc.anchor):
            # "Лима в будущем году рассчитывает приобрести ...": an intention held now
            # (factuality.reading), the later date the purchase's.
            when = None
        dated.append(Decision(d.cue, d.system, d.roles, fact, when))
    sent.decisions = party_dates(sent, dated, doc.lang)
    if doc.lang == ENGLISH:
        sent.decisions = participle_dates(text, sent.decisions, tuple(found))
        sent.decisions = counted_back_dates(text, sent.decisions, tuple(found))
    else:
        sent.decisions = gapped_dates(text, sent.decisions, tuple(found))
    if doc.lang == ENGLISH and len({d.system.value for d in sent.decisions}) > 1:
        # The report's own date ("..., the minister said on Monday") dates no system.
        reported = {(r.start, r.end) for r in first_report or ()}
        told = [t for t in found if (t.start, t.end) not in reported]
        sent.decisions = system_dates(text, sent.cues, sent.decisions, tuple(told))
        sent.decisions = followed_dates(text, sent.decisions, tuple(told))


def _lead_end(doc: Document) -> int:
    """Where the article's first LEAD_SENTENCES sentences (its headline among them) end."""
    if doc.lead_end < 0:
        index, pos, end = doc.index(), 0, 0
        for _ in range(LEAD_SENTENCES):
            while pos < len(doc.text) and doc.text[pos].isspace():
                pos += 1
            span = index.around(pos) if pos < len(doc.text) else None
            if span is None:
                break
            end, pos = span[1], max(span[1], pos + 1)
        doc.lead_end = end
    return doc.lead_end


def _without_designations(text: str, systems: list[Mention]) -> str:
    """``text`` with the digits of the systems it names blanked to zeros (offsets hold): the
    number of a designation is no year ("the PzH 2000 howitzer", "Type 2000")."""
    for m in systems:
        name = text[m.start : m.end]
        if not name.isalpha():
            text = text[: m.start] + name.translate(_DIGITS_TO_ZERO) + text[m.end :]
    return text


def _run_on(article: str, offset: int, sentence: str) -> str:
    """The sentence with the rest of it that hard-wrapped lines put after a line break (the
    break read as a space, so the sentence's offsets hold): only its dates are read there. A
    date past the sentence's last clause belongs to the last cue before it (``clause_of``)."""
    end = offset + len(sentence)
    text = sentence
    while len(text) < WRAPPED_CHARS and _WRAPPED.match(article, end - 1):
        line_end = article.find("\n", end + 1)
        line = article[end + 1 : line_end if line_end >= 0 else len(article)]
        stop = _SENTENCE_END.search(line)
        if stop is not None:
            return f"{text} {line[: stop.start() + 1]}"
        text, end = f"{text} {line}", end + 1 + len(line)
    return text


def _when(
    sentence: str,
    cue: Cue,
    cues: list[Cue],
    clauses: list[tuple[int, int]],
    fact: Factuality,
    attribution: Attribution,
    anchor: tuple[date, date] | None,
    lang: str = ENGLISH,
    before: str | None = None,
) -> tuple[str | None, bool, list[Timex]]:
    """The step's date, whether it is the report's (a bound the step happened by), and the
    report's own dates."""
    events, report = _dates(sentence, cue, cues, fact, attribution, anchor, lang, before)
    own = _owned(events, sentence, cue, cues, clauses, lang)
    if own is not None:
        return own, False, report
    # A step reported as just done ("have arrived, the minister said on Thursday") happened by
    # the report date; a pluperfect ("had signed") or a plan did not.
    if (
        report
        and _just_done(sentence, cue, fact, lang)
        and not _counted_from_another(sentence, cue, clauses, anchor, lang)
    ):
        return report[0].value, True, report
    return None, False, report


def _counted_from_another(
    sentence: str,
    cue: Cue,
    clauses: list[tuple[int, int]],
    anchor: tuple[date, date] | None,
    lang: str,
) -> bool:
    """Does a count from another event open the step's clause ("said on Monday, two years
    after the batteries arrived")? The step has a date of its own, counted from that event,
    not the report's."""
    start, _end = clause_of(clauses, cue.start)
    return any(
        t.kind == "dayafter" and t.value is None and start <= t.end <= cue.start
        for t in _timexes(sentence, anchor, None, lang)
    )


def _just_done(sentence: str, cue: Cue, fact: Factuality, lang: str) -> bool:
    """Is the step told as just done: asserted, not a deal's signing (often older than the
    news of it), neither a pluperfect ("had signed") nor told as to come ("will buy", "Chile
    to buy"), nor a background in -ing ("will join Peru in receiving the jets")?"""
    return (
        fact is Factuality.ASSERTED
        and cue.stage is not Stage.AGREEMENT
        and not PAST_PERFECT.search(sentence[: cue.start])
        and not (
            lang == ENGLISH
            and (
                _told_otherwise(sentence, cue)
                # a participle that describes the system by its origin tells no news ("the
                # first of the Gripen jets bought from Sweden")
                or (cue.stage is Stage.DELIVERY and origin_participle(sentence, cue))
                or _GERUND_STEP.search(sentence[: cue.end])
                or _INFINITIVE_PLAN.search(sentence[: cue.start])
            )
        )
    )


def _told_otherwise(sentence: str, cue: Cue) -> bool:
    """Is the step told as still to come ("will buy") or as done before the report ("deliveries
    of the tanks had begun")? Then it was not just done on the report's date."""
    return bool(
        _FUTURE_BEFORE.search(sentence[: cue.start])
        or (cue.stage is Stage.POSTPONED and _FUTURE_GOVERNS_DELAY.search(sentence[: cue.start]))
        or _PERFECT_AFTER.match(sentence, cue.end)
    )


def _own_date(
    sentence: str,
    cue: Cue,
    cues: list[Cue],
    clauses: list[tuple[int, int]],
    fact: Factuality,
    attribution: Attribution,
    anchor: tuple[date, date] | None,
    lang: str,
    before: str | None = None,
) -> str | None:
    """The date the step's own clause gives it, never the report's."""
    events, _report = _dates(sentence, cue, cues, fact, attribution, anchor, lang, before)
    return _owned(events, sentence, cue, cues, clauses, lang)


@lru_cache(maxsize=TIMEX_CACHE)
def _timexes(
    sentence: str,
    anchor: tuple[date, date] | None,
    future: bool | None,
    lang: str,
    before: str | None = None,
) -> tuple[Timex, ...]:
    """A sentence's time expressions, read once for all its cues (the same sentence, date and
    tense give the same expressions)."""
    return tuple(find_timexes_in_span(sentence, anchor, future, lang, before))


def _dates(
    sentence: str,
    cue: Cue,
    cues: list[Cue],
    fact: Factuality,
    attribution: Attribution,
    anchor: tuple[date, date] | None,
    lang: str,
    before: str | None = None,
) -> tuple[list[Timex], list[Timex]]:
    """The sentence's dates of events, and those of the report ("said on Thursday")."""
    future: bool | None = fact in (Factuality.EXPECTED, Factuality.POSSIBLE)
    if future and lang == ENGLISH and _PAST_PLAN.search(sentence):
        future = None  # "were due to arrive in March": the nearest March, not the next
    found = _timexes(sentence, anchor, future, lang, before)
    # "Plans to buy the jets in March": a date in the intended step's phrase is that step's,
    # read forward (the report's date, and one before the cue or past a comma, keep the
    # reading of what is told).
    ahead = (
        _timexes(sentence, anchor, True, lang, before)
        if not future and lang == ENGLISH and _INTENT.search(sentence[: cue.end])
        else found
    )
    report: list[Timex] = []
    events: list[Timex] = []
    verb_end = attribution.verb_end
    for t, forward in zip(found, ahead, strict=True):
        # A step told between the speech verb and the date owns the date ("said he had talks
        # in April", "said it signed the deal in May"): only a date next to the verb dates it.
        after_verb = (
            verb_end is not None
            and t.start - verb_end >= 0
            and not any(verb_end <= c.start and c.end <= t.start for c in cues)
        )
        # Before the speech verb, with the step reported after it ("Five days earlier, the
        # minister said Russia had ordered ..."), a date dates the saying too.
        before_speech = verb_end is not None and t.end <= verb_end <= cue.start
        # Farther from the verb, past adjuncts of the saying ("said at a press conference in
        # Moscow on Tuesday"), a date still dates the report when no step is told after it.
        near = t.start - (verb_end or 0) <= REPORT_DATE_CHARS
        last = not any(c.start >= t.end for c in cues)
        # A source aside closed by a comma after a step told before it ("Поставки, как
        # говорится в сообщении, будут завершены к 2030 году", "Deliveries, the ministry said,
        # will end by 2030"): a date past the comma is the step's again.
        if (
            (after_verb and (near or last) and not _aside_closed(sentence, cue, verb_end, t, lang))
            or before_speech
            or (lang == ENGLISH and _occasion(sentence, verb_end, t))
        ):
            if t.value:
                report.append(t)
        elif (value := forward if _inside(sentence, cue, t) else t).value:
            events.append(value)
    return events, report


def _aside_closed(sentence: str, cue: Cue, verb_end: int | None, t: Timex, lang: str) -> bool:
    """Does a source aside after the step close with a comma before date ``t``, with no other
    speech verb past that comma ("Deliveries, the ministry said, will end by 2030")?"""
    if verb_end is None or cue.end > verb_end:
        return False
    comma = sentence.rfind(",", verb_end, t.start)
    return comma >= 0 and _SAY[lang].search(sentence, comma, t.start) is None


def _occasion(sentence: str, verb_end: int | None, t: Timex) -> bool:
    """Does ``t`` close the saying's occasion ("said after talks with Seoul on Monday that")?"""
    return (
        verb_end is not None
        and verb_end <= t.start
        and _SAYING_OCCASION.search(sentence[verb_end : t.start]) is not None
        and _REPORTED_THAT.match(sentence, t.end) is not None
    )


def _inside(sentence: str, cue: Cue, t: Timex) -> bool:
    """Is the date after the cue with no comma between them (in the cue's own phrase)?"""
    return t.start >= cue.end and "," not in sentence[cue.end : t.start]


def _speech_verb(text: str, said: Attribution, lang: str, step: int | None = None) -> Attribution:
    """``said`` with the end of the speech verb that an "according to" after it hides ("the
    minister said on Tuesday, according to Reuters": the source is named by "according to",
    but "on Tuesday" is still the saying's date, not the step's). With no speech verb, an
    "according to" told after the step (at ``step``) is where the report is told ("will
    deliver them, according to a statement released on Tuesday")."""
    if said.verb_end is not None or lang != ENGLISH:
        return said
    # "..., the company said on Monday" with no name said before for the company to stand for:
    # no source, but the saying is still told there, and its date is the report's.
    unnamed = find_attribution(
        text, media_names=[], outlet=None, previous=_UNNAMED_SPEAKER, is_headline=False
    )
    if unnamed.verb_end is not None:
        return replace(said, verb_end=unnamed.verb_end)
    if "according" not in text:
        return said
    m = _ACCORDING_TO.search(text)
    if m is None:
        return said
    spoken = find_attribution(
        text[: m.start()], media_names=[], outlet=None, previous=None, is_headline=False
    )
    verb_end = spoken.verb_end
    if verb_end is None and step is not None and step < m.start():
        verb_end = m.end()
    return replace(said, verb_end=verb_end)


def _attribution(doc: Document, sent: Sentence, text: str, previous: str | None) -> Attribution:
    return find_attribution(
        text,
        media_names=[(m.start, m.value) for m in sent.mentions if m.kind == MEDIA],
        outlet=doc.article.url,
        previous=previous,
        is_headline=sent.is_headline,
    )
