"""Party probes (round 24): supplier and recipient in frames the earlier rounds did not probe.

Our own sentences on requests and offers ("Taipei asked Washington for"), intermediaries
(financing, leasing, loans, gifts, transfers from stocks, re-exports another state approves),
state actors named by capitals, ministries, forces and state companies, several parties
("both A and B", "as well as", "respectively", "..., as did X"), and passive and nominal
frames ("deliveries of S to Y by X", "X's purchase from Y", "destined for X"). Each case is a
sentence and the set of (system, supplier, recipient) it must make.
"""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

CASES: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Taipei asked Washington for 66 more F-16 jets last year.", {("F-16", "USA", "TWN")}),
    ("Warsaw has asked Seoul for a second batch of K2 tanks.", {("K2", "KOR", "POL")}),
    ("Manila requested FA-50 fighters from South Korea in March.", {("FA-50", "KOR", "PHL")}),
    (
        "Romania formally requested Patriot batteries from the United States.",
        {("Patriot", "USA", "ROU")},
    ),
    (
        "A letter of request for HIMARS launchers was sent by Estonia to the US government.",
        {("HIMARS", "USA", "EST")},
    ),
    (
        "Lithuania sent a letter of request to Washington for eight HIMARS launchers.",
        {("HIMARS", "USA", "LTU")},
    ),
    ("Egypt has submitted a request to Paris for 30 more Rafale jets.", {("Rafale", "FRA", "EGY")}),
    ("The Slovak defence ministry asked Sweden for CV90 vehicles.", {("CV90", "SWE", "SVK")}),
    ("Kyiv has appealed to Berlin for more IRIS-T systems.", {("IRIS-T", "DEU", "UKR")}),
    (
        "Ukraine's request to Germany for Taurus missiles was turned down.",
        {("Taurus", "DEU", "UKR")},
    ),
    ("Bogota has sought Gripen fighters from Stockholm.", {("Gripen", "SWE", "COL")}),
    ("Sweden offered Gripen fighters to the Philippines.", {("Gripen", "SWE", "PHL")}),
    ("South Korea has offered K9 howitzers to Vietnam.", {("K9", "KOR", "VNM")}),
    ("Colombia was offered Rafale jets by France.", {("Rafale", "FRA", "COL")}),
    ("Peru has been offered the KF-21 by Seoul.", {("KF-21", "KOR", "PER")}),
    ("Saab pitched its Gripen to Thailand's air force.", {("Gripen", "SWE", "THA")}),
    ("Hanwha pitched the K9 howitzer to the Australian Army.", {("K9", "KOR", "AUS")}),
    ("Paris has proposed Rafale fighters to Indonesia.", {("Rafale", "FRA", "IDN")}),
    ("Turkey offered Bayraktar TB2 drones to Kenya.", {("Bayraktar TB2", "TUR", "KEN")}),
    ("An offer of Su-35 fighters was made by Russia to Indonesia.", {("Su-35", "RUS", "IDN")}),
    ("Moscow's offer of Su-57 jets to India is still on the table.", {("Su-57", "RUS", "IND")}),
    ("The US offer of F-16 jets to Vietnam stalled.", {("F-16", "USA", "VNM")}),
    ("Greece will send BMP-1 vehicles to Ukraine via Germany.", {("BMP-1", "GRC", "UKR")}),
    ("The Netherlands bought Leopard 2 tanks on behalf of Ukraine.", {("Leopard 2", "NLD", "UKR")}),
    (
        "Denmark will pay for Caesar howitzers that France builds for Ukraine.",
        {("Caesar", "FRA", "UKR")},
    ),
    (
        "France delivered Caesar howitzers to Ukraine, paid for by Denmark.",
        {("Caesar", "FRA", "UKR")},
    ),
    (
        "Germany financed the purchase of 18 Caesar howitzers from France for Ukraine.",
        {("Caesar", "FRA", "UKR")},
    ),
    (
        "The United States financed Poland's purchase of Patriot systems.",
        {("Patriot", "USA", "POL")},
    ),
    ("Ukraine leased Bayraktar TB2 drones from Turkey.", {("Bayraktar TB2", "TUR", "UKR")}),
    (
        "Croatia has leased two Black Hawk helicopters from the United States.",
        {("UH-60", "USA", "HRV")},
    ),
    ("Brazil leased a C-390 transport to Portugal.", {("C-390", "BRA", "PRT")}),
    ("Poland received K2 tanks on loan from South Korea.", {("K2", "KOR", "POL")}),
    ("Norway donated NASAMS launchers to Ukraine.", {("NASAMS", "NOR", "UKR")}),
    (
        "The Czech Republic transferred T-72 tanks from its own stocks to Ukraine.",
        {("T-72", "CZE", "UKR")},
    ),
    (
        "Ukraine received Patriot launchers transferred from German army stocks.",
        {("Patriot", "DEU", "UKR")},
    ),
    (
        "Germany approved the re-export of Leopard 2 tanks by Poland to Ukraine.",
        {("Leopard 2", "POL", "UKR")},
    ),
    (
        "Berlin authorised Warsaw to re-export its Leopard 2 tanks to Kyiv.",
        {("Leopard 2", "POL", "UKR")},
    ),
    ("Washington cleared the transfer of Danish F-16 jets to Ukraine.", {("F-16", "DNK", "UKR")}),
    (
        "Switzerland refused to let Denmark re-export Piranha vehicles to Ukraine.",
        {("Piranha", "DNK", "UKR")},
    ),
    ("The Gepard guns, given by Germany, arrived in Ukraine.", {("Gepard", "DEU", "UKR")}),
    ("Qatar gifted two Mi-17 helicopters to Ukraine.", {("Mi-17", "QAT", "UKR")}),
    ("Rostec delivered a batch of Su-35 fighters to Egypt.", {("Su-35", "RUS", "EGY")}),
    ("Norinco has shipped VT-4 tanks to Nigeria.", {("VT-4", "CHN", "NGA")}),
    ("Hanwha Aerospace signed a contract with Romania for K9 howitzers.", {("K9", "KOR", "ROU")}),
    ("KAI handed over the first FA-50 jets to Poland.", {("FA-50", "KOR", "POL")}),
    ("Embraer delivered the first C-390 to Hungary.", {("C-390", "BRA", "HUN")}),
    (
        "Naval Group will build four Scorpene submarines for Indonesia.",
        {("Scorpene", "FRA", "IDN")},
    ),
    ("Rafael will supply Spike missiles to the Philippine Army.", {("Spike", "ISR", "PHL")}),
    ("Baykar has delivered Akinci drones to Azerbaijan.", {("Akinci", "TUR", "AZE")}),
    ("Roketsan signed a deal with Indonesia for Khan missiles.", {("Bora", "TUR", "IDN")}),
    ("IAI will deliver Barak 8 systems to Morocco.", {("Barak 8", "ISR", "MAR")}),
    (
        "Elbit Systems won a contract to supply Hermes 900 drones to Brazil.",
        {("Hermes 900", "ISR", "BRA")},
    ),
    ("Leonardo delivered M-346 trainers to Greece.", {("M-346", "ITA", "GRC")}),
    ("Seoul-built K9 howitzers arrived in Estonia.", {("K9", "KOR", "EST")}),
    (
        "Ankara's drones, the Bayraktar TB2, were delivered to Kyrgyzstan.",
        {("Bayraktar TB2", "TUR", "KGZ")},
    ),
    ("The Kremlin's S-400 deliveries to India continue.", {("S-400", "RUS", "IND")}),
    ("The Indian Air Force took delivery of Rafale jets from France.", {("Rafale", "FRA", "IND")}),
    ("The Royal Thai Navy ordered a frigate from South Korea's Hyundai Heavy Industries.", set()),
    (
        "The Greek Ministry of National Defence signed for FREMM frigates with Italy.",
        {("FREMM", "ITA", "GRC")},
    ),
    ("Beijing shipped J-10 fighters to Islamabad.", {("J-10", "CHN", "PAK")}),
    (
        "Erdogan said Ankara would sell Bayraktar TB2 drones to Poland.",
        {("Bayraktar TB2", "TUR", "POL")},
    ),
    ("The Pentagon will deliver Abrams tanks to Kyiv.", {("Abrams", "USA", "UKR")}),
    (
        "The Bundeswehr handed over IRIS-T launchers to the Ukrainian armed forces.",
        {("IRIS-T", "DEU", "UKR")},
    ),
    ("Lockheed Martin will supply F-16 jets to Slovakia.", {("F-16", "USA", "SVK")}),
    ("Rosoboronexport has shipped Pantsir systems to Serbia.", {("Pantsir", "RUS", "SRB")}),
    ("Poly Technologies delivered VT-4 tanks to Thailand.", {("VT-4", "CHN", "THA")}),
    ("Aselsan will supply Korkut systems to Azerbaijan.", {("Korkut", "TUR", "AZE")}),
    ("Saab received an order from Brazil for more Gripen jets.", {("Gripen", "SWE", "BRA")}),
    ("Hanwha won an order from Australia for Redback vehicles.", {("Redback", "KOR", "AUS")}),
    (
        "South Korea will sell K2 tanks to both Poland and Romania.",
        {("K2", "KOR", "POL"), ("K2", "KOR", "ROU")},
    ),
    (
        "France sold Rafale jets to Greece as well as Croatia.",
        {("Rafale", "FRA", "GRC"), ("Rafale", "FRA", "HRV")},
    ),
    ("Poland and Romania signed deals with South Korea and the United States respectively.", set()),
    (
        "Estonia and Latvia ordered HIMARS from the United States.",
        {("HIMARS", "USA", "EST"), ("HIMARS", "USA", "LVA")},
    ),
    (
        "Both Norway and Denmark have donated F-16 jets to Ukraine.",
        {("F-16", "DNK", "UKR"), ("F-16", "NOR", "UKR")},
    ),
    (
        "The US and Germany sent Patriot batteries to Ukraine.",
        {("Patriot", "DEU", "UKR"), ("Patriot", "USA", "UKR")},
    ),
    (
        "Egypt and India bought Rafale jets from France, as did Qatar.",
        {("Rafale", "FRA", "EGY"), ("Rafale", "FRA", "IND"), ("Rafale", "FRA", "QAT")},
    ),
    (
        "Sweden and Norway will supply CV90 vehicles to Ukraine.",
        {("CV90", "NOR", "UKR"), ("CV90", "SWE", "UKR")},
    ),
    (
        "Chile and Peru ordered K9 and Krab howitzers from South Korea and Poland respectively.",
        {("K9", "KOR", "CHL"), ("Krab", "POL", "PER")},
    ),
    (
        "India received Su-30 jets and Indonesia Su-35 jets from Russia.",
        {("Su-30", "RUS", "IND"), ("Su-35", "RUS", "IDN")},
    ),
    (
        "Azerbaijan, like Ukraine and Qatar, bought Bayraktar TB2 drones from Turkey.",
        {("Bayraktar TB2", "TUR", "AZE")},
    ),
    ("Deliveries of F-16 jets to Romania by Norway were completed.", {("F-16", "NOR", "ROU")}),
    ("Poland's purchase of Abrams tanks from the US was approved.", {("Abrams", "USA", "POL")}),
    ("The France-India Rafale contract covers 36 jets.", {("Rafale", "FRA", "IND")}),
    ("The Indonesia-France Rafale contract was extended.", {("Rafale", "FRA", "IDN")}),
    ("The Russia-Turkey S-400 deal angered Washington.", {("S-400", "RUS", "TUR")}),
    ("Russia's export of S-400 systems to Turkey drew US sanctions.", {("S-400", "RUS", "TUR")}),
    ("A shipment of Su-35 fighters destined for Iran left Russia.", {("Su-35", "RUS", "IRN")}),
    ("The sale of F-16 jets by the US to Turkey was approved.", {("F-16", "USA", "TUR")}),
    (
        "Qatar's acquisition of Eurofighter jets from Britain was completed.",
        {("Eurofighter", "GBR", "QAT")},
    ),
    (
        "Spanish deliveries of Leopard 2 tanks to Ukraine began in April.",
        {("Leopard 2", "ESP", "UKR")},
    ),
    ("A Greek order for Rafale jets from France was confirmed.", {("Rafale", "FRA", "GRC")}),
    ("Norway's donation of NASAMS to Ukraine was announced.", {("NASAMS", "NOR", "UKR")}),
    (
        "The Turkish sale of TB2 drones to Ukraine angered Moscow.",
        {("Bayraktar TB2", "TUR", "UKR")},
    ),
    ("Germany's Gepard deliveries to Ukraine were completed.", {("Gepard", "DEU", "UKR")}),
    ("A US-Taiwan deal for F-16 jets was signed.", {("F-16", "USA", "TWN")}),
    (
        "India's contract with France for Rafale jets was signed in 2016.",
        {("Rafale", "FRA", "IND")},
    ),
    (
        "K9 howitzers ordered by Egypt from South Korea will be built locally.",
        {("K9", "KOR", "EGY")},
    ),
    (
        "Patriot systems supplied to Ukraine by Germany shot down missiles.",
        {("Patriot", "DEU", "UKR")},
    ),
    ("Rafale jets bought from France by Croatia arrived in Zagreb.", {("Rafale", "FRA", "HRV")}),
    (
        "Pakistan received J-10 fighters from China, the first foreign buyer.",
        {("J-10", "CHN", "PAK")},
    ),
    (
        "Estonia sent a letter of request for HIMARS launchers to the United States.",
        {("HIMARS", "USA", "EST")},
    ),
    (
        "A letter of request for Patriot batteries was sent by Switzerland to Washington.",
        {("Patriot", "USA", "CHE")},
    ),
    ("The letter of request for F-16 jets was submitted by Bulgaria.", {("F-16", "USA", "BGR")}),
    ("The Philippines has asked the US for F-16 jets.", {("F-16", "USA", "PHL")}),
    ("Ukraine asked Sweden for Gripen fighters.", {("Gripen", "SWE", "UKR")}),
    ("Greece requested four more Rafale jets from France in 2021.", {("Rafale", "FRA", "GRC")}),
    ("Morocco's request for Patriot systems from the US is pending.", {("Patriot", "USA", "MAR")}),
    ("Kyiv pressed Washington for ATACMS missiles.", {("ATACMS", "USA", "UKR")}),
    ("Paris offered Caesar howitzers to Armenia.", {("Caesar", "FRA", "ARM")}),
    ("Seoul is offering the K2 tank to Slovakia.", {("K2", "KOR", "SVK")}),
    (
        "Naval Group offered Scorpene submarines to the Philippine Navy.",
        {("Scorpene", "FRA", "PHL")},
    ),
    (
        "Argentina was offered JF-17 fighters by China and Pakistan.",
        {("JF-17", "CHN", "ARG"), ("JF-17", "PAK", "ARG")},
    ),
    ("Ukraine was offered Mirage 2000 jets by France.", {("Mirage 2000", "FRA", "UKR")}),
    ("Turkey pitched the Hisar air defence system to Indonesia.", {("Hisar", "TUR", "IDN")}),
    (
        "KAI is pitching the FA-50 to Colombia and Peru.",
        {("FA-50", "KOR", "COL"), ("FA-50", "KOR", "PER")},
    ),
    (
        "Germany approved the re-export of Gepard guns by Qatar to Ukraine.",
        {("Gepard", "QAT", "UKR")},
    ),
    ("The US approved the transfer of Norwegian F-16 jets to Romania.", {("F-16", "NOR", "ROU")}),
    (
        "Berlin gave Warsaw permission to send Leopard 2 tanks to Ukraine.",
        {("Leopard 2", "POL", "UKR")},
    ),
    (
        "Germany allowed Finland to transfer Leopard 2 tanks to Ukraine.",
        {("Leopard 2", "FIN", "UKR")},
    ),
    ("Washington authorised Denmark to give F-16 jets to Ukraine.", {("F-16", "DNK", "UKR")}),
    ("Germany approved Slovakia's transfer of MiG-29 jets to Ukraine.", {("MiG-29", "SVK", "UKR")}),
    (
        "The Netherlands received US approval to deliver F-16 jets to Ukraine.",
        {("F-16", "NLD", "UKR")},
    ),
    (
        "Spain gave Slovakia approval to re-export Mistral missiles to Ukraine.",
        {("Mistral", "SVK", "UKR")},
    ),
    (
        "Britain bought HIMARS launchers for Ukraine from the United States.",
        {("HIMARS", "USA", "UKR")},
    ),
    ("Canada purchased a NASAMS battery on behalf of Ukraine.", {("NASAMS", "CAN", "UKR")}),
    ("Latvia received Stinger missiles through a US grant.", {("Stinger", "USA", "LVA")}),
    ("Japan donated Patriot missiles to the United States.", {("Patriot", "JPN", "USA")}),
    (
        "Ukraine will receive F-16 jets from Denmark and the Netherlands.",
        {("F-16", "DNK", "UKR"), ("F-16", "NLD", "UKR")},
    ),
    ("Bulgaria transferred S-300 missiles from its stocks to Ukraine.", {("S-300", "BGR", "UKR")}),
    ("Italy loaned Mistral missiles to Ukraine.", {("Mistral", "ITA", "UKR")}),
    ("Israel leased Heron drones to Greece.", {("Heron", "ISR", "GRC")}),
    ("India leased an Akula submarine from Russia.", {("Akula", "RUS", "IND")}),
    ("Riyadh has bought Caesar howitzers from Paris.", {("Caesar", "FRA", "SAU")}),
    ("New Delhi ordered 26 Rafale jets from Paris.", {("Rafale", "FRA", "IND")}),
    ("Tokyo will buy Tomahawk missiles from Washington.", {("Tomahawk", "USA", "JPN")}),
    ("Canberra selected the K9 howitzer from Seoul.", {("K9", "KOR", "AUS")}),
    ("Ottawa is buying P-8 aircraft from the US.", {("P-8", "USA", "CAN")}),
    ("The Egyptian Navy received a FREMM frigate from Italy.", {("FREMM", "ITA", "EGY")}),
    ("The Polish Land Forces received K9 howitzers from Hanwha.", {("K9", "KOR", "POL")}),
    ("The Romanian Air Force received F-16 jets from Norway.", {("F-16", "NOR", "ROU")}),
    (
        "Ukraine's armed forces have received Caesar howitzers from France.",
        {("Caesar", "FRA", "UKR")},
    ),
    ("Saab delivered Gripen jets to the Hungarian Air Force.", {("Gripen", "SWE", "HUN")}),
    ("Baykar delivered TB2 drones to the Polish military.", {("Bayraktar TB2", "TUR", "POL")}),
    ("Russian-made Su-35 jets were delivered to Iran.", {("Su-35", "RUS", "IRN")}),
    ("Chinese-built VT-4 tanks arrived in Bangladesh.", {("VT-4", "CHN", "BGD")}),
    ("Korean-made K9 howitzers were delivered to Norway.", {("K9", "KOR", "NOR")}),
    ("Washington's F-16 sale to Turkey was approved by Congress.", {("F-16", "USA", "TUR")}),
    ("Moscow's S-400 deliveries to New Delhi were delayed.", {("S-400", "RUS", "IND")}),
    (
        "Norway and Sweden signed contracts for K9 howitzers with South Korea.",
        {("K9", "KOR", "NOR"), ("K9", "KOR", "SWE")},
    ),
    (
        "Romania, as well as Slovakia, ordered F-16 jets from the US.",
        {("F-16", "USA", "ROU"), ("F-16", "USA", "SVK")},
    ),
    (
        "Poland will buy Abrams tanks from the US and K2 tanks from South Korea.",
        {("Abrams", "USA", "POL"), ("K2", "KOR", "POL")},
    ),
    (
        "Greece and Cyprus bought Barak MX systems and Spike missiles from Israel.",
        {
            ("Barak MX", "ISR", "CYP"),
            ("Barak MX", "ISR", "GRC"),
            ("Spike", "ISR", "CYP"),
            ("Spike", "ISR", "GRC"),
        },
    ),
    (
        "Italy and France will supply SAMP/T systems to Ukraine.",
        {("SAMP/T", "FRA", "UKR"), ("SAMP/T", "ITA", "UKR")},
    ),
    (
        "Germany delivered Leopard 2 tanks to Ukraine, as did Canada.",
        {("Leopard 2", "CAN", "UKR"), ("Leopard 2", "DEU", "UKR")},
    ),
    (
        "Denmark has donated Caesar howitzers to Ukraine, and so has Estonia.",
        {("Caesar", "DNK", "UKR"), ("Caesar", "EST", "UKR")},
    ),
    (
        "Poland sent T-72 tanks to Ukraine and Slovakia MiG-29 jets.",
        {("MiG-29", "SVK", "UKR"), ("T-72", "POL", "UKR")},
    ),
    ("The South Korea-Poland K2 deal was signed in Warsaw.", {("K2", "KOR", "POL")}),
    ("The US-Poland Abrams contract was signed in April.", {("Abrams", "USA", "POL")}),
    ("Deliveries of Leopard 2 tanks to Ukraine by Portugal began.", {("Leopard 2", "PRT", "UKR")}),
    ("Shipments of HIMARS to Ukraine by the US continued.", {("HIMARS", "USA", "UKR")}),
    ("The supply of Su-30 jets by Russia to Algeria was completed.", {("Su-30", "RUS", "DZA")}),
    (
        "The delivery of Caesar howitzers by France to Ukraine was completed.",
        {("Caesar", "FRA", "UKR")},
    ),
    (
        "A shipment of Leopard 2 tanks bound for Ukraine arrived from Spain.",
        {("Leopard 2", "ESP", "UKR")},
    ),
    ("Algeria's purchase of Su-57 jets from Russia was confirmed.", {("Su-57", "RUS", "DZA")}),
    (
        "Hungary's acquisition of Leopard 2 tanks from Germany continues.",
        {("Leopard 2", "DEU", "HUN")},
    ),
    (
        "Israel's export of Barak 8 systems to Azerbaijan drew criticism.",
        {("Barak 8", "ISR", "AZE")},
    ),
    ("Egyptian Rafale jets bought from France took part in the drill.", {("Rafale", "FRA", "EGY")}),
    ("The Indian order for Rafale Marine jets was placed with France.", {("Rafale", "FRA", "IND")}),
    ("Hanwha Ocean will build two submarines for Poland.", set()),
    ("Hyundai Rotem will supply K2 tanks to the Polish army.", {("K2", "KOR", "POL")}),
    ("Hanwha Aerospace delivered K9 howitzers to Finland.", {("K9", "KOR", "FIN")}),
    ("TKMS will build Type 212 submarines for Norway.", {("Type 212", "DEU", "NOR")}),
    ("Rheinmetall will deliver Skynex systems to Ukraine.", {("Skynex", "DEU", "UKR")}),
    ("KNDS delivered Caesar howitzers to Belgium.", {("Caesar", "FRA", "BEL")}),
    ("Fincantieri will build two FREMM frigates for Indonesia.", {("FREMM", "ITA", "IDN")}),
    ("MBDA will supply Exocet missiles to the Indonesian Navy.", {("Exocet", "FRA", "IDN")}),
    ("Kongsberg delivered NASAMS launchers to Lithuania.", {("NASAMS", "NOR", "LTU")}),
    ("Raytheon will deliver Patriot systems to Switzerland.", {("Patriot", "USA", "CHE")}),
    ("General Dynamics will build Abrams tanks for Poland.", {("Abrams", "USA", "POL")}),
    ("Sukhoi delivered Su-30 jets to Algeria.", {("Su-30", "RUS", "DZA")}),
    ("Almaz-Antey delivered S-400 regiments to India.", {("S-400", "RUS", "IND")}),
    ("China's CATIC signed a deal with Nigeria for JF-17 jets.", {("JF-17", "CHN", "NGA")}),
    (
        "Pakistan Aeronautical Complex delivered JF-17 jets to Azerbaijan.",
        {("JF-17", "PAK", "AZE")},
    ),
    (
        "Turkish drones, the Bayraktar TB2, were sold to Ethiopia.",
        {("Bayraktar TB2", "TUR", "ETH")},
    ),
    (
        "Israeli-made Spike missiles were delivered to Ukraine by Germany.",
        {("Spike", "DEU", "UKR")},
    ),
    ("American-built F-16 jets from Norway reached Romania.", {("F-16", "NOR", "ROU")}),
    ("The Dutch government donated F-16 jets to Ukraine.", {("F-16", "NLD", "UKR")}),
    (
        "The UK's Ministry of Defence ordered Boxer vehicles from Germany.",
        {("Boxer", "DEU", "GBR")},
    ),
    ("The Hellenic Air Force received Rafale jets from Dassault.", {("Rafale", "FRA", "GRC")}),
    ("Indonesia's Kemhan signed for Rafale jets with Dassault.", {("Rafale", "FRA", "IDN")}),
    ("Brazil's air force took delivery of Gripen jets from Saab.", {("Gripen", "SWE", "BRA")}),
    ("Ankara has sold Akinci drones to Pakistan.", {("Akinci", "TUR", "PAK")}),
    ("Pyongyang has supplied KN-23 missiles to Russia.", {("KN-23", "PRK", "RUS")}),
    ("Cairo received Rafale jets from Paris.", {("Rafale", "FRA", "EGY")}),
    ("Hanoi is buying Yak-130 trainers from Moscow.", {("Yak-130", "RUS", "VNM")}),
    ("F-16 jets bound for Ukraine were shipped from Norway.", {("F-16", "NOR", "UKR")}),
    (
        "Estonia, Latvia and Lithuania have ordered HIMARS launchers from the United States.",
        {("HIMARS", "USA", "EST"), ("HIMARS", "USA", "LTU"), ("HIMARS", "USA", "LVA")},
    ),
    ("Sweden and Finland will both buy CV90 vehicles.", {("CV90", "SWE", "FIN")}),
    (
        "Ukraine got F-16 jets from Denmark, Norway and Belgium.",
        {("F-16", "BEL", "UKR"), ("F-16", "DNK", "UKR"), ("F-16", "NOR", "UKR")},
    ),
    (
        "Germany and Denmark jointly bought Skynex systems for Ukraine.",
        {("Skynex", "DEU", "UKR"), ("Skynex", "DNK", "UKR")},
    ),
    (
        "France sold Rafale jets to Egypt, and Germany sold Eurofighter jets to Qatar.",
        {("Eurofighter", "DEU", "QAT"), ("Rafale", "FRA", "EGY")},
    ),
    (
        "Norway will send NASAMS to Ukraine, as will the United States.",
        {("NASAMS", "NOR", "UKR"), ("NASAMS", "USA", "UKR")},
    ),
    (
        "Qatar ordered Leopard 2 tanks from Germany, as did Hungary.",
        {("Leopard 2", "DEU", "HUN"), ("Leopard 2", "DEU", "QAT")},
    ),
    (
        "Finland bought K9 howitzers from South Korea, and so did Estonia.",
        {("K9", "KOR", "EST"), ("K9", "KOR", "FIN")},
    ),
    (
        "Ukraine received Patriot launchers paid for by Germany from the United States.",
        {("Patriot", "USA", "UKR")},
    ),
    (
        "Saudi Arabia financed Egypt's purchase of Rafale jets from France.",
        {("Rafale", "FRA", "EGY")},
    ),
    ("With US funding, Taiwan bought HIMARS launchers.", {("HIMARS", "USA", "TWN")}),
    (
        "Israel approved the re-export of Spike missiles by Germany to Ukraine.",
        {("Spike", "DEU", "UKR")},
    ),
]

APPROVAL_OBJECT = (
    "'US approval' after a verb, or the object of 'gave ... approval', takes no role of its"
    " own; the maker stands in"
)
PASSIVE_REQUEST = "a passive request 'sent by X to Y': 'sent by' reads X as the supplier"
GAPPED_SYSTEM = (
    "a gapped clause with a system instead of a count (roles.gapped_count takes counts only)"
)
NOMINAL_TO_BY = (
    "'deliveries of S to Y by X': the agent after the receiver is out of the phrase window"
)

KNOWN_MISSES: dict[str, str] = {
    "Deliveries of Leopard 2 tanks to Ukraine by Portugal began.": NOMINAL_TO_BY,
    "Deliveries of F-16 jets to Romania by Norway were completed.": NOMINAL_TO_BY,
    "The Netherlands received US approval to deliver F-16 jets to Ukraine.": APPROVAL_OBJECT,
    **dict.fromkeys(
        [
            "A letter of request for HIMARS launchers was sent by Estonia to the US government.",
            "A letter of request for Patriot batteries was sent by Switzerland to Washington.",
        ],
        PASSIVE_REQUEST,
    ),
    **dict.fromkeys(
        [
            "India received Su-30 jets and Indonesia Su-35 jets from Russia.",
            "Poland sent T-72 tanks to Ukraine and Slovakia MiG-29 jets.",
        ],
        GAPPED_SYSTEM,
    ),
}


@pytest.mark.parametrize(("text", "want"), with_known_misses(CASES, KNOWN_MISSES))
def test_parties(text: str, want: set[tuple[str, str, str]]) -> None:
    got = {(c[0], c[1], c[2]) for c in probe_claims(text)}
    assert got == want, got
