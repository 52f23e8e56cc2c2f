# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""A second battery of stage probes: the words real reporting uses for each stage (wire,
press-release, trade-press, DSCA and ministry styles; active, passive, nominal and headline
forms; with and without a "said" frame) that test_stage_probes.py and the lexicon tables do
not hold, with sentences that use the same words for something else and must stay quiet
(CLAIMS.md 'Stages', rules 7-10).

Every sentence is our own, written for these probes (never taken from news or ../shared).
A probe the extractor still gets wrong is a strict xfail in KNOWN_MISSES with the reason, so
that fixing it fails the test until the entry goes."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Key = tuple[str, str | None, str | None, str, str]


def k(system: str, supplier: str | None, recipient: str, stage: str, fact: str = "asserted") -> Key:
    return (system, supplier, recipient, stage, fact)


AGREEMENT = [
    (
        "Morocco booked an order for 24 AH-64 helicopters from the United States.",
        k("AH-64", "USA", "MAR", "agreement"),
    ),
    (
        "Indonesia placed a repeat order for six more Rafale jets.",
        k("Rafale", "FRA", "IDN", "agreement"),
    ),
    ("Brazil has procured 36 Gripen fighters from Sweden.", k("Gripen", "SWE", "BRA", "agreement")),
    (
        "The $2bn deal for 12 Rafale jets was signed by Serbia in Belgrade.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "Lockheed Martin was awarded a contract to supply F-16 Block 70 jets to Bulgaria.",
        k("F-16", "USA", "BGR", "agreement"),
    ),
    (
        "Saab has been awarded a contract for Gripen E jets by Colombia.",
        k("Gripen", "SWE", "COL", "agreement"),
    ),
    (
        "Egypt clinched a deal with Germany for four MEKO A-200 frigates.",
        k("MEKO A-200", "DEU", "EGY", "agreement"),
    ),
    ("Poland and South Korea sealed a deal for 180 K2 tanks.", k("K2", "KOR", "POL", "agreement")),
    (
        "Vietnam concluded a contract with India for BrahMos missiles.",
        k("BrahMos", "IND", "VNM", "agreement"),
    ),
    (
        "India RATIFIES DEAL: New Delhi finalises purchase of 26 Rafale M jets.",
        k("Rafale", "FRA", "IND", "agreement"),
    ),
    ("Thailand inks contract for Gripen E fighters", k("Gripen", "SWE", "THA", "agreement")),
    (
        "Qatar signs $5bn deal for NASAMS air defence systems",
        k("NASAMS", "NOR", "QAT", "agreement"),
    ),
    (
        "The contract for eight Scorpene submarines was awarded to Naval Group by Indonesia.",
        k("Scorpene", "FRA", "IDN", "agreement"),
    ),
    (
        "Slovakia has struck a deal with the United States for 14 F-16 fighters.",
        k("F-16", "USA", "SVK", "agreement"),
    ),
    (
        "Argentina completed the purchase of 24 F-16 jets from Denmark.",
        k("F-16", "DNK", "ARG", "agreement"),
    ),
    (
        "Estonia has signed a deal with Israel to acquire Blue Spear missiles.",
        k("Blue Spear", "ISR", "EST", "agreement"),
    ),
    (
        "Czech Republic commits to buying 24 F-35 jets from the US",
        k("F-35", "USA", "CZE", "agreement"),
    ),
    (
        "Serbia has secured 12 Rafale jets under a contract signed in August.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "Egypt has formalised its order for 30 more Rafale jets.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    ("The Rafale contract with India took effect in 2016.", k("Rafale", "FRA", "IND", "agreement")),
    (
        "Norway firmed up the purchase of 24 K9 howitzers from South Korea.",
        k("K9", "KOR", "NOR", "agreement"),
    ),
    (
        "Hungary is buying 44 Leopard 2 tanks from Germany.",
        k("Leopard 2", "DEU", "HUN", "agreement"),
    ),
    (
        "The K9 howitzers ordered by Australia will be built in Geelong.",
        k("K9", "KOR", "AUS", "agreement"),
    ),
    (
        "Colombia signed on the dotted line for 17 Gripen jets.",
        k("Gripen", "SWE", "COL", "agreement"),
    ),
    (
        "Egypt's contract signature for 24 Rafale jets took place in Cairo.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Indonesia committed to buying 42 Rafale jets from France.",
        k("Rafale", "FRA", "IDN", "agreement"),
    ),
    (
        "The deal, worth $8bn, covers 42 Rafale jets for Indonesia.",
        k("Rafale", "FRA", "IDN", "agreement"),
    ),
    (
        "Greece's order for six more Rafale jets became effective in March.",
        k("Rafale", "FRA", "GRC", "agreement"),
    ),
    (
        "Bulgaria has contracted Lockheed Martin for eight more F-16 jets.",
        k("F-16", "USA", "BGR", "agreement"),
    ),
    (
        "India has placed orders for 26 Rafale M jets with Dassault.",
        k("Rafale", "FRA", "IND", "agreement"),
    ),
    ("Croatia buys 12 Rafale jets from France", k("Rafale", "FRA", "HRV", "agreement")),
    ("Morocco acquires 24 AH-64 helicopters from the US", k("AH-64", "USA", "MAR", "agreement")),
    (
        "Under the agreement signed in 2021, Egypt will get 30 Rafale jets.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    ("India, France ink Rafale M deal", k("Rafale", "FRA", "IND", "agreement")),
    (
        "The signing of the contract for 12 Rafale jets for Serbia took place in Belgrade.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "Deal done: Egypt to get 30 more Rafale jets from France",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Turkey completed the purchase of S-400 systems from Russia in 2017.",
        k("S-400", "RUS", "TUR", "agreement"),
    ),
    (
        "Estonia went ahead with the purchase of K9 howitzers from South Korea.",
        k("K9", "KOR", "EST", "agreement"),
    ),
    (
        "The Philippines has signed for two more BrahMos batteries from India, the defence department said.",
        k("BrahMos", "IND", "PHL", "agreement"),
    ),
    (
        "A contract signing ceremony for 48 K9 howitzers for Egypt was held in Cairo.",
        k("K9", "KOR", "EGY", "agreement"),
    ),
    (
        "Ukraine secured 24 more F-16 jets from Norway under a deal signed on Monday.",
        k("F-16", "NOR", "UKR", "agreement"),
    ),
]
NEGOTIATION = [
    (
        "Norway signed off on the purchase of 54 K9 howitzers from South Korea.",
        k("K9", "KOR", "NOR", "negotiation"),
    ),
    (
        "The Greek cabinet approved the purchase of 24 Rafale jets from France.",
        k("Rafale", "FRA", "GRC", "negotiation"),
    ),
    (
        "Vietnam is in talks with India over the purchase of BrahMos missiles.",
        k("BrahMos", "IND", "VNM", "negotiation"),
    ),
    (
        "Serbia is eyeing the Rafale as a replacement for its MiG-29 fleet.",
        k("Rafale", "FRA", "SRB", "negotiation"),
    ),
    (
        "Colombia is mulling the Gripen and the F-16 for its new fighter fleet.",
        k("Gripen", "SWE", "COL", "negotiation"),
    ),
    (
        "Peru has shortlisted the Gripen, the Rafale and the F-16 for its fighter programme.",
        k("Gripen", "SWE", "PER", "negotiation"),
    ),
    (
        "Poland down-selected the K2 tank for its new armoured brigades.",
        k("K2", "KOR", "POL", "negotiation"),
    ),
    (
        "Bulgaria named Saab the preferred bidder for Gripen jets.",
        k("Gripen", "SWE", "BGR", "negotiation"),
    ),
    (
        "Romania issued a request for proposals for K9 howitzers from South Korea.",
        k("K9", "KOR", "ROU", "negotiation"),
    ),
    (
        "Switzerland sent a letter of request for Patriot systems to Washington.",
        k("Patriot", "USA", "CHE", "negotiation"),
    ),
    (
        "The State Department cleared a possible sale of F-16 jets to the Philippines.",
        k("F-16", "USA", "PHL", "negotiation"),
    ),
    (
        "The DSCA notified Congress of a possible sale of AH-64 helicopters to Morocco.",
        k("AH-64", "USA", "MAR", "negotiation"),
    ),
    (
        "Germany gave the green light for the export of Eurofighter jets to Saudi Arabia.",
        k("Eurofighter", "DEU", "SAU", "negotiation"),
    ),
    (
        "Berlin granted an export licence for IRIS-T systems to Egypt.",
        k("IRIS-T", "DEU", "EGY", "negotiation"),
    ),
    (
        "Saab pitched the Gripen E to the Philippine Air Force.",
        k("Gripen", "SWE", "PHL", "negotiation"),
    ),
    ("South Korea offered K2 tanks to Romania.", k("K2", "KOR", "ROU", "negotiation")),
    (
        "Indonesia is weighing an offer of J-10 jets from China.",
        k("J-10", "CHN", "IDN", "negotiation"),
    ),
    (
        "Uzbekistan is in negotiations with China for J-10C fighters.",
        k("J-10", "CHN", "UZB", "negotiation"),
    ),
    (
        "Washington has approved the sale of Patriot systems to Switzerland.",
        k("Patriot", "USA", "CHE", "negotiation"),
    ),
    (
        "India is looking to acquire more S-400 systems from Russia.",
        k("S-400", "RUS", "IND", "negotiation"),
    ),
    (
        "Egypt is said to be interested in acquiring J-10C fighters from China.",
        k("J-10", "CHN", "EGY", "negotiation"),
    ),
    (
        "Argentina has opened talks with China over JF-17 jets.",
        k("JF-17", "CHN", "ARG", "negotiation"),
    ),
    (
        "Morocco launched a tender for Patriot-class air defence; the Patriot from the US is in the running.",
        k("Patriot", "USA", "MAR", "negotiation"),
    ),
    (
        "US approves possible $1bn sale of NASAMS to Taiwan",
        k("NASAMS", "USA", "TWN", "negotiation"),
    ),
    (
        "Greece submitted a letter of request for F-35 jets to the United States.",
        k("F-35", "USA", "GRC", "negotiation"),
    ),
    (
        "Thailand has sought F-35 jets from the United States.",
        k("F-35", "USA", "THA", "negotiation"),
    ),
    (
        "Colombia earmarked funds for the purchase of Gripen jets from Sweden.",
        k("Gripen", "SWE", "COL", "negotiation"),
    ),
    (
        "Talks with Russia on the Su-35 for Egypt are at an advanced stage.",
        k("Su-35", "RUS", "EGY", "negotiation"),
    ),
    (
        "Saab submitted a bid to supply Gripen jets to Peru.",
        k("Gripen", "SWE", "PER", "negotiation"),
    ),
    (
        "South Korea has made an offer of K2 tanks to Slovakia.",
        k("K2", "KOR", "SVK", "negotiation"),
    ),
    (
        "Egypt requested 24 F-15 jets from the United States.",
        k("F-15", "USA", "EGY", "negotiation"),
    ),
    (
        "Romania approached the United States about buying more F-35 jets.",
        k("F-35", "USA", "ROU", "negotiation"),
    ),
    (
        "The State Department okayed the possible sale of HIMARS to Estonia.",
        k("HIMARS", "USA", "EST", "negotiation"),
    ),
    (
        "The Indian Defence Acquisition Council cleared the purchase of 31 MQ-9 drones from the US.",
        k("MQ-9", "USA", "IND", "negotiation"),
    ),
    (
        "The Philippines is set to acquire more BrahMos batteries from India.",
        k("BrahMos", "IND", "PHL", "negotiation"),
    ),
    (
        "Peru intends to acquire 24 Gripen jets from Sweden.",
        k("Gripen", "SWE", "PER", "negotiation"),
    ),
    ("Iraq responded to a Pakistani offer of JF-17 jets.", k("JF-17", "PAK", "IRQ", "negotiation")),
    (
        "Sweden's offer of Gripen jets to Colombia is still on the table.",
        k("Gripen", "SWE", "COL", "negotiation"),
    ),
    (
        "Thailand has budgeted for the purchase of Gripen E jets.",
        k("Gripen", "SWE", "THA", "negotiation"),
    ),
    (
        "India's Defence Ministry gave its nod to buy 26 Rafale M jets from France.",
        k("Rafale", "FRA", "IND", "negotiation"),
    ),
    (
        "Berlin refused an export licence for Leopard 2 tanks to Saudi Arabia.",
        k("Leopard 2", "DEU", "SAU", "negotiation", "denied"),
    ),
    (
        "Poland has been cleared to buy 96 AH-64 helicopters from the United States.",
        k("AH-64", "USA", "POL", "negotiation"),
    ),
    (
        "The US approved Poland's request to buy 500 HIMARS launchers.",
        k("HIMARS", "USA", "POL", "negotiation"),
    ),
    (
        "Vietnam issued a request for information on Gripen jets from Sweden.",
        k("Gripen", "SWE", "VNM", "negotiation"),
    ),
    (
        "Bidders for the Indian fighter tender include the Rafale from France.",
        k("Rafale", "FRA", "IND", "negotiation"),
    ),
    (
        "Indonesia and France resumed talks on more Rafale jets.",
        k("Rafale", "FRA", "IDN", "negotiation"),
    ),
    (
        "Argentina requested pricing for JF-17 jets from Pakistan.",
        k("JF-17", "PAK", "ARG", "negotiation"),
    ),
    (
        "Malaysia entered talks with South Korea on FA-50 jets.",
        k("FA-50", "KOR", "MYS", "negotiation"),
    ),
    (
        "Saudi Arabia is negotiating the purchase of Eurofighter jets.",
        k("Eurofighter", None, "SAU", "negotiation"),
    ),
    (
        "Qatar expressed interest in Eurofighter jets, a source said.",
        k("Eurofighter", None, "QAT", "negotiation"),
    ),
    (
        "Poland has allocated funds for the purchase of more K2 tanks from South Korea.",
        k("K2", "KOR", "POL", "negotiation"),
    ),
    (
        "Greece has been authorised to purchase 40 F-35 jets from the United States.",
        k("F-35", "USA", "GRC", "negotiation"),
    ),
]
DELIVERY = [
    (
        "Croatia took delivery of its last Rafale jets from France in 2025.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "The first K2 tanks for Poland were unloaded at the port of Gdynia.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    (
        "Two Gripen jets leased from Sweden touched down in Budapest.",
        k("Gripen", "SWE", "HUN", "delivery"),
    ),
    (
        "The Czech Republic leased 14 Gripen jets from Sweden.",
        k("Gripen", "SWE", "CZE", "delivery"),
    ),
    ("The United States lent Patriot batteries to Poland.", k("Patriot", "USA", "POL", "delivery")),
    ("Germany loaned two Patriot batteries to Slovakia.", k("Patriot", "DEU", "SVK", "delivery")),
    (
        "The Patriot batteries on loan from Germany arrived in Slovakia.",
        k("Patriot", "DEU", "SVK", "delivery"),
    ),
    (
        "Denmark gifted its entire fleet of CAESAR howitzers to Ukraine.",
        k("Caesar", "DNK", "UKR", "delivery"),
    ),
    ("Belgium donated F-16 jets to Ukraine in 2025.", k("F-16", "BEL", "UKR", "delivery")),
    (
        "The Netherlands transferred 18 F-16 jets to Romania's training centre.",
        k("F-16", "NLD", "ROU", "delivery"),
    ),
    (
        "The Rafale jets were ferried from France to India in batches.",
        k("Rafale", "FRA", "IND", "delivery"),
    ),
    (
        "The Philippine Navy now operates the ex-Korean Pohang-class corvette.",
        k("Pohang", "KOR", "PHL", "delivery"),
    ),
    (
        "The FREMM frigate, bought from Italy, was commissioned into the Egyptian Navy in 2015.",
        k("FREMM", "ITA", "EGY", "delivery"),
    ),
    (
        "The Type 054A frigates built by China joined the Pakistan Navy fleet in 2023.",
        k("Type 054", "CHN", "PAK", "delivery"),
    ),
    (
        "The first batch of J-10C fighters from China arrived in Pakistan.",
        k("J-10", "CHN", "PAK", "delivery"),
    ),
    (
        "The last batch of S-400 missiles was handed over to India.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    ("Egypt received its first Su-35 fighters from Russia.", k("Su-35", "RUS", "EGY", "delivery")),
    (
        "The Bayraktar TB2 drones supplied by Turkey entered service with the Polish army.",
        k("Bayraktar TB2", "TUR", "POL", "delivery"),
    ),
    (
        "HIMARS launchers shipped from the United States landed in Lithuania.",
        k("HIMARS", "USA", "LTU", "delivery"),
    ),
    ("First K9 howitzers handed over to Egypt", k("K9", "KOR", "EGY", "delivery")),
    ("Iran takes delivery of Su-35 jets from Russia", k("Su-35", "RUS", "IRN", "delivery")),
    (
        "The Indian Air Force inducted the S-400 systems bought from Russia.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    ("Ukraine received ex-Dutch F-16 jets in 2024.", k("F-16", "NLD", "UKR", "delivery")),
    (
        "Norway shipped the first NASAMS launchers to Ukraine by rail.",
        k("NASAMS", "NOR", "UKR", "delivery"),
    ),
    (
        "The Leopard 2 tanks reached Ukraine by train from Poland.",
        k("Leopard 2", "POL", "UKR", "delivery"),
    ),
    (
        "The second Scorpene submarine for Brazil was delivered to the Brazilian Navy.",
        k("Scorpene", "FRA", "BRA", "delivery"),
    ),
    (
        "Chile acquired two Type 23 frigates from Britain in 2019.",
        k("Type 23", "GBR", "CHL", "delivery"),
    ),
    ("Poland has sent T-72 tanks to Ukraine.", k("T-72", "POL", "UKR", "delivery")),
    (
        "Greece welcomed its first Rafale jets from France at Tanagra.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "The K9 howitzers bought from South Korea are now in Egyptian service.",
        k("K9", "KOR", "EGY", "delivery"),
    ),
    (
        "The Su-30 jets were formally handed to Algeria in a ceremony.",
        k("Su-30", "RUS", "DZA", "delivery"),
    ),
    ("The first Akash battery left India for Armenia.", k("Akash", "IND", "ARM", "delivery")),
    (
        "The Bayraktar TB2 drones were accepted into service by the Polish army.",
        k("Bayraktar TB2", "TUR", "POL", "delivery"),
    ),
    (
        "Turkey's Russian-supplied S-400 systems were switched on for tests.",
        k("S-400", "RUS", "TUR", "delivery"),
    ),
    (
        "The first two F-16 jets from Denmark are now in Argentina.",
        k("F-16", "DNK", "ARG", "delivery"),
    ),
    (
        "Patriot systems from Germany have been deployed in Ukraine since 2023.",
        k("Patriot", "DEU", "UKR", "delivery"),
    ),
    (
        "The second batch of HIMARS from the United States has reached Estonia.",
        k("HIMARS", "USA", "EST", "delivery"),
    ),
    (
        "The last Rafale ordered by Qatar was handed to the Qatari Emiri Air Force.",
        k("Rafale", "FRA", "QAT", "delivery"),
    ),
    (
        "The first Scorpene for Indonesia set sail from Brest.",
        k("Scorpene", "FRA", "IDN", "delivery"),
    ),
    ("Egypt showed off its newly delivered Rafale jets.", k("Rafale", "FRA", "EGY", "delivery")),
    (
        "The second Gowind corvette for Egypt sailed for Alexandria on Monday.",
        k("Gowind", "FRA", "EGY", "delivery"),
    ),
    ("The FREMM frigate set sail for Egypt in June.", k("FREMM", "FRA", "EGY", "delivery")),
    ("Serbia's first Rafale arrives from France", k("Rafale", "FRA", "SRB", "delivery")),
    ("Poland gets first K2 tanks from South Korea", k("K2", "KOR", "POL", "delivery")),
    ("Ukraine's new Leopard 2 tanks came from Spain.", k("Leopard 2", "ESP", "UKR", "delivery")),
    (
        "Delivery of the first K9 howitzers to Estonia was completed in 2020.",
        k("K9", "KOR", "EST", "delivery"),
    ),
    ("Serbia takes first Rafale from France", k("Rafale", "FRA", "SRB", "delivery")),
    (
        "The first of 12 Rafale jets ordered by Serbia was delivered in 2025.",
        k("Rafale", "FRA", "SRB", "delivery"),
    ),
    (
        "Pakistan's J-10C jets, which arrived from China in 2022, flew at the parade.",
        k("J-10", "CHN", "PAK", "delivery"),
    ),
    (
        "The China-supplied J-10C jets of Pakistan flew at the parade.",
        k("J-10", "CHN", "PAK", "delivery"),
    ),
    (
        "The K2 tanks that Poland received from South Korea took part in drills.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    (
        "The Rafale jets for Greece will be handed over in batches.",
        k("Rafale", "FRA", "GRC", "delivery", "expected"),
    ),
    ("Russia has begun shipping S-400 components to India.", k("S-400", "RUS", "IND", "delivery")),
    (
        "A handover ceremony for the first K9 howitzers was held in Estonia.",
        k("K9", "KOR", "EST", "delivery"),
    ),
    (
        "Five more Rafale jets flew in from France to India on Wednesday.",
        k("Rafale", "FRA", "IND", "delivery"),
    ),
    (
        "Two more F-16 jets were flown in from Denmark to Argentina.",
        k("F-16", "DNK", "ARG", "delivery"),
    ),
    ("Hungary leased 14 Gripen jets from Sweden in 2001.", k("Gripen", "SWE", "HUN", "delivery")),
    (
        "India is leasing two MQ-9 drones from the United States.",
        k("MQ-9", "USA", "IND", "delivery"),
    ),
    ("Britain lent Brimstone missiles to Ukraine.", k("Brimstone", "GBR", "UKR", "delivery")),
    (
        "The Patriot battery on loan from the Netherlands protects Slovakia.",
        k("Patriot", "NLD", "SVK", "delivery"),
    ),
    (
        "The Hungarian Air Force welcomed its first KF-21 jets from South Korea.",
        k("KF-21", "KOR", "HUN", "delivery"),
    ),
    (
        "The Type 054A frigate joined the Pakistan Navy fleet in 2023.",
        k("Type 054", "CHN", "PAK", "delivery"),
    ),
    ("Croatia takes last Rafale jets from France", k("Rafale", "FRA", "HRV", "delivery")),
    (
        "Slovakia will lease 12 Gripen jets from Sweden, the ministry said.",
        k("Gripen", "SWE", "SVK", "delivery", "expected"),
    ),
    (
        "The Czech Republic is to lease 14 Gripen jets from Sweden.",
        k("Gripen", "SWE", "CZE", "delivery", "expected"),
    ),
]
PRODUCTION = [
    (
        "Under a 2019 contract, South Korea is building K9 howitzers for Australia.",
        k("K9", "KOR", "AUS", "production"),
    ),
    (
        "The first K2 tank for Poland rolled off the production line in Changwon.",
        k("K2", "KOR", "POL", "production"),
    ),
    (
        "Two Scorpene submarines are under construction for Indonesia.",
        k("Scorpene", "FRA", "IDN", "production"),
    ),
    (
        "Naval Group cut steel on the first Scorpene for Indonesia.",
        k("Scorpene", "FRA", "IDN", "production"),
    ),
    (
        "China laid the keel for the first Type 054A frigate for Pakistan.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    (
        "Assembly of the first F-16 Block 70 for Bulgaria has begun in Greenville.",
        k("F-16", "USA", "BGR", "production"),
    ),
    (
        "The Rafale jets for Indonesia are in production at Merignac.",
        k("Rafale", "FRA", "IDN", "production"),
    ),
    ("Hanwha is producing K9 howitzers for Egypt.", k("K9", "KOR", "EGY", "production")),
    (
        "The first Gripen E for Thailand is being assembled in Linkoping.",
        k("Gripen", "SWE", "THA", "production"),
    ),
    (
        "Italy started building the FREMM frigates for Indonesia.",
        k("FREMM", "ITA", "IDN", "production"),
    ),
    (
        "Production of S-400 systems for India is under way, Rostec said.",
        k("S-400", "RUS", "IND", "production"),
    ),
    (
        "Turkey is manufacturing Bayraktar TB2 drones for Kuwait.",
        k("Bayraktar TB2", "TUR", "KWT", "production"),
    ),
    (
        "Work has started on the K9 howitzers ordered by Vietnam.",
        k("K9", "KOR", "VNM", "production"),
    ),
    (
        "Steel cutting for the first Type 054A frigate for Pakistan took place in Shanghai.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    (
        "Construction of the second Scorpene for Brazil is well advanced.",
        k("Scorpene", "FRA", "BRA", "production"),
    ),
    (
        "The first Rafale for Croatia made its first flight in France.",
        k("Rafale", "FRA", "HRV", "production"),
    ),
    (
        "The Gowind corvette for Egypt was floated out in Lorient.",
        k("Gowind", "FRA", "EGY", "production"),
    ),
    (
        "South Korea has begun building the K2 tanks for Poland.",
        k("K2", "KOR", "POL", "production"),
    ),
    (
        "Dassault has started making the Rafale jets for Indonesia.",
        k("Rafale", "FRA", "IDN", "production"),
    ),
    (
        "The first F-16 Block 70 for Slovakia is on the assembly line in Greenville.",
        k("F-16", "USA", "SVK", "production"),
    ),
    (
        "Fabrication of the first Type 209 submarine for Indonesia started in 2012.",
        k("Type 209", "KOR", "IDN", "production"),
    ),
    (
        "A keel-laying ceremony for the first Type 054A frigate for Pakistan was held in Shanghai.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    (
        "The second Scorpene submarine was launched for the Brazilian Navy.",
        k("Scorpene", "FRA", "BRA", "production"),
    ),
    (
        "The K9 howitzers for Egypt are being built under licence in Egypt.",
        k("K9", "KOR", "EGY", "production"),
    ),
    (
        "The first FREMM frigate for Egypt began sea trials off Lorient.",
        k("FREMM", "FRA", "EGY", "production"),
    ),
    (
        "The Type 054A frigate for Pakistan completed sea trials in 2022.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
]
POSTPONED = [
    (
        "Delivery of the Su-35 jets to Iran has been deferred to 2027.",
        k("Su-35", "RUS", "IRN", "postponed"),
    ),
    (
        "The handover of the Scorpene submarine to Brazil was rescheduled for 2026.",
        k("Scorpene", "FRA", "BRA", "postponed"),
    ),
    ("The F-16 sale to Turkey is on hold, officials said.", k("F-16", "USA", "TUR", "postponed")),
    ("Washington froze the sale of F-35 jets to the UAE.", k("F-35", "USA", "ARE", "postponed")),
    (
        "Germany suspended exports of Leopard 2 tanks to Turkey.",
        k("Leopard 2", "DEU", "TUR", "postponed"),
    ),
    (
        "The transfer of Patriot systems to Ukraine was held up by Congress.",
        k("Patriot", "USA", "UKR", "postponed"),
    ),
    ("The Su-35 deal with Indonesia has stalled.", k("Su-35", "RUS", "IDN", "postponed")),
    ("The S-400 deliveries to India slipped into 2026.", k("S-400", "RUS", "IND", "postponed")),
    (
        "Deliveries of F-16 jets to Bulgaria have slipped by a year.",
        k("F-16", "USA", "BGR", "postponed"),
    ),
    (
        "The delivery of the K2 tanks to Poland was pushed back by six months.",
        k("K2", "KOR", "POL", "postponed"),
    ),
    ("Washington paused deliveries of HIMARS to Ukraine.", k("HIMARS", "USA", "UKR", "postponed")),
    ("Delays hit F-35 deliveries to Poland", k("F-35", "USA", "POL", "postponed")),
    (
        "The Rafale order from Egypt was put on ice after a funding dispute.",
        k("Rafale", "FRA", "EGY", "postponed"),
    ),
    (
        "F-35 deliveries to Switzerland face a delay of two years.",
        k("F-35", "USA", "CHE", "postponed"),
    ),
    (
        "The Mirage 2000 purchase from Qatar was put on hold by Indonesia.",
        k("Mirage 2000", "QAT", "IDN", "postponed"),
    ),
    ("Iraq's Mi-28 deal with Russia remains in limbo.", k("Mi-28", "RUS", "IRQ", "postponed")),
    (
        "The T129 helicopters for the Philippines have yet to arrive, two years behind schedule.",
        k("T129", "TUR", "PHL", "postponed"),
    ),
    (
        "The first F-35 for Poland won't arrive until 2027, a year later than planned.",
        k("F-35", "USA", "POL", "postponed"),
    ),
    (
        "Delivery of the NH90 helicopters to Norway has been delayed again.",
        k("NH90", None, "NOR", "postponed"),
    ),
    ("The CH-47 delivery to Canada was pushed to 2013.", k("CH-47", "USA", "CAN", "postponed")),
    (
        "A dispute over engines has held back the sale of T129 helicopters to Pakistan.",
        k("T129", "TUR", "PAK", "postponed"),
    ),
    (
        "Russia has put the S-400 deliveries to China on pause.",
        k("S-400", "RUS", "CHN", "postponed"),
    ),
    (
        "The delivery schedule for the K9 howitzers to Egypt has been revised to 2026.",
        k("K9", "KOR", "EGY", "postponed"),
    ),
    (
        "Germany postpones decision on Eurofighter sale to Saudi Arabia",
        k("Eurofighter", "DEU", "SAU", "postponed"),
    ),
    (
        "The sale of AH-1Z helicopters to Nigeria was frozen over human rights concerns.",
        k("AH-1", "USA", "NGA", "postponed"),
    ),
    ("Jakarta put the Su-35 purchase on hold indefinitely.", k("Su-35", "RUS", "IDN", "postponed")),
    ("The Su-35 sale to Egypt was put on the back burner.", k("Su-35", "RUS", "EGY", "postponed")),
    ("The purchase of K2 tanks by Slovakia remains frozen.", k("K2", "KOR", "SVK", "postponed")),
    (
        "Russia has been slow to deliver S-400 systems to India.",
        k("S-400", "RUS", "IND", "postponed"),
    ),
    ("The F-35 deliveries to Turkey were suspended in 2019.", k("F-35", "USA", "TUR", "postponed")),
    (
        "The first F-35 for Poland will arrive in 2027, a year later than planned.",
        k("F-35", "USA", "POL", "postponed"),
    ),
]
CANCELLED = [
    (
        "Switzerland scrapped the Gripen purchase after a referendum.",
        k("Gripen", "SWE", "CHE", "cancelled"),
    ),
    ("Poland axed its order for K2 tanks from South Korea.", k("K2", "KOR", "POL", "cancelled")),
    ("Indonesia ditched the Su-35 deal with Russia.", k("Su-35", "RUS", "IDN", "cancelled")),
    (
        "Australia terminated its contract with France for Attack-class submarines.",
        k("Attack-class", "FRA", "AUS", "cancelled"),
    ),
    ("Turkey was removed from the F-35 programme in 2019.", k("F-35", "USA", "TUR", "cancelled")),
    (
        "Egypt walked away from the Su-35 deal under US pressure.",
        k("Su-35", "RUS", "EGY", "cancelled"),
    ),
    (
        "Washington revoked the export licence for F-16 parts to Pakistan; the F-16 deal with Pakistan was rescinded.",
        k("F-16", "USA", "PAK", "cancelled"),
    ),
    (
        "Germany vetoed the sale of Eurofighter jets to Saudi Arabia.",
        k("Eurofighter", "DEU", "SAU", "cancelled"),
    ),
    (
        "The sale of F-35 jets to the UAE was blocked by Congress.",
        k("F-35", "USA", "ARE", "cancelled"),
    ),
    (
        "Iraq pulled out of the deal for T-90 tanks from Russia.",
        k("T-90", "RUS", "IRQ", "cancelled"),
    ),
    (
        "The Philippines cancelled its order for Mi-17 helicopters from Russia.",
        k("Mi-17", "RUS", "PHL", "cancelled"),
    ),
    (
        "France called off the delivery of Mistral ships to Russia.",
        k("Mistral", "FRA", "RUS", "cancelled"),
    ),
    ("US kicks Turkey out of F-35 programme", k("F-35", "USA", "TUR", "cancelled")),
    (
        "The Su-35 deal with Indonesia is dead, a minister said.",
        k("Su-35", "RUS", "IDN", "cancelled"),
    ),
    (
        "Norway ended its NH90 contract and asked for its money back.",
        k("NH90", None, "NOR", "cancelled"),
    ),
    ("Indonesia reneged on its Su-35 deal with Russia.", k("Su-35", "RUS", "IDN", "cancelled")),
    (
        "Indonesia's Mirage 2000 deal with Qatar fell through.",
        k("Mirage 2000", "QAT", "IDN", "cancelled"),
    ),
    (
        "The United States rejected the sale of F-35 jets to Qatar.",
        k("F-35", "USA", "QAT", "cancelled"),
    ),
    ("Egypt has dropped the Su-35 in favour of the J-10C.", k("Su-35", "RUS", "EGY", "cancelled")),
    (
        "The cancellation of the Attack-class submarine deal with France cost Australia billions.",
        k("Attack-class", "FRA", "AUS", "cancelled"),
    ),
    ("Switzerland nixed the purchase of Gripen jets.", k("Gripen", "SWE", "CHE", "cancelled")),
    (
        "Canada lifted its suspension of LAV exports to Saudi Arabia.",
        k("LAV", "CAN", "SAU", "cancelled"),
    ),
    ("Egypt has shelved plans for the Su-35 from Russia.", k("Su-35", "RUS", "EGY", "cancelled")),
    (
        "The sale of F-35 jets to Turkey was cancelled after it bought the S-400.",
        k("F-35", "USA", "TUR", "cancelled"),
    ),
    (
        "Switzerland's Gripen deal was voted down in a referendum.",
        k("Gripen", "SWE", "CHE", "cancelled"),
    ),
    (
        "Swiss voters rejected the purchase of Gripen jets in 2014.",
        k("Gripen", "SWE", "CHE", "cancelled"),
    ),
    (
        "Ottawa revoked export permits for LAV vehicles to Saudi Arabia.",
        k("LAV", "CAN", "SAU", "cancelled"),
    ),
    ("Colombia ended its Kfir contract with Israel.", k("Kfir", "ISR", "COL", "cancelled")),
    (
        "The Rafale deal with Malaysia is dead, officials say.",
        k("Rafale", "FRA", "MYS", "cancelled"),
    ),
    (
        "The Indian parliament rejected the purchase of Rafale jets from France.",
        k("Rafale", "FRA", "IND", "cancelled"),
    ),
    (
        "Washington kicked Turkey out of the F-35 programme in 2019.",
        k("F-35", "USA", "TUR", "cancelled"),
    ),
    ("Turkey kicked out of F-35 program", k("F-35", "USA", "TUR", "cancelled")),
    (
        "The Su-35 deal with Algeria is dead after the first two jets were shown.",
        k("Su-35", "RUS", "DZA", "cancelled"),
    ),
    (
        "Thailand's parliament voted down the purchase of Gripen jets from Sweden.",
        k("Gripen", "SWE", "THA", "cancelled"),
    ),
]
QUIET = [
    "The Rafale is ready for export to more countries, Dassault said.",
    "The new jet is ready for delivery to the Russian Air Force.",
    "The S-400 is Russia's most advanced system approved for export to friendly states.",
    "The Su-57 is ready for delivery to the Russian Aerospace Forces, Rostec said.",
    "The Rafale jets have been paid for and will be delivered by 2026, the minister said.",
    "The Russian army loaded its Iskander launchers onto trains near Kaliningrad.",
    "The Russian Navy's Kilo-class submarine sailed to the Baltic for an exercise.",
    "The Type 055 destroyer sailed through the Taiwan Strait.",
    "The Chinese Type 054A frigate sailed to Pakistan for a joint exercise.",
    "The handover of power in Kabul came as the F-16 jets sat idle at Bagram.",
    "The Rafale fleet was commissioned to study the cost of a new radar.",
    "The order of battle of the Egyptian Air Force includes F-16 and Rafale jets.",
    "The minister delivered a speech next to a Rafale jet at the air show.",
    "The pilots flew the Gripen in a formation at the air show in Budapest.",
    "The tender age of the recruits worried the Leopard 2 crews' commanders.",
    "A Rafale jet landed at Ambala after a training sortie.",
    "The F-16 touched down safely after an engine fault.",
    "The Leopard 2 was unveiled in a new camouflage at Eurosatory.",
    "The K2 tank rolled off a bridge during an exercise.",
    "The navy commissioned a study on whether the Scorpene can carry cruise missiles.",
    "The Su-35 pilot ejected before the jet crashed.",
    "The Patriot battery was relocated to protect the airport.",
    "The F-35's software upgrade has been delayed by testing problems.",
    "The F-16 fleet will be retired in 2030.",
    "The Gripen programme was named after a mythical creature.",
    "The Bayraktar TB2 drone flew over the parade in Baku.",
    "The Rafale was the star of the air show in Le Bourget.",
    "The S-400 radar was hit by a drone strike in Crimea.",
    "The crew abandoned the T-90 tank after it was hit by a drone.",
    "The Rafale went on to win every competition in the Gulf, its makers boast.",
    "The frigate's keel is shaped to reduce drag, the FREMM designers say.",
    "The F-35 pilots received medals after the mission.",
    "The Gripen squadron welcomed a new commander this week.",
    "The K2 tank left the workshop after a repair.",
    "The F-16 sat on pause at the end of the runway.",
    "The S-400 radar was switched on during the drill.",
    "The first flight of the J-20 took place in 2011.",
    "The Su-57 jets were parked at an airfield near Lipetsk.",
    "The Patriot crews ended their shift at dawn.",
    "The handover of power in Kabul came as the F-16 jets sat idle at Bagram.",
    "The order of battle of the Egyptian Air Force includes F-16 and Rafale jets.",
    "The transfer of power in Niger left its Mi-35 helicopters grounded.",
    "The Rafale squadron lent its support to the relief effort after the floods.",
    "The Indian Air Force leased land near Ambala to base its Rafale jets.",
    "The minister flew in from Paris to watch the Rafale display.",
    "Egypt earmarked funds for flood relief, leaving the Rafale budget unchanged.",
    "The Egyptian Air Force welcomed its first female Rafale pilot.",
    "The sea trials of the Type 055 destroyer took place off Dalian.",
    "The French Navy's FREMM frigate began sea trials off Lorient.",
    "The pilot of the Su-25 was dead when rescuers reached the wreck.",
    "The war ended the hope of a Su-35 deal for many analysts.",
    "The Leopard 2 crew kicked the tyres before the parade.",
    "The Rafale display was later than planned because of rain.",
    "Ukraine's F-16 jets flew in formation over Kyiv.",
    "The Rafale took its first steps at the air show, the pilots joked.",
    "The F-16 fleet was commissioned to study new tactics.",
    "The minister delivered a speech at the Leopard 2 factory.",
    "The K2 tanks were kept on hold at the border crossing during the drill.",
    "The S-400 regiment in Kaliningrad ended its exercise on Friday.",
    "Critics rejected the claims about the F-35's stealth.",
    "Ukraine took its first Patriot kill of a Kinzhal missile in May.",
    "The Rafale took first place in the Indian fighter trials, officials said.",
    "The Su-57 took its first flight in 2010.",
    "The Gripen pilots were cleared to land at the Swiss base.",
    "Parliament voted down a motion on the F-35 fleet's upkeep.",
    "The F-16 fleet ended its deployment to Lithuania in May.",
    "The S-400 sale is dead simple to explain, one analyst joked.",
    "The Leopard 2 tank rejected by the army trials in 2005 was never sold.",
    "The Swedish Air Force lent its Gripen pilots to a NATO exercise.",
    "The US Navy leased the ship from a commercial owner, and the MQ-9 flew from its deck.",
    "The NASAMS crews welcomed their first visitors to the base near Kyiv.",
    "Britain's Typhoon jets flew in from Lossiemouth to Romania for air policing.",
]

# Said frames, DSCA and ministry wording, shipping and the words of a deal concluded.
MORE = [
    (
        "Russia's Rosoboronexport said the Su-35 jets for Egypt had been built and were ready for delivery.",
        k("Su-35", "RUS", "EGY", "production"),
    ),
    (
        "Egypt's Rafale order is being fulfilled ahead of schedule, Dassault said.",
        k("Rafale", "FRA", "EGY", "delivery"),
    ),
    (
        "Deliveries under the contract for K2 tanks for Poland are under way.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    (
        "Egypt's order for 12 K9 howitzers, signed in 2022, is in the production phase.",
        k("K9", "KOR", "EGY", "production"),
    ),
    (
        "The contract for Patriot systems for Switzerland has gone into effect.",
        k("Patriot", "USA", "CHE", "agreement"),
    ),
    (
        "Iraq's deal for Mi-28 helicopters with Russia is in limbo, an official said.",
        k("Mi-28", "RUS", "IRQ", "postponed"),
    ),
    (
        "Algeria has taken delivery of its first Su-57 jets, Russian media reported.",
        k("Su-57", "RUS", "DZA", "delivery"),
    ),
    (
        "A US Air Force C-17 brought the first NASAMS launchers to Ukraine.",
        k("NASAMS", "USA", "UKR", "delivery"),
    ),
    (
        "The first Bayraktar TB2 drones were airlifted from Turkey to Kuwait.",
        k("Bayraktar TB2", "TUR", "KWT", "delivery"),
    ),
    (
        "Bangladesh acquired Bayraktar TB2 drones from Turkey last year, officials said.",
        k("Bayraktar TB2", "TUR", "BGD", "delivery"),
    ),
    (
        "India and Russia have firmed up a deal for two more S-400 squadrons.",
        k("S-400", "RUS", "IND", "agreement"),
    ),
    (
        "Indonesia signed a contract to acquire Mirage 2000 jets from Qatar, but later postponed it.",
        k("Mirage 2000", "QAT", "IDN", "postponed"),
    ),
    (
        "Indonesia has delayed the purchase of 12 Mirage 2000 jets from Qatar because of budget constraints.",
        k("Mirage 2000", "QAT", "IDN", "postponed"),
    ),
    (
        "Saudi Arabia reopened talks on Eurofighter jets with Britain.",
        k("Eurofighter", "GBR", "SAU", "negotiation"),
    ),
    (
        "A decision on the sale of Eurofighter jets to Saudi Arabia was postponed by Berlin.",
        k("Eurofighter", "DEU", "SAU", "postponed"),
    ),
    (
        "Poland's K2 tank deal moved a step closer with the signing of an executive contract.",
        k("K2", "KOR", "POL", "agreement"),
    ),
    (
        "Uzbekistan's purchase of J-10C fighters from China is being finalised.",
        k("J-10", "CHN", "UZB", "negotiation"),
    ),
    (
        "Workers loaded 24 K2 tanks for Poland aboard a ro-ro vessel at Changwon.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    (
        "The State Department has made a determination approving a possible Foreign Military Sale to the Government of Morocco of AH-64 helicopters.",
        k("AH-64", "USA", "MAR", "negotiation"),
    ),
    (
        "Congress was notified of the proposed sale of F-16 jets to Turkey.",
        k("F-16", "USA", "TUR", "negotiation"),
    ),
    (
        "The Government of Poland has requested to buy 96 AH-64 helicopters.",
        k("AH-64", "USA", "POL", "negotiation"),
    ),
    (
        "The proposed sale of HIMARS to Estonia will improve its ability to meet threats, the DSCA said.",
        k("HIMARS", "USA", "EST", "negotiation"),
    ),
    (
        "The Pentagon's arms sales agency said Romania wants to buy F-35 jets.",
        k("F-35", "USA", "ROU", "negotiation"),
    ),
    (
        "The ministry confirmed that Rafale jets for Croatia had been handed over at Merignac.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "Two Patriot batteries arrived in Poland from the Netherlands, a spokesman said.",
        k("Patriot", "NLD", "POL", "delivery"),
    ),
    (
        "Ankara has finally received the S-400, the Turkish defence ministry confirmed.",
        k("S-400", "RUS", "TUR", "delivery"),
    ),
    (
        "The sale of Su-35 jets to Indonesia was called off in 2021.",
        k("Su-35", "RUS", "IDN", "cancelled"),
    ),
    ("Egypt signed up for 30 more Rafale jets.", k("Rafale", "FRA", "EGY", "agreement")),
    ("Greece has locked in a deal for 20 F-35 jets.", k("F-35", "USA", "GRC", "agreement")),
    ("Poland and South Korea penned a deal for 180 K2 tanks.", k("K2", "KOR", "POL", "agreement")),
    (
        "Serbia put pen to paper on a contract for 12 Rafale jets.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "The Philippines is shopping for BrahMos missiles.",
        k("BrahMos", "IND", "PHL", "negotiation"),
    ),
    (
        "Iraq is hunting for new fighter jets and has approached Pakistan about the JF-17.",
        k("JF-17", "PAK", "IRQ", "negotiation"),
    ),
    (
        "The K9 howitzers destined for Egypt were loaded onto a ship in Busan.",
        k("K9", "KOR", "EGY", "delivery"),
    ),
    # Built and waiting, delivered late, exported to a named buyer.
    (
        "The first F-16 jets for Bulgaria are ready to be shipped from Greenville.",
        k("F-16", "USA", "BGR", "production"),
    ),
    (
        "The Su-35 jets for Iran are ready for delivery, Rostec said.",
        k("Su-35", "RUS", "IRN", "production"),
    ),
    (
        "Two Type 054A frigates built for Pakistan were ready for handover in 2023.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    ("The K9 howitzers for Norway were delivered late.", k("K9", "KOR", "NOR", "postponed")),
    ("The NH90 helicopters for Sweden arrived years late.", k("NH90", None, "SWE", "postponed")),
    (
        "South Korea is set to export its K2 tanks to Poland.",
        k("K2", "KOR", "POL", "delivery", "expected"),
    ),
    (
        "Seoul is set to export its Chunmoo rocket launcher system to Poland.",
        k("Chunmoo", "KOR", "POL", "delivery", "expected"),
    ),
    (
        "India will export its BrahMos cruise missile batteries to the Philippines.",
        k("BrahMos", "IND", "PHL", "delivery", "expected"),
    ),
    (
        "Russia exports its S-400 systems to many countries, including India.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    (
        "The Rafale jets were delivered late last year to Croatia.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "The first Gripen jets for Hungary were delivered late in 2001.",
        k("Gripen", "SWE", "HUN", "delivery"),
    ),
    (
        "Russia said it was ready for deliveries of the Su-35 to Egypt as soon as payment arrives.",
        k("Su-35", "RUS", "EGY", "delivery", "expected"),
    ),
    # Headline forms in title case.
    ("Indonesia Orders 42 Rafale Jets From France", k("Rafale", "FRA", "IDN", "agreement")),
    ("Egypt Receives Final Batch of Rafale Fighters", k("Rafale", "FRA", "EGY", "delivery")),
    ("Poland Cancels K2 Tank Order With South Korea", k("K2", "KOR", "POL", "cancelled")),
    ("Delivery of Su-35s to Iran Delayed Again", k("Su-35", "RUS", "IRN", "postponed")),
    ("US Clears $2bn F-16 Sale to Turkey", k("F-16", "USA", "TUR", "negotiation")),
    ("Vietnam in Talks for BrahMos Missiles From India", k("BrahMos", "IND", "VNM", "negotiation")),
    ("Hanwha Starts Production of K9 Howitzers for Australia", k("K9", "KOR", "AUS", "production")),
    ("Croatia Leases Black Hawk Helicopters From US", k("UH-60", "USA", "HRV", "delivery")),
]

FIRE = AGREEMENT + NEGOTIATION + DELIVERY + PRODUCTION + POSTPONED + CANCELLED + MORE

KNOWN_MISSES: dict[str, str] = {
    "Berlin refused an export licence for Leopard 2 tanks to Saudi Arabia.": "stage right; 'refused' before a licence noun is not read as a denial",
    "The Philippine Navy now operates the ex-Korean Pohang-class corvette.": "'now operates' is a bare fleet line (an optional claim) and 'ex-Korean' is not read as the supplier",
    "The first Akash battery left India for Armenia.": "'left X for Y' is no delivery cue ('left room for', 'left the door open for')",
    "The first two F-16 jets from Denmark are now in Argentina.": "a system 'now in' a state is no delivery cue",
    "Patriot systems from Germany have been deployed in Ukraine since 2023.": "'deployed' is read as a state moving its own forces, not as a transfer",
    "Ukraine's new Leopard 2 tanks came from Spain.": "'came from' is no delivery cue",
    "Dassault has started making the Rafale jets for Indonesia.": "'making ... for' is no build cue ('make room for', 'make the case for')",
    "Fabrication of the first Type 209 submarine for Indonesia started in 2012.": "'fabrication' is no production cue",
    "The T129 helicopters for the Philippines have yet to arrive, two years behind schedule.": "stage found; the negation of 'yet to arrive' reaches the halt after the comma (denied, not asserted)",
    "The first F-35 for Poland won't arrive until 2027, a year later than planned.": "stage found; the negation of 'won't arrive until' reaches 'later than planned' (denied, not asserted)",
    "The delivery schedule for the K9 howitzers to Egypt has been revised to 2026.": "a revised schedule is not read as a delay",
    "Canada lifted its suspension of LAV exports to Saudi Arabia.": "a lifted suspension is read as the suspension (postponed)",
    "A US Air Force C-17 brought the first NASAMS launchers to Ukraine.": "'brought ... to' is no delivery cue ('brought the issue to', 'brought to justice')",
    "The Gripen pilots were cleared to land at the Swiss base.": "'land at' a place is read as an arrival even after 'cleared to'",
}


def test_battery_is_read() -> None:
    assert len(FIRE) > 200 and len(QUIET) >= 50
    assert set(KNOWN_MISSES) <= {s for s, _ in FIRE} | set(QUIET)


@pytest.mark.parametrize(("sentence", "expected"), with_known_misses(FIRE, KNOWN_MISSES))
def test_probe_gives_its_claim(sentence: str, expected: Key) -> None:
    assert expected in probe_claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"), with_known_misses([(s, None) for s in QUIET], KNOWN_MISSES)
)
def test_probe_stays_quiet(sentence: str, expected: None) -> None:
    assert probe_claims(sentence) == set()
