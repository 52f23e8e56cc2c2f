"""Ingest: source files → ``Article`` records.

``iter_articles`` walks files and directories and dispatches each file to one reader by its
extension (``READERS``), sniffing the first bytes only where the extension is ambiguous
(``.xml``) or missing (a file named on the command line). Readers yield ``Article`` values
and, for problems inside a file, ``IngestError`` values so the rest of the file is still
read; a reader that cannot read a file at all raises. Either way the error goes to
``on_error`` if given (and the run goes on), else it is raised.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from armsledger.errors import IngestError
from armsledger.ingest.decode import decode_line
from armsledger.ingest.feed import read_feed
from armsledger.ingest.html import read_html
from armsledger.ingest.jsonl import read_jsonl
from armsledger.ingest.stdin import STDIN, read_stdin
from armsledger.ingest.text import read_text
from armsledger.ingest.warc import read_warc
from armsledger.models import Article

__all__ = ["READERS", "OnError", "iter_articles", "iter_items", "reader_for"]

OnError = Callable[[IngestError], None]
# Single-document readers return their Article; multi-record ones yield articles and errors.
Reader = Callable[[Path], Iterator[Article | IngestError] | Article]

# Longest suffixes first so ".jsonl.gz" is not taken for some ".gz".
READERS: dict[str, Reader] = {
    ".jsonl.gz": read_jsonl,
    ".jsonl.zst": read_jsonl,
    ".warc.gz": read_warc,
    ".jsonl": read_jsonl,
    ".json": read_jsonl,
    ".warc": read_warc,
    ".txt": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}

SUPPORTED = ", ".join(READERS)
_SNIFF_BYTES = 1024


def iter_articles(
    paths: Iterable[str | os.PathLike[str]], *, on_error: OnError | None = None
) -> Iterator[Article]:
    """Stream the articles in ``paths`` (files, or directories walked recursively).

    Directories are walked in sorted order, skipping hidden entries (names starting with
    ".") and files of unknown type. A file named explicitly must be readable: an unknown
    type is an error there, since the caller asked for it. "-" reads standard input
    (``ingest.stdin``).
    """
    for item in iter_items(paths):
        if isinstance(item, IngestError):
            _report(item, on_error)
        else:
            yield item


def iter_items(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | IngestError]:
    """``iter_articles`` with the errors in the stream, in input order, as values.

    For callers that pass errors on rather than handle them (the Spark job): collecting them
    from an ``on_error`` until the next article would hold every error of a file that has
    no good record left.
    """
    for given in paths:
        if given == STDIN:
            yield from read_stdin(sys.stdin.buffer, _read_spooled)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                reader = reader_for(file)
                if reader is not None:  # always so: _walk yields known suffixes only
                    yield from _read_file(file, reader)
        elif path.is_file():
            reader = reader_for(path)
            if reader is None:
                yield IngestError(
                    "unknown file type",
                    path=str(path),
                    hint=f"armsledger reads {SUPPORTED} files",
                )
                continue
            yield from _read_file(path, reader)
        elif path.exists():
            yield IngestError(
                "not a regular file (a FIFO, socket or device)",
                path=str(path),
                hint="give armsledger files or folders of them",
            )
        else:
            yield IngestError("no such file or directory", path=str(path), hint="check the path")


def _read_spooled(path: Path) -> Iterator[Article | IngestError]:
    # Piped bytes have no extension: their first bytes say what they are, plain text else.
    yield from _read_file(path, _sniff(_head(path)) or read_text)


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``: by extension, else by sniffing its first bytes."""
    suffix = _suffix(path)
    if suffix == ".xml":
        # An .xml file may be an XHTML page rather than a feed; the root element says which.
        return read_html if _root_element(_head(path)) == b"html" else read_feed
    if suffix:
        return READERS[suffix]
    return _sniff(_head(path))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in READERS if name.endswith(s) and len(name) > len(s)), "")


# A corpus folder's own documentation is not an article (named explicitly, it is read).
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing")


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        # Sorting in place also fixes the order os.walk descends in; hidden dirs are pruned.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(folder, name)
            if name.startswith(".") or name.lower().startswith(NOT_ARTICLES):
                continue
            # Regular files only (symlinks to them too): opening a FIFO named "x.xml" would
            # block the run forever, and a device is no article either.
            if _suffix(file) and file.is_file():
                yield file


def _read_file(path: Path, reader: Reader) -> Iterator[Article | IngestError]:
    try:
        if path.stat().st_size == 0:
            raise IngestError("empty file", path=str(path), hint="remove the file or fill it")
        result = reader(path)
    except IngestError as err:
        yield err
        return
    except OSError as exc:  # the file vanished or became unreadable mid-run
        yield IngestError(f"cannot read file: {exc.strerror or exc}", path=str(path))
        return
    if isinstance(result, Article):
        yield _decoded_name(result)
        return
    while True:
        # Only the reader's own work is guarded: an error raised by on_error, or by the
        # consumer at the yield, must propagate rather than be reported a second time.
        try:
            item = next(result)
        except StopIteration:
            return
        except IngestError as err:  # the reader gave up on the whole file
            yield err
            return
        except OSError as exc:
            yield IngestError(f"cannot read file: {exc.strerror or exc}", path=str(path))
            return
        yield item if isinstance(item, IngestError) else _decoded_name(item)


# os.fsdecode's stand-ins for the bytes of a file name that is not UTF-8 (a latin-1 "café").
_UNDECODED = re.compile("[\udc80-\udcff]")


def _decoded_name(article: Article) -> Article:
    """``article`` with a non-UTF-8 file name in ``doc`` and ``path`` decoded like file text.

    Python keeps such a name's bytes as lone surrogates, which SQLite, JSON output and the
    terminal all refuse; decoded with the legacy guess ("café.txt"), the article is stored
    and shown like any other. The stored path is then for reading, not for reopening.
    """
    if not (_UNDECODED.search(article.doc) or _UNDECODED.search(article.path or "")):
        return article
    doc = _name_text(article.doc)
    # The id hashes the doc, so it is computed again from the decoded one.
    id_ = "" if doc != article.doc else article.id
    path = _name_text(article.path) if article.path is not None else None
    return dataclasses.replace(article, doc=doc, path=path, id=id_)


def _name_text(value: str) -> str:
    try:
        return decode_line(os.fsencode(value))
    except UnicodeError:  # other lone surrogates than os.fsdecode's: no bytes behind them
        return value.encode("utf-8", "replace").decode("utf-8")


def _report(err: IngestError, on_error: OnError | None) -> None:
    if on_error is None:
        raise err
    on_error(err)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(_SNIFF_BYTES)
    except OSError:
        return b""  # the reader will report the problem properly


def _sniff(head: bytes) -> Reader | None:
    """Guess a reader for a file without a known extension from its first bytes."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"warc/"):
        return read_warc
    if stripped.startswith(b"{"):
        return read_jsonl
    root = _root_element(stripped)
    if root == b"html":
        return read_html
    if root in (b"rss", b"feed", b"rdf:rdf"):
        return read_feed
    return None


# The first element tag, after any XML declaration, comments and doctype.
_FIRST_TAG = re.compile(rb"<(?![?!])([A-Za-z][\w:.-]*)")


def _root_element(head: bytes) -> bytes | None:
    match = _FIRST_TAG.search(head)
    return match.group(1).lower() if match else None
