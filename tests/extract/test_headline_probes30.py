"""Headlines that tell two steps, and deals not yet found.

- A headline joins its clauses with a bare comma where body text would use "and" or a full
  stop: a comma with a step and a system on each side opens a clause (text.headline_comma),
  a list stays in its clause, and a cue the rules paired with its own clause's system is no
  step of the other clause's system ("Turkey takes delivery of S-400 while F-35 deal
  collapses").
- Hoping for, seeking or eyeing more deals tells of no step of the system named
  (stage.exclusion_more_deals).
- A deal noun told as expected is a scheduled agreement, not an intention to buy
  (roles.buy_verb: "order expected in 2025").

Every headline is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

HEADLINES = [
    (
        "French Rafale jets land in Greece, Swedish Gripen deal expected next year",
        "Rafale|delivery|asserted;Gripen|agreement|expected;"
        "!Gripen|delivery|asserted;!Rafale|agreement|expected",
    ),
    (
        "Morocco orders Caesar howitzers, Apache deliveries complete",
        "Caesar|agreement|asserted;AH-64|delivery|asserted;"
        "!AH-64|agreement|asserted;!Caesar|delivery|asserted",
    ),
    (
        "India inks Rafale-M deal, Scorpene talks stall",
        "Rafale|agreement|asserted;Scorpene|postponed|asserted;!Scorpene|agreement|asserted",
    ),
    (
        "Turkey takes delivery of S-400 while F-35 deal collapses",
        "S-400|delivery|asserted;F-35|cancelled|asserted;!S-400|cancelled|asserted",
    ),
    (
        "Indonesia cancels Su-35 order, buys Rafale instead",
        "Su-35|cancelled|asserted;Rafale|agreement|asserted;!Rafale|cancelled|asserted",
    ),
    (
        "Peru buys K2 tanks, Chile orders Leopard 2s and Ecuador gets Gripens",
        "K2|KOR|PER|agreement|asserted;Leopard 2|DEU|CHL|agreement|asserted;!K2|agreement|expected",
    ),
    # A list of systems keeps its verb.
    (
        "Poland orders K2 tanks, K9 howitzers and FA-50 jets from Korea",
        "K2|agreement|asserted;K9|agreement|asserted;FA-50|agreement|asserted",
    ),
    (
        "Egypt receives first K9 howitzers as Korea eyes more African deals",
        "K9|KOR|EGY|delivery|asserted;!K9|agreement|asserted;!K9|negotiation|asserted",
    ),
    (
        "Kazakhstan picks Su-30SM over Rafale, order expected in 2025",
        "Su-30|RUS|KAZ|negotiation|asserted;Su-30|RUS|KAZ|agreement|expected",
    ),
]

BODY = [
    (
        "Hanwha hopes for further export orders of K9 howitzers in the Gulf after Egypt"
        " received its first batch.",
        "K9|KOR|EGY|delivery|asserted;!K9|agreement|asserted",
    ),
    # a deal noun with its buyer or contents keeps its cue
    (
        "Hanwha seeks new contracts for K9 howitzers with Egypt.",
        "K9|KOR|EGY|negotiation|asserted",
    ),
    (
        "The purchase of 12 Rafale jets by Serbia is expected to be signed in May.",
        "Rafale|FRA|SRB|agreement|expected",
    ),
]


@pytest.mark.parametrize(("text", "spec"), HEADLINES)
def test_headline(text: str, spec: str) -> None:
    _check(text, spec, headline=True)


@pytest.mark.parametrize(("text", "spec"), BODY)
def test_body(text: str, spec: str) -> None:
    _check(text, spec)


# Schedules and references to more than one system: systems "expected" at a time are a
# scheduled delivery (stage.expected_when), "due to begin" is a schedule, not a cause
# (text.clause_break), and "both systems" takes up each system the sentence before ordered
# (nouns.both_of).
SCHEDULES = [
    (
        "Belgium has promised 30 F-16 jets to Ukraine. The Belgian jets are now expected in 2026.",
        "F-16|BEL|UKR|agreement|asserted;F-16|BEL|UKR|delivery|expected",
    ),
    (
        "Morocco is buying F-16 fighters from the United States, with deliveries due to begin"
        " next year.",
        "F-16|USA|MAR|delivery|expected;!F-16|USA|MAR|delivery|asserted",
    ),
    (
        "Romania has ordered 54 K9 howitzers and 36 K10 resupply vehicles from South Korea."
        " Deliveries of both systems are scheduled to begin in 2026.",
        "K9|KOR|ROU|delivery|expected;K10|KOR|ROU|delivery|expected",
    ),
    ("An agreement for the jets is expected next month.", "!F-16|delivery|expected"),
]


@pytest.mark.parametrize(("text", "spec"), SCHEDULES)
def test_schedule(text: str, spec: str) -> None:
    _check(text, spec)
