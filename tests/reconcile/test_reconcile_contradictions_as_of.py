"""``contradictions.known_by``: a deal's contradictions as of any date, picked from those with
no date, equal to searching again among the claims reported by then."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.models import Claim, Factuality, Stage
from armsledger.reconcile import dates
from armsledger.reconcile.contradictions import find_contradictions, known_by
from armsledger.reconcile.dates import ReportDate
from tests.reconcile.reconcile_kit import article, claim

SENTENCE = "A ministry spokesman spoke about the S-400 systems to reporters on Friday."
ARTICLES = [article(f"c{i}.txt", f"Item {i}. {SENTENCE}") for i in range(6)]

days = st.sampled_from([None, "2018", "2019-01", "2019-01-31", "2019-02-01", "2019-03-15"])
report_dates = st.one_of(
    days,
    st.builds(ReportDate, days.filter(bool), st.sampled_from(dates.BASES)),
)
claims = st.lists(
    st.builds(
        lambda art, stage, fact, when, source: claim(
            art, SENTENCE, stage, fact, when=when, source=source
        ),
        st.sampled_from(ARTICLES),
        st.sampled_from([Stage.AGREEMENT, Stage.PRODUCTION, Stage.DELIVERY, Stage.POSTPONED]),
        st.sampled_from([Factuality.ASSERTED, Factuality.DENIED]),
        days,
        st.sampled_from([None, "FSMTC", "a deputy"]),
    ),
    max_size=14,
)
stories = st.lists(st.sampled_from([a.id for a in ARTICLES[:3]]), min_size=6, max_size=6)


def cutoffs(found: list[Claim], reported: dates.Reported) -> list[str | None]:
    out: list[str | None] = [None, "2017", "2030"]
    for c in found:
        span = dates.interval(dates.claim_report_date(c, reported))
        if span is not None:
            for day in (span[0] - dt.timedelta(days=1), span[0], span[1]):
                out += [day.isoformat(), day.isoformat()[:7]]
    return out


@settings(max_examples=300, deadline=None)
@given(claims, st.lists(report_dates, min_size=6, max_size=6), stories)
def test_picked_equal_searched_again(
    found: list[Claim], own: list[str | ReportDate | None], story_ids: list[str]
) -> None:
    story = {a.id: s for a, s in zip(ARTICLES, story_ids, strict=True)}
    raw: dict[str, str | ReportDate | None] = dict(zip((a.id for a in ARTICLES), own, strict=True))
    as_reports = {k: v if not isinstance(v, str) else ReportDate(v) for k, v in raw.items()}
    # As the register dates them: each copy by its story's earliest dated copy.
    story_dated = dates.story_dates(as_reports, story, {a.id: a.doc for a in ARTICLES})
    for reported, exact in ((story_dated, True), (raw, False)):
        unbounded = find_contradictions(found, reported, story)
        for as_of in cutoffs(found, reported):
            picked = known_by(unbounded, found, reported, story, as_of)
            if exact:
                assert picked is not None
            if picked is not None:
                assert picked == find_contradictions(found, reported, story, as_of=as_of), as_of


def test_copies_dated_apart_are_searched_again() -> None:
    """Two copies of one story with different report dates: picking would not be exact."""
    first, copy = ARTICLES[0], ARTICLES[1]
    found = [
        claim(first, SENTENCE, Stage.DELIVERY, Factuality.ASSERTED, source="FSMTC"),
        claim(copy, SENTENCE, Stage.DELIVERY, Factuality.ASSERTED, source="FSMTC"),
        claim(ARTICLES[2], SENTENCE, Stage.DELIVERY, Factuality.DENIED, source="a deputy"),
    ]
    story = {first.id: first.id, copy.id: first.id}
    reported = {first.id: "2019-02-01", copy.id: "2019-01-01", ARTICLES[2].id: "2019-03-01"}
    unbounded = find_contradictions(found, reported, story)
    assert unbounded
    assert known_by(unbounded, found, reported, story, "2019-01-15") is None
    assert known_by(unbounded, found, reported, story, "2019-03") == unbounded
    assert known_by(unbounded, found, reported, story, "2018") == []
