"""Timelines in event and report order; status as of a date (bitemporal)."""

from __future__ import annotations

from armsledger.models import Factuality, Stage
from armsledger.reconcile.dates import report_dates
from armsledger.reconcile.status import status_as_of
from armsledger.reconcile.stories import group_stories
from armsledger.reconcile.timeline import timeline
from tests.reconcile.reconcile_kit import (
    CORRECTION,
    DENIED,
    FIRST_BATTALION,
    HALTED,
    UNDER_WAY,
    article,
    claim,
    seed_like,
    suspension_claims,
    syndicated_copy,
)


def test_timeline_event_order() -> None:
    articles, claims = seed_like()
    entries = timeline(claims, report_dates(articles), order="event")
    texts = [e.claim.evidence.text for e in entries]
    # 2017-03-06 (stated) < 2017-03-08 (report date, undated claims) < 2018 < 2020-07-30.
    assert texts[0] == UNDER_WAY
    assert texts[-2:] == [FIRST_BATTALION, HALTED]
    assert entries[0].dated_by == "event"
    assert entries[-1].dated_by == "report"
    assert entries[-1].attribution == "Beijing daily via Wire"
    assert entries[-2].event_date == "2018" and entries[-2].report_date == "2020-07-30"


def test_timeline_report_order_and_as_of() -> None:
    articles, claims = seed_like()
    reported = report_dates(articles)
    entries = timeline(claims, reported, order="report")
    assert [e.report_date for e in entries] == ["2017-03-08"] * 5 + ["2020-07-30"] * 2
    # Within one report date: stated event dates first, in order.
    assert entries[0].claim.evidence.text == UNDER_WAY
    assert entries[5].claim.evidence.text == FIRST_BATTALION
    assert len(timeline(claims, reported, as_of="2019-12-31")) == 5


def test_status_before_and_after_the_later_article() -> None:
    articles, claims = seed_like()
    reported = report_dates(articles)

    before = status_as_of(claims, reported, as_of="2019-12-31")
    assert before.stage is Stage.DELIVERY and before.factuality is Factuality.ASSERTED
    assert [c.evidence.text for c in before.supporting] == [UNDER_WAY]
    assert [c.evidence.text for c in before.disputing] == [DENIED]
    assert before.undisputed_stage is Stage.PRODUCTION  # the deputy's correction
    assert before.halted is None
    assert len(before.known) == 5

    after = status_as_of(claims, reported, as_of="2020-12-31")
    assert after.stage is Stage.DELIVERY
    assert {c.evidence.text for c in after.supporting} == {UNDER_WAY, FIRST_BATTALION}
    assert after.support_stories == 2
    assert after.halted is Stage.POSTPONED
    assert [c.evidence.text for c in after.halts] == [HALTED]

    nothing = status_as_of(claims, reported, as_of="2017-03-07")
    assert nothing.stage is None and not nothing.known

    assert status_as_of(claims, reported).known == after.known  # as_of=None: everything


def test_unknown_report_date_counts_only_without_cutoff() -> None:
    undated = article("undated.txt", "Russia has begun shipping S-400 parts to China.")
    c = claim(undated, "Russia has begun shipping S-400 parts to China.", "delivery", "asserted")
    assert status_as_of([c], report_dates([undated]), as_of="2030-01-01").stage is None
    assert status_as_of([c], report_dates([undated])).stage is Stage.DELIVERY


def test_year_only_report_date_counts_within_that_year() -> None:
    yearly = article("yearly.txt", "China signed for the S-400.", "2014")
    c = claim(yearly, "China signed for the S-400.", "agreement", "asserted")
    assert status_as_of([c], report_dates([yearly]), as_of="2014-12-31").stage is Stage.AGREEMENT
    assert status_as_of([c], report_dates([yearly]), as_of="2013-12-31").stage is None


def test_stale_denial_does_not_dispute_a_later_delivery() -> None:
    old = article("old.txt", "Deliveries of the S-400 to China have not started.", "2017-05-02")
    new = article("new.txt", "China took delivery of S-400 units in 2018.", "2019-02-01")
    claims = [
        claim(old, "Deliveries of the S-400 to China have not started.", "delivery", "denied"),
        claim(
            new, "China took delivery of S-400 units in 2018.", "delivery", "asserted", when="2018"
        ),
    ]
    status = status_as_of(claims, report_dates([old, new]))
    assert status.stage is Stage.DELIVERY and not status.disputed
    assert status.undisputed_stage is Stage.DELIVERY


def test_expected_only_deal_reports_its_factuality() -> None:
    art = article("plan.txt", "India will receive the S-400 next year.", "2019-11-15")
    c = claim(
        art,
        "India will receive the S-400 next year.",
        "delivery",
        "expected",
        recipient="IND",
        when="2020",
    )
    status = status_as_of([c], report_dates([art]))
    assert (status.stage, status.factuality) == (Stage.DELIVERY, Factuality.EXPECTED)
    assert status.undisputed_stage is None


def test_syndicated_copies_count_once_as_support() -> None:
    articles, claims = seed_like()
    copy = syndicated_copy(articles[1], "copy.txt", "2020-07-31")
    all_articles = [*articles, copy]
    all_claims = claims + suspension_claims(copy)
    stories = group_stories(all_articles)
    assert stories[copy.id] == stories[articles[1].id]
    reported = report_dates(all_articles)

    status = status_as_of(all_claims, reported, stories=stories)
    assert len(status.supporting) == 3  # the deputy, the source, and the copy of the source
    assert status.support_stories == 2  # ... but only two independent stories
    without = status_as_of(all_claims, reported)  # no story grouping: copies look independent
    assert without.support_stories == 3
    assert CORRECTION not in {c.evidence.text for c in status.supporting}


def test_cancelled_halt_and_string_fields() -> None:
    a = article(
        "a.txt", "Jakarta signed for Su-35 fighters. It later scrapped the deal.", "2020-03"
    )
    signed = claim(
        a,
        "Jakarta signed for Su-35 fighters.",
        "agreement",
        "asserted",
        system="Su-35",
        recipient="IDN",
    )
    scrapped = claim(
        a, "It later scrapped the deal.", "cancelled", "asserted", system="Su-35", recipient="IDN"
    )
    object.__setattr__(signed, "stage", "agreement")  # plain strings, not enums
    object.__setattr__(signed, "factuality", "asserted")
    status = status_as_of([signed, scrapped], report_dates([a]))
    assert status.stage is Stage.AGREEMENT and status.factuality is Factuality.ASSERTED
    assert status.halted is Stage.CANCELLED
