"""Layer 8, claims: a report denied in the sentence that tells it ("A site wrote that Lima would
get the jets soon, then took the story down and called it false";
"..., a newspaper reported, but Santiago denied the report"). The denial is a claim of its own
(CLAIMS.md rule 3): each step the report told, denied, in the denier's voice; the report's own
claims stay as they were told.

A denial in the next sentence ("Lima denied the report.") was read the same way and measured:
on the articles never read it denied the wrong steps more often than the right ones (the last
sentence's steps are not always the report's), so it is left unread. A Russian one names what
it denies by a pronoun or a report noun ("Власти Чили это отрицают", "в министерстве эту
информацию опровергли"): it denies the steps the sentence right before it told
(``deny_previous``)."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract.record import Document, Sentence
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH, RUSSIAN
from armsledger.models import Claim, Evidence, Factuality

_DENIED_BACK = rule_table()["factuality.denied_report_back"]
_CHARGE_BACK = rule_table()["factuality.denied_charge_back"]
_DENIED_PREVIOUS = rule_table()["factuality.ru.denied_previous"]


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


def deny_previous(doc: Document, sent: Sentence) -> None:
    """Russian: a sentence that tells no step and denies "это", "эту информацию" or "эти
    сообщения" denies each step the sentence read right before it told (CLAIMS.md rule 3), in
    the voice of whoever it says denies them; any sentence between ends the reach."""
    first, end = doc.last_made
    doc.last_made = (end, end)
    if doc.lang != RUSSIAN or first == end or _DENIED_PREVIOUS.search(sent.text) is None:
        return
    told = [c for c in doc.claims[first:end] if c.factuality is not Factuality.DENIED]
    if any(doc.text[c.evidence.end : sent.offset].strip() for c in told):
        return  # another sentence between: the denial may be of anything
    source = sent.attribution.source if sent.attribution is not None else None
    evidence = Evidence(sent.text, sent.offset, sent.offset + len(sent.text))
    doc.claims += [replace(_denied(c, source), evidence=evidence) for c in told]
