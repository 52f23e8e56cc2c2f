"""Shared helpers for the issue-13 tests: run the CLI, build registers from the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from armsledger.cli import cli
from tests.conftest import SAMPLES, SHARED
from tests.robustness import kit

SEEDS = SHARED / "seeds"
SEED_000 = "000_bdffdde4e3014e2f.txt"


def invoke(*args: str) -> kit.Result:
    """``armsledger ARGS`` through ``main``: exit codes and one-line errors as a user sees."""
    return kit.cli(*args)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def seeds() -> Path:
    if not (SEEDS / SEED_000).is_file():
        pytest.skip(f"{SEEDS} is absent (a user's clone)")
    return SEEDS


def seeds_db(tmp: Path, *extra: Path) -> str:
    db = str(tmp / "seeds.db")
    run("ingest", str(seeds()), *map(str, extra), "--db", db, "--jobs", "1")
    return db


def dated_copy(tmp: Path, published: str = "2017-03-22") -> Path:
    """Seed 000's text again as a JSONL record with a publication date: a dated copy."""
    text = (seeds() / SEED_000).read_text("utf-8")
    path = tmp / "copy.jsonl"
    record = {"id": "copy-000", "text": text, "published": published}
    path.write_text(json.dumps(record) + "\n", "utf-8")
    return path


def timeline_json(db: str, *extra: str) -> dict[str, object]:
    out = run("timeline", "S-400", "--supplier", "RUS", "--recipient", "CHN", "--db", db,
              "--format", "json", *extra)  # fmt: skip
    doc: dict[str, object] = json.loads(out)
    return doc


def samples_register(tmp_path_factory: pytest.TempPathFactory, name: str) -> str:
    """A register of the bundled samples, built once for a test module."""
    path = str(tmp_path_factory.mktemp(name) / "s.db")
    run("ingest", str(SAMPLES), "--db", path, "--jobs", "1")
    return path
