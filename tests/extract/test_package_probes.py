"""A package told without its systems, then listed: "The US approved a $6 billion arms package
for Taiwan. The package includes 114 Patriot missiles." The list names neither the receiver nor
the step; both continue from the package sentence (stage.package_approved: an approval of a
possible sale, a negotiation, CLAIMS.md rule 8; stage.package_pledged: a donor's aid package, a
pledge, an agreement, rule 9), whatever claim the article told in between.

Every text is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

PACKAGES = [
    (
        "The US approved a $6.4 billion arms package for Taiwan on Friday. The package "
        "includes 114 Patriot missiles and 60 Black Hawk helicopters.",
        {("Patriot", "USA", "TWN", "negotiation"), ("UH-60", "USA", "TWN", "negotiation")},
    ),
    (
        "The State Department cleared a $12 billion arms package for Poland. The package "
        "includes 96 AH-64E helicopters.",
        {("AH-64", "USA", "POL", "negotiation")},
    ),
    (
        "Germany announced a new military aid package for Ukraine. The package includes four "
        "IRIS-T launchers.",
        {("IRIS-T", "DEU", "UKR", "agreement")},
    ),
    # A background sale told between the package and its list does not lend its stage.
    (
        "Washington approved a $2 billion arms package for Taiwan. The last time the United "
        "States sold F-16 jets to Taiwan was in 1992. The package includes 40 Harpoon missiles.",
        {("F-16", "USA", "TWN", "agreement"), ("Harpoon", "USA", "TWN", "negotiation")},
    ),
]

# With no package told, a list of contents continues the article's last claim as before.
UNTOLD = [
    (
        "Norway signed a contract for NASAMS launchers with Kongsberg for Ukraine. The package "
        "also includes spare parts and training.",
        {("NASAMS", "NOR", "UKR", "agreement")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PACKAGES + UNTOLD)
def test_package_contents_take_the_package(text: str, expected: set[tuple[str, ...]]) -> None:
    assert {claim[:4] for claim in probe_claims(text)} == expected
