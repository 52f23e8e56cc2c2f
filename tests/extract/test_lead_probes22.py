"""Probe sentences of our own for the constructions the lead fixed in session 22: the first
parts of a system arriving (a batch of the system, unlike spare parts for a fleet), a ship's
kind vouching for a type name that alone could be something else ("Type 071 landing platform
dock"), a schedule that says when deliveries end ("are scheduled to wrap up by 2026"), and a
system added to a fleet, taken on charge or whose operators a state joined."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import ClaimTuple, probe_claims

MAKES: list[tuple[str, ClaimTuple]] = [
    # The first parts of a system are a batch of it.
    (
        "Turkey has started receiving parts of the S-400 system from Russia.",
        ("S-400", "RUS", "TUR", "delivery", "asserted"),
    ),
    (
        "India received the first parts of the S-400 from Russia in December.",
        ("S-400", "RUS", "IND", "delivery", "asserted"),
    ),
    # A ship's kind beside a type number that is ambiguous alone.
    (
        "The Royal Thai Navy welcomed its first Type 071E landing platform dock from China.",
        ("Type 071", "CHN", "THA", "delivery", "asserted"),
    ),
    (
        "Algeria received a Type 071 landing platform dock from China.",
        ("Type 071", "CHN", "DZA", "delivery", "asserted"),
    ),
    # A system added to a fleet, taken on charge, or whose operators a state joined.
    (
        "The Serbian air force added six Chinese CH-95 drones to its fleet.",
        ("CH-95", "CHN", "SRB", "delivery", "asserted"),
    ),
    (
        "Vietnam's navy added a fourth Kilo-class submarine from Russia to its fleet.",
        ("Kilo", "RUS", "VNM", "delivery", "asserted"),
    ),
    (
        "The Nigerian Air Force took on charge three A-29 Super Tucano aircraft from the US.",
        ("A-29", "USA", "NGA", "delivery", "asserted"),
    ),
    (
        "Mongolia became the latest operator of the Indian Dhruv helicopter.",
        ("Dhruv", "IND", "MNG", "delivery", "asserted"),
    ),
    # A schedule for the end of deliveries is a plan like one for their start.
    (
        "Deliveries of the K9 howitzers to Estonia are scheduled to wrap up by 2026.",
        ("K9", "KOR", "EST", "delivery", "expected"),
    ),
    (
        "Shipments of the Caesar howitzers to Belgium are expected to end in 2027.",
        ("Caesar", "FRA", "BEL", "delivery", "expected"),
    ),
]

NOT_MADE: list[tuple[str, ClaimTuple]] = [
    # Spare parts for a fleet move no system.
    (
        "Spare parts for its F-16 jets arrived in Jordan from the United States.",
        ("F-16", "USA", "JOR", "delivery", "asserted"),
    ),
    (
        "The US will deliver parts for Pakistan's F-16 fleet.",
        ("F-16", "USA", "PAK", "delivery", "expected"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), MAKES)
def test_sentence_makes_the_claim(text: str, claim: ClaimTuple) -> None:
    assert claim in probe_claims(text)


@pytest.mark.parametrize(("text", "claim"), NOT_MADE)
def test_sentence_does_not_make_the_claim(text: str, claim: ClaimTuple) -> None:
    assert claim not in probe_claims(text)


def test_the_end_of_deliveries_keeps_its_year() -> None:
    article = Article(
        doc="t",
        text="Deliveries of the K9 howitzers to Estonia are scheduled to wrap up by 2026.",
        published="2024-07-09",
    )
    whens = {(c.system, c.stage.value): c.when for c in extract(article)}
    assert whens.get(("K9", "delivery")) == "2026"
