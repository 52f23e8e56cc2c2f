"""Properties that hold for any input: ``extract()`` never raises, every claim's offsets slice
its evidence out of the text, claim ids are unique, and ingesting twice changes nothing.

Derandomised (the same examples on every run) so CI is deterministic; ``bench/fuzz.py`` is
where random exploration at volume happens.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from armsledger.extract import extract
from armsledger.ingest import iter_articles
from armsledger.models import Article
from armsledger.runner import ingest_paths
from armsledger.store import Register
from tests.robustness.kit import SENTENCES, dump

PROPERTY = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words that steer the extractor into its rules: systems, states and parties, stage and
# factuality cues, attribution, dates, and the punctuation that splits sentences and quotes.
VOCABULARY = [
    "S-400", "Su-35", "F-16", "F-35", "Rafale", "HIMARS", "Leopard 2", "K2", "Bayraktar TB2",
    "Patriot", "IRIS-T", "J-10", "Gripen", "T-90", "the jets", "the systems", "the tanks",
    "Russia", "India", "China", "Turkey", "the United States", "France", "Greece", "Egypt",
    "Ukraine", "Poland", "Germany", "Taiwan", "Iran", "the Houthis", "Russian", "American",
    "delivered", "received", "signed a contract for", "ordered", "agreed to sell", "cancelled",
    "postponed", "delayed", "is in talks with", "has not", "denied", "will deliver", "may",
    "could", "is expected to", "began producing", "arrived in", "from", "to", "of", "and",
    "said", "told reporters", "according to", "citing", "officials", "the ministry",
    "in 2019", "on 3 March 2021", "last year", "next year", "on Tuesday", "by mid-2024",
    "in May", "two years ago", "within 18 months", "24", "first", "batch",
    ". ", ", ", "; ", "\n", "\n\n", '"', "“", "”", "(", ")", " - ", "...", "?", " ",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=4)), max_size=80).map(
        " ".join
    ),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join),
)
# Published values as readers can hand them over: partial ISO, impossible or junk dates.
published = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["2020", "2020-07", "2020-13-45", "2020-02-30", "", "yesterday", "0"]),
    st.text(max_size=12),
)
titles = st.one_of(st.none(), st.text(max_size=60), st.sampled_from(SENTENCES))


def articles() -> st.SearchStrategy[Article]:
    return st.builds(
        Article,
        doc=st.text(min_size=1, max_size=20),
        text=texts,
        title=titles,
        published=published,
        updated=st.one_of(st.none(), published),
    )


@PROPERTY
@given(articles())
@example(Article(doc="e", text=""))
@example(Article(doc="e", text="S-400", title="S-400", published="2021"))
@example(Article(doc="e", text=SENTENCES[0], title=SENTENCES[0], published="2020-13-45"))
@example(Article(doc="e", text="“S-400 “ India ” delivered (Russia", published="1900-01-01"))
def test_extract_never_raises_and_offsets_slice_the_evidence(article: Article) -> None:
    claims = extract(article)
    for claim in claims:
        ev = claim.evidence
        assert 0 <= ev.start <= ev.end <= len(article.text)
        assert article.text[ev.start : ev.end] == ev.text
        assert claim.article_id == article.id
    assert len({c.id for c in claims}) == len(claims), "claim ids must be unique (primary key)"
    assert extract(article) == claims  # pure and deterministic


# Found by bench/fuzz.py: relative dates against an anchor at either end of the calendar
# overflowed (OverflowError out of extract(), killing the ingest run); fixed meanwhile.
@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31"])
def test_extract_survives_dates_at_the_ends_of_the_calendar(anchor: str) -> None:
    for text in (
        "Russia delivered S-400 systems to India on Tuesday.",
        "Russia delivered S-400 systems to India last week.",
        "Russia will deliver S-400 systems to India next Tuesday.",
        "Russia will deliver S-400 systems to India in two weeks.",
    ):
        extract(Article(doc="edge", text=text, published=anchor))


@PROPERTY
@given(st.lists(st.fixed_dictionaries({"text": texts}, optional={
    "id": st.one_of(st.text(max_size=10), st.integers()),
    "title": st.one_of(st.none(), st.text(max_size=20), st.integers()),
    "published": st.one_of(published, st.integers(), st.floats(allow_nan=False)),
    "url": st.one_of(st.none(), st.text(max_size=20)),
}), min_size=1, max_size=8))  # fmt: skip
def test_any_jsonl_record_is_an_article_or_a_named_error(records: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        errors: list[object] = []
        found = list(iter_articles([path], on_error=errors.append))
        assert len(found) + len(errors) == len(records)
        for article in found:
            assert article.text.strip()
            extract(article)


@settings(PROPERTY, max_examples=40)
@given(st.lists(articles(), min_size=1, max_size=6))
def test_ingesting_twice_is_a_no_op(batch: list[Article]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_text(
            "".join(
                json.dumps(
                    {"id": a.doc, "text": a.text, "title": a.title, "published": a.published}
                )
                + "\n"
                for a in batch
            ),
            encoding="utf-8",
        )
        db = Path(tmp) / "r.db"
        with Register(db) as register:
            first = ingest_paths([str(path)], register, on_error=lambda e: None)
        once = dump(db)
        with Register(db) as register:
            second = ingest_paths([str(path)], register, on_error=lambda e: None)
        assert second.articles_new == 0
        assert (second.articles, second.claims) == (first.articles, first.claims)
        assert dump(db) == once
