"""Text folding for name lookup: lower case, every non-word character a space, and Cyrillic
letters that look Latin read as Latin, one character for one so that offsets hold. Its own
module so that the gazetteer and the rule table share it without importing each other."""

from __future__ import annotations

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
    return lowered.translate(_FOLD)
