"""Committing the Spark job's output: the tasks' Parquet files become ``articles/``,
``claims/`` and ``errors/`` under the output directory, only once every task has succeeded.

Each task attempt writes under its own directory of ``OUT/_temporary/JOB/`` (a retried or
speculative attempt never overwrites another's files), and the driver moves into place only
the files of the attempts whose results it received, as Hadoop's file output committer
does: an output directory holds one whole run, never half of a failed one. Driver side,
with pyarrow's file systems: the path must be one every executor writes to (a mount all
nodes see, or an object store), as for any Spark job's output.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import TYPE_CHECKING

from armsledger.batch import BatchError
from armsledger.batch.task import KINDS, TaskResult, kind_schema

if TYPE_CHECKING:
    import pyarrow.fs as pafs

TEMPORARY = "_temporary"


def job_directory(base: str) -> str:
    """A fresh directory for one job's task files, under ``base`` (the output's path)."""
    return f"{base}/{TEMPORARY}/{uuid.uuid4().hex}"


def commit(fs: pafs.FileSystem, base: str, job: str, results: list[TaskResult]) -> None:
    """Move the tasks' files to ``base/articles|claims|errors/part-NNNNN.parquet``,
    replacing those directories; a kind no task wrote gets one empty file with its
    columns. ``results`` are in task order, so part numbers follow the input."""
    import pyarrow.parquet as pq

    staging = f"{job}/_commit"
    for kind, (name, _fields) in KINDS.items():
        target = f"{staging}/{name}"
        fs.create_dir(target, recursive=True)
        parts = [r["parts"][kind] for r in results if kind in r["parts"]]
        for number, part in enumerate(parts):
            fs.move(part, f"{target}/part-{number:05d}.parquet")
        if not parts:
            pq.write_table(
                kind_schema(kind).empty_table(), f"{target}/part-00000.parquet", filesystem=fs
            )
    for name, _fields in KINDS.values():
        final = f"{base}/{name}"
        with contextlib.suppress(FileNotFoundError):  # no earlier run's output
            fs.delete_dir(final)
        try:
            fs.move(f"{staging}/{name}", final)
        except OSError as exc:
            raise BatchError(
                f"cannot move the job's {name} into place: {exc}",
                path=base,
                hint="check that the output directory is writable, then run again",
            ) from None


def clean_up(fs: pafs.FileSystem, base: str, job: str) -> None:
    """Remove the job's temporary directory, and ``_temporary`` once no job has files there."""
    import pyarrow.fs as pafs

    with contextlib.suppress(OSError):  # already gone
        fs.delete_dir(job)
    temporary = f"{base}/{TEMPORARY}"
    with contextlib.suppress(OSError):
        if not fs.get_file_info(pafs.FileSelector(temporary, allow_not_found=True)):
            fs.delete_dir(temporary)
