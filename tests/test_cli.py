"""The CLI end to end on the bundled samples, through click's runner (no network, no ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from armsledger.cli import cli
from tests.conftest import SAMPLES


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_extract_jsonl_contract() -> None:
    lines = run("extract", str(SAMPLES), "--format", "jsonl").splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        for field in (
            "doc",
            "system",
            "supplier",
            "recipient",
            "stage",
            "factuality",
            "when",
            "source",
            "via",
            "evidence",
        ):
            assert field in record
        assert set(record["evidence"]) == {"text", "start", "end"}
        assert record["doc"].endswith(".txt")


def test_ingest_is_idempotent_and_lists_deals(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    run("ingest", str(SAMPLES), "--db", db, "--jobs", "1")
    claims_once = run("claims", "--db", db, "--format", "jsonl")
    run("ingest", str(SAMPLES), "--db", db, "--jobs", "2")
    assert run("claims", "--db", db, "--format", "jsonl") == claims_once
    deals = json.loads(run("deals", "--db", db, "--format", "json"))
    assert len(deals) >= 8
    assert {"id", "system", "supplier", "recipient", "status"} <= set(deals[0])
    csv_out = run("claims", "--db", db, "--format", "csv")
    assert csv_out.splitlines()[0].startswith("doc,system,supplier")


def test_bad_input_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps(
            {
                "id": "a1",
                "published": "2021-05-01",
                "title": "T",
                "text": "Egypt received Rafale jets from France.",
            }
        )
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["extract", str(good)])
    assert result.exit_code == 0
    assert "good.jsonl" in result.stderr and "line 2" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["doc"] == "a1"


def test_missing_register_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["deals", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
