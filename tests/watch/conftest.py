"""A local HTTP server for the fetch and watch tests: routes set by each test, on 127.0.0.1.

Nothing here touches the network: the server listens on the loopback interface only, and the
tests that need a refused address use literal private IPs, refused before any connection.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    # Seconds between one-byte writes (a slow server); 0 sends the body at once.
    drip: float = 0.0
    # Send no Content-Length (the body then ends when the connection closes).
    no_length: bool = False


@dataclass
class Server:
    base: str
    routes: dict[str, Route]
    requests: list[str]

    def url(self, path: str) -> str:
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.no_length:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        try:
            if route.drip:
                for i in range(len(route.body)):
                    self.wfile.write(route.body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(route.drip)
            else:
                self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (too large, too slow): that is what some tests want

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    requests: list[str]


@pytest.fixture
def server() -> Iterator[Server]:
    httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
    httpd.routes = {}
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        host, port = httpd.server_address[:2]
        yield Server(f"http://{host}:{port}", httpd.routes, httpd.requests)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
