"""A step's date against the article's (extract/time_bounds.py)."""

from __future__ import annotations

from datetime import date

from armsledger.extract.time_bounds import not_after, points_ahead, too_late
from armsledger.extract.timex import find_timexes
from armsledger.models import Factuality

SPAN = (date(2023, 3, 10), date(2023, 3, 10))


def test_a_step_told_as_done_is_too_late_only_after_the_article() -> None:
    assert too_late("2024", Factuality.ASSERTED, SPAN)
    assert too_late("2023-04", Factuality.ASSERTED, SPAN)
    assert not too_late("2023", Factuality.ASSERTED, SPAN)  # the article's own year
    assert not too_late("2024", Factuality.EXPECTED, SPAN)  # a plan may be dated later


def test_not_after_compares_at_the_dates_precision() -> None:
    assert not_after("2023", SPAN) and not_after("2023-03", SPAN)
    assert not not_after("2023-03-11", SPAN) and not not_after(None, SPAN)


def test_time_pointing_ahead_is_found_for_an_asserted_step_only() -> None:
    text = "The first batch reaches Hanoi later this year."
    found = tuple(find_timexes(text, SPAN[0], False))
    hit = points_ahead(text, "2023", found, Factuality.ASSERTED)
    assert hit is not None and text[hit.start : hit.end] == "later this year"
    assert points_ahead(text, "2023", found, Factuality.EXPECTED) is None
    past = "The first batch reached Hanoi in March."
    assert (
        points_ahead(
            past, "2023-03", tuple(find_timexes(past, SPAN[0], False)), Factuality.ASSERTED
        )
        is None
    )
