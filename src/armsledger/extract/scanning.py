"""What a rule's scan can be spared, worked out from its pattern when the table is loaded.

``patterns.RulePattern`` runs every rule through these: a prefilter of words every match holds
one of (a text without any is not scanned at all), and a scanner of the lower-cased text with
its alternatives' shared word boundary tested once (``factor_source``). Both are derived from
the rule table's own patterns, so a rule changed in the table is sped up alike; neither changes
a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from armsledger.extract.pattern_cache import compile_pattern, stored

# Prefilters: words a rule cannot match without, found in its pattern when the table is loaded.
#
# A scan (search, finditer) over a text holding none of them finds nothing, and ``in`` tests
# them far faster than re scans for the rule ("time.weekday" needs a weekday's name). Only
# words of at least PREFILTER_MIN_CHARS characters, at most PREFILTER_MAX_WORDS of them: a
# shorter word ("to", "19") is in nearly every sentence, so testing it first only adds cost.
# Up to 48 words: "stage.background_before" (44 words, read in the 80 characters before each
# system named) took ~11 ms of the English study sets' scans without its prefilter, ~5 ms
# with it; "roles.supplier_before" (28) 3.8 -> 2.5 ms; the few rules of 17 to 48 words whose
# scan was already cheap lost at most 0.2 ms each.
PREFILTER_MIN_CHARS = 3
PREFILTER_MAX_WORDS = 48
_Needs = frozenset[str] | None


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    # A loop: any() over a generator costs more than the few "in" tests themselves.
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


@stored
def prefilter(
    source: str, flags: int, max_words: int = PREFILTER_MAX_WORDS
) -> tuple[str, ...] | None:
    """Words every match of ``source`` (compiled with ``flags``, case-sensitive) holds one
    of, when they are few (at most ``max_words``) and long enough to be worth testing first;
    else None."""
    needs = _needs_of_sequence(list(_parser.parse(source, flags).data))
    if needs is None or len(needs) > max_words:
        return None
    if min(map(len, needs)) < PREFILTER_MIN_CHARS:
        return None
    return tuple(sorted(needs))


def _better(a: _Needs, b: _Needs) -> _Needs:
    """Of two word sets a match needs, the one cheaper to rule out: longer words, fewer."""
    if a is None or b is None:
        return b if a is None else a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _needs_of_sequence(items: list[tuple[Any, Any]]) -> _Needs:
    """One of the words a sequence's match must hold (letters in a row make a word)."""
    best: _Needs = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _needs_of_item(op, av))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def _needs_of_item(op: Any, av: Any) -> _Needs:
    if op is _c.BRANCH:
        alternatives = [_needs_of_sequence(alt.data) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None  # an alternative that needs nothing: the branch needs nothing
        return frozenset().union(*[a for a in alternatives if a is not None])
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _needs_of_sequence(sub.data)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _needs_of_sequence(sub.data) if low >= 1 else None
    # Lookarounds read outside the match; a class is one character, too short to test.
    return None


@stored
def without_groups(source: str) -> str | None:
    """``source`` with each capturing group, named or not, made a plain one: the same
    matches; None when the source refers to a group (a back reference, a condition).

    For a scanner, whose groups nobody reads: ``re`` copies every group mark set so far at
    each branch it enters inside a repeat ("(?:\\S+\\s+){0,6}?"), so a pattern of hundreds
    of groups (a dispatched union: one per copy of an alternative) paid for all of them at
    every such branch. The stage cues' union without its ~730 groups was scanned ~3.5x
    faster (61 -> 17 us a generated sentence, same spans)."""
    if _GROUP_REFERENCE.search(source):
        return None
    out: list[str] = []
    last = 0
    for at, ch in outside_classes(source):
        if ch != "(":
            continue
        if source.startswith("(?P<", at):
            out += [source[last:at], "(?:"]
            last = source.index(">", at) + 1
        elif not source.startswith("(?", at):
            out += [source[last:at], "(?:"]
            last = at + 1
    out.append(source[last:])
    return "".join(out)


# A back reference or a condition on a group ("(?P=year)", "(?(its)...)", "\\1"): its
# groups are read by the pattern itself.
_GROUP_REFERENCE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")


def scanner(source: str, flags: int) -> re.Pattern[str]:
    """``source`` compiled as the scanner of its lower-cased text, its alternatives' shared
    word boundary factored out (``factor_source``); as it is if that cannot compile."""
    plain = compile_pattern(source, flags)
    fast = _scanner_source(source, flags)
    if fast == source:
        return plain
    try:
        return compile_pattern(fast, flags)
    except re.error:  # unbalanced as this module reads it: scan it as it is
        return plain


@stored
def _scanner_source(source: str, flags: int) -> str:
    """The source ``scanner`` compiles: ``source`` itself where nothing is gained or the
    factoring fails."""
    if flags & ~re.UNICODE:
        return source  # a flag (verbose, multiline) would change how the source splits
    try:
        fast = factor_source(source)
    except re.error:
        return source
    return without_groups(fast) or fast  # no group of a scanner is read


def factor_source(source: str) -> str:
    """``source`` with each run of alternatives that open with a word boundary written as one
    boundary before their alternation: "\\bwill\\b|\\bmust\\b" -> "\\b(?:will\\b|must\\b)",
    at the top and in groups.

    re checks a branch's alternatives that open with a letter in one C loop, and enters each
    that opens with anything else: a boundary tested once instead of once per alternative made
    "factuality.expected" ~4x faster on the study sets' sentences. The boundary takes no
    character and succeeds or fails alike for every alternative, and the alternatives keep
    their order, so the pattern matches what it matched.
    """
    parts = [_factor_groups(part) for part in top_alternatives(source)]
    out: list[str] = []
    run: list[str] = []
    for part in [*parts, ""]:  # the empty part ends the last run
        if part.startswith(BOUNDARY) and len(part) > len(BOUNDARY):
            run.append(part[len(BOUNDARY) :])
            continue
        if len(run) > 1:
            out.append(BOUNDARY + "(?:" + "|".join(run) + ")")
        elif run:
            out.append(BOUNDARY + run[0])
        run = []
        out.append(part)
    return "|".join(out[:-1])


BOUNDARY = "\\b"
# Groups whose content is rewritten: not a look-behind, which must keep a fixed width, nor a
# flag, a comment or a condition.
_OPENERS = ("(?:", "(?P<", "(?=", "(?!")


def _factor_groups(source: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif ch == "[":
            end = _class_end(source, i)
            out.append(source[i:end])
            i = end
        elif ch == "(":
            close = group_end(source, i)
            head = next((o for o in _OPENERS if source.startswith(o, i)), "")
            if head == "(?P<":
                head = source[i : source.index(">", i) + 1]
            elif not head and not source.startswith("(?", i):
                head = "("
            if head:
                out.append(head + factor_source(source[i + len(head) : close]) + ")")
            else:
                out.append(source[i : close + 1])
            i = close + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _class_end(source: str, i: int) -> int:
    """Where the class opening at ``i`` ends (past its "]")."""
    i += 1 + (source[i + 1 : i + 2] == "^")
    i += source[i : i + 1] == "]"  # a "]" first in a class is a letter
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def outside_classes(source: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """Each character of ``source`` from ``i`` on, with its index, that is neither escaped
    nor inside a character class: the pattern's own structure."""
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
        elif ch == "[":
            i = _class_end(source, i)
        else:
            yield i, ch
            i += 1


def group_end(source: str, i: int) -> int:
    """The index of the ")" closing the group opening at ``i``."""
    depth = 0
    for at, ch in outside_classes(source, i):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return at
    raise re.error("unbalanced parenthesis")


def top_alternatives(source: str) -> list[str]:
    """``source`` split at each "|" outside groups and classes ("a|(b|c)" -> "a", "(b|c)")."""
    return list(_split_alternatives(source))


# Sources split, kept: the dispatched union of the stage cues (dispatch.dispatched_union)
# splits each cue again for every leaf that holds it, a loop over its characters each time.
SPLIT_CACHE = 8192


@lru_cache(maxsize=SPLIT_CACHE)
def _split_alternatives(source: str) -> tuple[str, ...]:
    parts: list[str] = []
    depth, start = 0, 0
    for at, ch in outside_classes(source):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
    parts.append(source[start:])
    return tuple(parts)


# ASCII twins. A pattern that opens with a class is scanned by re in one C loop to the next
# character the class holds, but a class holding "\d", "\s" or "\w" is tested one category
# call a character: "text.designation" ("[A-Z\d]...", read over every article) took ~60 us a
# generated article, ~26 us opening with "[A-Z0-9]". In an ASCII text the categories match
# exactly these characters (str.isspace counts \x1c-\x1f as space), so a twin whose opening
# class has them written out finds the same matches there, with the same groups. Only the
# opening class: elsewhere "[\t-\r\x1c- ]+" was slower than "\s+".
_ASCII_CATEGORY = {"d": "0-9", "s": "\\t-\\r\\x1c- ", "w": "a-zA-Z0-9_"}


@stored
def ascii_source(source: str, flags: int) -> str | None:
    """``source`` for ASCII texts only, its opening class's categories written as the
    characters they match there; None when it opens with no such class, or when that cannot
    be written ("[^\\W]": a negated category; a verbose pattern)."""
    if flags & (re.VERBOSE | re.ASCII | re.LOCALE) or not source.startswith("["):
        return None
    end = _class_end(source, 0)
    body = source[:end]
    out: list[str] = []
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            name = body[i + 1]
            if name.lower() in _ASCII_CATEGORY and name not in _ASCII_CATEGORY:
                return None  # "\\D", "\\S", "\\W" in a class
            out.append(_ASCII_CATEGORY.get(name, body[i : i + 2]))
            i += 2
            if name in _ASCII_CATEGORY and body[i : i + 1] == "-":
                out.append("\\-")  # "[\\w-]": a hyphen after a category is no range
                i += 1
        else:
            out.append(body[i])
            i += 1
    written = "".join(out)
    return written + source[end:] if written != body else None
