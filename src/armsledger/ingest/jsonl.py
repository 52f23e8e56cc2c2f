"""JSON Lines (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, ``.json``): one article per line.

Records use armsledger's names (``id, url, published, title, text``) or news-please/CC-NEWS
ones (``maintext``, ``date_publish``, ``date_modify``, ``filename``). Files are streamed line by
line, compressed or not, so a multi-gigabyte dump never sits in memory. Record-level problems
are yielded as ``IngestError`` values and reading goes on; a broken compressed stream ends the
file with one error saying how many records came out before the break.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import zstandard

from armsledger.errors import IngestError
from armsledger.ingest.dates import normalise_date
from armsledger.ingest.decode import MAX_DOCUMENT_BYTES, decode_line, read_document_bytes
from armsledger.models import Article

log = logging.getLogger(__name__)

# First key present wins: armsledger's own names, then news-please/CC-NEWS ones.
TEXT_KEYS = ("text", "maintext")
ID_KEYS = ("id", "filename")
PUBLISHED_KEYS = ("published", "date_publish")
UPDATED_KEYS = ("updated", "date_modify")

_CHUNK = 1 << 16
_LINE_HINT = "each line must be one JSON object"


class _TruncatedStream(Exception):
    """A zstd stream ended inside a frame (zstandard itself just stops without an error)."""


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    """Articles (or per-record errors) from a JSONL file, in file order."""
    if path.suffix.lower() == ".json" and _is_whole_json(path):
        yield from _read_whole_json(path)
        return
    records = 0
    try:
        with path.open("rb") as raw:
            for number, line in enumerate(_lines(path, raw), start=1):
                item = parse_line(line, path=path, number=number)
                if item is not None:
                    records += 1
                    yield item
    except (EOFError, zlib.error, zstandard.ZstdError, _TruncatedStream) as exc:
        yield _broken_stream(path, records, exc)
    except OSError as exc:  # gzip.BadGzipFile is an OSError too
        if exc.strerror:  # a real I/O failure (permissions, disk), not a format problem
            yield IngestError(f"cannot read file: {exc.strerror}", path=str(path))
        else:
            yield _broken_stream(path, records, exc)


def parse_line(line: bytes | Overlong, *, path: Path, number: int) -> Article | IngestError | None:
    """One line of a JSONL file as ``read_jsonl`` reads it: an article, a record-level error,
    or ``None`` for a blank line. ``number`` is its 1-based line number (ids fall back to it).

    Public so that a reader of part of a file (the Spark job's line ranges) reads each line
    exactly as a local run does.
    """
    where = f"line {number}"
    if isinstance(line, Overlong):
        return IngestError(
            f"record of {line.size:,} bytes is over the {MAX_DOCUMENT_BYTES:,}-byte "
            "limit for one article",
            path=str(path),
            record=where,
            hint="split the record; no news article is that long",
        )
    if not line.strip():
        return None
    try:
        obj = json.loads(decode_line(line))
    except (RecursionError, ValueError) as exc:
        if not isinstance(exc, json.JSONDecodeError):
            # Nested past the recursion limit, or an integer of 4,300+ digits.
            return IngestError(
                f"JSON too deep or too large to read: {type(exc).__name__}",
                path=str(path),
                record=where,
                hint=_LINE_HINT,
            )
        return IngestError(
            f"invalid JSON: {exc.msg} at column {exc.colno}",
            path=str(path),
            record=where,
            hint=_LINE_HINT,
        )
    try:
        return record_to_article(obj, path=path, where=where, fallback_doc=number)
    except IngestError as err:
        return err


def record_to_article(obj: Any, *, path: Path, where: str, fallback_doc: int) -> Article:
    """One ``Article`` from a decoded record; ``IngestError`` naming the field if unusable."""
    if not isinstance(obj, dict):
        raise IngestError(
            f"record is a JSON {type(obj).__name__}, not an object",
            path=str(path),
            record=where,
            hint=_LINE_HINT,
        )
    key = next((k for k in TEXT_KEYS if k in obj), None)
    if key is None:
        raise IngestError(
            "missing field 'text' (or news-please 'maintext')",
            path=str(path),
            record=where,
            hint="every record needs the article body in 'text'",
        )
    text = obj[key]
    if not isinstance(text, str) or not text.strip():
        what = "null" if text is None else "empty" if isinstance(text, str) else "not a string"
        raise IngestError(
            f"field '{key}' is {what}",
            path=str(path),
            record=where,
            hint="every record needs the article body as a non-empty string",
        )
    raw_id = _first(obj, ID_KEYS)
    doc = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id) else None
    published = _date(obj, PUBLISHED_KEYS, path, where)
    updated = _date(obj, UPDATED_KEYS, path, where)
    title = obj.get("title")
    url = obj.get("url")
    return Article(
        doc=_valid(doc or f"{path.name}:{fallback_doc}"),
        # As given, even when it does not start with the title: offsets index into it (a lone
        # surrogate escape, "\udc80", becomes U+FFFD one for one, so they still do).
        text=_valid(text),
        title=_valid(title.strip()) or None if isinstance(title, str) else None,
        url=_valid(url) if isinstance(url, str) and url else None,
        published=published,
        published_from="record" if published else None,
        updated=updated,
        updated_from="record" if updated else None,
        path=str(path),
    )


def _valid(value: str) -> str:
    """``value`` with lone surrogates (JSON allows "\\udc80"; UTF-8 and SQLite do not) replaced
    by U+FFFD, character for character."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
    return value


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((obj[k] for k in keys if obj.get(k) is not None), None)


def _date(obj: dict[str, Any], keys: tuple[str, ...], path: Path, where: str) -> str | None:
    value = _first(obj, keys)
    date = normalise_date(value)
    if value is not None and date is None:
        # Not worth losing the article over; the date just stays unknown.
        log.warning("%s (%s): unreadable date %r ignored", path, where, value)
    return date


class Overlong:
    """A line longer than one article may be, skipped without holding it in memory."""

    def __init__(self, size: int) -> None:
        self.size = size


def bounded_lines(stream: Any) -> Iterator[bytes | Overlong]:
    # readline(limit) keeps memory flat on a 100 MB line: the rest is read and dropped in
    # pieces, and the record is reported as too long.
    while line := stream.readline(MAX_DOCUMENT_BYTES + 1):
        if len(line) <= MAX_DOCUMENT_BYTES or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
            size += len(rest)
        yield Overlong(size + len(rest))


def _lines(path: Path, raw: BinaryIO) -> Iterator[bytes | Overlong]:
    name = path.name.lower()
    if name.endswith(".gz"):
        with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
            yield from bounded_lines(stream)
    elif name.endswith(".zst"):
        yield from bounded_lines(io.BufferedReader(_ZstdRaw(raw), buffer_size=_CHUNK))
    else:
        yield from bounded_lines(raw)


# zstd turns 4 input bytes (an RLE block) into a 128 KiB block, so a 32 KB file can hold 1 GiB.
# Input goes to the decompressor in slices this small, so one call yields at most ~4 MiB
# whatever the file holds; it costs about 12 s per GB of compressed input.
_ZSTD_SLICE = 128


class _ZstdRaw(io.RawIOBase):
    """A (possibly multi-frame) zstd stream as a readable file, decompressed a slice at a time,
    so ``_bounded`` caps its lines in flat memory as it does for .gz; ``_TruncatedStream`` if
    the stream is cut.

    A hand-driven decompressobj rather than ``stream_reader``: the reader silently returns
    nothing for a truncated frame, while ``decompressobj.eof`` tells a finished frame apart.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._dctx = zstandard.ZstdDecompressor()
        self._dobj = self._dctx.decompressobj()
        self._input = memoryview(b"")
        self._out = bytearray()  # deleting from its front is O(1) in CPython
        self._started = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while len(self._out) < len(buffer) and self._decompress_slice():
            pass
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        del self._out[:n]
        return n

    def _decompress_slice(self) -> bool:
        """Add one input slice's output to the buffer; False at the end of the input."""
        if not self._input:
            self._input = memoryview(self._raw.read(_CHUNK))
            if not self._input:
                if self._started and not self._dobj.eof:
                    raise _TruncatedStream("stream ends inside a zstd frame")
                return False
        piece, self._input = self._input[:_ZSTD_SLICE], self._input[_ZSTD_SLICE:]
        while piece:
            if self._dobj.eof:  # the next frame of a concatenated stream
                self._dobj = self._dctx.decompressobj()
            self._started = True
            self._out += self._dobj.decompress(piece)
            piece = memoryview(self._dobj.unused_data) if self._dobj.eof else memoryview(b"")
        return True


def _broken_stream(path: Path, records: int, exc: BaseException) -> IngestError:
    detail = str(exc) or type(exc).__name__
    return IngestError(
        f"truncated or corrupt compressed file, stopped after {records} records ({detail})",
        path=str(path),
        hint="re-download or re-compress the file; the records before the break were read",
    )


def _is_whole_json(path: Path) -> bool:
    """True if a ``.json`` file is one pretty-printed document rather than JSON Lines."""
    with path.open("rb") as raw:
        head = raw.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    first_line = head.split(b"\n", 1)[0].strip()
    return head.startswith(b"[") or first_line == b"{"


def _read_whole_json(path: Path) -> Iterator[Article | IngestError]:
    # Whole-document JSON cannot be streamed with the standard library; it is size-capped.
    try:
        obj = json.loads(decode_line(read_document_bytes(path)))
    except (RecursionError, ValueError) as exc:
        if not isinstance(exc, json.JSONDecodeError):
            yield IngestError(
                f"JSON too deep or too large to read: {type(exc).__name__}",
                path=str(path),
                record="line 1",
                hint="a .json file must be JSON Lines, one array of objects, or one object",
            )
            return
        yield IngestError(
            f"invalid JSON: {exc.msg}",
            path=str(path),
            record=f"line {exc.lineno}",
            hint="a .json file must be JSON Lines, one array of objects, or one object",
        )
        return
    items = obj if isinstance(obj, list) else [obj]
    for number, item in enumerate(items, start=1):
        try:
            yield record_to_article(item, path=path, where=f"item {number}", fallback_doc=number)
        except IngestError as err:
            yield err
