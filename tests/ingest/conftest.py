"""Shared helpers for the ingest tests: every fixture file is written into ``tmp_path``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from armsledger.errors import IngestError
from armsledger.ingest import iter_articles
from armsledger.models import Article

Ingest = Callable[..., tuple[list[Article], list[IngestError]]]


@pytest.fixture
def ingest() -> Ingest:
    """Read paths with an error collector; return (articles, errors)."""

    def run(*paths: str | Path) -> tuple[list[Article], list[IngestError]]:
        errors: list[IngestError] = []
        articles = list(iter_articles(paths, on_error=errors.append))
        return articles, errors

    return run
