"""What each JSON route of ``/api`` answers, as pydantic models: the schemas of ``/openapi.json``.

The records themselves are built as plain dicts (``serve.records``, ``reconcile.export``) and
sent as they are: validating every list response would cost the hot routes time for nothing.
These models describe those dicts field by field and forbid unknown fields, so the test that
validates real responses against them (``tests/serve/test_schemas.py``) fails as soon as a
record and its model part ways.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from armsledger.models import Factuality, Stage
from armsledger.reconcile.contradictions import ContradictionKind

T = TypeVar("T")

# Where a report date came from (``reconcile.dates.BASES``).
ReportBasis = Literal["published", "dateline", "feed", "crawl", "updated-only"]
# What a timeline entry is placed by (``reconcile.timeline.DatedBy``).
DatedBy = Literal["event", "report", "bound", "none"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(Record, Generic[T]):
    """One page of a list: ``limit``/``offset`` as asked, ``next`` the next page's address."""

    total: int | None = Field(description="Items in the whole list; null when not counted.")
    offset: int
    limit: int
    next: str | None
    items: list[T]
    note: str | None = Field(
        default=None, description="For an empty list: what was looked for, the nearest names."
    )


class ApiIndex(Record):
    counts: dict[str, int] = Field(description="articles, claims and deals in the register")
    endpoints: dict[str, str]


class EvidenceOut(Record):
    text: str = Field(description="The sentence, as written in the article.")
    start: int = Field(description="Character offset of the sentence in the article's text.")
    end: int


class ClaimRecord(Record):
    """The claim record of CLAIMS.md with armsledger's own fields (``Claim.to_record``)."""

    doc: str
    system: str
    supplier: str | None
    recipient: str | None
    stage: Stage
    factuality: Factuality
    when: str | None
    source: str | None
    via: list[str]
    evidence: EvidenceOut
    variant: str | None
    quantity: int | None
    category: str | None
    recognised: bool
    id: str
    article_id: str


class ReportedClaim(ClaimRecord):
    """A claim with its deal, its report date and where that date came from."""

    deal_id: str
    report_date: str | None
    report_from: ReportBasis | None
    reported: str | None = Field(description='As shown: "2017-03-22 (published)", "by ..."')
    story_id: str | None
    attribution: str


class ClaimOut(ReportedClaim):
    url: str
    language: str | None = Field(
        default=None, description='The language of the article the evidence is from ("en", "ru").'
    )


class TimelineEntryOut(ClaimOut):
    event_date: str | None
    dated_by: DatedBy


class DealBase(Record):
    """A deal and its status (``views.deal_summary``)."""

    id: str
    system: str
    supplier: str | None
    recipient: str | None
    status: str | None
    stage: Stage | None
    factuality: Factuality | None
    halted: Stage | None
    as_of: str | None
    first_event: str | None
    last_event: str | None
    first_reported: str | None
    last_reported: str | None
    claims: int
    stories: int
    url: str


class DealOut(DealBase):
    contradictions: int = Field(description="How many pairs of its claims disagree.")


class StatusOut(Record):
    as_of: str | None
    stage: Stage | None
    factuality: Factuality | None
    disputed: bool
    undisputed_stage: Stage | None
    halted: Stage | None
    support_stories: int
    dispute_stories: int
    supporting: list[str]
    disputing: list[str]
    halts: list[str]


class ContradictionOut(Record):
    """Two claims that cannot both be right, each with its report date."""

    id: str
    kind: ContradictionKind
    a: ReportedClaim
    b: ReportedClaim
    a_copies: list[str]
    b_copies: list[str]
    correction: ClaimRecord | None
    same_source: bool
    note: str


class ContradictionItem(ContradictionOut):
    deal_id: str
    deal: str
    url: str


class DealDetail(DealBase):
    status_detail: StatusOut
    contradictions: list[ContradictionOut] = Field(description="The first 50 pairs.")
    all_contradictions: str = Field(description="The address of all of them.")
    timeline: str = Field(description="The address of the deal's timeline.")


class ArticleBase(Record):
    id: str
    doc: str
    title: str | None
    url: str = Field(description="The article in this API.")
    source_url: str | None = Field(description="Where the article was published or fetched.")
    published: str | None
    published_from: str | None
    updated: str | None
    updated_from: str | None
    path: str | None
    language: str | None


class ArticleOut(ArticleBase):
    claims: int | None


class ArticleDetail(ArticleBase):
    text: str
    claims: list[ClaimOut]


class IngestedOut(Record):
    article_id: str
    doc: str
    new: bool
    claims: int
    deals: list[str]
    url: str


class ErrorOut(Record):
    error: str
    hint: str | None = None
    detail: list[dict[str, object]] | None = None
