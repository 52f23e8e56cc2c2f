"""A study set's misses (-), false claims (+) and wrong dates (W) with their sentences.

    python scripts/study/errors.py SET RUN [DOC-SUBSTRING]

Refuses a set for measuring only (``common.protected``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import aliases_of, jsonl, preds, protected, score, set_dir

name, run = sys.argv[1], sys.argv[2]
only = sys.argv[3] if len(sys.argv) > 3 else ""
if protected(name):
    sys.exit(f"{name} is for measuring only: its scores, never its misses")
gold = jsonl(set_dir(name) / "gold.jsonl")
aliases = aliases_of(gold)
docs = {d["doc"] for d in gold}
predicted: dict[Any, dict[str, Any]] = {}
for c in preds(run, name):
    if c.get("doc") in docs:
        predicted.setdefault(score.key(c["doc"], c, True, aliases), c)


def evidence(c: dict[str, Any]) -> str:
    e = c.get("evidence")
    return (e.get("text") if isinstance(e, dict) else e or "")[:300]


def told(c: dict[str, Any]) -> str:
    return (
        f"{c.get('system')} {c.get('supplier')}->{c.get('recipient')} "
        f"{c.get('stage')}/{c.get('factuality')} when={c.get('when')} "
        f"src={c.get('source', c.get('sources'))}"
    )


for d in gold:
    if only and only not in d["doc"]:
        continue
    out = []
    keyed = {}
    for c in d.get("claims", []):
        keyed.setdefault(score.key(d["doc"], c, True, aliases), c)
    for k, c in keyed.items():
        p = predicted.get(k)
        if p is None:
            if not c.get("optional"):
                out.append(f"  - {told(c)}\n      | {evidence(c)}")
        elif c.get("when") and not score.when_ok(c["when"], p.get("when")):
            out.append(f"  W {told(c)} pred when={p.get('when')}\n      | {evidence(p)}")
    for k, c in predicted.items():
        if k[0] == d["doc"] and k not in keyed:
            out.append(f"  + {told(c)}\n      | {evidence(c)}")
    if out:
        print(f"== {d['doc']} ({d.get('published')})")
        print("\n".join(out))
