"""An httpx transport whose every socket operation meets one deadline, and whose response
head is capped in bytes.

httpx's timeouts are per operation: a server that sends its status line and headers one
byte a second never trips a read timeout, and the header parser (h11) accepts up to 100 KiB
a head, and any number of ``1xx`` heads before the real one. So the network stream under
httpcore is wrapped here: each read and write gets at most the time left to the whole fetch,
and reads stop once the bytes before the final response head pass ``max_head_bytes``. (A
TLS handshake and ``sendall`` are single calls that CPython bounds as a whole by the socket
timeout, so clamping their timeout is enough.)
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

from armsledger.errors import FetchError

__all__ = ["MAX_HEAD_BYTES", "Guard", "deadline_transport"]

# Status line and headers of one response, 1xx heads before it included. Real heads are a
# few KB; h11 alone would allow 100 KiB per head and any number of heads.
MAX_HEAD_BYTES = 64 * 1024


class Guard:
    """The deadline and head budget of one request, shared by the streams it opens."""

    def __init__(
        self,
        url: str,
        deadline: float,
        timed_out: Callable[[], FetchError],
        max_head_bytes: int = MAX_HEAD_BYTES,
    ) -> None:
        self.url = url
        self.deadline = deadline  # time.monotonic() by which everything must be done
        self.timed_out = timed_out
        self.max_head_bytes = max_head_bytes
        self.head_bytes = 0
        self.head_done = False

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.timed_out()
        return left

    def clamp(self, timeout: float | None) -> float:
        left = self.left()
        return left if timeout is None else min(timeout, left)

    def head_room(self, wanted: int) -> int:
        """Bytes the next read may take while the response head is still arriving."""
        if self.head_done:
            return wanted
        if self.head_bytes > self.max_head_bytes:
            raise FetchError(
                f"response headers over {self.max_head_bytes:,} bytes",
                path=self.url,
                hint="the server is not sending a normal HTTP response",
            )
        # One byte over the budget is enough to know the head is too long.
        return min(wanted, self.max_head_bytes - self.head_bytes + 1)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, guard: Guard) -> None:
        self.inner = inner
        self.guard = guard

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        size = self.guard.head_room(max_bytes)
        data = self.inner.read(size, self.guard.clamp(timeout))
        if not self.guard.head_done:
            self.guard.head_bytes += len(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self.guard.clamp(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self.inner.start_tls(ssl_context, server_hostname, self.guard.clamp(timeout))
        return _Stream(inner, self.guard)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, guard: Guard) -> None:
        self.inner = httpcore.SyncBackend()
        self.guard = guard

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(
            host, port, self.guard.clamp(timeout), local_address, socket_options
        )
        return _Stream(stream, self.guard)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise FetchError("unix sockets are never fetched", path=self.guard.url)

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, self.guard.left()))


class _Transport(httpx.HTTPTransport):
    def __init__(self, guard: Guard) -> None:
        super().__init__(trust_env=False, retries=0)
        # httpx takes no network backend, so its pool is replaced by one with ours; a test
        # (the header drip) fails if a new httpx stops sending requests through ``_pool``.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=1,
            network_backend=_Backend(guard),
        )


def deadline_transport(guard: Guard) -> httpx.HTTPTransport:
    """A transport for one request whose sockets all answer to ``guard``."""
    return _Transport(guard)
