# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""A halt told in the past perfect right after its step ("The deal had been cancelled") is
asserted: the words before the halted step are cut when a modal is looked for
(``cues.CUT_FILL``), and what is left does not open the clause, so "had been" is no inverted
condition ("Had Russia delivered ..."), which stays possible.

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

PROBES = [
    (
        "Iraq ordered Mi-28 helicopters from Russia in 2012. The deal had been cancelled by 2014.",
        "Mi-28|RUS|IRQ|cancelled|asserted;!Mi-28|RUS|IRQ|cancelled|possible",
    ),
    (
        "Russia agreed in 2018 to sell S-400 systems to India. The contract had been suspended by 2023.",
        "S-400|RUS|IND|postponed|asserted;!S-400|RUS|IND|postponed|possible",
    ),
    (
        "Peru ordered K2 tanks from South Korea. A minister said the order had been put on hold.",
        "K2|KOR|PER|postponed|asserted;!K2|KOR|PER|postponed|possible",
    ),
    (
        "Had Russia delivered the S-400 to India, the talks would have ended.",
        "S-400|RUS|IND|delivery|possible;!S-400|RUS|IND|delivery|asserted",
    ),
    (
        "Should Russia deliver the S-400 to India, sanctions would follow.",
        "S-400|RUS|IND|delivery|possible",
    ),
]


@pytest.mark.parametrize(("text", "spec"), PROBES)
def test_halt_probe(text: str, spec: str) -> None:
    _check(text, spec)
