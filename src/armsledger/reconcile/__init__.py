"""reconcile: claims into the register researchers read (pure functions, no I/O but CSV text).

- ``group_deals``: claims -> deals by (supplier, recipient, system family), stable ids.
- ``timeline``: a deal's claims by event time or by report time.
- ``status_as_of``: how far a deal got by what was reported on or before a date.
- ``find_contradictions``: pairs of claims that disagree, by kind, never resolved silently.
- ``group_stories``: syndicated copies (MinHash/LSH) -> one story, one independent voice.
- ``deals_json``/``claim_rows``/``deal_rows``: JSON- and CSV-ready records.
- ``sipri_rows``/``write_sipri_csv``/``read_sipri``/``compare_with_sipri``: SIPRI Trade
  Register export, import (legacy and 17-column layouts) and cross-check.

Dates: every function taking ``reported`` wants ``{article_id: report date}``, built with
``report_dates(articles)`` (published, else updated); see ``dates`` for the partial-date rules.
"""

from armsledger.reconcile.contradictions import (
    Contradiction,
    ContradictionKind,
    find_contradictions,
)
from armsledger.reconcile.countries import country_code, country_name
from armsledger.reconcile.dates import on_or_before, report_date, report_dates
from armsledger.reconcile.deals import Deal, deal_id, group_deals
from armsledger.reconcile.export import (
    CLAIM_COLUMNS,
    DEAL_COLUMNS,
    claim_rows,
    deal_record,
    deal_rows,
    deals_json,
    write_csv,
)
from armsledger.reconcile.sipri_compare import (
    Comparison,
    ComparisonItem,
    Conflict,
    compare_with_sipri,
    designation_matches,
)
from armsledger.reconcile.sipri_export import registrable, sipri_rows
from armsledger.reconcile.sipri_format import SipriFileError, SipriRow, SipriTable, write_sipri_csv
from armsledger.reconcile.sipri_read import read_sipri
from armsledger.reconcile.status import Status, known_claims, status_as_of
from armsledger.reconcile.stories import group_stories
from armsledger.reconcile.timeline import TimelineEntry, timeline

__all__ = [
    "CLAIM_COLUMNS",
    "DEAL_COLUMNS",
    "Comparison",
    "ComparisonItem",
    "Conflict",
    "Contradiction",
    "ContradictionKind",
    "Deal",
    "SipriFileError",
    "SipriRow",
    "SipriTable",
    "Status",
    "TimelineEntry",
    "claim_rows",
    "compare_with_sipri",
    "country_code",
    "country_name",
    "deal_id",
    "deal_record",
    "deal_rows",
    "deals_json",
    "designation_matches",
    "find_contradictions",
    "group_deals",
    "group_stories",
    "known_claims",
    "on_or_before",
    "read_sipri",
    "registrable",
    "report_date",
    "report_dates",
    "sipri_rows",
    "status_as_of",
    "timeline",
    "write_csv",
    "write_sipri_csv",
]
