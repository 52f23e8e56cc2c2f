"""Read commands that gave wrong output with exit code 0 (issue 13, 2)."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import pytest

from armsledger.models import Article, Claim, Evidence, Factuality, Stage
from armsledger.reconcile.quantities import ordered_numbers, ordered_quantity
from armsledger.serve import create_app
from tests.truth.kit import invoke, run, samples_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return samples_register(tmp_path_factory, "wrong")


@pytest.mark.parametrize("stage", ["postponed", "delivery"])
def test_deals_stage_matches_halts_too(samples_db: str, stage: str) -> None:
    found = json.loads(run("deals", "--db", samples_db, "--stage", stage, "--format", "json"))
    assert found
    assert all(stage in (d["stage"], d["halted"]) for d in found)
    client = TestClient(create_app(samples_db, warm=False))
    api = client.get("/api/deals", params={"stage": stage}).json()["items"]
    assert {d["id"] for d in api} == {d["id"] for d in found}
    page = client.get("/deals", params={"stage": stage})
    assert page.status_code == 200 and all(d["id"] in page.text for d in found)


def test_deals_stage_cancelled_matches(samples_db: str) -> None:
    found = json.loads(run("deals", "--db", samples_db, "--stage", "cancelled", "--format", "json"))
    assert found and all(d["halted"] == "cancelled" for d in found)


def test_sipri_export_says_what_it_leaves_out(samples_db: str) -> None:
    result = invoke("export", "--db", samples_db, "--format", "sipri")
    assert result.code == 0
    assert "not in the SIPRI export" in result.stderr and "--include-unordered" in result.stderr
    every = invoke("export", "--db", samples_db, "--format", "sipri", "--include-unordered")
    assert "Not ordered" in every.stdout
    assert len(every.stdout.splitlines()) > len(result.stdout.splitlines())


def _sipri(db: str) -> dict[tuple[str, str], dict[str, str]]:
    rows = csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "sipri")))
    return {(r["Designation"], r["Recipient"]): r for r in rows}


def test_number_ordered_is_the_orders_own_figure(samples_db: str) -> None:
    rows = _sipri(samples_db)
    assert rows[("Rafale", "India")]["Number ordered"] == "36"  # not the five that landed
    # 150 is the figure of the 1992 order only: the row gives it when it is that order's row
    # (the sample dates it by "since 1992, when Washington agreed to sell it 150"), never
    # for another year's order.
    taiwan = rows[("F-16", "Taiwan")]
    assert taiwan["Number ordered"] == ("150" if taiwan["Order year"] == "1992" else "")


def _agreement(text: str, quantity: int | None, when: str | None = None) -> Claim:
    art = Article(doc="q.txt", text=text, published="2020-07-30")
    return Claim(
        doc="q.txt", article_id=art.id, system="Rafale", supplier="FRA", recipient="IND",
        stage=Stage.AGREEMENT, factuality=Factuality.ASSERTED, when=when, source=None, via=(),
        evidence=Evidence(text, 0, len(text)), quantity=quantity,
    )  # fmt: skip


def test_ordered_quantity_reads_the_agreement_clause() -> None:
    landed = "Four Rafale jets touched down on Monday, the first of 26 jets Delhi ordered in 2019."
    assert ordered_quantity(_agreement(landed, 4, "2019"), 2019) == 26
    old = "It is the first such sale since 1995, when Paris agreed to sell it 40 Rafale jets."
    assert ordered_quantity(_agreement(old, 40), 2021) is None  # an older order's figure
    assert ordered_quantity(_agreement(old, 40), 1995) == 40
    worth = "India signed for 12 Rafale jets in a deal worth 3.5 billion euros."
    assert ordered_numbers(worth) == [12]
    others = "A pact signed in May covers up to 900 K2 tanks and, later, 30 Rafale jets."
    assert ordered_quantity(_agreement(others, None), None) is None


def test_ingest_that_reads_nothing_fails_and_creates_no_register(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"\n', "utf-8")
    db = tmp_path / "new.db"
    result = invoke("ingest", str(tmp_path / "missing"), str(bad), "--db", str(db))
    assert result.code == 1
    assert "nothing could be read" in result.stderr and "Traceback" not in (
        result.stdout + result.stderr
    )
    assert not db.exists() and not Path(f"{db}-wal").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert invoke("ingest", str(empty), "--db", str(db)).code == 1 and not db.exists()
    assert invoke("extract", str(bad)).code == 1


def test_ingest_with_something_readable_still_succeeds(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Norway delivered NASAMS launchers to Ukraine in 2022.\n", "utf-8")
    result = invoke("ingest", str(good), str(tmp_path / "missing"), "--db", str(tmp_path / "r.db"))
    assert result.code == 0, result.stdout + result.stderr


@pytest.mark.parametrize("query", ["AND", "OR", "NOT"])
def test_a_bad_search_is_one_line_everywhere(samples_db: str, query: str) -> None:
    result = invoke("claims", "--db", samples_db, "--search", query)
    assert result.code == 1
    assert "cannot search" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    client = TestClient(create_app(samples_db, warm=False))
    api = client.get("/api/claims", params={"q": query})
    assert api.status_code == 400 and "cannot search" in api.json()["error"]
    assert client.get("/claims", params={"q": query}).status_code == 400
    assert client.get("/api/deals", params={"q": query}).status_code == 400


def test_a_non_sqlite_db_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_text("not a database at all\n" * 50, "utf-8")
    for args in (["claims"], ["deals"], ["export"], ["timeline", "S-400"]):
        result = invoke(*args, "--db", str(db))
        assert result.code == 1 and "Traceback" not in (result.stdout + result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
