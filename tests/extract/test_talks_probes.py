# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Probes for English negotiation, postponement and cancellation cues in varied wording:
talks, offers, pitches, requests, shortlists and type selections, sale approvals and
notifications, letters of intent and MoUs (CLAIMS.md rule 8); delays, slips, holds, pauses,
freezes and suspensions (postponed); cancellations, bans, embargoes, vetoes, refused requests
and licences, and buyers walking away or giving up (cancelled). Active, passive and nominal
forms, with sentences that must not take the stage.

Every sentence is our own, written for these probes (never taken from news or ../shared). The
article is given a title of its own so the sentence is read as body text, not as a headline.
A postponement or cancellation announced for the future is a decision taken: asserted
(as factuality.py reads it), so those probes expect asserted."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]

NEGOTIATION: list[tuple[str, Key]] = [
    (
        "Greece is in talks with France over three more Rafale jets.",
        ("Rafale", "FRA", "GRC", "negotiation", "asserted"),
    ),
    (
        "Poland is negotiating with Seoul for a second batch of K2 tanks.",
        ("K2", "KOR", "POL", "negotiation", "asserted"),
    ),
    (
        "Saab has bid the Gripen E for Colombia's fighter requirement.",
        ("Gripen", "SWE", "COL", "negotiation", "asserted"),
    ),
    (
        "Turkey has offered the Bayraktar TB2 to Nigeria.",
        ("Bayraktar TB2", "TUR", "NGA", "negotiation", "asserted"),
    ),
    (
        "Lockheed Martin pitched the F-16 Block 70 to the Philippines.",
        ("F-16", "USA", "PHL", "negotiation", "asserted"),
    ),
    (
        "Morocco has requested 24 AH-64 Apache helicopters from the United States.",
        ("AH-64", "USA", "MAR", "negotiation", "asserted"),
    ),
    (
        "Argentina is seeking to buy JF-17 fighters from Pakistan.",
        ("JF-17", "PAK", "ARG", "negotiation", "asserted"),
    ),
    (
        "Romania has selected the K9 howitzer from South Korea.",
        ("K9", "KOR", "ROU", "negotiation", "asserted"),
    ),
    (
        "The Czech Republic picked the CV90 over its rivals.",
        ("CV90", "SWE", "CZE", "negotiation", "asserted"),
    ),
    (
        "Slovakia opted for the F-16 after a long competition.",
        ("F-16", "USA", "SVK", "negotiation", "asserted"),
    ),
    (
        "The Royal Thai Air Force down-selected the Gripen for its next fighter.",
        ("Gripen", "SWE", "THA", "negotiation", "asserted"),
    ),
    (
        "The State Department approved a possible sale of Harpoon missiles to Denmark.",
        ("Harpoon", "USA", "DNK", "negotiation", "asserted"),
    ),
    (
        "Washington cleared the sale of 12 MQ-9 drones to Qatar.",
        ("MQ-9", "USA", "QAT", "negotiation", "asserted"),
    ),
    (
        "The Pentagon notified Congress of a proposed sale of HIMARS to Estonia.",
        ("HIMARS", "USA", "EST", "negotiation", "asserted"),
    ),
    (
        "Indonesia signed a letter of intent for 42 Rafale jets.",
        ("Rafale", "FRA", "IDN", "negotiation", "asserted"),
    ),
    (
        "Serbia and France signed a memorandum of understanding on Rafale fighters.",
        ("Rafale", "FRA", "SRB", "negotiation", "asserted"),
    ),
    (
        "Vietnam is eyeing BrahMos missiles from India.",
        ("BrahMos", "IND", "VNM", "negotiation", "asserted"),
    ),
    ("Peru is mulling an order for K2 tanks.", ("K2", "KOR", "PER", "negotiation", "asserted")),
    (
        "Bulgaria is weighing whether to buy more F-16 jets.",
        ("F-16", "USA", "BGR", "negotiation", "asserted"),
    ),
    (
        "Egypt's request for F-15 fighters was approved by the State Department.",
        ("F-15", "USA", "EGY", "negotiation", "asserted"),
    ),
    (
        "Norway held negotiations with Germany over additional Leopard 2 tanks.",
        ("Leopard 2", "DEU", "NOR", "negotiation", "asserted"),
    ),
    (
        "Qatar has approached Paris about buying more Rafale jets.",
        ("Rafale", "FRA", "QAT", "negotiation", "asserted"),
    ),
    (
        "Germany's export board approved the transfer of IRIS-T systems to Egypt.",
        ("IRIS-T", "DEU", "EGY", "negotiation", "asserted"),
    ),
    (
        "Manila has submitted a request to buy two more Shaldag patrol boats from Israel.",
        ("Shaldag", "ISR", "PHL", "negotiation", "asserted"),
    ),
    (
        "India has floated a tender for Scorpene submarines.",
        ("Scorpene", "FRA", "IND", "negotiation", "asserted"),
    ),
    ("Russia offered Su-57 jets to Algeria.", ("Su-57", "RUS", "DZA", "negotiation", "asserted")),
    (
        "Kazakhstan is shopping for Su-30 fighters.",
        ("Su-30", "RUS", "KAZ", "negotiation", "asserted"),
    ),
    (
        "Sweden put forward the Gripen as a replacement for Peru's MiG-29 fleet.",
        ("Gripen", "SWE", "PER", "negotiation", "asserted"),
    ),
    (
        "Uruguay is exploring an acquisition of KAI FA-50 jets.",
        ("FA-50", "KOR", "URY", "negotiation", "asserted"),
    ),
    (
        "Seoul has made an offer of K9 howitzers to Egypt.",
        ("K9", "KOR", "EGY", "negotiation", "asserted"),
    ),
    (
        "Iraq is reportedly close to a deal for Rafale jets.",
        ("Rafale", "FRA", "IRQ", "negotiation", "asserted"),
    ),
    (
        "Hungary is understood to be eyeing the KF-21 from South Korea.",
        ("KF-21", "KOR", "HUN", "negotiation", "asserted"),
    ),
    (
        "Peru tabled an offer for 24 Gripen fighters.",
        ("Gripen", "SWE", "PER", "negotiation", "asserted"),
    ),
    (
        "South Korea made a pitch to sell K2 tanks to Slovakia.",
        ("K2", "KOR", "SVK", "negotiation", "asserted"),
    ),
    (
        "Egypt has made overtures to Moscow about the Su-57.",
        ("Su-57", "RUS", "EGY", "negotiation", "asserted"),
    ),
    (
        "Kyiv appealed to Berlin for Taurus missiles.",
        ("Taurus", "DEU", "UKR", "negotiation", "asserted"),
    ),
    ("Ukraine lobbied Washington for ATACMS.", ("ATACMS", "USA", "UKR", "negotiation", "asserted")),
    (
        "The Pentagon's Defense Security Cooperation Agency notified lawmakers of a potential sale of Javelin missiles to Kenya.",
        ("Javelin", "USA", "KEN", "negotiation", "asserted"),
    ),
    (
        "Congress was notified of the planned sale of 40 F-16 jets to Turkey.",
        ("F-16", "USA", "TUR", "negotiation", "asserted"),
    ),
    (
        "Denmark selected the CV90 as the winner of its infantry fighting vehicle competition.",
        ("CV90", "SWE", "DNK", "negotiation", "asserted"),
    ),
    (
        "The Gripen emerged as the frontrunner in Colombia's fighter contest.",
        ("Gripen", "SWE", "COL", "negotiation", "asserted"),
    ),
    (
        "The Rafale won Serbia's fighter competition.",
        ("Rafale", "FRA", "SRB", "negotiation", "asserted"),
    ),
    (
        "Malaysia named the FA-50 as its preferred light combat aircraft.",
        ("FA-50", "KOR", "MYS", "negotiation", "asserted"),
    ),
    (
        "Latvia intends to purchase HIMARS from the United States.",
        ("HIMARS", "USA", "LVA", "negotiation", "asserted"),
    ),
    (
        "Greece received approval from Washington to buy F-35 jets.",
        ("F-35", "USA", "GRC", "negotiation", "asserted"),
    ),
    (
        "Vietnam is said to be mulling Su-35 fighters from Russia.",
        ("Su-35", "RUS", "VNM", "negotiation", "asserted"),
    ),
    (
        "Egypt and Russia are haggling over the price of Su-35 jets.",
        ("Su-35", "RUS", "EGY", "negotiation", "asserted"),
    ),
    (
        "Paris has signalled its readiness to sell Rafale jets to Serbia.",
        ("Rafale", "FRA", "SRB", "negotiation", "asserted"),
    ),
    (
        "Jakarta has submitted a letter of request for F-15EX jets.",
        ("F-15", "USA", "IDN", "negotiation", "asserted"),
    ),
]

POSTPONED: list[tuple[str, Key]] = [
    (
        "The delivery of S-400 systems to India has been delayed.",
        ("S-400", "RUS", "IND", "postponed", "asserted"),
    ),
    (
        "Russia pushed back the handover of Su-35 jets to Iran until 2026.",
        ("Su-35", "RUS", "IRN", "postponed", "asserted"),
    ),
    (
        "The first Rafale for Greece slipped to next year.",
        ("Rafale", "FRA", "GRC", "postponed", "asserted"),
    ),
    (
        "Croatia deferred its purchase of Rafale fighters.",
        ("Rafale", "FRA", "HRV", "postponed", "asserted"),
    ),
    (
        "The handover of K9 howitzers to Norway was rescheduled for March.",
        ("K9", "KOR", "NOR", "postponed", "asserted"),
    ),
    (
        "The sale of F-35 jets to the UAE is on hold.",
        ("F-35", "USA", "ARE", "postponed", "asserted"),
    ),
    (
        "Washington put the sale of F-16 jets to Turkey on hold.",
        ("F-16", "USA", "TUR", "postponed", "asserted"),
    ),
    (
        "Deliveries of Patriot batteries to Poland are behind schedule.",
        ("Patriot", "USA", "POL", "postponed", "asserted"),
    ),
    (
        "Delivery of the first Leopard 2 tanks to Czechia has been pushed to the right.",
        ("Leopard 2", "DEU", "CZE", "postponed", "asserted"),
    ),
    (
        "Germany paused exports of Eurofighter jets to Saudi Arabia.",
        ("Eurofighter", "DEU", "SAU", "postponed", "asserted"),
    ),
    (
        "Shipments of Su-30 fighters to Myanmar have been held up by sanctions.",
        ("Su-30", "RUS", "MMR", "postponed", "asserted"),
    ),
    (
        "Supply problems have held up production of K2 tanks for Poland.",
        ("K2", "KOR", "POL", "postponed", "asserted"),
    ),
    (
        "India's S-400 deliveries are running late.",
        ("S-400", "RUS", "IND", "postponed", "asserted"),
    ),
    (
        "Delays hit the delivery of Type 214 submarines to Turkey.",
        ("Type 214", "DEU", "TUR", "postponed", "asserted"),
    ),
    ("Egypt's Su-35 order has stalled.", ("Su-35", "RUS", "EGY", "postponed", "asserted")),
    (
        "The US has frozen the transfer of F-35 jets to Turkey.",
        ("F-35", "USA", "TUR", "postponed", "asserted"),
    ),
    (
        "Russia has suspended deliveries of S-300 systems to Iran.",
        ("S-300", "RUS", "IRN", "postponed", "asserted"),
    ),
    (
        "The arrival of Rafale jets in Croatia was postponed.",
        ("Rafale", "FRA", "HRV", "postponed", "asserted"),
    ),
    (
        "Brazil's Gripen deliveries were put back by a year.",
        ("Gripen", "SWE", "BRA", "postponed", "asserted"),
    ),
    (
        "Berlin is holding back a shipment of Leopard 1 tanks to Ukraine.",
        ("Leopard 1", "DEU", "UKR", "postponed", "asserted"),
    ),
    (
        "The postponement of the Su-57 delivery to Algeria angered officials.",
        ("Su-57", "RUS", "DZA", "postponed", "asserted"),
    ),
    (
        "Deliveries of F-16 jets to Taiwan face a delay of two years.",
        ("F-16", "USA", "TWN", "postponed", "asserted"),
    ),
    (
        "Slovakia's first F-16 jets were delayed until 2024.",
        ("F-16", "USA", "SVK", "postponed", "asserted"),
    ),
    (
        "The K2 tank delivery to Poland will be delayed.",
        ("K2", "KOR", "POL", "postponed", "asserted"),
    ),
    (
        "Delivery of Bayraktar TB2 drones to Poland has been pushed into next year.",
        ("Bayraktar TB2", "TUR", "POL", "postponed", "asserted"),
    ),
    (
        "The first HIMARS for Estonia arrived later than planned.",
        ("HIMARS", "USA", "EST", "postponed", "asserted"),
    ),
    (
        "Rafale deliveries to India slipped by six months.",
        ("Rafale", "FRA", "IND", "postponed", "asserted"),
    ),
    ("India's Rafale deliveries hit a snag.", ("Rafale", "FRA", "IND", "postponed", "asserted")),
    (
        "The handover of Scorpene submarines to Brazil has been pushed back.",
        ("Scorpene", "FRA", "BRA", "postponed", "asserted"),
    ),
    (
        "F-35 delivery to Poland pushed back to 2027",
        ("F-35", "USA", "POL", "postponed", "asserted"),
    ),
    ("The Su-57 export to Algeria faces delays.", ("Su-57", "RUS", "DZA", "postponed", "asserted")),
    (
        "Production problems delayed the arrival of K9 howitzers in Estonia.",
        ("K9", "KOR", "EST", "postponed", "asserted"),
    ),
    (
        "Russia has put deliveries of S-400 systems to Turkey on ice.",
        ("S-400", "RUS", "TUR", "postponed", "asserted"),
    ),
    (
        "Deliveries of AH-64 helicopters to Morocco will be postponed until 2025.",
        ("AH-64", "USA", "MAR", "postponed", "asserted"),
    ),
    (
        "The transfer of Gripen jets to Thailand was held up for months.",
        ("Gripen", "SWE", "THA", "postponed", "asserted"),
    ),
    (
        "The Patriot deal with Switzerland has been put on the back burner.",
        ("Patriot", "USA", "CHE", "postponed", "asserted"),
    ),
    (
        "Delivery of the first Type 214 submarine to Turkey was rescheduled to next year.",
        ("Type 214", "DEU", "TUR", "postponed", "asserted"),
    ),
    (
        "Turkey's S-400 deliveries have been slowed by technical issues.",
        ("S-400", "RUS", "TUR", "postponed", "asserted"),
    ),
    (
        "Deliveries of the K2 tanks to Poland are lagging behind schedule.",
        ("K2", "KOR", "POL", "postponed", "asserted"),
    ),
    (
        "The supply of F-16 jets to Taiwan is being delayed by production bottlenecks.",
        ("F-16", "USA", "TWN", "postponed", "asserted"),
    ),
    (
        "The handover of HIMARS launchers to Taiwan has been deferred.",
        ("HIMARS", "USA", "TWN", "postponed", "asserted"),
    ),
    (
        "Algeria's Su-35 contract has been suspended pending a review.",
        ("Su-35", "RUS", "DZA", "postponed", "asserted"),
    ),
    (
        "The Swiss government put the Patriot purchase on pause.",
        ("Patriot", "USA", "CHE", "postponed", "asserted"),
    ),
]

CANCELLED: list[tuple[str, Key]] = [
    (
        "Switzerland cancelled its order for Patriot systems.",
        ("Patriot", "USA", "CHE", "cancelled", "asserted"),
    ),
    (
        "Malaysia scrapped plans to buy Su-30 jets from Russia.",
        ("Su-30", "RUS", "MYS", "cancelled", "asserted"),
    ),
    ("Canada axed its purchase of F-35 fighters.", ("F-35", "USA", "CAN", "cancelled", "asserted")),
    (
        "Indonesia dropped the Su-35 deal under US pressure.",
        ("Su-35", "RUS", "IDN", "cancelled", "asserted"),
    ),
    (
        "Egypt abandoned its plan to buy Su-35 jets.",
        ("Su-35", "RUS", "EGY", "cancelled", "asserted"),
    ),
    (
        "Australia walked away from the Attack-class submarine deal with France.",
        ("Attack-class", "FRA", "AUS", "cancelled", "asserted"),
    ),
    (
        "Australia terminated its contract for Barracuda submarines.",
        ("Barracuda", "FRA", "AUS", "cancelled", "asserted"),
    ),
    (
        "The US rescinded approval for the sale of F-35 jets to the UAE.",
        ("F-35", "USA", "ARE", "cancelled", "asserted"),
    ),
    (
        "Germany revoked the export licence for Leopard 2 tanks to Qatar.",
        ("Leopard 2", "DEU", "QAT", "cancelled", "asserted"),
    ),
    (
        "Congress blocked the sale of F-16 jets to Pakistan.",
        ("F-16", "USA", "PAK", "cancelled", "asserted"),
    ),
    (
        "The sale of AH-64 helicopters to Nigeria was vetoed by Congress.",
        ("AH-64", "USA", "NGA", "cancelled", "asserted"),
    ),
    (
        "Turkey was removed from the F-35 programme.",
        ("F-35", "USA", "TUR", "cancelled", "asserted"),
    ),
    (
        "Qatar pulled out of the deal for Leopard 2 tanks.",
        ("Leopard 2", "DEU", "QAT", "cancelled", "asserted"),
    ),
    (
        "Plans to sell Rafale jets to Malaysia were shelved.",
        ("Rafale", "FRA", "MYS", "cancelled", "asserted"),
    ),
    (
        "Moscow halted the delivery of S-300 missiles to Iran.",
        ("S-300", "RUS", "IRN", "postponed", "asserted"),
    ),
    (
        "Bangladesh has cancelled a planned purchase of MiG-29 jets from Russia.",
        ("MiG-29", "RUS", "BGD", "cancelled", "asserted"),
    ),
    (
        "The cancellation of the Su-30 order by Indonesia surprised Moscow.",
        ("Su-30", "RUS", "IDN", "cancelled", "asserted"),
    ),
    ("Peru has abandoned the purchase of K2 tanks.", ("K2", "KOR", "PER", "cancelled", "asserted")),
    (
        "Turkey's request for F-35 jets was refused by Washington.",
        ("F-35", "USA", "TUR", "cancelled", "asserted"),
    ),
    (
        "Norway refused an export licence for K9 howitzers to Ukraine.",
        ("K9", "KOR", "UKR", "cancelled", "asserted"),
    ),
    (
        "Washington denied Ankara's request for Patriot missiles.",
        ("Patriot", "USA", "TUR", "cancelled", "asserted"),
    ),
    ("Colombia gave up on buying Rafale jets.", ("Rafale", "FRA", "COL", "cancelled", "asserted")),
    (
        "The Philippines backed out of its deal for Mi-17 helicopters from Russia.",
        ("Mi-17", "RUS", "PHL", "cancelled", "asserted"),
    ),
    (
        "Iraq reneged on a contract for Mi-28 helicopters.",
        ("Mi-28", "RUS", "IRQ", "cancelled", "asserted"),
    ),
    (
        "Morocco shelved its plan to acquire Caesar howitzers.",
        ("Caesar", "FRA", "MAR", "cancelled", "asserted"),
    ),
    ("UAE Suspends Talks on F-35 Purchase", ("F-35", "USA", "ARE", "postponed", "asserted")),
    ("Indonesia Drops Plan to Buy Su-35", ("Su-35", "RUS", "IDN", "cancelled", "asserted")),
    (
        "The Czech Republic scrapped a tender for Leopard 2 tanks.",
        ("Leopard 2", "DEU", "CZE", "cancelled", "asserted"),
    ),
    (
        "Bulgaria walked away from talks on the Gripen.",
        ("Gripen", "SWE", "BGR", "cancelled", "asserted"),
    ),
    (
        "Argentina's purchase of JF-17 fighters fell through.",
        ("JF-17", "PAK", "ARG", "cancelled", "asserted"),
    ),
    ("The Su-35 deal with Egypt has collapsed.", ("Su-35", "RUS", "EGY", "cancelled", "asserted")),
    (
        "Russia froze its S-300 contract with Iran.",
        ("S-300", "RUS", "IRN", "postponed", "asserted"),
    ),
    (
        "The Philippines terminated its contract for Mi-17 helicopters.",
        ("Mi-17", "RUS", "PHL", "cancelled", "asserted"),
    ),
    (
        "India cancelled its order for 126 Rafale jets.",
        ("Rafale", "FRA", "IND", "cancelled", "asserted"),
    ),
    (
        "Germany barred the export of Leopard 2 tanks to Saudi Arabia.",
        ("Leopard 2", "DEU", "SAU", "cancelled", "asserted"),
    ),
    (
        "Washington banned the sale of F-35 fighters to Turkey.",
        ("F-35", "USA", "TUR", "cancelled", "asserted"),
    ),
    (
        "The Senate voted to block the sale of F-16 jets to Egypt.",
        ("F-16", "USA", "EGY", "cancelled", "asserted"),
    ),
    (
        "Germany stopped the sale of Leopard 2 tanks to Qatar.",
        ("Leopard 2", "DEU", "QAT", "postponed", "asserted"),
    ),
    (
        "The order for Rafale jets was cancelled by Qatar.",
        ("Rafale", "FRA", "QAT", "cancelled", "asserted"),
    ),
    ("Malaysia's Su-30 purchase was axed.", ("Su-30", "RUS", "MYS", "cancelled", "asserted")),
    (
        "France revoked the licence to export Rafale jets to Egypt.",
        ("Rafale", "FRA", "EGY", "cancelled", "asserted"),
    ),
    (
        "Russia has cancelled the sale of S-300 systems to Iran.",
        ("S-300", "RUS", "IRN", "cancelled", "asserted"),
    ),
    (
        "The United States imposed an arms embargo on Turkey that halted F-35 deliveries.",
        ("F-35", "USA", "TUR", "postponed", "asserted"),
    ),
    (
        "Berlin has vetoed the export of Eurofighter jets to Riyadh.",
        ("Eurofighter", "DEU", "SAU", "cancelled", "asserted"),
    ),
    ("Egypt has abandoned the Su-35 purchase.", ("Su-35", "RUS", "EGY", "cancelled", "asserted")),
]

CASES = NEGOTIATION + POSTPONED + CANCELLED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_probe_makes_exactly_its_claim(sentence: str, expected: Key) -> None:
    assert probe_claims(sentence) == {expected}


# A sentence and the stage it must not take: a tender launched is no ship launched, a date put
# forward is no offer, help appealed for is no request, a refused comment is no refused sale.
QUIET: list[tuple[str, str]] = [
    ("India launched a tender for six Scorpene submarines.", "production"),
    ("The crew gave up the search for the downed F-16.", "cancelled"),
    ("Berlin banned the opposition rally before the Leopard 2 tanks arrived in Kyiv.", "cancelled"),
    ("The delivery date of the Rafale jets for Greece was put forward to March.", "negotiation"),
    ("Kyiv appealed to Paris for help after the Su-35 strike.", "negotiation"),
    (
        "The Indian Air Force narrowed the gap with Pakistan after its Rafale jets arrived.",
        "negotiation",
    ),
    ("Turkey refused to comment on the S-400 deal.", "cancelled"),
    ("The press office denied that the F-35 had crashed.", "cancelled"),
    ("Pilots turned to the simulator for F-35 training.", "negotiation"),
    ("The F-16 was slowed by heavy rain during the air show.", "postponed"),
]


@pytest.mark.parametrize(("sentence", "stage"), QUIET, ids=[s for s, _ in QUIET])
def test_probe_takes_no_such_stage(sentence: str, stage: str) -> None:
    assert not any(c[3] == stage for c in probe_claims(sentence))


# Headlines: the telegraphic verb and its complement carry the stage.
HEADLINES: list[tuple[str, set[Key]]] = [
    (
        "Germany Bans Leopard 2 Exports to Saudi Arabia",
        {("Leopard 2", "DEU", "SAU", "cancelled", "asserted")},
    ),
    (
        "Washington Denies Ankara Request for Patriot Missiles",
        {("Patriot", "USA", "TUR", "cancelled", "asserted")},
    ),
    ("Egypt Gives Up on Su-35 Jets", {("Su-35", "RUS", "EGY", "cancelled", "asserted")}),
    (
        "Philippines Narrows Fighter Choice to Gripen and F-16",
        {
            ("F-16", "USA", "PHL", "negotiation", "asserted"),
            ("Gripen", "SWE", "PHL", "negotiation", "asserted"),
        },
    ),
    (
        "Kyiv Appeals to Berlin for Taurus Missiles",
        {("Taurus", "DEU", "UKR", "negotiation", "asserted")},
    ),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINES, ids=[h for h, _ in HEADLINES])
def test_headline_probe(headline: str, expected: set[Key]) -> None:
    text = headline + "\nOfficials gave no further details on Tuesday."
    assert probe_claims(text, title=headline) == expected
