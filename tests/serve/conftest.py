"""Fixtures for the web app: a register built from the seeds (or the samples), an app on it,
and, for the browser tests, a live uvicorn server and a headless Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

with warnings.catch_warnings():
    # Starlette's TestClient warns that httpx is deprecated for it; httpx is what we have.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from armsledger.runner import ingest_paths
from armsledger.serve import create_app
from armsledger.store import Register
from tests.conftest import ROOT, SAMPLES, SHARED

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = ROOT / "test-artifacts"
TOKEN = "test-token-3f9a"


@dataclass(frozen=True)
class Corpus:
    """Where the contradiction deal under test comes from."""

    paths: tuple[str, ...]
    system: str
    supplier: str
    recipient: str
    kind: str  # a contradiction kind the deal is known to show


def corpus() -> Corpus:
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        # The seeds: FSMTC denies deliveries a lawmaker asserted (CLAIMS.md).
        return Corpus((str(seeds), str(SAMPLES)), "S-400", "RUS", "CHN", "asserted_vs_denied")
    # Sample 12: UN experts report Qasef-1 drones delivered; Tehran denies any delivery. Neither
    # claim is dated, so the two are one exchange in the news (reconcile.contradictions), not a
    # delivery done before a denial. (The S-400 India samples no longer pair a wrong 2023
    # delivery with the reported hold-up.)
    return Corpus((str(SAMPLES),), "Qasef-1", "IRN", "Houthis", "asserted_vs_denied")


@pytest.fixture(scope="session")
def dev_corpus() -> Corpus:
    return corpus()


def build_register(path: Path, paths: tuple[str, ...]) -> Path:
    with Register(path) as register:
        ingest_paths(paths, register)
    return path


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory: pytest.TempPathFactory, dev_corpus: Corpus) -> Path:
    """The seeds and samples, ingested once per session; tests must not write to it."""
    return build_register(tmp_path_factory.mktemp("serve") / "dev.db", dev_corpus.paths)


@pytest.fixture
def writable_db(tmp_path: Path) -> Path:
    """A small register of the samples that a test may write to."""
    files = ("03_india-s400-deliveries-begin.txt", "04_india-s400-delay.txt")
    return build_register(tmp_path / "w.db", tuple(str(SAMPLES / f) for f in files))


@pytest.fixture(scope="session")
def dev_client(dev_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(dev_db))) as client:
        yield client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def require_browser() -> None:
    """Skip when playwright or Chromium is missing, but fail under CI (CI must run them)."""
    problem = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "playwright is not installed (pip install playwright==1.65.2)"
    if problem is None and not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} is missing (apt-get install chromium)"
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI, but {problem}")
        pytest.skip(f"browser tests skipped: {problem}")


@pytest.fixture(scope="session")
def browser_db(tmp_path_factory: pytest.TempPathFactory, dev_corpus: Corpus) -> Path:
    """Its own copy: the browser tests post an article to it."""
    return build_register(tmp_path_factory.mktemp("browser") / "b.db", dev_corpus.paths)


@pytest.fixture(scope="session")
def live_server(browser_db: Path) -> Iterator[LiveServer]:
    require_browser()
    with LiveServer(create_app(str(browser_db), write_token=TOKEN)) as server:
        yield server


@pytest.fixture(scope="session")
def browser(live_server: LiveServer) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class PageProbe:
    """A page plus what it reported: dialogs opened and console errors (CSP violations)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def probe(browser: Any) -> Iterator[PageProbe]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        yield PageProbe(page)
    finally:
        context.close()
