"""The frozen records every stage shares: ``Article`` in, ``Claim`` out.

Field names follow ``../shared/CLAIMS.md``; ``Claim.to_record()`` is the JSONL contract the
scorer reads. Ids are content hashes so re-running any step is an upsert, never a duplicate.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from armsledger.language import detect_language


class Stage(StrEnum):
    """One step of a transfer (CLAIMS.md, "Stages"); ordered as a deal normally moves."""

    NEGOTIATION = "negotiation"
    AGREEMENT = "agreement"
    PRODUCTION = "production"
    DELIVERY = "delivery"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


# How far along a deal is; postponed and cancelled are states off the main line, ranked so a
# status "as of" a date can pick the furthest stage asserted.
STAGE_ORDER: dict[Stage, int] = {
    Stage.NEGOTIATION: 1,
    Stage.AGREEMENT: 2,
    Stage.PRODUCTION: 3,
    Stage.DELIVERY: 4,
    Stage.POSTPONED: 0,
    Stage.CANCELLED: 0,
}


class Factuality(StrEnum):
    """What the claim's source says of the step (CLAIMS.md, "Factuality")."""

    ASSERTED = "asserted"
    DENIED = "denied"
    EXPECTED = "expected"
    POSSIBLE = "possible"


# One encoder for every id: json.dumps with options builds a new one per call (~5 us, a
# fifth of a claim's cost on the generated stream of bench/extract_bench.py).
_ID_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def content_hash(*parts: object, length: int = 16) -> str:
    """A short, stable id from the given parts (sha256 of their JSON form)."""
    blob = _ID_ENCODER.encode(parts)
    # surrogatepass: an id must never be the reason a record fails.
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One news item, whatever it was read from.

    ``published`` is the story's publication date (partial ISO); ``updated`` keeps an
    "Updated ..." or crawl stamp apart, with ``published_from``/``updated_from`` saying where
    each was found, so an update stamp is never presented as the publication date.
    """

    doc: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_from: str | None = None
    updated: str | None = None
    updated_from: str | None = None
    path: str | None = None
    id: str = field(default="")
    # "en" or "ru" (armsledger.language); told from the text's letters when not given.
    language: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_hash(self.doc, self.text, length=20))
        if self.language is None:
            object.__setattr__(self, "language", detect_language(self.text or self.title or ""))

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_from": self.published_from,
            "updated": self.updated,
            "updated_from": self.updated_from,
            "path": self.path,
            "language": self.language,
            "text": self.text,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Article:
        return cls(
            doc=record["doc"],
            text=record["text"],
            title=record.get("title"),
            url=record.get("url"),
            published=record.get("published"),
            published_from=record.get("published_from"),
            updated=record.get("updated"),
            updated_from=record.get("updated_from"),
            path=record.get("path"),
            id=record.get("id") or "",
            language=record.get("language"),
        )


@dataclass(frozen=True)
class Evidence:
    """The sentence a claim rests on, with its character offsets in ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    """One statement about one step of one transfer, as one source puts it (CLAIMS.md)."""

    doc: str
    article_id: str
    system: str
    supplier: str | None
    recipient: str | None
    stage: Stage
    factuality: Factuality
    when: str | None
    source: str | None
    via: tuple[str, ...]
    evidence: Evidence
    variant: str | None = None
    quantity: int | None = None
    # SIPRI's armament category (the gazetteer family's, or the noun's for an unseen name).
    category: str | None = None
    # False when the system is a designation the gazetteer does not know (found by its shape).
    recognised: bool = True
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(
                self,
                "id",
                content_hash(
                    self.article_id,
                    self.system,
                    self.supplier,
                    self.recipient,
                    str(self.stage),
                    str(self.factuality),
                    self.evidence.start,
                ),
            )

    @property
    def deal_key(self) -> tuple[str, str | None, str | None]:
        return (self.system, self.supplier, self.recipient)

    def to_record(self) -> dict[str, Any]:
        """The JSONL contract of CLAIMS.md, plus armsledger's own fields."""
        return {
            "doc": self.doc,
            "system": self.system,
            "supplier": self.supplier,
            "recipient": self.recipient,
            "stage": str(self.stage),
            "factuality": str(self.factuality),
            "when": self.when,
            "source": self.source,
            "via": list(self.via),
            "evidence": {
                "text": self.evidence.text,
                "start": self.evidence.start,
                "end": self.evidence.end,
            },
            "variant": self.variant,
            "quantity": self.quantity,
            "category": self.category,
            "recognised": self.recognised,
            "id": self.id,
            "article_id": self.article_id,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Claim:
        ev = record["evidence"]
        return cls(
            doc=record["doc"],
            article_id=record.get("article_id", ""),
            system=record["system"],
            supplier=record.get("supplier"),
            recipient=record.get("recipient"),
            stage=Stage(record["stage"]),
            factuality=Factuality(record["factuality"]),
            when=record.get("when"),
            source=record.get("source"),
            via=tuple(record.get("via") or ()),
            evidence=Evidence(ev["text"], int(ev["start"]), int(ev["end"])),
            variant=record.get("variant"),
            quantity=record.get("quantity"),
            category=record.get("category"),
            recognised=bool(record.get("recognised", True)),
            id=record.get("id") or "",
        )
