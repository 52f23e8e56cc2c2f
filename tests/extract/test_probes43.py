"""Probes (round 43): an ambiguous designation right before a trade noun ("K2 sales", "the
Black Panther export") names the system as "the K2 order" does. A proposal, a request or a
report sent to an office is a paper sent, no delivery ("according to a proposal sent to the
cabinet"). A transport aircraft that lands or arrives somewhere carrying the cargo, or that
delivered it, is the carrier, no item of the transfer ("a C-17 transport aircraft landed at the
air base carrying the launchers"). Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims

Claim = tuple[str, str | None, str | None, str, str]

ENGLISH: list[tuple[str, set[Claim]]] = [
    # an ambiguous designation before a trade noun
    (
        "Hyundai Rotem is in talks with Romania about K2 sales, officials said.",
        {("K2", "KOR", "ROU", "negotiation", "asserted")},
    ),
    (
        "South Korea approved the K2 export to Romania in May.",
        {("K2", "KOR", "ROU", "negotiation", "asserted")},
    ),
    # a paper sent to an office is no delivery
    (
        "Bolivia's air force plans to buy 16 J-10C fighters from China, according to a"
        " proposal sent to the cabinet.",
        {("J-10", "CHN", "BOL", "negotiation", "asserted")},
    ),
    (
        "Lima wants to acquire two more Hamilton-class cutters from the United States, a"
        " request sent to the Pentagon shows.",
        {("Hamilton", "USA", "PER", "negotiation", "asserted")},
    ),
    # the transport that carried the cargo is no item
    (
        "A C-17 transport aircraft landed at Clark Air Base on Tuesday carrying the BrahMos"
        " launchers that India sold to the Philippines.",
        {
            ("BrahMos", "IND", "PHL", "delivery", "asserted"),
            ("BrahMos", "IND", "PHL", "agreement", "asserted"),
        },
    ),
    (
        "In May, four Y-20 transport planes delivered HQ-22 air defence systems to Belgrade.",
        {("HQ-22", "CHN", "SRB", "delivery", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected
