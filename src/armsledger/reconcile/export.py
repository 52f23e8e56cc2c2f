"""Deals and claims as plain dicts, ready for ``json.dumps`` and ``csv.DictWriter``.

- JSON (``deals_json``): one object per deal with its status as of the date, its timeline
  (every claim with evidence, source, via-chain, event and report dates, story), its
  contradictions (both claims in full) and its syndicated stories.
- CSV (``claim_rows``, ``deal_rows``): one row per claim, or one summary row per deal, with
  the via-chain joined by " > " and lists joined by "; ", since a CSV cell holds one value.

Every value is a str, int, bool, None, list or dict, so callers serialise without hooks.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from armsledger.models import Claim
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import Contradiction, find_contradictions
from armsledger.reconcile.dates import Reported
from armsledger.reconcile.deals import Deal, deal_id
from armsledger.reconcile.status import Status, status_as_of
from armsledger.reconcile.timeline import TimelineEntry, timeline

# The one claims table of every CSV armsledger writes: ``export --format csv``, ``claims
# --format csv``, the web's and the API's claims and timeline downloads (``claim_csv_row``).
CLAIM_COLUMNS = (
    "claim_id",
    "deal_id",
    "system",
    "variant",
    "supplier",
    "recipient",
    "stage",
    "factuality",
    "quantity",
    "when",
    "report_date",
    "report_from",
    "source",
    "via",
    "attribution",
    "evidence",
    "evidence_start",
    "evidence_end",
    "doc",
    "article_id",
    "story_id",
    "category",
    "recognised",
)

DEAL_COLUMNS = (
    "deal_id",
    "system",
    "supplier",
    "recipient",
    "as_of",
    "stage",
    "factuality",
    "disputed",
    "undisputed_stage",
    "halted",
    "support_stories",
    "dispute_stories",
    "claims",
    "contradictions",
    "first_reported",
    "last_reported",
)


def attribution(claim: Claim) -> str:
    """Who said it: ``FSMTC``, ``Sohu via UAWire``, ``(the article)`` for its own voice."""
    who = claim.source or "(the article)"
    return f"{who} via {' > '.join(claim.via)}" if claim.via else who


def claim_record(
    claim: Claim, report: dates.ReportDate | None, story_id: str | None = None
) -> dict[str, Any]:
    """A claim as the API and the JSON exports give it: the CLAIMS.md record, its deal, its
    report date with the date's provenance, its story and who said it."""
    record = claim.to_record()
    record.update(
        deal_id=deal_id(claim.system, claim.supplier, claim.recipient),
        report_date=report.date if report else None,
        report_from=report.basis if report else None,
        reported=report.label if report else None,
        story_id=story_id,
        attribution=attribution(claim),
    )
    return record


def claim_csv_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """A claim record (``claim_record``, or a bare ``Claim.to_record()``) as a ``CLAIM_COLUMNS``
    row: the via-chain joined by " > ", the evidence in three cells."""
    ev = record["evidence"]
    row = {k: record.get(k) for k in CLAIM_COLUMNS}
    row.update(
        claim_id=record["id"],
        via=" > ".join(record["via"]),
        evidence=ev["text"],
        evidence_start=ev["start"],
        evidence_end=ev["end"],
    )
    return row


def entry_record(entry: TimelineEntry) -> dict[str, Any]:
    record = claim_record(entry.claim, entry.report, entry.story_id)
    record.update(event_date=entry.event_date, dated_by=entry.dated_by)
    return record


def status_record(status: Status) -> dict[str, Any]:
    return {
        "as_of": status.as_of,
        "stage": str(status.stage) if status.stage else None,
        "factuality": str(status.factuality) if status.factuality else None,
        "disputed": status.disputed,
        "undisputed_stage": str(status.undisputed_stage) if status.undisputed_stage else None,
        "halted": str(status.halted) if status.halted else None,
        "support_stories": status.support_stories,
        "dispute_stories": status.dispute_stories,
        "supporting": [c.id for c in status.supporting],
        "disputing": [c.id for c in status.disputing],
        "halts": [c.id for c in status.halts],
    }


def contradiction_record(contradiction: Contradiction, reported: Reported = None) -> dict[str, Any]:
    """Both claims in full; with ``reported``, each with its report date and provenance."""
    c = contradiction

    def side(claim: Claim) -> dict[str, Any]:
        if reported is None:
            return claim.to_record()
        return claim_record(claim, dates.claim_report(claim, reported))

    return {
        "id": c.id,
        "kind": str(c.kind),
        "a": side(c.a),
        "b": side(c.b),
        "a_copies": [x.id for x in c.a_copies],
        "b_copies": [x.id for x in c.b_copies],
        "correction": c.correction.to_record() if c.correction else None,
        "same_source": c.same_source,
        "note": c.note,
    }


def deal_record(
    deal: Deal,
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    as_of: str | None = None,
) -> dict[str, Any]:
    """The whole deal as it stood ``as_of`` (everything known, when None)."""
    status = status_as_of(deal.claims, reported, as_of, stories)
    entries = timeline(deal.claims, reported, stories, order="event", as_of=as_of)
    found = find_contradictions(deal.claims, reported, stories, as_of)
    copies: dict[str, set[str]] = {}
    for entry in entries:
        copies.setdefault(entry.story_id, set()).add(entry.claim.article_id)
    return {
        "id": deal.id,
        "system": deal.system,
        "supplier": deal.supplier,
        "recipient": deal.recipient,
        "status": status_record(status),
        "timeline": [entry_record(e) for e in entries],
        "contradictions": [contradiction_record(c, reported) for c in found],
        # Stories told by more than one copy, as a list (story ids are data, not keys).
        "stories": [
            {"story_id": s, "articles": sorted(a)} for s, a in sorted(copies.items()) if len(a) > 1
        ],
    }


def deals_json(
    deals: Iterable[Deal],
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    as_of: str | None = None,
) -> list[dict[str, Any]]:
    """Deals with at least one claim known ``as_of``, as JSON-ready dicts."""
    out = []
    for deal in deals:
        record = deal_record(deal, reported, stories, as_of)
        if record["timeline"]:
            out.append(record)
    return out


def claim_rows(
    deals: Iterable[Deal],
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    as_of: str | None = None,
) -> list[dict[str, Any]]:
    """One flat row per claim (``CLAIM_COLUMNS``), deal by deal, in event order."""
    return [
        claim_csv_row(entry_record(entry))
        for deal in deals
        for entry in timeline(deal.claims, reported, stories, order="event", as_of=as_of)
    ]


def deal_rows(
    deals: Iterable[Deal],
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    as_of: str | None = None,
) -> list[dict[str, Any]]:
    """One summary row per deal (``DEAL_COLUMNS``), for deals with claims known ``as_of``."""
    rows = []
    for deal in deals:
        status = status_as_of(deal.claims, reported, as_of, stories)
        if not status.known:
            continue
        found = find_contradictions(deal.claims, reported, stories, as_of)
        report_dates = sorted(
            d for c in status.known if (d := dates.claim_report_date(c, reported)) is not None
        )
        record = status_record(status)
        rows.append(
            {
                "deal_id": deal.id,
                "system": deal.system,
                "supplier": deal.supplier,
                "recipient": deal.recipient,
                "as_of": record["as_of"],
                "stage": record["stage"],
                "factuality": record["factuality"],
                "disputed": status.disputed,
                "undisputed_stage": record["undisputed_stage"],
                "halted": record["halted"],
                "support_stories": status.support_stories,
                "dispute_stories": status.dispute_stories,
                "claims": len(status.known),
                "contradictions": "; ".join(str(c.kind) for c in found),
                "first_reported": report_dates[0] if report_dates else None,
                "last_reported": report_dates[-1] if report_dates else None,
            }
        )
    return rows


# What a spreadsheet reads as the start of a formula (a tab or CR before one as well).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """One CSV cell, safe to open in a spreadsheet: None is empty, and a string a spreadsheet
    would run as a formula (``=HYPERLINK(...)`` from article text, which is untrusted) gets a
    leading apostrophe, unless it is a number such as ``-5``. Every CSV armsledger writes (CLI
    and web) goes through here."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def write_csv(
    rows: Iterable[Mapping[str, Any]],
    stream: TextIO,
    columns: Sequence[str] = CLAIM_COLUMNS,
    lineterminator: str = "\n",
) -> None:
    """Write rows as CSV with a header, each cell through ``csv_cell`` (every CSV armsledger
    writes, CLI and web, goes through here)."""
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator=lineterminator)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k)) for k in columns})
