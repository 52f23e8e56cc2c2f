"""Probes (round 42): a step whose own clause gives it an object the gazetteer does not name
("signed a deal with Elbit for the Zorkan XR air defence system") is not the step of a system
told with a step of its own in a later clause ("..., and received TB2 drones from Turkey"); a
clause with no object of its own ("The deal, which officials said ..., would see Lima buy 42
Rafale jets") still speaks of the system after it. A relative clause's verb tells its antecedent's
transfer, not that of systems set beside it before a comma ("flies US-made F-16 jets, alongside
Su-30 fighters that Russia delivered"). What a purchase would do, told as a hypothesis ("a J-10
purchase would strain the budget", "a purchase of the J-10 could anger Washington"), is a
comment on a deal, no step; a notice's "the proposed sale of six helicopters will improve" is the
sale's own statement and stays a claim. A government that drops its opposition to a sale or will no
longer block it ("Berlin will no longer block the sale of Eurofighter jets") approves it: a
negotiation, not a cancellation. A system named only in a purpose to avoid ("so as not to
complicate the F-16 rollout") has no step, and "has yet to receive a reply" receives no system.
A commitment to give ("have committed to giving F-16 jets to Ukraine") is a donor's agreement.
Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims

Claim = tuple[str, str | None, str | None, str, str]

ENGLISH: list[tuple[str, set[Claim]]] = [
    # a deal with its own unnamed object: the drones of the next conjunct are not its items
    (
        "Kenya signed a deal with Elbit Systems for the Zorkan XR air defence system in 2019,"
        " and received its first Bayraktar TB2 drones from Turkey in 2022.",
        {("Bayraktar TB2", "TUR", "KEN", "delivery", "asserted")},
    ),
    (
        "Lima signed a $400 million contract with a Spanish yard for the Tamarugo patrol ships,"
        " and took delivery of two Super Tucano aircraft from Brazil.",
        {("A-29", "BRA", "PER", "delivery", "asserted")},
    ),
    # a deal with no object of its own still speaks of the system told after it
    (
        "The deal, which officials said could be worth $8 billion, would see Indonesia acquire"
        " 42 Rafale jets.",
        {
            ("Rafale", "FRA", "IDN", "agreement", "expected"),
            ("Rafale", "FRA", "IDN", "negotiation", "asserted"),
        },
    ),
    # a relative clause's verb is its antecedent's, not that of systems set beside it
    (
        "Chile flies US-made F-16 jets and French-built Rafale fighters, alongside Su-30 fighters"
        " that Russia delivered from 2017.",
        {("Su-30", "RUS", "CHL", "delivery", "asserted")},
    ),
    (
        "Peru's army operates Chinese-made trucks, alongside Mi-17 helicopters that Russia"
        " delivered in 2012.",
        {("Mi-17", "RUS", "PER", "delivery", "asserted")},
    ),
    # what a purchase would do is a comment, no step
    (
        "Analysts said a J-10 purchase would strain Jakarta's defence budget.",
        set(),
    ),
    (
        "A purchase of Rafale jets could anger Washington, diplomats in Lima said.",
        set(),
    ),
    # a government that drops its opposition to a sale, or will no longer block it, approves it
    (
        "Germany dropped its opposition to the sale of Leopard 2 tanks to Qatar.",
        {("Leopard 2", "DEU", "QAT", "negotiation", "asserted")},
    ),
    (
        "Berlin will no longer block the sale of Eurofighter jets to Riyadh, a spokesman said.",
        {("Eurofighter", "DEU", "SAU", "negotiation", "asserted")},
    ),
    # a system named only in a purpose to avoid has no step; a reply is no item received
    (
        "Norway has put off a decision on sending its NASAMS launchers so as not to complicate"
        " the F-16 rollout, officials said.",
        set(),
    ),
    (
        "Oslo put on hold its plans to transfer Leopard 2 tanks to Ukraine to avoid complicating"
        " the introduction of the F-16.",
        {("Leopard 2", "DEU", "UKR", "postponed", "asserted")},
    ),
    (
        "Kuwait asked Spain to sell its used Hornet jets, but has yet to receive a reply.",
        {("F/A-18", "ESP", "KWT", "negotiation", "asserted")},
    ),
    # a commitment to give systems is a donor's agreement (CLAIMS.md rule 9)
    (
        "Denmark and Norway have committed to giving F-16 jets to Ukraine, the leaders said.",
        {
            ("F-16", "DNK", "UKR", "agreement", "asserted"),
            ("F-16", "NOR", "UKR", "agreement", "asserted"),
        },
    ),
    # a sale notice's statement of what the sale will do stays the sale's own
    (
        "The proposed sale of the CH-47F helicopters to Spain will improve the country's heavy"
        " lift capability.",
        {("CH-47", "USA", "ESP", "negotiation", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected
