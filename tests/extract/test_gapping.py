"""gapping: a Russian clause that leaves out the verb of the clause before ("а Китай — Су-35")
has parties of its own. Sentences are our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article


def _keys(body: str) -> set[tuple[str, str, str, str]]:
    article = Article(doc="t", text=f"Новости\n\n{body}", published="2024-03-01", title="Новости")
    return {
        (c.system, c.supplier or "-", c.recipient or "-", c.stage.value) for c in extract(article)
    }


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        (
            "Индия получила С-400, а Китай — Су-35.",
            ("Su-35", "RUS", "CHN", "delivery"),
            ("Su-35", "RUS", "IND", "delivery"),
        ),
        (
            "Россия поставила Индии С-400, а Китаю — Су-35.",
            ("Su-35", "RUS", "CHN", "delivery"),
            ("Su-35", "RUS", "IND", "delivery"),
        ),
        (
            "Перу получило танки VT-4, а Чили и Боливия — китайские бронетранспортёры VN-1.",
            ("VN-1", "CHN", "BOL", "delivery"),
            ("VN-1", "CHN", "PER", "delivery"),
        ),
    ],
)
def test_a_gapped_clause_has_its_own_receiver(
    body: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    got = _keys(body)
    assert wanted in got
    assert unwanted not in got


def test_a_clause_without_a_dash_is_no_gap() -> None:
    got = _keys("Россия поставила Индии С-400, и это было важно для Китая.")
    assert ("S-400", "RUS", "IND", "delivery") in got
