"""Which ship family a name stands for, read from the system files alone (no automaton, no
rule table: a few milliseconds). A claim names a ship class as its article does
(``claims.as_told``: "Kilo", "Project 636", "Varshavyanka"), and the register still groups
one family's claims as one deal (``reconcile.deals.system_key``)."""

from __future__ import annotations

from functools import lru_cache

from armsledger.extract.gazetteer import name_key, system_files, system_records

SHIPS = "Ships"
# A ship's name as a claim tells it has lost its "-class" ("Kilo-class" -> "Kilo"): the key
# of each such alias without it also names the family.
CLASS_KEY_TAIL = "class"


@lru_cache(maxsize=1)
def ship_family_keys() -> dict[str, str]:
    """The key (``name_key``) of each name of a ship family, with and without its "-class",
    -> the key of the family's claim name (its designation, else its family name); a key
    that several families share, or that is another category's family's, is left out."""
    found: dict[str, set[str]] = {}
    others: set[str] = set()
    for path, text in system_files():
        for _, item in system_records(path, text):
            claim_key = name_key(item.get("designation") or item.get("family") or "")
            if item.get("category") != SHIPS:
                others.add(claim_key)
                continue
            names = (item.get("aliases") or []) + (item.get("variants") or [])
            for name in [item.get("family") or "", *names]:
                key = name_key(name)
                for k in {key, key.removesuffix(CLASS_KEY_TAIL)}:
                    if k:
                        found.setdefault(k, set()).add(claim_key)
    return {
        k: next(iter(v))
        for k, v in found.items()
        if len(v) == 1 and k not in others and next(iter(v)) != k
    }
