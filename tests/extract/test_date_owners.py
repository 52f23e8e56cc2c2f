"""Which step a date belongs to (`extract/date_owners.py`): a date inside a cue's own words is
that cue's, not the step told before it. Sentences of our own."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article


def whens(text: str) -> dict[str, str | None]:
    claims = extract(Article(doc="probe", text=text, published="2024-05-15"))
    return {c.stage.value: c.when for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Peru wants more helicopters from Russia, on top of a contract signed in March 2014 for "
        "delivery of 24 Mi-17 helicopters.",
        "Besides its new request, Chile holds a contract signed in June 2019 for delivery of six "
        "C-390 aircraft from Brazil.",
        "Algeria plans to buy more Su-30 jets, in addition to a contract signed in March 2019 "
        "for delivery of 14 Su-30 jets from Russia.",
    ],
)
def test_a_date_inside_the_contract_phrase_dates_the_contract(text: str) -> None:
    got = whens(text)
    assert got["agreement"] is not None and got["agreement"][:4] in text
    assert got["negotiation"] is None  # the plan told before it is not dated by it


def test_a_date_after_a_cue_still_dates_that_cue() -> None:
    got = whens("Ghana signed a contract for six Z-9 helicopters from China in 2019.")
    assert got == {"agreement": "2019"}


def test_each_listed_party_keeps_the_date_after_its_name() -> None:
    """ "ordered by Chile in 2019 and Peru in 2021": Peru's order is of 2021, not the list's
    first date (date_owners.party_dates, time.party_date); one date for the list dates all."""

    def by_recipient(text: str) -> dict[str | None, str | None]:
        claims = extract(Article(doc="t", text=text, published="2024-05-15"))
        return {c.recipient: c.when for c in claims}

    text = "The Spike launcher was ordered by Chile in 2019 and Peru in March 2021."
    assert by_recipient(text) == {"CHL": "2019", "PER": "2021-03"}
    text = "Chile and Peru ordered Spike missiles in 2019."
    assert by_recipient(text) == {"CHL": "2019", "PER": "2019"}
