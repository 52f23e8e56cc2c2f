"""armsledger's scorer agrees with ../shared/eval/score.py, and the extractor meets its floor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from armsledger import runner
from armsledger.errors import EvalError
from armsledger.evaluation import (
    STUDY_EN,
    STUDY_RU,
    GoldSet,
    SetRow,
    find_sets,
    format_sets,
    norm_system,
    read_gold,
    score,
    score_sets,
    seed_paths,
)
from tests.conftest import ROOT, SAMPLES, reference_scorer, write_jsonl

SAMPLES_GOLD = ROOT / "tests" / "fixtures" / "samples_gold.jsonl"

# Floors guard against regressions only; they sit a little under what the extractor reached
# and are not targets (issue 10: raising the dev floor with every gain made the 39 documents the
# target; the honest figures are the cross-validated one `train-scorer` prints and the `measure`
# set's). Rules fitted to single dev sentences were deleted, then the learned decider came.
# Reached at this stop: dev strict F1 0.88, source 0.93, when 0.95; the bundled samples
# (annotated by us, never fitted on) strict F1 0.83.
DEV_F1_FLOOR = 0.85
DEV_SOURCE_FLOOR = 0.90
DEV_WHEN_FLOOR = 0.95
SAMPLES_F1_FLOOR = 0.77
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
    theirs = reference_scorer(shared).score(gold, preds)
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
    reference = reference_scorer(shared)
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


def _claim(system: str, supplier: str, recipient: str, stage: str, **more: Any) -> dict[str, Any]:
    return {
        "system": system,
        "supplier": supplier,
        "recipient": recipient,
        "stage": stage,
        "factuality": more.pop("factuality", "asserted"),
        **more,
    }


def _gold_dir(root: Path) -> Path:
    """Four sets (two English study sets sharing a doc id, a Russian one, a measuring one), a
    seed text beside them that set alpha's gold names, and a folder that is no set."""
    sets = root / "eval"
    write_jsonl(
        sets / "alpha" / "gold.jsonl",
        [
            {
                "doc": "a1",
                "claims": [
                    _claim("Rafale", "FRA", "EGY", "delivery", when="2021-05", sources=[None]),
                    _claim("S-400", "RUS", "TUR", "delivery", sources=["Yalçın Akdoğan"]),
                ],
            },
            {"doc": "a2", "claims": []},
            {"doc": "s1.txt", "claims": [_claim("F-16", "USA", "POL", "agreement", when="2020")]},
        ],
    )
    write_jsonl(
        sets / "beta" / "gold.jsonl",
        [
            {
                "doc": "a1",
                "claims": [
                    _claim(
                        "Leopard 2", "DEU", "UKR", "delivery", when="2023", sources=["Pistorius"]
                    )
                ],
            }
        ],
    )
    write_jsonl(
        sets / "gamma-ru" / "gold.jsonl",
        [
            {
                "doc": "r1",
                "claims": [
                    _claim("С-400", "RUS", "IND", "delivery", when="2021-12", sources=["Шугаев"]),
                    _claim("С-400", "RUS", "IND", "agreement", optional=True),
                ],
            }
        ],
    )
    write_jsonl(
        sets / "measure" / "gold.jsonl",
        [{"doc": "m1", "claims": [_claim("Rafale", "FRA", "IND", "agreement")]}],
    )
    for name in ("alpha", "beta", "gamma-ru", "measure"):
        # score_sets reads only the gold: the records stand in for what the extractor found.
        write_jsonl(sets / name / "docs.jsonl", [{"id": "x", "text": "unused"}])
    (sets / "notes").mkdir()
    (root / "seeds").mkdir()
    (root / "seeds" / "s1.txt").write_text("Unused here.\n", encoding="utf-8")
    return sets


def _records(sets: Path) -> dict[str, list[dict[str, Any]]]:
    return {
        str(sets / "alpha" / "docs.jsonl"): [
            {**_claim("Rafale", "FRA", "EGY", "delivery"), "doc": "a1", "when": "2021-05-11"},
            {**_claim("S-400", "RUS", "TUR", "delivery", factuality="expected"), "doc": "a1"},
            {**_claim("Su-35", "RUS", "EGY", "agreement"), "doc": "a2"},
        ],
        str(sets / "beta" / "docs.jsonl"): [
            {
                **_claim("Leopard-2", "DEU", "UKR", "delivery"),
                "doc": "a1",
                "when": "2023-01",
                "source": "Defence Minister Boris Pistorius",
            }
        ],
        str(sets / "gamma-ru" / "docs.jsonl"): [
            {
                **_claim("с-400", "RUS", "IND", "delivery"),
                "doc": "r1",
                "when": "2021-12-06",
                "source": "Дмитрий Шугаев",
            },
            {**_claim("С-400", "RUS", "IND", "agreement"), "doc": "r1"},
            {**_claim("Ми-17", "RUS", "IND", "delivery"), "doc": "r1"},
        ],
        str(sets.parent / "seeds" / "s1.txt"): [
            {**_claim("F-16", "USA", "POL", "agreement"), "doc": "s1.txt", "when": "2021"}
        ],
    }


def _figures(row: SetRow) -> tuple[Any, ...]:
    s = row.strict
    return (row.documents, row.gold_claims, s["tp"], s["fp"], s["fn"], s["f1"])


def test_find_sets_in_name_order_with_their_kind(tmp_path: Path) -> None:
    sets = find_sets(_gold_dir(tmp_path))
    assert [s.name for s in sets] == ["alpha", "beta", "gamma-ru", "measure"]
    assert [(s.study, s.russian) for s in sets] == [
        (True, False),
        (True, False),
        (True, True),
        (False, False),
    ]
    assert [p.name for p in seed_paths(tmp_path / "eval")] == ["s1.txt"]
    assert seed_paths(tmp_path / "eval" / "alpha") == []


def test_score_sets_rows_and_union_lines(tmp_path: Path) -> None:
    sets_dir = _gold_dir(tmp_path)
    rows = score_sets(find_sets(sets_dir), _records(sets_dir))
    assert [r.name for r in rows] == ["alpha", "beta", "gamma-ru", "measure", STUDY_EN, STUDY_RU]
    alpha, beta, gamma, measure, en, ru = rows
    # alpha: Rafale and the seed's F-16 match; S-400 is predicted "expected" (fp + fn) and a2 is
    # a negative (fp). The F-16's year is wrong; the S-400's accented source is never matched.
    assert _figures(alpha) == (3, 3, 2, 2, 1, 0.5714)
    assert (alpha.source_accuracy, alpha.when_accuracy) == (1.0, 0.5)
    # beta reuses doc id a1: alpha's claims on its a1 must not count here.
    assert _figures(beta) == (1, 1, 1, 0, 0, 1.0)
    assert (beta.source_accuracy, beta.when_accuracy) == (1.0, 1.0)
    # The optional agreement costs nothing; the Ми-17 is spurious.
    assert _figures(gamma) == (1, 1, 1, 1, 0, 0.6667)
    assert (gamma.source_accuracy, gamma.when_accuracy) == (1.0, 1.0)
    assert _figures(measure) == (1, 1, 0, 0, 1, 0.0)
    assert (measure.source_accuracy, measure.when_accuracy) == (None, None)
    # The unions add up claims, not F1s, and leave the measuring set out.
    assert en.members == ("alpha", "beta") and ru.members == ("gamma-ru",)
    assert _figures(en) == (4, 4, 3, 2, 1, 0.6667)
    assert (en.strict["precision"], en.strict["recall"]) == (0.6, 0.75)
    assert (en.source_accuracy, en.when_accuracy) == (1.0, 0.6667)
    assert _figures(ru) == _figures(gamma)


def test_set_figures_agree_with_the_reference_scorer(tmp_path: Path, shared: Path) -> None:
    reference = reference_scorer(shared)
    sets_dir = _gold_dir(tmp_path)
    records = _records(sets_dir)
    seeds = records[str(sets_dir.parent / "seeds" / "s1.txt")]
    rows = {r.name: r for r in score_sets(find_sets(sets_dir), records)}
    union: dict[str, tuple[list[Any], list[Any]]] = {STUDY_EN: ([], []), STUDY_RU: ([], [])}
    for name in ("alpha", "beta", "gamma-ru", "measure"):
        gold = list(reference.read_jsonl(sets_dir / name / "gold.jsonl"))
        preds = [*records.get(str(sets_dir / name / "docs.jsonl"), []), *seeds]
        _assert_row_is(rows[name], reference.score(gold, preds))
        if not name.startswith("measure"):
            g, p = union[STUDY_RU if "-ru" in name else STUDY_EN]
            g += [{**d, "doc": f"{name}/{d['doc']}"} for d in gold]
            p += [{**c, "doc": f"{name}/{c['doc']}"} for c in preds]
    for name, (gold, preds) in union.items():
        _assert_row_is(rows[name], reference.score(gold, preds))


def _assert_row_is(row: SetRow, theirs: dict[str, Any]) -> None:
    assert row.strict == theirs["strict"]
    assert row.relaxed == theirs["relaxed"]
    assert (row.documents, row.gold_claims) == (theirs["documents"], theirs["gold_claims"])
    assert (row.source_accuracy, row.when_accuracy) == (
        theirs["source_accuracy"],
        theirs["when_accuracy"],
    )


def test_format_sets_one_line_a_set() -> None:
    strict = {"precision": 0.8661, "recall": 0.9355, "f1": 0.8992, "tp": 58, "fp": 9, "fn": 4}
    table = format_sets(
        [
            SetRow("dev", 39, 62, strict, strict, 0.9310, 1.0),
            SetRow("measure-ru", 23, 68, strict, strict, None, None),
            SetRow(STUDY_EN, 253, 788, strict, strict, 0.8333, 0.5862, ("dev",)),
        ]
    ).splitlines()
    assert table == [
        "set        docs claims   strict F1 (P / R)      source  when",
        "dev          39     62   0.899 (0.866 / 0.935)   0.931  1.000",
        "measure-ru   23     68   0.899 (0.866 / 0.935)       -      -",
        "study, en   253    788   0.899 (0.866 / 0.935)   0.833  0.586",
    ]


@pytest.mark.parametrize(
    ("make", "named", "says"),
    [
        (lambda root: root / "absent", "absent", "no such gold directory"),
        (lambda root: root, ".", "no gold sets"),
        (lambda root: _half_set(root, "gold.jsonl"), "half/docs.jsonl", "set 'half' needs it"),
        (lambda root: _half_set(root, "docs.jsonl"), "half/gold.jsonl", "set 'half' needs it"),
    ],
)
def test_a_bad_gold_directory_is_one_named_error(
    tmp_path: Path, make: Any, named: str, says: str
) -> None:
    (tmp_path / "notes").mkdir()  # a folder with neither file is no set, and no error
    with pytest.raises(EvalError) as caught:
        find_sets(make(tmp_path))
    message = str(caught.value)
    assert "\n" not in message and says in message and "(fix: " in message
    assert message.startswith(f"{tmp_path / named if named != '.' else tmp_path}: ")


def _half_set(root: Path, present: str) -> Path:
    write_jsonl(root / "good" / "docs.jsonl", [{"id": "g", "text": "x"}])
    write_jsonl(root / "good" / "gold.jsonl", [{"doc": "g", "claims": []}])
    write_jsonl(root / "half" / present, [])
    return root


def test_gold_set_kinds() -> None:
    kinds = {
        name: (GoldSet(name, Path(), Path()).study, GoldSet(name, Path(), Path()).russian)
        for name in ("dev", "dev-ru2", "measure", "measure-ru")
    }
    assert kinds == {
        "dev": (True, False),
        "dev-ru2": (True, True),
        "measure": (False, False),
        "measure-ru": (False, True),
    }
