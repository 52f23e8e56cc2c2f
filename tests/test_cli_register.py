"""Issue 4 end to end through the CLI: deals, timelines, as-of views, copies, SIPRI round trip."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from armsledger.cli import cli
from tests.conftest import ROOT, SAMPLES


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("reg") / "r.db")
    run("ingest", str(SAMPLES), "--db", db, "--jobs", "1")
    return db


def test_seed_s400_timeline_shows_the_story_and_its_contradiction(
    shared: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "seeds.db")
    run("ingest", str(shared / "seeds"), "--db", db)
    doc = json.loads(
        run(
            "timeline",
            "S-400",
            "--supplier",
            "RUS",
            "--recipient",
            "CHN",
            "--db",
            db,
            "--format",
            "json",
        )
    )
    assert set(doc) >= {"deal", "status", "timeline", "contradictions"}
    steps = {(e["stage"], e["factuality"], e["when"]) for e in doc["timeline"]}
    assert ("delivery", "asserted", "2018") in steps
    assert any(s[0] == "production" for s in steps)
    assert any(s[0] == "postponed" for s in steps)
    pairs = {(c["kind"], c["a"]["factuality"], c["b"]["factuality"]) for c in doc["contradictions"]}
    assert ("asserted_vs_denied", "asserted", "denied") in pairs


def test_as_of_sees_only_what_was_reported_by_then(samples_db: str) -> None:
    def status(as_of: str) -> dict[str, object]:
        deals = json.loads(
            run(
                "deals",
                "--db",
                samples_db,
                "--system",
                "S-400",
                "--recipient",
                "IND",
                "--as-of",
                as_of,
                "--format",
                "json",
            )
        )
        assert len(deals) == 1
        return deals[0]

    before = status("2022-06-30")  # after the "deliveries have begun" report only
    after = status("2023-12-31")  # after the "delayed by the war" report too
    assert before["stage"] == "delivery" and before["halted"] is None
    assert after["halted"] == "postponed"
    assert after["claims"] > before["claims"]


def test_a_syndicated_copy_adds_no_independent_evidence(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    shutil.copy(SAMPLES / "07_poland-k2-arrive.txt", one)
    shutil.copytree(one, two)
    copy = (SAMPLES / "07_poland-k2-arrive.txt").read_text(encoding="utf-8")
    (two / "07_copy.txt").write_text(
        copy.replace("arrive in Poland", "reach Poland", 1) + "\nSyndicated from a wire service.\n",
        encoding="utf-8",
    )

    def k2(folder: Path) -> dict[str, object]:
        db = str(folder / "r.db")
        run("ingest", str(folder), "--db", db)
        (deal,) = json.loads(run("deals", "--db", db, "--system", "K2", "--format", "json"))
        return deal

    alone, with_copy = k2(one), k2(two)
    assert with_copy["claims"] > alone["claims"]  # every copy is kept...
    assert with_copy["stories"] == alone["stories"] == 1  # ...but counts once


def test_sipri_export_reads_back_as_matching_itself(samples_db: str, tmp_path: Path) -> None:
    out = tmp_path / "sipri.csv"
    run("export", "--db", samples_db, "--format", "sipri", "-o", str(out))
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("Supplier,Recipient")
    report = json.loads(run("compare-sipri", str(out), "--db", samples_db, "--format", "json"))
    assert report["matches"] is True
    assert report["confirmed"]


def test_exports_and_contradictions_list(samples_db: str, tmp_path: Path) -> None:
    deals = json.loads(run("export", "--db", samples_db, "--format", "json"))
    assert all({"id", "status", "timeline", "contradictions"} <= set(d) for d in deals)
    rows = run("export", "--db", samples_db, "--format", "csv").splitlines()
    assert len(rows) > 20
    found = json.loads(run("contradictions", "--db", samples_db, "--format", "json"))
    assert found and {"kind", "a", "b"} <= set(found[0])


def test_unknown_deal_is_a_clear_error(samples_db: str) -> None:
    result = CliRunner().invoke(
        cli, ["timeline", "T-90", "--supplier", "RUS", "--recipient", "ISL", "--db", samples_db]
    )
    assert result.exit_code != 0


BILINGUAL = ROOT / "tests" / "fixtures" / "bilingual"


def test_a_russian_article_and_its_english_retelling_are_one_deal(tmp_path: Path) -> None:
    ru, en = BILINGUAL / "ru-algeria-su35.txt", BILINGUAL / "en-algeria-su35.txt"
    db = str(tmp_path / "r.db")
    run("ingest", str(ru), str(en), "--db", db, "--jobs", "1")
    (deal,) = json.loads(run("deals", "--db", db, "--format", "json"))
    assert (deal["system"], deal["supplier"], deal["recipient"]) == ("Su-35", "RUS", "DZA")
    assert deal["stories"] == 2 and deal["contradictions"] == 0
    # The deal asked for by its Russian name is the same deal, with both reports listed.
    doc = json.loads(
        run("timeline", "Су-35", "--supplier", "Россия", "--recipient", "DZA", "--db", db,
            "--format", "json")
    )  # fmt: skip
    assert doc["deal"]["id"] == deal["id"]
    delivered = {e["doc"]: e for e in doc["timeline"] if e["stage"] == "delivery"}
    assert set(delivered) == {ru.name, en.name}
    assert {d: e["language"] for d, e in delivered.items()} == {ru.name: "ru", en.name: "en"}
    evidence = delivered[ru.name]["evidence"]
    assert "Су-35" in evidence["text"]
    text = ru.read_text(encoding="utf-8")
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    # The tables name each evidence's language.
    table = run("timeline", "Su-35", "--supplier", "RUS", "--recipient", "DZA", "--db", db)
    assert "lang" in table and "│ ru " in table and "│ en " in table
    claims = run("claims", "--db", db, "--system", "Су-35")
    assert "lang" in claims and "│ ru " in claims and "│ en " in claims


def test_a_russian_denial_of_an_english_report_shows_as_a_contradiction(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    run("ingest", str(BILINGUAL), "--db", db, "--jobs", "1")
    (deal,) = json.loads(run("deals", "--db", db, "--format", "json"))
    assert deal["status"] == "delivery disputed"
    found = json.loads(run("contradictions", "--db", db, "--format", "json"))
    pairs = {(c["kind"], c["a"]["doc"], c["b"]["doc"]) for c in found}
    assert ("asserted_vs_denied", "en-algeria-su35.txt", "ru-algeria-su35-denial.txt") in pairs
