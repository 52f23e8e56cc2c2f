"""Rendering: the Jinja2 environment (autoescaping everything), list responses in HTML, JSON or
CSV, and URL helpers for pagination and downloads."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from armsledger.language import LANGUAGE_NAMES
from armsledger.models import Stage
from armsledger.reconcile.countries import country_name
from armsledger.reconcile.export import attribution
from armsledger.serve.params import ListParams
from armsledger.serve.queries import Listing
from armsledger.serve.records import to_csv
from armsledger.views import deal_summary

T = TypeVar("T")

TEMPLATES = Path(__file__).parent / "templates"

ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every template, whatever its name: article text is untrusted
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _country(code: str | None) -> str:
    if not code:
        return "?"
    return country_name(code) or code


def _web_url(value: str | None) -> bool:
    """Is this a link we may render (http or https only, never ``javascript:``)?"""
    return bool(value) and str(value).lower().startswith(("http://", "https://"))


def _language(code: object) -> str:
    """A stored language code as a name ("Russian"); "?" for a register written before it."""
    return LANGUAGE_NAMES.get(str(code), "?") if code else "?"


def _lang_attr(code: object) -> str:
    """An HTML ``lang`` value: a known code only (anything else in the file is not ours)."""
    return str(code) if code in LANGUAGE_NAMES else ""


ENV.filters["country"] = _country
ENV.filters["language"] = _language
ENV.filters["lang_attr"] = _lang_attr
ENV.filters["web_url"] = _web_url
ENV.globals["deal_summary"] = deal_summary
ENV.filters["attribution"] = attribution
ENV.globals["STAGES"] = [str(s) for s in Stage]


def url(path: str, params: Mapping[str, Any] | None = None) -> str:
    clean = {k: v for k, v in (params or {}).items() if v not in (None, "")}
    return path + ("?" + urlencode(clean) if clean else "")


def with_params(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None drops one)."""
    params: dict[str, Any] = dict(request.query_params)
    for key, value in changes.items():
        params.pop(key, None)
        if value is not None:
            params[key] = value
    return url(request.url.path, params)


def page_links(request: Request, listing: Listing[Any]) -> dict[str, str | None]:
    page = listing.page
    prev = None
    if page.offset > 0:
        prev = with_params(request, offset=max(page.offset - page.limit, 0) or None)
    nxt = with_params(request, offset=page.offset + page.limit) if listing.has_more else None
    return {
        "prev": prev,
        "next": nxt,
        "csv": with_params(request, format="csv", offset=None, limit=None),
        "json": with_params(request, format="json"),
    }


def html(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    body = ENV.get_template(template).render(
        request=request, path=request.url.path, url=url, with_params=with_params, **context
    )
    return HTMLResponse(body, status_code=status_code)


def json_list(
    request: Request, listing: Listing[T], record: Callable[[T], dict[str, Any]]
) -> JSONResponse:
    links = page_links(request, listing)
    return JSONResponse(
        {
            "total": listing.total,
            "offset": listing.page.offset,
            "limit": listing.page.limit,
            "next": links["next"],
            "items": [record(item) for item in listing.items],
            **({"note": listing.note} if listing.note else {}),
        }
    )


def csv_list(
    name: str,
    listing: Listing[T],
    record: Callable[[T], dict[str, Any]],
    row: Callable[[dict[str, Any]], dict[str, Any]],
    columns: Sequence[str],
) -> Response:
    body = to_csv((row(record(item)) for item in listing.items), columns)
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    if listing.total is not None:
        headers["X-Total-Count"] = str(listing.total)
    return Response(body, media_type="text/csv; charset=utf-8", headers=headers)


def respond(
    request: Request,
    params: ListParams,
    listing: Listing[T],
    *,
    name: str,
    record: Callable[[T], dict[str, Any]],
    row: Callable[[dict[str, Any]], dict[str, Any]],
    columns: Sequence[str],
    template: str | None = None,
    **context: Any,
) -> Response:
    """A list as CSV, JSON or (for pages) HTML, by ``params.fmt``."""
    if params.fmt == "csv":
        return csv_list(name, listing, record, row, columns)
    if params.fmt == "json" or template is None:
        return json_list(request, listing, record)
    return html(request, template, listing=listing, links=page_links(request, listing), **context)


def pretty_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
