"""Time expressions: find them in a sentence and resolve them against the article's date.

Results are partial ISO dates at the precision the text gives (``2018``, ``2019-07``,
``2019-07-12``). Rules of our own, not dateparser: NOTES.md measured dateparser at ~880
sentences/s and found it misreads weapon designations ("4 Su-35" -> 1935) and bare years; the
shapes news uses for transfer steps are few and regular.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from armsledger.extract.morphology import has_cyrillic, lemma, lemmas, month_number
from armsledger.extract.patterns import RulePattern
from armsledger.extract.rules import rule_table, word_values
from armsledger.language import ENGLISH

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
WEEKDAYS |= word_values("time.ru.weekdays")  # "во вторник": the accusative, as dates use it
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
DEICTIC_DAYS |= {"the day before yesterday": -2, "the day after tomorrow": 2}
DEICTIC_DAYS |= word_values("time.ru.deictic_words")
NUMBER_WORDS = word_values("text.number_words") | word_values("time.ru.number_words")

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
# The same for other languages ("time.ru.*" expressions; their kinds reuse the English ones).
PATTERNS_BY_LANG = {ENGLISH: PATTERNS} | {
    lang: [
        (r.id.rpartition(".")[2], r.regex, tuple(r.extra.get("needs", ())))
        for r in _TABLE.section("time_expressions", lang)
    ]
    for lang in ("ru",)
}
# Russian relative words by their dictionary form ("в прошлом году" -> прошлый, год).
RU_STEPS = {"прошлый": -1, "минувший": -1, "этот": 0, "текущий": 0, "нынешний": 0,
            "следующий": 1, "будущий": 1, "ближайший": 1}  # fmt: skip
RU_UNITS = {"год": "year", "месяц": "month", "неделя": "week", "день": "day"}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None  # partial ISO date; None when it cannot be resolved (no anchor)
    kind: str


def parse_iso(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` string (or a longer timestamp) as a date, else None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def published_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day an article's date allows: a day, or a whole month or year when
    the page gives no more ("2022-09"), else None."""
    day = parse_iso(value)
    if day is not None:
        return day, day
    parts = (value or "").strip().split("-")
    if len(parts) not in (1, 2) or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    year = int(parts[0])
    try:
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except (ValueError, calendar.IllegalMonthError):
        return None


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
    counted: dict[int, tuple[str, tuple[int, ...]]] = {}  # "two years later", by its start
    continued: dict[int, int] = {}  # "in July" after "in January 2021", by its start: month
    for kind, m in spans:
        try:
            value = _resolve(kind, m, anchor, future)
        except (OverflowError, ValueError):
            value = None  # "next Tuesday" in an article dated 9999-12-31: no such day
        if kind in COUNTED:
            counted[m.start()] = _counts(m)
        elif kind == "relmonth" and future is False and _continues(m):
            continued[m.start()] = _month(m)
        found.append(Timex(m.start(), m.end(), value, kind))
    found.sort(key=lambda t: t.start)
    if continued:
        found = _continue_year(found, continued)
    return _count_from_before(found, counted, before) if counted else found


def _continues(m: re.Match[str]) -> bool:
    """A month with a preposition only ("in July", "by the end of March"): not "last/next/this
    July", which the article's date resolves whatever came before."""
    return m.group("rel").lower() not in ("last", "this", "next")


def _continue_year(found: list[Timex], continued: dict[int, int]) -> list[Timex]:
    """A past month told without a year after a date told with one in the same sentence
    continues its story ("signed in January 2021; the first six were handed over in July":
    2021-07), the next year when the month comes before the first date's ("in November 2019
    ... in March": 2020-03)."""
    out: list[Timex] = []
    for t in found:
        month = continued.get(t.start)
        prior = next((u for u in reversed(out) if u.kind in ABSOLUTE and u.value), None)
        if month is not None and prior is not None and prior.value is not None:
            year, *rest = prior.value.split("-")
            later = bool(rest) and month < int(rest[0])
            t = replace(t, value=f"{int(year) + later}-{month:02d}")
        out.append(t)
    return out


# Spans that date no step, so resolve to nothing: a wire dateline ("MOSCOW, March 3 (Reuters) -")
# is the article's own date, not an unknown one of the step's; a state held since a year ("a
# NATO member since 2004") is a party's or a system's, not the step's.
UNDATING = ("dateline", "state")
# Spans counted from the date told before them ("two years later", "the following year").
COUNTED = ("later", "thatunit")


def _counts(m: re.Match[str]) -> tuple[str, tuple[int, ...]]:
    """A counted span's unit and its signed counts ("a few": two to six; "that year": 0)."""
    unit = m.group("unit").lower()
    groups = m.groupdict()
    if "step" in groups:  # time.thatunit
        step = (groups["step"] or "").lower()
        return unit, (1 if step in ("following", "next") else -1 if step else 0,)
    sign = 1 if m.group("dir").lower() in ("later", "after") else -1
    counts = (2, 6) if m.group("few") else (_count(m.group("num")),)
    return unit, tuple(sign * n for n in counts)


def _count_from_before(
    found: list[Timex], counted: dict[int, tuple[str, tuple[int, ...]]], before: str | None
) -> list[Timex]:
    """Each "N units later/earlier" counted from the last date the sentence gives before it,
    else ``before`` (what every day of that date's span and every count agree on), else left
    unresolved."""
    out: list[Timex] = []
    for t in found:
        if t.kind in COUNTED and t.start in counted:
            ref = next((u.value for u in reversed(out) if u.value), before)
            span = published_span(ref)
            if span is not None:
                unit, counts = counted[t.start]
                readings = [_shift(day, unit, n) for day in span for n in counts]
                value: str | None = readings[0]
                for r in readings[1:]:
                    value = agreed(value, r)
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


def _month(m: re.Match[str]) -> int:
    word = m.group("month").lower().rstrip(".")
    return MONTHS.get(word) or month_number(word)


def _resolve(kind: str, m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    if kind == "iso":
        return f"{m.group('year')}-{m.group('m')}-{m.group('d')}"
    if kind in ("mdy", "dmy"):
        return _ymd(int(m.group("year")), _month(m), int(m.group("day")))
    if kind == "fiscal" and m.group("yy"):
        return f"20{m.group('yy')}"  # "FY25": budgets of this century
    if kind in ("half", "part", "fiscal", "year_prep", "yearonly"):
        return m.group("year")
    if kind == "my":
        return f"{m.group('year')}-{_month(m):02d}"
    if kind == "numdate":
        return _numdate(m)
    if anchor is None:
        return None
    if kind == "monthrel":
        rel = m.group("rel").lower()
        step = _ru_step(rel) if has_cyrillic(rel) else {"next": 1, "last": -1}.get(rel, 0)
        return f"{anchor.year + step}-{_month(m):02d}"
    if kind == "inunits":
        unit = _unit(m.group("unit"))
        # "In two to three weeks": what the readings of the count agree on.
        end = agreed(_shift(anchor, unit, _count(m.group("num"))), _shift(anchor, unit, _hi(m)))
        # "Within a year", "in the next six months": any day from now to the end.
        span = m.groupdict().get("span")
        return agreed(_shift(anchor, unit, 0), end) if span else end
    if kind in ("endyear", "relyearpart"):
        rel = m.group("rel").lower()
        step = _ru_step(rel) if has_cyrillic(rel) else {"next": 1, "last": -1}.get(rel, 0)
        return str(anchor.year + step)
    if kind == "decade":
        return str(anchor.year // 10 * 10 + 9)
    if kind in ("md", "dm"):
        month, day = _month(m), int(m.group("day"))
        # A day of a plan in the last RECENT_PLAN_MONTHS is that day, told after it ("was to
        # arrive on July 21", "threatened on July 21 a possible cancellation"): a day ten
        # months ahead is given with its year.
        recent = bool(future) and 0 < (anchor.month - month) % 12 <= RECENT_PLAN_MONTHS
        if future is None:
            year = _nearest_any(anchor, month)
        else:
            year = _nearest_year(anchor, month, future and not recent)
        return _ymd(year, month, day)
    if kind == "relmonth":
        month, rel = _month(m), m.group("rel").lower()
        if rel == "last":
            year = anchor.year - 1 if month >= anchor.month else anchor.year
        elif rel == "next":
            year = anchor.year + 1 if month <= anchor.month else anchor.year
        elif rel == "this":
            year = anchor.year
        elif future is None:
            year = _nearest_any(anchor, month)
        else:
            year = _nearest_year(anchor, month, future)
        return f"{year}-{month:02d}"
    if kind == "ago":
        unit = _unit(m.group("unit"))
        return agreed(_shift(anchor, unit, -_count(m.group("num"))), _shift(anchor, unit, -_hi(m)))
    if kind == "fewdays":
        # "A few days" is up to a week: keep what every day of that week agrees on.
        back = (m.group("dir") or "").lower() in ("last", "past", "recent")
        ends = (anchor - timedelta(days=7), anchor) if back else (anchor, anchor + timedelta(7))
        return agreed(*(e.isoformat() for e in ends))
    if kind == "yearpart":
        return str(anchor.year)
    if kind == "monthend":
        step = {"next": 1, "last": -1}.get(m.group("rel").lower(), 0)
        return _shift(anchor, "month", step)
    if kind == "season":
        return _season(anchor, m, bool(future))
    if kind == "weekend":
        return _weekend(anchor, m, bool(future))
    if kind == "fewago":
        # "A few" is two to six: keep what every such distance back agrees on.
        unit = _unit(m.group("unit"))
        return agreed(_shift(anchor, unit, -2), _shift(anchor, unit, -6))
    if kind == "relunit":
        rel = m.group("rel").lower()
        if rel == "past":  # "over the past year": the span that ends on the article's date
            unit = m.group("unit").lower()
            return agreed(_shift(anchor, unit, -1), _shift(anchor, unit, 0))
        step = 1 if rel == "next" else -1 if rel in ("last", "previous", "past") else 0
        return _shift(anchor, m.group("unit").lower(), step)
    if kind == "weekday":
        return _weekday(anchor, m, future)
    if kind == "ru_rel":
        step = _ru_step(m.group("rel").lower())
        return _shift(anchor, RU_UNITS.get(lemma(m.group("unit").lower()), "year"), step)
    if kind == "deictic":
        offset = DEICTIC_DAYS[" ".join(m.group("word").lower().split())]
        return (anchor + timedelta(days=offset)).isoformat()
    return None  # "a day after": relative to another event, not to the article


def agreed(a: str | None, b: str | None) -> str | None:
    """The partial ISO date two readings share ("2019-04-30", "2019-05-02" -> "2019"), else None."""
    if a is None or b is None:
        return None
    common: list[str] = []
    for x, y in zip(a.split("-"), b.split("-"), strict=False):
        if x != y:
            break
        common.append(x)
    return "-".join(common) or None


# How far back a plan's day without a year is read as this year's (see _resolve, "md").
RECENT_PLAN_MONTHS = 2
# The month each season starts (northern; news of arms transfers rarely means otherwise).
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _numdate(m: re.Match[str]) -> str | None:
    if m.group("y2"):
        return _ymd(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    # Day first (most of the world) or month first (the US): each reading that is a date.
    readings = [
        date(year, month, day).isoformat()
        for day, month in ((a, b), (b, a))
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    ]
    return agreed(readings[0], readings[-1]) if readings else None


def _season(anchor: date, m: re.Match[str], future: bool) -> str | None:
    start = SEASON_START.get(m.group("season").lower())
    if start is None:
        return None  # a winter straddles two years
    rel = m.group("rel").lower()
    now = start <= anchor.month <= start + 2
    if rel == "this" or (rel not in ("last", "next") and now):
        return str(anchor.year)
    if rel == "next" or (rel != "last" and future):
        return str(anchor.year if start > anchor.month else anchor.year + 1)
    return str(anchor.year if start + 2 < anchor.month else anchor.year - 1)


def _weekend(anchor: date, m: re.Match[str], future: bool) -> str | None:
    rel = m.group("rel").lower()
    if rel == "next" or (rel == "this" and future):
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 or 7)
    else:  # the last one, or the one the article is written on
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    return agreed(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat())


def _count(num: str | None) -> int:
    """A span's count: digits or a number word; none named is one ("через год")."""
    if not num:
        return 1
    num = num.lower()
    return int(num) if num.isdigit() else NUMBER_WORDS[num]


def _hi(m: re.Match[str]) -> int:
    """The larger count of a range ("two to three weeks"), else the one count."""
    hi = m.groupdict().get("hi")
    return _count(hi) if hi else _count(m.group("num"))


def _unit(word: str) -> str:
    """A span's unit in English ("месяцев" -> "month", "лет" -> "year")."""
    word = word.lower()
    return word if word in ("day", "week", "month", "year") else RU_UNITS.get(lemma(word), "year")


def _ru_step(word: str) -> int:
    # Any reading of the word: "прошлого" is first read as the noun "прошлое".
    return next((RU_STEPS[w] for w in lemmas(word) if w in RU_STEPS), 0)


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year}-{month:02d}"


def _nearest_any(anchor: date, month: int) -> int:
    """The year of the month nearest the article's date, before or after it (before on a tie)."""
    now = anchor.year * 12 + anchor.month
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: (abs(y * 12 + month - now), y * 12 + month > now))


def _nearest_year(anchor: date, month: int, future: bool) -> int:
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _shift(anchor: date, unit: str, n: int) -> str:
    if unit == "year":
        return str(anchor.year + n)
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + n
        return f"{total // 12}-{total % 12 + 1:02d}"
    days = 7 * n if unit == "week" else n
    value = anchor + timedelta(days=days)
    return value.isoformat() if unit == "day" else f"{value.year}-{value.month:02d}"


def _weekday(anchor: date, m: re.Match[str], future: bool | None) -> str:
    wd = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").strip().lower()
    if rel and rel not in ("last", "this", "next", "on"):
        # Russian: "в минувшую пятницу" is the last one, "в следующий вторник" the next.
        rel = {-1: "last", 1: "next"}.get(_ru_step(rel), "")
    if future is None and rel not in ("last", "next"):
        # A plan told in the past ("were to arrive on Wednesday"): the nearest such day.
        ahead = (wd - anchor.weekday()) % 7
        future = 0 < ahead < 7 - ahead
    if rel == "next" or (future and rel != "last"):
        delta = (wd - anchor.weekday()) % 7
        if rel == "next" and delta == 0:
            delta = 7
        return (anchor + timedelta(days=delta)).isoformat()
    # A past event "on Tuesday" in an article dated Tuesday is that same day (NOTES.md pitfall).
    delta = (anchor.weekday() - wd) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return (anchor - timedelta(days=delta)).isoformat()
