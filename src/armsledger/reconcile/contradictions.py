"""Contradictions between claims about one deal: shown as pairs, never silently resolved.

Kinds (each pair keeps both claims, so both evidences and sources are at hand):

- ``asserted_vs_denied``: one source says a step happened, another (or the same, correcting
  itself) says it did not, and the denial is not mere history (below). "Deliveries are under
  way" vs "Russia denied that the delivery has gotten underway".
- ``done_vs_not_begun``: the delivery case where the assertion dates the delivery clearly
  before the denial (its period ends before the denial's time, ``when`` else report date, and
  starts more than ``SAME_OCCASION_DAYS`` before it): "China received the first batch in 2018"
  vs "delivery has not begun" said in 2020. Within ``SAME_OCCASION_DAYS`` the two are one
  exchange in the news and stay ``asserted_vs_denied``.
- ``date_mismatch``: the same step asserted with explicit dates that differ at the precision
  both give (``2014`` vs ``2015``; ``2019`` and ``2019-07`` agree), day-precise dates only
  when more than ``DATE_TOLERANCE_DAYS`` apart. Only for steps that happen at a point in
  time (agreement, delivery, postponement, cancellation); talks and production run for years.
  Deliveries come in batches: delivery dates must differ in their year, and the mismatch
  carries a note saying the dates may be of different batches.
- ``halted_vs_later_delivery``: a postponement or cancellation, then a delivery asserted for a
  later time.

A denial whose time lies wholly before the assertion's ("not begun" in 2017, "delivered" in
2018) is no contradiction: the deal moved on. A denial with its own ``when`` speaks only of that
period. Syndicated copies are not independent: claims are first collapsed into statements
(``stories.collapse_copies``), so a story with five copies yields one pair, with the other
copies listed on the contradiction. Two sources quoted in one article are two statements.

A denial that comes with an earlier stage asserted in the same story ("not yet being delivered
but still in production") is a correction: the asserted claim is attached as
``correction``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import combinations

from armsledger.models import STAGE_ORDER, Claim, Factuality, Stage, content_hash
from armsledger.reconcile import dates
from armsledger.reconcile.dates import Reported
from armsledger.reconcile.deals import deal_key
from armsledger.reconcile.status import known_claims
from armsledger.reconcile.stories import collapse_copies, story_of

# Two claims within this many days of each other are one exchange in the news (a report and
# the denial "a day later", or "last week"), so they are asserted_vs_denied, not history. A
# month covers the relative dates articles use for such exchanges; a delivery dated a year
# before a denial is well beyond it.
SAME_OCCASION_DAYS = 31

# Dates within a week are the same date: resolving "on Tuesday" against an article's date can
# land a week off (shared/NOTES.md, dateparser), and that is no disagreement between sources.
DATE_TOLERANCE_DAYS = 7

# Steps that happen at a point in time, whose dates can disagree.
DATED_STAGES = frozenset({Stage.AGREEMENT, Stage.DELIVERY, Stage.POSTPONED, Stage.CANCELLED})
_HALTS = frozenset({Stage.POSTPONED, Stage.CANCELLED})

Statement = tuple[Claim, tuple[Claim, ...]]


class ContradictionKind(StrEnum):
    ASSERTED_VS_DENIED = "asserted_vs_denied"
    DONE_VS_NOT_BEGUN = "done_vs_not_begun"
    DATE_MISMATCH = "date_mismatch"
    HALTED_VS_LATER_DELIVERY = "halted_vs_later_delivery"


_KIND_ORDER = {kind: i for i, kind in enumerate(ContradictionKind)}

# One line per kind, for readers: the CLI's --help and legend, the web's contradictions page.
KIND_HELP: dict[str, str] = {
    ContradictionKind.ASSERTED_VS_DENIED: "one source says a step happened, another (or the "
    "same, correcting itself) says it did not",
    ContradictionKind.DONE_VS_NOT_BEGUN: "a delivery dated clearly before a later statement "
    "that it had not begun",
    ContradictionKind.DATE_MISMATCH: "the same step given different dates (deliveries: "
    "different years, possibly different batches)",
    ContradictionKind.HALTED_VS_LATER_DELIVERY: "a postponement or cancellation, then a "
    "delivery reported for a later time",
}


@dataclass(frozen=True)
class Contradiction:
    """Two claims that cannot both be right, as they stand.

    ``a`` is the assertion (or the earlier date, or the halt); ``b`` the denial (or the later
    date, or the later delivery). ``*_copies`` are the same statements in syndicated copies.
    """

    kind: ContradictionKind
    a: Claim
    b: Claim
    a_copies: tuple[Claim, ...] = ()
    b_copies: tuple[Claim, ...] = ()
    correction: Claim | None = None
    note: str = ""

    @cached_property
    def id(self) -> str:
        # Cached: sorting and linking read it many times (64,000 pairs in a large deal).
        return content_hash("contradiction", str(self.kind), self.a.id, self.b.id)

    @property
    def same_source(self) -> bool:
        """One voice contradicting itself (a correction or retraction)."""
        return bool(self.a.source) and _norm(self.a.source) == _norm(self.b.source)


def find_contradictions(
    claims: Iterable[Claim],
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    as_of: str | None = None,
) -> list[Contradiction]:
    """Every contradiction among the claims (of one deal or many: pairs never cross deals),
    among claims reported by ``as_of`` when given."""
    by_deal: dict[tuple[str, str | None, str | None], list[Claim]] = {}
    for claim in known_claims(claims, reported, as_of):
        by_deal.setdefault(deal_key(claim), []).append(claim)
    found: list[Contradiction] = []
    for deal_claims in by_deal.values():
        statements = collapse_copies(deal_claims, stories)
        for x, y in combinations(statements, 2):
            for first, second in ((x, y), (y, x)):
                hit = _pair(first, second, deal_claims, reported, stories)
                if hit is not None:
                    found.append(hit)
    found.sort(
        key=lambda c: (
            _KIND_ORDER[c.kind],
            dates.sort_key(dates.effective_date(c.a, reported)),
            c.id,
        )
    )
    return found


def _pair(
    x: Statement,
    y: Statement,
    deal_claims: list[Claim],
    reported: Reported,
    stories: Mapping[str, str] | None,
) -> Contradiction | None:
    a, b = x[0], y[0]
    kind: ContradictionKind | None
    note = ""
    correction = None
    if a.factuality == Factuality.ASSERTED and b.factuality == Factuality.DENIED:
        kind = _asserted_vs_denied(a, b, reported)
        if kind is not None:
            correction = _correction(a, b, deal_claims, stories)
    elif a.factuality == Factuality.ASSERTED and b.factuality == Factuality.ASSERTED:
        kind, note = _between_assertions(a, b, reported)
    else:
        return None
    if kind is None:
        return None
    return Contradiction(kind, a, b, x[1], y[1], correction, note)


def _asserted_vs_denied(a: Claim, d: Claim, reported: Reported) -> ContradictionKind | None:
    if a.stage != d.stage:
        return None
    a_time, d_time = dates.effective_date(a, reported), dates.effective_date(d, reported)
    if dates.strictly_before(d_time, a_time):
        return None  # the denial is history: the step happened after it
    if d.when and a.when and dates.gap_days(a.when, d.when) != 0:
        return None  # "not delivered in 2016" says nothing of a delivery in 2018
    lead = dates.start_distance(a_time, d_time)
    if (
        a.stage == Stage.DELIVERY
        and lead is not None
        and lead > SAME_OCCASION_DAYS
        and dates.strictly_before(a_time, d_time)
    ):
        return ContradictionKind.DONE_VS_NOT_BEGUN
    return ContradictionKind.ASSERTED_VS_DENIED


def _between_assertions(
    a: Claim, b: Claim, reported: Reported
) -> tuple[ContradictionKind | None, str]:
    if a.stage in _HALTS and b.stage == Stage.DELIVERY:
        if dates.strictly_before(
            dates.effective_date(a, reported), dates.effective_date(b, reported)
        ):
            note = (
                "a postponed delivery may since have resumed" if a.stage == Stage.POSTPONED else ""
            )
            return ContradictionKind.HALTED_VS_LATER_DELIVERY, note
        return None, ""
    if (
        a.stage == b.stage
        and a.stage in DATED_STAGES
        and dates.disagree(a.when, b.when, DATE_TOLERANCE_DAYS)
        # Batches within one year are routine ("first shipment in July, second in September"):
        # delivery dates disagree only when their years do.
        and (a.stage != Stage.DELIVERY or dates.year_of(a.when) != dates.year_of(b.when))
        # Emit each mismatch once, earlier date first.
        and dates.sort_key(a.when) < dates.sort_key(b.when)
    ):
        note = (
            "deliveries come in batches: these may be different batches"
            if a.stage == Stage.DELIVERY
            else ""
        )
        return ContradictionKind.DATE_MISMATCH, note
    return None, ""


def _correction(
    asserted: Claim,
    denial: Claim,
    deal_claims: list[Claim],
    stories: Mapping[str, str] | None,
) -> Claim | None:
    """An earlier main-line stage asserted in the denial's story: what the denier (or the
    corrected source) says is the case instead."""
    story = story_of(denial, stories)
    candidates = [
        c
        for c in deal_claims
        if story_of(c, stories) == story
        and c.factuality == Factuality.ASSERTED
        and 0 < STAGE_ORDER[c.stage] < STAGE_ORDER[denial.stage]
    ]
    if not candidates:
        return None

    def preference(c: Claim) -> tuple[int, int, str, int, str]:
        # The nearest stage below the denied one ("not delivery but production"), then a
        # claim by one of the two voices in the pair.
        return (
            -STAGE_ORDER[c.stage],
            0 if _norm(c.source) in (_norm(denial.source), _norm(asserted.source)) else 1,
            c.article_id,
            c.evidence.start,
            c.id,
        )

    return min(candidates, key=preference)


def _norm(source: str | None) -> str | None:
    return source.strip().casefold() if source else None


def known_by(
    found: Sequence[Contradiction],
    claims: Iterable[Claim],
    reported: Reported,
    stories: Mapping[str, str] | None,
    as_of: str | None,
) -> list[Contradiction] | None:
    """``find_contradictions(claims, reported, stories, as_of)`` from ``found``, what it
    gives with no ``as_of``: those whose two sides were both reported by then, in the same
    order. None when that would not be exact (then compute afresh).

    Exact when every claim of a story shares one report date, as it does when copies are
    dated by their story's earliest copy (``dates.story_dates``, how the register dates
    them): a statement's copies, and the claims a correction is chosen from (the denial's
    story), are then known together, so the statements and pairs known by ``as_of`` are
    those of the whole deal whose claims are known. A new date then costs a pass over the
    contradictions, not a comparison of every pair of statements.
    """
    if as_of is None:
        return list(found)
    cutoff = dates.interval(as_of)
    if cutoff is None:
        return list(found)
    last = cutoff[1].toordinal()
    known: dict[str, bool] = {}
    by_story: dict[str, bool] = {}
    for claim in claims:
        day = dates.interval(dates.claim_report_date(claim, reported))
        now = dates.claim_report_bound(claim, reported) or (
            day is not None and day[0].toordinal() <= last
        )
        held = by_story.setdefault(story_of(claim, stories), now)
        if held != now:
            return None
        known[claim.id] = now
    return [c for c in found if known.get(c.a.id) and known.get(c.b.id)]
