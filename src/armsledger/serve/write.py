"""The one write: ingest an article posted as JSON, only for a server started with a token.

Everything else in the app reads through a read-only connection; this opens its own writable
``Register`` for the one transaction, extracts with ``runner.extract_articles`` and stores, then
puts the article into its story exactly as ``runner.ingest_paths`` does.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from armsledger.errors import ArmsledgerError
from armsledger.ingest.jsonl import record_to_article
from armsledger.models import content_hash
from armsledger.runner import extract_articles
from armsledger.serve.queries import claim_deal_id
from armsledger.store import Register


class Unauthorized(ArmsledgerError):
    """No valid ``Authorization: Bearer <token>`` on a write."""


class ReadOnly(ArmsledgerError):
    """A write to a server started without a token."""


@dataclass(frozen=True)
class Ingested:
    article_id: str
    doc: str
    new: bool
    claims: int
    deals: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "doc": self.doc,
            "new": self.new,
            "claims": self.claims,
            "deals": list(self.deals),
            "url": f"/articles/{self.article_id}",
        }


def check_token(expected: str | None, authorization: str | None) -> None:
    if expected is None:
        raise ReadOnly(
            "this register is served read-only",
            hint="start the server with --token T and send 'Authorization: Bearer T'",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), expected.encode()
    ):
        raise Unauthorized("missing or wrong bearer token", hint="send 'Authorization: Bearer T'")


def ingest_record(db_path: str, record: dict[str, Any]) -> Ingested:
    """Read one JSON record (``text``, optional ``id``/``doc``, ``title``, ``url``,
    ``published``) into an article, extract its claims and store them."""
    if isinstance(record, dict) and "doc" in record and "id" not in record:
        record = {**record, "id": record["doc"]}
    if isinstance(record, dict) and not record.get("id") and isinstance(record.get("text"), str):
        record = {**record, "id": "api-" + content_hash(record["text"])}
    article = record_to_article(
        record, path=Path("POST /api/articles"), where="body", fallback_doc=1
    )
    with Register(db_path) as register:
        ((article, claims),) = extract_articles([article])
        result = register.store([(article, claims)])
        if result.articles_new:
            # This article only: no other row is read (the next ingest signs any others).
            register.update_stories(among=[article.id])
    return Ingested(
        article_id=article.id,
        doc=article.doc,
        new=bool(result.articles_new),
        claims=len(claims),
        deals=tuple(sorted({claim_deal_id(c) for c in claims})),
    )
