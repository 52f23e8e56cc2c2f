# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""A fourth battery of stage probes: breadth of English wording for deliveries, agreements and
production on news nobody here has read (wire, trade press, ministry releases, headlines without
articles). Each probe names its system, supplier and recipient and checks the claim of the
stage it tells: arrivals, hand-overs ('hand-over ceremony', 'turned over to', 'collected the
first'), acceptance and induction ('formally accepted by the air force', 'the acceptance of the
first', 'integrated into', 'taken on strength', 'brought into service', 'entered service in'),
'made their way to', a ferry flight, systems coming off a ship, forces equipped with or
bolstered with a system; agreements told with 'inked', 'sealed', 'clinched', 'booked', options
and follow-on orders; production told with licence builds, fitting out, fabrication, a hull
taking shape at a yard or on the slipway, cutting metal, and a maker making a counted batch.

Every sentence is our own, written for these probes (never taken from news or ../shared).
A probe the extractor still gets wrong is a strict xfail in KNOWN_MISSES with the reason."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses
from tests.extract.test_stage_probes2 import Key, k

Probe = tuple[str, Key]

DELIVERY: list[Probe] = [
    (
        "A hand-over ceremony for the first K9 howitzers from South Korea was held in Poland on Monday.",
        k("K9", "KOR", "POL", "delivery"),
    ),
    (
        "The Stryker vehicles from the United States have been fielded by the Bulgarian army.",
        k("Stryker", "USA", "BGR", "delivery"),
    ),
    (
        "The induction of the Rafale jets bought from France into the Indian Air Force took place at Ambala.",
        k("Rafale", "FRA", "IND", "delivery"),
    ),
    (
        "The Swedish-made CV90 vehicles have joined the ranks of the Ukrainian army.",
        k("CV90", "SWE", "UKR", "delivery"),
    ),
    (
        "Four M-346 trainers from Italy were formally accepted by the Greek Air Force.",
        k("M-346", "ITA", "GRC", "delivery"),
    ),
    (
        "The acceptance of the first Gripen fighters from Sweden by Hungary took place in 2016.",
        k("Gripen", "SWE", "HUN", "delivery"),
    ),
    (
        "Chile's Navy now fields two Type 23 frigates from Britain.",
        k("Type 23", "GBR", "CHL", "delivery"),
    ),
    (
        "The US-made Abrams tanks were unloaded at the port of Gdynia for the Polish army.",
        k("Abrams", "USA", "POL", "delivery"),
    ),
    (
        "Bahrain's first F-16 Block 70 came off a transport ship from the United States on Friday.",
        k("F-16", "USA", "BHR", "delivery"),
    ),
    (
        "The handing over of the Scorpene submarine from France to Brazil took place in Itaguai.",
        k("Scorpene", "FRA", "BRA", "delivery"),
    ),
    (
        "The Patriot systems supplied by Germany are now operational in Ukraine.",
        k("Patriot", "DEU", "UKR", "delivery"),
    ),
    (
        "The Rafale jets ordered from France have been integrated into the Croatian Air Force.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "Ukraine's armed forces have started using the Bradley vehicles sent by the United States.",
        k("Bradley", "USA", "UKR", "delivery"),
    ),
    (
        "Greece's first F-35 from the United States is expected to touch down in 2028.",
        k("F-35", "USA", "GRC", "delivery", "expected"),
    ),
    (
        "Eight NH90 helicopters were turned over to the Qatari armed forces by Italy.",
        k("NH90", "ITA", "QAT", "delivery"),
    ),
    (
        "Nigeria's JF-17 fighters from Pakistan were formally inducted into service in 2021.",
        k("JF-17", "PAK", "NGA", "delivery"),
    ),
    (
        "Six Hawk jets arrived by sea in Saudi Arabia from Britain.",
        k("Hawk", "GBR", "SAU", "delivery"),
    ),
    (
        "Kuwait's last Eurofighter jets were flown in from Italy.",
        k("Eurofighter", "ITA", "KWT", "delivery"),
    ),
    (
        "Deliveries of the K9 howitzers from South Korea to Norway were completed in 2020.",
        k("K9", "KOR", "NOR", "delivery"),
    ),
    (
        "A first tranche of 14 Challenger 2 tanks from Britain made it to Ukraine.",
        k("Challenger 2", "GBR", "UKR", "delivery"),
    ),
    (
        "The Brazilian Air Force has taken over the first Gripen fighters from Sweden.",
        k("Gripen", "SWE", "BRA", "delivery"),
    ),
    (
        "Slovakia commissioned its first F-16 fighters, bought from the United States.",
        k("F-16", "USA", "SVK", "delivery"),
    ),
    ("US delivers first F-16s to Slovakia", k("F-16", "USA", "SVK", "delivery")),
    ("Indonesia gets first Rafale jets from France", k("Rafale", "FRA", "IDN", "delivery")),
    ("First Chinese VT-4 tanks arrive in Nigeria", k("VT-4", "CHN", "NGA", "delivery")),
    (
        "Philippines takes delivery of BrahMos batteries from India",
        k("BrahMos", "IND", "PHL", "delivery"),
    ),
    (
        "More Storm Shadow missiles from Britain have made their way to Ukraine.",
        k("Storm Shadow", "GBR", "UKR", "delivery"),
    ),
    (
        "Ukraine has now received 10 of the 12 IRIS-T launchers pledged by Germany.",
        k("IRIS-T", "DEU", "UKR", "delivery"),
    ),
    (
        "The ferry flight of the first F-35 from the United States to Poland ended at Lask air base.",
        k("F-35", "USA", "POL", "delivery"),
    ),
    (
        "The last two of Egypt's 30 Rafale jets from France landed at Cairo West.",
        k("Rafale", "FRA", "EGY", "delivery"),
    ),
    (
        "The delivery flight brought the Greek Air Force its 18th Rafale from France.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "Romania's first F-16 from Norway was welcomed at Borcea air base on Tuesday.",
        k("F-16", "NOR", "ROU", "delivery"),
    ),
    (
        "The second Scorpene boat for Brazil was handed to the Brazilian Navy by France.",
        k("Scorpene", "FRA", "BRA", "delivery"),
    ),
    (
        "Kyiv has taken receipt of the first Leopard 2 tanks from Germany.",
        k("Leopard 2", "DEU", "UKR", "delivery"),
    ),
    (
        "Three more F-16s from Denmark were dispatched to Ukraine.",
        k("F-16", "DNK", "UKR", "delivery"),
    ),
    ("Egypt takes final Rafale from France", k("Rafale", "FRA", "EGY", "delivery")),
    ("Greece's Rafales arrive from France", k("Rafale", "FRA", "GRC", "delivery")),
    ("Polish Air Force adds first F-35 from US", k("F-35", "USA", "POL", "delivery")),
    (
        "The Ukrainian army brought into service the CV90 vehicles from Sweden.",
        k("CV90", "SWE", "UKR", "delivery"),
    ),
    (
        "The Bradley vehicles from the United States have been deployed by Ukraine after their arrival.",
        k("Bradley", "USA", "UKR", "delivery"),
    ),
    (
        "The Croatian Air Force officially took on strength the first six Rafale jets from France.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "The Rafale jets acquired from France were presented at a ceremony in Zagreb.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "The K2 tanks from South Korea have not yet been fielded by the Polish army.",
        k("K2", "KOR", "POL", "delivery", "denied"),
    ),
    (
        "The NH90 helicopters will be turned over to Qatar by Italy next year.",
        k("NH90", "ITA", "QAT", "delivery", "expected"),
    ),
    (
        "The Gripen jets from Sweden could be integrated into the Thai Air Force by 2026.",
        k("Gripen", "SWE", "THA", "delivery", "possible"),
    ),
    (
        "The first F-16 jets from the Netherlands are expected to make their way to Ukraine this summer.",
        k("F-16", "NLD", "UKR", "delivery", "expected"),
    ),
    (
        "The hand-over of the first two Type 26 frigates from Britain to Norway is due in 2030.",
        k("Type 26", "GBR", "NOR", "delivery", "expected"),
    ),
    (
        "The Abrams tanks rolled off a US cargo ship at Gdynia for Poland.",
        k("Abrams", "USA", "POL", "delivery"),
    ),
    (
        "A Polish crew collected the last of the 24 AW101 helicopters from Italy.",
        k("AW101", "ITA", "POL", "delivery"),
    ),
    (
        "The Rafale jets for Croatia took on strength at Pleso after their delivery from France.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "Ukraine's Leopard 1 tanks from Germany made it to the front after repairs in Poland.",
        k("Leopard 1", "DEU", "UKR", "delivery"),
    ),
    (
        "The Caesar howitzers for Ukraine were welcomed at the port of Odesa after their transfer from France.",
        k("Caesar", "FRA", "UKR", "delivery"),
    ),
    ("Morocco adds first AH-64 Apache from US", k("AH-64", "USA", "MAR", "delivery")),
    (
        "Romanian Air Force takes on strength first F-16s from Norway",
        k("F-16", "NOR", "ROU", "delivery"),
    ),
    (
        "Slovak army brings into service first CV90 vehicles from Sweden",
        k("CV90", "SWE", "SVK", "delivery"),
    ),
    (
        "Ukraine finally got its hands on the ATACMS missiles from the United States.",
        k("ATACMS", "USA", "UKR", "delivery"),
    ),
    (
        "The Polish army has been equipped with K2 tanks from South Korea.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    (
        "Poland bolstered its air defences with Patriot batteries from the United States.",
        k("Patriot", "USA", "POL", "delivery"),
    ),
    (
        "The Patriot systems from the United States entered service in Poland in 2023.",
        k("Patriot", "USA", "POL", "delivery"),
    ),
    (
        "The Rafale jets from France entered operational service with the Greek Air Force.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "Nigeria paraded its new VT-4 tanks from China in Abuja.",
        k("VT-4", "CHN", "NGA", "delivery"),
    ),
    (
        "The Serbian army showed off the FK-3 air defence systems it received from China.",
        k("HQ-22", "CHN", "SRB", "delivery"),
    ),
    (
        "The first two F-16 jets from the United States arrived in Bucharest last week.",
        k("F-16", "USA", "ROU", "delivery"),
    ),
    (
        "The Rafale jets for Greece touched down at Tanagra air base on Wednesday.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "A batch of Bayraktar TB2 drones from Turkey has reached Poland.",
        k("Bayraktar TB2", "TUR", "POL", "delivery"),
    ),
    (
        "Two more C-130J aircraft were handed over to the Indian Air Force by the United States.",
        k("C-130", "USA", "IND", "delivery"),
    ),
    (
        "The Indian Navy inducted the first MH-60R helicopters bought from the United States.",
        k("MH-60R", "USA", "IND", "delivery"),
    ),
    (
        "The German-built MEKO frigate was commissioned into the Egyptian Navy.",
        k("MEKO", "DEU", "EGY", "delivery"),
    ),
    (
        "The Chinese-built Type 054A frigates entered service with the Pakistan Navy in 2023.",
        k("Type 054", "CHN", "PAK", "delivery"),
    ),
    (
        "The Scorpene submarine joined the Brazilian fleet after its transfer from France.",
        k("Scorpene", "FRA", "BRA", "delivery"),
    ),
    (
        "The HIMARS launchers were ferried to Estonia from the United States by cargo plane.",
        k("HIMARS", "USA", "EST", "delivery"),
    ),
    (
        "Twelve Leopard 2 tanks were shipped from Germany to Ukraine in March.",
        k("Leopard 2", "DEU", "UKR", "delivery"),
    ),
    (
        "The IRIS-T launchers were airlifted from Germany to Ukraine overnight.",
        k("IRIS-T", "DEU", "UKR", "delivery"),
    ),
    (
        "The Hungarian army took charge of its first Lynx vehicles from Germany.",
        k("Lynx KF41", "DEU", "HUN", "delivery"),
    ),
    (
        "Qatar's air force accepted delivery of the final Rafale jets from France.",
        k("Rafale", "FRA", "QAT", "delivery"),
    ),
    (
        "The first A-29 Super Tucano was flown to Nigeria from the United States in July.",
        k("A-29", "USA", "NGA", "delivery"),
    ),
    (
        "Boeing completed deliveries of the F-15QA jets to Qatar.",
        k("F-15", "USA", "QAT", "delivery"),
    ),
    (
        "The last of the 24 Rafale jets ordered by Egypt was delivered by France in 2022.",
        k("Rafale", "FRA", "EGY", "delivery"),
    ),
    ("Poland takes delivery of first K2 tanks from South Korea", k("K2", "KOR", "POL", "delivery")),
    ("First Patriot batteries from the US land in Ukraine", k("Patriot", "USA", "UKR", "delivery")),
    (
        "Egypt receives final tranche of Rafale jets from France",
        k("Rafale", "FRA", "EGY", "delivery"),
    ),
    (
        "The second lot of Caesar howitzers from France reached Ukraine.",
        k("Caesar", "FRA", "UKR", "delivery"),
    ),
    (
        "The Philippine Air Force received the last batch of six Black Hawk helicopters from Poland.",
        k("UH-60", "POL", "PHL", "delivery"),
    ),
    (
        "The first Gripen E for Brazil rolled out for its handover in Linkoping.",
        k("Gripen", "SWE", "BRA", "delivery"),
    ),
    (
        "Serbia's new Rafale jets from France will arrive in 2028.",
        k("Rafale", "FRA", "SRB", "delivery", "expected"),
    ),
    (
        "Taiwan welcomed the arrival of its first M1A2 Abrams tanks from the United States.",
        k("Abrams", "USA", "TWN", "delivery"),
    ),
    (
        "The Su-35 fighters purchased from Russia have been put into service by Iran.",
        k("Su-35", "RUS", "IRN", "delivery"),
    ),
    (
        "Australia's first HIMARS from the United States were unveiled at a ceremony in Sydney after arriving last month.",
        k("HIMARS", "USA", "AUS", "delivery"),
    ),
    (
        "Morocco has taken possession of the first AH-64 Apache helicopters from the United States.",
        k("AH-64", "USA", "MAR", "delivery"),
    ),
    (
        "The Kalvari-class submarine was handed to the Indian Navy by France's Naval Group.",
        k("Kalvari", "FRA", "IND", "delivery"),
    ),
]

AGREEMENT: list[Probe] = [
    (
        "Poland signs for 250 Abrams tanks from the United States",
        k("Abrams", "USA", "POL", "agreement"),
    ),
    ("Greece finalises Rafale buy from France", k("Rafale", "FRA", "GRC", "agreement")),
    ("Saab lands Gripen order from Thailand", k("Gripen", "SWE", "THA", "agreement")),
    (
        "Poland and the United States wrapped up a deal for 96 AH-64 helicopters.",
        k("AH-64", "USA", "POL", "agreement"),
    ),
    (
        "The two governments tied up a deal for 24 Rafale jets from France to Egypt.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Turkey settled the contract for the purchase of the S-400 from Russia in 2017.",
        k("S-400", "RUS", "TUR", "agreement"),
    ),
    (
        "Romania has committed to buying 54 Abrams tanks from the United States.",
        k("Abrams", "USA", "ROU", "agreement"),
    ),
    (
        "Norway made a firm order for 54 Leopard 2 tanks from Germany.",
        k("Leopard 2", "DEU", "NOR", "agreement"),
    ),
    (
        "Under a deal struck with Russia in 2019, India is getting five S-400 systems.",
        k("S-400", "RUS", "IND", "agreement"),
    ),
    (
        "Vietnam booked 12 more Yak-130 trainers from Russia.",
        k("Yak-130", "RUS", "VNM", "agreement"),
    ),
    (
        "Hungary opted to buy Lynx vehicles from Germany in 2020 and signed the contract a month later.",
        k("Lynx KF41", "DEU", "HUN", "agreement"),
    ),
    (
        "Finland went for the F-35 from the United States and signed a deal in 2022.",
        k("F-35", "USA", "FIN", "agreement"),
    ),
    (
        "Romania inked a deal with the United States for 32 F-35 jets.",
        k("F-35", "USA", "ROU", "agreement"),
    ),
    (
        "Greece sealed the purchase of six more Rafale fighters from France.",
        k("Rafale", "FRA", "GRC", "agreement"),
    ),
    (
        "Indonesia clinched a deal for 42 Rafale jets from France.",
        k("Rafale", "FRA", "IDN", "agreement"),
    ),
    (
        "Egypt finalised the acquisition of 30 more Rafale jets from France.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Serbia concluded a contract with France for 12 Rafale aircraft.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "The US Army awarded Lockheed Martin a contract for HIMARS launchers for Taiwan.",
        k("HIMARS", "USA", "TWN", "agreement"),
    ),
    (
        "Qatar placed an order for 12 more Eurofighter jets from Britain.",
        k("Eurofighter", "GBR", "QAT", "agreement"),
    ),
    (
        "Hungary exercised an option for six more Gripen jets from Sweden.",
        k("Gripen", "SWE", "HUN", "agreement"),
    ),
    (
        "Norway placed a follow-on order for K9 howitzers from South Korea.",
        k("K9", "KOR", "NOR", "agreement"),
    ),
    (
        "Saudi Arabia procured 24 Typhoon jets from Britain in 2005.",
        k("Eurofighter", "GBR", "SAU", "agreement"),
    ),
    (
        "Morocco is buying 24 AH-64 helicopters from the United States in a deal worth $4 billion.",
        k("AH-64", "USA", "MAR", "agreement"),
    ),
    (
        "The Philippines bought BrahMos missiles from India under a contract valued at $375 million.",
        k("BrahMos", "IND", "PHL", "agreement"),
    ),
    (
        "Switzerland and the United States signed the letter of offer and acceptance for 36 F-35 jets.",
        k("F-35", "USA", "CHE", "agreement"),
    ),
    (
        "Poland and South Korea agreed a government-to-government deal for 180 K2 tanks.",
        k("K2", "KOR", "POL", "agreement"),
    ),
    ("Warsaw struck a deal with Seoul for 48 FA-50 jets.", k("FA-50", "KOR", "POL", "agreement")),
    (
        "Estonia and Germany put pen to paper on a contract for IRIS-T systems.",
        k("IRIS-T", "DEU", "EST", "agreement"),
    ),
    (
        "Egypt has ordered two additional MEKO frigates from Germany.",
        k("MEKO", "DEU", "EGY", "agreement"),
    ),
    (
        "A $1.2 billion contract for 12 Caesar howitzers was awarded to France by Belgium.",
        k("Caesar", "FRA", "BEL", "agreement"),
    ),
    (
        "Poland inks $10bn deal for K9 howitzers from South Korea",
        k("K9", "KOR", "POL", "agreement"),
    ),
    ("Brazil closes deal for Gripen fighters with Sweden", k("Gripen", "SWE", "BRA", "agreement")),
    (
        "India and France firmed up the deal for 26 Rafale Marine jets.",
        k("Rafale", "FRA", "IND", "agreement"),
    ),
    ("Algeria has contracted Russia for 14 Su-57 fighters.", k("Su-57", "RUS", "DZA", "agreement")),
    (
        "The Netherlands committed to purchasing 46 Patriot missiles from the United States, after the contract was signed in June.",
        k("Patriot", "USA", "NLD", "agreement"),
    ),
    (
        "Kazakhstan has secured a contract with Turkey for Anka drones.",
        k("Anka", "TUR", "KAZ", "agreement"),
    ),
    (
        "The contract for Indonesia's 12 Mirage 2000 jets from Qatar was signed in 2023.",
        k("Mirage 2000", "QAT", "IDN", "agreement"),
    ),
    (
        "Japan formally booked 105 more F-35 jets from the United States.",
        k("F-35", "USA", "JPN", "agreement"),
    ),
    (
        "The order for 8 Hisar-O systems from Turkey was firmed by Hungary in 2023.",
        k("Hisar", "TUR", "HUN", "agreement"),
    ),
    ("Latvia penned a deal for NASAMS from Norway.", k("NASAMS", "NOR", "LVA", "agreement")),
    (
        "Slovakia has commissioned 152 CV90 vehicles from Sweden under a deal signed in 2022.",
        k("CV90", "SWE", "SVK", "agreement"),
    ),
]

PRODUCTION: list[Probe] = [
    (
        "The Type 26 frigates for Norway will be fabricated in Glasgow.",
        k("Type 26", "GBR", "NOR", "production", "expected"),
    ),
    (
        "The first Type 212CD submarine for Norway is taking shape at the Kiel yard.",
        k("Type 212", "DEU", "NOR", "production"),
    ),
    (
        "Serial production of the K2 tanks for Poland began in Changwon.",
        k("K2", "KOR", "POL", "production"),
    ),
    (
        "The second FDI frigate for Greece was christened in Lorient.",
        k("FDI", "FRA", "GRC", "production"),
    ),
    (
        "The Scorpene hull for Indonesia sits on the slipway in Surabaya.",
        k("Scorpene", "FRA", "IDN", "production"),
    ),
    (
        "The first block of the MEKO frigate for Egypt was laid down by Germany's TKMS.",
        k("MEKO", "DEU", "EGY", "production"),
    ),
    (
        "The first Rafale destined for Serbia is in final assembly at Dassault in France.",
        k("Rafale", "FRA", "SRB", "production"),
    ),
    (
        "The hull of the second Kalvari-class submarine for India was completed in 2019 with French help.",
        k("Kalvari", "FRA", "IND", "production"),
    ),
    (
        "The yard in Lorient completed the first FDI frigate for Greece.",
        k("FDI", "FRA", "GRC", "production"),
    ),
    (
        "Fincantieri floated out the first Doha-class corvette built for Qatar.",
        k("Doha", "ITA", "QAT", "production"),
    ),
    (
        "Greece's FDI frigates from France will be fitted out in Lorient.",
        k("FDI", "FRA", "GRC", "production", "expected"),
    ),
    (
        "The Gripen fighters for Brazil are assembled under licence from Sweden in Gaviao Peixoto.",
        k("Gripen", "SWE", "BRA", "production"),
    ),
    (
        "India's Su-30MKI jets are built under a Russian licence by HAL.",
        k("Su-30", "RUS", "IND", "production"),
    ),
    (
        "The hull of the first Type 212CD submarine for Norway was completed in Kiel.",
        k("Type 212", "DEU", "NOR", "production"),
    ),
    (
        "Work on the Scorpene submarines for Indonesia will take shape at the PAL yard in Surabaya.",
        k("Scorpene", "FRA", "IDN", "production", "expected"),
    ),
    (
        "Hungary's Lynx vehicles are coming off the assembly line in Zalaegerszeg under a deal with Germany.",
        k("Lynx KF41", "DEU", "HUN", "production"),
    ),
    (
        "Rheinmetall started cutting metal for the Lynx vehicles ordered by Hungary.",
        k("Lynx KF41", "DEU", "HUN", "production"),
    ),
    (
        "The Type 054A frigates for Pakistan are being manufactured in Shanghai.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    ("Hanwha is mass-producing K9 howitzers for Poland.", k("K9", "KOR", "POL", "production")),
    (
        "The first F-35 for Poland was rolled out in Fort Worth.",
        k("F-35", "USA", "POL", "production"),
    ),
    (
        "South Korea built the Jose Rizal-class frigates for the Philippines.",
        k("Jose Rizal", "KOR", "PHL", "production"),
    ),
    (
        "Germany's Rheinmetall will make 218 Lynx vehicles for Hungary.",
        k("Lynx KF41", "DEU", "HUN", "production", "expected"),
    ),
    (
        "Naval Group is building four Scorpene submarines for Brazil.",
        k("Scorpene", "FRA", "BRA", "production"),
    ),
    (
        "The MEKO frigate for Egypt is under construction at the TKMS yard in Kiel.",
        k("MEKO", "DEU", "EGY", "production"),
    ),
    (
        "The first Type 054A frigate for Pakistan was launched in Shanghai in 2021.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    (
        "The keel of the first FDI frigate for Greece was laid in Lorient.",
        k("FDI", "FRA", "GRC", "production"),
    ),
    (
        "Steel was cut for the second Scorpene submarine for Indonesia.",
        k("Scorpene", "FRA", "IDN", "production"),
    ),
    (
        "The first K2 tank for Poland rolled off the production line in Changwon.",
        k("K2", "KOR", "POL", "production"),
    ),
    (
        "India will license-produce the Scorpene submarines from France.",
        k("Scorpene", "FRA", "IND", "production", "expected"),
    ),
    (
        "The Indian Navy's Scorpene boats are made under licence from France at Mazagon Dock.",
        k("Scorpene", "FRA", "IND", "production"),
    ),
    (
        "Final assembly of the F-35 jets for Japan takes place in Nagoya under a US licence.",
        k("F-35", "USA", "JPN", "production"),
    ),
    (
        "Hungary's Lynx vehicles from Germany are being assembled locally in Zalaegerszeg.",
        k("Lynx KF41", "DEU", "HUN", "production"),
    ),
    (
        "The Rafale fighters being built for Croatia will come from France's Dassault plant.",
        k("Rafale", "FRA", "HRV", "production"),
    ),
    (
        "The first C-390 for the Netherlands is in production in Brazil.",
        k("C-390", "BRA", "NLD", "production"),
    ),
    (
        "Workers at the Kiel yard began cutting steel for the Type 212CD submarine for Norway.",
        k("Type 212", "DEU", "NOR", "production"),
    ),
    (
        "The first of Qatar's Eurofighter jets from Britain took shape on the Warton assembly line.",
        k("Eurofighter", "GBR", "QAT", "production"),
    ),
    (
        "South Korea has begun production of the K9 howitzers ordered by Egypt.",
        k("K9", "KOR", "EGY", "production"),
    ),
    (
        "Work is progressing on the Rafale jets that France is building for India.",
        k("Rafale", "FRA", "IND", "production"),
    ),
    (
        "The hull of the first Kalvari-class submarine for India was completed with French help.",
        k("Kalvari", "FRA", "IND", "production"),
    ),
    (
        "Turkey started manufacturing the Bayraktar TB2 drones ordered by Poland.",
        k("Bayraktar TB2", "TUR", "POL", "production"),
    ),
    (
        "First F-16 Block 70 for Bulgaria leaves Greenville assembly line",
        k("F-16", "USA", "BGR", "production"),
    ),
    (
        "The yard completed sea trials of the second FDI frigate destined for Greece.",
        k("FDI", "FRA", "GRC", "production"),
    ),
    (
        "India's Tata will co-produce C295 aircraft with Spain's Airbus.",
        k("C-295", "ESP", "IND", "production", "expected"),
    ),
]

# Probes read as an article's headline (the title), the way a wire headline is written.
HEADLINES = {
    "US delivers first F-16s to Slovakia",
    "Indonesia gets first Rafale jets from France",
    "First Chinese VT-4 tanks arrive in Nigeria",
    "Philippines takes delivery of BrahMos batteries from India",
    "Egypt takes final Rafale from France",
    "Greece's Rafales arrive from France",
    "Polish Air Force adds first F-35 from US",
    "Morocco adds first AH-64 Apache from US",
    "Romanian Air Force takes on strength first F-16s from Norway",
    "Slovak army brings into service first CV90 vehicles from Sweden",
    "Poland takes delivery of first K2 tanks from South Korea",
    "First Patriot batteries from the US land in Ukraine",
    "Egypt receives final tranche of Rafale jets from France",
    "Poland signs for 250 Abrams tanks from the United States",
    "Greece finalises Rafale buy from France",
    "Saab lands Gripen order from Thailand",
    "Poland inks $10bn deal for K9 howitzers from South Korea",
    "Brazil closes deal for Gripen fighters with Sweden",
    "First F-16 Block 70 for Bulgaria leaves Greenville assembly line",
}

STILL_MISSED: list[Probe] = [
    (
        "Production of the Gripen E fighters for Brazil is under way in Sweden.",
        k("Gripen", "SWE", "BRA", "production"),
    ),
    (
        "Pakistan's first Hangor-class submarine, built by China, was floated out in Wuhan.",
        k("Hangor-class", "CHN", "PAK", "production"),
    ),
    (
        "The first Leopard 2A8 tank for Lithuania has been completed by Germany's KNDS.",
        k("Leopard 2", "DEU", "LTU", "production"),
    ),
    (
        "The Polish army has put the first K2 tanks from South Korea into operation.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    ("Germany's Gepard guns are now in Ukrainian hands.", k("Gepard", "DEU", "UKR", "delivery")),
    ("Norway's K9 howitzers came from South Korea in 2019.", k("K9", "KOR", "NOR", "delivery")),
]

# Sentences the new wording must leave alone: no claim at all.
QUIET = [
    "The F-35 decision is now in the hands of the Turkish president.",
    "India will integrate the Meteor missile into its Rafale fighters.",
    "The Patriot proposal was accepted by the Turkish government.",
    "The Leopard 2 tank rolled off the production line in Munich.",
    "The Su-35 jets were fitted out with new radars in Russia.",
    "Russia's Su-57 was unveiled at the MAKS air show in Moscow.",
    "The S-400 deal with Russia is taking shape, officials said.",
]

# Wording of the new cues that names another step: no delivery or production claim from it.
NO_NEW_STEP = [
    ("Turkey's S-400 offer was welcomed at the summit in Ankara.", "delivery"),
    ("The Rafale bid made it to the final round of India's competition.", "delivery"),
    ("Poland added two more F-35 jets to its order from the United States.", "delivery"),
    ("The F-35 deal with Poland is taking shape in the talks.", "production"),
]

KNOWN_MISSES: dict[str, str] = {
    "Pakistan's first Hangor-class submarine, built by China, was floated out in Wuhan.": "a comma right after the hull noun breaks the passive launch milestone",
    "The first Leopard 2A8 tank for Lithuania has been completed by Germany's KNDS.": "a bare 'completed' is no production cue (a deal or a delivery is completed too)",
    "The Polish army has put the first K2 tanks from South Korea into operation.": "seven words between 'put' and 'into operation' are past the cue's reach",
    "Germany's Gepard guns are now in Ukrainian hands.": "'in X hands' is left out: 'the decision is now in the hands of' would fire it",
    "Norway's K9 howitzers came from South Korea in 2019.": "'came from' is left out: an offer or a request comes from a state too",
}

ALL = DELIVERY + AGREEMENT + PRODUCTION + STILL_MISSED


def test_battery_is_read() -> None:
    assert len(DELIVERY) >= 30 and len(AGREEMENT) >= 20 and len(PRODUCTION) >= 20
    told = {s for s, _ in ALL}
    assert set(KNOWN_MISSES) <= told
    assert told >= HEADLINES


@pytest.mark.parametrize(
    ("sentence", "expected"),
    with_known_misses(ALL, KNOWN_MISSES),
)
def test_probe_gives_its_claim(sentence: str, expected: Key) -> None:
    title = sentence if sentence in HEADLINES else "Arms trade roundup"
    assert expected in probe_claims(sentence, title=title)


@pytest.mark.parametrize("sentence", QUIET)
def test_probe_stays_quiet(sentence: str) -> None:
    assert probe_claims(sentence) == set()


@pytest.mark.parametrize(("sentence", "stage"), NO_NEW_STEP)
def test_no_claim_of_the_new_stage(sentence: str, stage: str) -> None:
    assert not {c for c in probe_claims(sentence) if c[3] == stage}
