"""Whole news items of our own with the claims they must give (`test_russian_articles*.py`):
the record of one item, and how a test reads the extractor's claims and dates against it."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article


class Story(NamedTuple):
    id: str
    published: str
    title: str
    body: str
    claims: dict[str, str | None]  # "system|supplier|recipient|stage|factuality" -> when
    optional: frozenset[str] = frozenset()


def claims_of(story: Story) -> dict[str, str | None]:
    """The item's claims by key, each with the `when` of its first sentence."""
    article = Article(
        doc=story.id,
        text=f"{story.title}\n\n{story.body}",
        title=story.title,
        published=story.published,
    )
    got: dict[str, str | None] = {}
    for c in extract(article):
        key = f"{c.system}|{c.supplier}|{c.recipient}|{c.stage.value}|{c.factuality.value}"
        got.setdefault(key, c.when)
    return got


def cases(misses: dict[str, str], stories: list[Story]) -> list[object]:
    """The items as parameters, a known miss a strict xfail with its reason."""
    return [
        pytest.param(
            s,
            id=s.id,
            marks=[pytest.mark.xfail(reason=misses[s.id], strict=True)] if s.id in misses else [],
        )
        for s in stories
    ]


def when_agrees(got: str | None, expected: str | None) -> bool:
    if expected == "*":
        return True
    if expected is None or got is None:
        return got == expected
    return got.startswith(expected)


def wrongly_dated(story: Story) -> dict[str, tuple[str | None, str | None]]:
    """The expected claims the extractor makes with another date: key -> (got, expected)."""
    got = claims_of(story)
    return {
        key: (got[key], when)
        for key, when in story.claims.items()
        if key in got and not when_agrees(got[key], when)
    }
