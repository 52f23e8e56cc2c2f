"""Russian nouns that stand for a state named before: "Ранее страна также получила из России
Як-130" after a sentence on Myanmar's air force. The noun is the state a recent sentence
opened on (its subject), where the sentence names no state of its own but the ones a supplier
phrase governs ("из России"). English descriptions ("the kingdom", "the Gulf state") are read
by ``mentions._described_states``."""

from __future__ import annotations

from armsledger.extract.gazetteer import STATE
from armsledger.extract.record import Document, Sentence
from armsledger.extract.roles import Mention
from armsledger.extract.rules import rule_table

_TABLE = rule_table()
_DESCRIPTION = _TABLE["text.ru.state_description"]
_SUPPLIER_BEFORE = _TABLE["roles.ru.supplier_before"]
# How many sentences back the subject is looked for: a description most often follows its
# state's sentence, or the one after it ("Мьянма показала ... Контракт был подписан в 2018
# году. Ранее страна также получила ...").
LOOK_BACK_SENTENCES = 3
# The state a sentence opens on stands within this many characters of its start (a headline's
# "ВВС Мьянмы", a dateline's city before it).
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
    code = _earlier_subject(doc, sent)
    if code is None or any(m.code == code for m in named):
        return
    found = [Mention(h.start(), h.end(), STATE, code, code) for h in hits]
    sent.mentions = sorted(sent.mentions + found, key=lambda m: m.start)


def _supplier(text: str, m: Mention) -> bool:
    return _SUPPLIER_BEFORE.search(text[max(0, m.start - SUPPLIER_CHARS) : m.start]) is not None


def _earlier_subject(doc: Document, sent: Sentence) -> str | None:
    """The state the nearest earlier sentence naming a state opens on, within
    LOOK_BACK_SENTENCES; None when that sentence does not open on it."""
    pos = sent.offset
    for _ in range(LOOK_BACK_SENTENCES):
        head = doc.text[:pos].rstrip()
        span = doc.index().around(len(head) - 1) if head else None
        if span is None:
            return None
        start, end = span
        states = [m for m in doc.mentions if start <= m.start < end and m.kind == STATE and m.code]
        if states:
            first = min(states, key=lambda m: m.start)
            return first.code if first.start - start <= SUBJECT_CHARS else None
        pos = start
    return None
