"""A rule's prefilter and its factored scanner never change what it finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.extract.patterns import SKIP_END, RulePattern, first_chars, skipper
from armsledger.extract.scanning import (
    factor_source,
    holds_any,
    prefilter,
    top_alternatives,
    without_groups,
)
from armsledger.extract.timex import _has_digit

TEXT = st.text(alphabet=st.sampled_from(list("abdeilnorstwy -,.'\n2019")), max_size=60)
# Shapes the rule table uses: boundaries before words, in groups, after other alternatives,
# a look-behind, a class holding "|" and "(", an optional word.
SHAPES = [
    r"\bwill\b|\bmust\b|'ll\b|\bset\s+to\b|\bdue\s+(?:in|by)\b",
    r"(?:\bsold|\bsent|(?<!\bno\s)\bsaid)\s+\w+",
    r"\b(?:the|its)\s+(?:\bdeal\b|\bsale\b|[|(]\w+)",
    r"(?P<who>\bthey|\bwe)\s+(?:also\s+)?(?:\bsaid|\bsent)",
    r"\d{4}|\bearly\b|\blate\b",
]


def _spans(pattern: re.Pattern[str] | RulePattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_prefilter_words_of_common_shapes() -> None:
    assert prefilter(r"\b(?:deliver(?:y|ies)|shipment)\b", 0) == ("deliver", "shipment")
    assert prefilter(r"\bplans?\s+to\s+buy\b", 0) == ("plan",)  # the longest word it needs
    assert prefilter(r"\b(?:sold|to)\b", 0) is None  # "to" is in nearly every text
    assert prefilter(r"(?:deliver)?\s+\w+", 0) is None  # the word is optional
    assert prefilter(r"(?=deliver)\w+", 0) is None  # a look-ahead is read, not matched
    assert holds_any("the delivery", ("shipment", "deliver"))
    assert not holds_any("the sale", ("shipment", "deliver"))


def test_factor_source_tests_a_shared_boundary_once() -> None:
    assert factor_source(r"\bwill\b|\bmust\b|'ll\b") == r"\b(?:will\b|must\b)|'ll\b"
    assert factor_source(r"x(?:\ba|\bb)") == r"x(?:\b(?:a|b))"
    assert factor_source(r"[\b|(]|\bc") == r"[\b|(]|\bc"  # one alternative after the class
    assert top_alternatives(r"a|(b|c)|[|]") == ["a", "(b|c)", "[|]"]


def test_first_chars_knows_white_space() -> None:
    found = first_chars(r"\s[-–]\s")
    assert found is not None and {" ", "\n", "\u00a0"} <= found


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_the_factored_and_prefiltered_rule_finds_what_the_plain_one_finds(text: str) -> None:
    for shape in SHAPES:
        plain = re.compile(shape, re.IGNORECASE)
        fast = RulePattern(plain)
        assert _spans(fast, text) == _spans(plain, text), shape
        assert re.compile(factor_source(shape)).findall(text) == re.compile(shape).findall(text)
        found, want = fast.search(text), plain.search(text)
        assert (found and found.span()) == (want and want.span()), shape


def test_a_skipper_opens_with_the_first_characters_and_ends_where_the_rule_does() -> None:
    skip = skipper(re.compile(r"\b(?:sold|them)\s+\w+"))
    assert skip is not None and skip.pattern.startswith("[st]")
    hit = skip.search("they sold jets")
    assert hit is not None and (hit.start(), hit.end(SKIP_END)) == (5, 14)
    assert skipper(re.compile(r"\w+ed")) is None  # may start with any word character
    assert skipper(re.compile(r"(?:sold)?")) is None  # may match an empty text
    assert skipper(re.compile(r"sold", re.IGNORECASE)) is None  # reads other cases too


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_a_case_sensitive_rule_finds_what_the_plain_one_finds(text: str) -> None:
    for shape in SHAPES:
        plain = re.compile(shape)
        fast = RulePattern(plain)
        assert _spans(fast, text) == _spans(plain, text), shape
        found, want = fast.search(text), plain.search(text)
        assert (found and found.span()) == (want and want.span()), shape


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1٣²①\U0001d7ce.")), max_size=12))
def test_the_digit_test_is_str_isdigit(text: str) -> None:
    assert _has_digit(text) == any(map(str.isdigit, text))


def test_a_scanner_without_groups_keeps_its_matches_and_classes() -> None:
    source = r"(?P<a>de(al|ad))[(]s?(?:x)?(?<=\bin\s)y|(z)"
    assert without_groups(source) == r"(?:de(?:al|ad))[(]s?(?:x)?(?<=\bin\s)y|(?:z)"
    assert re.compile(without_groups(source) or "").groups == 0
    # A group the pattern itself reads is kept: no rewriting at all.
    assert without_groups(r"(a)\1") is None
    assert without_groups(r"(?P<x>a)(?P=x)") is None
    assert without_groups(r"(?P<its>its)?(?(its)a|b)") is None
