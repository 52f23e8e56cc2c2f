"""The register: articles and their claims in SQLite, upserted by content hash.

Storing an article replaces its claims in one transaction, so re-ingesting the same files
changes nothing, re-ingesting after an extractor change converges, and a crash mid-way leaves
the previous state (WAL mode; one ``BEGIN IMMEDIATE`` per batch).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from armsledger.errors import NotFoundError, QueryError, StoreError
from armsledger.models import Article, Claim, Evidence, Factuality, Stage
from armsledger.reconcile.deals import deal_id, system_key
from armsledger.store import stories as story_index
from armsledger.store.schema import LANGUAGE_MIGRATION, check_schema, migrate

# The SQL name of reconcile.deals.system_key on the register's connections.
SYSTEM_KEY_FUNCTION = "system_key"

DEFAULT_DB = "armsledger.db"
# Switching a new file to WAL needs the whole file to itself, and SQLite answers "locked" at
# once, without waiting out the busy timeout, while another process opens it too (measured:
# 4 of 240 openings by 6 processes at once, under load): the switch is tried again until
# the timeout, each wait twice the last, from this many seconds up to a quarter second.
WAL_RETRY_FIRST_S = 0.005
# How long a reader or writer waits for the other's lock before giving up (ms).
BUSY_TIMEOUT_MS = 30_000

CLAIM_COLUMNS = (
    'id, article_id, deal_id, doc, system, supplier, recipient, stage, factuality, "when", '
    "source, via, evidence_text, evidence_start, evidence_end, variant, quantity, "
    "category, recognised"
)

_PLACEHOLDERS = ", ".join("?" * len(CLAIM_COLUMNS.split(",")))
META = "id, doc, url, title, published, published_from, updated, updated_from, story_id, language"
# The same on a register opened read-only from before the language was stored (it cannot be
# migrated there): no language, rather than failing every read.
_META_BEFORE_LANGUAGE = META.replace(", language", ", NULL AS language")
# SQLite's bound-parameter limit is far above this; chunks keep statements small.
_IN_CHUNK = 500


@dataclass(frozen=True)
class ClaimFilter:
    system: str | None = None
    supplier: str | None = None
    recipient: str | None = None
    stage: str | None = None
    deal_id: str | None = None
    article_id: str | None = None
    search: str | None = None  # FTS5 query over evidence, system and source


@dataclass(frozen=True)
class StoreResult:
    articles_new: int = 0
    articles_seen: int = 0
    claims_written: int = 0


class Register:
    """A connection to one register file (created and migrated on open)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly and not Path(self.path).exists():
            raise StoreError(
                "no register here",
                path=self.path,
                hint="build one first: armsledger ingest PATH --db " + self.path,
            )
        if not readonly:
            check_writable(self.path)
        conn: sqlite3.Connection | None = None
        try:
            if readonly:
                conn = sqlite3.connect(
                    _readonly_uri(Path(self.path)),
                    uri=True,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            # A system filter finds a ship family under every name its claims give it.
            conn.create_function(SYSTEM_KEY_FUNCTION, 1, system_key, deterministic=True)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            # Before anything is written (even the WAL pragma rewrites the header): a foreign or
            # newer file is refused as it is. Reading also fails a file that is not SQLite.
            done = check_schema(conn, self.path)
            if not done and readonly:
                raise StoreError(
                    "an empty file, not an armsledger register",
                    path=self.path,
                    hint="build one first: armsledger ingest PATH --db " + self.path,
                )
            stores_language = not readonly or LANGUAGE_MIGRATION in done
            self._meta = META if stores_language else _META_BEFORE_LANGUAGE
            if not readonly:
                _set_wal(conn)
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn, self.path)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(
                    f"cannot open the register: {exc}",
                    path=self.path,
                    hint="check the path, or move a damaged file aside and ingest again",
                ) from exc
            raise
        self.conn = conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writes ---------------------------------------------------------------------------

    def store(self, batch: Iterable[tuple[Article, Sequence[Claim]]]) -> StoreResult:
        """Upsert articles with their claims, all in one transaction."""
        new = seen = written = 0
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction() as conn:
            for article, claims in batch:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO articles (id, doc, title, url, published, "
                    "published_from, updated, updated_from, path, text, ingested_at, language) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.doc,
                        article.title,
                        article.url,
                        article.published,
                        article.published_from,
                        article.updated,
                        article.updated_from,
                        article.path,
                        article.text,
                        now,
                        article.language,
                    ),
                )
                if cur.rowcount:
                    new += 1
                else:
                    seen += 1
                if self._same_claims(article.id, claims):
                    continue
                conn.execute("DELETE FROM claims WHERE article_id = ?", (article.id,))
                conn.executemany(
                    f"INSERT INTO claims ({CLAIM_COLUMNS}) VALUES ({_PLACEHOLDERS})",
                    [_claim_row(c) for c in claims],
                )
                written += len(claims)
        return StoreResult(new, seen, written)

    def _same_claims(self, article_id: str, claims: Sequence[Claim]) -> bool:
        have = {
            r[0]
            for r in self.conn.execute("SELECT id FROM claims WHERE article_id = ?", (article_id,))
        }
        return have == {c.id for c in claims}

    def has_articles_without_story(self) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE story_id IS NULL LIMIT 1")
        return row.fetchone() is not None

    def update_stories(self, among: Sequence[str] | None = None) -> int:
        """Put every article not yet signed into its story (``store.stories``): new articles,
        those of a run killed before this step, and, once, those of a register written
        before signatures were kept; only the articles ``among`` (ids) when given. Returns
        the number of articles signed."""
        done = 0
        for chunk in story_index.pending(self.conn, among):
            with self.transaction() as conn:
                for rowid, article_id, text, _ in chunk:
                    story_index.add(conn, rowid, article_id, text)
            done += len(chunk)
        return done

    # -- reads ----------------------------------------------------------------------------

    def claims(
        self, flt: ClaimFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[Claim]:
        flt = flt or ClaimFilter()
        where, params = _where(flt)
        sql = f"SELECT {CLAIM_COLUMNS} FROM claims {where} ORDER BY doc, evidence_start, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with _search_errors(flt.search):
            return [_row_claim(r) for r in self.conn.execute(sql, params)]

    def count_claims(self, flt: ClaimFilter | None = None) -> int:
        flt = flt or ClaimFilter()
        where, params = _where(flt)
        with _search_errors(flt.search):
            row = self.conn.execute(f"SELECT count(*) FROM claims {where}", params).fetchone()
        return int(row[0])

    def deal_ids_matching(self, query: str) -> set[str]:
        """Ids of deals with a claim whose evidence, system or source matches the search."""
        sql = (
            "SELECT DISTINCT deal_id FROM claims WHERE rowid IN "
            "(SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"
        )
        with _search_errors(query):
            return {r[0] for r in self.conn.execute(sql, (fts_query(query),))}

    def distinct_names(self) -> tuple[set[str], set[str]]:
        """The systems and the parties (supplier or recipient) the claims name."""
        systems = {r[0] for r in self.conn.execute("SELECT DISTINCT system FROM claims")}
        parties = {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT supplier FROM claims UNION SELECT DISTINCT recipient FROM claims"
            )
            if r[0]
        }
        return systems, parties

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def claim_counts(self, article_ids: Iterable[str]) -> dict[str, int]:
        """Claims per article, for the given articles."""
        ids = sorted(set(article_ids))
        out: dict[str, int] = {}
        for i in range(0, len(ids), _IN_CHUNK):
            chunk = ids[i : i + _IN_CHUNK]
            rows = self.conn.execute(
                "SELECT article_id, count(*) FROM claims "
                f"WHERE article_id IN ({','.join('?' * len(chunk))}) GROUP BY article_id",
                chunk,
            )
            out.update({r[0]: int(r[1]) for r in rows})
        return out

    def check_readable(self) -> None:
        """Fail now, with a fix, if this file lacks the tables the readers use."""
        try:
            self.conn.execute("SELECT id, story_id FROM articles LIMIT 1").fetchall()
            self.conn.execute("SELECT rowid FROM claims_fts LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"not an armsledger register: {exc}",
                path=self.path,
                hint="build or upgrade it with: armsledger ingest PATH --db " + self.path,
            ) from exc

    def article(self, article_id: str) -> Article:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article {article_id!r}", hint="list articles with the API")
        return Article.from_record(dict(row))

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[Article]:
        sql = "SELECT * FROM articles ORDER BY published IS NULL, published DESC, doc"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [Article.from_record(dict(r)) for r in self.conn.execute(sql)]

    def article_meta(self, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """Per article id: ``META`` (no text), for every article or for ``ids`` and the
        other copies of their stories (a story is dated by its earliest copy)."""
        if ids is None:
            rows = self.conn.execute(f"SELECT {self._meta} FROM articles")
            return {r["id"]: dict(r) for r in rows}
        meta = self._meta_where("id", sorted(set(ids)))
        stories = sorted({m["story_id"] for m in meta.values() if isinstance(m["story_id"], str)})
        meta.update(self._meta_where("story_id", stories))
        return meta

    def _meta_where(self, column: str, values: Sequence[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(values), _IN_CHUNK):
            chunk = values[i : i + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT {self._meta} FROM articles WHERE {column} IN ({marks})", chunk
            )
            out.update({r["id"]: dict(r) for r in rows})
        return out

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": int(one("SELECT count(*) FROM articles").fetchone()[0]),
            "claims": int(one("SELECT count(*) FROM claims").fetchone()[0]),
            "deals": int(one("SELECT count(DISTINCT deal_id) FROM claims").fetchone()[0]),
        }


@contextmanager
def _search_errors(search: str | None) -> Iterator[None]:
    """An FTS5 syntax error ("AND" alone, an unclosed quote) as a one-line ``QueryError``."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if not search:
            raise
        raise QueryError(
            f"cannot search for {search!r}: {exc}",
            hint='use words, "quoted phrases", prefix* and AND/OR/NOT between words '
            "(SQLite FTS5 syntax)",
        ) from None


def check_writable(path: str) -> None:
    """``StoreError`` unless a register can be written (or created) at ``path``; checked
    before any input is read, and without creating anything."""
    if not _writable(Path(path)):
        raise StoreError(
            "the register is read-only here (file, folder or file system)",
            path=path,
            hint="reading commands (claims, deals, export, serve) still work; to add to "
            "it, copy it somewhere writable or fix its permissions",
        )


def _writable(path: Path) -> bool:
    """Can this process write the register (a new one: create it in its folder)?"""
    folder = path.parent
    if not path.exists():
        return not folder.exists() or os.access(folder, os.W_OK)
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _readonly_uri(path: Path) -> str:
    """The SQLite URI to read ``path`` without writing anything.

    A WAL register is read through its -shm index, which ``mode=ro`` must create beside the
    file when it is missing, and cannot on a read-only file, folder or file system ("attempt
    to write a readonly database"). There ``immutable=1`` reads the file as it is, without
    the index; that is right unless a write-ahead log holds commits not yet in the file, and
    then ``mode=ro`` is the only way (it works if the -shm is there).
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if not _writable(path):
        wal = Path(f"{path}-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            uri += "&immutable=1"
    return uri


def _where(flt: ClaimFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.system:
        clauses.append(f"{SYSTEM_KEY_FUNCTION}(system) = ?")
        params.append(system_key(flt.system))
    for column in ("supplier", "recipient", "stage", "deal_id", "article_id"):
        value = getattr(flt, column)
        if value:
            clauses.append(f"{column} = ?")
            params.append(_party(value) if column in ("supplier", "recipient") else value)
    if flt.search:
        clauses.append("rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(fts_query(flt.search))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _party(value: str) -> str:
    # An ISO code in any case; a non-state party's name ("Houthis") as given. Callers with
    # what a user typed resolve it first (armsledger.lookup).
    return value.upper() if len(value) == 3 and value.isalpha() else value


_FTS_WORD = re.compile(r"\w+\*?")
_FTS_OPERATORS = frozenset({"AND", "OR", "NOT"})


def fts_query(text: str) -> str:
    """A search box's words as an FTS5 query: plain words (and "word*" prefixes) and AND/OR/NOT
    pass; anything else ("S-400", "F/A-18", "o'clock") becomes a quoted phrase, where FTS5
    would read "-" or ":" as syntax and fail ("no such column: 400")."""
    parts = []
    for token in text.split():
        if token in _FTS_OPERATORS or _FTS_WORD.fullmatch(token):
            parts.append(token)
        else:
            parts.append('"' + token.replace('"', '""') + '"')
    return " ".join(parts)


def _claim_row(c: Claim) -> tuple[Any, ...]:
    return (
        c.id,
        c.article_id,
        deal_id(c.system, c.supplier, c.recipient),
        c.doc,
        c.system,
        c.supplier,
        c.recipient,
        str(c.stage),
        str(c.factuality),
        c.when,
        c.source,
        json.dumps(list(c.via)),
        c.evidence.text,
        c.evidence.start,
        c.evidence.end,
        c.variant,
        c.quantity,
        c.category,
        int(c.recognised),
    )


def _row_claim(r: sqlite3.Row) -> Claim:
    return Claim(
        doc=r["doc"],
        article_id=r["article_id"],
        system=r["system"],
        supplier=r["supplier"],
        recipient=r["recipient"],
        stage=Stage(r["stage"]),
        factuality=Factuality(r["factuality"]),
        when=r["when"],
        source=r["source"],
        via=tuple(json.loads(r["via"])),
        evidence=Evidence(r["evidence_text"], r["evidence_start"], r["evidence_end"]),
        variant=r["variant"],
        quantity=r["quantity"],
        category=r["category"],
        recognised=bool(r["recognised"]),
        id=r["id"],
    )


def _set_wal(conn: sqlite3.Connection) -> None:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    wait = WAL_RETRY_FIRST_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + wait > deadline:
                raise
            time.sleep(wait)
            wait = min(wait * 2, 0.25)
