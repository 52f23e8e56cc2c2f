"""The batch package without Spark: optional imports, input selection, parsing helpers."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from armsledger.batch import BatchError
from armsledger.batch.records import (
    article_from_line,
    articles_from_file,
    rows_of,
    splittable,
    wanted_in_walk,
)
from armsledger.errors import IngestError
from armsledger.ingest import iter_articles
from armsledger.models import Article
from tests.conftest import SAMPLES


def test_importing_armsledger_and_the_job_does_not_import_pyspark() -> None:
    code = (
        "import sys, armsledger, armsledger.batch.spark, armsledger.batch.parquet;"
        "print(sorted(m for m in ('pyspark', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_pyspark_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from armsledger.batch.spark import spark_extract

    monkeypatch.setitem(sys.modules, "pyspark", None)  # makes `import pyspark` fail
    with pytest.raises(BatchError, match=r"fix: pip install 'armsledger\[spark\]'"):
        spark_extract(["samples"], "out")


def test_missing_pyarrow_or_output_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from armsledger.batch.parquet import load_parquet
    from armsledger.store import Register

    with Register(tmp_path / "r.db") as register:
        with pytest.raises(BatchError, match="no Parquet claims here"):
            load_parquet(str(tmp_path / "nothing"), register)
        monkeypatch.setitem(sys.modules, "pyarrow.dataset", None)
        with pytest.raises(BatchError, match=r"pyarrow is not installed.*armsledger\[spark\]"):
            load_parquet(str(tmp_path), register)


@pytest.mark.parametrize(
    ("relative", "wanted"),
    [
        ("a.jsonl", True),
        ("sub/b.warc.gz", True),
        ("sub/c.txt", True),
        ("README.md", False),
        ("sub/LICENSE.txt", False),
        (".hidden.txt", False),
        (".git/d.txt", False),
        ("notes.docx", False),
        (".jsonl", False),
    ],
)
def test_walk_selection_matches_ingest(relative: str, wanted: bool) -> None:
    assert wanted_in_walk(relative) is wanted


def test_only_plain_jsonl_is_split() -> None:
    assert splittable("file:/x/a.jsonl")
    assert not splittable("file:/x/a.jsonl.gz")
    assert not splittable("file:/x/a.json")
    assert not splittable("file:/x/a.warc")


def test_a_whole_file_is_read_as_the_local_reader_reads_it(tmp_path: Path) -> None:
    sample = next(p for p in sorted(SAMPLES.glob("*.txt")))
    local = next(iter_articles([sample]))
    uri = "hdfs://namenode:8020/corpus/" + sample.name
    copy = tmp_path / sample.name
    copy.write_bytes(sample.read_bytes())
    (remote,) = articles_from_file(uri, copy)
    assert isinstance(remote, Article)
    assert remote.path == uri
    assert dataclasses.replace(remote, path=local.path) == local


def test_errors_name_the_input_not_the_local_copy(tmp_path: Path) -> None:
    copy = tmp_path / "empty.txt"
    copy.write_bytes(b"")
    (err,) = articles_from_file("s3://bucket/empty.txt", copy)
    assert isinstance(err, IngestError)
    assert err.path == "s3://bucket/empty.txt"


def test_jsonl_lines() -> None:
    uri = "hdfs://nn/dump/news.jsonl"
    article = article_from_line(uri, b'{"text": "Some words about budgets."}\n', 7)
    assert isinstance(article, Article)
    assert (article.doc, article.path) == ("news.jsonl:7", uri)
    assert article_from_line(uri, b"  \n", 8) is None
    err = article_from_line(uri, b'{"text": ', 9)
    assert isinstance(err, IngestError) and (err.path, err.record) == (uri, "line 9")
    err = article_from_line(uri, b'{"title": "no text"}', 10)
    assert isinstance(err, IngestError) and err.path == uri
    deep = b"[" * 100_000 + b"]" * 100_000  # as read_jsonl: an error, not a crash
    err = article_from_line(uri, deep, 11)
    assert isinstance(err, IngestError) and "too deep" in str(err) and err.record == "line 11"


def test_rows_are_tagged() -> None:
    article = Article(doc="d", text="Poland ordered 180 K2 tanks from South Korea in 2022.")
    error = IngestError("bad", path="p", record="line 1")
    kinds = [kind for kind, _values in rows_of([article, error])]
    assert kinds[0] == "a" and kinds[-1] == "e" and "c" in kinds
