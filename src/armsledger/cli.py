"""The ``armsledger`` command: parses options, calls the library, prints, sets exit codes."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from armsledger import options, render, runner, views
from armsledger.errors import ArmsledgerError, IngestError, OutputError, UsageError
from armsledger.evaluation import (
    DEFAULT_SETS,
    find_sets,
    format_report,
    format_sets,
    read_gold,
    score,
    score_sets,
    seed_paths,
)
from armsledger.models import Claim, Stage
from armsledger.reconcile.export import contradiction_record, csv_cell
from armsledger.store import DEFAULT_DB, ClaimFilter, Register

# Piped output (a file, CI logs) gets wide tables instead of rich's 80-column default.
# Both print input text as written, never as markup: see render.console and render.plain.
out = render.console(width=None if sys.stdout.isatty() else 160)
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
    help="Processes for extraction (default: all cores).",
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


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        err.print(render.plain("aborted"))
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ArmsledgerError as exc:
        err.print(render.message("error", "red", exc))
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)


@click.group(help="armsledger: an evidence-linked register of international arms transfers.")
@click.version_option(package_name="armsledger")
def cli() -> None:
    pass


def _error_handler(mode: str, tick: render.Ticker | None = None) -> Callable[[IngestError], None]:
    def report(error: IngestError) -> None:
        if tick is not None:
            tick.error()
        if mode == "stop":
            raise error  # printed once, as the error that stopped the run
        err.print(render.message("skipped", "yellow", error))

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
    with render.progress(err) as tick:
        summary = runner.RunSummary()
        report = summary.recorder(_error_handler(on_error, tick))
        pairs = runner.extract_paths(paths, jobs=jobs or runner.default_jobs(), on_error=report)
        pairs = (tick.article(a, c) for a, c in pairs)
        if fmt == "jsonl":
            for record in runner.claims_as_records(pairs):
                click.echo(json.dumps(record, ensure_ascii=False))
        else:
            out.print(render.claims_table([c for _, claims in pairs for c in claims]))
    if not tick.articles:
        raise runner.nothing_read(paths, len(summary.errors))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@JOBS_OPTION
@ON_ERROR_OPTION
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, on_error: str) -> None:
    """Read PATHS, extract their claims and upsert both into the register."""
    with render.progress(err) as tick:
        summary, counts = runner.ingest(
            paths,
            db,
            jobs=jobs or runner.default_jobs(),
            on_error=_error_handler(on_error, tick),
            progress=tick.article,
        )
    err.print(
        render.plain(
            f"read {summary.articles} articles ({summary.articles_new} new), "
            f"{summary.claims} claims, {len(summary.errors)} skipped; register {db}: "
            f"{counts['articles']} articles, {counts['claims']} claims, {counts['deals']} deals"
        )
    )


PARTY_HELP = "ISO code (any case), country or capital name, or a non-state party's name."


def _filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for name in ("--supplier", "--recipient"):
        f = click.option(name, default=None, help=PARTY_HELP)(f)
    f = click.option("--system", default=None, help="Family, variant or alias (S-400, Triumf).")(f)
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
        found = views.claims(register, flt)
        note = None if found else views.empty_note(register, flt)
    if note:
        err.print(render.message("note", "yellow", note))
    if fmt == "jsonl":
        for c in found:
            click.echo(json.dumps(c.to_record(), ensure_ascii=False))
    elif fmt == "csv":
        _write_csv([_flat(c) for c in found])
    else:
        out.print(render.claims_table(found))


@cli.command()
@DB_OPTION
@_filter_options
@AS_OF_OPTION
@TABLE_OR_JSON
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
    flt = ClaimFilter(system=system, supplier=supplier, recipient=recipient, stage=stage)
    with Register(db, readonly=True) as register:
        found = views.deal_views(register, flt, as_of=as_of)
        note = None if found else views.empty_note(register, flt)
    if note:
        err.print(render.message("note", "yellow", note))
    if fmt == "json":
        click.echo(json.dumps([views.deal_summary(v) for v in found], indent=2))
    else:
        out.print(render.deals_table(found, as_of))


@cli.command()
@click.argument("system")
@click.option("--supplier", default=None, help=PARTY_HELP)
@click.option("--recipient", default=None, help=PARTY_HELP)
@DB_OPTION
@AS_OF_OPTION
@TABLE_OR_JSON
def timeline(
    system: str, supplier: str | None, recipient: str | None, db: str, as_of: str | None, fmt: str
) -> None:
    """The timeline of one deal: its claims by event and report date, status, contradictions."""
    with Register(db, readonly=True) as register:
        ctx = views.context(register)
        view = views.find_deal(
            register,
            system=system,
            supplier=supplier,
            recipient=recipient,
            as_of=as_of,
            ctx=ctx,
        )
        doc = views.deal_document(view, ctx, as_of)
    if fmt == "json":
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        out.print(render.timeline_table(doc))
        if doc["contradictions"]:
            out.print(render.contradictions_table(view.contradictions))


@cli.command()
@DB_OPTION
@_filter_options
@AS_OF_OPTION
@TABLE_OR_JSON
def contradictions(
    db: str,
    system: str | None,
    supplier: str | None,
    recipient: str | None,
    stage: str | None,
    as_of: str | None,
    fmt: str,
) -> None:
    """Pairs of claims that disagree, by kind: shown, never resolved."""
    flt = ClaimFilter(system=system, supplier=supplier, recipient=recipient, stage=stage)
    with Register(db, readonly=True) as register:
        found = views.contradictions(register, flt, as_of=as_of)
        note = None if found else views.empty_note(register, flt)
    if note:
        err.print(render.message("note", "yellow", note))
    if fmt == "json":
        click.echo(
            json.dumps([contradiction_record(c) for c in found], indent=2, ensure_ascii=False)
        )
    else:
        out.print(render.contradictions_table(found))


@cli.command()
@DB_OPTION
@AS_OF_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "sipri"]),
    default="csv",
    show_default=True,
    help="csv: a row per claim; json: deals with timelines; sipri: SIPRI's trade-register columns.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write here instead of standard output.",
)
@click.option(
    "--include-unordered",
    is_flag=True,
    help="sipri: also deals with no order reported, marked 'Not ordered' (left out by default).",
)
def export(
    db: str, as_of: str | None, fmt: str, output: str | None, include_unordered: bool
) -> None:
    """Export the register."""
    if output is not None:
        options.refuse_same_file(db, output)  # before anything is opened: "w" would truncate it
    with Register(db, readonly=True) as register:
        if output is None:
            done = views.export(register, fmt, sys.stdout, as_of=as_of,
                                include_unordered=include_unordered)  # fmt: skip
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as stream:
                    done = views.export(register, fmt, stream, as_of=as_of,
                                        include_unordered=include_unordered)  # fmt: skip
            except OSError as exc:
                raise OutputError(
                    f"cannot write the export: {exc.strerror or exc}",
                    path=output,
                    hint="check that the folder exists, is writable and has space",
                ) from None
    err.print(render.plain(f"exported {done.count} {done.unit} as {fmt}"))
    if done.note:
        err.print(render.message("note", "yellow", done.note))


@cli.command("compare-sipri")
@click.argument("register_csv", type=click.Path(exists=True, dir_okay=False))
@DB_OPTION
@AS_OF_OPTION
@TABLE_OR_JSON
def compare_sipri(register_csv: str, db: str, as_of: str | None, fmt: str) -> None:
    """Hold a SIPRI trade-register export against the news: confirmed, contradicted, missing."""
    with Register(db, readonly=True) as register:
        table, comparison = views.compare_sipri(register, register_csv, as_of=as_of)
    if fmt == "json":
        click.echo(json.dumps(views.comparison_record(comparison), indent=2, ensure_ascii=False))
    else:
        out.print(render.comparison_table(comparison))
    err.print(
        render.plain(
            f"{register_csv}: {len(table.rows)} SIPRI deals ({table.layout} layout): "
            f"{len(comparison.confirmed)} confirmed, {len(comparison.contradicted)} contradicted, "
            f"{len(comparison.unconfirmed)} unconfirmed, {len(comparison.news_lacks)} not in the "
            f"news, {len(comparison.missing_from_sipri)} news deals SIPRI lacks"
        )
    )


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--token",
    envvar="ARMSLEDGER_TOKEN",
    default=None,
    help="Allow writes (POST /api/articles) with this bearer token; read-only without.",
)
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the register on the web (read-only unless started with a token)."""
    from armsledger.serve import run

    if not 0 <= port <= 65535:
        raise UsageError(
            f"--port {port} is not a TCP port",
            hint="use a number from 1 to 65535 (0: any free one)",
        )

    run(db, host, port, write_token=token)


@cli.command()
@click.argument("feed_urls", nargs=-1, required=True)
@DB_OPTION
@click.option("--every", default="15m", show_default=True, help="Poll interval (s, m or h).")
@click.option(
    "--state",
    "state_path",
    default=None,
    help="Where seen items are remembered [default: the register's path + .watch.json].",
)
@click.option("--once", is_flag=True, help="Poll once and stop.")
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow private and loopback addresses (refused by default).",
)
def watch(
    feed_urls: tuple[str, ...],
    db: str,
    every: str,
    state_path: str | None,
    once: bool,
    allow_private: bool,
) -> None:
    """Poll RSS/Atom feeds, fetch new items and ingest them; remembers what it has seen."""
    from armsledger.ingest.watch import watch as run_watch

    def report(error: ArmsledgerError) -> None:
        err.print(render.message("skipped", "yellow", error))

    every_seconds = options.poll_seconds(every)  # checked before the register is opened or created
    with Register(db) as register:
        summary = run_watch(
            feed_urls,
            register,
            every_seconds=every_seconds,
            state_path=state_path or f"{db}.watch.json",
            allow_private=allow_private,
            once=once,
            on_error=report,
        )
    err.print(
        render.plain(
            f"{summary.rounds} rounds, {summary.articles_new} new articles, "
            f"{summary.claims} claims, {len(summary.errors)} errors"
        )
    )


@cli.command("spark-extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, help="Directory for the Parquet output.")
@click.option("--master", default="local[*]", show_default=True)
def spark_extract(inputs: tuple[str, ...], output: str, master: str) -> None:
    """Run extract() over WARC/JSONL inputs on Spark; write claims and articles as Parquet."""
    from armsledger.batch.spark import spark_extract as run_spark

    summary = run_spark(list(inputs), output, master)
    for message in summary.get("error_messages", []):
        err.print(render.message("skipped", "yellow", message))
    err.print(
        render.plain(
            f"{summary['articles']} articles, {summary['claims']} claims, "
            f"{summary['errors']} errors in {summary['seconds']} s -> {summary['output']}"
        )
    )


@cli.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@DB_OPTION
def load(directory: str, db: str) -> None:
    """Put the Parquet output of spark-extract into the register."""
    from armsledger.batch.parquet import load_parquet

    with Register(db) as register:
        summary = load_parquet(directory, register)
        counts = register.counts()
    for message in summary["errors"]:
        err.print(render.message("skipped", "yellow", message))
    err.print(
        render.plain(
            f"loaded {summary['articles']} articles ({summary['articles_new']} new), "
            f"{summary['claims']} claims; register {db}: {counts['articles']} articles, "
            f"{counts['claims']} claims"
        )
    )


@cli.command("eval")
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False),
    help="One gold file; PATHS are the documents it annotates.",
)
@click.option(
    "--sets",
    "sets_dir",
    is_flag=False,
    flag_value=DEFAULT_SETS,
    default=None,
    metavar="DIR",
    help=f"Score every set in a gold directory (SET/docs.jsonl, SET/gold.jsonl); "
    f"alone, {DEFAULT_SETS}.",
)
@click.argument("paths", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the whole result as JSON.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when strict F1 is below this.")
@JOBS_OPTION
@ON_ERROR_OPTION
def evaluate(
    gold: str | None,
    sets_dir: str | None,
    paths: tuple[str, ...],
    as_json: bool,
    min_f1: float | None,
    jobs: int | None,
    on_error: str,
) -> None:
    """Run the extractor on PATHS and score it against GOLD (rules of CLAIMS.md), or score
    every set of a gold directory with --sets (one line a set, plus the study-set unions)."""
    if (gold is None) == (sets_dir is None):
        raise click.UsageError("give either --gold GOLD PATHS... or --sets DIR")
    jobs = jobs or runner.default_jobs()
    if sets_dir is not None:
        if paths or min_f1 is not None:
            raise click.UsageError("--sets takes no PATHS and no --min-f1 (they go with --gold)")
        _evaluate_sets(sets_dir, as_json, jobs, on_error)
        return
    assert gold is not None  # for mypy: the check above leaves --gold
    if not paths:
        raise click.UsageError("--gold needs the PATHS of the documents it annotates")
    pairs = runner.extract_paths(paths, jobs=jobs, on_error=_error_handler(on_error))
    result = score(read_gold(gold), runner.claims_as_records(pairs))
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result))
    if min_f1 is not None and result["strict"]["f1"] < min_f1:
        sys.exit(1)


def _evaluate_sets(directory: str, as_json: bool, jobs: int, on_error: str) -> None:
    sets = find_sets(directory)  # a bad directory fails here, before any extraction
    paths = [*map(str, seed_paths(directory)), *(str(s.docs) for s in sets)]
    records = runner.records_by_path(paths, jobs=jobs, on_error=_error_handler(on_error))
    rows = score_sets(sets, records)
    if as_json:
        click.echo(json.dumps([r.to_record() for r in rows], indent=2, ensure_ascii=False))
    else:
        click.echo(format_sets(rows))


@cli.command("train-scorer")
@click.option(
    "--sets",
    "eval_dir",
    default="../shared/eval",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder of gold sets; every set but measure* is read.",
)
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False),
    help="Where to write the model (default: the package's extract/data/scorer.json.gz).",
)
def train_scorer(eval_dir: str, output: str | None) -> None:
    """Fit the learned decider on the study sets, cross-validated by document.

    Needs the `train` extra (scikit-learn). Never reads a measure* set.
    """
    from pathlib import Path

    from armsledger.extract import training
    from armsledger.extract.scorer import MODEL_FILE

    out = Path(output) if output else Path(training.__file__).parent / "data" / MODEL_FILE
    click.echo(training.format_report(training.train(Path(eval_dir), out)))
    click.echo(f"wrote {out}")


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
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)


if __name__ == "__main__":  # pragma: no cover
    main()
