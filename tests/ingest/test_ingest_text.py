"""Plain-text reader: title, datelines, "Updated" stamps and exact text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from armsledger.errors import IngestError
from armsledger.ingest import iter_articles
from armsledger.models import Article

# The ``ingest`` fixture (conftest.py): read paths, return (articles, errors).
Ingest = Callable[..., tuple[list[Article], list[IngestError]]]

STORY = (
    "Harbour city receives first patrol boats\r\n"
    "30 July 2020\r\n"
    "\r\n"
    "The coast guard of a small island state took delivery of two patrol boats on Thursday.\r\n"
    "A third boat is due next spring, officials said.\r\n"
)


def test_plain_text_happy_path(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "001_story.txt"
    path.write_bytes(STORY.encode("utf-8"))
    [article], errors = ingest(path)
    assert errors == []
    assert article.doc == "001_story.txt"
    assert article.title == "Harbour city receives first patrol boats"
    assert article.published == "2020-07-30"
    assert article.published_from == "text-dateline"
    assert article.updated is None and article.updated_from is None
    # Text is the whole file with only the line endings normalised, title line included.
    assert article.text == STORY.replace("\r\n", "\n")
    assert article.path == str(path)
    assert len(article.id) == 20


def test_updated_line_is_kept_as_updated_not_published(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "002_updated.txt"
    path.write_text(
        "Updated 9:05 AM EST, Thu, Feb 6, 2020\n\n"
        "Make DailyPaper Your Homepage\n\n"
        "Ministry says frigate contract is on schedule\n\n"
        "The ministry said on Monday that the frigate contract was proceeding as planned.\n\n"
        "Like Us on Facebook\n",
        encoding="utf-8",
    )
    [article], _ = ingest(path)
    assert article.updated == "2020-02-06"
    assert article.updated_from == "text-updated-line"
    assert article.published is None
    assert article.published_from is None
    # The stamp and the homepage line are not the title; the headline is.
    assert article.title == "Ministry says frigate contract is on schedule"
    assert article.text.startswith("Updated 9:05 AM EST")


@pytest.mark.parametrize(
    "line",
    ["Jul 30, 2020", "30 July 2020", "2020-07-30", "July 30, 2020", "Thursday, July 30, 2020"],
)
def test_dateline_shapes(tmp_path: Path, line: str) -> None:
    path = tmp_path / "d.txt"
    path.write_text(f"A headline about tanks\n{line}\nBody sentence one.\n", encoding="utf-8")
    [article] = iter_articles([path])
    assert article.published == "2020-07-30"
    assert article.published_from == "text-dateline"


def test_prose_with_a_date_is_not_a_dateline(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        "Talks on helicopters resume\n"
        "Lisbon, July 30, 2020 (Agency) - Negotiators met again on Thursday.\n"
        "\n1\n\n2\n\n3\n\n4\n\n5\n\n"
        "1 August 2020\n",  # a bare date, but far below the head of the story
        encoding="utf-8",
    )
    [article] = iter_articles([path])
    assert article.published is None


def test_markdown_file_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Drone order signed\n\n2021-11-02\n\nThe order covers six drones.\n")
    [article] = iter_articles([path])
    assert article.doc == "note.md"
    assert article.title == "Drone order signed"
    assert article.published == "2021-11-02"


def test_empty_file_raises_without_handler(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError, match="empty file") as info:
        list(iter_articles([path]))
    assert info.value.path == str(path)


def test_whitespace_only_file_is_an_error(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n")
    articles, [error] = ingest(path)
    assert articles == []
    assert "whitespace" in error.message


def test_binary_file_is_reported_with_hint(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 4)
    articles, [error] = ingest(path)
    assert articles == []
    assert "binary file" in str(error)
    assert error.hint


def test_cp1251_file_decodes(tmp_path: Path) -> None:
    body = (
        "Поставки зенитных комплексов отложены\n"
        "30 July 2020\n"
        "Министерство сообщило о переносе сроков поставки.\n"
    )
    path = tmp_path / "ru.txt"
    path.write_bytes(body.encode("cp1251"))
    [article] = iter_articles([path])
    assert article.text == body
    assert article.title == "Поставки зенитных комплексов отложены"
    assert article.published == "2020-07-30"


def test_cp1252_file_decodes_smart_quotes(tmp_path: Path) -> None:
    body = "Minister\u2019s visit\n\nShe called the deal \u201cdone\u201d in Malm\u00f6.\n"
    path = tmp_path / "w.txt"
    path.write_bytes(body.encode("cp1252"))
    [article] = iter_articles([path])
    assert article.text == body


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_bom_files_decode_without_bom_in_text(tmp_path: Path, encoding: str) -> None:
    body = "Radar sale approved\n2019-03-04\nThe parliament approved the sale of two radars.\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(body.encode(encoding))  # both codecs write a BOM
    [article] = iter_articles([path])
    assert article.text == body
    assert article.title == "Radar sale approved"
    assert article.published == "2019-03-04"
