"""Layer 2, sentences: which sentences of the article are read, in order, each with its own
mentions. A sentence is read when it names a system or holds a reference noun that could
stand for one ("the jets", "the deal"); the headline is told apart, since it is dated and
attributed differently."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from armsledger.extract.cue_rules import head_positions
from armsledger.extract.gazetteer import SYSTEM
from armsledger.extract.record import Document, Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.rules import NEVER, rule_table
from armsledger.extract.sentences import SentenceIndex

# A caption describing a pictured specimen, in any language read (its words are English).
_CAPTION = rule_table()["text.picture_caption"]
_TAG_LINE = rule_table()["text.tag_line"]


def sentences(doc: Document) -> Iterator[Sentence]:
    """The sentences worth reading, in text order; sets ``doc.headline_end`` on the way."""
    text, mentions = doc.text, doc.mentions
    starts = [m.start for m in mentions]
    # Where a sentence could speak of a system without naming it, found in one pass each.
    system_at = [m.start for m in mentions if m.kind == SYSTEM]
    head_at = head_positions(doc.folded, doc.rules)
    title = (doc.article.title or "").strip()
    index = doc.sentence_index = SentenceIndex(text, doc.rules.lang)
    # A count with no noun opening a sentence ("Two more arrived in May"), tried only where
    # a sentence may start (a scan of the whole text cost a fifth of a generated article's).
    elliptic = doc.rules.elliptic_subject
    if elliptic is not NEVER:  # a language with no such rule tries no sentence start
        head_at += elliptic.match_starts(text, [0, *index.resumes])
    # A count, a pronoun or a sale standing as a step's object ("Finland ordered 48 in 2017",
    # "Washington approved the sale") stands for a system named before it: the text before
    # the first one is not scanned.
    if system_at:
        for rule, group in doc.rules.standing_objects:
            if rule is not NEVER:
                head_at += [m.start(group) for m in rule.finditer(text, system_at[0])]
    first = next((i for i, ch in enumerate(text) if not ch.isspace()), None)
    first_sentence = index.around(first) if first is not None else None
    if first_sentence and (
        _is_title(text[first_sentence[0] : first_sentence[1]], title) or not title
    ):
        doc.headline_end = first_sentence[1]
    seen: set[tuple[int, int]] = set()
    last = (0, 0)
    for pos in sorted(system_at + head_at):
        if last[0] <= pos < last[1]:
            continue  # in the sentence just read (offsets come sorted)
        span = index.around(pos)
        if span is None or span in seen:
            continue
        last = span
        seen.add(span)
        s, e = span
        sentence = text[s:e]
        if _CAPTION.match(sentence) or _TAG_LINE.match(sentence):
            continue  # "Photo: A Scorpene-class submarine during sea trials.", "Tags: ...": no step
        is_headline = _is_title(sentence, title) if title else span == first_sentence
        if is_headline:
            doc.headline_end = e
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        local = [  # sentence offsets (a constructor call, three times cheaper than replace())
            Mention(m.start - s, m.end - s, m.kind, m.value, m.code)
            for m in mentions[lo:hi]
            if m.end <= e
        ]
        yield Sentence(sentence, s, is_headline, local)


def _is_title(sentence: str, title: str) -> bool:
    """Whether ``sentence`` is the title, or its first part before a pipe that ends a
    sentence ("... to Kyiv - Der Standard | example.org": the site's name after it)."""
    if sentence == title:
        return True
    return title.startswith(sentence) and title[len(sentence) :].lstrip().startswith("|")
