"""The JSON API under ``/api``: every list takes ``limit``/``offset`` and ``format=json|csv``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, Path, Request
from fastapi.responses import JSONResponse, Response

from armsledger.reconcile.export import contradiction_record, status_record
from armsledger.serve import queries, records, schemas
from armsledger.serve.deps import RegisterDep, StateDep
from armsledger.serve.params import (
    ClaimQuery,
    KindQ,
    ListParams,
    OrderQ,
    api_params,
    as_of_param,
    claim_query,
    deal_query,
    text,
)
from armsledger.serve.queries import SHOWN_CONTRADICTIONS, DealQuery
from armsledger.serve.render import respond, url
from armsledger.serve.write import check_token, ingest_record
from armsledger.store import Register

_ERROR = {"model": schemas.ErrorOut, "description": "One line saying what was wrong, and a hint"}
router = APIRouter(
    prefix="/api",
    tags=["api"],
    responses={400: _ERROR, 404: _ERROR, 422: _ERROR, 503: _ERROR},
)

ListDep = Annotated[ListParams, Depends(api_params)]
ClaimQueryDep = Annotated[ClaimQuery, Depends(claim_query)]
DealQueryDep = Annotated[DealQuery, Depends(deal_query)]
AsOfDep = Annotated[str | None, Depends(as_of_param)]
IdPath = Annotated[str, Path(max_length=64)]


def answers(model: Any, csv: bool = False) -> dict[int | str, dict[str, Any]]:
    """The 200 response of a route that sends its JSON itself (``respond``): ``model``
    describes it in ``/openapi.json``, and lists add their ``format=csv`` form."""
    answer: dict[str, Any] = {"model": model, "description": "JSON" + (" or CSV" if csv else "")}
    if csv:
        answer["content"] = {"text/csv": {"schema": {"type": "string"}}}
    return {200: answer}


@router.get(
    "", summary="What the API offers, and the register's size", response_model=schemas.ApiIndex
)
def api_index(register: RegisterDep) -> dict[str, Any]:
    return {
        "counts": register.counts(),
        "endpoints": {
            "deals": "/api/deals",
            "deal": "/api/deals/{deal_id}",
            "timeline": "/api/deals/{deal_id}/timeline",
            "claims": "/api/claims",
            "articles": "/api/articles",
            "article": "/api/articles/{article_id}",
            "contradictions": "/api/contradictions",
            "openapi": "/openapi.json",
        },
    }


@router.get(
    "/deals",
    summary="Deals with their status, filtered",
    responses=answers(schemas.Page[schemas.DealOut], csv=True),
)
def api_deals(
    request: Request, state: StateDep, register: RegisterDep, q: DealQueryDep, params: ListDep
) -> Response:
    listing = queries.list_deals(state.index, register, q, params.page)
    return respond(
        request, params, listing, name="deals", record=records.deal_json,
        row=dict, columns=records.DEAL_COLUMNS,
    )  # fmt: skip


@router.get(
    "/deals/{deal_id}",
    summary="One deal: status as of a date and its contradictions",
    responses=answers(schemas.DealDetail),
)
def api_deal(state: StateDep, register: RegisterDep, deal_id: IdPath, as_of: AsOfDep) -> Response:
    view = state.index.deal_view(register, deal_id, as_of)
    reported = state.index.deal_context(register, view.deal).reported
    return JSONResponse(
        {
            **records.deal_json(view),
            "status_detail": status_record(view.status),
            "contradictions": [
                contradiction_record(c, reported)
                for c in view.contradictions[:SHOWN_CONTRADICTIONS]
            ],
            "all_contradictions": url("/api/contradictions", {"deal": deal_id, "as_of": as_of}),
            "timeline": url(f"/api/deals/{deal_id}/timeline", {"as_of": as_of}),
        }
    )


@router.get(
    "/deals/{deal_id}/timeline",
    summary="A deal's claims in time order",
    responses=answers(schemas.Page[schemas.TimelineEntryOut], csv=True),
)
def api_timeline(
    request: Request,
    state: StateDep,
    register: RegisterDep,
    deal_id: IdPath,
    as_of: AsOfDep,
    params: ListDep,
    order: OrderQ = "event",
) -> Response:
    page = queries.deal_page(state.index, register, deal_id, as_of, params.page, order)
    return respond(
        request, params, page.claims, name=f"timeline-{deal_id}",
        record=lambda e: records.entry_json(e, page.meta),
        row=records.claim_row, columns=records.TIMELINE_COLUMNS,
    )  # fmt: skip


@router.get(
    "/claims",
    summary="Claims, filtered, with full-text search over evidence",
    responses=answers(schemas.Page[schemas.ClaimOut], csv=True),
)
def api_claims(
    request: Request, register: RegisterDep, params: ListDep, cq: ClaimQueryDep
) -> Response:
    return claims_response(request, register, params, cq)


def claims_response(
    request: Request, register: Register, params: ListParams, cq: ClaimQuery
) -> Response:
    """The claims list as JSON or CSV (shared with the ``/claims`` page's downloads)."""
    listing = queries.list_claims(register, cq.filter, params.page)
    ctx = queries.claims_context(register, listing.items)
    return respond(
        request, params, listing, name="claims",
        record=lambda c: records.claim_json(c, ctx),
        row=records.claim_row, columns=records.CLAIM_COLUMNS,
    )  # fmt: skip


@router.get(
    "/articles",
    summary="Articles (metadata; the text is on the article)",
    responses=answers(schemas.Page[schemas.ArticleOut], csv=True),
)
def api_articles(request: Request, register: RegisterDep, params: ListDep) -> Response:
    listing = queries.list_articles(register, params.page)
    counts = queries.claim_counts(register, (a.id for a in listing.items))
    return respond(
        request, params, listing, name="articles",
        record=lambda a: records.article_json(a, counts.get(a.id, 0)),
        row=dict, columns=records.ARTICLE_COLUMNS,
    )  # fmt: skip


@router.get(
    "/articles/{article_id}",
    summary="One article with its text and claims",
    response_model=schemas.ArticleDetail,
)
def api_article(register: RegisterDep, article_id: IdPath) -> dict[str, Any]:
    page = queries.article_page(register, article_id)
    ctx = queries.claims_context(register, page.claims)
    return {
        **page.article.to_record(),
        "url": f"/articles/{page.article.id}",
        "source_url": page.article.url,
        "claims": [records.claim_json(c, ctx) for c in page.claims],
    }


@router.post(
    "/articles",
    status_code=201,
    summary="Ingest one article (only with --token; Authorization: Bearer <token>)",
    response_model=schemas.IngestedOut,
    responses={401: _ERROR, 403: _ERROR, 413: _ERROR},
)
def api_ingest(
    state: StateDep,
    body: Annotated[
        dict[str, Any],
        Body(description="{text, id or doc?, title?, url?, published?}; at most 1 MiB"),
    ],
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    check_token(state.write_token, authorization)
    return ingest_record(state.db_path, body).to_json()


@router.get(
    "/contradictions",
    summary="Contradictions between claims, deal by deal",
    responses=answers(schemas.Page[schemas.ContradictionItem], csv=True),
)
def api_contradictions(
    request: Request,
    state: StateDep,
    register: RegisterDep,
    q: DealQueryDep,
    params: ListDep,
    kind: KindQ = None,
) -> Response:
    listing = queries.list_contradictions(state.index, register, q, text(kind), params.page)
    return respond(
        request, params, listing, name="contradictions", record=records.contradiction_json,
        row=records.contradiction_row, columns=records.CONTRADICTION_COLUMNS,
    )  # fmt: skip
