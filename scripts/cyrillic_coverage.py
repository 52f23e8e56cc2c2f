"""Which weapon-system families a Russian text can name: a family is reachable when it has a
Cyrillic alias, or when one of its names is a designation with a digit written in Latin
letters (Russian news keeps "F-16", "J-10C", "HQ-9" in Latin) or in letters that look alike in
both scripts ("Т-72", "С-300" fold to the Latin key). Prints the counts and the families that
are reachable by no name, by file; ``--all`` lists every family with no Cyrillic alias.

Usage: python scripts/cyrillic_coverage.py [--all]"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "armsledger" / "extract" / "data"
CYRILLIC = re.compile("[А-Яа-яЁёІіЇїЄє]")
# A designation the Russian press writes in Latin letters: letters and a digit ("F-16"), or an
# acronym in capitals ("THAAD", "NASAMS").
LATIN_DESIGNATION = re.compile(r"^(?:(?=.*\d)[A-Za-z0-9 ./-]+|[A-Z][A-Z/-]{2,})$")
# Engines and sensors make no claim (gazetteer.NO_CLAIM_CATEGORIES).
SKIP = {"systems_engines.jsonl", "systems_sensors.jsonl"}


def main(argv: list[str]) -> int:
    total = cyrillic = latin = 0
    unreachable: dict[str, list[str]] = {}
    no_cyrillic: list[str] = []
    for path in sorted(DATA.glob("systems_*.jsonl")):
        if path.name in SKIP:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            names = [item["family"], *item.get("aliases", []), *item.get("variants", [])]
            total += 1
            if any(CYRILLIC.search(n) for n in names):
                cyrillic += 1
                continue
            no_cyrillic.append(item["family"])
            if any(LATIN_DESIGNATION.match(n) for n in names):
                latin += 1
            else:
                unreachable.setdefault(path.name, []).append(item["family"])
    print(
        f"families {total}: with a Cyrillic alias {cyrillic}, Latin designation only {latin}, "
        f"no name a Russian text would use {total - cyrillic - latin}"
    )
    for name, families in unreachable.items():
        print(f"\n{name} ({len(families)}): " + "; ".join(families))
    if "--all" in argv:
        print("\nno Cyrillic alias: " + "; ".join(no_cyrillic))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
