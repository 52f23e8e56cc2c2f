"""The Spark job: the same ``extract()`` over WARC, JSONL (and any other ingest format) at scale.

``spark_extract(inputs, output)`` lists the inputs through Hadoop's file system API (so
``hdfs://``, ``s3a://`` and other Hadoop URIs work when their connectors are on the
classpath), reads them with Spark's own readers and writes Parquet under ``output/articles``,
``output/claims`` and ``output/errors``. ``load_parquet`` (in ``armsledger.batch.parquet``)
upserts the result into a register.

How each file is read:

* plain ``.jsonl`` files larger than ``split_bytes`` go through ``textFile``, which cuts them
  into line ranges so one big dump keeps every core busy; each line is parsed by the JSONL
  reader's record parser. Spark decodes such lines as UTF-8, as the JSON Lines format
  requires; a local run would instead guess a legacy code page for a non-UTF-8 line.
* everything else (WARC, compressed JSONL, text, HTML, feeds) is read whole with the
  ``binaryFile`` reader and parsed by ``iter_articles`` itself, so results match a local run.
  A WARC file is one task and sits in that task's memory whole: give executors memory for
  the largest file (Common Crawl WARCs are about 1 GB).

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
from armsledger.batch.parquet import load_parquet
from armsledger.batch.records import (
    Row,
    rows_of_files,
    rows_of_lines,
    splittable,
    wanted_in_walk,
)

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

__all__ = ["BatchError", "load_parquet", "spark_extract", "spark_session"]

# Plain JSONL files above this size are split into line ranges (see the module docstring):
# one local-FS block; a smaller file is a few seconds of work for one core.
DEFAULT_SPLIT_BYTES = 32 * 1024 * 1024
# The summary lists this many error messages; all of them are in output/errors.
MAX_ERRORS_LISTED = 50
# Few output rows per key: a handful of shuffle partitions is plenty, 200 (the default)
# only costs task overhead on a laptop.
SHUFFLE_PARTITIONS = "8"

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

    local = master.startswith("local")
    # Workers must run this interpreter (the one with armsledger installed), not "python3".
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.sql.shuffle.partitions", SHUFFLE_PARTITIONS)
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={_log4j_file()}")
    )
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
        files, missing = _list_inputs(session, inputs)
        rows = _rows(session, files, split_bytes)
        out = _absolute(output).rstrip("/")
        summary = _write(session, rows, out)
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


def _rows(spark: SparkSession, files: list[tuple[str, int]], split_bytes: int) -> RDD[Row]:
    sc = spark.sparkContext
    # textFile takes a comma-separated list, so a name with a comma must be read whole.
    split = [u for u, size in files if size > split_bytes and splittable(u) and "," not in u]
    chosen = frozenset(split)
    whole = [u for u, _size in files if u not in chosen]
    parts: list[RDD[Row]] = []
    if whole:
        frame = spark.read.format("binaryFile").load([_escape(u) for u in whole])
        parts.append(frame.select("path", "content").rdd.mapPartitions(rows_of_files))
    for uri in split:
        # At least two ranges per core, so a file just above the threshold is shared too.
        ranges = 2 * sc.defaultParallelism
        lines = sc.textFile(_escape(uri), ranges, use_unicode=False).zipWithIndex()
        parts.append(lines.mapPartitions(functools.partial(rows_of_lines, uri)))
    return sc.union(parts) if parts else sc.emptyRDD()


def _write(spark: SparkSession, rows: RDD[Row], out: str) -> dict[str, Any]:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    articles, claims, errors = _schemas()
    tagged = StructType(
        [
            StructField("kind", StringType(), nullable=False),
            StructField("a", articles),
            StructField("c", claims),
            StructField("e", errors),
        ]
    )
    # One tagged frame, kept on disk: Python extracts each article once, and the three
    # outputs and the counts are then read back by the JVM alone. Disk only, so memory
    # stays flat however big the run. verifySchema is off: rows_of builds every row
    # from typed records, and checking each value again in Python costs a fair share.
    frame = spark.createDataFrame(rows.map(_widen), tagged, verifySchema=False)
    frame = frame.persist(StorageLevel.DISK_ONLY)
    try:
        for kind, name in (("a", "articles"), ("c", "claims"), ("e", "errors")):
            part = frame.where(F.col("kind") == kind).select(f"{kind}.*")
            part.write.mode("overwrite").parquet(f"{out}/{name}")
        counts = {r["kind"]: int(r["count"]) for r in frame.groupBy("kind").count().collect()}
        messages = frame.where(F.col("kind") == "e").select("e.message").limit(MAX_ERRORS_LISTED)
        first_errors = [str(r["message"]) for r in messages.collect()]
    finally:
        frame.unpersist()
    return {
        "articles": counts.get("a", 0),
        "claims": counts.get("c", 0),
        "errors": counts.get("e", 0),
        "error_messages": first_errors,
    }


def _schemas() -> tuple[StructType, StructType, StructType]:
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    from armsledger.batch.records import ARTICLE_FIELDS, CLAIM_FIELDS, ERROR_FIELDS

    def strings(names: tuple[str, ...]) -> list[StructField]:
        return [StructField(name, StringType()) for name in names]

    evidence = StructType(
        [
            StructField("text", StringType()),
            StructField("start", IntegerType()),
            StructField("end", IntegerType()),
        ]
    )
    special: dict[str, Any] = {
        "via": ArrayType(StringType()),
        "evidence": evidence,
        "quantity": LongType(),
        "recognised": BooleanType(),
    }
    claims = [StructField(n, special.get(n, StringType())) for n in CLAIM_FIELDS]
    return (
        StructType(strings(ARTICLE_FIELDS)),
        StructType(claims),
        StructType(strings(ERROR_FIELDS)),
    )


def _widen(row: Row) -> tuple[str, Any, Any, Any]:
    """A tagged row as (kind, article, claim, error), the two other slots empty."""
    kind, values = row
    return (
        kind,
        values if kind == "a" else None,
        values if kind == "c" else None,
        values if kind == "e" else None,
    )


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
