"""The dates told before a sentence that its relative spans read (extract/story_time.py)."""

from __future__ import annotations

from datetime import date

from armsledger.extract import extract
from armsledger.extract.story_time import open_month, unanchored, uncounted
from armsledger.extract.timex import find_timexes_in_span
from armsledger.models import Article

ANCHOR = (date(2024, 6, 15), date(2024, 6, 15))


def _found(sentence: str) -> tuple:
    return tuple(find_timexes_in_span(sentence, ANCHOR))


def test_a_month_told_as_that_years_continues_a_bare_year() -> None:
    # The story's bare year reaches "that June" only, not a month told plainly.
    text = (
        "Cairo signed for 24 Rafale jets from France in 2015. A FREMM frigate was handed over "
        "that June."
    )
    whens = {
        c.stage.value: c.when for c in extract(Article(doc="t", text=text, published="2023-11-29"))
    }
    assert whens["delivery"] == "2015-06"
    plain = text.replace("that June", "in June")
    whens = {
        c.stage.value: c.when for c in extract(Article(doc="t", text=plain, published="2023-11-29"))
    }
    assert whens["delivery"] != "2015-06"


def test_a_bare_month_before_any_dated_one_is_open() -> None:
    assert open_month(_found("The first arrived in July."))
    assert not open_month(_found("The first arrived in May 2021, the rest in July."))


def test_a_count_with_no_date_before_it_is_unresolved() -> None:
    found = _found("Two years later the first tanks arrived.")
    assert uncounted(found)
    assert not unanchored(found)
    assert not uncounted(_found("The first tanks arrived in 2019."))
