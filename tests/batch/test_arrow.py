"""The Python side of the Spark job without Spark: Arrow batches and the shipped zip."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")

from armsledger.batch.arrow import (  # noqa: E402
    batches_of_lines,
    lines_before,
    output_schema,
    to_batches,
)
from armsledger.batch.records import rows_of  # noqa: E402
from armsledger.batch.ship import package_zip  # noqa: E402
from armsledger.errors import IngestError  # noqa: E402
from armsledger.ingest import iter_articles  # noqa: E402
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
    articles = [r for r in out.to_pylist() if r["kind"] == "a"]
    # Line 4, line 5 blank (skipped, but counted), line 6; named after the listed file.
    assert [a["doc"] for a in articles] == ["a b.jsonl:4", "a b.jsonl:6"]
    assert {a["path"] for a in articles} == {"file:/d/a b.jsonl"}


def _hadoop_blocks(data: bytes, size: int) -> dict[int, list[bytes]]:
    """The lines Hadoop's line reader gives each block of ``size`` bytes: those whose first
    byte is after the block's start (at it, for the first block) and not after its end."""
    starts = [0] + [i + 1 for i, byte in enumerate(data) if byte == 10 and i + 1 < len(data)]
    blocks: dict[int, list[bytes]] = {}
    for number, begin in enumerate(starts):
        block = 0 if begin == 0 else (begin - 1) // size * size
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(data)
        blocks.setdefault(block, []).append(data[begin:end].rstrip(b"\n"))
    return blocks


@pytest.mark.parametrize("size", [97, 256, 1000])
def test_lines_counted_from_the_local_file_only_where_a_number_is_needed(
    tmp_path: Path, size: int
) -> None:
    records = []
    for i in range(40):
        text = f"Report {i}: the budget debate went on late into the night."
        records.append(json.dumps({"id": f"r{i}", "text": text} if i % 3 else {"text": text}))
    records[17] = "{broken json"
    records[25] = ""
    path = tmp_path / "a b.jsonl"
    path.write_bytes(("\n".join(records) + "\n").encode())
    encoded = "file:" + str(path).replace(" ", "%20")
    batches = [
        _lines(encoded, start, values)
        for start, values in _hadoop_blocks(path.read_bytes(), size).items()
    ]
    out = pa.Table.from_batches(
        batches_of_lines({}, {encoded: str(path)}, batches, local={encoded: str(path)})
    ).to_pylist()
    errors: list[IngestError] = []
    expected = list(iter_articles([path], on_error=errors.append))
    assert sorted(r["doc"] for r in out if r["kind"] == "a") == sorted(a.doc for a in expected)
    assert "a b.jsonl:1" in {a.doc for a in expected}
    assert [r["record"] for r in out if r["kind"] == "e"] == [e.record for e in errors]
    assert errors[0].record == "line 18"


def test_lines_before_a_block_equal_the_lines_of_the_blocks_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("armsledger.batch.arrow.COUNT_CHUNK", 5)  # counts across reads
    data = b'{"text": "a"}\n\n{"text": "bb"}\n{"text": "c"}\n\n'
    path = tmp_path / "x.jsonl"
    path.write_bytes(data)
    for size in (3, 7, 14, 15, 16):
        blocks = _hadoop_blocks(data, size)
        for start in sorted(blocks)[1:]:
            earlier = sum(len(lines) for block, lines in blocks.items() if block < start)
            assert lines_before(str(path), start) == earlier, (size, start)


def test_output_rows_hold_their_kind_s_columns_and_null_for_the_others() -> None:
    article = Article(doc="d", text="Poland ordered 180 K2 tanks from South Korea in 2022.")
    rows = list(rows_of([article, IngestError("bad", path="p", record="line 1")]))
    table = pa.Table.from_batches(list(to_batches(rows, size=2)), schema=output_schema())
    assert table.num_rows == len(rows) >= 3
    records = table.to_pylist()
    first = records[0]
    assert (first["kind"], first["doc"], first["id"]) == ("a", "d", article.id)
    assert first["system"] is None and first["message"] is None
    claim = next(r for r in records if r["kind"] == "c")
    assert claim["system"] == "K2" and claim["evidence"]["end"] > claim["evidence"]["start"]
    assert claim["article_id"] == article.id and claim["text"] is None
    assert records[-1]["kind"] == "e" and records[-1]["record"] == "line 1"
    assert records[-1]["doc"] is None


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
