"""The Spark job's inputs: listed with pyarrow's file systems and cut into equal tasks.

Driver side, without Spark: the JVM never sees a file name or a byte of input. A ``Piece``
is a whole file or a line range of a plain JSONL file; a task is a list of pieces, read by
one Python worker (``batch.task``). Inputs are local paths, which on a cluster must be on a
mount every node sees, or URIs pyarrow opens (``s3://``, ``gs://``, ``hdfs://`` with
libhdfs, ``abfs://``).
"""

from __future__ import annotations

import heapq
import itertools
import os
import re
from typing import TYPE_CHECKING, NamedTuple

from armsledger.batch import INSTALL_HINT, BatchError
from armsledger.batch.records import splittable, wanted_in_walk

if TYPE_CHECKING:
    import pyarrow.fs as pafs

# A task is at least this much input (a few hundred articles; a task costs the JVM a few
# ms) and at most this much, so a huge input still gives progress and retries of modest
# size.
MIN_TASK_BYTES = 1024 * 1024
MAX_TASK_BYTES = 256 * 1024 * 1024

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


class Piece(NamedTuple):
    """One unit of input: ``path`` on the file system of ``root`` (an input as given,
    made absolute), shown as ``uri``; a line range ``[start, end)`` of a plain JSONL file,
    or the whole file when ``end`` is ``None``."""

    root: str
    path: str
    uri: str
    size: int
    start: int = 0
    end: int | None = None


def absolute(given: str) -> str:
    """A local path made absolute; URIs (anything with a scheme) as given."""
    if _SCHEME.match(given) and not _WINDOWS_DRIVE.match(given):
        return given
    return os.path.abspath(given)


def file_system(root: str) -> tuple[pafs.FileSystem, str]:
    """pyarrow's file system for ``root`` and the path of ``root`` on it."""
    try:
        import pyarrow.fs as pafs
    except ImportError:
        raise BatchError("pyarrow is not installed", hint=INSTALL_HINT) from None
    try:
        fs, path = pafs.FileSystem.from_uri(root)
    except (ValueError, OSError) as exc:
        raise BatchError(
            f"cannot open {root}: {exc}",
            hint="give a local path (on a cluster, on a mount every node sees) or an "
            "s3://, gs://, abfs:// or hdfs:// URI",
        ) from None
    return fs, path


def list_inputs(inputs: list[str]) -> tuple[list[Piece], list[str]]:
    """Every file to read as a whole ``Piece``, sorted by URI, and a message per missing
    input. Directories are walked as ``iter_articles`` walks them."""
    import pyarrow.fs as pafs

    files: dict[str, Piece] = {}
    missing: list[str] = []
    for given in inputs:
        root = absolute(given)
        fs, base = file_system(root)
        try:
            info = fs.get_file_info(base)
            if info.type == pafs.FileType.NotFound:
                missing.append(f"{given}: no such file or directory (fix: check the path)")
                continue
            if info.type != pafs.FileType.Directory:
                # Named explicitly: read whatever its type, as iter_articles does.
                files[root] = Piece(root, base, root, info.size or 0)
                continue
            found = fs.get_file_info(pafs.FileSelector(base, recursive=True))
        except OSError as exc:  # an unreachable file system, or no permission
            raise BatchError(f"cannot list {given}: {exc}", hint="check the path") from None
        prefix = base.rstrip("/")
        for entry in found:
            relative = entry.path[len(prefix) :].lstrip("/")
            if entry.type == pafs.FileType.File and wanted_in_walk(relative):
                uri = f"{root.rstrip('/')}/{relative}"
                files[uri] = Piece(root, entry.path, uri, entry.size or 0)
    return [files[uri] for uri in sorted(files)], missing


def plan_tasks(
    files: list[Piece], cores: int, split_bytes: int, tasks_per_core: int
) -> list[list[Piece]]:
    """``files`` cut into about ``tasks_per_core * cores`` tasks of equal bytes.

    Plain JSONL files larger than ``split_bytes`` are cut into line ranges of about a
    task's size; every other file is read whole by one task. Pieces go largest first to
    the task with the fewest bytes, so a few big files and many small ones still even
    out; each task's pieces are then in input order, and tasks in order of their first.
    """
    total = sum(f.size for f in files)
    wanted = max(1, tasks_per_core * max(cores, 1))
    target = max(MIN_TASK_BYTES, min(MAX_TASK_BYTES, -(-total // wanted)))
    pieces: list[Piece] = []
    for file in files:
        if file.size > split_bytes and splittable(file.uri):
            count = max(1, -(-file.size // target))
            bounds = [file.size * i // count for i in range(count + 1)]
            pieces.extend(
                file._replace(size=end - start, start=start, end=end)
                for start, end in itertools.pairwise(bounds)
            )
        else:
            pieces.append(file)
    if not pieces:
        return []
    count = min(len(pieces), max(1, -(-total // target)))
    heap: list[tuple[int, int]] = [(0, i) for i in range(count)]
    tasks: list[list[Piece]] = [[] for _ in range(count)]
    for piece in sorted(pieces, key=lambda p: (-p.size, p.uri, p.start)):
        load, index = heapq.heappop(heap)
        tasks[index].append(piece)
        heapq.heappush(heap, (load + piece.size, index))
    ordered = [sorted(task, key=_order) for task in tasks if task]
    return sorted(ordered, key=lambda task: _order(task[0]))


def _order(piece: Piece) -> tuple[str, int]:
    return piece.uri, piece.start
