"""Probes (round 44): a clause that keeps only a new party and a time of the step before, its
verb and object left out ("Finland ordered the howitzers in 2017, and Estonia in 2018"), tells
the same step for that party, in the role of the nearest party of the step before it. A pronoun
as the object of a step ("Chile has also bought it") stands for the system in focus, as a count
does. A speaker named with a relative clause ("Poland, which sold K2 tanks to Ukraine, said")
is the name alone: the relative clause tells a step of its own. A deal's other side is no seller
where a maker of a system several states make speaks of it ("BAE is in talks with Saudi Arabia
over the Typhoon"). Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_probes34 import Claim, english_claims

ENGLISH: list[tuple[str, set[Claim]]] = [
    # a gapped clause: a new buyer, a time, no verb
    (
        "Finland ordered the K9 howitzer in 2017, and Estonia in 2018.",
        {
            ("K9", "KOR", "FIN", "agreement", "asserted"),
            ("K9", "KOR", "EST", "agreement", "asserted"),
        },
    ),
    (
        "Russia delivered S-400 systems to China in 2018 and India in 2021.",
        {
            ("S-400", "RUS", "CHN", "delivery", "asserted"),
            ("S-400", "RUS", "IND", "delivery", "asserted"),
        },
    ),
    # a later clause with a verb of its own is no gapped one
    (
        "Finland ordered the K9 howitzer in 2017, and Estonia said in 2018 that it had no"
        " money for guns.",
        {("K9", "KOR", "FIN", "agreement", "asserted")},
    ),
    # a pronoun as the step's object
    (
        "China sold the Wing Loong II drone to Egypt. Nigeria has also bought it.",
        {
            ("Wing Loong II", "CHN", "EGY", "agreement", "asserted"),
            ("Wing Loong II", "CHN", "NGA", "agreement", "asserted"),
        },
    ),
    (
        "Hanwha sold the K9 howitzer to Poland. Egypt ordered them in 2022.",
        {
            ("K9", "KOR", "POL", "agreement", "asserted"),
            ("K9", "KOR", "EGY", "agreement", "asserted"),
        },
    ),
    # a speaker's relative clause tells its own step
    (
        "Poland, which sold K2 tanks to Ukraine in May, said it would send more.",
        {
            ("K2", "POL", "UKR", "agreement", "asserted"),
            ("K2", "POL", "UKR", "delivery", "expected"),
        },
    ),
    (
        "Belgium, which pledged 30 F-16 jets to Ukraine, said its deliveries would be delayed.",
        {
            ("F-16", "BEL", "UKR", "agreement", "asserted"),
            ("F-16", "BEL", "UKR", "postponed", "asserted"),
        },
    ),
]


def test_a_relative_clause_is_no_part_of_the_speakers_name() -> None:
    text = "Poland, which sold K2 tanks to Ukraine in May, said it would send more."
    claims = extract(Article(doc="t", text="News\n\n" + text, published="2024-05-15"))
    assert claims
    assert {c.source for c in claims} == {"Poland"}


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected
