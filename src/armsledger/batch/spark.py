"""The Spark job: the same ``extract()`` over WARC, JSONL (and any other ingest format) at scale.

``spark_extract(inputs, output)`` lists the inputs through Hadoop's file system API (so
``hdfs://``, ``s3a://`` and other Hadoop URIs work when their connectors are on the
classpath), reads them with Spark's own readers and writes Parquet under ``output/articles``,
``output/claims`` and ``output/errors``. ``load_parquet`` (in ``armsledger.batch.parquet``)
upserts the result into a register.

How each file is read:

* plain ``.jsonl`` files larger than ``split_bytes`` go through Spark's ``text`` reader, which
  cuts them into line ranges so one big dump keeps every core busy; each line is parsed, as
  raw bytes, by the JSONL reader's record parser. Line numbers (record ids fall back to
  them) are counted by the Python worker from the local file, only for a range with a
  line that needs one; files on other file systems have each range's lines counted by
  the JVM first.
* everything else (WARC, compressed JSONL, text, HTML, feeds) is read whole with the
  ``binaryFile`` reader and parsed by ``iter_articles`` itself, so results match a local run.
  A WARC file is one task and sits in that task's memory whole: give executors memory for
  the largest file (Common Crawl WARCs are about 1 GB).

Rows reach Python and come back as Arrow batches (``mapInArrow``, see ``batch.arrow``); the
input is cut into equal tasks, several per core, so no core waits on a last big one. On a
cluster master (not ``local``) the job ships armsledger to the executors as a zip
(``batch.ship``): their ``PYSPARK_PYTHON`` needs only the dependencies.

PySpark is an optional dependency: importing this module does not import it.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from armsledger.batch import INSTALL_HINT, BatchError
from armsledger.batch.arrow import batches_of_files, batches_of_lines, output_schema
from armsledger.batch.parquet import load_parquet
from armsledger.batch.records import splittable, wanted_in_walk
from armsledger.batch.ship import is_local, ship_package

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

__all__ = ["BatchError", "load_parquet", "spark_extract", "spark_session"]

# Plain JSONL files above this size are split into line ranges (see the module docstring):
# one local-FS block; a smaller file is a few seconds of work for one core.
DEFAULT_SPLIT_BYTES = 32 * 1024 * 1024
# Input is cut into about this many equal tasks per core: with one or two a core, the
# last long task leaves the other cores idle, and a busy core holds up the whole run.
TASKS_PER_CORE = 8
# ...but no task smaller than 1 MB (a few hundred articles: a task costs ~10-50 ms) nor
# larger than 64 MB, so a huge input still gives progress and retries of modest size.
MIN_PARTITION_BYTES = 1024 * 1024
MAX_PARTITION_BYTES = 64 * 1024 * 1024
OPEN_COST_BYTES = 64 * 1024
# The summary lists this many error messages; all of them are in output/errors.
MAX_ERRORS_LISTED = 50
# Few output rows per key: a handful of shuffle partitions is plenty, 200 (the default)
# only costs task overhead on a laptop.
SHUFFLE_PARTITIONS = "8"
# Output directories and the value of ``kind`` their rows carry (arrow.output_schema).
OUTPUTS = (("a", "articles"), ("c", "claims"), ("e", "errors"))

_GLOB_CHARS = re.compile(r"([\\{}\[\]*?])")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
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
        .config("spark.sql.shuffle.partitions", SHUFFLE_PARTITIONS)
        .config("spark.ui.showConsoleProgress", "false")
    )
    java_options = f"-Dlog4j2.configurationFile={_log4j_file()}"
    if local:
        # The local JVM only moves rows between files, Arrow and Parquet; C2, the optimising
        # JIT, spent more CPU compiling that code than the run spent in it (12 of 35 JVM
        # CPU s on 10,000 articles; session start-up 3x slower on a busy machine). C1 alone
        # compiles quickly and runs this glue code about as fast.
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
    paths or Hadoop URIs. An existing ``output/articles``, ``output/claims`` and
    ``output/errors`` are replaced. Pass ``spark`` to reuse a session (it is left running);
    otherwise one is started on ``master`` and stopped at the end.
    """
    require_pyspark()
    started = time.monotonic()
    own = spark is None
    session = spark_session(master) if spark is None else spark
    try:
        if not is_local(session.sparkContext.master or "local"):
            ship_package(session)
        files, missing = _list_inputs(session, inputs)
        out = _absolute(output).rstrip("/")
        with _job_conf(session, files):
            summary = _write(_frame(session, files, split_bytes), out)
    finally:
        if own:
            session.stop()
    errors = missing + summary.pop("error_messages")
    return {
        "inputs": len(files),
        "articles": summary["articles"],
        "claims": summary["claims"],
        "errors": summary["errors"] + len(missing),
        "error_messages": errors[:MAX_ERRORS_LISTED],
        "output": out,
        "seconds": round(time.monotonic() - started, 3),
    }


def _list_inputs(spark: SparkSession, inputs: list[str]) -> tuple[list[tuple[str, int]], list[str]]:
    """``(uri, size)`` of every file to read, sorted, and a message per missing input."""
    jvm: Any = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    files: dict[str, int] = {}
    missing: list[str] = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(_absolute(given))
        try:
            fs = path.getFileSystem(conf)
            if not fs.exists(path):
                missing.append(f"{given}: no such file or directory (fix: check the path)")
                continue
            status = fs.getFileStatus(path)
        except Exception as exc:  # an unknown scheme or an unreachable file system
            raise BatchError(f"cannot list {given}: {exc}", hint="check the URI") from exc
        if not status.isDirectory():
            # Named explicitly: read whatever its type, as iter_articles does.
            files[status.getPath().toString()] = int(status.getLen())
            continue
        root = status.getPath().toString().rstrip("/")
        listing = fs.listFiles(status.getPath(), True)
        while listing.hasNext():
            entry = listing.next()
            uri = entry.getPath().toString()
            if wanted_in_walk(uri[len(root) :].lstrip("/")):
                files[uri] = int(entry.getLen())
    return sorted(files.items()), missing


def _frame(spark: SparkSession, files: list[tuple[str, int]], split_bytes: int) -> DataFrame:
    """The tagged output rows (see ``arrow.output_schema``) of every input file, lazily."""
    from pyspark.sql import functions as F

    # textFile-style line ranges need names without commas (Spark's readers split on them).
    split = [(u, n) for u, n in files if n > split_bytes and splittable(u) and "," not in u]
    chosen = frozenset(u for u, _n in split)
    whole = [u for u, _n in files if u not in chosen]
    schema = _spark_schema()
    parts: list[DataFrame] = []
    if whole:
        binary = spark.read.format("binaryFile").load([_escape(u) for u in whole])
        parts.append(binary.select("path", "content").mapInArrow(batches_of_files, schema))
    if split:
        lines = (
            spark.read.format("text")
            .load([_escape(u) for u, _n in split])
            .select(
                F.col("_metadata.file_path").alias("file"),
                F.col("_metadata.file_block_start").alias("start"),
                # Raw bytes, decoded by the JSONL reader's own rules, as a local run does.
                F.col("value").cast("binary").alias("value"),
            )
        )
        # _metadata.file_path is the URL-encoded form of the path that was listed.
        jvm: Any = spark.sparkContext._jvm
        encoded = {u: jvm.org.apache.hadoop.fs.Path(u).toUri() for u, _n in split}
        uris = {e.toString(): u for u, e in encoded.items()}
        local = {
            e.toString(): str(e.getPath()) for e in encoded.values() if e.getScheme() == "file"
        }
        # Files every worker can open count their own lines, and only when a line needs its
        # number; others are counted by the JVM first, a whole extra pass over the text.
        offsets = {} if len(local) == len(split) else _line_offsets(lines, split)
        run = functools.partial(batches_of_lines, offsets, uris, local=local)
        parts.append(lines.mapInArrow(run, schema))
    if not parts:
        return spark.createDataFrame([], schema)
    return functools.reduce(lambda x, y: x.unionByName(y), parts)


def _line_offsets(lines: DataFrame, split: list[tuple[str, int]]) -> dict[tuple[str, int], int]:
    """Lines before each block of a file cut into several: ``(file, start) -> count``.

    A pass of the JVM alone over the text (no Python). It replaces RDD.zipWithIndex, which
    counted the lines in Python. Skipped when every file is one block: Spark never cuts
    blocks smaller than spark.sql.files.openCostInBytes.
    """
    if all(size <= OPEN_COST_BYTES for _u, size in split):
        return {}
    counts: dict[str, list[tuple[int, int]]] = {}
    for row in lines.groupBy("file", "start").count().collect():
        counts.setdefault(row["file"], []).append((int(row["start"]), int(row["count"])))
    offsets: dict[tuple[str, int], int] = {}
    for file, blocks in counts.items():
        before = 0
        for start, count in sorted(blocks):
            offsets[(file, start)] = before
            before += count
    return offsets


def _partition_bytes(spark: SparkSession, files: list[tuple[str, int]]) -> int:
    """Input bytes per task: TASKS_PER_CORE equal tasks a core, within MIN/MAX_PARTITION."""
    total = sum(size for _u, size in files)
    tasks = TASKS_PER_CORE * max(spark.sparkContext.defaultParallelism, 1)
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, -(-total // tasks)))


@contextlib.contextmanager
def _job_conf(spark: SparkSession, files: list[tuple[str, int]]) -> Iterator[None]:
    """Set the job's input split size on the session for the job; restore it after."""
    settings = {
        "spark.sql.files.maxPartitionBytes": str(_partition_bytes(spark, files)),
        # Every file is its own piece of work: the default 4 MB "cost" of opening a file
        # would pack hundreds of small files into one task and starve the other cores.
        "spark.sql.files.openCostInBytes": str(OPEN_COST_BYTES),
    }
    before: dict[str, str | None] = {key: spark.conf.get(key, None) for key in settings}
    for key, value in settings.items():
        spark.conf.set(key, value)
    try:
        yield
    finally:
        for key, old in before.items():
            if old is None:
                spark.conf.unset(key)
            else:
                spark.conf.set(key, old)


def _write(frame: DataFrame, out: str) -> dict[str, Any]:
    """Write every output in one pass over ``frame``: Python extracts each article once and
    the JVM writes each row once.

    One Parquet write split by ``kind`` into ``out/_rows/kind=a|c|e``, whose directories
    then become ``articles``, ``claims`` and ``errors`` (a rename). Writing each output
    from a cached frame instead cost the JVM a cache of every row, a read of it per output
    and a query (planned and compiled) per read.
    """
    from pyspark.sql import functions as F

    spark = frame.sparkSession
    rows = f"{out}/_rows"
    frame.write.mode("overwrite").partitionBy("kind").parquet(rows)
    # Only the directory names (kind) and the errors' messages are read back.
    written = spark.read.schema(frame.schema).parquet(rows)
    counts = {r["kind"]: int(r["count"]) for r in written.groupBy("kind").count().collect()}
    messages = written.where(F.col("kind") == "e").select("message").limit(MAX_ERRORS_LISTED)
    first_errors = [str(r["message"]) for r in messages.collect()]
    jvm: Any = spark.sparkContext._jvm
    base = jvm.org.apache.hadoop.fs.Path(rows)
    fs = base.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    for kind, name in OUTPUTS:
        target = jvm.org.apache.hadoop.fs.Path(f"{out}/{name}")
        fs.delete(target, True)
        if counts.get(kind):
            if not fs.rename(jvm.org.apache.hadoop.fs.Path(base, f"kind={kind}"), target):
                raise BatchError(
                    f"cannot move {rows}/kind={kind} to {name}",
                    path=out,
                    hint="check that the output directory is writable, then run again",
                )
        else:
            # No row of this kind, so no directory: an empty output with the columns. Spark
            # plans a limit of 0 as an empty relation, so nothing runs (createDataFrame([])
            # would start Python workers to unpickle no rows).
            frame.limit(0).drop("kind").write.parquet(f"{out}/{name}")
    fs.delete(base, True)
    return {
        "articles": counts.get("a", 0),
        "claims": counts.get("c", 0),
        "errors": counts.get("e", 0),
        "error_messages": first_errors,
    }


def _spark_schema() -> StructType:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(output_schema())


def _escape(uri: str) -> str:
    # Spark's file readers expand glob patterns; a file name may contain "[" or "{".
    return _GLOB_CHARS.sub(r"\\\1", uri)


def _absolute(given: str) -> str:
    """A local path made absolute; URIs (anything with a scheme) as given."""
    if _SCHEME.match(given) and not re.match(r"^[A-Za-z]:[\\/]", given):
        return given
    return os.path.abspath(given)


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
