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


def published_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """The --published date of ``explain``, checked as every other date a user types."""
    return dates.date_input("--published", value)


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


def jobs_count(_ctx: click.Context, _param: click.Parameter, value: int | None) -> int | None:
    """--jobs: 0 or more (0, like leaving it out, means all cores; more are capped to them)."""
    if value is not None and value < 0:
        raise UsageError(
            f"--jobs {value} is not a number of processes",
            hint="use 1 or more; 0, or no --jobs, means all cores",
        )
    return value


def utf8_text(_ctx: click.Context, param: click.Parameter, value: object) -> object:
    """A text option (a name, a search, a host) as UTF-8: bytes that are not UTF-8 reach Python
    as lone surrogates (``surrogateescape``), which SQLite, sockets and the terminal refuse
    with a traceback deep inside. File paths are not checked: any bytes name a file."""
    for text in value if isinstance(value, tuple) else (value,):
        if isinstance(text, str) and _has_surrogate(text):
            name = param.opts[0] if isinstance(param, click.Option) else (param.name or "").upper()
            raise UsageError(
                f"{name} '{_shown(text)}' is not UTF-8 text",
                hint="give the value as UTF-8; the shell passed bytes of another encoding",
            )
    return value


def _shown(text: str) -> str:
    # The bytes as given ("caf\xe9"), as the terminal cannot show them; a surrogate that came
    # from no byte (only a caller in Python can pass one) as its code point.
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)
