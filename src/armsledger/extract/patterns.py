"""A rule's compiled pattern, run the fast way for its case.

Python's ``re`` cannot skip ahead in a case-blind pattern: at every position it compares each
alternative letter by letter, folding case as it goes. Run as a case-sensitive pattern over
the lower-cased text, the same rule is about four times faster on news text (a reference-noun
rule: 14.9 -> 3.6 us a sentence; a weapon-noun rule: 39.7 -> 8.6 us; measured on 20,000
sentences of ``bench/corpus.py``). Lower-casing keeps every offset where it keeps the length,
so a hit found in the lower-cased text is taken again from the original at the same offset:
callers get the original's match object (its groups in the text's own case), only faster to
find, and texts whose length lower-casing changes ("İ") are read by the case-blind pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _parser  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from armsledger.extract.dispatch import dispatched_scanner, lean_source
from armsledger.extract.pattern_cache import compile_pattern, stored
from armsledger.extract.relaxation import relaxed_source
from armsledger.extract.scanning import (
    ascii_source,
    holds_any,
    prefilter,
    scanner,
)
from armsledger.extract.skippers import SKIP_END, skipper
from armsledger.extract.skippers import first_chars as first_chars  # the tests read it here


def _odd_cased() -> frozenset[str]:
    """The characters that ``re`` folds to a letter other than their own lower case ("ı" is
    "I" blind, "ſ" is "S", "ᲀ" is "В"): a text holding one is read by the case-blind pattern."""
    try:
        from re._casefix import _EXTRA_CASES

        chars = {chr(c) for k, vs in _EXTRA_CASES.items() for c in (k, *vs)}
    except ImportError:  # another Python: every cased character outside ASCII is checked
        chars = {chr(c) for c in range(0x80, 0x10000) if chr(c).lower() != chr(c).upper()}
    return frozenset(c for c in chars if len(c.upper()) != 1 or c.upper().lower() != c)


ODD_CASED = _odd_cased()
# ``may_hold`` tests up to this many words: once a sentence, against a search of each of its
# slices ("stage.background_before", 51 words, 80 characters before each system: a search took
# ~6.7 us, the 51 words in a sentence ~3 us, and only 2 % of the generated stream's hold one).
WIDE_WORDS = 128
# An inline flag group ("(?-i:[а-яё])" reads capitals apart): lower-casing the text would
# change what it matches, so such a rule is read case-blind.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
_ODD = re.compile("[" + "".join(map(re.escape, sorted(ODD_CASED))) + "]")

# The text lower-cased last: many rules read one sentence or one document in a row, and a
# string's identity proves its content (str is immutable), so each text is lowered once.
_last: tuple[str, str | None] = ("", "")
# The last texts lowered, by content: the rules of a sentence read it, a slice of it, then it
# again (a cue's clause, the words before a mention): on the study sets two lowerings in five
# were of a text read a few calls before, most of them a new slice with the same content.
RECENT_TEXTS = 64
_recent: dict[str, str | None] = {}


def lowered(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive pattern over it finds what a case-blind one
    finds over ``text`` (same length, no odd-cased character), else None."""
    global _last
    seen = _last
    if seen[0] is text:
        return seen[1]
    if text.isascii():
        # An ASCII text lowers to its own length with no odd-cased character, in C at a
        # byte a step: cheaper than hashing it to look it up among the recent ones (most
        # calls are on a new slice of a sentence: the words before or after a mention).
        low = text.lower()
        _last = (text, low)
        return low
    if text in _recent:
        result = _recent[text]
    else:
        low = text.lower()
        same = len(low) == len(text) and (text.isascii() or _ODD.search(text) is None)
        result = low if same else None
        if len(_recent) >= RECENT_TEXTS:  # the oldest goes (a dict keeps insertion order)
            _recent.pop(next(iter(_recent), ""), None)
        _recent[text] = result
    _last = (text, result)
    return result


@stored
def lower_source(source: str) -> str:
    """``source`` with its literal letters lower-cased; escapes ("\\S", "\\W", "\\B") and
    group names ("(?P<year>", "(?P=year)") kept: "(?p<" is no group, and such a rule was read
    case-blind, the slow way (49 rules, most time expressions among them)."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
        elif source.startswith(("(?P<", "(?P="), i):
            end = source.find(">" if source[i + 3] == "<" else ")", i)
            end = len(source) if end < 0 else end + 1
            out.append(source[i:end])
            i = end
        else:
            out.append(source[i].lower())
            i += 1
    return "".join(out)


class RulePattern:
    """A compiled rule: ``search``, ``match``, ``fullmatch``, ``finditer`` and ``sub`` as on
    ``re.Pattern``, with the same results, faster when the rule is case-blind."""

    __slots__ = (
        "_ascii",
        "_lean",
        "_lean_needs",
        "_lower",
        "_lower_iter",
        "_lower_skip",
        "_needs",
        "_needs_low",
        "_relaxed",
        "_skip",
        "_wide_needs",
        "flags",
        "pattern",
        "regex",
    )

    def __init__(self, regex: re.Pattern[str], *, lazy: bool = False) -> None:
        """``lazy``: the scanners are worked out when the rule is first used, not now. The
        rule table is built so (``rules.build_table``): most of its ~530 rules are never read
        by a short run (the Russian ones by English articles), and working out their scanners
        took ~1.3 s of a command's start for them."""
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        # The rule's twin for ASCII texts (scanning.ascii_source), built when first used.
        self._ascii: RulePattern | bool | None = True
        if not lazy:
            self._build()

    if not TYPE_CHECKING:  # (mypy would read every attribute of a rule as Any)

        def __getattr__(self, name: str) -> Any:
            """A lazy rule's scanners and prefilters (slots ``_build`` fills, unset until then):
            all worked out at the first read of any of them, so no method tests for it."""
            if name not in _BUILT_SLOTS:
                raise AttributeError(name)
            self._build()
            return object.__getattribute__(self, name)

    def _build(self) -> None:
        """The rule's scanners and prefilters, worked out from its pattern."""
        regex = self.regex
        self._lower: re.Pattern[str] | None = None
        self._needs_low: tuple[str, ...] | None = None  # of the lower-cased text
        # The lower-cased rule without its alternatives that may start anywhere but need a
        # word ("(?:\\w+\\s+)?deals?\\s+to ..."): a scanner of a lowered text holding none of
        # ``_lean_needs``, where it finds the same starts as the whole (dispatch.lean_source).
        self._lean: RulePattern | None = None
        self._lean_needs: tuple[str, ...] = ()
        if (
            regex.flags & re.IGNORECASE
            and _ODD.search(regex.pattern) is None
            and _INLINE_FLAGS.search(regex.pattern) is None
        ):
            source, flags = lower_source(regex.pattern), regex.flags & ~re.IGNORECASE
            try:
                self._lower = _whole_scanner(source, flags)
                self._needs_low = prefilter(source, flags)
                lean, self._lean_needs = lean_source(source)
                self._lean = _lean_pattern(lean, flags) if self._lean_needs else None
            except re.error:  # a range lower-casing turns around ("[Z-a]"): read it case-blind
                self._lower = None
        # A rule with a case-sensitive group scans the lowered text by its relaxation, which
        # finds every place the rule matches and maybe more: each is tried by the rule itself
        # (relaxation.relaxed_source; ``_stepping``).
        relaxed = None
        if self._lower is None and regex.flags & re.IGNORECASE and not _ODD.search(self.pattern):
            relaxed = relaxed_source(regex.pattern, regex.flags)
        self._relaxed = relaxed is not None
        if relaxed is not None:
            source, flags = lower_source(relaxed), regex.flags & ~re.IGNORECASE
            try:
                self._lower = _whole_scanner(source, flags)
                self._needs_low = prefilter(source, flags)
                lean, self._lean_needs = lean_source(source)
                self._lean = _lean_pattern(lean, flags) if self._lean_needs else None
            except re.error:
                self._lower, self._relaxed, self._lean = None, False, None
        # The words of the lowered rule every match holds, however many (``may_hold``).
        self._wide_needs: tuple[str, ...] | None = None
        if self._lower is not None:
            relaxed_or_own = relaxed if relaxed is not None else regex.pattern
            self._wide_needs = prefilter(
                lower_source(relaxed_or_own), regex.flags & ~re.IGNORECASE, max_words=WIDE_WORDS
            )
        # A case-blind rule read case-blind has no prefilter (its words may be in any case).
        blind = regex.flags & re.IGNORECASE
        self._needs = None if blind else prefilter(regex.pattern, regex.flags)
        # After an empty match ``finditer`` moves on under a rule ``match`` cannot repeat, so a
        # pattern that may match nothing is iterated case-blind.
        empty_ok = may_match_nothing(regex.pattern, regex.flags)
        self._lower_iter = None if empty_ok else self._lower
        if empty_ok and self._relaxed:  # its relaxation is read only by ``_stepping``
            self._lower, self._needs_low, self._relaxed, self._lean = None, None, False, None
        # Scanners that skip the positions a match cannot start at (``skipper``), built when
        # first used: compiling one for each of the table's rules took ~1 s at import.
        self._lower_skip: re.Pattern[str] | None = _UNBUILT
        self._skip: re.Pattern[str] | None = _UNBUILT

    def _ascii_twin(self) -> RulePattern | None:
        source = ascii_source(self.pattern, self.flags) or self.pattern
        try:
            twin: RulePattern | None = RulePattern(compile_pattern(source, self.flags))
        except re.error:
            twin = None
        if twin is not None:
            twin._ascii = None
            twin._skippers()
            self._skippers()
            # A twin read case-blind where the rule has a lowered scanner would be slower;
            # one that changes nothing is no twin.
            if (self._lower is not None and twin._lower is None) or (
                source == self.pattern
                and _same(twin._lower_skip, self._lower_skip)
                and _same(twin._skip, self._skip)
            ):
                twin = None
        self._ascii = twin
        return twin

    def _skippers(self) -> None:
        if self._lower_skip is _UNBUILT:
            only = self._ascii is None  # a twin reads ASCII texts only
            self._lower_skip = skipper(self._lower, only) if self._lower is not None else None
            self._skip = skipper(self.regex, only)

    def __repr__(self) -> str:
        return f"RulePattern({self.regex!r})"

    # search, match and finditer run for every rule on every sentence read (~350 calls an
    # article): the lowered text is taken from the last one's without a call, the prefilter
    # tested inline.
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        twin = self._ascii
        if twin is not None and text.isascii():
            if twin is True:
                twin = self._ascii_twin()
            if twin is not None:
                return twin.search(text, pos, endpos)  # type: ignore[union-attr]
        scan = self._lower
        if scan is not None:
            seen = _last
            low = seen[1] if seen[0] is text else lowered(text)
            if low is not None:
                needs = self._needs_low
                if needs is not None:
                    for word in needs:
                        if word in low:
                            break
                    else:
                        return None
                lean = self._lean
                if lean is not None and not holds_any(low, self._lean_needs):
                    hit = lean.search(low, pos, endpos)
                else:
                    if self._lower_skip is _UNBUILT:
                        self._skippers()
                    hit = (self._lower_skip or scan).search(low, pos, endpos)
                if hit is None:
                    return None
                regex = self.regex
                found = regex.match(text, hit.start(), endpos)
                if found is not None or not self._relaxed:
                    return found or regex.search(text, pos, endpos)
                return next(self._stepping(text, low, hit.start() + 1, endpos), None)
        if self._needs is not None and not holds_any(text, self._needs):
            return None
        if self._skip is _UNBUILT:
            self._skippers()
        skip = self._skip
        if skip is None:
            return self.regex.search(text, pos, endpos)
        hit = skip.search(text, pos, endpos)
        return None if hit is None else self.regex.match(text, hit.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        scan = self._lower
        if scan is not None:
            seen = _last
            low = seen[1] if seen[0] is text else lowered(text)
            if low is not None and scan.match(low, pos, endpos) is None:
                return None
        return self.regex.match(text, pos, endpos)

    def match_starts(self, text: str, starts: list[int]) -> list[int]:
        """The offsets among ``starts`` where the rule matches (``match`` at each): one call
        for the many starts of a text (each sentence start of a document, ~50 an article),
        the lowered text's scanner tried at each in a loop of its own."""
        scan = self._lower
        low = lowered(text) if scan is not None else None
        if scan is None or low is None:
            return [at for at in starts if self.regex.match(text, at) is not None]
        regex, scan_match = self.regex, scan.match
        return [
            at
            for at in starts
            if scan_match(low, at) is not None and regex.match(text, at) is not None
        ]

    def may_hold(self, text: str) -> bool:
        """False when no part of ``text`` can hold a match: it holds none of the words every
        match holds (``_wide_needs``, taken however many they are). For a caller that then
        searches many slices of one text (the words before each system of a sentence)."""
        needs = self._wide_needs
        if needs is None:
            return True
        low = lowered(text)
        return low is None or holds_any(low, needs)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text) if self._lower is not None else None
        if low is None or self._lower is None or self._lower.fullmatch(low, pos, endpos):
            return self.regex.fullmatch(text, pos, endpos)
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        twin = self._ascii
        if twin is not None and text.isascii():
            if twin is True:
                twin = self._ascii_twin()
            if twin is not None:
                return twin.finditer(text, pos, endpos)  # type: ignore[union-attr]
        if self._skip is _UNBUILT:
            self._skippers()
        scan = self._lower_iter
        if scan is not None:
            seen = _last
            low = seen[1] if seen[0] is text else lowered(text)
            if low is not None:
                if self._needs_low is not None and not holds_any(low, self._needs_low):
                    return iter(())
                lean = self._lean
                if self._relaxed:
                    return self._stepping(text, low, pos, endpos)
                if lean is not None and not holds_any(low, self._lean_needs):
                    return self._taken_again(text, lean.finditer(low, pos, endpos), endpos)
                if self._lower_skip is not None:
                    return self._skipping(text, low, self._lower_skip, pos, endpos)
                return self._taken_again(text, scan.finditer(low, pos, endpos), endpos)
        if self._needs is not None and not holds_any(text, self._needs):
            return iter(())
        if self._skip is not None and self._lower is None:  # a case-sensitive rule
            return self._skipping(text, text, self._skip, pos, endpos)
        return self.regex.finditer(text, pos, endpos)

    def _taken_again(
        self, text: str, hits: Iterator[re.Match[str]], endpos: int
    ) -> Iterator[re.Match[str]]:
        """Each hit in the lowered text, taken from the original at the same offset."""
        for hit in hits:
            m = self.regex.match(text, hit.start(), endpos)
            if m is not None:
                yield m

    def _skipping(
        self, text: str, scanned: str, skip: re.Pattern[str], pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        """``finditer`` by a skipper over ``scanned`` (the text or its lowering): each match
        taken from the original where the skipper finds one starts, the next looked for
        where the skipper's match ends (as ``finditer`` does; the rule matches no empty text)."""
        regex = self.regex
        while True:
            hit = skip.search(scanned, pos, endpos)
            if hit is None:
                return
            m = regex.match(text, hit.start(), endpos)
            if m is not None:
                yield m
            pos = hit.end(SKIP_END)

    def _stepping(self, text: str, low: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """``finditer`` of a rule read by its relaxation (``_relaxed``): the relaxation finds
        the next place the rule may match in the lowered text, the rule is tried there, and
        the next place is looked for right after a miss, or where a match ends (the rule
        matches no empty text), as ``finditer`` goes on."""
        if self._lower_skip is _UNBUILT:
            self._skippers()
        regex = self.regex
        scan: re.Pattern[str] | RulePattern | None = self._lower_skip or self._lower
        if self._lean is not None and not holds_any(low, self._lean_needs):
            scan = self._lean  # finds the same places in such a text (dispatch.lean_source)
        assert scan is not None
        while True:
            hit = scan.search(low, pos, endpos)
            if hit is None:
                return
            m = regex.match(text, hit.start(), endpos)
            if m is None:
                pos = hit.start() + 1
                continue
            yield m
            pos = m.end()

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        # Most texts hold no match (an aside, a leading conjunction): found so by the fast
        # search, they come back as they are, as re.sub returns them.
        if self.search(text) is None:
            return text
        return self.regex.sub(repl, text, count)


# The slots RulePattern._build fills: all but those __init__ sets (a lazy rule's are unset until
# the first read of one, through __getattr__).
_BUILT_SLOTS = frozenset(RulePattern.__slots__) - {"_ascii", "flags", "pattern", "regex"}


# A rule longer than this is scanned by the dispatched union of its alternatives, whole as well
# as lean: at each position re enters every alternative that does not open with a letter, and
# "stage.exclusions" (~20,700 characters) took ~190 us a study sentence holding one of its
# lean needs ("deal", "contract"), ~42 us dispatched ("stage.ru.exclusions", ~10,200: 31 ->
# 15 us). Rules of 2-5,000 characters ("factuality.possible", "stage.slip", "roles.
# recipient_before") were up to 2x slower dispatched: their skippers pass over most positions
# in C already.
DISPATCH_WHOLE_CHARS = 10_000


def _whole_scanner(source: str, flags: int) -> re.Pattern[str]:
    """The scanner of a rule's lowered text (``_lower``): only where its matches start and
    end is read."""
    if len(source) > DISPATCH_WHOLE_CHARS:
        dispatched = dispatched_scanner(source, flags)
        if dispatched is not None:
            return dispatched
    return scanner(source, flags)


def _lean_pattern(source: str, flags: int) -> RulePattern:
    """A rule's lean scanner (``_lean``), dispatched when it has many alternatives: only where
    its matches start and end is read, never its groups."""
    return RulePattern(dispatched_scanner(source, flags) or compile_pattern(source, flags))


@stored
def may_match_nothing(source: str, flags: int) -> bool:
    """Whether a regex of ``source`` and ``flags`` may match an empty text."""
    return bool(_parser.parse(source, flags).getwidth()[0] == 0)


def _same(a: re.Pattern[str] | None, b: re.Pattern[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or b is None or a.pattern == b.pattern)


_UNBUILT = re.compile("(?!)")  # a rule's skippers not built yet


def word_alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching exactly ``words`` (one whole word each, not a prefix of a longer one),
    factored by common prefixes ("постав(?:ил(?:а|и|о)?|лен(?:а|о|ы)?)"): ``re`` tries an
    alternation branch by branch, and a hundred forms of one verb sharing their stem are then
    tried once each position instead of a hundred times."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            single = len(branches) == 1 and len(branches[0]) == 1
            return f"{body}?" if single else f"(?:{body})?"
        return body

    return f"(?:{build(trie)})(?!\\w)" if trie else "(?!)"
