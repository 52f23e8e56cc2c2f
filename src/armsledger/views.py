"""What the register shows: deals with their status, timelines, contradictions.

Glue between the store and ``reconcile``, shared by the CLI and the web app so neither holds
logic of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from armsledger.errors import NotFoundError
from armsledger.models import Claim
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import Contradiction, find_contradictions
from armsledger.reconcile.deals import Deal, deal_id, group_deals
from armsledger.reconcile.status import Status, status_as_of
from armsledger.store import ClaimFilter, Register


@dataclass(frozen=True)
class Context:
    """Per-article facts reconcile needs: report dates and story ids."""

    reported: dict[str, str | None]
    stories: dict[str, str]
    meta: dict[str, dict[str, Any]]


@dataclass(frozen=True)
class DealView:
    deal: Deal
    status: Status
    contradictions: tuple[Contradiction, ...]
    first_event: str | None
    last_event: str | None
    stories: int


def context(register: Register) -> Context:
    meta = register.article_meta()
    return Context(
        reported={aid: m["published"] or m["updated"] for aid, m in meta.items()},
        stories={aid: m["story_id"] or aid for aid, m in meta.items()},
        meta=meta,
    )


def deal_views(
    register: Register,
    flt: ClaimFilter | None = None,
    *,
    as_of: str | None = None,
    ctx: Context | None = None,
) -> list[DealView]:
    ctx = ctx or context(register)
    out = []
    for deal in group_deals(register.claims(flt)):
        view = _view(deal, ctx, as_of)
        if as_of is None or view.status.known:
            out.append(view)
    return out


def _view(deal: Deal, ctx: Context, as_of: str | None) -> DealView:
    status = status_as_of(deal.claims, ctx.reported, as_of, ctx.stories)
    events = sorted((c.when for c in status.known if c.when), key=lambda w: dates.sort_key(w))
    return DealView(
        deal=deal,
        status=status,
        contradictions=tuple(
            find_contradictions(deal.claims, ctx.reported, ctx.stories, as_of=as_of)
        ),
        first_event=events[0] if events else None,
        last_event=events[-1] if events else None,
        stories=len({ctx.stories.get(c.article_id, c.article_id) for c in status.known}),
    )


def find_deal(
    register: Register,
    *,
    deal: str | None = None,
    system: str | None = None,
    supplier: str | None = None,
    recipient: str | None = None,
    as_of: str | None = None,
) -> DealView:
    """One deal by id, or by system and parties."""
    ident = deal or deal_id(system or "", supplier, recipient)
    claims = register.claims(ClaimFilter(deal_id=ident))
    if not claims:
        what = deal or f"{system} {supplier or '?'} -> {recipient or '?'}"
        raise NotFoundError(
            f"no deal {what} in the register",
            path=register.path,
            hint="list deals with: armsledger deals",
        )
    return _view(group_deals(claims)[0], context(register), as_of)


def timeline(view: DealView, ctx: Context) -> list[Claim]:
    """The deal's known claims by event time (at its precision), then by report time."""

    def key(c: Claim) -> tuple[Any, ...]:
        event = c.when or ctx.reported.get(c.article_id)
        return (dates.sort_key(event), dates.sort_key(ctx.reported.get(c.article_id)), c.id)

    return sorted(view.status.known, key=key)


def deal_summary(view: DealView) -> dict[str, Any]:
    """A deal as plain data (the JSON of ``deals --format json`` and ``/api/deals``)."""
    st = view.status
    status = None
    if st.stage is not None:
        status = f"{st.stage}" + ("" if st.factuality == "asserted" else f" ({st.factuality})")
        if st.disputed:
            status += " disputed"
    if st.halted is not None:
        status = f"{status or '-'}; {st.halted}"
    return {
        "id": view.deal.id,
        "system": view.deal.system,
        "supplier": view.deal.supplier,
        "recipient": view.deal.recipient,
        "status": status,
        "stage": str(st.stage) if st.stage else None,
        "factuality": str(st.factuality) if st.factuality else None,
        "halted": str(st.halted) if st.halted else None,
        "as_of": st.as_of,
        "first_event": view.first_event,
        "last_event": view.last_event,
        "claims": len(st.known),
        "stories": view.stories,
        "contradictions": len(view.contradictions),
    }
