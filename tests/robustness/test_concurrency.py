"""Reading while writing: the web app serves a register that ``armsledger ingest`` is filling.

The app runs under uvicorn on 127.0.0.1 (a thread of this process, with its background
warm-up on); ``armsledger ingest`` writes into the same file from a subprocess. Meanwhile
client threads use the pages and the API, and one more thread reads the file directly with
``Register(path, readonly=True)``, as every request of the app does. Nothing may fail (no 5xx,
no "database is locked"), and no read may be torn: a claim's article is always there, counts
never go down, the full-text index always matches the claims. Once the ingest is done the app
must show the final register, not a cached earlier one.
"""

from __future__ import annotations

import subprocess
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from bench.corpus import write_jsonl

from armsledger.runner import ingest_paths
from armsledger.serve import create_app
from armsledger.store import Register
from tests.conftest import SAMPLES
from tests.robustness.kit import ARMSLEDGER, ROOT
from tests.serve.conftest import LiveServer

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's TestClient warns about its httpx use
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

ARTICLES = 2000
# Seconds the whole read-while-write phase may take before the test calls it a hang: a guard
# against a deadlock, not a speed bound (speed is bench/'s). 90 s failed CI once on a busy
# machine (session 43) where the ingest was merely slow; a deadlock never ends at all.
DEADLINE = 600.0


@dataclass
class Watch:
    """What the reader threads saw."""

    stop: threading.Event = field(default_factory=threading.Event)
    errors: list[str] = field(default_factory=list)
    requests: int = 0
    direct_reads: int = 0
    article_counts: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail(self, what: str) -> None:
        with self.lock:
            if len(self.errors) < 50:
                self.errors.append(what)

    def loop(self, body: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            while not self.stop.is_set():
                try:
                    body()
                except Exception as exc:  # anything at all is a finding
                    self.fail(f"{type(exc).__name__}: {exc}")
                    time.sleep(0.05)

        return run


def get(client: httpx.Client, watch: Watch, path: str, **params: Any) -> httpx.Response:
    response = client.get(path, params=params or None)
    with watch.lock:
        watch.requests += 1
    if response.status_code != 200:
        watch.fail(f"GET {path} {params}: {response.status_code} {response.text[:200]}")
    return response


def api_counts_reader(url: str, watch: Watch) -> Callable[[], None]:
    client = httpx.Client(base_url=url, timeout=30)
    last = {"articles": 0, "claims": 0, "deals": 0}

    def body() -> None:
        counts = get(client, watch, "/api").json()["counts"]
        for key, value in counts.items():
            if value < last[key]:
                watch.fail(f"/api {key} went down: {last[key]} -> {value}")
        last.update(counts)
        with watch.lock:
            watch.article_counts.append(counts["articles"])

    return body


def claims_reader(url: str, watch: Watch) -> Callable[[], None]:
    client = httpx.Client(base_url=url, timeout=30)
    turn = iter(range(10**9))

    def body() -> None:
        n = next(turn)
        listing = get(client, watch, "/api/claims", limit=50, offset=(n * 137) % 2000).json()
        for claim in listing["items"][:3]:
            article = get(client, watch, f"/api/articles/{claim['article_id']}")
            if article.status_code == 200:
                ids = {c["id"] for c in article.json()["claims"]}
                if claim["id"] not in ids:
                    watch.fail(f"claim {claim['id']} missing from its article's page")
        search = get(client, watch, "/api/claims", q="delivered", limit=5).json()
        if search["total"] and not search["items"]:
            watch.fail("search total without items")

    return body


def deals_reader(url: str, watch: Watch) -> Callable[[], None]:
    client = httpx.Client(base_url=url, timeout=30)

    def body() -> None:
        get(client, watch, "/deals")
        deals = get(client, watch, "/api/deals", limit=20).json()["items"]
        if deals:
            deal = deals[len(deals) // 2]["id"]
            get(client, watch, f"/deals/{deal}")
            get(client, watch, f"/api/deals/{deal}")
            get(client, watch, f"/api/deals/{deal}/timeline", limit=20)
        get(client, watch, "/api/contradictions", limit=10)

    return body


def direct_reader(db: Path, watch: Watch) -> Callable[[], None]:
    last = [0, 0]

    def body() -> None:
        with Register(db, readonly=True) as register:
            conn = register.conn
            conn.execute("BEGIN")  # one snapshot for the three counts
            try:
                articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
                fts = conn.execute("SELECT count(*) FROM claims_fts").fetchone()[0]
                orphans = conn.execute(
                    "SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"
                ).fetchone()[0]
            finally:
                conn.execute("COMMIT")
        if orphans:
            watch.fail(f"{orphans} claims without their article")
        if fts != claims:
            watch.fail(f"full-text index has {fts} rows for {claims} claims")
        if articles < last[0] or claims < last[1]:
            watch.fail(f"direct counts went down: {last} -> {[articles, claims]}")
        last[:] = [articles, claims]
        with watch.lock:
            watch.direct_reads += 1

    return body


@pytest.fixture
def register(tmp_path: Path) -> Path:
    db = tmp_path / "live.db"
    with Register(db) as reg:
        ingest_paths([str(SAMPLES)], reg)
    return db


def test_the_app_reads_while_ingest_writes(register: Path, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES, seed=5)
    with Register(register, readonly=True) as reg:
        initial = reg.counts()
    watch = Watch()
    with LiveServer(create_app(str(register))) as server:
        bodies = [
            api_counts_reader(server.url, watch),
            claims_reader(server.url, watch),
            deals_reader(server.url, watch),
            direct_reader(register, watch),
        ]
        threads = [threading.Thread(target=watch.loop(b), daemon=True) for b in bodies]
        for t in threads:
            t.start()
        time.sleep(0.3)  # the readers are going before the writer starts
        proc = subprocess.Popen(
            [*ARMSLEDGER, "ingest", str(corpus), "--db", str(register), "--jobs", "2"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _, stderr = proc.communicate(timeout=DEADLINE)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            time.sleep(0.5)  # a last round of reads of the finished register
            watch.stop.set()
            for t in threads:
                t.join(timeout=30)
        assert proc.returncode == 0, stderr[-2000:]
        assert watch.errors == []
        assert watch.requests >= 50 and watch.direct_reads >= 10, watch
        # The readers saw the register part-filled, not only before and after.
        final = initial["articles"] + ARTICLES
        assert any(initial["articles"] < n < final for n in watch.article_counts), sorted(
            set(watch.article_counts)
        )[:20]

        # Nothing stale: the running app now shows what a fresh app shows.
        with Register(register, readonly=True) as reg:
            counts = reg.counts()
        assert counts["articles"] == final
        live = httpx.Client(base_url=server.url, timeout=30)
        assert live.get("/api").json()["counts"] == counts
        with TestClient(create_app(str(register), warm=False)) as fresh:
            for path in ("/api/deals?limit=200", "/api/contradictions?limit=200"):
                assert live.get(path).json() == fresh.get(path).json(), path
