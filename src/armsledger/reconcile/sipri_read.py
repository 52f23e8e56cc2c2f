"""Read SIPRI Trade Register CSV files: SIPRI's two layouts and armsledger's own.

Columns are found by their header names, not their positions, so a column SIPRI adds or drops
between releases does not shift the rest. The header row is the first row naming both
"Supplier" and "Recipient"; anything above it is preamble. Files are read as UTF-8 (with or
without BOM) and fall back to Windows-1252/Latin-1, which SIPRI's older exports use.

Assumed layouts (from SIPRI's Trade Register downloads; names compared case-blind):

1. Legacy (``TradeRegister.csv`` of the old armstrade.sipri.org): 11 preamble lines (title,
   notes on the columns, "Information generated: <date>", blank lines), then the header::

       Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,
       Weapon description,Number delivered,,Year(s) of delivery,status,Comments

   An unnamed column holds the uncertainty mark of the value left of it ("?" or "("): the
   year of order or a number is a SIPRI estimate. Estimates may also come inside the value,
   as SIPRI prints them: ``(12)``, ``12?``. A recipient or supplier left blank repeats the
   row above (the register groups rows by recipient). Years of delivery read ``2018``,
   ``2018-2019``, ``2015; 2018-2019``, with estimated years in parentheses.
2. 17 columns (newer armstransfers.sipri.org export), one row per deal and delivery year::

       Deal ID,Supplier,Recipient,Designation,Description,Armament category,Order date,
       Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,
       Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,
       Local production

   "... is estimate" columns hold Yes/No (also True/False, 1/0, Y/N). Rows sharing a Deal ID
   are merged: delivery years united, numbers delivered summed (each row is one year's). TIV
   columns are not read: the news says nothing about value. "Number ordered"/"Comments"
   columns are read if present.
3. armsledger's export (``sipri_format.write_sipri_csv``): ``Supplier,Recipient,Designation,
   Description,Armament category,Order year,Number ordered,Delivery years,Number delivered,
   Status,Comments,Deal ID``, estimates in parentheses.

Status (SIPRI's column): "New", "Second hand", "Second hand but modernized". It says what was
transferred, not how far the deal got; progress lives in numbers, years and comments.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from armsledger.reconcile.countries import country_code
from armsledger.reconcile.sipri_format import (
    Layout,
    SipriFileError,
    SipriRow,
    SipriTable,
    parse_number,
    parse_year,
    parse_years,
)

# Folded header name -> field. "<name> is estimate" columns map to the flag of <name>'s field.
_HEADERS: dict[str, str] = {
    "deal id": "deal_id",
    "sipri deal id": "deal_id",
    "supplier": "supplier",
    "seller": "supplier",
    "recipient": "recipient",
    "buyer": "recipient",
    "designation": "designation",
    "weapon designation": "designation",
    "description": "description",
    "weapon description": "description",
    "armament category": "category",
    "category": "category",
    "year of order": "order_year",
    "year of order/licence": "order_year",
    "order date": "order_year",
    "order year": "order_year",
    "number ordered": "number_ordered",
    "numbers ordered": "number_ordered",
    "no. ordered": "number_ordered",
    "number delivered": "number_delivered",
    "numbers delivered": "number_delivered",
    "no. delivered": "number_delivered",
    "no. delivered/produced": "number_delivered",
    "number delivered/produced": "number_delivered",
    "year(s) of delivery": "delivery_years",
    "years of delivery": "delivery_years",
    "year of delivery": "delivery_years",
    "delivery year": "delivery_years",
    "delivery years": "delivery_years",
    "status": "status",
    "comments": "comments",
    "comment": "comments",
}
_ESTIMABLE = ("order_year", "number_ordered", "number_delivered", "delivery_years")
_TRUE = frozenset({"yes", "y", "true", "1", "x", "estimate", "?", "("})


def read_sipri(source: str | Path | bytes, *, name: str | None = None) -> SipriTable:
    """Read a SIPRI export from a path or from the file's bytes (an upload)."""
    if isinstance(source, bytes):
        data, label = source, name or "<upload>"
    else:
        path = Path(source)
        label = name or str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SipriFileError(
                f"cannot read: {exc.strerror}", path=label, hint="check the path"
            ) from exc
    return parse_sipri_text(decode(data), name=label)


def decode(data: bytes) -> str:
    """UTF-8 when it is, else Windows-1252 (SIPRI's Latin-1 exports), else Latin-1."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def parse_sipri_text(text: str, *, name: str = "<text>") -> SipriTable:
    reader = csv.reader(io.StringIO(text, newline=""))
    preamble: list[str] = []
    header: list[str] | None = None
    for cells in reader:
        folded = {_fold(c) for c in cells}
        if "supplier" in folded and "recipient" in folded:
            header = cells
            break
        preamble.append(",".join(c for c in cells if c.strip()))
    if header is None:
        raise SipriFileError(
            "no header row naming Supplier and Recipient",
            path=name,
            hint="give a SIPRI Trade Register CSV export (legacy or 17-column layout)",
        )
    columns = _columns(header)
    for required in ("supplier", "recipient", "designation"):
        if required not in columns:
            raise SipriFileError(
                f"no {required} column in the header",
                path=name,
                record=f"line {reader.line_num}",
                hint="see the column names in armsledger.reconcile.sipri_read",
            )
    layout = _layout(header, columns)
    rows: list[SipriRow] = []
    previous: SipriRow | None = None
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise SipriFileError(str(exc), path=name, record=f"line {start}") from exc
        row = _row(cells, columns, start, previous)
        if row is not None:
            rows.append(row)
            previous = row
    return SipriTable(tuple(_merge_by_deal_id(rows)), layout, tuple(preamble))


def _fold(cell: str) -> str:
    return " ".join(cell.strip().casefold().split())


def _columns(header: Sequence[str]) -> dict[str, tuple[int, int | None]]:
    """Field -> (value column, estimate-flag column or None)."""
    values: dict[str, int] = {}
    flags: dict[str, int] = {}
    last_field: str | None = None
    for index, cell in enumerate(header):
        folded = _fold(cell)
        if not folded:
            # Legacy: an unnamed column carries the mark of the value on its left.
            if last_field in _ESTIMABLE and last_field not in flags:
                flags[last_field] = index
            continue
        if folded.endswith(" is estimate"):
            target = _HEADERS.get(folded.removesuffix(" is estimate"))
            if target is not None:
                flags.setdefault(target, index)
            last_field = None
            continue
        field_name = _HEADERS.get(folded)
        if field_name is not None and field_name not in values:
            values[field_name] = index
        last_field = field_name
    return {f: (i, flags.get(f)) for f, i in values.items()}


def _layout(header: Sequence[str], columns: dict[str, tuple[int, int | None]]) -> Layout:
    folded = [_fold(c) for c in header]
    if "" in folded and "deal_id" not in columns:
        return "legacy"
    if any(c.endswith(" is estimate") for c in folded):
        return "17-column"
    if "deal_id" not in columns:
        return "legacy"
    return "armsledger"


def _row(
    cells: Sequence[str],
    columns: dict[str, tuple[int, int | None]],
    line: int,
    previous: SipriRow | None,
) -> SipriRow | None:
    def cell(field_name: str) -> str:
        index = columns.get(field_name, (None, None))[0]
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def flag(field_name: str) -> bool:
        index = columns.get(field_name, (None, None))[1]
        if index is None or index >= len(cells):
            return False
        return _fold(cells[index]) in _TRUE

    designation = cell("designation")
    if not designation:
        return None  # blank line, footnote or a total row
    supplier = cell("supplier") or (previous.supplier if previous else "")
    recipient = cell("recipient") or (previous.recipient if previous else "")
    if not supplier or not recipient:
        return None
    order_year, order_est = parse_year(cell("order_year"))
    ordered, ordered_est = parse_number(cell("number_ordered"))
    delivered, delivered_est = parse_number(cell("number_delivered"))
    years, estimated = parse_years(cell("delivery_years"))
    if flag("delivery_years"):
        estimated = years
    return SipriRow(
        supplier=supplier,
        recipient=recipient,
        designation=designation,
        supplier_code=country_code(supplier),
        recipient_code=country_code(recipient),
        description=cell("description"),
        category=cell("category"),
        order_year=order_year,
        order_year_estimate=order_est or flag("order_year"),
        number_ordered=ordered,
        number_ordered_estimate=ordered_est or flag("number_ordered"),
        delivery_years=years,
        estimated_delivery_years=estimated,
        number_delivered=delivered,
        number_delivered_estimate=delivered_est or flag("number_delivered"),
        status=cell("status"),
        comments=cell("comments"),
        deal_id=cell("deal_id"),
        line=line,
    )


def _merge_by_deal_id(rows: list[SipriRow]) -> list[SipriRow]:
    out: list[SipriRow] = []
    position: dict[str, int] = {}
    for row in rows:
        if not row.deal_id:
            out.append(row)
            continue
        if row.deal_id not in position:
            position[row.deal_id] = len(out)
            out.append(row)
            continue
        first = out[position[row.deal_id]]
        out[position[row.deal_id]] = replace(
            first,
            delivery_years=tuple(sorted({*first.delivery_years, *row.delivery_years})),
            estimated_delivery_years=tuple(
                sorted({*first.estimated_delivery_years, *row.estimated_delivery_years})
            ),
            number_delivered=_add(first.number_delivered, row.number_delivered),
            number_delivered_estimate=first.number_delivered_estimate
            or row.number_delivered_estimate,
        )
    return out


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None and b is None else (a or 0) + (b or 0)
