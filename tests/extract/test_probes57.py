"""Probes (round 57).

- A list whose items each name their own source ("42 Rafale fighters from France and two A400M
  transports from Spain") keeps each item's source where the scorer would take an earlier
  item's for all (scorer._named_seller_kept, roles.own_from).
- A promise closing a sentence ("..., the chancellor promised.") names its speaker; "promised
  to send" and "pledged 30 jets" stay the step itself (attribution.say).
"""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Indonesia signed contracts for 42 Rafale fighters from France and two A400M transports"
        " from Spain.",
        {
            ("Rafale", "FRA", "IDN", "agreement", "asserted"),
            ("A400M", "ESP", "IDN", "agreement", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def _sources(text: str) -> set[str | None]:
    return {c.source for c in extract(Article(doc="t", text=text, published="2024-06-15"))}


def test_a_closing_promise_names_its_speaker() -> None:
    text = (
        "Norway will send two more NASAMS launchers to Ukraine by May, the prime minister promised."
    )
    assert _sources(text) == {"the prime minister"}


def test_a_promise_to_send_is_no_speaker() -> None:
    assert _sources("Norway promised to send two NASAMS launchers to Ukraine.") == {None}
