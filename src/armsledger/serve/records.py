"""Rows for the JSON API and the CSV downloads: one record shape per list.

JSON records reuse ``views.deal_summary`` and ``reconcile.export``'s records; CSV rows flatten
them (the via-chain joined by " > ", the two sides of a contradiction as ``a_*``/``b_*``).

CSV cells that a spreadsheet would run as a formula get a leading apostrophe
(``reconcile.export.csv_cell``, shared with the CLI): article text is untrusted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from armsledger.models import Article, Claim
from armsledger.reconcile import dates
from armsledger.reconcile.export import contradiction_record, csv_cell, entry_record
from armsledger.reconcile.timeline import TimelineEntry
from armsledger.serve.queries import ContradictionItem, claim_deal_id
from armsledger.views import DealView, deal_summary

DEAL_COLUMNS = (
    "id", "system", "supplier", "recipient", "status", "stage", "factuality", "halted",
    "as_of", "first_event", "last_event", "first_reported", "last_reported", "claims",
    "stories", "contradictions",
)  # fmt: skip
CLAIM_COLUMNS = (
    "id", "deal_id", "system", "supplier", "recipient", "stage", "factuality", "when",
    "report_date", "report_from", "source", "via", "evidence", "evidence_start",
    "evidence_end", "doc", "article_id", "variant", "quantity",
)  # fmt: skip
TIMELINE_COLUMNS = (*CLAIM_COLUMNS, "event_date", "dated_by", "story_id", "attribution")
SIDE = ("id", "stage", "factuality", "when", "source", "via", "evidence", "article_id")
CONTRADICTION_COLUMNS = (
    "id", "deal_id", "deal", "kind", "note", "same_source",
    *(f"a_{k}" for k in SIDE), *(f"b_{k}" for k in SIDE), "correction_id",
)  # fmt: skip
ARTICLE_COLUMNS = ("id", "doc", "title", "url", "published", "updated", "claims")


def attribution(claim: Claim) -> str:
    """Who said it: ``FSMTC``, ``Sohu via UAWire``, ``(the article)`` for its own voice."""
    who = claim.source or "(the article)"
    return f"{who} via {' > '.join(claim.via)}" if claim.via else who


def deal_json(view: DealView) -> dict[str, Any]:
    return {**deal_summary(view), "url": f"/deals/{view.deal.id}"}


def claim_json(claim: Claim, reported: dates.Reported) -> dict[str, Any]:
    record = claim.to_record()
    report = dates.claim_report(claim, reported)
    record.update(
        deal_id=claim_deal_id(claim),
        report_date=report.date if report else None,
        report_from=report.basis if report else None,
        reported=report.label if report else None,
        attribution=attribution(claim),
        url=f"/articles/{claim.article_id}#claim-{claim.id}",
    )
    return record


def claim_row(record: Mapping[str, Any]) -> dict[str, Any]:
    ev = record["evidence"]
    return {
        **record,
        "via": " > ".join(record["via"]),
        "evidence": ev["text"],
        "evidence_start": ev["start"],
        "evidence_end": ev["end"],
    }


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
    record = entry_record(entry)
    record["deal_id"] = claim_deal_id(entry.claim)
    record["url"] = f"/articles/{entry.claim.article_id}#claim-{entry.claim.id}"
    return record


def contradiction_json(item: ContradictionItem) -> dict[str, Any]:
    record = contradiction_record(item.contradiction)
    record.update(
        deal_id=item.deal.deal.id,
        deal=item.deal.deal.label,
        url=f"/deals/{item.deal.deal.id}#contradiction-{item.contradiction.id}",
    )
    return record


def contradiction_row(record: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: record[k] for k in ("id", "deal_id", "deal", "kind", "note", "same_source")}
    for side in ("a", "b"):
        flat = claim_row(record[side])
        row.update({f"{side}_{k}": flat.get(k) for k in SIDE})
    row["correction_id"] = record["correction"]["id"] if record["correction"] else None
    return row


def article_json(article: Article, claims: int | None = None) -> dict[str, Any]:
    record = article.to_record()
    del record["text"]
    record.update(claims=claims, url=f"/articles/{article.id}")
    return record


def to_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k)) for k in columns})
    return buf.getvalue()
