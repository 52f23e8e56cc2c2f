# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Third probe battery for English factuality (CLAIMS.md 'Factuality', rules 3, 4, 9 and 11): a broad
sweep of hedges, plans and schedules, negation and denial with their scope, corrections and denials
with their twins, each construction in several wordings (countries, systems, tenses, word orders,
passives). The first two batteries (test_factuality_probes, test_factuality_probes2) are not repeated.

Every sentence is our own, written for these probes (never taken from news or ../shared). A probe
lists the claims it must give as (system, stage, factuality), or with its parties as (system,
supplier, recipient, stage, factuality); a key after ``!`` must not be given. A probe the extractor
still gets wrong is a strict xfail in KNOWN_MISSES, with the reason."""

from __future__ import annotations

import pytest

from tests.conftest import with_known_misses
from tests.extract.test_factuality_probes2 import _check

# Hedges (CLAIMS.md rule 11): 'reportedly', 'is said to' and 'is understood to' attribute (asserted);
# 'is believed to', 'it is believed that', 'appears to', 'it appears that', unconfirmed reports (before or
# after the step), 'may have', 'might', 'could', 'possibly', 'if confirmed' and 'would' under a condition hedge.
HEDGES = [
    (
        "Pakistan reportedly took delivery of the first J-10C fighters from China last month.",
        "J-10|CHN|PAK|delivery|asserted",
    ),
    (
        "The Bayraktar TB2 drones were reportedly shipped to Ethiopia from Turkey in 2021.",
        "Bayraktar TB2|TUR|ETH|delivery|asserted",
    ),
    (
        "Saudi Arabia has reportedly signed a contract with China for Wing Loong drones.",
        "Wing Loong|CHN|SAU|agreement|asserted",
    ),
    (
        "Algeria is reportedly negotiating with Russia for Su-57 fighters.",
        "Su-57|RUS|DZA|negotiation|asserted",
    ),
    (
        "Belarus reportedly received a second Iskander battery from Russia, a Minsk daily wrote.",
        "Iskander|RUS|BLR|delivery|asserted",
    ),
    (
        "Deliveries of Su-35 jets to Iran have reportedly been postponed.",
        "Su-35|RUS|IRN|postponed|asserted",
    ),
    (
        "Reportedly, Myanmar has received six Su-30 jets from Russia.",
        "Su-30|RUS|MMR|delivery|asserted",
    ),
    (
        "Egypt reportedly cancelled its order for Su-35 jets from Russia.",
        "Su-35|RUS|EGY|cancelled|asserted",
    ),
    (
        "Serbia is said to be in talks with France over Rafale jets.",
        "Rafale|FRA|SRB|negotiation|asserted",
    ),
    (
        "The K9 howitzers are said to have arrived in Estonia from South Korea in May.",
        "K9|KOR|EST|delivery|asserted",
    ),
    (
        "Myanmar is said to have bought JF-17 jets from Pakistan.",
        "JF-17|PAK|MMR|agreement|asserted",
    ),
    (
        "North Korea is believed to have supplied KN-23 missiles to Russia.",
        "KN-23|PRK|RUS|delivery|possible",
    ),
    (
        "Iran is believed to be negotiating with Russia for Su-35 jets.",
        "Su-35|RUS|IRN|negotiation|possible",
    ),
    (
        "The Su-35 jets are believed to have been delivered to Iran in secret.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "Syria is thought to have received S-300 systems from Russia.",
        "S-300|RUS|SYR|delivery|possible",
    ),
    (
        "Poland is understood to have ordered more Patriot batteries from the United States.",
        "Patriot|USA|POL|agreement|asserted",
    ),
    (
        "Egypt is understood to be in talks with China about J-10 fighters.",
        "J-10|CHN|EGY|negotiation|asserted",
    ),
    (
        "Russia appears to have delivered Pantsir systems to Serbia.",
        "Pantsir|RUS|SRB|delivery|possible",
    ),
    (
        "Iran appears to have received Yak-130 trainers from Russia.",
        "Yak-130|RUS|IRN|delivery|possible",
    ),
    (
        "The Mi-28 helicopters seem to have arrived in Iran from Russia.",
        "Mi-28|RUS|IRN|delivery|possible",
    ),
    (
        "According to unconfirmed reports, Iran has received Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "Belarus has received Iskander missiles from Russia, according to unconfirmed reports.",
        "Iskander|RUS|BLR|delivery|possible",
    ),
    (
        "Unconfirmed reports say Algeria has taken delivery of Su-57 jets from Russia.",
        "Su-57|RUS|DZA|delivery|possible",
    ),
    (
        "Russia may have shipped S-400 components to Iran via the Caspian Sea.",
        "S-400|RUS|IRN|delivery|possible",
    ),
    (
        "Turkey might deliver more Bayraktar TB2 drones to Ukraine.",
        "Bayraktar TB2|TUR|UKR|delivery|possible",
    ),
    (
        "The United States could approve the sale of F-35 jets to Saudi Arabia.",
        "F-35|USA|SAU|negotiation|possible",
    ),
    ("South Korea could possibly sell K2 tanks to Romania.", "K2|KOR|ROU|agreement|possible"),
    (
        "Possibly, Indonesia will order more Rafale jets from France.",
        "Rafale|FRA|IDN|agreement|possible",
    ),
    ("China may soon deliver J-10 jets to Egypt.", "J-10|CHN|EGY|delivery|possible"),
    (
        "Ukraine might have received ATACMS missiles from the United States earlier than announced.",
        "ATACMS|USA|UKR|delivery|possible",
    ),
    (
        "Iran could have supplied Shahed-136 drones to Russia as early as August.",
        "Shahed-136|IRN|RUS|delivery|possible",
    ),
    (
        "Deliveries of Patriot systems to Ukraine might be postponed.",
        "Patriot|USA|UKR|postponed|possible",
    ),
    (
        "If confirmed, the sale of J-10 jets to Egypt would be China's biggest fighter export.",
        "J-10|CHN|EGY|agreement|possible",
    ),
    (
        "The deal, if confirmed, would see Russia deliver Su-35 jets to Algeria.",
        "Su-35|RUS|DZA|delivery|possible",
    ),
    (
        "If the reports are confirmed, Myanmar has received Su-30 jets from Russia.",
        "Su-30|RUS|MMR|delivery|possible",
    ),
    (
        "If Washington approved the sale, Lockheed would deliver F-16 jets to Turkey within three years.",
        "F-16|USA|TUR|delivery|possible",
    ),
    (
        "Greece would buy more Rafale jets from France if the budget allowed it.",
        "Rafale|FRA|GRC|agreement|possible",
    ),
    (
        "Without the embargo, Russia would have delivered the S-300 systems to Iran in 2010.",
        "S-300|RUS|IRN|delivery|possible",
    ),
    (
        "In that case, Germany would send Leopard 2 tanks to Ukraine.",
        "Leopard 2|DEU|UKR|delivery|possible",
    ),
]

# Plans and schedules: 'is set to', 'is poised to' (a delivery about to happen, not an offer), 'is slated
# to', 'is due to' (expected); an intention to buy or to consider is an asserted negotiation; 'hopes to
# sign' is possible; a present tense dated after the article is a schedule ('deliveries begin in 2027').
PLANS = [
    (
        "Russia is set to hand over the last S-400 regiment to India in 2026.",
        "S-400|RUS|IND|delivery|expected",
    ),
    (
        "The first F-35 jets for Poland are set to land at Lask air base in 2026.",
        "F-35|USA|POL|delivery|expected",
    ),
    (
        "Vietnam is poised to sign a deal for Su-35 jets with Russia.",
        "Su-35|RUS|VNM|agreement|expected",
    ),
    (
        "Seoul is poised to deliver the first KF-21 jets to Indonesia.",
        "KF-21|KOR|IDN|delivery|expected",
    ),
    (
        "The Gripen jets are slated for delivery to Thailand in 2025.",
        "Gripen|SWE|THA|delivery|expected",
    ),
    (
        "Delivery of the NASAMS to Lithuania is slated for next year.",
        "NASAMS|NOR|LTU|delivery|expected",
    ),
    (
        "The first Type 054A frigate is due to be handed over to Pakistan in June.",
        "Type 054|CHN|PAK|delivery|expected",
    ),
    (
        "The contract for the Rafale jets is due to be signed with Serbia in August.",
        "Rafale|FRA|SRB|agreement|expected",
    ),
    (
        "The first HIMARS launchers are due in Lithuania in 2025.",
        "HIMARS|USA|LTU|delivery|expected",
    ),
    (
        "Warsaw aims to receive all K2 tanks from South Korea by 2030.",
        "K2|KOR|POL|delivery|expected",
    ),
    (
        "Ankara aims to buy 40 Eurofighter jets from Britain.",
        "Eurofighter|GBR|TUR|negotiation|asserted",
    ),
    (
        "Cairo intends to take delivery of the J-10 jets from China before 2027.",
        "J-10|CHN|EGY|delivery|expected",
    ),
    (
        "The Philippines plans to acquire more BrahMos batteries from India.",
        "BrahMos|IND|PHL|negotiation|asserted",
    ),
    (
        "Jakarta hopes to sign the contract for KF-21 jets with Seoul this year.",
        "KF-21|KOR|IDN|agreement|expected",
    ),
    ("Kazakhstan seeks to buy Su-30 jets from Russia.", "Su-30|RUS|KAZ|negotiation|asserted"),
    (
        "Argentina is seeking to acquire F-16 jets from Denmark.",
        "F-16|DNK|ARG|negotiation|asserted",
    ),
    ("Brazil hopes to export Gripen jets to Colombia.", "Gripen|BRA|COL|negotiation|asserted"),
    (
        "Russia plans to deliver the remaining Su-35 jets to Iran in 2025.",
        "Su-35|RUS|IRN|delivery|expected",
    ),
    (
        "Switzerland is considering buying more Patriot systems from the United States.",
        "Patriot|USA|CHE|negotiation|asserted",
    ),
    (
        "Indonesia is considering the purchase of J-10 jets from China.",
        "J-10|CHN|IDN|negotiation|asserted",
    ),
    (
        "Germany is considering sending more IRIS-T systems to Ukraine.",
        "IRIS-T|DEU|UKR|negotiation|asserted",
    ),
    (
        "Berlin is weighing the delivery of Taurus missiles to Ukraine.",
        "Taurus|DEU|UKR|negotiation|asserted",
    ),
    (
        "Egypt considered buying Su-35 jets from Russia in 2019.",
        "Su-35|RUS|EGY|negotiation|asserted",
    ),
    (
        "Russia will hand over a second batch of Su-35 jets to Iran next year.",
        "Su-35|RUS|IRN|delivery|expected",
    ),
    (
        "Next year, Greece will receive six more Rafale jets from France.",
        "Rafale|FRA|GRC|delivery|expected",
    ),
    (
        "Last year, Greece received six more Rafale jets from France.",
        "Rafale|FRA|GRC|delivery|asserted",
    ),
    ("Deliveries of the K9 howitzers to Australia begin in 2027.", "K9|KOR|AUS|delivery|expected"),
    (
        "The first batch of Su-35 jets arrives in Iran next month.",
        "Su-35|RUS|IRN|delivery|expected",
    ),
    (
        "Germany delivers four more IRIS-T systems to Ukraine in 2026.",
        "IRIS-T|DEU|UKR|delivery|expected",
    ),
    (
        "Deliveries of the F-35 jets to Poland start in 2026 and end in 2030.",
        "F-35|USA|POL|delivery|expected",
    ),
    (
        "Russia had planned to deliver the Su-35 jets to Egypt in 2020.",
        "Su-35|RUS|EGY|delivery|expected",
    ),
    (
        "Norway will have delivered all NASAMS launchers to Ukraine by March.",
        "NASAMS|NOR|UKR|delivery|expected",
    ),
    (
        "The Rafale jets for Serbia will be built in France and delivered from 2028.",
        "Rafale|FRA|SRB|delivery|expected",
    ),
]

# Negation and denial in their scope: 'has not yet received', 'no contract has been signed', 'never
# delivered', 'refuted', 'dismissed the reports', 'there is no truth in reports that', 'far from done'
# (denied) against 'far from certain' (possible), 'ruled out'; a denial of one system does not reach the
# system of the next clause.
NEGATION = [
    (
        "Hungary has not yet received the Gripen jets it ordered from Sweden.",
        "Gripen|SWE|HUN|delivery|denied",
    ),
    (
        "The Croatian Air Force has not yet taken delivery of any Rafale jets from France.",
        "Rafale|FRA|HRV|delivery|denied",
    ),
    (
        "So far, Serbia hasn't received the HQ-22 systems from China.",
        "HQ-22|CHN|SRB|delivery|denied",
    ),
    (
        "The Patriot batteries have not yet arrived in Ukraine from Germany.",
        "Patriot|DEU|UKR|delivery|denied",
    ),
    ("The S-400 systems for India have not been delivered yet.", "S-400|RUS|IND|delivery|denied"),
    (
        "No deal for the J-10 jets has been signed between China and Egypt.",
        "J-10|CHN|EGY|agreement|denied",
    ),
    (
        "No agreement on Su-35 fighters was reached between Russia and Indonesia.",
        "Su-35|RUS|IDN|agreement|denied",
    ),
    (
        "No contract for Rafale jets with Serbia has been concluded yet, the French ministry said.",
        "Rafale|FRA|SRB|agreement|denied",
    ),
    ("No formal order for K2 tanks has been placed by Romania.", "K2|KOR|ROU|agreement|denied"),
    ("No Su-35 jets have been handed over to Iran.", "Su-35|RUS|IRN|delivery|denied"),
    ("The S-300 systems were never delivered to Syria by Russia.", "S-300|RUS|SYR|delivery|denied"),
    ("Moscow never shipped the Su-35 fighters to Egypt.", "Su-35|RUS|EGY|delivery|denied"),
    ("Turkey never received the F-35 jets it paid for.", "F-35|USA|TUR|delivery|denied"),
    (
        "The Mistral ships were never handed over to Russia by France.",
        "Mistral|FRA|RUS|delivery|denied",
    ),
    (
        "Ankara refuted claims that it had sold Bayraktar TB2 drones to Ethiopia.",
        "Bayraktar TB2|TUR|ETH|agreement|denied",
    ),
    (
        "Cairo dismissed the reports about a purchase of J-10 jets from China.",
        "J-10|CHN|EGY|agreement|denied",
    ),
    (
        "Tehran dismissed the reports that Su-35 jets had landed in Iran.",
        "Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "There is no truth to the claim that Pakistan received J-35 jets from China.",
        "J-35|CHN|PAK|delivery|denied",
    ),
    ("The deal for Su-35 fighters with Egypt is far from done.", "Su-35|RUS|EGY|agreement|denied"),
    (
        "The purchase of Rafale jets by Colombia is far from certain.",
        "Rafale|FRA|COL|agreement|possible",
    ),
    (
        "Greece has ruled out buying more F-35 jets from the United States.",
        "F-35|USA|GRC|agreement|denied",
    ),
    ("Sweden ruled out the sale of Gripen jets to Hungary.", "Gripen|SWE|HUN|agreement|denied"),
    (
        "Washington has ruled out any delivery of ATACMS missiles to Ukraine.",
        "ATACMS|USA|UKR|delivery|denied",
    ),
    (
        "Berlin does not rule out the delivery of Taurus missiles to Ukraine.",
        "Taurus|DEU|UKR|delivery|possible",
    ),
    (
        "The Kremlin denied the reports, saying no S-400 systems had been delivered to Iran.",
        "S-400|RUS|IRN|delivery|denied",
    ),
    (
        "Officials denied that Armenia had received Akash systems from India.",
        "Akash|IND|ARM|delivery|denied",
    ),
    (
        "Russia denied selling S-400 systems to Iran, but it confirmed that Iran had received Yak-130 jets.",
        "S-400|RUS|IRN|agreement|denied ; Yak-130|RUS|IRN|delivery|asserted",
    ),
    (
        "Egypt has not received the Su-35 jets, while Algeria took delivery of Su-30 jets from Russia last year.",
        "Su-35|RUS|EGY|delivery|denied ; Su-30|RUS|DZA|delivery|asserted",
    ),
    (
        "Germany refused to send Taurus missiles to Ukraine; it delivered IRIS-T systems instead.",
        "Taurus|DEU|UKR|delivery|denied ; IRIS-T|DEU|UKR|delivery|asserted",
    ),
    (
        "Poland denied buying F-15 jets, and it ordered 32 F-35 jets from the US.",
        "F-35|USA|POL|agreement|asserted",
    ),
    (
        "The US will not sell F-35 jets to Turkey, but it approved the sale of F-16 jets.",
        "F-35|USA|TUR|agreement|denied ; F-16|USA|TUR|negotiation|asserted",
    ),
    (
        "India has not cancelled the S-400 contract with Russia, and deliveries continue.",
        "S-400|RUS|IND|cancelled|denied ; S-400|RUS|IND|delivery|asserted",
    ),
    (
        "Pakistan did not buy the J-31 jets; instead it ordered J-10 jets from China.",
        "J-10|CHN|PAK|agreement|asserted",
    ),
]

# Corrections give both halves (CLAIMS.md rule 4) and denials of a report give the report's claim too
# (rule 3); a denial with no report ('denied that ...') gives no twin.
CORRECTIONS = [
    (
        "The S-400 systems for Turkey are not at the delivery stage but rather in production.",
        "S-400|delivery|denied ; S-400|production|asserted",
    ),
    (
        "Russia has not delivered the Su-35 jets to Iran; it has only signed the contract.",
        "Su-35|RUS|IRN|delivery|denied ; Su-35|RUS|IRN|agreement|asserted",
    ),
    (
        "The K2 tanks have not been delivered to Poland yet, they are still being built.",
        "K2|delivery|denied ; K2|production|asserted",
    ),
    (
        "Contrary to reports, the Rafale jets were not sold to Serbia but only offered.",
        "Rafale|FRA|SRB|agreement|denied ; Rafale|FRA|SRB|negotiation|asserted",
    ),
    (
        "India is not buying more S-400 systems from Russia; it is only in talks about them.",
        "S-400|RUS|IND|agreement|denied ; S-400|RUS|IND|negotiation|asserted",
    ),
    (
        "The Su-35 jets are still being manufactured for Iran and have not been shipped.",
        "Su-35|production|asserted ; Su-35|delivery|denied",
    ),
    (
        "The deal for J-10 jets with Egypt has not been signed; talks are still under way.",
        "J-10|CHN|EGY|agreement|denied ; J-10|CHN|EGY|negotiation|asserted",
    ),
    (
        "The F-16 jets were not delivered to Turkey, only approved for sale.",
        "F-16|USA|TUR|delivery|denied ; F-16|USA|TUR|negotiation|asserted",
    ),
    (
        "Baghdad denied reports that it had signed a contract for T-90 tanks with Russia.",
        "T-90|RUS|IRQ|agreement|denied ; T-90|RUS|IRQ|agreement|asserted",
    ),
    (
        "Manila brushed off reports that it had ordered more BrahMos batteries from India.",
        "BrahMos|IND|PHL|agreement|denied ; BrahMos|IND|PHL|agreement|asserted",
    ),
    (
        "Seoul rejected media claims that K2 tanks had been shipped to Poland late.",
        "K2|KOR|POL|delivery|denied ; K2|KOR|POL|delivery|asserted",
    ),
    (
        "The Indian embassy denied a Pakistani media report that India had sold BrahMos missiles to Vietnam.",
        "BrahMos|IND|VNM|agreement|denied ; BrahMos|IND|VNM|agreement|asserted",
    ),
    (
        "The spokesman refuted allegations that North Korea had supplied KN-23 missiles to Russia.",
        "KN-23|PRK|RUS|delivery|denied ; KN-23|PRK|RUS|delivery|asserted",
    ),
    (
        "There is no truth in reports that Russia has delivered Su-35 jets to Iran, the Kremlin said.",
        "Su-35|RUS|IRN|delivery|denied ; Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "Claims that Turkey has bought J-10 jets from China are baseless, Ankara said.",
        "J-10|CHN|TUR|agreement|denied ; J-10|CHN|TUR|agreement|asserted",
    ),
    (
        "Pentagon officials denied that any F-16 jets had been sent to Ukraine from the US.",
        "F-16|USA|UKR|delivery|denied ; !F-16|USA|UKR|delivery|asserted",
    ),
    (
        "The Kremlin denied a Bloomberg report that the Su-35 deal with Egypt had been cancelled.",
        "Su-35|RUS|EGY|cancelled|denied ; Su-35|RUS|EGY|cancelled|asserted",
    ),
    (
        "Moscow has denied claims that it stopped deliveries of S-400 systems to India.",
        "S-400|RUS|IND|postponed|denied ; S-400|RUS|IND|postponed|asserted",
    ),
]

# Mixed: 'could not' as a failure, negations of the future, reported futures, 'it is understood that'
# (asserted) against 'it is believed that' (possible), a modal in a relative clause.
MIXED = [
    (
        "Russia could not deliver the S-400 systems to Turkey on time because of sanctions.",
        "S-400|RUS|TUR|delivery|denied",
    ),
    (
        "The Pentagon never approved the sale of F-35 jets to Qatar.",
        "F-35|USA|QAT|negotiation|denied",
    ),
    (
        "Israel has not sold Iron Dome batteries to Ukraine and will not do so.",
        "Iron Dome|ISR|UKR|agreement|denied",
    ),
    ("No S-400 regiment will be handed over to India this year.", "S-400|RUS|IND|delivery|denied"),
    ("The Su-35 deal with Egypt was never finalised.", "Su-35|RUS|EGY|agreement|denied"),
    (
        "Belgrade said the Pantsir systems would arrive from Russia in spring.",
        "Pantsir|RUS|SRB|delivery|expected",
    ),
    (
        "Argentina intends to sign the contract for JF-17 jets with Pakistan next month.",
        "JF-17|PAK|ARG|agreement|expected",
    ),
    (
        "Kenya expects China to deliver the Z-9 helicopters by March.",
        "Z-9|CHN|KEN|delivery|expected",
    ),
    (
        "Norway is understood to have offered NASAMS to Latvia.",
        "NASAMS|NOR|LVA|negotiation|asserted",
    ),
    (
        "It is understood that Greece has ordered four more Rafale jets from France.",
        "Rafale|FRA|GRC|agreement|asserted",
    ),
    (
        "It is believed that Iran has received Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "It appears that Armenia has received CAESAR howitzers from France.",
        "CAESAR|FRA|ARM|delivery|possible",
    ),
    (
        "Russia is said to be preparing to deliver S-400 systems to Iran.",
        "S-400|RUS|IRN|delivery|expected",
    ),
    ("Iran is rumoured to be buying J-10 jets from China.", "J-10|CHN|IRN|agreement|possible"),
    (
        "Egypt has signed for 30 more Rafale jets, the Egyptian ministry said, confirming earlier reports.",
        "Rafale|FRA|EGY|agreement|asserted",
    ),
    (
        "France confirmed that Egypt had ordered 30 Rafale jets, denying that the deal was at risk.",
        "Rafale|FRA|EGY|agreement|asserted",
    ),
]

# Waiting for a named system (a delivery expected), hedged negations ('may not', 'might not': possible),
# a negation that only dates the step ('will not arrive before 2026': expected; 'not until 2019': asserted),
# negated halts and removals, failures, refusals, and schedules of agreements.
SCOPE = [
    (
        "Officials did not confirm reports that Nigeria had bought JF-17 jets from Pakistan.",
        "JF-17|PAK|NGA|agreement|asserted",
    ),
    (
        "The Nigerian Air Force has denied acquiring Wing Loong drones from China.",
        "Wing Loong|CHN|NGA|agreement|denied",
    ),
    ("Jordan has flatly denied that any F-16 jets were sold to Ukraine.", "F-16|agreement|denied"),
    (
        "Chile is not considering the purchase of Gripen jets from Sweden.",
        "Gripen|SWE|CHL|negotiation|denied",
    ),
    (
        "Colombia is no longer considering buying Rafale jets from France.",
        "Rafale|FRA|COL|negotiation|denied",
    ),
    (
        "Morocco has not ruled out buying more Apache helicopters from the United States.",
        "AH-64|USA|MAR|agreement|possible",
    ),
    (
        "Egypt is still waiting for the Su-35 jets it ordered from Russia in 2018.",
        "Su-35|RUS|EGY|delivery|expected ; Su-35|RUS|EGY|agreement|asserted",
    ),
    (
        "The Gripen jets ordered by Brazil have not all been delivered.",
        "Gripen|SWE|BRA|agreement|asserted",
    ),
    (
        "Deliveries of the Rafale jets to India were never halted.",
        "Rafale|FRA|IND|postponed|denied",
    ),
    (
        "Germany has not suspended deliveries of IRIS-T systems to Ukraine.",
        "IRIS-T|DEU|UKR|postponed|denied",
    ),
    (
        "Turkey has not been removed from the F-35 programme, Ankara insisted.",
        "F-35|USA|TUR|cancelled|denied",
    ),
    (
        "The F-35 deal with the UAE has not been cancelled, only suspended.",
        "F-35|USA|ARE|cancelled|denied ; F-35|USA|ARE|postponed|asserted",
    ),
    (
        "Russia may not be able to deliver the S-400 systems to India on time.",
        "S-400|RUS|IND|delivery|possible",
    ),
    ("Washington could block the sale of F-16 jets to Turkey.", "F-16|USA|TUR|cancelled|possible"),
    (
        "The Su-57 jets for Algeria could be delivered as early as next year, if the reports are accurate.",
        "Su-57|RUS|DZA|delivery|possible",
    ),
    (
        "The first K2 tanks for Poland would arrive in December, the company said.",
        "K2|KOR|POL|delivery|expected",
    ),
    (
        "Qatar would be the first Gulf state to receive the Eurofighter jets from Britain if the deal goes through.",
        "Eurofighter|GBR|QAT|delivery|possible",
    ),
    (
        "The Indonesian Air Force will not receive the Rafale jets from France before 2026.",
        "Rafale|FRA|IDN|delivery|expected",
    ),
    ("No K9 howitzers will be delivered to Egypt until next year.", "K9|KOR|EGY|delivery|expected"),
    (
        "Vietnam has so far not signed any contract for Su-35 jets with Russia.",
        "Su-35|RUS|VNM|agreement|denied",
    ),
    (
        "A contract for 12 Rafale jets with Serbia is expected to be signed next month.",
        "Rafale|FRA|SRB|agreement|expected",
    ),
    (
        "The Philippines expects to sign a deal for more BrahMos missiles with India soon.",
        "BrahMos|IND|PHL|agreement|expected",
    ),
    (
        "Russia reportedly refused to deliver S-300 systems to Iran in 2010.",
        "S-300|RUS|IRN|delivery|denied",
    ),
    (
        "Reports suggest that Syria may have received Pantsir systems from Russia.",
        "Pantsir|RUS|SYR|delivery|possible",
    ),
    (
        "Washington is understood to have blocked the sale of F-35 jets to Qatar.",
        "F-35|USA|QAT|cancelled|asserted",
    ),
    ("Egypt is no longer waiting for the Su-35 jets from Russia.", "Su-35|RUS|EGY|delivery|denied"),
    (
        "Taiwan is still awaiting the F-16V jets it bought from the United States in 2019.",
        "F-16|USA|TWN|delivery|expected",
    ),
    ("Bulgaria awaits its last F-16 jets from the US.", "F-16|USA|BGR|delivery|expected"),
    (
        "Ukraine is waiting for more Patriot batteries from Germany.",
        "Patriot|DEU|UKR|delivery|expected",
    ),
    (
        "Hungary is waiting for approval to buy more Leopard 2 tanks from Germany.",
        "!Leopard 2|delivery|expected",
    ),
    ("The long-awaited Rafale jets landed in Greece in May.", "Rafale|FRA|GRC|delivery|asserted"),
    (
        "India may not receive the last S-400 squadron from Russia this year.",
        "S-400|RUS|IND|delivery|possible",
    ),
    ("Russia did not deliver the S-400 systems to India.", "S-400|RUS|IND|delivery|denied"),
    ("In May not a single F-16 was delivered to Ukraine.", "F-16|delivery|denied"),
    (
        "Turkey might not buy the Eurofighter jets from Britain after all.",
        "Eurofighter|GBR|TUR|agreement|possible",
    ),
    (
        "The Indonesian Air Force will not receive the Rafale jets from France before 2026.",
        "Rafale|FRA|IDN|delivery|expected",
    ),
    ("No K9 howitzers will be delivered to Egypt until next year.", "K9|KOR|EGY|delivery|expected"),
    (
        "The Su-35 jets were not handed over to Iran until September 2023.",
        "Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "Turkey did not sign the S-400 contract with Russia until 2017.",
        "S-400|RUS|TUR|agreement|asserted",
    ),
    (
        "Ukraine will not get F-16 jets from the Netherlands until the pilots are trained.",
        "F-16|NLD|UKR|delivery|denied",
    ),
    (
        "India has not received the fifth S-400 squadron from Russia until now.",
        "S-400|RUS|IND|delivery|denied",
    ),
    (
        "The first Abrams tanks will not arrive in Australia before the end of 2025.",
        "Abrams|USA|AUS|delivery|expected",
    ),
    (
        "Russia did not deliver the S-400 to India, and the deal ran until 2026.",
        "S-400|RUS|IND|delivery|denied",
    ),
]

KNOWN_MISSES = {
    "Without the embargo, Russia would have delivered the S-300 systems to Iran in 2010.": "a counterfactual 'would have' with no inverted condition reads as a plan (expected)",
    "In that case, Germany would send Leopard 2 tanks to Ukraine.": "'in that case' is a condition told before, by reference; 'would' reads as a plan",
}

BATTERIES = HEDGES + PLANS + NEGATION + CORRECTIONS + MIXED + SCOPE


def test_known_misses_are_probes() -> None:
    assert set(KNOWN_MISSES) <= {t for t, _ in BATTERIES}


@pytest.mark.parametrize(("text", "spec"), with_known_misses(BATTERIES, KNOWN_MISSES))
def test_factuality_probe(text: str, spec: str) -> None:
    _check(text, spec)
