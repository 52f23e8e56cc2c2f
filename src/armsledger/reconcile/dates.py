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
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from armsledger.calendar import valid_parts
from armsledger.errors import QueryError
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
    # The one calendar check (``armsledger.calendar``): "0000", month 13 and 30 February are
    # impossible here exactly as they are for the ingest readers.
    return parts if valid_parts(parts) else None


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


# Where an article's report date was found, by the ``*_from`` values the readers write. Any
# other ``published_from`` (or none, for a date given by a caller) counts as "published".
_PUBLISHED_FROM = {"text-dateline": "dateline", "feed": "feed"}
# An update stamp is an upper bound on when the story ran, except the crawler's own fetch
# date: it is when this copy was seen, a report date in its own right (marked "crawl").
_UPDATED_FROM = {"warc-date": "crawl"}
UPDATED_ONLY = "updated-only"
BASES = ("published", "dateline", "feed", "crawl", UPDATED_ONLY)


@dataclass(frozen=True)
class ReportDate:
    """When an article became known, and where that date came from (``BASES``).

    An ``updated-only`` date ("Updated ... Jan 29, 2020" with no publication date) is an
    upper bound: the story ran *by* then, possibly years before. It is shown ("reported by
    2020-01-29") but never orders anything (``ordering`` is None): it resolves no relative
    date, places no claim before or after another, and hides no claim from an as-of view.
    ``copy`` is the doc of the near-duplicate copy the date was taken from, when it is not
    the article's own (a story is dated by its earliest dated copy).
    """

    date: str
    basis: str = "published"
    copy: str | None = None

    @property
    def bound(self) -> bool:
        return self.basis == UPDATED_ONLY

    @property
    def ordering(self) -> str | None:
        """The date to compare and order by; None for an upper bound."""
        return None if self.bound else self.date

    @property
    def label(self) -> str:
        """``2017-03-22 (published)``, ``by 2020-01-29 (updated-only)``: the date with its mark."""
        mark = self.basis + (f", from copy {self.copy}" if self.copy else "")
        return f"{'by ' if self.bound else ''}{self.date} ({mark})"

    def __str__(self) -> str:
        return self.label


def article_report(
    published: str | None,
    published_from: str | None = None,
    updated: str | None = None,
    updated_from: str | None = None,
) -> ReportDate | None:
    """An article's report date with its provenance: the publication date, else the update
    or crawl stamp (the update one as an upper bound)."""
    if (day := normalize(published)) is not None:
        return ReportDate(day, _PUBLISHED_FROM.get(published_from or "", "published"))
    if (day := normalize(updated)) is not None:
        return ReportDate(day, _UPDATED_FROM.get(updated_from or "", UPDATED_ONLY))
    return None


# What a user may type for a date (``--as-of``, ``?as_of=``, ``?from=``, ``?to=``).
ACCEPTED = "YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019, 2019-12 or 2019-12-31"
_INPUT = re.compile(r"^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def date_input(name: str, value: str | None) -> str | None:
    """A date typed by a user, as canonical partial ISO; None for a blank one.

    The one check behind every date the CLI, the web pages and the API accept, so the same
    text is a date everywhere or nowhere. ``QueryError`` (one line, naming ``name`` and the
    accepted forms) for anything else: "31/12/2019", "2019-13", "0000", "yesterday".
    """
    text = (value or "").strip()
    if not text:
        return None
    normal = normalize(text) if _INPUT.match(text) else None
    if normal is not None:
        return normal
    hint = f"use {ACCEPTED}"
    if (m := _DAY_FIRST.match(text)) is not None:
        a, b, year = (int(g) for g in m.groups())
        readings = {normalize(f"{year}-{b}-{a}"), normalize(f"{year}-{a}-{b}")} - {None}
        if len(readings) == 1:
            hint += f" (did you mean {readings.pop()}?)"
    sep = "" if name.endswith("=") else " "
    raise QueryError(f"{name}{sep}{text!r} is not a date", hint=hint)


def report_date(article: Article) -> ReportDate | None:
    """When an article became known (see ``article_report``)."""
    return article_report(
        article.published, article.published_from, article.updated, article.updated_from
    )


def report_dates(articles: Iterable[Article]) -> dict[str, ReportDate | None]:
    """``{article.id: report_date(article)}`` for the ``reported`` argument of every function."""
    return {a.id: report_date(a) for a in articles}


def story_dates(
    own: Mapping[str, ReportDate | None], stories: Mapping[str, str], docs: Mapping[str, str]
) -> dict[str, ReportDate | None]:
    """Every article dated by its story's earliest dated copy (an upper bound only when no
    copy has a real date: then the earliest bound); ``docs`` names the copies."""
    best: dict[str, tuple[str, ReportDate]] = {}
    for aid, day in own.items():
        if day is None:
            continue
        story = stories.get(aid, aid)
        held = best.get(story)
        if held is None or _earlier(day, held[1]):
            best[story] = (aid, day)
    out: dict[str, ReportDate | None] = {}
    for aid, day in own.items():
        held = best.get(stories.get(aid, aid))
        if held is None or held[0] == aid or (day is not None and not _earlier(held[1], day)):
            out[aid] = day
        else:
            out[aid] = ReportDate(held[1].date, held[1].basis, docs.get(held[0], held[0]))
    return out


def _earlier(a: ReportDate, b: ReportDate) -> bool:
    # A real date beats any bound; then the earlier date.
    return (a.bound, sort_key(a.date)) < (b.bound, sort_key(b.date))


# What every reconcile function takes as ``reported``: article id -> report date (a plain
# string is a publication date, for callers without provenance).
Reported = Mapping[str, str | ReportDate | None] | None


def claim_report(claim: Claim, reported: Reported) -> ReportDate | None:
    """The claim's report date with its provenance (a plain string counts as published)."""
    if reported is None:
        return None
    value = reported.get(claim.article_id)
    if isinstance(value, ReportDate):
        return value
    day = normalize(value)
    return ReportDate(day) if day is not None else None


def claim_report_date(claim: Claim, reported: Reported) -> str | None:
    """The date to order the claim by: its report date, unless that is only an upper bound.

    Called for every pair of claims a contradiction search compares: kept to one lookup."""
    if reported is None:
        return None
    value = reported.get(claim.article_id)
    if isinstance(value, ReportDate):
        return None if value.basis == UPDATED_ONLY else value.date
    return normalize(value)


def claim_report_bound(claim: Claim, reported: Reported) -> bool:
    if reported is None:
        return False
    value = reported.get(claim.article_id)
    return isinstance(value, ReportDate) and value.basis == UPDATED_ONLY


def effective_date(claim: Claim, reported: Reported) -> str | None:
    """When the claim says its step happened: its ``when``, else the date it was reported.

    A claim with no ``when`` speaks of the present of its article ("deliveries are under way",
    "has not begun"), so its report date is the best reading of its time; an upper bound is
    no such reading (the claim may be years older), so the time is then unknown.
    """
    return normalize(claim.when) or claim_report_date(claim, reported)
