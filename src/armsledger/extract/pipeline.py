"""``extract(article) -> list[Claim]``: the one pure function every front end calls.

It only sequences the layers; each is a module that reads the record (``record``) the layers
before it filled and adds its own part:

0. ``typography``: the text as the layers read it (ASCII apostrophes and hyphens, hard-wrapped
   lines joined; one character for one, so the evidence is cut from the original);
1. ``mentions``: the systems, parties and outlets the article names;
2. ``segment``: the sentences worth reading, each with its mentions;
3. ``predications``: stage cues, clauses, and which cue speaks of which system;
4. ``sources``: who said it and through whom;
5. ``factuality``: each cue's factuality in its clause;
6. ``parties``: supplier and recipient, and whether the decider makes a claim;
7. ``timing``: the date of each step;
8. ``claims``: the claims written and merged, one per key (CLAIMS.md rule 2), ships named
   as the article names the class; ``report_denials``: a report the sentence that tells it
   denies ("..., but later deleted the report") is a denial of each of its steps.

``armsledger explain`` shows what each layer found, sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from armsledger.extract import (
    claims,
    factuality,
    lending,
    mentions,
    parties,
    predications,
    report_denials,
    segment,
    sources,
    timing,
)
from armsledger.extract.record import Sentence
from armsledger.extract.scorer import Decider, default_decider
from armsledger.extract.typography import plain_punctuation, reading_text
from armsledger.language import detect_language
from armsledger.models import Article, Claim, Evidence

# The longest news text read whole. Real articles are under 100 KB; a larger "article" is a
# dump or a table, and reading its first 2 MB (~40 s at worst, ~0.3 s for prose) keeps one bad
# record from stalling a corpus run.
MAX_TEXT_CHARS = 2_000_000


def extract(article: Article) -> list[Claim]:
    """All transfer claims in ``article``; pure, deterministic, never touches storage."""
    return extract_with(article)


def extract_with(
    article: Article,
    decider: Decider | None = None,
    observe: Callable[[Sentence], None] | None = None,
) -> list[Claim]:
    """``extract`` with a chosen decider (the rules alone, a fitted scorer, a recorder);
    None: the shipped one (``scorer.default_decider``), for every language: fitted on the
    English study sets, it reads a Russian candidate's parties with the Russian role patterns
    (``candidates.Context.lang``) and scored above the Russian rules' own decision on unseen
    Russian articles (README.md, Russian articles). ``observe`` is shown each sentence's record
    once the layers are done with it (``explain`` prints it)."""
    # Offsets index article.text; only its first MAX_TEXT_CHARS are read (see the constant).
    original = article.text[:MAX_TEXT_CHARS]
    # The layers read apostrophes and hyphens as ASCII and wrapped lines joined; the evidence
    # is cut from the original.
    text = reading_text(original)
    if article.title:
        title = plain_punctuation(article.title)
        # A title already in plain punctuation (most: it is returned as it is) needs no copy
        # of the article: replace() re-runs the dataclass's __init__ (~10 us an article).
        if title is not article.title:
            article = replace(article, title=title)
    lang = article.language or detect_language(text)
    doc = mentions.read_document(article, text, lang, decider or default_decider())
    if doc is None:
        return []
    for sent in segment.sentences(doc):
        mentions.in_sentence(doc, sent)
        sources.hear_unread(doc, sent)  # Russian: speakers named in sentences not read
        if predications.find(doc, sent):  # else no cue speaks of a system here
            made = len(doc.claims)
            sources.attribute(doc, sent)
            factuality.assign(doc, sent)
            parties.decide(doc, sent)
            timing.date_steps(doc, sent)
            claims.write(doc, sent)
            report_denials.deny_report(doc, sent, made)  # "..., but Lima denied the report"
        else:
            sources.note_speaker(doc, sent)
        lending.note_dated_steps(doc, sent)  # a step told without naming its system
        if observe is not None:
            observe(sent)
    sources.lend_sources(doc)
    claims.fill_open_roles(doc)
    found = lending.lend_dates(doc, claims.merge(doc, factuality.denied_twins(doc)))
    found = claims.as_told(doc, found)
    if text is original:
        return found
    return [_evidence_from(original, c) for c in found]


def _evidence_from(original: str, claim: Claim) -> Claim:
    """``claim`` with its evidence sentence as the article writes it (same offsets)."""
    ev = claim.evidence
    return replace(claim, evidence=Evidence(original[ev.start : ev.end], ev.start, ev.end))
