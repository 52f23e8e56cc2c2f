"""The claims one run predicts on a set and the other does not, each marked gold or false;
for a set for measuring only, without its documents or sentences.

    python scripts/study/pred_diff.py SET A B"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import aliases_of, jsonl, preds, protected, score, set_dir

name, a, b = sys.argv[1:4]
gold = jsonl(set_dir(name) / "gold.jsonl")
aliases = aliases_of(gold)
gold_keys = {score.key(d["doc"], c, True, aliases) for d in gold for c in d.get("claims", [])}
docs = {d["doc"] for d in gold}


def keyed(run: str) -> dict[Any, dict[str, Any]]:
    return {
        score.key(c["doc"], c, True, aliases): c for c in preds(run, name) if c.get("doc") in docs
    }


ka, kb = keyed(a), keyed(b)
for tag, x, y in ((f"only {a}", ka, kb), (f"only {b}", kb, ka)):
    for k in sorted(set(x) - set(y), key=str):
        c = x[k]
        mark = "GOLD" if k in gold_keys else "false"
        if protected(name):
            print(f"{tag}: [{mark}] {c.get('stage')}/{c.get('factuality')}")
            continue
        e = c.get("evidence")
        e = e.get("text") if isinstance(e, dict) else e
        print(f"{tag}: [{mark}] {k[0]} {k[1:]} when={c.get('when')}\n    | {(e or '')[:250]}")
