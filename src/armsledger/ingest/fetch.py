"""Fetching feeds and pages over HTTP(S), refusing addresses a news source never has.

A feed URL is user input and every item link in a feed is third-party input, so ``fetch``
must not become a way to reach the machine's own services (server-side request forgery).
It takes only ``http``/``https`` URLs, resolves the host itself and refuses the request if
*any* resolved address is private, loopback, link-local, multicast, reserved or unspecified
(unless ``allow_private``), then connects to the address it checked: the hostname goes in the
``Host`` header and, for HTTPS, in TLS SNI and certificate checks, so a second DNS answer
(DNS rebinding) cannot redirect the connection. Redirects are followed by hand, a few at
most, and every hop is checked again. Bodies are streamed against a byte cap that also
applies after gzip decoding, and ``timeout`` bounds the whole fetch, not each read: the
connection, a TLS handshake and the response head included (``deadline``), and the head is
capped in bytes.

Environment proxies are ignored (``trust_env=False``): a proxy would resolve names itself and
the address check would no longer mean anything.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from urllib.parse import urljoin

import httpx

from armsledger.errors import FetchError
from armsledger.ingest.deadline import Guard, deadline_transport
from armsledger.ingest.decode import charset_from_content_type

__all__ = ["MAX_REDIRECTS", "Fetched", "fetch", "is_public_address"]

MAX_REDIRECTS = 5
USER_AGENT = "armsledger/0.1 (news feed reader)"
_REDIRECTS = (301, 302, 303, 307, 308)
# Only gzip is offered, so only gzip (and the deflate some servers send anyway) is decoded,
# by hand and capped, where httpx would inflate a whole compressed chunk at once.
_DECODED = ("gzip", "x-gzip", "deflate")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Fetched:
    """A fetched document: the final URL after redirects, status, content type and body."""

    url: str
    status: int
    content_type: str | None
    content: bytes

    @property
    def charset(self) -> str | None:
        return charset_from_content_type(self.content_type)


def fetch(
    url: str,
    *,
    timeout: float = 10.0,
    max_bytes: int = 5_000_000,
    allow_private: bool = False,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET ``url``; raise ``FetchError`` for a refused address, an HTTP error, a body over
    ``max_bytes``, more than ``max_redirects`` redirects, or no answer within ``timeout``
    seconds in all."""
    limits = _Limits(max_bytes, timeout, time.monotonic() + timeout)
    current = url
    for _hop in range(max_redirects + 1):
        target = httpx_url(current)
        host = target.raw_host.decode("ascii")
        address = _checked_address(
            current, host, target.port or _default_port(target), allow_private
        )
        guard = Guard(current, limits.deadline, partial(limits.timed_out, current))
        try:
            result = _get(current, target, host, address, limits, guard)
        except httpx.TimeoutException:
            raise limits.timed_out(current) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch: {type(exc).__name__}: {exc}", path=current) from None
        if isinstance(result, Fetched):
            return result
        current = urljoin(current, result)
    raise FetchError(
        f"more than {max_redirects} redirects", path=url, hint="give the final URL instead"
    )


@dataclass(frozen=True)
class _Limits:
    max_bytes: int
    timeout: float
    deadline: float  # time.monotonic() by which the whole fetch must be done

    def remaining(self, url: str) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.timed_out(url)
        return left

    def timed_out(self, url: str) -> FetchError:
        return FetchError(f"timed out after {self.timeout:g} s", path=url)


def _get(
    url: str, target: httpx.URL, host: str, address: IPAddress, limits: _Limits, guard: Guard
) -> Fetched | str:
    """One GET of ``target`` at ``address``: the document, or a redirect's Location."""
    # One client per request: a pooled connection is keyed by address, and reusing one made
    # for another hostname would skip that hostname's certificate check.
    with (
        httpx.Client(
            timeout=httpx.Timeout(limits.remaining(url)),
            trust_env=False,
            follow_redirects=False,
            transport=deadline_transport(guard),
        ) as client,
        client.stream(
            "GET",
            target.copy_with(host=str(address)),
            headers={
                "Host": _host_header(host, target.port),
                "User-Agent": USER_AGENT,
                "Accept-Encoding": "gzip",
            },
            extensions={"sni_hostname": host} if target.scheme == "https" else {},
        ) as response,
    ):
        guard.head_done = True
        location = response.headers.get("location")
        if response.status_code in _REDIRECTS and location:
            return str(location)
        if not 200 <= response.status_code < 300:
            raise FetchError(
                f"HTTP {response.status_code} {response.reason_phrase}",
                path=url,
                hint="check the URL; the server did not return the page",
            )
        return Fetched(
            url=url,
            status=response.status_code,
            content_type=response.headers.get("content-type"),
            content=_read_capped(response, url, limits),
        )


def httpx_url(url: str) -> httpx.URL:
    """``url`` parsed, or ``FetchError`` unless it is an absolute http(s) URL with a host."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(f"invalid URL: {exc}", path=url) from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError(
            f"refused scheme {parsed.scheme or '(none)'!r}",
            path=url,
            hint="only http:// and https:// URLs are fetched",
        )
    if not parsed.raw_host:
        raise FetchError("URL has no host", path=url)
    return parsed


def is_public_address(address: IPAddress) -> bool:
    """True for a globally routable unicast address. An IPv6 address that carries an IPv4
    one (mapped ``::ffff:a.b.c.d``, 6to4 ``2002::/16``) is judged by that IPv4 address:
    ``2002:7f00:1::`` reaches 127.0.0.1 through a 6to4 relay, yet Python calls it global."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            address = embedded
        elif address.is_site_local:  # fec0::/10: deprecated, private in practice, "global"
            return False
    # is_global alone lets multicast through (224.0.0.0/4 counts as global).
    return address.is_global and not (
        address.is_multicast
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_unspecified
    )


def _checked_address(url: str, host: str, port: int, allow_private: bool) -> IPAddress:
    """The address to connect to, after checking every address the host resolves to."""
    try:
        # A literal address is judged before any lookup or connection.
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        addresses = _resolve(url, host, port)
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                raise FetchError(
                    f"refused address {address} of host {host!r} (private, loopback, "
                    "link-local, multicast or reserved)",
                    path=url,
                    hint="feeds and pages must be on public addresses; "
                    "allow_private=True is for a local test server",
                )
    return addresses[0]


def _resolve(url: str, host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", path=url) from None
    found: list[IPAddress] = []
    for info in infos:
        # An IPv6 link-local answer carries a zone ("fe80::1%eth0"); the address is before it.
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    if not found:
        raise FetchError(f"host {host!r} has no address", path=url)
    return found


def _read_capped(response: httpx.Response, url: str, limits: _Limits) -> bytes:
    max_bytes = limits.max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(url, max_bytes, f"{int(declared):,} bytes announced")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity", *_DECODED):
        raise FetchError(f"unsupported Content-Encoding {encoding!r}", path=url)
    # 47 = 32 + 15: zlib detects a gzip or a zlib header itself.
    inflater = zlib.decompressobj(47) if encoding in _DECODED else None
    body = bytearray()
    try:
        for chunk in _chunks(response, url, limits):
            if inflater is not None:
                # One byte over the cap is enough to know; the rest is never inflated.
                chunk = inflater.decompress(chunk, max_bytes - len(body) + 1)
            body += chunk
            if len(body) > max_bytes:
                raise _too_large(url, max_bytes, "body")
        if inflater is not None:
            body += inflater.flush()
    except zlib.error as exc:
        raise FetchError(f"corrupt {encoding} body: {exc}", path=url) from None
    if len(body) > max_bytes:
        raise _too_large(url, max_bytes, "body")
    return bytes(body)


def _chunks(response: httpx.Response, url: str, limits: _Limits) -> Iterator[bytes]:
    for chunk in response.iter_raw():
        # httpx's timeout is per read; a server dripping a byte at a time meets this one.
        limits.remaining(url)
        yield chunk


def _too_large(url: str, max_bytes: int, what: str) -> FetchError:
    return FetchError(
        f"too large: over {max_bytes:,} bytes ({what})",
        path=url,
        hint="raise max_bytes if this page is really an article",
    )


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _host_header(host: str, port: int | None) -> str:
    name = f"[{host}]" if ":" in host else host
    return f"{name}:{port}" if port is not None else name
