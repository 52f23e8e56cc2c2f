# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""System names on transfer news: variants folding into their family (CLAIMS.md's `system`
row: "F-16 Block 70", "Su-30MKI", "K9A1", "Leopard 2A8", "Patriot PAC-3 MSE", "AH-64E Apache
Guardian", "Type 054A", "MQ-9B SkyGuardian"), popular, NATO and licence names ("AS9 Huntsman",
"Red Arrow 9", "Kaman SH-2G Super Seasprite", "Zubr-class", "Ural Typhoon"), names the
gazetteer had not held (Vodnik, Šumadija, AKD-10, RGW 90, Shahed-191, AC311, CH-92, Wing Loong 3,
Mohajer-2, MBT-2000 as China's own export family), names several families share told apart by
their variant or noun (SHARED: "Lynx Mk21A" helicopters and Lynx vehicles, "Jaguar strike
aircraft" and Jaguar reconnaissance vehicles, the Eagle V and the F-15 Eagle, AH-1Z Viper and
F-16 Viper) and ship classes by class, type and licence name (SHIPS). Each probe checks the (system, supplier,
recipient, stage) of the claim it tells; QUIET holds the ordinary senses of names that are also
words ("a typhoon", "zubr bison", "huntsman spiders", "growlers of beer"), which must make no
claim; SURFACES checks that the longest name the gazetteer finds in a spelling is its family's
("Wing Loong-II", "Leopard 2 A6", "JAS 39C/D", "Homar-K" is the Chunmoo built under licence).

Every sentence is our own, written for these probes (never taken from news or ../shared).
A probe the extractor still gets wrong is a strict xfail in KNOWN_MISSES with the reason."""

from __future__ import annotations

import pytest

from armsledger.extract.gazetteer import SYSTEM, load_gazetteer
from tests.conftest import probe_claims, with_known_misses
from tests.extract.test_stage_probes2 import Key, k

Probe = tuple[str, Key]

FOLDING: list[Probe] = [
    (
        "Bahrain received its first F-16 Block 70 jets from the United States this week.",
        k("F-16", "USA", "BHR", "delivery"),
    ),
    (
        "India signed a deal with Russia for 12 more Su-30MKI fighters.",
        k("Su-30", "RUS", "IND", "agreement"),
    ),
    (
        "South Korea delivered the last K9A1 howitzers to Estonia in December.",
        k("K9", "KOR", "EST", "delivery"),
    ),
    (
        "Lithuania ordered 44 Leopard 2A8 tanks from Germany.",
        k("Leopard 2", "DEU", "LTU", "agreement"),
    ),
    (
        "Washington approved the sale of Patriot PAC-3 MSE interceptors to Poland.",
        k("Patriot", "USA", "POL", "negotiation"),
    ),
    (
        "Turkey will supply Bayraktar TB3 drones to Indonesia under the new contract.",
        k("Bayraktar TB3", "TUR", "IDN", "delivery"),
    ),
    (
        "The Indian Army took delivery of six AH-64E Apache Guardian helicopters from the United States.",
        k("AH-64", "USA", "IND", "delivery"),
    ),
    (
        "China handed over a Type 054A frigate to the Pakistan Navy in Shanghai.",
        k("Type 054", "CHN", "PAK", "delivery"),
    ),
    (
        "Taiwan signed for four MQ-9B SkyGuardian drones from the United States.",
        k("MQ-9", "USA", "TWN", "agreement"),
    ),
    (
        "Egypt bought 30 more Rafale F4 fighters from France.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Hungary has received the first Gripen C from Sweden under the lease.",
        k("Gripen", "SWE", "HUN", "delivery"),
    ),
    (
        "Qatar took delivery of F-15QA fighters built in the United States.",
        k("F-15", "USA", "QAT", "delivery"),
    ),
    (
        "Russia has shipped S-300PMU-2 batteries to Iran, officials said.",
        k("S-300", "RUS", "IRN", "delivery"),
    ),
    (
        "Algeria received Su-34ME bombers from Russia last year.",
        k("Su-34", "RUS", "DZA", "delivery"),
    ),
    (
        "Norway ordered 54 K9 Vidar self-propelled guns from South Korea.",
        k("K9", "KOR", "NOR", "agreement"),
    ),
    (
        "Australia contracted South Korea for 30 AS9 Huntsman howitzers.",
        k("K9", "KOR", "AUS", "agreement"),
    ),
    (
        "Poland signed for 96 AH-64E helicopters from the United States.",
        k("AH-64", "USA", "POL", "agreement"),
    ),
    (
        "Japan will buy Tomahawk Block V missiles from the United States.",
        k("Tomahawk", "USA", "JPN", "negotiation"),
    ),
    (
        "Morocco took delivery of M1A2M Abrams tanks from the United States.",
        k("Abrams", "USA", "MAR", "delivery"),
    ),
    (
        "Germany delivered Gepard 1A2 anti-aircraft guns to Ukraine.",
        k("Gepard", "DEU", "UKR", "delivery"),
    ),
    (
        "The Philippines received two FA-50PL light fighters from South Korea.",
        k("FA-50", "KOR", "PHL", "delivery"),
    ),
    (
        "Slovakia ordered CV9035 infantry fighting vehicles from Sweden.",
        k("CV90", "SWE", "SVK", "agreement"),
    ),
    (
        "Brazil signed a contract with Sweden for Gripen E fighters.",
        k("Gripen", "SWE", "BRA", "agreement"),
    ),
    (
        "Indonesia received its first A400M from Spain's Airbus plant in Seville.",
        k("A400M", "ESP", "IDN", "delivery"),
    ),
    (
        "Russia supplied Mi-35M attack helicopters to Mali.",
        k("Mi-35", "RUS", "MLI", "delivery"),
    ),
    (
        "Kazakhstan received four Mi-171Sh transport helicopters from Russia.",
        k("Mi-171", "RUS", "KAZ", "delivery"),
    ),
    (
        "Vietnam ordered Su-30MK2 fighters from Russia in 2013.",
        k("Su-30", "RUS", "VNM", "agreement"),
    ),
    (
        "Serbia took delivery of MiG-29SM fighters from Belarus.",
        k("MiG-29", "BLR", "SRB", "delivery"),
    ),
    (
        "China delivered VT-4A1 tanks to Thailand.",
        k("VT-4", "CHN", "THA", "delivery"),
    ),
    (
        "Nigeria bought JF-17 Block III fighters from Pakistan.",
        k("JF-17", "PAK", "NGA", "agreement"),
    ),
    (
        "The Netherlands ordered PzH 2000NL howitzers from Germany.",
        k("PzH 2000", "DEU", "NLD", "agreement"),
    ),
    (
        "Greece received Mirage 2000-5 Mk2 jets from France.",
        k("Mirage 2000", "FRA", "GRC", "delivery"),
    ),
    (
        "Iraq took delivery of T-90S tanks from Russia.",
        k("T-90", "RUS", "IRQ", "delivery"),
    ),
    (
        "Ukraine received Leopard 1A5 tanks from Denmark.",
        k("Leopard 1", "DNK", "UKR", "delivery"),
    ),
    (
        "Croatia bought Rafale F3R fighters second-hand from France.",
        k("Rafale", "FRA", "HRV", "agreement"),
    ),
    (
        "The Czech Republic ordered CV90MkIV vehicles from Sweden.",
        k("CV90", "SWE", "CZE", "agreement"),
    ),
    (
        "Ukraine received M109A6 Paladin howitzers from the United States.",
        k("M109", "USA", "UKR", "delivery"),
    ),
    (
        "Latvia ordered HIMARS launchers from the United States.",
        k("HIMARS", "USA", "LVA", "agreement"),
    ),
    (
        "Estonia received M142 launchers from the United States.",
        k("HIMARS", "USA", "EST", "delivery"),
    ),
    (
        "Romania signed for M1A2 SEPv3 tanks from the United States.",
        k("Abrams", "USA", "ROU", "agreement"),
    ),
    (
        "Egypt received Type 209/1400 submarines from Germany.",
        k("Type 209", "DEU", "EGY", "delivery"),
    ),
    (
        "Singapore took delivery of the first Type 218SG submarine from Germany.",
        k("Type 218SG", "DEU", "SGP", "delivery"),
    ),
    (
        "Thailand ordered an S26T submarine from China.",
        k("S26T", "CHN", "THA", "agreement"),
    ),
    (
        "Pakistan received the first Hangor-class submarine from China.",
        k("Hangor", "CHN", "PAK", "delivery"),
    ),
    (
        "Indonesia ordered two Scorpene Evolved submarines from France.",
        k("Scorpene", "FRA", "IDN", "agreement"),
    ),
    (
        "Greece signed for three FDI HN frigates from France.",
        k("FDI", "FRA", "GRC", "agreement"),
    ),
    (
        "Morocco received the FREMM frigate Mohammed VI from France.",
        k("FREMM", "FRA", "MAR", "delivery"),
    ),
    (
        "Egypt took delivery of a MEKO A-200EN frigate from Germany.",
        k("MEKO A-200", "DEU", "EGY", "delivery"),
    ),
    (
        "Israel received the first Sa'ar 6 corvette from Germany.",
        k("Sa'ar 6", "DEU", "ISR", "delivery"),
    ),
    (
        "Qatar took delivery of an Al Zubarah-class corvette from Italy.",
        k("Al Zubarah", "ITA", "QAT", "delivery"),
    ),
]

NAMES: list[Probe] = [
    (
        "Australia took delivery of its first Growler jets from the United States.",
        k("EA-18G", "USA", "AUS", "delivery"),
    ),
    (
        "India ordered 31 MQ-9B Predator drones from the United States.",
        k("MQ-9", "USA", "IND", "agreement"),
    ),
    (
        "Saudi Arabia bought Wing Loong II drones from China.",
        k("Wing Loong II", "CHN", "SAU", "agreement"),
    ),
    (
        "China has begun exporting Wing Loong 3 drones to Saudi Arabia.",
        k("Wing Loong III", "CHN", "SAU", "delivery"),
    ),
    (
        "Poland received Piorun launchers made at home, then sent Piorun missiles to Ukraine.",
        k("Piorun", "POL", "UKR", "delivery"),
    ),
    (
        "Egypt signed for Kaman SH-2G Super Seasprite helicopters from the United States.",
        k("SH-2", "USA", "EGY", "agreement"),
    ),
    (
        "Peru received SH-2G helicopters from New Zealand.",
        k("SH-2", "NZL", "PER", "delivery"),
    ),
    (
        "Norway ordered Archer howitzers from Sweden.",
        k("Archer", "SWE", "NOR", "agreement"),
    ),
    (
        "Singapore bought two Archer-class submarines from Sweden.",
        k("Archer", "SWE", "SGP", "agreement"),
    ),
    (
        "China received Zubr-class hovercraft from Ukraine.",
        k("Zubr", "UKR", "CHN", "delivery"),
    ),
    (
        "Greece bought Zubr hovercraft from Russia and Ukraine in 2000.",
        k("Zubr", "RUS", "GRC", "agreement"),
    ),
    (
        "Russia delivered Vodnik armoured vehicles to Mongolia.",
        k("Vodnik", "RUS", "MNG", "delivery"),
    ),
    (
        "Kazakhstan received GAZ-3937 Vodnik vehicles from Russia.",
        k("Vodnik", "RUS", "KAZ", "delivery"),
    ),
    (
        "Serbia delivered Sumadija rocket launchers to Cyprus.",
        k("Šumadija", "SRB", "CYP", "delivery"),
    ),
    (
        "Russia will deliver T-15 Armata vehicles to Algeria, the paper said.",
        k("T-15", "RUS", "DZA", "delivery"),
    ),
    (
        "Belarus received Kurganets IFVs from Russia.",
        k("Kurganets-25", "RUS", "BLR", "delivery"),
    ),
    (
        "Mongolia took delivery of Ural Typhoon trucks from Russia.",
        k("Typhoon-U", "RUS", "MNG", "delivery"),
    ),
    (
        "China supplied Red Arrow 9 anti-tank missiles to Iraq.",
        k("HJ-9", "CHN", "IRQ", "delivery"),
    ),
    (
        "Pakistan bought Red Arrow 10 missiles from China.",
        k("HJ-10", "CHN", "PAK", "agreement"),
    ),
    (
        "China delivered AKD-10 missiles to the UAE for its drones.",
        k("AKD-10", "CHN", "ARE", "delivery"),
    ),
    (
        "Germany sent RGW 90 anti-tank weapons to Ukraine.",
        k("RGW 90", "DEU", "UKR", "delivery"),
    ),
    (
        "Russia supplied Kh-555 cruise missiles to Belarus.",
        k("Kh-55", "RUS", "BLR", "delivery"),
    ),
    (
        "Iran delivered Ghader anti-ship missiles to Syria.",
        k("Qader", "IRN", "SYR", "delivery"),
    ),
    (
        "Iran supplied Yasir drones to Venezuela.",
        k("Yasir", "IRN", "VEN", "delivery"),
    ),
    (
        "Iran delivered Shahed-191 drones to Russia, officials said.",
        k("Shahed-191", "IRN", "RUS", "delivery"),
    ),
    (
        "Turkey sold Songar armed drones to Azerbaijan.",
        k("Songar", "TUR", "AZE", "agreement"),
    ),
    (
        "Pakistan received Avicopter AC311 helicopters from China.",
        k("AC311", "CHN", "PAK", "delivery"),
    ),
    (
        "Laos took delivery of AC-311A helicopters from China.",
        k("AC311", "CHN", "LAO", "delivery"),
    ),
    (
        "China will supply CH-92 drones to Nigeria.",
        k("CH-92", "CHN", "NGA", "delivery"),
    ),
    (
        "Ecuador bought seven HAL Dhruv ALH helicopters from India.",
        k("Dhruv", "IND", "ECU", "agreement"),
    ),
    (
        "India delivered ALH helicopters to Mauritius.",
        k("Dhruv", "IND", "MUS", "delivery"),
    ),
    (
        "Qatar bought Super Mushak trainers from Pakistan.",
        k("Super Mushshak", "PAK", "QAT", "agreement"),
    ),
    (
        "Pakistan ordered two P-72 maritime patrol aircraft from Italy.",
        k("ATR 72", "ITA", "PAK", "agreement"),
    ),
    (
        "Brazil received S-70B Seahawk helicopters from the United States.",
        k("SH-60", "USA", "BRA", "delivery"),
    ),
    (
        "Greece signed for MH-60R Romeo helicopters from the United States.",
        k("MH-60R", "USA", "GRC", "agreement"),
    ),
    (
        "Germany ordered CH-47F Chinook helicopters from the United States.",
        k("CH-47", "USA", "DEU", "agreement"),
    ),
    (
        "Morocco received Black Hawk helicopters from the United States.",
        k("UH-60", "USA", "MAR", "delivery"),
    ),
    (
        "Egypt signed for Ka-52K Katran helicopters from Russia.",
        k("Ka-52", "RUS", "EGY", "agreement"),
    ),
    (
        "Nigeria received Super Tucano aircraft from the United States.",
        k("A-29", "USA", "NGA", "delivery"),
    ),
    (
        "Uruguay bought C-390 Millennium transports from Brazil.",
        k("C-390", "BRA", "URY", "agreement"),
    ),
    (
        "Hungary ordered KC-390 tankers from Brazil.",
        k("C-390", "BRA", "HUN", "agreement"),
    ),
    (
        "India received C-295MW transport aircraft from Spain.",
        k("C-295", "ESP", "IND", "delivery"),
    ),
    (
        "Germany ordered P-8A Poseidon aircraft from the United States.",
        k("P-8", "USA", "DEU", "agreement"),
    ),
    (
        "the UAE signed for GlobalEye jets from Sweden.",
        k("GlobalEye", "SWE", "ARE", "agreement"),
    ),
    (
        "Finland ordered David's Sling air defence systems from Israel.",
        k("David's Sling", "ISR", "FIN", "agreement"),
    ),
    (
        "Germany bought Arrow 3 interceptors from Israel.",
        k("Arrow 3", "ISR", "DEU", "agreement"),
    ),
    (
        "India received S-400 Triumf squadrons from Russia.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    (
        "Turkey took delivery of the SA-21 Growler system from Russia.",
        k("S-400", "RUS", "TUR", "delivery"),
    ),
    (
        "Egypt received IRIS-T SLM batteries from Germany.",
        k("IRIS-T", "DEU", "EGY", "delivery"),
    ),
    (
        "Slovenia ordered IRIS-T SLM systems from Germany.",
        k("IRIS-T", "DEU", "SVN", "agreement"),
    ),
    (
        "Ukraine received NASAMS batteries from Norway.",
        k("NASAMS", "NOR", "UKR", "delivery"),
    ),
    (
        "Poland ordered CAMM-ER missiles from Britain.",
        k("CAMM", "GBR", "POL", "agreement"),
    ),
    (
        "Serbia received FK-3 batteries from China.",
        k("HQ-22", "CHN", "SRB", "delivery"),
    ),
    (
        "Uzbekistan bought FD-2000 systems from China.",
        k("HQ-9", "CHN", "UZB", "agreement"),
    ),
    (
        "Turkmenistan received HQ-9B batteries from China.",
        k("HQ-9", "CHN", "TKM", "delivery"),
    ),
    (
        "Egypt bought Buk-M2E systems from Russia.",
        k("Buk", "RUS", "EGY", "agreement"),
    ),
    (
        "Iran received Tor-M1 systems from Russia.",
        k("Tor", "RUS", "IRN", "delivery"),
    ),
    (
        "Russia supplied Pantsir-S1 systems to the UAE.",
        k("Pantsir", "RUS", "ARE", "delivery"),
    ),
    (
        "Vietnam ordered Spyder batteries from Israel.",
        k("Spyder", "ISR", "VNM", "agreement"),
    ),
    (
        "India bought Barak 8 missiles from Israel.",
        k("Barak 8", "ISR", "IND", "agreement"),
    ),
    (
        "Azerbaijan received Barak MX systems from Israel.",
        k("Barak MX", "ISR", "AZE", "delivery"),
    ),
    (
        "Morocco bought Harpoon Block II missiles from the United States.",
        k("Harpoon", "USA", "MAR", "agreement"),
    ),
    (
        "Indonesia ordered Exocet MM40 Block 3 missiles from France.",
        k("Exocet", "FRA", "IDN", "agreement"),
    ),
    (
        "The Philippines received BrahMos missiles from India.",
        k("BrahMos", "IND", "PHL", "delivery"),
    ),
    (
        "Vietnam received Kh-35 Uran missiles from Russia.",
        k("Kh-35", "RUS", "VNM", "delivery"),
    ),
    (
        "Taiwan signed for Harpoon Coastal Defense Systems from the United States.",
        k("Harpoon", "USA", "TWN", "agreement"),
    ),
    (
        "Latvia ordered Naval Strike Missile launchers from Norway.",
        k("NSM", "NOR", "LVA", "agreement"),
    ),
    (
        "Britain sent Storm Shadow missiles to Ukraine.",
        k("Storm Shadow", "GBR", "UKR", "delivery"),
    ),
    (
        "France supplied SCALP-EG missiles to Ukraine.",
        k("Storm Shadow", "FRA", "UKR", "delivery"),
    ),
    (
        "Spain ordered Taurus KEPD 350 missiles from Germany.",
        k("Taurus", "DEU", "ESP", "agreement"),
    ),
    (
        "India received Meteor missiles from France with the Rafales.",
        k("Meteor", "FRA", "IND", "delivery"),
    ),
    (
        "Pakistan received PL-15E missiles from China.",
        k("PL-15", "CHN", "PAK", "delivery"),
    ),
    (
        "Ukraine received FGM-148 Javelin missiles from the United States.",
        k("Javelin", "USA", "UKR", "delivery"),
    ),
    (
        "Britain sent NLAW anti-tank weapons to Ukraine.",
        k("NLAW", "GBR", "UKR", "delivery"),
    ),
    (
        "Germany bought Spike LR2 missiles from Israel.",
        k("Spike", "ISR", "DEU", "agreement"),
    ),
    (
        "Iraq took delivery of Kornet-E missiles from Russia.",
        k("Kornet", "RUS", "IRQ", "delivery"),
    ),
    (
        "Ukraine exported Stugna-P missiles to Morocco.",
        k("Stugna-P", "UKR", "MAR", "delivery"),
    ),
    (
        "Poland ordered K239 Chunmoo launchers from South Korea.",
        k("Chunmoo", "KOR", "POL", "agreement"),
    ),
    (
        "Armenia received Pinaka launchers from India.",
        k("Pinaka", "IND", "ARM", "delivery"),
    ),
    (
        "France delivered CAESAR Mk II howitzers to Belgium.",
        k("Caesar", "FRA", "BEL", "delivery"),
    ),
    (
        "Ukraine received Zuzana 2 howitzers from Slovakia.",
        k("Zuzana", "SVK", "UKR", "delivery"),
    ),
    (
        "Ukraine received 2S1 Gvozdika howitzers from Poland.",
        k("2S1", "POL", "UKR", "delivery"),
    ),
    (
        "Ukraine received BM-21 Grad launchers from the Czech Republic.",
        k("Grad", "CZE", "UKR", "delivery"),
    ),
    (
        "Azerbaijan bought Polonez launchers from Belarus.",
        k("Polonez", "BLR", "AZE", "agreement"),
    ),
    (
        "Morocco received Bayraktar Akinci drones from Turkey.",
        k("Akinci", "TUR", "MAR", "delivery"),
    ),
    (
        "Indonesia ordered Anka-S drones from Turkey.",
        k("Anka", "TUR", "IDN", "agreement"),
    ),
    (
        "Ukraine received Switchblade 600 loitering munitions from the United States.",
        k("Switchblade", "USA", "UKR", "delivery"),
    ),
    (
        "Azerbaijan bought Harop loitering munitions from Israel.",
        k("Harop", "ISR", "AZE", "agreement"),
    ),
    (
        "Ukraine received Phoenix Ghost drones from the United States.",
        k("Phoenix Ghost", "USA", "UKR", "delivery"),
    ),
    (
        "Iran sent Shahed-136 drones to Russia.",
        k("Shahed-136", "IRN", "RUS", "delivery"),
    ),
    (
        "Romania ordered Piranha V vehicles from Switzerland.",
        k("Piranha", "CHE", "ROU", "agreement"),
    ),
    (
        "Denmark received Piranha V vehicles from Switzerland's Mowag.",
        k("Piranha", "CHE", "DNK", "delivery"),
    ),
    (
        "Poland ordered Rosomak-L vehicles built under licence from Finland.",
        k("Patria AMV", "FIN", "POL", "agreement"),
    ),
    (
        "Hungary ordered Lynx KF41 vehicles from Germany.",
        k("Lynx KF41", "DEU", "HUN", "agreement"),
    ),
    (
        "Australia chose the Redback IFV from South Korea.",
        k("Redback", "KOR", "AUS", "negotiation"),
    ),
    (
        "Ukraine received Bradley M2A2 ODS vehicles from the United States.",
        k("Bradley", "USA", "UKR", "delivery"),
    ),
    (
        "Ukraine received Stryker ICVs from the United States.",
        k("Stryker", "USA", "UKR", "delivery"),
    ),
    (
        "Ukraine received M-ATV vehicles from the United States.",
        k("Oshkosh M-ATV", "USA", "UKR", "delivery"),
    ),
    (
        "Ukraine received MaxxPro MRAPs from the United States.",
        k("MaxxPro", "USA", "UKR", "delivery"),
    ),
    (
        "Ukraine received Bushmaster PMVs from Australia.",
        k("Bushmaster", "AUS", "UKR", "delivery"),
    ),
    (
        "Kenya received Casspir vehicles from South Africa.",
        k("Casspir", "ZAF", "KEN", "delivery"),
    ),
    (
        "Nigeria received VN-1 vehicles from China.",
        k("VN-1", "CHN", "NGA", "delivery"),
    ),
    (
        "Ukraine received T-72M1 tanks from Poland.",
        k("T-72", "POL", "UKR", "delivery"),
    ),
    (
        "Ukraine received PT-91 Twardy tanks from Poland.",
        k("PT-91", "POL", "UKR", "delivery"),
    ),
    (
        "Thailand received T-84 Oplot-M tanks from Ukraine.",
        k("T-84", "UKR", "THA", "delivery"),
    ),
    (
        "Nigeria received VT-4 tanks from China.",
        k("VT-4", "CHN", "NGA", "delivery"),
    ),
    (
        "Bangladesh received MBT-2000 tanks from China.",
        k("MBT-2000", "CHN", "BGD", "delivery"),
    ),
    (
        "Poland signed for K2PL tanks from South Korea.",
        k("K2", "KOR", "POL", "agreement"),
    ),
    (
        "Britain gave Challenger 2 tanks to Ukraine.",
        k("Challenger 2", "GBR", "UKR", "delivery"),
    ),
    (
        "Ukraine received M1A1 SA tanks from Australia.",
        k("Abrams", "AUS", "UKR", "delivery"),
    ),
]

SHARED: list[Probe] = [
    (
        "Denmark received Eagle V armoured vehicles from Switzerland.",
        k("MOWAG Eagle", "CHE", "DNK", "delivery"),
    ),
    (
        "Saudi Arabia took delivery of F-15SA Eagle fighters from the United States.",
        k("F-15", "USA", "SAU", "delivery"),
    ),
    (
        "Bahrain ordered AH-1Z Viper attack helicopters from the United States.",
        k("AH-1", "USA", "BHR", "agreement"),
    ),
    (
        "Czechia received AH-1Z Vipers and UH-1Y Venoms from the United States.",
        k("AH-1", "USA", "CZE", "delivery"),
    ),
    (
        "Czechia received UH-1Y Venom helicopters from the United States.",
        k("UH-1", "USA", "CZE", "delivery"),
    ),
    (
        "Slovakia took delivery of F-16 Viper fighters from the United States.",
        k("F-16", "USA", "SVK", "delivery"),
    ),
    (
        "Pakistan received AH-1Z Cobra helicopters from the United States.",
        k("AH-1", "USA", "PAK", "delivery"),
    ),
    (
        "Georgia bought Otokar Cobra II vehicles from Turkey.",
        k("Otokar Cobra", "TUR", "GEO", "agreement"),
    ),
    (
        "Brazil received Lynx Mk21A helicopters from Britain.",
        k("Westland Lynx", "GBR", "BRA", "delivery"),
    ),
    (
        "Hungary received the first Lynx infantry fighting vehicles from Germany.",
        k("Lynx KF41", "DEU", "HUN", "delivery"),
    ),
    (
        "Romania ordered Puma helicopters from France.",
        k("SA 330", "FRA", "ROU", "agreement"),
    ),
    (
        "Oman received Jaguar strike aircraft from Britain in the 1980s.",
        k("SEPECAT Jaguar", "GBR", "OMN", "delivery"),
    ),
    (
        "Belgium ordered Jaguar armoured reconnaissance vehicles from France.",
        k("EBRC Jaguar", "FRA", "BEL", "agreement"),
    ),
    (
        "Indonesia received Hawk 209 jets from Britain.",
        k("Hawk", "GBR", "IDN", "delivery"),
    ),
    (
        "Jordan received Hawk surface-to-air missiles from the United States.",
        k("MIM-23 Hawk", "USA", "JOR", "delivery"),
    ),
    (
        "Egypt ordered Mistral missiles from France.",
        k("Mistral", "FRA", "EGY", "agreement"),
    ),
    (
        "Egypt received two Mistral-class helicopter carriers from France.",
        k("Mistral", "FRA", "EGY", "delivery"),
    ),
    (
        "Hungary ordered KF51 Panther tanks from Germany.",
        k("KF51 Panther", "DEU", "HUN", "agreement"),
    ),
    (
        "Brazil received AS565 Panther helicopters from France.",
        k("Dauphin", "FRA", "BRA", "delivery"),
    ),
    (
        "Iraq received Cougar MRAP vehicles from the United States.",
        k("Cougar MRAP", "USA", "IRQ", "delivery"),
    ),
    (
        "Albania received Cougar helicopters from France.",
        k("AS532", "FRA", "ALB", "delivery"),
    ),
    (
        "Lithuania received C-27J Spartan transports from Italy.",
        k("C-27", "ITA", "LTU", "delivery"),
    ),
    (
        "Belgium ordered Hermes 900 drones from Israel.",
        k("Hermes 900", "ISR", "BEL", "agreement"),
    ),
    (
        "Azerbaijan bought Hermes 450 drones from Israel.",
        k("Hermes 450", "ISR", "AZE", "agreement"),
    ),
    (
        "Australia received Tiger helicopters from France.",
        k("Tiger", "FRA", "AUS", "delivery"),
    ),
    (
        "Germany delivered Boxer vehicles to Australia.",
        k("Boxer", "DEU", "AUS", "delivery"),
    ),
    (
        "Colombia received Black Hawk helicopters from the United States.",
        k("UH-60", "USA", "COL", "delivery"),
    ),
    (
        "Chile bought Sherpa vehicles from France.",
        k("Sherpa", "FRA", "CHL", "agreement"),
    ),
    (
        "India ordered MH-60R Seahawk helicopters from the United States.",
        k("MH-60R", "USA", "IND", "agreement"),
    ),
    (
        "Spain signed for Hürjet trainers from Turkey.",
        k("Hürjet", "TUR", "ESP", "agreement"),
    ),
    (
        "Spain ordered HURJET jet trainers from Turkey.",
        k("Hürjet", "TUR", "ESP", "agreement"),
    ),
    (
        "Indonesia signed for 48 KAAN fighters from Turkey.",
        k("KAAN", "TUR", "IDN", "agreement"),
    ),
    (
        "Britain sold Hawk Mk 132 trainers to India.",
        k("Hawk", "GBR", "IND", "agreement"),
    ),
    (
        "Pakistan received Sea King Mk 45 helicopters from Qatar.",
        k("Sea King", "QAT", "PAK", "delivery"),
    ),
    (
        "Ukraine received Sea King helicopters from Britain.",
        k("Sea King", "GBR", "UKR", "delivery"),
    ),
    (
        "Germany ordered NH90 Sea Lion helicopters from France.",
        k("NH90", "FRA", "DEU", "agreement"),
    ),
    (
        "Qatar ordered NH90 TTH helicopters from Italy.",
        k("NH90", "ITA", "QAT", "agreement"),
    ),
    (
        "South Korea ordered AW159 Wildcat helicopters from Britain.",
        k("AW159", "GBR", "KOR", "agreement"),
    ),
    (
        "Philippines bought AW159 Wildcats from Britain.",
        k("AW159", "GBR", "PHL", "agreement"),
    ),
    (
        "The Netherlands ordered CH-47F Chinooks from the United States.",
        k("CH-47", "USA", "NLD", "agreement"),
    ),
    (
        "Saudi Arabia received Tornado IDS fighters from Britain.",
        k("Tornado", "GBR", "SAU", "delivery"),
    ),
    (
        "Kuwait ordered Eurofighter Typhoon Tranche 3A jets from Italy.",
        k("Eurofighter", "ITA", "KWT", "agreement"),
    ),
    (
        "Japan will buy SM-3 Block IIA interceptors from the United States.",
        k("SM-3", "USA", "JPN", "negotiation"),
    ),
    (
        "Australia ordered Tomahawk Block IV missiles from the United States.",
        k("Tomahawk", "USA", "AUS", "agreement"),
    ),
    (
        "Denmark ordered ESSM Block 2 missiles from the United States.",
        k("ESSM", "USA", "DNK", "agreement"),
    ),
    (
        "Canada ordered AIM-120D AMRAAMs from the United States.",
        k("AIM-120", "USA", "CAN", "agreement"),
    ),
    (
        "Poland ordered AIM-9X Block II Sidewinders from the United States.",
        k("AIM-9", "USA", "POL", "agreement"),
    ),
    (
        "Switzerland ordered Patriot Configuration 3+ systems from the United States.",
        k("Patriot", "USA", "CHE", "agreement"),
    ),
    (
        "Greece signed for F-35A Lightning II jets from the United States.",
        k("F-35", "USA", "GRC", "agreement"),
    ),
    (
        "Japan ordered F-35B jets from the United States.",
        k("F-35", "USA", "JPN", "agreement"),
    ),
    (
        "Finland ordered F-35 Lightning IIs from the United States.",
        k("F-35", "USA", "FIN", "agreement"),
    ),
    (
        "Israel ordered F-15IA Eagle IIs from the United States.",
        k("F-15", "USA", "ISR", "agreement"),
    ),
    (
        "Indonesia ordered F-15EX fighters from the United States.",
        k("F-15", "USA", "IDN", "agreement"),
    ),
    (
        "Kuwait received F/A-18E/F Super Hornets from the United States.",
        k("F/A-18", "USA", "KWT", "delivery"),
    ),
    (
        "Finland received F/A-18C/D Hornets from the United States in the 1990s.",
        k("F/A-18", "USA", "FIN", "delivery"),
    ),
    (
        "Argentina bought F-16AM/BM jets from Denmark.",
        k("F-16", "DNK", "ARG", "agreement"),
    ),
    (
        "Romania received F-16 MLU fighters from Norway.",
        k("F-16", "NOR", "ROU", "delivery"),
    ),
    (
        "Egypt received MiG-29M2 fighters from Russia.",
        k("MiG-29", "RUS", "EGY", "delivery"),
    ),
    (
        "Iran received Su-35SE fighters from Russia.",
        k("Su-35", "RUS", "IRN", "delivery"),
    ),
    (
        "Algeria ordered Su-57E fighters from Russia.",
        k("Su-57", "RUS", "DZA", "agreement"),
    ),
    (
        "Myanmar took delivery of Su-30SME fighters from Russia.",
        k("Su-30", "RUS", "MMR", "delivery"),
    ),
    (
        "Belarus received Yak-130 combat trainers from Russia.",
        k("Yak-130", "RUS", "BLR", "delivery"),
    ),
    (
        "Laos received Yak-130s from Russia.",
        k("Yak-130", "RUS", "LAO", "delivery"),
    ),
    (
        "Uganda received Mi-28NE helicopters from Russia.",
        k("Mi-28", "RUS", "UGA", "delivery"),
    ),
    (
        "Serbia received Mi-35P helicopters from Russia.",
        k("Mi-35", "RUS", "SRB", "delivery"),
    ),
    (
        "Niger received Mi-171E helicopters from Russia.",
        k("Mi-171", "RUS", "NER", "delivery"),
    ),
    (
        "Peru ordered Mi-171Sh-P helicopters from Russia.",
        k("Mi-171", "RUS", "PER", "agreement"),
    ),
    (
        "Turkmenistan received M-346 trainers from Italy.",
        k("M-346", "ITA", "TKM", "delivery"),
    ),
    (
        "Nigeria ordered M-346FA light fighters from Italy.",
        k("M-346", "ITA", "NGA", "agreement"),
    ),
    (
        "Iraq received T-50IQ trainers from South Korea.",
        k("T-50", "KOR", "IRQ", "delivery"),
    ),
    (
        "Malaysia ordered FA-50 Block 20 jets from South Korea.",
        k("FA-50", "KOR", "MYS", "agreement"),
    ),
    (
        "Poland ordered FA-50PL jets from South Korea.",
        k("FA-50", "KOR", "POL", "agreement"),
    ),
    (
        "Thailand received T-50TH trainers from South Korea.",
        k("T-50", "KOR", "THA", "delivery"),
    ),
    (
        "Azerbaijan ordered JF-17C Block III fighters from Pakistan.",
        k("JF-17", "PAK", "AZE", "agreement"),
    ),
    (
        "Myanmar received JF-17M jets from Pakistan.",
        k("JF-17", "PAK", "MMR", "delivery"),
    ),
    (
        "Guatemala ordered IA-63 Pampa III trainers from Argentina.",
        k("IA-63", "ARG", "GTM", "agreement"),
    ),
    (
        "Paraguay received EMB-314 Super Tucanos from Brazil.",
        k("A-29", "BRA", "PRY", "delivery"),
    ),
    (
        "Portugal ordered A-29N Super Tucanos from Brazil.",
        k("A-29", "BRA", "PRT", "agreement"),
    ),
    (
        "Sweden ordered KC-390 Millennium tankers from Brazil.",
        k("C-390", "BRA", "SWE", "agreement"),
    ),
    (
        "Austria ordered C-390s from Brazil.",
        k("C-390", "BRA", "AUT", "agreement"),
    ),
    (
        "Nigeria received King Air 350i surveillance planes from the United States.",
        k("King Air", "USA", "NGA", "delivery"),
    ),
    (
        "Kenya received AW139 helicopters from Italy.",
        k("AW139", "ITA", "KEN", "delivery"),
    ),
    (
        "Qatar bought AW-139s from Italy.",
        k("AW139", "ITA", "QAT", "agreement"),
    ),
    (
        "Kazakhstan received H145M helicopters from Germany.",
        k("H145M", "DEU", "KAZ", "delivery"),
    ),
    (
        "Serbia ordered H145M helicopters from Airbus in Germany.",
        k("H145M", "DEU", "SRB", "agreement"),
    ),
    (
        "Iraq received Bell 407GX helicopters from the United States.",
        k("Bell 407", "USA", "IRQ", "delivery"),
    ),
    (
        "Lebanon received Cessna AC-208 Combat Caravans from the United States.",
        k("Cessna 208", "USA", "LBN", "delivery"),
    ),
    (
        "Ghana received Z-9EH helicopters from China.",
        k("Z-9", "CHN", "GHA", "delivery"),
    ),
    (
        "Pakistan received Z-10ME attack helicopters from China.",
        k("Z-10", "CHN", "PAK", "delivery"),
    ),
    (
        "Zambia received L-15Z trainers from China.",
        k("L-15", "CHN", "ZMB", "delivery"),
    ),
    (
        "Bangladesh received K-8W trainers from China.",
        k("K-8", "CHN", "BGD", "delivery"),
    ),
    (
        "Pakistan received ZDK-03 early warning planes from China.",
        k("ZDK-03", "CHN", "PAK", "delivery"),
    ),
    (
        "Iraq received CH-4B drones from China.",
        k("CH-4", "CHN", "IRQ", "delivery"),
    ),
    (
        "Serbia received CH-92A drones from China.",
        k("CH-92", "CHN", "SRB", "delivery"),
    ),
    (
        "Nigeria received Wing Loong II drones from China.",
        k("Wing Loong II", "CHN", "NGA", "delivery"),
    ),
    (
        "Ukraine received Bayraktar TB-2 drones from Turkey.",
        k("Bayraktar TB2", "TUR", "UKR", "delivery"),
    ),
    (
        "Kuwait ordered Bayraktar TB2s from Turkey.",
        k("Bayraktar TB2", "TUR", "KWT", "agreement"),
    ),
    (
        "Pakistan received Akıncı drones from Turkey.",
        k("Akinci", "TUR", "PAK", "delivery"),
    ),
    (
        "Indonesia ordered ANKA drones from Turkey.",
        k("Anka", "TUR", "IDN", "agreement"),
    ),
    (
        "Azerbaijan received Heron drones from Israel.",
        k("Heron", "ISR", "AZE", "delivery"),
    ),
    (
        "India ordered Heron Mk II drones from Israel.",
        k("Heron", "ISR", "IND", "agreement"),
    ),
    (
        "Morocco received Harop loitering munitions from Israel.",
        k("Harop", "ISR", "MAR", "delivery"),
    ),
    (
        "Ukraine received ScanEagle drones from the United States.",
        k("ScanEagle", "USA", "UKR", "delivery"),
    ),
    (
        "Ukraine received RQ-20 Puma drones from the United States.",
        k("Puma", "USA", "UKR", "delivery"),
    ),
    (
        "Taiwan ordered Altius-600M loitering munitions from the United States.",
        k("Altius", "USA", "TWN", "agreement"),
    ),
    (
        "Ukraine received Switchblade-300 drones from the United States.",
        k("Switchblade", "USA", "UKR", "delivery"),
    ),
    (
        "Russia received Mohajer-6 drones from Iran.",
        k("Mohajer-6", "IRN", "RUS", "delivery"),
    ),
    (
        "Venezuela received Mohajer 2 drones from Iran.",
        k("Mohajer-2", "IRN", "VEN", "delivery"),
    ),
]

SHIPS: list[Probe] = [
    (
        "Chile bought two Type 23 frigates from Britain in 2005.",
        k("Type 23", "GBR", "CHL", "agreement"),
    ),
    (
        "Bangladesh received a River-class patrol vessel from Britain.",
        k("River-class", "GBR", "BGD", "delivery"),
    ),
    (
        "The Philippines received a Hamilton-class cutter from the United States.",
        k("Hamilton", "USA", "PHL", "delivery"),
    ),
    (
        "Tunisia received Marine Protector-class patrol boats from the United States.",
        k("Marine Protector", "USA", "TUN", "delivery"),
    ),
    (
        "Australia handed over a Guardian-class patrol boat to Fiji.",
        k("Guardian", "AUS", "FJI", "delivery"),
    ),
    (
        "South Korea donated a Pohang-class corvette to the Philippines.",
        k("Pohang-class", "KOR", "PHL", "delivery"),
    ),
    (
        "Taiwan received four Kidd-class destroyers from the United States.",
        k("Kidd-class", "USA", "TWN", "delivery"),
    ),
    (
        "Myanmar received a Kilo-class submarine from India.",
        k("Kilo", "IND", "MMR", "delivery"),
    ),
    (
        "Bangladesh received two Type 035G submarines from China.",
        k("Type 035", "CHN", "BGD", "delivery"),
    ),
    (
        "Bangladesh bought Type 053H3 frigates from China.",
        k("Type 053", "CHN", "BGD", "agreement"),
    ),
    (
        "Nigeria received a Type 056 corvette from China.",
        k("Type 056", "CHN", "NGA", "delivery"),
    ),
    (
        "The Philippines received a Tarlac-class landing dock from Indonesia.",
        k("Tarlac", "IDN", "PHL", "delivery"),
    ),
    (
        "Peru ordered Makassar-class landing ships from South Korea.",
        k("Makassar-class", "KOR", "PER", "agreement"),
    ),
    (
        "Indonesia received SIGMA 10514 frigates from the Netherlands.",
        k("SIGMA 10514", "NLD", "IDN", "delivery"),
    ),
    (
        "Malaysia ordered Gowind corvettes from France.",
        k("Gowind", "FRA", "MYS", "agreement"),
    ),
    (
        "Egypt received a Gowind 2500 corvette from France.",
        k("Gowind", "FRA", "EGY", "delivery"),
    ),
    (
        "Saudi Arabia ordered Avante 2200 corvettes from Spain.",
        k("Avante 2200", "ESP", "SAU", "agreement"),
    ),
    (
        "Pakistan received a Babur-class corvette from Turkey.",
        k("Babur", "TUR", "PAK", "delivery"),
    ),
    (
        "Ukraine ordered two Ada-class corvettes from Turkey.",
        k("Ada", "TUR", "UKR", "agreement"),
    ),
    (
        "Ukraine ordered MILGEM corvettes from Turkey.",
        k("MILGEM", "TUR", "UKR", "agreement"),
    ),
    (
        "Egypt received a FREMM frigate from Italy.",
        k("FREMM", "ITA", "EGY", "delivery"),
    ),
    (
        "Indonesia ordered two Thaon di Revel-class ships from Italy.",
        k("Thaon di Revel-class", "ITA", "IDN", "agreement"),
    ),
    (
        "Greece ordered Bergamini-class frigates from Italy.",
        k("Bergamini", "ITA", "GRC", "agreement"),
    ),
    (
        "The Philippines ordered two Jose Rizal-class frigates from South Korea.",
        k("Jose Rizal", "KOR", "PHL", "agreement"),
    ),
    (
        "Mexico ordered Sigma 10514 vessels from the Netherlands.",
        k("Sigma 10514", "NLD", "MEX", "agreement"),
    ),
    (
        "Qatar received Musherib-class OPVs from Italy.",
        k("Musherib", "ITA", "QAT", "delivery"),
    ),
    (
        "Nigeria received a Dearsan OPV from Turkey.",
        k("Dearsan OPV", "TUR", "NGA", "delivery"),
    ),
    (
        "Brazil bought HMS Ocean, a helicopter carrier, from Britain.",
        k("HMS Ocean", "GBR", "BRA", "agreement"),
    ),
    (
        "Egypt took delivery of the Type 209/1400 submarine S42 from Germany.",
        k("Type 209", "DEU", "EGY", "delivery"),
    ),
    (
        "Israel ordered three Dakar-class submarines from Germany.",
        k("Dakar", "DEU", "ISR", "agreement"),
    ),
    (
        "Norway ordered Type 212CD submarines from Germany.",
        k("Type 212", "DEU", "NOR", "agreement"),
    ),
    (
        "Singapore received Invincible-class submarines from Germany.",
        k("Invincible", "DEU", "SGP", "delivery"),
    ),
    (
        "The Philippines will buy Scorpene submarines from France.",
        k("Scorpene", "FRA", "PHL", "negotiation"),
    ),
    (
        "India received a Kalvari-class submarine built under licence from France.",
        k("Kalvari", "FRA", "IND", "delivery"),
    ),
    (
        "Brazil received Riachuelo-class submarines built with France.",
        k("Riachuelo", "FRA", "BRA", "delivery"),
    ),
    (
        "Poland ordered A26 submarines from Sweden.",
        k("A26", "SWE", "POL", "agreement"),
    ),
    (
        "Australia will buy Virginia-class submarines from the United States.",
        k("Virginia", "USA", "AUS", "negotiation"),
    ),
    (
        "Vietnam received Project 636.1 submarines from Russia.",
        k("Project 636", "RUS", "VNM", "delivery"),
    ),
    (
        "Algeria received two Kilo-class submarines from Russia.",
        k("Kilo", "RUS", "DZA", "delivery"),
    ),
    (
        "India received Talwar-class frigates from Russia.",
        k("Talwar", "RUS", "IND", "delivery"),
    ),
    (
        "India ordered two Project 11356 frigates from Russia.",
        k("Project 11356", "RUS", "IND", "agreement"),
    ),
    (
        "Vietnam received Gepard 3.9 frigates from Russia.",
        k("Gepard 3.9", "RUS", "VNM", "delivery"),
    ),
    (
        "Algeria ordered Project 20382 corvettes from Russia.",
        k("Project 20382", "RUS", "DZA", "agreement"),
    ),
    (
        "Egypt received a Molniya missile boat from Russia.",
        k("Molniya", "RUS", "EGY", "delivery"),
    ),
    (
        "Vietnam received Svetlyak patrol boats from Russia.",
        k("Svetlyak", "RUS", "VNM", "delivery"),
    ),
    (
        "China received Sovremenny-class destroyers from Russia.",
        k("Sovremenny", "RUS", "CHN", "delivery"),
    ),
    (
        "Argentina received the Almirante Brown-class destroyers from Germany.",
        k("Almirante Brown", "DEU", "ARG", "delivery"),
    ),
    (
        "Brazil received Tamandaré-class frigates built under licence from Germany.",
        k("Tamandaré", "DEU", "BRA", "delivery"),
    ),
    (
        "Australia ordered Mogami-class frigates from Japan.",
        k("Mogami-class", "JPN", "AUS", "agreement"),
    ),
    (
        "Canada ordered River-class destroyers based on the Type 26 from Britain.",
        k("Type 26", "GBR", "CAN", "agreement"),
    ),
    (
        "Norway ordered Type 26 frigates from Britain.",
        k("Type 26", "GBR", "NOR", "agreement"),
    ),
    (
        "Poland ordered Arrowhead 140 frigates from Britain.",
        k("Arrowhead 140", "GBR", "POL", "agreement"),
    ),
    (
        "Indonesia ordered Arrowhead 140 frigates from Britain.",
        k("Arrowhead 140", "GBR", "IDN", "agreement"),
    ),
    (
        "Colombia received a Fassmer OPV 80 from Germany.",
        k("Fassmer OPV 80", "DEU", "COL", "delivery"),
    ),
    (
        "Nigeria received a Shaldag Mk III patrol boat from Israel.",
        k("Shaldag", "ISR", "NGA", "delivery"),
    ),
    (
        "Ukraine received Island-class patrol boats from the United States.",
        k("Island", "USA", "UKR", "delivery"),
    ),
    (
        "Vietnam received Hamilton-class cutters from the United States.",
        k("Hamilton", "USA", "VNM", "delivery"),
    ),
    (
        "Sri Lanka received a Reliance-class cutter from the United States.",
        k("Reliance", "USA", "LKA", "delivery"),
    ),
    (
        "Egypt received Ambassador Mk III missile boats from the United States.",
        k("Ambassador Mk III", "USA", "EGY", "delivery"),
    ),
    (
        "Greece received Combattante III fast attack craft from France.",
        k("Combattante III", "FRA", "GRC", "delivery"),
    ),
    (
        "Qatar received Combattante FS56 boats from France.",
        k("Combattante", "FRA", "QAT", "delivery"),
    ),
    (
        "Morocco received Floreal-class frigates from France.",
        k("Floreal", "FRA", "MAR", "delivery"),
    ),
]

SURFACES: list[tuple[str, str]] = [
    ("F16", "F-16"),
    ("F-16C/D", "F-16"),
    ("F-16 Block 52+", "F-16"),
    ("Fighting Falcon", "F-16"),
    ("Su 35", "Su-35"),
    ("Su-35S", "Su-35"),
    ("Mig-29", "MiG-29"),
    ("MiG-29UB", "MiG-29"),
    ("T72", "T-72"),
    ("T-72B3M", "T-72"),
    ("Leopard-2A6", "Leopard 2"),
    ("Leopard 2 A6", "Leopard 2"),
    ("Leopard II", "Leopard 2"),
    ("K-9", "K9"),
    ("FA 50", "FA-50"),
    ("KF-21 Boramae", "KF-21"),
    ("Boramae", "KF-21"),
    ("Typhoon Tranche 4", "Eurofighter"),
    ("JAS-39 Gripen", "Gripen"),
    ("JAS 39C/D", "Gripen"),
    ("JAS 39E", "Gripen"),
    ("Bayraktar TB-2", "Bayraktar TB2"),
    ("TB2s", "Bayraktar TB2"),
    ("Akıncı", "Akinci"),
    ("F/A-18E/F", "F/A-18"),
    ("Super Hornet", "F/A-18"),
    ("C-130J-30", "C-130"),
    ("CH-47 Chinook", "CH-47"),
    ("AW-149", "AW149"),
    ("NH-90", "NH90"),
    ("H225M Caracal", "H225M"),
    ("Caracal", "H225M"),
    ("Mi-17V-5", "Mi-17"),
    ("Mi 17", "Mi-17"),
    ("Ka-226T", "Ka-226"),
    ("L-39NG", "L-39"),
    ("L-39 Skyfox", "L-39"),
    ("Yak-130s", "Yak-130"),
    ("M-346FA", "M-346"),
    ("T-50IQ", "T-50"),
    ("A-29B", "A-29"),
    ("EMB-314", "A-29"),
    ("C295", "C-295"),
    ("CN235", "CN-235"),
    ("ATR-72", "ATR 72"),
    ("A330-MRTT", "A330 MRTT"),
    ("KC-46A", "KC-46"),
    ("E-7A Wedgetail", "E-7"),
    ("P-8I", "P-8"),
    ("MQ-9A", "MQ-9"),
    ("Reaper", "MQ-9"),
    ("SkyGuardian", "MQ-9"),
    ("SeaGuardian", "MQ-9"),
    ("RQ-4B", "RQ-4"),
    ("Global Hawk", "RQ-4"),
    ("ScanEagle", "ScanEagle"),
    ("Heron Mk II", "Heron"),
    ("Hermes-900", "Hermes 900"),
    ("Orbiter-3", "Orbiter"),
    ("Kargu-2", "Kargu"),
    ("Harpy NG", "Harpy"),
    ("Wing Loong-II", "Wing Loong II"),
    ("CH-4B", "CH-4"),
    ("Mohajer 6", "Mohajer-6"),
    ("Shahed 136", "Shahed-136"),
    ("Geran-2", "Shahed-136"),
    ("Lancet-3", "Lancet"),
    ("Orlan-10", "Orlan-10"),
    ("S-300V4", "S-300"),
    ("S-400s", "S-400"),
    ("HQ-9/P", "HQ-9"),
    ("LY-80", "HQ-16"),
    ("Sky Sabre", "CAMM"),
    ("Land Ceptor", "CAMM"),
    ("Sea Ceptor", "CAMM"),
    ("MRSAM", "Barak 8"),
    ("Akash-NG", "Akash"),
    ("Iron Dome's", "Iron Dome"),
    ("SAMP/T NG", "SAMP/T"),
    ("Mamba", "SAMP/T"),
    ("NASAMS 3", "NASAMS"),
    ("Hawk XXI", "MIM-23 Hawk"),
    ("Stinger missiles", "Stinger"),
    ("FIM-92", "Stinger"),
    ("Igla-S", "Igla"),
    ("9K38", "Igla"),
    ("RBS 70 NG", "RBS 70"),
    ("Mistral 3", "Mistral"),
    ("Starstreak HVM", "Starstreak"),
    ("Javelins", "Javelin"),
    ("AGM-114R", "Hellfire"),
    ("AGM-88E AARGM", "HARM"),
    ("AARGM-ER", "HARM"),
    ("AGM-84", "Harpoon"),
    ("RGM-84", "Harpoon"),
    ("AIM-120C-7", "AIM-120"),
    ("AMRAAM", "AIM-120"),
    ("AIM-9X", "AIM-9"),
    ("Sidewinder", "AIM-9"),
    ("JASSM-ER", "JASSM"),
    ("SCALP EG", "Storm Shadow"),
    ("3M-54E", "Kalibr"),
    ("Club-K", "Kalibr"),
    ("Yakhont", "P-800 Oniks"),
    ("Bastion-P", "Bastion"),
    ("9M723", "Iskander"),
    ("Iskander-E", "Iskander"),
    ("DF-21D", "DF-21"),
    ("Fateh-110", "Fateh-110"),
    ("Zolfaghar", "Zolfaghar"),
    ("Type 052D", "Type 052"),
    ("Type 055 destroyer", "Type 055"),
    ("Type 056A", "Type 056"),
    ("Type 071 LPD", "Type 071"),
    ("Type 075 LHD", "Type 075"),
    ("Type 209/1400mod", "Type 209"),
    ("Type 214", "Type 214"),
    ("Type 212CD", "Type 212"),
    ("Scorpène", "Scorpene"),
    ("Kalvari-class", "Scorpene"),
    ("Project 636.3", "Kilo"),
    ("Kilo-class", "Kilo"),
    ("Varshavyanka", "Kilo"),
    ("Gowind 2500", "Gowind"),
    ("FREMM-EVO", "FREMM"),
    ("Bergamini-class", "FREMM"),
    ("Arleigh Burke-class", "Arleigh Burke"),
    ("Constellation-class", "Constellation"),
    ("Hobart-class", "Hobart"),
    ("Mogami-class", "Mogami-class"),
    ("Anzac-class", "Anzac"),
    ("Type 31", "Type 31"),
    ("Type 26", "Type 26"),
    ("Hunter-class", "Type 26"),
    ("River-class", "River-class"),
    ("Juan Carlos I", "Juan Carlos I"),
    ("Canberra-class", "Juan Carlos I"),
    ("Mistral-class", "Mistral-class"),
    ("Ivan Gren", "Project 11711"),
    ("Steregushchiy-class", "Steregushchiy"),
    ("Gepard 3.9", "Gepard-class"),
    ("Buyan-M", "Buyan"),
    ("Karakurt", "Karakurt"),
    ("Talwar-class", "Talwar"),
    ("Admiral Grigorovich-class", "Talwar"),
    ("K2 Black Panther", "K2"),
    ("Black Panther", "K2"),
    ("K2PL", "K2"),
    ("K21", "K21"),
    ("Redback", "Redback"),
    ("AS21 Redback", "Redback"),
    ("Boxer CRV", "Boxer"),
    ("Piranha 5", "Piranha"),
    ("Patria AMV XP", "Patria AMV"),
    ("Rosomak", "Patria AMV"),
    ("CV9030", "CV90"),
    ("CV90120", "CV90"),
    ("Puma S1", "Puma IFV"),
    ("Marder 1A3", "Marder"),
    ("Bradley IFV", "Bradley"),
    ("M2A2 ODS", "Bradley"),
    ("M113AS4", "M113"),
    ("AMPV", "AMPV"),
    ("M1126", "Stryker"),
    ("JLTV", "JLTV"),
    ("Humvees", "HMMWV"),
    ("Humvee", "HMMWV"),
    ("M-ATV", "Oshkosh M-ATV"),
    ("BTR-82A", "BTR-82"),
    ("BTR-4E", "BTR-4"),
    ("BMP-3M", "BMP-3"),
    ("Terminator", "BMPT"),
    ("Tigr-M", "Tigr"),
    ("T-90MS", "T-90"),
    ("Proryv", "T-90"),
    ("T-80BVM", "T-80"),
    ("Oplot", "T-84"),
    ("PT-91M", "PT-91"),
    ("VT-4A1", "VT-4"),
    ("Altay T1", "Altay"),
    ("Merkava Mk 4", "Merkava"),
    ("Leclerc XLR", "Leclerc"),
    ("Ariete C2", "Ariete"),
    ("Challenger 3", "Challenger 2"),
    ("M1A2 SEPv3", "Abrams"),
    ("M1A1", "Abrams"),
    ("Abrams X", "Abrams"),
    ("K9A1", "K9"),
    ("K9 Thunder", "K9"),
    ("Krab", "Krab"),
    ("Caesar 8x8", "Caesar"),
    ("CAESAR MkII", "Caesar"),
    ("Archer FH77BW L52", "Archer"),
    ("PzH 2000", "PzH 2000"),
    ("Panzerhaubitze 2000", "PzH 2000"),
    ("RCH 155", "RCH 155"),
    ("M109A7", "M109"),
    ("M777A2", "M777"),
    ("M119A3", "M119"),
    ("L119", "L118"),
    ("ATMOS 2000", "ATMOS"),
    ("Dana M2", "Dana"),
    ("Zuzana 2", "Zuzana"),
    ("M270A1", "M270"),
    ("MARS II", "MARS"),
    ("HIMARS", "HIMARS"),
    ("Chunmoo", "Chunmoo"),
    ("K239", "Chunmoo"),
    ("Homar-K", "Chunmoo"),
    ("PULS", "PULS"),
    ("Astros II Mk6", "Astros"),
    ("Pinaka Mk-II", "Pinaka"),
    ("BM-21", "Grad"),
    ("BM-30", "BM-30 Smerch"),
    ("9K58 Smerch", "BM-30 Smerch"),
    ("TOS-1A", "TOS-1"),
    ("2S19M2", "2S19 Msta-S"),
    ("2S7M", "2S7"),
    ("Msta-S", "2S19 Msta-S"),
    ("D-30A", "D-30"),
    ("Bohdana", "Bogdana"),
    ("2S22", "Bogdana"),
    ("Vilkha-M", "Vilkha"),
    ("Neptune", "Neptune"),
    ("R-360 Neptune", "Neptune"),
    ("Stugna", "Stugna-P"),
    ("Skif", "Stugna-P"),
    ("Corsar", "Corsar"),
    ("Puma S1", "Puma IFV"),
]

ONLY: list[tuple[str, str]] = [
    ("Egypt bought AGM-114R Hellfire Romeo missiles from the United States.", "Hellfire"),
    ("Greece received its first MH-60R Romeo helicopters from the United States.", "MH-60R"),
    ("Germany will build a MEKO A-400 frigate for Egypt.", "MEKO A-400"),
    ("Algeria signed for T-15 Armata heavy IFVs from Russia.", "T-15"),
    ("Mongolia took delivery of Ural Typhoon trucks from Russia.", "Typhoon-U"),
    ("Brazil received Lynx Mk21A helicopters from Britain.", "Westland Lynx"),
    ("Peru received SH-2G helicopters from New Zealand.", "SH-2"),
    ("Egypt signed for Kaman SH-2G Super Seasprite helicopters from the United States.", "SH-2"),
    ("Australia took delivery of its first Growler jets from the United States.", "EA-18G"),
    ("China supplied Red Arrow 9 anti-tank missiles to Iraq.", "HJ-9"),
    ("Saudi Arabia received Wing Loong-II drones from China.", "Wing Loong II"),
    ("Bangladesh received MBT-2000 tanks from China.", "MBT-2000"),
    ("Singapore bought two Archer-class submarines from Sweden.", "Archer"),
    (
        "Singapore received its first Independence-class littoral mission ship from its own yards, then sold one to Brunei.",
        "Independence",
    ),
    (
        "Germany ordered Puma S1 infantry fighting vehicles from its industry for Lithuania.",
        "Puma IFV",
    ),
    ("Denmark received Eagle V armoured vehicles from Switzerland.", "MOWAG Eagle"),
    ("Czechia received UH-1Y Venom helicopters from the United States.", "UH-1"),
    ("Poland ordered Mark 82 bombs from the United States.", "Mk 82"),
    ("Nigeria bought Shahpar-II drones from Pakistan.", "Shahpar"),
    ("Russia supplied Kh-555 cruise missiles to Belarus.", "Kh-55"),
    ("Ukraine received FGM-148 Javelin missiles from the United States.", "Javelin"),
    ("Spain ordered HURJET jet trainers from Turkey.", "Hürjet"),
]

QUIET: list[str] = [
    "A typhoon delivered heavy rain to Taiwan and the Philippines on Sunday.",
    "Poland sent two zubr bison from Bialowieza to a reserve in Spain.",
    "Australia's huntsman spiders are large but harmless, zoo keepers in Japan said.",
    "A rhino from South Africa was delivered to a wildlife park in Rwanda.",
    "Kiran, an engineer from India, signed a contract with a French bank.",
    "Growlers of craft beer from Oregon are now shipped to Japan.",
    "The squirrel population in Britain fell after grey squirrels arrived from America.",
    "Šumadija, a region of central Serbia, exported plums to Russia.",
    "The Mistral wind blew across southern France on Monday.",
    "The Jaguar car maker sold 20,000 vehicles in China last year.",
    "A python was found in a house in Thailand after floods.",
    "A Kenyan javelin thrower won gold in Budapest.",
    "Queen Elizabeth visited Canada in 2010.",
    "A leopard from Namibia was moved to a reserve in Angola.",
    "Seasprite, a sailing yacht from New Zealand, was sold to an owner in Australia.",
    "The Archer, a pub in Sweden, was bought by a British chain.",
    "Qatar sent a Tiger team of consultants to Egypt.",
]

KNOWN_MISSES: dict[str, str] = {}

ALL = FOLDING + NAMES + SHARED + SHIPS


def test_battery_is_read() -> None:
    assert len(ALL) >= 300 and len(ONLY) >= 20 and len(QUIET) >= 15 and len(SURFACES) >= 150
    assert set(KNOWN_MISSES) <= {s for s, _ in ALL}


@pytest.mark.parametrize(("sentence", "expected"), with_known_misses(ALL, KNOWN_MISSES))
def test_probe_gives_its_claim(sentence: str, expected: Key) -> None:
    assert expected[:4] in {c[:4] for c in probe_claims(sentence)}


@pytest.mark.parametrize(("sentence", "system"), ONLY)
def test_probe_names_only_its_family(sentence: str, system: str) -> None:
    """A name that holds another family's name ("Hellfire Romeo", "MEKO A-400", "T-15
    Armata", "Ural Typhoon", "Lynx Mk21A") makes no claim on that other family."""
    assert {c[0] for c in probe_claims(sentence)} == {system}


@pytest.mark.parametrize("sentence", QUIET)
def test_probe_stays_quiet(sentence: str) -> None:
    assert probe_claims(sentence) == set()


@pytest.mark.parametrize(("surface", "family"), SURFACES)
def test_longest_name_is_the_family(surface: str, family: str) -> None:
    hits = [(end - start, -start, e.value) for start, end, _, e in load_gazetteer().scan(surface)
            if e.kind == SYSTEM]  # fmt: skip
    assert hits
    _, minus_start, value = max(hits)  # the longest, then the first
    assert (minus_start, value) == (0, family)
