# ruff: noqa: E501
"""Probes (round 39): a full stop the sentence splitter kept ("the U.S. F-35 programme") ends no
clause, so a date after it stays with its step; "the same month" after a comma, with a subject of
its own, dates the step told after it, not the one before the comma; a system that reaches the end
of its service life has been delivered nowhere. Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more, or the (system, stage, when) of the steps it dates."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims
from tests.extract.test_probes37 import english_whens

Claim = tuple[str, str | None, str | None, str, str]

ENGLISH: list[tuple[str, set[Claim]]] = [
    # reaching the end of a service life is no arrival
    (
        "Peru bought 12 Mi-35 helicopters from Russia in 2010. The helicopters will reach the end of their service life in 2030.",
        {("Mi-24", "RUS", "PER", "agreement", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


WHENS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # "the same month" after a comma opens the clause of the step after it
    (
        "Chile cancelled its order for Leopard 2 tanks in March 2019, the same month it received the first K9 howitzers from South Korea.",
        {("Leopard 2", "cancelled", "2019-03"), ("K9", "delivery", "2019-03")},
    ),
    (
        "Egypt signed for Rafale jets in 2015, the same year the first FREMM frigate arrived from France.",
        {("Rafale", "agreement", "2015"), ("FREMM", "delivery", "2015")},
    ),
    # the splitter's abbreviation ends no clause: the date after it is the step's
    (
        "Ankara was removed from the U.S. F-35 programme in 2019 after buying S-400 systems.",
        {("F-35", "cancelled", "2019"), ("S-400", "agreement", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHENS, ids=[t[:50] for t, _ in WHENS])
def test_english_when(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    # the dates of these steps (the pairing of the cue after the comma is not asked here)
    assert expected <= english_whens(text)
