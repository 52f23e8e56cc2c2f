"""Layer 7, time: the dates told before a sentence that its relative spans read ("two years
later", "that June", a bare "in July" continuing the story's year), and the tests for when a
sentence needs them. Split from ``timing``, which dates each sentence's own steps."""

from __future__ import annotations

from armsledger.extract.record import Document, Sentence
from armsledger.extract.timex import ABSOLUTE, COUNTED, Timex, find_timexes_in_span

# How far back "two years later" looks for the date it counts from (a sentence or two).
BEFORE_CHARS = 300


def uncounted(found: tuple[Timex, ...]) -> bool:
    return any(t.kind in COUNTED and t.value is None for t in found)


def unanchored(found: tuple[Timex, ...]) -> bool:
    """Are the unresolved counted spans all "earlier/later in the year (month)"?"""
    open_ = [t.kind for t in found if t.kind in COUNTED and t.value is None]
    return bool(open_) and all(kind == "inthe" for kind in open_)


def open_month(found: tuple[Timex, ...]) -> bool:
    """Does a month told without its year ("in July") come before any date told with one?"""
    for t in found:
        if t.kind in ABSOLUTE and t.value and "-" in t.value:
            return False
        if t.kind == "relmonth":
            return True
    return False


def story_date_before(doc: Document, sent: Sentence) -> str | None:
    """The date the text gives last before the sentence in its paragraph, told with its year
    ("signed in January 2021. The first arrived in July."): the story's time, which a bare
    month continues. A date read against the article's ("last month") sets no story's time. A
    bare year continues only a month told as that year's ("signed in 2015. The frigate came
    that June."): the year continuation of ``timex`` tells them apart."""
    window = doc.text[max(0, sent.offset - BEFORE_CHARS) : sent.offset]
    # The story's time stays in its paragraph: a new one (a roundup's next datelined item, a
    # turn to another deal) tells a bare month against the article's date. Read sets and a
    # never-read one dated more claims right, none fewer; the study sets moved no date.
    window = window[window.rfind("\n\n") + 1 :]
    found = find_timexes_in_span(window, doc.anchor, lang=doc.lang)
    last = next((t for t in reversed(found) if t.value), None)
    if last is None or last.kind not in ABSOLUTE:
        return None
    return last.value


def date_before(doc: Document, sent: Sentence) -> str | None:
    """The last date the article gives in the BEFORE_CHARS before the sentence."""
    window = doc.text[max(0, sent.offset - BEFORE_CHARS) : sent.offset]
    found = find_timexes_in_span(window, doc.anchor, lang=doc.lang)
    return next((t.value for t in reversed(found) if t.value), None)
