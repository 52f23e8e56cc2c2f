"""fetch(): schemes, refused addresses, redirects, byte caps and timeouts, on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import ipaddress

import pytest

from armsledger.errors import FetchError
from armsledger.ingest import fetch as fetch_module
from armsledger.ingest.fetch import fetch, is_public_address
from tests.watch.conftest import Route, Server

PAGE = b"<html><body><p>A page.</p></body></html>"


def test_fetches_a_page(server: Server) -> None:
    server.routes["/p"] = Route(PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    got = fetch(server.url("/p"), allow_private=True)
    assert got.content == PAGE
    assert got.status == 200
    assert got.url == server.url("/p")
    assert got.charset == "utf-8"


def test_follows_redirects_and_reports_the_final_url(server: Server) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Route(PAGE)
    got = fetch(server.url("/old"), allow_private=True)
    assert got.content == PAGE
    assert got.url == server.url("/new")


def test_redirect_loop_is_cut(server: Server) -> None:
    server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(server.url("/loop"), allow_private=True, max_redirects=2)
    assert len(server.requests) == 3


def test_redirect_to_another_scheme_is_refused(server: Server) -> None:
    server.routes["/r"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="refused scheme 'file'"):
        fetch(server.url("/r"), allow_private=True)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/feed.xml", "gopher://x/", "/relative"]
)
def test_non_http_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="refused scheme") as info:
        fetch(url)
    assert "http://" in str(info.value)  # the fix names the allowed schemes


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/feed",
        "http://192.168.0.1/",
        "http://172.16.5.4:8080/",
        "http://169.254.169.254/latest/meta-data/",  # the cloud metadata address
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://0.0.0.0/",
        "http://224.0.0.1/",  # multicast
        "http://240.0.0.1/",  # reserved
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:127.0.0.1]/",  # loopback dressed as IPv6
        "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
        "http://[2002:a9fe:a9fe::1]/",  # 6to4 of the cloud metadata address
        "http://[2002:c0a8:1::]/",  # 6to4 of 192.168.0.1
        "http://[fec0::1]/",  # site-local
        "http://[64:ff9b::7f00:1]/",  # NAT64 of 127.0.0.1
    ],
)
def test_private_addresses_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(FetchError, match="refused address"):
        fetch(url, timeout=1)


def test_loopback_server_is_refused_unless_allowed(server: Server) -> None:
    server.routes["/p"] = Route(PAGE)
    for url in (server.url("/p"), server.url("/p").replace("127.0.0.1", "localhost")):
        with pytest.raises(FetchError, match="refused address"):
            fetch(url)
    assert server.requests == []  # refused before any connection
    assert fetch(server.url("/p"), allow_private=True).content == PAGE


def test_redirect_to_a_private_address_is_refused(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Let the test server's loopback address pass as public, so that only the redirect's
    # target is private: the check must run again on the second hop.
    real = fetch_module.is_public_address
    loopback = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: a == loopback or real(a))
    server.routes["/r"] = Route(status=302, headers={"Location": "http://10.0.0.7/admin"})
    with pytest.raises(FetchError, match=r"refused address 10\.0\.0\.7"):
        fetch(server.url("/r"))
    assert server.requests == ["/r"]


@pytest.mark.parametrize("no_length", [False, True])
def test_oversize_page_is_refused(server: Server, no_length: bool) -> None:
    server.routes["/big"] = Route(b"x" * 5000, no_length=no_length)
    with pytest.raises(FetchError, match="too large: over 1,000 bytes"):
        fetch(server.url("/big"), allow_private=True, max_bytes=1000)
    assert len(fetch(server.url("/big"), allow_private=True, max_bytes=5000).content) == 5000


def test_gzip_body_is_capped_after_decoding(server: Server) -> None:
    bomb = gzip.compress(b"\0" * 2_000_000)  # about 2 KB on the wire
    server.routes["/gz"] = Route(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="too large"):
        fetch(server.url("/gz"), allow_private=True, max_bytes=100_000)
    small = gzip.compress(PAGE)
    server.routes["/ok"] = Route(small, headers={"Content-Encoding": "gzip"})
    assert fetch(server.url("/ok"), allow_private=True).content == PAGE


def test_http_errors_raise(server: Server) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server.url("/missing"), allow_private=True)


def test_whole_fetch_is_bounded_by_the_timeout(server: Server) -> None:
    # Each byte arrives well within a read timeout; only a deadline on the whole fetch stops it.
    server.routes["/slow"] = Route(b"y" * 100, drip=0.05)
    with pytest.raises(FetchError, match=r"timed out after 0\.5 s"):
        fetch(server.url("/slow"), allow_private=True, timeout=0.5)


def test_is_public_address() -> None:
    assert is_public_address(ipaddress.ip_address("93.184.216.34"))
    assert is_public_address(ipaddress.ip_address("2606:4700::1111"))
    assert is_public_address(ipaddress.ip_address("2002:5db8:d822::1"))  # 6to4 of a public one
    for private in ("127.0.0.1", "10.0.0.1", "::1", "::ffff:10.0.0.1", "239.1.1.1"):
        assert not is_public_address(ipaddress.ip_address(private))
