"""The Python side of the Spark job without Spark: a task's reading and its Parquet files."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pafs = pytest.importorskip("pyarrow.fs")
pq = pytest.importorskip("pyarrow.parquet")

from armsledger.batch.inputs import Piece  # noqa: E402
from armsledger.batch.ship import package_zip  # noqa: E402
from armsledger.batch.task import (  # noqa: E402
    items_of,
    kind_schema,
    lines_before,
    range_items,
    run_task,
)
from armsledger.errors import IngestError  # noqa: E402
from armsledger.ingest import iter_items  # noqa: E402
from armsledger.models import Article  # noqa: E402


def _dump(path: Path, count: int = 40) -> Path:
    """A JSONL file whose every third record has no id (named by its line), with a bad
    line and a blank one, and no newline after the last record."""
    records = []
    for i in range(count):
        text = f"Report {i}: the budget debate went on late into the night."
        records.append(json.dumps({"id": f"r{i}", "text": text} if i % 3 else {"text": text}))
    records[17] = "{broken json"
    records[25] = ""
    path.write_bytes("\n".join(records).encode())
    return path


def _ranges(path: Path, size: int) -> list[Piece]:
    total = path.stat().st_size
    root = str(path)
    return [
        Piece(root, root, root, min(size, total - start), start, min(start + size, total))
        for start in range(0, total, size)
    ]


def _as_local(items: list[Article | IngestError]) -> list[tuple[str, str | None]]:
    return [(i.doc, i.path) if isinstance(i, Article) else (str(i), i.record) for i in items]


@pytest.mark.parametrize("size", [1, 2, 97, 256, 1000, 10_000])
def test_line_ranges_read_every_line_once_as_a_local_run(tmp_path: Path, size: int) -> None:
    path = _dump(tmp_path / "a b.jsonl")
    local = list(iter_items([path]))
    fs = pafs.LocalFileSystem()
    got = [item for piece in _ranges(path, size) for item in range_items(fs, piece)]
    assert _as_local(got) == _as_local(local)
    assert "a b.jsonl:1" in {i.doc for i in got if isinstance(i, Article)}
    assert [i.record for i in got if isinstance(i, IngestError)] == ["line 18"]


def test_a_line_over_the_limit_is_an_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("armsledger.ingest.jsonl.MAX_DOCUMENT_BYTES", 200)
    path = tmp_path / "long.jsonl"
    lines = [json.dumps({"id": "x", "text": "y" * 500}), json.dumps({"text": "Short one."})]
    path.write_text("\n".join(lines) + "\n")
    pieces = _ranges(path, 150)  # the long line spans three ranges
    got = list(items_of(pieces))
    assert [type(i).__name__ for i in got] == ["IngestError", "Article"]
    assert got[0].record == "line 1" and "over the 200-byte limit" in str(got[0])
    assert got[1].doc == "long.jsonl:2"


def test_lines_before_an_offset_are_its_newlines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("armsledger.batch.task.READ_CHUNK", 5)  # counts across reads
    data = b'{"text": "a"}\n\n{"text": "bb"}\n{"text": "c"}\n\n'
    path = tmp_path / "x.jsonl"
    path.write_bytes(data)
    fs = pafs.LocalFileSystem()
    starts = [0] + [i + 1 for i, byte in enumerate(data) if byte == 10]
    for number, offset in enumerate(starts):
        assert lines_before(fs, str(path), offset) == number


def test_whole_files_keep_their_listed_name(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Hungary signed a contract with Germany for 44 Leopard 2 tanks.")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    pieces = [Piece(str(p), str(p), str(p), p.stat().st_size) for p in (text, empty)]
    article, error = items_of(pieces)
    local = next(iter(iter_items([text])))
    assert isinstance(article, Article) and isinstance(error, IngestError)
    assert dataclasses.replace(article, path=local.path) == local
    assert error.path == str(empty) and "empty file" in str(error)


def test_a_vanished_input_is_an_error_not_a_failed_task(tmp_path: Path) -> None:
    gone = str(tmp_path / "gone.jsonl")
    (error,) = items_of([Piece(gone, gone, gone, 100, 0, 100)])
    assert isinstance(error, IngestError) and error.path == gone


def test_a_task_writes_one_parquet_file_per_kind_it_has(tmp_path: Path) -> None:
    path = _dump(tmp_path / "dump.jsonl", count=30)
    path.write_text(
        path.read_text()
        + "\n"
        + json.dumps({"id": "k2", "text": "Poland ordered 180 K2 tanks from South Korea in 2022."})
    )
    out = tmp_path / "out"
    result = run_task(_ranges(path, 400), str(out), str(out / "job" / "0-0"))
    assert sorted(result["parts"]) == ["a", "c", "e"]
    tables = {kind: pq.read_table(part) for kind, part in result["parts"].items()}
    for kind, table in tables.items():
        assert table.schema == kind_schema(kind)
        assert table.num_rows == result["counts"][kind]
    assert tables["a"].num_rows == 29 and tables["e"].num_rows == 1
    claim = tables["c"].to_pylist()[0]
    assert claim["system"] == "K2" and claim["evidence"]["end"] > claim["evidence"]["start"]
    assert result["errors"] == [tables["e"].column("message")[0].as_py()]


def test_a_task_without_rows_writes_nothing(tmp_path: Path) -> None:
    result = run_task([], str(tmp_path), str(tmp_path / "job" / "0-0"))
    assert result == {"parts": {}, "counts": {"a": 0, "c": 0, "e": 0}, "errors": []}
    assert not (tmp_path / "job").exists()


def test_the_shipped_zip_extracts_claims_on_its_own(tmp_path: Path) -> None:
    shipped = package_zip(tmp_path)
    names = zipfile.ZipFile(shipped).namelist()
    assert "armsledger/extract/data/scorer.json.gz" in names
    assert not [n for n in names if "__pycache__" in n]
    # -S: no site-packages, so armsledger can only come from the zip; the dependencies are
    # then found through the path this interpreter was given, minus this checkout.
    # (By where they are, not by name: a checkout may well sit in a folder named armsledger.)
    checkout = Path(__file__).resolve().parents[2]
    paths = [p for p in sys.path if p and Path(p).resolve() not in (checkout, checkout / "src")]
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
