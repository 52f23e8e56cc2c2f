"""Probes (round 52).

- A count from another event that opens a step's clause ("said on Monday, two years after the
  batteries arrived") gives the step a date of its own, counted from that event: the report's
  date does not date it (timing._counted_from_another).
- A halt governs a step named before it even where another step's cue stands inside that step's
  noun phrase ("Deliveries of the 12 Rafale jets ordered by Indonesia have slipped to 2027"):
  one postponement, no delivery.
- What follows "citing" may be a motive, not a voice ("the report said, citing fears of US
  sanctions"): no source (attribution.reason_phrase).
"""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Deliveries of the 12 Rafale jets ordered by Indonesia have slipped to 2027, a "
        "ministry spokesman said.",
        {("Rafale", "FRA", "IDN", "postponed", "asserted")},
    ),
    (
        "Shipments of the K9 howitzers bought by Egypt have been delayed by a year.",
        {("K9", "KOR", "EGY", "postponed", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def test_a_step_counted_from_the_saying_takes_not_its_date() -> None:
    text = (
        "Belgrade will buy no more air defence systems for now, the president said on Monday, "
        "two years after the first FK-3 batteries arrived from China."
    )
    article = Article(doc="t", text=text, published="2024-06-15", title="Arms trade roundup")
    whens = {c.stage.value: c.when for c in extract(article)}
    assert whens.get("delivery", "missing") is None


def test_a_motive_after_citing_is_no_source() -> None:
    text = (
        "Cairo has dropped plans to acquire Su-35 jets, the newspaper said, citing fears of "
        "US sanctions."
    )
    article = Article(doc="t", text=text, published="2025-06-01", title="Arms trade roundup")
    assert [(c.stage.value, c.source) for c in extract(article)] == [("cancelled", None)]
