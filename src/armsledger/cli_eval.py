"""The extractor's own commands: ``eval``, ``train-scorer`` and ``explain``."""

from __future__ import annotations

import json
import sys

import click

from armsledger import runner
from armsledger.cli_shared import JOBS_OPTION, ON_ERROR_OPTION, error_handler
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
from armsledger.options import published_date


@click.command("eval")
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
    pairs = runner.extract_paths(paths, jobs=jobs, on_error=error_handler(on_error))
    result = score(read_gold(gold), runner.claims_as_records(pairs))
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result))
    if min_f1 is not None and result["strict"]["f1"] < min_f1:
        sys.exit(1)


def _evaluate_sets(directory: str, as_json: bool, jobs: int, on_error: str) -> None:
    sets = find_sets(directory)  # a bad directory fails here, before any extraction
    paths = [*map(str, seed_paths(directory)), *(str(s.docs) for s in sets)]
    records = runner.records_by_path(paths, jobs=jobs, on_error=error_handler(on_error))
    rows = score_sets(sets, records)
    if as_json:
        click.echo(json.dumps([r.to_record() for r in rows], indent=2, ensure_ascii=False))
    else:
        click.echo(format_sets(rows))


@click.command("train-scorer")
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


@click.command()
@click.argument("text_or_file")
@click.option(
    "--published",
    default=None,
    callback=published_date,
    help="The article's date (YYYY-MM-DD, YYYY-MM or YYYY), for a text or a file's articles "
    "that give none.",
)
@ON_ERROR_OPTION
def explain(text_or_file: str, published: str | None, on_error: str) -> None:
    """Every layer for each sentence of TEXT-OR-FILE, and why each claim was made or not."""
    from dataclasses import replace
    from pathlib import Path

    from armsledger.extract.explain import explain as run
    from armsledger.extract.explain import format_explanation
    from armsledger.ingest import iter_articles
    from armsledger.models import Article

    try:
        is_file = Path(text_or_file).is_file()
    except (OSError, ValueError):  # a text longer than a file name may be, or holding NUL
        is_file = False
    if is_file:
        articles = list(iter_articles([text_or_file], on_error=error_handler(on_error)))
        # A plain text file has no date of its own: relative times need the one given here.
        articles = [
            replace(a, published=published) if a.published is None and published else a
            for a in articles
        ]
    else:
        articles = [Article(doc="<text>", text=text_or_file, published=published)]
    for article in articles:
        click.echo(f"== {article.doc} (published {article.published or '-'})")
        click.echo(format_explanation(run(article)))
