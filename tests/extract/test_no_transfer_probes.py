"""Probe sentences for systems named where no transfer of them is reported (issue 10, English
precision): a state's own forces deployed abroad, upkeep of a fleet the buyer already has, the
older fleet a purchase supplements, and a system named in a sentence whose stage cue belongs to
another system (CLAIMS.md rules 1, 7 and 10). Each sentence must make no claim of the system it
names in passing, and the transfer it does report must stay.

Every sentence is our own, written for these probes (never taken from news or ../shared). The
article is given a title of its own so the sentence is read as body text, not as a headline."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]


def k(system: str, supplier: str | None, recipient: str, stage: str, fact: str = "asserted") -> Key:
    return (system, supplier, recipient, stage, fact)


# A state's own aircraft, ships or batteries sent abroad for a purpose that is no handover.
DEPLOYMENTS = [
    "Two B-52 bombers landed in Qatar on Sunday as a show of force against Iran.",
    "American F-35s were sent to the United Arab Emirates as a show of force.",
    "Two Tu-160 bombers landed in South Africa on a friendly visit.",
    "French Rafale jets landed in India for the Aero India air show.",
    "US F-16s arrived in Slovakia to police its airspace while its MiG-29s are grounded.",
    "Italian F-35s landed in Estonia to patrol Baltic airspace.",
    "A British Astute submarine arrived in Gibraltar for a routine port visit.",
    "Two Russian Tu-95 bombers flew to Venezuela on a training mission.",
    "Two Russian warships arrived in Havana on a goodwill visit.",
    "A Chinese Type 055 destroyer arrived in Jeddah for a port call.",
    "US F-16s from a squadron in Germany landed in Israel for an exercise on Monday.",
    "British Typhoons arrived in Romania for air policing.",
    "Chinese J-10 fighters flew to Thailand for the Falcon Strike exercise.",
    "Indian Su-30 jets landed in Egypt for a joint exercise with the Egyptian air force.",
]


@pytest.mark.parametrize("text", DEPLOYMENTS)
def test_deployment_is_no_delivery(text: str) -> None:
    assert probe_claims(text) == set()


# Arrivals that are deliveries: the purposes above must not swallow them.
ARRIVALS = [
    (
        "The first Patriot battery arrived in Ukraine to protect Kyiv.",
        k("Patriot", "USA", "UKR", "delivery"),
    ),
    (
        "The last two Su-30 fighters arrived in Belarus on a cargo flight from Irkutsk.",
        k("Su-30", "RUS", "BLR", "delivery"),
    ),
    ("The K2 tanks arrived in Poland by ship on Tuesday.", k("K2", "KOR", "POL", "delivery")),
    (
        "The Gripen jets landed in Hungary, where they will serve with the air force.",
        k("Gripen", "SWE", "HUN", "delivery"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), ARRIVALS)
def test_arrival_stays_a_delivery(text: str, claim: Key) -> None:
    assert claim in probe_claims(text)


# Upkeep, parts, training or support for a fleet the buyer has: no transfer of the system.
UPKEEP = [
    "Poland signed a contract for the modernisation of its MiG-29 fleet.",
    "A maintenance contract for the Indian Navy's MiG-29K fighters was signed in Moscow.",
    "The deal includes spare parts and training for the Caesar howitzers already in service.",
    "The contract covers training for Norwegian pilots on the F-35.",
    "Malaysia will buy spare parts to keep its Su-30MKM fighters flying.",
    "Boeing won a contract to support the Army's Apaches.",
    "The Pentagon awarded Lockheed Martin a contract for spare parts for Taiwan's F-16 fleet.",
    "Greece signed a deal to upgrade its Mirage 2000 jets.",
    "The Marine Corps awarded a contract to sustain its fleet of AH-1Z helicopters.",
    "The Royal Air Force extended the support deal for its Typhoon fleet until 2030.",
    "Egypt signed a contract for engines for its fleet of Rafale jets.",
]


@pytest.mark.parametrize("text", UPKEEP)
def test_upkeep_is_no_transfer(text: str) -> None:
    assert probe_claims(text) == set()


# The fleet a purchase supplements is background; the purchase stays.
SUPPLEMENTS = [
    (
        "Vietnam ordered twelve more Su-30 fighters to supplement its older Su-27s.",
        {k("Su-30", "RUS", "VNM", "agreement")},
    ),
    (
        "Egypt bought the Rafale jets to complement its F-16 fleet.",
        {k("Rafale", "FRA", "EGY", "agreement")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLEMENTS)
def test_supplemented_fleet_is_background(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


def test_supplementing_with_a_system_keeps_it() -> None:
    text = "Greece will supplement its fleet with six more Rafale jets bought from France."
    assert {s for s, *_ in probe_claims(text)} == {"Rafale"}


# Each system takes its own clause's step, not the step whose object is another system.
OWN_STEP = [
    (
        "France will deliver VAB carriers to Ukraine and is considering sending Exocet missiles.",
        {k("VAB", "FRA", "UKR", "delivery", "expected"), k("Exocet", "FRA", "UKR", "negotiation")},
    ),
    (
        "Poland received K2 tanks last year and is now negotiating for K9 howitzers.",
        {k("K2", "KOR", "POL", "delivery"), k("K9", "KOR", "POL", "negotiation")},
    ),
    (
        "Britain delivered Challenger 2 tanks to Ukraine, while the US is still considering "
        "Abrams tanks.",
        {k("Challenger 2", "GBR", "UKR", "delivery"), k("Abrams", "USA", "UKR", "negotiation")},
    ),
    (
        "Egypt ordered Rafale jets, and Italy is offering Egypt FREMM frigates.",
        {k("Rafale", "FRA", "EGY", "agreement"), k("FREMM", "ITA", "EGY", "negotiation")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_STEP)
def test_each_system_has_its_own_step(text: str, expected: set[Key]) -> None:
    assert expected <= probe_claims(text)
    stages = {(s, st) for s, _, _, st, _ in probe_claims(text)}
    assert stages == {(s, st) for s, _, _, st, _ in expected}


# A system named before a step noun whose object is another system: the F-35 is not delivered.
GOVERNED = [
    (
        "The United States removed Turkey from the F-35 program following the delivery of "
        "Russian S-400 systems.",
        ("F-35", "delivery"),
    ),
    (
        "Lawmakers would bar F-16 sales to Ankara until it halts the purchase of the Su-35.",
        ("F-16", "agreement"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), GOVERNED)
def test_step_noun_speaks_of_its_object(text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(s, st) for s, _, _, st, _ in probe_claims(text)}


# Where a fleet was made is no production for a customer; production for one stays.
MADE_IN = [
    "Algeria already operates 44 Su-30MKA fighters, manufactured in Irkutsk.",
    "India's Su-30MKI fighters, assembled in Nashik, form the core of its air force.",
    "The Egyptian army fields M1A1 tanks produced at a plant near Cairo.",
    "The North African state flies 30 Su-30 jets built in Irkutsk.",
]


@pytest.mark.parametrize("text", MADE_IN)
def test_place_of_making_is_no_production(text: str) -> None:
    assert probe_claims(text) == set()


BUILT_FOR = [
    (
        "The Su-30 jets for Algeria are being built in Irkutsk.",
        k("Su-30", "RUS", "DZA", "production"),
    ),
    (
        "The K9 howitzers for Poland will be manufactured in Changwon.",
        k("K9", "KOR", "POL", "production", "expected"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), BUILT_FOR)
def test_production_for_a_customer_stays(text: str, claim: Key) -> None:
    assert claim in probe_claims(text)
