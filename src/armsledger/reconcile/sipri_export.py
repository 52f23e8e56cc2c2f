"""The register as SIPRI Trade Register rows: one row per deal, values from its claims.

The mapping, each value from the claims known ``as_of``. A value goes in parentheses (SIPRI's
mark for an estimate or uncertain value) when the news does not settle it. "Contested" means
the claim is in a ``find_contradictions`` pair, i.e. the news disagrees about it (a delivery
``date_mismatch`` aside: that is most likely two batches).

- Order year: the earliest explicit ``when`` year of an asserted agreement; else the earliest
  report year of an asserted agreement, production or delivery (the order was known by then).
  Estimate when taken from a report date, when stated years disagree, or a claim is contested.
- Number ordered: the figure most stories give on asserted agreements (ties to the larger);
  else on expected ones. The figure is the order's own, read from the agreement's sentence
  (``quantities.ordered_quantity``), never a delivered batch or an older order's number.
  Estimate when values disagree, none is asserted, or a claim used is contested.
- Delivery years: years of asserted deliveries, the explicit ``when``, else the report year.
  Per year, an estimate when taken from a report date, when every claim giving it is
  contested, or when a known denial or halt hits it (``denial_hits_year``,
  ``halt_hits_year``: the rules the SIPRI cross-check uses, so an export never contradicts
  itself when read back).
- Number delivered: the largest ``quantity`` on asserted deliveries (a batch and a running
  total cannot be told apart). Estimate when several values are given or one is contested.
- Status: SIPRI's column says what was transferred ("New", "Second hand"), not progress.
  "New" when production for this customer is asserted; else blank (news rarely says new vs
  second-hand, and we do not guess).
- Armament category: the gazetteer family's (``categories``), else the category most of the
  deal's claims carry (a designation the gazetteer does not know takes it from its noun:
  "QX-17 helicopters" is Aircraft), else ``FAMILY_INFO``'s.
- Comments: progress in SIPRI's idiom ("Ordered", "Delivery reported", "Deliveries planned",
  "Deliveries postponed", "Deal cancelled"), "reports disagree" when they do, then the evidence
  behind the status: stage/factuality, the sentence, who said it via whom, document, date.

Deals are exported only once the news asserts an order or a later step (agreement, production
or delivery): SIPRI registers orders and deliveries, not talks or rumours.
``include_unordered=True`` exports the rest too, with an empty Order year.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from armsledger.models import Claim, Factuality, Stage
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import ContradictionKind, find_contradictions
from armsledger.reconcile.countries import country_name
from armsledger.reconcile.dates import Reported
from armsledger.reconcile.deals import Deal, system_key
from armsledger.reconcile.quantities import ordered_quantity
from armsledger.reconcile.sipri_format import SipriRow
from armsledger.reconcile.status import Status, status_as_of
from armsledger.reconcile.stories import story_of
from armsledger.reconcile.timeline import TimelineEntry

# SIPRI's description and armament category of the families CLAIMS.md names; a caller with the
# gazetteer passes ``categories`` for the rest. Descriptions follow SIPRI's wording.
FAMILY_INFO: dict[str, tuple[str, str]] = {
    "s400": ("SAM system", "Air defence systems"),
    "s300": ("SAM system", "Air defence systems"),
    "patriot": ("SAM system", "Air defence systems"),
    "nasams": ("SAM system", "Air defence systems"),
    "irist": ("SAM", "Missiles"),
    "su35": ("FGA aircraft", "Aircraft"),
    "su30": ("FGA aircraft", "Aircraft"),
    "f35": ("FGA aircraft", "Aircraft"),
    "f16": ("FGA aircraft", "Aircraft"),
    "rafale": ("FGA aircraft", "Aircraft"),
    "gripen": ("FGA aircraft", "Aircraft"),
    "eurofighter": ("FGA aircraft", "Aircraft"),
    "j10": ("FGA aircraft", "Aircraft"),
    "ah64": ("combat helicopter", "Aircraft"),
    "mq9": ("UAV", "Aircraft"),
    "bayraktartb2": ("UAV", "Aircraft"),
    "himars": ("self-propelled MRL", "Artillery"),
    "leopard2": ("tank", "Armoured vehicles"),
    "javelin": ("anti-tank missile", "Missiles"),
    "scorpene": ("submarine", "Ships"),
}

# Evidence cited in a row's comments; more are summarised as "+N more" (a comment is a cell).
MAX_CITED = 5
# Characters of an evidence sentence quoted in a comment before it is cut with "…".
QUOTE_CHARS = 200

_MOVING = (Stage.AGREEMENT, Stage.PRODUCTION, Stage.DELIVERY)
_PHRASE = {
    (Stage.DELIVERY, Factuality.ASSERTED): "Delivery reported",
    (Stage.DELIVERY, Factuality.EXPECTED): "Deliveries planned",
    (Stage.DELIVERY, Factuality.POSSIBLE): "Deliveries possible",
    (Stage.PRODUCTION, Factuality.ASSERTED): "In production",
    (Stage.PRODUCTION, Factuality.EXPECTED): "Production planned",
    (Stage.AGREEMENT, Factuality.ASSERTED): "Ordered",
    (Stage.AGREEMENT, Factuality.EXPECTED): "Order planned",
    (Stage.NEGOTIATION, Factuality.ASSERTED): "Not ordered: negotiations reported",
}


def registrable(status: Status) -> bool:
    """Would SIPRI list this deal: does the news assert an order or a later step?"""
    return any(c.factuality == Factuality.ASSERTED and c.stage in _MOVING for c in status.known)


def sipri_rows(
    deals: Iterable[Deal],
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    as_of: str | None = None,
    categories: Mapping[str, str] | None = None,
    include_unordered: bool = False,
) -> list[SipriRow]:
    """One SIPRI row per deal (see the module table); ``categories`` maps family -> category."""
    category_of = {system_key(k): v for k, v in (categories or {}).items()}
    rows = []
    for deal in deals:
        if not (deal.supplier and deal.recipient):
            continue  # SIPRI registers transfers between known parties only
        status = status_as_of(deal.claims, reported, as_of, stories)
        if not include_unordered and not registrable(status):
            continue
        contested: set[str] = set()
        for c in find_contradictions(deal.claims, reported, stories, as_of):
            if c.kind == ContradictionKind.DATE_MISMATCH and c.a.stage == Stage.DELIVERY:
                continue  # most likely two batches: no doubt on either year
            contested.update(x.id for x in (c.a, c.b, *c.a_copies, *c.b_copies))
        rows.append(_row(deal, status, contested, reported, stories, category_of))
    return rows


def _row(
    deal: Deal,
    status: Status,
    contested: set[str],
    reported: Reported,
    stories: Mapping[str, str] | None,
    category_of: Mapping[str, str],
) -> SipriRow:
    known = status.known
    asserted = [c for c in known if c.factuality == Factuality.ASSERTED]
    agreements = [c for c in asserted if c.stage == Stage.AGREEMENT]
    deliveries = [c for c in asserted if c.stage == Stage.DELIVERY]

    order_year, order_est = _order_year(asserted, agreements, contested, reported)
    planned = [
        c for c in known if c.stage == Stage.AGREEMENT and c.factuality == Factuality.EXPECTED
    ]
    ordered, ordered_est = _mode_quantity(agreements, contested, stories, order_year)
    if ordered is None:
        ordered, _ = _mode_quantity(planned, contested, stories, order_year)
        ordered_est = ordered is not None

    firm: set[int] = set()
    estimated: set[int] = set()
    for c in deliveries:
        year = dates.year_of(c.when) or dates.year_of(dates.claim_report_date(c, reported))
        if year is None:
            continue
        (estimated if not c.when or c.id in contested else firm).add(year)
    for year in sorted(firm):
        if any(
            denial_hits_year(c, year, reported) or halt_hits_year(c, year, reported) for c in known
        ):
            firm.discard(year)
            estimated.add(year)
    estimated -= firm

    amounts = {c.quantity for c in deliveries if c.quantity is not None}
    delivered = max(amounts) if amounts else None
    delivered_est = len(amounts) > 1 or any(
        c.id in contested for c in deliveries if c.quantity is not None
    )

    description, category = FAMILY_INFO.get(system_key(deal.system), ("", ""))
    category = claims_category(deal.claims) or category_of.get(system_key(deal.system)) or category
    new = any(c.stage == Stage.PRODUCTION for c in asserted)
    return SipriRow(
        supplier=country_name(deal.supplier),
        recipient=country_name(deal.recipient),
        designation=deal.system,
        supplier_code=deal.supplier,
        recipient_code=deal.recipient,
        description=description,
        category=category,
        order_year=order_year,
        order_year_estimate=order_est,
        number_ordered=ordered,
        number_ordered_estimate=ordered_est,
        delivery_years=tuple(sorted(firm | estimated)),
        estimated_delivery_years=tuple(sorted(estimated)),
        number_delivered=delivered,
        number_delivered_estimate=delivered_est,
        status="New" if new else "",
        comments=comments(status, len(contested) > 0, reported),
        deal_id=deal.id,
    )


def claims_category(claims: Iterable[Claim]) -> str:
    """The category most of a deal's claims carry (the gazetteer family's, or the noun's for a
    designation the gazetteer does not know); "" when none says."""
    counts = Counter(c.category for c in claims if c.category)
    return counts.most_common(1)[0][0] if counts else ""


def denial_hits_year(denial: Claim, year: int, reported: Reported) -> bool:
    """Does a delivery denial gainsay deliveries in ``year``? A dated denial speaks of its own
    period; an undated one ("has not begun") of everything wholly before its report date."""
    if denial.stage != Stage.DELIVERY or denial.factuality != Factuality.DENIED:
        return False
    if denial.when:
        return dates.gap_days(str(year), denial.when) == 0
    return dates.strictly_before(str(year), dates.effective_date(denial, reported))


def halt_hits_year(halt: Claim, year: int, reported: Reported) -> bool:
    """Is ``year`` wholly after an asserted postponement or cancellation?"""
    if halt.stage not in (Stage.POSTPONED, Stage.CANCELLED):
        return False
    if halt.factuality != Factuality.ASSERTED:
        return False
    return dates.strictly_before(dates.effective_date(halt, reported), str(year))


def _order_year(
    asserted: Sequence[Claim], agreements: Sequence[Claim], contested: set[str], reported: Reported
) -> tuple[int | None, bool]:
    stated = {y: c for c in agreements if (y := dates.year_of(c.when)) is not None}
    if stated:
        year = min(stated)
        used = [c for c in agreements if dates.year_of(c.when) is not None]
        return year, len(stated) > 1 or any(c.id in contested for c in used)
    known_by = [
        y
        for c in asserted
        if c.stage in _MOVING
        and (y := dates.year_of(dates.claim_report_date(c, reported))) is not None
    ]
    return (min(known_by), True) if known_by else (None, False)


def _mode_quantity(
    claims: Sequence[Claim],
    contested: set[str],
    stories: Mapping[str, str] | None,
    order_year: int | None,
) -> tuple[int | None, bool]:
    # Only the order's own figure, read from the agreement's sentence (``quantities``).
    with_qty = [(c, q) for c in claims if (q := ordered_quantity(c, order_year)) is not None]
    if not with_qty:
        return None, False
    # Count each story once per value, so a syndicated figure does not outvote a second source.
    votes = {(story_of(c, stories), q) for c, q in with_qty}
    per_value = Counter(q for _, q in votes)
    value = max(per_value, key=lambda q: (per_value[q], q))
    estimate = len(per_value) > 1 or any(c.id in contested for c, _ in with_qty)
    return value, estimate


def comments(status: Status, disagreement: bool, reported: Reported) -> str:
    """Progress in SIPRI's idiom, the disagreement flag, then the evidence cited."""
    parts = []
    if status.stage is not None and status.factuality is not None:
        parts.append(_PHRASE.get((status.stage, status.factuality), f"{status.stage} reported"))
    if status.halted == Stage.CANCELLED:
        parts.append("Deal cancelled")
    elif status.halted == Stage.POSTPONED:
        parts.append("Deliveries postponed")
    if disagreement:
        parts.append("reports disagree")
    # What backs the status first, then what disputes it, then the halts; oldest report first.
    cited: list[Claim] = []
    for group in (status.supporting, status.disputing, status.halts):
        cited += sorted(
            (c for c in group if c not in cited),
            key=lambda c: (dates.sort_key(dates.claim_report_date(c, reported)), c.id),
        )
    quotes = [cite(c, reported) for c in cited[:MAX_CITED]]
    if len(cited) > MAX_CITED:
        quotes.append(f"+{len(cited) - MAX_CITED} more")
    head = "; ".join(parts)
    return f"{head}. Evidence: {' | '.join(quotes)}" if quotes else head


def cite(claim: Claim, reported: Reported) -> str:
    """``delivery/denied "sentence" (FSMTC via TASS; doc 000_x.txt, 2020-01-29)``."""
    text = " ".join(claim.evidence.text.split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1].rstrip() + "…"
    report = dates.claim_report(claim, reported)
    entry = TimelineEntry(claim, claim.when, report.date if report else None, "")
    when = report.label if report else "date unknown"
    return f'{claim.stage}/{claim.factuality} "{text}" ({entry.attribution}; {claim.doc}, {when})'
