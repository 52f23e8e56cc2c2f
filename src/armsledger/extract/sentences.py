"""Sentence and clause splitting with character offsets into the article text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import pairwise

from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH

_TABLE = rule_table()

# Abbreviations after which a full stop does not end a sentence (news style).
ABBREVIATIONS = frozenset(_TABLE.by_id["text.abbreviations"].words)

# A sentence ends at . ! ? (and any closing quotes) followed by space and a capital, a digit or
# an opening quote; a line break always ends one (headlines, bullet lists, datelines).
_END = _TABLE["text.sentence_end"]


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence, whitespace trimmed, in order."""
    start = 0
    for match in _END.finditer(text):
        cut = _cut_at(match)
        hard = "\n" in match.group()  # a line break always ends a sentence
        if not hard and _is_abbreviation(text[max(0, cut - ABBREVIATION_CHARS) : cut]):
            continue
        yield from _trimmed(text, start, cut)
        start = match.end()
    yield from _trimmed(text, start, len(text))


# Real sentences stay well under this; longer spans are read in windows of this size, cut at a
# space within WINDOW_SLACK characters.
MAX_SENTENCE_CHARS = 1000
WINDOW_SLACK = 50
# How far back from a full stop the word it ends is looked for.
ABBREVIATION_CHARS = 24


def _cut_at(match: re.Match[str]) -> int:
    """Where the sentence a boundary ``match`` ends stops: after its full stop (and closing
    quotes), before a headline strip's pipe ("... to Kyiv - Der Standard | example.org")."""
    kept = match.group().rstrip()
    return match.start() + len(kept.removesuffix("|").rstrip())


class SentenceIndex:
    """The sentences of ``split_sentences`` found one at a time around given offsets.

    A document naming a system in three sentences of forty needs those three only: the
    boundaries are all found in one regex pass, but whether a full stop ends a sentence (and
    not "U.S.") is decided only for the boundaries next to the offsets asked about.
    """

    def __init__(self, text: str, lang: str = ENGLISH) -> None:
        self.text = text
        end = _END if lang == ENGLISH else _TABLE.pick("text.sentence_end", lang)
        # Where each boundary's sentence ends and whether it is a line break are worked out
        # only for the boundaries next to an offset asked about (``_cut``).
        self._matches = list(end.finditer(text))
        self.resumes = [m.end() for m in self._matches]
        self._valid: dict[int, bool] = {}
        self._cuts: dict[int, int] = {}

    def _cut(self, i: int) -> int:
        cut = self._cuts.get(i)
        if cut is None:
            cut = self._cuts[i] = _cut_at(self._matches[i])
        return cut

    def _ends(self, i: int) -> bool:
        valid = self._valid.get(i)
        if valid is None:
            # A line break ends a sentence whatever comes before it: its cut is not needed.
            valid = "\n" in self._matches[i].group()
            if not valid:
                cut = self._cut(i)
                valid = not _is_abbreviation(self.text[max(0, cut - ABBREVIATION_CHARS) : cut])
            self._valid[i] = valid
        return valid

    def around(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence holding offset ``pos``, trimmed like
        ``split_sentences`` (None when ``pos`` falls between sentences)."""
        resumes, ends = self.resumes, self._ends
        i = bisect.bisect_right(resumes, pos)
        j = i - 1
        while j >= 0 and not ends(j):
            j -= 1
        start = resumes[j] if j >= 0 else 0
        k, n = i, len(resumes)
        while k < n and not ends(k):
            k += 1
        end = self._cut(k) if k < n else len(self.text)
        if end - start > MAX_SENTENCE_CHARS:
            start, end = self._window(start, end, pos)
        # ``_trimmed`` inline: a generator and next() for one span cost more than the loop.
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _window(self, start: int, end: int, pos: int) -> tuple[int, int]:
        """The fixed window of an overlong "sentence" (a table, a list with no full stops)
        that holds ``pos``: every rule downstream is at least linear in sentence length, and a
        megabyte without a full stop would otherwise take hours."""

        def cut(k: int) -> int:
            if k <= 0:
                return start
            at = start + k * MAX_SENTENCE_CHARS
            if at >= end:
                return end
            space = self.text.find(" ", at, min(end, at + WINDOW_SLACK))
            return space if space >= 0 else at

        k = (pos - start) // MAX_SENTENCE_CHARS
        if pos < cut(k):
            k -= 1
        elif pos >= cut(k + 1):
            k += 1
        return cut(k), cut(k + 1)


def _is_abbreviation(chunk: str) -> bool:
    """Does ``chunk`` end in an abbreviation's full stop ("Mr.", "U.S.", "W.")?"""
    end = len(chunk.rstrip("\"'”’)]"))
    if end == 0 or chunk[end - 1] != ".":
        return False
    start = end - 1
    while start > 0 and (chunk[start - 1].isalpha() or chunk[start - 1] == "."):
        start -= 1
    word = chunk[start : end - 1].lower()
    if not word or (start > 0 and chunk[start - 1].isalnum()):
        return False  # "2018." or "$6.5m." ends a number, not an abbreviation
    # Single capitals are initials ("George W. Bush"), dotted groups are "U.S." and the like.
    return word in ABBREVIATIONS or len(word) == 1 or "." in word


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


# Clause boundaries: the scope of a negation or a modal ends here ("not on the delivery phase
# but rather on the production stage"), and cue-to-system pairing prefers the same clause.
CLAUSE_BREAK = _TABLE["text.clause_break"]


def clause_bounds(sentence: str, lang: str = ENGLISH) -> list[tuple[int, int]]:
    """Clause spans (relative to the sentence) that cover it without gaps."""
    cuts = [0]
    breaks = CLAUSE_BREAK if lang == ENGLISH else _TABLE.pick("text.clause_break", lang)
    close = breaks.regex.groupindex.get("close")
    for m in breaks.finditer(sentence):
        if sentence[m.start()] == "." and _is_abbreviation(
            sentence[max(0, m.start() + 1 - ABBREVIATION_CHARS) : m.start() + 1]
        ):
            continue  # "the U.S. F-35 programme": the full stop the splitter kept ends no clause
        if m.start() > cuts[-1]:
            cuts.append(m.start())
        # A break may say where the clause it opens closes too (", which may buy more jets,
        # received"; Russian "Египет, который купил Rafale, получил Ка-52"): group "close".
        if close is not None and m.start(close) > cuts[-1]:
            cuts.append(m.start(close))
    cuts.append(len(sentence))
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause holding ``pos``; past the last clause, the sentence up to ``pos``."""
    return next((c for c in clauses if c[0] <= pos < c[1]), (0, pos + 1))
