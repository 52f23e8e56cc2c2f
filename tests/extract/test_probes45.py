"""Probes (round 45): a clause whose verb only says that a new party did the same as the party
before ("Poland ordered Apache helicopters in 2022, and Morocco followed suit in 2023"; "...,
and Peru followed with 12"; "..., and Estonia did the same") tells that step for the new party,
as a clause with no verb does (roles.gap_after), dated by its own date (time.party_date). A
verb with an object of its own, or a different way of following, tells nothing of the sort.
Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_probes34 import Claim, english_claims

ENGLISH: list[tuple[str, set[Claim]]] = [
    (
        "Poland ordered 96 Apache helicopters in 2022, and Morocco followed suit in 2023.",
        {
            ("AH-64", "USA", "POL", "agreement", "asserted"),
            ("AH-64", "USA", "MAR", "agreement", "asserted"),
        },
    ),
    (
        "Slovakia signed for 14 F-16 jets, and Bulgaria followed with eight.",
        {
            ("F-16", "USA", "SVK", "agreement", "asserted"),
            ("F-16", "USA", "BGR", "agreement", "asserted"),
        },
    ),
    (
        "Norway bought the K9 howitzer in 2017, and Estonia did the same a year later.",
        {
            ("K9", "KOR", "NOR", "agreement", "asserted"),
            ("K9", "KOR", "EST", "agreement", "asserted"),
        },
    ),
    (
        "Russia delivered the S-400 to China in 2018, and India followed in 2021.",
        {
            ("S-400", "RUS", "CHN", "delivery", "asserted"),
            ("S-400", "RUS", "IND", "delivery", "asserted"),
        },
    ),
    # following with something else, or following a thing, is no such step
    (
        "Chile ordered the Gripen in 2020, and Peru followed suit by raising its budget.",
        {("Gripen", "SWE", "CHL", "agreement", "asserted")},
    ),
    (
        "Chile ordered the Gripen, and Peru followed the news closely.",
        {("Gripen", "SWE", "CHL", "agreement", "asserted")},
    ),
    (
        "Chile ordered the Gripen, and Peru said it would decide next year.",
        {("Gripen", "SWE", "CHL", "agreement", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


def test_the_follower_is_dated_by_its_own_date() -> None:
    text = "Poland ordered 96 Apache helicopters in 2022, and Morocco followed suit in 2023."
    claims = extract(Article(doc="t", text=text, published="2024-05-15"))
    assert {(c.recipient, c.when) for c in claims} == {("POL", "2022"), ("MAR", "2023")}
