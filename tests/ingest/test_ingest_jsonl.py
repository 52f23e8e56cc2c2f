"""JSONL reader: field names, bad lines, compression and truncation."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard

from armsledger.errors import IngestError
from armsledger.ingest import iter_articles
from armsledger.models import Article

# The ``ingest`` fixture (conftest.py): read paths, return (articles, errors).
Ingest = Callable[..., tuple[list[Article], list[IngestError]]]


def record(n: int, **extra: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": f"rec-{n}",
        "url": f"https://news.example.org/{n}",
        "published": "2021-03-05T10:00:00Z",
        "title": f"Corvette order number {n}",
        "text": f"The navy ordered corvette number {n} from a domestic yard.\n",
    }
    base.update(extra)
    return base


def lines(records: list[dict[str, object]]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def test_jsonl_happy_path(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(lines([record(1), record(2, published=None)]))
    (first, second), errors = ingest(path)
    assert errors == []
    assert first.doc == "rec-1"
    assert first.url == "https://news.example.org/1"
    assert first.title == "Corvette order number 1"
    assert first.published == "2021-03-05"
    assert first.published_from == "record"
    # Text is kept as given: not prefixed with the title it does not start with.
    assert first.text == "The navy ordered corvette number 1 from a domestic yard.\n"
    assert second.published is None and second.published_from is None


def test_news_please_field_names(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "ccnews.jsonl"
    path.write_bytes(
        lines(
            [
                {
                    "filename": "https%3A%2F%2Fexample.org%2Fhowitzers.json",
                    "url": "https://example.org/howitzers",
                    "title": "Howitzers arrive",
                    "maintext": "Twelve howitzers arrived at the port on Monday.",
                    "date_publish": "2022-06-20 14:05:00",
                    "date_modify": "2022-06-21 09:00:00",
                }
            ]
        )
    )
    [article], errors = ingest(path)
    assert errors == []
    assert article.doc == "https%3A%2F%2Fexample.org%2Fhowitzers.json"
    assert article.text == "Twelve howitzers arrived at the port on Monday."
    assert (article.published, article.published_from) == ("2022-06-20", "record")
    assert (article.updated, article.updated_from) == ("2022-06-21", "record")


def test_missing_id_falls_back_to_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "noid.jsonl"
    rec = record(1)
    del rec["id"]
    path.write_bytes(b"\n" + lines([rec]))
    [article] = iter_articles([path])
    assert article.doc == "noid.jsonl:2"


def test_invalid_json_line_is_reported_and_the_rest_read(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "bad.jsonl"
    good = lines([record(1)])
    path.write_bytes(good + b'{"id": "x" "text": "no comma"}\n' + lines([record(3)]))
    articles, [error] = ingest(path)
    assert [a.doc for a in articles] == ["rec-1", "rec-3"]
    assert error.path == str(path)
    assert error.record == "line 2"
    assert str(error).startswith(f"{path} (line 2): invalid JSON: Expecting ',' delimiter")
    assert str(error).endswith("(fix: each line must be one JSON object)")


def test_first_bad_record_raises_without_handler(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(lines([record(1)]) + b"not json\n" + lines([record(3)]))
    seen = []
    with pytest.raises(IngestError, match="invalid JSON"):
        for article in iter_articles([path]):
            seen.append(article.doc)
    assert seen == ["rec-1"]


def test_missing_text_field_names_line_and_field(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "notext.jsonl"
    rec = record(2)
    del rec["text"]
    path.write_bytes(lines([record(1), rec, record(2, text=None)]))
    articles, errors = ingest(path)
    assert [a.doc for a in articles] == ["rec-1"]
    assert [e.record for e in errors] == ["line 2", "line 3"]
    assert "missing field 'text'" in errors[0].message
    assert "'text' is null" in errors[1].message


def test_record_that_is_not_an_object(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "list.jsonl"
    path.write_bytes(b'["a", "b"]\n')
    _, [error] = ingest(path)
    assert "not an object" in error.message


def test_gzip_and_zstd(tmp_path: Path, ingest: Ingest) -> None:
    data = lines([record(n) for n in range(5)])
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(data))
    zst = tmp_path / "b.jsonl.zst"
    # Two frames back to back, as `cat x.zst y.zst` makes.
    cctx = zstandard.ZstdCompressor()
    zst.write_bytes(cctx.compress(data[:100]) + cctx.compress(data[100:]))
    articles, errors = ingest(gz, zst)
    assert errors == []
    assert [a.doc for a in articles] == [f"rec-{n}" for n in range(5)] * 2


def test_truncated_gzip_is_an_error_not_a_crash(tmp_path: Path, ingest: Ingest) -> None:
    data = lines(
        [record(n, text=f"Sentence {n} about armoured vehicles. " * 20) for n in range(300)]
    )
    packed = gzip.compress(data)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    articles, errors = ingest(path)
    assert articles  # the records before the break still come out
    error = errors[-1]
    assert error.path == str(path)
    assert "truncated or corrupt" in error.message
    assert f"after {len(articles) + len(errors) - 1} records" in error.message


def test_truncated_zstd_is_an_error(tmp_path: Path, ingest: Ingest) -> None:
    packed = zstandard.ZstdCompressor().compress(lines([record(n) for n in range(200)]))
    path = tmp_path / "cut.jsonl.zst"
    path.write_bytes(packed[: len(packed) // 2])
    _, errors = ingest(path)
    assert errors and "truncated or corrupt" in errors[-1].message


def test_not_gzip_at_all(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "fake.jsonl.gz"
    path.write_bytes(lines([record(1)]))
    _, [error] = ingest(path)
    assert "truncated or corrupt" in error.message


def test_pretty_printed_json_array(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([record(1), {"id": "x"}], indent=2))
    articles, [error] = ingest(path)
    assert [a.doc for a in articles] == ["rec-1"]
    assert error.record == "item 2"


def test_legacy_encoded_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    text = json.dumps(
        record(1, text="Caf\u00e9 talk about \u201cfrigates\u201d."), ensure_ascii=False
    )
    path.write_bytes(text.encode("cp1252") + b"\n")
    [article] = iter_articles([path])
    assert article.text == "Caf\u00e9 talk about \u201cfrigates\u201d."
