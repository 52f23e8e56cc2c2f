"""Layer 4, attribution: who a sentence's claims come from and through whom they reached us
(``attribution`` reads English, ``russian`` Russian). The speaker's own words are then no
predication ("head of procurement") and the speaker's own state no party ("Egypt's envoy")."""

from __future__ import annotations

from armsledger.extract import attribution, predications, russian
from armsledger.extract.gazetteer import MEDIA
from armsledger.extract.record import Document, Sentence
from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH

_LEADING_ARTICLE = rule_table()["attribution.leading_article"]
_SAID_IT = rule_table()["roles.said_it"]


def attribute(doc: Document, sent: Sentence) -> None:
    """Set the sentence's attribution; drop the cues and parties inside the speaker's name."""
    finder = attribution.find_attribution if doc.lang == ENGLISH else russian.find_attribution
    sent.attribution = found = finder(
        sent.text,
        media_names=[(m.start, m.value) for m in sent.mentions if m.kind == MEDIA],
        outlet=doc.article.url,
        previous=doc.focus.last_source,
        is_headline=sent.is_headline,
    )
    if not found.source:
        return
    doc.focus.last_source = found.source
    at = sent.text.find(found.source)
    if at < 0:
        return
    end = at + len(found.source)
    if any(at <= c.start < end for c in sent.cues):
        # A speaker's title ("head of procurement") says nothing of a deal.
        sent.cues = [c for c in sent.cues if not at <= c.start < end]
        predications.pair(sent, doc.lang)
    # The speaker's own affiliation ("Egypt's envoy to France X said") is no party; the
    # decider still sees it among its options ("Denmark said it was selling").
    # Unless the speaker goes on about itself ("Denmark's ministry said it was selling"):
    # then its state is the subject of the reported step.
    head = _LEADING_ARTICLE.sub("", found.source)
    speaks_of_itself = _SAID_IT.match(sent.text[end:].lstrip()) is not None
    if not speaks_of_itself and not any(sent.text[p.start : p.end] == head for p in sent.parties):
        sent.parties = [p for p in sent.parties if not at <= p.start < end]


def lend_sources(doc: Document) -> None:
    """Russian names the speaker after the claims ("..., Об этом сообщил X.")."""
    if doc.lang != ENGLISH:
        doc.claims = russian.lend_sources(doc.text, doc.claims)
