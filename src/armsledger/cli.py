"""The ``armsledger`` command: parses options, calls the library, prints, sets exit codes."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from armsledger import runner, views
from armsledger.errors import ArmsledgerError, IngestError
from armsledger.evaluation import format_report, read_gold, score
from armsledger.models import Claim, Stage
from armsledger.store import DEFAULT_DB, ClaimFilter, Register

# Piped output (a file, CI logs) gets wide tables instead of rich's 80-column default.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

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
    help="Processes for extraction (default: all cores).",
)
ON_ERROR_OPTION = click.option(
    "--on-error",
    type=click.Choice(["skip", "stop"]),
    default="skip",
    show_default=True,
    help="On a bad file or record: report it and go on, or stop.",
)


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ArmsledgerError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)


@click.group(help="armsledger: an evidence-linked register of international arms transfers.")
@click.version_option(package_name="armsledger")
def cli() -> None:
    pass


def _error_handler(mode: str) -> Callable[[IngestError], None]:
    def report(error: IngestError) -> None:
        err.print(f"[yellow]skipped:[/yellow] {error}", markup=True, highlight=False)
        if mode == "stop":
            raise error

    return report


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@JOBS_OPTION
@ON_ERROR_OPTION
def extract(paths: tuple[str, ...], fmt: str, jobs: int | None, on_error: str) -> None:
    """Print the claims in PATHS (files or directories) without touching any register."""
    pairs = runner.extract_paths(paths, jobs=jobs or 1, on_error=_error_handler(on_error))
    if fmt == "jsonl":
        for record in runner.claims_as_records(pairs):
            click.echo(json.dumps(record, ensure_ascii=False))
    else:
        _claims_table([c for _, claims in pairs for c in claims])


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@JOBS_OPTION
@ON_ERROR_OPTION
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, on_error: str) -> None:
    """Read PATHS, extract their claims and upsert both into the register."""
    with Register(db) as register:
        summary = runner.ingest_paths(
            paths,
            register,
            jobs=jobs or runner.default_jobs(),
            on_error=_error_handler(on_error),
        )
        counts = register.counts()
    err.print(
        f"read {summary.articles} articles ({summary.articles_new} new), "
        f"{summary.claims} claims, {len(summary.errors)} skipped; register {db}: "
        f"{counts['articles']} articles, {counts['claims']} claims, {counts['deals']} deals"
    )


def _filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for name in ("--system", "--supplier", "--recipient"):
        f = click.option(name, default=None)(f)
    return click.option("--stage", type=click.Choice([s.value for s in Stage]), default=None)(f)


@cli.command()
@DB_OPTION
@_filter_options
@click.option("--search", default=None, help="Full-text search over evidence (FTS5 syntax).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
def claims(
    db: str,
    system: str | None,
    supplier: str | None,
    recipient: str | None,
    stage: str | None,
    search: str | None,
    fmt: str,
) -> None:
    """List claims in the register."""
    flt = ClaimFilter(
        system=system, supplier=supplier, recipient=recipient, stage=stage, search=search
    )
    with Register(db, readonly=True) as register:
        found = register.claims(flt)
    if fmt == "jsonl":
        for c in found:
            click.echo(json.dumps(c.to_record(), ensure_ascii=False))
    elif fmt == "csv":
        _write_csv([_flat(c) for c in found])
    else:
        _claims_table(found)


@cli.command()
@DB_OPTION
@_filter_options
@click.option("--as-of", default=None, help="Status as known on this date (YYYY[-MM[-DD]]).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def deals(
    db: str,
    system: str | None,
    supplier: str | None,
    recipient: str | None,
    stage: str | None,
    as_of: str | None,
    fmt: str,
) -> None:
    """List deals: claims grouped by supplier, recipient and system, with their status."""
    flt = ClaimFilter(system=system, supplier=supplier, recipient=recipient)
    with Register(db, readonly=True) as register:
        found = views.deal_views(register, flt, as_of=as_of)
    if stage:
        found = [v for v in found if v.status.stage == stage]
    if fmt == "json":
        click.echo(json.dumps([views.deal_summary(v) for v in found], indent=2))
        return
    table = Table(title=f"Deals{' as of ' + as_of if as_of else ''} ({len(found)})")
    for col in (
        "system",
        "supplier",
        "recipient",
        "status",
        "events",
        "claims",
        "stories",
        "contradictions",
        "id",
    ):
        table.add_column(col, overflow="fold")
    for v in found:
        s = views.deal_summary(v)
        table.add_row(
            s["system"],
            s["supplier"] or "?",
            s["recipient"] or "?",
            s["status"] or "-",
            " – ".join(x for x in (v.first_event, v.last_event) if x) or "-",
            str(len(v.status.known)),
            str(v.stories),
            str(len(v.contradictions)),
            s["id"],
        )
    out.print(table)


@cli.command("eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the whole result as JSON.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when strict F1 is below this.")
@ON_ERROR_OPTION
def evaluate(
    gold: str, paths: tuple[str, ...], as_json: bool, min_f1: float | None, on_error: str
) -> None:
    """Run the extractor on PATHS and score it against GOLD (rules of CLAIMS.md)."""
    pairs = runner.extract_paths(paths, on_error=_error_handler(on_error))
    result = score(read_gold(gold), runner.claims_as_records(pairs))
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result))
    if min_f1 is not None and result["strict"]["f1"] < min_f1:
        sys.exit(1)


def _flat(c: Claim) -> dict[str, Any]:
    r = c.to_record()
    ev = r.pop("evidence")
    r["via"] = "; ".join(r["via"])
    r.update(evidence=ev["text"], start=ev["start"], end=ev["end"])
    return r


def _write_csv(rows: list[dict[str, Any]] | Iterator[dict[str, Any]]) -> None:
    rows = list(rows)
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)


def _claims_table(found: list[Claim]) -> None:
    table = Table(title=f"Claims ({len(found)})", show_lines=False)
    for col in (
        "doc",
        "system",
        "supplier",
        "recipient",
        "stage",
        "factuality",
        "when",
        "source",
        "evidence",
    ):
        table.add_column(col, overflow="fold", max_width=60 if col == "evidence" else 28)
    for c in found:
        table.add_row(
            c.doc,
            c.system,
            c.supplier or "?",
            c.recipient or "?",
            str(c.stage),
            str(c.factuality),
            c.when or "",
            _source(c),
            c.evidence.text,
        )
    out.print(table)


def _source(c: Claim) -> str:
    return " via ".join([c.source or "(article)", *c.via])


if __name__ == "__main__":  # pragma: no cover
    main()
