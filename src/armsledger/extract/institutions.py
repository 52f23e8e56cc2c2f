"""Layer 1, mentions: a state's own institution named bare ("The Navy has received two
frigates", "the government decided to donate", "the ministry signed for twelve jets") stands for
a state, as "the Philippine Navy" does. Which one the article tells: the state it named that
institution for before ("the Philippine Navy ... The Navy"), else the state of its dateline
("MANILA —"). English; an article that names neither leaves the institution no party."""

from __future__ import annotations

from armsledger.extract.gazetteer import DEMONYM, STATE
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table

_TABLE = rule_table()
_BARE = _TABLE["roles.bare_institution"]
_NAMED_AFTER = _TABLE["roles.institution_named_after"]
_NAMED_BEFORE = _TABLE["roles.institution_named_before"]
_DATELINE = _TABLE["roles.dateline_place"]
_PLACE = _TABLE["roles.institution_place"]
# The institution's key word, and the words that name it: a cabinet is the government's, a
# ministry of defence a ministry.
_KEYS = (
    ("navy", ("navy",)),
    ("air force", ("air force",)),
    ("army", ("army",)),
    ("forces", ("defence forces", "defense forces", "armed forces")),
    ("government", ("government", "cabinet")),
    ("ministry", ("ministry",)),
)
# How far before a state the institution it names may stand ("the Ministry of National Defence
# of Ruritania": ~35 characters), and after it ("Ruritania's Ministry of National Defence").
NAMED_CHARS = 45
# "in the " before a state that sets the sentence's place (roles.institution_place).
PLACE_CHARS = 8


def _key(words: str) -> str | None:
    low = " ".join(words.lower().split())
    return next((key for key, names in _KEYS if any(n in low for n in names)), None)


def _states(found: list[Mention]) -> list[Mention]:
    return [m for m in found if m.kind in (STATE, DEMONYM) and m.code]


def _named_for(text: str, state: Mention, key: str) -> bool:
    """Whether ``state`` is named with the institution ``key``: inside its own name ("the
    Philippine Navy"), right after it ("Ruritania's defence ministry"), or before it ("the
    Government of Ruritania")."""
    if _key(text[state.start : state.end]) == key:
        return True
    after = text[state.end : state.end + NAMED_CHARS].lower()
    for name in dict(_KEYS)[key]:
        at = after.find(name)
        if at >= 0 and _NAMED_AFTER.fullmatch(after[:at]):
            return True
    before = text[max(0, state.start - NAMED_CHARS) : state.start]
    of = before.rfind(" of ")
    return of >= 0 and _key(before[:of]) == key and bool(_NAMED_BEFORE.fullmatch(before[of:]))


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
    out = []
    for m in _BARE.finditer(text):
        key = _key(m.group("head"))
        if key is None:
            continue
        opens = max(text.rfind(stop, 0, m.start()) for stop in (". ", "\n", "? ", "! ")) + 1
        here = [
            s
            for s in states
            if opens <= s.start
            and s.end <= m.start()
            and _PLACE.search(text, max(0, s.start - PLACE_CHARS), s.start)
            # set off by a comma, as a fronted place is ("In Ecuador, the navy ..."); not a
            # place inside a phrase ("the conflict in Ukraine, the government said")
            and text[s.end : s.end + 1] == ","
            and (s.start - opens <= PLACE_CHARS or text[s.end + 1 : s.end + 8] == " where ")
        ]
        named = [s for s in states if s.end <= m.start() and _named_for(text, s, key)]
        code = here[-1].code if here else named[-1].code if named else dateline
        if code is not None:
            out.append(Mention(m.start("head"), m.end("head"), STATE, code, code))
    return out
