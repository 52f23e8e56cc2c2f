"""The FastAPI application: ``create_app(db_path)`` and ``run(db_path, host, port)``.

Safe by default: the register is opened read-only per request; the only write
(``POST /api/articles``) needs the server to have been started with a token and the request
to carry it. Every response carries the security headers of ``middleware``; request bodies
are capped. ``/docs`` is a plain page rendered from ``/openapi.json`` (Swagger UI would load
from a CDN and run inline scripts, which the CSP forbids).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from armsledger.errors import (
    ArmsledgerError,
    IngestError,
    NotFoundError,
    QueryError,
    StoreError,
)
from armsledger.serve import api, pages
from armsledger.serve.deps import MAX_BODY, ServeState
from armsledger.serve.hosts import AllowedHosts, HeadAsGet
from armsledger.serve.middleware import BodyLimit, SecurityHeaders
from armsledger.serve.render import html
from armsledger.serve.write import ReadOnly, Unauthorized
from armsledger.store import Register

STATIC = Path(__file__).parent / "static"

_STATUS: tuple[tuple[type[ArmsledgerError], int], ...] = (
    (NotFoundError, 404),
    (QueryError, 400),
    (Unauthorized, 401),
    (ReadOnly, 403),
    (IngestError, 422),
    (StoreError, 503),
)


def create_app(
    db_path: str,
    *,
    write_token: str | None = None,
    max_body: int = MAX_BODY,
    warm: bool = True,
    allowed_hosts: Iterable[str] = (),
) -> FastAPI:
    """The web register over the SQLite file ``db_path`` (which must exist).

    ``write_token`` enables ``POST /api/articles`` for requests bearing it; ``warm`` computes
    every deal's contradictions in a background thread at startup so lists never wait;
    ``allowed_hosts`` are the names (beyond IP addresses and localhost) it answers to.
    """
    _check_register(db_path)
    state = ServeState(db_path, write_token=write_token or None, max_body=max_body)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stop = threading.Event()
        if warm:
            threading.Thread(
                target=state.index.warm, args=(stop,), name="armsledger-warm", daemon=True
            ).start()
        yield
        stop.set()

    app = FastAPI(
        title="armsledger",
        summary="An evidence-linked register of international arms transfers, from the news.",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.serve = state
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(ArmsledgerError, _armsledger_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    # Each add wraps the ones before, so the last is outermost: security headers go on every
    # response (a refused Host and the 413 included), and HEAD reaches the routes as GET.
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(AllowedHosts, names=tuple(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    return app


def run(
    db_path: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    write_token: str | None = None,
    allowed_hosts: Iterable[str] = (),
) -> None:
    """Serve the register with uvicorn until interrupted."""
    import uvicorn

    # The name it was told to listen on is one it is known by.
    names = (*allowed_hosts, host)
    app = create_app(db_path, write_token=write_token, allowed_hosts=names)
    uvicorn.run(app, host=host, port=port, log_level="info")


def _check_register(db_path: str) -> None:
    with Register(db_path, readonly=True) as register:
        register.check_readable()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str, hint: str | None = None,
           headers: dict[str, str] | None = None) -> Response:  # fmt: skip
    if _wants_json(request):
        return JSONResponse({"error": message, "hint": hint}, status_code=status, headers=headers)
    response = html(request, "error.html", status_code=status, status=status, message=message,
                    hint=hint)  # fmt: skip
    if headers:
        response.headers.update(headers)
    return response


async def _armsledger_error(request: Request, exc: ArmsledgerError) -> Response:
    status = next((code for kind, code in _STATUS if isinstance(exc, kind)), 500)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return _error(request, status, exc.message, exc.hint, headers)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    messages = {404: "no such page", 405: "method not allowed here"}
    message = exc.detail if isinstance(exc.detail, str) else messages.get(exc.status_code, "error")
    if exc.status_code == 404 and message == "Not Found":
        message = "no such page"
    return _error(request, exc.status_code, message, headers=dict(exc.headers or {}) or None)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
        for e in exc.errors()
    )
    if _wants_json(request):
        return JSONResponse(
            {"error": problems, "detail": jsonable_encoder(exc.errors())}, status_code=422
        )
    return _error(request, 400, problems, "check the address's query parameters")
