"""The web app's questions to the register, one function per page or API list.

Each returns plain data (``Listing``, ``DealPage``, ``ArticlePage``) that the HTML pages, the
JSON API and the CSV downloads all render, so the three never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Generic, TypeVar

from armsledger import lookup, views
from armsledger.models import Article, Claim
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import Contradiction
from armsledger.reconcile.deals import deal_id, system_key
from armsledger.reconcile.timeline import Order, TimelineEntry, timeline
from armsledger.serve.highlight import Segment, segments
from armsledger.serve.index import (
    DealIndex,
    IndexEntry,
    deal_context,
    search_deal_ids,
)
from armsledger.store import ClaimFilter, Register
from armsledger.views import Context, DealView, stage_matches

T = TypeVar("T")

SORTS = ("parties", "claims", "recent")
# A deal page shows this many contradictions; the contradictions list has them all.
SHOWN_CONTRADICTIONS = 50


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int = 0


@dataclass(frozen=True)
class Listing(Generic[T]):
    items: list[T]
    page: Page
    total: int | None  # None: not counted (the list is computed lazily)
    has_more: bool
    note: str | None = None  # for an empty list: what was looked for, the nearest names


@dataclass(frozen=True)
class DealQuery:
    system: str | None = None
    supplier: str | None = None
    recipient: str | None = None
    stage: str | None = None  # the deal's status stage, or its halt (postponed, cancelled)
    date_from: str | None = None  # claims' dates (``when``, else report date) overlap the range
    date_to: str | None = None
    q: str | None = None  # FTS5 over evidence: deals with a matching claim
    as_of: str | None = None
    sort: str = "parties"
    deal: str | None = None  # one deal, by id


@dataclass(frozen=True)
class ContradictionItem:
    deal: DealView
    contradiction: Contradiction
    reported: dates.Reported = None  # report dates of the two claims' articles


@dataclass(frozen=True)
class DealPage:
    view: DealView
    reported: dict[str, dates.ReportDate | None]
    meta: dict[str, dict[str, object]]
    entries: list[TimelineEntry]  # every known claim, in event order
    claims: Listing[TimelineEntry]  # the page of them shown
    hidden: int  # claims reported after ``as_of``
    contradictions: tuple[Contradiction, ...]  # the first SHOWN_CONTRADICTIONS
    contradicted: dict[str, str] = field(default_factory=dict)  # claim id -> contradiction id


@dataclass(frozen=True)
class ArticlePage:
    article: Article
    claims: list[Claim]
    segments: list[Segment]
    unplaced: list[Claim]
    numbers: dict[str, int]  # claim id -> footnote number


def _slice(items: list[T], page: Page) -> Listing[T]:
    chunk = items[page.offset : page.offset + page.limit]
    return Listing(chunk, page, len(items), page.offset + page.limit < len(items))


def _matches(entry: IndexEntry, q: DealQuery, found: set[str] | None) -> bool:
    deal, status = entry.deal, entry.summary
    if found is not None and deal.id not in found:
        return False
    if q.deal and deal.id != q.deal:
        return False
    if q.system and system_key(q.system) != system_key(deal.system):
        return False
    if q.supplier and (deal.supplier or "") != q.supplier:
        return False
    if q.recipient and (deal.recipient or "") != q.recipient:
        return False
    if not stage_matches(status, q.stage):
        return False
    return _in_range(entry.span, q.date_from, q.date_to)


def _in_range(span: tuple[date, date] | None, lo: str | None, hi: str | None) -> bool:
    if lo is None and hi is None:
        return True
    if span is None:
        return False
    low, high = dates.interval(lo), dates.interval(hi)
    return (low is None or span[1] >= low[0]) and (high is None or span[0] <= high[1])


def _sorted(entries: list[IndexEntry], sort: str) -> list[IndexEntry]:
    if sort == "claims":
        return sorted(entries, key=lambda e: -e.summary.known)
    if sort == "recent":
        return sorted(entries, key=lambda e: e.span[1] if e.span else date.min, reverse=True)
    return entries


def resolved(index: DealIndex, register: Register, q: DealQuery) -> DealQuery:
    """``q`` with its system and parties read as the register names them (``lookup``)."""
    if not (q.system or q.supplier or q.recipient):
        return q
    known = index.known(register)
    return replace(
        q,
        system=lookup.system(q.system, known),
        supplier=lookup.party(q.supplier, known),
        recipient=lookup.party(q.recipient, known),
    )


def empty_note(index: DealIndex, register: Register, q: DealQuery) -> str | None:
    note = lookup.empty_note(
        index.known(register), system_text=q.system, supplier=q.supplier, recipient=q.recipient
    )
    return note or (f"nothing found for {q.q!r}" if q.q else None)


def deal_entries(index: DealIndex, register: Register, q: DealQuery) -> list[IndexEntry]:
    _, entries = index.entries(register, q.as_of)
    found = search_deal_ids(register, q.q) if q.q else None
    r = resolved(index, register, q)
    return _sorted([e for e in entries if _matches(e, r, found)], q.sort)


def list_deals(index: DealIndex, register: Register, q: DealQuery, page: Page) -> Listing[DealView]:
    snap, _ = index.entries(register, q.as_of)
    shown = _slice(deal_entries(index, register, q), page)
    views = [index.view(snap.fingerprint, e.deal, snap.ctx, q.as_of) for e in shown.items]
    note = None if shown.total else empty_note(index, register, q)
    return Listing(views, page, shown.total, shown.has_more, note)


def choices(index: DealIndex, register: Register) -> dict[str, list[str]]:
    """Values for the filter form's suggestions: systems, suppliers, recipients."""
    deals = index.snapshot(register).deals
    return {
        "system": sorted({d.system for d in deals}, key=str.casefold),
        "supplier": sorted({d.supplier for d in deals if d.supplier}),
        "recipient": sorted({d.recipient for d in deals if d.recipient}),
    }


def list_contradictions(
    index: DealIndex, register: Register, q: DealQuery, kind: str | None, page: Page
) -> Listing[ContradictionItem]:
    """Contradictions deal by deal, computed lazily: only as many deals as the page needs are
    examined, so ``total`` is known only once the end of the list is reached."""
    snap, _ = index.entries(register, q.as_of)

    def items() -> Iterator[ContradictionItem]:
        for entry in deal_entries(index, register, q):
            view = index.view(snap.fingerprint, entry.deal, snap.ctx, q.as_of)
            for c in view.contradictions:
                if kind is None or c.kind == kind:
                    yield ContradictionItem(view, c, snap.ctx.reported)

    wanted = page.offset + page.limit + 1
    found: list[ContradictionItem] = []
    for item in items():
        found.append(item)
        if len(found) >= wanted:
            break
    has_more = len(found) >= wanted
    total = None if has_more else len(found)
    note = None if found else empty_note(index, register, q)
    return Listing(found[page.offset : page.offset + page.limit], page, total, has_more, note)


def claims_context(register: Register, claims: Iterable[Claim]) -> Context:
    """Report dates and titles for the articles of these claims."""
    return deal_context(register, (c.article_id for c in claims))


def contradiction_claims(items: Iterable[ContradictionItem]) -> Iterator[Claim]:
    for item in items:
        yield item.contradiction.a
        yield item.contradiction.b


def claim_filter(q: DealQuery, deal: str | None = None, article: str | None = None) -> ClaimFilter:
    return ClaimFilter(
        system=q.system,
        supplier=q.supplier,
        recipient=q.recipient,
        stage=q.stage,
        deal_id=deal,
        article_id=article,
        search=q.q,
    )


def list_claims(register: Register, flt: ClaimFilter, page: Page) -> Listing[Claim]:
    query = views.resolve(register, flt) or flt
    total = register.count_claims(query)
    found = register.claims(query, limit=page.limit, offset=page.offset)
    note = None if total else views.empty_note(register, flt)
    return Listing(found, page, total, page.offset + page.limit < total, note)


def count_articles(register: Register) -> int:
    return register.count_articles()


def list_articles(register: Register, page: Page) -> Listing[Article]:
    total = count_articles(register)
    found = register.articles(limit=page.limit, offset=page.offset)
    return Listing(found, page, total, page.offset + page.limit < total)


def claim_counts(register: Register, article_ids: Iterable[str]) -> dict[str, int]:
    return register.claim_counts(article_ids)


def deal_page(
    index: DealIndex,
    register: Register,
    ident: str,
    as_of: str | None,
    page: Page,
    order: Order = "event",
) -> DealPage:
    view = index.deal_view(register, ident, as_of)
    ctx = index.deal_context(register, view.deal)
    entries = timeline(view.deal.claims, ctx.reported, ctx.stories, order=order, as_of=as_of)
    return DealPage(
        view=view,
        reported=ctx.reported,  # shared, never changed: no copy of a register-wide map
        meta=ctx.meta,
        entries=entries,
        claims=_slice(entries, page),
        hidden=len(view.deal.claims) - len(entries),
        contradictions=view.contradictions[:SHOWN_CONTRADICTIONS],
        contradicted=index.contradicted(view),
    )


def article_page(register: Register, article_id: str) -> ArticlePage:
    article = register.article(article_id)
    claims = register.claims(ClaimFilter(article_id=article_id))
    segs, unplaced = segments(article.text, claims)
    return ArticlePage(
        article=article,
        claims=claims,
        segments=segs,
        unplaced=unplaced,
        numbers={c.id: i for i, c in enumerate(claims, 1)},
    )


def claim_deal_id(claim: Claim) -> str:
    return deal_id(claim.system, claim.supplier, claim.recipient)
