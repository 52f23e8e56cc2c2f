"""Finding an article's own dates: datelines, "Updated" lines and metadata values.

Regexes, not dateparser: the shapes are few and fixed ("Jul 30, 2020", "30 July 2020",
"2020-07-30"), a regex is ~100x faster, and dateparser reads weapon names as dates
("4 Su-35" → 1935-04-16, see NOTES.md). Output is ISO: ``YYYY-MM-DD``, or a shorter partial
ISO (``YYYY-MM``, ``YYYY``) when the source gives no more, never padded with an invented day.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable
from dataclasses import dataclass

from armsledger import calendar

# The one month table (``armsledger.calendar``), shared with reconcile and extract's.
MONTHS = calendar.MONTHS

_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)"
_TIME = r"(?:\s*(?:[-–|@,]|at)?\s*\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)"

# One pattern per shape; each names the same groups so one function reads them all.
_DATE_SHAPES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # Jul 30, 2020
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 30 July 2020
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
)

# A dateline is a line that is *only* a date: an optional "Published"/"Posted on" label, an
# optional weekday, the date, an optional time. Anything more ("Moscow, July 30 :") is prose.
_DATELINE_PREFIX = (
    r"^\s*(?:(?:published|posted|first published)(?:\s+on)?\s*:?\s*)?" + _WEEKDAY + "?"
)
_DATELINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(_DATELINE_PREFIX + shape.pattern + _TIME + r"?\s*$", re.IGNORECASE)
    for shape in _DATE_SHAPES
)

# "Updated 2:12 PM EST, Wed, Jan 29, 2020", "Last updated: 30 July 2020". Such a stamp says
# when the page last changed, which can be years after the story ran (seed 000: the story is
# from 2017, the stamp from 2020), so it is only ever stored as ``updated``.
_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)

# Datelines sit in the head of a story; looking further finds dates the story talks about.
HEAD_LINES = 6


@dataclass(frozen=True)
class HeadDates:
    """Dates found in the first lines of a text, and which lines held them."""

    published: str | None = None
    updated: str | None = None
    published_line: int | None = None
    updated_line: int | None = None


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` if the three numbers make a real calendar date, else None."""
    return calendar.iso_date(year, month, day)


def _from_match(match: re.Match[str]) -> str | None:
    mon = match.group("mon")
    month = int(mon) if mon.isdigit() else MONTHS[mon.lower()]
    return iso_date(int(match.group("year")), month, int(match.group("day")))


def find_date(text: str) -> str | None:
    """The earliest full date (any known shape) anywhere in ``text``."""
    best: tuple[int, str] | None = None
    for shape in _DATE_SHAPES:
        for match in shape.finditer(text):
            value = _from_match(match)
            if value is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), value)
                break
    return best[1] if best else None


def parse_dateline(line: str) -> str | None:
    """The date if ``line`` is nothing but a date (with optional label, weekday, time)."""
    if len(line) > 80:  # cheap exit: prose lines are long, datelines are not
        return None
    for pattern in _DATELINES:
        match = pattern.match(line)
        if match:
            return _from_match(match)
    return None


def parse_updated_line(line: str) -> str | None:
    """The date of an "Updated ..." line, or None if the line is not one or has no date."""
    if len(line) > 120 or not _UPDATED.match(line):
        return None
    return find_date(line)


def is_date_line(line: str) -> bool:
    """True for a dateline or an "Updated ..." line (neither can be a title)."""
    return parse_dateline(line) is not None or parse_updated_line(line) is not None


def scan_head(lines: Iterable[str], limit: int = HEAD_LINES) -> HeadDates:
    """Look for a dateline and an "Updated" line among the first ``limit`` non-empty lines."""
    published = updated = None
    published_line = updated_line = None
    seen = 0
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > limit:
            break
        if updated is None and (value := parse_updated_line(line)) is not None:
            updated, updated_line = value, number
        elif published is None and (value := parse_dateline(line)) is not None:
            published, published_line = value, number
    return HeadDates(published, updated, published_line, updated_line)


_ISO_PREFIX = re.compile(
    r"^(?P<year>(?:19|20)\d\d)(?:-(?P<mon>\d\d)(?:-(?P<day>\d\d))?)?(?=$|[T\s])"
)


def normalise_date(value: object) -> str | None:
    """A metadata date (record field, feed entry, WARC header) as (partial) ISO, or None.

    Keeps the date as written in its own time zone: "2020-07-30T23:30:00-04:00" is the 30th,
    the day the publisher printed, not the 31st it was in UTC.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds are common
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = _ISO_PREFIX.match(text)
    if match:
        year, mon, day = match.group("year", "mon", "day")
        if day:
            return iso_date(int(year), int(mon), int(day))
        if mon:
            return f"{year}-{mon}" if calendar.valid_parts((int(year), int(mon))) else None
        return year
    try:
        # RFC 822 dates, as in RSS <pubDate> and HTTP headers.
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(text)
