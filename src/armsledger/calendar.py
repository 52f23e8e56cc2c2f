"""The one calendar table every date module reads: month names and what a real date is.

``ingest.dates`` (an article's own dates) and ``reconcile.dates`` (partial ISO dates and their
order) both check dates here, so a date impossible for one ("2019-02-30", month 13, year 0)
is impossible for the other. The table equals the one ``extract.timex`` builds from the
``calendar`` module (English month names and abbreviations, and "sept").
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt

MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (_calendar.month_name[number], _calendar.month_abbr[number])
}
MONTHS["sept"] = 9


def valid_parts(parts: tuple[int, ...]) -> bool:
    """Are (year[, month[, day]]) a real year, month of it, or calendar day?"""
    if not 1 <= len(parts) <= 3 or not dt.MINYEAR <= parts[0] <= dt.MAXYEAR:
        return False
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        try:
            dt.date(*parts)
        except ValueError:
            return False
    return True


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` if the three numbers make a real calendar date, else None."""
    return f"{year:04d}-{month:02d}-{day:02d}" if valid_parts((year, month, day)) else None
