"""Running the pipeline over many articles: read, extract (on all cores), store.

The CLI, the web app and the batch job call these; they hold no logic of their own.
Parallel runs map ``extract`` over articles with an ordered ``imap``, so their output is
identical to a one-core run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult
from typing import Any

from armsledger.errors import IngestError
from armsledger.extract import extract
from armsledger.ingest import iter_articles
from armsledger.models import Article, Claim
from armsledger.store import Register
from armsledger.store.register import check_writable

# Articles per store transaction: large enough to amortise the commit, small enough that a
# crash loses little work (re-running converges anyway).
STORE_BATCH = 200
# Articles handed to a worker at once, and per job in flight: 32 keeps both cores busy on
# 2-5 KB documents while a window holds a few hundred articles at most.
CHUNKSIZE = 32
WINDOW_PER_JOB = 8 * CHUNKSIZE

Progress = Callable[[Article, list[Claim]], object]


# Skipped records kept as examples; the rest are only counted. A file of a million bad lines
# must not hold a million errors (1.2 GB): memory stays flat however many records fail.
MAX_ERRORS_KEPT = 100


@dataclass
class RunSummary:
    articles: int = 0
    claims: int = 0
    articles_new: int = 0
    error_count: int = 0
    errors: list[IngestError] = field(default_factory=list)  # the first MAX_ERRORS_KEPT

    def recorder(
        self, on_error: Callable[[IngestError], None] | None
    ) -> Callable[[IngestError], None]:
        """An ``on_error`` that counts the error (keeping the first few), then passes it on."""

        def record(err: IngestError) -> None:
            self.error_count += 1
            if len(self.errors) < MAX_ERRORS_KEPT:
                self.errors.append(err)
            if on_error is not None:
                on_error(err)

        return record


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_articles(
    articles: Iterable[Article], *, jobs: int = 1
) -> Iterator[tuple[Article, list[Claim]]]:
    """``(article, claims)`` in input order, on ``jobs`` processes.

    Work goes out in windows of ``WINDOW_PER_JOB * jobs`` articles, one window extracted while
    the next is read, so memory stays flat however long the input (``Pool.imap`` would read
    the whole input ahead), and only claims come back through the pipe. ``jobs`` is capped
    at the cores this process may use.
    """
    # More processes than cores only costs memory (--jobs 1000 started 986 processes, +2.6 GB).
    jobs = min(jobs, default_jobs())
    if jobs <= 1:
        for article in articles:
            yield article, extract(article)
        return
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return
    # The first article is read here, before the workers fork: the rules it needs built
    # (regexes compiled, scanners worked out: seconds on a cold start) are then theirs from
    # the fork rather than built again in each, and this process keeps them in the pattern
    # cache when it ends (``extract.pattern_cache``; a worker is stopped, never ends).
    yield first, extract(first)
    following = next(articles, None)
    if following is None:
        return  # one article: no workers to start
    articles = chain([following], articles)
    window = WINDOW_PER_JOB * jobs
    with get_context("fork").Pool(jobs) as pool:
        pending: tuple[list[Article], AsyncResult[list[list[Claim]]]] | None = None
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= window:
                if pending is not None:
                    yield from zip(pending[0], pending[1].get(), strict=True)
                pending = (batch, pool.map_async(extract, batch, chunksize=CHUNKSIZE))
                batch = []
        if pending is not None:
            yield from zip(pending[0], pending[1].get(), strict=True)
        if batch:
            yield from zip(batch, pool.map(extract, batch, chunksize=CHUNKSIZE), strict=True)


def extract_paths(
    paths: Iterable[str],
    *,
    jobs: int = 1,
    on_error: Callable[[IngestError], None] | None = None,
) -> Iterator[tuple[Article, list[Claim]]]:
    yield from extract_articles(iter_articles(paths, on_error=on_error), jobs=jobs)


def nothing_read(paths: Iterable[str], errors: int) -> IngestError:
    what = f"all {errors} inputs failed" if errors else "no articles found"
    return IngestError(
        f"nothing could be read: {what}",
        path=", ".join(paths),
        hint="check the paths; armsledger reads .txt, .md, .html, .jsonl(.gz/.zst), .warc(.gz) "
        "and RSS/Atom files",
    )


def readable(
    articles: Iterator[Article], paths: Iterable[str], summary: RunSummary
) -> Iterator[Article]:
    """``articles``, or ``nothing_read`` raised now, before any register is opened or
    created (a failed ingest must leave no empty register behind)."""
    first = next(articles, None)
    if first is None:
        raise nothing_read(paths, summary.error_count)
    return chain([first], articles)


def ingest(
    paths: Sequence[str],
    db: str,
    *,
    jobs: int = 1,
    on_error: Callable[[IngestError], None] | None = None,
    progress: Progress | None = None,
) -> tuple[RunSummary, dict[str, int]]:
    """``ingest_paths`` into the register at ``db``, opened (or created) only once some
    article could be read; returns the run's summary and the register's counts."""
    check_writable(db)  # a read-only register is the first thing to say, before any input
    summary = RunSummary()
    record = summary.recorder(on_error)
    articles = readable(iter_articles(paths, on_error=record), paths, summary)
    with Register(db) as register:
        _store(extract_articles(articles, jobs=jobs), register, summary, progress)
        return summary, register.counts()


def ingest_paths(
    paths: Iterable[str],
    register: Register,
    *,
    jobs: int = 1,
    on_error: Callable[[IngestError], None] | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Read, extract and store; then regroup syndicated copies into stories."""
    summary = RunSummary()
    pairs = extract_paths(paths, jobs=jobs, on_error=summary.recorder(on_error))
    _store(pairs, register, summary, progress)
    return summary


def _store(
    pairs: Iterable[tuple[Article, list[Claim]]],
    register: Register,
    summary: RunSummary,
    progress: Progress | None,
) -> None:
    batch: list[tuple[Article, list[Claim]]] = []
    for article, claims in pairs:
        summary.articles += 1
        summary.claims += len(claims)
        batch.append((article, claims))
        if progress is not None:
            progress(article, claims)
        if len(batch) >= STORE_BATCH:
            summary.articles_new += register.store(batch).articles_new
            batch = []
    if batch:
        summary.articles_new += register.store(batch).articles_new
    # Every article not yet in a story joins one: the new ones, and those of a run killed
    # before this step (a re-run then finds nothing new and must still converge). Only the
    # new articles' texts are read, whatever the size of the register.
    register.update_stories()


def claims_as_records(pairs: Iterable[tuple[Article, list[Claim]]]) -> Iterator[dict[str, Any]]:
    for _article, claims in pairs:
        for claim in claims:
            yield claim.to_record()


def records_by_path(
    paths: Iterable[str],
    *,
    jobs: int = 1,
    on_error: Callable[[IngestError], None] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Claim records grouped by the file each article was read from, in one extraction pass.

    One pass over all files keeps every core busy across them (a pass per file would start and
    drain a pool per file); the grouping lets callers score each file's claims on their own.
    """
    grouped: dict[str, list[dict[str, Any]]] = {}
    for article, claims in extract_paths(paths, jobs=jobs, on_error=on_error):
        bucket = grouped.setdefault(article.path or "", [])
        bucket.extend(claim.to_record() for claim in claims)
    return grouped
