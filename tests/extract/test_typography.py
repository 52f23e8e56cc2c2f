"""Typographic apostrophes and hyphens read as ASCII, offsets kept (sentences of our own)."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.extract.typography import plain_punctuation, unwrap_lines
from armsledger.models import Article
from tests.conftest import probe_claims

HYPHENS = ["\u2010", "\u2011", "\u2012", "\u2212", "\ufe63", "\uff0d", "\u2013"]


@pytest.mark.parametrize("hyphen", HYPHENS)
def test_a_designation_with_any_hyphen_is_named(hyphen: str) -> None:
    got = probe_claims(f"Egypt received 12 Su{hyphen}35 fighters from Russia.")
    assert ("Su-35", "RUS", "EGY", "delivery", "asserted") in got


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc"])
def test_a_curly_negation_negates(apostrophe: str) -> None:
    got = probe_claims(f"Algeria won{apostrophe}t buy the Su-57 jets Russia offered.")
    assert got and {c[4] for c in got} == {"denied"}, got


def test_plain_punctuation_keeps_length_and_spaced_dashes() -> None:
    text = "Sales of the F\u201116 \u2013 and of Su\u201335s in 2019\u20132021 \u2014 Russia\u2019s"
    plain = plain_punctuation(text)
    assert len(plain) == len(text)
    assert plain == "Sales of the F-16 \u2013 and of Su-35s in 2019-2021 \u2014 Russia's"
    assert plain_punctuation("ascii only") == "ascii only"


def test_evidence_is_the_original_text() -> None:
    text = "Intro line.\nIndia won\u2019t buy more Su\u201135 jets from Russia, an aide said."
    article = Article(doc="t", text=text, title="Arms", published="2024-01-01")
    claims = extract(article)
    assert claims
    for c in claims:
        assert c.evidence.text == text[c.evidence.start : c.evidence.end]
        assert "\u2011" in c.evidence.text


WRAPPED = (
    "Chile buys used frigates\n"
    "SANTIAGO, May 3 - Chile has agreed to buy two used Type 23\n"
    "frigates from Britain for about 300 million pounds, the navy\n"
    "said on Friday, adding that the first ship would reach Chilean\n"
    "waters by the end of the year after a refit in Portsmouth and\n"
    "Devonport yards.\n"
    "The second follows in spring.\n"
)


def test_a_hard_wrapped_text_reads_as_sentences() -> None:
    plain = unwrap_lines(WRAPPED)
    assert len(plain) == len(WRAPPED)
    lines = plain.split("\n")
    assert lines[0] == "Chile buys used frigates"  # a short headline keeps its break
    assert lines[1].startswith("SANTIAGO") and lines[1].endswith("Devonport yards.")
    assert lines[2] == "The second follows in spring."


def test_paragraphs_of_a_web_page_keep_their_breaks() -> None:
    text = "Chile buys frigates\nChile has agreed to buy two frigates.\nThey arrive in May."
    assert unwrap_lines(text) == text


def test_one_break_before_a_lower_case_word_is_a_wrap() -> None:
    text = "India took delivery\nof the S-400 system from Russia."
    assert unwrap_lines(text) == text.replace("\n", " ")
    assert ("S-400", "RUS", "IND", "delivery", "asserted") in probe_claims(text)
