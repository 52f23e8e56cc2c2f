"""Watching RSS/Atom feeds: fetch new items' pages, extract, store, remember what was seen.

Each round fetches every feed, and for each item not seen before fetches its page, reads it
through the ingest HTML path (``html_to_article``) and stores the article with its claims.
When the page cannot be fetched or has no article text, the feed entry's own content or
summary is used, read exactly as ``read_feed`` reads an entry. Seen item ids and links go to
a JSON state file, written atomically (temporary file, then ``os.replace``) after each
feed's items are stored and when the watch ends, so a restart, a crash or Ctrl-C loses at
most one feed's progress; storing those items again later is an upsert.

Everything is bounded: items per feed and round, attempts per failing item, the number of
remembered and of failing keys and the length of each, and the number of rounds when
``max_rounds`` is given.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import feedparser

from armsledger.errors import ArmsledgerError, FetchError, IngestError
from armsledger.extract import extract
from armsledger.ingest.feed import entry_to_article
from armsledger.ingest.fetch import Fetched, fetch
from armsledger.ingest.html import html_to_article
from armsledger.models import Article
from armsledger.store import Register

__all__ = ["WatchStateError", "WatchSummary", "watch"]

# New items taken from one feed in one round; the rest wait for the next round.
MAX_ITEMS_PER_FEED = 100
# Rounds an item is retried when neither its page nor its feed entry gives an article.
MAX_ATTEMPTS = 3
# Keys remembered (oldest forgotten first): far more than any feed ever lists at once.
MAX_SEEN = 100_000
# Errors kept in the summary (the newest); a watch that runs for weeks must not grow.
MAX_ERRORS_KEPT = 100
# Items with failed attempts remembered (oldest forgotten first): a feed that lists ever new
# failing items must not grow the state file, as it did when only seen keys were capped.
MAX_FAILING = 10_000
# A key (item id or link) longer than this is kept as its SHA-256: feed text sets the
# length, and 100,000 keys of a megabyte each would make a 100 GB state file.
MAX_KEY_CHARS = 512
STATE_VERSION = 1

Fetcher = Callable[..., Fetched]


class WatchStateError(ArmsledgerError):
    """The watch state file exists but cannot be read."""


@dataclass
class WatchSummary:
    rounds: int = 0
    feeds_fetched: int = 0
    items_new: int = 0
    articles_new: int = 0
    claims: int = 0
    from_summary: int = 0
    error_count: int = 0
    errors: list[ArmsledgerError] = field(default_factory=list)  # the newest MAX_ERRORS_KEPT
    interrupted: bool = False


def watch(
    feed_urls: Iterable[str],
    register: Register,
    *,
    every_seconds: float,
    state_path: str | os.PathLike[str],
    allow_private: bool = False,
    once: bool = False,
    fetcher: Fetcher = fetch,
    max_rounds: int | None = None,
    on_error: Callable[[ArmsledgerError], None] | None = None,
) -> WatchSummary:
    """Poll ``feed_urls`` every ``every_seconds`` until Ctrl-C (one round if ``once``).

    Ctrl-C ends the watch cleanly: the state is saved and the summary comes back with
    ``interrupted=True``. Errors (a feed or page that cannot be fetched or read) go to
    ``on_error`` and into the summary; the watch goes on.
    """
    if every_seconds < 0:
        raise ValueError(f"every_seconds must be 0 or more, not {every_seconds}")
    feeds = list(dict.fromkeys(feed_urls))
    state = _State.load(Path(state_path))
    summary = WatchSummary()

    def report(err: ArmsledgerError) -> None:
        summary.error_count += 1
        summary.errors.append(err)
        del summary.errors[:-MAX_ERRORS_KEPT]
        if on_error is not None:
            on_error(err)

    limit = 1 if once else max_rounds
    try:
        while limit is None or summary.rounds < limit:
            if summary.rounds:
                time.sleep(every_seconds)
            summary.rounds += 1
            stored_before = summary.articles_new
            for feed_url in feeds:
                _poll(feed_url, register, state, summary, fetcher, allow_private, report)
            if summary.articles_new > stored_before:
                register.update_stories()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        state.save()
    return summary


def _poll(
    feed_url: str,
    register: Register,
    state: _State,
    summary: WatchSummary,
    fetcher: Fetcher,
    allow_private: bool,
    report: Callable[[ArmsledgerError], None],
) -> None:
    try:
        fetched = fetcher(feed_url, allow_private=allow_private)
    except FetchError as err:
        report(err)
        return
    # Bytes, never a URL: feedparser would fetch a URL itself, around every check above.
    try:
        parsed: Any = feedparser.parse(fetched.content)
    except (ValueError, UnicodeError, KeyError, TypeError, AttributeError) as exc:
        report(IngestError(f"feed parser failed: {type(exc).__name__}: {exc}", path=feed_url,
                           hint="the feed is malformed; it is tried again next round"))  # fmt: skip
        return
    if not parsed.get("version") and not parsed.entries:
        report(IngestError("not an RSS or Atom feed", path=feed_url, hint="check the feed URL"))
        return
    summary.feeds_fetched += 1
    taken = 0
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            keys = [
                _key(k) for k in (entry.get("id"), entry.get("link")) if isinstance(k, str) and k
            ]
        except (KeyError, AttributeError):  # a mangled entry: skip it, keep the rest
            report(IngestError("unreadable entry", path=feed_url, record=f"entry {number}"))
            continue
        if not keys or state.seen_any(keys) or taken >= MAX_ITEMS_PER_FEED:
            continue
        taken += 1
        summary.items_new += 1
        article = _item_article(feed_url, entry, number, fetcher, allow_private, summary, report)
        if article is None:
            if state.failed(keys) >= MAX_ATTEMPTS:
                state.remember(keys)  # give up on it rather than retry forever
            continue
        claims = extract(article)
        summary.articles_new += register.store([(article, claims)]).articles_new
        summary.claims += len(claims)
        state.remember(keys)
    # Once per feed rather than per item: the file holds up to MAX_SEEN keys.
    state.save()


def _item_article(
    feed_url: str,
    entry: Any,
    number: int,
    fetcher: Fetcher,
    allow_private: bool,
    summary: WatchSummary,
    report: Callable[[ArmsledgerError], None],
) -> Article | None:
    """The item's page as an article, else its feed entry, else ``None`` (error reported)."""
    try:
        fallback: Article | None = dataclasses.replace(
            entry_to_article(entry, Path(feed_url), number), path=feed_url
        )
    except (IngestError, ValueError, UnicodeError, KeyError, TypeError, AttributeError):
        fallback = None  # an entry with no title or body, or a mangled one: only the page helps
    try:
        link = entry.get("link")
    except (KeyError, AttributeError):  # feedparser raises KeyError for a broken <link>
        link = None
    if isinstance(link, str) and link:
        try:
            page = fetcher(link, allow_private=allow_private)
            article = html_to_article(
                page.content,
                doc=link,
                path=page.url,
                url=page.url,
                charset=page.charset,
            )
        except (FetchError, IngestError) as err:
            report(err)  # reported even when the entry can stand in: the page was lost
            if fallback is None:
                return None
        else:
            return _with_feed_metadata(article, fallback)
    if fallback is not None:
        summary.from_summary += 1
        return fallback
    report(IngestError("item has no link and no content", path=feed_url, record=f"entry {number}"))
    return None


def _with_feed_metadata(article: Article, entry: Article | None) -> Article:
    """Fill what the page lacks from its feed entry (publication date, title)."""
    if entry is None:
        return article
    changes: dict[str, Any] = {}
    if article.published is None and entry.published:
        changes.update(published=entry.published, published_from=entry.published_from)
    if not article.title and entry.title:
        changes["title"] = entry.title
    # Neither field is part of the article id, so the id stays the page's.
    return dataclasses.replace(article, **changes) if changes else article


def _key(value: str) -> str:
    if len(value) <= MAX_KEY_CHARS:
        return value
    return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


class _State:
    """Seen keys (insertion-ordered, capped) and failure counts, kept in a JSON file."""

    def __init__(self, path: Path, seen: dict[str, None], attempts: dict[str, int]) -> None:
        self.path = path
        self.seen = seen
        self.attempts = attempts

    @classmethod
    def load(cls, path: Path) -> _State:
        if not path.exists():
            return cls(path, {}, {})
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            seen = dict.fromkeys(str(k) for k in data["seen"])
            attempts = {str(k): int(v) for k, v in data.get("attempts", {}).items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise WatchStateError(
                f"cannot read the watch state: {exc}",
                path=str(path),
                hint="move the file aside to start afresh (seen items are then re-read, "
                "which only upserts them again)",
            ) from None
        return cls(path, seen, attempts)

    def seen_any(self, keys: list[str]) -> bool:
        return any(k in self.seen for k in keys)

    def remember(self, keys: list[str]) -> None:
        for key in keys:
            self.seen[key] = None
            self.attempts.pop(key, None)
        while len(self.seen) > MAX_SEEN:
            del self.seen[next(iter(self.seen))]

    def failed(self, keys: list[str]) -> int:
        count = max(self.attempts.get(k, 0) for k in keys) + 1
        for key in keys:
            self.attempts.pop(key, None)  # re-inserted last: the newest failure is kept longest
            self.attempts[key] = count
        while len(self.attempts) > MAX_FAILING:
            del self.attempts[next(iter(self.attempts))]
        return count

    def save(self) -> None:
        data = {"version": STATE_VERSION, "seen": list(self.seen), "attempts": self.attempts}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Same directory, so os.replace is an atomic rename: readers see old or new, whole.
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
