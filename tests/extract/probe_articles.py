"""Whole articles of our own with their expected claims, and how one is checked: shared by the
article batteries (``test_article_probes2.py``, ``test_article_probes3.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import pytest

from armsledger.extract import extract
from armsledger.models import Article as Doc

Claim6 = tuple[str, str | None, str | None, str, str, str | None]
Key5 = tuple[str, str | None, str | None, str, str]


class Article(NamedTuple):
    name: str
    published: str
    text: str
    expected: set[Claim6]
    optional: frozenset[Key5] | set[Key5]


def claims_of(article: Article) -> set[Claim6]:
    doc = Doc(
        doc=article.name,
        text=article.text,
        title=article.text.split("\n", 1)[0],
        published=article.published,
    )
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value, c.when)
        for c in extract(doc)
    }


def agree(article: Article) -> bool:
    """The article's claims are its expected ones (optional ones aside), each with its date
    ("*": any)."""
    made = {c for c in claims_of(article) if c[:5] not in article.optional}
    if {c[:5] for c in made} != {c[:5] for c in article.expected}:
        return False
    when = {c[:5]: c[5] for c in made}
    return all(e[5] == "*" or when[e[:5]] == e[5] for e in article.expected)


def cases(articles: Sequence[Article], known_misses: Mapping[str, str]) -> list[object]:
    """One pytest case per article, a known miss as a strict xfail with its reason."""
    return [
        pytest.param(
            a,
            id=a.name,
            marks=[pytest.mark.xfail(reason=known_misses[a.name], strict=True)]
            if a.name in known_misses
            else [],
        )
        for a in articles
    ]


def check_battery(articles: Sequence[Article], known_misses: Mapping[str, str]) -> None:
    """Each article is an article (paragraphs, a day of publication) and no claim is both
    expected and optional; every known miss names an article."""
    assert set(known_misses) <= {a.name for a in articles}
    for a in articles:
        assert "\n\n" in a.text and len(a.published) == 10
        assert not {c[:5] for c in a.expected} & set(a.optional)
