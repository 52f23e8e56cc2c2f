"""Typographic apostrophes and hyphens read as ASCII, offsets kept (sentences of our own)."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.extract.folding import plain_punctuation
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
