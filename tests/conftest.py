"""Shared fixtures: paths to the project's samples and to ../shared (absent in a user's clone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from armsledger.models import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "eval" / "dev" / "gold.jsonl").exists():
        pytest.skip(f"{SHARED} is absent (a user's clone): the dev-set checks need ../shared")
    return SHARED


def article(
    text: str, published: str | None = "2020-07-30", doc: str = "t.txt", url: str | None = None
) -> Article:
    title = text.strip().split("\n", 1)[0]
    return Article(doc=doc, text=text, title=title, published=published, url=url)
