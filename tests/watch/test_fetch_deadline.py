"""fetch() against servers that stall before the body: the deadline and the head cap hold.

Each server here is a raw socket on 127.0.0.1 that writes what a test scripts, a byte at a
time where a slow server is the point, so the client sees exactly that and nothing else.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from armsledger.errors import FetchError
from armsledger.ingest.deadline import MAX_HEAD_BYTES
from armsledger.ingest.fetch import fetch

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok"


@dataclass
class Script:
    data: bytes
    drip: float  # seconds between one-byte writes; 0 writes all at once


class RawServer:
    """Accepts connections and answers each with ``script``, whatever the request was."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.script = Script(b"", 0.0)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        script = self.script
        with conn:
            try:
                conn.recv(65536)
                if not script.drip:
                    conn.sendall(script.data)
                for i in range(len(script.data) if script.drip else 0):
                    if self.stop.is_set():
                        return
                    conn.sendall(script.data[i : i + 1])
                    time.sleep(script.drip)
                time.sleep(0.5)
            except OSError:
                pass  # the client hung up, as it should

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)  # before closing: accept() must not see a closed socket
        self.sock.close()


@pytest.fixture
def raw() -> Iterator[RawServer]:
    server = RawServer()
    try:
        yield server
    finally:
        server.close()


def _timed_fetch(url: str, timeout: float) -> tuple[float, FetchError]:
    began = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch(url, allow_private=True, timeout=timeout)
    return time.monotonic() - began, info.value


def test_headers_dripped_a_byte_at_a_time_meet_the_deadline(raw: RawServer) -> None:
    # 0.05 s a byte: the whole head would take ~3 s, and every read is well within a timeout.
    raw.script = Script(HEAD, drip=0.05)
    took, err = _timed_fetch(f"http://127.0.0.1:{raw.port}/", timeout=0.6)
    assert "timed out after 0.6 s" in str(err)
    assert took < 0.6 + 0.5


def test_endless_informational_heads_meet_the_deadline_or_the_head_cap(raw: RawServer) -> None:
    raw.script = Script(b"HTTP/1.1 100 Continue\r\n\r\n" * 200_000, drip=0)
    took, err = _timed_fetch(f"http://127.0.0.1:{raw.port}/", timeout=3)
    assert "response headers over" in str(err)
    assert took < 3


def test_a_head_over_the_cap_is_refused(raw: RawServer) -> None:
    huge = b"X-Filler: " + b"a" * 1000 + b"\r\n"
    head = b"HTTP/1.1 200 OK\r\n" + huge * (MAX_HEAD_BYTES // len(huge) + 2) + b"\r\n"
    raw.script = Script(head, drip=0)
    _took, err = _timed_fetch(f"http://127.0.0.1:{raw.port}/", timeout=5)
    assert f"response headers over {MAX_HEAD_BYTES:,} bytes" in str(err)
    assert "\n" not in str(err)


def test_a_normal_head_under_the_cap_is_read(raw: RawServer) -> None:
    extra = b"X-Filler: " + b"a" * 1000 + b"\r\n"
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n" + extra * 20 + b"\r\nok"
    raw.script = Script(head, drip=0)
    assert fetch(f"http://127.0.0.1:{raw.port}/", allow_private=True).content == b"ok"


def test_a_dripping_tls_handshake_meets_the_deadline(raw: RawServer) -> None:
    # A TLS record header announcing 16 KB, then its bytes one at a time: the handshake is one
    # blocking call, bounded by the time left to the fetch rather than a fresh timeout.
    raw.script = Script(b"\x16\x03\x03\x40\x00" + b"\x00" * 400, drip=0.02)
    took, err = _timed_fetch(f"https://127.0.0.1:{raw.port}/", timeout=0.6)
    assert "timed out after 0.6 s" in str(err)
    assert took < 0.6 + 0.5
