# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""A third battery of stage probes, for the English kinds that gave unseen articles claims of
the wrong stage or none: one sentence that names an agreement and its schedule or purpose ('a
contract to supply', 'ordered ... for delivery in 2027', 'to be handed over in 2024') is one
agreement claim, not also a delivery (CLAIMS.md 'Stages'); a deal, contract or order that
includes, covers or comprises systems is that agreement; telegraphic headline verbs; starting,
continuing or resuming building is production; and a step's missing date ('no delivery date
has been announced') is no denied or done step.

Every sentence is our own, written for these probes (never taken from news or ../shared).
A probe the extractor still gets wrong is a strict xfail in KNOWN_MISSES with the reason, so
that fixing it fails the test until the entry goes."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses
from tests.extract.test_stage_probes2 import Key, k

# One agreement and nothing else: the tail names what was agreed or when it is due.
ONE_AGREEMENT = [
    (
        "Poland signed a contract with South Korea for delivering 48 K9 howitzers.",
        k("K9", "KOR", "POL", "agreement"),
    ),
    (
        "Brazil ordered 36 Gripen jets from Sweden for delivery between 2019 and 2027.",
        k("Gripen", "SWE", "BRA", "agreement"),
    ),
    (
        "Hungary signed a $500 million deal with Brazil for two C-390 airlifters to be handed over in 2024.",
        k("C-390", "BRA", "HUN", "agreement"),
    ),
    (
        "Norway concluded a contract with Germany covering the supply of four Type 212CD submarines.",
        k("Type 212", "DEU", "NOR", "agreement"),
    ),
    (
        "Kongsberg won a $1 billion order to deliver NASAMS batteries to Lithuania.",
        k("NASAMS", "NOR", "LTU", "agreement"),
    ),
    (
        "Rheinmetall received a contract to supply 218 Lynx vehicles to Hungary.",
        k("Lynx KF41", "DEU", "HUN", "agreement"),
    ),
    (
        "South Korea signed an export deal with Malaysia to send 18 FA-50 jets to the country.",
        k("FA-50", "KOR", "MYS", "agreement"),
    ),
    (
        "The deal for 12 Rafale jets was reportedly reached during Macron's visit to Belgrade.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "Egypt bought four MEKO A-200 frigates from Germany for delivery by 2024.",
        k("MEKO A-200", "DEU", "EGY", "agreement"),
    ),
    (
        "Croatia signed an agreement with France worth 999 million euros to acquire 12 Rafale jets.",
        k("Rafale", "FRA", "HRV", "agreement"),
    ),
    (
        "Australia placed an order with Hanwha for 30 K9 howitzers to be delivered from 2025.",
        k("K9", "KOR", "AUS", "agreement"),
    ),
    (
        "Greece and France signed a contract for the supply of three FDI frigates.",
        k("FDI", "FRA", "GRC", "agreement"),
    ),
    (
        "The contract also covers 180 K2 tanks for Poland from South Korea.",
        k("K2", "KOR", "POL", "agreement"),
    ),
    (
        "The $3 billion order, signed by Morocco, comprises 24 AH-64 helicopters from the United States.",
        k("AH-64", "USA", "MAR", "agreement"),
    ),
    (
        "This contract includes the supply of 129 Redback vehicles by South Korea to Australia.",
        k("Redback", "KOR", "AUS", "agreement"),
    ),
]

# Telegraphic headline verbs (the text's first line as the title makes it a headline).
HEADLINES = [
    (
        "Philippines inks deal for BrahMos missiles with India",
        k("BrahMos", "IND", "PHL", "agreement"),
    ),
    ("Saab clinches Gripen deal with Thailand", k("Gripen", "SWE", "THA", "agreement")),
    ("Egypt seals Rafale deal with France", k("Rafale", "FRA", "EGY", "agreement")),
    ("Vietnam eyes BrahMos missiles from India", k("BrahMos", "IND", "VNM", "negotiation")),
    ("Argentina mulls JF-17 fighters from Pakistan", k("JF-17", "PAK", "ARG", "negotiation")),
    ("Saudi Arabia weighs S-400 purchase from Russia", k("S-400", "RUS", "SAU", "negotiation")),
    ("Indonesia nears deal for Rafale fighters", k("Rafale", "FRA", "IDN", "negotiation")),
    ("US okays $1bn AH-64 sale to Poland", k("AH-64", "USA", "POL", "negotiation")),
    (
        "Germany greenlights Eurofighter sale to Saudi Arabia",
        k("Eurofighter", "DEU", "SAU", "negotiation"),
    ),
    (
        "Berlin green-lights Leopard 2 exports to Poland",
        k("Leopard 2", "DEU", "POL", "negotiation"),
    ),
    ("State Department clears F-16 sale to Turkey", k("F-16", "USA", "TUR", "negotiation")),
    ("Hanwha bags $3bn order for K9 howitzers from Poland", k("K9", "KOR", "POL", "agreement")),
]

PRODUCTION = [
    (
        "In 2019, South Korea started building three Type 209 submarines for Indonesia.",
        k("Type 209", "KOR", "IDN", "production"),
    ),
    (
        "Hanwha began building the first K9 howitzers ordered by Australia.",
        k("K9", "KOR", "AUS", "production"),
    ),
    (
        "The Kazan plant continues the production of 12 more Mi-17 helicopters for Afghanistan.",
        k("Mi-17", "RUS", "AFG", "production"),
    ),
    (
        "Naval Group resumed construction of the Scorpene submarines for Brazil.",
        k("Scorpene", "FRA", "BRA", "production"),
    ),
    (
        "Fincantieri has commenced manufacturing the FREMM frigates for Indonesia.",
        k("FREMM", "ITA", "IDN", "production"),
    ),
]

# The step is still told where the text says it: a denial, a delay, a gift.
STILL_TOLD = [
    (
        "No deliveries of the K2 tanks from South Korea to Poland have taken place yet.",
        k("K2", "KOR", "POL", "delivery", "denied"),
    ),
    (
        "The delivery date of the Su-35 jets from Russia to Iran was pushed back to 2026.",
        k("Su-35", "RUS", "IRN", "postponed"),
    ),
    ("Germany has given 18 Leopard 2 tanks to Ukraine.", k("Leopard 2", "DEU", "UKR", "delivery")),
]

# A US sale agency's announcement is the notified sale, before any contract (CLAIMS.md rule 8).
NOTIFIED = [
    (
        "The Defense Security Cooperation Agency announced the sale of 12 AH-1Z helicopters to Nigeria on Thursday.",
        k("AH-1", "USA", "NGA", "negotiation"),
    ),
    (
        "The DSCA notified Congress of the possible sale of 32 F-35 jets to Poland.",
        k("F-35", "USA", "POL", "negotiation"),
    ),
    (
        "The State Department announced a $2.4 billion sale of HIMARS launchers to Taiwan.",
        k("HIMARS", "USA", "TWN", "negotiation"),
    ),
    (
        "The State Department on Friday announced a $2.4 billion sale of HIMARS launchers to Taiwan.",
        k("HIMARS", "USA", "TWN", "negotiation"),
    ),
]

FIRE = HEADLINES + PRODUCTION + STILL_TOLD + NOTIFIED

# A missing date, an edge or leverage: no claim at all.
QUIET = [
    "No delivery date has been announced for the K2 tanks from South Korea to Poland.",
    "The army did not announce a new date for the delivery of the F-35 jets from the United States to Israel.",
    "There is still no date for the handover of the Rafale jets from France to Croatia.",
    "No date has been set for the delivery of the F-16s from the Netherlands to Ukraine.",
    "Officials gave no timeline for the delivery of the Leopard 2 tanks from Germany to Ukraine.",
]

# Not a delivery: the sentence names the deal, and what it gives is no arms.
NO_DELIVERY = [
    "The F-35 deal has given Washington more leverage over Ankara.",
    "The two sides began building trust after the K2 tank deal between Poland and South Korea.",
]

# A ranking of the deal compares the step the sentence names; it adds no agreement.
ONE_STEP = [
    (
        "The US approved a possible $8 billion sale of F-16 jets to Taiwan, one of the biggest arms deals between the two.",
        k("F-16", "USA", "TWN", "negotiation"),
    ),
    (
        "Germany cleared the sale of 48 Eurofighter jets to Saudi Arabia, among the largest arms sales in its history.",
        k("Eurofighter", "DEU", "SAU", "negotiation"),
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "The State Department on Friday announced a $2.4 billion sale of HIMARS launchers to Taiwan.": "a time between the agency and 'announced' leaves the announcement to the sale words (agreement)",
}


def test_battery_is_read() -> None:
    assert len(ONE_AGREEMENT) >= 12 and len(FIRE) >= 20 and len(QUIET) >= 5
    assert set(KNOWN_MISSES) <= {s for s, _ in FIRE + ONE_AGREEMENT + ONE_STEP} | set(QUIET) | set(
        NO_DELIVERY
    )


@pytest.mark.parametrize(("sentence", "expected"), with_known_misses(ONE_AGREEMENT, KNOWN_MISSES))
def test_one_agreement_claim(sentence: str, expected: Key) -> None:
    assert probe_claims(sentence) == {expected}


@pytest.mark.parametrize(("sentence", "expected"), with_known_misses(ONE_STEP, KNOWN_MISSES))
def test_ranking_adds_no_step(sentence: str, expected: Key) -> None:
    assert probe_claims(sentence) == {expected}


@pytest.mark.parametrize(("sentence", "expected"), with_known_misses(FIRE, KNOWN_MISSES))
def test_probe_gives_its_claim(sentence: str, expected: Key) -> None:
    title = sentence if sentence in {s for s, _ in HEADLINES} else "Arms trade roundup"
    assert expected in probe_claims(sentence, title=title)


@pytest.mark.parametrize(
    ("sentence", "expected"), with_known_misses([(s, None) for s in QUIET], KNOWN_MISSES)
)
def test_probe_stays_quiet(sentence: str, expected: None) -> None:
    assert probe_claims(sentence) == set()


@pytest.mark.parametrize("sentence", NO_DELIVERY)
def test_no_delivery_claim(sentence: str) -> None:
    assert not {c for c in probe_claims(sentence) if c[3] == "delivery"}
