"""Input text reaches the terminal as written, never as Rich markup (issue 14, high).

Rich reads "[/x]" as a closing tag and raised ``MarkupError`` while printing a message or a
table cell that held it: one feed item linking to ``http://10.0.0.1/[/x]`` stopped ``watch`` on
every restart. "[sic]" and ":fire:" were silently eaten or turned into an emoji. Every CLI print
now goes through ``render.plain``/``render.message`` on a console with markup off; the first
test holds cli.py to that, the others take each path a hostile name or text takes.
"""

from __future__ import annotations

import ast
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from armsledger import render
from armsledger.ingest import watch as watch_module
from armsledger.ingest.fetch import Fetched, fetch
from tests.robustness.kit import SENTENCES, cli, cli_process

SRC = Path(__file__).resolve().parents[2] / "src" / "armsledger"
LITERAL_HELPERS = {"plain", "message", "wrapped"}


def test_every_cli_print_goes_through_the_literal_helper() -> None:
    tree = ast.parse((SRC / "cli.py").read_text(encoding="utf-8"))
    prints = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "print"
    ]
    assert prints
    for call in prints:
        [arg] = call.args
        assert not call.keywords, ast.unparse(call)
        # render.plain/message/wrapped(...) or a render.*_table(...) of plain cells
        assert isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute), ast.unparse(call)
        assert isinstance(arg.func.value, ast.Name) and arg.func.value.id == "render"
        assert arg.func.attr in LITERAL_HELPERS or arg.func.attr.endswith("_table")
    for path in SRC.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "markup=True" not in source, path
        if path.name != "render.py":
            assert "Console(" not in source, path


def test_the_helper_keeps_text_as_written_and_defuses_control_characters() -> None:
    console = render.console(width=200)
    with console.capture() as captured:
        console.print(render.message("error", "red", "a [/i] b [sic] :fire: [bold]c[/bold]"))
        console.print(render.plain("caf\udce9.txt \x1b[2J\x9b done"))
    lines = captured.get().splitlines()
    assert lines[0] == "error: a [/i] b [sic] :fire: [bold]c[/bold]"
    assert lines[1] == "caf\\xe9.txt \\x1b[2J\\x9b done"


# -- tables ------------------------------------------------------------------------------------

MARKED = {
    "a.txt": "Russia delivered S-400 air defence systems to India in 2021 [sic], officials said.",
    "b.txt": "Russia has not delivered any S-400 systems to India [/i], the ministry said :fire:.",
}


@pytest.fixture(scope="module")
def marked_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("marked")
    for name, text in MARKED.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    db = folder / "r.db"
    result = cli("ingest", folder, "--db", db, "--jobs", "1")
    assert result.code == 0 and result.summary()["claims"] == 2, result.stderr
    return db


@pytest.mark.parametrize(
    "args",
    [
        ["claims"],
        ["contradictions"],
        ["timeline", "S-400", "--supplier", "RUS", "--recipient", "IND"],
    ],
    ids=["claims", "contradictions", "timeline"],
)
def test_tables_show_evidence_with_brackets_as_written(marked_db: Path, args: list[str]) -> None:
    result = cli(*args, "--db", marked_db)
    assert result.code == 0, result.stderr
    for token in ("[sic],", "[/i],", ":fire:."):
        assert token in result.stdout, result.stdout


def test_a_system_name_with_a_closing_tag_is_a_one_line_error(marked_db: Path) -> None:
    result = cli("timeline", "S-400[/x]", "--db", marked_db)
    assert result.code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and "no deal S-400[/x]" in line


# -- file names and WARC URIs --------------------------------------------------------------------


def _warc(uri: str, body: bytes) -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    return (
        (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            "WARC-Date: 2021-05-01T06:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n"
        ).encode()
        + block
        + b"\r\n\r\n"
    )


@pytest.fixture
def hostile_names(tmp_path: Path) -> Path:
    """A folder whose bad file and bad WARC record carry "[/x]" into their error messages."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCES[1] + "\n", encoding="utf-8")
    # ".../[b]/[/x].txt": a "/" cannot be in a name, so the "[/" comes from a folder "[".
    (folder / "[b]" / "[").mkdir(parents=True)
    (folder / "[b]" / "[" / "x].txt").write_bytes(b"")  # empty: an error naming the file
    page = f"<html><body><article><p>{SENTENCES[2]}</p></article></body></html>".encode()
    (folder / "crawl.warc").write_bytes(
        _warc("https://news.example.org/[/x]", bytes(range(256)) * 8)  # binary: an error
        + _warc("https://news.example.org/[b]ok", page)
    )
    return folder


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_hostile_file_names_and_warc_uris_are_reported_literally(
    hostile_names: Path, tmp_path: Path, command: str
) -> None:
    extra = ["--db", str(tmp_path / "r.db")] if command == "ingest" else []
    result = cli(command, hostile_names, *extra)
    assert result.code == 0, result.stderr
    skipped = result.lines("skipped: ")
    assert len(skipped) == 2, result.stderr
    assert any("[b]/[/x].txt: empty file" in line for line in skipped)
    assert any("<https://news.example.org/[/x]>" in line for line in skipped)
    if command == "ingest":
        assert result.summary()["articles"] == 2  # the good file and the good WARC record
    else:
        docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
        assert "https://news.example.org/[b]ok" in docs


def test_on_error_stop_prints_a_hostile_name_once_and_literally(hostile_names: Path) -> None:
    result = cli("extract", hostile_names / "[b]" / "[" / "x].txt", "--on-error", "stop")
    assert result.code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and line.endswith("[b]/[/x].txt: empty file (fix: "
                                                       "remove the file or fill it)")  # fmt: skip


# -- watch ---------------------------------------------------------------------------------------

FEED_URL = "https://feeds.example.org/rss"
HOSTILE_LINK = "http://10.0.0.1/[/x]"


def test_a_feed_item_with_a_closing_tag_in_its_link_does_not_stop_watch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = (
        "<rss version='2.0'><channel><title>F</title><item><title>Item</title>"
        f"<link>{HOSTILE_LINK}</link><description>{SENTENCES[5]}</description></item>"
        "</channel></rss>"
    ).encode()

    def fetcher(url: str, *, allow_private: bool = False, **kwargs: Any) -> Fetched:
        if url == FEED_URL:  # made here: no network
            return Fetched(url, 200, "application/rss+xml", feed)
        return fetch(url, allow_private=allow_private, timeout=2)  # refused before connecting

    # The CLI imports watch() when it runs; hand it this fetcher.
    monkeypatch.setattr(
        watch_module, "watch", functools.partial(watch_module.watch, fetcher=fetcher)
    )
    db, state = tmp_path / "w.db", tmp_path / "state.json"
    # Run twice: a restart must not meet the same item again.
    first, second = (cli("watch", FEED_URL, "--db", db, "--state", state, "--once") for _ in "12")
    assert first.code == 0, first.stderr
    [refused] = first.lines("skipped: ")
    assert HOSTILE_LINK in refused and "refused address" in refused
    assert "1 new articles" in first.stderr  # the entry's own summary stood in
    assert HOSTILE_LINK in json.loads(state.read_text(encoding="utf-8"))["seen"]
    assert second.code == 0 and second.lines("skipped: ") == []
    assert "0 new articles" in second.stderr


# -- terminal escape sequences in names ----------------------------------------------------------

# A colour, a screen clear through the C1 introducer, a window title (OSC ... BEL) and a cursor
# move: printed raw, each would act on the terminal of whoever reads the output.
ESCAPES = ("\x1b[31m", "\x9b2J", "\x1b]0;pwned\x07", "\x1b[1A")
CONTROL = ("\x1b", "\x9b", "\x07")


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_escape_sequences_in_file_names_reach_stderr_defused(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "in"
    (folder / "sub\x1b[2J").mkdir(parents=True)
    (folder / "good.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    for i, escape in enumerate(ESCAPES):
        (folder / f"bad-{i}{escape}.txt").write_bytes(b"")  # empty: an error naming the file
    (folder / "sub\x1b[2J" / "x\x1b[31m.html").write_bytes(b"")
    db = tmp_path / "r\x1b[31m.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    result = cli_process(command, folder, *extra, "--jobs", "1", timeout=120)
    assert result.code == 0, result.stderr
    assert not [c for c in CONTROL if c in result.stderr], repr(result.stderr)
    skipped = result.lines("skipped: ")
    assert len(skipped) == len(ESCAPES) + 1, result.stderr
    assert any("bad-0\\x1b[31m.txt: empty file" in line for line in skipped)
    assert any("bad-2\\x1b]0;pwned\\x07.txt" in line for line in skipped)
    assert any("sub\\x1b[2J/x\\x1b[31m.html" in line for line in skipped)
    if command == "ingest":
        assert result.summary()["articles"] == 1
        assert "register " + str(db).replace("\x1b", "\\x1b") in result.stderr
