"""Layer 7, time: a step's date against the article's. A step told as done happened by the
article's date; one dated after it, or by a time expression pointing ahead of the article's
own day, is a plan where its form has no tense of its own (``timing`` decides). Split from
``timing``; ``lending`` asks the same."""

from __future__ import annotations

from datetime import date

from armsledger.extract.rules import rule_table
from armsledger.extract.timex import Timex
from armsledger.models import Factuality

_TIME_AHEAD = rule_table()["factuality.time_ahead"]


def too_late(when: str, fact: Factuality, anchor: tuple[date, date] | None) -> bool:
    """A step told as done happened by the article's date: a later date is a plan's told beside
    it ("a contract for the boats is due next spring"), not the step's. On the English
    study sets such dates were wrong for every matched claim whose gold has a date or none."""
    return fact is Factuality.ASSERTED and not not_after(when, anchor)


def points_ahead(text: str, when: str, found: tuple[Timex, ...], fact: Factuality) -> Timex | None:
    """The time expression that gave an asserted step ``when`` if it points ahead of the
    article's own day ("the end of this month", "later this month", "in the coming
    months"): a participle or a present dated so is a plan, as one dated after the article
    is ("with four guns shipped before the month is out"); a past tense keeps its
    date ("all came by year-end")."""
    if fact is not Factuality.ASSERTED:
        return None
    return next(
        (t for t in found if t.value == when and _TIME_AHEAD.fullmatch(text, t.start, t.end)),
        None,
    )


def not_after(value: str | None, anchor: tuple[date, date] | None) -> bool:
    """A date that is known and not after the article's (any date, for an undated article)."""
    if value is None:
        return False
    if anchor is None:
        return True
    return value <= anchor[1].isoformat()[: len(value)]
