"""A deal's status at every report day, computed once: any ``as_of`` is then a bisect.

``status.status_as_of(D)`` looks at the claims reported on or before D. Which claims those are
changes only on the days the deal's claims were reported (a claim counts from the first day
of its report date's period; ``dates.on_or_before``), so between two such days the status is
the same. ``StatusTimeline`` walks a deal's claims once in report order and keeps, after each
report day, what a list of deals filters and sorts on (``Summary``: stage, factuality, halt,
how many claims are known and the span of their dates). It keeps running aggregates instead
of re-deriving the status from all known claims, so building it costs O(claims log claims)
and answering a date costs one bisect, where computing every deal's status afresh for each
new date cost 0.2-1.2 s of CPU on a 100,000-claim register.

The aggregates follow ``status.status_as_of``'s rule exactly (a test compares the two on
every report day of generated deals):

- stage and factuality: the furthest main-line stage of the strongest factuality known, so a
  running maximum per factuality;
- a halt is listed unless it ended before every supporting claim's time (``_halts``): some halt
  of a kind is listed iff one of them, or a supporting claim, has no known time, or the latest
  end of those halts is on or after the earliest start of the supporting claims' times. Those
  are running minima and maxima per (stage, factuality) and per kind of halt.

The full ``Status`` (supporting claims, disputes, stories) is computed only for the deals a
page shows (``status_as_of``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from armsledger.models import STAGE_ORDER, Claim, Factuality, Stage
from armsledger.reconcile import dates
from armsledger.reconcile.dates import Reported
from armsledger.reconcile.status import Status

_PRECEDENCE = (Factuality.ASSERTED, Factuality.EXPECTED, Factuality.POSSIBLE)
_HALTS = (Stage.CANCELLED, Stage.POSTPONED)

Span = tuple[date, date]


@dataclass(frozen=True)
class Summary:
    """What the deals list needs of a status (``Status`` has the same names)."""

    stage: Stage | None
    factuality: Factuality | None
    halted: Stage | None
    known: int  # number of known claims
    span: Span | None  # first and last day of the known claims' times (``claim_span``)


def claim_span(claims: Iterable[Claim], reported: Reported) -> Span | None:
    """First and last day covered by the claims' times (``when``, else report date)."""
    spans = [s for c in claims if (s := dates.interval(dates.effective_date(c, reported)))]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def summary_of(status: Status, reported: Reported) -> Summary:
    """The ``Summary`` of a status computed directly (what ``StatusTimeline.at`` must equal)."""
    return Summary(
        status.stage,
        status.factuality,
        status.halted,
        len(status.known),
        claim_span(status.known, reported),
    )


class _Extent:
    """Running earliest start, latest end and whether some member has no known time."""

    __slots__ = ("count", "first", "last", "undated")

    def __init__(self) -> None:
        self.count = 0
        self.first: date | None = None
        self.last: date | None = None
        self.undated = False

    def add(self, span: Span | None) -> None:
        self.count += 1
        if span is None:
            self.undated = True
            return
        if self.first is None or span[0] < self.first:
            self.first = span[0]
        if self.last is None or span[1] > self.last:
            self.last = span[1]


class _Running:
    """The aggregates of the claims known so far (see the module doc)."""

    def __init__(self) -> None:
        self.known = 0
        self.span = _Extent()
        self.furthest: dict[Factuality, Stage] = {}
        self.support: dict[tuple[Stage, Factuality], _Extent] = {}
        self.halts: dict[Stage, _Extent] = {}

    def add(self, claim: Claim, reported: Reported) -> None:
        self.known += 1
        stage, fact = Stage(claim.stage), Factuality(claim.factuality)
        time = dates.interval(dates.effective_date(claim, reported))
        self.span.add(time)
        if STAGE_ORDER[stage] > 0:
            held = self.furthest.get(fact)
            if held is None or STAGE_ORDER[stage] > STAGE_ORDER[held]:
                self.furthest[fact] = stage
            self.support.setdefault((stage, fact), _Extent()).add(time)
        elif stage in _HALTS and fact == Factuality.ASSERTED:
            self.halts.setdefault(stage, _Extent()).add(time)

    def summary(self) -> Summary:
        fact = next((f for f in _PRECEDENCE if f in self.furthest), None)
        stage = self.furthest[fact] if fact is not None else None
        support = self.support[(stage, fact)] if stage is not None and fact is not None else None
        halted = next((h for h in _HALTS if self._listed(h, support)), None)
        first, last = self.span.first, self.span.last
        span = (first, last) if first is not None and last is not None else None
        return Summary(stage, fact, halted, self.known, span)

    def _listed(self, kind: Stage, support: _Extent | None) -> bool:
        halts = self.halts.get(kind)
        if halts is None:
            return False
        if support is None or support.undated or halts.undated:
            return True
        # Both have a known time for every member here, so first and last are set.
        assert halts.last is not None and support.first is not None
        return halts.last >= support.first


class StatusTimeline:
    """One deal's ``Summary`` after each of its report days (see the module doc)."""

    def __init__(self, claims: Sequence[Claim], reported: Reported) -> None:
        bounds: list[Claim] = []
        dated: list[tuple[int, Claim]] = []
        undated: list[Claim] = []
        for claim in claims:
            span = dates.interval(dates.claim_report_date(claim, reported))
            if span is not None:
                dated.append((span[0].toordinal(), claim))
            elif dates.claim_report_bound(claim, reported):
                # An upper bound ("updated" stamp) counts for every as_of (known_claims).
                bounds.append(claim)
            else:
                undated.append(claim)
        dated.sort(key=lambda pair: pair[0])
        running = _Running()
        for claim in bounds:
            running.add(claim, reported)
        days: list[int] = []
        summaries = [running.summary()]
        for i, (day, claim) in enumerate(dated):
            running.add(claim, reported)
            if i + 1 == len(dated) or dated[i + 1][0] != day:
                days.append(day)
                summaries.append(running.summary())
        for claim in undated:
            running.add(claim, reported)
        self.days = tuple(days)
        self.summaries = tuple(summaries)
        # With no cutoff every claim is known, those with no report date too.
        self.unbounded = running.summary() if undated else summaries[-1]

    def at(self, as_of: str | None) -> Summary:
        """The summary of ``status_as_of(claims, reported, as_of)``."""
        span = dates.interval(as_of) if as_of else None
        if span is None:
            return self.unbounded
        return self.summaries[bisect.bisect_right(self.days, span[1].toordinal())]
