"""Report dates carry their provenance; an "Updated" stamp is an upper bound (issue 13, 1)."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path
from typing import Any

from armsledger.reconcile import dates
from armsledger.runner import ingest_paths
from armsledger.serve import create_app
from armsledger.store import Register
from tests.truth.kit import SEED_000, dated_copy, invoke, run, seeds, seeds_db, timeline_json

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def test_article_report_says_where_the_date_came_from() -> None:
    assert dates.article_report("2020-07-30", "html-meta") == dates.ReportDate("2020-07-30")
    assert dates.article_report("2020-07-30", "text-dateline").basis == "dateline"  # type: ignore[union-attr]
    assert dates.article_report("2020-07-30", "feed").basis == "feed"  # type: ignore[union-attr]
    assert dates.article_report(None, None, "2021-01-02", "warc-date").basis == "crawl"  # type: ignore[union-attr]
    bound = dates.article_report(None, None, "2020-01-29", "text-updated-line")
    assert bound is not None and bound.bound and bound.ordering is None
    assert bound.label == "by 2020-01-29 (updated-only)"
    assert dates.article_report(None) is None


def test_a_story_is_dated_by_its_earliest_dated_copy() -> None:
    own = {
        "a": dates.ReportDate("2020-01-29", dates.UPDATED_ONLY),
        "b": dates.ReportDate("2017-03-22"),
        "c": dates.ReportDate("2017-04-01"),
        "d": None,
    }
    stories = {"a": "a", "b": "a", "c": "a", "d": "d"}
    out = dates.story_dates(own, stories, {"b": "b.txt"})
    assert out["a"] == dates.ReportDate("2017-03-22", "published", "b.txt")
    assert out["b"] == dates.ReportDate("2017-03-22")
    assert out["c"] is not None and out["c"].date == "2017-03-22"
    assert out["d"] is None


def _seed_000(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in doc["timeline"] if e["doc"] == SEED_000]


def test_seed_000_is_reported_by_its_update_stamp_and_orders_nothing(tmp_path: Path) -> None:
    db = seeds_db(tmp_path)
    doc: dict[str, Any] = timeline_json(db)
    mine = _seed_000(doc)
    assert mine
    assert {e["reported"] for e in mine} == {"by 2020-01-29 (updated-only)"}
    assert {e["report_from"] for e in mine} == {"updated-only"}
    # "by the end of the decade" is not resolved against the update stamp.
    assert not any((e["when"] or "").startswith("2029") for e in doc["timeline"])
    assert "done_vs_not_begun" not in {c["kind"] for c in doc["contradictions"]}
    table = run("timeline", "S-400", "--supplier", "RUS", "--recipient", "CHN", "--db", db)
    assert "by 2020-01-29" in table


def test_as_of_shows_bounded_claims_marked_instead_of_hiding_them(tmp_path: Path) -> None:
    db = seeds_db(tmp_path)
    found = json.loads(
        run(
            "deals",
            "--db",
            db,
            "--as-of",
            "2019-12-31",
            "--format",
            "json",
            "--system",
            "S-400",
            "--recipient",
            "CHN",
        )
    )
    assert len(found) == 1 and found[0]["claims"] >= 5
    assert found[0]["first_reported"] == "by 2020-01-29 (updated-only)"
    doc: dict[str, Any] = timeline_json(db, "--as-of", "2019-12-31")
    assert {e["doc"] for e in doc["timeline"]} == {SEED_000}
    assert run("deals", "--db", db, "--as-of", "2019-12-31").count("by 2020-01-29") == 1


def test_a_dated_copy_dates_the_whole_story(tmp_path: Path) -> None:
    db = seeds_db(tmp_path, dated_copy(tmp_path))
    doc: dict[str, Any] = timeline_json(db)
    mine = _seed_000(doc)
    assert mine and {e["report_date"] for e in mine} == {"2017-03-22"}
    assert all("from copy copy-000" in e["reported"] for e in mine)
    copy = [e for e in doc["timeline"] if e["doc"] == "copy-000"]
    assert copy and {e["reported"] for e in copy} == {"2017-03-22 (published)"}


def test_exports_carry_the_mark(tmp_path: Path) -> None:
    db = seeds_db(tmp_path)
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "csv"))))
    mine = [r for r in rows if r["doc"] == SEED_000]
    assert mine and {r["report_from"] for r in mine} == {"updated-only"}
    sipri = run("export", "--db", db, "--format", "sipri")
    assert "by 2020-01-29 (updated-only)" in sipri
    assert "2020-01-29)" not in sipri.replace("by 2020-01-29 (updated-only)", "")


def test_web_and_api_show_the_mark(tmp_path: Path) -> None:
    seeds()
    path = tmp_path / "w.db"
    with Register(path) as register:
        ingest_paths([str(seeds())], register)
    client = TestClient(create_app(str(path)))
    deals = client.get("/api/deals", params={"system": "S-400", "recipient": "CHN"}).json()
    deal_id = deals["items"][0]["id"]
    entries = client.get(f"/api/deals/{deal_id}/timeline").json()["items"]
    assert {e["reported"] for e in entries if e["doc"] == SEED_000} == {
        "by 2020-01-29 (updated-only)"
    }
    claims = client.get("/api/claims", params={"system": "S-400"}).json()["items"]
    assert {c["report_from"] for c in claims if c["doc"] == SEED_000} == {"updated-only"}
    page = client.get(f"/deals/{deal_id}").text
    assert "by 2020-01-29 (updated-only)" in page
    as_of = client.get("/api/deals", params={"as_of": "2019-12-31", "recipient": "CHN"}).json()
    assert [d["id"] for d in as_of["items"]] == [deal_id]
    csv_text = client.get("/api/claims", params={"format": "csv"}).text
    assert "updated-only" in csv_text


def test_contradictions_show_the_mark_and_sipri_is_not_contradicted(tmp_path: Path) -> None:
    db = seeds_db(tmp_path)
    pairs = json.loads(run("contradictions", "--db", db, "--format", "json"))
    sides = [side for p in pairs for side in (p["a"], p["b"]) if side["doc"] == SEED_000]
    assert sides and {s["reported"] for s in sides} == {"by 2020-01-29 (updated-only)"}
    table = run("contradictions", "--db", db)  # folded into table cells: check the parts
    assert "2020-01-29" in table and "(updated-only)" in table
    fixtures = Path(__file__).parents[1] / "reconcile" / "fixtures"
    legacy = fixtures / "trade_register_legacy_latin1.csv"
    result = invoke("compare-sipri", str(legacy), "--db", db, "--format", "json")
    found = json.loads(result.stdout)
    assert not [x for x in found["contradicted"] if (x["deal"] or {}).get("recipient") == "CHN"]
