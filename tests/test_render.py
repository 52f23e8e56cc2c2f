"""CLI tables in an 80-column terminal (issue 13): one record per block when narrow, every line
within the width, evidence and sources printed as written, a "reported" date on every claim.

The texts are sentences written for these tests; brackets and a long source name are there
to catch markup and truncation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import RenderableType

from armsledger import render
from armsledger.cli_shared import piped_width
from armsledger.models import Claim, Evidence, Factuality, Stage
from armsledger.reconcile.contradictions import find_contradictions
from tests.robustness.kit import cli

ROOT = Path(__file__).resolve().parents[1]
ARMSLEDGER = [sys.executable, "-c", "from armsledger.cli import main; main()"]

DELIVERED = (
    "Russia delivered the first S-400 air defence systems to India in 2021 [sic], the press "
    "office of the Federal Service for Military-Technical Cooperation of the Russian "
    "Federation said in a long statement on its website."
)
DENIED = "Russia has not delivered any S-400 systems to India [/i], the ministry said."
RECORDS = [
    {"id": "one", "published": "2021-11-15", "title": "Deliveries", "text": DELIVERED},
    {"id": "two", "published": "2021-12-02", "title": "Denial", "text": DENIED},
]
TIMELINE = ["timeline", "S-400", "--supplier", "RUS", "--recipient", "IND"]
COMMANDS = {
    "claims": ["claims"],
    "deals": ["deals"],
    "timeline": TIMELINE,
    "contradictions": ["contradictions"],
}


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("narrow")
    corpus = folder / "in.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    path = folder / "r.db"
    result = cli("ingest", corpus, "--db", path, "--jobs", "1")
    assert result.code == 0 and result.summary()["claims"] >= 2, result.stderr
    return path


def _run(args: list[str], columns: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    proc = subprocess.run(
        [*ARMSLEDGER, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.parametrize("command", list(COMMANDS))
def test_80_columns_no_line_is_longer_and_evidence_is_literal(db: Path, command: str) -> None:
    stdout = _run([*COMMANDS[command], "--db", str(db)], "80")
    lines = stdout.splitlines()
    assert lines, command
    too_long = [line for line in lines if len(line) > 80]
    assert not too_long, "\n".join(too_long)
    assert not any(line.endswith(" ") for line in lines), "lines padded with blanks"
    assert "┃" not in stdout and "│" not in stdout  # blocks, not a squeezed table
    if command != "deals":
        flat = _words(stdout)
        assert _words(DENIED) in flat
        if command != "contradictions":
            assert _words(DELIVERED) in flat


def test_80_column_claims_keep_the_report_date_and_source(db: Path) -> None:
    stdout = _run(["claims", "--db", str(db)], "80")
    flat = _words(stdout)
    assert "reported: 2021-11-15 (published)" in flat
    assert "reported: 2021-12-02 (published)" in flat
    # a long source wraps onto the next line: nothing of it is cut off
    assert "Federal Service for Military-Technical Cooperation of the Russian Federation" in flat


def test_piped_output_without_columns_keeps_the_wide_tables(db: Path) -> None:
    stdout = _run(["claims", "--db", str(db)], None)
    header = next(line for line in stdout.splitlines() if "evidence" in line)
    for column in ("doc", "system", "supplier", "recipient", "stage", "reported", "source"):
        assert column in header
    assert max(len(line) for line in stdout.splitlines()) > 80


def test_piped_width_reads_columns() -> None:
    assert piped_width({"COLUMNS": "80"}) == 80
    assert piped_width({"COLUMNS": "250"}) == 250
    assert piped_width({}) == 160
    assert piped_width({"COLUMNS": "wide"}) == 160
    assert piped_width({"COLUMNS": "3"}) == 160  # nonsense: a table cannot be 3 wide


# -- the renderables at a rich Console's width --------------------------------------------------


def _claim(text: str, factuality: Factuality, source: str) -> Claim:
    return Claim(
        doc="doc-[b].txt",
        system="S-400",
        supplier="RUS",
        recipient="IND",
        stage=Stage.DELIVERY,
        factuality=factuality,
        when="2021",
        source=source,
        via=("Agency [x]",),
        evidence=Evidence(text=text, start=0, end=len(text)),
        article_id="a1" if factuality is Factuality.ASSERTED else "a2",
    )


def _printed(renderable: RenderableType, width: int) -> list[str]:
    console = render.console(width=width)
    with console.capture() as captured:
        console.print(renderable)
    return captured.get().splitlines()


CLAIMS = [
    _claim(DELIVERED, Factuality.ASSERTED, "a spokesperson [name withheld]"),
    _claim(DENIED, Factuality.DENIED, "the ministry"),
]
REPORTED = {"a1": "2021-11-15", "a2": "2021-12-02"}


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_claim_blocks_fit_any_narrow_width(width: int) -> None:
    lines = _printed(render.claims_table(CLAIMS, REPORTED), width)
    assert max(len(line) for line in lines) <= width
    flat = _words("\n".join(lines))
    for claim in CLAIMS:
        assert _words(claim.evidence.text) in flat
    assert "source: a spokesperson [name withheld] via Agency [x]" in flat
    assert "reported: 2021-11-15 (published)" in flat
    assert "doc: doc-[b].txt" in flat


def test_wide_consoles_get_the_table_with_a_reported_column() -> None:
    lines = _printed(render.claims_table(CLAIMS, REPORTED), 200)
    header = next(line for line in lines if "evidence" in line)
    assert "reported" in header and "┃" in header


def test_contradiction_blocks_show_both_sides_with_their_dates() -> None:
    found = find_contradictions(CLAIMS, REPORTED)
    assert found
    lines = _printed(render.contradictions_table(found, REPORTED), 80)
    assert max(len(line) for line in lines) <= 80
    flat = _words("\n".join(lines))
    assert "asserted_vs_denied" in flat
    assert "a: delivery, asserted; source: a spokesperson [name withheld] via Agency [x]" in flat
    assert "b: delivery, denied; source: the ministry via Agency [x]" in flat
    assert "reported: 2021-12-02 (published)" in flat
    assert _words(DENIED) in flat
