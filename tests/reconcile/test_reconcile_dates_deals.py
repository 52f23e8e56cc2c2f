"""Partial dates, deal grouping and stable deal ids."""

from __future__ import annotations

import random

from armsledger.reconcile import dates
from armsledger.reconcile.deals import deal_id, group_deals, system_key
from tests.reconcile.reconcile_kit import article, claim, seed_like


def test_partial_date_rules() -> None:
    # A claim dated only 2019 may have been known by the end of 2019, and even by March.
    assert dates.on_or_before("2019", "2019-12-31")
    assert dates.on_or_before("2019", "2019-03-01")
    assert dates.on_or_before("2019-07-12", "2019-07")
    assert not dates.on_or_before("2019-07-12", "2019-07-11")
    assert not dates.on_or_before("2020", "2019-12-31")
    assert not dates.on_or_before(None, "2019-12-31")  # unknown report date: only for no cutoff
    assert dates.on_or_before(None, None)
    assert dates.strictly_before("2018", "2019-01-01")
    assert not dates.strictly_before("2019", "2019-07")
    assert dates.gap_days("2018-12-31", "2019-01-02") == 2
    assert dates.gap_days("2019", "2019-06-01") == 0
    assert dates.sort_key("2019") < dates.sort_key("2019-01") < dates.sort_key("2019-01-01")
    assert dates.sort_key("2030") < dates.sort_key(None)
    assert dates.normalize("2019-7-1T10:00:00Z") == "2019-07-01"
    assert dates.parse_partial("2019-13") is None
    assert dates.parse_partial("soon") is None


def test_report_date_prefers_published_over_update_stamp() -> None:
    assert dates.report_date(article("a", "x", "2017-03-08", updated="2020-01-29")) == (
        dates.ReportDate("2017-03-08")
    )
    # An update stamp alone is an upper bound, kept with its mark (issue 13).
    assert dates.report_date(article("b", "x", None, updated="2020-01-29")) == (
        dates.ReportDate("2020-01-29", dates.UPDATED_ONLY)
    )
    assert dates.report_date(article("c", "x")) is None


def test_group_deals_by_supplier_recipient_family() -> None:
    _, claims = seed_like()
    art = article(
        "mixed.txt",
        "Turkey took its first S400 units in July. Egypt signed for Su-35 jets. "
        "An S-400 order was discussed.",
        "2019-07-20",
    )
    extra = [
        claim(
            art,
            "Turkey took its first S400 units in July.",
            "delivery",
            "asserted",
            system="S400",
            recipient="TUR",
            when="2019-07",
        ),
        claim(
            art,
            "Egypt signed for Su-35 jets.",
            "agreement",
            "asserted",
            system="Su-35",
            recipient="EGY",
        ),
        claim(art, "An S-400 order was discussed.", "negotiation", "asserted", recipient=None),
        # Same family, other spelling: joins the CHN deal.
        claim(art, "An S-400 order was discussed.", "agreement", "possible", system="s400"),
    ]
    deals = group_deals(claims + extra)
    assert [(d.system, d.supplier, d.recipient, len(d.claims)) for d in deals] == [
        ("S-400", "RUS", "CHN", len(claims) + 1),
        ("Su-35", "RUS", "EGY", 1),
        ("S400", "RUS", "TUR", 1),
        ("S-400", "RUS", None, 1),  # unknown recipient: a deal of its own, listed last
    ]


def test_deal_id_is_stable() -> None:
    _, claims = seed_like()
    full = group_deals(claims)[0]
    shuffled = claims[:]
    random.Random(4).shuffle(shuffled)
    again = group_deals(shuffled)[0]
    fewer = group_deals(claims[:2])[0]
    assert full.id == again.id == fewer.id == deal_id("S-400", "RUS", "CHN")
    assert deal_id("S400", "RUS", "CHN") == full.id
    assert deal_id("S-400", "RUS", "TUR") != full.id
    assert full.claims == again.claims  # claim order does not depend on input order


def test_one_ship_family_is_one_deal_whatever_its_articles_call_it() -> None:
    """A claim names a ship class as its article does ("Kilo", "Project 636"); the register
    groups the family's claims as one deal, under the name most of them give."""
    art = article(
        "subs.txt",
        "Vietnam received Kilo-class boats. Project 636 submarines sailed to Vietnam. "
        "More Kilo-class boats are due.",
        "2017-01-10",
    )
    told = [
        ("Vietnam received Kilo-class boats.", "delivery", "asserted", "Kilo"),
        ("Project 636 submarines sailed to Vietnam.", "delivery", "asserted", "Project 636"),
        ("More Kilo-class boats are due.", "delivery", "expected", "Kilo"),
    ]
    claims = [claim(art, s, st, f, system=name, recipient="VNM") for s, st, f, name in told]
    deals = group_deals(claims)
    assert [(d.system, d.recipient, len(d.claims)) for d in deals] == [("Kilo", "VNM", 3)]
    assert deal_id("Project 636", "RUS", "VNM") == deal_id("Kilo", "RUS", "VNM") == deals[0].id


def test_a_name_shared_with_another_category_keeps_its_own_deal() -> None:
    """The name "Hisar" is an air defence family's and a ship class's ("Hisar-class"): the air
    defence system's deals are not the ships'."""
    assert system_key("Hisar") == "hisar"
    assert system_key("Hisar-class") != system_key("Hisar")
    assert system_key("S-400") == "s400"
