"""The Python side of the Spark job without Spark: Arrow batches and the shipped zip."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")

from armsledger.batch.arrow import batches_of_lines, output_schema, to_batches  # noqa: E402
from armsledger.batch.records import rows_of  # noqa: E402
from armsledger.batch.ship import package_zip  # noqa: E402
from armsledger.models import Article  # noqa: E402

LINE_SCHEMA = pa.schema([("file", pa.string()), ("start", pa.int64()), ("value", pa.binary())])


def _lines(file: str, start: int, values: list[bytes]) -> pa.RecordBatch:
    n = len(values)
    return pa.RecordBatch.from_pydict(
        {"file": [file] * n, "start": [start] * n, "value": values}, schema=LINE_SCHEMA
    )


def test_lines_are_numbered_across_blocks_and_batches() -> None:
    text = json.dumps({"text": "The budget debate went on late into the night."}).encode()
    encoded = "file:/d/a%20b.jsonl"
    # The block starting at byte 500 follows 3 lines; it arrives in two Arrow batches.
    batches = [_lines(encoded, 500, [text, b""]), _lines(encoded, 500, [text])]
    out = pa.Table.from_batches(
        batches_of_lines({(encoded, 500): 3}, {encoded: "file:/d/a b.jsonl"}, batches)
    )
    articles = [r["a"] for r in out.to_pylist() if r["kind"] == "a"]
    # Line 4, line 5 blank (skipped, but counted), line 6; named after the listed file.
    assert [a["doc"] for a in articles] == ["a b.jsonl:4", "a b.jsonl:6"]
    assert {a["path"] for a in articles} == {"file:/d/a b.jsonl"}


def test_output_batches_hold_each_kind_in_its_own_column() -> None:
    article = Article(doc="d", text="Poland ordered 180 K2 tanks from South Korea in 2022.")
    rows = list(rows_of([article]))
    table = pa.Table.from_batches(list(to_batches(rows, size=1)), schema=output_schema())
    assert table.num_rows == len(rows) >= 2
    records = table.to_pylist()
    assert records[0]["a"]["doc"] == "d" and records[0]["c"] is None
    claim = next(r["c"] for r in records if r["kind"] == "c")
    assert claim["system"] == "K2" and claim["evidence"]["end"] > claim["evidence"]["start"]


def test_the_shipped_zip_extracts_claims_on_its_own(tmp_path: Path) -> None:
    shipped = package_zip(tmp_path)
    names = zipfile.ZipFile(shipped).namelist()
    assert "armsledger/extract/data/scorer.json.gz" in names
    assert not [n for n in names if "__pycache__" in n]
    # -S: no site-packages, so armsledger can only come from the zip; the dependencies are
    # then found through the path this interpreter was given, minus this checkout.
    paths = [p for p in sys.path if p and "armsledger" not in p and not p.endswith("src")]
    code = (
        "import sys; sys.path[:0] = [sys.argv[1]] + sys.argv[2:];"
        "import armsledger; from armsledger.extract import extract;"
        "from armsledger.models import Article;"
        "cs = extract(Article(doc='d', text='Poland ordered 180 K2 tanks from South Korea.'));"
        "print(armsledger.__file__, [c.system for c in cs])"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code, str(shipped), *paths],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert str(shipped) in out and "'K2'" in out
