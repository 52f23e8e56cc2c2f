"""Layer 4, attribution: who a sentence's claims come from and through whom they reached us
(``attribution`` reads English, ``russian`` Russian). The speaker's own words are then no
predication ("head of procurement") and the speaker's own state no party ("Egypt's envoy")."""

from __future__ import annotations

from dataclasses import replace

from armsledger.extract import attribution, predications, russian
from armsledger.extract.gazetteer import MEDIA
from armsledger.extract.morphology import last_person
from armsledger.extract.record import Document, Sentence
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import SentenceIndex
from armsledger.language import ENGLISH

_LEADING_ARTICLE = rule_table()["attribution.leading_article"]
_HONORIFIC = rule_table()["attribution.honorific"]
_SAID_IT = rule_table()["roles.said_it"]
_ANSWER = rule_table()["attribution.ru.interview_answer"]
# How far back the sentence before a pronoun is looked for (longer sentences are cut).
_PERSON_WINDOW = 1500


def attribute(doc: Document, sent: Sentence) -> None:
    """Set the sentence's attribution; drop the cues and parties inside the speaker's name."""
    media = [(m.start, m.value) for m in sent.mentions if m.kind == MEDIA]
    if doc.lang == ENGLISH:
        found = attribution.find_attribution(
            sent.text,
            media_names=media,
            outlet=doc.article.url,
            previous=doc.focus.last_source,
            is_headline=sent.is_headline,
        )
    else:
        found = russian.find_attribution(
            sent.text,
            media_names=media,
            outlet=doc.article.url,
            previous=_recall(doc, sent.offset, sent.text),
            is_headline=sent.is_headline,
        )
    if doc.lang != ENGLISH and not found.source:
        recall = _recall(doc, sent.offset, sent.text)
        found = russian.about_this_forward(sent.text, media, recall) or found
    if doc.lang != ENGLISH and not found.source:
        # "«Мы поставили ... . ...», — сказал он": the speaker named where the quote closes.
        outlets = [(m.start, m.value) for m in doc.mentions if m.kind == MEDIA]
        end = sent.offset + len(sent.text)
        at = sent.offset
        recall = _recall(doc, at, sent.text)
        found = russian.quoted_speaker(doc.text, at, end, outlets, recall) or found
    if doc.lang != ENGLISH and not found.source:
        found = _interviewee(doc, sent) or found
    if found.source and (titled := _HONORIFIC.match(found.source)) is not None:
        # "господин Лемешев", "Mr Ahmed": the person, named in full elsewhere
        found = replace(found, source=found.source[titled.end() :])
    sent.attribution = found
    if not found.source:
        return
    _remember(doc, found, media)
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
    if doc.lang != ENGLISH:
        # Russian names the office before its state ("министр обороны Индии", "посол Ирана"),
        # and roles.ru.not_a_party_before already sets those aside; a ministry that speaks of
        # its own purchase or sale ("Минобороны Сербии: ... на вооружении армии") is a party.
        # A speaker named after every step ("..., заверили в ФСВТС") takes no part in them.
        if all(c.end <= at for c in sent.cues):
            sent.parties = [p for p in sent.parties if not at <= p.start < end]
        return
    # Unless the speaker goes on about itself ("Denmark's ministry said it was selling"):
    # then its state is the subject of the reported step.
    head = _LEADING_ARTICLE.sub("", found.source)
    speaks_of_itself = _SAID_IT.match(sent.text[end:].lstrip()) is not None
    if not speaks_of_itself and not any(sent.text[p.start : p.end] == head for p in sent.parties):
        sent.parties = [p for p in sent.parties if not at <= p.start < end]


def _interviewee(doc: Document, sent: Sentence) -> attribution.Attribution | None:
    """An answer in an interview set out as dialogue ("— Контракт выполнен."): the speaker
    last named (the interviewee the lead introduced), the outlet he spoke to relaying."""
    start = doc.text.rfind("\n", 0, sent.offset) + 1
    end = doc.text.find("\n", sent.offset)
    paragraph = doc.text[start : end if end >= 0 else len(doc.text)]
    speaker, outlet = doc.focus.last_source, doc.focus.last_outlet
    if speaker is None or not _ANSWER.match(paragraph):
        return None
    return attribution.Attribution(speaker, (outlet,) if outlet and outlet != speaker else (), None)


def note_speaker(doc: Document, sent: Sentence) -> None:
    """Russian: a sentence that makes no claim may still name the speaker the next ones go
    on quoting ("Об этом ТАСС сообщил источник ...", then "..., — сказал собеседник
    агентства" or "По его словам, ..."): the last named speaker is that one."""
    if doc.lang != ENGLISH:
        _hear(doc, sent.text, [(m.start, m.value) for m in sent.mentions if m.kind == MEDIA])


def hear_unread(doc: Document, sent: Sentence) -> None:
    """Russian: ``note_speaker`` for the sentences before ``sent`` that no layer reads (they
    name no system, as "Об этом сообщил X" sentences mostly do not)."""
    if doc.lang == ENGLISH:
        return
    start, end = doc.focus.heard_to, sent.offset
    doc.focus.heard_to = max(start, sent.offset + len(sent.text))
    if end <= start or not russian.ANY.search(doc.text, start, end):
        return  # no speech verb or "по словам" in the gap: nobody to note
    index = SentenceIndex(doc.text[:end], doc.lang)
    pos = start
    while (span := index.around(pos)) is not None and span[0] < end:
        if span[1] > pos:  # pos past the sentence before: a mark of none (a pipe)
            media = [
                (m.start - span[0], m.value)
                for m in doc.mentions
                if m.kind == MEDIA and span[0] <= m.start < span[1]
            ]
            _hear(doc, doc.text[span[0] : span[1]], media)
        # Past the sentence, and past ``pos`` itself: a mark that ends a sentence and belongs
        # to none (a pipe between headlines) maps back to the sentence before it.
        after = max(span[1], pos + 1)
        pos = next((i for i in range(after, end) if not doc.text[i].isspace()), end)
        if pos >= end:
            break


def _hear(doc: Document, sentence: str, media: list[tuple[int, str]]) -> None:
    previous = _recall(doc)
    found = russian.about_this(sentence, media, previous) or russian.find_attribution(
        sentence, media_names=media, outlet=None, previous=previous, is_headline=False
    )
    if found.source:
        _remember(doc, found, media)


def _recall(doc: Document, at: int | None = None, sentence: str = "") -> russian.Recall:
    """Who anaphors stand for; with the sentence's offset and a pronoun in it, the person the
    sentence before names too (``russian.Recall``)."""
    recall = russian.Recall(doc.focus.last_source, doc.focus.last_outlet)
    words = {w.strip(russian.QUOTES + "!?()") for w in sentence.lower().split()}
    if at is None or not russian.PRONOUNS.intersection(words):
        return recall
    # The sentence before, read from a window: only its last sentence matters.
    lo = max(0, at - _PERSON_WINDOW)
    index = SentenceIndex(doc.text[lo:at], doc.lang)
    last = len(doc.text[lo:at].rstrip()) - 1
    span = index.around(last) if last >= 0 else None
    if span is None:
        return recall
    before = doc.text[lo + span[0] : lo + span[1]]
    if russian.ANY.search(before):
        # A sentence that quotes someone: a pronoun after it goes on with that speaker
        # ("Шугаев заявил ... Путин ... . По его словам" is Шугаев).
        return recall
    return recall._replace(person=last_person(before))


def _remember(doc: Document, found: attribution.Attribution, media: list[tuple[int, str]]) -> None:
    """The speaker is the last named one; an outlet, or the outlet relaying a speaker, the
    last named outlet too (what a later "сообщает издание" stands for)."""
    assert found.source is not None
    doc.focus.last_source = found.source
    if doc.lang == ENGLISH:
        return
    if russian.names_outlet(found.source, media):
        doc.focus.last_outlet = found.source
    elif found.via:
        doc.focus.last_outlet = found.via[-1]


def lend_sources(doc: Document) -> None:
    """Russian names the speaker after the claims ("..., Об этом сообщил X.")."""
    if doc.lang != ENGLISH:
        doc.claims = russian.lend_sources(doc.text, doc.claims)
