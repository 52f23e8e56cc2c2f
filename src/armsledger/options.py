"""Checks of CLI option values that click's types cannot express, each failing with a
one-line ``UsageError`` that says what to give instead."""

from __future__ import annotations

import math
import os
from pathlib import Path

import click

from armsledger.errors import UsageError
from armsledger.reconcile import dates


def as_of_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """The --as-of date, checked by the function that checks the web's ?as_of= too."""
    return dates.date_input("--as-of", value)


def refuse_same_file(db: str, output: str) -> None:
    """Refuse an export whose output is the register (opening it for writing empties it)."""
    same = Path(db).resolve() == Path(output).resolve()
    if not same and Path(db).exists() and Path(output).exists():
        same = os.path.samefile(db, output)  # a hard link, or another name for the same file
    if same:
        raise UsageError(
            "the output file is the register itself",
            path=output,
            hint="give -o another file name",
        )


# Below this, --every would poll the feeds (and the sites they link to) in a busy loop.
MIN_EVERY_SECONDS = 1.0


def poll_seconds(value: str) -> float:
    """'90', '90s', '15m', '2h' -> seconds; at least MIN_EVERY_SECONDS, never nan or inf."""
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        if value[-1:].lower() in units:
            seconds = float(value[:-1]) * units[value[-1].lower()]
        else:
            seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds >= MIN_EVERY_SECONDS):
        raise UsageError(
            f"--every {value!r} is not a poll interval",
            hint=f"use a duration of at least {MIN_EVERY_SECONDS:g} s, e.g. 90s, 15m or 2h",
        )
    return seconds
