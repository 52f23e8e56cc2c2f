"""Probes (round 53).

- A time adverbial closed by a comma after a party ("delivered a NASAMS battery to Ukraine this
  spring, their first joint gift") ends the party's clause: what follows is no verb of that
  party, so the receiver stays the receiver (roles.apposition).
"""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Chile wants to buy Gripen fighters from Sweden. Spain and Portugal delivered a "
        "NASAMS battery to Ukraine this spring, their first joint gift of a large system.",
        {
            ("Gripen", "SWE", "CHL", "negotiation", "asserted"),
            ("NASAMS", "ESP", "UKR", "delivery", "asserted"),
            ("NASAMS", "PRT", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "Peru is in talks with France on Rafale jets. Norway sent an IRIS-T launcher to "
        "Ukraine last week, its first gift of air defence.",
        {
            ("IRIS-T", "NOR", "UKR", "delivery", "asserted"),
            ("Rafale", "FRA", "PER", "negotiation", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected
