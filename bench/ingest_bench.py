"""Ingest throughput as the register grows (``python bench/ingest_bench.py [N ...]``).

For each size N (default 10,000 and 200,000 synthetic articles from ``corpus.py``), a fresh
register is built with ``runner.ingest`` (read, extract on all cores, store, stories), then
1,000 further articles (another seed) are ingested into it. Reported: claims/s of the whole
build, and claims/s and seconds per 1,000 articles of the increment, whose cost should not
depend on N now that stories are grouped incrementally (before, every ingest re-read and
re-hashed every article's text). Results go to ``bench/out/ingest_bench.json`` and stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402

from armsledger import runner  # noqa: E402

INCREMENT = 1_000


def _ingest(path: Path, db: Path, jobs: int) -> tuple[float, int, int]:
    started = time.perf_counter()
    summary, _ = runner.ingest([str(path)], str(db), jobs=jobs)
    return time.perf_counter() - started, summary.articles, summary.claims


def measure(n: int, jobs: int, workdir: Path) -> dict[str, Any]:
    corpus = write_jsonl(workdir / f"corpus-{n}.jsonl", n, seed=0)
    extra = write_jsonl(workdir / f"extra-{n}.jsonl", INCREMENT, seed=1)
    db = workdir / f"register-{n}.db"
    seconds, articles, claims = _ingest(corpus, db, jobs)
    inc_seconds, inc_articles, inc_claims = _ingest(extra, db, jobs)
    return {
        "articles": articles,
        "claims": claims,
        "seconds": round(seconds, 1),
        "claims_per_s": round(claims / seconds, 1),
        "increment_articles": inc_articles,
        "increment_claims": inc_claims,
        "increment_seconds": round(inc_seconds, 2),
        "increment_claims_per_s": round(inc_claims / inc_seconds, 1),
        "db_mb": round(db.stat().st_size / 1e6, 1),
        "jobs": jobs,
        "load_average": os.getloadavg()[0],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 200_000])
    parser.add_argument("--jobs", type=int, default=runner.default_jobs())
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            results[n] = measure(n, args.jobs, Path(tmp))
            print(json.dumps({n: results[n]}), flush=True)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "ingest_bench.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
