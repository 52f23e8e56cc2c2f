"""Text folding for name lookup: lower case, every non-word character a space, and Cyrillic
letters that look Latin read as Latin, one character for one so that offsets hold. Its own
module so that the gazetteer and the rule table share it without importing each other."""

from __future__ import annotations

import re

__all__ = ["LOOKALIKES", "fold"]

# Every non-word character of the scripts news uses mapped to a space: str.translate does in
# ~5 us what re.sub(r"\W", " ") did in ~140 us per 3.5 KB article (bench/extract_bench.py).
_TO_SPACE = {cp: " " for cp in range(0x3000) if not (chr(cp).isalnum() or chr(cp) == "_")}
# Russian texts mix scripts inside designations ("C-400" with a Latin C, "Т-90MC" half Latin;
# NOTES.md): the Cyrillic letters that look like Latin ones fold to them, in names and texts
# alike, so every spelling of a name has one key. "ё" is written "е" as often as not.
LOOKALIKES = {"а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
              "р": "p", "с": "c", "т": "t", "у": "y", "х": "x"}  # fmt: skip
_FOLD = {**_TO_SPACE, **{ord(k): v for k, v in LOOKALIKES.items()}}


def fold(text: str) -> str:
    """Lower case with non-word characters as spaces, one character for one (offsets hold)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if not lowered.isascii() and _UNFOLDED.search(lowered) is None:
        # str.translate reads an ASCII string in C (~5 us a 3.5 KB article), any other one
        # character by character (~40 us): when every non-ASCII character of the text folds
        # to an ASCII one (the quotes and dashes of an English article), each is folded first
        # by one replace, so that the text becomes ASCII. A character's fold folds to itself,
        # so the result is the same.
        for ch in set(lowered).difference(_ASCII):
            lowered = lowered.replace(ch, _FOLD[ord(ch)])
    return lowered.translate(_FOLD)


def _ranges(codes: list[int]) -> str:
    """A regex class body for the code points ``codes`` (sorted), in runs."""
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(re.escape(chr(codes[i])) + ("-" + re.escape(chr(codes[j])) if j > i else ""))
        i = j + 1
    return "".join(out)


_ASCII = frozenset(map(chr, range(128)))
# A character outside ASCII that folding keeps (a letter with no Latin look-alike): its text
# stays outside ASCII whatever is folded first. Every value of _FOLD is ASCII.
_UNFOLDED = re.compile("[^\x00-\x7f" + _ranges(sorted(c for c in _FOLD if c >= 128)) + "]")
