"""Six-word runs shared by what a change adds (the added diff lines and the commit messages since
BASE, and any FILES given) with the lent texts, the seeds and the written sets. Exits 1 on any:
rephrase the hit. A set for measuring only is named, its words are not.

    python scripts/study/overlap.py BASE [FILES...]"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL, ROOT, WRITTEN, protected, word_runs

RUN = 6


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout


base = sys.argv[1]
added = "\n".join(
    line[1:]
    for line in git("diff", base, "--", ".").splitlines()
    if line.startswith("+") and not line.startswith("+++")
)
sources = [("diff", added), ("commits", git("log", "--format=%B", f"{base}..HEAD"))]
sources += [(p, Path(p).read_text(encoding="utf-8")) for p in sys.argv[2:]]
mine: dict[str, tuple[str, str]] = {}
for where, text in sources:
    for row in text.splitlines():
        for g in word_runs(row, RUN):
            mine.setdefault(g, (where, row.strip()[:120]))
texts = []
for p in [*EVAL.glob("*/docs.jsonl"), *WRITTEN.glob("*/docs.jsonl")]:
    texts += [(p.parent.name, json.loads(r)["text"]) for r in p.open() if r.strip()]
texts += [("seeds", p.read_text(errors="replace")) for p in (EVAL.parent / "seeds").glob("*")]
hits = 0
for name, text in texts:
    for g in word_runs(text, RUN) & mine.keys():
        hits += 1
        where, row = mine[g]
        print(f"{name}: '{'(protected)' if protected(name) else g}' in {where}: {row}")
print(f"{hits} overlaps")
sys.exit(1 if hits else 0)
