"""Partial ISO dates (``2019``, ``2019-07``, ``2019-07-12``) as the day intervals they cover.

Every comparison in ``reconcile`` goes through here so one rule holds everywhere:

- A partial date stands for the whole period it names: ``2019`` is 2019-01-01..2019-12-31.
- "On or before D" (status as of a date) is true when the period *starts* on or before the end
  of D's period: a claim reported only as "2019" counts as known by 2019-12-31 and also by
  2019-03-01, because it may have been. This equals comparing at the common prefix precision
  (``2019`` vs ``2019-07-12`` compare as ``2019`` vs ``2019``), the rule the brief asks for; it
  errs toward showing a claim rather than hiding it, and article dates are nearly always
  day-precise anyway.
- "Strictly before" (one step clearly preceding another) needs the whole first period to end
  before the second starts: ``2018`` is before ``2019-01-01``, ``2019`` is not before ``2019-07``.
- Sorting uses the tuple form, so a coarser date sorts before finer ones it contains
  (``2019`` < ``2019-01`` < ``2019-01-01`` < ``2019-02``).

Unparseable strings are treated as unknown (None), never as errors: dates come from extraction
and from page metadata, and one bad stamp must not sink a register.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from datetime import MINYEAR, date
from functools import lru_cache

from armsledger.models import Article, Claim

_PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")

DateKey = tuple[int, ...]


# Cached: contradiction search compares every pair of a deal's claims, re-reading the same few
# date strings thousands of times.
@lru_cache(maxsize=8192)
def parse_partial(value: str | None) -> DateKey | None:
    """``"2019-07"`` -> ``(2019, 7)``; a longer ISO timestamp keeps its date part; junk -> None."""
    if not value:
        return None
    m = _PARTIAL.match(value)
    if not m:
        return None
    parts = tuple(int(p) for p in m.groups() if p is not None)
    if parts[0] < MINYEAR:  # "0000": no such year for datetime.date, which would raise later
        return None
    try:
        if len(parts) >= 2 and not 1 <= parts[1] <= 12:
            return None
        if len(parts) == 3:
            date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
    return parts


def interval(value: str | DateKey | None) -> tuple[date, date] | None:
    """The first and last day a partial date covers."""
    key = parse_partial(value) if isinstance(value, str) or value is None else value
    if key is None:
        return None
    year = key[0]
    if len(key) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    month = key[1]
    if len(key) == 2:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date(year, month, key[2])
    return day, day


def on_or_before(value: str | None, cutoff: str | None) -> bool:
    """May ``value`` have happened on or before ``cutoff``? (see the module rule).

    A missing cutoff means "no cutoff" (always true); an unknown value is never on or before a
    real cutoff, so claims with no report date count only for an unbounded status.
    """
    if cutoff is None:
        return True
    span, limit = interval(value), interval(cutoff)
    if limit is None:
        return True
    if span is None:
        return False
    return span[0] <= limit[1]


def strictly_before(a: str | None, b: str | None) -> bool:
    """Does the whole period of ``a`` end before ``b`` starts? Unknown dates are never before."""
    sa, sb = interval(a), interval(b)
    if sa is None or sb is None:
        return False
    return sa[1] < sb[0]


def gap_days(a: str | None, b: str | None) -> int | None:
    """Days between the two periods (0 when they overlap); None when either is unknown."""
    sa, sb = interval(a), interval(b)
    if sa is None or sb is None:
        return None
    if sa[1] < sb[0]:
        return (sb[0] - sa[1]).days
    if sb[1] < sa[0]:
        return (sa[0] - sb[1]).days
    return 0


def start_distance(a: str | None, b: str | None) -> int | None:
    """Days from the start of ``a``'s period to the start of ``b``'s (negative if b is first).

    Used for "clearly before": a delivery "in 2019" is a year before a denial of 2020-01-05,
    though the periods are only five days apart at their nearest.
    """
    sa, sb = interval(a), interval(b)
    if sa is None or sb is None:
        return None
    return (sb[0] - sa[0]).days


def disagree(a: str | None, b: str | None, tolerance_days: int = 0) -> bool:
    """Do two stated dates name different times, at the precision both give?

    ``2019`` vs ``2019-07-12`` agree (compared as years); ``2014`` vs ``2015`` disagree; two
    day-precise dates disagree only when more than ``tolerance_days`` apart.
    """
    ka, kb = parse_partial(a), parse_partial(b)
    if ka is None or kb is None:
        return False
    n = min(len(ka), len(kb))
    if ka[:n] == kb[:n]:
        return False
    if n == 3:
        gap = gap_days(a, b)
        return gap is not None and gap > tolerance_days
    return True


def year_of(value: str | None) -> int | None:
    key = parse_partial(value)
    return key[0] if key else None


def sort_key(value: str | None) -> tuple[int, DateKey]:
    """Known dates first, in tuple order; unknown dates last."""
    key = parse_partial(value)
    return (0, key) if key is not None else (1, ())


def normalize(value: str | None) -> str | None:
    """The canonical partial-ISO text of a date (``2019-7-1`` -> ``2019-07-01``), or None."""
    key = parse_partial(value)
    if key is None:
        return None
    return "-".join([f"{key[0]:04d}", *(f"{p:02d}" for p in key[1:])])


def report_date(article: Article) -> str | None:
    """When an article became known: its publication date, else its update/crawl stamp.

    The update stamp is a fallback only: it can be years after the story ran (seed 000), which
    makes a claim look *later* than it was, never earlier, so a status as of D stays free of
    hindsight.
    """
    return normalize(article.published) or normalize(article.updated)


def report_dates(articles: Iterable[Article]) -> dict[str, str | None]:
    """``{article.id: report_date(article)}`` for the ``reported`` argument of every function."""
    return {a.id: report_date(a) for a in articles}


def claim_report_date(claim: Claim, reported: Mapping[str, str | None] | None) -> str | None:
    if reported is None:
        return None
    return normalize(reported.get(claim.article_id))


def effective_date(claim: Claim, reported: Mapping[str, str | None] | None) -> str | None:
    """When the claim says its step happened: its ``when``, else the date it was reported.

    A claim with no ``when`` speaks of the present of its article ("deliveries are under way",
    "has not begun"), so its report date is the best reading of its time.
    """
    return normalize(claim.when) or claim_report_date(claim, reported)
