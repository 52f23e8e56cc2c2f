"""The Python side of the Spark job: one task reads its pieces, extracts, writes Parquet.

A Python worker opens its pieces (``batch.inputs.Piece``) itself through pyarrow's file
systems, extracts claims, and writes each kind of output row (articles, claims, errors) to
its own Parquet file under the job's temporary directory; only counts, file names and the
first error messages go back to the driver. The JVM moves no row and no byte of text: on a
2-core machine every CPU second it spends is taken from extraction.

A Python worker pays for the extractor (gazetteer, rules, scorer) once, when it first
imports it, and serves every task it is given after that (``spark.python.worker.reuse``).
Nothing here imports pyspark; pyarrow is imported when a function runs.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from armsledger.batch.inputs import Piece, file_system
from armsledger.batch.records import (
    ARTICLE_FIELDS,
    CLAIM_FIELDS,
    ERROR_FIELDS,
    article_from_line,
    articles_from_file,
    file_name,
    rows_of,
)
from armsledger.errors import IngestError
from armsledger.ingest.jsonl import Overlong, bounded_lines
from armsledger.models import Article

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

# Output kinds: the tag rows_of gives them, their directory, their columns.
KINDS = {
    "a": ("articles", ARTICLE_FIELDS),
    "c": ("claims", CLAIM_FIELDS),
    "e": ("errors", ERROR_FIELDS),
}
# Rows per Parquet row group: ~1,000 articles of 2-5 KB are a few MB, so the per-group
# cost vanishes while a worker holds little.
BATCH_ROWS = 1024
# A task reports this many error messages; all of them are in the errors output.
MAX_ERRORS_LISTED = 50
# Bytes read at a time: from an input, and when counting the lines before a range.
READ_CHUNK = 1024 * 1024


class TaskResult(TypedDict):
    """What a task sends back to the driver: its Parquet files by kind (paths on the
    output's file system), rows written by kind, and its first error messages."""

    parts: dict[str, str]
    counts: dict[str, int]
    errors: list[str]


def kind_schema(kind: str) -> pa.Schema:
    """The Parquet columns of one output kind ("a", "c" or "e"): its to_record() fields."""
    import pyarrow as pa

    text = pa.string()
    evidence = pa.struct([("text", text), ("start", pa.int32()), ("end", pa.int32())])
    special: dict[str, Any] = {
        "via": pa.list_(text),
        "evidence": evidence,
        "quantity": pa.int64(),
        "recognised": pa.bool_(),
    }
    return pa.schema([pa.field(n, special.get(n, text)) for n in KINDS[kind][1]])


def run_task(pieces: list[Piece], output: str, directory: str) -> TaskResult:
    """Read, extract and write one task's ``pieces``; the Parquet files go under
    ``directory`` (a path on the file system of ``output``)."""
    fs, _base = file_system(output)
    parts = _Parts(fs, directory)
    errors: list[str] = []
    try:
        for kind, record in rows_of(items_of(pieces)):
            parts.add(kind, record)
            if kind == "e" and len(errors) < MAX_ERRORS_LISTED:
                errors.append(str(record["message"]))
    finally:
        written = parts.close()
    return {"parts": written, "counts": dict(parts.counts), "errors": errors}


def items_of(pieces: list[Piece]) -> Iterator[Article | IngestError]:
    """The articles and errors of ``pieces``, in order, as a local run reads them."""
    systems: dict[str, tuple[pafs.FileSystem, str]] = {}
    for piece in pieces:
        if piece.root not in systems:
            systems[piece.root] = file_system(piece.root)
        fs = systems[piece.root][0]
        try:
            if piece.end is None:
                yield from _whole_file(fs, piece)
            else:
                yield from range_items(fs, piece)
        except OSError as exc:  # the file vanished or became unreadable mid-run
            yield IngestError(f"cannot read file: {exc.strerror or exc}", path=piece.uri)


def _whole_file(fs: pafs.FileSystem, piece: Piece) -> Iterator[Article | IngestError]:
    import pyarrow.fs as pafs

    if isinstance(fs, pafs.LocalFileSystem):
        yield from articles_from_file(piece.uri, Path(piece.path))
        return
    # The ingest readers take local paths: a remote file is copied to local disk under its
    # own name (doc ids fall back to it), a chunk at a time, never whole in memory.
    with tempfile.TemporaryDirectory(prefix="armsledger-") as tmp:
        local = Path(tmp, file_name(piece.uri) or "input")
        with fs.open_input_stream(piece.path) as source, local.open("wb") as copy:
            shutil.copyfileobj(source, copy, READ_CHUNK)
        yield from articles_from_file(piece.uri, local)


def range_items(fs: pafs.FileSystem, piece: Piece) -> Iterator[Article | IngestError]:
    """The records of the lines of a plain JSONL file that start in ``[start, end)``.

    A line belongs to the range holding its first byte, so consecutive ranges read every
    line once. A line's number (record ids fall back to it, errors name it) is the count
    of lines before the range plus its place in it; that count is a pass over the file up
    to the range, made only when a line needs its number (a record without an id, or an
    error): a dump whose records have ids is read once, by this pass alone.
    """
    assert piece.end is not None
    counted: list[int] = []

    def number(first: int, index: int) -> int:
        if not counted:
            counted.append(lines_before(fs, piece.path, first))
        return counted[0] + index + 1

    with fs.open_input_file(piece.path) as raw:
        stream = io.BufferedReader(raw, buffer_size=READ_CHUNK)
        first, lines = range_lines(stream, piece.start, piece.end)
        for index, line in enumerate(lines):
            if piece.start == 0 or counted:
                item = article_from_line(piece.uri, line, number(first, index))
            else:
                # Line 0 is no real line: when the result shows it, read the line again
                # with its number (rare: records with ids, the usual case, never need it).
                item = article_from_line(piece.uri, line, 0)
                if needs_number(item, piece.uri):
                    item = article_from_line(piece.uri, line, number(first, index))
            if item is not None:
                yield item


def range_lines(
    stream: io.BufferedReader, start: int, end: int
) -> tuple[int, Iterator[bytes | Overlong]]:
    """The byte offset of the first line starting in ``[start, end)``, and those lines
    (bounded as a local run bounds them: an over-long line comes as ``Overlong``)."""
    position = 0
    if start > 0:
        # From the byte before the range: if it ends a line, the range starts a line.
        stream.seek(start - 1)
        lines = bounded_lines(stream)
        position = start - 1 + _size(next(lines, b""))
    else:
        lines = bounded_lines(stream)

    def within(position: int) -> Iterator[bytes | Overlong]:
        while position < end:
            line = next(lines, None)
            if line is None:
                return
            yield line
            position += _size(line)

    return position, within(position)


def _size(line: bytes | Overlong) -> int:
    return line.size if isinstance(line, Overlong) else len(line)


def needs_number(item: Article | IngestError | None, uri: str) -> bool:
    """Whether the record of a line read as line 0 shows that number: an error, or a
    record named after its line (``name:0``)."""
    if isinstance(item, IngestError):
        return True
    return item is not None and item.doc == f"{file_name(uri)}:0"


def lines_before(fs: pafs.FileSystem, path: str, offset: int) -> int:
    """Lines of the file at ``path`` that start before byte ``offset``, the start of a
    line: the newlines in the bytes before it."""
    newlines = 0
    with fs.open_input_stream(path) as stream:
        left = offset
        while left > 0:
            chunk = stream.read(min(left, READ_CHUNK))
            if not chunk:
                break
            newlines += chunk.count(b"\n")
            left -= len(chunk)
    return newlines


class _Parts:
    """One Parquet file per output kind, opened at its first row, written in row groups."""

    def __init__(self, fs: pafs.FileSystem, directory: str) -> None:
        self.fs = fs
        self.directory = directory
        self.pending: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(KINDS, 0)

    def add(self, kind: str, record: dict[str, Any]) -> None:
        rows = self.pending[kind]
        rows.append(record)
        self.counts[kind] += 1
        if len(rows) >= BATCH_ROWS:
            self._flush(kind)

    def close(self) -> dict[str, str]:
        """Write what is pending, close every file; return their paths by kind."""
        try:
            for kind in KINDS:
                self._flush(kind)
        finally:
            for writer in self.writers.values():
                writer.close()
        return {kind: self._path(kind) for kind in self.writers}

    def _flush(self, kind: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self.pending[kind]
        if not rows:
            return
        schema = kind_schema(kind)
        writer = self.writers.get(kind)
        if writer is None:
            if not self.writers:
                self.fs.create_dir(self.directory, recursive=True)
            writer = pq.ParquetWriter(self._path(kind), schema, filesystem=self.fs)
            self.writers[kind] = writer
        writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=schema))
        self.pending[kind] = []

    def _path(self, kind: str) -> str:
        return f"{self.directory}/{KINDS[kind][0]}.parquet"
