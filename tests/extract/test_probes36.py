# ruff: noqa: E501
"""Probes (round 36), from sets written to order that no rule had read: a party of another
clause ("after Germany refused ...") is that clause's, never the step's receiver by mere
nearness; a war effort is supplied. Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims
from tests.extract.test_russian_probes29 import Claim

ENGLISH: list[tuple[str, set[Claim]]] = [
    # the state of the 'after' clause refused the engines: the boat is still Thailand's
    (
        "Thailand ordered a Type 039 submarine from China in 2017. The Type 039 is still being built in Wuhan after Germany refused to approve the export of its engines.",
        {
            ("Type 039", "CHN", "THA", "agreement", "asserted"),
            ("Type 039", "CHN", "THA", "production", "asserted"),
        },
    ),
    # a war effort is supplied, unlike a war
    (
        "The company donated Bayraktar TB2 drones to Ukraine's war effort.",
        {("Bayraktar TB2", "TUR", "UKR", "delivery", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected
