# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Probe sentences for who supplies and who receives, third battery (issue 10): second-hand and
third-country transfers (a system passed on from another state's stocks, refurbished by a
company for a new user), the supplier named only as a company or a maker's adjective
("Hanwha-built", "Boeing's Apache"), recipients named as armed services, ministries and
procurement agencies, capitals and demonyms, the subject of "induct", "commission" and "field",
lists of parties with "both", "each", "as well as" and "respectively", "under a deal with",
"as part of a package", "via" (a transit state is no party), "for use by", Foreign Military
Sales (the supplier is the USA) and licence production (the licensor supplies, as in CLAIMS.md's
gold for a licence-built Leopard 2), gifts, aid packages, payers ("bought with the help of X"),
leases and loans, and a speaker's own forces ("X denied that its military had transferred").

Every sentence is our own, written for these probes (never taken from news or ../shared). Each
probe gives the (system, supplier, recipient) triples expected among the claims of the systems it
names; stage and factuality are other probes' business. Known misses are marked xfail with why."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Triple = tuple[str, str | None, str | None]

THIRD_COUNTRY: list[tuple[str, set[Triple]]] = [
    ("Jordan passed its AH-1 Cobra helicopters to Pakistan in 2017.", {("AH-1", "JOR", "PAK")}),
    ("Ex-Dutch F-16 fighters for Romania landed at Fetesti on Tuesday.", {("F-16", "NLD", "ROU")}),
    (
        "Chile will receive surplus Leopard 1 tanks from Belgian stocks.",
        {("Leopard 1", "BEL", "CHL")},
    ),
    ("Kfir jets refurbished by IAI for Colombia were delivered in 2009.", {("Kfir", "ISR", "COL")}),
    ("Qatar handed on its Mirage 2000 jets to Indonesia.", {("Mirage 2000", "QAT", "IDN")}),
    ("Twelve F-16s from Norwegian stocks arrived in Romania in 2023.", {("F-16", "NOR", "ROU")}),
    ("Poland will pass on its T-72 tanks to Ukraine.", {("T-72", "POL", "UKR")}),
    ("The Czech Republic shipped refurbished T-72 tanks to Ukraine.", {("T-72", "CZE", "UKR")}),
    ("Former Belgian F-16 jets will go to Ukraine next year.", {("F-16", "BEL", "UKR")}),
    ("Egypt sold its surplus Mirage 5 jets to Pakistan.", {("Mirage 5", "EGY", "PAK")}),
    (
        "Brazil bought second-hand Gripen C jets from the Swedish Air Force.",
        {("Gripen", "SWE", "BRA")},
    ),
    (
        "The Mi-24 helicopters Serbia received came from Belarusian stocks.",
        {("Mi-24", "BLR", "SRB")},
    ),
    ("Spain is passing old Hawk missiles to Ukraine.", {("MIM-23 Hawk", "ESP", "UKR")}),
    ("Croatia sold its Mi-8 helicopters to Ukraine in 2023.", {("Mi-8", "HRV", "UKR")}),
    (
        "Refurbished by Elbit, the ex-Portuguese F-16s will be delivered to Romania.",
        {("F-16", "PRT", "ROU")},
    ),
    ("North Macedonia handed its Su-25 jets over to Ukraine.", {("Su-25", "MKD", "UKR")}),
    (
        "Peru took over eight MiG-29 fighters that had belonged to Belarus.",
        {("MiG-29", "BLR", "PER")},
    ),
    ("Old Swiss F-5 jets are being sold to the United States.", {("F-5", "CHE", "USA")}),
    (
        "Indonesia acquired the Mirage 2000 jets secondhand from Qatar.",
        {("Mirage 2000", "QAT", "IDN")},
    ),
    ("Ukraine received Gepard guns drawn from Qatari stocks.", {("Gepard", "QAT", "UKR")}),
    ("Romania will buy 18 more F-16s from Norway's retired fleet.", {("F-16", "NOR", "ROU")}),
    ("Surplus Danish M113 carriers were handed over to Ukraine.", {("M113", "DNK", "UKR")}),
    (
        "The Philippines got its first Hamilton-class cutters second-hand from the US Coast Guard.",
        {("Hamilton", "USA", "PHL")},
    ),
    (
        "Ukraine has taken delivery of 14 Leopard 2 tanks from Portuguese and Spanish stocks.",
        {("Leopard 2", "PRT", "UKR"), ("Leopard 2", "ESP", "UKR")},
    ),
    ("Argentina has received its first Danish-operated, US-made F-16s.", {("F-16", "DNK", "ARG")}),
    (
        "Morocco gave Russian-made T-72 tanks to Ukraine via the Czech Republic.",
        {("T-72", "MAR", "UKR")},
    ),
    (
        "Cyprus will transfer its Russian-made Tor systems to Ukraine via Greece.",
        {("Tor", "CYP", "UKR")},
    ),
    ("Poland handed over Soviet-designed MiG-29 fighters to Ukraine.", {("MiG-29", "POL", "UKR")}),
    ("Czechia sent Soviet-era T-72 tanks to Ukraine.", {("T-72", "CZE", "UKR")}),
    ("Greece donated Soviet-built BMP-1 vehicles to Ukraine.", {("BMP-1", "GRC", "UKR")}),
    (
        "Slovakia will sell its MiG-29 jets to Ukraine in a deal Russia condemned.",
        {("MiG-29", "SVK", "UKR")},
    ),
    (
        "Chile will buy F-16 jets from the Netherlands, although the jets were built in the United States.",
        {("F-16", "NLD", "CHL")},
    ),
    (
        "Romania ordered the F-16 jets from Norway, where they had flown for decades.",
        {("F-16", "NOR", "ROU")},
    ),
    (
        "Indonesia will receive its Type 209 submarines from South Korea, not Germany.",
        {("Type 209", "KOR", "IDN")},
    ),
    (
        "Peru received two more Mi-17 helicopters, this time from Belarus.",
        {("Mi-17", "BLR", "PER")},
    ),
    ("Iran will receive Su-35 jets originally built for Egypt.", {("Su-35", "RUS", "IRN")}),
    (
        "Ukraine received Patriot missiles initially intended for Switzerland.",
        {("Patriot", "USA", "UKR")},
    ),
    ("Algeria bought the Su-35 fighters first ordered for Egypt.", {("Su-35", "RUS", "DZA")}),
    (
        "Peru received two more Mi-17 helicopters - this time from Belarus.",
        {("Mi-17", "BLR", "PER")},
    ),
    ("Uruguay received C-130 aircraft that Spain had retired.", {("C-130", "ESP", "URY")}),
    ("Ukraine received Gepard guns previously owned by Jordan.", {("Gepard", "JOR", "UKR")}),
    ("Colombia received Kfir jets, formerly Israeli, in 2009.", {("Kfir", "ISR", "COL")}),
    (
        "Serbia has received four MiG-29 jets from Belarus, its defence minister said, adding that he had met his Russian counterpart.",
        {("MiG-29", "BLR", "SRB")},
    ),
]
MAKERS: list[tuple[str, set[Triple]]] = [
    ("Egypt has ordered Hanwha-built K9 howitzers.", {("K9", "KOR", "EGY")}),
    (
        "Romania signed for a Turkish-made drone, the Bayraktar TB2.",
        {("Bayraktar TB2", "TUR", "ROU")},
    ),
    ("Boeing's Apache for Morocco will be delivered next year.", {("AH-64", "USA", "MAR")}),
    (
        "Naval Group's Scorpene submarines for Indonesia are under construction.",
        {("Scorpene", "FRA", "IDN")},
    ),
    (
        "Vietnam will take delivery of Israeli-designed Spyder launchers.",
        {("Spyder", "ISR", "VNM")},
    ),
    ("Dassault's Rafale for Serbia was handed over at Merignac.", {("Rafale", "FRA", "SRB")}),
    (
        "Sikorsky-built Black Hawk helicopters for Greece arrived in Elefsina.",
        {("UH-60", "USA", "GRC")},
    ),
    ("Mexico is buying Embraer-made C-390 transport aircraft.", {("C-390", "BRA", "MEX")}),
    ("Kazakhstan's Turkish-built Anka drones were delivered in 2023.", {("Anka", "TUR", "KAZ")}),
    ("Baykar will deliver Akinci drones to Azerbaijan.", {("Akinci", "TUR", "AZE")}),
    ("The KAI-made FA-50 jets for Malaysia will be delivered in 2026.", {("FA-50", "KOR", "MYS")}),
    (
        "Rheinmetall's Lynx KF41 vehicles for Hungary were handed over in Zalaegerszeg.",
        {("Lynx KF41", "DEU", "HUN")},
    ),
    ("Kongsberg-made NASAMS launchers reached Ukraine in November.", {("NASAMS", "NOR", "UKR")}),
    ("Nigeria has bought Pakistani-built JF-17 jets.", {("JF-17", "PAK", "NGA")}),
    ("Norinco will supply VT-4 tanks to Nigeria.", {("VT-4", "CHN", "NGA")}),
    ("Saab's Gripen deal with Thailand was signed in August.", {("Gripen", "SWE", "THA")}),
    (
        "Lockheed Martin's F-16 Block 70 jets for Slovakia were delivered in 2024.",
        {("F-16", "USA", "SVK")},
    ),
    ("Hanwha Aerospace signed a deal with Romania for K9 howitzers.", {("K9", "KOR", "ROU")}),
    (
        "An Israeli-made Hermes 900 drone was delivered to the Brazilian Air Force.",
        {("Hermes 900", "ISR", "BRA")},
    ),
    ("Tehran-made Shahed-136 drones were shipped to Russia.", {("Shahed-136", "IRN", "RUS")}),
    ("Leonardo will supply M-346 trainers to Nigeria.", {("M-346", "ITA", "NGA")}),
    ("Embraer handed over the first Super Tucano to Paraguay.", {("A-29", "BRA", "PRY")}),
    (
        "South Korea built three Type 209 submarines for Indonesia. Indonesia took delivery of the third Type 209 boat in 2021.",
        {("Type 209", "KOR", "IDN")},
    ),
    (
        "The Netherlands signed a deal to sell 12 F-16 jets to Chile. Under the deal, Chile will receive the F-16 fighters after an upgrade.",
        {("F-16", "NLD", "CHL")},
    ),
    ("A Turkish company sold Bayraktar TB2 drones to the UAE.", {("Bayraktar TB2", "TUR", "ARE")}),
    (
        "The Spanish firm Navantia will build five corvettes for Saudi Arabia, including Avante 2200 ships.",
        {("Avante 2200", "ESP", "SAU")},
    ),
    (
        "Norway's Kongsberg and the US firm Raytheon will deliver NASAMS to Ukraine.",
        {("NASAMS", "NOR", "UKR"), ("NASAMS", "USA", "UKR")},
    ),
    (
        "Bulgaria is buying F-16 Block 70 jets, which are made in the United States.",
        {("F-16", "USA", "BGR")},
    ),
]
COMPANIES: list[tuple[str, set[Triple]]] = [
    (
        "Poland sold Black Hawk helicopters built by PZL Mielec to the Philippines.",
        {("UH-60", "POL", "PHL")},
    ),
    ("Denel Dynamics will supply Umkhonto missiles to Algeria.", {("Umkhonto", "ZAF", "DZA")}),
    ("Omnipol sold L-39NG trainers to Vietnam.", {("L-39", "CZE", "VNM")}),
    (
        "PZL-Świdnik delivered AW149 helicopters to the Philippine Air Force.",
        {("AW149", "POL", "PHL")},
    ),
    ("Hongdu delivered L-15 trainers to Zambia.", {("L-15", "CHN", "ZMB")}),
    (
        "Sevmash handed the refitted Kilo-class submarine over to the Indian Navy.",
        {("Kilo", "RUS", "IND")},
    ),
]
SERVICES: list[tuple[str, set[Triple]]] = [
    ("The Royal Thai Navy received a Chinese-built Type 071E ship.", {("Type 071", "CHN", "THA")}),
    ("Indonesia's air force ordered 24 F-15EX jets from Boeing.", {("F-15", "USA", "IDN")}),
    (
        "The Philippine Army took delivery of ATMOS howitzers from Israel.",
        {("ATMOS", "ISR", "PHL")},
    ),
    ("The Saudi National Guard bought 130 LAV vehicles from Canada.", {("LAV", "CAN", "SAU")}),
    ("The Royal Malaysian Air Force will receive 18 FA-50 jets.", {("FA-50", "KOR", "MYS")}),
    ("Kenya's Defence Ministry ordered Bayraktar TB2 drones.", {("Bayraktar TB2", "TUR", "KEN")}),
    (
        "The Vietnam People's Navy commissioned its sixth Kilo-class submarine.",
        {("Kilo", "RUS", "VNM")},
    ),
    (
        "The Royal Moroccan Armed Forces took delivery of Apache helicopters.",
        {("AH-64", "USA", "MAR")},
    ),
    (
        "The Egyptian Ministry of Defence signed for 30 more Rafale jets.",
        {("Rafale", "FRA", "EGY")},
    ),
    (
        "The Hellenic Army received its first Leopard 2 tanks from Germany in 2006.",
        {("Leopard 2", "DEU", "GRC")},
    ),
    (
        "The Royal Netherlands Air Force will pass its F-16 jets to Ukraine.",
        {("F-16", "NLD", "UKR")},
    ),
    (
        "Brazil's navy commissioned a Scorpene submarine built with French help.",
        {("Scorpene", "FRA", "BRA")},
    ),
    ("The Algerian Air Force is said to have received Su-57 jets.", {("Su-57", "RUS", "DZA")}),
    (
        "The Armed Forces of the Philippines will field BrahMos batteries from India.",
        {("BrahMos", "IND", "PHL")},
    ),
    ("Nigeria's army received VT-4 tanks from China.", {("VT-4", "CHN", "NGA")}),
    (
        "The Royal Australian Navy will acquire Tomahawk missiles from the United States.",
        {("Tomahawk", "USA", "AUS")},
    ),
    (
        "The Royal Saudi Air Force signed for 48 more Eurofighter jets with Britain.",
        {("Eurofighter", "GBR", "SAU")},
    ),
    ("Pakistan's navy inducted a Chinese-built Type 054A frigate.", {("Type 054", "CHN", "PAK")}),
    ("The Bangladesh Army has received Turkish-made TRG-300 rockets.", {("TRG-300", "TUR", "BGD")}),
    (
        "The Ukrainian Ground Forces have received Swedish Archer howitzers.",
        {("Archer", "SWE", "UKR")},
    ),
    ("Qatar's Emiri Air Force received the last of its Rafale jets.", {("Rafale", "FRA", "QAT")}),
    (
        "The Omani Ministry of Defence ordered Hawk trainers from BAE Systems.",
        {("Hawk", "GBR", "OMN")},
    ),
    ("The Tatmadaw received two Su-30 fighters from Russia.", {("Su-30", "RUS", "MMR")}),
    ("The Bundeswehr ordered 35 F-35 jets from the United States.", {("F-35", "USA", "DEU")}),
    ("Poland's Armament Agency signed a contract for 180 K2 tanks.", {("K2", "KOR", "POL")}),
    (
        "Japan's Acquisition, Technology and Logistics Agency ordered Tomahawk missiles.",
        {("Tomahawk", "USA", "JPN")},
    ),
    ("South Korea's DAPA signed a contract for 20 more F-35 jets.", {("F-35", "USA", "KOR")}),
    ("The Pakistan Air Force inducted J-10C fighters from China.", {("J-10", "CHN", "PAK")}),
    (
        "The Bangladesh Navy received two Type 035G submarines from China.",
        {("Type 035", "CHN", "BGD")},
    ),
    ("The ROK Army will receive Apache helicopters from Boeing.", {("AH-64", "USA", "KOR")}),
    (
        "The Kuwait Air Force has taken delivery of Eurofighter jets from Italy.",
        {("Eurofighter", "ITA", "KWT")},
    ),
    ("The Egyptian Armed Forces received K9 howitzers from Hanwha.", {("K9", "KOR", "EGY")}),
    (
        "The Indian Navy's Rafale Marine jets will be supplied by Dassault.",
        {("Rafale", "FRA", "IND")},
    ),
    (
        "Mexico's Secretariat of National Defense ordered Black Hawk helicopters.",
        {("UH-60", "USA", "MEX")},
    ),
    (
        "The Armed Forces of Ukraine received Leopard 1 tanks from Denmark.",
        {("Leopard 1", "DNK", "UKR")},
    ),
    ("Indonesia's Ministry of Defence signed for 42 Rafale jets.", {("Rafale", "FRA", "IDN")}),
    ("Kongsberg sold NASAMS to the Hungarian Defence Forces.", {("NASAMS", "NOR", "HUN")}),
    (
        "General Atomics will supply MQ-9B drones to the Indian armed forces.",
        {("MQ-9", "USA", "IND")},
    ),
    ("Nexter delivered Caesar howitzers to the Czech Army.", {("Caesar", "FRA", "CZE")}),
    ("Roketsan delivered TRG-300 rockets to the Bangladesh Army.", {("TRG-300", "TUR", "BGD")}),
    ("Hyundai Rotem will deliver K2 tanks to the Polish Land Forces.", {("K2", "KOR", "POL")}),
    (
        "MBDA will supply Mistral missiles to the Cypriot National Guard.",
        {("Mistral", "FRA", "CYP")},
    ),
    ("KNDS delivered Leopard 2A8 tanks to the Lithuanian Army.", {("Leopard 2", "DEU", "LTU")}),
]
CAPITALS: list[tuple[str, set[Triple]]] = [
    ("Riyadh has ordered THAAD batteries from Washington.", {("THAAD", "USA", "SAU")}),
    ("Manila's BrahMos missiles arrived from New Delhi in April.", {("BrahMos", "IND", "PHL")}),
    (
        "The Emirati purchase of Rafale jets was the largest export order for Dassault.",
        {("Rafale", "FRA", "ARE")},
    ),
    ("Hanoi bought Su-30 fighters from Moscow.", {("Su-30", "RUS", "VNM")}),
    ("Jakarta took delivery of its first Rafale from Paris.", {("Rafale", "FRA", "IDN")}),
    ("Cairo will receive Chinese J-10 jets.", {("J-10", "CHN", "EGY")}),
    ("Canberra will buy HIMARS launchers.", {("HIMARS", "USA", "AUS")}),
    ("Abu Dhabi ordered KM-SAM systems from Seoul.", {("KM-SAM", "KOR", "ARE")}),
    ("Warsaw received the first K2 tanks from Seoul.", {("K2", "KOR", "POL")}),
    ("Bangkok's Gripen order was signed last week.", {("Gripen", "SWE", "THA")}),
    ("Emirati officials signed for 80 Rafale jets.", {("Rafale", "FRA", "ARE")}),
    ("The Saudi order for THAAD batteries was approved.", {("THAAD", "USA", "SAU")}),
    ("Islamabad received J-10C fighters from Beijing.", {("J-10", "CHN", "PAK")}),
    ("Algiers bought Su-35 jets from Moscow.", {("Su-35", "RUS", "DZA")}),
    ("A Filipino order for FA-50 jets was signed in Seoul.", {("FA-50", "KOR", "PHL")}),
    ("Bogota chose the Gripen from Stockholm.", {("Gripen", "SWE", "COL")}),
    ("Tokyo will buy Tomahawk missiles from Washington.", {("Tomahawk", "USA", "JPN")}),
    ("Vilnius ordered NASAMS from Oslo.", {("NASAMS", "NOR", "LTU")}),
    ("Kuwaiti Eurofighter jets from Italy arrived in 2022.", {("Eurofighter", "ITA", "KWT")}),
    ("Nairobi bought Bayraktar TB2 drones from Ankara.", {("Bayraktar TB2", "TUR", "KEN")}),
    (
        "Speaking in Washington, Indonesia's defence minister said Jakarta will receive Rafale jets from France.",
        {("Rafale", "FRA", "IDN")},
    ),
    (
        "Vietnam will receive T-90 tanks from Belarus, the Russian news agency TASS said.",
        {("T-90", "BLR", "VNM")},
    ),
    (
        "Iran delivered Shahed-136 drones to Russia, Ukrainian officials told reporters in Kyiv.",
        {("Shahed-136", "IRN", "RUS")},
    ),
]
RECEIVE_VERBS: list[tuple[str, set[Triple]]] = [
    ("India inducted the Rafale into its air force in 2020.", {("Rafale", "FRA", "IND")}),
    ("Egypt commissioned a FREMM frigate from Italy.", {("FREMM", "ITA", "EGY")}),
    ("Taiwan fields HIMARS launchers bought from the US.", {("HIMARS", "USA", "TWN")}),
    ("Poland has fielded its first K9 howitzers.", {("K9", "KOR", "POL")}),
    ("Finland will induct 64 F-35 jets from 2026.", {("F-35", "USA", "FIN")}),
    (
        "The Philippines received two Pohang-class corvettes from South Korea.",
        {("Pohang-class", "KOR", "PHL")},
    ),
    ("Hungary is inducting Leopard 2A7 tanks.", {("Leopard 2", "DEU", "HUN")}),
    ("Greece commissioned its first FDI frigate in 2025.", {("FDI", "FRA", "GRC")}),
    ("Azerbaijan has fielded Israeli Barak 8 systems.", {("Barak 8", "ISR", "AZE")}),
    ("Indonesia accepted delivery of two Scorpene submarines.", {("Scorpene", "FRA", "IDN")}),
    ("Norway took over its first K9 howitzers from Hanwha.", {("K9", "KOR", "NOR")}),
    ("Switzerland will field Patriot batteries from 2027.", {("Patriot", "USA", "CHE")}),
    ("Algeria has commissioned two Chinese-built C28A corvettes.", {("C28A", "CHN", "DZA")}),
    (
        "Serbia brought into service the FK-3 systems it bought from China.",
        {("HQ-22", "CHN", "SRB")},
    ),
    ("Ukraine has put into service its first Swedish CV90 vehicles.", {("CV90", "SWE", "UKR")}),
    ("Estonia received six HIMARS launchers in 2024.", {("HIMARS", "USA", "EST")}),
    ("Croatia inducted its Rafale jets at Pleso.", {("Rafale", "FRA", "HRV")}),
    ("Slovakia accepted the first of its CV90 vehicles from Sweden.", {("CV90", "SWE", "SVK")}),
    ("Lithuania will field Norwegian NASAMS in 2025.", {("NASAMS", "NOR", "LTU")}),
    ("The Mi-17 helicopters entered service with Myanmar's air force.", {("Mi-17", "RUS", "MMR")}),
    ("Chile will put its new Type 23 frigates into service.", {("Type 23", "GBR", "CHL")}),
    ("Morocco has begun operating Israeli Heron drones.", {("Heron", "ISR", "MAR")}),
]
LISTS: list[tuple[str, set[Triple]]] = [
    (
        "Both Romania and Bulgaria ordered F-16 Block 70 jets.",
        {("F-16", "USA", "ROU"), ("F-16", "USA", "BGR")},
    ),
    (
        "Estonia and Latvia each ordered six HIMARS launchers.",
        {("HIMARS", "USA", "EST"), ("HIMARS", "USA", "LVA")},
    ),
    (
        "Norway and Finland will each receive K9 howitzers.",
        {("K9", "KOR", "NOR"), ("K9", "KOR", "FIN")},
    ),
    (
        "Sweden and Denmark sent CV90 vehicles to Ukraine.",
        {("CV90", "SWE", "UKR"), ("CV90", "DNK", "UKR")},
    ),
    (
        "Germany, as well as the Netherlands, supplied PzH 2000 howitzers to Ukraine.",
        {("PzH 2000", "DEU", "UKR"), ("PzH 2000", "NLD", "UKR")},
    ),
    (
        "Qatar and Egypt received Rafale jets in 2019 and 2015 respectively.",
        {("Rafale", "FRA", "QAT"), ("Rafale", "FRA", "EGY")},
    ),
    (
        "France sold Rafale jets to both Greece and Croatia.",
        {("Rafale", "FRA", "GRC"), ("Rafale", "FRA", "HRV")},
    ),
    (
        "The United States will supply F-35 jets to Poland as well as Romania.",
        {("F-35", "USA", "POL"), ("F-35", "USA", "ROU")},
    ),
    (
        "Turkey delivered TB2 drones to Ethiopia, Nigeria and Togo.",
        {
            ("Bayraktar TB2", "TUR", "ETH"),
            ("Bayraktar TB2", "TUR", "NGA"),
            ("Bayraktar TB2", "TUR", "TGO"),
        },
    ),
    (
        "Poland and Slovakia each handed MiG-29 jets to Ukraine.",
        {("MiG-29", "POL", "UKR"), ("MiG-29", "SVK", "UKR")},
    ),
    (
        "South Korea has sold FA-50 jets to Poland, Malaysia and the Philippines.",
        {("FA-50", "KOR", "POL"), ("FA-50", "KOR", "MYS"), ("FA-50", "KOR", "PHL")},
    ),
    (
        "Both Belgium and Norway pledged F-16 jets to Ukraine.",
        {("F-16", "BEL", "UKR"), ("F-16", "NOR", "UKR")},
    ),
    (
        "Germany and Denmark will jointly fund Leopard 1 tanks for Ukraine.",
        {("Leopard 1", "DEU", "UKR"), ("Leopard 1", "DNK", "UKR")},
    ),
    (
        "Australia and Norway ordered K9 and Chunmoo systems respectively from South Korea.",
        {("K9", "KOR", "AUS"), ("Chunmoo", "KOR", "NOR")},
    ),
    (
        "Rafale jets went to India and Qatar, and Su-30 jets to Vietnam.",
        {("Rafale", "FRA", "IND"), ("Rafale", "FRA", "QAT"), ("Su-30", "RUS", "VNM")},
    ),
    (
        "Canada, Britain and Norway each donated NASAMS missiles to Ukraine.",
        {("NASAMS", "CAN", "UKR"), ("NASAMS", "GBR", "UKR"), ("NASAMS", "NOR", "UKR")},
    ),
    (
        "Morocco and Egypt have both received Chinese Wing Loong drones.",
        {("Wing Loong", "CHN", "MAR"), ("Wing Loong", "CHN", "EGY")},
    ),
    (
        "Russia supplied S-400 systems to China and India.",
        {("S-400", "RUS", "CHN"), ("S-400", "RUS", "IND")},
    ),
    (
        "Greece, as well as Cyprus, will receive Israeli Spike missiles.",
        {("Spike", "ISR", "GRC"), ("Spike", "ISR", "CYP")},
    ),
    (
        "Slovenia and Croatia each bought Mistral missiles from France.",
        {("Mistral", "FRA", "SVN"), ("Mistral", "FRA", "HRV")},
    ),
    (
        "Finland and Switzerland chose the F-35, while Portugal ordered the KC-390.",
        {("F-35", "USA", "FIN"), ("F-35", "USA", "CHE"), ("C-390", "BRA", "PRT")},
    ),
    (
        "Lithuania and Latvia will respectively buy NASAMS and IRIS-T systems.",
        {("NASAMS", "NOR", "LTU"), ("IRIS-T", "DEU", "LVA")},
    ),
    (
        "Estonia received Stinger missiles from Lithuania and Latvia in 2022.",
        {("Stinger", "LTU", "EST"), ("Stinger", "LVA", "EST")},
    ),
    (
        "Britain sent NLAW missiles to Ukraine in 2022. Estonia will send Javelin missiles, while Latvia and Lithuania will send Stinger missiles.",
        {("Javelin", "EST", "UKR"), ("Stinger", "LVA", "UKR"), ("Stinger", "LTU", "UKR")},
    ),
    (
        "Latvia and Lithuania have donated Stinger missiles to Ukraine. More Stinger missiles will follow next month.",
        {("Stinger", "LVA", "UKR"), ("Stinger", "LTU", "UKR")},
    ),
]
FRAMES: list[tuple[str, set[Triple]]] = [
    ("Jordan received the F-16 jets under a deal with the Netherlands.", {("F-16", "NLD", "JOR")}),
    (
        "The Patriot battery comes as part of a package for Ukraine from Germany.",
        {("Patriot", "DEU", "UKR")},
    ),
    ("Iran sent Shahed-136 drones to Russia via the Caspian Sea.", {("Shahed-136", "IRN", "RUS")}),
    (
        "The Netherlands ordered 18 Caesar howitzers on behalf of the Ukrainian army.",
        {("Caesar", "NLD", "UKR")},
    ),
    ("Two Piranha vehicles for use by the Irish army were delivered.", {("Piranha", "CHE", "IRL")}),
    (
        "Morocco is buying Javelin missiles through the Foreign Military Sales programme.",
        {("Javelin", "USA", "MAR")},
    ),
    ("Su-30MKI jets are built under licence in India.", {("Su-30", "RUS", "IND")}),
    (
        "Poland will acquire 96 Apache helicopters under the Foreign Military Sales program.",
        {("AH-64", "USA", "POL")},
    ),
    ("Taiwan receives Harpoon systems via FMS.", {("Harpoon", "USA", "TWN")}),
    ("Australia will build Boxer vehicles under licence from Germany.", {("Boxer", "DEU", "AUS")}),
    ("Turkey assembles F-16 jets under licence.", {("F-16", "USA", "TUR")}),
    ("The Caesar howitzers reached Ukraine via Poland.", {("Caesar", "FRA", "UKR")}),
    (
        "As part of a $2 billion package for Taiwan, the US will sell NASAMS.",
        {("NASAMS", "USA", "TWN")},
    ),
    (
        "Under an agreement with Israel, Azerbaijan received Barak 8 missiles.",
        {("Barak 8", "ISR", "AZE")},
    ),
    (
        "Egypt ordered the jets under a deal with France that covers 30 Rafale fighters.",
        {("Rafale", "FRA", "EGY")},
    ),
    (
        "Britain procured Brimstone missiles for use by Ukrainian forces.",
        {("Brimstone", "GBR", "UKR")},
    ),
    ("India will produce K9 howitzers under licence as the K9 Vajra.", {("K9", "KOR", "IND")}),
    (
        "Bahrain will receive F-16 Block 70 jets through the US Foreign Military Sales system.",
        {("F-16", "USA", "BHR")},
    ),
    (
        "Germany paid for the IRIS-T launchers, which were delivered to Ukraine via Slovakia.",
        {("IRIS-T", "DEU", "UKR")},
    ),
    ("Norway bought the K9 howitzers as part of a deal with Hanwha.", {("K9", "KOR", "NOR")}),
    ("An FMS case for 20 AH-64E helicopters for Qatar was opened.", {("AH-64", "USA", "QAT")}),
    (
        "The Stinger missiles were procured by Lithuania on behalf of Ukraine.",
        {("Stinger", "LTU", "UKR")},
    ),
    (
        "The Netherlands will transfer 18 F-16 jets to Ukraine. The F-16 jets will be delivered via Romania.",
        {("F-16", "NLD", "UKR")},
    ),
    (
        "NASAMS launchers bought with the help of the Canadian government have reached Ukraine.",
        {("NASAMS", "CAN", "UKR")},
    ),
    (
        "The Patriot battery, paid for with Dutch money, arrived in Ukraine.",
        {("Patriot", "NLD", "UKR")},
    ),
    ("IRIS-T launchers financed by Denmark reached Ukraine in March.", {("IRIS-T", "DNK", "UKR")}),
]
AID: list[tuple[str, set[Triple]]] = [
    ("Australia gifted 49 Abrams tanks to Ukraine.", {("Abrams", "AUS", "UKR")}),
    (
        "A US military aid package for Ukraine includes HIMARS launchers.",
        {("HIMARS", "USA", "UKR")},
    ),
    (
        "Canada's military aid package to Ukraine contains NASAMS missiles.",
        {("NASAMS", "CAN", "UKR")},
    ),
    (
        "Croatia leased two Black Hawk helicopters from the United States.",
        {("UH-60", "USA", "HRV")},
    ),
    ("Slovakia borrowed Patriot systems from Germany.", {("Patriot", "DEU", "SVK")}),
    ("Greece has loaned Sea Sparrow missiles to Ukraine.", {("Sea Sparrow", "GRC", "UKR")}),
    ("Turkey gifted an Akinci drone to Azerbaijan.", {("Akinci", "TUR", "AZE")}),
    (
        "The United States donated Cessna 208 aircraft to the Philippine Air Force.",
        {("Cessna 208", "USA", "PHL")},
    ),
    (
        "Britain gave Challenger 2 tanks to Ukraine as military aid.",
        {("Challenger 2", "GBR", "UKR")},
    ),
    (
        "A Dutch aid package for Ukraine will include 14 Leopard 2 tanks.",
        {("Leopard 2", "NLD", "UKR")},
    ),
    ("Brazil leases Gripen jets from Sweden.", {("Gripen", "SWE", "BRA")}),
    ("Hungary leased Gripen jets from Sweden until 2026.", {("Gripen", "SWE", "HUN")}),
    ("Germany lent two Patriot batteries to Poland.", {("Patriot", "DEU", "POL")}),
    (
        "South Korea gave a Pohang-class corvette to Vietnam as a gift.",
        {("Pohang-class", "KOR", "VNM")},
    ),
    (
        "Washington announced a military aid package for Taiwan worth $345 million including Stinger missiles.",
        {("Stinger", "USA", "TWN")},
    ),
    ("India handed over a Kilo-class submarine to Myanmar as a gift.", {("Kilo", "IND", "MMR")}),
    ("Denmark's latest military aid to Ukraine comprises 19 F-16 jets.", {("F-16", "DNK", "UKR")}),
    ("Israel leased Heron drones to Germany.", {("Heron", "ISR", "DEU")}),
    (
        "Germany sent Leopard 2 tanks to Ukraine. Spain will donate more of its Leopard 2A4 tanks.",
        {("Leopard 2", "DEU", "UKR"), ("Leopard 2", "ESP", "UKR")},
    ),
    (
        "France sent AMX-10 RC vehicles to Ukraine. Portugal will send some of its M113 carriers.",
        {("M113", "PRT", "UKR")},
    ),
]
ARTICLES: list[tuple[str, set[Triple]]] = [
    (
        "Chile agreed to buy 12 F-16 jets from the Netherlands in 2021. The first four F-16s will arrive in Santiago in March.",
        {("F-16", "NLD", "CHL")},
    ),
    (
        "Argentina has bought 24 F-16 fighters from Denmark. Buenos Aires expects the first six F-16s in December.",
        {("F-16", "DNK", "ARG")},
    ),
    (
        "Serbia will get eight more MiG-29 jets from Belarus. The MiG-29 fighters will be overhauled before delivery.",
        {("MiG-29", "BLR", "SRB")},
    ),
    (
        "Indonesia ordered three Type 209 submarines from South Korea's DSME. The last Type 209 boat will be handed over in 2026.",
        {("Type 209", "KOR", "IDN")},
    ),
    (
        "Canada bought a NASAMS battery for Ukraine in January. Kyiv has yet to receive the NASAMS launchers.",
        {("NASAMS", "CAN", "UKR")},
    ),
    (
        "Poland is selling used Black Hawk helicopters to the Philippines. Manila will receive the Black Hawks in two batches.",
        {("UH-60", "POL", "PHL")},
    ),
    (
        "Jordan is selling 16 F-16 jets to Pakistan. Pakistan will fly the F-16s from Mushaf air base.",
        {("F-16", "JOR", "PAK")},
    ),
    (
        "Ukraine has sold T-72 tanks to Kenya. The T-72 tanks were shipped from Odesa.",
        {("T-72", "UKR", "KEN")},
    ),
    (
        "Egypt ordered 24 Eurofighter jets from Italy. The Eurofighter deal was signed in Cairo.",
        {("Eurofighter", "ITA", "EGY")},
    ),
    (
        "India gave a Kilo-class submarine to Myanmar. The Kilo-class boat was refitted in Visakhapatnam before delivery.",
        {("Kilo", "IND", "MMR")},
    ),
    (
        "Pakistan will buy 18 second-hand F-16 jets from Jordan. The F-16s are to be delivered in 2026.",
        {("F-16", "JOR", "PAK")},
    ),
    (
        "Romania will receive 32 F-16 jets from Norway. Norway bought the F-16s from the United States in the 1980s.",
        {("F-16", "NOR", "ROU"), ("F-16", "USA", "NOR")},
    ),
    (
        "Belarus has agreed to sell eight MiG-29 jets to Serbia. Serbian officials praised the deal. Serbia received the first four MiG-29s on Friday.",
        {("MiG-29", "BLR", "SRB")},
    ),
    (
        "Ukraine sold 110 T-72 tanks to Kenya in 2007. Kenya later passed some of the T-72 tanks to South Sudan.",
        {("T-72", "UKR", "KEN"), ("T-72", "KEN", "SSD")},
    ),
    (
        "Poland sold 32 used Black Hawk helicopters to the Philippines. The helicopters were built by PZL Mielec. The Philippine Air Force will get the last Black Hawks in 2026.",
        {("UH-60", "POL", "PHL")},
    ),
    (
        "Denmark agreed to sell 24 F-16s to Argentina. Washington approved the re-transfer. Argentina will receive the first F-16 jets in 2024.",
        {("F-16", "DNK", "ARG")},
    ),
    (
        "Qatar and Oman may sell their Eurofighter jets to Turkey. Turkey wants to buy 40 Eurofighter jets.",
        {("Eurofighter", "QAT", "TUR"), ("Eurofighter", "OMN", "TUR")},
    ),
    (
        "Jordan sold F-16 jets to Pakistan in 2014. The F-16 jets arrived at Mushaf air base in 2015.",
        {("F-16", "JOR", "PAK")},
    ),
    (
        "Israel is refurbishing Kfir jets for Colombia. The Kfir fighters will be delivered next year.",
        {("Kfir", "ISR", "COL")},
    ),
    (
        "Norway sold F-16 jets to Romania. Romania received the first five F-16 fighters in 2023 and expects the rest in 2024.",
        {("F-16", "NOR", "ROU")},
    ),
    (
        "Greece sold its old Mirage 2000 jets to India. The first Mirage 2000 fighters arrived in Gwalior in May.",
        {("Mirage 2000", "GRC", "IND")},
    ),
    (
        "Brazil will buy 60 Leopard 1 tanks from Germany's army stocks. The Leopard 1 tanks arrive in 2025.",
        {("Leopard 1", "DEU", "BRA")},
    ),
    (
        "The Philippines, which faces China in the South China Sea, ordered BrahMos missiles from India.",
        {("BrahMos", "IND", "PHL")},
    ),
    (
        "Armenia bought Akash air defence systems from India, angering Azerbaijan.",
        {("Akash", "IND", "ARM")},
    ),
    (
        "After talks in Ankara, Kyrgyzstan ordered Bayraktar TB2 drones.",
        {("Bayraktar TB2", "TUR", "KGZ")},
    ),
    ("South Sudan obtained T-72 tanks from Ukraine through Kenya.", {("T-72", "UKR", "SSD")}),
    ("The Kenyan army has received T-72 tanks bought from Ukraine.", {("T-72", "UKR", "KEN")}),
]

SPEAKERS: list[tuple[str, set[Triple]]] = [
    (
        "Armenia denied that its military had transferred Su-30 jets to Russia.",
        {("Su-30", "ARM", "RUS")},
    ),
    ("Egypt said its air force had received Rafale jets from France.", {("Rafale", "FRA", "EGY")}),
    ("Poland said its army will send more T-72 tanks to Ukraine.", {("T-72", "POL", "UKR")}),
    (
        "Greece confirmed that its navy had sold two Kortenaer-class frigates to Chile.",
        {("Kortenaer", "GRC", "CHL")},
    ),
    (
        "Serbia denied that its army had bought Pantsir systems from Russia.",
        {("Pantsir", "RUS", "SRB")},
    ),
    ("India said its navy will sell a Kilo-class submarine to Myanmar.", {("Kilo", "IND", "MMR")}),
]

KNOWN_MISSES: dict[str, str] = {
    "Peru received two more Mi-17 helicopters - this time from Belarus.": "the dash ends the clause, and 'from Belarus' in the next one gives no supplier to the first: the maker (RUS) supplies",
    "Uruguay received C-130 aircraft that Spain had retired.": "'that X had retired' is not read as the previous operator: the maker (USA) supplies",
    "Former Belgian F-16 jets will go to Ukraine next year.": "'will go to' is no stage cue: no claim at all",
    "Old Swiss F-5 jets are being sold to the United States.": "rules give CHE -> USA, but the decider swaps them when the receiver is the maker (USA -> CHE)",
    "Argentina has received its first Danish-operated, US-made F-16s.": "'Danish-operated' names the previous operator, but 'US-made' makes the maker the supplier by pattern",
    "Norway's Kongsberg and the US firm Raytheon will deliver NASAMS to Ukraine.": "two companies listed as suppliers: only the nearer one's state (USA) supplies",
    "The Armed Forces of the Philippines will field BrahMos batteries from India.": "'field' is no stage cue: no claim at all",
    "Finland will induct 64 F-35 jets from 2026.": "'will induct' is no stage cue (only 'inducted'): no claim at all",
    "Azerbaijan has fielded Israeli Barak 8 systems.": "'fielded' is no stage cue: no claim at all",
    "Switzerland will field Patriot batteries from 2027.": "'field' is no stage cue: no claim at all",
    "Lithuania will field Norwegian NASAMS in 2025.": "'field' is no stage cue: no claim at all",
    "Morocco has begun operating Israeli Heron drones.": "'operating' is no stage cue (an inventory line, optional in CLAIMS.md rule 10): no claim",
    "Germany and Denmark will jointly fund Leopard 1 tanks for Ukraine.": "'fund' is no stage cue: no claim at all",
    "Rafale jets went to India and Qatar, and Su-30 jets to Vietnam.": "'went to' is no stage cue: no claim at all",
    "The Patriot battery comes as part of a package for Ukraine from Germany.": "'comes as part of a package' is no stage cue: no claim at all",
    "Australia will build Boxer vehicles under licence from Germany.": "licence production is taken for the licensee's own making: no claim",
    "Turkey assembles F-16 jets under licence.": "licence assembly is taken for the licensee's own making: no claim",
    "An FMS case for 20 AH-64E helicopters for Qatar was opened.": "'an FMS case was opened' is no stage cue: no claim at all",
    "Denmark's latest military aid to Ukraine comprises 19 F-16 jets.": "'comprises' borrows the stage of an earlier claim and there is none: no claim",
    "Israel is refurbishing Kfir jets for Colombia. The Kfir fighters will be delivered next year.": "'refurbishing ... for' is no stage cue, so the second sentence has no parties to take: no claim",
}

ALL = (
    THIRD_COUNTRY
    + MAKERS
    + COMPANIES
    + SERVICES
    + CAPITALS
    + RECEIVE_VERBS
    + LISTS
    + FRAMES
    + AID
    + ARTICLES
    + SPEAKERS
)


def test_probe_count() -> None:
    """The battery keeps about two hundred probes, each sentence once."""
    assert len(ALL) >= 200
    assert len({s for s, _ in ALL}) == len(ALL)


@pytest.mark.parametrize(("text", "expected"), with_known_misses(ALL, KNOWN_MISSES))
def test_roles(text: str, expected: set[Triple]) -> None:
    systems = {e[0] for e in expected}
    got = {(c[0], c[1], c[2]) for c in probe_claims(text) if c[0] in systems}
    assert got == expected
