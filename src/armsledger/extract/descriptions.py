"""Russian nouns that stand for a state named before: "Ранее страна также получила из России
Як-130" after a sentence on Myanmar's air force. The noun is the state a recent sentence
opened on (its subject), where the sentence names no state of its own but the ones a supplier
phrase governs ("из России"). English descriptions ("the kingdom", "the Gulf state") are read
by ``mentions._described_states``; both, and the pronouns layer, ask ``previous_subject``."""

from __future__ import annotations

from armsledger.extract.gazetteer import STATE
from armsledger.extract.record import Document, Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table

_TABLE = rule_table()
_DESCRIPTION = _TABLE["text.ru.state_description"]
_SUPPLIER_BEFORE = _TABLE["roles.ru.supplier_before"]
# How many sentences back a Russian description's state is looked for: a description most
# often follows its state's sentence, or the one after it ("Мьянма показала ... Контракт был
# подписан в 2018 году. Ранее страна также получила ...").
LOOK_BACK_SENTENCES = 3
# A sentence names its subject within this many characters of its start ("In 2008 Algeria
# returned ...", "Algeria is already ...", a headline's "ВВС Мьянмы").
SUBJECT_CHARS = 30
# How far before a state its supplier phrase is read ("из России", "проданные Польшей").
SUPPLIER_CHARS = 60


def russian_described_states(doc: Document, sent: Sentence) -> None:
    """Add the state each Russian description in ``sent`` stands for to its mentions."""
    hits = list(_DESCRIPTION.finditer(sent.text))
    if not hits:
        return
    named = [m for m in sent.mentions if m.kind == STATE and m.code]
    if any(not _supplier(sent.text, m) for m in named):
        return  # the sentence names its own receiving or acting state
    code = previous_subject(doc, sent, LOOK_BACK_SENTENCES)
    if code is None or any(m.code == code for m in named):
        return
    found = [Mention(h.start(), h.end(), STATE, code, code) for h in hits]
    sent.mentions = sorted(sent.mentions + found, key=lambda m: m.start)


def _supplier(text: str, m: Mention) -> bool:
    return _SUPPLIER_BEFORE.search(text[max(0, m.start - SUPPLIER_CHARS) : m.start]) is not None


def previous_subject(doc: Document, sent: Sentence, reach: int = 1) -> str | None:
    """The state the sentence before this one names first, near its start, else None: what a
    subject "It", "The country" or "страна" opening this sentence most likely stands for. With
    a ``reach`` above one, sentences naming no state are passed over, up to that many."""
    pos = sent.offset
    for _ in range(reach):
        head = doc.text[:pos].rstrip()
        span = doc.index().around(len(head) - 1) if head else None
        if span is None:
            return None
        start, end = span
        for m in doc.mentions:
            if start <= m.start < end and m.kind == STATE and m.code:
                return m.code if m.start - start <= SUBJECT_CHARS else None
        pos = start
    return None
