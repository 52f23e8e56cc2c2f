"""watch(): feeds and pages served on 127.0.0.1, new items stored once, state across restarts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from armsledger.errors import FetchError
from armsledger.ingest import watch as watch_module
from armsledger.ingest.fetch import Fetched, fetch
from armsledger.ingest.watch import WatchStateError, watch
from armsledger.store import Register
from tests.watch.conftest import Route, Server

PAGES = {
    "/news/k2.html": (
        "Poland takes more K2 tanks",
        "Poland received 18 K2 tanks from South Korea on Tuesday, the defence ministry said. "
        "The vehicles were unloaded at the port and moved to a base in the east of the country.",
    ),
    "/news/rafale.html": (
        "Greece and its Rafale order",
        "Greece signed a contract with France for six more Rafale fighter jets, according to "
        "the Athens government. The first of them is to arrive within two years.",
    ),
}
# Its page is missing (404): the feed's own summary stands in.
SUMMARY_ONLY = (
    "/news/gone.html",
    "Taiwan F-16 deliveries",
    "Taiwan expects to receive the first F-16 jets from the United States next year, "
    "officials said.",
)


def page(title: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        '<meta property="article:published_time" content="2024-03-05"></head><body>'
        f"<article><h1>{title}</h1><p>{body}</p></article></body></html>"
    ).encode()


def rss(server: Server, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link>"
        f"<guid>{server.url(path)}</guid><description>{summary}</description>"
        "<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>"
        for path, title, summary in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>'
        f"<link>{server.base}</link>{entries}</channel></rss>"
    ).encode()


@pytest.fixture
def site(server: Server) -> Server:
    for path, (title, body) in PAGES.items():
        server.routes[path] = Route(page(title, body))
    items = [(p, t, b) for p, (t, b) in PAGES.items()] + [SUMMARY_ONLY]
    server.routes["/feed.xml"] = Route(rss(server, items), headers={"Content-Type": "text/xml"})
    return server


def run(site: Server, tmp_path: Path, **kwargs: Any) -> Any:
    with Register(tmp_path / "reg.db") as register:
        summary = watch(
            [site.url("/feed.xml")],
            register,
            every_seconds=0,
            state_path=tmp_path / "state.json",
            allow_private=True,
            once=True,
            **kwargs,
        )
        return summary, register.counts(), register.claims()


def test_new_items_are_stored_once_and_state_survives_a_restart(
    site: Server, tmp_path: Path
) -> None:
    summary, counts, claims = run(site, tmp_path)
    assert summary.items_new == 3 and summary.articles_new == 3
    assert summary.from_summary == 1  # the 404 page fell back to the feed entry
    assert [str(e) for e in summary.errors] == [
        f"{site.url('/news/gone.html')}: HTTP 404 "
        + "Not Found (fix: check the URL; the server did not return the page)"
    ]
    assert counts["articles"] == 3
    assert {c.system for c in claims} >= {"K2", "Rafale", "F-16"}
    k2 = next(c for c in claims if c.system == "K2")
    assert (k2.supplier, k2.recipient, str(k2.stage)) == ("KOR", "POL", "delivery")
    state = json.loads((tmp_path / "state.json").read_text())
    assert site.url("/news/k2.html") in state["seen"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".state")]  # no temp left

    # A restart (new process, same state file): nothing new, no page fetched again.
    requests_before = len(site.requests)
    summary, counts_again, _ = run(site, tmp_path)
    assert summary.items_new == 0 and summary.articles_new == 0
    assert counts_again == counts
    assert site.requests[requests_before:] == ["/feed.xml"]

    # A new item in the feed: only it is fetched and stored.
    site.routes["/news/new.html"] = Route(
        page("Egypt and the IRIS-T", "Germany delivered IRIS-T air defence systems to Egypt.")
    )
    new_item = ("/news/new.html", "Egypt and the IRIS-T", "IRIS-T for Egypt")
    items = [(p, t, b) for p, (t, b) in PAGES.items()] + [SUMMARY_ONLY, new_item]
    site.routes["/feed.xml"] = Route(rss(site, items), headers={"Content-Type": "text/xml"})
    summary, counts_third, _ = run(site, tmp_path)
    assert summary.items_new == 1 and summary.articles_new == 1
    assert counts_third["articles"] == 4


def test_oversize_page_falls_back_to_the_feed_entry(site: Server, tmp_path: Path) -> None:
    def small_fetch(url: str, **kwargs: Any) -> Fetched:
        return fetch(url, max_bytes=200 if "/news/" in url else 100_000, **kwargs)

    summary, counts, _ = run(site, tmp_path, fetcher=small_fetch)
    assert counts["articles"] == 3
    assert summary.from_summary == 3
    assert sum("too large" in str(e) for e in summary.errors) == 2


def test_private_feed_is_refused_without_allow_private(site: Server, tmp_path: Path) -> None:
    with Register(tmp_path / "reg.db") as register:
        summary = watch(
            [site.url("/feed.xml")],
            register,
            every_seconds=0,
            state_path=tmp_path / "state.json",
            once=True,
        )
        assert register.counts()["articles"] == 0
    assert site.requests == []
    assert len(summary.errors) == 1 and "refused address 127.0.0.1" in str(summary.errors[0])


def test_non_http_feed_url_is_refused(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss version='2.0'><channel><title>x</title></channel></rss>")
    with Register(tmp_path / "reg.db") as register:
        summary = watch(
            [feed.as_uri()], register, every_seconds=0, state_path=tmp_path / "s.json", once=True
        )
    assert isinstance(summary.errors[0], FetchError)
    assert "refused scheme 'file'" in str(summary.errors[0])


def test_ctrl_c_saves_what_was_done(site: Server, tmp_path: Path) -> None:
    calls: list[str] = []

    def interrupted_fetch(url: str, **kwargs: Any) -> Fetched:
        calls.append(url)
        if url.endswith("rafale.html"):  # the second page: the user presses Ctrl-C
            raise KeyboardInterrupt
        return fetch(url, **kwargs)

    summary, counts, _ = run(site, tmp_path, fetcher=interrupted_fetch)
    assert summary.interrupted
    assert counts["articles"] == 1
    seen = json.loads((tmp_path / "state.json").read_text())["seen"]
    assert site.url("/news/k2.html") in seen and site.url("/news/rafale.html") not in seen
    summary, counts, _ = run(site, tmp_path)  # the next run picks up where it stopped
    assert summary.items_new == 2 and counts["articles"] == 3


def test_unreadable_state_file_is_an_error(site: Server, tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{not json")
    with pytest.raises(WatchStateError, match="move the file aside"):
        run(site, tmp_path)


def test_the_state_file_stays_bounded_however_many_items_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each round the feed lists new items whose pages fail and that carry nothing to read,
    # with links of 20 KB: the state must hold neither every one of them nor their length.
    monkeypatch.setattr(watch_module, "MAX_FAILING", 30)
    feed_url = "https://feeds.example.org/feed.xml"
    rounds = {"n": 0}

    def fetcher(url: str, **_kw: Any) -> Fetched:
        if url != feed_url:
            raise FetchError("HTTP 503 Service Unavailable", path=url)
        rounds["n"] += 1
        items = "".join(
            f"<item><link>https://news.example.org/{rounds['n']}-{i}/{'x' * 20_000}</link>"
            f"<guid>urn:item:{rounds['n']}:{i}</guid></item>"
            for i in range(20)
        )
        body = f"<rss version='2.0'><channel><title>F</title>{items}</channel></rss>".encode()
        return Fetched(url, 200, "application/rss+xml", body)

    with Register(tmp_path / "reg.db") as register:
        summary = watch([feed_url], register, every_seconds=0, fetcher=fetcher, max_rounds=5,
                        state_path=tmp_path / "state.json")  # fmt: skip
    assert summary.error_count == 5 * 20  # each page refused
    state = json.loads((tmp_path / "state.json").read_text())
    assert len(state["attempts"]) == 30
    assert all(len(key) <= watch_module.MAX_KEY_CHARS for key in state["attempts"])
    assert (tmp_path / "state.json").stat().st_size < 10_000
    # The newest failures are the ones remembered.
    assert "urn:item:5:19" in state["attempts"] and "urn:item:1:0" not in state["attempts"]


def test_the_seen_items_are_capped_oldest_forgotten_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A feed that lists 20 new readable items every round, for ever: the state file must keep
    # only the newest MAX_SEEN keys, not every item ever seen.
    monkeypatch.setattr(watch_module, "MAX_SEEN", 50)  # an item has two keys: guid and link
    feed_url = "https://feeds.example.org/many.xml"
    rounds = {"n": 0}

    def fetcher(url: str, **_kw: Any) -> Fetched:
        if url == feed_url:
            rounds["n"] += 1
            items = "".join(
                f"<item><title>T</title><link>https://news.example.org/{rounds['n']}/{i}</link>"
                f"<guid>urn:item:{rounds['n']}:{i}</guid></item>"
                for i in range(20)
            )
            body = f"<rss version='2.0'><channel><title>F</title>{items}</channel></rss>"
            return Fetched(url, 200, "application/rss+xml", body.encode())
        title, text = PAGES["/news/k2.html"]
        return Fetched(url, 200, "text/html", page(title, f"{text} Item {url}."))

    sizes = []
    with Register(tmp_path / "reg.db") as register:
        for _ in range(5):  # five runs, as five restarts of `watch --once` would be
            summary = watch([feed_url], register, every_seconds=0, fetcher=fetcher, once=True,
                            state_path=tmp_path / "state.json")  # fmt: skip
            assert summary.items_new == 20 and summary.error_count == 0
            sizes.append((tmp_path / "state.json").stat().st_size)
        assert register.counts()["articles"] == 100  # every item was read and stored
    seen = json.loads((tmp_path / "state.json").read_text())["seen"]
    assert len(seen) == 50
    # The newest kept: every key of the last round, none of the first three.
    assert {f"urn:item:5:{i}" for i in range(20)} <= set(seen)
    assert {f"https://news.example.org/5/{i}" for i in range(20)} <= set(seen)
    assert not [key for key in seen if any(f":{n}:" in key or f"/{n}/" in key for n in "123")]
    assert max(sizes[1:]) <= sizes[1] * 1.1  # bounded once full, not growing each round
