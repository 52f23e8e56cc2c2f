"""One alternation of many rules, dispatched on its first few characters.

``re`` tries an alternation's alternatives one by one at every position it scans. When what
each alternative's matches can start with is known ("deliver\\w*" starts with "del", "(?:sold|
sent)" with "sol" or "sen"), the alternatives that cannot start with the characters at hand
need not be tried: the union becomes a tree of look-aheads, one level per character, whose
leaves hold (in the original order) the alternatives that may start there, each cut down to
its own alternatives that may (``_restrict``). At any position the first alternative that
matches is the same as in the plain union, so the union finds the same matches with the same
group names (``name_k``: a copy per leaf that holds it).

The stage cues are all read in one such union a sentence. Dispatched on the first character
only, an English sentence was scanned in ~37 us; on three, in ~13 us (the study sets'
sentences, lower-cased; Russian ~19 -> ~11 us).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from armsledger.extract.pattern_cache import compile_pattern, stored
from armsledger.extract.scanning import (
    group_end,
    holds_any,
    prefilter,
    top_alternatives,
    without_groups,
)

# How many characters the union is dispatched on: a fourth level made the English cues no
# faster and the pattern (compiled once, when the rules are loaded) a tenth longer.
DEPTH = 3
# A class of more characters than this is no help to a dispatch ("\w", "[^,]"): any character.
MAX_CLASS = 64
# Past this many prefixes an alternative is read as starting with anything (a cost guard).
MAX_PREFIXES = 4096
MIN_MEMBERS = 2


@stored
def _characters(test: str) -> frozenset[str]:
    """Every character ``str.<test>`` holds for (its reading of the 1.1 million code points,
    ~0.2 s, is kept with the patterns: it changes only with the Python)."""
    return frozenset(filter(getattr(str, test), map(chr, range(sys.maxunicode + 1))))


# "\s" and "\d" as characters (29 and every decimal digit; fewer under re.ASCII); read once,
# here and by the skippers (patterns.py).
SPACES = _characters("isspace")
DIGITS = _characters("isdecimal")
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))

# A set of (prefix, exact): every match starts with one of the prefixes; "exact" when the
# match is the prefix itself (so what follows it in the pattern comes next), else what comes
# after the prefix is unknown. A prefix shorter than the depth that is not exact says "then
# anything".
_Prefixes = frozenset[tuple[str, bool]]
_ANYTHING: _Prefixes = frozenset([("", False)])
_EMPTY: _Prefixes = frozenset([("", True)])


def class_chars(
    items: list[tuple[Any, Any]], max_span: int, *, digits: bool = True
) -> set[str] | None:
    r"""The characters a class ``[...]`` matches, or None where it may match any: a negation,
    a range of ``max_span`` code points or more, a category other than "\s" (and "\d" when
    ``digits``)."""
    chars: set[str] = set()
    for kind, value in items:
        if kind is _c.LITERAL:
            chars.add(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] < max_span:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            chars |= SPACES
        elif digits and kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            chars |= DIGITS
        else:
            return None
    return chars


def _item(op: Any, av: Any, depth: int) -> _Prefixes:
    if op in _ZERO_WIDTH:  # a boundary or a look-around reads, it takes no character
        return _EMPTY
    if op is _c.LITERAL:
        return frozenset([(chr(av), True)])
    if op is _c.IN:
        chars = class_chars(av, MAX_CLASS, digits=False)
        if chars is None or len(chars) > MAX_CLASS:
            return _ANYTHING
        return frozenset((ch, True) for ch in chars)
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alternative in av[1]:
            out |= _sequence(alternative.data, depth)
            if len(out) > MAX_PREFIXES:
                return _ANYTHING
        return frozenset(out)
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _ANYTHING if add_flags or del_flags else _sequence(sub.data, depth)
    if op in _REPEATS:
        low, high, sub = av
        inner = _sequence(sub.data, depth)
        if (low, high) == (1, 1):
            return inner
        if (low, high) == (0, 1):
            return inner | _EMPTY
        # Repeated: one pass is known, what follows it is not.
        cut = frozenset((w, False) for w, _exact in inner)
        return cut | _EMPTY if low == 0 else cut
    return _ANYTHING


def _sequence(items: Iterable[tuple[Any, Any]], depth: int) -> _Prefixes:
    current: set[tuple[str, bool]] = {("", True)}
    for op, av in items:
        if all(len(w) >= depth or not exact for w, exact in current):
            break
        following = _item(op, av, depth)
        out: set[tuple[str, bool]] = set()
        for w, exact in current:
            if len(w) >= depth or not exact:
                out.add((w, exact))
                continue
            for v, v_exact in following:
                joined = w + v
                out.add((joined[:depth], v_exact and len(joined) <= depth))
        if len(out) > MAX_PREFIXES:
            return _ANYTHING
        current = out
    return frozenset(current)


@lru_cache(maxsize=4096)
@stored
def match_prefixes(source: str, depth: int = DEPTH) -> frozenset[str]:
    """Strings one of which starts every match of ``source`` (case-sensitive): each ``depth``
    characters long, or shorter where a match may end or its next character is unknown
    ("" for a pattern that may start with anything). A pattern that does not parse alone
    (a reference to a group outside it) may start with anything."""
    try:
        found = _sequence(_parser.parse(source).data, depth)
    except re.error:
        return frozenset([""])
    words = {w for w, _exact in found}
    # A prefix that extends another one says no more than it ("" covers "x").
    return frozenset(w for w in words if not any(w != v and w.startswith(v) for v in words))


def _fits(prefixes: frozenset[str], stem: tuple[frozenset[str], ...], short: bool) -> bool:
    """May a match with one of ``prefixes`` start where the text's first characters are in
    ``stem``'s classes? ``short``: only by a prefix no longer than the stem (one that may end,
    or go on with anything, within it)."""
    for w in prefixes:
        if short and len(w) > len(stem):
            continue
        if all(ch in cls for ch, cls in zip(w, stem, strict=False)):
            return True
    return False


_REFERENCE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")


def _head(source: str) -> str:
    """The opening of the plain or capturing group ``source`` starts with, else ""."""
    if source.startswith("(?P<"):
        return source[: source.index(">") + 1]
    if source.startswith("(?:"):
        return "(?:"
    return "(" if source.startswith("(") and not source.startswith("(?") else ""


def _restrict(source: str, after: str, stem: tuple[frozenset[str], ...]) -> str:
    """``source`` (followed in its pattern by ``after``) without the alternatives that cannot
    start a match where the text starts with ``stem``, in its top alternation and in the group
    that opens it (when matched exactly once): where the text starts so, those alternatives
    fail anyway, and the others keep their order."""
    parts = top_alternatives(source)
    if len(parts) > 1:
        kept = [p for p in parts if _fits(match_prefixes(p + after, len(stem)), stem, short=False)]
        return "|".join(_restrict(p, after, stem) for p in kept) or "(?!)"
    head = _head(source)
    if not head:
        return source
    close = group_end(source, 0)
    rest = source[close + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return source
    return head + _restrict(source[len(head) : close], rest + after, stem) + ")" + rest


def _class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def dispatched_union(alternatives: list[tuple[str, str]], depth: int = DEPTH) -> str:
    """``(?P<name>source)|...`` for ``(name, source)`` pairs, dispatched on up to ``depth``
    characters. A name appears once per leaf that holds it, as ``name_k``: the group that
    matched is ``lastgroup.partition("_")[0]``."""
    return _dispatched_union(tuple(alternatives), depth)


@stored
def _dispatched_union(alternatives: tuple[tuple[str, str], ...], depth: int) -> str:
    prefixes = [match_prefixes(source, depth) for _, source in alternatives]
    copies: dict[str, int] = {}

    def leaf(members: list[int], stem: tuple[frozenset[str], ...]) -> str:
        parts = []
        for i in members:
            name, source = alternatives[i]
            copies[name] = copies.get(name, 0) + 1
            # A reference to a group might point to one cut away: such a rule is kept whole.
            cut = _restrict(source, "", stem) if stem and not _REFERENCE.search(source) else source
            parts.append(f"(?P<{name}_{copies[name]}>{cut})")
        return "|".join(parts)

    def level(members: list[int], stem: tuple[frozenset[str], ...]) -> str:
        at = len(stem)
        following: dict[str, list[int]] = {}
        for i in members:
            for w in prefixes[i]:
                if len(w) > at and all(ch in cls for ch, cls in zip(w, stem, strict=False)):
                    following.setdefault(w[at], []).append(i)
        if at >= depth or len(members) < MIN_MEMBERS or not following:
            return leaf(members, stem)
        short = [i for i in members if _fits(prefixes[i], stem, short=True)]
        # Characters after which the same alternatives may follow share one branch.
        classes: dict[tuple[int, ...], set[str]] = {}
        for ch, starting in following.items():
            key = tuple(sorted(set(starting) | set(short)))
            classes.setdefault(key, set()).add(ch)
        before = "".join(_class(cls) for cls in stem)
        branches = [
            (chars, f"(?={before}{_class(chars)})(?:{level(list(key), (*stem, frozenset(chars)))})")
            for key, chars in sorted(classes.items(), key=lambda kv: min(kv[1]))
        ]
        # Branches grouped in blocks, each behind one class of its characters: a position is
        # tried against a block's class, then against its few branches, not against each.
        size = max(1, math.isqrt(len(branches)))
        out = []
        for start in range(0, len(branches), size):
            block = branches[start : start + size]
            if len(block) == 1:
                out.append(block[0][1])
                continue
            chars = set().union(*(chars for chars, _ in block))
            out.append(f"(?={before}{_class(chars)})(?:{'|'.join(b for _, b in block)})")
        if short:
            out.append(f"(?!{before}{_class(following)})(?:{leaf(short, stem)})")
        return "|".join(out)

    return level(list(range(len(alternatives))), ()) or "(?!)"


# A global inline flag ("(?i)...") applies to the whole pattern: such a source is not split.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@dataclass(frozen=True)
class LeanUnion:
    """A dispatched union, and the same union without the parts of its alternatives that may
    start a match at any position ("(?:\\w+\\s+)?years\\s+late": the dispatch must try them at
    every word) but cannot match without one of ``needs`` ("late", "behind").

    In a text holding none of ``needs`` such a part matches nowhere, so at every position the
    first part that matches is the same in both unions (the others keep their order and their
    group names): ``for_text`` picks the lean one, found 3x faster on English sentences (one
    stage cue, "stage.slip", has such a part: 46 -> 16 us a sentence of the generated corpus).

    ``find`` scans with the unions' group-free twins and names each match's alternative
    itself. ``re`` copies every group mark set so far at each branch it enters inside a repeat
    ("(?:\\S+\\s+){0,6}?"), and the stage cues' union has ~730 groups, one per copy of an
    alternative: a cue late in the union paid for the marks of all before it. Without groups
    the English cues were scanned ~3.5x faster (61 -> 17 us a generated sentence, same spans).

    The grouped unions (``lean``, ``full``, what ``for_text`` picks) and the whole one's twin
    are built when first asked for: most texts read lean, and building everything at once took
    ~40% of the English rules' loading (~1 s of a command's start).
    """

    lean_source: str
    needs: tuple[str, ...]
    alternatives: tuple[tuple[str, str], ...]  # as given to ``lean_union``
    prefix: str = ""
    # What ``find`` knows so far: the alternatives that may start with a text's first
    # characters (by those characters), and each alternative compiled alone.
    _starting: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    _alone: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False)

    @cached_property
    def lean(self) -> re.Pattern[str]:
        return compile_pattern(self.lean_source)

    @cached_property
    def full(self) -> re.Pattern[str]:
        if not self.needs:
            return self.lean  # nothing was left out: the lean union is the whole one
        return compile_pattern(self._full_source)

    @cached_property
    def _full_source(self) -> str:
        if not self.needs:
            return self.lean_source
        return f"{self.prefix}(?:{dispatched_union(list(self.alternatives))})"

    @cached_property
    def _lean_spans(self) -> re.Pattern[str] | None:
        free = without_groups(self.lean_source)
        return None if free is None else compile_pattern(free)

    @cached_property
    def _full_spans(self) -> re.Pattern[str] | None:
        free = without_groups(self._full_source)
        return None if free is None else compile_pattern(free)

    def for_text(self, text: str) -> re.Pattern[str]:
        return self.full if holds_any(text, self.needs) else self.lean

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """What ``for_text(text).finditer(text)`` finds: each match's span and the name of
        the alternative that matched (a name given to ``lean_union``)."""
        whole = holds_any(text, self.needs)
        scan = self._full_spans if whole else self._lean_spans
        if scan is None:  # a group is referred to: the grouped union, as it is
            grouped = self.full if whole else self.lean
            return [
                (m.start(), m.end(), m.lastgroup.partition("_")[0])
                for m in grouped.finditer(text)
                if m.lastgroup
            ]
        return [
            (m.start(), m.end(), self._named(text, m.start(), m.end())) for m in scan.finditer(text)
        ]

    def _named(self, text: str, start: int, end: int) -> str:
        """The alternative a match of the union at ``start`` is: the first, in the union's
        order, that matches there (the union tries them in that order; what follows the
        alternation is nothing, so that one's match is the union's)."""
        key = text[start : start + DEPTH]
        order = self._starting.get(key)
        if order is None:
            order = tuple(
                i
                for i, (_name, source) in enumerate(self.alternatives)
                if any(key.startswith(w) for w in match_prefixes(source))
            )
            self._starting[key] = order
        for i in order:
            alone = self._alone.get(i)
            if alone is None:
                alone = self._alone[i] = compile_pattern(self.alternatives[i][1])
            m = alone.match(text, start)
            if m is not None:
                if m.end() == end:
                    return self.alternatives[i][0]
                break
        # Not expected (the union and its alternatives disagree): the grouped union says.
        grouped = self.for_text(text).match(text, start)
        return ((grouped and grouped.lastgroup) or "").partition("_")[0]


def lean_union(alternatives: list[tuple[str, str]], prefix: str = "") -> LeanUnion:
    """``prefix`` and the dispatched union of ``alternatives`` (as ``dispatched_union``),
    whole and lean (see ``LeanUnion``), compiled case-sensitive."""
    needs: set[str] = set()
    lean: list[tuple[str, str]] = []
    for name, source in alternatives:
        kept, dropped = lean_source(source)
        needs.update(dropped)
        lean.append((name, kept))
    lean_source_ = f"{prefix}(?:{dispatched_union(lean)})"
    union = LeanUnion(lean_source_, tuple(sorted(needs)), tuple(alternatives), prefix)
    union._lean_spans  # noqa: B018 (the scanner every text needs, compiled with the rules)
    return union


# What may stand around the one group a rule's alternatives sit in ("\\b(?:a|b)\\b"):
# nothing, or a word boundary (zero-width: the group is matched once, as it is).
_AROUND = ("", "\\b")


@stored
def lean_source(source: str) -> tuple[str, tuple[str, ...]]:
    """``source`` without its alternatives that may start a match anywhere but need a word,
    and those words (none: ``source`` as it is). The alternatives are the top ones, or those
    of the one group the whole source is, with at most a word boundary on each side. In a
    text holding none of the words the two find the same matches (see ``LeanUnion``)."""
    if _REFERENCE.search(source) or _GLOBAL_FLAGS.search(source):
        return source, ()  # a reference might point into a part left out; a flag is global
    parts = top_alternatives(source)
    if len(parts) == 1:
        head = next((h for h in _AROUND[::-1] if source.startswith(h + "(?:")), None)
        if head is None:
            return source, ()
        close = group_end(source, len(head))
        tail = source[close + 1 :]
        if tail not in _AROUND:
            return source, ()
        inner, needs = lean_source(source[len(head) + 3 : close])
        return (f"{head}(?:{inner}){tail}", needs) if needs else (source, ())
    dropped = [p for p in parts if "" in match_prefixes(p) and _needs(p)]
    if not dropped:
        return source, ()
    kept = [p for p in parts if p not in dropped]
    return "|".join(kept) or "(?!)", tuple(sorted({w for p in dropped for w in _needs(p)}))


def _needs(source: str) -> tuple[str, ...]:
    """The words one of which every match of ``source`` holds (``prefilter``), or none."""
    try:
        return prefilter(source, 0) or ()
    except re.error:  # a part that does not parse alone is kept
        return ()


# A rule of at least this many alternatives is scanned by their dispatched union: on the
# generated stream's sentences "factuality.possible" (36) went from ~30 to ~10 us; a rule of
# a few alternatives gains nothing from the look-aheads.
MIN_DISPATCHED = 8
_NAMED = re.compile(r"\(\?P<\w+>")


def dispatched_scanner(source: str, flags: int) -> re.Pattern[str] | None:
    """``source`` as the dispatched union of its alternatives (``dispatched_union``), or None
    when it has fewer than ``MIN_DISPATCHED``. For a scanner: at each position the same
    alternative matches first, so it matches where ``source`` does, to the same end; its
    groups are not the rule's (each copy of an alternative has its own, named ones dropped)."""
    union = dispatched_scanner_source(source, flags)
    return None if union is None else compile_pattern(union, flags)


@stored
def dispatched_scanner_source(source: str, flags: int) -> str | None:
    """The source ``dispatched_scanner`` compiles."""
    if flags & ~re.UNICODE or _REFERENCE.search(source) or _GLOBAL_FLAGS.search(source):
        return None  # a flag would change how the source splits; a reference needs its group
    head, tail, body = "", "", source
    try:
        for around in _AROUND[::-1]:  # the one group the whole source is (``lean_source``)
            if body.startswith(around + "(?:"):
                close = group_end(body, len(around))
                if body[close + 1 :] in _AROUND:
                    head, tail, body = around, body[close + 1 :], body[len(around) + 3 : close]
                break
        parts = _flat(body)
        if len(parts) < MIN_DISPATCHED:
            return None
        # A boundary after the group is one after each alternative: (?:a|b)\b tries a\b,
        # then b\b, as the group does.
        alternatives = [(f"a{i}", _NAMED.sub("(?:", p) + tail) for i, p in enumerate(parts)]
        union = f"{head}(?:{dispatched_union(alternatives)})"
        # No group of it is read, and ~200 of them made re slow (scanning.without_groups).
        scan = without_groups(union) or union
        compile_pattern(scan, flags)  # one that does not compile leaves the rule as it is
        return scan
    except re.error:  # unbalanced as this module reads it, or too many groups: as it is
        return None


def _flat(source: str) -> list[str]:
    """The alternatives of ``source``, those of a group that is a whole alternative taken in
    its place ("a|(?:b|c)" -> a, b, c: the same alternatives tried in the same order)."""
    out: list[str] = []
    for part in top_alternatives(source):
        if part.startswith("(?:") and group_end(part, 0) == len(part) - 1:
            out += _flat(part[3:-1])
        else:
            out.append(part)
    return out
