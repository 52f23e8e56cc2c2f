"""Helpers for the robustness tests: run the CLI (in this process or as a real subprocess),
dump a register to compare it before and after, and write small corpora of our own sentences.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from armsledger.cli import main

ROOT = Path(__file__).resolve().parents[2]
# The real entry point, run by the interpreter running the tests (the venv's, in CI).
ARMSLEDGER = [sys.executable, "-c", "from armsledger.cli import main; main()"]

SUMMARY = re.compile(
    r"read (?P<articles>\d+) articles \((?P<new>\d+) new\), (?P<claims>\d+) claims, "
    r"(?P<skipped>\d+) skipped; register .*: (?P<total_articles>\d+) articles, "
    r"(?P<total_claims>\d+) claims, (?P<deals>\d+) deals"
)

# Sentences written for these tests (no real reporting): each names a system, two states and a
# stage, so every article yields claims.
SENTENCES = [
    "Russia delivered the first S-400 air defence systems to India in 2021, officials said.",
    "France agreed to sell 24 Rafale fighter jets to Greece, the defence ministry said.",
    "South Korea delivered 10 K2 tanks to Poland last month, the agency reported.",
    "Turkey cancelled its order for Su-35 fighter jets from Russia, a spokesperson said.",
    "Germany will deliver IRIS-T air defence systems to Ukraine next year, the minister said.",
    "The United States approved the sale of 66 F-16 jets to Taiwan, officials said.",
    "Norway has not delivered any NASAMS systems to Lithuania, the ministry denied.",
    "Sweden is in talks with Hungary over four more Gripen fighter jets, sources said.",
]


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str

    def summary(self) -> dict[str, int]:
        """The counts of the ``armsledger ingest`` summary line on stderr."""
        match = SUMMARY.search(self.stderr)
        assert match, f"no summary line in stderr:\n{self.stderr}"
        return {k: int(v) for k, v in match.groupdict().items()}

    def lines(self, prefix: str) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith(prefix)]


def cli(*args: str | Path) -> Result:
    """``armsledger ARGS`` in this process, through ``main`` (exit codes and all)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    saved = sys.argv
    sys.argv = ["armsledger", *map(str, args)]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv = saved
    return Result(code, out.getvalue(), err.getvalue())


def cli_process(*args: str | Path, timeout: float = 60) -> Result:
    """``armsledger ARGS`` as a real subprocess."""
    proc = subprocess.run(
        [*ARMSLEDGER, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def dump(db: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the register's data tables, in a stable order (read-only)."""
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    try:
        return {
            table: [tuple(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
            for table in ("articles", "claims", "migrations")
        }
    finally:
        conn.close()


def contents(db: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """The register's articles and claims without ingest times: what two runs must agree on."""
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    try:
        articles = conn.execute(
            "SELECT id, doc, title, url, published, published_from, updated, updated_from, "
            "text, story_id FROM articles ORDER BY id"
        ).fetchall()
        claims = conn.execute(
            "SELECT id, article_id, deal_id, doc, system, supplier, recipient, stage, "
            'factuality, "when", source, via, evidence_text, evidence_start, evidence_end, '
            "variant, quantity FROM claims ORDER BY id"
        ).fetchall()
        return {"articles": articles, "claims": claims}
    finally:
        conn.close()


def record(i: int, **extra: Any) -> dict[str, Any]:
    """A JSONL record whose text has two of our sentences (so at least one claim)."""
    text = f"Report {i}\n\n{SENTENCES[i % len(SENTENCES)]} {SENTENCES[(i + 3) % len(SENTENCES)]}"
    return {
        "id": f"rob-{i}",
        "url": f"https://news.example.org/rob-{i}",
        "published": f"2021-0{1 + i % 9}-1{i % 10}",
        "title": f"Report {i}",
        "text": text + "\n",
        **extra,
    }


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def write_good_corpus(folder: Path, n: int = 30) -> Path:
    """A folder of good files in three formats; every article yields claims."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.jsonl").write_bytes(jsonl([record(i) for i in range(n)]))
    for i, sentence in enumerate(SENTENCES[:3]):
        (folder / f"story-{i}.txt").write_text(
            f"Story {i}\nJul {10 + i}, 2021\n\n{sentence}\n", encoding="utf-8"
        )
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[3:6])
    (folder / "page.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Arms roundup</title>"
        '<meta property="article:published_time" content="2021-06-01"></head><body>'
        f"<article><h1>Arms roundup</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return folder
