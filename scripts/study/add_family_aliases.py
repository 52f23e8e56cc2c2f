"""Add the extractor's family name of each gold system (found by the gazetteer from the gold's
system and aliases) to that claim's aliases in a written set, so that a naming convention
("S26T" for the gazetteer's family) is not scored as an error. Rewrites the set's gold.

    python scripts/study/add_family_aliases.py NAME"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import WRITTEN, jsonl, score

from armsledger.extract.gazetteer import load_gazetteer, name_key

name = sys.argv[1]
gazetteers = [load_gazetteer(lang) for lang in ("en", "ru")]
path = WRITTEN / name / "gold.jsonl"
rows = jsonl(path)
added = 0
for row in rows:
    for c in row.get("claims", []):
        aliases = list(c.get("aliases") or [])
        families = set()
        for n in [c["system"], *aliases]:
            for gaz in gazetteers:
                families |= {
                    gaz.families[e.value].name
                    for e in gaz.named(n)
                    if e.kind == "system" and e.value in gaz.families
                }
                if (k := gaz.keys.get(name_key(n))) and k in gaz.families:
                    families.add(gaz.families[k].name)
        for f in sorted(families):
            if score.norm_system(f) != score.norm_system(c["system"]) and f not in aliases:
                aliases.append(f)
                added += 1
        if aliases:
            c["aliases"] = aliases
with open(path, "w", encoding="utf-8") as fh:
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"{name}: {added} aliases added")
