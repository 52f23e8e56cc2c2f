"""HTML reader: trafilatura text, page metadata and social-line filtering."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from armsledger.errors import IngestError
from armsledger.ingest import iter_articles
from armsledger.ingest.html import drop_social_lines, is_social_line
from armsledger.models import Article

# The ``ingest`` fixture (conftest.py): read paths, return (articles, errors).
Ingest = Callable[..., tuple[list[Article], list[IngestError]]]

BODY = (
    "<p>The government said on Friday that it had agreed to sell a batch of used fighter "
    "jets to a neighbouring air force, with the first aircraft to be handed over next year.</p>"
    "<p>Like us on Facebook</p>"
    "<p>Officials said the contract also covers training for pilots and ground crews, as well "
    "as spare parts for several years of operations.</p>"
    "<p>Follow us on Twitter!</p>"
)


def page(head: str = "", body: str = BODY) -> str:
    # One line, DOCTYPE first, self-closing tags: the shape that trips htmldate on strings.
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        f"<title>Jets to be sold abroad | Example Times</title>{head}</head>"
        "<body><nav>Home | World | Sport</nav><article><h1>Jets to be sold abroad</h1>"
        f"{body}</article><footer>All rights reserved</footer></body></html>"
    )


META = (
    '<meta property="article:published_time" content="2021-03-05T10:00:00+01:00"/>'
    '<link rel="canonical" href="https://news.example.org/jets-sold"/>'
)


def test_html_happy_path(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "jets.html"
    path.write_text(page(META), encoding="utf-8")
    [article], errors = ingest(path)
    assert errors == []
    assert article.doc == "jets.html"
    assert article.title == "Jets to be sold abroad"
    assert article.url == "https://news.example.org/jets-sold"
    assert (article.published, article.published_from) == ("2021-03-05", "html-meta")
    assert "used fighter jets" in article.text
    assert "spare parts" in article.text
    assert "Facebook" not in article.text and "Twitter" not in article.text
    assert "All rights reserved" not in article.text


def test_updated_paragraph_is_not_the_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "upd.htm"
    path.write_text(page(body="<p>Updated 3:15 PM EST, Tue, Feb 1, 2022</p>" + BODY))
    [article] = iter_articles([path])
    assert article.published is None
    assert (article.updated, article.updated_from) == ("2022-02-01", "text-updated-line")


def test_declared_cp1251_charset(tmp_path: Path) -> None:
    body = (
        "<p>Министерство обороны сообщило, что первая партия бронетранспортеров прибыла в "
        "порт. Вторая партия ожидается в следующем году, заявили в ведомстве.</p>"
    )
    html = page(body=body).replace('charset="utf-8"', 'charset="windows-1251"')
    path = tmp_path / "ru.html"
    path.write_bytes(html.encode("cp1251"))
    [article] = iter_articles([path])
    assert "бронетранспортеров" in article.text


def test_page_without_text_is_an_error(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "index.html"
    path.write_text("<html><head><title>Index</title></head><body><nav>A | B</nav></body></html>")
    articles, [error] = ingest(path)
    assert articles == []
    assert "no article text" in error.message
    assert error.path == str(path)


@pytest.mark.parametrize(
    "line",
    [
        "Like Us on Facebook",
        "Follow us on Twitter",
        "Make CT Your Homepage",
        "Share this article",
        "Subscribe to our newsletter",
    ],
)
def test_social_lines(line: str) -> None:
    assert is_social_line(line)


def test_sentences_mentioning_social_sites_survive() -> None:
    text = "The minister said on Facebook that the deal was signed.\nLike us on Facebook"
    assert drop_social_lines(text) == "The minister said on Facebook that the deal was signed."


@pytest.mark.parametrize(
    ("head", "body", "published", "updated"),
    [
        # A page stamped only as modified has no publication date: the stamp is an update's.
        ('<meta property="article:modified_time" content="2022-06-07T08:00:00Z"/>', BODY, None,
         "2022-06-07"),
        ('<meta property="og:updated_time" content="2022-06-07T08:00:00Z"/>', BODY, None,
         "2022-06-07"),
        ("", '<time class="updated" datetime="2022-06-07">7 June</time>' + BODY, None,
         "2022-06-07"),
        # Both stamps: the publication's is the date.
        (META + '<meta property="article:modified_time" content="2022-06-07T08:00:00Z"/>', BODY,
         "2021-03-05", None),
        # WordPress marks an unchanged post's one date "published updated": it is published.
        ("", '<time class="entry-date published updated" datetime="2022-06-07">7 June</time>'
         + BODY, "2022-06-07", None),
    ],
)  # fmt: skip
def test_modified_stamp_is_not_the_publication_date(
    tmp_path: Path, head: str, body: str, published: str | None, updated: str | None
) -> None:
    path = tmp_path / "mod.html"
    path.write_text(page(head, body), encoding="utf-8")
    [article] = iter_articles([path])
    assert (article.published, article.updated) == (published, updated)
