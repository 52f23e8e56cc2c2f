"""Ingest throughput as the register grows (``python bench/ingest_bench.py [N ...]``).

For each size N (default 10,000 and 200,000 synthetic articles from ``corpus.py``), a fresh
register is built with the runner (read, extract on all cores, store, stories), then 1,000
further articles (another seed) are ingested into that register of N articles: the
increment, whose cost should not depend on N now that stories are grouped incrementally
(before, every ingest re-read and re-hashed every article's text). The same 1,000 articles
are then extracted alone, without storing, and their claims stored alone (store and stories,
timed directly) on a copy of the register as it was before the increment, so that share
shows apart from the extractor's cost (which changes with the extractor, not with N).

The machine these run on is shared, so besides wall seconds every phase reports CPU seconds
(user + system of this process and of the pool workers it reaped) and the load average.
Results go to ``bench/out/ingest_bench.json`` and stdout.

The bench also runs against an older checkout (``PYTHONPATH=old/src python
bench/ingest_bench.py``): before ``runner.ingest`` existed it calls ``runner.ingest_paths``
on a ``Register`` it opens itself, which is what that version's CLI did.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402

from armsledger import runner  # noqa: E402
from armsledger.ingest import iter_articles  # noqa: E402
from armsledger.models import Article, Claim  # noqa: E402
from armsledger.store import Register  # noqa: E402

INCREMENT = 1_000


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(work: Callable[[], tuple[int, int]]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), _cpu()
    articles, claims = work()
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    return {"articles": articles, "claims": claims, "seconds": wall, "cpu_seconds": cpu}


def _ingest(path: Path, db: Path, jobs: int) -> tuple[int, int]:
    if hasattr(runner, "ingest"):
        summary, _ = runner.ingest([str(path)], str(db), jobs=jobs)
    else:  # the runner of older checkouts
        with Register(str(db)) as register:
            summary = runner.ingest_paths([str(path)], register, jobs=jobs)
    return summary.articles, summary.claims


def _extract_only(
    path: Path, jobs: int, keep: list[tuple[Article, list[Claim]]]
) -> tuple[int, int]:
    articles = claims = 0
    for article, found in runner.extract_articles(iter_articles([str(path)]), jobs=jobs):
        articles += 1
        claims += len(found)
        keep.append((article, found))
    return articles, claims


def _copy_register(db: Path, copy: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is then whole
    shutil.copyfile(db, copy)


def _store_only(pairs: list[tuple[Article, list[Claim]]], db: Path) -> dict[str, float]:
    """CPU and wall ms per article of ``runner``'s store and story steps, extraction done."""
    with Register(str(db)) as register:  # opened (and migrated) before the clock starts
        wall, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(pairs), runner.STORE_BATCH):
            register.store(pairs[i : i + runner.STORE_BATCH])
        register.update_stories()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    db.unlink()
    n = max(len(pairs), 1)
    return {
        "cpu_ms_per_article": round(1000 * cpu / n, 2),
        "wall_ms_per_article": round(1000 * wall / n, 2),
    }


def _rates(phase: dict[str, float]) -> dict[str, float]:
    n = max(phase["articles"], 1)
    return {
        "articles": phase["articles"],
        "claims": phase["claims"],
        "seconds": round(phase["seconds"], 2),
        "cpu_seconds": round(phase["cpu_seconds"], 2),
        "claims_per_s": round(phase["claims"] / phase["seconds"], 1),
        "cpu_ms_per_article": round(1000 * phase["cpu_seconds"] / n, 2),
        "wall_ms_per_article": round(1000 * phase["seconds"] / n, 2),
    }


def measure(n: int, jobs: int, workdir: Path) -> dict[str, Any]:
    corpus = write_jsonl(workdir / f"corpus-{n}.jsonl", n, seed=0)
    extra = write_jsonl(workdir / f"extra-{n}.jsonl", INCREMENT, seed=1)
    db = workdir / f"register-{n}.db"
    build = _timed(lambda: _ingest(corpus, db, jobs))
    load_build = os.getloadavg()
    copy = workdir / f"copy-{n}.db"
    _copy_register(db, copy)
    increment = _timed(lambda: _ingest(extra, db, jobs))
    pairs: list[tuple[Article, list[Claim]]] = []
    extract_only = _timed(lambda: _extract_only(extra, jobs, pairs))
    # Storing and grouping stories alone, timed directly on a copy of the register as it was
    # before the increment (the difference of the two rows above moved with the load).
    stored = _store_only(pairs, copy)
    result = {
        "build": _rates(build),
        "increment": _rates(increment),
        "increment_extract_only": _rates(extract_only),
        "increment_store_and_stories": stored,
        "db_mb": round(db.stat().st_size / 1e6, 1),
        "jobs": jobs,
        "load_average_after_build": [round(x, 2) for x in load_build],
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
    }
    for path in (corpus, extra, db):
        path.unlink()
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 200_000])
    parser.add_argument("--jobs", type=int, default=runner.default_jobs())
    parser.add_argument("--out", default=str(HERE / "out" / "ingest_bench.json"))
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            results[n] = measure(n, args.jobs, Path(tmp))
            print(json.dumps({n: results[n]}), flush=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
