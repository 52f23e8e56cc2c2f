"""A deal's claims in time order, each with its evidence, source and via-chain.

Two orders, because a claim has two times:

- ``order="event"``: by when the step happened. A claim with no ``when`` is placed at its
  report date (``dated_by="report"``): "deliveries are under way" speaks of its article's
  present, and leaving it out of the sequence would hide it. Ties go to the earlier report,
  then the earlier stage, then the claim id.
- ``order="report"``: by when the claim became known (the article's date), then by event time:
  the order a reader of the news would have seen things in.

Claims with neither date come last in both orders. A report date that is only an upper bound
(an "updated" stamp, ``dates.ReportDate.bound``) places the claim for display at that bound,
marked ``report_from="updated-only"`` and ``dated_by="bound"``: it says "by then", not "then".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from armsledger.models import STAGE_ORDER, Claim, Evidence
from armsledger.reconcile import dates
from armsledger.reconcile.dates import Reported
from armsledger.reconcile.status import known_claims
from armsledger.reconcile.stories import story_of

Order = Literal["event", "report"]
DatedBy = Literal["event", "report", "bound", "none"]


@dataclass(frozen=True)
class TimelineEntry:
    claim: Claim
    event_date: str | None  # the claim's own ``when`` (partial ISO), never the article's date
    report_date: str | None  # when the claim became known (or the bound it was known by)
    story_id: str
    report: dates.ReportDate | None = None  # report_date with its provenance

    @property
    def report_from(self) -> str | None:
        """Where the report date came from (``dates.BASES``)."""
        return self.report.basis if self.report else None

    @property
    def report_label(self) -> str | None:
        """The report date with its mark, as shown to a reader."""
        return self.report.label if self.report else None

    @property
    def sort_date(self) -> str | None:
        """The date the entry sits at in event order: ``when``, else the report date."""
        return self.event_date or self.report_date

    @property
    def dated_by(self) -> DatedBy:
        if self.event_date:
            return "event"
        if not self.report_date:
            return "none"
        return "bound" if self.report_from == dates.UPDATED_ONLY else "report"

    @property
    def evidence(self) -> Evidence:
        return self.claim.evidence

    @property
    def source(self) -> str | None:
        return self.claim.source

    @property
    def via(self) -> tuple[str, ...]:
        return self.claim.via

    @property
    def attribution(self) -> str:
        """Who said it: ``FSMTC``, ``Sohu via UAWire``, or ``(the article)`` for its own voice."""
        who = self.claim.source or "(the article)"
        return f"{who} via {' > '.join(self.claim.via)}" if self.claim.via else who


def timeline(
    claims: Iterable[Claim],
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    order: Order = "event",
    as_of: str | None = None,
) -> list[TimelineEntry]:
    """The claims as timeline entries in the given order; with ``as_of``, only those reported
    on or before it (the timeline as it stood then)."""
    entries = []
    for claim in claims:
        report = dates.claim_report(claim, reported)
        if as_of is not None and not known_claims([claim], reported, as_of):
            continue
        entries.append(
            TimelineEntry(
                claim=claim,
                event_date=dates.normalize(claim.when),
                report_date=report.date if report else None,
                story_id=story_of(claim, stories),
                report=report,
            )
        )
    if order == "event":
        entries.sort(
            key=lambda e: (
                dates.sort_key(e.sort_date),
                dates.sort_key(e.report_date),
                STAGE_ORDER[e.claim.stage],
                e.claim.id,
            )
        )
    elif order == "report":
        entries.sort(
            key=lambda e: (
                dates.sort_key(e.report_date),
                dates.sort_key(e.event_date),
                STAGE_ORDER[e.claim.stage],
                e.claim.id,
            )
        )
    else:
        raise ValueError(f"unknown timeline order {order!r}: use 'event' or 'report'")
    return entries
