"""HTML pages (``.html``, ``.htm``, and WARC responses): main text and metadata via trafilatura.

One ``bare_extraction`` call parses the page once and returns text, title, URL and date.
The date comes from page metadata (meta tags, JSON-LD, ``<time>``, URL) with htmldate's
extensive free-text search turned off: that search happily returns an "Updated ..." stamp or a
date the story mentions, and a wrong publication date is worse than none. Only when the page
metadata has no date does the first-lines dateline of the extracted text count.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from armsledger.errors import IngestError
from armsledger.ingest.dates import normalise_date, scan_head
from armsledger.ingest.decode import charset_from_html, decode_bytes, read_document_bytes
from armsledger.models import Article

# Short lines that social widgets and site chrome leave inside the article column, which
# trafilatura keeps even with ``favor_precision`` (NOTES.md). Each is matched against a whole
# stripped line, case-insensitively, so a sentence that merely mentions Facebook survives.
SOCIAL_LINE_PATTERNS: tuple[str, ...] = (
    # "Like us on Facebook", "Follow us on Twitter", "Join us on Telegram"
    r"(?:like|follow|find|join|connect with|watch) us on [\w+ ]{1,30}",
    # "Make CT Your Homepage"
    r"make [\w .&'-]{1,40} your home ?page",
    # "Share this article", "Share on Twitter", "Share"
    r"share(?: this)?(?: article| story| post| page)?(?: on [\w+ ]{1,20})?",
    # "Subscribe to our newsletter", "Sign up for our daily newsletter"
    r"(?:subscribe|sign up)(?: (?:to|for))?(?: our)?(?: \w+)? (?:newsletter|channel|alerts?)",
    # "Click here to subscribe", "Tap here to follow us"
    r"(?:click|tap) here to [\w ]{1,30}",
)
# Longer lines are prose, whatever words they contain.
SOCIAL_LINE_MAX = 80
_SOCIAL = re.compile(r"^(?:" + "|".join(SOCIAL_LINE_PATTERNS) + r")[\s.!:»>|-]*$", re.IGNORECASE)

# trafilatura falls back to whatever text a page has (menus, footers) when it finds no
# article; less than this many characters is not even one sentence of a story.
MIN_TEXT_CHARS = 40

# Page metadata only; see the module docstring for why extensive search is off.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}

# Page metadata that stamps when a page was last changed, never when its story ran
# ("article:modified_time", "og:updated_time", JSON-LD "dateModified", <time class="updated">;
# not WordPress's <time class="published updated">, which is both while a post is unchanged).
# htmldate's ``original_date`` prefers a publication stamp but falls back to such a stamp when
# the page has no other, so a page only ever updated was given its update as its date.
_MODIFIED_MARKS = re.compile(
    r"<meta\b[^>]*\b(?:property|name|itemprop|http-equiv)\s*=\s*[\"'][^\"']*(?:modified|updated)"
    r"[^\"']*[\"'][^>]*>"
    r"|\"dateModified\"\s*:\s*\"[^\"]*\""
    r"|<time\b(?![^>]*publish)[^>]*\bclass\s*=\s*[\"'][^\"']*(?:updated|modified)[^\"']*[\"'][^>]*>",
    re.IGNORECASE,
)

# lxml refuses a str that still carries an XML encoding declaration (the bytes were decoded
# already, so the declaration is stale anyway).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def is_social_line(line: str) -> bool:
    """True for a short share/follow/homepage line (see ``SOCIAL_LINE_PATTERNS``)."""
    stripped = line.strip()
    return 0 < len(stripped) <= SOCIAL_LINE_MAX and _SOCIAL.match(stripped) is not None


def drop_social_lines(text: str) -> str:
    """``text`` without its social lines (HTML only: extracted text has no offsets yet)."""
    return "\n".join(line for line in text.split("\n") if not is_social_line(line))


def html_to_article(
    data: bytes,
    *,
    doc: str,
    path: str,
    record: str | None = None,
    url: str | None = None,
    charset: str | None = None,
    updated: str | None = None,
    updated_from: str | None = None,
) -> Article:
    """One ``Article`` from the bytes of an HTML page.

    ``charset`` is what the container declared (HTTP header); ``updated`` is a stamp the
    container knows (a WARC crawl date), used when the page itself has no "Updated" line.
    """
    page = decode_bytes(data, path=path, declared=charset or charset_from_html(data))
    page = _XML_DECLARATION.sub("", page, count=1)
    # Imported here so that listing or reading text/JSONL files does not pay for trafilatura.
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as exc:  # lxml and trafilatura raise many types on broken markup
        raise IngestError(
            f"cannot parse HTML: {type(exc).__name__}: {exc}", path=path, record=record
        ) from None
    raw_text = _attr(result, "text")
    text = drop_social_lines(raw_text).strip() if raw_text else ""
    if len(text) < MIN_TEXT_CHARS:
        raise IngestError(
            "no article text found in the page",
            path=path,
            record=record,
            hint="give the article page itself, not an index, login or script-only page",
        )
    head = scan_head(text.split("\n"))
    published = normalise_date(_attr(result, "date"))
    if published is not None and _MODIFIED_MARKS.search(page):
        # Read the page again without its update stamps: the date that is left (or none) is
        # the publication's; the one that went was an update's.
        original = normalise_date(_original_date(_MODIFIED_MARKS.sub("", page), url))
        if original != published:
            # The page's own stamp, before a container's (a WARC crawl date).
            updated, updated_from = published, "html-meta"
            published = original
    published_from = "html-meta" if published else None
    if published is None and head.published:
        published, published_from = head.published, "text-dateline"
    if head.updated:
        updated, updated_from = head.updated, "text-updated-line"
    title = _attr(result, "title") or next(
        (line.strip() for line in text.split("\n") if line.strip()), None
    )
    return Article(
        doc=doc,
        text=text,
        title=title,
        url=url or _attr(result, "url"),
        published=published,
        published_from=published_from,
        updated=updated if updated else None,
        updated_from=updated_from if updated else None,
        path=path,
    )


def read_html(path: Path) -> Article:
    """One ``Article`` from an HTML file."""
    return html_to_article(read_document_bytes(path), doc=path.name, path=str(path))


def _original_date(page: str, url: str | None) -> str | None:
    """The date the page metadata gives, read as ``bare_extraction`` reads it."""
    import htmldate

    try:
        return htmldate.find_date(page, url=url, **_DATE_PARAMS)
    except Exception:  # htmldate raises many types on broken markup, as trafilatura does
        return None


def _attr(result: object, name: str) -> str | None:
    """A string field of trafilatura's result (a ``Document``, or None when nothing found)."""
    value = getattr(result, name, None)
    return value if isinstance(value, str) and value.strip() else None
