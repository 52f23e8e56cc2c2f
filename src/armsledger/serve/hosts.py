"""Two small ASGI middlewares: a ``Host`` allow-list, and ``HEAD`` answered as ``GET``.

Host: a page on ``evil.example`` whose name an attacker re-points at 127.0.0.1 (DNS rebinding)
can make a browser talk to a local ``serve`` as if it were the same origin, and Starlette
builds absolute redirects (``/deals/`` -> ``/deals``) from whatever ``Host`` says. Only names
the server is known by are answered: IP literals (an address cannot be rebound), ``localhost``,
and the names given with ``serve --allow-host``; anything else is a 400.

HEAD: FastAPI routes only the methods declared, so every page answered 405 to ``HEAD``, which
link checkers and monitors send. It is served as the ``GET`` it mirrors, without the body.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from armsledger.serve.middleware import send_json_error

__all__ = ["AllowedHosts", "HeadAsGet", "host_name"]

ALWAYS = ("localhost",)


def host_name(header: str) -> str:
    """``Host`` header -> the lower-case name or address, without port or IPv6 brackets."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class AllowedHosts:
    def __init__(self, app: ASGIApp, names: Iterable[str] = ()) -> None:
        self.app = app
        self.names = {*ALWAYS, *(host_name(n) for n in names)}

    def allowed(self, header: str | None) -> bool:
        if header is None:
            return True  # HTTP/1.0 without Host: no browser sends that, so nothing to rebind
        name = host_name(header)
        return _is_ip(name) or name in self.names or name.rstrip(".") in self.names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        hosts = [v for k, v in scope.get("headers", []) if k == b"host"]
        header = hosts[0].decode("latin-1") if len(hosts) == 1 else None
        if len(hosts) > 1 or not self.allowed(header):
            await _refuse(send)
            return
        await self.app(scope, receive, send)


async def _refuse(send: Send) -> None:
    await send_json_error(
        send,
        400,
        "unknown Host header",
        "open the register by its address, or start serve with --allow-host NAME",
    )


class HeadAsGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # the GET's body, dropped; Content-Length stays the GET's
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
