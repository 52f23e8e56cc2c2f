"""The Spark job on a real standalone cluster on loopback: a master and two workers.

They are started from PySpark's own ``bin/spark-class`` (the classes ``sbin/start-master.sh``
starts), bound to 127.0.0.1, and stopped by the fixture, also when a test fails. The job is
submitted to ``spark://127.0.0.1:PORT`` as a user would submit it to their cluster: the
executors are separate JVMs under the workers, and they get armsledger only as the zip that
``spark_extract`` ships (``--py-files``); ``PYSPARK_PYTHON`` names a Python with the
dependencies, here this virtualenv's, as a user names their cluster's.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.batch.test_spark import LINES, local_run, parquet_claims, write_warc
from tests.conftest import SAMPLES

pytestmark = [pytest.mark.spark, pytest.mark.slow]

# Start-up of each daemon on a busy 2-core machine takes 5-20 s; past this something is wrong.
START_TIMEOUT_S = 90
WORKERS = 2


@dataclass
class Cluster:
    url: str
    logs: list[Path]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for(log: Path, text: str, count: int, procs: list[subprocess.Popen[bytes]]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        found = log.read_text(errors="replace").count(text) if log.exists() else 0
        if found >= count:
            return
        dead = [p.args for p in procs if p.poll() is not None]
        if dead:
            pytest.fail(f"a Spark daemon exited: {dead}; see {log}", pytrace=False)
        time.sleep(0.5)
    pytest.fail(f"no {count} x {text!r} in {log} after {START_TIMEOUT_S} s", pytrace=False)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    try:
        import pyspark
    except ImportError:
        pytest.skip("PySpark is not installed (pip install -e '.[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Java is not installed: a Spark standalone cluster needs Java 17 on PATH")
    home = Path(pyspark.__file__).parent
    tmp = tmp_path_factory.mktemp("cluster")
    env = {
        **os.environ,
        "SPARK_HOME": str(home),
        # Every daemon, its web UI and the executors bind to loopback only.
        "SPARK_LOCAL_IP": "127.0.0.1",
        "SPARK_LOG_DIR": str(tmp),
        "SPARK_WORKER_DIR": str(tmp / "work"),
    }
    port = _free_port()
    url = f"spark://127.0.0.1:{port}"
    spark_class = str(home / "bin" / "spark-class")
    commands = [
        [
            "org.apache.spark.deploy.master.Master",
            *("--host", "127.0.0.1", "--port", str(port), "--webui-port", "0"),
        ],
        *(
            [
                "org.apache.spark.deploy.worker.Worker",
                url,
                *("--host", "127.0.0.1", "--webui-port", "0", "--cores", "1"),
                *("--memory", "1g", "--work-dir", str(tmp / f"work{i}")),
            ]
            for i in range(WORKERS)
        ),
    ]
    procs: list[subprocess.Popen[bytes]] = []
    logs = [tmp / "master.log", *(tmp / f"worker{i}.log" for i in range(WORKERS))]
    try:
        for command, log in zip(commands, logs, strict=True):
            with log.open("wb") as out:
                # A session of its own, so teardown can stop the daemon and its executors.
                procs.append(
                    subprocess.Popen(
                        [spark_class, *command],
                        env=env,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                        stdin=subprocess.DEVNULL,
                        start_new_session=True,
                    )
                )
            if log == logs[0]:
                _wait_for(log, "I have been elected leader", 1, procs)
        _wait_for(logs[0], "Registering worker 127.0.0.1", WORKERS, procs)
        yield Cluster(url, logs)
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture
def session(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from armsledger.batch.spark import spark_session

    # The driver binds to loopback too: the executors reach it there.
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    spark = spark_session(
        cluster.url,
        app_name="armsledger-cluster-test",
        conf={
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.ui.enabled": "false",
            "spark.executor.memory": "768m",
            "spark.executor.cores": "1",
            "spark.cores.max": str(WORKERS),
            # Jobs wait until both executors have registered, so both take part.
            "spark.scheduler.minRegisteredResourcesRatio": "1.0",
            "spark.scheduler.maxRegisteredResourcesWaitingTime": "60s",
        },
    )
    try:
        assert spark.sparkContext.master == cluster.url  # not a leftover local session
        yield spark
    finally:
        spark.stop()


def _executors_import(spark: Any) -> list[tuple[str, str, int]]:
    """(executor, armsledger.__file__, worker pid) from 8 tasks on the executors.

    The executor is named by its Python daemon's parent, the executor JVM.
    """

    def where(_: Any) -> Iterator[tuple[str, str, int]]:
        import os
        import socket
        import time

        import armsledger

        time.sleep(0.2)  # long enough that both executors are offered tasks
        yield f"{socket.gethostname()}:{os.getppid()}", armsledger.__file__, os.getpid()

    rows = spark.sparkContext.parallelize(range(8), 8).mapPartitions(where).collect()
    return sorted(set(rows))


def test_job_on_a_standalone_cluster_gives_the_local_claims(session: Any, tmp_path: Path) -> None:
    from armsledger.batch.spark import spark_extract

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "news.warc.gz")
    lines_jsonl = tmp_path / "lines.jsonl"
    lines_jsonl.write_text(
        "\n".join(json.dumps(r) if isinstance(r, dict) else str(r or "") for r in LINES) + "\n",
        encoding="utf-8",
    )
    inputs = [str(SAMPLES), str(crawl), str(lines_jsonl)]
    # split_bytes=0: the JSONL file goes through the line-split reader too.
    summary = spark_extract(inputs, str(tmp_path / "out"), spark=session, split_bytes=0)
    expected, errors = local_run(inputs)
    assert parquet_claims(tmp_path / "out") == expected
    assert len(expected) > 30 and summary["claims"] == len(expected)
    assert summary["errors"] == len(errors) == 1

    # The executors imported armsledger from the shipped zip, not from this checkout.
    seen = _executors_import(session)
    assert seen, "no executor ran"
    for _where, file, _loaded in seen:
        assert ".zip" in file and "armsledger-" in file, file
    # Both workers' executors took part (two executor JVMs, each with its Python workers).
    assert len({w for w, _f, _l in seen}) == WORKERS, seen
    # One Python worker an executor core served all its tasks: the extractor's gazetteer
    # and scorer, cached per process, load once per worker, not per task or row.
    assert len({pid for _w, _f, pid in seen}) == WORKERS, seen
