"""How fast is ``extract()``? (issue 3; not a test: run ``python bench/extract_bench.py``).

Times ``extract()`` on one core over a generated corpus (``bench/corpus.py``: 2-5 KB news-like
articles, a fifth about arms transfers), over the dev set and over every English study set
(``../shared``, if present: real articles, never a ``measure*`` set's), and in
the same run a bare regex sentence split of the same texts, so the ratio is machine-independent:
each round times the split right after the extraction, and the ratio is the rounds' median.
Prints docs/s per core, MB/s and the ratio; writes JSON to ``bench/out/extract.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate  # noqa: E402

from armsledger.extract import extract  # noqa: E402
from armsledger.ingest import iter_articles  # noqa: E402
from armsledger.models import Article  # noqa: E402

SPLIT = re.compile(r"(?<=[.!?])\s+")  # the baseline NOTES.md measured (~88 MB/s)
# The split of one round is the fastest of this many: it takes a fraction of a second.
SPLIT_RUNS = 3


def best_of(runs: int, fn: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings: the least disturbed by other work on the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(name: str, articles: Sequence[Article], runs: int) -> dict[str, float | int | str]:
    extract(articles[0])  # load the gazetteers outside the timing
    claims = sum(len(extract(a)) for a in articles)
    # Each round times the split right after the extraction, so that both see the same load and
    # clock speed: the ratio is the median of the rounds' ratios. Timed apart, the split (a
    # fraction of a second) moved by half between two runs a minute apart (README, Figures).
    t_extracts, t_splits, ratios = [], [], []
    for _ in range(runs):
        t_extract = best_of(1, lambda: [extract(a) for a in articles])
        t_split = best_of(SPLIT_RUNS, lambda: [SPLIT.split(a.text) for a in articles])
        t_extracts.append(t_extract)
        t_splits.append(t_split)
        ratios.append(t_extract / t_split)
    t_extract = min(t_extracts)
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    return {
        "corpus": name,
        "docs": len(articles),
        "claims": claims,
        "mb": round(mb, 2),
        "docs_per_s": round(len(articles) / t_extract),
        "mb_per_s": round(mb / t_extract, 2),
        "split_docs_per_s": round(len(articles) / statistics.median(t_splits)),
        "ratio_to_split": round(statistics.median(ratios), 1),
        "ratios": [round(r, 1) for r in ratios],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=10_000, help="generated articles (>= 10,000)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per measure (best is kept)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    results = [measure("generated", list(generate(args.docs, args.seed)), args.runs)]
    shared = ROOT.parent / "shared"
    if (shared / "eval" / "dev" / "docs.jsonl").exists():
        dev = list(iter_articles([*sorted((shared / "seeds").glob("*.txt")),
                                  shared / "eval" / "dev" / "docs.jsonl"]))  # fmt: skip
        results.append(measure("dev set (seeds + dev)", dev, max(args.runs, 5)))
        # Every English study set: real arms-trade articles the extractor was not written for.
        study = sorted(
            p
            for p in (shared / "eval").glob("*/docs.jsonl")
            if not p.parent.name.startswith("measure") and "-ru" not in p.parent.name
        )
        results.append(measure("English study sets", list(iter_articles(study)), args.runs))

    print(f"{'corpus':24} {'docs':>7} {'claims':>7} {'MB':>6} {'docs/s':>8} {'MB/s':>6} "
          f"{'split docs/s':>13} {'ratio':>6}")  # fmt: skip
    for r in results:
        print(f"{r['corpus']!s:24} {r['docs']:>7} {r['claims']:>7} {r['mb']:>6} "
              f"{r['docs_per_s']:>8} {r['mb_per_s']:>6} {r['split_docs_per_s']:>13} "
              f"{r['ratio_to_split']:>6}")  # fmt: skip
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "extract.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
