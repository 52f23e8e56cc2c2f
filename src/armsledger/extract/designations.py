"""Designations the gazetteer has never seen ("Type-054A frigates", "delivered KS-1A to Egypt").

A designation-shaped name (``text.designation``; not ``text.not_designation``) becomes a system
mention when a category noun follows it (``text.designation_kind``: the category comes from the
rule table's ``nouns``) or when it sits in a transfer frame, a transfer verb before it
(``text.designation_frame_before``) and "to"/"from" a party after it
(``text.designation_frame_after``). A name the gazetteer knows under another spelling
("Type-054A" for "Type 054A") is folded into its family; the rest get a family of their own,
marked ``recognised=False`` so an analyst can tell them from gazetteer hits.

Engines and sensors are mostly named as fits of a platform (``NO_CLAIM_CATEGORIES``), so an
unseen engine or radar counts only in a transfer frame, and a known one never.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from armsledger.extract.cue_rules import load_rules
from armsledger.extract.gazetteer import (
    NO_CLAIM_CATEGORIES,
    SYSTEM,
    Family,
    Gazetteer,
    name_key,
)
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table

_TABLE = rule_table()
DESIGNATION = _TABLE["text.designation"]
NOT_DESIGNATION = _TABLE["text.not_designation"]
KIND_AFTER = _TABLE["text.designation_kind"]
FRAME_BEFORE = _TABLE["text.designation_frame_before"]
FRAME_AFTER = _TABLE["text.designation_frame_after"]
# How far before a designation its transfer verb and determiners are looked for.
FRAME_BEFORE_CHARS = 60
# A designation no frame or noun vouches for is taken when the same name was vouched for
# elsewhere in the document; past this many candidates a text is a table, not prose.
MAX_CANDIDATES = 400


@dataclass(frozen=True)
class Designation:
    """A designation-shaped name in the text, with what vouches for it."""

    start: int
    end: int
    name: str  # as written, without a plural "s"
    category: str  # from the noun after it; "" when none says
    framed: bool  # a transfer verb before it (the party after is checked with the mentions)
    after: int  # where the noun phrase it heads ends ("XTF-80 turbofans| to India")


def candidates(text: str) -> list[Designation]:
    """Every designation-shaped name of ``text`` a noun or a transfer verb vouches for, and
    every other occurrence of the names vouched for; cheap when the text holds none."""
    found: list[Designation] = []
    vouched: set[str] = set()
    for i, m in enumerate(DESIGNATION.finditer(text)):
        if i == MAX_CANDIDATES:
            break
        name = _singular(m.group())
        if NOT_DESIGNATION.fullmatch(name):
            continue
        category, after = _category_after(text, m.end())
        framed = FRAME_BEFORE.search(text[max(0, m.start() - FRAME_BEFORE_CHARS) : m.start()])
        end = m.start() + len(name)
        found.append(Designation(m.start(), end, name, category, bool(framed), max(after, end)))
        if category or framed:
            vouched.add(name_key(name))
    return [d for d in found if name_key(d.name) in vouched]


def _singular(surface: str) -> str:
    # "Type-054As", "KS-1As": a plural "s" after a digit or a capital is no variant letter.
    if (
        len(surface) > 2
        and surface.endswith("s")
        and (surface[-2].isdigit() or surface[-2].isupper())
    ):
        return surface[:-1]
    return surface


def _category_after(text: str, end: int) -> tuple[str, int]:
    """The category of the noun phrase right after a designation: its last noun names what
    the thing is ("fighter jet engines" are engines), and at one place the longest noun wins
    ("missile systems" are air defence, "missile" alone a missile). Also where the noun ends."""
    m = KIND_AFTER.match(text, end)
    if m is None:
        return "", end
    category, at, last = "", m.end(), end
    rules = load_rules()
    while True:
        # The union of every category's nouns matches where one of them does: where it does
        # not (mostly after the noun phrase's last noun), the categories are not tried one by one.
        if rules.any_category_noun.match(text, at) is None:
            return category, last
        best, length = "", 0
        for name, pattern in rules.category_nouns.items():
            noun = pattern.match(text, at)
            if noun is not None and noun.end() - at > length:
                best, length = name, noun.end() - at
        if not best:
            return category, last
        category, at = best, at + length
        last = at
        while at < len(text) and text[at] in " -":
            at += 1


def add_unseen(
    gaz: Gazetteer, text: str, mentions: list[Mention], found: list[Designation]
) -> tuple[list[Mention], Gazetteer]:
    """``mentions`` with the designations in ``found`` that no gazetteer name covers, and the
    gazetteer with a family for each unseen one (a copy; the shared one is left alone)."""
    if not found:
        return mentions, gaz
    # A name right beside a system the gazetteer knows is that system's designation
    # ("EC-725 Caracal helicopters"), not another one.
    taken = [(m.start - 2, m.end + 2) if m.kind == SYSTEM else (m.start, m.end) for m in mentions]
    parties = {m.start: m for m in mentions if m.party is not None}
    free = [d for d in found if not _overlaps(taken, d)]
    # What the document says of each unseen name anywhere: its noun, and whether a transfer
    # frame holds it ("delivered AB-12 to Peru"); one name keeps one sense in a document.
    category: dict[str, str] = {}
    framed: set[str] = set()
    for d in free:
        if d.category:
            category.setdefault(d.name, d.category)
        if d.framed and _party_after(text, d, parties):
            framed.add(d.name)
    new: dict[str, Family] = {}
    added: list[Mention] = []
    for d in free:
        key = name_key(d.name)
        if key in gaz.withheld or _stem(key) in gaz.withheld:
            continue  # a known engine or sensor: a component fit, never a claim yet
        family = _fold(gaz.keys, key)
        if family is not None:
            # Known under another spelling ("Type-054A"), where a noun or a frame vouches for
            # it: a name that may be a common word or a number ("Type 26") keeps the
            # gazetteer's need for a weapon noun.
            if d.category or (d.framed and _party_after(text, d, parties)):
                added.append(Mention(d.start, d.end, SYSTEM, family, None))
            continue
        kind = category.get(d.name, "")
        if (kind in NO_CLAIM_CATEGORIES or not kind) and d.name not in framed:
            continue
        new.setdefault(d.name, Family(d.name, kind, (), recognised=False))
        added.append(Mention(d.start, d.end, SYSTEM, d.name, None))
    if not added:
        return mentions, gaz
    merged = sorted([*mentions, *added], key=lambda m: m.start)
    if new:
        gaz = replace(gaz, families={**gaz.families, **new})
    return merged, gaz


def _overlaps(spans: list[tuple[int, int]], d: Designation) -> bool:
    # ``spans`` come sorted by start (mentions are) and never overlap one another, save the
    # two characters of slack a system gets: the one starting last before d.end decides, or
    # the one before it.
    i = bisect.bisect_left(spans, (d.end, d.end))
    return any(s < d.end and d.start < e for s, e in spans[max(0, i - 2) : i])


def _party_after(text: str, d: Designation, parties: dict[int, Mention]) -> bool:
    m = FRAME_AFTER.match(text, d.after)
    # A state's name may hold its article ("the Netherlands"), which the frame consumed.
    return m is not None and any(at in parties for at in range(m.end() - 4, m.end() + 1))


def _fold(known: dict[str, str], key: str) -> str | None:
    """The family a known name under another spelling belongs to: "type054a" is "Type 054A",
    "ks1am" is "KS-1" plus variant letters."""
    return known.get(key) or known.get(_stem(key))


def _stem(key: str) -> str:
    """A key without its variant letters ("ks1am" -> "ks1"), or "" when it has none or no
    number before them (a plain word is no designation with variant letters)."""
    stem = key.rstrip("abcdefghijklmnopqrstuvwxyz")
    return stem if stem != key and stem[-1:].isdigit() else ""
