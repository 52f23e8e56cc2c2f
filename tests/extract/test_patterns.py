"""The fast forms of rule patterns find exactly what the plain ones find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.extract.cue_rules import load_rules
from armsledger.extract.dispatch import dispatched_union
from armsledger.extract.patterns import RulePattern, first_chars, lower_source
from armsledger.extract.rules import rule_table

# Our own sentences, in the shapes the rules read, with capitals, quotes and Cyrillic.
SENTENCES = [
    "Norway has DELIVERED the first two NASAMS batteries to Ukraine, the ministry said.",
    "The Deliveries of Su-35 fighters to Egypt were postponed until next year.",
    "Officials did not rule out sending more F-16 jets, according to a report by Meridian.",
    "İstanbul hosted the talks; the contract for 12 K9 howitzers was signed on 3 March 2024.",
    "«Рособоронэкспорт» подписал контракт на поставку Су-35 в Индонезию в прошлом году.",
    'The sale was cancelled. Talks resumed! Will the jets arrive? "Yes," he said.',
    "",
]
TEXT = st.text(
    alphabet=st.sampled_from(list("aAdDeEiIlLnNrRsStTvVyY -.,!?\"'\n0123456789İıКкСс")),
    max_size=80,
)


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


def test_lower_source_keeps_escapes_and_lowers_letters() -> None:
    assert lower_source(r"\bDeliver\S+\W[A-Z]") == r"\bdeliver\S+\W[a-z]"
    assert lower_source(r"Т-90\\MC") == r"т-90\\mc"
    assert lower_source(r"(?P<Year>\d+) IN (?P=Year)") == r"(?P<Year>\d+) in (?P=Year)"


def test_every_case_blind_rule_finds_what_its_plain_form_finds() -> None:
    for rule in rule_table().rules:
        plain = rule.regex.regex
        for text in (*SENTENCES, *rule.fire, *rule.quiet):
            assert _spans(rule.regex.finditer(text)) == _spans(plain.finditer(text)), rule.id
            found, expected = rule.regex.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span()), rule.id
            for pos in range(0, len(text), 7):
                got, want = rule.regex.match(text, pos), plain.match(text, pos)
                assert (got and got.span()) == (want and want.span()), rule.id


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_a_case_blind_pattern_agrees_on_any_text(text: str) -> None:
    plain = re.compile(r"\b(?:deliver(?:y|ies|ed)|sale|SAID|и|с-400)\b|[A-Z]\d+", re.IGNORECASE)
    fast = RulePattern(plain)
    assert _spans(fast.finditer(text)) == _spans(plain.finditer(text))
    assert (fast.fullmatch(text) is None) == (plain.fullmatch(text) is None)


def test_a_match_keeps_the_texts_own_case() -> None:
    fast = RulePattern(re.compile(r"(?P<who>the ministry)", re.IGNORECASE))
    m = fast.search("As The Ministry said")
    assert m is not None and m.group("who") == "The Ministry"


def test_first_chars_of_common_shapes() -> None:
    assert first_chars(r"\b(?:the|a)\s+deal") == {"t", "a"}
    assert first_chars(r"(?:new\s+)?deliver") == {"n", "d"}
    assert first_chars(r"[a-c]x|q") == {"a", "b", "c", "q"}
    assert first_chars(r"\w+ed") is None  # any word character
    assert first_chars(r"(?:foo)?") is None  # may match nothing


def test_the_dispatched_union_picks_the_same_alternative() -> None:
    alternatives = [
        ("c0", r"deliver(?:y|ies)\s+contract"),
        ("c1", r"deliver\w*"),
        ("c2", r"\w+ed"),  # no known first character: tried everywhere, in its place
        ("c3", r"(?:signed|sold)"),
    ]
    plain = re.compile("|".join(f"(?P<{n}>{s})" for n, s in alternatives))
    fast = re.compile(dispatched_union(alternatives))
    for text in ("delivery contract signed", "delivered sold", "x shipped delivery", ""):
        got = [(m.span(), (m.lastgroup or "").partition("_")[0]) for m in fast.finditer(text)]
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert got == want


def test_the_stage_cue_union_matches_the_plain_one_in_every_language() -> None:
    for lang in ("en", "ru"):
        rules = load_rules(lang)
        # Every stage cue's own examples too: a capital in a cue pattern ("ВМС") would match
        # only case-blind, never over the lower-cased text.
        examples = [ex for r in rule_table().section("stage_cues", lang) for ex in r.fire]
        for text in SENTENCES + examples:
            low = text.lower()
            if len(low) != len(text):
                continue
            want = [(m.span(), m.lastgroup) for m in rules.cue_regex.finditer(text) if m.lastgroup]
            # The whole union, and the one find_cues picks for the text (lean where it may be).
            for scan in (rules.cue_scan.full, rules.cue_scan.for_text(low)):
                got = [
                    (m.span(), (m.lastgroup or "").partition("_")[0])
                    for m in scan.finditer(low)
                    if m.lastgroup
                ]
                assert got == want, (lang, text)


def test_a_rule_is_scanned_lean_where_the_text_lacks_its_anywhere_parts_words() -> None:
    # "(?:\w+\s+)?deals?\s+to" may start at any word; the rest start with known letters.
    rule = RulePattern(re.compile(r"\b(?:sold|(?:\w+\s+)?deals?\s+to|order(?:ed)?)\b", re.I))
    assert rule._lean is not None and rule._lean_needs == ("deal",)
    for text in (
        "Norway ORDERED jets and sold tanks.",
        "A new deal to buy jets was Ordered; arms deals to Peru sold.",
        "Nothing here.",
    ):
        want = [m.span() for m in rule.regex.finditer(text)]
        assert [m.span() for m in rule.finditer(text)] == want, text
        first = rule.regex.search(text)
        got = rule.search(text)
        assert (got.span() if got else None) == (first.span() if first else None), text
