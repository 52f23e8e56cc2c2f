"""Category and unrecognised designations end to end (issue 11): extracted, stored (migration
4, also on a register written before it), listed by the CLI and the web register, exported in
SIPRI's "Armament category" column. Sentences written for this test."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from armsledger.cli import cli
from armsledger.extract import extract
from armsledger.store import Register
from armsledger.store.schema import MIGRATIONS, migrate
from tests.conftest import article

TEXT = (
    "New arms for Peru and Ukraine\n\n"
    "China delivered four QX-17 helicopters to Peru in March 2021, the ministry said. "
    "Norway delivered NASAMS launchers to Ukraine in 2022."
)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "peru.txt").write_text(TEXT, encoding="utf-8")
    path = str(folder / "r.db")
    run("ingest", str(folder), "--db", path, "--jobs", "1")
    return path


def test_the_register_keeps_category_and_recognised(db: str) -> None:
    with Register(db, readonly=True) as reg:
        got = {(c.system, c.category, c.recognised) for c in reg.claims()}
    assert got == {("QX-17", "Aircraft", False), ("NASAMS", "Air defence systems", True)}


def test_cli_claims_table_shows_category_and_marks_unrecognised(db: str) -> None:
    out = run("claims", "--db", db, "--format", "table")
    assert "Aircraft" in out and "Air defence" in out
    assert "unrecognised" in out
    assert out.count("unrecognised") == 1  # NASAMS is a gazetteer family


def test_sipri_export_fills_the_armament_category(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "sipri"))))
    by_designation = {r["Designation"]: r["Armament category"] for r in rows}
    assert by_designation == {"QX-17": "Aircraft", "NASAMS": "Air defence systems"}


def test_web_claims_list_shows_category_and_marks_unrecognised(db: str) -> None:
    from fastapi.testclient import TestClient

    from armsledger.serve.app import create_app

    with TestClient(create_app(db)) as client:
        page = client.get("/claims").text
        assert "<th>Category</th>" in page
        assert 'class="unrecognised"' in page and page.count('class="unrecognised"') == 1
        assert "Air defence systems" in page
        records = client.get("/api/claims").json()
    items = records["items"] if isinstance(records, dict) else records
    assert {(r["system"], r["category"], r["recognised"]) for r in items} == {
        ("QX-17", "Aircraft", False),
        ("NASAMS", "Air defence systems", True),
    }


def test_a_register_written_before_migration_4_opens_with_null_categories(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    real = list(MIGRATIONS)
    try:
        MIGRATIONS[:] = [m for m in real if m[0] < 4]
        migrate(conn)
    finally:
        MIGRATIONS[:] = real
    a = article(TEXT)
    c = next(c for c in extract(a) if c.system == "NASAMS")
    conn.execute(
        "INSERT INTO articles (id, doc, text, ingested_at) VALUES (?, ?, ?, '2021')",
        (a.id, a.doc, a.text),
    )
    conn.execute(
        "INSERT INTO claims (id, article_id, deal_id, doc, system, stage, factuality, "
        "evidence_text, evidence_start, evidence_end) VALUES (?, ?, 'd', ?, ?, ?, ?, ?, ?, ?)",
        (c.id, a.id, a.doc, c.system, str(c.stage), str(c.factuality), c.evidence.text,
         c.evidence.start, c.evidence.end),
    )  # fmt: skip
    conn.close()
    with Register(path) as reg:
        (old,) = reg.claims()
    assert old.category is None and old.recognised
