"""The dates told before a sentence that its relative spans read (extract/story_time.py)."""

from __future__ import annotations

from datetime import date

from armsledger.extract.story_time import open_month, that_month, unanchored, uncounted
from armsledger.extract.timex import find_timexes_in_span

ANCHOR = (date(2024, 6, 15), date(2024, 6, 15))


def _found(sentence: str) -> tuple:
    return tuple(find_timexes_in_span(sentence, ANCHOR))


def test_a_month_told_as_that_years() -> None:
    sentence = "The frigate was handed over that June."
    assert that_month(sentence, _found(sentence))
    other = "The frigate was handed over in June."
    assert not that_month(other, _found(other))


def test_a_bare_month_before_any_dated_one_is_open() -> None:
    assert open_month(_found("The first arrived in July."))
    assert not open_month(_found("The first arrived in May 2021, the rest in July."))


def test_a_count_with_no_date_before_it_is_unresolved() -> None:
    found = _found("Two years later the first tanks arrived.")
    assert uncounted(found)
    assert not unanchored(found)
    assert not uncounted(_found("The first tanks arrived in 2019."))
