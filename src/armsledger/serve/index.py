"""What the web app keeps in memory: the deal index behind the lists, and memoised deal views.

The register is opened read-only, but another process (``armsledger ingest``) or the app's own
write endpoint may change it at any time. Everything cached here is keyed by a *fingerprint* of
the database files (modification time and size of the file and its WAL), so a change is seen
on the next request and never served stale.

- ``DealIndex.entries(register, as_of)``: every deal with the summary of its status as of a
  date (stage, halt, claims known, span of their dates), read from each deal's
  ``StatusTimeline`` by bisect: enough to filter and sort the deals list, for any date, without
  computing a status; the full status only for the deals a page shows.
- ``DealIndex.view(...)``: a deal's ``views.DealView`` (status *and* contradictions, the costly
  part: ``find_contradictions`` compares every pair of statements), memoised per deal and date.
- ``DealIndex.warm(stop)``: computes every deal's view in the background, largest deals first,
  so lists and pages show contradiction counts without waiting.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, TypeVar

from armsledger import lookup
from armsledger.errors import NotFoundError, QueryError
from armsledger.reconcile import dates
from armsledger.reconcile.deals import Deal, group_deals
from armsledger.reconcile.status import Status, status_as_of
from armsledger.reconcile.status_timeline import Span, StatusTimeline, Summary
from armsledger.store import ClaimFilter, Register
from armsledger.views import Context, DealView, context, deal_view

K = TypeVar("K")
V = TypeVar("V")

Fingerprint = tuple[int, ...]

# Views kept in memory: every deal of a large register (2,500 deals at 100k claims), plus
# room for the dates users pick.
VIEW_CACHE = 20_000
AS_OF_CACHE = 8
MARK_CACHE = 1_000
# Contexts of single deals (their articles' report dates and stories), used while no
# register-wide snapshot is current.
CONTEXT_CACHE = 256
# The warm-up also maps claims to contradictions for deals with more than this many.
WARM_MARKS = 1_000


# A request parameter the register cannot use (an FTS5 syntax error, a bad date): the same
# error the CLI raises for the same input, so both say the same thing.
BadQuery = QueryError


def fingerprint(db_path: str) -> Fingerprint:
    """Modification time and size of the database and its write-ahead log."""
    out: list[int] = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(db_path + suffix)
        except FileNotFoundError:
            out += [0, 0]
        else:
            out += [st.st_mtime_ns, st.st_size]
    return tuple(out)


class Memo(Generic[K, V]):
    """A thread-safe LRU memo computing each key once, even under concurrent requests."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[K, threading.Lock] = {}

    def peek(self, key: K) -> V | None:
        with self._lock:
            return self._data.get(key)

    def get(self, key: K, compute: Callable[[], V]) -> V:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            pending = self._pending.setdefault(key, threading.Lock())
        with pending:
            with self._lock:
                if key in self._data:
                    return self._data[key]
            try:
                value = compute()
                with self._lock:
                    self._data[key] = value
                    while len(self._data) > self.maxsize:
                        self._data.popitem(last=False)
            finally:
                with self._lock:
                    self._pending.pop(key, None)
        return value


@dataclass(frozen=True)
class Snapshot:
    """Every deal in the register at one fingerprint, with the per-article context."""

    fingerprint: Fingerprint
    ctx: Context
    deals: tuple[Deal, ...]

    @cached_property
    def timelines(self) -> tuple[StatusTimeline, ...]:
        """Each deal's status at every report day (``reconcile.status_timeline``), built once
        per register version: a new ``as_of`` is then one bisect per deal, however many
        dates clients cycle through (computing every status afresh for each new date cost
        0.2-1.2 s of CPU at 100,000 claims)."""
        return tuple(StatusTimeline(deal.claims, self.ctx.reported) for deal in self.deals)


@dataclass(frozen=True)
class IndexEntry:
    """A deal in the list as of a date: what filters and sorts it, and its full status on
    demand (only the deals a page shows need it)."""

    deal: Deal
    summary: Summary
    as_of: str | None
    ctx: Context

    @property
    def span(self) -> Span | None:
        """First and last day covered by the known claims' dates (``when``, else report date)."""
        return self.summary.span

    @cached_property
    def status(self) -> Status:
        return status_as_of(self.deal.claims, self.ctx.reported, self.as_of, self.ctx.stories)


def build_view(
    deal: Deal,
    ctx: Context,
    as_of: str | None,
    status: Status | None = None,
    unbounded: DealView | None = None,
) -> DealView:
    """The deal as ``views`` shows it (``views.deal_view``); as of a date, its contradictions
    picked from ``unbounded``'s (the view with no date) when given."""
    found = unbounded.contradictions if unbounded is not None else None
    return deal_view(deal, ctx, as_of, status, found)


def deal_context(register: Register, article_ids: Iterable[str]) -> Context:
    """``views.context`` for the given articles only (a deal page needs no other)."""
    return context(register, article_ids)


def search_deal_ids(register: Register, query: str) -> set[str]:
    """Ids of deals with a claim whose evidence, system or source matches the FTS5 query."""
    return register.deal_ids_matching(query)


class DealIndex:
    """The deals of one register file, cached per fingerprint (see the module doc)."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._known: tuple[Fingerprint, lookup.Known] | None = None
        self._entries: Memo[tuple[Fingerprint, str | None], list[IndexEntry]] = Memo(AS_OF_CACHE)
        self._views: Memo[tuple[Fingerprint, str, str | None], DealView] = Memo(VIEW_CACHE)
        self._marks: Memo[tuple[Fingerprint, str, str | None], dict[str, str]] = Memo(MARK_CACHE)
        self._contexts: Memo[tuple[Fingerprint, str], Context] = Memo(CONTEXT_CACHE)
        self.warmed = threading.Event()

    def fingerprint(self) -> Fingerprint:
        return fingerprint(self.db_path)

    def known(self, register: Register) -> lookup.Known:
        """The systems and parties of the register's deals (for ``lookup``)."""
        snap = self.snapshot(register)
        with self._lock:
            if self._known is None or self._known[0] != snap.fingerprint:
                self._known = (snap.fingerprint, lookup.Known.of_deals(snap.deals))
            return self._known[1]

    def snapshot(self, register: Register) -> Snapshot:
        current = self.fingerprint()
        with self._lock:
            if self._snapshot is None or self._snapshot.fingerprint != current:
                self._snapshot = Snapshot(
                    current, context(register), tuple(group_deals(register.claims()))
                )
            return self._snapshot

    def entries(self, register: Register, as_of: str | None) -> tuple[Snapshot, list[IndexEntry]]:
        snap = self.snapshot(register)
        label = dates.normalize(as_of) if as_of else None

        def compute() -> list[IndexEntry]:
            return [
                IndexEntry(deal, summary, label, snap.ctx)
                for deal, timeline in zip(snap.deals, snap.timelines, strict=True)
                if (summary := timeline.at(as_of)).known
            ]

        return snap, self._entries.get((snap.fingerprint, label), compute)

    def view(
        self,
        fp: Fingerprint,
        deal: Deal,
        ctx: Context,
        as_of: str | None,
        status: Status | None = None,
    ) -> DealView:
        def compute() -> DealView:
            # A date's contradictions are those of the view with no date that were reported
            # by then: once that view is in memory (the warm-up computes every deal's), any
            # date is a filter of it. Without it, only the claims known by then are searched
            # (computing the whole view first cost a cold server up to 20 times more).
            unbounded = None if as_of is None else self._views.peek((fp, deal.id, None))
            return build_view(deal, ctx, as_of, status, unbounded)

        return self._views.get((fp, deal.id, as_of), compute)

    def cached_view(self, fp: Fingerprint, deal_id: str, as_of: str | None) -> DealView | None:
        return self._views.peek((fp, deal_id, as_of))

    def deal_view(self, register: Register, deal_id: str, as_of: str | None) -> DealView:
        """One deal straight from the register (no full index needed); NotFoundError if none."""
        fp = self.fingerprint()
        hit = self.cached_view(fp, deal_id, as_of)
        if hit is not None:
            return hit
        claims = register.claims(ClaimFilter(deal_id=deal_id))
        if not claims:
            raise NotFoundError(f"no deal {deal_id!r} in the register", hint="see the deals list")
        deal = group_deals(claims)[0]
        return self.view(fp, deal, self.deal_context(register, deal), as_of, None)

    def deal_context(self, register: Register, deal: Deal) -> Context:
        """Report dates and stories for a deal's articles: the register-wide snapshot's when
        it is current, else read for the deal's articles (memoised). A deal page or API
        request then reads no article rows once the deal's view is cached (it read them on
        every request, most of an API deal's CPU)."""
        fp = self.fingerprint()
        with self._lock:
            snap = self._snapshot
        if snap is not None and snap.fingerprint == fp:
            return snap.ctx
        return self._contexts.get((fp, deal.id), lambda: deal_context(register, deal.article_ids))

    def contradicted(self, view: DealView) -> dict[str, str]:
        """Claim id -> the id of its first contradiction (copies included), for the deal page.
        Memoised: a contradiction's id is a hash, and a large deal has tens of thousands."""

        def compute() -> dict[str, str]:
            out: dict[str, str] = {}
            for c in view.contradictions:
                ident = c.id
                for claim in (c.a, c.b, *c.a_copies, *c.b_copies):
                    out.setdefault(claim.id, ident)
            return out

        key = (self.fingerprint(), view.deal.id, view.status.as_of)
        return self._marks.get(key, compute)

    def warm(self, stop: threading.Event) -> None:
        """Compute every deal's view (as of now), largest first; stop early when asked or when
        the register changes underneath."""
        try:
            with Register(self.db_path, readonly=True) as register:
                snap, entries = self.entries(register, None)
            for entry in sorted(entries, key=lambda e: -len(e.deal.claims)):
                if stop.is_set() or self.fingerprint() != snap.fingerprint:
                    return
                view = self.view(snap.fingerprint, entry.deal, snap.ctx, None)
                if len(view.contradictions) > WARM_MARKS:
                    self.contradicted(view)
        finally:
            self.warmed.set()
