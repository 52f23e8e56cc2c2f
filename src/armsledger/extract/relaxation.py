"""A case-blind rule with case-sensitive parts, relaxed to scan the lower-cased text.

A case-blind rule with a case-sensitive group ("to\\s+(?-i:[a-z])": a lower-case word only) was
read case-blind at every position: "stage.exclusions", run over each sentence holding a cue,
took ~4x longer than when it had no such group. Its relaxation scans the lower-cased text:
wherever the rule matches the text, the relaxation matches the lowered text at the same place.
It may match where the rule does not ("to Lockheed"), so each place it finds is only where the
rule is tried (``patterns.RulePattern``), never a match itself.

The relaxation
- writes each case-sensitive group "(?-i:...)" as a plain group whose letters are lowered
  ("(?-i:[A-Z][a-z]+)" -> "(?:[a-z][a-z]+)"), checked item by item against the group: each
  character the group takes lowers to one its relaxation takes;
- drops each negative look-around that holds a case-sensitive group ("(?!\\s+(?-i:[A-Z]))"),
  and each negative look-around inside such a group ("(?-i:,(?<!January,))"): one forbids
  less without it, never more, and lowering the text would change what it forbids.
A rule whose case-sensitive parts cannot be so relaxed (a negated class, a back reference in
such a group, another flag) is read case-blind, as before.

Dropping those look-arounds let the rules whose case-sensitive group stood in one
("text.clause_break", "text.state_epithet", "stage.previous_conjunct") or held a capital
("factuality.denied_report_back", "stage.person_arrival") scan the lowered text too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from armsledger.extract.pattern_cache import stored
from armsledger.extract.scanning import group_end, outside_classes

CASED_GROUP = "(?-i:"
_NEGATIVE_LOOKS = ("(?!", "(?<!")
_FLAG_LETTERS = frozenset("aiLmsux-")
# A class of more code points than this in a case-sensitive group is not checked one by one:
# such a rule is read case-blind as before.
MAX_CLASS_POINTS = 4096
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))
# The categories a class may hold in a case-sensitive group: a character each takes lowers
# to one it takes ("\w", "\d", "\s"; not their negations).
_CATEGORY_TESTS: dict[Any, Callable[[str], object]] = {
    _c.CATEGORY_WORD: re.compile(r"\w").fullmatch,
    _c.CATEGORY_DIGIT: re.compile(r"\d").fullmatch,
    _c.CATEGORY_SPACE: re.compile(r"\s").fullmatch,
}


@stored
def relaxed_source(source: str, flags: int) -> str | None:
    """``source`` (case-blind) relaxed as above, matching the lower-cased text wherever
    ``source`` matches the text; None when it has no case-sensitive group or cannot be so
    relaxed."""
    if not flags & re.IGNORECASE or flags & (re.ASCII | re.VERBOSE | re.LOCALE):
        return None
    cased = flags & ~re.IGNORECASE
    try:
        widened = _without_negatives(source, only_flagged=True)
        if widened is None:
            return None
        parts: list[str] = []
        last = 0
        for at, ch in outside_classes(widened):
            if at < last or ch != "(" or not widened.startswith(CASED_GROUP, at):
                continue
            end = group_end(widened, at)
            body = _relaxed_body(widened[at + len(CASED_GROUP) : end], cased)
            if body is None:
                return None
            parts += [widened[last:at], "(?:", body]
            last = end
        parts.append(widened[last:])
        relaxed = "".join(parts)
        if relaxed == source or _has_flag_group(relaxed):
            return None
        re.compile(relaxed, cased)
    except re.error:
        return None
    return relaxed


def _relaxed_body(body: str, flags: int) -> str | None:
    """A case-sensitive group's body with its negative look-arounds dropped and its letters
    lowered, when each item of it takes the lowering of every character the body's takes."""
    widened = _without_negatives(body, only_flagged=False)
    if widened is None or _has_flag_group(widened):
        return None
    lowered = _lowered_letters(widened)
    if not _covers(_parser.parse(widened, flags).data, _parser.parse(lowered, flags).data):
        return None
    return lowered


def _without_negatives(source: str, *, only_flagged: bool) -> str | None:
    """``source`` without its negative look-arounds (``only_flagged``: those holding a flag
    group); None when one holds a capturing group (the groups after it would be renumbered,
    a condition on it would read otherwise)."""
    out: list[str] = []
    last = 0
    for at, ch in outside_classes(source):
        if at < last or ch != "(" or not source.startswith(_NEGATIVE_LOOKS, at):
            continue
        end = group_end(source, at) + 1
        look = source[at:end]
        if only_flagged and not _has_flag_group(look):
            continue
        if _captures(look):
            return None
        out.append(source[last:at])
        last = end
    out.append(source[last:])
    return "".join(out)


def _openers(source: str) -> list[str]:
    """What follows each "(" of ``source`` outside classes and escapes (two characters)."""
    return [source[at + 1 : at + 3] for at, ch in outside_classes(source) if ch == "("]


def _has_flag_group(source: str) -> bool:
    return any(o[:1] == "?" and o[1:2] in _FLAG_LETTERS for o in _openers(source))


def _captures(source: str) -> bool:
    return any(o[:1] != "?" or o == "?P" for o in _openers(source))


def _lowered_letters(source: str) -> str:
    # Escapes ("\\S", "\\x41") kept: a letter written as an escape fails the check of _covers.
    out: list[str] = []
    i = 0
    while i < len(source):
        step = 2 if source[i] == "\\" else 1
        out.append(source[i : i + step] if step == 2 else source[i].lower())
        i += step
    return "".join(out)


def _covers(old: list[tuple[Any, Any]], new: list[tuple[Any, Any]]) -> bool:
    """Whether ``new`` (the same items, lowered) takes the lowering of whatever ``old`` takes,
    item by item."""
    if len(old) != len(new):
        return False
    for (op, av), (new_op, new_av) in zip(old, new, strict=True):
        if op is not new_op:
            return False
        if op is _c.LITERAL:
            low = chr(av).lower()
            if len(low) != 1 or ord(low) != new_av:
                return False
        elif op is _c.IN:
            if not _class_covers(av, new_av):
                return False
        elif op in (_c.ANY, _c.AT):
            if av != new_av:
                return False
        elif op is _c.BRANCH:
            olds, news = av[1], new_av[1]
            if len(olds) != len(news):
                return False
            if not all(_covers(a.data, b.data) for a, b in zip(olds, news, strict=True)):
                return False
        elif op is _c.SUBPATTERN:
            if av[:3] != new_av[:3] or av[1] or av[2] or not _covers(av[3].data, new_av[3].data):
                return False
        elif op in _REPEATS:
            if av[:2] != new_av[:2] or not _covers(av[2].data, new_av[2].data):
                return False
        elif op is _c.ASSERT:  # a look-ahead or behind that must hold: the same, lowered
            if av[0] != new_av[0] or not _covers(av[1].data, new_av[1].data):
                return False
        else:  # a negated literal, a negative look-around, a back reference, a condition
            return False
    return True


def _class_points(items: list[tuple[Any, Any]]) -> tuple[set[int], set[Any]] | None:
    points: set[int] = set()
    categories: set[Any] = set()
    for op, av in items:
        if op is _c.LITERAL:
            points.add(av)
        elif op is _c.RANGE and av[1] - av[0] <= MAX_CLASS_POINTS:
            points.update(range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in _CATEGORY_TESTS:
            categories.add(av)
        else:
            return None  # a negated class, a wide range, a negated category
        if len(points) > MAX_CLASS_POINTS:
            return None
    return points, categories


def _class_covers(old: list[tuple[Any, Any]], new: list[tuple[Any, Any]]) -> bool:
    was, now = _class_points(old), _class_points(new)
    if was is None or now is None or not was[1] <= now[1]:
        return False
    new_points, new_categories = now
    for point in was[0]:
        low = chr(point).lower()
        if len(low) != 1:
            return False
        if ord(low) not in new_points and not any(_CATEGORY_TESTS[c](low) for c in new_categories):
            return False
    return True
