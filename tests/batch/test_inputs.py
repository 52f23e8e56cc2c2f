"""The Spark job's inputs without Spark: listing as ``iter_articles`` walks, equal tasks."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from armsledger.batch import BatchError
from armsledger.batch.inputs import (
    MIN_TASK_BYTES,
    Piece,
    absolute,
    list_inputs,
    plan_tasks,
)
from armsledger.ingest import iter_articles
from tests.conftest import SAMPLES


def test_a_directory_is_listed_as_the_local_walk_reads_it(tmp_path: Path) -> None:
    for name in ("b.txt", "sub/a.md", "sub/.hidden/c.txt", ".d.txt", "README.md", "x.docx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Norway delivered NASAMS batteries to Ukraine in March.")
    named = tmp_path / "notes.docx"  # named explicitly: read, whatever its type
    named.write_text("x")
    files, missing = list_inputs([str(tmp_path / "sub"), str(tmp_path), str(named), "nowhere"])
    walked = {a.path for a in iter_articles([tmp_path])}
    assert [f.uri for f in files if f.uri != str(named)] == sorted(walked)
    assert str(named) in [f.uri for f in files]
    assert all(f.end is None and f.size > 0 for f in files)
    assert missing == ["nowhere: no such file or directory (fix: check the path)"]


def test_an_unknown_scheme_is_a_one_line_error() -> None:
    with pytest.raises(BatchError, match=r"cannot open nosuch://x/y.*fix: give a local path"):
        list_inputs(["nosuch://x/y"])


def test_local_paths_are_made_absolute_and_uris_kept() -> None:
    assert absolute("out") == str(Path("out").resolve())
    assert absolute("s3://bucket/dump.jsonl") == "s3://bucket/dump.jsonl"


def _file(name: str, size: int) -> Piece:
    return Piece("/in", f"/in/{name}", f"/in/{name}", size)


def test_a_big_dump_is_cut_into_equal_line_ranges_two_a_core() -> None:
    dump = _file("dump.jsonl", 100 * MIN_TASK_BYTES + 7)
    tasks = plan_tasks([dump], cores=2, split_bytes=0, tasks_per_core=2)
    assert len(tasks) == 4 and all(len(t) == 1 for t in tasks)
    ranges = [(t[0].start, t[0].end) for t in tasks]
    assert ranges[0][0] == 0 and ranges[-1][1] == dump.size
    assert all(end == start for (_s, end), (start, _e) in itertools.pairwise(ranges))
    sizes = [t[0].size for t in tasks]
    assert max(sizes) - min(sizes) <= 1


def test_files_are_whole_below_split_bytes_or_when_not_plain_jsonl() -> None:
    files = [
        _file("small.jsonl", 5 * MIN_TASK_BYTES),
        _file("big.jsonl.gz", 50 * MIN_TASK_BYTES),
        _file("crawl.warc.gz", 40 * MIN_TASK_BYTES),
    ]
    tasks = plan_tasks(files, cores=2, split_bytes=10 * MIN_TASK_BYTES, tasks_per_core=4)
    pieces = [p for t in tasks for p in t]
    assert sorted(pieces) == sorted(files)  # every file whole, once
    assert len(tasks) == 3  # no more tasks than pieces


def test_many_small_files_even_out_across_tasks() -> None:
    sizes = [MIN_TASK_BYTES * (1 + i % 7) for i in range(60)]
    files = [_file(f"{i:03d}.txt", s) for i, s in enumerate(sizes)]
    tasks = plan_tasks(files, cores=2, split_bytes=0, tasks_per_core=2)
    loads = [sum(p.size for p in t) for t in tasks]
    assert len(tasks) == 4 and sum(loads) == sum(sizes)
    assert max(loads) - min(loads) <= max(sizes)
    for task in tasks:  # in input order within a task, tasks in order of their first
        assert [p.uri for p in task] == sorted(p.uri for p in task)
    assert [t[0].uri for t in tasks] == sorted(t[0].uri for t in tasks)


def test_tiny_inputs_make_one_task_and_none_make_none() -> None:
    small = [_file("a.txt", 10), _file("b.jsonl", 2000)]
    assert plan_tasks(small, cores=8, split_bytes=10_000, tasks_per_core=2) == [small]
    assert plan_tasks([], cores=2, split_bytes=0, tasks_per_core=2) == []


def test_samples_list_every_sample() -> None:
    files, missing = list_inputs([str(SAMPLES)])
    assert not missing and len(files) == len(list(iter_articles([SAMPLES])))
