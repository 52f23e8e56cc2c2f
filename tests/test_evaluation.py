"""armsledger's scorer agrees with ../shared/eval/score.py, and the extractor meets its floor."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from armsledger import runner
from armsledger.evaluation import norm_system, read_gold, score
from tests.conftest import ROOT, SAMPLES

SAMPLES_GOLD = ROOT / "tests" / "fixtures" / "samples_gold.jsonl"

# What the extractor must keep on the dev set (seeds + dev docs), as measured by the rules of
# CLAIMS.md. Raised to just under what the extractor reaches whenever it improves; never
# lowered. Reached when last raised: strict F1 0.899, source 0.931, when 1.0.
DEV_F1_FLOOR = 0.88
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


def _set_predictions(shared: Path, name: str) -> list[dict[str, object]]:
    paths = [str(shared / "eval" / name / "docs.jsonl")]
    return list(runner.claims_as_records(runner.extract_paths(paths)))


def _reference_scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed_gold(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every gold claim (optional ones too) as a prediction, its system and source upper-cased
    and its system spaced, so matching rests on folding: Cyrillic and accents included."""
    preds = []
    for d in gold:
        for c in d.get("claims", []):
            sources = [n for n in c.get("sources") or [] if n]
            preds.append(
                {
                    **c,
                    "doc": d["doc"],
                    "system": " ".join(str(c.get("system") or "").upper()),
                    "source": sources[0].upper() if sources else None,
                }
            )
    return preds


@pytest.mark.parametrize("name", ["dev", "dev-ru"])
def test_scores_agree_with_the_reference_scorer(shared: Path, name: str) -> None:
    gold = read_gold(shared / "eval" / name / "gold.jsonl")
    # The extractor's own predictions, plus the gold re-cased: on dev-ru the extractor finds
    # little, and the re-cased gold still puts Russian systems and names through both scorers.
    preds = _dev_predictions(shared) if name == "dev" else _set_predictions(shared, name)
    preds += _perturbed_gold(gold)[::2]
    ours = score(gold, preds)
    theirs = _reference_scorer(shared).score(gold, preds)
    for key in ("strict", "relaxed"):
        assert ours[key] == theirs[key]
    for key in ("when_accuracy", "source_accuracy", "missed", "spurious"):
        assert ours[key] == theirs[key]


# Our own sentences' parties: a Cyrillic system (and an unlike one that only a-z folding would
# confuse with it), a Cyrillic source inside a longer title, and a Turkish name without accents.
FOLDING_GOLD: list[dict[str, Any]] = [
    {
        "doc": "r1",
        "claims": [
            {
                "system": "С-400",
                "supplier": "RUS",
                "recipient": "IND",
                "stage": "delivery",
                "factuality": "asserted",
                "when": "2021-12",
                "sources": ["Дмитрий Шугаев"],
            },
            {
                "system": "Панцирь",
                "supplier": "RUS",
                "recipient": "IND",
                "stage": "delivery",
                "factuality": "asserted",
                "sources": [None],
            },
        ],
    },
    {
        "doc": "t1",
        "claims": [
            {
                "system": "Bayraktar TB2",
                "supplier": "TUR",
                "recipient": "UKR",
                "stage": "delivery",
                "factuality": "asserted",
                "sources": ["Selçuk Bayraktar", "Yalçın"],
            }
        ],
    },
]
FOLDING_PREDS: list[dict[str, Any]] = [
    {
        "doc": "r1",
        "system": "с-400",
        "supplier": "RUS",
        "recipient": "IND",
        "stage": "delivery",
        "factuality": "asserted",
        "when": "2021-12-06",
        "source": "директор ФСВТС Дмитрий Шугаев",
    },
    {
        "doc": "r1",
        "system": "Искандер",
        "supplier": "RUS",
        "recipient": "IND",
        "stage": "delivery",
        "factuality": "asserted",
    },
    {
        "doc": "t1",
        "system": "BAYRAKTAR TB-2",
        "supplier": "TUR",
        "recipient": "UKR",
        "stage": "delivery",
        "factuality": "asserted",
        "source": "Selcuk Bayraktar, the maker's chief",
    },
]


def test_systems_and_names_fold_in_any_script() -> None:
    assert norm_system("С-400") == "с400"
    assert norm_system("Yalçın-2") == norm_system("yalcin 2") == "yalcin2"
    result = score(FOLDING_GOLD, FOLDING_PREDS)
    # С-400 and TB2 match; Искандер is not Панцирь (both were '' under a-z-only folding).
    assert (result["strict"]["tp"], result["strict"]["fp"], result["strict"]["fn"]) == (2, 1, 1)
    assert result["missed"] == ["r1|панцирь|RUS|IND|delivery|asserted"]
    # Both sources are right only when Cyrillic and accented names fold.
    assert result["source_accuracy"] == 1.0
    assert result["when_accuracy"] == 1.0


def test_folding_agrees_with_the_reference_scorer(shared: Path) -> None:
    reference = _reference_scorer(shared)
    assert score(FOLDING_GOLD, FOLDING_PREDS) == {
        k: v
        for k, v in reference.score(FOLDING_GOLD, FOLDING_PREDS).items()
        if k != "by_stage"  # a figure score.py adds that armsledger eval does not print
    }
    for value in ("С-400", "Yalçın", "Selçuk  Bayraktar!", "ＴＢ２", "Ka-52К"):
        assert norm_system(value) == reference.norm_system(value)


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
