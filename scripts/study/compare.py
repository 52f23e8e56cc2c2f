"""Per-set strict F1 and when accuracy of two runs, B against A, marking the sets that moved.

python scripts/study/compare.py A B"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import WORK


def read(run: str) -> dict[str, tuple[float, str]]:
    out = {}
    for row in (WORK / "out" / f"{run}.out").read_text().splitlines():
        p = row.split()
        out[p[0]] = (float(p[2]), p[10])
    return out


a, b = read(sys.argv[1]), read(sys.argv[2])
for name, (fb, wb) in b.items():
    if name in a:
        fa, wa = a[name]
        moved = "" if abs(fb - fa) < 0.0005 and wa == wb else "  <--"
        print(f"{name:<10} {fa:.3f} -> {fb:.3f} ({fb - fa:+.3f})  when {wa} -> {wb}{moved}")
