"""Date helpers: datelines, "Updated" lines and metadata values."""

from __future__ import annotations

import pytest

from armsledger.ingest.dates import (
    normalise_date,
    parse_dateline,
    parse_updated_line,
    scan_head,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-07-24", "2020-07-24"),
        ("2020-07-30T23:30:00-04:00", "2020-07-30"),  # the publisher's day, not UTC's
        ("2019-11-15 08:30:00", "2019-11-15"),  # news-please's format
        ("2021-03", "2021-03"),  # partial stays partial, no invented day
        ("2021", "2021"),
        ("Fri, 05 Mar 2021 22:30:00 -0500", "2021-03-05"),
        ("March 5, 2021", "2021-03-05"),
        (1_600_000_000, "2020-09-13"),
        (1_600_000_000_000, "2020-09-13"),  # epoch milliseconds
        (None, None),
        ("", None),
        ("yesterday", None),
        ("2021-02-30", None),
        (True, None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jul 30, 2020", "2020-07-30"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("3rd September 2021", "2021-09-03"),
        ("Published: 12 March 2019", "2019-03-12"),
        ("March 12, 2019 10:15 AM EST", "2019-03-12"),
        ("2019/03/12", "2019-03-12"),
        ("Kyiv, March 12, 2019 - officials said", None),
        ("The 12 March 2019 agreement covers spare parts", None),
        ("Feb 30, 2020", None),
    ],
)
def test_parse_dateline(line: str, expected: str | None) -> None:
    assert parse_dateline(line) == expected


def test_updated_line_variants() -> None:
    assert parse_updated_line("Updated 2:12 PM EST, Wed, Jan 29, 2020") == "2020-01-29"
    assert parse_updated_line("Last updated: 4 May 2022") == "2022-05-04"
    assert parse_updated_line("Updated rules for exporters") is None
    assert parse_updated_line("Jan 29, 2020") is None


def test_scan_head_keeps_the_two_dates_apart() -> None:
    head = scan_head(["Updated 8:00 AM, Jun 2, 2021", "", "Title", "May 30, 2021", "Body."])
    assert head.updated == "2021-06-02"
    assert head.published == "2021-05-30"
    assert (head.updated_line, head.published_line) == (0, 3)
