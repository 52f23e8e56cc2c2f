"""One read path: no SQL outside store/, one claims CSV layout, stories as a list, one
calendar (issue 13, 5)."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from pathlib import Path

import pytest

from armsledger import calendar
from armsledger.extract import timex
from armsledger.ingest.dates import normalise_date
from armsledger.reconcile.dates import parse_partial
from armsledger.reconcile.export import CLAIM_COLUMNS
from armsledger.serve import create_app
from tests.conftest import ROOT, write_jsonl
from tests.truth.kit import run

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SRC = ROOT / "src" / "armsledger"
FORMULA_DOC = "=HYPERLINK(1)"
TEXTS = [
    "Russia delivered S-400 air defence systems to China in 2018, the ministry said.",
    "France agreed to sell 24 Rafale fighter jets to Greece, officials said.",
]


def test_no_sql_outside_store() -> None:
    sql = re.compile(r"\.execute(many)?\(|\bSELECT\s|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b")
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "store" not in path.relative_to(SRC).parts and sql.search(path.read_text("utf-8"))
    ]
    assert offenders == []


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("path")
    records = [
        {"id": doc, "text": text, "published": "2020-07-30"}
        for doc, text in zip([FORMULA_DOC, "plain"], TEXTS, strict=True)
    ]
    path = str(tmp / "r.db")
    run("ingest", str(write_jsonl(tmp / "in.jsonl", records)), "--db", path)
    return path


def _table(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    assert tuple(rows[0]) == CLAIM_COLUMNS
    return rows


def test_every_claims_csv_has_one_layout_and_no_formula(db: str) -> None:
    client = TestClient(create_app(db, warm=False))
    deal = client.get("/api/deals").json()["items"][0]["id"]
    tables = {
        "claims --format csv": run("claims", "--db", db, "--format", "csv"),
        "export --format csv": run("export", "--db", db, "--format", "csv"),
        "/claims": client.get("/claims", params={"format": "csv"}).text,
        "/api/claims": client.get("/api/claims", params={"format": "csv"}).text,
        "timeline": client.get(f"/api/deals/{deal}/timeline", params={"format": "csv"}).text,
    }
    for name, text in tables.items():
        rows = _table(text)
        docs = {r["doc"] for r in rows}
        assert FORMULA_DOC not in docs, name
        if name != "timeline":
            assert "'" + FORMULA_DOC in docs, name
        assert all(r["report_from"] == "published" for r in rows), name
    ids = {n: {r["claim_id"] for r in _table(t)} for n, t in tables.items() if n != "timeline"}
    assert len({frozenset(v) for v in ids.values()}) == 1


def test_json_export_gives_stories_as_a_list(db: str, tmp_path: Path) -> None:
    text = TEXTS[0] + " " + "The systems were delivered in several batches over the year. " * 5
    copies = [{"id": f"copy{i}", "text": text, "published": "2020-08-0" + str(i)} for i in (1, 2)]
    extra = write_jsonl(tmp_path / "copies.jsonl", copies)
    path = str(tmp_path / "c.db")
    run("ingest", str(extra), "--db", path)
    deals = json.loads(run("export", "--db", path, "--format", "json"))
    stories = [s for d in deals for s in d["stories"]]
    assert isinstance(deals[0]["stories"], list)
    assert stories and set(stories[0]) == {"story_id", "articles"}


IMPOSSIBLE = ["2019-02-30", "2019-13-01", "2019-00", "0000", "2019-13", "2021-04-31"]
POSSIBLE = ["2019", "2019-02", "2020-02-29", "2019-12-31"]


def test_one_calendar_for_every_date_module() -> None:
    assert calendar.MONTHS == timex.MONTHS
    for value in IMPOSSIBLE:
        assert parse_partial(value) is None, value
        assert normalise_date(value) is None, value
    for value in POSSIBLE:
        assert parse_partial(value) is not None, value
        assert normalise_date(value) == value
