"""A case-blind rule with case-sensitive parts, scanned by its relaxation, finds what the plain
rule finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.extract.patterns import RulePattern
from armsledger.extract.relaxation import relaxed_source

TEXT = st.text(alphabet=st.sampled_from(list("abdeJnorsStTwWy -,.'\nAB")), max_size=60)
# The shapes the rule table has: a capital in a case-sensitive group, such a group in a
# negative look-ahead, a negative look-behind inside one, a condition on a group.
SHAPES = [
    r"\b(?P<who>(?-i:[A-Z])\w+\s+)?(?:sent|saw)\b",
    r"\band\s+(?!(?-i:[A-Z0-9]))\w+",
    r"(?-i:,(?<=[a-z],)(?<!Jan,))(?=\s+(?-i:[A-Z]))",
    r"\b(?:(?P<its>its)|the)\s+(?(its)(?!)|state)\b(?!,?\s+(?-i:[A-Z]))",
    r"\.\s(?!(?-i:[a-z]))|(?-i:(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z]\w*){0,2})\s+sent",
]


def _spans(pattern: re.Pattern[str] | RulePattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_each_shape_is_relaxed() -> None:
    for shape in SHAPES:
        relaxed = relaxed_source(shape, re.IGNORECASE)
        assert relaxed is not None and "(?-i:" not in relaxed, shape
    assert relaxed_source(r"\band\s+(?-i:[^A-Z])", re.IGNORECASE) is None  # a negated class


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_relaxed_rule_finds_what_the_plain_one_finds(text: str) -> None:
    for shape in SHAPES:
        plain = re.compile(shape, re.IGNORECASE)
        fast = RulePattern(plain)
        assert _spans(fast, text) == _spans(plain, text), shape
        found, want = fast.search(text), plain.search(text)
        assert (found and found.span()) == (want and want.span()), shape
        for pos in range(0, len(text), 5):
            got, expected = fast.match(text, pos), plain.match(text, pos)
            assert (got and got.span()) == (expected and expected.span()), shape
        assert (fast.fullmatch(text) is None) == (plain.fullmatch(text) is None), shape
