"""Latency of the web register at 100,000 claims (``python bench/web_bench.py``).

A synthetic register is written with ``Register.store`` (default 100,000 claims, 20,000
articles, 2,500 deals). Deal sizes follow a Zipf-like curve (weight ``1/(rank + 20)``): a few
deals gather hundreds of claims, as the S-400 sales do in the press, the median has about 16.
Each deal runs its course (talks, contract, production, deliveries; now and then a delay or a
cancellation); an article's claims take the stage the deal had reached by its date, 5% are
denials, half give their own date. Every claim's sentence sits at its true offsets.

The app (``create_app(db, warm=False)``) runs under uvicorn on 127.0.0.1 in a thread of this
process and is measured with httpx from the main thread (client and server share the GIL, so
the figures are conservative). Phases, each a bounded loop (``--requests`` requests at most,
``--budget`` seconds at most per row):

1. cold: the first view of each sampled deal page, which computes the deal's status and
   contradictions (``find_contradictions`` compares every pair of statements);
2. warm-up: ``DealIndex.warm``, what the server does in the background at startup, timed;
3. steady state: deal pages and the API again, served from the memoised views.

The largest deal is reported apart, and so is the process's peak RSS (server and client, with
every deal's view cached). Results go to ``bench/out/web_bench.json`` (git-ignored)
and a table on stdout.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import socket
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from armsledger.models import Article, Claim, Evidence, Factuality, Stage
from armsledger.serve import create_app
from armsledger.serve.deps import ServeState
from armsledger.store import Register

HERE = Path(__file__).resolve().parent
SYSTEMS = (
    "S-400", "S-300", "Su-35", "Su-30", "MiG-29", "F-35", "F-16", "F-15", "Rafale", "Gripen",
    "Eurofighter", "HIMARS", "Patriot", "NASAMS", "IRIS-T", "Javelin", "Leopard 2", "K2", "K9",
    "FA-50", "AH-64", "MQ-9", "Bayraktar TB2", "J-10", "Scorpene", "T-90", "Abrams", "Stinger",
)  # fmt: skip
SUPPLIERS = ("RUS", "USA", "FRA", "DEU", "CHN", "KOR", "TUR", "ISR", "GBR", "ITA", "SWE", "NOR")
RECIPIENTS = (
    "IND", "CHN", "TUR", "EGY", "SAU", "ARE", "QAT", "IDN", "VNM", "DZA", "IRN", "SYR", "IRQ",
    "PAK", "BGD", "MMR", "THA", "MYS", "PHL", "TWN", "JPN", "KOR", "AUS", "POL", "ROU", "GRC",
    "UKR", "SRB", "HUN", "CZE", "FIN", "NLD", "ESP", "BRA", "ARG", "CHL", "MEX", "NGA", "MAR",
)  # fmt: skip
FACTS = (Factuality.ASSERTED, Factuality.EXPECTED, Factuality.POSSIBLE, Factuality.DENIED)
FACT_WEIGHTS = (78, 12, 5, 5)
SOURCES = (None, None, "FSMTC", "Rosoboronexport", "the Pentagon", "a defence ministry source")
VIAS = ((), (), ("TASS",), ("Reuters",), ("UAWire", "Sohu"))
VERBS = {
    Stage.NEGOTIATION: "is in talks over",
    Stage.AGREEMENT: "signed a contract for",
    Stage.PRODUCTION: "is producing",
    Stage.DELIVERY: "delivered",
    Stage.POSTPONED: "postponed the delivery of",
    Stage.CANCELLED: "cancelled the order for",
}
Deal = tuple[str, str, str, int]  # system, supplier, recipient, start year


def make_deals(count: int, rng: random.Random) -> list[Deal]:
    keys: set[tuple[str, str, str]] = set()
    while len(keys) < count:
        supplier, recipient = rng.choice(SUPPLIERS), rng.choice(RECIPIENTS)
        if supplier != recipient:
            keys.add((rng.choice(SYSTEMS), supplier, recipient))
    return [(*k, rng.randint(2005, 2020)) for k in sorted(keys)]


def deal_sizes(total: int, deals: int) -> list[int]:
    weights = [1 / (rank + 20) for rank in range(deals)]
    scale = total / sum(weights)
    sizes = [max(1, int(w * scale)) for w in weights]
    for i in range(total - sum(sizes)):  # the exact total, spread over the largest
        sizes[i % 50] += 1
    return sizes


def stage_at(elapsed: int, rng: random.Random) -> tuple[Stage, int]:
    """The stage a deal ``elapsed`` years old is reported at, and the year offset of it."""
    if rng.random() < 0.06:
        return rng.choice((Stage.POSTPONED, Stage.POSTPONED, Stage.CANCELLED)), elapsed
    ladder = ((0, Stage.NEGOTIATION), (1, Stage.AGREEMENT), (2, Stage.PRODUCTION))
    reached = [(off, s) for off, s in ladder if off <= elapsed]
    if elapsed >= 3:
        reached.append((rng.randint(3, max(3, elapsed)), Stage.DELIVERY))
    off, stage = reached[-1] if rng.random() < 0.7 else rng.choice(reached)
    return stage, off


def generate(
    total: int = 100_000, deals: int = 2_500, per_article: int = 5, seed: int = 7
) -> Iterator[tuple[Article, list[Claim]]]:
    rng = random.Random(seed)
    pool = make_deals(deals, rng)
    slots = [i for i, n in enumerate(deal_sizes(total, deals)) for _ in range(n)]
    rng.shuffle(slots)
    for n in range(0, len(slots), per_article):
        yield article(n // per_article, [pool[i] for i in slots[n : n + per_article]], rng)


def article(number: int, deals: list[Deal], rng: random.Random) -> tuple[Article, list[Claim]]:
    year = rng.randint(max(d[3] for d in deals), 2024)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    doc = f"synthetic-{number:06d}.txt"
    parts = [f"Report {number}: {deals[0][0]} for {deals[0][2]}", published, ""]
    offset = len("\n".join(parts)) + 1
    specs = []
    for system, supplier, recipient, start in deals:
        stage, off = stage_at(year - start, rng)
        fact = rng.choices(FACTS, FACT_WEIGHTS)[0]
        when = None
        if rng.random() < 0.5:
            when = str(start + off) + (f"-{rng.randint(1, 12):02d}" if rng.random() < 0.4 else "")
        neg = "has not " if fact == Factuality.DENIED else ""
        text = f"{supplier} {neg}{VERBS[stage]} {system} systems for {recipient}."
        specs.append((system, supplier, recipient, stage, fact, when, text, offset))
        filler = " Analysts expect more such reports this year." if rng.random() < 0.5 else ""
        parts.append(text + filler)
        offset += len(text + filler) + 1
    art = Article(doc=doc, text="\n".join(parts), title=parts[0], published=published)
    claims = [
        Claim(doc=doc, article_id=art.id, system=system, supplier=supplier, recipient=recipient,
              stage=stage, factuality=fact, when=when, source=rng.choice(SOURCES),
              via=rng.choice(VIAS), evidence=Evidence(text, start, start + len(text)))
        for system, supplier, recipient, stage, fact, when, text, start in specs
    ]  # fmt: skip
    return art, claims


def build(path: Path, total: int, batch: int = 2_000) -> int:
    stored = 0
    with Register(path) as register:
        pairs: list[tuple[Article, list[Claim]]] = []
        for pair in generate(total):
            pairs.append(pair)
            if len(pairs) >= batch:
                stored += register.store(pairs).claims_written
                pairs = []
        stored += register.store(pairs).claims_written
    return stored


class Server:
    def __init__(self, db: Path) -> None:
        self.app = create_app(str(db), warm=False)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def timed(client: httpx.Client, urls: list[str], limit: int, budget: float) -> list[float]:
    """Milliseconds per request, over at most ``limit`` requests and ``budget`` seconds."""
    out: list[float] = []
    deadline = time.monotonic() + budget
    for url in urls[:limit]:
        if time.monotonic() > deadline:
            break
        t0 = time.perf_counter()
        r = client.get(url)
        out.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url}: HTTP {r.status_code}: {r.text[:200]}")
    return out


def summary(ms: list[float]) -> dict[str, float]:
    q = statistics.quantiles(ms, n=20) if len(ms) > 1 else ms * 19
    return {"n": len(ms), "p50": round(statistics.median(ms), 1), "p95": round(q[18], 1),
            "max": round(max(ms), 1)}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="reuse or write the register here")
    ap.add_argument("--requests", type=int, default=100, help="at most, per row")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds at most, per row")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "web_bench.json")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "web_bench.db"
    t0 = time.perf_counter()
    if not db.exists():
        print(f"writing {args.claims:,} synthetic claims to {db} ...", file=sys.stderr)
        build(db, args.claims)
    with sqlite3.connect(db) as conn:
        sizes = dict(conn.execute("SELECT deal_id, count(*) FROM claims GROUP BY deal_id"))
        claims = sum(sizes.values())
    build_s = time.perf_counter() - t0
    rng = random.Random(1)
    sample = rng.sample(sorted(sizes), min(args.requests, len(sizes)))
    largest = max(sizes, key=lambda d: sizes[d])
    rows: dict[str, dict[str, float]] = {}
    n, budget = args.requests, args.budget

    def row(name: str, urls: list[str]) -> None:
        rows[name] = summary(timed(client, urls, n, budget))
        print(f"{name:<48} {rows[name]}", file=sys.stderr)

    with (
        Server(db) as server,
        httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=600) as client,
    ):
        t = time.perf_counter()
        client.get("/api/deals?limit=1")
        index_s = time.perf_counter() - t
        row("deal page, first view (cold)", [f"/deals/{d}" for d in sample])
        row("deal page as of 2018-06-30 (cold)", [f"/deals/{d}?as_of=2018-06-30" for d in sample])
        t = time.perf_counter()
        client.get(f"/deals/{largest}")
        largest_cold = (time.perf_counter() - t) * 1000
        state: ServeState = server.app.state.serve
        t = time.perf_counter()
        state.index.warm(threading.Event())
        warm_s = time.perf_counter() - t
        row("deal page (steady state)", [f"/deals/{d}" for d in sample])
        row("API deal (steady state)", [f"/api/deals/{d}" for d in sample])
        row("API deal timeline, 50 claims", [f"/api/deals/{d}/timeline?limit=50" for d in sample])
        offsets = [rng.randrange(0, len(sizes), 50) for _ in range(n)]
        row("API deals list, 50 a page", [f"/api/deals?limit=50&offset={o}" for o in offsets])
        row("API deals, filtered by recipient",
            [f"/api/deals?recipient={rng.choice(RECIPIENTS)}" for _ in range(n)])  # fmt: skip
        words = ("delivered", "postponed", "contract", "talks", "cancelled", "producing")
        row("API claims, full-text search, 50 a page",
            [f"/api/claims?q={rng.choice(words)}&limit=50&offset={rng.randrange(0, 2000, 50)}"
             for _ in range(n)])  # fmt: skip
        row("API contradictions, 50 a page",
            [f"/api/contradictions?limit=50&offset={rng.randrange(0, 5000, 50)}"
             for _ in range(n)])  # fmt: skip
        row("deals list page (HTML)", [f"/deals?offset={o}" for o in offsets])
        t = time.perf_counter()
        client.get(f"/deals/{largest}")
        largest_warm = (time.perf_counter() - t) * 1000
    result: dict[str, Any] = {
        "claims": claims,
        "deals": len(sizes),
        "deal_size": {"median": statistics.median(sizes.values()), "max": sizes[largest]},
        "register_seconds": round(build_s, 1),
        "index_build_seconds": round(index_s, 2),
        "warm_all_deals_seconds": round(warm_s, 1),
        "largest_deal_page_ms": {"cold": round(largest_cold), "warm": round(largest_warm)},
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rows": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    tmp.cleanup()


if __name__ == "__main__":
    main()
