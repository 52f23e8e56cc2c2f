"""Stories kept up to date one article at a time (the SQL half; the MinHash half is
``reconcile.stories``).

Each article's MinHash signature is stored once (``story_signatures``, 512 bytes), with its LSH
band keys (``story_bands``, one row a band). A new article looks up the articles sharing a
band key (the candidates ``MinHashLSH.query`` would give), checks each against the same
Jaccard threshold, and joins or merges their stories: the cost of adding an article depends on
its near-duplicates, not on the size of the register, and no other article's text is read.
The result equals ``reconcile.stories.group_stories`` over all articles (same bands, same
check, union of the same confirmed pairs; the story id is the smallest article id in it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from armsledger.reconcile import stories as minhash

# Articles signed per transaction: a crash loses little, a commit is amortised.
CHUNK = 500
_IN = 500  # keys per IN (...) lookup


def pending(
    conn: sqlite3.Connection, among: Sequence[str] | None = None
) -> Iterator[list[tuple[int, str, str, str | None]]]:
    """Chunks of (rowid, id, text, story_id) of the articles with no signature yet, by id;
    only those of ``among`` (article ids) when given.

    Reads the rowids first and the texts chunk by chunk, so memory stays flat; the rows are
    signed in id order, which makes a run's intermediate story ids deterministic too. They
    are listed in ``story_pending`` (filled by a trigger on insert), so finding them reads
    no other article's row, however large the register.
    """
    if among is None:
        # CROSS JOIN: SQLite keeps this order, the pending list outside; with a plain JOIN
        # it may walk every article by id for the ORDER BY instead.
        found = conn.execute(
            "SELECT a.rowid FROM story_pending p CROSS JOIN articles a ON a.rowid = p.article "
            "ORDER BY a.id"
        )
        rowids = [r[0] for r in found]
    else:
        rowids = []
        for i in range(0, len(among), _IN):
            chunk = list(among[i : i + _IN])
            marks = ",".join("?" * len(chunk))
            found = conn.execute(
                # EXISTS: one lookup per article; "rowid IN (SELECT ...)" read the whole
                # pending list into a temporary index on every call.
                f"SELECT rowid, id FROM articles WHERE id IN ({marks}) AND EXISTS "
                "(SELECT 1 FROM story_pending p WHERE p.article = articles.rowid)",
                chunk,
            )
            rowids.extend(r[0] for r in sorted(found, key=lambda r: str(r[1])))
    for i in range(0, len(rowids), CHUNK):
        chunk = rowids[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT rowid, id, text, story_id FROM articles WHERE rowid IN ({marks}) ORDER BY id",
            chunk,
        )
        yield [(r[0], r[1], r[2], r[3]) for r in rows]


def _candidates(conn: sqlite3.Connection, keys: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for i in range(0, len(keys), _IN):
        chunk = keys[i : i + _IN]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT article FROM story_bands WHERE key IN ({marks})", chunk)
        found.update(r[0] for r in rows)
    return found


def add(conn: sqlite3.Connection, rowid: int, article_id: str, text: str) -> str:
    """Sign one article and put it in its story; return the story id.

    The caller holds the write transaction. An article with no words gets a NULL signature
    and a story of its own (an empty page is no copy of another).
    """
    sig = minhash.signature(text)
    conn.execute("DELETE FROM story_pending WHERE article = ?", (rowid,))
    if sig is None:
        conn.execute("INSERT INTO story_signatures (article, sig) VALUES (?, NULL)", (rowid,))
        conn.execute("UPDATE articles SET story_id = ? WHERE rowid = ?", (article_id, rowid))
        return article_id
    keys = minhash.band_keys(sig)
    joined: set[str] = set()
    candidates = sorted(_candidates(conn, keys) - {rowid})
    for i in range(0, len(candidates), _IN):
        chunk = candidates[i : i + _IN]
        marks = ",".join("?" * len(chunk))
        # Signatures only, checked all at once; the article row (its story id sits after
        # the text, in overflow pages) is read for the few that match. Frequent phrases put
        # hundreds of unrelated articles in one band at 200,000 articles.
        rows = conn.execute(
            f"SELECT article, sig FROM story_signatures WHERE article IN ({marks}) "
            "AND sig IS NOT NULL",
            chunk,
        ).fetchall()
        matches = minhash.similar_rows(sig, [r[1] for r in rows])
        for (other, _), match in zip(rows, matches, strict=True):
            if match:
                found = conn.execute(
                    "SELECT story_id, id FROM articles WHERE rowid = ?", (other,)
                ).fetchone()
                joined.add(found[0] or found[1])
    story = min([article_id, *joined])
    conn.execute(
        "INSERT INTO story_signatures (article, sig) VALUES (?, ?)", (rowid, minhash.pack(sig))
    )
    conn.executemany(
        "INSERT OR IGNORE INTO story_bands (key, article) VALUES (?, ?)",
        [(k, rowid) for k in keys],
    )
    conn.execute("UPDATE articles SET story_id = ? WHERE rowid = ?", (story, rowid))
    for old in joined - {story}:
        # Two stories this article bridges become one, under the smaller id.
        conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (story, old))
    return story
