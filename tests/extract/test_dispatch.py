"""The dispatched union finds what the plain union finds, with the same alternative."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.extract.dispatch import (
    MIN_DISPATCHED,
    dispatched_scanner,
    dispatched_union,
    lean_union,
    match_prefixes,
)

TEXT = st.text(alphabet=st.sampled_from(list("abdeginorst -,\n")), max_size=50)
# Shapes the stage cues use: words sharing their first letters, optional and repeated groups,
# a two-letter word before a space, a look-behind, a class, an alternative that may start
# anywhere, one that may match a single letter.
ALTERNATIVES = [
    ("c0", r"(?:go(?:es)?\s+ahead|going)\b"),
    ("c1", r"(?:gone|goes)\s+(?:\w+\s+){0,2}?to"),
    ("c2", r"(?:new\s+)?deal(?:s|t)?"),
    ("c3", r"(?<=\bin\s)deals?|(?:sign|sent)\w*"),
    ("c4", r"in\s+(?:this|the)\s+deal|on\s+the\s+(?:side|deal)"),
    ("c5", r"[st]o(?:ld|ng)"),
    ("c6", r"(?:\w+\s+)?ordered"),
    ("c7", r"a|an\b"),
    ("c8", r"(?:de)+bit"),
    ("c9", r"dea(l|d)\s+ends?"),  # a group of its own inside
    ("c10", r"sold|(?:\w+\s+)?years?\s+late"),  # a part that may start anywhere, needs "late"
]
# Texts with and without the word the lean union leaves out.
WORDS = st.sampled_from([*"abdeginorst -,\n", "late", "year"])
TEXT_YEAR = st.lists(WORDS, max_size=30).map("".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), (m.lastgroup or "").partition("_")[0]) for m in pattern.finditer(text)]


def test_match_prefixes_of_common_shapes() -> None:
    assert match_prefixes(r"\b(?:deliver|sold)", 3) == {"del", "sol"}
    assert match_prefixes(r"go\s+ahead", 3) >= {"go ", "go\n", "go\u00a0"}
    assert match_prefixes(r"(?:new\s+)?deal", 2) == {"ne", "de"}
    assert match_prefixes(r"a|an\b", 3) == {"a"}  # "a" may be the whole match
    assert match_prefixes(r"an\b|b", 3) == {"an", "b"}  # a boundary takes no character
    assert match_prefixes(r"(?:\w+\s+)?x", 3) == {""}  # may start with anything
    assert match_prefixes(r"(?:de)+bit", 3) == {"de"}  # a repeat: what follows is unknown


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_the_dispatched_union_finds_what_the_plain_one_finds(text: str) -> None:
    plain = re.compile("|".join(f"(?P<{name}>{source})" for name, source in ALTERNATIVES))
    for depth in (1, 2, 3):
        fast = re.compile(dispatched_union(ALTERNATIVES, depth))
        assert _found(fast, text) == _found(plain, text), depth


def test_the_lean_union_drops_only_parts_that_start_anywhere_and_need_a_word() -> None:
    union = lean_union(ALTERNATIVES)
    assert union.needs == ("year",)  # c6 "(?:\w+\s+)?ordered" is one part: kept whole
    assert union.for_text("the jets were sold late") is union.lean
    assert union.for_text("two years late") is union.full


@settings(max_examples=300, deadline=None)
@given(TEXT_YEAR)
def test_the_lean_union_finds_what_the_whole_one_finds_where_it_is_picked(text: str) -> None:
    union = lean_union(ALTERNATIVES)
    plain = re.compile("|".join(f"(?P<{name}>{source})" for name, source in ALTERNATIVES))
    assert _found(union.for_text(text), text) == _found(plain, text)
    if union.for_text(text) is union.lean:
        assert _found(union.lean, text) == _found(union.full, text)


@settings(max_examples=300, deadline=None)
@given(TEXT_YEAR)
def test_the_group_free_scan_names_the_alternative_the_grouped_union_names(text: str) -> None:
    union = lean_union(ALTERNATIVES, r"\b(?=\w)")
    grouped = union.for_text(text)
    # find() reads a union without groups and names each match's alternative itself.
    assert union.find(text) == [(*span, name) for span, name in _found(grouped, text)]


# One rule's source of many alternatives: inside a word-boundary group and a trailing boundary,
# a group of alternatives nested in it, a named group, a look-behind.
RULE = (
    r"\b(?:(?:go(?:es)?\s+ahead|going)|(?:gone|goes)\s+(?:\w+\s+){0,2}?to|(?:new\s+)?deal"
    r"|(?<=\bin\s)deals?|(?:sign|sent)\w*|in\s+(?:this|the)\s+deal|(?:on\s+the\s+(?:side|deal)"
    r"|[st]o(?:ld|ng))|(?P<verb>sold|bit)|a|an|dea(?:l|d)\s+ends?)\b"
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_rule_scanned_by_its_dispatched_alternatives_matches_where_it_does(text: str) -> None:
    fast = dispatched_scanner(RULE, 0)
    assert fast is not None  # 13 alternatives once the nested group is taken apart
    plain = re.compile(RULE)
    assert _spans(fast, text) == _spans(plain, text)
    for at in range(len(text)):
        assert bool(fast.match(text, at)) == bool(plain.match(text, at))


def test_a_rule_of_few_alternatives_or_with_a_reference_is_not_dispatched() -> None:
    assert dispatched_scanner("|".join(["a", "b", "c"][: MIN_DISPATCHED - 1]), 0) is None
    assert dispatched_scanner(r"(?P<x>a)|b|c|d|e|f|g|h|(?P=x)", 0) is None
