"""Parallel extraction gives what one core gives, in the same order; bad records are counted
in flat memory."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from armsledger import runner
from armsledger.ingest import iter_articles
from tests.conftest import SAMPLES


@pytest.mark.parametrize("window_per_job", [1, 2, 1000])
def test_jobs_give_the_one_core_output(
    monkeypatch: pytest.MonkeyPatch, window_per_job: int
) -> None:
    # Small windows send several batches through the pool while the next one is read.
    monkeypatch.setattr(runner, "WINDOW_PER_JOB", window_per_job)
    articles = list(iter_articles([SAMPLES]))
    one = [(a.id, [c.id for c in cs]) for a, cs in runner.extract_articles(articles, jobs=1)]
    two = [(a.id, [c.id for c in cs]) for a, cs in runner.extract_articles(iter(articles), jobs=2)]
    assert two == one
    assert sum(len(cs) for _, cs in one) > 20


def _flood(path: Path, bad_lines: int) -> Path:
    """One good JSONL record, then ``bad_lines`` lines that are not JSON."""
    good = {"id": "g1", "text": "Norway delivered two NASAMS batteries to Ukraine in March 2023."}
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(good) + "\n")
        fh.writelines(f"this line is not a record {i}\n" for i in range(bad_lines))
    return path


def _peak_bytes(path: Path, db: Path) -> tuple[int, runner.RunSummary]:
    tracemalloc.start()
    try:
        summary, _counts = runner.ingest([str(path)], str(db), jobs=1, on_error=lambda _e: None)
        return tracemalloc.get_traced_memory()[1], summary
    finally:
        tracemalloc.stop()


# Bound on the memory a flood of bad records may add, whatever its length: the errors kept
# as examples (MAX_ERRORS_KEPT of ~0.5 KB each) plus slack for the reader's buffers. Keeping
# every error took ~340 bytes a line as tracemalloc counts, 14 MB for the 40,000 lines below.
FLOOD_BOUND = 4_000_000


def test_a_flood_of_bad_records_is_counted_in_flat_memory(tmp_path: Path) -> None:
    # The small flood first: it loads the gazetteers and rules, so the large one's peak is
    # the flood's own cost.
    small_peak, small = _peak_bytes(_flood(tmp_path / "small.jsonl", 1_000), tmp_path / "a.db")
    large_peak, large = _peak_bytes(_flood(tmp_path / "large.jsonl", 40_000), tmp_path / "b.db")
    assert (small.error_count, large.error_count) == (1_000, 40_000)
    assert large.articles == 1
    assert len(large.errors) == runner.MAX_ERRORS_KEPT
    assert large.errors[0].record == "line 2"  # the first examples are the ones kept
    assert large_peak - small_peak < FLOOD_BOUND, f"{large_peak - small_peak:,} bytes"


def test_jobs_are_capped_at_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = runner.get_context

    class Spy:
        def __init__(self, method: str) -> None:
            self.context = real(method)

        def Pool(self, processes: int) -> Any:
            sizes.append(processes)
            return self.context.Pool(processes)

    monkeypatch.setattr(runner, "get_context", Spy)
    monkeypatch.setattr(runner, "default_jobs", lambda: 2)
    articles = list(iter_articles([SAMPLES]))[:3]
    pairs = list(runner.extract_articles(articles, jobs=1000))
    assert sizes == [2]
    assert [a.id for a, _ in pairs] == [a.id for a in articles]
