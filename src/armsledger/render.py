"""Terminal rendering of register objects as rich tables (used by the CLI only)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from armsledger.models import Claim
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import KIND_HELP, Contradiction
from armsledger.reconcile.sipri_compare import Comparison, ComparisonItem
from armsledger.views import DealView, deal_summary

EVIDENCE_WIDTH = 70
# Below these console widths a table's columns fold into slivers (the claims table has eleven),
# so each record is printed as a block of labelled lines instead.
CLAIMS_MIN_WIDTH = 140
DEALS_MIN_WIDTH = 120
TIMELINE_MIN_WIDTH = 110
CONTRADICTIONS_MIN_WIDTH = 110
T = TypeVar("T")

# C0 and C1 control characters but newline and tab: an escape sequence in a file name or an
# article must not recolour, retitle or clear the terminal it is printed on.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates: undecodable bytes of a file name (os.fsdecode's surrogateescape, U+DC80-
# U+DCFF) or "\ud800"-style JSON escapes. Printed as is they would make the write fail.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def console(*, stderr: bool = False, width: int | None = None) -> Console:
    """A console that prints strings as written: no markup, emoji codes or highlighting.

    Every message and cell holds input text (article text, evidence, file names, URLs), where
    "[/i]" would raise ``MarkupError`` and "[sic]" or ":fire:" would be silently changed.
    """
    return Console(
        stderr=stderr, markup=False, emoji=False, highlight=False, width=width, soft_wrap=stderr
    )


def plain(value: object) -> Text:
    """``value`` as literal terminal text (see ``console``), with control characters and
    undecodable file-name bytes shown as ``\\xNN`` escapes. Every CLI print goes through it."""
    text = _SURROGATE.sub(_escape_surrogate, str(value))
    return Text(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text))


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if code >= 0xDC80 else f"\\u{code:04x}"


def message(label: str, style: str, text: object) -> Text:
    """``label: text`` with only the label styled, e.g. ``message("skipped", "yellow", err)``."""
    return Text.assemble((f"{label}:", style), " ", plain(text))


def _add_row(table: Table, *cells: object) -> None:
    table.add_row(*(plain(cell) for cell in cells))


class Responsive:
    """A table where the console is wide enough (``min_width``), else one block per record.

    The choice is made when printing, from the width the console offers, so the same
    renderable reads well on a wide terminal, in an 80-column one and piped to a file."""

    def __init__(self, title: str, table: Table, blocks: list[RenderableType], min_width: int):
        self.title, self.table, self.blocks, self.min_width = title, table, blocks, min_width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width >= self.min_width:
            yield self.table
            return
        yield _bold(self.title)
        for block in self.blocks:
            yield Text("")
            yield block


def _block(head: str, *lines: str, body: str | None = None) -> RenderableType:
    """One record: a head line, indented labelled lines, then the body (evidence) indented.

    Every part goes through ``plain``; lines longer than the console wrap, never overflow."""
    parts: list[RenderableType] = [_bold(head)]
    parts += [wrapped(line, 2) for line in lines if line]
    if body is not None:
        parts.append(wrapped(body, 4))
    return Group(*parts)


def wrapped(value: object, left: int = 0) -> RenderableType:
    """``plain(value)`` wrapped to the console, indented by ``left``, with no line padded
    with blanks (prose such as the contradiction legend)."""
    return _Indented(plain(value), left)


class _Indented:
    """``text`` wrapped to the console's width less ``left`` and indented by ``left``.

    Unlike rich's ``Padding``, wrapped lines are not filled out with blanks to the width, so
    text copied from the terminal is the text as written."""

    def __init__(self, text: Text, left: int) -> None:
        self.text, self.left = text, left

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.text.wrap(console, max(options.max_width - self.left, 1)):
            line.rstrip()
            yield Text(" " * self.left) + line


def _bold(value: object) -> RenderableType:
    text = plain(value)
    text.stylize("bold")
    return _Indented(text, 0)


class Ticker:
    """Counts for a progress line: articles, docs/s, claims found, errors."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = progress.add_task("reading", total=None) if progress else None
        self.articles = self.claims = self.errors = 0
        self.started = time.perf_counter()

    def article(self, article: T, claims: list[Claim]) -> tuple[T, list[Claim]]:
        self.articles += 1
        self.claims += len(claims)
        self._show()
        return article, claims

    def error(self) -> None:
        self.errors += 1
        self._show()

    def _show(self) -> None:
        if self.progress is None or self.task is None:
            return
        rate = self.articles / max(time.perf_counter() - self.started, 1e-9)
        self.progress.update(
            self.task,
            description=f"{self.articles} articles, {rate:.0f} docs/s, {self.claims} claims, "
            f"{self.errors} errors",
        )


@contextmanager
def progress(console: Console) -> Iterator[Ticker]:
    """A live progress line on a terminal; silent (but still counting) when piped."""
    if not console.is_terminal:
        yield Ticker(None)
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}", markup=False),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        yield Ticker(bar)


def source_of(c: Claim) -> str:
    return " via ".join([c.source or "(article)", *c.via])


def claims_table(
    found: list[Claim],
    reported: dates.Reported = None,
    title: str | None = None,
    languages: Mapping[str, str | None] | None = None,
) -> Responsive:
    """Claims with their report dates, marked by provenance ("by 2020-01-29 (updated-only)"),
    and, with ``languages`` (article id to "en"/"ru"), the language of each evidence."""
    title = title or f"Claims ({len(found)})"
    table = Table(title=plain(title))
    for col in ("doc", "system", "category", "supplier", "recipient", "stage", "factuality",
                "when", "reported", "source"):  # fmt: skip
        table.add_column(col, overflow="fold", max_width=28)
    if languages is not None:
        table.add_column("lang", overflow="fold", max_width=4)
    table.add_column("evidence", overflow="fold", max_width=EVIDENCE_WIDTH)
    blocks = []
    for c in found:
        report = dates.claim_report(c, reported)
        label = report.label if report else "?"
        cells = [
            c.doc, system_label(c), c.category or "?", c.supplier or "?", c.recipient or "?",
            str(c.stage), str(c.factuality), c.when or "", label, source_of(c),
        ]  # fmt: skip
        language = languages.get(c.article_id) or "?" if languages is not None else None
        if language is not None:
            cells.append(language)
        _add_row(table, *cells, c.evidence.text)
        blocks.append(
            _block(
                f"{system_label(c)} {c.supplier or '?'} → {c.recipient or '?'}: "
                f"{c.stage}, {c.factuality}",
                f"when: {c.when or '-'}  reported: {label}",
                f"source: {source_of(c)}  category: {c.category or '?'}",
                f"doc: {c.doc}" + (f"  lang: {language}" if language is not None else ""),
                body=c.evidence.text,
            )
        )
    return Responsive(title, table, blocks, CLAIMS_MIN_WIDTH)


def system_label(c: Claim) -> str:
    """The system as shown to an analyst: a designation the gazetteer does not know is
    marked, so it is never taken for a checked family."""
    return c.system if c.recognised else f"{c.system} (unrecognised)"


def deals_table(views: list[DealView], as_of: str | None) -> Responsive:
    title = f"Deals{' as of ' + as_of if as_of else ''} ({len(views)})"
    table = Table(title=plain(title))
    for col in ("system", "supplier", "recipient", "status", "events", "reported", "claims",
                "stories", "contradictions", "id"):  # fmt: skip
        table.add_column(col, overflow="fold")
    blocks = []
    for v in views:
        s = deal_summary(v)
        events = " – ".join(x for x in (v.first_event, v.last_event) if x) or "-"
        reports = " – ".join(dict.fromkeys(x for x in (v.first_reported, v.last_reported) if x))
        _add_row(
            table, s["system"], s["supplier"] or "?", s["recipient"] or "?", s["status"] or "-",
            events, reports or "-", str(len(v.status.known)), str(v.stories),
            str(len(v.contradictions)), s["id"],
        )  # fmt: skip
        blocks.append(
            _block(
                f"{s['system']} {s['supplier'] or '?'} → {s['recipient'] or '?'}: "
                f"{s['status'] or '-'}",
                f"events: {events}  reported: {reports or '-'}",
                f"claims: {len(v.status.known)}  stories: {v.stories}  "
                f"contradictions: {len(v.contradictions)}  id: {s['id']}",
            )
        )
    return Responsive(title, table, blocks, DEALS_MIN_WIDTH)


def timeline_table(doc: dict[str, Any]) -> Responsive:
    deal, status = doc["deal"], doc["status"]
    title = (
        f"{deal['system']} {deal['supplier'] or '?'} → {deal['recipient'] or '?'}: "
        f"{status['stage'] or '-'} ({status['factuality'] or '-'})"
        + (", disputed" if status["disputed"] else "")
        + (f", {status['halted']}" if status["halted"] else "")
        + (f" as of {status['as_of']}" if status["as_of"] else "")
    )
    table = Table(title=plain(title))
    for col in ("event", "reported", "stage", "factuality", "source", "lang"):
        table.add_column(col, overflow="fold", max_width=30)
    table.add_column("evidence", overflow="fold", max_width=EVIDENCE_WIDTH)
    blocks = []
    for e in doc["timeline"]:
        source = " via ".join([e["source"] or "(article)", *e["via"]])
        _add_row(
            table, e["event_date"] or "?", e["reported"] or "?", e["stage"], e["factuality"],
            source, e.get("language") or "?", e["evidence"]["text"],
        )  # fmt: skip
        blocks.append(
            _block(
                f"{e['event_date'] or '?'}: {e['stage']}, {e['factuality']}",
                f"reported: {e['reported'] or '?'}  lang: {e.get('language') or '?'}",
                f"source: {source}",
                body=e["evidence"]["text"],
            )
        )
    return Responsive(title, table, blocks, TIMELINE_MIN_WIDTH)


def contradictions_table(
    found: Iterable[Contradiction], reported: dates.Reported = None
) -> Responsive:
    """Both sides of each pair, each with its report date and that date's mark."""
    found = list(found)
    title = f"Contradictions ({len(found)})"
    table = Table(title=title)
    for col in ("deal", "kind"):
        table.add_column(col, overflow="fold", max_width=24)
    for col in ("a", "b"):
        table.add_column(col, overflow="fold", max_width=EVIDENCE_WIDTH)
    blocks: list[RenderableType] = []
    for c in found:
        deal = f"{c.a.system} {c.a.supplier or '?'}→{c.a.recipient or '?'}"
        _add_row(table, deal, str(c.kind), _said(c.a, reported), _said(c.b, reported))
        sides = [_side(label, x, reported) for label, x in (("a", c.a), ("b", c.b))]
        blocks.append(Group(_block(f"{deal}: {c.kind}"), *sides))
    return Responsive(title, table, blocks, CONTRADICTIONS_MIN_WIDTH)


def _side(label: str, c: Claim, reported: dates.Reported) -> RenderableType:
    """One side of a pair as lines: what it says and who said it when, then its evidence."""
    report = dates.claim_report(c, reported)
    return Group(
        wrapped(f"{label}: {c.stage}, {c.factuality}; source: {source_of(c)}", 2),
        wrapped(f"reported: {report.label if report else '?'}", 5),
        wrapped(c.evidence.text, 5),
    )


def contradiction_legend(found: Iterable[Contradiction]) -> str:
    """What each kind in the table means (``contradictions.KIND_HELP``); print with plain."""
    kinds = sorted({str(c.kind) for c in found}, key=list(KIND_HELP).index)
    return "\n".join(f"{kind}: {KIND_HELP[kind]}" for kind in kinds)


def _said(c: Claim, reported: dates.Reported = None) -> str:
    report = dates.claim_report(c, reported)
    when = f" reported {report.label}" if report else ""
    return f"{c.stage}/{c.factuality} [{source_of(c)}]{when} {c.evidence.text}"


def comparison_table(comparison: Comparison) -> Table:
    table = Table(title="SIPRI against the news")
    for col in ("verdict", "SIPRI deal", "register", "evidence"):
        table.add_column(
            col, overflow="fold", max_width=EVIDENCE_WIDTH if col == "evidence" else 36
        )
    groups = (
        ("confirmed", comparison.confirmed),
        ("contradicted", comparison.contradicted),
        ("unconfirmed", comparison.unconfirmed),
        ("news lacks", comparison.news_lacks),
        ("SIPRI lacks", comparison.missing_from_sipri),
    )
    for verdict, items in groups:
        for item in items:
            _add_row(table, verdict, _sipri(item), _deal(item), _evidence(item))
    return table


def _sipri(item: ComparisonItem) -> str:
    r = item.sipri
    if r is None:
        return "-"
    return f"{r.designation} {r.supplier} → {r.recipient} (order {r.order_year or '?'})"


def _deal(item: ComparisonItem) -> str:
    d, s = item.deal, item.status
    if d is None:
        return "-"
    return f"{d.system} {d.supplier or '?'}→{d.recipient or '?'}: {s.stage if s else '-'}"


def _evidence(item: ComparisonItem) -> str:
    lines = [_said(c) for c in item.supporting[:2]]
    lines += [f"conflict: {x.reason}: " + "; ".join(_said(c) for c in x.claims[:2])
              for x in item.conflicts[:2]]  # fmt: skip
    return "\n".join(lines) or "-"
