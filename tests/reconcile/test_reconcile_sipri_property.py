"""Property: any register exported as SIPRI rows reads back as matching itself."""

from __future__ import annotations

import io
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armsledger.models import Article, Claim, Evidence, Factuality, Stage
from armsledger.reconcile.dates import report_dates
from armsledger.reconcile.deals import group_deals
from armsledger.reconcile.sipri_compare import compare_with_sipri
from armsledger.reconcile.sipri_export import sipri_rows
from armsledger.reconcile.sipri_format import write_sipri_csv
from armsledger.reconcile.sipri_read import read_sipri

DATES = st.one_of(
    st.none(),
    st.sampled_from(["2016", "2017", "2018-03", "2018-11-02", "2019", "2019-06-30", "2020-01-29"]),
)
CLAIM = st.tuples(
    st.sampled_from(["S-400", "Su-35", "F-16"]),
    st.sampled_from(["RUS", "USA"]),
    st.sampled_from(["CHN", "TUR", "IND"]),
    st.sampled_from(list(Stage)),
    st.sampled_from(list(Factuality)),
    DATES,  # when
    st.integers(0, 3),  # which article
    st.one_of(st.none(), st.integers(1, 24)),  # quantity
    st.sampled_from([None, "FSMTC", "a lawmaker"]),
)
ARTICLE_DATES = st.lists(DATES, min_size=4, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(CLAIM, min_size=1, max_size=12), ARTICLE_DATES, st.sampled_from([None, "2019-06-30"])
)
def test_export_matches_itself(
    raw: list[tuple[Any, ...]], published: list[str | None], as_of: str | None
) -> None:
    articles = [
        Article(doc=f"d{i}.txt", text=f"text {i} " * 30, published=p)
        for i, p in enumerate(published)
    ]
    claims = [
        Claim(
            doc=articles[k].doc,
            article_id=articles[k].id,
            system=system,
            supplier=supplier,
            recipient=recipient,
            stage=stage,
            factuality=fact,
            when=when,
            source=source,
            via=(),
            evidence=Evidence(f"sentence {n}", n, n + 10),
            quantity=qty,
        )
        for n, (system, supplier, recipient, stage, fact, when, k, qty, source) in enumerate(raw)
    ]
    deals = group_deals(claims)
    reported = report_dates(articles)
    # Articles 0+1 and 2+3 are copies of one story each: collapsing must not break the match.
    stories = {articles[1].id: articles[0].id, articles[3].id: articles[2].id}
    rows = sipri_rows(deals, reported, stories, as_of)
    buf = io.StringIO()
    write_sipri_csv(rows, buf)
    table = read_sipri(buf.getvalue().encode("utf-8"))
    result = compare_with_sipri(table.rows, deals, reported, stories, as_of)
    assert result.matches, (result.contradicted, result.unconfirmed, result.missing_from_sipri)
    assert len(result.confirmed) == len(rows)
