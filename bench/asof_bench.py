"""CPU per new ``as_of`` on the web register (``python bench/asof_bench.py``).

The register is ``web_bench.py``'s (100,000 synthetic claims, 2,500 deals; ``--db`` reuses
one). A client cycling through report days asks the deals list for a date it has not asked
before, again and again: each row times ``--dates`` such requests, spread over all report
days, in one process, with ``time.process_time`` (CPU seconds of this process, the figure to
compare on a shared machine) beside wall time, and the load average.

- ``deals list index``: ``DealIndex.entries(register, as_of)``, the status of every deal as
  of the date, which the deals list filters and sorts (before ``StatusTimeline``: every
  deal's status computed afresh per gap between report days);
- ``deals list page``: ``queries.list_deals``, the index and the 50 deal views shown (each
  with its contradictions as of the date; now picked from those with no date).

The first date asked pays for building the index once per register version, and the page
with no date for its deals' contradictions (as the server's warm-up does): both shown apart.
Runs against an older checkout too (``PYTHONPATH=old/src``), which has the same calls.
Results go to ``bench/out/asof_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from web_bench import build  # noqa: E402

from armsledger.serve import queries  # noqa: E402
from armsledger.serve.index import DealIndex  # noqa: E402
from armsledger.store import Register  # noqa: E402


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """CPU and wall milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def summary(rows: list[tuple[float, float]]) -> dict[str, float]:
    cpu = sorted(r[0] for r in rows)
    wall = sorted(r[1] for r in rows)
    p95 = statistics.quantiles(cpu, n=20, method="inclusive")[18] if len(cpu) > 1 else cpu[0]
    return {
        "n": len(rows),
        "cpu_ms_median": round(statistics.median(cpu), 1),
        "cpu_ms_p95": round(p95, 1),
        "cpu_ms_max": round(cpu[-1], 1),
        "wall_ms_median": round(statistics.median(wall), 1),
    }


def report_days(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT DISTINCT published FROM articles WHERE published NOT NULL")
        return sorted(r[0] for r in found)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="reuse or write the register here")
    ap.add_argument("--dates", type=int, default=40, help="new dates asked, per row")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "asof_bench.json")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "asof_bench.db"
    if not db.exists():
        print(f"writing {args.claims:,} synthetic claims to {db} ...", file=sys.stderr)
        build(db, args.claims)
    days = report_days(db)
    step = max(1, len(days) // (2 * args.dates + 1))
    # Two disjoint sets of dates, each spread over all report days: one per row.
    index_dates, page_dates = days[step :: 2 * step], days[2 * step :: 2 * step]
    result: dict[str, Any] = {"claims": args.claims, "report_days": len(days)}
    with Register(db, readonly=True) as register:
        index = DealIndex(str(db))
        result["first_list_ms"] = dict(
            zip(("cpu", "wall"), timed(lambda: index.entries(register, None)), strict=True)
        )
        first = days[len(days) // 2]
        result["first_as_of_ms"] = dict(
            zip(("cpu", "wall"), timed(lambda: index.entries(register, first)), strict=True)
        )
        rows = [timed(lambda d=d: index.entries(register, d)) for d in index_dates[: args.dates]]
        result["deals list index"] = summary(rows)
        page = queries.Page(limit=50)

        def listed(as_of: str | None) -> tuple[float, float]:
            query = queries.DealQuery(as_of=as_of)
            return timed(lambda: queries.list_deals(index, register, query, page))

        # The page with no date finds its 50 deals' contradictions, which dated pages then
        # filter (the server's warm-up does this for every deal in the background).
        result["first_page_ms"] = dict(zip(("cpu", "wall"), listed(None), strict=True))
        result["deals list page"] = summary([listed(d) for d in page_dates[: args.dates]])
    result["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    tmp.cleanup()


if __name__ == "__main__":
    main()
