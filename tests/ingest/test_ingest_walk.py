"""Directory walking, dispatch and error handling of ``iter_articles``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from armsledger.errors import IngestError
from armsledger.ingest import iter_articles, reader_for
from armsledger.ingest.feed import read_feed
from armsledger.ingest.html import read_html
from armsledger.ingest.jsonl import read_jsonl
from armsledger.ingest.warc import read_warc
from armsledger.models import Article

# The ``ingest`` fixture (conftest.py): read paths, return (articles, errors).
Ingest = Callable[..., tuple[list[Article], list[IngestError]]]


def story(title: str) -> str:
    return f"{title}\n\nA sentence about a shipment of trucks to a border force.\n"


def test_directory_walk_sorted_skipping_hidden_and_unknown(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text(story("B two"))
    (tmp_path / "b" / "10.txt").write_text(story("B ten"))
    (tmp_path / "a" / "z.md").write_text(story("A zed"))
    (tmp_path / "top.jsonl").write_text(json.dumps({"id": "top", "text": "Top record."}) + "\n")
    (tmp_path / ".hidden.txt").write_text(story("hidden"))
    (tmp_path / ".cache" / "c.txt").write_text(story("cached"))
    (tmp_path / "table.csv").write_text("a,b\n1,2\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    articles, errors = ingest(tmp_path)
    assert errors == []
    # Files of each directory in name order (so "10" before "2"), then its subdirectories.
    assert [a.doc for a in articles] == ["top", "z.md", "10.txt", "2.txt"]
    assert articles[1].path == str(tmp_path / "a" / "z.md")


def test_errors_go_to_handler_and_the_run_goes_on(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_binary.txt").write_bytes(b"\x00\xff\x13\x00\x00\x9c" * 10)
    (tmp_path / "3_good.txt").write_text(story("Good one"))
    articles, errors = ingest(tmp_path, tmp_path / "missing.txt")
    assert [a.doc for a in articles] == ["3_good.txt"]
    assert [e.message.split(" (")[0] for e in errors] == [
        "empty file",
        "binary file",
        "no such file or directory",
    ]


def test_without_handler_the_first_error_raises(tmp_path: Path) -> None:
    (tmp_path / "1_good.txt").write_text(story("Good one"))
    (tmp_path / "2_empty.txt").write_bytes(b"")
    (tmp_path / "3_good.txt").write_text(story("Never reached"))
    seen = []
    with pytest.raises(IngestError, match="empty file"):
        for article in iter_articles([tmp_path]):
            seen.append(article.doc)
    assert seen == ["1_good.txt"]


def test_explicit_unknown_file_is_an_error(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04 not really a document")
    articles, [error] = ingest(path)
    assert articles == []
    assert "unknown file type" in str(error) and ".jsonl" in (error.hint or "")


def test_explicit_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "dump"
    path.write_text(json.dumps({"id": "sniffed", "text": "A record without extension."}) + "\n")
    [article] = iter_articles([str(path)])
    assert article.doc == "sniffed"


@pytest.mark.parametrize(
    ("name", "head", "reader"),
    [
        ("a", b"WARC/1.0\r\n", read_warc),
        ("b", b'  {"id": 1}', read_jsonl),
        ("c", b"<!DOCTYPE html><html>", read_html),
        ("d", b'<?xml version="1.0"?><rss version="2.0">', read_feed),
        ("e.xml", b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', read_html),
        ("f.xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', read_feed),
        ("g", b"just some words", None),
    ],
)
def test_reader_for_sniffs(tmp_path: Path, name: str, head: bytes, reader: object) -> None:
    path = tmp_path / name
    path.write_bytes(head)
    assert reader_for(path) is reader


def test_message_format(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\n' * 6 + '{"id": 7 "text": "bad"}\n')
    errors: list[IngestError] = []
    list(iter_articles([path], on_error=errors.append))
    [error] = errors
    assert str(error) == (
        f"{path} (line 7): invalid JSON: Expecting ',' delimiter at column 10 "
        "(fix: each line must be one JSON object)"
    )


def test_handler_may_abort_the_run_and_is_called_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("not json\nalso not json\n")
    calls: list[IngestError] = []

    def stop(error: IngestError) -> None:
        calls.append(error)
        raise error

    with pytest.raises(IngestError):
        list(iter_articles([path], on_error=stop))
    assert len(calls) == 1
