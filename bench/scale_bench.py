"""Throughput and peak memory of extraction at corpus scale (``python bench/scale_bench.py``).

For each corpus size (default 10,000 and 50,000 synthetic articles from ``corpus.py``, one
JSONL file each in a temporary directory) and each mode (``runner.extract_paths`` with
``jobs=1`` and ``jobs=2``, and ``spark_extract`` on ``local[2]``), one fresh Python process
runs the extraction, so every peak is that run's own. Reported per run:

* docs/s: articles over wall time from the first read to the last claim. For Spark this is
  the job (listing, reading, extraction, the Parquet writes); session start-up is separate.
* ``ru_maxrss`` of the run's Python process and of its largest waited-for child (the
  stdlib ``resource`` module); for ``jobs=2`` that child is a pool worker.
* the peak summed RSS of the whole process tree, and of its JVM part, sampled from
  ``/proc`` every 0.5 s (Linux): the only way to see Spark's JVM and its Python workers,
  which ``resource`` cannot.
* CPU seconds per 1,000 articles, summed over the process tree: unlike docs/s this moves
  little when other work shares the machine, so the load average is recorded beside it. For
  Spark also without the session's start-up ("job"), as docs/s leaves it out.

Memory independent of corpus size shows as equal peaks at 10k and 50k. A fingerprint of
the extractor's code and data is taken in every run; if it changes mid-benchmark (someone
edited the rules), the claim counts of the runs are not comparable and the table says so.
Results go to ``bench/out/scale_bench.json`` (git-ignored) and a table on stdout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODES = ("jobs1", "jobs2", "spark")
# Every run is stopped after this long: the benchmark must end even if a mode hangs.
RUN_TIMEOUT_S = 1800
# RSS of known processes is cheap to read; finding the tree means reading every
# /proc/*/stat, which on a busy machine costs a good part of a core if done often.
SAMPLE_EVERY_S = 0.5
TREE_EVERY_S = 2.0
SPLIT_BYTES = 8 * 1024 * 1024  # both corpus sizes are cut into line ranges


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "scale_bench.json")
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_work(*args.worker)))
        return 0
    sys.path.insert(0, str(HERE))
    from corpus import write_jsonl

    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="armsledger-bench-") as tmp:
        for size in args.sizes:
            path = Path(tmp, f"corpus-{size}.jsonl")
            started = time.monotonic()
            write_jsonl(path, size, args.seed)
            mb = path.stat().st_size / 1e6
            print(f"corpus {size:,} articles, {mb:.0f} MB, {time.monotonic() - started:.0f} s")
            for mode in args.modes:
                result = {"size": size, "mode": mode, "corpus_mb": round(mb, 1), **_run(mode, path)}
                results.append(result)
                print(_row(result), flush=True)
    prints = {r["extractor"] for r in results if "extractor" in r}
    if len(prints) > 1:
        print(
            "\nWARNING: extractor files changed on disk during the benchmark; "
            "if claim counts differ between runs, that is why"
        )
    report = {
        "extractor_changed": len(prints) > 1,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "seed": args.seed,
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print()
    print(_table(results))
    print(f"\nwritten to {args.out}")
    return 0


def _run(mode: str, path: Path) -> dict[str, Any]:
    """Run one mode in a fresh process, sampling its process tree meanwhile."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", mode, str(path)]
    load_before = os.getloadavg()[0]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    tree = _TreeSampler(proc)
    tree.start()
    try:
        out, _ = proc.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"error": f"timed out after {RUN_TIMEOUT_S} s"}
    tree.join()
    if proc.returncode != 0:
        return {"error": f"worker exited with {proc.returncode}"}
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result.update(
        tree_peak_mb=round(tree.peak_mb, 1),
        jvm_peak_mb=round(tree.jvm_peak_mb, 1),
        cpu_s_per_1000=round(1000 * tree.cpu_seconds() / max(result["docs"], 1), 2),
        job_cpu_s_per_1000=round(
            1000 * (tree.cpu_seconds() - result.get("session_cpu_s", 0.0)) / max(result["docs"], 1),
            2,
        ),
        load_avg=[round(load_before, 2), round(os.getloadavg()[0], 2)],
    )
    return result


def _work(mode: str, path: str) -> dict[str, Any]:
    """One run, inside the fresh process: count articles and claims, time them."""
    result: dict[str, Any] = {"extractor": _extractor_fingerprint()}
    if mode == "spark":
        from armsledger.batch.spark import spark_extract, spark_session

        started = time.monotonic()
        session = spark_session("local[2]")
        result["session_start_s"] = round(time.monotonic() - started, 2)
        # CPU of the start-up (this process, the JVM it started): the job's share is the
        # tree's total minus this.
        ticks = sum(_stat(pid)[1] for pid in _tree(os.getpid()))
        result["session_cpu_s"] = round(ticks / os.sysconf("SC_CLK_TCK"), 2)
        with tempfile.TemporaryDirectory(prefix="armsledger-bench-out-") as out:
            started = time.monotonic()
            summary = spark_extract([path], out, spark=session, split_bytes=SPLIT_BYTES)
            seconds = time.monotonic() - started
        session.stop()
        docs, claims = summary["articles"], summary["claims"]
    else:
        from armsledger.runner import extract_paths

        started = time.monotonic()
        docs = claims = 0
        for _article, found in extract_paths([path], jobs=2 if mode == "jobs2" else 1):
            docs += 1
            claims += len(found)
        seconds = time.monotonic() - started
    if _extractor_fingerprint() != result["extractor"]:
        result["extractor"] = "changed during the run"
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 1e6
    result.update(
        docs=docs,
        claims=claims,
        seconds=round(seconds, 2),
        docs_per_s=round(docs / seconds, 1),
        maxrss_self_mb=round(self_rss, 1),
        maxrss_children_mb=round(child_rss, 1),
    )
    return result


def _extractor_fingerprint() -> str:
    import armsledger.extract

    root = Path(armsledger.extract.__file__).parent
    digest = hashlib.sha256()
    for file in sorted([*root.glob("*.py"), *root.glob("data/*.json")]):
        digest.update(file.name.encode() + file.read_bytes())
    return digest.hexdigest()[:12]


class _TreeSampler(threading.Thread):
    """Peak RSS (all, JVM) and CPU time of a process and its descendants, from /proc."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        super().__init__(daemon=True)
        self.proc = proc
        self.peak_mb = self.jvm_peak_mb = 0.0
        self.cpu_ticks: dict[int, int] = {}  # last seen utime+stime per pid
        self.page = os.sysconf("SC_PAGE_SIZE")

    def run(self) -> None:
        pids: list[int] = []
        found_at = 0.0
        while self.proc.poll() is None:
            if time.monotonic() - found_at > TREE_EVERY_S:
                pids, found_at = _tree(self.proc.pid), time.monotonic()
            total = jvm = 0.0
            for pid in pids:
                rss, ticks, is_java = _stat(pid)
                total += rss * self.page / 1e6
                jvm += rss * self.page / 1e6 if is_java else 0.0
                if ticks:
                    self.cpu_ticks[pid] = ticks
            self.peak_mb = max(self.peak_mb, total)
            self.jvm_peak_mb = max(self.jvm_peak_mb, jvm)
            time.sleep(SAMPLE_EVERY_S)

    def cpu_seconds(self) -> float:
        # Processes that end between samples lose at most one interval of CPU time.
        return sum(self.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants, from the parent ids in /proc (empty elsewhere)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            # The command name (2nd field) is in parentheses and may hold spaces.
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _stat(pid: int) -> tuple[int, int, bool]:
    """Resident pages, own CPU ticks (utime + stime) and whether it is a JVM."""
    try:
        name, rest = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)
        fields = rest.split()
        rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0, 0, False
    return rss, int(fields[11]) + int(fields[12]), name.endswith("(java")


HEADER = (
    "size",
    "mode",
    "docs/s",
    "seconds",
    "claims",
    "cpu s/1k",
    "rss self",
    "rss child",
    "tree peak",
    "of it JVM",
    "load",
)


def _row(r: dict[str, Any]) -> str:
    if "error" in r:
        return f"{r['size']:>7,}  {r['mode']:<6}  {r['error']}"
    start = (
        f"  (+{r['session_start_s']} s session start; job alone {r['job_cpu_s_per_1000']:.2f}"
        " cpu s/1k)"
        if "session_start_s" in r
        else ""
    )
    return (
        f"{r['size']:>7,}  {r['mode']:<6}  {r['docs_per_s']:>8,.0f}  {r['seconds']:>7.1f}  "
        f"{r['claims']:>7,}  {r['cpu_s_per_1000']:>8.2f}  {r['maxrss_self_mb']:>6.0f} MB  "
        f"{r['maxrss_children_mb']:>6.0f} MB  {r['tree_peak_mb']:>6.0f} MB  "
        f"{r['jvm_peak_mb']:>6.0f} MB  {max(r['load_avg']):>4.1f}{start}"
    )


def _table(results: list[dict[str, Any]]) -> str:
    widths = (7, -6, 8, 7, 7, 8, 9, 9, 9, 9, 4)
    head = "  ".join(
        f"{h:<{-w}}" if w < 0 else f"{h:>{w}}" for h, w in zip(HEADER, widths, strict=True)
    )
    return "\n".join([head, *(_row(r) for r in results)])


if __name__ == "__main__":
    sys.exit(main())
