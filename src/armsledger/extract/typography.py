"""The text as the layers read it: typographic apostrophes and hyphens as ASCII and the lines
of a hard-wrapped text joined, always one character for one, so that every offset found in it
indexes the article's own text (the evidence is cut from that)."""

from __future__ import annotations

import itertools
import re

__all__ = ["plain_punctuation", "reading_text", "unwrap_lines"]

# Typographic variants of the apostrophe and the hyphen read as the ASCII ones, one character
# for one, before any layer: "won’t" is "won't" to the negation rules and "Su‑35" (a
# non-breaking hyphen, as word processors and many news sites write designations) is "Su-35"
# to the designation patterns. The rules never need to spell each variant.
_PLAIN_PUNCTUATION = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the apostrophe of most news sites
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2212": "-",  # minus sign
        "\ufe63": "-",  # small hyphen-minus
        "\uff0d": "-",  # fullwidth hyphen-minus
    }
)
# The en dash joins a designation or a range ("F–16", "2019–2021") only with no space around
# it; spaced, it sets a clause apart and the rules read it as the dash it is.
_JOINING_EN_DASH = re.compile(r"(?<=\w)\u2013(?=\w)")


def plain_punctuation(text: str) -> str:
    """``text`` with typographic apostrophes and hyphens as ASCII, one character for one."""
    if text.isascii():
        return text
    plain = text
    # str.translate reads a text outside ASCII character by character (~40 us a 3.5 KB
    # article); a replace per character present is a C scan each (~1 us).
    for code, ascii_char in _PLAIN_PUNCTUATION.items():
        if chr(code) in plain:
            plain = plain.replace(chr(code), ascii_char)
    if "\u2013" in plain:
        plain = _JOINING_EN_DASH.sub("-", plain)
    return plain


# A line break inside a sentence, before a lower-case letter, is a hard wrap (wire copy,
# e-mail, a PDF's text): news as web pages or feeds gives a paragraph a line and does not start
# one in lower case. Such a break is read as a space.
# (The pattern opens with the break itself so that the engine skips to it: 4.5 us a generated
# article against 130 us for the same pattern opened by its look-behind.)
_BREAK_IN_SENTENCE = re.compile(r"\n(?<=[^.!?:;\s]\n)(?=[a-zа-яё])")
# A text with this many such breaks or more is hard-wrapped throughout, and its breaks before a
# capital ("50 Airbus\nHelicopters") are wraps too, where the line is a full one. Of the 290
# study articles two, both wire stories, have such breaks (21 between them); no other has one.
WRAPPED_MIN_BREAKS = 3
# A full line of a hard-wrapped text: at least this share of its longest lines' length (the
# 90th percentile), a wrap leaving a word's length or so; a headline, a dateline or a
# paragraph's last line is shorter and keeps its break.
WRAPPED_LINE_SHARE = 0.85
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "\u201d", "\u00bb")


def unwrap_lines(text: str) -> str:
    """``text`` with its hard wraps as spaces (see the constants), one character for one."""
    if "\n" not in text:
        return text
    wraps = _BREAK_IN_SENTENCE.findall(text)
    if not wraps:
        return text
    if len(wraps) < WRAPPED_MIN_BREAKS:
        return _BREAK_IN_SENTENCE.sub(" ", text)
    lines = text.split("\n")
    lengths = sorted(len(line) for line in lines if line.strip())
    full = WRAPPED_LINE_SHARE * lengths[int(0.9 * (len(lengths) - 1))]
    out = []
    for line, following in itertools.pairwise(lines):
        ends = line.rstrip().endswith(_SENTENCE_END)
        joined = bool(following.strip()) and not ends and line[-1:] not in ("", " ")
        lower = following[:1].islower()
        out.append(line + (" " if joined and (lower or len(line) >= full) else "\n"))
    out.append(lines[-1])
    return "".join(out)


def reading_text(text: str) -> str:
    """The text the layers read: ``plain_punctuation`` of ``unwrap_lines``."""
    return plain_punctuation(unwrap_lines(text))
