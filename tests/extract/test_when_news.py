"""An undated lead and the article's dated mentions of its step (claims.merge): sentences
written for these tests (never the lent news texts)."""

from __future__ import annotations

from datetime import date

import pytest

from armsledger.extract import extract
from armsledger.extract.timex import told_from_now
from tests.conftest import article

SPAN = (date(2020, 7, 30), date(2020, 7, 30))


def when_of(text: str, stage: str) -> str | None:
    (when,) = [c.when for c in extract(article(text, "2020-07-30")) if str(c.stage) == stage]
    return when


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        # A date told against the article's day dates the undated lead over the history.
        (
            "Headline\n\nRussia has delivered the last S-400 batteries to India. India first "
            "received S-400 batteries from Russia in December 2019. On July 21, Russia "
            "completed the delivery of the S-400 batteries to India.",
            "delivery",
            "2020-07-21",
        ),
        (
            "Headline\n\nThe State Department has approved the sale of Apache helicopters to "
            "Morocco. Morocco asked to buy Apache helicopters from the US in 2018. The State "
            "Department approved the sale of the Apache helicopters to Morocco last week.",
            "negotiation",
            "2020-07",
        ),
        # A later year given with its own year is history: the first date lent stays.
        (
            "Headline\n\nEgypt has signed a deal for Rafale jets from France. Egypt signed a "
            "deal for Rafale jets from France in 2015. Egypt signed a deal for Rafale jets "
            "from France in 2018.",
            "agreement",
            "2015",
        ),
        # A lead with a date of its own keeps it.
        (
            "Headline\n\nRussia delivered the S-400 batteries to India in 2019. On July 21, "
            "Russia delivered more S-400 batteries to India.",
            "delivery",
            "2019",
        ),
        # A lead that took a date told against the article's day keeps it.
        (
            "Headline\n\nRussia has delivered S-400 batteries to India. On July 2, Russia "
            "delivered S-400 batteries to India. On July 21, Russia delivered S-400 "
            "batteries to India.",
            "delivery",
            "2020-07-02",
        ),
    ],
)
def test_an_undated_lead_takes_the_news_date(text: str, stage: str, expected: str) -> None:
    assert when_of(text, stage) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "expected"),
    [
        ("The jets arrived on May 16.", "2020-05-16", True),
        ("The jets arrived last week.", "2020-07", True),
        ("The jets arrived yesterday.", "2020-07-29", True),
        ("The jets arrived on May 16, 2020.", "2020-05-16", False),
        ("The jets arrived in October 2019.", "2019-10", False),
        ("The jets arrived in 2019.", "2019", False),
        ("The jets arrived on May 16.", "2020-05-17", False),
    ],
)
def test_told_from_now(sentence: str, value: str, expected: bool) -> None:
    assert told_from_now(sentence, SPAN, value) is expected
