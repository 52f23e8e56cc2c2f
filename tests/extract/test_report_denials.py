"""A report denied in the sentence that tells it, after its steps (report_denials, rule
factuality.denied_report_back): each step of that report, denied, in the denier's voice; the
report's own claims stay. Every text is our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article

# (system, supplier, recipient, stage, factuality, source)
Told = tuple[str, str | None, str | None, str, str, str | None]


def told(text: str) -> set[Told]:
    claims = extract(Article(doc="t", text=text, published="2024-05-10"))
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value, c.source)
        for c in claims
    }


DENIALS: list[tuple[str, set[Told]]] = [
    # a report denied in the sentence that tells it, after its verbs
    (
        "A newspaper reported that Chile would receive K9 howitzers from South Korea next"
        " week, but later deleted the report and said that it was false.",
        {
            ("K9", "KOR", "CHL", "delivery", "expected", "A newspaper"),
            ("K9", "KOR", "CHL", "delivery", "denied", "A newspaper"),
        },
    ),
    (
        "Chile received K9 howitzers from South Korea in May, a newspaper reported, but"
        " Santiago denied the report.",
        {
            ("K9", "KOR", "CHL", "delivery", "asserted", "a newspaper"),
            ("K9", "KOR", "CHL", "delivery", "denied", "Santiago"),
        },
    ),
    # every step the report told is denied
    (
        "Kenya bought Z-9 helicopters and Y-12 aircraft from China, a newspaper reported, but"
        " Nairobi flatly rejected the claims.",
        {
            ("Z-9", "CHN", "KEN", "agreement", "asserted", "a newspaper"),
            ("Y-12", "CHN", "KEN", "agreement", "asserted", "a newspaper"),
            ("Z-9", "CHN", "KEN", "agreement", "denied", "Nairobi"),
            ("Y-12", "CHN", "KEN", "agreement", "denied", "Nairobi"),
        },
    ),
]

QUIET: list[tuple[str, set[Told]]] = [
    # a confirmation denies nothing
    (
        "Chile has begun receiving K9 howitzers from South Korea, a newspaper reported, and"
        " Santiago confirmed the report.",
        {("K9", "KOR", "CHL", "delivery", "asserted", "a newspaper")},
    ),
    # nor does a denial of something else
    (
        "Chile has begun receiving K9 howitzers from South Korea, a newspaper reported, but"
        " the ministry denied the request for comment.",
        {("K9", "KOR", "CHL", "delivery", "asserted", "a newspaper")},
    ),
    # a denial in the next sentence is left unread: on articles never read, the last
    # sentence's steps were more often not the report's (report_denials)
    (
        "A newspaper said Chile had begun receiving K9 howitzers from South Korea. Santiago"
        " denied the report.",
        {("K9", "KOR", "CHL", "delivery", "asserted", "A newspaper")},
    ),
    # with no report before it there is nothing to deny
    (
        "Santiago denied the report. Chile has begun receiving K9 howitzers from South Korea.",
        {("K9", "KOR", "CHL", "delivery", "asserted", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS + QUIET)
def test_a_denied_report_denies_its_steps(text: str, expected: set[Told]) -> None:
    assert told(text) == expected


def test_a_denial_before_the_step_in_its_own_sentence_denies_nothing() -> None:
    text = "Santiago denied the reports, and Chile received K9 howitzers from South Korea."
    claims = extract(Article(doc="t", text=text, published="2024-05-10"))
    assert claims
    assert {c.factuality.value for c in claims} == {"asserted"}


def test_the_denial_is_dated_by_nothing_and_cut_from_its_own_sentence() -> None:
    text = (
        "Chile received K9 howitzers from South Korea in March, a newspaper said on Monday, but"
        " Santiago denied the report on Tuesday."
    )
    claims = extract(Article(doc="t", text=text, published="2024-05-10"))
    denied = [c for c in claims if c.factuality.value == "denied"]
    assert len(denied) == 1
    assert denied[0].when is None
    ev = denied[0].evidence
    assert text[ev.start : ev.end] == ev.text == text
