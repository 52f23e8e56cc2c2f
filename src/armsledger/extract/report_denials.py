"""Layer 8, claims: a report denied in the sentence that tells it ("A site wrote that Lima would
get the jets soon, then took the story down and called it false";
"..., a newspaper reported, but Santiago denied the report"). The denial is a claim of its own
(CLAIMS.md rule 3): each step the report told, denied, in the denier's voice; the report's own
claims stay as they were told.

A denial in the next sentence ("Lima denied the report.") was read the same way and measured:
on the articles never read it denied the wrong steps more often than the right ones (the last
sentence's steps are not always the report's), so it is left unread; so was a Russian one that
names what it denies by a pronoun ("Власти Чили это отрицают"): reading those sentences
changed who the sentences after them heard speak, and the sources of three Russian sets
fell."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract.record import Document, Sentence
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH
from armsledger.models import Claim, Factuality

_DENIED_BACK = rule_table()["factuality.denied_report_back"]
_CHARGE_BACK = rule_table()["factuality.denied_charge_back"]


def deny_report(doc: Document, sent: Sentence, first: int) -> None:
    """Add the denied twins of the claims ``sent`` made (``doc.claims[first:]``) when, after
    all their verbs, it denies the report that told them."""
    if doc.lang != ENGLISH:
        return
    # Only a step told as someone's report can be that report: with none, a denial would add
    # nothing, and the search for one (~60 us a sentence) is spared.
    told = [
        c
        for c in doc.claims[first:]
        if c.factuality is not Factuality.DENIED and c.source is not None
    ]
    if not told:
        return
    hit = _DENIED_BACK.search(sent.text) or _CHARGE_BACK.search(sent.text)
    if hit is None or any(d.cue.end > hit.start() for d in sent.decisions):
        return  # no denial, or one told before a step it may not be about
    # The denying verb's subject is the denier ("..., but Santiago denied the report");
    # else whoever the sources layer heard speak ("An agency reported ..., but later deleted
    # the report and said it was false": the agency).
    who = hit.group("who")
    source = who.strip() if who else sent.attribution.source
    doc.claims += [_denied(c, source) for c in told]


def _denied(c: Claim, source: str | None) -> Claim:
    # The denial dates nothing of the step it denies (CLAIMS.md rule 12).
    return replace(c, factuality=Factuality.DENIED, source=source, via=(), when=None, id="")
