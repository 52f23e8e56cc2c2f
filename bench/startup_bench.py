"""How long does one short article take through the CLI? (``python bench/startup_bench.py``)

A user's first command reads one article or a few: what it costs is mostly the start, not the
reading. Each run is a new process, ``armsledger extract FILE`` on a seed article (or a
one-sentence file), timed as CPU seconds of the child (user + system), in three settings:

- ``off``: the pattern cache turned off (``ARMSLEDGER_CACHE_DIR=off``): every regex of the
  rule table parsed and compiled, every scanner worked out, as before the cache;
- ``first``: an empty cache directory: the same work, and the cache file written at exit;
- ``cached``: the same directory again: the regexes' programs and the scanners' sources read
  from the file.

Each setting runs ``--runs`` times (best kept; ``first`` empties its directory before each
run). Writes ``bench/out/startup.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_bdffdde4e3014e2f.txt"
SENTENCE = "Russia will deliver two S-400 regiments to India in 2025, the agency said.\n"


def child_cpu(argv: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one child process running ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="armsledger-startup-"))
    try:
        sentence = work / "one.txt"
        sentence.write_text(SENTENCE, encoding="utf-8")
        inputs = {"one sentence": sentence}
        if SEED.exists():
            inputs["seed article"] = SEED
        cache = work / "cache"
        command = [sys.executable, "-m", "armsledger.cli", "extract"]
        results = []
        for name, path in inputs.items():
            row: dict[str, object] = {"input": name, "bytes": path.stat().st_size}
            for setting in ("off", "first", "cached"):
                times = []
                for _ in range(args.runs):
                    if setting == "first":
                        shutil.rmtree(cache, ignore_errors=True)
                    env = dict(os.environ, ARMSLEDGER_CACHE_DIR="off")
                    if setting != "off":
                        env["ARMSLEDGER_CACHE_DIR"] = str(cache)
                    times.append(child_cpu([*command, str(path)], env))
                row[f"{setting}_cpu_s"] = round(min(times), 2)
            results.append(row)
            print(
                f"{name:13s} cache off {row['off_cpu_s']:6.2f} s   first run"
                f" {row['first_cpu_s']:6.2f} s   cached {row['cached_cpu_s']:6.2f} s"
                f"   (CPU, best of {args.runs})"
            )
        out = ROOT / "bench" / "out" / "startup.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"runs": args.runs, "results": results}, indent=2) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
