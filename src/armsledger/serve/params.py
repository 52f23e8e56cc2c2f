"""Request parameters, parsed once for pages and API alike (FastAPI dependencies).

Empty values (an HTML form's blank field) mean "no filter". Dates are partial ISO
(``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``); anything else is a 400 naming the parameter. Page
sizes are capped: ``limit`` at ``MAX_LIMIT`` for pages and JSON, ``MAX_DOWNLOAD`` for CSV.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Query

from armsledger.models import Stage
from armsledger.reconcile import dates
from armsledger.serve.index import BadQuery
from armsledger.serve.queries import SORTS, DealQuery, Page, claim_filter
from armsledger.store import ClaimFilter

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
MAX_DOWNLOAD = 5_000

Format = Literal["html", "json", "csv"]
STAGES = tuple(str(s) for s in Stage)

_TEXT = 200

_DATE = dates.ACCEPTED
_KINDS = "asserted_vs_denied, done_vs_not_begun, date_mismatch or halted_vs_later_delivery"


def _q(description: str, alias: str | None = None) -> Any:
    return Query(alias=alias, max_length=_TEXT, description=description)


SystemQ = Annotated[str | None, _q("Weapon system family, e.g. S-400 (case-blind).")]
SupplierQ = Annotated[str | None, _q("Supplier, ISO 3166-1 alpha-3, e.g. RUS.")]
RecipientQ = Annotated[str | None, _q("Recipient, ISO 3166-1 alpha-3, e.g. CHN.")]
StageQ = Annotated[str | None, _q(f"One of {', '.join(STAGES)}.", alias="stage")]
DealStageQ = Annotated[
    str | None, _q(f"The deal's status stage or halt: one of {', '.join(STAGES)}.", alias="stage")
]
SearchQ = Annotated[str | None, _q("Full-text search over evidence (SQLite FTS5 syntax).")]
AsOfQ = Annotated[str | None, _q(f"Status from reports dated on or before this ({_DATE}).")]
FromQ = Annotated[str | None, _q(f"Claims dated on or after ({_DATE}).", alias="from")]
ToQ = Annotated[str | None, _q(f"Claims dated on or before ({_DATE}).", alias="to")]
SortQ = Annotated[str | None, _q(f"One of {', '.join(SORTS)}.")]
KindQ = Annotated[str | None, _q(f"Contradiction kind: {_KINDS}.")]
LimitQ = Annotated[
    int | None, Query(ge=1, description=f"Rows (at most {MAX_LIMIT}; {MAX_DOWNLOAD} for CSV).")
]
OrderQ = Annotated[
    Literal["event", "report"], Query(description="Claims by event date or by report date.")
]
DealIdQ = Annotated[str | None, Query(max_length=64, description="A deal id.")]
ArticleIdQ = Annotated[str | None, Query(max_length=64, description="An article id.")]
OffsetQ = Annotated[int, Query(ge=0, le=10**9, description="Rows to skip.")]
PageFormatQ = Annotated[
    Format | None, Query(alias="format", description="html (default), json or csv.")
]
ApiFormatQ = Annotated[
    Literal["json", "csv"] | None, Query(alias="format", description="json (default) or csv.")
]


@dataclass(frozen=True)
class ListParams:
    fmt: Format
    page: Page


def text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def partial_date(name: str, value: str | None) -> str | None:
    """``dates.date_input``, the check the CLI's --as-of goes through too."""
    return dates.date_input(f"{name}=", value)


def stage(value: str | None) -> str | None:
    value = text(value)
    if value is not None and value not in STAGES:
        raise BadQuery(f"stage={value!r} is not a stage", hint=f"use one of {', '.join(STAGES)}")
    return value


def as_of_param(as_of: AsOfQ = None) -> str | None:
    return partial_date("as_of", as_of)


def deal_query(
    system: SystemQ = None,
    supplier: SupplierQ = None,
    recipient: RecipientQ = None,
    stage_: DealStageQ = None,
    date_from: FromQ = None,
    date_to: ToQ = None,
    q: SearchQ = None,
    as_of: AsOfQ = None,
    sort: SortQ = None,
    deal: DealIdQ = None,
) -> DealQuery:
    order = text(sort) or "parties"
    if order not in SORTS:
        raise BadQuery(f"sort={order!r} is not an order", hint=f"use one of {', '.join(SORTS)}")
    return DealQuery(
        system=text(system),
        supplier=text(supplier),
        recipient=text(recipient),
        stage=stage(stage_),
        date_from=partial_date("from", date_from),
        date_to=partial_date("to", date_to),
        q=text(q),
        as_of=partial_date("as_of", as_of),
        sort=order,
        deal=text(deal),
    )


@dataclass(frozen=True)
class ClaimQuery:
    form: DealQuery  # the values for the filter form
    filter: ClaimFilter


def claim_query(
    system: SystemQ = None,
    supplier: SupplierQ = None,
    recipient: RecipientQ = None,
    stage_: StageQ = None,
    q: SearchQ = None,
    deal: DealIdQ = None,
    article: ArticleIdQ = None,
) -> ClaimQuery:
    form = DealQuery(
        system=text(system),
        supplier=text(supplier),
        recipient=text(recipient),
        stage=stage(stage_),
        q=text(q),
        deal=text(deal),
    )
    return ClaimQuery(form, claim_filter(form, deal=form.deal, article=text(article)))


def _page(fmt: Format, limit: int | None, offset: int) -> ListParams:
    cap = MAX_DOWNLOAD if fmt == "csv" else MAX_LIMIT
    default = MAX_DOWNLOAD if fmt == "csv" else DEFAULT_LIMIT
    return ListParams(fmt, Page(min(limit or default, cap), offset))


def page_params(fmt: PageFormatQ = None, limit: LimitQ = None, offset: OffsetQ = 0) -> ListParams:
    return _page(fmt or "html", limit, offset)


def api_params(fmt: ApiFormatQ = None, limit: LimitQ = None, offset: OffsetQ = 0) -> ListParams:
    return _page(fmt or "json", limit, offset)
