"""Rows for the JSON API and the CSV downloads: one record shape per list.

JSON records reuse ``views.deal_summary`` and ``reconcile.export``'s records; CSV rows flatten
them (the via-chain joined by " > ", the two sides of a contradiction as ``a_*``/``b_*``).

CSV cells that a spreadsheet would run as a formula get a leading apostrophe
(``reconcile.export.csv_cell``, shared with the CLI): article text is untrusted.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from armsledger.models import Article, Claim
from armsledger.reconcile import dates, export
from armsledger.reconcile.export import contradiction_record
from armsledger.reconcile.timeline import TimelineEntry
from armsledger.serve.queries import ContradictionItem
from armsledger.views import Context, DealView, deal_summary

DEAL_COLUMNS = (
    "id", "system", "supplier", "recipient", "status", "stage", "factuality", "halted",
    "as_of", "first_event", "last_event", "first_reported", "last_reported", "claims",
    "stories", "contradictions",
)  # fmt: skip
# Claims and timelines download in the one claims layout (``reconcile.export``).
CLAIM_COLUMNS = TIMELINE_COLUMNS = export.CLAIM_COLUMNS
SIDE = ("id", "stage", "factuality", "when", "report_date", "report_from", "source", "via",
        "evidence", "article_id")  # fmt: skip
CONTRADICTION_COLUMNS = (
    "id", "deal_id", "deal", "kind", "note", "same_source",
    *(f"a_{k}" for k in SIDE), *(f"b_{k}" for k in SIDE), "correction_id",
)  # fmt: skip
ARTICLE_COLUMNS = (
    "id", "doc", "title", "url", "source_url", "published", "updated", "language", "claims",
)  # fmt: skip


def deal_json(view: DealView) -> dict[str, Any]:
    return {**deal_summary(view), "url": f"/deals/{view.deal.id}"}


def claim_json(claim: Claim, ctx: Context) -> dict[str, Any]:
    record = export.claim_record(
        claim, dates.claim_report(claim, ctx.reported), ctx.stories.get(claim.article_id)
    )
    record["url"] = f"/articles/{claim.article_id}#claim-{claim.id}"
    record["language"] = ctx.language(claim.article_id)
    return record


# A claim record as a row of the one claims table.
claim_row = export.claim_csv_row


def entry_json(
    entry: TimelineEntry, meta: Mapping[str, Mapping[str, object]] | None = None
) -> dict[str, Any]:
    """A timeline entry; with ``meta`` (the deal page's article facts), its language."""
    record = export.entry_record(entry)
    record["url"] = f"/articles/{entry.claim.article_id}#claim-{entry.claim.id}"
    if meta is not None:
        language = meta.get(entry.claim.article_id, {}).get("language")
        record["language"] = language if isinstance(language, str) else None
    return record


def contradiction_json(item: ContradictionItem) -> dict[str, Any]:
    record = contradiction_record(item.contradiction, item.reported)
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
    # "url" is the article in this API, like every record's; where it came from stays.
    record.update(claims=claims, url=f"/articles/{article.id}", source_url=article.url)
    return record


def to_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    export.write_csv(rows, buf, columns, lineterminator="\r\n")
    return buf.getvalue()
