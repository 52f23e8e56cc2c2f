"""Time expressions, second stage: the date one found expression gives, read against the article's
date (``resolve``), and the calendar reckoning it needs (months and weekdays by name, spans
counted forward and back, what two readings agree on). ``timex`` finds the expressions and
reads them in their sentence's context.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from armsledger.extract.morphology import has_cyrillic, lemma, lemmas, month_number
from armsledger.extract.rules import word_values

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
NUMBER_WORDS |= word_values("time.more_number_words")  # "eighteen months later"

# Russian relative words by their dictionary form ("в прошлом году" -> прошлый, год).
RU_STEPS = {"прошлый": -1, "минувший": -1, "этот": 0, "текущий": 0, "нынешний": 0,
            "следующий": 1, "будущий": 1, "ближайший": 1}  # fmt: skip
RU_UNITS = {"год": "year", "месяц": "month", "неделя": "week", "день": "day"}


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


def month_of(m: re.Match[str]) -> int:
    word = m.group("month").lower().rstrip(".")
    return MONTHS.get(word) or month_number(word)


def resolve(kind: str, m: re.Match[str], anchor: date | None, future: bool | None) -> str | None:
    if kind == "iso":
        return f"{m.group('year')}-{m.group('m')}-{m.group('d')}"
    if kind in ("mdy", "dmy"):
        return _ymd(int(m.group("year")), month_of(m), int(m.group("day")))
    if kind == "fiscal" and m.group("yy"):
        return f"20{m.group('yy')}"  # "FY25": budgets of this century
    if kind in ("half", "part", "fiscal", "year_prep", "yearonly"):
        return m.group("year")
    if kind == "my":
        return f"{m.group('year')}-{month_of(m):02d}"
    if kind == "numdate":
        return _numdate(m)
    if anchor is None:
        return None
    if kind == "monthrel":
        rel = m.group("rel").lower()
        step = _ru_step(rel) if has_cyrillic(rel) else {"next": 1, "last": -1}.get(rel, 0)
        return f"{anchor.year + step}-{month_of(m):02d}"
    if kind == "inunits":
        unit = unit_of(m.group("unit"))
        # "In two to three weeks": what the readings of the count agree on.
        end = agreed(shift(anchor, unit, count(m.group("num"))), shift(anchor, unit, _hi(m)))
        # "Within a year", "in the next six months": any day from now to the end.
        span = m.groupdict().get("span")
        return agreed(shift(anchor, unit, 0), end) if span else end
    if kind in ("endyear", "relyearpart"):
        rel = m.group("rel").lower()
        step = _ru_step(rel) if has_cyrillic(rel) else {"next": 1, "last": -1}.get(rel, 0)
        return str(anchor.year + step)
    if kind == "decade":
        return str(anchor.year // 10 * 10 + 9)
    if kind == "numdm":
        return _numdm(m, anchor)
    if kind in ("md", "dm"):
        month, day = month_of(m), int(m.group("day"))
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
        month, rel = month_of(m), m.group("rel").lower()
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
        unit = unit_of(m.group("unit"))
        return agreed(shift(anchor, unit, -count(m.group("num"))), shift(anchor, unit, -_hi(m)))
    if kind == "fewdays":
        # "A few days" is up to a week, "a few weeks" or "months" up to six: keep what every
        # reading of that stretch agrees on.
        # Russian rules name the backward words in a group of their own ("в последние недели").
        back = bool(m.groupdict().get("back")) or (m.group("dir") or "").lower() in (
            "last",
            "past",
            "recent",
        )
        unit = unit_of(m.group("unit"))
        if unit == "day":
            far: str | None = (anchor + timedelta(days=-7 if back else 7)).isoformat()
        else:
            far = shift(anchor, unit, -FEW[-1] if back else FEW[-1])
        return agreed(anchor.isoformat(), far)
    if kind == "yearpart":
        return str(anchor.year)
    if kind == "monthend":
        step = {"next": 1, "last": -1}.get(m.group("rel").lower(), 0)
        return shift(anchor, "month", step)
    if kind == "season":
        return _season(anchor, m, bool(future))
    if kind == "weekend":
        return _weekend(anchor, m, bool(future))
    if kind == "fewago":
        # "A few" (FEW): keep what every such distance back agrees on.
        unit = unit_of(m.group("unit"))
        return agreed(shift(anchor, unit, -FEW[0]), shift(anchor, unit, -FEW[-1]))
    if kind == "relunit":
        rel = m.group("rel").lower()
        if rel == "past":  # "over the past year": the span that ends on the article's date
            unit = m.group("unit").lower()
            return agreed(shift(anchor, unit, -1), shift(anchor, unit, 0))
        step = 1 if rel == "next" else -1 if rel in ("last", "previous", "past") else 0
        return shift(anchor, m.group("unit").lower(), step)
    if kind == "weekday":
        return _weekday(anchor, m, future)
    if kind == "ru_rel":
        step = _ru_step(m.group("rel").lower())
        return shift(anchor, RU_UNITS.get(lemma(m.group("unit").lower()), "year"), step)
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


# How many units "a few" (and a bare plural: "weeks later", "in the coming months") counts:
# two to six.
FEW = (2, 6)
# How far back a plan's day without a year is read as this year's (see _resolve, "md").
RECENT_PLAN_MONTHS = 2
# The month each season starts in (time.season_starts; northern: news of arms transfers rarely
# means otherwise; a winter straddles two years).
SEASON_START = word_values("time.season_starts") | word_values("time.ru.season_starts")


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


def _numdm(m: re.Match[str], anchor: date) -> str | None:
    """ "On 3/14": month first (the US) or day first, each reading that is a day, in the year
    that puts its month nearest the article's date; what the readings share."""
    a, b = int(m.group("a")), int(m.group("b"))
    readings = [
        value
        for month, day in ((a, b), (b, a))
        if 1 <= month <= 12
        and 1 <= day <= 31
        and (value := _ymd(_nearest_any(anchor, month), month, day)) is not None
        and len(value) == len("2000-01-01")
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


def count(num: str | None) -> int:
    """A span's count: digits or a number word; none named is one ("через год")."""
    if not num:
        return 1
    num = num.lower()
    return int(num) if num.isdigit() else NUMBER_WORDS[num]


def _hi(m: re.Match[str]) -> int:
    """The larger count of a range ("two to three weeks"), else the one count."""
    hi = m.groupdict().get("hi")
    return count(hi) if hi else count(m.group("num"))


def unit_of(word: str) -> str:
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


def shift(anchor: date, unit: str, n: int) -> str:
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
