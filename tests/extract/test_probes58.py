"""Probes (round 58).

- A party that has not confirmed a step told as a noun ("Lima has not confirmed the order",
  "Oslo has neither confirmed nor denied launcher sales") only withholds its word: no claim,
  and another source's report of the step keeps its own factuality
  (stage.exclusion_unconfirmed).
- A place a firm or a speaker is based in ("a researcher at a Lima-based institute") is no
  party to the step and no option for the scorer (roles.voice_after).
"""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

CASES: list[tuple[str, set[Key]]] = [
    (
        "Peru has not confirmed the order for K2 tanks.",
        set(),
    ),
    (
        "Oslo has neither confirmed nor denied NASAMS sales to Kyiv.",
        set(),
    ),
    (
        "A Lima weekly reported that Peru had signed for K2 tanks from Seoul, but the ministry"
        " never confirmed the deal.",
        {("K2", "KOR", "PER", "agreement", "asserted")},
    ),
    (
        "Neither side has publicly confirmed the purchase of the Gripen jets by Colombia.",
        set(),
    ),
    (
        "Colombia has yet to confirm the acquisition of Gripen jets from Sweden.",
        set(),
    ),
    (
        "Cairo ordered Rafale jets from Paris in 2021. \"The K9 deal is only delayed,\" said an"
        " analyst at a Seoul-based institute.",
        {
            ("Rafale", "FRA", "EGY", "agreement", "asserted"),
            ("K9", "KOR", "EGY", "postponed", "asserted"),
        },
    ),
    (
        "Two London-based analysts said Egypt had received the K9 howitzers from Seoul.",
        {("K9", "KOR", "EGY", "delivery", "asserted")},
    ),
]

GUARDS: list[tuple[str, set[Key]]] = [
    (
        "Peru confirmed the order for K2 tanks from South Korea.",
        {("K2", "KOR", "PER", "agreement", "asserted")},
    ),
    (
        "The ministry declined to confirm that Peru had received the K2 tanks.",
        {("K2", "KOR", "PER", "delivery", "possible")},
    ),
    (
        "Peru has not signed the deal for K2 tanks from South Korea.",
        {("K2", "KOR", "PER", "agreement", "denied")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guard(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected
