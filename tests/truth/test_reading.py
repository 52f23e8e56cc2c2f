"""Reading aids: contradiction kinds explained, a reported column, tables in their own
scrolling box, the register browsable as plain SQLite (issue 13, 6)."""

from __future__ import annotations

import sqlite3
import warnings

import pytest

from armsledger.reconcile.contradictions import KIND_HELP, ContradictionKind
from armsledger.serve import create_app
from tests.truth.kit import run, samples_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return samples_register(tmp_path_factory, "reading")


def test_contradiction_kinds_are_explained_in_help_and_legend(db: str) -> None:
    assert set(KIND_HELP) == set(ContradictionKind)
    helptext = run("contradictions", "--help")
    for kind in ContradictionKind:
        assert str(kind) in helptext
    table = run("contradictions", "--db", db)
    shown = {str(k) for k in ContradictionKind if str(k) in table.split("Contradictions")[1]}
    assert shown
    assert any(f"{k}: " in table for k in shown)
    page = TestClient(create_app(db, warm=False)).get("/contradictions").text
    assert "What the kinds mean" in page and KIND_HELP["date_mismatch"] in page


def test_claims_tables_have_a_reported_column(db: str) -> None:
    table = run("claims", "--db", db, "--system", "Rafale")
    assert "reported" in table and "(dateline)" in table


def test_tables_scroll_in_their_own_box(db: str) -> None:
    client = TestClient(create_app(db, warm=False))
    for path in ("/deals", "/claims", "/articles"):
        assert '<div class="table-scroll"><table' in client.get(path).text
    css = client.get("/static/style.css").text
    assert ".table-scroll { overflow-x: auto" in css and "min-width: 640px" in css


def test_the_register_reads_well_in_a_generic_sqlite_browser(db: str) -> None:
    conn = sqlite3.connect(db)
    names = {r[0]: r[1] for r in conn.execute("SELECT name, type FROM sqlite_master")}
    assert names["deals"] == "view" and names["claim_reports"] == "view"
    about = dict(conn.execute("SELECT name, description FROM about"))
    assert "claims_fts" in about and "MATCH" in about["claims_fts"]
    assert set(about) >= {"articles", "claims", "deals", "claims_fts"}
    deals = conn.execute("SELECT deal_id, claims FROM deals").fetchall()
    assert len(deals) == int(run("deals", "--db", db, "--format", "json").count('"id"'))
    hit = conn.execute(
        "SELECT count(*) FROM claims WHERE rowid IN "
        "(SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'delivered')"
    ).fetchone()[0]
    assert hit > 0
    conn.close()
