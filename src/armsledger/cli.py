"""The ``armsledger`` command: parses options, calls the library, prints, sets exit codes."""

from __future__ import annotations

import contextlib
import json
import os
import sys

import click

from armsledger import cli_eval, options, render, runner, views
from armsledger.cli_shared import (
    AS_OF_OPTION,
    DB_OPTION,
    JOBS_OPTION,
    MAX_PRINTED_ERRORS,
    ON_ERROR_OPTION,
    PARTY_HELP,
    TABLE_OR_JSON,
    err,
    error_handler,
    filter_options,
    out,
)
from armsledger.errors import ArmsledgerError, UsageError
from armsledger.outfile import output_error, write_whole
from armsledger.reconcile import dates
from armsledger.reconcile.export import contradiction_record
from armsledger.store import ClaimFilter, Register


def main() -> None:
    try:
        cli(standalone_mode=False)
        sys.stdout.flush()  # here, where a write error is still reported as one line
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
    except OSError as exc:
        # A full disk or a failing device under standard output (``> /dev/full``): one line,
        # and stdout pointed at /dev/null so the exit's own flush does not fail again.
        err.print(render.message("error", "red", output_error(exc, exc.filename or "output")))
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


@click.group(help="armsledger: an evidence-linked register of international arms transfers.")
@click.version_option(package_name="armsledger")
def cli() -> None:
    pass


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@JOBS_OPTION
@ON_ERROR_OPTION
def extract(paths: tuple[str, ...], fmt: str, jobs: int | None, on_error: str) -> None:
    """Print the claims in PATHS (files or directories; "-" reads standard input) without
    touching any register."""
    with render.progress(err) as tick:
        summary = runner.RunSummary()
        report = summary.recorder(error_handler(on_error, tick))
        pairs = runner.extract_paths(paths, jobs=jobs or runner.default_jobs(), on_error=report)
        pairs = (tick.article(a, c) for a, c in pairs)
        if fmt == "jsonl":
            for record in runner.claims_as_records(pairs):
                click.echo(json.dumps(record, ensure_ascii=False))
        else:
            rows = [(a, c) for a, claims in pairs for c in claims]
            reported = {a.id: dates.report_date(a) for a, _ in rows}
            languages = {a.id: a.language for a, _ in rows}
            out.print(render.claims_table([c for _, c in rows], reported, languages=languages))
    if not tick.articles:
        raise runner.nothing_read(paths, summary.error_count)
    if summary.error_count > MAX_PRINTED_ERRORS:
        err.print(render.plain(f"{summary.error_count} records skipped in all"))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@JOBS_OPTION
@ON_ERROR_OPTION
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, on_error: str) -> None:
    """Read PATHS ("-" reads standard input), extract their claims and upsert both into the
    register."""
    with render.progress(err) as tick:
        summary, counts = runner.ingest(
            paths,
            db,
            jobs=jobs or runner.default_jobs(),
            on_error=error_handler(on_error, tick),
            progress=tick.article,
        )
    err.print(
        render.plain(
            f"read {summary.articles} articles ({summary.articles_new} new), "
            f"{summary.claims} claims, {summary.error_count} skipped; register {db}: "
            f"{counts['articles']} articles, {counts['claims']} claims, {counts['deals']} deals"
        )
    )


@cli.command()
@DB_OPTION
@filter_options
@click.option(
    "--search",
    default=None,
    callback=options.utf8_text,
    help="Full-text search over evidence (FTS5 syntax).",
)
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
            views.write_claims_csv(register, found, sys.stdout)
        else:
            ctx = views.context(register, (c.article_id for c in found))
            languages = {c.article_id: ctx.language(c.article_id) for c in found}
            out.print(render.claims_table(found, ctx.reported, languages=languages))


@cli.command()
@DB_OPTION
@filter_options
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
@click.argument("system", callback=options.utf8_text)
@click.option("--supplier", default=None, callback=options.utf8_text, help=PARTY_HELP)
@click.option("--recipient", default=None, callback=options.utf8_text, help=PARTY_HELP)
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
            out.print(render.contradictions_table(view.contradictions, ctx.reported))
            out.print(render.wrapped(render.contradiction_legend(view.contradictions)))


@cli.command()
@DB_OPTION
@filter_options
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
    """Pairs of claims that disagree, by kind: shown, never resolved.

    \b
    Kinds:
      asserted_vs_denied        one source says a step happened, another says it did not
      done_vs_not_begun         a delivery dated clearly before a later "not begun"
      date_mismatch             the same step given different dates
      halted_vs_later_delivery  a postponement or cancellation, then a later delivery
    """
    flt = ClaimFilter(system=system, supplier=supplier, recipient=recipient, stage=stage)
    with Register(db, readonly=True) as register:
        found = views.contradictions(register, flt, as_of=as_of)
        ctx = views.context(register, (x.article_id for c in found for x in (c.a, c.b)))
        note = None if found else views.empty_note(register, flt)
    if note:
        err.print(render.message("note", "yellow", note))
    if fmt == "json":
        click.echo(
            json.dumps(
                [contradiction_record(c, ctx.reported) for c in found], indent=2, ensure_ascii=False
            )
        )
    else:
        out.print(render.contradictions_table(found, ctx.reported))
        if found:
            out.print(render.wrapped(render.contradiction_legend(found)))


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
            # Whole or not at all: a full disk leaves any earlier export as it was.
            with write_whole(output) as stream:
                done = views.export(register, fmt, stream, as_of=as_of,
                                    include_unordered=include_unordered)  # fmt: skip
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
@click.option("--host", default="127.0.0.1", show_default=True, callback=options.utf8_text)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--token",
    envvar="ARMSLEDGER_TOKEN",
    default=None,
    callback=options.utf8_text,
    help="Allow writes (POST /api/articles) with this bearer token; read-only without.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    callback=options.utf8_text,
    help="A name the server is reached by (IP addresses and localhost always work); "
    "other Host headers are refused, against DNS rebinding. Repeatable.",
)
def serve(db: str, host: str, port: int, token: str | None, allow_hosts: tuple[str, ...]) -> None:
    """Serve the register on the web (read-only unless started with a token)."""
    from armsledger.serve import run

    if not 0 <= port <= 65535:
        raise UsageError(
            f"--port {port} is not a TCP port",
            hint="use a number from 1 to 65535 (0: any free one)",
        )

    run(db, host, port, write_token=token, allowed_hosts=allow_hosts)


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
            f"{summary.claims} claims, {summary.error_count} errors"
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


cli.add_command(cli_eval.evaluate)
cli.add_command(cli_eval.train_scorer)
cli.add_command(cli_eval.explain)


if __name__ == "__main__":  # pragma: no cover
    main()
