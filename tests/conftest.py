"""Shared fixtures: paths to the project's samples and to ../shared (absent in a user's clone)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from armsledger.extract import extract
from armsledger.extract.pipeline import extract_with
from armsledger.extract.scorer import Decider
from armsledger.models import Article
from armsledger.serve import hosts

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def testclient_host() -> Iterator[None]:
    """Starlette's TestClient sends ``Host: testserver``: a name the app answers to in tests
    only (tests/serve/test_security.py checks the allow-list with other names)."""
    saved = hosts.ALWAYS
    hosts.ALWAYS = (*saved, "testserver")
    try:
        yield
    finally:
        hosts.ALWAYS = saved


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


def claim_keys(text: str, published: str = "2024-01-01") -> set[str]:
    """The claims ``extract`` makes of ``text`` as "system|supplier|recipient|stage|fact"."""
    claims = extract(Article(doc="t", text=text, published=published))
    return {
        f"{c.system}|{c.supplier}|{c.recipient}|{c.stage.value}|{c.factuality.value}"
        for c in claims
    }


ClaimTuple = tuple[str, str | None, str | None, str, str]


def probe_whens(text: str, published: str = "2024-05-15") -> set[tuple[str, str, str | None]]:
    """The dated steps of a probe article as (system, stage, when), its text body text."""
    article = Article(doc="t", text=text, published=published, title="Arms trade roundup")
    return {(c.system, c.stage.value, c.when) for c in extract(article)}


def probe_claims(
    text: str, *, title: str = "Arms trade roundup", decider: Decider | None = None
) -> set[ClaimTuple]:
    """The claims of a probe article as (system, supplier, recipient, stage, factuality). The
    default title of its own makes the text body text; the text's first line as the title
    makes it a headline."""
    article = Article(doc="t", text=text, published="2024-01-01", title=title)
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in extract_with(article, decider)
    }


DatedClaim = tuple[str, str | None, str | None, str, str, str | None]


def dated_probe_claims(text: str, published: str) -> set[DatedClaim]:
    """The claims of a probe article published on ``published``, with their dates:
    (system, supplier, recipient, stage, factuality, when)."""
    article = Article(doc="t", text=text, published=published, title="Arms trade roundup")
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value, c.when)
        for c in extract(article)
    }


def with_known_misses(probes: Sequence[tuple[str, Any]], known: Mapping[str, str]) -> list[Any]:
    """Probe cases for ``parametrize``: a sentence listed in ``known`` (with the reason it is
    missed) is a strict xfail, so that fixing it fails the test until the entry is removed."""
    return [
        pytest.param(s, exp, marks=pytest.mark.xfail(reason=known[s], strict=True))
        if s in known
        else pytest.param(s, exp)
        for s, exp in probes
    ]


def reference_scorer(shared: Path) -> ModuleType:
    """``shared/eval/score.py``, the scorer armsledger's figures must equal."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path
