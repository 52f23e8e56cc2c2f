"""What the CLI's commands share: the two consoles, the common options, the error reporter.

Both consoles print input text as written, never as markup (``render.console``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import Any

import click

from armsledger import options, render
from armsledger.errors import IngestError
from armsledger.models import Stage
from armsledger.store import DEFAULT_DB


def piped_width(environ: Mapping[str, str] = os.environ) -> int:
    """The width of piped output: ``COLUMNS`` when set (``COLUMNS=80 armsledger claims | less``
    gets the narrow layout), else 160, wide tables instead of rich's 80-column default."""
    columns = environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) >= 20 else 160


# A terminal's width is read by rich (which honours COLUMNS too). Both consoles print input
# text as written, never as markup: see render.console and render.plain.
out = render.console(width=None if sys.stdout.isatty() else piped_width())
err = render.console(stderr=True)

DB_OPTION = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The register (SQLite file).",
)
JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=int,
    default=None,
    callback=options.jobs_count,
    help="Processes for extraction (default and most: all cores).",
)
TABLE_OR_JSON = click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)


AS_OF_OPTION = click.option(
    "--as-of",
    default=None,
    callback=options.as_of_date,
    help="Only what was reported on or before this date (YYYY[-MM[-DD]]).",
)
ON_ERROR_OPTION = click.option(
    "--on-error",
    type=click.Choice(["skip", "stop"]),
    default="skip",
    show_default=True,
    help="On a bad file or record: report it and go on, or stop.",
)


# Skipped records printed one a line; past this many they are only counted. A flood of bad
# records (a million lines) would otherwise spend minutes printing what the first lines say.
MAX_PRINTED_ERRORS = 200


def error_handler(mode: str, tick: render.Ticker | None = None) -> Callable[[IngestError], None]:
    printed = 0

    def report(error: IngestError) -> None:
        nonlocal printed
        if tick is not None:
            tick.error()
        if mode == "stop":
            raise error  # printed once, as the error that stopped the run
        printed += 1
        if printed <= MAX_PRINTED_ERRORS:
            err.print(render.message("skipped", "yellow", error))
        elif printed == MAX_PRINTED_ERRORS + 1:
            err.print(
                render.message(
                    "skipped",
                    "yellow",
                    f"more than {MAX_PRINTED_ERRORS} records: the rest are counted, not printed",
                )
            )

    return report


PARTY_HELP = "ISO code (any case), country or capital name, or a non-state party's name."


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for name in ("--supplier", "--recipient"):
        f = click.option(name, default=None, callback=options.utf8_text, help=PARTY_HELP)(f)
    f = click.option(
        "--system",
        default=None,
        callback=options.utf8_text,
        help="Family, variant or alias (S-400, Triumf).",
    )(f)
    return click.option("--stage", type=click.Choice([s.value for s in Stage]), default=None)(f)
