"""serve: the register on the web (FastAPI, server-rendered pages, a JSON API).

- ``create_app(db_path, *, write_token=None) -> FastAPI``: the application.
- ``run(db_path, host, port, write_token=None)``: serve it with uvicorn.

Pages: ``/deals`` (filters, full-text search), ``/deals/{id}`` (timeline, status as of a date,
contradictions, every claim with its evidence), ``/articles/{id}`` (claims highlighted),
``/claims``, ``/articles``, ``/contradictions``, ``/docs``. JSON under ``/api``; every list
also as CSV (``?format=csv``).
"""

from armsledger.serve.app import create_app, run

__all__ = ["create_app", "run"]
