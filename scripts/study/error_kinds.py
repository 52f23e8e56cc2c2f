"""Misses and false claims of a run on a set by kind, counts only (safe on any set): a claim
whose counterpart differs only in factuality, in stage (same system and parties), in parties
(same system and stage), in several fields, or that has no counterpart of its system.

    python scripts/study/error_kinds.py RUN SET"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import aliases_of, jsonl, preds, score, set_dir

run, name = sys.argv[1:3]
gold = jsonl(set_dir(name) / "gold.jsonl")
aliases = aliases_of(gold)
required = {
    score.key(d["doc"], c, True, aliases)
    for d in gold
    for c in d["claims"]
    if not c.get("optional")
}
optional = {
    score.key(d["doc"], c, True, aliases) for d in gold for c in d["claims"] if c.get("optional")
}
docs = {d["doc"] for d in gold}
predicted = {
    score.key(c["doc"], c, True, aliases) for c in preds(run, name) if c.get("doc") in docs
}
misses, falses = required - predicted, predicted - required - optional


def kind(k: tuple[Any, ...], others: set[tuple[Any, ...]]) -> str:
    doc, system, supplier, recipient, stage, _fact = k
    same = [o for o in others if o[0] == doc and o[1] == system]
    if any(o[2:5] == (supplier, recipient, stage) for o in same):
        return "factuality"
    if any(o[2:4] == (supplier, recipient) for o in same):
        return "stage"
    if any(o[4] == stage for o in same):
        return "parties"
    return "several" if same else "system/none"


cm = Counter(kind(k, predicted) for k in misses)
cf = Counter(kind(k, required | optional) for k in falses)
for kname in sorted(set(cm) | set(cf), key=lambda x: -(cm[x] + cf[x])):
    print(f"{kname:<12} miss {cm[kname]:>3}  false {cf[kname]:>3}")
