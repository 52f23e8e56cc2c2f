"""Filters as a user types them: one resolver for the CLI, the web pages and the API.

A party may be typed as its ISO code in any case ("chn"), a country's name or short name
("China", "Türkiye", "Turkey"), its capital or government ("Beijing", "the Kremlin"), or, for a
non-state party, its name as the register displays it ("Houthis", in any case: it is never
upper-cased into a code). A system may be typed as its family ("S-400", "s400"), a variant
("F-16V") or an alias ("Triumf", "SA-21"). Names are looked up in the extractor's gazetteer
(the same table it read them with) and pycountry, then matched against what the register
holds. When a filter finds nothing, ``empty_note`` says what was looked for and the nearest
names the register knows.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, replace

from armsledger.extract.gazetteer import PARTY, STATE, SYSTEM, load_gazetteer
from armsledger.reconcile.countries import country_code, country_name
from armsledger.reconcile.deals import Deal, system_key
from armsledger.store import ClaimFilter, Register

# Suggestions shown for a filter that found nothing.
SUGGESTIONS = 3


@dataclass(frozen=True)
class Known:
    """The systems and parties (codes and non-state names) the register holds."""

    systems: frozenset[str]
    parties: frozenset[str]

    @classmethod
    def of_deals(cls, deals: Iterable[Deal]) -> Known:
        systems: set[str] = set()
        parties: set[str] = set()
        for d in deals:
            systems.add(d.system)
            parties.update(p for p in (d.supplier, d.recipient) if p)
        return cls(frozenset(systems), frozenset(parties))

    @classmethod
    def of_register(cls, register: Register) -> Known:
        systems, parties = register.distinct_names()
        return cls(frozenset(systems), frozenset(parties))


def _gazetteer(text: str, kinds: tuple[str, ...]) -> list[str]:
    return [entry.value for entry in load_gazetteer().named(text) if entry.kind in kinds]


def party(text: str | None, known: Known) -> str | None:
    """The register's value for a typed party (see the module doc); the text itself when
    nothing is known by that name (the filter then finds nothing, and says so)."""
    value = (text or "").strip()
    if not value:
        return None
    if value in known.parties:
        return value
    folded = value.casefold()
    same = sorted(p for p in known.parties if p.casefold() == folded)
    if same:
        return same[0]
    found = _gazetteer(value, (STATE, PARTY))
    code = country_code(value)
    if code:
        found.append(code)
    if len(value) == 3 and value.isalpha():
        found.append(value.upper())
    for candidate in found:
        if candidate in known.parties:
            return candidate
    return found[0] if found else value


def system(text: str | None, known: Known) -> str | None:
    """The register's spelling of a typed system family, variant or alias."""
    value = (text or "").strip()
    if not value:
        return None
    by_key = {system_key(s): s for s in sorted(known.systems)}
    if system_key(value) in by_key:
        return by_key[system_key(value)]
    for family in _gazetteer(value, (SYSTEM,)):
        return by_key.get(system_key(family), family)
    return value


def claim_filter(flt: ClaimFilter, known: Known) -> ClaimFilter:
    """``flt`` with its system and parties resolved to the register's values."""
    return replace(
        flt,
        system=system(flt.system, known),
        supplier=party(flt.supplier, known),
        recipient=party(flt.recipient, known),
    )


def empty_note(
    known: Known,
    *,
    system_text: str | None = None,
    supplier: str | None = None,
    recipient: str | None = None,
) -> str | None:
    """For a filter that found nothing: what was looked for, how it was read, and the nearest
    names the register knows for each field that it does not hold. None with no filter."""
    asked = []
    hints = []
    for field, typed in (("system", system_text), ("supplier", supplier), ("recipient", recipient)):
        value = (typed or "").strip()
        if not value:
            continue
        read = system(value, known) if field == "system" else party(value, known)
        shown = f"{field} {value!r}" + (f" (read as {read})" if read != value else "")
        asked.append(shown)
        pool = known.systems if field == "system" else known.parties
        if read not in pool:
            near = nearest(value, pool, field == "system")
            hints.append(
                f"the register has no {field} {value!r}"
                + (f"; nearest: {', '.join(near)}" if near else "")
            )
    if not asked:
        return None
    note = "nothing found for " + ", ".join(asked)
    return note + (" (" + "; ".join(hints) + ")" if hints else "")


def nearest(text: str, pool: Iterable[str], systems: bool) -> list[str]:
    """The names in ``pool`` closest to ``text``: parties by code and country name."""
    labels: dict[str, str] = {}
    for value in pool:
        if systems:
            labels[value.casefold()] = value
            continue
        name = country_name(value).rstrip("*")
        label = f"{name} ({value})" if name != value else value
        labels[value.casefold()] = label
        labels[name.casefold()] = label
    close = difflib.get_close_matches(text.casefold(), list(labels), n=SUGGESTIONS * 2, cutoff=0.5)
    return list(dict.fromkeys(labels[c] for c in close))[:SUGGESTIONS]
