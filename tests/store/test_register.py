import contextlib
import sqlite3
from pathlib import Path

from armsledger.extract import extract
from armsledger.store import ClaimFilter, Register
from armsledger.store.schema import MIGRATIONS
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
