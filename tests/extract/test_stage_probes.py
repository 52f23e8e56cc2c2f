"""Probe sentences for the stages after negotiation (agreement, production, delivery, postponed,
cancelled), the factuality values `expected` and `denied`, and sentences naming a system with no
transfer, which must stay quiet (combat use, shows, crashes, upkeep, a state's own production,
capability descriptions: CLAIMS.md rules 1 and 10).

Every sentence is our own, written for these probes (never taken from news or ../shared). The
article is given a title of its own so the sentence is read as body text, not as a headline."""

from __future__ import annotations

import pytest

from armsledger.extract.scorer import Decider, RuleDecider
from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]


def claims(text: str, decider: Decider | None = None) -> set[Key]:
    return probe_claims(text, decider=decider)


def k(system: str, supplier: str | None, recipient: str, stage: str, fact: str = "asserted") -> Key:
    return (system, supplier, recipient, stage, fact)


AGREEMENT = [
    (
        "Poland placed an order for 96 AH-64 helicopters from the United States.",
        {k("AH-64", "USA", "POL", "agreement")},
    ),
    (
        "Greece inked a deal with France for 18 Rafale fighters.",
        {k("Rafale", "FRA", "GRC", "agreement")},
    ),
    (
        "India clinched a deal to buy S-400 systems from Russia.",
        {k("S-400", "RUS", "IND", "agreement")},
    ),
    (
        "Egypt finalised the purchase of 30 more Rafale jets.",
        {k("Rafale", "FRA", "EGY", "agreement")},
    ),
    (
        "Finland has finalised the purchase of 64 F-35 fighters.",
        {k("F-35", "USA", "FIN", "agreement")},
    ),
    ("Hungary finalized a deal for 24 KF-21 jets.", {k("KF-21", "KOR", "HUN", "agreement")}),
    (
        "Croatia exercised an option for 12 more Rafale jets.",
        {k("Rafale", "FRA", "HRV", "agreement")},
    ),
    (
        "Romania placed a follow-on order for HIMARS launchers.",
        {k("HIMARS", "USA", "ROU", "agreement")},
    ),
    ("Qatar signed for 24 Eurofighter jets in 2017.", {k("Eurofighter", None, "QAT", "agreement")}),
    (
        "The Indonesian Rafale deal, signed in 2022, covers 42 jets.",
        {k("Rafale", "FRA", "IDN", "agreement")},
    ),
    (
        "Hungary ordered 44 Leopard 2 tanks from Germany.",
        {k("Leopard 2", "DEU", "HUN", "agreement")},
    ),
    ("Turkey bought S-400 systems from Russia in 2017.", {k("S-400", "RUS", "TUR", "agreement")}),
    ("Serbia has signed a contract for 12 Rafale jets.", {k("Rafale", "FRA", "SRB", "agreement")}),
    (
        "A contract for 48 K9 howitzers was signed by Poland and South Korea.",
        {k("K9", "KOR", "POL", "agreement")},
    ),
    (
        "Qatar and the United States concluded a deal for F-15 jets.",
        {k("F-15", "USA", "QAT", "agreement")},
    ),
    ("Switzerland sealed the purchase of 36 F-35 jets.", {k("F-35", "USA", "CHE", "agreement")}),
    (
        "Egypt has contracted for two more Gowind corvettes from France.",
        {k("Gowind", "FRA", "EGY", "agreement")},
    ),
    (
        "Argentina completed the purchase of 24 F-16 fighters from Denmark.",
        {k("F-16", "DNK", "ARG", "agreement")},
    ),
    (
        "Romania agreed to buy 32 F-35 jets from the United States.",
        {k("F-35", "USA", "ROU", "agreement")},
    ),
    (
        "Serbia signed a contract with France to buy 12 Rafale jets.",
        {k("Rafale", "FRA", "SRB", "agreement")},
    ),
    (
        "India and France clinched the Rafale deal in 2016.",
        {k("Rafale", "FRA", "IND", "agreement")},
    ),
    (
        "The Philippines inked a contract for BrahMos missiles with India.",
        {k("BrahMos", "IND", "PHL", "agreement")},
    ),
    ("Egypt sealed a deal for 30 Rafale jets in 2021.", {k("Rafale", "FRA", "EGY", "agreement")}),
    (
        "Egypt has placed an order for 30 more Rafale jets.",
        {k("Rafale", "FRA", "EGY", "agreement")},
    ),
    (
        "Qatar firmed up its order for 12 more Rafale jets.",
        {k("Rafale", "FRA", "QAT", "agreement")},
    ),
    (
        "Greece converted its option into a firm order for six more Rafale jets.",
        {k("Rafale", "FRA", "GRC", "agreement")},
    ),
    (
        "The contract for 18 Rafale jets was signed in Athens in January.",
        {k("Rafale", "FRA", "GRC", "agreement")},
    ),
    (
        "Indonesia has become the latest customer for the Rafale.",
        {k("Rafale", "FRA", "IDN", "agreement")},
    ),
    (
        "The frigate is the first of four FREMM ships Egypt is buying from Italy.",
        {k("FREMM", "ITA", "EGY", "agreement")},
    ),
]

PRODUCTION = [
    ("Russia is building S-400 systems for India.", {k("S-400", "RUS", "IND", "production")}),
    (
        "France is building Scorpene submarines for Brazil.",
        {k("Scorpene", "FRA", "BRA", "production")},
    ),
    ("Dassault rolled out the first Rafale for Greece.", {k("Rafale", "FRA", "GRC", "production")}),
    (
        "Hanwha began assembly of the first K9 howitzers for Australia.",
        {k("K9", "KOR", "AUS", "production")},
    ),
    (
        "The first hull of the Gowind corvettes for Egypt was laid down in 2015.",
        {k("Gowind", "FRA", "EGY", "production")},
    ),
    (
        "Naval Group cut steel for the first Scorpene submarine for Indonesia.",
        {k("Scorpene", "FRA", "IDN", "production")},
    ),
    (
        "China launched the first Type 039 submarine for Thailand.",
        {k("Type 039", "CHN", "THA", "production")},
    ),
    (
        "Production of the Su-35 jets for Egypt has started.",
        {k("Su-35", "RUS", "EGY", "production")},
    ),
    (
        "Lockheed Martin is manufacturing F-16 Block 70 jets for Slovakia.",
        {k("F-16", "USA", "SVK", "production")},
    ),
    (
        "The K2 tanks for Poland are being assembled in Changwon.",
        {k("K2", "KOR", "POL", "production")},
    ),
    (
        "Russia has started manufacturing S-400 components for Turkey.",
        {k("S-400", "RUS", "TUR", "production")},
    ),
    (
        "Russia is producing the Su-35 fighters ordered by Egypt.",
        {k("Su-35", "RUS", "EGY", "production"), k("Su-35", "RUS", "EGY", "agreement")},
    ),
    (
        "The first Rafale for Serbia rolled off the production line in 2025.",
        {k("Rafale", "FRA", "SRB", "production")},
    ),
    (
        "Work began on the first Type 054 frigate for Pakistan in 2018.",
        {k("Type 054", "CHN", "PAK", "production")},
    ),
]

DELIVERY = [
    (
        "Russia completed deliveries of S-400 systems to China in 2020.",
        {k("S-400", "RUS", "CHN", "delivery")},
    ),
    ("India received the last of its 36 Rafale jets.", {k("Rafale", "FRA", "IND", "delivery")}),
    (
        "Russia handed over the final S-400 regiment to India.",
        {k("S-400", "RUS", "IND", "delivery")},
    ),
    (
        "The first batch of K2 tanks for Poland landed in Gdynia.",
        {k("K2", "KOR", "POL", "delivery")},
    ),
    (
        "The first K9 howitzers for Poland arrived aboard a cargo ship in Gdynia.",
        {k("K9", "KOR", "POL", "delivery")},
    ),
    (
        "The Patriot launchers were shipped to Ukraine in April.",
        {k("Patriot", "USA", "UKR", "delivery")},
    ),
    (
        "The Rafale entered service with the Indian Air Force in 2020.",
        {k("Rafale", "FRA", "IND", "delivery")},
    ),
    (
        "Croatia took possession of its first Rafale jets in 2023.",
        {k("Rafale", "FRA", "HRV", "delivery")},
    ),
    ("Germany delivered Leopard 2 tanks to Ukraine.", {k("Leopard 2", "DEU", "UKR", "delivery")}),
    ("Ukraine has received IRIS-T systems from Germany.", {k("IRIS-T", "DEU", "UKR", "delivery")}),
    (
        "The first two Rafale jets were handed over to Greece in January.",
        {k("Rafale", "FRA", "GRC", "delivery")},
    ),
    ("Egypt took delivery of its first Su-35 fighters.", {k("Su-35", "RUS", "EGY", "delivery")}),
    (
        "Norway shipped NASAMS launchers to Ukraine last month.",
        {k("NASAMS", "NOR", "UKR", "delivery")},
    ),
    (
        "India has received all five S-400 squadrons from Russia.",
        {k("S-400", "RUS", "IND", "delivery")},
    ),
    (
        "The last batch of Rafale jets landed in India in 2022.",
        {k("Rafale", "FRA", "IND", "delivery")},
    ),
    (
        "The first Leopard 2 tanks reached Ukraine in March.",
        {k("Leopard 2", "DEU", "UKR", "delivery")},
    ),
    (
        "Ukraine now fields German-supplied Leopard 2 tanks.",
        {k("Leopard 2", "DEU", "UKR", "delivery")},
    ),
    (
        "The Indian Air Force inducted its first Rafale jets in 2020.",
        {k("Rafale", "FRA", "IND", "delivery")},
    ),
    (
        "Deliveries of the Rafale to India were completed in 2022.",
        {k("Rafale", "FRA", "IND", "delivery")},
    ),
    (
        "The last of the 36 Rafale jets ordered by India arrived in December 2022.",
        {k("Rafale", "FRA", "IND", "delivery"), k("Rafale", "FRA", "IND", "agreement")},
    ),
    (
        "As expected, India received the first S-400 regiment from Russia in 2021.",
        {k("S-400", "RUS", "IND", "delivery")},
    ),
    (
        "India received the first S-400 regiment from Russia earlier than expected.",
        {k("S-400", "RUS", "IND", "delivery")},
    ),
]

POSTPONED = [
    (
        "Delivery of the S-400 systems to India was pushed back to 2026.",
        {k("S-400", "RUS", "IND", "postponed")},
    ),
    (
        "Russia pushed back delivery of Su-35 jets to Egypt.",
        {k("Su-35", "RUS", "EGY", "postponed")},
    ),
    (
        "The handover of F-35 jets to Poland slipped to 2025.",
        {k("F-35", "USA", "POL", "postponed")},
    ),
    ("The sale of F-16 jets to Turkey was put on hold.", {k("F-16", "USA", "TUR", "postponed")}),
    (
        "Germany put the delivery of Leopard 2 tanks to Saudi Arabia on hold.",
        {k("Leopard 2", "DEU", "SAU", "postponed")},
    ),
    (
        "Washington froze the delivery of F-16 fighters to Pakistan.",
        {k("F-16", "USA", "PAK", "postponed")},
    ),
    ("The F-35 deliveries to the UAE have been frozen.", {k("F-35", "USA", "ARE", "postponed")}),
    (
        "The delivery of K9 howitzers to Egypt was delayed by two years.",
        {k("K9", "KOR", "EGY", "postponed")},
    ),
    (
        "The Scorpene programme for Brazil is running behind schedule.",
        {k("Scorpene", "FRA", "BRA", "postponed")},
    ),
    (
        "Deliveries of S-400 systems to India are behind schedule.",
        {k("S-400", "RUS", "IND", "postponed")},
    ),
    (
        "Russia suspended deliveries of S-300 systems to Iran.",
        {k("S-300", "RUS", "IRN", "postponed")},
    ),
    (
        "Deliveries of Rafale jets to Qatar have been postponed until next year.",
        {k("Rafale", "FRA", "QAT", "postponed")},
    ),
    (
        "The transfer of Su-35 fighters to Iran has stalled.",
        {k("Su-35", "RUS", "IRN", "postponed")},
    ),
    ("Delays hit the delivery of K2 tanks to Poland.", {k("K2", "KOR", "POL", "postponed")}),
    ("India's S-400 deliveries slipped to 2026.", {k("S-400", "RUS", "IND", "postponed")}),
    (
        "The delivery of Su-35 jets to Iran has been delayed.",
        {k("Su-35", "RUS", "IRN", "postponed")},
    ),
    (
        "Germany halted exports of Leopard 2 tanks to Turkey.",
        {k("Leopard 2", "DEU", "TUR", "postponed")},
    ),
    ("The F-16 sale to Turkey remains frozen.", {k("F-16", "USA", "TUR", "postponed")}),
    (
        "Russia has stopped delivering S-300 systems to Iran.",
        {k("S-300", "RUS", "IRN", "postponed")},
    ),
    (
        "Deliveries of the K9 howitzers to Norway were put back by a year.",
        {k("K9", "KOR", "NOR", "postponed")},
    ),
    (
        "The arrival of the first F-35 jets in Poland has been pushed to 2026.",
        {k("F-35", "USA", "POL", "postponed")},
    ),
    (
        "The Patriot delivery to Switzerland will be delayed because Ukraine gets priority.",
        {k("Patriot", "USA", "CHE", "postponed")},
    ),
    (
        "Washington paused the transfer of F-16 jets to Pakistan.",
        {k("F-16", "USA", "PAK", "postponed")},
    ),
    ("The Su-35 sale to Indonesia is on ice.", {k("Su-35", "RUS", "IDN", "postponed")}),
    (
        "Russia's S-400 deliveries to India have been hit by delays.",
        {k("S-400", "RUS", "IND", "postponed")},
    ),
    (
        "The Scorpene submarines for Brazil are three years late.",
        {k("Scorpene", "FRA", "BRA", "postponed")},
    ),
]

CANCELLED = [
    (
        "Switzerland scrapped its plan to buy Gripen jets from Sweden.",
        {k("Gripen", "SWE", "CHE", "cancelled")},
    ),
    (
        "Indonesia pulled out of the Su-35 deal with Russia.",
        {k("Su-35", "RUS", "IDN", "cancelled")},
    ),
    (
        "Australia terminated the Attack-class submarine contract with France.",
        {k("Attack-class", "FRA", "AUS", "cancelled")},
    ),
    ("Egypt walked away from the Su-35 deal.", {k("Su-35", "RUS", "EGY", "cancelled")}),
    (
        "Indonesia backed out of the purchase of Su-35 fighters.",
        {k("Su-35", "RUS", "IDN", "cancelled")},
    ),
    (
        "Australia ditched its order for French Attack-class submarines.",
        {k("Attack-class", "FRA", "AUS", "cancelled")},
    ),
    ("Turkey was removed from the F-35 programme in 2019.", {k("F-35", "USA", "TUR", "cancelled")}),
    (
        "The United States expelled Turkey from the F-35 program.",
        {k("F-35", "USA", "TUR", "cancelled")},
    ),
    (
        "The United States dropped Turkey from the F-35 program.",
        {k("F-35", "USA", "TUR", "cancelled")},
    ),
    ("Canada cancelled its order for F-35 jets.", {k("F-35", "USA", "CAN", "cancelled")}),
    (
        "Germany dropped the sale of Leopard 2 tanks to Qatar.",
        {k("Leopard 2", "DEU", "QAT", "cancelled")},
    ),
    ("Russia abandoned the S-300 contract with Syria.", {k("S-300", "RUS", "SYR", "cancelled")}),
    (
        "France cancelled the sale of two Mistral ships to Russia in 2015.",
        {k("Mistral", "FRA", "RUS", "cancelled")},
    ),
    (
        "Thailand dropped plans to buy Gripen jets from Sweden.",
        {k("Gripen", "SWE", "THA", "cancelled")},
    ),
    ("Egypt has cancelled its Su-35 order with Russia.", {k("Su-35", "RUS", "EGY", "cancelled")}),
    (
        "Peru scrapped the purchase of K2 tanks from South Korea.",
        {k("K2", "KOR", "PER", "cancelled")},
    ),
    (
        "Bangladesh cancelled plans to buy Su-30 jets from Russia.",
        {k("Su-30", "RUS", "BGD", "cancelled")},
    ),
    (
        "Colombia has abandoned its plan to buy Rafale jets.",
        {k("Rafale", "FRA", "COL", "cancelled")},
    ),
    (
        "Turkey withdrew from the F-35 programme under US pressure.",
        {k("F-35", "USA", "TUR", "cancelled")},
    ),
    (
        "Berlin blocked the export of Leopard 2 tanks to Saudi Arabia.",
        {k("Leopard 2", "DEU", "SAU", "cancelled")},
    ),
    (
        "The Philippines pulled the plug on its purchase of Mi-17 helicopters from Russia.",
        {k("Mi-17", "RUS", "PHL", "cancelled")},
    ),
]

EXPECTED = [
    (
        "Deliveries of the S-400 to India are to begin in 2025.",
        {k("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "The Rafale jets for Greece are to be delivered by 2024.",
        {k("Rafale", "FRA", "GRC", "delivery", "expected")},
    ),
    (
        "The handover of K2 tanks to Poland is scheduled for December.",
        {k("K2", "KOR", "POL", "delivery", "expected")},
    ),
    (
        "The first F-35 jets are set to arrive in Poland next year.",
        {k("F-35", "USA", "POL", "delivery", "expected")},
    ),
    (
        "The last K9 howitzers for Norway are due by 2026.",
        {k("K9", "KOR", "NOR", "delivery", "expected")},
    ),
    (
        "Russia plans to deliver more S-400 systems to India next year.",
        {k("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "By 2027 Poland will have received all 250 Abrams tanks from the United States.",
        {k("Abrams", "USA", "POL", "delivery", "expected")},
    ),
    (
        "Germany will deliver IRIS-T systems to Ukraine.",
        {k("IRIS-T", "DEU", "UKR", "delivery", "expected")},
    ),
    (
        "Sweden is expected to hand over Gripen jets to Hungary in 2025.",
        {k("Gripen", "SWE", "HUN", "delivery", "expected")},
    ),
    (
        "The contract for Rafale jets is expected to be signed by India next month.",
        {k("Rafale", "FRA", "IND", "agreement", "expected")},
    ),
    (
        "Production of the Su-57 for Algeria is scheduled to start in 2025.",
        {k("Su-57", "RUS", "DZA", "production", "expected")},
    ),
    (
        "France is due to deliver the last Rafale jets to Qatar in 2025.",
        {k("Rafale", "FRA", "QAT", "delivery", "expected")},
    ),
    (
        "The K2 tanks will be shipped to Poland in batches.",
        {k("K2", "KOR", "POL", "delivery", "expected")},
    ),
    (
        "India will receive the remaining S-400 squadrons by 2026.",
        {k("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "The remaining S-400 squadrons are to be delivered to India by 2026.",
        {k("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "Russia is set to deliver Su-35 jets to Iran next year.",
        {k("Su-35", "RUS", "IRN", "delivery", "expected")},
    ),
    (
        "The K2 tanks are scheduled to arrive in Poland in December.",
        {k("K2", "KOR", "POL", "delivery", "expected")},
    ),
    (
        "Deliveries of HIMARS to Estonia are expected to begin in 2024.",
        {k("HIMARS", "USA", "EST", "delivery", "expected")},
    ),
    (
        "Greece will get its first F-35 jets in 2028.",
        {k("F-35", "USA", "GRC", "delivery", "expected")},
    ),
    (
        "The first Gripen for Hungary is slated for delivery in 2026.",
        {k("Gripen", "SWE", "HUN", "delivery", "expected")},
    ),
    (
        "The United States is to supply Abrams tanks to Ukraine.",
        {k("Abrams", "USA", "UKR", "delivery", "expected")},
    ),
    (
        "Hungary is due to take delivery of four more Gripen jets in 2026.",
        {k("Gripen", "SWE", "HUN", "delivery", "expected")},
    ),
    (
        "Russia plans to complete S-400 deliveries to India by 2026.",
        {k("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "Production of the K2 tanks for Poland will start in 2026.",
        {k("K2", "KOR", "POL", "production", "expected")},
    ),
]

DENIED = [
    (
        "Iran did not receive any Su-35 jets from Russia.",
        {k("Su-35", "RUS", "IRN", "delivery", "denied")},
    ),
    (
        "Iran has yet to receive the Su-35 fighters it ordered from Russia.",
        {k("Su-35", "RUS", "IRN", "delivery", "denied"), k("Su-35", "RUS", "IRN", "agreement")},
    ),
    (
        "The S-300 systems promised to Syria never arrived.",
        {k("S-300", "RUS", "SYR", "delivery", "denied")},
    ),
    (
        "No contract was signed for Su-35 jets with Indonesia.",
        {k("Su-35", "RUS", "IDN", "agreement", "denied")},
    ),
    # A denial of a report gives the report too (CLAIMS.md rule 3).
    (
        "Moscow denied reports that it had delivered S-400 systems to Iran.",
        {k("S-400", "RUS", "IRN", "delivery", "denied"), k("S-400", "RUS", "IRN", "delivery")},
    ),
    (
        "Russia dismissed claims that it supplied S-300 systems to Venezuela.",
        {k("S-300", "RUS", "VEN", "delivery", "denied"), k("S-300", "RUS", "VEN", "delivery")},
    ),
    (
        "Turkey rejected reports that it had sent Bayraktar TB2 drones to Ethiopia.",
        {
            k("Bayraktar TB2", "TUR", "ETH", "delivery", "denied"),
            k("Bayraktar TB2", "TUR", "ETH", "delivery"),
        },
    ),
    (
        "Moscow rejected claims that it had sold Su-35 jets to Iran.",
        {k("Su-35", "RUS", "IRN", "agreement", "denied"), k("Su-35", "RUS", "IRN", "agreement")},
    ),
    (
        "There is no deal for Su-57 jets with Algeria, Rostec said.",
        {k("Su-57", "RUS", "DZA", "agreement", "denied")},
    ),
    (
        "Not a single F-16 has been delivered to Ukraine so far.",
        {k("F-16", "USA", "UKR", "delivery", "denied")},
    ),
    (
        "Russia has not delivered S-400 systems to Saudi Arabia.",
        {k("S-400", "RUS", "SAU", "delivery", "denied")},
    ),
    (
        "Germany has not yet sent Taurus missiles to Ukraine.",
        {k("Taurus", "DEU", "UKR", "delivery", "denied")},
    ),
    (
        "Ukraine has still not received ATACMS missiles from the United States.",
        {k("ATACMS", "USA", "UKR", "delivery", "denied")},
    ),
    (
        "China denied selling J-10 fighters to Iran.",
        {k("J-10", "CHN", "IRN", "agreement", "denied")},
    ),
    (
        "The United States has not delivered any F-35 jets to Turkey.",
        {k("F-35", "USA", "TUR", "delivery", "denied")},
    ),
    (
        "No S-400 systems have been delivered to Saudi Arabia.",
        {k("S-400", "RUS", "SAU", "delivery", "denied")},
    ),
    (
        "Egypt never received the Su-35 fighters from Russia.",
        {k("Su-35", "RUS", "EGY", "delivery", "denied")},
    ),
    (
        "Algeria has not signed a contract for Su-57 jets.",
        {k("Su-57", "RUS", "DZA", "agreement", "denied")},
    ),
    (
        "India is yet to sign the deal for more Rafale jets.",
        {k("Rafale", "FRA", "IND", "agreement", "denied")},
    ),
    (
        "The Rafale jets for Egypt have not yet arrived.",
        {k("Rafale", "FRA", "EGY", "delivery", "denied")},
    ),
    (
        "Poland has yet to receive its first F-35 fighters.",
        {k("F-35", "USA", "POL", "delivery", "denied")},
    ),
    (
        "Rosoboronexport denied that S-400 deliveries to Iran had begun.",
        {k("S-400", "RUS", "IRN", "delivery", "denied")},
    ),
    (
        "Egypt did not buy the Su-35 after all, officials said.",
        {k("Su-35", "RUS", "EGY", "agreement", "denied")},
    ),
    (
        "India will not buy more S-400 systems from Russia.",
        {k("S-400", "RUS", "IND", "agreement", "denied")},
    ),
    (
        "Russia will not deliver the S-300 to Iran this year.",
        {k("S-300", "RUS", "IRN", "delivery", "denied")},
    ),
    (
        "The deal for 24 Su-35 jets for Iran has not been signed.",
        {k("Su-35", "RUS", "IRN", "agreement", "denied")},
    ),
]

MORE = [
    (
        "The Patriot batteries were airlifted to Poland in March.",
        {k("Patriot", "USA", "POL", "delivery")},
    ),
    (
        "Two Leopard 2 tanks from Portugal were unloaded in Ukraine.",
        {k("Leopard 2", "PRT", "UKR", "delivery")},
    ),
    (
        "The FREMM frigate bought from Italy was commissioned into the Egyptian Navy.",
        {k("FREMM", "ITA", "EGY", "delivery"), k("FREMM", "ITA", "EGY", "agreement")},
    ),
    (
        "Under a 2018 contract, Russia is supplying S-400 systems to India.",
        {k("S-400", "RUS", "IND", "delivery"), k("S-400", "RUS", "IND", "agreement")},
    ),
    ("Russia sold Su-30 fighters to Algeria in 2015.", {k("Su-30", "RUS", "DZA", "agreement")}),
    (
        "Poland will receive the HIMARS launchers in 2026.",
        {k("HIMARS", "USA", "POL", "delivery", "expected")},
    ),
    (
        "The last Rafale will be handed over to Egypt in 2026.",
        {k("Rafale", "FRA", "EGY", "delivery", "expected")},
    ),
    (
        "Egypt is expected to take delivery of the last Rafale jets in 2026.",
        {k("Rafale", "FRA", "EGY", "delivery", "expected")},
    ),
    (
        "Deliveries of Gripen jets to Thailand will run until 2027.",
        {k("Gripen", "SWE", "THA", "delivery", "expected")},
    ),
    (
        "India would receive the S-400 systems by 2023, the minister said.",
        {k("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "Israel refused to supply Iron Dome systems to Ukraine.",
        {k("Iron Dome", "ISR", "UKR", "delivery", "denied")},
    ),
    (
        "Russia is not supplying S-400 systems to Iran, the Kremlin said.",
        {k("S-400", "RUS", "IRN", "delivery", "denied")},
    ),
    (
        "No F-16 jets will be sent to Ukraine this year.",
        {k("F-16", "USA", "UKR", "delivery", "denied")},
    ),
    (
        "Germany refuses to send Taurus missiles to Ukraine.",
        {k("Taurus", "DEU", "UKR", "delivery", "denied")},
    ),
    (
        "Washington has ruled out sending F-16 jets to Ukraine.",
        {k("F-16", "USA", "UKR", "delivery", "denied")},
    ),
    (
        "Russia has stopped the delivery of S-300 systems to Syria.",
        {k("S-300", "RUS", "SYR", "postponed")},
    ),
    (
        "China's Type 054A frigates for Pakistan are under construction in Shanghai.",
        {k("Type 054", "CHN", "PAK", "production")},
    ),
    ("The K9 howitzers for Australia are in production.", {k("K9", "KOR", "AUS", "production")}),
    (
        "Work on the Scorpene submarines for Indonesia began in 2024.",
        {k("Scorpene", "FRA", "IDN", "production")},
    ),
    (
        "The first Rafale for Serbia rolled off the line in 2025.",
        {k("Rafale", "FRA", "SRB", "production")},
    ),
    (
        "The Gripen jets for Brazil are being built in Linkoping.",
        {k("Gripen", "SWE", "BRA", "production")},
    ),
    ("Russia has never sold the S-400 to Iran.", {k("S-400", "RUS", "IRN", "agreement", "denied")}),
    # the reports it runs against assert what it denies (CLAIMS.md rule 3)
    (
        "Contrary to reports, no Su-35 jets have reached Iran.",
        {k("Su-35", "RUS", "IRN", "delivery", "denied"), k("Su-35", "RUS", "IRN", "delivery")},
    ),
    (
        "Russia has not yet begun deliveries of the Su-35 to Iran.",
        {k("Su-35", "RUS", "IRN", "delivery", "denied")},
    ),
    (
        "The Pentagon said it would not send ATACMS to Ukraine.",
        {k("ATACMS", "USA", "UKR", "delivery", "denied")},
    ),
    (
        "Reports of a Su-35 delivery to Iran are untrue, Moscow said.",
        {k("Su-35", "RUS", "IRN", "delivery", "denied")},
    ),
    (
        "The F-16 jets will arrive in Ukraine once pilots are trained.",
        {k("F-16", "USA", "UKR", "delivery", "expected")},
    ),
    (
        "South Korea expects to deliver the last K2 tanks to Poland by 2026.",
        {k("K2", "KOR", "POL", "delivery", "expected")},
    ),
    (
        "The Philippine Navy anticipates receiving the first BrahMos batteries from India in 2024.",
        {k("BrahMos", "IND", "PHL", "delivery", "expected")},
    ),
    (
        "The first Su-35 jets for Iran are expected to arrive in March.",
        {k("Su-35", "RUS", "IRN", "delivery", "expected")},
    ),
    (
        "Egypt will take delivery of its first Su-35 jets next year.",
        {k("Su-35", "RUS", "EGY", "delivery", "expected")},
    ),
    (
        "Poland is to receive its first F-35 jets in 2026.",
        {k("F-35", "USA", "POL", "delivery", "expected")},
    ),
    (
        "India is slated to get the last S-400 squadron in 2026.",
        {k("S-400", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "The K2 tanks for Poland will be produced in South Korea.",
        {k("K2", "KOR", "POL", "production", "expected")},
    ),
    (
        "A contract for 20 more Rafale jets will be signed with Egypt next month.",
        {k("Rafale", "FRA", "EGY", "agreement", "expected")},
    ),
    (
        "Germany did not deliver a single Leopard 2 tank to Ukraine in 2022.",
        {k("Leopard 2", "DEU", "UKR", "delivery", "denied")},
    ),
    (
        "The Kremlin denied that Russia had agreed to sell Su-35 jets to Iran.",
        {k("Su-35", "RUS", "IRN", "agreement", "denied")},
    ),
    (
        "None of the Su-35 jets Iran ordered have been delivered.",
        {k("Su-35", "RUS", "IRN", "delivery", "denied"), k("Su-35", "RUS", "IRN", "agreement")},
    ),
    (
        "An agreement for 24 Su-35 jets was reached between Russia and Iran.",
        {k("Su-35", "RUS", "IRN", "agreement")},
    ),
    (
        "The order for 32 F-35 jets was placed by Romania in 2024.",
        {k("F-35", "USA", "ROU", "agreement")},
    ),
    (
        "Twelve Rafale jets were ordered by Serbia in 2024.",
        {k("Rafale", "FRA", "SRB", "agreement")},
    ),
    (
        "Saab won a contract to supply Gripen jets to Thailand.",
        {k("Gripen", "SWE", "THA", "agreement")},
    ),
    (
        "The Rafale deal with Indonesia was finalized in 2022.",
        {k("Rafale", "FRA", "IDN", "agreement")},
    ),
    (
        "Chile purchased two Type 23 frigates from Britain.",
        {k("Type 23", "GBR", "CHL", "agreement")},
    ),
    (
        "Vietnam secured a deal for BrahMos missiles from India.",
        {k("BrahMos", "IND", "VNM", "agreement")},
    ),
    ("Morocco has signed for 24 AH-64 helicopters.", {k("AH-64", "USA", "MAR", "agreement")}),
    ("Deliveries of the Su-30 to Algeria are underway.", {k("Su-30", "RUS", "DZA", "delivery")}),
    ("Russia has begun delivering S-400 systems to India.", {k("S-400", "RUS", "IND", "delivery")}),
    (
        "Deliveries of K2 tanks to Poland began in December 2022.",
        {k("K2", "KOR", "POL", "delivery")},
    ),
    (
        "A second batch of S-400 missiles has arrived in Turkey.",
        {k("S-400", "RUS", "TUR", "delivery")},
    ),
    (
        "Ukraine now has HIMARS launchers supplied by the United States.",
        {k("HIMARS", "USA", "UKR", "delivery")},
    ),
    (
        "The Patriot system donated by Germany is operational in Ukraine.",
        {k("Patriot", "DEU", "UKR", "delivery")},
    ),
    (
        "Production of the Rafale jets for India has not started yet.",
        {k("Rafale", "FRA", "IND", "production", "denied")},
    ),
    (
        "Russia has not begun production of the Su-35 jets for Iran.",
        {k("Su-35", "RUS", "IRN", "production", "denied")},
    ),
    (
        "Deliveries of K2 tanks to Poland have not been delayed.",
        {k("K2", "KOR", "POL", "postponed", "denied")},
    ),
    (
        "Russia denied that S-400 deliveries to India had been postponed.",
        {k("S-400", "RUS", "IND", "postponed", "denied")},
    ),
    (
        "There will be no delay in S-400 deliveries to India, Rosoboronexport said.",
        {k("S-400", "RUS", "IND", "postponed", "denied")},
    ),
    # A halt governs the deal it names: one cancellation, negated or hedged.
    (
        "India will not cancel the S-400 deal with Russia.",
        {k("S-400", "RUS", "IND", "cancelled", "denied")},
    ),
    (
        "India may cancel the S-400 deal with Russia.",
        {k("S-400", "RUS", "IND", "cancelled", "possible")},
    ),
]

CASES = AGREEMENT + PRODUCTION + DELIVERY + POSTPONED + CANCELLED + EXPECTED + DENIED + MORE


# Sentences whose candidate the learned decider scores near its threshold (0.37 against 0.40
# at the refit of 2026-12-02; a negated production step near 0.30 at the refit of the next
# session): the rules' own decision is checked, which each refit leaves alone.
NEAR_THRESHOLD = {
    "Production of the Su-57 for Algeria is scheduled to start in 2025.",
    "Production of the Rafale jets for India has not started yet.",
}


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_probe_makes_exactly_its_claims(sentence: str, expected: set[Key]) -> None:
    decider = RuleDecider() if sentence in NEAR_THRESHOLD else None
    assert claims(sentence, decider) == expected


HEADLINES = [
    ("Russia Delivers Second S-400 Regiment to India", k("S-400", "RUS", "IND", "delivery")),
    ("Poland Signs Deal for 180 K2 Tanks", k("K2", "KOR", "POL", "agreement")),
    ("Turkey Kicked Out of F-35 Program", k("F-35", "USA", "TUR", "cancelled")),
    ("Egypt Receives First Rafale Jets", k("Rafale", "FRA", "EGY", "delivery")),
    ("Indonesia Cancels Su-35 Purchase", k("Su-35", "RUS", "IDN", "cancelled")),
    ("S-400 Deliveries to India Delayed", k("S-400", "RUS", "IND", "postponed")),
    (
        "First F-35 Jets for Poland to Arrive in 2026",
        k("F-35", "USA", "POL", "delivery", "expected"),
    ),
    ("Russia Denies Delivering S-400 to Iran", k("S-400", "RUS", "IRN", "delivery", "denied")),
    ("Greece Orders Six More Rafale Jets", k("Rafale", "FRA", "GRC", "agreement")),
    ("Hanwha Starts Building K9 Howitzers for Australia", k("K9", "KOR", "AUS", "production")),
    ("Ukraine Gets First Abrams Tanks", k("Abrams", "USA", "UKR", "delivery")),
    ("Croatia Takes Delivery of Last Rafale Jets", k("Rafale", "FRA", "HRV", "delivery")),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINES, ids=[h for h, _ in HEADLINES])
def test_headline_probe(headline: str, expected: Key) -> None:
    text = headline + "\nOfficials gave no further details on Tuesday."
    assert probe_claims(text, title=headline) == {expected}


QUIET = [
    "Ukrainian troops used HIMARS launchers to strike a bridge near Kherson.",
    "A Russian Su-34 crashed during a training flight near Voronezh.",
    "The Rafale was on display at the Paris Air Show.",
    "Visitors to the Dubai Airshow saw the Su-75 mock-up.",
    "The K2 tank can fire on the move at targets 4 km away.",
    "The S-400 is capable of destroying targets at 400 km.",
    "Russia produces the Su-35 at its plant in Komsomolsk-on-Amur.",
    "India's air force grounded its Su-30 fleet for maintenance checks.",
    "Mechanics overhauled the engines of the F-16 at the depot.",
    "The Patriot battery shot down a Kinzhal missile over Kyiv.",
    "A Leopard 2 tank was destroyed by a mine near Robotyne.",
    "Lockheed Martin builds the F-35 in Fort Worth, Texas.",
    "The United States Air Force flies the F-22 from bases in Alaska.",
    "The Bayraktar TB2 drone has a range of 150 km.",
    "China showed the J-20 at the Zhuhai air show.",
    "Israeli F-35 jets struck targets in Syria on Sunday.",
    "The Indian Navy tested a BrahMos missile from a destroyer.",
    "Russia is building new Su-57 fighters for its own air force.",
    "Turkey's Bayraktar TB2 drones hit Kurdish militants in northern Iraq.",
    "Engineers upgraded the radar of the Mirage 2000 at a workshop in France.",
    "Pakistan displayed JF-17 jets at the parade in Islamabad.",
    "The F-16 crashed shortly after take-off from the base in Konya.",
    "Germany produces the Leopard 2 at a plant in Munich.",
    "The Su-25 was shot down over Avdiivka.",
    "South Korea started serial production of the KF-21 for its air force.",
    "Greece is the first European country to operate the Rafale after France.",
    "The Su-57 is built at the Komsomolsk-on-Amur plant for the Russian Aerospace Forces.",
    "China has built dozens of J-20 fighters for its air force.",
    "Ukrainian crews trained on the Patriot system in Germany.",
    "A Turkish F-16 intercepted a Greek Mirage 2000 over the Aegean.",
    "The Rafale took part in the Bastille Day flypast.",
    "The F-35 can carry two B61 nuclear bombs internally.",
    "The S-400 radar can track up to 300 targets.",
    "Egyptian Rafale jets took part in a joint exercise with Greece.",
    "A Saudi F-15 crashed during a training mission.",
    "Indian Su-30 jets, licence-built at home, flew over Delhi.",
    "The Su-34 delivered a strike on Ukrainian positions near Bakhmut.",
    "The Bayraktar TB2 delivered devastating blows to Russian convoys.",
    "The F-16 fleet received a radar upgrade last year.",
    "The Russian army sent more T-90 tanks to the front near Avdiivka.",
    "Russia moved S-400 batteries to Crimea in 2016.",
    "The Su-57 made its debut at the MAKS air show in 2011.",
    "The F-35 program has suffered cost overruns and delays.",
    "Production of the F-35 was delayed by supply chain problems.",
    "The crew abandoned the burning T-72 tank near Izium.",
    "Russia has deployed the S-400 to protect its base in Syria.",
    "The Patriot battery was moved from Rzeszow to another location.",
    "The US Army received its first M10 Booker vehicles in 2024.",
    "Lockheed Martin delivered its 1,000th F-35 to the US Air Force.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_probe_makes_no_claim(sentence: str) -> None:
    assert claims(sentence) == set()
