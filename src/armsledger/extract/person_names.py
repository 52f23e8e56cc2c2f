"""Names of people that are also names of weapons ("Ruslan Pukhov", "Haluk Bayraktar"): the
mentions layer reads an ambiguous system name beside a bare capitalised word as a person's
first name or surname, not as the system (text.surname_after, text.first_name_before)."""

from __future__ import annotations

from armsledger.extract.gazetteer import Entry
from armsledger.extract.rules import rule_table

_TABLE = rule_table()
SURNAME_AFTER = _TABLE["text.surname_after"]
FIRST_NAME_BEFORE = _TABLE["text.first_name_before"]
TITLE_CASE_AFTER = _TABLE["text.title_case_after"]
# How far back a first name is looked for: a long one ("Alexandros ") is ~12 characters.
FIRST_NAME_CHARS = 20


def personal_name(text: str, kept: list[tuple[int, int, str, Entry]], at: int, end: int) -> bool:
    """Whether the name of gazetteer hit ``at`` (ending at ``end``) stands beside a bare
    capitalised word that no other hit claims: a person's first name or surname. The caller
    has checked that no weapon noun follows it."""
    start = kept[at][0]
    after = SURNAME_AFTER.match(text, end)
    if after and not (at + 1 < len(kept) and kept[at + 1][0] < after.end()):
        return True
    before = FIRST_NAME_BEFORE.search(text, max(0, start - FIRST_NAME_CHARS), start)
    return (
        before is not None
        and not TITLE_CASE_AFTER.match(text, end)
        and not any(b > before.start() for _, b, _, _ in kept[max(0, at - 1) : at])
    )
