"""``StatusTimeline``: a deal's status summary for any date by bisect, equal to computing the
status afresh (``status_as_of``) on every report day, between them and beyond them."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.models import Claim, Factuality, Stage
from armsledger.reconcile import dates
from armsledger.reconcile.dates import ReportDate
from armsledger.reconcile.status import status_as_of
from armsledger.reconcile.status_timeline import StatusTimeline, Summary, summary_of
from tests.reconcile.reconcile_kit import article, claim

SENTENCE = "Officials said the S-400 systems were discussed at length on Tuesday."
ARTICLES = [article(f"a{i}.txt", f"Report {i}. {SENTENCE}") for i in range(6)]

# Few distinct values, so that times and report days often meet, touch and nest: the
# comparisons the rule makes are decided at their edges.
partial_dates = st.one_of(
    st.none(),
    st.sampled_from(["2018", "2019", "2018-12", "2019-01", "2019-02"]),
    st.builds(lambda m, d: f"2019-{m:02d}-{d:02d}", st.integers(1, 2), st.sampled_from([1, 28])),
    st.sampled_from(["2018-12-31", "2019-01-31", "2019-13", "junk"]),
)
report_dates = st.one_of(
    st.none(),
    st.builds(ReportDate, partial_dates.filter(bool), st.sampled_from(dates.BASES)),
    partial_dates,  # a plain string: a publication date, for callers without provenance
)
claims = st.lists(
    st.builds(
        lambda art, stage, fact, when: claim(art, SENTENCE, stage, fact, when=when),
        st.sampled_from(ARTICLES),
        st.sampled_from(list(Stage)),
        st.sampled_from(list(Factuality)),
        partial_dates,
    ),
    max_size=25,
)


def cutoffs(found: list[Claim], reported: dates.Reported) -> list[str | None]:
    """Every report day, the day before and after it, their month and year, and no cutoff."""
    out: list[str | None] = [None, "2014", "2030-01-01"]
    for c in found:
        span = dates.interval(dates.claim_report_date(c, reported))
        if span is None:
            continue
        for day in (span[0] - dt.timedelta(days=1), span[0], span[1], span[1] + dt.timedelta(1)):
            out += [day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]]
    return out


def assert_same(found: list[Claim], reported: dates.Reported) -> None:
    timeline = StatusTimeline(found, reported)
    for as_of in cutoffs(found, reported):
        direct = summary_of(status_as_of(found, reported, as_of), reported)
        assert timeline.at(as_of) == direct, as_of


@settings(max_examples=300, deadline=None)
@given(claims, st.lists(report_dates, min_size=len(ARTICLES), max_size=len(ARTICLES)))
def test_any_date_equals_the_status_computed_afresh(
    found: list[Claim], days: list[str | ReportDate | None]
) -> None:
    assert_same(found, {a.id: d for a, d in zip(ARTICLES, days, strict=True)})


def test_a_halt_overtaken_by_a_later_delivery_is_no_longer_listed() -> None:
    early, late = ARTICLES[0], ARTICLES[1]
    found = [
        claim(early, SENTENCE, Stage.POSTPONED, Factuality.ASSERTED, when="2017-02"),
        claim(late, SENTENCE, Stage.DELIVERY, Factuality.ASSERTED, when="2019-05"),
    ]
    reported = {early.id: "2017-03-01", late.id: "2019-06-01"}
    timeline = StatusTimeline(found, reported)
    assert timeline.at("2018") == Summary(
        None, None, Stage.POSTPONED, 1, (dt.date(2017, 2, 1), dt.date(2017, 2, 28))
    )
    assert timeline.at("2019-06-01").halted is None
    assert timeline.at("2019-06-01").stage == Stage.DELIVERY
    assert_same(found, reported)


def test_undated_and_bounded_reports() -> None:
    dated, bound, unknown = ARTICLES[0], ARTICLES[1], ARTICLES[2]
    found = [
        claim(dated, SENTENCE, Stage.AGREEMENT, Factuality.ASSERTED),
        claim(bound, SENTENCE, Stage.NEGOTIATION, Factuality.EXPECTED),
        claim(unknown, SENTENCE, Stage.DELIVERY, Factuality.ASSERTED),
    ]
    reported: dates.Reported = {
        dated.id: ReportDate("2019-04-02"),
        bound.id: ReportDate("2020-01-29", dates.UPDATED_ONLY),
    }
    timeline = StatusTimeline(found, reported)
    # The bound counts for every date; the unknown report date only with no cutoff.
    assert timeline.at("2001").known == 1
    assert timeline.at("2019-04").known == 2
    assert timeline.at(None).known == 3
    assert timeline.at(None).stage == Stage.DELIVERY
    assert_same(found, reported)
