# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Probes for hedges and conditions inside long English news sentences (CLAIMS.md 'Factuality',
rule 11): a deal whose own verb, past an aside between commas, is a conditional modal ('the deal,
which officials said could be worth ..., would see Lima acquire ...') is not yet in force, while a
signed deal that 'will see' or 'saw' stays asserted; a step a party has not confirmed or
acknowledged is unconfirmed (possible), not denied and not asserted.

Every sentence is our own, written for these probes (never taken from news or ../shared). A probe
lists the claims it must give as (system, stage, factuality); a key after ``!`` must not be given."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

# An agreement noun whose verb is 'would/could/might see, include, allow, make ...' (factuality.deal_prospect).
DEAL_PROSPECTS = [
    (
        "The deal, which officials said could be worth $8 billion, would see Indonesia acquire 42 Rafale jets.",
        "Rafale|agreement|expected; !Rafale|agreement|asserted",
    ),
    (
        "The agreement, first reported by a Greek daily, would see Athens buy 20 F-35 fighters from Washington.",
        "F-35|agreement|expected; !F-35|agreement|asserted",
    ),
    (
        "The contract, worth some $2 billion according to people familiar with the talks, would see Poland receive 96 AH-64 helicopters.",
        "AH-64|agreement|expected; !AH-64|agreement|asserted",
    ),
    (
        "A deal for the Su-35, which Moscow has pitched for years, could see Algeria acquire 14 of the jets.",
        "Su-35|agreement|possible; !Su-35|agreement|asserted",
    ),
    (
        "The purchase, if approved by parliament, would see Switzerland receive 36 F-35 jets from the United States.",
        "F-35|agreement|possible; !F-35|agreement|asserted",
    ),
    (
        "Such a deal would see Vietnam buy Su-30 fighters from Russia.",
        "Su-30|agreement|expected; !Su-30|agreement|asserted",
    ),
    (
        "The deal would make Greece the first buyer of the Rafale in Europe.",
        "Rafale|agreement|expected; !Rafale|agreement|asserted",
    ),
    (
        "The deal, Serbian officials said, could see Belgrade buy 12 Rafale fighters from Paris.",
        "Rafale|agreement|possible; !Rafale|agreement|asserted",
    ),
    (
        "The order, if finalised, might see Brazil acquire Gripen jets from Sweden.",
        "Gripen|agreement|possible; !Gripen|agreement|asserted",
    ),
    # A signed deal's future or past effects leave it asserted.
    (
        "The deal, signed in May, will see India receive the S-400 systems from Russia by 2025.",
        "S-400|agreement|asserted; S-400|delivery|expected",
    ),
    (
        "The contract, signed last year, saw Egypt receive 24 Rafale jets from France.",
        "Rafale|agreement|asserted; Rafale|delivery|asserted",
    ),
    (
        "The agreement, which Ankara signed in 2017, saw Turkey take delivery of the S-400 in 2019.",
        "S-400|agreement|asserted; S-400|delivery|asserted",
    ),
    (
        "The deal, worth $1.5 billion, saw Morocco buy Patriot missiles from the United States.",
        "Patriot|agreement|asserted",
    ),
]

# A step not confirmed or acknowledged by a party. Told as a noun ("has not confirmed the
# purchase"), the party only withholds its word: no claim (stage.exclusion_unconfirmed; the gold
# of the sets written for session 58 leaves all five such sentences without one). Told as a
# clause ("has not confirmed that it bought"), the step is left open: possible.
UNCONFIRMED = [
    (
        "While Egypt has not officially confirmed the purchase, satellite images appear to show J-10C fighters at a base.",
        "!J-10|agreement|possible; !J-10|agreement|asserted",
    ),
    (
        "Iran has not confirmed the purchase of Su-35 jets from Russia.",
        "!Su-35|agreement|possible; !Su-35|agreement|asserted",
    ),
    (
        "Although Algeria has never publicly acknowledged the deal, it is thought to have ordered Su-57 fighters from Russia.",
        "Su-57|agreement|possible; !Su-57|agreement|denied",
    ),
    (
        "Belgrade has not officially confirmed the acquisition of FK-3 air defence systems from China.",
        "!HQ-22|agreement|possible; !HQ-22|agreement|asserted",
    ),
    (
        "Neither Moscow nor Tehran has confirmed the delivery of Su-35 jets.",
        "!Su-35|delivery|possible; !Su-35|delivery|asserted",
    ),
    (
        "Indonesia has yet to confirm the order for J-10 fighters from China.",
        "!J-10|agreement|possible; !J-10|agreement|denied",
    ),
    (
        "Egypt has not confirmed that it bought Su-35 jets from Russia.",
        "Su-35|agreement|possible; !Su-35|agreement|asserted",
    ),
    (
        "Though Riyadh never confirmed the contract, Chinese Wing Loong drones were later seen at a Saudi base.",
        "!Wing Loong|agreement|possible; !Wing Loong|agreement|asserted",
    ),
    (
        "Egypt did not confirm the delivery of Rafale jets, a spokesman said.",
        "!Rafale|delivery|possible; !Rafale|delivery|denied",
    ),
    (
        "Pakistan has not officially confirmed receiving J-10C fighters from China, but images show them at a base.",
        "J-10|delivery|possible; !J-10|delivery|asserted",
    ),
    (
        "While Kyiv did not confirm the arrival of the ATACMS missiles, officials in Washington said they had been shipped.",
        "ATACMS|delivery|asserted; !ATACMS|delivery|possible; !ATACMS|delivery|denied",
    ),
    (
        "Qatar confirmed the purchase of 24 Rafale jets from France.",
        "Rafale|agreement|asserted; !Rafale|agreement|possible",
    ),
]

BATTERIES = DEAL_PROSPECTS + UNCONFIRMED


@pytest.mark.parametrize(("text", "spec"), BATTERIES)
def test_hedge_probe(text: str, spec: str) -> None:
    _check(text, spec)
