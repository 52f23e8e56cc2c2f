"""The lead's day (`lending._lead_day`, `timing._just_done`): a delivery, or an approval
(a stage rule marked "news"), told as just done in an article's first sentences, with no date
of its own, happened on the day the lead names from the article's date; a plan, a pluperfect,
a background in -ing, or a postponement told by a statement does not take it. Sentences of our
own; 2024-05-15 is a Wednesday."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article


def whens(text: str, published: str | None = "2024-05-15") -> dict[str, str | None]:
    claims = extract(Article(doc="probe", text=text, published=published))
    return {f"{c.system}|{c.supplier}|{c.recipient}|{c.stage.value}": c.when for c in claims}


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        (
            "Peru gets more jets\n\nPeru has received four more Su-25 jets from Russia, "
            "officials said. The aircraft were handed over at a ceremony in Lima on Monday, "
            "the air force said.",
            "Su-25|RUS|PER|delivery",
            "2024-05-13",
        ),
        (
            "Ghana gets helicopters\n\nGhana has taken delivery of two Z-9 helicopters from "
            "China. The defence ministry announced the arrival yesterday.",
            "Z-9|CHN|GHA|delivery",
            "2024-05-14",
        ),
        (
            "Sale to Kenya cleared\n\nThe State Department has cleared the sale of six AH-1Z "
            "helicopters to Kenya. Lawmakers were notified on Monday.",
            "AH-1|USA|KEN|negotiation",
            "2024-05-13",
        ),
    ],
)
def test_the_leads_news_takes_the_leads_day(text: str, key: str, day: str) -> None:
    assert whens(text)[key] == day


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a background in -ing, even beside a report dated "on Tuesday"
        (
            "Egypt buys more jets\n\nEgypt will join India in receiving more Rafale jets "
            "from France, the ministry said on Tuesday.",
            "Rafale|FRA|IND|delivery",
        ),
        # a pluperfect: done before the news
        (
            "Peru's air force at a glance\n\nPeru had received four Su-25 jets from Russia "
            "before the war. Officials spoke at a ceremony in Lima on Monday.",
            "Su-25|RUS|PER|delivery",
        ),
    ],
)
def test_what_is_not_the_leads_news_stays_undated(text: str, key: str) -> None:
    assert whens(text).get(key, "absent") in (None, "absent")


def test_a_postponement_told_in_the_lead_takes_no_day() -> None:
    text = (
        "Chile waits for frigates\n\nBritain has postponed the delivery of two Type 23 "
        "frigates to Chile, officials said. Navy chiefs met in Santiago on Monday."
    )
    assert whens(text)["Type 23|GBR|CHL|postponed"] is None


def test_no_day_without_the_articles_date() -> None:
    text = (
        "Ghana gets helicopters\n\nGhana has taken delivery of two Z-9 helicopters from "
        "China. The defence ministry announced the arrival yesterday."
    )
    assert whens(text, published=None)["Z-9|CHN|GHA|delivery"] is None
