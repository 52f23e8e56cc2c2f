"""Inputs bench/fuzz.py found that escaped the readers as bare exceptions (generated text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from armsledger.errors import IngestError
from armsledger.extract import extract
from armsledger.ingest import iter_articles

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "name",
    [
        "fuzz_feed_year_minus_one.xml",  # <pubDate>-1</pubDate>: no calendar holds year -1
        "fuzz_feed_broken_links.xml",  # a mangled <item> feedparser cannot give links for
        "fuzz_feed_nul_encoding.xml",  # a NUL inside the encoding declaration
        "fuzz_lone_surrogate.jsonl",  # "\udc80" escapes: valid JSON, invalid UTF-8
    ],
)
def test_mangled_input_gives_articles_or_named_errors(name: str) -> None:
    errors: list[IngestError] = []
    articles = list(iter_articles([FIXTURES / name], on_error=errors.append))
    assert articles or errors
    for error in errors:
        assert name in str(error)
    for article in articles:
        article.text.encode("utf-8")  # storable: no lone surrogates left
        for claim in extract(article):
            assert article.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
