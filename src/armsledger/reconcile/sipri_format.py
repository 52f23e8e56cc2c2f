"""SIPRI Trade Register rows: the record, SIPRI's value notation, and armsledger's layout.

SIPRI prints an estimated or uncertain value in parentheses (``(12)``, ``(2014)``) and older
exports also use a trailing ``?``; both read as ``*_estimate=True`` and parentheses are what
we write. Years of delivery are a list of years and ranges, each may be estimated:
``2015; 2018-2019; (2021)``.

armsledger's export layout (``write_sipri_csv``), no preamble, UTF-8::

    Supplier,Recipient,Designation,Description,Armament category,Order year,
    Number ordered,Delivery years,Number delivered,Status,Comments,Deal ID

``Deal ID`` is the register's deal id. ``sipri_read`` reads it back, besides SIPRI's own
layouts. How a deal's claims become these values is ``sipri_export``'s business.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, TextIO

from armsledger.errors import ArmsledgerError

Layout = Literal["legacy", "17-column", "armsledger"]

EXPORT_COLUMNS = (
    "Supplier",
    "Recipient",
    "Designation",
    "Description",
    "Armament category",
    "Order year",
    "Number ordered",
    "Delivery years",
    "Number delivered",
    "Status",
    "Comments",
    "Deal ID",
)

_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
_RANGE = re.compile(r"^(\d{4})\s*[-–]\s*(\d{2}|\d{4})$")
_INT = re.compile(r"\d+")
MAX_YEAR_SPAN = 60  # a "1950-2010" range is plausible; anything longer is a misread


class SipriFileError(ArmsledgerError):
    """A SIPRI export could not be read (no header row, a required column missing)."""


@dataclass(frozen=True)
class SipriRow:
    """One deal of a SIPRI Trade Register file, SIPRI's country names kept beside ISO codes."""

    supplier: str
    recipient: str
    designation: str
    supplier_code: str | None = None
    recipient_code: str | None = None
    description: str = ""
    category: str = ""
    order_year: int | None = None
    order_year_estimate: bool = False
    number_ordered: int | None = None
    number_ordered_estimate: bool = False
    delivery_years: tuple[int, ...] = ()
    estimated_delivery_years: tuple[int, ...] = ()
    number_delivered: int | None = None
    number_delivered_estimate: bool = False
    status: str = ""
    comments: str = ""
    deal_id: str = ""
    line: int = 0  # line of the file the row starts on (first row, for merged rows)

    @property
    def delivered(self) -> bool:
        return bool(self.delivery_years) or bool(self.number_delivered)

    @property
    def ordered(self) -> bool:
        return self.order_year is not None or self.number_ordered is not None

    @property
    def firm_delivery_years(self) -> tuple[int, ...]:
        return tuple(y for y in self.delivery_years if y not in self.estimated_delivery_years)


@dataclass(frozen=True)
class SipriTable:
    rows: tuple[SipriRow, ...]
    layout: Layout
    preamble: tuple[str, ...]  # the lines above the header, e.g. "Information generated: ..."


# ---------------------------------------------------------------- values


def _estimate_marked(value: str) -> tuple[str, bool]:
    """Strip SIPRI's estimate marks: "(12)" and "12?" -> ("12", True)."""
    v = value.strip()
    marked = False
    if v.startswith("(") and v.endswith(")"):
        v, marked = v[1:-1].strip(), True
    if v.endswith("?"):
        v, marked = v[:-1].strip(), True
    return v, marked


def parse_number(value: str) -> tuple[int | None, bool]:
    v, marked = _estimate_marked(value)
    m = _INT.search(v.replace(",", ""))
    return (int(m.group()), marked) if m else (None, False)


def parse_year(value: str) -> tuple[int | None, bool]:
    v, marked = _estimate_marked(value)
    m = _YEAR.search(v)
    return (int(m.group()), marked) if m else (None, False)


def parse_years(value: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """All years and the estimated ones.

    ``2015; (2018-2019)`` -> ``(2015, 2018, 2019), (2018, 2019)``.
    """
    years: set[int] = set()
    estimated: set[int] = set()
    for token in re.split(r"[;,]", value):
        t, marked = _estimate_marked(token)
        if not t:
            continue
        found: list[int] = []
        m = _RANGE.match(t)
        if m:
            lo = int(m.group(1))
            end = m.group(2)
            hi = int(end) if len(end) == 4 else lo // 100 * 100 + int(end)
            if lo <= hi <= lo + MAX_YEAR_SPAN:
                found = list(range(lo, hi + 1))
        else:
            found = [int(y) for y in _YEAR.findall(t)]
        years.update(found)
        if marked:
            estimated.update(found)
    return tuple(sorted(years)), tuple(sorted(estimated))


# ---------------------------------------------------------------- writing


def format_value(value: int | None, estimate: bool) -> str:
    if value is None:
        return ""
    return f"({value})" if estimate else str(value)


def format_years(years: Iterable[int], estimated: Iterable[int] = ()) -> str:
    """Consecutive years of the same certainty as ranges: "2015; 2018-2019; (2021)"."""
    est = set(estimated)
    runs: list[tuple[int, int, bool]] = []
    for year in sorted(set(years)):
        mark = year in est
        if runs and runs[-1][1] == year - 1 and runs[-1][2] == mark:
            runs[-1] = (runs[-1][0], year, mark)
        else:
            runs.append((year, year, mark))
    parts = []
    for lo, hi, mark in runs:
        text = str(lo) if lo == hi else f"{lo}-{hi}"
        parts.append(f"({text})" if mark else text)
    return "; ".join(parts)


def row_to_cells(row: SipriRow) -> dict[str, str]:
    return {
        "Supplier": row.supplier,
        "Recipient": row.recipient,
        "Designation": row.designation,
        "Description": row.description,
        "Armament category": row.category,
        "Order year": format_value(row.order_year, row.order_year_estimate),
        "Number ordered": format_value(row.number_ordered, row.number_ordered_estimate),
        "Delivery years": format_years(row.delivery_years, row.estimated_delivery_years),
        "Number delivered": format_value(row.number_delivered, row.number_delivered_estimate),
        "Status": row.status,
        "Comments": row.comments,
        "Deal ID": row.deal_id,
    }


def write_sipri_csv(rows: Iterable[SipriRow], stream: TextIO) -> None:
    """Write rows in armsledger's SIPRI layout (``EXPORT_COLUMNS``), header first."""
    writer = csv.DictWriter(stream, fieldnames=list(EXPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row_to_cells(row))
