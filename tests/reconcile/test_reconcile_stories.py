"""Syndicated copies grouped into stories (MinHash + LSH)."""

from __future__ import annotations

import random

import numpy as np

from armsledger.reconcile.stories import (
    NUM_PERM,
    collapse_copies,
    group_stories,
    pack,
    shingles,
    similar,
    similar_rows,
)
from tests.reconcile.reconcile_kit import DENIAL_TEXT, SUSPEND_TEXT, article, syndicated_copy


def test_near_identical_articles_form_one_story() -> None:
    original = article("orig.txt", SUSPEND_TEXT, "2020-07-30")
    copy = syndicated_copy(original, "copy.txt", "2020-07-31")
    other = article("other.txt", DENIAL_TEXT, "2017-03-08")
    stories = group_stories([copy, other, original])
    assert stories[original.id] == stories[copy.id] == min(original.id, copy.id)
    assert stories[other.id] == other.id


def test_grouping_is_deterministic_and_order_free() -> None:
    base = article("a.txt", SUSPEND_TEXT, "2020-07-30")
    articles = [base] + [syndicated_copy(base, f"c{i}.txt", "2020-08-01") for i in range(3)]
    articles.append(article("d.txt", DENIAL_TEXT))
    first = group_stories(articles)
    shuffled = articles[:]
    random.Random(7).shuffle(shuffled)
    assert group_stories(shuffled) == first
    # Copies of copies are all one story (different boilerplate, same body).
    assert len({first[a.id] for a in articles[:4]}) == 1


def test_same_topic_different_report_is_not_a_copy() -> None:
    # Same event, same names, written independently: shares stock phrases only.
    rewrite = (
        "Beijing will wait longer for its S-400 missiles. According to a Chinese newspaper, "
        "Russia stopped the shipments of missiles for the S-400 air defence systems it sold "
        "to China, citing the difficulty of training crews during the pandemic. Russian "
        "officials did not comment. China operates several S-400 battalions delivered since "
        "2018 and is expected to receive the rest once the shipments resume."
    )
    a = article("a.txt", SUSPEND_TEXT)
    b = article("b.txt", rewrite)
    stories = group_stories([a, b])
    assert stories[a.id] != stories[b.id]


def test_empty_and_short_texts() -> None:
    empty1, empty2 = article("e1.txt", ""), article("e2.txt", "  ")
    short1 = article("s1.txt", "S-400 for China")
    short2 = article("s2.txt", "S-400 for China")
    stories = group_stories([empty1, empty2, short1, short2])
    assert stories[empty1.id] != stories[empty2.id]  # an empty page copies nothing
    assert stories[short1.id] == stories[short2.id]  # identical headlines are one story
    assert shingles("S-400 for China") == {"s 400 for china"}


def test_collapse_copies_keeps_distinct_sources_apart() -> None:
    from tests.reconcile.reconcile_kit import seed_like, suspension_claims

    articles, claims = seed_like()
    copy = syndicated_copy(articles[1], "copy.txt", "2020-07-31")
    stories = group_stories([*articles, copy])
    statements = collapse_copies([*claims, *suspension_claims(copy)], stories)
    # Seven distinct statements; the copy's two claims fold into their originals.
    assert len(statements) == 7
    assert sum(len(copies) for _, copies in statements) == 2


def test_similar_rows_checks_each_row_like_similar() -> None:
    rng = np.random.default_rng(3)
    sig = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
    blobs = []
    for same in (0, 63, 64, 65, 128):  # values shared with ``sig``: around the 0.5 threshold
        other = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
        other[:same] = sig[:same]
        blobs.append(pack(other))
    assert similar_rows(sig, blobs) == [similar(sig, b) for b in blobs]
    assert similar_rows(sig, blobs) == [False, False, True, True, True]
    assert similar_rows(sig, []) == []


def test_the_written_out_banding_is_the_one_datasketch_uses() -> None:
    """``BANDS`` and ``ROWS`` stand for what ``MinHashLSH`` works out at the story threshold
    (written out so that commands that group no story never import datasketch and SciPy)."""
    from datasketch import MinHashLSH

    from armsledger.reconcile import stories

    lsh = MinHashLSH(threshold=stories.STORY_THRESHOLD, num_perm=stories.NUM_PERM)
    assert (lsh.b, lsh.r) == (stories.BANDS, stories.ROWS)
