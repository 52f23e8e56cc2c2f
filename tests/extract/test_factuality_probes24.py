# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Probe battery 24 for English factuality (CLAIMS.md 'Factuality', rules 3, 8, 9 and 11) on
wording the study sets lack: question headlines and op-eds, plans and interest at different
strengths ('is mulling', 'is eyeing', 'is in the market for', 'is leaning towards') against
commitments ('has committed to buy', 'is set to receive'), conditions ('if', 'provided that',
'once financing is arranged'; 'pending approval' and 'subject to' keep the plan), rumours and leaks ('is rumoured to', 'sources close
to', 'satellite images appear to show'), denial forms and their scope ('dismissed reports that',
'was not on the table', a denied delivery beside an asserted contract, 'not yet delivered'), and
cancellations and suspensions (stages, asserted) against denials of them.

Every sentence is our own, written for these probes (never taken from news or ../shared). A probe
lists the claims it must give as (system, stage, factuality), or with its parties as (system,
supplier, recipient, stage, factuality); a key after ``!`` must not be given. A probe the extractor
still gets wrong is a strict xfail in KNOWN_MISSES, with the reason."""

from __future__ import annotations

import pytest

from tests.conftest import with_known_misses
from tests.extract.test_factuality_probes2 import _check

# A yes/no question asks whether a step happens and asserts nothing: possible, never asserted or expected.
QUESTIONS = [
    (
        "Will Turkey buy the Su-57 from Russia?",
        "Su-57|RUS|TUR|agreement|possible;!Su-57|RUS|TUR|agreement|expected",
    ),
    (
        "Is Egypt about to take delivery of Su-35 fighters from Russia?",
        "Su-35|RUS|EGY|delivery|possible;!Su-35|RUS|EGY|delivery|expected",
    ),
    (
        "Could Vietnam be the next buyer of the BrahMos missile from India?",
        "BrahMos|agreement|possible;!BrahMos|agreement|asserted",
    ),
    (
        "Has Algeria already received Su-57 jets from Russia?",
        "Su-57|RUS|DZA|delivery|possible;!Su-57|RUS|DZA|delivery|asserted",
    ),
    (
        "Did Iran secretly acquire S-400 systems from Russia?",
        "S-400|RUS|IRN|agreement|possible;!S-400|RUS|IRN|agreement|asserted",
    ),
    (
        "Is Serbia really buying Rafale jets from France?",
        "Rafale|FRA|SRB|agreement|possible;!Rafale|FRA|SRB|agreement|asserted",
    ),
    (
        "Are Leopard 2 tanks from Germany finally on their way to Ukraine?",
        "Leopard 2|DEU|UKR|delivery|possible;!Leopard 2|DEU|UKR|delivery|asserted",
    ),
    (
        "Should Germany send Taurus missiles to Ukraine?",
        "!Taurus|DEU|UKR|delivery|expected;!Taurus|DEU|UKR|delivery|asserted",
    ),
    (
        "Why India should not buy F-35 fighters from the United States",
        "!F-35|USA|IND|agreement|expected;!F-35|USA|IND|agreement|asserted",
    ),
    (
        "Why Poland should order more K2 tanks from South Korea",
        "!K2|KOR|POL|agreement|expected;!K2|KOR|POL|agreement|asserted",
    ),
]

# Interest and leaning are stated intentions (negotiation, asserted); a commitment is an agreement; 'is set to receive' a delivery to come.
INTENT = [
    (
        "Turkey is mulling the purchase of Eurofighter jets from the United Kingdom.",
        "Eurofighter|GBR|TUR|negotiation|asserted",
    ),
    (
        "Indonesia is eyeing the acquisition of J-10 fighters from China.",
        "J-10|CHN|IDN|negotiation|asserted",
    ),
    (
        "Brazil is in the market for HIMARS launchers from the United States.",
        "HIMARS|USA|BRA|negotiation|asserted",
    ),
    (
        "Argentina expressed interest in buying JF-17 fighters from Pakistan.",
        "JF-17|PAK|ARG|negotiation|asserted;!JF-17|PAK|ARG|agreement|asserted",
    ),
    (
        "Colombia has expressed an interest in acquiring Gripen fighters from Sweden.",
        "Gripen|SWE|COL|negotiation|asserted",
    ),
    ("Thailand is keen on buying Gripen jets from Sweden.", "Gripen|SWE|THA|negotiation|asserted"),
    (
        "Romania is leaning towards buying K9 howitzers from South Korea.",
        "K9|KOR|ROU|negotiation|asserted;!K9|KOR|ROU|agreement|asserted",
    ),
    (
        "Greece has floated the idea of buying more Rafale jets from France.",
        "Rafale|FRA|GRC|negotiation|asserted;!Rafale|FRA|GRC|agreement|asserted",
    ),
    ("Egypt has its sights on the Su-57 from Russia.", "Su-57|RUS|EGY|negotiation|asserted"),
    (
        "Malaysia is weighing an order for FA-50 light fighters from South Korea.",
        "FA-50|KOR|MYS|negotiation|asserted;!FA-50|KOR|MYS|agreement|asserted",
    ),
    (
        "The Philippines is considering the acquisition of BrahMos missiles from India.",
        "BrahMos|IND|PHL|negotiation|asserted",
    ),
    ("Peru has shown interest in the K2 tank from South Korea.", "K2|KOR|PER|negotiation|asserted"),
    ("Norway has committed to buy K9 howitzers from South Korea.", "K9|KOR|NOR|agreement|asserted"),
    (
        "The Netherlands has committed to supplying F-16 jets to Ukraine.",
        "F-16|NLD|UKR|agreement|asserted",
    ),
    ("Ukraine is set to receive NASAMS systems from Norway.", "NASAMS|NOR|UKR|delivery|expected"),
    (
        "Poland is set to take delivery of the first K2 tanks from South Korea next month.",
        "K2|KOR|POL|delivery|expected",
    ),
    ("Qatar intends to buy more Rafale jets from France.", "Rafale|FRA|QAT|negotiation|asserted"),
    (
        "Saudi Arabia wants to buy the Eurofighter from Britain.",
        "Eurofighter|GBR|SAU|negotiation|asserted;!Eurofighter|GBR|SAU|agreement|asserted",
    ),
    (
        "Morocco is exploring the purchase of Bayraktar TB2 drones from Turkey.",
        "Bayraktar TB2|TUR|MAR|negotiation|asserted",
    ),
    (
        "Ecuador is looking to acquire HIMARS launchers from the United States.",
        "HIMARS|USA|ECU|negotiation|asserted",
    ),
]

# An open condition ('if', 'provided that', 'in case') makes the step possible (rule 11); a step that waits on an approval or
# funding ('subject to', 'pending', 'depends on') keeps its plan, as test_factuality_probes4 and the study gold read it; a
# government's approval of a possible sale is negotiation (rule 8); 'once' puts the step to come, expected.
CONDITIONS = [
    (
        "Poland will buy 96 AH-64 helicopters from the United States if Congress approves the sale.",
        "AH-64|USA|POL|agreement|possible;!AH-64|USA|POL|agreement|expected",
    ),
    (
        "The sale of F-16 jets to Turkey by the United States remains pending congressional approval.",
        "F-16|USA|TUR|agreement|expected;!F-16|USA|TUR|agreement|asserted",
    ),
    (
        "The delivery of the Patriot batteries from Germany to Ukraine is subject to parliamentary approval.",
        "Patriot|DEU|UKR|delivery|expected;!Patriot|DEU|UKR|delivery|asserted",
    ),
    (
        "Egypt will order more Rafale jets from France once financing is arranged.",
        "Rafale|FRA|EGY|negotiation|asserted;!Rafale|FRA|EGY|agreement|asserted",
    ),
    (
        "Spain will send Ukraine ten Leopard 2 tanks provided that spare parts can be found.",
        "Leopard 2|ESP|UKR|delivery|possible;!Leopard 2|ESP|UKR|delivery|expected",
    ),
    (
        "Subject to government approval, Sweden will sell Gripen jets to Colombia.",
        "Gripen|SWE|COL|agreement|asserted;!Gripen|SWE|COL|agreement|possible",
    ),
    (
        "Pending final approval, Norway will supply NASAMS units to Ukraine.",
        "NASAMS|NOR|UKR|delivery|expected;!NASAMS|NOR|UKR|delivery|possible",
    ),
    (
        "Once funding is secured, Romania will order the K2 tanks from South Korea.",
        "K2|KOR|ROU|negotiation|asserted;!K2|KOR|ROU|agreement|asserted",
    ),
    (
        "Assuming parliament agrees, Denmark will transfer more F-16 jets to Ukraine.",
        "F-16|DNK|UKR|delivery|possible;!F-16|DNK|UKR|delivery|expected",
    ),
    (
        "The contract for HIMARS launchers from the United States to Estonia depends on funding from Congress.",
        "HIMARS|USA|EST|agreement|expected;!HIMARS|USA|EST|agreement|asserted",
    ),
    (
        "The State Department approved a possible sale of F-35 jets to the Czech Republic.",
        "F-35|USA|CZE|negotiation|asserted",
    ),
    (
        "Once the contract is signed, deliveries of the K9 howitzers to Egypt will begin within a year.",
        "K9|KOR|EGY|delivery|expected;!K9|KOR|EGY|agreement|asserted",
    ),
    (
        "Germany will only send Taurus missiles to Ukraine on condition that they are not fired at Russian territory.",
        "Taurus|DEU|UKR|delivery|possible;!Taurus|DEU|UKR|delivery|expected",
    ),
    (
        "In case the talks succeed, India will buy more S-400 units from Russia.",
        "S-400|RUS|IND|agreement|possible;!S-400|RUS|IND|agreement|expected",
    ),
]

# Rumours, leaks and unconfirmed reports hedge the step (possible); 'reportedly' and 'sources close to' only attribute it (asserted).
RUMOURS = [
    (
        "Iran is rumoured to have bought Su-35 fighters from Russia.",
        "Su-35|RUS|IRN|agreement|possible;!Su-35|RUS|IRN|agreement|asserted",
    ),
    (
        "There is speculation that Algeria has ordered Su-57 jets from Russia.",
        "Su-57|RUS|DZA|agreement|possible;!Su-57|RUS|DZA|agreement|asserted",
    ),
    (
        "Unconfirmed reports say Russia has delivered S-400 systems to Iran.",
        "S-400|RUS|IRN|delivery|possible;!S-400|RUS|IRN|delivery|asserted",
    ),
    (
        "Satellite images appear to show Chinese J-10 fighters at an airbase in Iran.",
        "!J-10|CHN|IRN|delivery|asserted",
    ),
    (
        "Russia allegedly supplied S-300 missiles to Venezuela last year.",
        "S-300|RUS|VEN|delivery|possible;!S-300|RUS|VEN|delivery|asserted",
    ),
    (
        "Sources close to the deal say Indonesia has signed a contract for Rafale jets with France.",
        "Rafale|FRA|IDN|agreement|asserted",
    ),
    (
        "According to leaked documents, Pakistan ordered J-10 fighters from China.",
        "J-10|CHN|PAK|agreement|asserted",
    ),
    ("Russia has reportedly delivered Su-35 fighters to Iran.", "Su-35|RUS|IRN|delivery|asserted"),
    (
        "Egypt is said to be close to buying Su-35 fighters from Russia.",
        "!Su-35|RUS|EGY|agreement|asserted",
    ),
    (
        "It is widely rumoured that Saudi Arabia will order J-10 fighters from China.",
        "J-10|CHN|SAU|agreement|possible;!J-10|CHN|SAU|agreement|expected",
    ),
    (
        "Rumours persist that Myanmar received Su-30 fighters from Russia this year.",
        "Su-30|RUS|MMR|delivery|possible;!Su-30|RUS|MMR|delivery|asserted",
    ),
    (
        "Photos circulating online purportedly show HIMARS launchers delivered to Taiwan by the United States.",
        "HIMARS|USA|TWN|delivery|possible;!HIMARS|USA|TWN|delivery|asserted",
    ),
    (
        "Social media posts suggest that Belarus has received Iskander systems from Russia.",
        "Iskander|RUS|BLR|delivery|possible;!Iskander|RUS|BLR|delivery|asserted",
    ),
    (
        "Iran is believed to have ordered Su-35 jets from Russia.",
        "Su-35|RUS|IRN|agreement|possible;!Su-35|RUS|IRN|agreement|asserted",
    ),
    (
        "It remains unconfirmed whether Serbia has taken delivery of FK-3 systems from China.",
        "!HQ-22|CHN|SRB|delivery|asserted",
    ),
    (
        "Russia may have quietly delivered Su-35 jets to Iran, analysts suspect.",
        "Su-35|RUS|IRN|delivery|possible;!Su-35|RUS|IRN|delivery|asserted",
    ),
]

# Denials and their scope: what is denied is denied, and a denial of a report implies the report's claim (rule 3).
DENIALS = [
    (
        "Moscow dismissed reports that it had delivered S-400 systems to Iran.",
        "S-400|RUS|IRN|delivery|denied",
    ),
    (
        "The ministry rejected claims that Pakistan had ordered J-10 fighters from China.",
        "J-10|CHN|PAK|agreement|denied",
    ),
    (
        "There are no plans to supply Taurus missiles to Ukraine, the German government said.",
        "Taurus|DEU|UKR|delivery|denied;!Taurus|DEU|UKR|delivery|expected",
    ),
    (
        "Seoul has no intention of selling K2 tanks to Russia.",
        "K2|KOR|RUS|agreement|denied;!K2|KOR|RUS|agreement|expected",
    ),
    ("The United States ruled out selling F-35 jets to Turkey.", "F-35|USA|TUR|agreement|denied"),
    (
        "A sale of F-35 jets to Turkey was not on the table, a US official said.",
        "F-35|USA|TUR|agreement|denied;!F-35|USA|TUR|agreement|asserted",
    ),
    (
        "Moscow categorically denied that it had supplied Iskander missiles to Iran.",
        "Iskander|RUS|IRN|delivery|denied;!Iskander|RUS|IRN|delivery|asserted",
    ),
    (
        "Russia denied that the S-400 systems had been delivered to Iran, but confirmed that a contract had been signed.",
        "S-400|RUS|IRN|delivery|denied;S-400|RUS|IRN|agreement|asserted",
    ),
    (
        "India signed the contract for S-400 systems with Russia, but the last two units have not yet been delivered.",
        "S-400|RUS|IND|agreement|asserted;S-400|RUS|IND|delivery|denied",
    ),
    (
        "The F-16 jets ordered by Bulgaria from the United States have not been delivered.",
        "F-16|USA|BGR|delivery|denied;F-16|USA|BGR|agreement|asserted",
    ),
    (
        "Turkey bought S-400 systems from Russia and did not buy Patriot systems from the United States.",
        "S-400|RUS|TUR|agreement|asserted;Patriot|USA|TUR|agreement|denied",
    ),
    (
        "Berlin said a transfer of Leopard 2 tanks to Saudi Arabia was out of the question.",
        "Leopard 2|DEU|SAU|delivery|denied;!Leopard 2|DEU|SAU|delivery|asserted",
    ),
    (
        "Officials flatly denied any plan to sell Su-35 fighters to Egypt.",
        "Su-35|RUS|EGY|agreement|denied",
    ),
    ("Paris refuted reports of a Rafale sale to Pakistan.", "Rafale|FRA|PAK|agreement|denied"),
    (
        "The Pentagon said no HIMARS launchers have been sent to Taiwan so far.",
        "HIMARS|USA|TWN|delivery|denied",
    ),
    (
        "Israel has never sold Iron Dome systems to Ukraine.",
        "Iron Dome|ISR|UKR|agreement|denied;!Iron Dome|ISR|UKR|agreement|asserted",
    ),
    (
        "Athens said there had been no talks on buying Su-35 fighters from Russia.",
        "Su-35|RUS|GRC|negotiation|denied",
    ),
    (
        "The Kremlin called the reports of Su-35 deliveries to Iran a fabrication.",
        "Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "Sweden is not going to sell Gripen fighters to Thailand, the minister said.",
        "Gripen|SWE|THA|agreement|denied;!Gripen|SWE|THA|agreement|expected",
    ),
    (
        "No contract for K9 howitzers has been signed between Egypt and South Korea, the ministry said.",
        "K9|KOR|EGY|agreement|denied;!K9|KOR|EGY|agreement|asserted",
    ),
    (
        "Madrid has yet to deliver the Leopard 2 tanks it promised to Ukraine.",
        "Leopard 2|ESP|UKR|delivery|denied",
    ),
    (
        "Reports that Germany had sent Taurus missiles to Ukraine are untrue, Berlin said.",
        "Taurus|DEU|UKR|delivery|denied",
    ),
    (
        "Kyiv has so far not received any ATACMS missiles from the United States.",
        "ATACMS|USA|UKR|delivery|denied",
    ),
    ("The minister insisted there was no deal with China for J-10 jets.", "J-10|agreement|denied"),
]

# Cancellations and suspensions are stages, asserted; a denial of a cancellation is a cancelled/denied claim.
HALTS = [
    (
        "Switzerland cancelled its order for Gripen jets from Sweden.",
        "Gripen|SWE|CHE|cancelled|asserted",
    ),
    (
        "Germany suspended deliveries of Leopard 2 tanks to Turkey.",
        "Leopard 2|DEU|TUR|postponed|asserted",
    ),
    (
        "Moscow denied that the S-400 deal with India had been cancelled.",
        "S-400|RUS|IND|cancelled|denied;!S-400|RUS|IND|cancelled|asserted",
    ),
    (
        "Indonesia has shelved plans to buy Su-35 jets from Russia.",
        "Su-35|RUS|IDN|cancelled|asserted",
    ),
    (
        "The United States has frozen the sale of F-16 jets to Turkey.",
        "F-16|USA|TUR|postponed|asserted",
    ),
    (
        "Officials said the contract for K2 tanks with Poland has not been cancelled.",
        "K2|KOR|POL|cancelled|denied;!K2|KOR|POL|cancelled|asserted",
    ),
    (
        "Canada may cancel its order for F-35 jets from the United States.",
        "F-35|USA|CAN|cancelled|possible",
    ),
    (
        "Portugal is reconsidering its order for F-35 jets from the United States.",
        "!F-35|USA|PRT|cancelled|asserted",
    ),
    (
        "Reports that Egypt scrapped its Su-35 deal with Russia were denied by Cairo.",
        "Su-35|RUS|EGY|cancelled|denied",
    ),
    (
        "The delivery of Su-35 jets to Egypt by Russia has been put on ice.",
        "Su-35|RUS|EGY|postponed|asserted",
    ),
]

# Weaker interest still states an intention (negotiation, asserted), as 'consider' does.
LEANING = [
    (
        "Vietnam is considering buying more Su-30 fighters from Russia.",
        "Su-30|RUS|VNM|negotiation|asserted;!Su-30|RUS|VNM|agreement|possible",
    ),
    (
        "Chile is toying with the idea of buying F-16 jets from Norway.",
        "F-16|NOR|CHL|negotiation|asserted;!F-16|NOR|CHL|agreement|asserted",
    ),
    (
        "Kenya has floated the idea of acquiring Bayraktar TB2 drones from Turkey.",
        "Bayraktar TB2|TUR|KEN|negotiation|asserted;!Bayraktar TB2|TUR|KEN|agreement|asserted",
    ),
    (
        "The Czech government is leaning toward buying Leopard 2 tanks from Germany.",
        "Leopard 2|DEU|CZE|negotiation|asserted;!Leopard 2|DEU|CZE|agreement|asserted",
    ),
    (
        "Bulgaria is said to be leaning in favour of purchasing F-16 jets from the United States.",
        "F-16|USA|BGR|negotiation|asserted;!F-16|USA|BGR|agreement|asserted",
    ),
    (
        "India is mulling buying more Rafale jets from France for its navy.",
        "Rafale|FRA|IND|negotiation|asserted;!Rafale|FRA|IND|agreement|asserted",
    ),
    (
        "Argentina is weighing whether to buy JF-17 fighters from Pakistan.",
        "!JF-17|PAK|ARG|agreement|asserted",
    ),
    (
        "Uruguay is studying the purchase of Gripen fighters from Sweden.",
        "!Gripen|SWE|URY|agreement|asserted",
    ),
    (
        "Jakarta has set its sights on buying KF-21 fighters from South Korea.",
        "KF-21|KOR|IDN|negotiation|asserted;!KF-21|KOR|IDN|agreement|asserted",
    ),
    (
        "Hungary remains interested in buying more Gripen jets from Sweden.",
        "Gripen|SWE|HUN|negotiation|asserted;!Gripen|SWE|HUN|agreement|asserted",
    ),
]

# 'Not yet delivered' and 'not delivered' both deny the delivery; the contract beside them stands.
NOT_YET = [
    (
        "The K2 tanks that Poland ordered from South Korea have not yet been delivered.",
        "K2|KOR|POL|delivery|denied;!K2|KOR|POL|delivery|asserted",
    ),
    (
        "Egypt is still waiting for the Su-35 jets it bought from Russia, which have not yet arrived.",
        "Su-35|RUS|EGY|delivery|denied;!Su-35|RUS|EGY|delivery|asserted",
    ),
    (
        "None of the F-35 jets Turkey paid for have been delivered by the United States.",
        "F-35|USA|TUR|delivery|denied",
    ),
    (
        "Russia has not delivered the S-400 systems to India on time.",
        "S-400|RUS|IND|delivery|denied",
    ),
    (
        "Deliveries of the Rafale jets to Greece by France have not started yet.",
        "Rafale|FRA|GRC|delivery|denied",
    ),
    (
        "Delivery of the AH-64 helicopters to Morocco by the United States is yet to begin.",
        "AH-64|USA|MAR|delivery|denied",
    ),
    (
        "Slovakia has yet to receive the F-16 jets it ordered from the United States.",
        "F-16|USA|SVK|delivery|denied",
    ),
    (
        "The T-90 tanks for Iraq have still not been shipped by Russia.",
        "T-90|RUS|IRQ|delivery|denied",
    ),
]

# A negation in one clause does not reach the other.
TWO_CLAUSES = [
    (
        "Turkey did not buy the Patriot from the United States, but it bought the S-400 from Russia.",
        "Patriot|USA|TUR|agreement|denied;S-400|RUS|TUR|agreement|asserted",
    ),
    (
        "Germany delivered Leopard 2 tanks to Ukraine, but it has not sent Taurus missiles.",
        "Leopard 2|DEU|UKR|delivery|asserted;Taurus|DEU|UKR|delivery|denied",
    ),
    (
        "Greece did not sign a deal with Russia, and later bought Rafale jets from France.",
        "Rafale|FRA|GRC|agreement|asserted",
    ),
    (
        "France has delivered the Rafale jets to India, while Russia has not yet delivered all the S-400 units.",
        "Rafale|FRA|IND|delivery|asserted;S-400|RUS|IND|delivery|denied",
    ),
    (
        "Sweden will not sell Gripen jets to Thailand, but it will supply them to Hungary.",
        "Gripen|SWE|THA|agreement|denied",
    ),
    (
        "Norway has sent NASAMS to Ukraine and is not planning to send more.",
        "NASAMS|NOR|UKR|delivery|asserted",
    ),
]

# Reported speech: what a source says happened is asserted, with the source; what it says will happen is expected.
REPORTED = [
    (
        "A Russian official told TASS that the S-400 systems had been delivered to India.",
        "S-400|RUS|IND|delivery|asserted",
    ),
    (
        "The ministry said the first K2 tanks would arrive in Poland from South Korea in December.",
        "K2|KOR|POL|delivery|expected",
    ),
    (
        "According to the defence minister, Egypt has signed a contract for Rafale jets with France.",
        "Rafale|FRA|EGY|agreement|asserted",
    ),
    (
        "Officials confirmed that the NASAMS units from Norway had reached Ukraine.",
        "NASAMS|NOR|UKR|delivery|asserted",
    ),
    (
        "The company said it expects to deliver the KF-21 fighters to Indonesia from 2027.",
        "KF-21|KOR|IDN|delivery|expected",
    ),
    (
        "Diplomats say Iran is close to signing a deal for Su-35 fighters with Russia.",
        "!Su-35|RUS|IRN|agreement|asserted",
    ),
]

# A denial of a report gives the report's claim as well (rule 3); a refusal to comment denies nothing.
DENIED_REPORTS = [
    (
        "The Pentagon declined to comment on reports that HIMARS launchers had been sent to Taiwan.",
        "!HIMARS|USA|TWN|delivery|denied",
    ),
    (
        "Moscow would neither confirm nor deny that Su-35 jets had been delivered to Iran.",
        "!Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "Cairo denied a Reuters report that it had ordered J-10 fighters from China.",
        "J-10|CHN|EGY|agreement|denied;J-10|CHN|EGY|agreement|asserted",
    ),
    (
        "Seoul brushed off claims that K9 howitzers had been shipped to Ukraine.",
        "K9|KOR|UKR|delivery|denied",
    ),
    (
        "Athens rejected media reports that it had bought S-400 systems from Russia.",
        "S-400|RUS|GRC|agreement|denied",
    ),
]

# Headlines and op-eds: a yes/no question is possible; a wh-question or an argument for a step asserts none of it.
HEADLINES = [
    (
        "Saudi Arabia to buy J-10 fighters from China?",
        "J-10|CHN|SAU|agreement|possible;!J-10|CHN|SAU|agreement|asserted",
    ),
    (
        "Iran getting Su-35 jets from Russia at last?",
        "Su-35|RUS|IRN|delivery|possible;!Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "Will the United States ever deliver F-35 jets to the UAE?",
        "F-35|USA|ARE|delivery|possible;!F-35|USA|ARE|delivery|expected",
    ),
    (
        "Is India about to order more S-400 systems from Russia?",
        "S-400|RUS|IND|agreement|possible;!S-400|RUS|IND|agreement|expected",
    ),
    (
        "Has Venezuela bought Su-30 fighters from Russia again?",
        "Su-30|RUS|VEN|agreement|possible;!Su-30|RUS|VEN|agreement|asserted",
    ),
    (
        "Why Germany is refusing to send Taurus missiles to Ukraine",
        "Taurus|DEU|UKR|delivery|denied",
    ),
]

# Further denials: a step held out of reach ('off the table', 'not on the agenda') is denied; a halt stays a stage.
MORE_DENIALS = [
    (
        "Further deliveries of Patriot systems to Ukraine from Germany are off the table, the minister said.",
        "Patriot|DEU|UKR|delivery|denied;!Patriot|DEU|UKR|delivery|asserted",
    ),
    (
        "A purchase of Su-57 jets from Russia by India is no longer on the table.",
        "Su-57|RUS|IND|agreement|denied;!Su-57|RUS|IND|agreement|asserted",
    ),
    (
        "The sale of Eurofighter jets to Turkey by Britain is out of the question for now, Berlin said.",
        "Eurofighter|GBR|TUR|agreement|denied",
    ),
    (
        "Any transfer of ATACMS missiles to Ukraine by the United States was off the agenda, officials said.",
        "ATACMS|USA|UKR|delivery|denied",
    ),
    (
        "Moscow has no intention of handing over S-400 systems to Iran.",
        "S-400|RUS|IRN|delivery|denied;!S-400|RUS|IRN|delivery|expected",
    ),
    ("Paris has refused to deliver Mistral ships to Russia.", "Mistral|FRA|RUS|delivery|denied"),
    (
        "Kyiv has received none of the F-16 jets promised by Norway.",
        "F-16|delivery|denied;!F-16|delivery|asserted",
    ),
    (
        "Riyadh has not signed any contract for J-10 fighters with China.",
        "J-10|CHN|SAU|agreement|denied;!J-10|CHN|SAU|agreement|asserted",
    ),
]

# Approvals and funding waited on keep the plan (a seller's 'will sell' is a decision taken, asserted); a done step stays asserted.
MORE_CONDITIONS = [
    (
        "Pending approval by the Bundestag, Germany will sell Eurofighter jets to Turkey.",
        "Eurofighter|DEU|TUR|agreement|asserted;!Eurofighter|DEU|TUR|agreement|possible",
    ),
    (
        "The United States will sell F-16 jets to Turkey subject to the approval of Congress.",
        "F-16|USA|TUR|agreement|asserted;!F-16|USA|TUR|agreement|possible",
    ),
    (
        "The delivery of the Gripen jets to Colombia by Sweden hinges on a loan from the bank.",
        "Gripen|SWE|COL|delivery|expected;!Gripen|SWE|COL|delivery|asserted",
    ),
    (
        "Contingent on funding, Estonia would order more HIMARS launchers from the United States.",
        "HIMARS|USA|EST|negotiation|asserted",
    ),
    (
        "France delivered the Rafale jets to Croatia after the parliament approved the deal.",
        "Rafale|FRA|HRV|delivery|asserted",
    ),
    (
        "Once the pilots are trained, Ukraine will receive the F-16 jets from Denmark.",
        "F-16|DNK|UKR|delivery|expected",
    ),
]

# Holding back, walking away, speculation and denials told after the step (reports called a fabrication).
RELUCTANCE = [
    (
        "There is no confirmation that Russia has delivered S-400 systems to Iran.",
        "!S-400|RUS|IRN|delivery|asserted",
    ),
    (
        "It is unclear whether Egypt has received Su-35 jets from Russia.",
        "!Su-35|RUS|EGY|delivery|asserted",
    ),
    (
        "Officials would not confirm that the K2 tanks had arrived in Poland from South Korea.",
        "!K2|KOR|POL|delivery|asserted;!K2|KOR|POL|delivery|denied",
    ),
    (
        "Indonesia walked away from its deal for Su-35 jets with Russia.",
        "Su-35|RUS|IDN|cancelled|asserted",
    ),
    (
        "The planned sale of F-35 jets to the UAE by the United States fell through.",
        "F-35|USA|ARE|cancelled|asserted",
    ),
    (
        "The United States put the sale of F-16 jets to Turkey on hold.",
        "F-16|USA|TUR|postponed|asserted",
    ),
    ("Congress blocked the sale of F-35 jets to Turkey.", "!F-35|USA|TUR|agreement|asserted"),
    (
        "The Kremlin called reports of S-400 deliveries to Iran a fabrication.",
        "S-400|RUS|IRN|delivery|denied",
    ),
    (
        "Reports that Iran received Su-35 jets from Russia were dismissed by Moscow.",
        "Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "Claims that Pakistan bought J-10 fighters from China were rejected by Islamabad.",
        "J-10|CHN|PAK|agreement|denied",
    ),
    ("Russia has allegedly handed over Su-35 jets to Iran.", "Su-35|RUS|IRN|delivery|possible"),
    (
        "Sources close to the ministry said Egypt had ordered Rafale jets from France.",
        "Rafale|FRA|EGY|agreement|asserted",
    ),
    (
        "Egypt's order for Su-35 jets from Russia was quietly dropped.",
        "Su-35|RUS|EGY|cancelled|asserted",
    ),
    (
        "Talk of a sale of F-16 jets to Turkey is pure speculation, a US official said.",
        "!F-16|USA|TUR|agreement|asserted",
    ),
    (
        "Denmark is unlikely to send more F-16 jets to Ukraine this year.",
        "F-16|delivery|possible;!F-16|delivery|asserted",
    ),
    ("Germany has balked at sending Taurus missiles to Ukraine.", "Taurus|DEU|UKR|delivery|denied"),
    (
        "Berlin has resisted calls to send Taurus missiles to Ukraine.",
        "!Taurus|DEU|UKR|delivery|expected;!Taurus|DEU|UKR|delivery|asserted",
    ),
    (
        "Washington has so far held off on sending ATACMS to Ukraine.",
        "ATACMS|USA|UKR|delivery|denied",
    ),
    ("Seoul stopped short of supplying K2 tanks to Ukraine.", "K2|KOR|UKR|delivery|denied"),
    (
        "Israel has steered clear of selling Iron Dome systems to Ukraine.",
        "Iron Dome|ISR|UKR|agreement|denied",
    ),
    (
        "Turkey has backed away from buying more S-400 systems from Russia.",
        "!S-400|RUS|TUR|agreement|asserted",
    ),
    (
        "India has shown no interest in buying Su-57 jets from Russia.",
        "Su-57|RUS|IND|negotiation|denied",
    ),
    (
        "Egypt is close to finalising a deal for Su-35 jets with Russia.",
        "!Su-35|RUS|EGY|agreement|asserted",
    ),
    (
        "Talks on a sale of Gripen jets to Colombia by Sweden have stalled.",
        "Gripen|SWE|COL|negotiation|asserted",
    ),
    (
        "Norway is on the verge of ordering K9 howitzers from South Korea.",
        "!K9|KOR|NOR|agreement|asserted",
    ),
    (
        "Moscow denied having supplied Iskander missiles to Iran.",
        "Iskander|RUS|IRN|delivery|denied",
    ),
    (
        "The Pentagon stopped short of confirming that HIMARS had been sent to Taiwan.",
        "!HIMARS|USA|TWN|delivery|asserted",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "Could Vietnam be the next buyer of the BrahMos missile from India?": "'buyer' is no stage cue, so the question has no step to hedge",
    "Egypt has its sights on the Su-57 from Russia.": "'has its sights on' with a bare system is no stage cue (only 'sights on buying' is read, as a plan)",
    "The minister insisted there was no deal with China for J-10 jets.": "no recipient is found ('the minister' names no state), so no claim is made",
    "Norway has sent NASAMS to Ukraine and is not planning to send more.": "'sent' and the negated 'send more' are one predication of one stage in one clause, so the denial spreads to the done delivery",
    "Reports that Egypt scrapped its Su-35 deal with Russia were denied by Cairo.": "a passive denial after the report ('were denied by') is not read",
    "Officials would not confirm that the K2 tanks had arrived in Poland from South Korea.": "a refusal to confirm is read neither as a denial nor as a hedge of the clause it takes: the step stays asserted",
    "Reports that Iran received Su-35 jets from Russia were dismissed by Moscow.": "a passive denial after the report ('were dismissed by') is not read",
    "Claims that Pakistan bought J-10 fighters from China were rejected by Islamabad.": "a passive denial after the report ('were rejected by') is not read",
    "Seoul stopped short of supplying K2 tanks to Ukraine.": "'stopped ... supplying' is read as a suspension (stage postponed), so 'stopped short of' never reaches the factuality layer",
    "The sale of F-16 jets to Turkey by the United States remains pending congressional approval.": "'remains pending approval' after a noun cue is not read as a plan, as 'remains subject to' is",
    "The contract for HIMARS launchers from the United States to Estonia depends on funding from Congress.": "'depends on' after a noun cue is not read as a plan",
    "The delivery of the Gripen jets to Colombia by Sweden hinges on a loan from the bank.": "'hinges on' after a noun cue is not read as a plan",
}

# A halt told in the past perfect right after its step ("The deal had been cancelled") is
# asserted: the words before the halted step are cut when a modal is looked for
# (cues.CUT_FILL), so "had been" is no inverted condition ("Had Russia delivered ...").
PAST_PERFECT_HALTS = [
    (
        "Iraq ordered Mi-28 helicopters from Russia in 2012. The deal had been cancelled by 2014.",
        "Mi-28|RUS|IRQ|cancelled|asserted;!Mi-28|RUS|IRQ|cancelled|possible",
    ),
    (
        "Russia agreed in 2018 to sell S-400 systems to India. The contract had been suspended by 2023.",
        "S-400|RUS|IND|postponed|asserted;!S-400|RUS|IND|postponed|possible",
    ),
    (
        "Peru ordered K2 tanks from South Korea. A minister said the order had been put on hold.",
        "K2|KOR|PER|postponed|asserted;!K2|KOR|PER|postponed|possible",
    ),
    (
        "Had Russia delivered the S-400 to India, the talks would have ended.",
        "S-400|RUS|IND|delivery|possible;!S-400|RUS|IND|delivery|asserted",
    ),
    (
        "Should Russia deliver the S-400 to India, sanctions would follow.",
        "S-400|RUS|IND|delivery|possible",
    ),
]


BATTERIES = (
    QUESTIONS
    + INTENT
    + LEANING
    + CONDITIONS
    + RUMOURS
    + DENIALS
    + DENIED_REPORTS
    + NOT_YET
    + TWO_CLAUSES
    + REPORTED
    + HALTS
    + HEADLINES
    + MORE_DENIALS
    + MORE_CONDITIONS
    + RELUCTANCE
    + PAST_PERFECT_HALTS
)


def test_known_misses_are_probes() -> None:
    assert set(KNOWN_MISSES) <= {t for t, _ in BATTERIES}


@pytest.mark.parametrize(("text", "spec"), with_known_misses(BATTERIES, KNOWN_MISSES))
def test_factuality_probe(text: str, spec: str) -> None:
    _check(text, spec)
