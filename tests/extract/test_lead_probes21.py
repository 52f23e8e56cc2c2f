# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Probe sentences of our own for the constructions the lead fixed in session 21: a navy
commissioning another state's ship, the aircraft or ship that carried a cargo, a plan the same
sentence says came to nothing, a report rejected "as fake", a deal expected to be concluded, a
bidder's delivery speed weighed in a choice, and the number of a designation read as a year."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.conftest import ClaimTuple, probe_claims

MAKES: list[tuple[str, ClaimTuple]] = [
    # A ship or aircraft commissioned into another state's service has been delivered.
    (
        "The Indonesian Navy commissioned two Scorpene submarines built in France.",
        ("Scorpene", "FRA", "IDN", "delivery", "asserted"),
    ),
    (
        "Egypt's navy commissioned a second FREMM frigate from Italy last week.",
        ("FREMM", "ITA", "EGY", "delivery", "asserted"),
    ),
    (
        "The Philippine Navy commissioned its new Korean-built Jose Rizal-class frigate.",
        ("Jose Rizal", "KOR", "PHL", "delivery", "asserted"),
    ),
    # A deal or contract expected or due to be concluded: an agreement to come.
    (
        "The Rafale contract with India is expected to be concluded next month.",
        ("Rafale", "FRA", "IND", "agreement", "expected"),
    ),
    (
        "The K9 howitzer deal with Norway is due to be finalised in March.",
        ("K9", "KOR", "NOR", "agreement", "expected"),
    ),
    # A plan the sentence itself says never came about.
    (
        "The first K2 tanks were supposed to reach Poland by October, but that did not happen.",
        ("K2", "KOR", "POL", "delivery", "denied"),
    ),
    (
        "Deliveries of the S-400 to Turkey were to begin in 2019, but they did not.",
        ("S-400", "RUS", "TUR", "delivery", "denied"),
    ),
    # A report rejected as false: the denial, and the claim it denies.
    (
        "Moscow rejected as fake a report that Su-35 jets had arrived in Iran.",
        ("Su-35", "RUS", "IRN", "delivery", "denied"),
    ),
    (
        "Moscow rejected as fake a report that Su-35 jets had arrived in Iran.",
        ("Su-35", "RUS", "IRN", "delivery", "asserted"),
    ),
    (
        "Cairo dismissed as baseless claims that it had bought J-10 jets from China.",
        ("J-10", "CHN", "EGY", "agreement", "denied"),
    ),
    (
        "Russia on Thursday rejected a report that Su-35 jets had arrived in Algeria.",
        ("Su-35", "RUS", "DZA", "delivery", "denied"),
    ),
    # The antecedent of "which" or "who" is the buyer or the seller of its relative clause.
    (
        "Hungary, which ordered 44 Leopard 2 tanks from Germany, received the first in 2023.",
        ("Leopard 2", "DEU", "HUN", "agreement", "asserted"),
    ),
]

NOT_MADE: list[tuple[str, ClaimTuple]] = [
    # The aircraft that flew the cargo in is no transfer of its own.
    (
        "Serbia received FK-3 launchers from China, flown in aboard Y-20 transport aircraft.",
        ("Y-20", "CHN", "SRB", "delivery", "asserted"),
    ),
    (
        "The howitzers were airlifted by a chartered An-124 from Ukraine to Peru.",
        ("An-124", "UKR", "PER", "delivery", "asserted"),
    ),
    # A navy commissioning a ship of its own yards receives nothing from abroad.
    (
        "The Chinese navy commissioned its fourth Type 055 destroyer.",
        ("Type 055", "CHN", None, "delivery", "asserted"),
    ),
    # How fast a rival could deliver is a quality of its offer.
    (
        "Lima chose the Korean K9 over the German PzH 2000 because of its faster delivery schedule.",
        ("PzH 2000", "DEU", "PER", "delivery", "asserted"),
    ),
    # A plan that came to nothing is no plan still standing.
    (
        "The first K2 tanks were supposed to reach Poland by October, but that did not happen.",
        ("K2", "KOR", "POL", "delivery", "expected"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), MAKES)
def test_sentence_makes_the_claim(text: str, claim: ClaimTuple) -> None:
    assert claim in probe_claims(text)


@pytest.mark.parametrize(("text", "claim"), NOT_MADE)
def test_sentence_does_not_make_the_claim(text: str, claim: ClaimTuple) -> None:
    assert claim not in probe_claims(text)


def test_the_number_of_a_designation_is_no_year() -> None:
    article = Article(
        doc="t",
        text="Romania considered buying the German PzH 2000 howitzer before it chose the K9.",
        published="2024-07-09",
        title="Arms trade roundup",
    )
    whens = {c.system: c.when for c in extract(article)}
    assert "PzH 2000" in whens
    assert whens["PzH 2000"] is None
