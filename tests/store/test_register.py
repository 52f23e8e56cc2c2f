import contextlib
import multiprocessing
import sqlite3
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from armsledger.extract import extract
from armsledger.store import ClaimFilter, Register, schema
from armsledger.store.schema import LANGUAGE_MIGRATION, MIGRATIONS
from tests.conftest import article

TEXT = (
    "Headline\n\nRussia delivered S-400 systems to Turkey in July 2019. Turkey also "
    "ordered more S-400 batteries."
)


def test_ingesting_twice_changes_nothing(tmp_path: Path) -> None:
    a = article(TEXT)
    with Register(tmp_path / "r.db") as reg:
        first = reg.store([(a, extract(a))])
        snapshot = reg.claims()
        second = reg.store([(a, extract(a))])
        assert (first.articles_new, second.articles_new, second.articles_seen) == (1, 0, 1)
        assert second.claims_written == 0
        assert reg.claims() == snapshot
        assert reg.counts()["articles"] == 1


def test_migrations_are_recorded_and_reopening_applies_none(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    Register(path).close()
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT id FROM migrations ORDER BY id")] == [
        m[0] for m in MIGRATIONS
    ]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with Register(path) as reg:
        assert reg.counts()["claims"] == 0


def test_a_failed_batch_leaves_the_register_as_it_was(tmp_path: Path) -> None:
    a = article(TEXT)
    with Register(tmp_path / "r.db") as reg:
        reg.store([(a, extract(a))])
        before = reg.claims()

        def broken() -> object:
            b = article(TEXT.replace("2019", "2020"), doc="b.txt")
            yield (b, extract(b))
            raise RuntimeError("disk on fire")

        with contextlib.suppress(RuntimeError):
            reg.store(broken())  # type: ignore[arg-type]
        assert reg.claims() == before
        assert reg.counts()["articles"] == 1


def test_filters_and_full_text_search(tmp_path: Path) -> None:
    a = article(TEXT)
    with Register(tmp_path / "r.db") as reg:
        reg.store([(a, extract(a))])
        assert reg.claims(ClaimFilter(system="s400", recipient="tur"))
        assert not reg.claims(ClaimFilter(recipient="CHN"))
        assert reg.claims(ClaimFilter(search="batteries"))
        assert not reg.claims(ClaimFilter(search="submarine"))


def _steps_to_sign_one(path: Path, others: int) -> int:
    """SQLite VM steps to sign one new article on a register of ``others`` signed ones."""
    words = ["tanks", "jets", "ships", "radars", "drones", "rifles", "trucks", "boats"]
    with Register(path) as reg:
        reg.store(
            [
                (article(f"Report {i}: {words[i % 8]} {i} sold, {i * 7} ordered.", doc=f"{i}"), [])
                for i in range(others)
            ]
        )
        reg.update_stories()
        new = article("Norway delivered two NASAMS batteries to Lithuania.", doc="new.txt")
        reg.store([(new, [])])
        steps = 0

        def count() -> int:
            nonlocal steps
            steps += 1
            return 0

        reg.conn.set_progress_handler(count, 1)
        assert reg.update_stories(among=[new.id]) == 1
        reg.conn.set_progress_handler(None, 1)
        return steps


def test_signing_one_article_costs_the_same_on_any_register(tmp_path: Path) -> None:
    # What POST /api/articles does: found by a full scan, it cost ~0.15 s at 15,000 articles.
    small = _steps_to_sign_one(tmp_path / "small.db", 20)
    large = _steps_to_sign_one(tmp_path / "large.db", 2_000)
    assert large < small * 1.5, (small, large)


def test_signing_among_leaves_the_other_unsigned_articles_to_the_next_ingest(
    tmp_path: Path,
) -> None:
    with Register(tmp_path / "r.db") as reg:
        a, b = article(TEXT, doc="a.txt"), article(TEXT + " More.", doc="b.txt")
        reg.store([(a, []), (b, [])])
        assert reg.update_stories(among=[b.id]) == 1
        assert reg.update_stories() == 1  # a, left for the run that signs everything
        assert reg.update_stories() == 0


RUSSIAN = "Заголовок\n\nРоссия поставила Турции системы С-400 в июле 2019 года."


def test_the_language_is_stored_with_the_article(tmp_path: Path) -> None:
    ru, en = article(RUSSIAN, doc="ru.txt"), article(TEXT, doc="en.txt")
    with Register(tmp_path / "r.db") as reg:
        reg.store([(ru, extract(ru)), (en, extract(en))])
        meta = reg.article_meta()
        assert {m["doc"]: m["language"] for m in meta.values()} == {"ru.txt": "ru", "en.txt": "en"}
        assert reg.article(ru.id).language == "ru"
        row = reg.conn.execute("SELECT language FROM claim_reports WHERE doc = 'ru.txt'")
        assert {r[0] for r in row} == {"ru"}


def test_an_older_register_gets_its_articles_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    before = [m for m in MIGRATIONS if m[0] < LANGUAGE_MIGRATION]
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", before)
        Register(path).close()
    conn = sqlite3.connect(path)
    for doc, text in (("ru.txt", RUSSIAN), ("en.txt", TEXT)):
        conn.execute(
            "INSERT INTO articles (id, doc, text, ingested_at) VALUES (?, ?, ?, '2026-01-01')",
            (doc, doc, text),
        )
    conn.commit()
    conn.close()
    # Read-only, it cannot be migrated: it reads as before, with no language.
    with Register(path, readonly=True) as reg:
        assert {m["language"] for m in reg.article_meta().values()} == {None}
    with Register(path) as reg:
        assert {m["doc"]: m["language"] for m in reg.article_meta().values()} == {
            "ru.txt": "ru",
            "en.txt": "en",
        }
        about = reg.conn.execute("SELECT description FROM about WHERE name = 'articles'")
        assert "language" in about.fetchone()[0]


# -- several processes creating one new register (issue 14) -----------------------------------

CREATORS = 4
ROUNDS = 12


def _create(path: str, barrier: Barrier, errors: "multiprocessing.SimpleQueue[str]") -> None:
    barrier.wait(timeout=60)  # all start opening the missing file at the same moment
    try:
        Register(path).close()
    except BaseException as exc:
        errors.put(f"{type(exc).__name__}: {exc}")
        raise SystemExit(1) from None


def test_processes_creating_the_same_new_register_at_once_all_succeed(tmp_path: Path) -> None:
    # Each read the applied migrations (none) before taking the write lock, then applied them
    # again once it had it: "table articles already exists" (the issue saw 1 run in 12; with
    # the barrier, most rounds failed before the recheck). Under load the switch to WAL also
    # answered "database is locked" at once, without waiting (a full-suite run beside another).
    context = multiprocessing.get_context("fork")
    for round_ in range(ROUNDS):
        path = tmp_path / f"new-{round_}.db"
        barrier = context.Barrier(CREATORS)
        errors: multiprocessing.SimpleQueue[str] = context.SimpleQueue()
        procs = [
            context.Process(target=_create, args=(str(path), barrier, errors))
            for _ in range(CREATORS)
        ]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=120)
        found = []
        while not errors.empty():
            found.append(errors.get())
        assert found == [], f"round {round_}: {found}"
        assert [proc.exitcode for proc in procs] == [0] * CREATORS
        conn = sqlite3.connect(path)
        try:
            applied = [r[0] for r in conn.execute("SELECT id FROM migrations ORDER BY id")]
        finally:
            conn.close()
        assert applied == [m[0] for m in MIGRATIONS]  # each once, none missing
        with Register(path) as reg:
            assert reg.counts()["articles"] == 0


def test_a_system_filter_finds_a_ship_class_under_each_of_its_names(tmp_path: Path) -> None:
    """Claims name a ship class as their article does; a filter by any of the family's names
    finds them all."""
    one = article("Subs\n\nVietnam received two Kilo-class submarines from Russia in 2014.")
    two = article(
        "More subs\n\nAlgeria ordered two Project 636 submarines from Russia in 2018.",
        doc="b.txt",
    )
    with Register(tmp_path / "r.db") as reg:
        reg.store([(one, extract(one)), (two, extract(two))])
        named = {c.system for c in reg.claims()}
        assert named == {"Kilo", "Project 636"}
        for typed in ("Kilo", "project 636", "Varshavyanka"):
            assert {c.system for c in reg.claims(ClaimFilter(system=typed))} == named
        assert not reg.claims(ClaimFilter(system="S-400"))
