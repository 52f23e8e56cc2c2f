"""The deal page's visual timeline, laid out here and drawn as inline SVG by the template.

One lane per stage, time running left to right. Each claim is a marker at its event date
(``when``): a dot for a day, a bar for a month or a year. Its report date (when the article
ran) is a small diamond joined to it by a thin line, so a background fact reported years later
shows its lag at a glance. A claim with no ``when`` sits at its report date as a hollow ring.
Factuality sets the marker's look (asserted, denied, expected, possible); claims in a
contradiction get a red ring, and each contradiction a dashed red line between its two claims.

Identical markers (same stage, factuality, dates) are drawn once with a count, and at most
``MAX_MARKERS`` are drawn; the claims table below the picture lists everything. Only geometry
and CSS class names leave this module: colours live in the stylesheet (the CSP forbids inline
styles).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from armsledger.models import Stage
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import Contradiction
from armsledger.reconcile.timeline import TimelineEntry

WIDTH = 960
LEFT = 96  # room for the lane labels
RIGHT = 16
TOP = 28  # room for the year labels
LANE = 40
MAX_MARKERS = 400
MAX_LINKS = 100
# Vertical offset within a lane by factuality, so an assertion and its denial never overlap.
SUBROW = {"asserted": -10.0, "denied": 10.0, "expected": -3.0, "possible": 3.0}
LANES = tuple(Stage)


@dataclass(frozen=True)
class Marker:
    claim_id: str
    x: float  # event position (start of its period)
    x_end: float  # end of its period (== x for a day)
    y: float
    x_report: float | None  # report-date diamond, when the event has its own date
    css: str
    label: str
    count: int

    @property
    def cx(self) -> float:
        return round((self.x + self.x_end) / 2, 1)

    @property
    def width(self) -> float:
        return round(self.x_end - self.x, 1)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Lane:
    y: float  # centre line
    top: float
    label: str
    height: int = LANE


@dataclass(frozen=True)
class Link:
    x1: float
    y1: float
    x2: float
    y2: float
    href: str
    label: str


@dataclass(frozen=True)
class TimelinePicture:
    width: int
    height: int
    lanes: tuple[Lane, ...]
    ticks: tuple[Tick, ...]
    markers: tuple[Marker, ...]
    links: tuple[Link, ...]
    omitted: int  # markers not drawn (over MAX_MARKERS)
    undated: int  # claims with neither an event nor a report date

    @property
    def plot_bottom(self) -> int:
        return self.height - 8


class ScaleFn:
    def __init__(self, lo: date, hi: date) -> None:
        self.lo = lo
        self.days = max((hi - lo).days + 1, 1)

    def __call__(self, day: date) -> float:
        return round(LEFT + (day - self.lo).days / self.days * (WIDTH - LEFT - RIGHT), 1)


def _bounds(entries: Sequence[TimelineEntry]) -> tuple[date, date] | None:
    spans = [s for e in entries for v in (e.event_date, e.report_date) if (s := dates.interval(v))]
    if not spans:
        return None
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    return date(lo.year, 1, 1), date(hi.year, 12, 31)


def _ticks(lo: date, hi: date, x: ScaleFn) -> tuple[Tick, ...]:
    years = hi.year - lo.year + 1
    step = next(s for s in (1, 2, 5, 10, 25, 50, 100) if years / s <= 16)
    first = lo.year + (-lo.year) % step
    return tuple(Tick(x(date(y, 1, 1)), str(y)) for y in range(first, hi.year + 1, step))


def layout(
    entries: Sequence[TimelineEntry],
    contradictions: Sequence[Contradiction] = (),
    contradicted: Mapping[str, str] | None = None,
) -> TimelinePicture:
    contradicted = contradicted or {}
    lanes = tuple(
        Lane(y=TOP + i * LANE + LANE / 2, top=TOP + i * LANE, label=str(s))
        for i, s in enumerate(LANES)
    )
    height = TOP + LANE * len(LANES) + 8
    bounds = _bounds(entries)
    if bounds is None:
        return TimelinePicture(WIDTH, height, lanes, (), (), (), 0, len(entries))
    x = ScaleFn(*bounds)
    groups: dict[tuple[object, ...], list[TimelineEntry]] = {}
    undated = 0
    for e in entries:
        if e.sort_date is None:
            undated += 1
            continue
        key = (e.claim.stage, e.claim.factuality, e.event_date, e.report_date,
               e.claim.id in contradicted)  # fmt: skip
        groups.setdefault(key, []).append(e)
    markers: list[Marker] = []
    position: dict[str, tuple[float, float]] = {}
    for group in groups.values():
        marker = _marker(group, x, contradicted)
        for e in group:
            position[e.claim.id] = (marker.cx, marker.y)
        markers.append(marker)
    drawn = markers[:MAX_MARKERS]
    links = []
    for c in contradictions[:MAX_LINKS]:
        if c.a.id in position and c.b.id in position:
            (x1, y1), (x2, y2) = position[c.a.id], position[c.b.id]
            links.append(Link(x1, y1, x2, y2, f"#contradiction-{c.id}", str(c.kind)))
    return TimelinePicture(
        width=WIDTH,
        height=height,
        lanes=lanes,
        ticks=_ticks(bounds[0], bounds[1], x),
        markers=tuple(drawn),
        links=tuple(links),
        omitted=len(markers) - len(drawn),
        undated=undated,
    )


def _marker(group: list[TimelineEntry], x: ScaleFn, contradicted: Mapping[str, str]) -> Marker:
    first = group[0]
    claim = first.claim
    lane = LANES.index(claim.stage)
    y = TOP + lane * LANE + LANE / 2 + SUBROW.get(str(claim.factuality), 0.0)
    css = [f"f-{claim.factuality}", f"s-{claim.stage}"]
    event = dates.interval(first.event_date)
    report = dates.interval(first.report_date)
    x_report = None
    if event is not None:
        x0, x1 = x(event[0]), x(event[1] + timedelta(days=1))
        if report is not None:
            x_report = x(report[0])
    else:
        assert report is not None  # entries without any date are skipped by the caller
        x0 = x1 = x(report[0])
        css.append("by-report")
        if first.dated_by == "bound":
            css.append("bound")  # an upper bound: drawn as "by then", not "then"
    if x1 - x0 < 3:
        x1 = x0
    if claim.id in contradicted:
        css.append("contra")
    when = first.event_date or "no date given"
    label = (
        f"{claim.stage} ({claim.factuality}) — event {when}, reported {first.report_label or '?'}"
        f" — {first.attribution}"
    )
    if len(group) > 1:
        label += f" — {len(group)} claims"
    return Marker(claim.id, x0, x1, round(y, 1), x_report, " ".join(css), label, len(group))
