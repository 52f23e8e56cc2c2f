"""Web archives (``.warc``, ``.warc.gz``): HTML responses become articles via the HTML reader.

Only ``response`` (and ``resource``) records with an HTML content type and a 2xx status are
read; requests, metadata, revisits, redirects, error pages and non-HTML payloads are skipped
without complaint, since a crawl is mostly those. WARC-Date is when the crawler fetched the
page, not when the story ran, so it becomes ``updated`` (``updated_from="warc-date"``) and never
``published``. Records are streamed one at a time by warcio.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from armsledger.errors import IngestError
from armsledger.ingest.dates import normalise_date
from armsledger.ingest.decode import MAX_DOCUMENT_BYTES, charset_from_content_type
from armsledger.ingest.html import html_to_article
from armsledger.models import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_TYPES = ("response", "resource")
_CHUNK = 1 << 16


def read_warc(path: Path) -> Iterator[Article | IngestError]:
    """Articles (or per-record errors) from the HTML pages in a WARC file."""
    seen = 0
    try:
        with path.open("rb") as raw:
            records = _Records(raw)
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    if records.cut_short:
                        yield _broken(path, seen, EOFError("the file ends inside a record header"))
                    return
                except Exception as exc:  # warcio raises anything on a cut header block
                    yield _broken(path, seen, exc)
                    return
                if not _complete_header(record):
                    yield _broken(path, seen, EOFError(f"record {seen + 1} has a cut header"))
                    return
                seen += 1
                item = _record_to_article(record, path, seen)
                # warcio hands out a short record without complaint when the file ends
                # inside it; its length limit not reached after draining is the only sign.
                if _drain(record) > 0:
                    yield _broken(path, seen - 1, EOFError(f"record {seen} is cut short"))
                    return
                if item is not None:
                    yield item
    except OSError as exc:
        if exc.strerror:
            yield IngestError(f"cannot read file: {exc.strerror}", path=str(path))
        else:
            yield _broken(path, seen, exc)


class _Records(ArchiveIterator):  # type: ignore[misc]  # warcio has no type hints
    """An ``ArchiveIterator`` that notices a file cut inside its last gzip member.

    warcio treats a file that ends inside a record's header block as a clean end. Two traces
    are left when it gives up, both gone after ``close()``: the zlib decompressor of a
    ``.warc.gz`` never reached its end marker, or (uncompressed) the first line of the
    unfinished record is still waiting in ``next_line``.
    """

    cut_short = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and getattr(decompressor, "eof", True) is False:
            self.cut_short = True
        if getattr(self, "next_line", None):
            self.cut_short = True
        super().close()


def _record_to_article(record: Any, path: Path, number: int) -> Article | IngestError | None:
    if record.rec_type not in _RECORD_TYPES:
        return None
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:  # a response record without HTTP headers (e.g. dns:) is not a page
        return None
    content_type = str(headers.get_header("Content-Type") or "")
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    if record.rec_type == "response" and not str(headers.get_statuscode() or "").startswith("2"):
        return None
    uri = _header(record, "WARC-Target-URI")
    where = f"record {number}" + (f" <{uri}>" if uri else "")
    try:
        payload: bytes = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    except Exception as exc:  # a bad chunked or gzip Content-Encoding body, among others
        return IngestError(
            f"cannot read the HTTP body: {type(exc).__name__}: {exc}", path=str(path), record=where
        )
    if len(payload) > MAX_DOCUMENT_BYTES:
        return IngestError("page too large for one article", path=str(path), record=where)
    crawled = normalise_date(_header(record, "WARC-Date"))
    try:
        return html_to_article(
            payload,
            doc=uri or f"{path.name}#{number}",
            path=str(path),
            record=where,
            url=uri,
            charset=charset_from_content_type(content_type),
            updated=crawled,
            updated_from="warc-date" if crawled else None,
        )
    except IngestError as err:
        # decode_bytes names only the file; say which record of it failed.
        err.record = err.record or where
        return err


def _complete_header(record: Any) -> bool:
    """A WARC header block always names its type and length; a cut one lacks either."""
    length = str(record.rec_headers.get_header("Content-Length") or "").strip()
    return bool(record.rec_type) and length.isdigit()


def _drain(record: Any) -> int:
    """Read what is left of a record's block; return how many promised bytes never came."""
    stream = record.raw_stream
    while stream.read(_CHUNK):
        pass
    limit = getattr(stream, "limit", 0)
    return limit if isinstance(limit, int) else 0


def _header(record: Any, name: str) -> str | None:
    value = record.rec_headers.get_header(name)
    return str(value) if value else None


WARC_DETAIL_CHARS = 120


def _broken(path: Path, records: int, exc: BaseException) -> IngestError:
    # warcio's own failures on cut input are bare AttributeErrors and the like; name them.
    detail = str(exc) if isinstance(exc, EOFError) else f"{type(exc).__name__}: {exc}"
    # One short line: warcio quotes the raw bytes it choked on, line breaks and all.
    detail = " ".join(detail.split())[:WARC_DETAIL_CHARS]
    return IngestError(
        f"truncated or corrupt WARC file, stopped after {records} records ({detail})",
        path=str(path),
        hint="re-download the archive; the records before the break were read",
    )
