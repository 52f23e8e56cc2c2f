# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Probe sentences for who supplies and who receives, second battery (issue 10): a passive
transfer verb's agent after the receiver ("were handed over to Ukraine by Denmark"), gapped
deals whose "with X" names each system's own counterpart ("signed for Rafale jets with France
and S-400 systems with Russia"), deals "between X and Y", requests and letters of request
addressed "to X for" a system, relative clauses telling an earlier transfer ("the F-16 jets it
bought from the Netherlands"), and "it"/"they" continuing the previous sentence's subject.

Every sentence is our own, written for these probes (never taken from news or ../shared). Each
probe gives the (system, supplier, recipient) triples expected among the claims of the systems
it names; the pronoun probes also give the stage of the second sentence's step. Known misses
are marked xfail with why."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Triple = tuple[str, str | None, str | None]

PASSIVE_BY: list[tuple[str, set[Triple]]] = [
    ("Two F-16 jets were handed over to Ukraine by Denmark.", {("F-16", "DNK", "UKR")}),
    (
        "Ten Leopard 1 tanks were delivered to Ukraine by Denmark last week.",
        {("Leopard 1", "DNK", "UKR")},
    ),
    (
        "Six MiG-29 fighters were transferred to Slovakia by Poland in March.",
        {("MiG-29", "POL", "SVK")},
    ),
    (
        "Four Patriot batteries will be sent to Ukraine by Germany next year.",
        {("Patriot", "DEU", "UKR")},
    ),
    (
        "Twelve Mirage 2000 jets were sold to India by Greece in 2023.",
        {("Mirage 2000", "GRC", "IND")},
    ),
    (
        "Eight Black Hawk helicopters have been given to the Philippines by Poland.",
        {("UH-60", "POL", "PHL")},
    ),
    ("The Su-30 fighters were supplied to Vietnam by Belarus.", {("Su-30", "BLR", "VNM")}),
    (
        "Three C-130 aircraft were donated to Uruguay by Spain this month.",
        {("C-130", "ESP", "URY")},
    ),
    ("Leopard 2 tanks are being shipped to Ukraine by Portugal.", {("Leopard 2", "PRT", "UKR")}),
    ("A NASAMS battery was handed to Ukraine by Norway on Friday.", {("NASAMS", "NOR", "UKR")}),
    ("Twenty F-16 fighters were handed over by Norway to Romania.", {("F-16", "NOR", "ROU")}),
    ("Kfir jets were sold to Colombia by Israel in 2008.", {("Kfir", "ISR", "COL")}),
]
GAPPING_WITH: list[tuple[str, set[Triple]]] = [
    (
        "India signed for Rafale jets with France and S-400 systems with Russia.",
        {("Rafale", "FRA", "IND"), ("S-400", "RUS", "IND")},
    ),
    (
        "Egypt signed deals for Su-35 fighters with Russia and Rafale jets with France.",
        {("Rafale", "FRA", "EGY"), ("Su-35", "RUS", "EGY")},
    ),
    (
        "Poland signed contracts for K2 tanks with South Korea and Abrams tanks with the United States.",
        {("Abrams", "USA", "POL"), ("K2", "KOR", "POL")},
    ),
    (
        "Greece concluded deals for Rafale jets with France and F-35 fighters with the United States.",
        {("F-35", "USA", "GRC"), ("Rafale", "FRA", "GRC")},
    ),
    (
        "Qatar signed agreements for Typhoon jets with Britain and Rafale fighters with France.",
        {("Eurofighter", "GBR", "QAT"), ("Rafale", "FRA", "QAT")},
    ),
    ("Indonesia has signed a contract with France for Rafale jets.", {("Rafale", "FRA", "IDN")}),
    (
        "Indonesia signed for Mirage 2000 jets with Qatar and F-16 fighters with Jordan.",
        {("F-16", "JOR", "IDN"), ("Mirage 2000", "QAT", "IDN")},
    ),
    (
        "Vietnam agreed terms for Su-30 jets with Belarus and Kilo submarines with Russia.",
        {("Kilo", "RUS", "VNM"), ("Su-30", "BLR", "VNM")},
    ),
    (
        "Brazil will sign for Gripen fighters with Sweden and Scorpene submarines with France next year.",
        {("Gripen", "SWE", "BRA"), ("Scorpene", "FRA", "BRA")},
    ),
    ("Saudi Arabia signed a deal with France for Rafale jets.", {("Rafale", "FRA", "SAU")}),
    ("Ukraine received Leopard 2 tanks with Germany's help.", {("Leopard 2", "DEU", "UKR")}),
    (
        # The companion shares the subject's role (roles.companion_before): never a receiver.
        "Greece will send BMP-1 vehicles to Ukraine together with Germany.",
        {("BMP-1", "GRC", "UKR"), ("BMP-1", "DEU", "UKR")},
    ),
]
BETWEEN: list[tuple[str, set[Triple]]] = [
    (
        "Indonesia agreed to buy 12 Mirage 2000 jets from Qatar. The deal for the Mirage 2000 jets between Indonesia and Qatar fell through.",
        {("Mirage 2000", "QAT", "IDN")},
    ),
    (
        "The deal for 12 Mirage 2000 jets between Qatar and Indonesia was signed in 2023.",
        {("Mirage 2000", "QAT", "IDN")},
    ),
    ("A contract between Poland and South Korea for K2 tanks was signed.", {("K2", "KOR", "POL")}),
]
REQUEST_TO: list[tuple[str, set[Triple]]] = [
    ("Egypt has sent a letter of request to Washington for F-15EX jets.", {("F-15", "USA", "EGY")}),
    (
        "Poland sent a request to the United States for more Patriot batteries.",
        {("Patriot", "USA", "POL")},
    ),
    (
        "Taiwan submitted a letter of request to Washington for F-16V fighters.",
        {("F-16", "USA", "TWN")},
    ),
    ("India has submitted a request to France for 26 Rafale jets.", {("Rafale", "FRA", "IND")}),
    ("Ukraine made a formal request to Germany for Taurus missiles.", {("Taurus", "DEU", "UKR")}),
    (
        "Switzerland sent a letter of acceptance to the United States for F-35 jets.",
        {("F-35", "USA", "CHE")},
    ),
    (
        "Greece addressed a request to Washington for F-35 fighters last year.",
        {("F-35", "USA", "GRC")},
    ),
    ("Morocco has sent a request to Paris for Caesar howitzers.", {("Caesar", "FRA", "MAR")}),
    ("Vietnam submitted an application to Moscow for more Su-30 jets.", {("Su-30", "RUS", "VNM")}),
    (
        "Romania sent a letter of request to Washington for 32 F-35 jets in 2023.",
        {("F-35", "USA", "ROU")},
    ),
]
RELATIVE: list[tuple[str, set[Triple]]] = [
    (
        "Chile could sell the F-16 jets it bought from the Netherlands to Romania.",
        {("F-16", "CHL", "ROU"), ("F-16", "NLD", "CHL")},
    ),
    (
        "Jordan will sell the F-16 jets it received from Belgium to Bulgaria.",
        {("F-16", "BEL", "JOR"), ("F-16", "JOR", "BGR")},
    ),
    (
        "Greece gave Ukraine the BMP-1 vehicles it had bought from Germany.",
        {("BMP-1", "DEU", "GRC"), ("BMP-1", "GRC", "UKR")},
    ),
    (
        "Peru plans to retire the MiG-29 jets it bought from Belarus in 1996.",
        {("MiG-29", "BLR", "PER")},
    ),
    ("The Su-30 jets that Russia sold to Venezuela are grounded.", {("Su-30", "RUS", "VEN")}),
    (
        "Egypt will upgrade the Rafale jets it acquired from France in 2015.",
        {("Rafale", "FRA", "EGY")},
    ),
    ("Romania flies F-16 fighters it received from Portugal.", {("F-16", "PRT", "ROU")}),
    (
        "Slovakia donated to Ukraine the MiG-29 jets it had bought from Russia in the 1990s.",
        {("MiG-29", "RUS", "SVK"), ("MiG-29", "SVK", "UKR")},
    ),
    (
        "Bulgaria is replacing the MiG-29 jets it ordered from the Soviet Union.",
        {("MiG-29", "SUN", "BGR")},
    ),
    (
        "The FREMM frigates Italy delivered to Egypt sailed to Alexandria.",
        {("FREMM", "ITA", "EGY")},
    ),
    (
        "Poland will give Ukraine the Leopard 2 tanks it received from Germany.",
        {("Leopard 2", "DEU", "POL"), ("Leopard 2", "POL", "UKR")},
    ),
]
PRONOUN: list[tuple[str, set[Triple]]] = [
    (
        "Serbia ordered Rafale jets in 2024. It received the first two this year.",
        {("Rafale", "FRA", "SRB")},
    ),
    (
        "Poland ordered K2 tanks from South Korea. It received the first ten in December.",
        {("K2", "KOR", "POL")},
    ),
    (
        "Germany pledged IRIS-T systems to Ukraine. It delivered the first one in October.",
        {("IRIS-T", "DEU", "UKR")},
    ),
    (
        "Egypt signed for Rafale jets in 2021. It has received 30 so far.",
        {("Rafale", "FRA", "EGY")},
    ),
    (
        "India bought S-400 systems from Russia. It took delivery of the third squadron in 2023.",
        {("S-400", "RUS", "IND")},
    ),
    (
        "Norway pledged NASAMS to Ukraine. It delivered two batteries in May.",
        {("NASAMS", "NOR", "UKR")},
    ),
    (
        "Hungary bought Leopard 2 tanks. It received the first Leopard 2 tanks in 2023.",
        {("Leopard 2", "DEU", "HUN")},
    ),
    (
        "Croatia ordered 12 Rafale jets from France. They arrived in 2024.",
        {("Rafale", "FRA", "HRV")},
    ),
    (
        "Romania ordered Patriot batteries from the United States. It will receive the second battery in 2025.",
        {("Patriot", "USA", "ROU")},
    ),
    (
        "The Netherlands and Denmark pledged F-16 jets to Ukraine. They delivered the first six in August.",
        {("F-16", "DNK", "UKR"), ("F-16", "NLD", "UKR")},
    ),
    (
        "Morocco signed for Apache helicopters in 2020. It took delivery of the first six this spring.",
        {("AH-64", "USA", "MAR")},
    ),
    (
        "Kazakhstan bought Su-30 jets from Russia. It has now received 24.",
        {("Su-30", "RUS", "KAZ")},
    ),
    (
        "Spain agreed to sell C-130 aircraft to Uruguay. It shipped the first one last month.",
        {("C-130", "ESP", "URY")},
    ),
    (
        "Thailand ordered Gripen fighters. It expects to receive them in 2027.",
        {("Gripen", "SWE", "THA")},
    ),
]
PRONOUN_STEPS: list[tuple[str, tuple[str, str, str, str]]] = [
    (
        "Serbia ordered 12 Rafale jets from France in 2024. It received the first two Rafale jets this year.",
        ("Rafale", "FRA", "SRB", "delivery"),
    ),
    (
        "Norway will sell 32 F-16 jets to Romania. It delivered the first F-16s in 2023.",
        ("F-16", "NOR", "ROU", "delivery"),
    ),
    (
        "Poland ordered K2 tanks from South Korea. It has now received 100 K2 tanks.",
        ("K2", "KOR", "POL", "delivery"),
    ),
    (
        "Denmark has agreed to sell Leopard 1 tanks to Ukraine. It will deliver the Leopard 1 tanks by June.",
        ("Leopard 1", "DNK", "UKR", "delivery"),
    ),
    (
        "Egypt bought Rafale jets from France. It took delivery of six more Rafale fighters in May.",
        ("Rafale", "FRA", "EGY", "delivery"),
    ),
    (
        "The Netherlands agreed to sell F-16 jets to Chile. It handed over the last F-16s on Monday.",
        ("F-16", "NLD", "CHL", "delivery"),
    ),
    (
        "Hungary signed for Leopard 2 tanks in 2018. It has received 44 Leopard 2 tanks since then.",
        ("Leopard 2", "DEU", "HUN", "delivery"),
    ),
    (
        "Jordan is selling its F-16 fighters to Bulgaria. It sent the first F-16 jets in March.",
        ("F-16", "JOR", "BGR", "delivery"),
    ),
    (
        "Greece ordered Rafale jets from France. They arrived in 2022, and it received six more Rafale jets in 2023.",
        ("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "Brazil and Sweden signed a Gripen deal in 2014. It received its first Gripen fighters in 2022.",
        ("Gripen", "SWE", "BRA", "delivery"),
    ),
]

KNOWN_MISSES = {
    "Vietnam agreed terms for Su-30 jets with Belarus and Kilo submarines with Russia.": "'agreed terms for' is no stage cue: no claim at all",
    "The deal for 12 Mirage 2000 jets between Qatar and Indonesia was signed in 2023.": "'between X and Y' with neither the maker: nothing says which side sells (no general rule found)",
    "Vietnam submitted an application to Moscow for more Su-30 jets.": "'application' is no stage cue: no claim at all",
}


ALL = PASSIVE_BY + GAPPING_WITH + BETWEEN + REQUEST_TO + RELATIVE + PRONOUN


@pytest.mark.parametrize(("text", "expected"), with_known_misses(ALL, KNOWN_MISSES))
def test_roles(text: str, expected: set[Triple]) -> None:
    systems = {e[0] for e in expected}
    got = {(c[0], c[1], c[2]) for c in probe_claims(text) if c[0] in systems}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), PRONOUN_STEPS)
def test_pronoun_step(text: str, expected: tuple[str, str, str, str]) -> None:
    """The second sentence's step, its subject only "it" or "they", is the first one's party's."""
    assert expected in {c[:4] for c in probe_claims(text)}
