"""The Spark job against local extraction: same claims, same register after ``load_parquet``.

One ``local[2]`` session serves the module (starting one takes 6-9 s). Without PySpark these
tests skip, except when ``CI`` is set: there a missing PySpark is a failure, so the job can
never go untested by accident.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from armsledger.errors import IngestError
from armsledger.runner import extract_paths, ingest_paths
from armsledger.store import Register
from tests.conftest import SAMPLES, SHARED

pytestmark = pytest.mark.spark

DEV_DOCS = SHARED / "eval" / "dev" / "docs.jsonl"
# Records a JSONL reader must handle: no id (named by line number), a blank line, bad JSON.
LINES = [
    {
        "id": "l-1",
        "published": "2022-05-02",
        "text": "Egypt ordered 24 Rafale fighter jets "
        "from France on Monday, the defence ministry said.",
    },
    {"text": "Hungary signed a contract with Germany for 44 Leopard 2 tanks last year."},
    None,
    "{broken json",
    {"id": "l-5", "text": "The budget debate went on late into the night."},
]
WARC_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>K2 tanks for Poland</title>"
    '<meta property="article:published_time" content="2023-06-01"></head><body><article>'
    "<h1>K2 tanks for Poland</h1><p>Poland received ten K2 tanks from South Korea on "
    "Thursday, according to the ministry of national defence.</p><p>More are expected "
    "before the end of the year.</p></article></body></html>"
)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        message = "PySpark is not installed (pip install -e '.[spark]'; it needs Java 17)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI is set, so the Spark tests must run", pytrace=False)
        pytest.skip(message)
    from armsledger.batch.spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture
def lines_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "lines.jsonl"
    rows = ["" if r is None else r if isinstance(r, str) else json.dumps(r) for r in LINES]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def local_run(paths: list[str]) -> tuple[list[dict[str, Any]], list[IngestError]]:
    errors: list[IngestError] = []
    pairs = extract_paths(paths, on_error=errors.append)
    return sorted_claims(c.to_record() for _a, cs in pairs for c in cs), errors


def sorted_claims(records: Any) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: (r["article_id"], r["id"]))


def parquet_claims(output: Path) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    from armsledger.models import Claim

    table = ds.dataset(output / "claims", format="parquet").to_table()
    # Through Claim, so the comparison is of the same record shape (via list, evidence dict).
    return sorted_claims(Claim.from_record(r).to_record() for r in table.to_pylist())


def test_spark_and_local_give_identical_claims(
    spark: Any, tmp_path: Path, lines_jsonl: Path
) -> None:
    from armsledger.batch.spark import spark_extract

    inputs = [str(SAMPLES), str(lines_jsonl)]
    if DEV_DOCS.exists():  # the dev part needs ../shared (absent in a user's clone)
        inputs.append(str(DEV_DOCS))
    # split_bytes=0 sends every plain JSONL file through the line-split reader.
    summary = spark_extract(inputs, str(tmp_path / "out"), spark=spark, split_bytes=0)
    expected, errors = local_run(inputs)
    got = parquet_claims(tmp_path / "out")
    assert got == expected
    assert len(expected) > 30
    assert summary["claims"] == len(expected)
    assert summary["errors"] == len(errors) == 1
    assert (
        "line 4" in summary["error_messages"][0] and "invalid JSON" in summary["error_messages"][0]
    )
    docs = {r["doc"] for r in got}
    assert "lines.jsonl:2" in docs  # an id-less record is named by its line, as locally


def write_warc(path: Path) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://news.example.org/k2",
            "response",
            payload=BytesIO(WARC_PAGE.encode()),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2023-06-02T09:00:00Z"},
        )
        writer.write_record(record)
        record.raw_stream.close()  # warcio spools the payload to a temp file it never closes


def test_warc_through_spark_then_load_matches_a_direct_ingest(
    spark: Any, tmp_path: Path, lines_jsonl: Path
) -> None:
    from armsledger.batch.spark import load_parquet, spark_extract

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "news.warc.gz")
    (crawl / "README.md").write_text("Not an article: skipped by the walk, as locally.")
    inputs = [str(crawl), str(lines_jsonl)]
    out = tmp_path / "out"
    summary = spark_extract(inputs, str(out), spark=spark)
    got = parquet_claims(out)
    k2 = [c for c in got if c["system"] == "K2"]
    assert k2 and k2[0]["doc"] == "https://news.example.org/k2"
    assert (k2[0]["supplier"], k2[0]["recipient"], k2[0]["stage"]) == ("KOR", "POL", "delivery")
    assert got == local_run(inputs)[0]
    assert summary["inputs"] == 2

    with Register(tmp_path / "spark.db") as loaded, Register(tmp_path / "direct.db") as direct:
        result = load_parquet(str(out), loaded)
        ingest_paths(inputs, direct, on_error=lambda err: None)
        assert result["articles_new"] == result["articles"] == direct.counts()["articles"]
        assert loaded.counts() == direct.counts()
        assert loaded.claims() == direct.claims()
        assert load_parquet(str(out), loaded)["articles_new"] == 0  # loading again: upserts
        assert loaded.claims() == direct.claims()


def test_a_dump_cut_into_blocks_numbers_its_lines_as_a_local_run(
    spark: Any, tmp_path: Path
) -> None:
    from armsledger.batch.spark import spark_extract

    # ~3.5 MB: Spark cuts it into 1 MB blocks (the smallest task the job makes). Every third
    # record has no id, so it is named by its line; a bad line and a blank one lie past the
    # first block. Padding makes the lines long and the extraction short.
    pad = "x" * 3000
    rows = []
    for i in range(1100):
        text = (
            f"Report {i}: Hungary signed a contract with Germany for {i % 40 + 2} Leopard 2 tanks."
        )
        rows.append(json.dumps({"text": text, "pad": pad} | ({"id": f"r{i}"} if i % 3 else {})))
    rows[700], rows[900] = "{broken json", ""
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    summary = spark_extract([str(dump)], str(tmp_path / "out"), spark=spark, split_bytes=0)
    expected, errors = local_run([str(dump)])
    got = parquet_claims(tmp_path / "out")
    assert {r["doc"] for r in got} == {r["doc"] for r in expected}
    assert "dump.jsonl:1000" in {r["doc"] for r in got}
    assert got == expected
    assert [e.record for e in errors] == ["line 701"]
    assert "line 701" in summary["error_messages"][0]


def test_outputs_of_a_run_without_errors(spark: Any, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    from armsledger.batch.spark import spark_extract

    out = tmp_path / "out"
    (out / "errors").mkdir(parents=True)  # a previous run's output is replaced
    (out / "errors" / "old.parquet").write_bytes(b"not parquet")
    summary = spark_extract([str(SAMPLES)], str(out), spark=spark)
    assert summary["errors"] == 0 and summary["articles"] > 0
    assert sorted(p.name for p in out.iterdir()) == ["articles", "claims", "errors"]
    errors = ds.dataset(out / "errors", format="parquet")
    assert errors.count_rows() == 0 and "message" in errors.schema.names
    articles = ds.dataset(out / "articles", format="parquet").to_table().to_pylist()
    assert len(articles) == summary["articles"] and all(a["text"] for a in articles)


def test_a_failed_job_is_one_line_and_leaves_the_last_output_whole(
    spark: Any, tmp_path: Path
) -> None:
    from armsledger.batch import BatchError
    from armsledger.batch.spark import spark_extract

    out = tmp_path / "out"
    first = spark_extract([str(SAMPLES)], str(out), spark=spark)
    # The workers cannot make their task directories: a file is where the job's go.
    (out / "_temporary").write_text("in the way")
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    with pytest.raises(BatchError, match=r": the Spark job failed: .*Error.*\(fix: check that"):
        spark_extract([str(SAMPLES)], str(out), spark=spark)
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert len(parquet_claims(out)) == first["claims"]
