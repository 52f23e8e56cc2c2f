"""Supplier and recipient of a transfer, from the parties a sentence names and how it names them.

Pure functions over ``Mention`` lists; no gazetteer access here, so the rules read plainly:
"to X" / "for X" / "X received" / "X's purchase" make a recipient, "from X" / "X-supplied" /
"X will deliver" / "by X" make a supplier, a demonym on the system ("Russian S-400") is its
supplier when it names the maker and its owner otherwise ("the Chinese S-400").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    start: int  # offsets relative to the sentence
    end: int
    kind: str  # see gazetteer kinds
    value: str  # family name or party code/name
    code: str | None  # the state (ISO3) a party mention stands for, None for non-state parties

    @property
    def party(self) -> str | None:
        """The register's party id: an ISO3 code, or a non-state party's name."""
        return self.code if self.code else (self.value if self.kind == "party" else None)


RECIPIENT_BEFORE = re.compile(r"\b(?:to|for|into|at)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
SUPPLIER_BEFORE = re.compile(
    r"(?:\b(?:from|by)\s+(?:the\s+)?(?:\w+\s+)?|\b(?:return(?:s|ed|ing)?|back)\s+to\s+)$", re.I
)
# "X announced on Friday that it will sell": the subject's own clause, up to its verb.
_SAID_IT = (
    r"(?:(?:said|announced|confirmed|stated|agreed|decided|revealed)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?(?:it|they)\s+)?"
)
_AUX = (
    r"has|have|had|will|would|is|are|was|were|can|could|may|might|should|must|also|already"
    r"|began|begun|begins|started|starts|continued|continues|resumed|completed|finished"
)
RECIPIENT_AFTER = re.compile(
    rf"^(?:'s?|’s?)?\s*{_SAID_IT}(?:(?:{_AUX}|finally|recently|first)\s+){{0,2}}"
    r"(?:\w+ly\s+)?(?:received|receives|receive|receiving|acquired|acquires|acquire|bought|buys|buy|"
    r"purchased|purchases|purchase|ordered|orders|imports?|imported|agreed\s+to\s+buy|signed\s+(?:a|an|the)\s+"
    r"(?:\w+\s+){0,4}?to\s+buy|plans?\s+to\s+buy|awaits|took\s+delivery|takes\s+delivery|decision\s+to\s+buy|"
    r"purchase|acquisition|order)\b",
    re.I,
)
SUPPLIER_AFTER = re.compile(
    r"^(?:-(?:supplied|made|built|provided|donated|produced|manufactured)\b|(?:'s?|’s?)?\s*"
    rf"{_SAID_IT}(?:(?:{_AUX}|to|plans?|planning|agreed|decided|announced)\s+(?:to\s+)?){{0,3}}"
    r"(?:\w+ly\s+)?(?:deliver|suppl(?:y|ies|ied)|sell|sold|sells|send|sends|sent|transfer|ship|provide|export|offer|donate|hand)\w*)\b",
    re.I,
)
# A demonym or state name qualifying a media name or a person's office is not a party to the deal.
NOT_A_PARTY_AFTER = re.compile(
    r"^(?:'s?|’s?)?\s+(?:\(\w+\)\s+)?(?:\w+\s+)?(?:newspaper|news|agency|daily|outlet|media|paper|website|channel|"
    r"broadcaster|television|tv|radio|ambassador|envoy|embassy|lawmaker|parliamentarian|analysts?|experts?|"
    r"pilots?|crews?|personnel|troops|soldiers|officers?|technicians?|war|conflict|crisis|invasion|"
    r"border|front|sanctions|pressure|warnings?|threats?|opposition|objections?|concerns?)\b"
    r"|^-(?:designed|era)\b",
    re.I,
)


# "China, the first foreign buyer, ordered": the apposition sits between party and verb.
_APPOSITION = re.compile(r"^,\s+(?:the|a|an|its|their)\s+[^,]{1,40},")


def _after(sentence: str, p: Mention) -> str:
    after = sentence[p.end : p.end + 120]
    return _APPOSITION.sub("", after, count=1)


def _supplier_like(sentence: str, p: Mention) -> bool:
    return bool(
        SUPPLIER_AFTER.match(_after(sentence, p))
        or SUPPLIER_BEFORE.search(sentence[max(0, p.start - 30) : p.start])
    )


def _recipient_like(sentence: str, p: Mention) -> bool:
    return bool(
        RECIPIENT_AFTER.match(_after(sentence, p))
        or RECIPIENT_BEFORE.search(sentence[max(0, p.start - 25) : p.start])
    )


@dataclass(frozen=True)
class Roles:
    supplier: str | None
    recipient: str | None


def assign_roles(
    sentence: str,
    system: Mention,
    parties: list[Mention],
    maker: str | None,
    scope: tuple[tuple[int, int], ...] = (),
    others: tuple[Mention, ...] = (),
    *,
    fallback: bool = True,
    use_loose: bool = True,
) -> Roles:
    """Supplier and recipient of ``system`` in ``sentence`` (either may stay None).

    Parties outside the ``scope`` clauses (the system's and its cue's) count only as loose
    candidates ("..., defying sanctions from the United States"): they never take a role by
    pattern. ``fallback`` lets the maker or a lone loose party fill the supplier; without
    ``use_loose`` a loose party never becomes the recipient (the caller has a better guess).
    """
    suppliers: list[Mention] = []
    recipients: list[Mention] = []
    loose: list[Mention] = []
    for p in parties:
        if p.party is None or NOT_A_PARTY_AFTER.match(sentence[p.end :]):
            continue
        if any(q is not p and q.kind == "party" and 0 <= q.start - p.end <= 4 for q in parties):
            continue  # "Yemen's Houthi movement": the state only says where the party is
        if p.kind == "demonym" and any(0 <= o.start - p.end <= 12 for o in others):
            continue  # "the American F-35" speaks of the F-35, not of this system
        if scope and not any(a <= p.start < b for a, b in scope):
            # Another clause's party counts only if nothing there gives it a role of its own.
            if not (_supplier_like(sentence, p) or _recipient_like(sentence, p)):
                loose.append(p)
            continue
        if p.kind == "demonym" and 0 <= system.start - p.end <= 12:
            # "Russian S-400" names the maker; "the Chinese S-400" names the owner.
            (suppliers if maker in (None, p.code) else recipients).append(p)
        elif _supplier_like(sentence, p):
            suppliers.append(p)
        elif _recipient_like(sentence, p):
            recipients.append(p)
        else:
            loose.append(p)

    def nearest(cands: list[Mention], exclude: str | None = None) -> str | None:
        cands = [c for c in cands if c.party != exclude]
        if not cands:
            return None
        return min(cands, key=lambda c: abs(c.start - system.start)).party

    supplier = nearest(suppliers)
    recipient = nearest(recipients, exclude=supplier)
    if supplier is None and fallback:
        if maker and any(p.party == maker for p in loose):
            supplier = maker
        elif maker is None and recipient is not None and len({p.party for p in loose}) == 1:
            supplier = loose[0].party
    if supplier is None and fallback and maker and maker != recipient:
        supplier = maker
    if recipient is None and use_loose:
        recipient = nearest(loose, exclude=supplier)
    if recipient == supplier:
        recipient = None
    return Roles(supplier, recipient)
