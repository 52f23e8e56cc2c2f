"""Plain-text articles (``.txt``, ``.md``): one file, one article.

The text is kept exactly as read, apart from line endings (``\\r\\n``/``\\r`` → ``\\n``): claim
evidence is stored as character offsets into ``Article.text``, so anything removed here would
shift every offset after it. Boilerplate lines stay in the text; they are only skipped when
choosing the title.
"""

from __future__ import annotations

import re
from pathlib import Path

from armsledger.errors import IngestError
from armsledger.ingest.dates import is_date_line, scan_head
from armsledger.ingest.decode import decode_bytes, read_document_bytes
from armsledger.ingest.html import is_social_line
from armsledger.models import Article

_NEWLINES = re.compile(r"\r\n?")
# A Markdown heading's "# " is markup, not part of the title.
_HEADING_MARK = re.compile(r"^#{1,6}\s+")


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def pick_title(lines: list[str]) -> str | None:
    """The first non-empty line that is not a dateline, "Updated" stamp or social line.

    Pages saved as text often open with such lines (seed 000 starts "Updated 2:12 PM EST,
    Wed, Jan 29, 2020", then "Make CT Your Homepage"); falling back to the first non-empty
    line keeps a title for a file made only of those.
    """
    first = None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if first is None:
            first = stripped
        if not is_date_line(stripped) and not is_social_line(stripped):
            return _HEADING_MARK.sub("", stripped) or stripped
    return first


def read_text(path: Path) -> Article:
    """One ``Article`` from a plain-text file; ``IngestError`` if it is empty or binary."""
    text = normalise_newlines(decode_bytes(read_document_bytes(path), path=str(path)))
    if not text.strip():
        raise IngestError("file has only whitespace", path=str(path), hint="remove the file")
    lines = text.split("\n")
    head = scan_head(lines)
    return Article(
        doc=path.name,
        text=text,
        title=pick_title(lines),
        published=head.published,
        published_from="text-dateline" if head.published else None,
        updated=head.updated,
        updated_from="text-updated-line" if head.updated else None,
        path=str(path),
    )
