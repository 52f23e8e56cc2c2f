"""An article's text cut into segments at its claims' evidence offsets, for ``<mark>``-ing.

Several claims often rest on one sentence, and sentences of different claims may overlap, so
the text is cut at every claim's start and end: each segment knows the claims covering it, the
claims starting at it (their anchors go there) and the claims ending with it (their footnote
links go after it). The segments are plain text: the template escapes them.

A claim's offsets are trusted only when they select its evidence sentence; otherwise the
sentence is looked up in the text, and a claim whose sentence is not there at all is returned
apart (``unplaced``) rather than highlighting the wrong words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from armsledger.models import Claim


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    claims: tuple[Claim, ...] = ()  # claims whose sentence covers this segment
    starts: tuple[Claim, ...] = ()  # claims whose sentence begins here
    ends: tuple[Claim, ...] = ()  # claims whose sentence ends here

    @property
    def marked(self) -> bool:
        return bool(self.claims)


def locate(text: str, claim: Claim) -> tuple[int, int] | None:
    """Where the claim's evidence sentence is in ``text``."""
    ev = claim.evidence
    if 0 <= ev.start < ev.end <= len(text) and text[ev.start : ev.end] == ev.text:
        return ev.start, ev.end
    if ev.text:
        found = text.find(ev.text)
        if found >= 0:
            return found, found + len(ev.text)
    return None


def segments(text: str, claims: Sequence[Claim]) -> tuple[list[Segment], list[Claim]]:
    """The text as segments (covering it exactly, in order), and the claims not found in it."""
    spans: list[tuple[int, int, Claim]] = []
    unplaced: list[Claim] = []
    for claim in claims:
        where = locate(text, claim)
        if where is None:
            unplaced.append(claim)
        else:
            spans.append((where[0], where[1], claim))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for lo, hi in pairwise(cuts):
        out.append(
            Segment(
                text=text[lo:hi],
                start=lo,
                claims=tuple(c for s, e, c in spans if s <= lo and hi <= e),
                starts=tuple(c for s, _, c in spans if s == lo),
                ends=tuple(c for _, e, c in spans if e == hi),
            )
        )
    return out, unplaced
