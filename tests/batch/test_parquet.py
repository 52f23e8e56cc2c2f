"""``load_parquet`` without Spark: Parquet written here with pyarrow, in the job's layout."""

from __future__ import annotations

from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from armsledger.batch.parquet import load_parquet  # noqa: E402
from armsledger.batch.task import kind_schema  # noqa: E402
from armsledger.extract import extract  # noqa: E402
from armsledger.models import Article  # noqa: E402
from armsledger.reconcile.stories import group_stories  # noqa: E402
from armsledger.store import Register  # noqa: E402

STORY = (
    "Egypt ordered 24 Rafale fighter jets from France on Monday, the defence ministry said. "
    "The first aircraft are expected in 2026 after pilot training in Europe, officials added, "
    "and a second batch may follow once the financing is agreed with the lenders."
)


def _write(out: Path, articles: list[Article]) -> None:
    """The job's output for these articles: one Parquet file each under articles/, claims/,
    with that kind's columns."""
    rows = {
        ("articles", "a"): [a.to_record() for a in articles],
        ("claims", "c"): [c.to_record() for a in articles for c in extract(a)],
    }
    for (name, kind), records in rows.items():
        (out / name).mkdir(parents=True)
        table = pa.Table.from_pylist(records, schema=kind_schema(kind))
        pq.write_table(table, out / name / "part-00000.parquet")


def test_loaded_copies_join_the_stories_already_in_the_register(tmp_path: Path) -> None:
    original = Article(doc="wire.txt", text=STORY)
    other = Article(doc="other.txt", text="Hungary signed for 44 Leopard 2 tanks with Germany.")
    copy = Article(doc="copy.txt", text=f"Cairo (Agencies) - {STORY} Read more.")
    with Register(tmp_path / "r.db") as register:
        register.store([(original, extract(original))])
        register.update_stories()
        _write(tmp_path / "out", [other, copy])
        summary = load_parquet(str(tmp_path / "out"), register)
        assert summary["articles_new"] == 2 and summary["claims"] > 0
        # Every article is signed once loaded: nothing is left for the next run to group.
        assert register.update_stories() == 0
        stories = {aid: m["story_id"] for aid, m in register.article_meta().items()}
    assert stories == group_stories([original, other, copy])
    assert stories[copy.id] == stories[original.id] != stories[other.id]
