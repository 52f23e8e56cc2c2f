"""A system's own source named right after it, within its noun phrase ("two A400M transports
from Spain", "A-29 aircraft from the United States": roles.own_from). Read by the parties layer
(``owners``), where a list gives each system its own source, and by the decider (``scorer``),
which keeps that source where it would take an earlier item's seller for every item."""

from __future__ import annotations

from collections.abc import Sequence

from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table

_OWN_FROM = rule_table()["roles.own_from"]


def own_source_in(
    text: str,
    parties: Sequence[Mention],
    system: Mention,
    systems: Sequence[Mention] = (),
) -> str | None:
    """The party named as ``system``'s own source right after it in ``text``, if one is: the
    first party after it, with only the system's own words and "from" between (a system of
    ``systems`` standing before that party ends the search)."""
    after = [p for p in parties if p.start >= system.end and p.party is not None]
    if not after:
        return None
    first = min(after, key=lambda p: p.start)
    if any(system.end <= m.start < first.start for m in systems):
        return None
    between = text[system.end : first.start]
    return first.party if _OWN_FROM.search(between) is not None else None
