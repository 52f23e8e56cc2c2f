"""Probes (round 40): a step said to be imminent, close or on track is planned; a batch told as
due in an absolute "with" phrase after the deal ("with the first four due in 2026") is a
scheduled delivery; the number in a background system's name ("to replace its PzH 2000 fleet")
is no year. Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more, or the (system, stage, when) of the steps it dates."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims
from tests.extract.test_probes37 import english_whens

Claim = tuple[str, str | None, str | None, str, str]

ENGLISH: list[tuple[str, set[Claim]]] = [
    # a deal said to be close, imminent or on track is not signed yet: a plan
    (
        "A deal for Indonesia's Su-35 jets is close, Russian officials say.",
        {("Su-35", "RUS", "IDN", "agreement", "expected")},
    ),
    (
        "The Rafale deal with Serbia is on track, Dassault says.",
        {("Rafale", "FRA", "SRB", "agreement", "expected")},
    ),
    (
        "Delivery of the first K2 tanks to Poland is imminent.",
        {("K2", "KOR", "POL", "delivery", "expected")},
    ),
    # a batch due in an absolute "with" phrase after the order is a scheduled delivery
    (
        "Chile ordered 12 F-16 jets from the US in May, with the first four due in 2026.",
        {
            ("F-16", "USA", "CHL", "agreement", "asserted"),
            ("F-16", "USA", "CHL", "delivery", "expected"),
        },
    ),
    (
        "Peru signed for 18 Gripen jets from Sweden, with the first due for delivery in 2027.",
        {
            ("Gripen", "SWE", "PER", "agreement", "asserted"),
            ("Gripen", "SWE", "PER", "delivery", "expected"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


WHENS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # the number in a background system's name is no year
    (
        "Norway ordered K9 howitzers from South Korea to replace its PzH 2000 fleet.",
        {("K9", "agreement", None)},
    ),
    (
        "Chile ordered 12 F-16 jets from the US in May, with the first four due in 2026.",
        {("F-16", "agreement", "2024-05"), ("F-16", "delivery", "2026")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHENS, ids=[t[:50] for t, _ in WHENS])
def test_english_when(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= english_whens(text)
