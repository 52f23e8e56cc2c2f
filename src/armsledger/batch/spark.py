"""The Spark job: the same ``extract()`` over WARC, JSONL (and any other ingest format) at scale.

``spark_extract(inputs, output)`` lists the inputs (``batch.inputs``), cuts them into a few
equal tasks per core (plain JSONL files into line ranges, every other file whole), and has
Spark run the tasks: each Python worker reads its own pieces, extracts claims and writes its
Parquet files (``batch.task``), and the driver commits them as ``output/articles``,
``output/claims`` and ``output/errors`` once all tasks have succeeded (``batch.output``).
``load_parquet`` (in ``armsledger.batch.parquet``) upserts the result into a register.

Spark only schedules the tasks and retries the failed ones: no article, claim or file name
crosses into the JVM. The job used to read inputs with Spark's readers and move every row
through the JVM as Arrow batches; on 2 cores, the JVM's share of that CPU was taken from
extraction, and Spark ran at 1.3x the CPU of a local run for the same claims.

Inputs and the output are local paths or URIs pyarrow's file systems open (``s3://``,
``gs://``, ``hdfs://`` with libhdfs); on a cluster, every executor must reach them (a mount
all nodes see, or an object store), as a Spark job's output must be anyway. On a cluster
master (not ``local``) the job ships armsledger to the executors as a zip (``batch.ship``):
their ``PYSPARK_PYTHON`` needs only the dependencies.

PySpark is an optional dependency: importing this module does not import it.
"""

from __future__ import annotations

import atexit
import functools
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from armsledger.batch import INSTALL_HINT, BatchError
from armsledger.batch.inputs import Piece, absolute, file_system, list_inputs, plan_tasks
from armsledger.batch.output import clean_up, commit, job_directory
from armsledger.batch.parquet import load_parquet
from armsledger.batch.ship import is_local, ship_package
from armsledger.batch.task import MAX_ERRORS_LISTED, TaskResult, run_task

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pyspark.sql import SparkSession

__all__ = ["BatchError", "load_parquet", "spark_extract", "spark_session"]

# Plain JSONL files above this size are cut into line ranges; a smaller file is a few
# seconds of work for one core.
DEFAULT_SPLIT_BYTES = 32 * 1024 * 1024
# Input is cut into about this many equal tasks per core: with one or two a core, a core
# that other work slows holds up the end of the run while the others idle. A task costs
# the JVM a few ms and the worker one Parquet file per kind: more of them cost nothing
# measurable.
TASKS_PER_CORE = 8
_LOG4J = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""


def require_pyspark() -> None:
    """Raise ``BatchError`` with the fix when PySpark is not installed."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise BatchError("PySpark is not installed", hint=INSTALL_HINT) from None


def spark_session(
    master: str = "local[*]", *, app_name: str = "armsledger", conf: dict[str, str] | None = None
) -> SparkSession:
    """A quiet Spark session; on a ``local`` master everything binds to 127.0.0.1.

    ``conf`` adds or overrides Spark settings (``{"spark.driver.memory": "2g"}``).

    Without ``SPARK_LOCAL_IP`` Spark binds to the external interface (NOTES.md); a cluster
    master is left alone, since its executors must reach the driver from other hosts.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    local = is_local(master)
    # Workers must run this interpreter (the one with armsledger installed), not "python3".
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.showConsoleProgress", "false")
    )
    java_options = f"-Dlog4j2.configurationFile={_log4j_file()}"
    if local:
        # The local JVM only starts and schedules; C2, the optimising JIT, spent more CPU
        # compiling than the run spent in the code (12 of 35 JVM CPU s on 10,000 articles
        # when the JVM still moved rows; session start-up 3x slower on a busy machine). C1
        # alone compiles quickly and runs this glue code about as fast.
        java_options += " -XX:TieredStopAtLevel=1"
    builder = builder.config("spark.driver.extraJavaOptions", java_options)
    if local:
        os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
        builder = (
            builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
        )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # py4j and pyspark raise their own types when the JVM fails
        raise BatchError(
            f"cannot start Spark ({master}): {type(exc).__name__}: {exc}",
            hint="check that Java 17 is installed and JAVA_HOME points to it",
        ) from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_extract(
    inputs: list[str],
    output: str,
    master: str = "local[*]",
    *,
    spark: SparkSession | None = None,
    split_bytes: int = DEFAULT_SPLIT_BYTES,
) -> dict[str, Any]:
    """Extract claims from ``inputs`` with Spark; write Parquet under ``output``.

    ``inputs`` are files or directories (walked like ``iter_articles`` walks them), local
    paths or URIs. An existing ``output/articles``, ``output/claims`` and ``output/errors``
    are replaced once the job has succeeded. Plain JSONL files larger than ``split_bytes``
    are cut into line ranges. Pass ``spark`` to reuse a session (it is left running);
    otherwise one is started on ``master`` and stopped at the end.
    """
    require_pyspark()
    started = time.monotonic()
    files, missing = list_inputs(inputs)
    out = absolute(output).rstrip("/")
    fs, base = file_system(out)
    own = spark is None
    session = spark_session(master) if spark is None else spark
    try:
        sc = session.sparkContext
        if not is_local(sc.master or "local"):
            ship_package(session)
        tasks = plan_tasks(files, sc.defaultParallelism, split_bytes, TASKS_PER_CORE)
        job = job_directory(base)
        try:
            results = _run(session, tasks, out, job)
            commit(fs, base, job, results)
        finally:
            clean_up(fs, base, job)
    finally:
        if own:
            session.stop()
    counts = {kind: sum(r["counts"].get(kind, 0) for r in results) for kind in "ace"}
    errors = missing + [message for r in results for message in r["errors"]]
    return {
        "inputs": len(files),
        "articles": counts["a"],
        "claims": counts["c"],
        "errors": counts["e"] + len(missing),
        "error_messages": errors[:MAX_ERRORS_LISTED],
        "output": out,
        "seconds": round(time.monotonic() - started, 3),
    }


def _run(spark: SparkSession, tasks: list[list[Piece]], out: str, job: str) -> list[TaskResult]:
    """Run ``tasks`` on the executors, one Spark task each; their results in task order."""
    if not tasks:
        return []
    run = functools.partial(_partition, out, job)
    rdd = spark.sparkContext.parallelize(tasks, len(tasks)).mapPartitionsWithIndex(run)
    try:
        results: list[TaskResult] = rdd.collect()
    except Exception as exc:  # py4j wraps the task's own error in its own type
        raise BatchError(
            f"the Spark job failed: {_cause(exc)}",
            path=out,
            hint="check that every executor can read the inputs and write the output",
        ) from exc
    return results


def _partition(
    out: str, job: str, index: int, tasks: Iterator[list[Piece]]
) -> Iterator[TaskResult]:
    """One Spark task, in a Python worker: its attempt writes under a directory of its own."""
    from pyspark import TaskContext

    context = TaskContext.get()
    attempt = context.taskAttemptId() if context is not None else 0
    for pieces in tasks:
        yield run_task(pieces, out, f"{job}/{index:05d}-{attempt}")


def _cause(exc: Exception) -> str:
    """The last "SomeError: message" line of a failed task's traceback, else the first line."""
    text = str(exc)
    found = re.findall(r"^(?:\w+\.)*\w+(?:Error|Exception): .+$", text, re.MULTILINE)
    return (found[-1] if found else text.split("\n", 1)[0])[:500]


@functools.cache
def _log4j_file() -> str:
    """A log4j2 file that keeps the JVM to errors (Spark's default prints INFO on start).

    A private temporary file per process (mkstemp), not a fixed name in a shared /tmp that
    another user could have planted; it is removed when the process exits.
    """
    fd, name = tempfile.mkstemp(prefix="armsledger-log4j2-", suffix=".properties")
    with os.fdopen(fd, "w") as fh:
        fh.write(_LOG4J)
    atexit.register(Path(name).unlink, missing_ok=True)
    return name


if __name__ == "__main__":  # pragma: no cover - a convenience for trying the job by hand
    print(spark_extract(sys.argv[1:-1], sys.argv[-1]))
