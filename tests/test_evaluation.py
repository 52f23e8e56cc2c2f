"""armsledger's scorer agrees with ../shared/eval/score.py, and the extractor meets its floor."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from armsledger import runner
from armsledger.evaluation import read_gold, score
from tests.conftest import ROOT, SAMPLES

SAMPLES_GOLD = ROOT / "tests" / "fixtures" / "samples_gold.jsonl"

# What the extractor must keep on the dev set (seeds + dev docs), as measured by the rules of
# CLAIMS.md: a guard against breaking it, not a target (issue 10: raising it with every gain made
# the 39 documents the target). Lowered once, when rules fitted to single dev sentences were
# deleted from the rule table: strict F1 0.899 -> 0.875, source 0.929, when 0.95.
DEV_F1_FLOOR = 0.86
DEV_SOURCE_FLOOR = 0.90
DEV_WHEN_FLOOR = 0.95
# The same on the bundled samples, annotated by us under CLAIMS.md (tests/fixtures): articles
# no rule was written against when they were annotated. Reached: strict F1 0.836.
SAMPLES_F1_FLOOR = 0.82
SEED_DOCS = ("000_bdffdde4e3014e2f.txt", "004_c47f269bf38cc95d.txt")


def _dev_predictions(shared: Path) -> list[dict[str, object]]:
    paths = [
        *map(str, sorted((shared / "seeds").glob("*.txt"))),
        str(shared / "eval" / "dev" / "docs.jsonl"),
    ]
    return list(runner.claims_as_records(runner.extract_paths(paths)))


def _reference_scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scores_agree_with_the_reference_scorer(shared: Path) -> None:
    gold = read_gold(shared / "eval" / "dev" / "gold.jsonl")
    preds = _dev_predictions(shared)
    ours = score(gold, preds)
    theirs = _reference_scorer(shared).score(gold, preds)
    for name in ("strict", "relaxed"):
        assert ours[name] == theirs[name]
    for name in ("when_accuracy", "source_accuracy", "missed", "spurious"):
        assert ours[name] == theirs[name]


def test_dev_set_quality_floor(shared: Path) -> None:
    result = score(read_gold(shared / "eval" / "dev" / "gold.jsonl"), _dev_predictions(shared))
    print(
        json.dumps(
            {k: result[k] for k in ("strict", "relaxed", "when_accuracy", "source_accuracy")}
        )
    )
    assert result["strict"]["f1"] >= DEV_F1_FLOOR
    assert result["source_accuracy"] >= DEV_SOURCE_FLOOR
    assert result["when_accuracy"] >= DEV_WHEN_FLOOR


def test_samples_quality_floor() -> None:
    gold = read_gold(SAMPLES_GOLD)
    preds = list(runner.claims_as_records(runner.extract_paths([str(SAMPLES)])))
    result = score(gold, preds)
    print(json.dumps({k: result[k] for k in ("strict", "when_accuracy", "source_accuracy")}))
    assert result["strict"]["f1"] >= SAMPLES_F1_FLOOR


def test_every_seed_claim_is_found(shared: Path) -> None:
    gold = [d for d in read_gold(shared / "eval" / "dev" / "gold.jsonl") if d["doc"] in SEED_DOCS]
    preds = [p for p in _dev_predictions(shared) if p["doc"] in SEED_DOCS]
    result = score(gold, preds)
    assert result["missed"] == []
    assert result["strict"]["tp"] == 7
    assert result["source_accuracy"] is not None and result["source_accuracy"] * 7 >= 6
