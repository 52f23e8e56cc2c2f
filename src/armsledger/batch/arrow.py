"""The Python side of the Spark job: Arrow record batches in, Arrow record batches out.

The job runs these functions with ``DataFrame.mapInArrow``, once per partition over all of
its batches, so a Python worker pays for the extractor (gazetteer, scorer) once, when it
first imports it, and each row costs only the extraction. Rows cross between the JVM and
Python as Arrow columns: no per-row pickling on either side, which is what made the RDD
version of the job spend more CPU converting rows than extracting claims.

Nothing here imports pyspark; pyarrow is imported when a function runs (it is in the
``spark`` extra, and Spark's Python workers need it for ``mapInArrow`` anyway).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from armsledger.batch.records import (
    ARTICLE_FIELDS,
    CLAIM_FIELDS,
    ERROR_FIELDS,
    Row,
    article_from_line,
    articles_from_file,
    file_name,
    rows_of,
)
from armsledger.errors import IngestError
from armsledger.models import Article

if TYPE_CHECKING:
    import pyarrow as pa

# Output rows per Arrow batch: a few hundred articles of 2-5 KB make batches of 1-2 MB,
# large enough that the per-batch cost vanishes and small enough to keep workers flat.
BATCH_ROWS = 512
# Bytes read at a time when counting the lines before a block (lines_before).
COUNT_CHUNK = 4 * 1024 * 1024


def output_schema() -> pa.Schema:
    """The tagged output: ``kind`` ("a", "c" or "e"), then the columns of every kind, null
    where not the row's own kind.

    One flat schema for all kinds, so the job writes its three outputs in one pass split by
    ``kind`` (names the kinds share, ``id``, ``doc`` and ``path``, are strings in all of
    them). The one definition of the output types: the Spark schema is derived from it.
    """
    import pyarrow as pa

    text = pa.string()
    evidence = pa.struct([("text", text), ("start", pa.int32()), ("end", pa.int32())])
    special: dict[str, Any] = {
        "via": pa.list_(text),
        "evidence": evidence,
        "quantity": pa.int64(),
        "recognised": pa.bool_(),
    }
    columns: dict[str, Any] = {}
    for name in (*ARTICLE_FIELDS, *CLAIM_FIELDS, *ERROR_FIELDS):
        columns.setdefault(name, special.get(name, text))
    return pa.schema(
        [pa.field("kind", text, nullable=False), *(pa.field(n, t) for n, t in columns.items())]
    )


def batches_of_lines(
    offsets: Mapping[tuple[str, int], int],
    uris: Mapping[str, str],
    batches: Iterable[pa.RecordBatch],
    local: Mapping[str, str] | None = None,
) -> Iterator[pa.RecordBatch]:
    """Output batches for lines of split JSONL files: columns ``file``, ``start``, ``value``.

    ``file`` and ``start`` are Spark's ``_metadata.file_path`` and ``file_block_start``:
    a line's number is the count of lines before its block plus its place in the block,
    which arrives whole and in order within one partition. ``uris`` maps Spark's
    URL-encoded ``file_path`` back to the listed URI, the ``path`` a local run would record.

    The lines before a block come from ``offsets`` when the driver counted them (0 if
    absent there and ``local`` is not given); otherwise ``local`` names the file on this
    machine, and they are counted there, only for a block with a line that needs its
    number: a record without an id (named after its line) or an error. Records with ids
    never need one, so a typical dump is read once, by this pass alone.
    """
    seen: dict[tuple[str, int], int] = {}
    counted: dict[tuple[str, int], int] = dict(offsets)

    def before(file: str, start: int) -> int:
        key = (file, start)
        if key not in counted:
            path = (local or {}).get(file)
            counted[key] = 0 if path is None or start == 0 else lines_before(path, start)
        return counted[key]

    def items() -> Iterator[Article | IngestError]:
        for batch in batches:
            files = batch.column("file").to_pylist()
            starts = batch.column("start").to_pylist()
            values = batch.column("value").to_pylist()
            for file, start, value in zip(files, starts, values, strict=True):
                key = (file, start)
                index = seen.get(key, 0)
                seen[key] = index + 1
                uri = uris.get(file, file)
                if key in counted or start == 0 or local is None:
                    item = article_from_line(uri, value, before(file, start) + index + 1)
                else:
                    # Line 0 is no real line: when the result shows it, read it again with
                    # its number (rare: records with ids, the usual case, never need it).
                    item = article_from_line(uri, value, 0)
                    if needs_number(item, uri):
                        item = article_from_line(uri, value, before(file, start) + index + 1)
                if item is not None:
                    yield item

    yield from to_batches(rows_of(items()))


def needs_number(item: Article | IngestError | None, uri: str) -> bool:
    """Whether ``item``, read as line 0, shows its line number: an error, or a record
    named after its line (``name:0``)."""
    if isinstance(item, IngestError):
        return True
    return item is not None and item.doc == f"{file_name(uri)}:0"


def lines_before(path: str, start: int) -> int:
    """Lines of ``path`` before the block Spark's text reader starts at byte ``start`` > 0.

    Hadoop's line reader gives a line to the block its first byte falls after, so a block
    at ``start`` follows every line beginning at or before it: one more than the newlines
    in the first ``start`` bytes.
    """
    newlines = 0
    with open(path, "rb") as fh:
        left = start
        while left > 0:
            chunk = fh.read(min(left, COUNT_CHUNK))
            if not chunk:
                break
            newlines += chunk.count(b"\n")
            left -= len(chunk)
    return newlines + 1


def batches_of_files(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Output batches for whole files: Spark's ``binaryFile`` columns ``path``, ``content``."""

    def items() -> Iterator[Article | IngestError]:
        for batch in batches:
            paths = batch.column("path")
            contents = batch.column("content")
            # One file's bytes at a time: converting the column at once would copy every
            # file of the batch (a WARC is ~1 GB) into Python objects together.
            for i in range(batch.num_rows):
                yield from articles_from_file(str(paths[i].as_py()), contents[i].as_py())

    yield from to_batches(rows_of(items()))


def to_batches(rows: Iterable[Row], size: int = BATCH_ROWS) -> Iterator[pa.RecordBatch]:
    """Tagged rows as record batches of ``output_schema()``, ``size`` rows at most."""
    import pyarrow as pa

    schema = output_schema()
    pending: list[dict[str, Any]] = []
    for kind, record in rows:
        pending.append({"kind": kind, **record})
        if len(pending) >= size:
            yield pa.RecordBatch.from_pylist(pending, schema=schema)
            pending = []
    if pending:
        yield pa.RecordBatch.from_pylist(pending, schema=schema)
