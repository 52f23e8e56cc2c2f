# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""A twenty-fourth battery of stage probes: stage wording in genres the study sets lack. Budget
and procurement documents (funds earmarked, released or set aside for a system, spending
authorised, a purchase approved, a letter of acceptance signed, a possible sale cleared);
industry and trade press (an export order secured, 'under contract to supply', a deal 'worth',
a follow-on batch, a down payment, a launch or export customer, roll-outs, final assembly,
factory acceptance tests, a system undergoing flight tests); military and government releases
(commissioned, joined the fleet, inducted, took charge of, placed on combat duty, in service
with, now flying with, railed or trucked to); headlines and wire briefs (verbless 'First F-35s
for Freedonia', 'to get' futures, present tense for the past); and the rest of a transfer that
'will follow', 'will come' or is 'expected', read without a count word opening the cue.

Every sentence is our own, written for these probes (never taken from news or ../shared).
A probe the extractor still gets wrong is a strict xfail in KNOWN_MISSES with the reason."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses
from tests.extract.test_stage_probes2 import Key, k

Probe = tuple[str, Key]

# Budget lines, approvals, selections, requests and offers: negotiation (CLAIMS.md rule 8).
NEGOTIATION: list[Probe] = [
    (
        "The defence budget for 2025 sets aside money to procure 18 Rafale jets from France for Serbia.",
        k("Rafale", "FRA", "SRB", "negotiation"),
    ),
    (
        "Lawmakers in Vilnius approved the acquisition of CV90 vehicles from Sweden.",
        k("CV90", "SWE", "LTU", "negotiation"),
    ),
    (
        "Saab's Gripen emerged as the winner of Colombia's fighter competition.",
        k("Gripen", "SWE", "COL", "negotiation"),
    ),
    (
        "Hanwha's K9 howitzer was declared the winner of Australia's artillery competition.",
        k("K9", "KOR", "AUS", "negotiation"),
    ),
    (
        "The Czech defence ministry picked the CV90 from Sweden over the Lynx.",
        k("CV90", "SWE", "CZE", "negotiation"),
    ),
    (
        "The Swiss government chose the F-35 from the United States as its next fighter.",
        k("F-35", "USA", "CHE", "negotiation"),
    ),
    (
        "The Patriot system from the United States was selected by Switzerland for long-range air defence.",
        k("Patriot", "USA", "CHE", "negotiation"),
    ),
    (
        "Indonesia issued a letter of intent for 42 Rafale jets from France.",
        k("Rafale", "FRA", "IDN", "negotiation"),
    ),
    (
        "Bulgaria submitted a letter of request for F-16 jets to the United States.",
        k("F-16", "USA", "BGR", "negotiation"),
    ),
    (
        "Washington has cleared the possible sale of 12 F-16 jets to the Philippines.",
        k("F-16", "USA", "PHL", "negotiation"),
    ),
    (
        "The State Department green-lit a potential sale of HIMARS launchers to Taiwan.",
        k("HIMARS", "USA", "TWN", "negotiation"),
    ),
    (
        "Germany's Federal Security Council authorised the export of Leopard 2 tanks to Qatar.",
        k("Leopard 2", "DEU", "QAT", "negotiation"),
    ),
    (
        "The Bundestag's budget committee released the funds for 105 Leopard 2 tanks for Lithuania.",
        k("Leopard 2", "DEU", "LTU", "negotiation"),
    ),
    (
        "Romania's parliament endorsed the purchase of 32 F-35 jets from the United States.",
        k("F-35", "USA", "ROU", "negotiation"),
    ),
    (
        "The purchase of 48 K2 tanks from South Korea was approved by the Polish defence ministry.",
        k("K2", "KOR", "POL", "negotiation"),
    ),
    (
        "Croatia received approval from the US to buy Bradley vehicles.",
        k("Bradley", "USA", "HRV", "negotiation"),
    ),
    (
        "Brazil earmarked funds for six more Gripen jets from Sweden.",
        k("Gripen", "SWE", "BRA", "negotiation"),
    ),
    (
        "Funding for the first batch of Rafale jets from France was included in Serbia's 2024 budget.",
        k("Rafale", "FRA", "SRB", "negotiation"),
    ),
    (
        "Spain's cabinet authorised spending 2 billion euros on 25 Eurofighter jets from Germany.",
        k("Eurofighter", "DEU", "ESP", "negotiation"),
    ),
    (
        "Turkey's Su-35 request to Russia remains on the table.",
        k("Su-35", "RUS", "TUR", "negotiation"),
    ),
    (
        "The Philippines' submarine deal for Scorpene boats from France is still being negotiated.",
        k("Scorpene", "FRA", "PHL", "negotiation"),
    ),
    (
        "France pitched the Rafale to Colombia during the minister's visit.",
        k("Rafale", "FRA", "COL", "negotiation"),
    ),
    (
        "Sweden made a bid to sell Gripen jets to the Philippines.",
        k("Gripen", "SWE", "PHL", "negotiation"),
    ),
    (
        "Russia put forward the Su-35 for Indonesia's fighter requirement.",
        k("Su-35", "RUS", "IDN", "negotiation"),
    ),
    (
        "South Korea has tabled an offer of K2 tanks to Romania.",
        k("K2", "KOR", "ROU", "negotiation"),
    ),
    (
        "Brazil is in the market for a batch of Gripen jets from Sweden.",
        k("Gripen", "SWE", "BRA", "negotiation"),
    ),
    (
        "Saudi Arabia has expressed interest in buying Eurofighter jets from Britain.",
        k("Eurofighter", "GBR", "SAU", "negotiation"),
    ),
    (
        "Vietnam is weighing the purchase of K9 howitzers from South Korea.",
        k("K9", "KOR", "VNM", "negotiation"),
    ),
    (
        "Uruguay requested pricing for Gripen jets from Sweden.",
        k("Gripen", "SWE", "URY", "negotiation"),
    ),
    (
        "The Czech Republic has begun talks with Sweden on buying more CV90 vehicles.",
        k("CV90", "SWE", "CZE", "negotiation"),
    ),
    (
        "Sweden signed off on the sale of CV90 vehicles to Slovakia.",
        k("CV90", "SWE", "SVK", "negotiation"),
    ),
    (
        "The US government gave the green light to the sale of F-16 jets to Turkey.",
        k("F-16", "USA", "TUR", "negotiation"),
    ),
    (
        "The Bundestag's budget committee released funding for 35 F-35 jets from the United States.",
        k("F-35", "USA", "DEU", "negotiation"),
    ),
    (
        "Lithuania has allocated money for 44 CV90 vehicles from Sweden.",
        k("CV90", "SWE", "LTU", "negotiation"),
    ),
]

# Trade-press and procurement wording for a contract or an order: agreement.
AGREEMENT: list[Probe] = [
    (
        "Estonia and the United States signed a letter of acceptance for HIMARS launchers.",
        k("HIMARS", "USA", "EST", "agreement"),
    ),
    (
        "The LOA for 36 F-35 jets was signed by Switzerland in September.",
        k("F-35", "USA", "CHE", "agreement"),
    ),
    (
        "Romania signed an LOA for Patriot batteries from the United States.",
        k("Patriot", "USA", "ROU", "agreement"),
    ),
    (
        "Hanwha secured an export order for K9 howitzers from Vietnam.",
        k("K9", "KOR", "VNM", "agreement"),
    ),
    (
        "Dassault has won a contract from Indonesia for 18 more Rafale jets.",
        k("Rafale", "FRA", "IDN", "agreement"),
    ),
    (
        "Naval Group is under contract to supply four Scorpene submarines to the Philippines.",
        k("Scorpene", "FRA", "PHL", "agreement"),
    ),
    (
        "KNDS is under contract to deliver Leopard 2A8 tanks to the Czech Republic.",
        k("Leopard 2", "DEU", "CZE", "agreement"),
    ),
    (
        "The deal for 24 Rafale jets from France to Egypt is worth 4 billion euros.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Egypt's Rafale deal with France is valued at 3.75 billion euros.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Rheinmetall received a follow-on batch order for Skyranger systems from Austria.",
        k("Skyranger", "DEU", "AUT", "agreement"),
    ),
    (
        "A follow-on batch of six Caesar howitzers was ordered by Belgium from France.",
        k("Caesar", "FRA", "BEL", "agreement"),
    ),
    (
        "Embraer has landed an order for C-390 transports from the Netherlands.",
        k("C-390", "BRA", "NLD", "agreement"),
    ),
    (
        "Saab's order book now includes 20 Gripen jets for Thailand.",
        k("Gripen", "SWE", "THA", "agreement"),
    ),
    (
        "The Rafale contract for Greece was awarded to Dassault in 2021.",
        k("Rafale", "FRA", "GRC", "agreement"),
    ),
    (
        "Pakistan exercised an option for two more Type 054A frigates from China.",
        k("Type 054", "CHN", "PAK", "agreement"),
    ),
    (
        "The Council of Ministers approved the contract for 12 Rafale jets from France for Serbia.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "Egypt made a down payment on the Rafale jets from France in 2021.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
    (
        "Turkey paid the first instalment for the S-400 systems to Russia.",
        k("S-400", "RUS", "TUR", "agreement"),
    ),
    (
        "The advance payment for 18 Rafale jets was transferred by Indonesia to France.",
        k("Rafale", "FRA", "IDN", "agreement"),
    ),
    (
        "The contract for 12 Rafale jets for Serbia entered into force in 2024.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "Kazakhstan became the second export customer of the A400M.",
        k("A400M", None, "KAZ", "agreement"),
    ),
    (
        "Poland is the launch customer for the K2PL tank from South Korea.",
        k("K2", "KOR", "POL", "agreement"),
    ),
    (
        "Twelve Rafale jets are on order for Serbia from France.",
        k("Rafale", "FRA", "SRB", "agreement"),
    ),
    (
        "Poland's order for K2 tanks from South Korea now stands at 180.",
        k("K2", "KOR", "POL", "agreement"),
    ),
    (
        "Contract negotiations for 24 Rafale jets from France to Egypt have been concluded.",
        k("Rafale", "FRA", "EGY", "agreement"),
    ),
]

# Building, assembly, roll-outs, trials and tests for a customer: production.
PRODUCTION: list[Probe] = [
    (
        "The first of 48 K9 howitzers has rolled out for Egypt at Hanwha's plant.",
        k("K9", "KOR", "EGY", "production"),
    ),
    (
        "The first of eight Gripen E jets for Brazil has rolled off the line in Linkoping.",
        k("Gripen", "SWE", "BRA", "production"),
    ),
    (
        "The first Scorpene submarine for Indonesia began acceptance trials in Surabaya.",
        k("Scorpene", "FRA", "IDN", "production"),
    ),
    (
        "Greece's first FDI frigate began sea trials off Lorient.",
        k("FDI", "FRA", "GRC", "production"),
    ),
    (
        "The K2 tanks for Poland completed factory acceptance tests in Changwon.",
        k("K2", "KOR", "POL", "production"),
    ),
    (
        "The first F-35 for Finland made its maiden flight in Fort Worth.",
        k("F-35", "USA", "FIN", "production"),
    ),
    (
        "Two KF-21 jets for Indonesia are in final assembly in Sacheon.",
        k("KF-21", "KOR", "IDN", "production"),
    ),
    (
        "Lockheed Martin has started building the first F-16 Block 70 for Bulgaria.",
        k("F-16", "USA", "BGR", "production"),
    ),
    (
        "Assembly of the first Rafale for Croatia is under way at Merignac.",
        k("Rafale", "FRA", "HRV", "production"),
    ),
    (
        "The keel of the first Scorpene for the Philippines was laid in Cherbourg.",
        k("Scorpene", "FRA", "PHL", "production"),
    ),
    (
        "Egypt's K9 howitzers are being built under licence, with the first units coming out in 2025.",
        k("K9", "KOR", "EGY", "production"),
    ),
    (
        "Hanwha is producing the K9 howitzers for Australia at a plant in Geelong.",
        k("K9", "KOR", "AUS", "production"),
    ),
    (
        "Work has begun on the first FDI frigate for Greece in Lorient.",
        k("FDI", "FRA", "GRC", "production"),
    ),
    (
        "Steel was cut for the first Type 054A frigate for Pakistan in Shanghai.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    (
        "The first Gripen for Brazil is undergoing flight testing in Sweden.",
        k("Gripen", "SWE", "BRA", "production"),
    ),
    (
        "Turkey's Bayraktar is building TB2 drones for Poland.",
        k("Bayraktar TB2", "TUR", "POL", "production"),
    ),
    (
        "The first KF-21 for Indonesia is on the assembly line in Korea.",
        k("KF-21", "KOR", "IDN", "production"),
    ),
    (
        "The K2 tanks ordered by Poland are coming off the production line in Changwon.",
        k("K2", "KOR", "POL", "production"),
    ),
    (
        "Airbus has begun final assembly of the first A400M for Kazakhstan.",
        k("A400M", None, "KAZ", "production"),
    ),
    (
        "Production of the K9 howitzers for Egypt is set to begin in 2026.",
        k("K9", "KOR", "EGY", "production", "expected"),
    ),
    (
        "Serial production of the Rafale jets for India has started in Merignac.",
        k("Rafale", "FRA", "IND", "production"),
    ),
    (
        "The Rafale jets for Serbia are being built by Dassault.",
        k("Rafale", "FRA", "SRB", "production"),
    ),
    (
        "The second Type 054A frigate for Pakistan is undergoing sea trials off Shanghai.",
        k("Type 054", "CHN", "PAK", "production"),
    ),
    (
        "The first KF-21 for Indonesia underwent flight tests in Sacheon.",
        k("KF-21", "KOR", "IDN", "production"),
    ),
]

# Ministry and military releases: arrivals, induction, commissioning, service: delivery.
DELIVERY: list[Probe] = [
    (
        "The first F-35 for Poland completed its ferry flight to Lask.",
        k("F-35", "USA", "POL", "delivery"),
    ),
    (
        "Lockheed Martin will deliver the first F-16 Block 70 to Slovakia under a contract signed in 2018.",
        k("F-16", "USA", "SVK", "delivery", "expected"),
    ),
    (
        "Deliveries of the Rafale jets to Croatia are scheduled to run until 2025.",
        k("Rafale", "FRA", "HRV", "delivery", "expected"),
    ),
    (
        "The FREMM frigate Al-Galala has been commissioned into the Egyptian Navy after its purchase from Italy.",
        k("FREMM", "ITA", "EGY", "delivery"),
    ),
    (
        "The Type 054A frigate from China joined the fleet of the Pakistan Navy.",
        k("Type 054", "CHN", "PAK", "delivery"),
    ),
    (
        "The Scorpene submarine Humaitá, built with France, joined the Brazilian fleet.",
        k("Scorpene", "FRA", "BRA", "delivery"),
    ),
    (
        "Two MH-60R helicopters from the United States were inducted into the Indian Navy.",
        k("MH-60R", "USA", "IND", "delivery"),
    ),
    (
        "The Greek Air Force took charge of six more Rafale jets from France.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "The first batch of T-90 tanks from Russia arrived in Algeria.",
        k("T-90", "RUS", "DZA", "delivery"),
    ),
    (
        "The Croatian pilots received the keys to their first Rafale jets from France.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "The Philippine Navy welcomed the arrival of two BrahMos batteries from India.",
        k("BrahMos", "IND", "PHL", "delivery"),
    ),
    (
        "The Polish Armed Forces welcomed their first K2 tanks from South Korea.",
        k("K2", "KOR", "POL", "delivery"),
    ),
    (
        "The Royal Moroccan Air Force added its first F-16 Block 72 from the United States to its fleet.",
        k("F-16", "USA", "MAR", "delivery"),
    ),
    (
        "The Hellenic Navy raised its flag on the FDI frigate built by France.",
        k("FDI", "FRA", "GRC", "delivery"),
    ),
    (
        "Two Rafale jets from France landed at their new home base in Croatia.",
        k("Rafale", "FRA", "HRV", "delivery"),
    ),
    (
        "The new Gripen jets from Sweden touched down at Anapolis air base in Brazil.",
        k("Gripen", "SWE", "BRA", "delivery"),
    ),
    (
        "Six Caesar howitzers from France entered service with the Lithuanian army.",
        k("Caesar", "FRA", "LTU", "delivery"),
    ),
    (
        "The Leopard 2A7 tanks from Germany were officially handed to Hungary's armed forces.",
        k("Leopard 2", "DEU", "HUN", "delivery"),
    ),
    (
        "The ministry confirmed that all 24 Rafale jets from France are now in Egypt.",
        k("Rafale", "FRA", "EGY", "delivery"),
    ),
    (
        "The Bayraktar TB2 drones from Turkey are now flying with the Polish army.",
        k("Bayraktar TB2", "TUR", "POL", "delivery"),
    ),
    (
        "The Polish army has begun operating the HIMARS launchers bought from the United States.",
        k("HIMARS", "USA", "POL", "delivery"),
    ),
    (
        "A ceremony marked the arrival of the first Patriot battery from the United States in Romania.",
        k("Patriot", "USA", "ROU", "delivery"),
    ),
    (
        "The US Army transferred the Abrams tanks to Australia in a ceremony at Puckapunyal.",
        k("Abrams", "USA", "AUS", "delivery"),
    ),
    (
        "The first two NH90 helicopters were accepted into service by the Qatari Navy from Italy.",
        k("NH90", "ITA", "QAT", "delivery"),
    ),
    (
        "India's navy formally received the first MH-60R from the United States in San Diego.",
        k("MH-60R", "USA", "IND", "delivery"),
    ),
    (
        "The IRIS-T SLM system from Germany has been placed on combat duty in Ukraine.",
        k("IRIS-T", "DEU", "UKR", "delivery"),
    ),
    (
        "The Caesar howitzers from France have been deployed by Armenia.",
        k("Caesar", "FRA", "ARM", "delivery"),
    ),
    (
        "Some 20 Leopard 2 tanks from Germany are already in Ukrainian service.",
        k("Leopard 2", "DEU", "UKR", "delivery"),
    ),
    (
        "The Rafale jets that Greece got from France are based at Tanagra.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "Ukraine now has three Patriot batteries from the United States.",
        k("Patriot", "USA", "UKR", "delivery"),
    ),
    (
        "Two F-16 jets from Norway were flown to Argentina in December.",
        k("F-16", "NOR", "ARG", "delivery"),
    ),
    (
        "The last of the 36 Rafale jets landed in India in December.",
        k("Rafale", "FRA", "IND", "delivery"),
    ),
    (
        "The US Air Force handed the first F-16 Block 70 to the Slovak Air Force in Greenville.",
        k("F-16", "USA", "SVK", "delivery"),
    ),
    (
        "The Abrams tanks sent by Australia have reached the front line in Ukraine.",
        k("Abrams", "AUS", "UKR", "delivery"),
    ),
    (
        "Egypt has put its new K9 howitzers from South Korea through their first live firing.",
        k("K9", "KOR", "EGY", "delivery"),
    ),
    ("Australia shipped 49 Abrams tanks to Ukraine.", k("Abrams", "AUS", "UKR", "delivery")),
    (
        "The Caesar howitzers were airlifted from France to Ukraine.",
        k("Caesar", "FRA", "UKR", "delivery"),
    ),
    (
        "The Leopard 2 tanks from Poland were railed to Ukraine overnight.",
        k("Leopard 2", "POL", "UKR", "delivery"),
    ),
    (
        "The first batch of K9 howitzers for Egypt was dispatched from the factory in Changwon.",
        k("K9", "KOR", "EGY", "delivery"),
    ),
    (
        "The Bradley vehicles from the United States were trucked into Ukraine from Poland.",
        k("Bradley", "USA", "UKR", "delivery"),
    ),
    (
        "The Greek Air Force's first Rafale squadron, with jets bought from France, stood up at Tanagra.",
        k("Rafale", "FRA", "GRC", "delivery"),
    ),
    (
        "The F-16 jets from the Netherlands are already operating in Romania.",
        k("F-16", "NLD", "ROU", "delivery"),
    ),
    (
        "Romania's F-16 jets from Norway are now operating from Fetesti.",
        k("F-16", "NOR", "ROU", "delivery"),
    ),
    (
        "Slovakia has been operating MiG-29 jets from Russia since 1993.",
        k("MiG-29", "RUS", "SVK", "delivery"),
    ),
    (
        "The first two of the 12 Rafale jets are slated for delivery to Serbia in 2028.",
        k("Rafale", "FRA", "SRB", "delivery", "expected"),
    ),
    (
        "Handover of the first Scorpene to the Philippines is pencilled in for 2028.",
        k("Scorpene", "FRA", "PHL", "delivery", "expected"),
    ),
    (
        "Deliveries of the K2 tanks to Poland will run through 2026.",
        k("K2", "KOR", "POL", "delivery", "expected"),
    ),
    (
        "Morocco is to get its first AH-64 helicopters from the United States next year.",
        k("AH-64", "USA", "MAR", "delivery", "expected"),
    ),
    (
        "The S-400 regiment from Russia went on combat duty in India.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    (
        "The NASAMS batteries sent by Norway have been put on combat duty near Kyiv in Ukraine.",
        k("NASAMS", "NOR", "UKR", "delivery"),
    ),
    (
        "The Rafale jets bought from France are in service with the Qatari air force.",
        k("Rafale", "FRA", "QAT", "delivery"),
    ),
    (
        "Dozens of Leopard 2 tanks from Germany are now in Ukrainian service.",
        k("Leopard 2", "DEU", "UKR", "delivery"),
    ),
]

# The rest of a transfer still to come, told without a count word opening the cue: delivery/expected.
RESTS: list[Probe] = [
    (
        "Norway has received 18 K9 howitzers from South Korea; the remainder will follow in 2026.",
        k("K9", "KOR", "NOR", "delivery", "expected"),
    ),
    (
        "Egypt took delivery of 12 Rafale jets from France, and the rest are due by 2026.",
        k("Rafale", "FRA", "EGY", "delivery", "expected"),
    ),
    (
        "Poland received 30 K2 tanks from South Korea; the remaining tanks are to arrive next year.",
        k("K2", "KOR", "POL", "delivery", "expected"),
    ),
    (
        "India has received three Rafale jets from France; the others will arrive by 2022.",
        k("Rafale", "FRA", "IND", "delivery", "expected"),
    ),
    (
        "Sixteen F-16 jets from the United States reached Bulgaria, with the balance expected in 2027.",
        k("F-16", "USA", "BGR", "delivery", "expected"),
    ),
    (
        "Croatia has 6 Rafale jets from France so far; the remaining six should be delivered by 2025.",
        k("Rafale", "FRA", "HRV", "delivery", "expected"),
    ),
    (
        "Norway got its first 20 Leopard 2 tanks from Germany; more will be shipped in 2028.",
        k("Leopard 2", "DEU", "NOR", "delivery", "expected"),
    ),
    (
        "Four of the Caesar howitzers from France are in Lithuania; the rest will come in the spring.",
        k("Caesar", "FRA", "LTU", "delivery", "expected"),
    ),
    (
        "The Philippines has one BrahMos battery from India, and two more are due in 2026.",
        k("BrahMos", "IND", "PHL", "delivery", "expected"),
    ),
    (
        "The remaining F-35 jets for Poland will be delivered from the United States by 2030.",
        k("F-35", "USA", "POL", "delivery", "expected"),
    ),
    (
        "The rest of the K9 howitzers for Norway are scheduled for delivery in 2026.",
        k("K9", "KOR", "NOR", "delivery", "expected"),
    ),
    (
        "The remaining four F-35 jets will be handed to Poland in 2026.",
        k("F-35", "USA", "POL", "delivery", "expected"),
    ),
    (
        "The balance of the order, 14 Rafale jets, is expected in India next year.",
        k("Rafale", "FRA", "IND", "delivery", "expected"),
    ),
    (
        "Another six Gripen jets for Brazil are to follow by 2026.",
        k("Gripen", "SWE", "BRA", "delivery", "expected"),
    ),
]

# Delays and cancellations in trade-press wording.
HALTS: list[Probe] = [
    (
        "Switzerland put the Patriot purchase from the United States on hold.",
        k("Patriot", "USA", "CHE", "postponed"),
    ),
    (
        "The K2 tank buy from South Korea has slipped to 2027 for Slovakia.",
        k("K2", "KOR", "SVK", "postponed"),
    ),
    (
        "Delivery of the F-35 jets to Switzerland has slipped by a year.",
        k("F-35", "USA", "CHE", "postponed"),
    ),
    (
        "Colombia pulled the plug on its Gripen purchase from Sweden.",
        k("Gripen", "SWE", "COL", "cancelled"),
    ),
    (
        "Canada walked away from its order for Gripen jets from Sweden.",
        k("Gripen", "SWE", "CAN", "cancelled"),
    ),
    ("The Rafale sale to Canada was shelved by Ottawa.", k("Rafale", "FRA", "CAN", "cancelled")),
    (
        "Thailand has put off the purchase of Gripen jets from Sweden until 2027.",
        k("Gripen", "SWE", "THA", "postponed"),
    ),
    (
        "Egypt's K9 programme with South Korea is running two years late.",
        k("K9", "KOR", "EGY", "postponed"),
    ),
    (
        "India's second S-400 regiment from Russia is behind schedule.",
        k("S-400", "RUS", "IND", "postponed"),
    ),
]

# Headlines and wire briefs: verbless forms, present tense for the past, "to get" / "to buy" futures.
HEADLINE_PROBES: list[Probe] = [
    ("Poland: K2 tanks deal signed", k("K2", "KOR", "POL", "agreement")),
    ("First F-35s for Denmark", k("F-35", "USA", "DNK", "delivery")),
    ("India gets Rafales", k("Rafale", "FRA", "IND", "delivery")),
    ("Greece to buy more Rafale jets", k("Rafale", "FRA", "GRC", "negotiation")),
    ("Serbia to get Rafale jets from France", k("Rafale", "FRA", "SRB", "delivery", "expected")),
    ("Rafale deal for Serbia inked", k("Rafale", "FRA", "SRB", "agreement")),
    ("More HIMARS for Ukraine", k("HIMARS", "USA", "UKR", "delivery")),
    ("Patriot systems for Ukraine from Germany", k("Patriot", "DEU", "UKR", "delivery")),
    ("Vietnam orders K9 howitzers", k("K9", "KOR", "VNM", "agreement")),
    ("Egypt buys 30 more Rafales", k("Rafale", "FRA", "EGY", "agreement")),
    ("Hungary receives first Lynx vehicles from Germany", k("Lynx KF41", "DEU", "HUN", "delivery")),
    ("K2 tanks arrive in Poland", k("K2", "KOR", "POL", "delivery")),
    ("Romania takes first F-35 order", k("F-35", "USA", "ROU", "agreement")),
    ("Contract signed for Norway's K9 howitzers", k("K9", "KOR", "NOR", "agreement")),
    ("Indonesia inks deal for 42 Rafale jets", k("Rafale", "FRA", "IDN", "agreement")),
    ("Gripen deal for Thailand done", k("Gripen", "SWE", "THA", "agreement")),
    ("Slovakia eyes Patriot from US", k("Patriot", "USA", "SVK", "negotiation")),
    ("US okays F-16 sale to Turkey", k("F-16", "USA", "TUR", "negotiation")),
    ("Peru picks Gripen", k("Gripen", "SWE", "PER", "negotiation")),
    (
        "Philippines set to receive BrahMos missiles",
        k("BrahMos", "IND", "PHL", "delivery", "expected"),
    ),
    ("Delivery of Rafales to Croatia completed", k("Rafale", "FRA", "HRV", "delivery")),
    ("Croatia's last Rafale lands", k("Rafale", "FRA", "HRV", "delivery")),
    ("Algeria in talks for Su-57 jets", k("Su-57", "RUS", "DZA", "negotiation")),
    ("Egypt's K9 howitzers roll off line", k("K9", "KOR", "EGY", "production")),
    ("Greece to get first F-35 in 2028", k("F-35", "USA", "GRC", "delivery", "expected")),
    (
        "Ukraine to get more Patriot batteries from Germany",
        k("Patriot", "DEU", "UKR", "delivery", "expected"),
    ),
    ("First K2 tanks for Poland", k("K2", "KOR", "POL", "delivery")),
    ("New Caesar howitzers for Ukraine", k("Caesar", "FRA", "UKR", "delivery")),
    ("Final Gripen jets for Hungary", k("Gripen", "SWE", "HUN", "delivery")),
]

KNOWN_MISSES: dict[str, str] = {
    "Some 20 Leopard 2 tanks from Germany are already in Ukrainian service.": "'in (Ruritanian) service (with)' is no cue: the cue written for it (stage.in_service_with) was dropped, as it read an operator list ('already in service with Poland, Norway and Finland') as a delivery",
    "Dozens of Leopard 2 tanks from Germany are now in Ukrainian service.": "'in (Ruritanian) service (with)' is no cue: the cue written for it (stage.in_service_with) was dropped, as it read an operator list ('already in service with Poland, Norway and Finland') as a delivery",
    "First F-35s for Denmark": "a verbless 'First/More/New X for Y' headline is no cue: the cue written for it (stage.headline_first_for) was dropped, as it made 'First F-35 Jets for Poland to Arrive in 2026' asserted",
    "More HIMARS for Ukraine": "a verbless 'First/More/New X for Y' headline is no cue: the cue written for it (stage.headline_first_for) was dropped, as it made 'First F-35 Jets for Poland to Arrive in 2026' asserted",
    "First K2 tanks for Poland": "a verbless 'First/More/New X for Y' headline is no cue: the cue written for it (stage.headline_first_for) was dropped, as it made 'First F-35 Jets for Poland to Arrive in 2026' asserted",
    "New Caesar howitzers for Ukraine": "a verbless 'First/More/New X for Y' headline is no cue: the cue written for it (stage.headline_first_for) was dropped, as it made 'First F-35 Jets for Poland to Arrive in 2026' asserted",
    "Final Gripen jets for Hungary": "a verbless 'First/More/New X for Y' headline is no cue: the cue written for it (stage.headline_first_for) was dropped, as it made 'First F-35 Jets for Poland to Arrive in 2026' asserted",
    "The ministry confirmed that all 24 Rafale jets from France are now in Egypt.": "'now in' a place is no cue: 'the jets are now in talks' or 'now in the air' would fire it",
    "The Caesar howitzers from France have been deployed by Armenia.": "'deployed' is left out: a force deploys its own systems as well",
    "India gets Rafales": "a bare present 'gets' with no count or 'first' after it is no cue: 'gets approval', 'gets a boost' would fire it",
    "Patriot systems for Ukraine from Germany": "a verbless headline that does not open with 'First', 'More', 'New' or 'Final' names no step",
    "Croatia's last Rafale lands": "'lands' with no place after it is no cue ('lands a contract', 'lands in trouble')",
    "Egypt's K9 programme with South Korea is running two years late.": "'K9' is an ambiguous name and 'programme' no weapon noun: no system is found",
    "The Rafale jets that Greece got from France are based at Tanagra.": "a bare 'got' is no cue",
    "Ukraine now has three Patriot batteries from the United States.": "a bare 'has' inventory line is no cue (an optional claim under CLAIMS.md rule 10)",
    "Egypt has put its new K9 howitzers from South Korea through their first live firing.": "a user's first live firing is no cue",
    "Slovakia has been operating MiG-29 jets from Russia since 1993.": "'has been operating' is left out: a state operating its own systems abroad ('in Syria') would name a false recipient",
    "Handover of the first Scorpene to the Philippines is pencilled in for 2028.": "the hand-over is found but 'pencilled in' marks no expected step (a factuality cue, not a stage cue)",
    "The balance of the order, 14 Rafale jets, is expected in India next year.": "an apposition between 'balance' and 'expected' is past stage.rest_expected's reach",
}

QUIET: list[str] = [
    "The budget committee discussed the upkeep of the Rafale fleet.",
    "The tender documents for the runway at the F-35 base were published.",
    "The F-35 joined the flypast over the capital.",
    "The Rafale pilots received the keys to the city.",
    "The remainder of the Gripen budget will follow the inflation index.",
    "The ferry flight of the president's plane was escorted by two Rafale jets.",
    "The Leopard 2 was shortlisted for a design award.",
    "The rest of the F-16 fleet will be grounded until the inquiry ends.",
    "Funds were allocated for the maintenance of the F-16 fleet.",
    "The F-35 simulator was commissioned at the academy last year.",
    "The F-35 will follow the same flight path as the Rafale in the show.",
    "The rest of the Leopard 2 budget is expected to cover training.",
    "The minister hopes to get approval for the K2 contract before the summer.",
    "The Gripen pilots returned from combat duty over the Baltic.",
    "The F-16 has been in service for fifty years.",
    "The ministry allocated funds for the upkeep of the F-16 fleet.",
    "First, the F-35 for Poland needs a new engine.",
    "More than 40 Rafale jets took part in the parade in Paris.",
    "New rules for F-35 exports came into force.",
    "The pilot is undergoing medical tests after the F-16 crash.",
    "Lockheed wants to get the F-35 production rate back to 156 a year.",
]

HEADLINES = {s for s, _ in HEADLINE_PROBES}

ALL = NEGOTIATION + AGREEMENT + PRODUCTION + DELIVERY + RESTS + HALTS + HEADLINE_PROBES


def test_battery_is_read() -> None:
    assert len(ALL) >= 150 and len(HEADLINES) >= 20 and len(RESTS) >= 10
    told = [s for s, _ in ALL]
    assert len(told) == len(set(told))
    assert set(KNOWN_MISSES) <= set(told)


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
