"""Committing the job's output without Spark: tasks' files moved into place, all or none."""

from __future__ import annotations

from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pafs = pytest.importorskip("pyarrow.fs")
pq = pytest.importorskip("pyarrow.parquet")

from armsledger.batch.output import clean_up, commit, job_directory  # noqa: E402
from armsledger.batch.task import TaskResult, kind_schema  # noqa: E402
from armsledger.models import Article  # noqa: E402


def _task(job: str, name: str, texts: list[str]) -> TaskResult:
    """A finished task's result with only articles, written as run_task writes them."""
    directory = Path(job, name)
    directory.mkdir(parents=True)
    records = [Article(doc=t[:10], text=t).to_record() for t in texts]
    part = str(directory / "articles.parquet")
    pq.write_table(pa.Table.from_pylist(records, schema=kind_schema("a")), part)
    return {"parts": {"a": part}, "counts": {"a": len(texts), "c": 0, "e": 0}, "errors": []}


def test_commit_replaces_the_outputs_with_the_tasks_files_in_order(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "claims").mkdir(parents=True)
    (out / "claims" / "old.parquet").write_bytes(b"an earlier run's file")
    (out / "keep.txt").write_text("not ours")
    fs = pafs.LocalFileSystem()
    job = job_directory(str(out))
    results = [_task(job, "00000-3", ["first text"]), _task(job, "00001-4", ["second text"])]
    _task(job, "00001-9", ["a failed attempt"])  # its result never reached the driver
    commit(fs, str(out), job, results)
    clean_up(fs, str(out), job)
    assert sorted(p.name for p in out.iterdir()) == ["articles", "claims", "errors", "keep.txt"]
    parts = sorted((out / "articles").iterdir())
    assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet"]
    assert [pq.read_table(p).column("text")[0].as_py() for p in parts] == [
        "first text",
        "second text",
    ]
    for name, kind in (("claims", "c"), ("errors", "e")):
        (empty,) = (out / name).iterdir()
        table = pq.read_table(empty)
        assert table.num_rows == 0 and table.schema == kind_schema(kind)


def test_clean_up_leaves_another_job_s_files(tmp_path: Path) -> None:
    fs = pafs.LocalFileSystem()
    mine, other = job_directory(str(tmp_path)), job_directory(str(tmp_path))
    Path(mine, "0").mkdir(parents=True)
    Path(other, "0").mkdir(parents=True)
    clean_up(fs, str(tmp_path), mine)
    assert not Path(mine).exists() and Path(other).exists()
    clean_up(fs, str(tmp_path), other)
    assert not (tmp_path / "_temporary").exists()
