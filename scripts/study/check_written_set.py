"""Check a written set before it is scored: the record format of ``../shared/eval``, ISO codes,
stages, factuality, dates, evidence copied exactly from the text, a gold line for every
document, and no run of eight words shared with the lent texts, the seeds or another written
set (the words of a set for measuring only are not shown).

    python scripts/study/check_written_set.py NAME"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL, WRITTEN, jsonl, protected, word_runs

STAGES = {"negotiation", "agreement", "production", "delivery", "postponed", "cancelled"}
FACTS = {"asserted", "denied", "expected", "possible"}
RUN = 8
try:
    import pycountry

    ISO3: set[str] | None = {c.alpha_3 for c in pycountry.countries}
except ImportError:
    ISO3 = None


def claim_problems(where: str, c: dict[str, Any], text: str) -> list[str]:
    out = []
    if not c.get("system"):
        out.append(f"{where}: no system")
    for field in ("supplier", "recipient"):
        v = c.get(field)
        if v is not None and (not re.fullmatch(r"[A-Z]{3}", v) or (ISO3 and v not in ISO3)):
            out.append(f"{where}: {field} {v!r} is not ISO 3166-1 alpha-3")
    if c.get("stage") not in STAGES:
        out.append(f"{where}: stage {c.get('stage')!r}")
    if c.get("factuality") not in FACTS:
        out.append(f"{where}: factuality {c.get('factuality')!r}")
    w = c.get("when")
    if w is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(w)):
        out.append(f"{where}: when {w!r}")
    if not isinstance(c.get("sources"), list) or not c["sources"]:
        out.append(f"{where}: sources must be a non-empty list (null allowed in it)")
    if not isinstance(c.get("via", []), list):
        out.append(f"{where}: via must be a list")
    ev = c.get("evidence")
    if not isinstance(ev, str) or ev not in text:
        out.append(f"{where}: evidence must be a sentence copied exactly from the text")
    return out


def main(name: str) -> int:
    root = WRITTEN / name
    problems: list[str] = []
    docs = {}
    for n, d in enumerate(jsonl(root / "docs.jsonl"), 1):
        problems += [
            f"docs.jsonl:{n}: missing {f}"
            for f in ("id", "url", "published", "title", "text")
            if f not in d
        ]
        if d.get("published") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
            problems.append(f"docs.jsonl:{n}: published must be YYYY-MM-DD or null")
        docs[d["id"]] = d
    seen = set()
    count = 0
    for n, g in enumerate(jsonl(root / "gold.jsonl"), 1):
        doc = docs.get(g.get("doc"))
        if doc is None:
            problems.append(f"gold.jsonl:{n}: doc {g.get('doc')!r} not in docs.jsonl")
            continue
        seen.add(g["doc"])
        if g.get("published") != doc.get("published"):
            problems.append(f"gold.jsonl:{n}: published differs from docs.jsonl")
        for c in g.get("claims", []):
            count += 1
            problems += claim_problems(
                f"gold.jsonl:{n} ({g['doc']}, {c.get('system')})", c, doc["text"]
            )
    problems += [
        f"gold.jsonl: no line for doc {i} (a negative has claims: [])"
        for i in docs
        if i not in seen
    ]
    mine = {i: word_runs(d["text"], RUN) for i, d in docs.items()}
    others = [(p.parent.name, p) for p in EVAL.glob("*/docs.jsonl")]
    others += [(p.parent.name, p) for p in WRITTEN.glob("*/docs.jsonl") if p.parent.name != name]
    for other, path in others:
        theirs: set[str] = set()
        for d in jsonl(path):
            theirs |= word_runs(d.get("text", ""), RUN)
        for doc_id, g in mine.items():
            if hit := g & theirs:
                shown = (
                    "(a set for measuring only: rephrase)" if protected(other) else sorted(hit)[0]
                )
                problems.append(
                    f"{doc_id}: {len(hit)} {RUN}-word runs shared with {other}: {shown}"
                )
    for seed in (EVAL.parent / "seeds").glob("*"):
        theirs = word_runs(seed.read_text(errors="replace"), RUN)
        for doc_id, g in mine.items():
            if hit := g & theirs:
                problems.append(f"{doc_id}: {len(hit)} {RUN}-word runs shared with a seed")
    for p in problems:
        print("PROBLEM", p)
    print(f"{name}: {len(docs)} docs, {count} claims, {len(problems)} problems")
    print("OK" if not problems else "FIX THE PROBLEMS ABOVE AND RUN AGAIN")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
