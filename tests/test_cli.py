"""The CLI end to end on the bundled samples and our own texts, through click's runner (no
network; the one check against ../shared/eval/score.py is skipped without it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from armsledger.cli import cli, main
from armsledger.evaluation import STUDY_EN, STUDY_RU, score
from tests.conftest import ROOT, SAMPLES, reference_scorer, write_jsonl


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
    assert csv_out.splitlines()[0].startswith("claim_id,deal_id,system")  # the one layout


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


# Our own sentences, for `eval --sets`: two English study sets, a Russian one, a measuring one
# that reuses a doc id, and a seed text beside the sets that set "news" annotates.
EVAL_DOCS = {
    "news": [
        (
            "a1",
            "2021-05-12",
            "Egypt received six Rafale jets from France on Tuesday, the air force said.",
        ),
        (
            "a2",
            "2020-02-01",
            "Heavy rain is expected along the coast this weekend, forecasters said.",
        ),
    ],
    "more": [
        (
            "b1",
            "2022-09-23",
            "Poland signed a contract with the United States to buy 32 F-35 fighters.",
        ),
    ],
    "news-ru": [
        (
            "r1",
            "2021-12-06",
            "Россия начала поставки комплексов С-400 в Индию, сообщил Дмитрий Шугаев.",
        ),
    ],
    "measure": [
        ("b1", "2023-03-02", "Brazil ordered two Gripen fighters from Sweden, the ministry said."),
    ],
}
SEED_TEXT = (
    "Seed note\n\nIndia signed an agreement with Russia in 2018 to buy five S-400 systems.\n"
)


def _claim(system: str, supplier: str, recipient: str, stage: str, **more: Any) -> dict[str, Any]:
    return {
        "system": system,
        "supplier": supplier,
        "recipient": recipient,
        "stage": stage,
        "factuality": "asserted",
        **more,
    }


EVAL_GOLD = {
    "news": [
        {"doc": "a1", "claims": [_claim("Rafale", "FRA", "EGY", "delivery", when="2021-05")]},
        {"doc": "a2", "claims": []},
        {"doc": "seed.txt", "claims": [_claim("S-400", "RUS", "IND", "agreement", when="2018")]},
    ],
    "more": [
        {
            "doc": "b1",
            "claims": [
                _claim("F-35", "USA", "POL", "agreement", sources=[None]),
                _claim("AH-64", "USA", "POL", "agreement"),  # not in the text: a sure miss
            ],
        }
    ],
    "news-ru": [
        {
            "doc": "r1",
            "claims": [_claim("С-400", "RUS", "IND", "delivery", sources=["Дмитрий Шугаев"])],
        }
    ],
    "measure": [{"doc": "b1", "claims": [_claim("JAS 39 Gripen", "SWE", "BRA", "agreement")]}],
}


def _eval_dir(root: Path) -> Path:
    for name, docs in EVAL_DOCS.items():
        write_jsonl(
            root / "eval" / name / "docs.jsonl",
            [
                {"id": doc, "published": day, "title": text[:30], "text": text}
                for doc, day, text in docs
            ],
        )
        write_jsonl(root / "eval" / name / "gold.jsonl", EVAL_GOLD[name])
    (root / "seeds").mkdir()
    (root / "seeds" / "seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    return root / "eval"


def _extracted(paths: list[Path]) -> list[dict[str, Any]]:
    """What `armsledger extract` prints for ``paths``: the predictions eval must score."""
    return [json.loads(line) for line in run("extract", *map(str, paths)).splitlines()]


def _expected(sets: Path) -> dict[str, dict[str, Any]]:
    """Each set's figures by our scorer on `extract`'s output, the unions by hand."""
    seeds = _extracted([sets.parent / "seeds" / "seed.txt"])
    results: dict[str, dict[str, Any]] = {}
    union: dict[str, tuple[list[Any], list[Any]]] = {STUDY_EN: ([], []), STUDY_RU: ([], [])}
    for name in sorted(EVAL_DOCS):
        gold = EVAL_GOLD[name]
        preds = _extracted([sets / name / "docs.jsonl"]) + seeds
        results[name] = score(gold, preds)
        if name != "measure":
            g, p = union[STUDY_RU if name.endswith("-ru") else STUDY_EN]
            g += [{**d, "doc": f"{name}/{d['doc']}"} for d in gold]
            p += [{**c, "doc": f"{name}/{c['doc']}"} for c in preds]
    for name, (gold, preds) in union.items():
        results[name] = score(gold, preds)
    return results


def test_eval_sets_prints_a_line_a_set_and_the_unions(tmp_path: Path) -> None:
    sets = _eval_dir(tmp_path)
    expected = _expected(sets)
    lines = run("eval", "--sets", str(sets), "--jobs", "1").splitlines()
    assert lines[0] == "set        docs claims   strict F1 (P / R)      source  when"
    names = ["measure", "more", "news", "news-ru", STUDY_EN, STUDY_RU]
    assert [line[:11].strip() for line in lines[1:]] == names
    for line, name in zip(lines[1:], names, strict=True):
        r = expected[name]
        s = r["strict"]
        figures = [
            f"{r['documents']}",
            f"{r['gold_claims']}",
            f"{s['f1']:.3f}",
            f"({s['precision']:.3f}",
            "/",
            f"{s['recall']:.3f})",
            *("-" if x is None else f"{x:.3f}" for x in (r["source_accuracy"], r["when_accuracy"])),
        ]
        assert line[11:].split() == figures, name
    # The seed counts in set news (3 docs), and the measuring set in no union.
    assert [expected[n]["documents"] for n in names] == [1, 1, 3, 1, 4, 1]
    assert expected["news"]["strict"]["tp"] >= 1  # the extractor found something to score


def test_eval_sets_json_has_every_figure(tmp_path: Path) -> None:
    sets = _eval_dir(tmp_path)
    expected = _expected(sets)
    rows = json.loads(run("eval", "--sets", str(sets), "--json"))
    assert [r["set"] for r in rows] == ["measure", "more", "news", "news-ru", STUDY_EN, STUDY_RU]
    for row in rows:
        r = expected[row["set"]]
        for key in ("documents", "gold_claims", "strict", "relaxed"):
            assert row[key] == r[key], (row["set"], key)
        assert (row["source_accuracy"], row["when_accuracy"]) == (
            r["source_accuracy"],
            r["when_accuracy"],
        )
        assert "missed" not in row  # a measuring set's misses are not to be read
    assert rows[-2]["members"] == ["more", "news"] and rows[-1]["members"] == ["news-ru"]


def test_eval_sets_json_agrees_with_the_reference_scorer(tmp_path: Path, shared: Path) -> None:
    reference = reference_scorer(shared)
    sets = _eval_dir(tmp_path)
    seeds = _extracted([sets.parent / "seeds" / "seed.txt"])
    rows = {r["set"]: r for r in json.loads(run("eval", "--sets", str(sets), "--json"))}
    for name in EVAL_DOCS:
        preds = _extracted([sets / name / "docs.jsonl"]) + seeds
        theirs = reference.score(list(reference.read_jsonl(sets / name / "gold.jsonl")), preds)
        for key in ("documents", "gold_claims", "strict", "relaxed", "source_accuracy"):
            assert rows[name][key] == theirs[key], (name, key)
        assert rows[name]["when_accuracy"] == theirs["when_accuracy"]


def test_eval_sets_bad_directory_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sets = _eval_dir(tmp_path)
    (sets / "more" / "docs.jsonl").unlink()
    monkeypatch.setattr(sys, "argv", ["armsledger", "eval", "--sets", str(sets)])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 1
    printed = capsys.readouterr().err.strip()
    assert "\n" not in printed
    assert printed.startswith(f"error: {sets / 'more' / 'docs.jsonl'}: ") and "(fix: " in printed


def test_eval_single_gold_mode_is_unchanged_and_modes_do_not_mix(tmp_path: Path) -> None:
    gold = str(ROOT / "tests" / "fixtures" / "samples_gold.jsonl")
    report = run("eval", "--gold", gold, str(SAMPLES)).splitlines()
    assert report[0].startswith("strict   P ") and report[1].startswith("relaxed  P ")
    assert report[-1].startswith("F1 ") and report[-1].endswith(" gold claims")
    assert json.loads(run("eval", "--gold", gold, str(SAMPLES), "--json"))["documents"] > 0
    sets = str(_eval_dir(tmp_path))
    for args in (
        ["eval"],
        ["eval", "--gold", gold],
        ["eval", "--gold", gold, "--sets", sets],
        ["eval", "--sets", sets, str(SAMPLES)],
        ["eval", "--sets", sets, "--min-f1", "0.5"],
    ):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, (args, result.output)
