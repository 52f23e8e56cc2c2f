"""Score claims against a gold file by the rules of ``../shared/CLAIMS.md`` ("Scoring").

The same figures as ``shared/eval/score.py`` (a test holds the two in agreement): micro-averaged
precision, recall and F1 over keys (doc, system, supplier, recipient, stage, factuality), a
relaxed score without factuality, and `when` and `source` accuracy on matched keys.

A gold directory (``../shared/eval``) holds one folder per set, each with ``docs.jsonl`` and
``gold.jsonl``; ``score_sets`` scores every set and the union of the English and of the Russian
study sets, and ``format_sets`` prints them one line each.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from armsledger.errors import EvalError

Key = tuple[Any, ...]


def fold(value: object) -> str:
    """Case-blind and accent-blind in any script, as score.py's ``fold``: 'Yalçın' ~ 'yalcin'.

    NFKD splits accented letters into base and combining mark, and the marks are dropped; the
    dotless 'ı' has no decomposition, so it is mapped by hand. Letters of every script stay:
    keeping only a-z would cut 'С-400' to '400' and 'Панцирь' to '', so unlike systems matched.
    """
    text = unicodedata.normalize("NFKD", str(value or "").replace("ı", "i"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def norm_system(value: object) -> str:
    """'С-400' -> 'с400': letters and digits of any script, folded (score.py's ``norm_system``)."""
    return re.sub(r"[\W_]", "", fold(value))


def _norm_code(value: object) -> str | None:
    return str(value).strip().upper() if value else None


def _norm_name(value: object) -> str:
    # Punctuation becomes a space, not nothing: names are compared as whole words.
    return re.sub(r"\s+", " ", re.sub(r"[\W_]", " ", fold(value))).strip()


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    return list(_read_jsonl(Path(path)))


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvalError(
                        f"not JSON: {exc}",
                        path=str(path),
                        record=f"line {n}",
                        hint="one JSON object per line",
                    ) from exc
    except OSError as exc:
        raise EvalError(f"cannot read: {exc.strerror}", path=str(path)) from exc


def _key(doc: str, claim: dict[str, Any], strict: bool, aliases: dict[Key, str]) -> Key:
    system = norm_system(claim.get("system"))
    system = aliases.get((doc, system), system)
    k: Key = (
        doc,
        system,
        _norm_code(claim.get("supplier")),
        _norm_code(claim.get("recipient")),
        str(claim.get("stage") or "").lower(),
    )
    return (*k, str(claim.get("factuality") or "").lower()) if strict else k


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _source_ok(names: list[str | None] | None, pred: object) -> bool:
    predicted = _norm_name(pred)
    if not predicted:
        return not names or None in names
    normed = [_norm_name(n) for n in names or [] if n is not None and _norm_name(n)]
    return any(f" {n} " in f" {predicted} " or f" {predicted} " in f" {n} " for n in normed)


def score(gold_docs: list[dict[str, Any]], preds: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The scorer's figures for ``preds`` (claim records) against ``gold_docs``."""
    preds = list(preds)
    docs = {d["doc"]: d for d in gold_docs}
    aliases = {
        (d["doc"], norm_system(a)): norm_system(c.get("system"))
        for d in gold_docs
        for c in d.get("claims", [])
        for a in c.get("aliases") or []
    }
    result: dict[str, Any] = {}
    for strict in (True, False):
        gold: dict[Key, tuple[dict[str, Any], dict[str, Any]]] = {}
        optional: set[Key] = set()
        for d in gold_docs:
            for c in d.get("claims", []):
                k = _key(d["doc"], c, strict, {})
                if c.get("optional"):
                    optional.add(k)
                else:
                    gold.setdefault(k, (d, c))
        optional -= gold.keys()
        pred: dict[Key, dict[str, Any]] = {}
        for c in preds:
            k = _key(c.get("doc", ""), c, strict, aliases)
            if c.get("doc") in docs and k not in optional:
                pred.setdefault(k, c)
        tp = gold.keys() & pred.keys()
        p, r, f = _prf(len(tp), len(pred.keys() - tp), len(gold.keys() - tp))
        result["strict" if strict else "relaxed"] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": len(tp),
            "fp": len(pred.keys() - tp),
            "fn": len(gold.keys() - tp),
        }
        if strict:
            whens = [
                str(pred[k].get("when") or "")[: len(str(gold[k][1]["when"]))]
                == str(gold[k][1]["when"])
                for k in tp
                if gold[k][1].get("when") and gold[k][0].get("score_when", True)
            ]
            sources = [_source_ok(gold[k][1].get("sources"), pred[k].get("source")) for k in tp]
            result["when_accuracy"] = round(sum(whens) / len(whens), 4) if whens else None
            result["source_accuracy"] = round(sum(sources) / len(sources), 4) if sources else None
            result["missed"] = sorted("|".join(map(str, k)) for k in gold.keys() - tp)
            result["spurious"] = sorted("|".join(map(str, k)) for k in pred.keys() - tp)
    result["documents"] = len(docs)
    result["gold_claims"] = sum(
        1 for d in gold_docs for c in d.get("claims", []) if not c.get("optional")
    )
    return result


def format_report(result: dict[str, Any]) -> str:
    lines = []
    for name in ("strict", "relaxed"):
        r = result[name]
        lines.append(
            f"{name:8} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
            f"  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})"
        )
    lines.append(
        f"when accuracy {result['when_accuracy']}  source accuracy {result['source_accuracy']}"
    )
    lines += [f"  missed   {k}" for k in result["missed"]]
    lines += [f"  spurious {k}" for k in result["spurious"]]
    lines.append(
        f"F1 {result['strict']['f1']:.3f} on {result['documents']} documents, "
        f"{result['gold_claims']} gold claims"
    )
    return "\n".join(lines)


# Sets whose name starts so are for measuring only: their scores are read, never their misses
# (shared/eval/README.md), so no union line mixes them with the study sets.
MEASURE_PREFIX = "measure"
RUSSIAN_MARK = "-ru"
STUDY_EN = "study, en"
STUDY_RU = "study, ru"
# Relative to the working directory: a checkout of the project sits beside ../shared.
DEFAULT_SETS = "../shared/eval"
SET_FILES_HINT = "each set is a folder holding docs.jsonl and gold.jsonl, as in ../shared/eval"


@dataclass(frozen=True)
class GoldSet:
    """One set of a gold directory: ``docs`` to extract claims from, ``gold`` to score them by."""

    name: str
    docs: Path
    gold: Path

    @property
    def study(self) -> bool:
        return not self.name.startswith(MEASURE_PREFIX)

    @property
    def russian(self) -> bool:
        return RUSSIAN_MARK in self.name


@dataclass(frozen=True)
class SetRow:
    """One line of the table: a set's figures, or a union's (``members`` names its sets)."""

    name: str
    documents: int
    gold_claims: int
    strict: dict[str, Any]
    relaxed: dict[str, Any]
    source_accuracy: float | None
    when_accuracy: float | None
    members: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "set": self.name,
            "documents": self.documents,
            "gold_claims": self.gold_claims,
            "strict": self.strict,
            "relaxed": self.relaxed,
            "source_accuracy": self.source_accuracy,
            "when_accuracy": self.when_accuracy,
        }
        if self.members:
            record["members"] = list(self.members)
        return record


def find_sets(directory: str | Path) -> list[GoldSet]:
    """The sets in ``directory``, by name; a folder with neither file is not a set."""
    root = Path(directory)
    if not root.is_dir():
        raise EvalError(
            "no such gold directory",
            path=str(root),
            hint="give the folder of gold sets, e.g. --sets ../shared/eval",
        )
    sets = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        docs, gold = folder / "docs.jsonl", folder / "gold.jsonl"
        if not docs.exists() and not gold.exists():
            continue  # a cache or notes folder, not a half-made set
        for needed in (docs, gold):
            if not needed.is_file():
                raise EvalError(
                    f"no such file, and set {folder.name!r} needs it",
                    path=str(needed),
                    hint=f"add {needed.name} to {folder}, or move the folder out of {root}",
                )
        sets.append(GoldSet(folder.name, docs, gold))
    if not sets:
        raise EvalError("no gold sets in this directory", path=str(root), hint=SET_FILES_HINT)
    return sets


def seed_paths(directory: str | Path) -> list[Path]:
    """The seed texts beside a gold directory (``../shared/seeds``): set ``dev`` scores them."""
    seeds = Path(directory).resolve().parent / "seeds"
    return sorted(seeds.glob("*.txt")) if seeds.is_dir() else []


def score_sets(sets: list[GoldSet], records: Mapping[str, list[dict[str, Any]]]) -> list[SetRow]:
    """A row per set, then a union row for the English and for the Russian study sets.

    ``records`` are claim records by the file they were read from (``runner.records_by_path``).
    Records from a set's ``docs.jsonl`` count for that set alone, so two sets may reuse a doc
    id; records from any other file (the seeds) count for every set whose gold names their doc.
    """
    own = {str(s.docs) for s in sets}
    shared = [r for path, recs in records.items() if path not in own for r in recs]
    scored: list[tuple[GoldSet, list[dict[str, Any]], list[dict[str, Any]]]] = []
    rows = []
    for s in sets:
        gold = read_gold(s.gold)
        preds = [*records.get(str(s.docs), []), *shared]
        scored.append((s, gold, preds))
        rows.append(_row(s.name, score(gold, preds)))
    for name, russian in ((STUDY_EN, False), (STUDY_RU, True)):
        members = [m for m in scored if m[0].study and m[0].russian == russian]
        if members:
            # Doc ids are prefixed with the set name so the union is the sum of its sets even
            # when two sets share a doc id; micro-averaging then weighs every claim alike.
            gold = [{**d, "doc": f"{s.name}/{d['doc']}"} for s, g, _ in members for d in g]
            preds = [{**c, "doc": f"{s.name}/{c.get('doc')}"} for s, _, p in members for c in p]
            rows.append(_row(name, score(gold, preds), tuple(s.name for s, _, _ in members)))
    return rows


def _row(name: str, result: dict[str, Any], members: tuple[str, ...] = ()) -> SetRow:
    # missed and spurious stay out: on a measure* set they are the misses nobody may read.
    return SetRow(
        name=name,
        documents=result["documents"],
        gold_claims=result["gold_claims"],
        strict=result["strict"],
        relaxed=result["relaxed"],
        source_accuracy=result["source_accuracy"],
        when_accuracy=result["when_accuracy"],
        members=members,
    )


def format_sets(rows: list[SetRow]) -> str:
    """The table: set, documents, gold claims, strict F1 (P / R), source and when accuracy."""
    width = max([10, *(len(r.name) for r in rows)]) + 1

    def figure(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    lines = [f"{'set':<{width}}docs claims   strict F1 (P / R)      source  when"]
    for r in rows:
        s = r.strict
        lines.append(
            f"{r.name:<{width}}{r.documents:>4}{r.gold_claims:>7}   "
            f"{s['f1']:.3f} ({s['precision']:.3f} / {s['recall']:.3f})"
            f"{figure(r.source_accuracy):>8}{figure(r.when_accuracy):>7}"
        )
    return "\n".join(lines)
