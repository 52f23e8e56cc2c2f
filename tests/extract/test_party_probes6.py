"""Party-role probes (round 23b): our own sentences for constructions whose roles went wrong."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

CASES = [
    # A state qualified by its relation to another ("X, Y's arch-enemy, ...") is the actor;
    # the related state is no party.
    ("India, Pakistan's arch-enemy, ordered Rafale jets from France.", {("Rafale", "FRA", "IND")}),
    ("Armenia, Azerbaijan's foe, ordered Akash systems from India.", {("Akash", "IND", "ARM")}),
    ("Algeria, Morocco's rival, bought Su-30 fighters from Russia.", {("Su-30", "RUS", "DZA")}),
    # A state blocking the sale of another maker's system is not its supplier.
    ("The US blocked the sale of Gripen jets to Colombia.", {("Gripen", "SWE", "COL")}),
    # A possessive buyer before a stalled deal receives.
    ("Switzerland's deal for Patriot batteries remains in limbo.", {("Patriot", "USA", "CHE")}),
    ("Peru's deal for K2 tanks is stalled.", {("K2", "KOR", "PER")}),
    # Talks on a sale with the maker unambiguous.
    ("Talks on the sale of Gripen jets to Thailand resumed.", {("Gripen", "SWE", "THA")}),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_parties(text: str, want: set[tuple[str, str, str]]) -> None:
    got = {(c[0], c[1], c[2]) for c in probe_claims(text)}
    assert got == want, got
