"""Cross-check a SIPRI Trade Register export against the register built from the news.

Matching: a SIPRI row matches the deal with the same supplier and recipient (ISO codes via
``countries``) whose system family is the row's designation: equal after the scorer's
normalisation (``S-400`` = ``S400``), or the designation is the family plus variant letters
(``F-16C``, ``S-300PMU-2``; SIPRI's ``S-400/SA-21`` is read part by part), or it is one of the
family's ``aliases`` given by the caller (e.g. from the gazetteer).

Each matched row is checked against the claims known ``as_of``:

- support: asserted claims at or past the step the row says the deal reached (delivery when it
  lists deliveries, agreement when it lists an order);
- conflicts, each with its claims and a reason:
  * deliveries listed, but a denial that they had begun, dated after SIPRI's first delivery year
    (or a denial with its own date inside the delivery years);
  * no deliveries listed, but the news asserts one;
  * the news dates a delivery to a year SIPRI does not list;
  * the news dates the order (or gives the number ordered) differently;
  * a cancellation or postponement the news reports before a year SIPRI lists deliveries in.

The news's own disagreements are not resolved here either. An assertion the news itself
denies (it sits in an ``asserted_vs_denied`` or ``done_vs_not_begun`` pair) neither confirms
SIPRI outright (``disputed_support``) nor contradicts it firmly. A conflict is firm, and
contradicts SIPRI, only when SIPRI gives the value as fact and the news evidence against it is
undisputed; otherwise it is filed under ``disputing``. Likewise disputed support confirms a
row only when SIPRI marks that value as an estimate too. So a register exported with
``sipri_rows`` (which marks disputed values as estimates) reads back as matching itself.

Outcome lists: ``confirmed`` (undisputed support, or disputed support for a value SIPRI
estimates; no firm conflict), ``contradicted`` (a firm conflict), ``unconfirmed`` (matched, but
the news only plans, speculates, or makes claims it denies itself),
``news_lacks`` (SIPRI rows no news deal matches), ``missing_from_sipri`` (news deals SIPRI
would list, see ``sipri_export.registrable``, that no row matches).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from armsledger.models import STAGE_ORDER, Claim, Factuality, Stage
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import ContradictionKind, find_contradictions
from armsledger.reconcile.dates import Reported
from armsledger.reconcile.deals import Deal, system_key
from armsledger.reconcile.quantities import ordered_quantity
from armsledger.reconcile.sipri_export import denial_hits_year, halt_hits_year, registrable
from armsledger.reconcile.sipri_format import SipriRow
from armsledger.reconcile.status import Status, status_as_of


@dataclass(frozen=True)
class Conflict:
    reason: str
    claims: tuple[Claim, ...]
    firm: bool  # against a value SIPRI gives as fact (not an estimate)


@dataclass(frozen=True)
class ComparisonItem:
    sipri: SipriRow | None
    deal: Deal | None
    status: Status | None
    supporting: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    # Assertions backing SIPRI that the news itself denies (asserted_vs_denied pairs).
    disputed_support: tuple[Claim, ...] = ()
    # Does SIPRI mark the value that says how far the deal got (delivery years, order year)
    # as an estimate?
    sipri_uncertain: bool = False

    @property
    def confirmed(self) -> bool:
        if self.contradicting:
            return False
        return bool(self.supporting) or (bool(self.disputed_support) and self.sipri_uncertain)

    @property
    def contradicting(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.firm)

    @property
    def disputing(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if not c.firm)


@dataclass(frozen=True)
class Comparison:
    confirmed: tuple[ComparisonItem, ...]
    contradicted: tuple[ComparisonItem, ...]
    unconfirmed: tuple[ComparisonItem, ...]
    news_lacks: tuple[ComparisonItem, ...]
    missing_from_sipri: tuple[ComparisonItem, ...]

    @property
    def matches(self) -> bool:
        """Do SIPRI and the news agree on every deal (each row confirmed, nothing unmatched)?"""
        return not (
            self.contradicted or self.unconfirmed or self.news_lacks or self.missing_from_sipri
        )


def designation_matches(designation: str, system: str, aliases: Iterable[str] = ()) -> bool:
    """Is SIPRI's ``designation`` (``S-400/SA-21``, ``F-16C``, ``Rafale M``) of this family?"""
    family = system_key(system)
    names = {family, *(system_key(a) for a in aliases)}
    for part in re.split(r"[/,]", designation):
        key = system_key(part)
        if not key:
            continue
        if key in names or system_key(part.split()[0]) in names:
            return True
        # Variant letters after a numbered family: F-16C, S-300PMU2 (not F-160, S-3000).
        if family[-1:].isdigit() and key.startswith(family) and not key[len(family)].isdigit():
            return True
    return False


def compare_with_sipri(
    sipri_rows: Sequence[SipriRow],
    deals: Sequence[Deal],
    reported: Reported = None,
    stories: Mapping[str, str] | None = None,
    as_of: str | None = None,
    aliases: Mapping[str, Iterable[str]] | None = None,
) -> Comparison:
    alias_of = {system_key(k): tuple(v) for k, v in (aliases or {}).items()}
    statuses = {d.id: status_as_of(d.claims, reported, as_of, stories) for d in deals}
    matched: set[str] = set()
    out: dict[str, list[ComparisonItem]] = {
        "confirmed": [],
        "contradicted": [],
        "unconfirmed": [],
        "news_lacks": [],
    }
    for row in sipri_rows:
        deal = _match(row, deals, alias_of)
        if deal is None:
            out["news_lacks"].append(ComparisonItem(row, None, None))
            continue
        matched.add(deal.id)
        status = statuses[deal.id]
        item = _check(row, deal, status, reported, stories, as_of)
        if item.contradicting:
            out["contradicted"].append(item)
        elif item.confirmed:
            out["confirmed"].append(item)
        else:
            out["unconfirmed"].append(item)
    missing = [
        ComparisonItem(None, d, statuses[d.id], statuses[d.id].supporting)
        for d in deals
        if d.id not in matched and d.supplier and d.recipient and registrable(statuses[d.id])
    ]
    return Comparison(
        confirmed=tuple(out["confirmed"]),
        contradicted=tuple(out["contradicted"]),
        unconfirmed=tuple(out["unconfirmed"]),
        news_lacks=tuple(out["news_lacks"]),
        missing_from_sipri=tuple(missing),
    )


def _match(
    row: SipriRow, deals: Sequence[Deal], alias_of: Mapping[str, tuple[str, ...]]
) -> Deal | None:
    if row.supplier_code is None or row.recipient_code is None:
        return None
    candidates = [
        d
        for d in deals
        if d.supplier == row.supplier_code
        and d.recipient == row.recipient_code
        and designation_matches(row.designation, d.system, alias_of.get(system_key(d.system), ()))
    ]
    if not candidates:
        return None
    # An exact designation beats a variant-prefix match; then the longest family name.
    return min(
        candidates,
        key=lambda d: (system_key(d.system) != system_key(row.designation), -len(d.system), d.id),
    )


def _check(
    row: SipriRow,
    deal: Deal,
    status: Status,
    reported: Reported,
    stories: Mapping[str, str] | None,
    as_of: str | None,
) -> ComparisonItem:
    known = status.known
    denied = _denied_ids(deal, reported, stories, as_of)
    asserted = [c for c in known if c.factuality == Factuality.ASSERTED]
    reached = (
        Stage.DELIVERY if row.delivered else Stage.AGREEMENT if row.ordered else Stage.NEGOTIATION
    )
    backing = [c for c in asserted if STAGE_ORDER[c.stage] >= STAGE_ORDER[reached]]
    deliveries = [c for c in asserted if c.stage == Stage.DELIVERY]
    conflicts: list[Conflict] = []

    def undisputed(claims: Iterable[Claim]) -> bool:
        return any(c.id not in denied for c in claims)

    if row.delivered:
        conflicts += _denials(row, known, reported)
        conflicts += _halts(row, asserted, reported)
        stated = [c for c in deliveries if dates.year_of(c.when) is not None]
        off = [c for c in stated if dates.year_of(c.when) not in row.delivery_years]
        if off and row.delivery_years:
            off_years = {y for c in off if (y := dates.year_of(c.when)) is not None}
            conflicts.append(
                Conflict(
                    f"the news dates deliveries to {_years(off_years)}; SIPRI lists "
                    f"{_years(row.delivery_years)}",
                    tuple(off),
                    firm=bool(row.firm_delivery_years) and undisputed(off),
                )
            )
    elif deliveries:
        dated = [c for c in deliveries if dates.effective_date(c, reported) is not None]
        conflicts.append(
            Conflict(
                "the news reports deliveries SIPRI does not list",
                tuple(deliveries),
                firm=undisputed(dated),
            )
        )

    agreements = [c for c in asserted if c.stage == Stage.AGREEMENT]
    years = {y for c in agreements if (y := dates.year_of(c.when)) is not None}
    if row.order_year is not None and years and row.order_year not in years:
        conflicts.append(
            Conflict(
                f"the news dates the order to {_years(years)}; SIPRI to {row.order_year}",
                tuple(c for c in agreements if c.when),
                firm=not row.order_year_estimate and undisputed(c for c in agreements if c.when),
            )
        )
    # The order's own figure, read as the export reads it (``quantities``).
    giving = [c for c in agreements if ordered_quantity(c, row.order_year) is not None]
    counts = {q for c in giving if (q := ordered_quantity(c, row.order_year)) is not None}
    if row.number_ordered is not None and counts and row.number_ordered not in counts:
        conflicts.append(
            Conflict(
                f"the news gives {_years(counts)} ordered; SIPRI {row.number_ordered}",
                tuple(giving),
                firm=not row.number_ordered_estimate and undisputed(giving),
            )
        )
    return ComparisonItem(
        sipri=row,
        deal=deal,
        status=status,
        supporting=tuple(c for c in backing if c.id not in denied),
        conflicts=tuple(conflicts),
        disputed_support=tuple(c for c in backing if c.id in denied),
        sipri_uncertain=_uncertain(row, reached),
    )


def _denied_ids(
    deal: Deal, reported: Reported, stories: Mapping[str, str] | None, as_of: str | None
) -> frozenset[str]:
    """Assertions the news itself denies: they back or contradict SIPRI only softly."""
    out: set[str] = set()
    for c in find_contradictions(deal.claims, reported, stories, as_of):
        if c.kind in (ContradictionKind.ASSERTED_VS_DENIED, ContradictionKind.DONE_VS_NOT_BEGUN):
            out.update(x.id for x in (c.a, *c.a_copies))
    return frozenset(out)


def _uncertain(row: SipriRow, reached: Stage) -> bool:
    if reached == Stage.DELIVERY:
        if row.delivery_years:
            return not row.firm_delivery_years
        return row.number_delivered_estimate
    if reached == Stage.AGREEMENT:
        if row.order_year is not None:
            return row.order_year_estimate
        return row.number_ordered_estimate
    return True  # a row with neither order nor delivery data states nothing as fact


def _denials(row: SipriRow, known: Sequence[Claim], reported: Reported) -> list[Conflict]:
    out = []
    for d in known:
        hit = [y for y in row.delivery_years if denial_hits_year(d, y, reported)]
        if hit:
            out.append(
                Conflict(
                    f"a denial that deliveries had happened, against SIPRI's deliveries in "
                    f"{_years(hit)}",
                    (d,),
                    firm=any(y not in row.estimated_delivery_years for y in hit),
                )
            )
    return out


def _halts(row: SipriRow, asserted: Sequence[Claim], reported: Reported) -> list[Conflict]:
    out = []
    for h in asserted:
        later = [y for y in row.delivery_years if halt_hits_year(h, y, reported)]
        if later:
            out.append(
                Conflict(
                    f"{h.stage} reported before SIPRI's deliveries in {_years(later)}",
                    (h,),
                    firm=any(y not in row.estimated_delivery_years for y in later),
                )
            )
    return out


def _years(values: Iterable[int]) -> str:
    return ", ".join(str(v) for v in sorted(values))
