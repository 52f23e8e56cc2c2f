"""Time expressions, first stage: find them in a sentence (patterns of the rule table), have
``timex_resolve`` read each against the article's date, and read them in their sentence's
context (a month continuing the year told before it, "two years later" counted from the date
before it).

Results are partial ISO dates at the precision the text gives (``2018``, ``2019-07``,
``2019-07-12``). Rules of our own, not dateparser: NOTES.md measured dateparser at ~880
sentences/s and found it misreads weapon designations ("4 Su-35" -> 1935) and bare years; the
shapes news uses for transfer steps are few and regular.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from armsledger.extract.patterns import RulePattern
from armsledger.extract.rules import rule_table
from armsledger.extract.timex_resolve import FEW, count, month_of, resolve, shift, unit_of
from armsledger.extract.timex_resolve import MONTHS as MONTHS
from armsledger.extract.timex_resolve import NUMBER_WORDS as NUMBER_WORDS
from armsledger.extract.timex_resolve import agreed as agreed
from armsledger.extract.timex_resolve import parse_iso as parse_iso
from armsledger.extract.timex_resolve import published_span as published_span
from armsledger.language import ENGLISH

_TABLE = rule_table()
# In table order, which matters: the first pattern that matches a span wins; longer shapes come
# first. A pattern's kind is its id's last part; its "needs" are what it cannot match without,
# tested once per sentence so most patterns are never run (a sentence with no digit and no
# month name skips ten of them).
PATTERNS: list[tuple[str, RulePattern, tuple[str, ...]]] = [
    (r.id.rpartition(".")[2], r.regex, tuple(r.extra.get("needs", ())))
    for r in _TABLE.section("time_expressions")
]
_ANY_MONTH = _TABLE["time.any_month"]
_RELATIVE_LEAD = _TABLE["time.relative_lead"]
# The same for other languages ("time.ru.*" expressions; their kinds reuse the English ones).
PATTERNS_BY_LANG = {ENGLISH: PATTERNS} | {
    lang: [
        (r.id.rpartition(".")[2], r.regex, tuple(r.extra.get("needs", ())))
        for r in _TABLE.section("time_expressions", lang)
    ]
    for lang in ("ru",)
}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None  # partial ISO date; None when it cannot be resolved (no anchor)
    kind: str


def find_timexes_in_span(
    sentence: str,
    span: tuple[date, date] | None,
    future: bool | None = False,
    lang: str = ENGLISH,
    before: str | None = None,
) -> list[Timex]:
    """``find_timexes`` against an article date known only to a month or a year: an expression
    relative to it keeps what its readings against the span's first and last day agree on
    ("today" in a page dated 2022-09 is 2022-09; "last Friday" only 2022)."""
    first, last = span if span is not None else (None, None)
    found = find_timexes(sentence, first, future, lang, before)
    if first == last:
        return found
    late = find_timexes(sentence, last, future, lang, before)
    return [replace(t, value=agreed(t.value, u.value)) for t, u in zip(found, late, strict=True)]


# Every pattern needs one of these; a sentence without any skips the 18 patterns.
_ANY_TIME = _TABLE["time.any_time"]
# Words without which time.yearpart, time.season and time.endyear/monthend cannot match: a
# quick test, like "digit" and "unit" below (the patterns themselves are in the rule table).
UNIT_WORDS = ("day", "week", "month", "year")
YEARPART_WORDS = ("year", "quarter", "q1", "q2", "q3", "q4")
SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
BOUND_WORDS = ("end", "start", "beginning", "middle")


@lru_cache(maxsize=256)
def find_timexes(
    sentence: str,
    anchor: date | None,
    future: bool | None = False,
    lang: str = ENGLISH,
    before: str | None = None,
) -> list[Timex]:
    """Every time expression in ``sentence``, resolved against ``anchor`` (the article date).

    ``future`` picks the reading of an underspecified expression ("in July", "on Tuesday"):
    the next one for plans and schedules, the last one for reported events, the nearest one
    (None) for a plan told in the past ("were due to arrive in March"). Cached: several
    claims of one sentence ask for the same. ``before``: the last date the text gives before
    the sentence, that "two years later" counts from when the sentence gives none.
    """
    return _find(_spans(sentence, lang), anchor, future, before)


def has_timex(sentence: str, lang: str = ENGLISH) -> bool:
    """Does ``sentence`` hold a time expression (whatever date it resolves to, if any)?"""
    return bool(_spans(sentence, lang))


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 (a loop: any() over a generator costs more)
        if word in text:
            return True
    return False


def _has_digit(text: str) -> bool:
    """``any(map(str.isdigit, text))``, without making a str of every character of an ASCII
    text (where only "0" to "9" are digits)."""
    if text.isascii():
        for digit in "0123456789":  # noqa: SIM110
            if digit in text:
                return True
        return False
    return any(map(str.isdigit, text))


# Sentences whose time expressions' spans are kept: a sentence is read against the first and
# the last day of a month-dated article, for plans and for reports, and again when the
# article's undated claims look for a date; the spans are the same in every reading.
SPANS_CACHE = 256


@lru_cache(maxsize=SPANS_CACHE)
def _spans(sentence: str, lang: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Where ``sentence``'s time expressions are and of what kind, in the order they are
    found: what does not depend on the article's date nor on the tense it is read in."""
    if lang != ENGLISH:
        return _matches(sentence, PATTERNS_BY_LANG[lang], {})
    if not _ANY_TIME.search(sentence):
        return ()
    lowered = sentence.lower()
    has = {
        "digit": _has_digit(sentence),
        "month": _ANY_MONTH.search(sentence) is not None,
        "unit": _has_any(lowered, UNIT_WORDS),
        "decade": "decade" in lowered,
        "deictic": "day" in lowered or "tonight" in lowered or "tomorrow" in lowered,
        "yearpart": _has_any(lowered, YEARPART_WORDS),
        "season": _has_any(lowered, SEASON_WORDS),
        "weekend": "weekend" in lowered,
        "bound": _has_any(lowered, BOUND_WORDS),
    }
    return _matches(sentence, PATTERNS, has)


def _matches(
    sentence: str,
    patterns: list[tuple[str, RulePattern, tuple[str, ...]]],
    has: dict[str, bool],
) -> tuple[tuple[str, re.Match[str]], ...]:
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, re.Match[str]]] = []
    missing = {need for need, held in has.items() if not held}
    for kind, pattern, needs in patterns:
        if missing and not missing.isdisjoint(needs):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((kind, m))
    return tuple(found)


def _find(
    spans: tuple[tuple[str, re.Match[str]], ...],
    anchor: date | None,
    future: bool | None,
    before: str | None = None,
) -> list[Timex]:
    found: list[Timex] = []
    counted: dict[int, Counted] = {}  # "two years later", by its start
    continued: dict[int, int] = {}  # "in July" after "in January 2021", by its start: month
    # "that July" after "in 2019": the year told before, even told alone (by its start)
    that: set[int] = set()
    for kind, m in spans:
        try:
            value = resolve(kind, m, anchor, future)
        except (OverflowError, ValueError):
            value = None  # "next Tuesday" in an article dated 9999-12-31: no such day
        if kind in COUNTED or (kind == "inunits" and future is False and "dir" in m.groupdict()):
            # A reported step "через два года" (time.ru.inunits) cannot be two years after
            # the article: it is two years after the date told before it.
            counted[m.start()] = _counts(m)
        elif kind == "relmonth" and m.group("rel").lower() == "that":
            continued[m.start()] = month_of(m)
            that.add(m.start())
        elif kind == "relmonth" and future is False and _continues(m):
            continued[m.start()] = month_of(m)
        found.append(Timex(m.start(), m.end(), value, kind))
    found.sort(key=lambda t: t.start)
    if continued:
        found = _continue_year(found, continued, spans[0][1].string, before, anchor, that)
    return _count_from_before(found, counted, before) if counted else found


def _continues(m: re.Match[str]) -> bool:
    """A month with a preposition only ("in July", "by the end of March"): not "last/next/this
    July", which the article's date resolves whatever came before."""
    return m.group("rel").lower() not in ("last", "this", "next")


def _continue_year(
    found: list[Timex],
    continued: dict[int, int],
    sentence: str,
    before: str | None = None,
    anchor: date | None = None,
    that: frozenset[int] | set[int] = frozenset(),
) -> list[Timex]:
    """A past month told without a year after a date told with one in the same sentence
    continues its story ("signed in January 2021; the first six were handed over in July":
    2021-07), the next year when the month comes before the first date's ("in November 2019
    ... in March": 2020-03). With no such date in the sentence, ``before`` (a date told to its
    month, with its year, last in the sentence before: "signed in January 2021. The first six
    arrived in July.") continues it the same way, unless that would put it after the article.
    A month told as "that July" (``that``, by start) is the year's told before, even a bare
    year's ("in 2019 ... that July": 2019-07)."""
    out: list[Timex] = []
    for t in found:
        month = continued.get(t.start)
        prior = next((u for u in reversed(out) if u.kind in ABSOLUTE and u.value), None)
        if month is not None and prior is None and before and ("-" in before or t.start in that):
            value = _month_of_year(before, month)
            if anchor is None or value <= anchor.isoformat()[:7]:
                t = replace(t, value=value)
            out.append(t)
            continue
        # Only a date told to its month sets a story's time ("in January 2021 ... in July"): a
        # bare year is most often background ("under a 2020 deal", "signed in 2017, ... in
        # May"), and the month is then the article's year's.
        # A date in a relative clause that closed before the month is background too ("Poland,
        # which signed for the tanks in April 2022, received the first in January").
        if (
            month is not None
            and prior is not None
            and prior.value
            and ("-" in prior.value or t.start in that)
            and not (
                "," in sentence[prior.end : t.start]
                and _RELATIVE_LEAD.search(sentence, 0, prior.start)
            )
        ):
            t = replace(t, value=_month_of_year(prior.value, month))
        out.append(t)
    return out


def _month_of_year(value: str, month: int) -> str:
    """``month`` of the year of the date ``value``, or of the next year where ``value`` names
    a later month ("in November 2019 ... in March": 2020-03)."""
    year, *rest = value.split("-")
    return f"{int(year) + (bool(rest) and month < int(rest[0]))}-{month:02d}"


# Spans that date no step, so resolve to nothing: a wire dateline ("MOSCOW, March 3 (Reuters) -")
# is the article's own date, not an unknown one of the step's; a state held since a year ("a
# NATO member since 2004") is a party's or a system's, not the step's.
UNDATING = ("dateline", "state")
# Spans counted from the date told before them ("two years later", "the following year").
COUNTED = ("later", "thatunit", "inthe")


# A counted span: its unit, its signed counts, and the month it names in that year, if any.
Counted = tuple[str, tuple[int, ...], int | None]


def _counts(m: re.Match[str]) -> Counted:
    """A counted span's unit in English ("года" -> year), its signed counts ("a few": two to
    six; "that year": 0; "год спустя": one) and its month ("в декабре того же года": 12)."""
    # A span with no unit word ("тогда же": at the time told before) keeps that time's own
    # precision: counted by days, every day of its span agrees on it.
    groups = m.groupdict()
    unit = unit_of(groups.get("unit") or "day")
    month = month_of(m) if groups.get("month") else None
    if "dir" not in groups:  # time.thatunit, time.in_the_unit
        step = (groups.get("step") or "").lower()
        return unit, (1 if step in ("following", "next", "after") else -1 if step else 0,), month
    # The rule's "back" group holds the words that count back ("two years earlier", "годом
    # ранее"); every other one counts forward ("later", "спустя").
    sign = -1 if groups.get("back") else 1
    few = groups.get("few") or groups.get("bare") is not None  # "weeks later": a few
    counts = FEW if few else (count(groups.get("num")),)
    return unit, tuple(sign * n for n in counts), month


def _count_from_before(
    found: list[Timex], counted: dict[int, Counted], before: str | None
) -> list[Timex]:
    """Each "N units later/earlier" counted from the last date the sentence gives before it,
    else ``before`` (what every day of that date's span and every count agree on), else left
    unresolved."""
    out: list[Timex] = []
    for t in found:
        if t.start in counted:
            ref = next((u.value for u in reversed(out) if u.value), before)
            span = published_span(ref)
            value: str | None = None  # no date before: unresolved (not the article's date)
            if span is not None:
                unit, counts, month = counted[t.start]
                readings = [shift(day, unit, n) for day in span for n in counts]
                value = readings[0]
                for r in readings[1:]:
                    value = agreed(value, r)
                if value and month is not None and unit == "year":
                    value = f"{value}-{month:02d}"  # "в декабре того же года"
            t = replace(t, value=value)
        out.append(t)
    return out


# The kinds that give their year themselves ("in 2018", "July 2019", "12/07/2019"): every other
# date is read against the article's ("on May 16", "last month", "today"), or against another date.
ABSOLUTE = ("iso", "mdy", "dmy", "numdate", "half", "part", "fiscal", "year_prep", "yearonly", "my")


def told_from_now(
    sentence: str, span: tuple[date, date] | None, value: str, lang: str = ENGLISH
) -> bool:
    """Does ``sentence`` give the date ``value`` read against the article's date ("on May 16",
    "today", "last week"), not with its year ("in October 2022")?"""
    found = find_timexes_in_span(sentence, span, lang=lang)
    return any(t.value == value and t.kind not in ABSOLUTE + COUNTED for t in found)
