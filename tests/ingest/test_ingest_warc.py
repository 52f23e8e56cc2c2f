"""WARC reader: HTML responses only, crawl date kept apart from publication date."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from armsledger.errors import IngestError
from armsledger.ingest import iter_articles
from armsledger.models import Article

# The ``ingest`` fixture (conftest.py): read paths, return (articles, errors).
Ingest = Callable[..., tuple[list[Article], list[IngestError]]]

ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Submarine talks stall</title>"
    '<meta property="article:published_time" content="2019-10-02"></head><body><article>'
    "<h1>Submarine talks stall</h1><p>Negotiations over the purchase of four diesel "
    "submarines stalled this week after the two sides failed to agree on a price.</p>"
    "<p>Share this article</p><p>The defence ministry said talks would resume in the "
    "spring and that a decision was not expected before the end of the year.</p>"
    "</article></body></html>"
)
UNDATED = ARTICLE.replace('<meta property="article:published_time" content="2019-10-02">', "")


def add(
    writer: WARCWriter,
    uri: str,
    payload: bytes,
    content_type: str,
    *,
    status: str = "200 OK",
    date: str = "2023-05-17T08:00:00Z",
) -> None:

    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(payload),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)
    record.raw_stream.close()  # warcio spools the payload to a temp file it never closes


def write_warc(path: Path, gzip: bool = True) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        info = writer.create_warcinfo_record(path.name, {"software": "test"})
        writer.write_record(info)
        info.raw_stream.close()
        add(writer, "https://news.example.org/subs", ARTICLE.encode(), "text/html; charset=utf-8")
        add(writer, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        add(writer, "https://news.example.org/api", b'{"a": 1}', "application/json")
        add(
            writer,
            "https://news.example.org/gone",
            ARTICLE.encode(),
            "text/html",
            status="404 Not Found",
        )
        add(writer, "https://news.example.org/undated", UNDATED.encode(), "text/html")


def test_warc_html_responses_become_articles(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    (dated, undated), errors = ingest(path)
    assert errors == []
    assert dated.doc == dated.url == "https://news.example.org/subs"
    assert dated.title == "Submarine talks stall"
    assert (dated.published, dated.published_from) == ("2019-10-02", "html-meta")
    assert (dated.updated, dated.updated_from) == ("2023-05-17", "warc-date")
    assert "diesel submarines" in dated.text and "Share this" not in dated.text
    assert dated.path == str(path)
    # The crawl date never stands in for a missing publication date.
    assert undated.published is None and undated.published_from is None
    assert (undated.updated, undated.updated_from) == ("2023-05-17", "warc-date")


def test_uncompressed_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, gzip=False)
    assert len(list(iter_articles([path]))) == 2


@pytest.mark.parametrize("cut", [10, 200, 400, 0.5])
@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_is_an_error(tmp_path: Path, ingest: Ingest, cut: float, gzip: bool) -> None:
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    write_warc(path, gzip=gzip)
    data = path.read_bytes()
    keep = int(len(data) * cut) if cut < 1 else len(data) - int(cut)
    path.write_bytes(data[:keep])
    articles, errors = ingest(path)
    assert len(articles) <= 2
    assert errors, "a cut archive must not pass silently"
    assert errors[-1].path == str(path)
    assert "truncated or corrupt WARC file" in errors[-1].message
