"""A deal's status as of a date, from what had been reported by then (bitemporal).

Two times matter for a claim: when its step happened (``when``) and when it became known (its
article's report date, passed in as ``reported``). ``status_as_of(D)`` looks only at claims
*reported* on or before D (``dates.on_or_before``), so "what did the news say by 2019-12-31" is
answered without the later articles, even when those later articles talk about 2019.

The rule:

1. Stage: the furthest main-line stage (``STAGE_ORDER``: negotiation < agreement < production <
   delivery) that some known claim *asserts*; when nothing is asserted, the furthest *expected*,
   then the furthest *possible*. ``factuality`` says which of the three it was.
2. Supporting claims: the known claims of that stage and factuality. ``support_stories`` counts
   their distinct stories, so ten syndicated copies of one report count once.
3. Disputing claims: known denials of that stage, unless the denial is stale, i.e. its time
   (``when``, else report date) lies wholly before the time of every supporting claim: "has not
   begun" in 2017 does not dispute "delivered" in 2018; it is history.
4. Nothing is resolved silently: a disputed stage stays the stage, with its disputes beside it,
   and ``undisputed_stage`` says how far the deal got by claims nobody (still) denies.
5. Halts: postponements and cancellations sit off the main line (``STAGE_ORDER`` 0); asserted
   ones known by D are listed unless they predate the stage's own claims (a halt the deal has
   since moved past).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from armsledger.models import STAGE_ORDER, Claim, Factuality, Stage
from armsledger.reconcile import dates
from armsledger.reconcile.dates import Reported
from armsledger.reconcile.stories import story_of

# Factualities that can carry a status, strongest first.
_PRECEDENCE = (Factuality.ASSERTED, Factuality.EXPECTED, Factuality.POSSIBLE)
_HALTS = (Stage.CANCELLED, Stage.POSTPONED)


@dataclass(frozen=True)
class Status:
    as_of: str | None
    stage: Stage | None
    factuality: Factuality | None
    supporting: tuple[Claim, ...]
    disputing: tuple[Claim, ...]
    support_stories: int
    dispute_stories: int
    undisputed_stage: Stage | None
    halts: tuple[Claim, ...]
    known: tuple[Claim, ...]

    @property
    def disputed(self) -> bool:
        return bool(self.disputing)

    @property
    def halted(self) -> Stage | None:
        """Cancelled if any known halt is a cancellation, else postponed, else None."""
        stages = {c.stage for c in self.halts}
        return next((s for s in _HALTS if s in stages), None)


def known_claims(
    claims: Iterable[Claim],
    reported: Reported,
    as_of: str | None,
) -> list[Claim]:
    """The claims reported on or before ``as_of`` (all claims when ``as_of`` is None).

    A claim whose report date is unknown counts only for ``as_of=None``: it cannot be placed
    before any date. A claim whose date is only an upper bound ("updated" stamp) may have
    been reported at any time before it, so it counts for every ``as_of`` (shown marked):
    hiding it would misplace a 2017 story after 2020.
    """
    if as_of is None:
        return list(claims)
    return [
        c
        for c in claims
        if dates.on_or_before(dates.claim_report_date(c, reported), as_of)
        or dates.claim_report_bound(c, reported)
    ]


def is_stale_denial(denial: Claim, supports: Sequence[Claim], reported: Reported) -> bool:
    """Does the denial's time end before every supporting claim's time? (rule 3)"""
    if not supports:
        return False
    d_time = dates.effective_date(denial, reported)
    return all(dates.strictly_before(d_time, dates.effective_date(s, reported)) for s in supports)


def status_as_of(
    deal_claims: Iterable[Claim],
    reported: Reported = None,
    as_of: str | None = None,
    stories: Mapping[str, str] | None = None,
) -> Status:
    """The status of one deal's claims as of ``as_of`` (see the module rule)."""
    known = sorted(known_claims(deal_claims, reported, as_of), key=lambda c: c.id)
    main = [c for c in known if STAGE_ORDER[c.stage] > 0]

    stage: Stage | None = None
    factuality: Factuality | None = None
    for fact in _PRECEDENCE:
        candidates = [c.stage for c in main if c.factuality == fact]
        if candidates:
            # Stage(...) so a claim built with plain strings still yields the enum.
            stage = Stage(max(candidates, key=lambda s: STAGE_ORDER[s]))
            factuality = fact
            break

    supporting = [c for c in main if c.stage == stage and c.factuality == factuality]
    disputing = _disputes(stage, supporting, known, reported)
    asserted_stages = sorted(
        {c.stage for c in main if c.factuality == Factuality.ASSERTED},
        key=lambda s: STAGE_ORDER[s],
        reverse=True,
    )
    undisputed = None
    for candidate in asserted_stages:
        support = [c for c in main if c.stage == candidate and c.factuality == Factuality.ASSERTED]
        if not _disputes(candidate, support, known, reported):
            undisputed = Stage(candidate)
            break

    return Status(
        as_of=dates.normalize(as_of) if as_of else None,
        stage=stage,
        factuality=factuality,
        supporting=tuple(supporting),
        disputing=tuple(disputing),
        support_stories=len({story_of(c, stories) for c in supporting}),
        dispute_stories=len({story_of(c, stories) for c in disputing}),
        undisputed_stage=undisputed,
        halts=tuple(_halts(known, supporting, reported)),
        known=tuple(known),
    )


def _disputes(
    stage: Stage | None,
    supporting: Sequence[Claim],
    known: Sequence[Claim],
    reported: Reported,
) -> list[Claim]:
    if stage is None:
        return []
    return [
        c
        for c in known
        if c.stage == stage
        and c.factuality == Factuality.DENIED
        and not is_stale_denial(c, supporting, reported)
    ]


def _halts(known: Sequence[Claim], supporting: Sequence[Claim], reported: Reported) -> list[Claim]:
    halts = [c for c in known if c.stage in _HALTS and c.factuality == Factuality.ASSERTED]
    if not supporting:
        return halts
    # A halt that ended before every supporting claim's time has been overtaken by events.
    return [
        h
        for h in halts
        if not all(
            dates.strictly_before(
                dates.effective_date(h, reported), dates.effective_date(s, reported)
            )
            for s in supporting
        )
    ]
