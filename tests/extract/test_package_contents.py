"""A package's contents take the stage of the step the article told before (stage.package_contents).

Sentences written here; a key is "system|supplier|recipient|stage|factuality".
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_keys

CASES = [
    # An approval of a possible sale stays a negotiation for what the package includes.
    (
        "The United States approved the possible sale of 20 F-16 jets to Taiwan on Friday. "
        "The package also includes Harpoon missiles.",
        "Harpoon|USA|TWN|negotiation|asserted",
    ),
    # A pledge stays an agreement (CLAIMS.md rule 9).
    (
        "Germany pledged to send two IRIS-T launchers to Ukraine. "
        "The package also includes 40 Marder vehicles.",
        "Marder|DEU|UKR|agreement|asserted",
    ),
    # A signed contract's package is part of the agreement.
    (
        "Egypt signed a deal with France for 30 Rafale jets. The package includes MICA missiles.",
        "MICA|FRA|EGY|agreement|asserted",
    ),
    # With no step told before, the package is an agreement.
    (
        "The package includes 60 Black Hawk helicopters for Taiwan.",
        "UH-60|USA|TWN|agreement|asserted",
    ),
]


@pytest.mark.parametrize(("text", "key"), CASES)
def test_package_contents_take_the_earlier_stage(text: str, key: str) -> None:
    assert key in claim_keys(text)


def test_a_package_announced_names_no_contents() -> None:
    keys = claim_keys(
        "Norway sent two NASAMS launchers to Ukraine. The package was announced in May."
    )
    assert keys == {"NASAMS|NOR|UKR|delivery|asserted"}
