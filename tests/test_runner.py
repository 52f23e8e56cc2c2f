"""Parallel extraction gives what one core gives, in the same order."""

from __future__ import annotations

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
