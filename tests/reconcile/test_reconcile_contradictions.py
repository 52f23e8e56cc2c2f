"""Contradictions: kinds, corrections, syndicated copies, as-of."""

from __future__ import annotations

from armsledger.models import Claim
from armsledger.reconcile.contradictions import ContradictionKind, find_contradictions
from armsledger.reconcile.dates import report_dates
from armsledger.reconcile.stories import group_stories
from tests.reconcile.reconcile_kit import (
    CORRECTION,
    DENIED,
    FIRST_BATTALION,
    UNDER_WAY,
    article,
    claim,
    seed_like,
    suspension_claims,
    syndicated_copy,
)

NOT_BEGUN = "An FSMTC official said deliveries of the S-400 to China have not begun."


def _not_begun_article() -> tuple[object, Claim]:
    art = article("notbegun.txt", NOT_BEGUN, "2019-05-14")
    return art, claim(art, NOT_BEGUN, "delivery", "denied", source="FSMTC official")


def test_seed_like_asserted_vs_denied_with_correction() -> None:
    articles, claims = seed_like()
    found = find_contradictions(claims, report_dates(articles))
    assert [c.kind for c in found] == [
        ContradictionKind.ASSERTED_VS_DENIED,
        # "under way" in March 2017 vs "the first battalion reached China in 2018".
        ContradictionKind.DATE_MISMATCH,
    ]
    c = found[0]
    assert c.a.evidence.text == UNDER_WAY and c.a.source == "State Duma deputy"
    assert c.b.evidence.text == DENIED and c.b.source == "FSMTC"
    assert c.correction is not None and c.correction.evidence.text == CORRECTION
    assert not c.same_source
    # The 2018 battalion comes after the 2017 denial: history, not a contradiction.
    assert all(x.b.evidence.text != DENIED for x in found[1:])
    mismatch = found[1]
    assert (mismatch.a.when, mismatch.b.evidence.text) == ("2017-03-06", FIRST_BATTALION)
    assert "batches" in mismatch.note


def test_self_correction_is_same_source() -> None:
    articles, claims = seed_like()
    a1 = articles[0]
    own = claim(a1, CORRECTION, "delivery", "denied", source="State Duma deputy")
    found = find_contradictions([*claims, own], report_dates(articles))
    mine = [c for c in found if c.b.id == own.id]
    assert len(mine) == 1 and mine[0].same_source
    assert mine[0].correction is not None and mine[0].correction.stage == "production"


def test_done_vs_not_begun() -> None:
    articles, claims = seed_like()
    art, denial = _not_begun_article()
    found = find_contradictions([*claims, denial], report_dates([*articles, art]))
    done = [c for c in found if c.kind is ContradictionKind.DONE_VS_NOT_BEGUN]
    # "Under way" in March 2017 and "delivered in 2018" (stated in 2020) vs "have not begun"
    # said in May 2019: both deliveries lie clearly before the denial.
    assert sorted((c.a.evidence.text, c.b.id) for c in done) == sorted(
        [(UNDER_WAY, denial.id), (FIRST_BATTALION, denial.id)]
    )


def test_postponed_vs_later_delivery() -> None:
    articles, claims = seed_like()
    text = "The remaining S-400 missiles were handed over to China in February 2021."
    later = article("later.txt", text, "2021-03-02")
    delivered = claim(later, text, "delivery", "asserted", when="2021-02")
    found = find_contradictions([*claims, delivered], report_dates([*articles, later]))
    halted = [c for c in found if c.kind is ContradictionKind.HALTED_VS_LATER_DELIVERY]
    assert len(halted) == 1
    assert halted[0].a.stage == "postponed" and halted[0].b.id == delivered.id
    assert "resumed" in halted[0].note
    # Without the 2021 article, the 2018 delivery precedes the halt: nothing to show.
    assert not [
        c
        for c in find_contradictions(claims, report_dates(articles))
        if c.kind is ContradictionKind.HALTED_VS_LATER_DELIVERY
    ]


def test_date_mismatch_with_tolerance() -> None:
    a = article("a.txt", "China signed for the S-400 in 2014.", "2016-01-01")
    b = article("b.txt", "China signed the S-400 contract in 2015.", "2016-02-01")
    c = article("c.txt", "The deal was signed on 3 November 2014. It was signed on 8 November.")
    claims = [
        claim(a, "China signed for the S-400 in 2014.", "agreement", "asserted", when="2014"),
        claim(b, "China signed the S-400 contract in 2015.", "agreement", "asserted", when="2015"),
    ]
    found = find_contradictions(claims, report_dates([a, b]))
    assert [(x.kind, x.a.when, x.b.when) for x in found] == [
        (ContradictionKind.DATE_MISMATCH, "2014", "2015")
    ]
    close = [
        claim(
            c,
            "The deal was signed on 3 November 2014.",
            "agreement",
            "asserted",
            when="2014-11-03",
            source="x",
        ),
        claim(
            c,
            "It was signed on 8 November.",
            "agreement",
            "asserted",
            when="2014-11-08",
            source="y",
        ),
    ]
    assert find_contradictions(close) == []  # five days apart: within DATE_TOLERANCE_DAYS


def test_syndicated_copies_do_not_double_count() -> None:
    articles, claims = seed_like()
    copy = syndicated_copy(articles[1], "copy.txt", "2020-07-31")
    art, denial = _not_begun_article()
    all_articles = [*articles, copy, art]
    all_claims = [*claims, *suspension_claims(copy), denial]
    reported = report_dates(all_articles)
    stories = group_stories(all_articles)

    grouped = [
        c
        for c in find_contradictions(all_claims, reported, stories)
        if c.kind is ContradictionKind.DONE_VS_NOT_BEGUN and c.a.evidence.text == FIRST_BATTALION
    ]
    assert len(grouped) == 1
    assert grouped[0].a.article_id == min(articles[1].id, copy.id)
    assert len(grouped[0].a_copies) == 1
    # Treated as independent, the copy would add a second, redundant pair.
    ungrouped = [
        c
        for c in find_contradictions(all_claims, reported)
        if c.kind is ContradictionKind.DONE_VS_NOT_BEGUN and c.a.evidence.text == FIRST_BATTALION
    ]
    assert len(ungrouped) == 2


def test_pairs_never_cross_deals_and_respect_as_of() -> None:
    articles, claims = seed_like()
    other = article("tur.txt", "Turkey has not received any S-400 yet.", "2019-06-01")
    tur = claim(
        other, "Turkey has not received any S-400 yet.", "delivery", "denied", recipient="TUR"
    )
    reported = report_dates([*articles, other])
    found = find_contradictions([*claims, tur], reported)
    assert all(tur.id not in (c.a.id, c.b.id) for c in found)
    assert find_contradictions(claims, reported, as_of="2017-03-07") == []
    assert len(find_contradictions(claims, reported, as_of="2017-03-08")) == 1


def test_delivery_batches_within_a_year_are_no_mismatch() -> None:
    a = article("a.txt", "The first S-400 shipment reached Ankara on 12 July.", "2019-07-13")
    b = article("b.txt", "A second S-400 battery was delivered in September.", "2019-09-16")
    c = article("c.txt", "Turkey took its last S-400 parts in 2020.", "2020-02-01")
    claims = [
        claim(a, a.text, "delivery", "asserted", recipient="TUR", when="2019-07-12"),
        claim(b, b.text, "delivery", "asserted", recipient="TUR", when="2019-09"),
        claim(c, c.text, "delivery", "asserted", recipient="TUR", when="2020"),
    ]
    found = find_contradictions(claims, report_dates([a, b, c]))
    # July vs September 2019: batches. 2019 vs 2020: shown, with the batch note.
    assert [(x.a.when, x.b.when) for x in found] == [("2019-07-12", "2020"), ("2019-09", "2020")]
    assert all("batches" in x.note for x in found)


def test_cancellation_then_delivery_and_plain_string_fields() -> None:
    a = article("a.txt", "Indonesia dropped its plan to buy Su-35 jets.", "2020-03-12")
    b = article("b.txt", "The first Su-35 jets landed in Indonesia.", "2021-05-01")
    # Built with plain strings, as a loader that skips Claim.from_record might.
    cancel = claim(a, a.text, "cancelled", "asserted", system="Su-35", recipient="IDN")
    landed = claim(b, b.text, "delivery", "asserted", system="Su-35", recipient="IDN")
    object.__setattr__(cancel, "stage", "cancelled")
    object.__setattr__(cancel, "factuality", "asserted")
    (found,) = find_contradictions([cancel, landed], report_dates([a, b]))
    assert found.kind is ContradictionKind.HALTED_VS_LATER_DELIVERY
    assert found.a.id == cancel.id and found.note == ""
