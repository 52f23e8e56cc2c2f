"""Pure helpers of the Spark job: input selection, parsing with the ingest readers, and rows.

Nothing here imports pyspark, so it is unit-testable and its functions pickle by reference
into Spark's Python workers. Parsing goes through armsledger's own readers so a Spark run and
a local run see the same articles: a whole file is read by ``iter_items`` itself (see
``articles_from_file``), and a line of a JSONL range by the JSONL reader's own line parser
(``article_from_line``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from armsledger.errors import IngestError
from armsledger.extract import extract
from armsledger.ingest import NOT_ARTICLES, READERS, iter_items
from armsledger.ingest.jsonl import Overlong, parse_line
from armsledger.models import Article

# Column order of the Parquet outputs: the to_record() fields of Article and Claim.
ARTICLE_FIELDS = (
    "id",
    "doc",
    "title",
    "url",
    "published",
    "published_from",
    "updated",
    "updated_from",
    "path",
    "text",
)
CLAIM_FIELDS = (
    "doc",
    "system",
    "supplier",
    "recipient",
    "stage",
    "factuality",
    "when",
    "source",
    "via",
    "evidence",
    "variant",
    "quantity",
    "category",
    "recognised",
    "id",
    "article_id",
)
ERROR_FIELDS = ("path", "record", "message")

# A tagged output row: "a" article, "c" claim or "e" error, and its record (the
# to_record() dict of Article or Claim; ERROR_FIELDS for an error).
Row = tuple[str, dict[str, Any]]


def file_name(uri: str) -> str:
    """The last path segment of a Hadoop path or URI (``file:/x/a b.txt`` → ``a b.txt``)."""
    return uri.rstrip("/").rsplit("/", 1)[-1]


def known_suffix(name: str) -> str:
    """The reader suffix of a file name, as ``armsledger.ingest`` picks it ("" if none)."""
    lower = name.lower()
    return next((s for s in READERS if lower.endswith(s) and len(lower) > len(s)), "")


def wanted_in_walk(relative: str) -> bool:
    """Whether a file found under a given directory is read, as ``iter_articles`` decides.

    ``relative`` is the path below the directory, "/"-separated: hidden folders and files,
    a corpus's own README/LICENSE files and unknown types are skipped there too.
    """
    parts = PurePosixPath(relative).parts
    if not parts or any(part.startswith(".") for part in parts):
        return False
    name = parts[-1]
    return not name.lower().startswith(NOT_ARTICLES) and bool(known_suffix(name))


def splittable(name: str) -> bool:
    """Plain JSON Lines can be cut into line ranges; every other format is read whole."""
    return known_suffix(name) == ".jsonl"


def articles_from_file(uri: str, local: Path) -> Iterator[Article | IngestError]:
    """The articles (and errors) of the file at ``local``, read exactly as a local run reads
    it, with ``path`` set to ``uri``: the input as listed, where ``local`` may be a copy."""
    for item in iter_items([local]):
        if isinstance(item, IngestError):
            if item.path == str(local):  # errors name the local copy; name the input
                item.path = uri
            yield item
        else:
            yield dataclasses.replace(item, path=uri)


def article_from_line(
    uri: str, line: bytes | Overlong, number: int
) -> Article | IngestError | None:
    """One JSONL line as ``read_jsonl`` reads it (``None`` for a blank line), with
    ``path`` set to ``uri``.

    ``number`` is the 1-based line number in the file: record ids fall back to it.
    """
    # The reader names records after path.name, and Path() would mangle a URI's "//".
    item = parse_line(line, path=Path(file_name(uri)), number=number)
    if isinstance(item, IngestError):
        item.path = uri
        return item
    return None if item is None else dataclasses.replace(item, path=uri)


def rows_of(items: Iterable[Article | IngestError]) -> Iterator[Row]:
    """Extract claims from each article; tag articles, claims and errors as output rows."""
    for item in items:
        if isinstance(item, IngestError):
            yield "e", {"path": item.path, "record": item.record, "message": str(item)}
            continue
        yield "a", item.to_record()
        for claim in extract(item):
            yield "c", claim.to_record()
