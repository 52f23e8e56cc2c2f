"""Probe sentences for systems named but not transferred, and for operators (CLAIMS.md rules 1,
7 and 10): a state's own aircraft or batteries moved abroad by their own forces (from a unit of
theirs, with the airmen who fly them, on a tour, bombers on a visit) make no claim, while a
handover told with the same verbs still does; a state that already operates a system is never
the supplier of a new offer of it (the seller or the maker is), and a system a party already
operates, named beside its new purchase, takes no step of that purchase. The deployments of
test_no_transfer_probes.py and test_quiet_probes.py are not repeated here.

Every sentence is our own, written for these probes (never taken from news or ../shared). The
article is given a title of its own so the sentence is read as body text, not as a headline."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Key = tuple[str, str | None, str | None, str, str]


def k(system: str, supplier: str | None, recipient: str, stage: str, fact: str = "asserted") -> Key:
    return (system, supplier, recipient, stage, fact)


# A state's own forces moving or showing their systems abroad: no claim at all.
OWN_FORCES = [
    "Two Russian Tu-160 bombers landed in Venezuela.",
    "Two Russian Tu-160 bombers landed at an airport near Caracas after a long flight.",
    "A pair of American B-1 bombers touched down in Norway on Monday.",
    "Two American B-2 bombers will land in Iceland next week.",
    "The Tu-95 bombers did not land in Venezuela, the ministry said.",
    "A pair of Russian Tu-22M3 bombers arrived at a Syrian air base on Sunday.",
    "Two Russian Su-35 fighters landed in Iran on a visit.",
    "German Eurofighters landed in Japan during a tour of the Pacific.",
    "Marines and their F-35B jets from a squadron in Japan landed in the Philippines.",
    "Sailors and MH-60 helicopters from the carrier strike group arrived in Greece.",
    "Two Chinese H-6 bombers landed in Pakistan after a flight over the Arabian Sea.",
    "Airmen and F-16 jets from a squadron based in Germany landed at Nevatim air base in Israel.",
    "Pilots and F-15E jets from the 48th Fighter Wing landed at a base in Jordan on Sunday.",
    "Airmen and F-15 jets from the 48th Fighter Wing, RAF Lakenheath, England, landed in Jordan.",
    "Six Rafale jets from a French squadron based in Djibouti arrived in Kenya.",
    "Three French Rafale jets landed in Jakarta during a tour of Asia.",
    "Two Indian Su-30 fighters arrived in Manila on a tour of Southeast Asian capitals.",
    "US soldiers and the launchers and radars of a Patriot battery from Texas arrived in Poland.",
    "USAF F-16s took part in Blue Flag in Israel.",
    "The German Eurofighters will fly NATO air policing missions over the Baltic states.",
    "A detachment of four British Typhoon jets will carry out air policing from Romania.",
    "The deployment of the THAAD battery to Israel shows American commitment.",
    "Washington has deployed a Patriot battery to Saudi Arabia.",
    "Canadian CF-18 jets have been deployed to Romania for four months.",
    "The Indian Air Force sent six Rafale jets to France for the Orion exercise.",
    "Japanese F-2 fighters joined the Pitch Black drill in Australia.",
    "The bombers were escorted by Norwegian F-16 fighters during part of the flight.",
    "The American F-22 jets returned home after their rotation in Poland.",
]


@pytest.mark.parametrize("text", OWN_FORCES)
def test_own_forces_make_no_claim(text: str) -> None:
    assert probe_claims(text) == set()


# Handovers told with the same verbs: the claim stays.
HANDOVERS = [
    ("The first F-35s for Poland arrived at Lask air base.", k("F-35", "USA", "POL", "delivery")),
    (
        "The THAAD battery Saudi Arabia bought arrived in Riyadh.",
        k("THAAD", "USA", "SAU", "delivery"),
    ),
    (
        "The first two F-16s for Romania landed at Fetesti after a ferry flight from Norway.",
        k("F-16", "USA", "ROU", "delivery"),
    ),
    (
        "Slovakia's first F-16 Block 70 jets landed at Kuchyna air base.",
        k("F-16", "USA", "SVK", "delivery"),
    ),
    (
        "The first Rafale jets ordered by Croatia arrived at Pleso air base.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "Four new Gripen jets for Thailand landed at Surat Thani.",
        k("Gripen", "SWE", "THA", "delivery"),
    ),
    (
        "Egypt's new Rafale jets landed at Gebel El Basur after a flight from France.",
        k("Rafale", "FRA", "EGY", "delivery"),
    ),
    (
        "Three Mi-17 helicopters bought by Mali arrived in Bamako.",
        k("Mi-17", "RUS", "MLI", "delivery"),
    ),
    (
        "The HIMARS launchers Estonia ordered arrived in Tallinn.",
        k("HIMARS", "USA", "EST", "delivery"),
    ),
    (
        "The first Su-35 fighters for Iran arrived at Hamadan.",
        k("Su-35", "RUS", "IRN", "delivery"),
    ),
    (
        "The first two Su-34 bombers for Algeria landed at Oum Bouaghi.",
        k("Su-34", "RUS", "DZA", "delivery"),
    ),
    (
        "Two Russian An-124 transports landed in Caracas carrying S-300 launchers for Venezuela.",
        k("S-300", "RUS", "VEN", "delivery"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), HANDOVERS)
def test_handover_stays_a_delivery(text: str, claim: Key) -> None:
    assert claim in probe_claims(text)


# A current operator is no supplier of the offer: the seller, or the maker, is.
OFFERS: list[tuple[str, set[Key]]] = [
    (
        "The JF-17, already operated by Myanmar and Nigeria, is offered to Argentina.",
        {k("JF-17", "PAK", "ARG", "negotiation")},
    ),
    (
        "Pakistan is offering the JF-17 to Argentina; the jet is already operated by Myanmar "
        "and Nigeria.",
        {k("JF-17", "PAK", "ARG", "negotiation")},
    ),
    (
        "The K9 howitzer, already in service with Poland, Norway and Finland, was offered to "
        "Egypt.",
        {k("K9", "KOR", "EGY", "negotiation")},
    ),
    (
        "Lockheed Martin offered the F-16 Block 70 to the Philippines; the type is already "
        "flown by Taiwan and Slovakia.",
        {k("F-16", "USA", "PHL", "negotiation")},
    ),
    (
        "Saab has offered the Gripen to Colombia, whose neighbour Brazil already operates the "
        "type.",
        {k("Gripen", "SWE", "COL", "negotiation")},
    ),
    (
        "Turkey offered the Bayraktar TB2, which Ukraine and Poland already operate, to Romania.",
        {k("Bayraktar TB2", "TUR", "ROU", "negotiation")},
    ),
]

KNOWN_OFFERS = {
    "Turkey offered the Bayraktar TB2, which Ukraine and Poland already operate, to Romania.": (
        "the relative clause and the 'to' phrase after it fall in one clause outside the "
        "system's: the nearest loose party, an operator, receives"
    ),
}


@pytest.mark.parametrize(("text", "expected"), with_known_misses(OFFERS, KNOWN_OFFERS))
def test_operator_is_no_supplier(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


# The system a party already operates, named beside what it buys, takes no step of the buy.
OPERATED: list[tuple[str, set[Key]]] = [
    (
        "Poland, which already operates the F-16, will buy F-35s from the United States.",
        {k("F-35", "USA", "POL", "negotiation")},
    ),
    (
        "Malaysia, an operator of the Su-30, is interested in the FA-50 from South Korea.",
        {k("FA-50", "KOR", "MYS", "negotiation")},
    ),
    (
        "Chile, which still flies the F-5, has ordered Gripen jets from Sweden.",
        {k("Gripen", "SWE", "CHL", "agreement")},
    ),
    (
        "With the order, Serbia joins Croatia and Greece as operators of the Rafale.",
        {
            k("Rafale", "FRA", "SRB", "agreement"),
            k("Rafale", "FRA", "HRV", "agreement"),
            k("Rafale", "FRA", "GRC", "agreement"),
        },
    ),
    ("Customers of the Gripen include Hungary, the Czech Republic and Thailand.", set()),
    ("Other operators of the Su-30 include India, Algeria and Malaysia.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OPERATED)
def test_operated_system_takes_no_step(text: str, expected: set[Key]) -> None:
    assert probe_claims(text) == expected


# The parties a receiver or a giver joins took the step before it, in its role, asserted
# whatever the joiner's own step's factuality.
JOINED: list[tuple[str, set[Key]]] = [
    (
        "If the deal goes ahead, Iraq will join Malaysia, Nigeria and Myanmar in receiving the "
        "JF-17.",
        {
            k("JF-17", "PAK", "IRQ", "delivery", "possible"),
            k("JF-17", "PAK", "MYS", "delivery"),
            k("JF-17", "PAK", "NGA", "delivery"),
            k("JF-17", "PAK", "MMR", "delivery"),
        },
    ),
    (
        "Argentina could join Nigeria and Myanmar in buying the JF-17 from Pakistan.",
        {
            k("JF-17", "PAK", "ARG", "agreement", "possible"),
            k("JF-17", "PAK", "NGA", "agreement"),
            k("JF-17", "PAK", "MMR", "agreement"),
        },
    ),
    (
        "Hungary received two more KC-390 transports, joining Portugal as an operator.",
        {k("C-390", "BRA", "HUN", "delivery"), k("C-390", "BRA", "PRT", "delivery")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_parties_took_the_step(text: str, expected: set[Key]) -> None:
    assert expected <= probe_claims(text)


def test_joining_in_words_is_no_step() -> None:
    text = "Poland joined the United States in condemning the strike and ordered Patriot launchers."
    assert probe_claims(text) == {k("Patriot", "USA", "POL", "agreement")}
