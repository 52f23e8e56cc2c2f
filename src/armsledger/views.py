"""What the register shows: deals with their status, timelines, contradictions.

Glue between the store and ``reconcile``, shared by the CLI and the web app so neither holds
logic of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, TextIO

from armsledger import lookup
from armsledger.errors import NotFoundError
from armsledger.extract.gazetteer import load_gazetteer
from armsledger.models import Claim
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import Contradiction, find_contradictions, known_by
from armsledger.reconcile.deals import Deal, deal_id, group_deals
from armsledger.reconcile.export import (
    CLAIM_COLUMNS,
    claim_csv_row,
    claim_record,
    claim_rows,
    deal_record,
    deals_json,
    write_csv,
)
from armsledger.reconcile.sipri_compare import Comparison, ComparisonItem, compare_with_sipri
from armsledger.reconcile.sipri_export import registrable, sipri_rows
from armsledger.reconcile.sipri_format import SipriTable, write_sipri_csv
from armsledger.reconcile.sipri_read import read_sipri
from armsledger.reconcile.status import Status, status_as_of
from armsledger.reconcile.status_timeline import Summary
from armsledger.store import ClaimFilter, Register


@dataclass(frozen=True)
class Context:
    """Per-article facts reconcile needs: report dates (with provenance) and story ids."""

    reported: dict[str, dates.ReportDate | None]
    stories: dict[str, str]
    meta: dict[str, dict[str, Any]]

    def language(self, article_id: str) -> str | None:
        """The article's language as stored ("en", "ru"); None when the register predates it."""
        return _str(self.meta.get(article_id, {}).get("language"))


@dataclass(frozen=True)
class DealView:
    deal: Deal
    status: Status
    contradictions: tuple[Contradiction, ...]
    first_event: str | None
    last_event: str | None
    stories: int
    # The earliest and latest report dates of the known claims, with their marks ("by
    # 2020-01-29 (updated-only)" when only an upper bound is known).
    first_reported: str | None = None
    last_reported: str | None = None


def context(register: Register, article_ids: Iterable[str] | None = None) -> Context:
    """Report dates and stories of every article, or of ``article_ids`` only (with the
    other copies of their stories, which may date them)."""
    return context_from_meta(register.article_meta(article_ids))


def context_from_meta(meta: dict[str, dict[str, Any]]) -> Context:
    """Each article dated by its story's earliest dated copy (``dates.story_dates``)."""
    own = {
        aid: dates.article_report(
            _str(m.get("published")),
            _str(m.get("published_from")),
            _str(m.get("updated")),
            _str(m.get("updated_from")),
        )
        for aid, m in meta.items()
    }
    stories = {aid: _str(m.get("story_id")) or aid for aid, m in meta.items()}
    docs = {aid: str(m.get("doc") or aid) for aid, m in meta.items()}
    return Context(reported=dates.story_dates(own, stories, docs), stories=stories, meta=meta)


def _str(value: object) -> str | None:
    # A register written by other tools may hold numbers or blobs where text is expected.
    return value if isinstance(value, str) and value else None


def known(register: Register) -> lookup.Known:
    return lookup.Known.of_register(register)


def resolve(register: Register, flt: ClaimFilter | None) -> ClaimFilter | None:
    """``flt`` with what the user typed read as the register's names (``lookup``)."""
    if flt is None or not (flt.system or flt.supplier or flt.recipient):
        return flt
    return lookup.claim_filter(flt, known(register))


def claims(register: Register, flt: ClaimFilter | None = None) -> list[Claim]:
    return register.claims(resolve(register, flt))


def write_claims_csv(register: Register, found: list[Claim], stream: TextIO) -> None:
    """Claims as the one claims CSV table (``export.CLAIM_COLUMNS``), with their report dates
    and stories."""
    ctx = context(register, (c.article_id for c in found))
    rows = (
        claim_csv_row(
            claim_record(c, dates.claim_report(c, ctx.reported), ctx.stories.get(c.article_id))
        )
        for c in found
    )
    write_csv(rows, stream, CLAIM_COLUMNS)


def empty_note(register: Register, flt: ClaimFilter | None) -> str | None:
    """What a filter that found nothing looked for, and the nearest known names."""
    if flt is None:
        return None
    note = lookup.empty_note(
        known(register), system_text=flt.system, supplier=flt.supplier, recipient=flt.recipient
    )
    return note or (f"nothing found for {flt.search!r}" if flt.search else None)


def deal_views(
    register: Register,
    flt: ClaimFilter | None = None,
    *,
    as_of: str | None = None,
    ctx: Context | None = None,
) -> list[DealView]:
    ctx = ctx or context(register)
    out = []
    # The stage filter is on the deal's status, not on its claims: the claims query is
    # unfiltered by stage, so a deal is judged on all it knows.
    stage = flt.stage if flt else None
    claims_flt = resolve(register, replace(flt, stage=None) if flt else None)
    for deal in group_deals(register.claims(claims_flt)):
        view = deal_view(deal, ctx, as_of)
        if (as_of is None or view.status.known) and stage_matches(view.status, stage):
            out.append(view)
    return out


def deal_view(
    deal: Deal,
    ctx: Context,
    as_of: str | None = None,
    status: Status | None = None,
    unbounded: Sequence[Contradiction] | None = None,
) -> DealView:
    """One deal as the register shows it: status, contradictions, event span, stories.

    ``unbounded``: the deal's contradictions with no ``as_of``, when already found; those of
    ``as_of`` are then picked from them (``contradictions.known_by``) instead of searched for.
    """
    status = status or status_as_of(deal.claims, ctx.reported, as_of, ctx.stories)
    events = sorted((c.when for c in status.known if c.when), key=dates.sort_key)
    first_reported, last_reported = reported_span(status.known, ctx)
    found = None
    if unbounded is not None:
        found = known_by(unbounded, deal.claims, ctx.reported, ctx.stories, as_of)
    if found is None:
        found = find_contradictions(deal.claims, ctx.reported, ctx.stories, as_of=as_of)
    return DealView(
        deal=deal,
        status=status,
        contradictions=tuple(found),
        first_event=events[0] if events else None,
        last_event=events[-1] if events else None,
        stories=len({ctx.stories.get(c.article_id, c.article_id) for c in status.known}),
        first_reported=first_reported,
        last_reported=last_reported,
    )


def reported_span(claims: Iterable[Claim], ctx: Context) -> tuple[str | None, str | None]:
    """Labels of the earliest and latest report dates: real dates order, bounds come after
    (a bound says only "by then")."""
    found = {r for c in claims if (r := dates.claim_report(c, ctx.reported)) is not None}
    ordered = sorted(found, key=lambda r: (r.bound, dates.sort_key(r.date), r.label))
    if not ordered:
        return None, None
    real = [r for r in ordered if not r.bound]
    first = real[0] if real else ordered[0]
    last = real[-1] if real else ordered[-1]
    return first.label, last.label


def find_deal(
    register: Register,
    *,
    deal: str | None = None,
    system: str | None = None,
    supplier: str | None = None,
    recipient: str | None = None,
    as_of: str | None = None,
    ctx: Context | None = None,
) -> DealView:
    """One deal by id, or by system and parties as typed (``lookup``)."""
    names = known(register) if deal is None else None
    if names is not None:
        system = lookup.system(system, names)
        supplier, recipient = lookup.party(supplier, names), lookup.party(recipient, names)
    ident = deal or deal_id(system or "", supplier, recipient)
    found = register.claims(ClaimFilter(deal_id=ident))
    if not found:
        what = deal or f"{system} {supplier or '?'} -> {recipient or '?'}"
        note = (
            lookup.empty_note(names, system_text=system, supplier=supplier, recipient=recipient)
            if names is not None
            else None
        )
        raise NotFoundError(
            f"no deal {what} in the register" + (f": {note}" if note else ""),
            path=register.path,
            hint="list deals with: armsledger deals",
        )
    return deal_view(group_deals(found)[0], ctx or context(register), as_of)


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
        "first_reported": view.first_reported,
        "last_reported": view.last_reported,
        "claims": len(st.known),
        "stories": view.stories,
        "contradictions": len(view.contradictions),
    }


def all_deals(register: Register, flt: ClaimFilter | None = None) -> list[Deal]:
    return group_deals(register.claims(resolve(register, flt)))


def deal_document(view: DealView, ctx: Context, as_of: str | None = None) -> dict[str, Any]:
    """``timeline --format json``: ``{"deal", "status", "timeline", "contradictions"}``; each
    timeline entry carries its article's language, the evidence's language."""
    record = deal_record(view.deal, ctx.reported, ctx.stories, as_of)
    for entry in record["timeline"]:
        entry["language"] = ctx.language(entry["article_id"])
    return {
        "deal": deal_summary(view),
        "status": record["status"],
        "timeline": record["timeline"],
        "contradictions": record["contradictions"],
        "stories": record["stories"],
    }


def contradictions(
    register: Register, flt: ClaimFilter | None = None, *, as_of: str | None = None
) -> list[Contradiction]:
    ctx = context(register)
    found = register.claims(resolve(register, flt))
    return find_contradictions(found, ctx.reported, ctx.stories, as_of=as_of)


@dataclass(frozen=True)
class Exported:
    count: int  # records written
    unit: str  # what a record is: "claims" or "deals"
    left_out: int = 0  # deals a SIPRI export leaves out (no order reported)

    @property
    def note(self) -> str | None:
        if not self.left_out:
            return None
        return (
            f"{self.left_out} deals with no order reported (talks, offers, approvals) are not "
            "in the SIPRI export: SIPRI registers orders and deliveries; add them, marked "
            "'Not ordered', with --include-unordered"
        )


def export(
    register: Register,
    fmt: str,
    stream: TextIO,
    *,
    as_of: str | None = None,
    include_unordered: bool = False,
) -> Exported:
    """Write the register as ``csv`` (one row per claim), ``json`` (deals with their timelines)
    or ``sipri`` (SIPRI's trade-register columns); say how many records were written and,
    for SIPRI, how many deals were left out."""
    ctx = context(register)
    deals = all_deals(register)
    if fmt == "json":
        records = deals_json(deals, ctx.reported, ctx.stories, as_of)
        json.dump(records, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
        return Exported(len(records), "deals")
    if fmt == "csv":
        rows = claim_rows(deals, ctx.reported, ctx.stories, as_of)
        write_csv(rows, stream, CLAIM_COLUMNS)
        return Exported(len(rows), "claims")
    if fmt == "sipri":
        families = load_gazetteer().families
        categories = {name: fam.category for name, fam in families.items()}
        sipri = sipri_rows(deals, ctx.reported, ctx.stories, as_of, categories, include_unordered)
        write_sipri_csv(sipri, stream)
        left_out = 0
        if not include_unordered:
            left_out = sum(
                1
                for d in deals
                if d.supplier and d.recipient
                and (st := status_as_of(d.claims, ctx.reported, as_of, ctx.stories)).known
                and not registrable(st)
            )  # fmt: skip
        return Exported(len(sipri), "deals", left_out)
    raise ValueError(f"unknown export format {fmt!r}")


def stage_matches(status: Status | Summary, stage: str | None) -> bool:
    """Does a deal's status answer a ``stage`` filter? Its main-line stage, or its halt:
    "postponed" and "cancelled" are never a main-line stage (``STAGE_ORDER`` 0)."""
    if not stage:
        return True
    return stage in (status.stage, status.halted)


def compare_sipri(
    register: Register, path: str, *, as_of: str | None = None
) -> tuple[SipriTable, Comparison]:
    """Read a SIPRI trade-register CSV and hold it against the register's deals."""
    table = read_sipri(path)
    ctx = context(register)
    return table, compare_with_sipri(
        table.rows, all_deals(register), ctx.reported, ctx.stories, as_of
    )


def comparison_record(comparison: Comparison) -> dict[str, Any]:
    """A SIPRI cross-check as plain data, each item with its evidence."""

    def item(x: ComparisonItem) -> dict[str, Any]:
        return {
            "sipri": asdict(x.sipri) if x.sipri else None,
            "deal": (
                {"id": x.deal.id, "system": x.deal.system, "supplier": x.deal.supplier,
                 "recipient": x.deal.recipient}
                if x.deal else None
            ),
            "status": str(x.status.stage) if x.status and x.status.stage else None,
            "supporting": [c.to_record() for c in x.supporting],
            "conflicts": [
                {"reason": k.reason, "firm": k.firm, "claims": [c.to_record() for c in k.claims]}
                for k in x.conflicts
            ],
        }  # fmt: skip

    return {
        "matches": comparison.matches,
        "confirmed": [item(x) for x in comparison.confirmed],
        "contradicted": [item(x) for x in comparison.contradicted],
        "unconfirmed": [item(x) for x in comparison.unconfirmed],
        "news_lacks": [item(x) for x in comparison.news_lacks],
        "missing_from_sipri": [item(x) for x in comparison.missing_from_sipri],
    }
