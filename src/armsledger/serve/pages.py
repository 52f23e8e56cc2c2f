"""The HTML pages. Each list page also answers ``?format=csv`` and ``?format=json``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, Response

from armsledger.reconcile.contradictions import KIND_HELP
from armsledger.serve import queries, records
from armsledger.serve.api import ClaimQueryDep, claims_response
from armsledger.serve.deps import RegisterDep, StateDep
from armsledger.serve.params import (
    KindQ,
    ListParams,
    OrderQ,
    as_of_param,
    deal_query,
    page_params,
    text,
)
from armsledger.serve.queries import DealQuery
from armsledger.serve.render import html, page_links, respond, url
from armsledger.serve.timeline_svg import layout

router = APIRouter(include_in_schema=False)

PageDep = Annotated[ListParams, Depends(page_params)]
DealQueryDep = Annotated[DealQuery, Depends(deal_query)]
AsOfDep = Annotated[str | None, Depends(as_of_param)]
IdPath = Annotated[str, Path(max_length=64)]
KINDS = tuple(str(k) for k in KIND_HELP)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, register: RegisterDep) -> HTMLResponse:
    return html(request, "home.html", counts=register.counts())


@router.get("/deals")
def deals(
    request: Request, state: StateDep, register: RegisterDep, q: DealQueryDep, params: PageDep
) -> Response:
    listing = queries.list_deals(state.index, register, q, params.page)
    return respond(
        request, params, listing, name="deals", record=records.deal_json, row=dict,
        columns=records.DEAL_COLUMNS, template="deals.html", q=q,
        choices=queries.choices(state.index, register),
    )  # fmt: skip


@router.get("/deals/{deal_id}", response_class=HTMLResponse)
def deal(
    request: Request,
    state: StateDep,
    register: RegisterDep,
    deal_id: IdPath,
    as_of: AsOfDep,
    params: PageDep,
    order: OrderQ = "event",
) -> HTMLResponse:
    page = queries.deal_page(state.index, register, deal_id, as_of, params.page, order)
    view = page.view
    timeline_api = f"/api/deals/{deal_id}/timeline"
    offsets = {"limit": params.page.limit, "offset": params.page.offset or None}
    return html(
        request,
        "deal.html",
        page=page,
        view=view,
        as_of=as_of,
        order=order,
        summary=records.deal_json(view),
        picture=layout(page.entries, view.contradictions, page.contradicted),
        links={
            **page_links(request, page.claims),
            "csv": url(timeline_api, {"as_of": as_of, "order": order, "format": "csv"}),
            "json": url(timeline_api, {"as_of": as_of, "order": order, **offsets}),
        },
    )


@router.get("/claims")
def claims(request: Request, register: RegisterDep, params: PageDep, cq: ClaimQueryDep) -> Response:
    if params.fmt != "html":
        return claims_response(request, register, params, cq)
    listing = queries.list_claims(register, cq.filter, params.page)
    ctx = queries.claims_context(register, listing.items)
    return html(
        request,
        "claims.html",
        listing=listing,
        links=page_links(request, listing),
        q=cq.form,
        reported=dict(ctx.reported),
        meta=ctx.meta,
        deal_of=queries.claim_deal_id,
    )


@router.get("/articles")
def articles(request: Request, register: RegisterDep, params: PageDep) -> Response:
    listing = queries.list_articles(register, params.page)
    counts = queries.claim_counts(register, (a.id for a in listing.items))
    return respond(
        request, params, listing, name="articles",
        record=lambda a: records.article_json(a, counts.get(a.id, 0)),
        row=dict, columns=records.ARTICLE_COLUMNS, template="articles.html", counts=counts,
    )  # fmt: skip


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, register: RegisterDep, article_id: IdPath) -> HTMLResponse:
    page = queries.article_page(register, article_id)
    return html(request, "article.html", page=page, deal_of=queries.claim_deal_id)


@router.get("/contradictions")
def contradictions(
    request: Request,
    state: StateDep,
    register: RegisterDep,
    q: DealQueryDep,
    params: PageDep,
    kind: KindQ = None,
) -> Response:
    listing = queries.list_contradictions(state.index, register, q, text(kind), params.page)
    ctx = queries.claims_context(register, queries.contradiction_claims(listing.items))
    return respond(
        request, params, listing, name="contradictions", record=records.contradiction_json,
        row=records.contradiction_row, columns=records.CONTRADICTION_COLUMNS,
        template="contradictions.html", q=q, kind=text(kind), kinds=KINDS, kind_help=KIND_HELP,
        reported=ctx.reported, meta=ctx.meta, choices=queries.choices(state.index, register),
    )  # fmt: skip


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI schema (no Swagger UI: it needs a CDN and
    inline scripts)."""
    schema: dict[str, Any] = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, "answers": answers(schema, op), **op}
        for path, methods in schema.get("paths", {}).items()
        for method, op in methods.items()
    ]
    return html(request, "docs.html", schema=schema, operations=operations)


def answers(schema: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    """What an operation answers, for the docs page: the model's name, whether it is a page
    of items (``{total, offset, limit, next, items}``), and the fields of one record."""
    for code, response in op.get("responses", {}).items():
        body = response.get("content", {}).get("application/json", {}).get("schema", {})
        if not code.startswith("2") or "$ref" not in body:
            continue
        components = schema.get("components", {}).get("schemas", {})
        model = components.get(body["$ref"].rsplit("/", 1)[-1], {})
        item = model.get("properties", {}).get("items", {}).get("items", {})
        listed = "$ref" in item
        if listed:
            model = components.get(item["$ref"].rsplit("/", 1)[-1], {})
        return {
            "name": model.get("title", ""),
            "list": listed,
            "fields": list(model.get("properties", {})),
        }
    return None
