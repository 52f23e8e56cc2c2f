"""``-`` reads standard input: its kind sniffed, single articles named after their content."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from armsledger.cli import cli
from armsledger.errors import IngestError
from armsledger.ingest import iter_items

STORY = (
    "Egypt takes delivery of corvettes\n\n"
    "Egypt received the first two of four Gowind corvettes from France in May 2023.\n"
)


class FakeStdin:
    """``sys.stdin`` with bytes behind it (``read_stdin`` reads ``sys.stdin.buffer``)."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def read(monkeypatch: pytest.MonkeyPatch, data: bytes) -> list[object]:
    monkeypatch.setattr("sys.stdin", FakeStdin(data))
    return list(iter_items(["-"]))


def test_plain_text_is_one_article_named_after_its_content(monkeypatch: pytest.MonkeyPatch) -> None:
    (first,) = read(monkeypatch, STORY.encode())
    (again,) = read(monkeypatch, STORY.encode())
    (other,) = read(monkeypatch, (STORY + "More text.\n").encode())
    assert not isinstance(first, IngestError)
    assert first.doc.startswith("stdin-") and first.path == "-"
    assert first.title == "Egypt takes delivery of corvettes"
    assert first.text == STORY
    assert (first.doc, first.id) == (again.doc, again.id)  # re-piping upserts the same article
    assert first.id != other.id  # type: ignore[union-attr]


def test_json_lines_keep_their_own_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [{"id": "wire-1", "text": "A first text."}, {"id": "wire-2", "text": "A second."}]
    data = "".join(json.dumps(r) + "\n" for r in lines).encode()
    items = read(monkeypatch, data)
    assert [getattr(a, "doc", None) for a in items] == ["wire-1", "wire-2"]
    assert all(getattr(a, "path", None) == "-" for a in items)


def test_an_html_page_is_read_as_html(monkeypatch: pytest.MonkeyPatch) -> None:
    page = (
        "<html><head><title>Corvettes for Egypt</title></head><body><article>"
        "<p>Egypt received two Gowind corvettes from France, its navy said.</p>"
        "</article></body></html>"
    )
    (article,) = read(monkeypatch, page.encode())
    assert not isinstance(article, IngestError)
    assert "<p>" not in article.text and "Gowind corvettes" in article.text


@pytest.mark.parametrize("data", [b"", b"  \n\t\n"])
def test_nothing_piped_in_is_a_named_error(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    (err,) = read(monkeypatch, data)
    assert isinstance(err, IngestError)
    assert err.path == "-" and "standard input" in str(err) and err.hint


def test_a_bad_record_names_stdin_not_the_spool_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "ok", "text": "Fine."}\n{"id": "broken", "text": \n'
    items = read(monkeypatch, data)
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [getattr(a, "doc", None) for a in items if not isinstance(a, IngestError)] == ["ok"]
    assert errors and all(e.path == "-" and "armsledger-stdin" not in str(e) for e in errors)


def test_extract_and_ingest_read_a_pipe(tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["extract", "-"], input=STORY, catch_exceptions=False)
    assert out.exit_code == 0, out.output
    claims = [json.loads(line) for line in out.output.splitlines()]
    assert {(c["system"], c["supplier"], c["recipient"], c["stage"]) for c in claims} == {
        ("Gowind", "FRA", "EGY", "delivery")
    }
    assert all(c["doc"].startswith("stdin-") for c in claims)
    db = str(tmp_path / "r.db")
    for _ in range(2):  # idempotent: the same piped text is the same article
        done = runner.invoke(cli, ["ingest", "-", "--db", db], input=STORY)
        assert done.exit_code == 0, done.output
    listed = runner.invoke(cli, ["claims", "--db", db, "--format", "jsonl"], input="")
    assert len(listed.output.splitlines()) == len(claims)
