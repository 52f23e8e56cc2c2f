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
from typing import Any

if len(sys.argv) > 2:
    sys.path.insert(0, sys.argv[2])
sys.path.insert(0, str(Path(__file__).resolve().parent))

import json

from common import EVAL, WORK, WRITTEN, written_sets

from armsledger import evaluation, runner


def line(name: str, res: dict[str, Any]) -> str:
    s = res["strict"]

    def f(v: float | None) -> str:
        return "-" if v is None else f"{v:.3f}"

    return (
        f"{name:<10} F1 {s['f1']:.3f} P {s['precision']:.3f} R {s['recall']:.3f} "
        f"src {f(res['source_accuracy'])} when {f(res['when_accuracy'])} gold {res['gold_claims']}"
    )


def main(run: str) -> None:
    only = set(filter(None, os.environ.get("SETS", "").split(",")))
    sets = [(s.name, s.docs, s.gold) for s in evaluation.find_sets(EVAL)]
    sets += [(n, WRITTEN / n / "docs.jsonl", WRITTEN / n / "gold.jsonl") for n in written_sets()]
    if only:
        sets = [s for s in sets if s[0] in only]
    paths = [*map(str, evaluation.seed_paths(EVAL)), *(str(d) for _, d, _ in sets)]
    recs = runner.records_by_path(paths, jobs=os.cpu_count() or 1)
    own = {str(d) for _, d, _ in sets}
    seeds = [r for p, rs in recs.items() if p not in own for r in rs]
    outdir = WORK / "preds" / run
    outdir.mkdir(parents=True, exist_ok=True)
    lines = []
    union: dict[str, tuple[list[Any], list[Any]]] = {"en": ([], []), "ru": ([], [])}
    for name, docs, gold_path in sets:
        preds = [*recs.get(str(docs), []), *(seeds if name == "dev" else [])]
        with open(outdir / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in preds:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        gold = evaluation.read_gold(gold_path)
        lines.append(line(name, evaluation.score(gold, preds)))
        if (EVAL / name).is_dir() and not name.startswith("measure"):
            g, p = union["ru" if "-ru" in name else "en"]
            g.extend({**x, "doc": f"{name}/{x['doc']}"} for x in gold)
            p.extend({**c, "doc": f"{name}/{c.get('doc')}"} for c in preds)
    for lang, (g, p) in union.items():
        if g:
            lines.append(line(f"study-{lang}", evaluation.score(g, p)))
    text = "\n".join(lines)
    print(text)
    if not only:
        (WORK / "out").mkdir(parents=True, exist_ok=True)
        (WORK / "out" / f"{run}.out").write_text(text + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
