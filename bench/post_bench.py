"""Cost of one ``POST /api/articles`` by register size (``python bench/post_bench.py -h``).

A register of ``--articles`` synthetic news articles (``bench/corpus.py``, 2-5 KB each) is
written with ``Register.store`` and grouped into stories (``update_stories``), as an ingest
leaves it; extraction is skipped there, since only what a POST touches matters. Then
``--posts`` one-sentence articles, each new, are posted through the app (FastAPI's test
client, token set) and timed one by one, on a small register and on the large one. A POST
whose cost grew with the register would show as a ratio well above 1.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from armsledger.serve.app import create_app
from armsledger.store import Register

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate

TOKEN = "bench-token"
SENTENCE = "Norway delivered {n} NASAMS batteries to Lithuania in March 2023, officials said."


def build(db: Path, articles: int, batch: int = 500) -> float:
    began = time.perf_counter()
    with Register(db) as register:
        pairs = []
        for article in generate(articles):
            pairs.append((article, []))
            if len(pairs) >= batch:
                register.store(pairs)
                pairs = []
        register.store(pairs)
        register.update_stories()
    return time.perf_counter() - began


def post_times(db: Path, posts: int) -> list[float]:
    app = create_app(str(db), write_token=TOKEN, warm=False, allowed_hosts=["testserver"])
    times = []
    with TestClient(app) as client:
        for n in range(posts):
            body = {"text": SENTENCE.format(n=n + 2), "published": "2023-03-30"}
            began = time.perf_counter()
            response = client.post(
                "/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            times.append(time.perf_counter() - began)
            assert response.status_code in (200, 201), response.text
    return times


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--articles", type=int, default=15_000)
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--posts", type=int, default=10)
    ap.add_argument("--keep", type=Path, help="build the registers here and reuse them")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        medians = {}
        for n in (args.small, args.articles):
            db = Path(args.keep or tmp, f"r{n}.db")
            built = 0.0 if db.exists() else build(db, n)
            times = post_times(db, args.posts)
            medians[n] = statistics.median(times)
            print(f"{n:>7,} articles (built in {built:.0f} s): POST median "
                  f"{medians[n] * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")  # fmt: skip
        ratio = medians[args.articles] / medians[args.small]
        print(f"large/small median ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
