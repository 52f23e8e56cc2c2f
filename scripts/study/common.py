"""Paths and helpers shared by the study scripts (see README.md here).

The lent gold sets are read from ``ARMSLEDGER_EVAL`` (default ``../shared/eval`` beside the
checkout); sets written for a session from ``ARMSLEDGER_WRITTEN`` (default ``/tmp/own``, one
folder a set with ``docs.jsonl`` and ``gold.jsonl``); predictions and scores go to
``ARMSLEDGER_STUDY`` (default ``/tmp/armsledger-study``). A written set listed in
``never_read.txt`` of the written folder, and every ``measure*`` set, is for measuring only:
no script here prints its texts or its misses."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EVAL = Path(os.environ.get("ARMSLEDGER_EVAL", ROOT.parent / "shared" / "eval"))
WRITTEN = Path(os.environ.get("ARMSLEDGER_WRITTEN", "/tmp/own"))
WORK = Path(os.environ.get("ARMSLEDGER_STUDY", "/tmp/armsledger-study"))

_spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
assert _spec is not None and _spec.loader is not None, f"no scorer at {EVAL / 'score.py'}"
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def never_read() -> set[str]:
    listed = WRITTEN / "never_read.txt"
    return set(listed.read_text().split()) if listed.is_file() else set()


def protected(name: str) -> bool:
    """A set whose texts and misses nobody may read: ``measure*`` and the listed written sets."""
    return name.startswith("measure") or name in never_read()


def jsonl(path: Path | str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def set_dir(name: str) -> Path:
    return EVAL / name if (EVAL / name).is_dir() else WRITTEN / name


def written_sets() -> list[str]:
    """The written sets ready to score (both files there), skipping those in ``skip.txt``."""
    skip_file = WORK / "skip.txt"
    skip = set(skip_file.read_text().split()) if skip_file.is_file() else set()
    if not WRITTEN.is_dir():
        return []
    return sorted(
        p.name
        for p in WRITTEN.iterdir()
        if (p / "gold.jsonl").is_file() and (p / "docs.jsonl").is_file() and p.name not in skip
    )


def aliases_of(gold: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    return {
        (d["doc"], score.norm_system(a)): score.norm_system(c.get("system"))
        for d in gold
        for c in d.get("claims", [])
        for a in c.get("aliases") or []
    }


def preds(run: str, name: str) -> list[dict[str, Any]]:
    return jsonl(WORK / "preds" / run / f"{name}.jsonl")


def word_runs(text: str, n: int) -> set[str]:
    """Every run of ``n`` words of ``text``, case- and width-folded (the overlap checks)."""
    w = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}
