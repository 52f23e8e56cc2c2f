"""Layer 1, mentions: a state's own institution named bare ("The Navy has received two
frigates", "the government decided to donate", "the ministry signed for twelve jets") stands for
a state, as "the Philippine Navy" does. Which one the article tells: the state it named that
institution for first ("the Philippine Navy ... The Navy"; a later one is most often another
state's design or deal told in passing: "a copy of the Freedonian Navy's older frigates"), else
the state of its dateline ("MANILA —"). English; an article that names neither leaves the
institution no party."""

from __future__ import annotations

import bisect

from armsledger.extract.gazetteer import DEMONYM, STATE
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table

_TABLE = rule_table()
_BARE = _TABLE["roles.bare_institution"]
_NAMED_AFTER = _TABLE["roles.institution_named_after"]
_NAMED_BEFORE = _TABLE["roles.institution_named_before"]
_DATELINE = _TABLE["roles.dateline_place"]
_PLACE = _TABLE["roles.institution_place"]
_KEY = _TABLE["roles.institution_key"]
# How far before a state the institution it names may stand ("the Ministry for Home Defence
# of Ruritania": ~35 characters), and after it ("Ruritania's Ministry for Home Defence").
NAMED_CHARS = 45
# "in the " before a state that sets the sentence's place (roles.institution_place).
PLACE_CHARS = 8


def _key(words: str) -> str | None:
    """The institution ``words`` name first (roles.institution_key), if one."""
    m = _KEY.search(" ".join(words.split()))
    return None if m is None else m.lastgroup


def _states(found: list[Mention]) -> list[Mention]:
    return [m for m in found if m.kind in (STATE, DEMONYM) and m.code]


def _named_keys(text: str, state: Mention) -> frozenset[str]:
    """The institutions ``state`` is named with: inside its own name ("the Philippine Navy"),
    right after it ("Ruritania's defence ministry"), or before it ("the Government of
    Ruritania")."""
    keys = set()
    own = _key(text[state.start : state.end])
    if own is not None:
        keys.add(own)
    after = text[state.end : state.end + NAMED_CHARS]
    for m in _KEY.finditer(after):
        if m.lastgroup and _NAMED_AFTER.fullmatch(after[: m.start()]):
            keys.add(m.lastgroup)
    before = text[max(0, state.start - NAMED_CHARS) : state.start]
    of = before.rfind(" of ")
    if of >= 0 and _NAMED_BEFORE.fullmatch(before[of:]):
        named = _key(before[:of])
        if named is not None:
            keys.add(named)
    return frozenset(keys)


def _dateline(text: str, states: list[Mention]) -> str | None:
    """The state of the article's dateline, if it opens a line ("MANILA — ...")."""
    for m in states:
        line_start = text.rfind("\n", 0, m.start) + 1
        if text[line_start : m.start].strip():
            continue
        name = text[m.start : m.end]
        if name.isupper() and _DATELINE.match(text, m.end):
            return m.code
    return None


def bare_institutions(text: str, found: list[Mention]) -> list[Mention]:
    """A state mention for each institution ``text`` names bare, where the article tells whose
    it is (``found``: the article's other mentions, in order)."""
    if _BARE.search(text) is None:
        return []
    states = _states(found)
    dateline = _dateline(text, states)
    keys: dict[int, frozenset[str]] = {}  # each state's institutions, read once
    ends = [s.end for s in states]  # in order, as the mentions are
    out = []
    for m in _BARE.finditer(text):
        key = _key(m.group("head"))
        if key is None:
            continue
        before = states[: bisect.bisect_right(ends, m.start())]
        if not before and dateline is None:
            continue
        opens = max(text.rfind(stop, 0, m.start()) for stop in (". ", "\n", "? ", "! ")) + 1
        here = [
            s
            for s in before
            if opens <= s.start
            and _PLACE.search(text, max(0, s.start - PLACE_CHARS), s.start)
            # set off by a comma, as a fronted place is ("In Ecuador, the navy ..."); not a
            # place inside a phrase ("the conflict in Ukraine, the government said")
            and text[s.end : s.end + 1] == ","
            and (s.start - opens <= PLACE_CHARS or text[s.end + 1 : s.end + 8] == " where ")
        ]
        code = here[-1].code if here else None
        for s in before if code is None else ():
            if s.start not in keys:
                keys[s.start] = _named_keys(text, s)
            if key in keys[s.start]:
                code = s.code
                break
        code = code or dateline
        if code is not None:
            out.append(Mention(m.start("head"), m.end("head"), STATE, code, code))
    return out
