"""RSS and Atom reader: one article per entry, HTML stripped, dates kept apart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from armsledger.errors import IngestError
from armsledger.ingest import iter_articles
from armsledger.ingest.feed import html_fragment_to_text
from armsledger.models import Article

# The ``ingest`` fixture (conftest.py): read paths, return (articles, errors).
Ingest = Callable[..., tuple[list[Article], list[IngestError]]]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Example Defence Wire</title><link>https://wire.example.org/</link>
<description>Test feed</description>
<item>
  <title>Navy takes delivery of second frigate</title>
  <link>https://wire.example.org/frigate-2</link>
  <guid>https://wire.example.org/frigate-2</guid>
  <pubDate>Fri, 05 Mar 2021 22:30:00 -0500</pubDate>
  <description><![CDATA[<p>The navy took delivery of its second frigate on Friday &amp; said a
  third is <b>due</b> in 2022.</p><p>Like us on Facebook</p>
  <script>alert(1)</script>]]></description>
</item>
<item>
  <title>Headline only: tank order signed</title>
  <link>https://wire.example.org/tanks</link>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title><id>urn:example:feed</id><updated>2022-01-10T00:00:00Z</updated>
  <entry>
    <title type="html">Radar &lt;em&gt;contract&lt;/em&gt; awarded</title>
    <link href="https://atom.example.org/radar"/>
    <id>urn:example:radar</id>
    <published>2022-01-03T09:00:00+02:00</published>
    <updated>2022-01-09T12:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The air force awarded a radar contract.&lt;/p&gt;
      &lt;p&gt;Deliveries start in 2024.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Missile talks continue</title>
    <id>urn:example:missile</id>
    <updated>2022-01-08T12:00:00Z</updated>
    <summary type="text">Talks on the missile sale continue &amp; may end soon.</summary>
  </entry>
</feed>
"""


def test_rss_entries(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    (first, second), errors = ingest(path)
    assert errors == []
    assert first.doc == first.url == "https://wire.example.org/frigate-2"
    assert first.title == "Navy takes delivery of second frigate"
    # The publisher's own day, although it is already 6 March in UTC.
    assert (first.published, first.published_from) == ("2021-03-05", "feed")
    assert first.updated is None  # feedparser's updated→published fallback is not used
    assert first.text.startswith("The navy took delivery of its second frigate on Friday & said")
    assert "<" not in first.text and "alert" not in first.text
    assert "\n" in first.text  # paragraphs stay apart
    # A title-only item keeps the title as its text and has no dates.
    assert second.text == second.title == "Headline only: tank order signed"
    assert second.published is None and second.updated is None


def test_atom_entries(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    (radar, missile), errors = ingest(path)
    assert errors == []
    assert radar.title == "Radar contract awarded"
    assert radar.url == "https://atom.example.org/radar"
    assert radar.text == "The air force awarded a radar contract.\nDeliveries start in 2024."
    assert (radar.published, radar.published_from) == ("2022-01-03", "feed")
    assert (radar.updated, radar.updated_from) == ("2022-01-09", "feed")
    # Only an <updated> date: it is not promoted to the publication date.
    assert missile.published is None
    assert missile.updated == "2022-01-08"
    assert missile.doc == "urn:example:missile"
    assert missile.text == "Talks on the missile sale continue & may end soon."


def test_xml_that_is_not_a_feed(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example</loc></url></urlset>')
    articles, [error] = ingest(path)
    assert articles == []
    assert "not an RSS or Atom feed" in error.message


def test_xml_feed_extension(tmp_path: Path) -> None:
    path = tmp_path / "wire.xml"
    path.write_text(RSS, encoding="utf-8")
    assert len(list(iter_articles([path]))) == 2


def test_html_fragment_to_text() -> None:
    assert html_fragment_to_text("<p>One&nbsp;two</p><p>Three<br/>four</p>") == (
        "One two\nThree\nfour"
    )
    assert html_fragment_to_text("no markup") == "no markup"
