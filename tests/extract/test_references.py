"""references: what a sentence that names no system speaks of. Sentences are our own."""

from __future__ import annotations

from armsledger.extract import extract
from armsledger.models import Article


def _keys(title: str, body: str) -> set[tuple[str, str, str, str]]:
    article = Article(doc="t", text=f"{title}\n\n{body}", published="2024-03-01", title=title)
    return {
        (c.system, c.supplier or "-", c.recipient or "-", c.stage.value) for c in extract(article)
    }


def test_a_noun_refers_to_the_system_of_its_kind() -> None:
    got = _keys(
        "Lima buys jets and tanks",
        "Peru ordered FA-50 jets and K2 tanks from South Korea. The jets will arrive in 2026.",
    )
    assert ("FA-50", "KOR", "PER", "delivery") in got
    assert ("K2", "KOR", "PER", "delivery") not in got


def test_a_count_as_an_object_refers_to_the_system_in_focus() -> None:
    got = _keys(
        "Hanwha sells K9 howitzers abroad",
        "Hanwha has sold the K9 howitzer widely. Estonia signed for 12 in 2018.",
    )
    assert ("K9", "KOR", "EST", "agreement") in got


def test_a_category_noun_before_any_name_stands_for_the_first_of_its_kind() -> None:
    got = _keys(
        "Jets for Lima",
        "Peru will receive new fighter jets next year. The deal covers 24 FA-50 aircraft from"
        " South Korea.",
    )
    assert any(k[0] == "FA-50" and k[2] == "PER" for k in got)
