"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``): each entry becomes an article.

feedparser handles the dialects, encodings and HTML sanitising; this module picks the
fields. The entry's fullest body (``content`` if given, else ``summary``) is turned from HTML
into plain paragraphs. A feed's ``published`` is the publication date; Atom's ``updated`` is
only ever ``updated``, even when it is the entry's only date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
from lxml import etree
from lxml import html as lxml_html

from armsledger.errors import IngestError
from armsledger.ingest.dates import normalise_date
from armsledger.ingest.decode import read_document_bytes
from armsledger.models import Article

# Closing tags after which the text breaks a line, so paragraphs stay paragraphs.
_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|pre|section|article)\s*>", re.IGNORECASE
)
_SPACES = re.compile(r"[ \t\u00a0]+")


def read_feed(path: Path) -> Iterator[Article | IngestError]:
    """Articles (or per-entry errors) from an RSS or Atom file, in feed order."""
    # Bytes, never the path string: feedparser fetches anything that looks like a URL.
    try:
        parsed: Any = feedparser.parse(read_document_bytes(path))
    except (ValueError, UnicodeError, KeyError, TypeError, AttributeError) as exc:
        # feedparser's own failures on mangled markup (bench/fuzz.py found these)
        raise IngestError(
            f"feed parser failed: {type(exc).__name__}: {exc}",
            path=str(path),
            hint="check the file is a well-formed RSS or Atom feed in one encoding",
        ) from exc
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise IngestError(
            f"not an RSS or Atom feed{detail}",
            path=str(path),
            hint="feeds need an <rss> or <feed> root; other XML is not read",
        )
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield entry_to_article(entry, path, number)
        except IngestError as err:
            yield err
        except (ValueError, UnicodeError, KeyError, TypeError, AttributeError) as exc:
            # A mangled entry (NUL bytes, a broken link element, bytes in no encoding) is
            # that entry's error; the feed's other entries are still read.
            yield IngestError(
                f"unreadable entry: {type(exc).__name__}: {exc}",
                path=str(path),
                record=f"entry {number}",
                hint="fix or drop that <item>/<entry>",
            )


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags gone, entities decoded, one line per block."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    marked = _BLOCK_END.sub("\n", fragment)
    try:
        root = lxml_html.fragment_fromstring(marked, create_parent="div")
        text = str(root.text_content())
    except (etree.ParserError, ValueError):  # markup lxml cannot place in a tree
        text = re.sub(r"<[^>]+>", "", marked)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def entry_to_article(entry: Any, path: Path, number: int) -> Article:
    title = _text_field(entry, "title")
    body = _body(entry)
    link = entry.get("link") or None
    if not body and not title:
        raise IngestError(
            "entry has no title, summary or content",
            path=str(path),
            record=f"entry {number}",
            hint="remove the empty <item>/<entry>",
        )
    published = _entry_date(entry, "published")
    updated = _entry_date(entry, "updated")
    return Article(
        doc=link or entry.get("id") or f"{path.name}#{number}",
        # A title-only item (common in headline feeds) still says something; use the title.
        text=body or title or "",
        title=title,
        url=link,
        published=published,
        published_from="feed" if published else None,
        updated=updated,
        updated_from="feed" if updated else None,
        path=str(path),
    )


def _body(entry: Any) -> str | None:
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if candidates:
        best = max(candidates, key=lambda c: len(c["value"]))
        return _detail_text(best["value"], best.get("type"))
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        return _detail_text(summary, detail.get("type"))
    return None


def _text_field(entry: Any, name: str) -> str | None:
    value = entry.get(name)
    if not value:
        return None
    detail = entry.get(f"{name}_detail") or {}
    return _detail_text(value, detail.get("type")) or None


def _detail_text(value: str, content_type: str | None) -> str:
    if content_type == "text/plain":  # feedparser already unescaped it; do not do it twice
        return value.strip()
    return html_fragment_to_text(value)


def _entry_date(entry: Any, name: str) -> str | None:
    # dict.get, not entry.get: feedparser's own get maps a missing "updated" to "published"
    # (its issue 310), which would present the publication date as an update.
    # The raw string keeps the publisher's own day; *_parsed is converted to UTC and can
    # move a late-evening story to the next day.
    date = normalise_date(dict.get(entry, name))
    if date is None:
        parsed = dict.get(entry, f"{name}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                stamp = calendar.timegm(parsed)
                date = dt.datetime.fromtimestamp(stamp, tz=dt.UTC).date().isoformat()
            except (ValueError, OverflowError, OSError):
                return None  # a year the feed parser accepted but no calendar holds ("-1")
    return date
