"""Deals: claims grouped by (supplier, recipient, system family).

A deal's id is a content hash of its normalized key only, never of its claims, so it stays the
same as articles are added, re-extracted or removed: a link to ``/deal/<id>`` keeps working.

Systems are compared the way the scorer compares them (CLAIMS.md): case-blind with punctuation
and spaces removed, so ``S-400`` and ``S400`` are one deal. The deal shows the spelling most of
its claims use. Claims with an unknown supplier or recipient form deals of their own
(``supplier=None``): a claim is never guessed into a deal it may not belong to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from armsledger.extract.families import ship_family_keys
from armsledger.models import Claim, content_hash

_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)

DealKey = tuple[str, str | None, str | None]


def system_key(system: str) -> str:
    """``"S-400"``, ``"s 400"`` -> ``"s400"`` (the scorer's comparison); a ship class told by
    another of its family's names ("Project 636", "Kilo-class") -> its family's key ("kilo"):
    a claim names a ship as its article does, a deal is one family's."""
    key = _NON_ALNUM.sub("", system).casefold()
    return ship_family_keys().get(key, key)


def deal_key(claim: Claim) -> DealKey:
    return (system_key(claim.system), claim.supplier, claim.recipient)


# Cached: every claim stored and every claim record an API answer holds asks for its deal's
# id (a JSON dump and a SHA-256 each), and a register has a few thousand deals.
@lru_cache(maxsize=65_536)
def deal_id(system: str, supplier: str | None, recipient: str | None) -> str:
    """The stable id of the deal for this system family and pair of states."""
    return content_hash("deal", system_key(system), supplier, recipient)


@dataclass(frozen=True)
class Deal:
    """One (supplier, recipient, system family) and every claim made about it."""

    id: str
    system: str
    supplier: str | None
    recipient: str | None
    claims: tuple[Claim, ...]

    @property
    def key(self) -> DealKey:
        return (system_key(self.system), self.supplier, self.recipient)

    @property
    def article_ids(self) -> frozenset[str]:
        return frozenset(c.article_id for c in self.claims)

    @property
    def label(self) -> str:
        return f"{self.system} {self.supplier or '?'}→{self.recipient or '?'}"


def group_deals(claims: Iterable[Claim]) -> list[Deal]:
    """Group claims into deals, ordered by supplier, recipient, system (unknowns last).

    Claims inside a deal are ordered by id so the output does not depend on input order; the
    same claim (same id) given twice is kept once.
    """
    buckets: dict[DealKey, dict[str, Claim]] = {}
    for claim in claims:
        buckets.setdefault(deal_key(claim), {}).setdefault(claim.id, claim)
    deals = []
    for (_, supplier, recipient), by_id in buckets.items():
        members = tuple(by_id[k] for k in sorted(by_id))
        spelling = _display_system(members)
        deals.append(
            Deal(
                id=deal_id(spelling, supplier, recipient),
                system=spelling,
                supplier=supplier,
                recipient=recipient,
                claims=members,
            )
        )
    deals.sort(key=_deal_order)
    return deals


def _display_system(claims: tuple[Claim, ...]) -> str:
    # Most frequent spelling wins; ties go to the alphabetically first so output is stable.
    counts = Counter(c.system for c in claims)
    return min(counts, key=lambda s: (-counts[s], s))


def _deal_order(deal: Deal) -> tuple[bool, str, bool, str, str]:
    return (
        deal.supplier is None,
        deal.supplier or "",
        deal.recipient is None,
        deal.recipient or "",
        system_key(deal.system),
    )
