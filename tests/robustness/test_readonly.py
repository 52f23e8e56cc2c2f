"""Registers that must be read without being written, or not opened at all (issue 14).

- A register on a read-only file system, or a 0444 file in a 0555 folder, is read by the
  reading commands: SQLite's ``mode=ro`` alone needed to create the WAL index (-shm) beside it
  and failed with "attempt to write a readonly database".
- A register written by a newer armsledger (an unknown migration), another program's SQLite
  file, a file that is not SQLite and an empty file are refused with a one-line error.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from armsledger.errors import StoreError
from armsledger.serve import create_app
from armsledger.store import Register
from tests.robustness.kit import cli, dump, write_good_corpus
from tests.serve.conftest import free_port

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's TestClient warns about its httpx use
    from fastapi.testclient import TestClient

READERS = (["claims", "--format", "jsonl"], ["deals", "--format", "json"], ["export"])
NOBODY = 65534


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ro-src")
    db = folder / "r.db"
    result = cli("ingest", write_good_corpus(folder / "in", n=4), "--db", db, "--jobs", "1")
    assert result.code == 0, result.stderr
    return db


@pytest.fixture
def locked(built: Path) -> Iterator[Path]:
    """A copy of the register as a 0444 file in a 0555 folder (traversable by everyone)."""
    folder = Path(tempfile.mkdtemp(prefix="armsledger-ro-"))
    os.chmod(folder, 0o755)  # mkdtemp makes it 0700
    db = folder / "r.db"
    shutil.copy(built, db)
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        yield db
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def _reader_command(*args: str | Path) -> list[str]:
    """``armsledger ARGS`` as run by someone for whom the chmods hold: this user, or (as root,
    whom they do not stop) the user nobody through setpriv."""
    command = [sys.executable, "-c", "from armsledger.cli import main; main()", *map(str, args)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, which the chmods do not stop, and no setpriv")
        command = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return command


def _as_reader(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _reader_command(*args), capture_output=True, text=True, timeout=120, check=False, cwd="/"
    )


def _skip_unless_the_reader_can_run(locked: Path) -> None:
    probe = _as_reader("deals", "--db", locked, "--format", "json")
    if probe.returncode != 0 and "Permission denied" in probe.stderr and "python" in probe.stderr:
        pytest.skip("this interpreter cannot be run by the user nobody")
    if probe.returncode != 0 and "No module named 'armsledger'" in probe.stderr:
        # A clone in a private folder (mktemp -d is 0700): nobody cannot read the package.
        pytest.skip("the user nobody cannot read this clone's package")


def test_a_register_in_a_read_only_folder_is_read_and_not_written(locked: Path) -> None:
    _skip_unless_the_reader_can_run(locked)
    for args in READERS:
        result = _as_reader(*args, "--db", locked)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip()
    result = _as_reader("ingest", "/nonexistent", "--db", locked)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert "the register is read-only here" in line and "(fix: " in line
    assert sorted(p.name for p in locked.parent.iterdir()) == ["r.db"]


def _unwritable_copy(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the register that ``os.access`` calls unwritable, as on a read-only mount:
    it holds even when the tests run as root."""
    db = tmp_path / "r.db"
    shutil.copy(built, db)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: not mode & os.W_OK and real_access(p, mode, **kw)
    )
    return db


def test_an_unwritable_register_is_read_without_creating_files_beside_it(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _unwritable_copy(built, tmp_path, monkeypatch)
    for args in READERS:
        result = cli(*args, "--db", db)
        assert result.code == 0 and result.stdout.strip(), result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.db"]  # no -shm, no -wal
    assert dump(db) == dump(built)


# -- serve on a register it cannot write -----------------------------------------------------------

LISTS = ("/", "/deals", "/claims", "/articles", "/contradictions", "/docs")
API_LISTS = ("/api/deals", "/api/claims", "/api/articles", "/api/contradictions")


def _browse(client: httpx.Client) -> dict[str, int]:
    """Every page and API read, one deal and one article of each kind: path -> status."""
    statuses: dict[str, int] = {}

    def get(path: str) -> httpx.Response:
        response = client.get(path)
        statuses[path] = response.status_code
        return response

    for path in LISTS:
        get(path)
    assert get("/api").json()["counts"]["claims"] > 0
    items = {path: get(path).json()["items"] for path in API_LISTS}
    assert items["/api/deals"] and items["/api/claims"] and items["/api/articles"], items
    deal, article = items["/api/deals"][0]["id"], items["/api/articles"][0]["id"]
    for path in (f"/deals/{deal}", f"/api/deals/{deal}", f"/api/deals/{deal}/timeline",
                 f"/articles/{article}", f"/api/articles/{article}"):  # fmt: skip
        get(path)
    return statuses


def test_serve_answers_from_an_unwritable_register_without_writing_beside_it(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _unwritable_copy(built, tmp_path, monkeypatch)
    with TestClient(create_app(str(db))) as client:
        statuses = _browse(client)
    assert set(statuses.values()) == {200}, statuses
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.db"]  # no -shm, no -wal
    assert dump(db) == dump(built)


def test_serve_runs_on_a_register_in_a_read_only_folder(locked: Path) -> None:
    _skip_unless_the_reader_can_run(locked)
    port = free_port()
    proc = subprocess.Popen(
        _reader_command("serve", "--db", locked, "--port", str(port)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd="/",
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                assert proc.poll() is None, proc.communicate()[1]  # it refused to start
                try:
                    client.get("/api")
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, "serve did not answer in 60 s"
                    time.sleep(0.2)
            statuses = _browse(client)
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert set(statuses.values()) == {200}, (statuses, stderr)
    assert "Traceback" not in stderr, stderr
    assert sorted(p.name for p in locked.parent.iterdir()) == ["r.db"]


# -- registers that must not be opened ----------------------------------------------------------


def _future(built: Path, tmp_path: Path) -> Path:
    db = tmp_path / "future.db"
    shutil.copy(built, db)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO migrations VALUES (99, 'from the future', '2031-01-01')")
    conn.close()
    return db


def _foreign(tmp_path: Path) -> Path:
    db = tmp_path / "foreign.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    return db


@pytest.mark.parametrize(
    ("kind", "expect"),
    [
        ("future", "schema migrations this armsledger does not know ([99])"),
        ("foreign", "not an armsledger register (an SQLite file with other tables)"),
        ("not-sqlite", "cannot open the register: file is not a database"),
    ],
)
def test_a_register_this_version_cannot_use_is_refused_and_left_alone(
    built: Path, tmp_path: Path, kind: str, expect: str
) -> None:
    if kind == "future":
        db = _future(built, tmp_path)
    elif kind == "foreign":
        db = _foreign(tmp_path)
    else:
        db = tmp_path / "notes.db"
        db.write_text("these are my notes, not a database\n" * 10, encoding="utf-8")
    before = db.read_bytes()
    corpus = write_good_corpus(tmp_path / "in", n=2)
    for args in (*READERS, ["ingest", str(corpus)]):
        result = cli(*args, "--db", db)
        assert result.code == 1, (args, result.stderr)
        [line] = result.stderr.splitlines()
        assert line.startswith("error: ") and expect in line and "(fix: " in line, line
        with pytest.raises(StoreError, match=r"\(fix: "):
            Register(db, readonly=args[0] != "ingest")
    assert db.read_bytes() == before


def test_an_empty_file_is_no_register_to_read(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.touch()
    result = cli("deals", "--db", db)
    assert result.code == 1
    assert "an empty file, not an armsledger register" in result.stderr
    assert db.stat().st_size == 0 and stat.S_ISREG(db.stat().st_mode)
