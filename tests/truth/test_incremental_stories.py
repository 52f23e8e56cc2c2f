"""Stories grouped one article at a time, reading no other article's text (issue 13, 6)."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest

from armsledger.models import Article
from armsledger.reconcile.stories import group_stories
from armsledger.store import Register
from armsledger.store import stories as story_index

WORDS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa",
    "quebec",
    "romeo",
    "sierra",
    "tango",
    "uniform",
    "victor",
    "whiskey",
    "xray",
]


def _text(rng: random.Random, n: int = 120) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _corpus(seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(12):
        base = _text(rng)
        out.append(Article(doc=f"story{i}.txt", text=base))
        for j in range(rng.randint(0, 3)):  # copies with a new head and a footer
            out.append(Article(doc=f"story{i}-copy{j}.txt", text=f"{_text(rng, 8)} {base} end {j}"))
    out.append(Article(doc="empty1.txt", text="   "))
    out.append(Article(doc="empty2.txt", text="   \n"))
    return out


def _stories(db: Path) -> dict[str, str]:
    with Register(db, readonly=True) as register:
        return {aid: m["story_id"] for aid, m in register.article_meta().items()}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_at_a_time_equals_all_at_once(tmp_path: Path, seed: int) -> None:
    articles = _corpus()
    random.Random(seed).shuffle(articles)
    db = tmp_path / "r.db"
    with Register(db) as register:
        for article in articles:
            register.store([(article, [])])
            assert register.update_stories() == 1
    assert _stories(db) == group_stories(articles)
    assert len(set(_stories(db).values())) < len(articles)  # some copies were grouped


def test_adding_an_article_reads_only_its_own_text(tmp_path: Path) -> None:
    articles = _corpus()
    db = tmp_path / "r.db"
    with Register(db) as register:
        register.store([(a, []) for a in articles[:-3]])
        register.update_stories()
        seen: list[str] = []
        register.conn.set_trace_callback(seen.append)
        register.store([(articles[-3], [])])
        register.update_stories()
        register.conn.set_trace_callback(None)
    # One read of article text, for the one new article (IN with one id), none of the others.
    reads = [s for s in seen if "text" in s and s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 1 and re.search(r"rowid IN \(\d+\)", reads[0])


def test_a_register_written_before_signatures_is_signed_once(tmp_path: Path) -> None:
    articles = _corpus()
    db = tmp_path / "r.db"
    with Register(db) as register:
        register.store([(a, []) for a in articles])
        register.update_stories()
    # As written before signatures were kept: no story tables, their migrations not applied.
    conn = sqlite3.connect(db)
    conn.executescript(
        "DROP TABLE story_signatures; DROP TABLE story_bands; DROP TABLE story_pending;"
        "DROP TRIGGER articles_pending; DELETE FROM about WHERE name = 'story_pending';"
        "DELETE FROM migrations WHERE id IN (5, 8);"
    )
    conn.close()
    with Register(db) as register:
        assert register.update_stories() == len(articles)
        assert register.update_stories() == 0
        extra = Article(doc="late.txt", text=articles[0].text + " late copy")
        register.store([(extra, [])])
        assert register.update_stories() == 1
    assert _stories(db) == group_stories([*articles, extra])
    assert story_index.CHUNK > 1


def test_finding_the_new_articles_reads_no_other_article(tmp_path: Path) -> None:
    """The articles to sign are listed as they are stored: no scan of the register."""
    articles = _corpus()
    db = tmp_path / "r.db"
    with Register(db) as register:
        register.store([(a, []) for a in articles[:-1]])
        register.update_stories()
        seen: list[str] = []
        register.conn.set_trace_callback(seen.append)
        register.store([(articles[-1], [])])
        assert register.update_stories() == 1
        register.conn.set_trace_callback(None)
        plans = [
            " ".join(str(row[3]) for row in register.conn.execute("EXPLAIN QUERY PLAN " + sql))
            for sql in seen
            if sql.lstrip().upper().startswith("SELECT") and "?" not in sql
        ]
        assert register.conn.execute("SELECT count(*) FROM story_pending").fetchone()[0] == 0
    assert plans and not [p for p in plans if "SCAN a" in p or "SCAN articles" in p], plans
