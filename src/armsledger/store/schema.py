"""The register's SQLite schema as numbered migrations (like sqlite-utils/datasette: plain SQL,
applied in order, recorded in ``migrations`` so opening an old register upgrades it)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from armsledger.errors import StoreError
from armsledger.language import detect_language

# The SQL name of ``detect_language`` while migrations run (migration 7 fills old rows with it).
LANGUAGE_FUNCTION = "armsledger_language"
# The first migration whose register stores each article's language.
LANGUAGE_MIGRATION = 7

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles and claims",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,              -- content hash of (doc, text)
            doc TEXT NOT NULL,                -- JSONL id or file name
            title TEXT,
            url TEXT,
            published TEXT,                   -- partial ISO date of the story
            published_from TEXT,              -- where that date was found
            updated TEXT,                     -- an update or crawl stamp, never the story date
            updated_from TEXT,
            path TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_doc ON articles(doc);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            deal_id TEXT NOT NULL,
            doc TEXT NOT NULL,
            system TEXT NOT NULL,
            supplier TEXT,
            recipient TEXT,
            stage TEXT NOT NULL,
            factuality TEXT NOT NULL,
            "when" TEXT,
            source TEXT,
            via TEXT NOT NULL DEFAULT '[]',   -- JSON list, nearest the source first
            evidence_text TEXT NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            variant TEXT,
            quantity INTEGER
        );
        CREATE INDEX claims_article ON claims(article_id);
        CREATE INDEX claims_deal ON claims(deal_id);
        CREATE INDEX claims_system ON claims(system);
        CREATE INDEX claims_parties ON claims(supplier, recipient);
        """,
    ),
    (
        2,
        "stories of syndicated copies",
        """
        ALTER TABLE articles ADD COLUMN story_id TEXT;
        CREATE INDEX articles_story ON articles(story_id);
        """,
    ),
    (
        3,
        "full-text search over evidence",
        """
        CREATE VIRTUAL TABLE claims_fts USING fts5(
            evidence_text, system, source, content='claims', content_rowid='rowid'
        );
        CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts(rowid, evidence_text, system, source)
            VALUES (new.rowid, new.evidence_text, new.system, new.source);
        END;
        CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts(claims_fts, rowid, evidence_text, system, source)
            VALUES ('delete', old.rowid, old.evidence_text, old.system, old.source);
        END;
        """,
    ),
    (
        4,
        "claims: SIPRI category and whether the gazetteer knows the system",
        """
        ALTER TABLE claims ADD COLUMN category TEXT;
        ALTER TABLE claims ADD COLUMN recognised INTEGER NOT NULL DEFAULT 1;
        """,
    ),
]


ARTICLES_ABOUT = (
    "One row per news article: its text, its dates and where each came from (published_from, "
    "updated_from: an updated date alone is only an upper bound), story_id, shared by "
    "syndicated copies, and language ('en' or 'ru', told from the text's letters)."
)

# What a user opening the file in a generic SQLite browser reads first (table ``about``).
ABOUT = (
    ("articles", "table", ARTICLES_ABOUT),
    ("claims", "table", "One row per claim: system, supplier and recipient (ISO alpha-3, or a "
     "non-state party by name), stage, factuality, when, source, via (JSON list), evidence "
     "sentence and its offsets in the article text."),
    ("deals", "view", "Claims grouped by deal (system family, supplier, recipient)."),
    ("claim_reports", "view", "Claims with their article's dates, story and title."),
    ("claims_fts", "full-text index", "FTS5 over claims (evidence_text, system, source): "
     "SELECT * FROM claims WHERE rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts "
     "MATCH 'delivered')"),
    ("story_signatures", "table", "MinHash signature per article (story grouping)."),
    ("story_bands", "table", "LSH band keys per article (story grouping)."),
    ("migrations", "table", "Schema migrations applied to this file."),
)  # fmt: skip


def _about_rows() -> str:
    def quote(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    rows = [f"({quote(n)}, {quote(k)}, {quote(d)})" for n, k, d in ABOUT]
    return "INSERT INTO about VALUES\n" + ",\n".join(rows) + ";\n"


# Migration 4 (above) adds the claim category; these follow it.
MIGRATIONS += [
    (
        5,
        "incremental stories",
        """
        CREATE TABLE story_signatures (
            article INTEGER PRIMARY KEY,      -- articles.rowid
            sig BLOB                          -- MinHash values, uint32 LE; NULL: no words
        );
        CREATE TABLE story_bands (
            key INTEGER NOT NULL,             -- an LSH band of the signature, hashed
            article INTEGER NOT NULL,
            PRIMARY KEY (key, article)
        ) WITHOUT ROWID;
        """,
    ),
    (
        6,
        "browsable in any SQLite tool",
        """
        CREATE VIEW deals AS
            SELECT deal_id, system, supplier, recipient, count(*) AS claims,
                   count(DISTINCT article_id) AS articles,
                   group_concat(DISTINCT stage) AS stages
            FROM claims GROUP BY deal_id;
        CREATE VIEW claim_reports AS
            SELECT c.*, a.published, a.published_from, a.updated, a.updated_from, a.story_id,
                   a.title, a.url
            FROM claims c JOIN articles a ON a.id = c.article_id;
        CREATE TABLE about (name TEXT PRIMARY KEY, kind TEXT NOT NULL, description TEXT NOT NULL);
        """
        + _about_rows(),
    ),
    (
        7,
        "articles: language",
        # Rows written before this migration get their language from their own text, through
        # the Python function migrate() registers (the one the extractor uses), so an old
        # register shows the same language a fresh ingest would store.
        f"""
        ALTER TABLE articles ADD COLUMN language TEXT;    -- "en" or "ru"
        UPDATE articles SET language = {LANGUAGE_FUNCTION}(coalesce(nullif(text, ''), title, ''));
        DROP VIEW claim_reports;
        CREATE VIEW claim_reports AS
            SELECT c.*, a.published, a.published_from, a.updated, a.updated_from, a.story_id,
                   a.title, a.url, a.language
            FROM claims c JOIN articles a ON a.id = c.article_id;
        UPDATE about SET description = '{ARTICLES_ABOUT.replace("'", "''")}'
            WHERE name = 'articles';
        """,
    ),
]


MIGRATIONS += [
    (
        8,
        "stories: the articles not yet signed",
        # Finding them was a scan of every article (NOT EXISTS a signature), on each ingest:
        # 0.4 s at 200,000 articles, whether one article was added or a thousand. The
        # trigger lists each new article; story grouping takes it off once signed. Rows
        # of a register written before signatures were kept are listed here, once.
        """
        CREATE TABLE story_pending (article INTEGER PRIMARY KEY);    -- articles.rowid
        INSERT INTO story_pending (article)
            SELECT rowid FROM articles
            WHERE NOT EXISTS (SELECT 1 FROM story_signatures s WHERE s.article = articles.rowid);
        CREATE TRIGGER articles_pending AFTER INSERT ON articles BEGIN
            INSERT OR IGNORE INTO story_pending (article) VALUES (new.rowid);
        END;
        INSERT INTO about VALUES ('story_pending', 'table',
            'Articles not yet put in a story (story grouping).');
        """,
    ),
]


def check_schema(conn: sqlite3.Connection, path: str) -> set[int]:
    """The migrations applied to the register at ``path``; ``StoreError`` if it is another
    program's SQLite file, or was written by a newer armsledger (whose tables this version
    does not know, so reading could mislead and writing could damage them)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "migrations" not in tables:
        if tables:
            raise StoreError(
                "not an armsledger register (an SQLite file with other tables)",
                path=path,
                hint="give --db a register built by armsledger ingest, or a new file name",
            )
        return set()
    done = {int(row[0]) for row in conn.execute("SELECT id FROM migrations")}
    unknown = sorted(done - {number for number, _, _ in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"the register has schema migrations this armsledger does not know ({unknown})",
            path=path,
            hint="it was written by a newer armsledger: upgrade armsledger to use it",
        )
    return done


def migrate(conn: sqlite3.Connection, path: str = "") -> list[int]:
    """Apply every migration not yet applied, each in its own transaction; return those applied."""
    done = check_schema(conn, path)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    conn.create_function(LANGUAGE_FUNCTION, 1, _language, deterministic=True)
    applied = []
    for number, name, sql in MIGRATIONS:
        if number in done:
            continue
        # The connection is in autocommit mode (isolation_level=None): BEGIN makes the DDL
        # and its record one transaction, so a crash never leaves a half-applied migration.
        conn.execute("BEGIN IMMEDIATE")
        # Another process creating the same register may have applied it while this one
        # waited for the lock: "done" above was read before.
        if conn.execute("SELECT 1 FROM migrations WHERE id = ?", (number,)).fetchone():
            conn.execute("COMMIT")
            continue
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
                (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(number)
    return applied


def _language(text: object) -> str:
    # A register written by other tools may hold a blob or a number where text is expected.
    return detect_language(text if isinstance(text, str) else "")


def _statements(sql: str) -> list[str]:
    # Split on ";" at line ends, keeping trigger bodies (which hold "...;\n") whole.
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    for line in sql.splitlines():
        stripped = line.split("--", 1)[0].strip()
        if not stripped:
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            depth += 1
        if depth and upper.startswith("END;"):
            depth -= 1
        if not depth and stripped.endswith(";"):
            out.append("\n".join(buf))
            buf = []
    if buf:
        out.append("\n".join(buf))
    return out
