"""Extract every gold set (the lent ones and the written ones) and score each.

    python scripts/study/run_sets.py NAME [SRC]

NAME names the run: predictions go to WORK/preds/NAME/SET.jsonl, the score lines to
WORK/out/NAME.out (one line a set, then the English and Russian study unions). SRC is another
checkout's ``src`` to run instead (a worktree of the session's starting code, to score a set
before reading it). ``SETS=a,b`` runs those sets only and writes no .out file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

if len(sys.argv) > 2:
    sys.path.insert(0, sys.argv[2])
sys.path.insert(0, str(Path(__file__).resolve().parent))

import json

from common import EVAL, WORK, WRITTEN, written_sets

from armsledger import evaluation, runner
from armsledger.evaluation import GoldSet, SetRow


def line(row: SetRow) -> str:
    """One set's figures, on one line of fields split by spaces (``compare.py`` reads them)."""
    s = row.strict

    def f(v: float | None) -> str:
        return "-" if v is None else f"{v:.3f}"

    name = row.name.replace(", ", "-")  # "study, en" -> "study-en": one field
    return (
        f"{name:<10} F1 {s['f1']:.3f} P {s['precision']:.3f} R {s['recall']:.3f} "
        f"src {f(row.source_accuracy)} when {f(row.when_accuracy)} gold {row.gold_claims}"
    )


def main(run: str) -> None:
    only = set(filter(None, os.environ.get("SETS", "").split(",")))
    lent = evaluation.find_sets(EVAL)
    written = [
        GoldSet(n, WRITTEN / n / "docs.jsonl", WRITTEN / n / "gold.jsonl") for n in written_sets()
    ]
    if only:
        lent = [s for s in lent if s.name in only]
        written = [s for s in written if s.name in only]
    paths = [*map(str, evaluation.seed_paths(EVAL)), *(str(s.docs) for s in lent + written)]
    recs = runner.records_by_path(paths, jobs=os.cpu_count() or 1)
    own = {str(s.docs) for s in lent + written}
    seeds = [r for p, rs in recs.items() if p not in own for r in rs]
    outdir = WORK / "preds" / run
    outdir.mkdir(parents=True, exist_ok=True)
    for s in lent + written:
        with open(outdir / f"{s.name}.jsonl", "w", encoding="utf-8") as fh:
            for r in [*recs.get(str(s.docs), []), *(seeds if s.name == "dev" else [])]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # The lent sets with their study unions; the written sets one by one (no union of theirs).
    rows = evaluation.score_sets(lent, recs) if lent else []
    rows += [r for r in evaluation.score_sets(written, recs) if not r.members] if written else []
    text = "\n".join(map(line, rows))
    print(text)
    if not only:
        (WORK / "out").mkdir(parents=True, exist_ok=True)
        (WORK / "out" / f"{run}.out").write_text(text + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
