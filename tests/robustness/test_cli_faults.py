"""Careless use of the CLI (issue 14): each mistake is a one-line error that says what to do,
never a traceback, and the register is never harmed by it."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

from armsledger import views
from armsledger.cli_shared import MAX_PRINTED_ERRORS
from tests.robustness.kit import (
    ARMSLEDGER,
    ROOT,
    SENTENCES,
    cli,
    cli_process,
    write_good_corpus,
)


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    db = folder / "r.db"
    result = cli("ingest", write_good_corpus(folder / "in", n=4), "--db", db, "--jobs", "1")
    assert result.code == 0, result.stderr
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result_stderr: str, *fragments: str) -> None:
    [line] = result_stderr.splitlines()
    assert line.startswith("error: ") and "(fix: " in line, line
    for fragment in fragments:
        assert fragment in line, line


# -- export onto the register itself -----------------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink", "hardlink"])
def test_export_refuses_to_write_over_its_own_register(
    register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    monkeypatch.chdir(register.parent)
    output: Path | str = register
    if spelling == "dotted":
        output = f"./{register.name}"
    elif spelling == "symlink":
        output = tmp_path / "link.csv"
        output.symlink_to(register)
    elif spelling == "hardlink":
        output = tmp_path / "hard.csv"
        os.link(register, output)
    before = _digest(register)
    for fmt in ("csv", "json"):
        result = cli("export", "--db", register, "-o", output, "--format", fmt)
        assert result.code == 1
        assert_one_line_error(result.stderr, "the output file is the register itself")
    assert _digest(register) == before


def test_export_into_a_missing_folder_is_a_one_line_error(register: Path, tmp_path: Path) -> None:
    result = cli("export", "--db", register, "-o", tmp_path / "nope" / "x.csv")
    assert result.code == 1
    assert_one_line_error(result.stderr, "nope/x.csv", "No such file or directory")


# -- a full disk ---------------------------------------------------------------------------------

NO_DEV_FULL = not Path("/dev/full").exists()


@pytest.mark.skipif(NO_DEV_FULL, reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", ["csv", "json", "sipri"])
def test_export_to_dev_full_is_a_one_line_error_and_the_device_stays(
    register: Path, fmt: str
) -> None:
    result = cli("export", "--db", register, "-o", "/dev/full", "--format", fmt)
    assert result.code == 1
    assert_one_line_error(result.stderr, "/dev/full", "No space left on device")
    assert Path("/dev/full").is_char_device()  # written in place, never renamed over


@pytest.mark.skipif(NO_DEV_FULL, reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "csv"),
        ("claims", "--format", "csv"),
        ("deals",),
        ("contradictions",),
    ],
)
def test_standard_output_on_a_full_disk_is_a_one_line_error(
    register: Path, args: tuple[str, ...]
) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*ARMSLEDGER, *args, "--db", str(register)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=ROOT,
            check=False,
        )
    assert proc.returncode == 1
    assert_one_line_error(proc.stderr, "No space left on device")


def test_a_disk_filling_up_mid_export_leaves_the_earlier_export_whole(
    register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "register.csv"
    assert cli("export", "--db", register, "-o", output).code == 0
    before = output.read_bytes()
    assert before.count(b"\n") > 2

    def fill_up(_register: object, _fmt: str, stream: io.TextIOBase, **_kw: object) -> None:
        stream.write("claim_id,half a row")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(views, "export", fill_up)
    result = cli("export", "--db", register, "-o", output)
    assert result.code == 1
    assert_one_line_error(result.stderr, str(output), "No space left on device")
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.csv"]  # no temporary left


# -- CSV cells a spreadsheet would run ---------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULAS = {
    "a.txt": '=HYPERLINK("http://evil.example/x") Russia delivered S-400 air defence systems '
    "to India in 2021, officials said.",
    "b.txt": "@SUM(1) France agreed to sell 24 Rafale fighter jets to Greece, the ministry said.",
    "c.txt": "+Turkey cancelled its order for Su-35 fighter jets from Russia, a spokesperson said.",
    "d.txt": "-Norway has not delivered any NASAMS systems to Lithuania, the ministry denied.",
}


@pytest.mark.parametrize("command", ["claims", "export"])
def test_cli_csv_escapes_formulas_like_the_web_csv(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in FORMULAS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    assert cli("ingest", folder, "--db", db, "--jobs", "1").summary()["claims"] == 4
    result = cli(command, "--db", db, "--format", "csv")
    assert result.code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    evidence = sorted(row["evidence"] for row in rows)
    assert evidence == sorted("'" + text for text in FORMULAS.values())
    # Numbers that merely start with "-" stay numbers; nothing else starts a formula.
    for row in rows:
        for value in row.values():
            assert not value.startswith(FORMULA_STARTS), row


# -- a file name that is not UTF-8 ---------------------------------------------------------------


def test_a_latin1_file_name_is_ingested_and_a_bad_one_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / os.fsdecode(b"caf\xe9.txt")  # "café.txt" written in latin-1
    good.write_text(SENTENCES[0] + "\n", encoding="utf-8")
    (folder / os.fsdecode(b"vide-\xe9t\xe9.html")).write_bytes(b"")  # empty: skipped, named
    (folder / "other.txt").write_text(SENTENCES[1] + "\n", encoding="utf-8")
    db = tmp_path / "r.db"
    for paths in ([folder], [good, folder / "other.txt"]):  # walked, or named on the line
        result = cli("ingest", *paths, "--db", db, "--jobs", "1")
        assert result.code == 0, result.stderr
        assert result.summary()["articles"] == 2
    [skipped] = cli("ingest", folder, "--db", db).lines("skipped: ")
    assert skipped.endswith("vide-\\xe9t\\xe9.html: empty file (fix: remove the file or fill it)")
    result = cli("claims", "--db", db, "--format", "jsonl")
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {
        "café.txt",
        "other.txt",
    }
    extracted = cli("extract", good)
    assert extracted.code == 0 and json.loads(extracted.stdout.splitlines()[0])["doc"] == "café.txt"


# -- option values that cannot work ---------------------------------------------------------------

# Refused before any connection (a private address), should the --every check ever let one by.
LOOPBACK_FEED = "http://127.0.0.1:9/feed.xml"


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["deals", "--as-of", "0000"], "--as-of '0000' is not a date"),
        (["contradictions", "--as-of", "2021-13"], "--as-of '2021-13' is not a date"),
        (["export", "--as-of", "soon"], "--as-of 'soon' is not a date"),
        (["timeline", "S-400", "--as-of", "0000"], "--as-of '0000' is not a date"),
        (["serve", "--port", "70000"], "--port 70000 is not a TCP port"),
        (["watch", LOOPBACK_FEED, "--once", "--every", "-5"], "--every '-5' is not"),
        (["watch", LOOPBACK_FEED, "--once", "--every", "nan"], "--every 'nan' is not"),
        (["watch", LOOPBACK_FEED, "--once", "--every", "inf"], "--every 'inf' is not"),
        (["watch", LOOPBACK_FEED, "--once", "--every", "0"], "--every '0' is not"),
    ],
    ids=lambda v: "-".join(v) if isinstance(v, list) else None,
)
def test_bad_option_values_are_one_line_errors(
    register: Path, tmp_path: Path, args: list[str], expect: str
) -> None:
    db = tmp_path / "new.db" if args[0] == "watch" else register
    result = cli(*args, "--db", db)
    assert result.code == 1
    assert_one_line_error(result.stderr, expect)
    assert db.exists() == (db == register)  # watch refused before creating its register


def test_explain_refuses_a_published_that_is_no_date() -> None:
    result = cli("explain", "Norway sent two NASAMS to Ukraine.", "--published", "02/04/2024")
    assert result.code == 1
    assert_one_line_error(result.stderr, "--published '02/04/2024' is not a date")


def test_a_known_as_of_date_still_works(register: Path) -> None:
    for as_of in ("2021", "2021-06", "2021-06-30"):
        result = cli("deals", "--db", register, "--as-of", as_of, "--format", "json")
        assert result.code == 0, result.stderr


# -- a FIFO among the input files ------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_an_input_folder_is_passed_over(tmp_path: Path) -> None:
    folder = write_good_corpus(tmp_path / "in", n=2)
    os.mkfifo(folder / "feed.xml")  # opening it to read would wait for a writer forever
    result = cli_process("extract", folder, "--jobs", "1", timeout=60)
    assert result.code == 0, result.stderr
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} >= {"story-0.txt"}
    named = cli_process("extract", folder / "feed.xml", timeout=60)
    assert named.code == 1  # nothing could be read (issue 13): reported, not a hang
    assert "feed.xml: not a regular file" in named.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_ingest_passes_over_a_fifo_in_an_input_folder(tmp_path: Path) -> None:
    folder = write_good_corpus(tmp_path / "in", n=2)
    os.mkfifo(folder / "feed.xml")
    os.mkfifo(folder / "more.jsonl")
    db = tmp_path / "r.db"
    result = cli_process("ingest", folder, "--db", db, "--jobs", "1", timeout=60)
    assert result.code == 0, result.stderr
    plain = cli_process("ingest", write_good_corpus(tmp_path / "plain", n=2), "--db",
                        tmp_path / "plain.db", "--jobs", "1", timeout=60)  # fmt: skip
    assert result.summary()["articles"] == plain.summary()["articles"] > 0
    named = cli_process("ingest", folder / "feed.xml", "--db", db, timeout=60)
    assert named.code == 1  # nothing could be read: reported, not a hang
    assert "feed.xml: not a regular file" in named.stderr
    assert "Traceback" not in named.stderr


# -- a flood of bad records ----------------------------------------------------------------------


def test_a_flood_of_bad_records_prints_the_first_and_counts_the_rest(tmp_path: Path) -> None:
    flood = tmp_path / "flood.jsonl"
    good = {"id": "g", "text": SENTENCES[0]}
    lines = [json.dumps(good), *(f"not a record {i}" for i in range(MAX_PRINTED_ERRORS + 50))]
    flood.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("extract", flood, "--jobs", "1")
    assert result.code == 0
    skipped = result.lines("skipped:")
    assert len(skipped) == MAX_PRINTED_ERRORS + 1
    assert "(line 2)" in skipped[0]
    assert "the rest are counted, not printed" in skipped[-1]
    assert f"{MAX_PRINTED_ERRORS + 50} records skipped in all" in result.stderr


@pytest.mark.parametrize("command", ["extract", "ingest", "eval"])
def test_a_negative_jobs_count_is_a_one_line_error(tmp_path: Path, command: str) -> None:
    folder = write_good_corpus(tmp_path / "in", n=2)
    db = tmp_path / "new.db"
    extra = ["--db", db] if command == "ingest" else []
    for value in ("-1", "-1000"):
        result = cli(command, folder, *extra, "--jobs", value)
        assert result.code == 1
        assert_one_line_error(result.stderr, f"--jobs {value} is not a number of processes")
    assert not db.exists()  # refused before the register was made
    assert cli("extract", folder, "--jobs", "0").code == 0  # 0 still means all cores


# -- option values that are not UTF-8 ------------------------------------------------------------

# Bytes of latin-1 or junk where UTF-8 is expected: they reach Python as lone surrogates, which
# SQLite and sockets refused with a traceback.
NOT_UTF8 = [
    ([b"claims", b"--system", b"S-4\xff00"], "--system 'S-4\\xff00'"),
    ([b"claims", b"--supplier", b"caf\xe9"], "--supplier 'caf\\xe9'"),
    ([b"claims", b"--search", b"Su-35 \xe9t\xe9"], "--search 'Su-35 \\xe9t\\xe9'"),
    ([b"deals", b"--recipient", b"Gr\xe8ce"], "--recipient 'Gr\\xe8ce'"),
    ([b"contradictions", b"--system", b"\xc0\xaf"], "--system '\\xc0\\xaf'"),
    ([b"timeline", b"S-4\xff00"], "SYSTEM 'S-4\\xff00'"),
    ([b"timeline", b"S-400", b"--supplier", b"\xe9"], "--supplier '\\xe9'"),
    ([b"serve", b"--host", b"h\xf4te", b"--port", b"0"], "--host 'h\\xf4te'"),
    ([b"serve", b"--allow-host", b"\xe9.example", b"--port", b"0"], "--allow-host '\\xe9.example'"),
]


@pytest.mark.parametrize(
    ("args", "shown"), NOT_UTF8, ids=[f"{a[0].decode()}{s.split()[0]}" for a, s in NOT_UTF8]
)
def test_an_option_value_that_is_not_utf8_is_a_one_line_error(
    register: Path, args: list[bytes], shown: str
) -> None:
    before = _digest(register)
    proc = subprocess.run(
        [*map(os.fsencode, ARMSLEDGER), *args, b"--db", os.fsencode(register)],
        capture_output=True,
        timeout=60,  # serve would otherwise run until killed
        cwd=ROOT,
        check=False,
    )
    stderr = proc.stderr.decode("utf-8")  # printable: the bytes are shown as \xNN
    assert proc.returncode == 1, stderr
    assert "Traceback" not in stderr
    assert_one_line_error(stderr, f"{shown} is not UTF-8 text")
    assert _digest(register) == before
