# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Probe batteries for English factuality (CLAIMS.md 'Factuality', rules 3, 4, 9 and 11) on claims
whose system, parties and stage are otherwise right: schedules and plans (expected), hedges and
conditions, inverted ones included (possible), denials and the reach of a negation (denied),
reported claims (asserted, with their source), and tense (headlines, past perfect, the future in
the past).

Every sentence is our own, written for these probes (never taken from news or ../shared). A probe
lists the claims it must give, as (system, supplier, recipient, stage, factuality) or, where the
parties are not the point, as (system, stage, factuality); a key after ``!`` must not be given.
A probe the extractor still gets wrong is a strict xfail in KNOWN_MISSES, with the reason, so that
fixing it fails the test until the entry goes."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract_with
from armsledger.models import Article
from tests.conftest import probe_claims, with_known_misses

EXPECTED = [
    (
        "Turkey is set to receive a second batch of S-400 systems from Russia next year.",
        "S-400|RUS|TUR|delivery|expected",
    ),
    (
        "India is poised to take delivery of the last two S-400 squadrons from Russia.",
        "S-400|RUS|IND|delivery|expected",
    ),
    (
        "The first Rafale jets are due to arrive in Indonesia from France in early 2026.",
        "Rafale|FRA|IDN|delivery|expected",
    ),
    (
        "Poland is slated to receive the first K2 tanks built under licence from South Korea in 2026.",
        "K2|KOR|POL|delivery|expected",
    ),
    (
        "The programme is on track to deliver all 32 F-35 jets to Poland by 2030.",
        "F-35|USA|POL|delivery|expected",
    ),
    (
        "Norway will deliver more NASAMS launchers to Ukraine this spring.",
        "NASAMS|delivery|expected",
    ),
    (
        "The supplier shall deliver the twelve Gripen jets to Thailand within 36 months of signature.",
        "Gripen|SWE|THA|delivery|expected",
    ),
    (
        "Germany plans to send more IRIS-T systems to Ukraine before the winter.",
        "IRIS-T|DEU|UKR|delivery|expected",
    ),
    (
        "The handover of the Scorpene submarines to Brazil is scheduled for 2025.",
        "Scorpene|FRA|BRA|delivery|expected",
    ),
    (
        "Egypt expects to receive the remaining Rafale jets from France by 2026.",
        "Rafale|FRA|EGY|delivery|expected",
    ),
    (
        "The last Leopard 2 tanks are to be delivered to Hungary by 2027.",
        "Leopard 2|DEU|HUN|delivery|expected",
    ),
    (
        "The remaining HIMARS launchers are expected to arrive in Estonia next spring.",
        "HIMARS|USA|EST|delivery|expected",
    ),
    (
        "The US is expected to deliver the first F-16V jets to Taiwan by the end of 2025.",
        "F-16|USA|TWN|delivery|expected",
    ),
    (
        "Greece is scheduled to take delivery of its first F-35 jets from the United States in 2028.",
        "F-35|USA|GRC|delivery|expected",
    ),
    (
        "Deliveries of the Su-35 jets to Iran are expected to begin next year.",
        "Su-35|RUS|IRN|delivery|expected",
    ),
    (
        "The Philippines will receive the second BrahMos battery from India in 2025.",
        "BrahMos|IND|PHL|delivery|expected",
    ),
    (
        "Australia is going to receive the first HIMARS launchers from the US in 2026.",
        "HIMARS|USA|AUS|delivery|expected",
    ),
    (
        "Croatia awaits delivery of the Rafale jets it ordered from France.",
        "Rafale|FRA|HRV|delivery|expected",
    ),
    (
        "Thailand is waiting for the delivery of its Gripen jets from Sweden.",
        "Gripen|SWE|THA|delivery|expected",
    ),
    (
        "By 2027, Poland will have received all 250 Abrams tanks from the United States.",
        "Abrams|USA|POL|delivery|expected",
    ),
    (
        "Switzerland is to receive its first F-35 jets from the US in 2027.",
        "F-35|USA|CHE|delivery|expected",
    ),
    (
        "The S-400 systems for India are set for delivery by the end of 2026.",
        "S-400|RUS|IND|delivery|expected",
    ),
    (
        "The first K9 howitzers for Egypt will be shipped from South Korea in June.",
        "K9|KOR|EGY|delivery|expected",
    ),
    (
        "Under the agreement, South Korea will hand over the first 20 FA-50 jets to Poland by mid-2023.",
        "FA-50|KOR|POL|delivery|expected",
    ),
    (
        "The Pentagon expects the remaining Patriot batteries to reach Ukraine before the end of the year.",
        "Patriot|USA|UKR|delivery|expected",
    ),
    (
        "The S-400 systems were planned to be handed over to India in 2023.",
        "S-400|RUS|IND|delivery|expected",
    ),
    (
        "The first two CAESAR howitzers were scheduled to reach Lithuania from France in March.",
        "CAESAR|FRA|LTU|delivery|expected",
    ),
    # A noun cue with a long complement before its own schedule ('the delivery of the first two ... is to begin').
    (
        "The delivery of the first two Rafale fighter jets to Croatia is to begin next spring.",
        "Rafale|FRA|HRV|delivery|expected",
    ),
    (
        "The handover of the last three Type 054A frigates to Pakistan is expected in 2025.",
        "Type 054|CHN|PAK|delivery|expected",
    ),
    (
        "Deliveries of all twelve remaining Gripen C jets to Hungary will be completed by 2026.",
        "Gripen|SWE|HUN|delivery|expected",
    ),
    # Agreements to come, against intentions to buy (a stated plan to buy is an asserted negotiation).
    (
        "Brazil and Sweden are set to sign a contract for four more Gripen jets next month.",
        "Gripen|SWE|BRA|agreement|expected",
    ),
    (
        "Indonesia will sign the deal for 42 Rafale jets with France on Thursday.",
        "Rafale|FRA|IDN|agreement|expected",
    ),
    (
        "A contract for 18 Rafale jets is to be signed between France and Serbia next month.",
        "Rafale|FRA|SRB|agreement|expected",
    ),
    (
        "Vietnam plans to buy Su-35 jets from Russia.",
        "Su-35|RUS|VNM|negotiation|asserted ; !Su-35|agreement|expected",
    ),
    (
        "Morocco intends to acquire Patriot systems from the United States.",
        "Patriot|USA|MAR|negotiation|asserted",
    ),
    (
        "Argentina is planning to purchase JF-17 jets from Pakistan.",
        "JF-17|PAK|ARG|negotiation|asserted",
    ),
    # Rule 9: a pledge or commitment is an agreement asserted; 'will send', 'is preparing to send' a delivery expected.
    (
        "The United States pledged to supply more Patriot batteries to Ukraine.",
        "Patriot|USA|UKR|agreement|asserted",
    ),
    (
        "Denmark has committed to transfer its F-16 fleet to Ukraine.",
        "F-16|DNK|UKR|agreement|asserted",
    ),
    (
        "France promised to deliver 24 CAESAR howitzers to Ukraine by spring.",
        "CAESAR|FRA|UKR|agreement|asserted",
    ),
    (
        "The Netherlands is preparing to send F-16 jets to Ukraine.",
        "F-16|NLD|UKR|delivery|expected",
    ),
    ("France will send more CAESAR howitzers to Armenia.", "CAESAR|FRA|ARM|delivery|expected"),
    # A verb joined by 'and' to a planned one shares the plan, however long the first verb's object.
    (
        "Norway will buy 54 new Leopard 2A8 tanks from Germany and receive them by 2026.",
        "Leopard 2|DEU|NOR|delivery|expected ; !Leopard 2|delivery|asserted",
    ),
    (
        "The company aims to produce 62 JF-17 jets at its plant in Kamra and deliver all of them to Azerbaijan by 2026.",
        "JF-17|PAK|AZE|delivery|expected",
    ),
    (
        "Egypt plans to order 24 more Rafale jets from France next year and receive the first ones in 2027.",
        "Rafale|FRA|EGY|delivery|expected",
    ),
    (
        "Turkey is expected to sign the Eurofighter contract with Britain this year and take delivery of the first jets in 2027.",
        "Eurofighter|GBR|TUR|delivery|expected ; Eurofighter|GBR|TUR|agreement|expected",
    ),
    (
        "Poland signed a contract for 180 K2 tanks with South Korea in 2022 and received the first ten in December.",
        "K2|KOR|POL|delivery|asserted ; K2|KOR|POL|agreement|asserted",
    ),
    (
        "Norway bought 54 new Leopard 2A8 tanks from Germany in 2023 and will receive them by 2026.",
        "Leopard 2|DEU|NOR|delivery|expected ; Leopard 2|DEU|NOR|agreement|asserted",
    ),
    # The future in the past.
    (
        "Russia said it would deliver the remaining S-400 systems to India by 2026.",
        "S-400|RUS|IND|delivery|expected",
    ),
    (
        "Officials said Sweden would hand over the CV90 vehicles to Ukraine in the coming months.",
        "CV90|SWE|UKR|delivery|expected",
    ),
    (
        "Moscow said it would supply the Su-35 jets to Indonesia after the contract was signed.",
        "Su-35|RUS|IDN|delivery|expected",
    ),
    (
        "The company said it was going to ship the K9 howitzers to Norway in May.",
        "K9|KOR|NOR|delivery|expected",
    ),
    # Scheduled and unscheduled steps side by side.
    (
        "Turkey received the S-400 from Russia in 2019 and will receive a second batch next year.",
        "S-400|RUS|TUR|delivery|asserted ; S-400|RUS|TUR|delivery|expected",
    ),
    (
        "Russia has delivered two of the five S-400 regiments to India and will deliver the rest by 2026.",
        "S-400|RUS|IND|delivery|asserted ; S-400|RUS|IND|delivery|expected",
    ),
    (
        "Germany shipped IRIS-T systems to Ukraine in 2022 and plans to send four more in 2025.",
        "IRIS-T|DEU|UKR|delivery|asserted ; IRIS-T|DEU|UKR|delivery|expected",
    ),
    (
        "Seoul intends to ship the first batch of K9 howitzers to Australia in 2027.",
        "K9|KOR|AUS|delivery|expected",
    ),
    (
        "Serbia will get the Rafale fighters from France starting next year.",
        "Rafale|FRA|SRB|delivery|expected",
    ),
    # A party hoping to take a step itself plans it (the gold of three written sets reads it so).
    (
        "Egypt is seeking to buy J-10 jets from China and hopes to receive them within two years.",
        "J-10|CHN|EGY|negotiation|asserted ; J-10|CHN|EGY|delivery|expected",
    ),
    (
        "Iraq hopes to receive the T-90 tanks from Russia later this year.",
        "T-90|RUS|IRQ|delivery|expected",
    ),
]

POSSIBLE = [
    (
        "Russia may deliver Su-35 jets to Iran as early as next year.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    ("Egypt might buy more Rafale jets from France.", "Rafale|FRA|EGY|agreement|possible"),
    ("China could supply J-10 fighters to Iran.", "J-10|CHN|IRN|delivery|possible"),
    (
        "Iran has likely received the first Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "Algeria has possibly taken delivery of Su-57 jets from Russia.",
        "Su-57|RUS|DZA|delivery|possible",
    ),
    (
        "Perhaps Serbia will receive more Pantsir systems from Russia this year.",
        "Pantsir|RUS|SRB|delivery|possible",
    ),
    (
        "Probably the first K2 tanks will arrive in Poland from South Korea in December.",
        "K2|KOR|POL|delivery|possible",
    ),
    (
        "Qatar may have received Patriot interceptors from the US last year.",
        "Patriot|USA|QAT|delivery|possible",
    ),
    (
        "Apparently Armenia has received Akash systems from India.",
        "Akash|IND|ARM|delivery|possible",
    ),
    ("Peru is unlikely to buy Gripen jets from Sweden.", "Gripen|SWE|PER|agreement|possible"),
    (
        "Vietnam could soon sign a contract for Su-30 jets with Russia.",
        "Su-30|RUS|VNM|agreement|possible",
    ),
    (
        "Russia will likely deliver S-400 systems to Turkey next year.",
        "S-400|RUS|TUR|delivery|possible",
    ),
    (
        "Kyrgyzstan reportedly may buy Bayraktar TB2 drones from Turkey.",
        "Bayraktar TB2|TUR|KGZ|agreement|possible",
    ),
    (
        "Analysts believe Iran is likely to take delivery of Su-35 jets from Russia in 2025.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "Iran could be receiving Su-35 jets from Russia as early as March.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "The Su-35 jets may already have been delivered to Iran by Russia.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "The delivery of S-400 systems to Turkey could be delayed.",
        "S-400|RUS|TUR|postponed|possible",
    ),
    (
        "Deliveries of the Bayraktar TB2 drones to Poland may begin this year.",
        "Bayraktar TB2|TUR|POL|delivery|possible",
    ),
    (
        "The first KF-21 jets for Indonesia could arrive from South Korea in 2027.",
        "KF-21|KOR|IDN|delivery|possible",
    ),
    (
        "Serbia is unlikely to receive more MiG-29 jets from Belarus.",
        "MiG-29|BLR|SRB|delivery|possible",
    ),
    (
        "Saudi Arabia is understood to be considering buying KF-21 jets from South Korea.",
        "KF-21|negotiation|asserted ; !KF-21|agreement|asserted",
    ),
    (
        "Russia may finish building the two remaining S-400 regiments this year and ship them to India in 2026.",
        "S-400|RUS|IND|delivery|possible",
    ),
    (
        "Indonesia could finalise the purchase of 42 Rafale jets in the coming weeks and receive them from France by 2026.",
        "Rafale|FRA|IDN|delivery|possible ; Rafale|FRA|IDN|agreement|possible",
    ),
    (
        "In May India signed the contract for BrahMos missiles with the Philippines and delivered the first battery.",
        "BrahMos|IND|PHL|delivery|asserted",
    ),
    # Beliefs, rumours, speculation and open questions.
    (
        "There are unconfirmed reports that Iran has received Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "Belarus is rumoured to have received Iskander systems from Russia.",
        "Iskander|RUS|BLR|delivery|possible",
    ),
    (
        "Iran is believed to have received Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "There is speculation that Egypt will receive Su-35 jets from Russia after all.",
        "Su-35|RUS|EGY|delivery|possible",
    ),
    (
        "There is a possibility that Vietnam will buy Su-35 jets from Russia.",
        "Su-35|RUS|VNM|agreement|possible",
    ),
    (
        "It is not clear whether Iraq will receive the T-90 tanks from Russia.",
        "T-90|RUS|IRQ|delivery|possible",
    ),
    (
        "It remains to be seen whether India will buy more Rafale jets from France.",
        "Rafale|FRA|IND|agreement|possible",
    ),
    (
        "Whether Egypt will receive the Su-35 jets from Russia remains unclear.",
        "Su-35|RUS|EGY|delivery|possible",
    ),
    (
        "Russia might have supplied Iskander missiles to Belarus.",
        "Iskander|RUS|BLR|delivery|possible",
    ),
    # The English rule reads 'allegedly' as a hedge (CLAIMS.md rule 11 names only 'reportedly' as attribution).
    (
        "Russia allegedly delivered S-400 components to Iran in 2023.",
        "S-400|RUS|IRN|delivery|possible",
    ),
    # Conditions before the step, inverted ones included.
    (
        "If confirmed, the delivery of the S-400 to Belarus would be the first outside the CSTO exercises.",
        "S-400|RUS|BLR|delivery|possible",
    ),
    (
        "If Manila signs the contract, India will deliver BrahMos missiles within two years.",
        "BrahMos|IND|PHL|delivery|possible",
    ),
    (
        "If the talks succeed, Russia will deliver Su-35 jets to Indonesia.",
        "Su-35|RUS|IDN|delivery|possible",
    ),
    (
        "Unless Congress objects, the US will sell F-16 jets to Turkey.",
        "F-16|USA|TUR|agreement|possible",
    ),
    (
        "Should the parliament approve, Germany will send Leopard 2 tanks to Ukraine.",
        "Leopard 2|DEU|UKR|delivery|possible",
    ),
    (
        "Should Riyadh buy the J-10 jets from China, Washington would react.",
        "J-10|CHN|SAU|agreement|possible ; !J-10|negotiation|asserted",
    ),
    (
        "Should Cairo sign the deal, France would deliver the Rafale jets within three years.",
        "Rafale|FRA|EGY|delivery|possible",
    ),
    (
        "Were Ankara to receive the F-35 jets from the US, it would have to give up the S-400.",
        "F-35|USA|TUR|delivery|possible ; !F-35|delivery|asserted",
    ),
    (
        "Were Berlin to approve the export, Madrid would send Leopard 2 tanks to Ukraine.",
        "Leopard 2|ESP|UKR|delivery|possible ; !Leopard 2|delivery|expected",
    ),
    (
        "Had the deal gone ahead, Turkey would have received F-35 jets from the US in 2020.",
        "F-35|USA|TUR|delivery|possible ; !F-35|delivery|expected",
    ),
    # Conditions after the step.
    (
        "Greece would receive the F-35 jets from the US if Congress approves the sale.",
        "F-35|USA|GRC|delivery|possible ; !F-35|delivery|expected",
    ),
    (
        "The J-10 jets would be delivered to Egypt from China within two years if a deal is signed.",
        "J-10|CHN|EGY|delivery|possible ; !J-10|delivery|expected",
    ),
    (
        "Iraq will buy K2 tanks from South Korea provided that financing is found.",
        "K2|KOR|IRQ|agreement|possible ; !K2|negotiation|asserted",
    ),
    (
        "Russia will deliver the S-400 systems to India on time unless sanctions intervene.",
        "S-400|RUS|IND|delivery|possible",
    ),
    (
        "India will buy more S-400 systems from Russia if the price is right.",
        "S-400|RUS|IND|agreement|possible",
    ),
    # A concession is no condition.
    (
        "Russia will deliver the S-400 to India by 2026 even if the US objects.",
        "S-400|RUS|IND|delivery|expected",
    ),
]

DENIED = [
    ("Russia denied that it had delivered S-400 systems to Iran.", "S-400|RUS|IRN|delivery|denied"),
    (
        "Beijing refuted reports that it had supplied J-10 jets to Iran.",
        "J-10|CHN|IRN|delivery|denied",
    ),
    (
        "There are no plans to deliver Taurus missiles to Ukraine, Berlin said.",
        "Taurus|DEU|UKR|delivery|denied",
    ),
    ("Germany ruled out sending Taurus missiles to Ukraine.", "Taurus|DEU|UKR|delivery|denied"),
    ("Egypt has not received any Su-35 jets from Russia.", "Su-35|RUS|EGY|delivery|denied"),
    (
        "India has yet to receive the last two S-400 squadrons from Russia.",
        "S-400|RUS|IND|delivery|denied",
    ),
    ("Russia never delivered the Su-35 jets to Egypt.", "Su-35|RUS|EGY|delivery|denied"),
    (
        "No contract has been signed for Rafale jets between France and Colombia.",
        "Rafale|FRA|COL|agreement|denied",
    ),
    ("Indonesia is not in talks with Russia about Su-35 jets.", "Su-35|RUS|IDN|negotiation|denied"),
    (
        "Vietnam is no longer in talks with Russia about Su-35 jets.",
        "Su-35|RUS|VNM|negotiation|denied",
    ),
    ("Washington refused to deliver F-35 jets to Turkey.", "F-35|USA|TUR|delivery|denied"),
    (
        "The Indian Air Force has still not received the remaining S-400 units from Russia.",
        "S-400|RUS|IND|delivery|denied",
    ),
    ("Germany will not deliver Taurus missiles to Ukraine.", "Taurus|DEU|UKR|delivery|denied"),
    ("The deliveries of Su-35 jets to Iran have not started.", "Su-35|RUS|IRN|delivery|denied"),
    ("Kazakhstan denied buying Su-30 jets from Russia.", "Su-30|RUS|KAZ|agreement|denied"),
    (
        "The Pentagon denied that any Patriot systems had been shipped to Taiwan.",
        "Patriot|USA|TWN|delivery|denied",
    ),
    ("Neither Egypt nor Algeria has received Su-57 jets from Russia.", "Su-57|delivery|denied"),
    (
        "The Kremlin has never sold Iskander missiles to Armenia, the spokesman said.",
        "Iskander|RUS|ARM|agreement|denied",
    ),
    (
        "Bulgaria does not plan to buy more F-16 jets from the US.",
        "F-16|USA|BGR|negotiation|denied",
    ),
    (
        "No Leopard 2 tanks have been delivered to Ukraine by Switzerland.",
        "Leopard 2|delivery|denied",
    ),
    (
        "Reports that Russia had delivered MiG-29 jets to Iran were false.",
        "MiG-29|RUS|IRN|delivery|denied",
    ),
    (
        "The Turkish defence ministry said no S-400 systems had been delivered to Turkey from Russia.",
        "S-400|RUS|TUR|delivery|denied",
    ),
    (
        "The ministry dismissed as false reports that Iraq had bought J-10 jets from China.",
        "J-10|CHN|IRQ|agreement|denied",
    ),
    ("Seoul has no intention of selling K2 tanks to Russia.", "K2|KOR|RUS|agreement|denied"),
    (
        "Lithuania has yet to sign a contract for the NASAMS systems with Norway.",
        "NASAMS|NOR|LTU|agreement|denied",
    ),
    (
        "Brazil has not yet signed a contract for more Gripen jets with Sweden.",
        "Gripen|SWE|BRA|agreement|denied",
    ),
    (
        "Contrary to earlier reports, Algeria has not received Su-57 jets from Russia.",
        "Su-57|RUS|DZA|delivery|denied",
    ),
    (
        "Not a single Leopard 2 tank has arrived in Ukraine from Spain.",
        "Leopard 2|ESP|UKR|delivery|denied",
    ),
    (
        "Egypt never took delivery of the Su-35 jets it ordered from Russia.",
        "Su-35|RUS|EGY|delivery|denied ; Su-35|RUS|EGY|agreement|asserted",
    ),
    ("The US did not approve the sale of F-35 jets to the UAE.", "F-35|USA|ARE|negotiation|denied"),
    (
        "Berlin is not sending Taurus missiles to Ukraine, the chancellor said.",
        "Taurus|DEU|UKR|delivery|denied",
    ),
    (
        "There is no evidence that Iran has received Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|denied",
    ),
    (
        "Iraq is no longer interested in buying K2 tanks from South Korea.",
        "K2|KOR|IRQ|negotiation|denied",
    ),
    (
        "The United States will not deliver the F-35 jets to Turkey as long as it keeps the S-400.",
        "F-35|USA|TUR|delivery|denied",
    ),
    (
        "Nobody has delivered Su-57 jets to Algeria, the officials insisted.",
        "Su-57|RUS|DZA|delivery|denied",
    ),
    (
        "Russia failed to deliver the S-400 systems to India on time.",
        "S-400|RUS|IND|delivery|denied",
    ),
    # A refusal to let another party take the step.
    (
        "Switzerland refused to allow Germany to send Gepard guns to Ukraine.",
        "Gepard|delivery|denied",
    ),
    ("The US Congress blocked Turkey from buying F-35 jets.", "F-35|USA|TUR|agreement|denied"),
    (
        "Berlin declined to let Warsaw send Leopard 2 tanks to Ukraine.",
        "Leopard 2|POL|UKR|delivery|denied",
    ),
    (
        "Sanctions prevented Egypt from receiving Su-35 jets from Russia.",
        "Su-35|RUS|EGY|delivery|denied",
    ),
    # Rule 3: a denial of a report gives the report's claim too.
    (
        "Moscow rejected reports that Su-35 jets had arrived in Iran from Russia.",
        "Su-35|RUS|IRN|delivery|denied ; Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "The ministry dismissed claims that Egypt had received Su-35 jets from Russia.",
        "Su-35|RUS|EGY|delivery|denied ; Su-35|RUS|EGY|delivery|asserted",
    ),
    (
        "Russia has denied reports that it has started deliveries of Su-35 jets to Iran.",
        "Su-35|RUS|IRN|delivery|denied ; Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "The Kremlin dismissed a Reuters report that Egypt had received Su-35 jets from Russia.",
        "Su-35|RUS|EGY|delivery|denied ; Su-35|RUS|EGY|delivery|asserted",
    ),
    (
        "Tehran denied Israeli media reports that it had received S-400 systems from Russia.",
        "S-400|RUS|IRN|delivery|denied ; S-400|RUS|IRN|delivery|asserted",
    ),
    (
        "The ministry refuted a Bloomberg report that Indonesia had cancelled the Rafale deal with France.",
        "Rafale|FRA|IDN|cancelled|denied ; Rafale|FRA|IDN|cancelled|asserted",
    ),
    # The reach of a negation: one denied step, another asserted in the same sentence.
    (
        "Turkey did not receive the F-35 jets but took delivery of S-400 systems from Russia.",
        "F-35|USA|TUR|delivery|denied ; S-400|RUS|TUR|delivery|asserted",
    ),
    (
        "Iran has not received Su-35 jets, but Russia delivered Yak-130 trainers to Iran in 2023.",
        "Su-35|delivery|denied ; Yak-130|RUS|IRN|delivery|asserted",
    ),
    (
        "The Philippines did not buy the Gripen jets and ordered more FA-50 jets from South Korea instead.",
        "Gripen|SWE|PHL|agreement|denied ; FA-50|KOR|PHL|agreement|asserted",
    ),
    (
        "France has not delivered any Rafale jets to India this year but signed a deal for 26 Rafale M jets.",
        "Rafale|FRA|IND|delivery|denied ; Rafale|FRA|IND|agreement|asserted",
    ),
    (
        "Norway has delivered NASAMS to Ukraine, but it has not sent F-16 jets yet.",
        "NASAMS|NOR|UKR|delivery|asserted ; F-16|NOR|UKR|delivery|denied",
    ),
    (
        "Greece did not receive F-35 jets in 2023 but received Rafale jets from France.",
        "Rafale|FRA|GRC|delivery|asserted",
    ),
    (
        "Russia has not stopped deliveries of S-400 systems to India.",
        "S-400|RUS|IND|postponed|denied ; !S-400|delivery|denied",
    ),
    (
        "Moscow denied supplying Iskander missiles to Armenia, saying it had only delivered Tor systems.",
        "Iskander|RUS|ARM|delivery|denied ; Tor|RUS|ARM|delivery|asserted",
    ),
    (
        "Russia denied that S-400 systems had been delivered to Iran and said Su-35 jets had arrived there instead.",
        "S-400|delivery|denied ; Su-35|RUS|IRN|delivery|asserted",
    ),
    # A negation of saying, deciding or excluding is no denial of the step.
    (
        "Officials would not say when the F-16 jets would be delivered to Turkey.",
        "F-16|USA|TUR|delivery|expected",
    ),
    (
        "Egypt has not said whether it received the Su-35 jets from Russia.",
        "Su-35|RUS|EGY|delivery|possible",
    ),
    (
        "It is unclear if Iraq has received the T-90 tanks from Russia.",
        "T-90|RUS|IRQ|delivery|possible",
    ),
    (
        "No decision has been made on buying more F-35 jets from the US, the Swiss ministry said.",
        "F-35|USA|CHE|agreement|denied",
    ),
    (
        "Berlin did not rule out sending Taurus missiles to Ukraine.",
        "Taurus|DEU|UKR|delivery|possible",
    ),
    (
        "Germany has not only delivered Leopard 2 tanks to Ukraine but also IRIS-T systems.",
        "Leopard 2|DEU|UKR|delivery|asserted",
    ),
    # Negative words that negate nothing.
    (
        "Poland not only ordered K2 tanks from South Korea but also bought K9 howitzers.",
        "K2|KOR|POL|agreement|asserted ; K9|KOR|POL|agreement|asserted",
    ),
    (
        "No sooner had Ukraine received the Leopard 2 tanks from Germany than it asked for more.",
        "Leopard 2|DEU|UKR|delivery|asserted",
    ),
    ("Nothing prevents Serbia from buying Rafale jets from France.", "!Rafale|agreement|denied"),
    (
        "The induction of the new J-10 fighter jets from China will not only strengthen Pakistan's air force but also its deterrence.",
        "!J-10|delivery|denied",
    ),
    # A plan that did not come true.
    (
        "The first Su-35 jets were supposed to arrive in Egypt from Russia in 2020, but that never happened.",
        "Su-35|RUS|EGY|delivery|denied",
    ),
    (
        "Egypt cancelled the Su-35 deal and did not receive any jets from Russia.",
        "Su-35|RUS|EGY|cancelled|asserted ; Su-35|RUS|EGY|delivery|denied",
    ),
]

REPORTED = [
    ("Iran has reportedly received Su-35 jets from Russia.", "Su-35|RUS|IRN|delivery|asserted"),
    (
        "Algeria is said to have received its first Su-57 jets from Russia.",
        "Su-57|RUS|DZA|delivery|asserted",
    ),
    (
        "Turkey is said to have taken delivery of more S-400 components from Russia.",
        "S-400|RUS|TUR|delivery|asserted",
    ),
    (
        "Russia reportedly supplied Pantsir systems to Serbia in 2020.",
        "Pantsir|RUS|SRB|delivery|asserted",
    ),
    (
        "Reportedly, Egypt has signed a deal for J-10 jets with China.",
        "J-10|CHN|EGY|agreement|asserted",
    ),
    (
        "It is reported that India has received the fourth S-400 squadron from Russia.",
        "S-400|RUS|IND|delivery|asserted",
    ),
    (
        "Iran is reported to have received Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "Iran is understood to have received Su-35 jets from Russia.",
        "Su-35|RUS|IRN|delivery|asserted",
    ),
    (
        "Media reports say Qatar has ordered more Rafale jets from France.",
        "Rafale|FRA|QAT|agreement|asserted",
    ),
    (
        "Russia supplied Pantsir systems to Serbia, according to local media.",
        "Pantsir|RUS|SRB|delivery|asserted",
    ),
    (
        "Kommersant wrote that Russia had signed a contract for Su-35 jets with Iran.",
        "Su-35|RUS|IRN|agreement|asserted",
    ),
    (
        "Iran said it had received Su-35 jets from Russia, though Moscow has not confirmed the delivery.",
        "Su-35|RUS|IRN|delivery|asserted",
    ),
]

# (sentence, claim key, a word the claim's source must contain; "" for the article's own voice)
SOURCED = [
    (
        "According to TASS, Russia delivered the first S-400 regiment to India in December.",
        "S-400|RUS|IND|delivery|asserted",
        "TASS",
    ),
    (
        "The Kremlin confirmed that the S-400 systems had been delivered to India.",
        "S-400|RUS|IND|delivery|asserted",
        "Kremlin",
    ),
    (
        "Lockheed Martin announced that Poland had signed a contract for 32 F-35 jets.",
        "F-35|USA|POL|agreement|asserted",
        "Lockheed",
    ),
    (
        "Russia has delivered Su-35 jets to Iran, Iranian media reported.",
        "Su-35|RUS|IRN|delivery|asserted",
        "media",
    ),
    (
        "The first HIMARS launchers arrived in Lithuania from the US, the defence ministry said.",
        "HIMARS|USA|LTU|delivery|asserted",
        "ministry",
    ),
    (
        "As Defense News reported, Romania has ordered more HIMARS launchers from the United States.",
        "HIMARS|USA|ROU|agreement|asserted",
        "Defense News",
    ),
    (
        "An industry source said India had received the third S-400 squadron from Russia.",
        "S-400|RUS|IND|delivery|asserted",
        "source",
    ),
    (
        "Officials confirmed on Monday that Greece had received six more Rafale jets from France.",
        "Rafale|FRA|GRC|delivery|asserted",
        "Officials",
    ),
    ("Iran has reportedly received Su-35 jets from Russia.", "Su-35|RUS|IRN|delivery|asserted", ""),
    (
        "Rosoboronexport denies that it has delivered Pantsir systems to Serbia.",
        "Pantsir|RUS|SRB|delivery|denied",
        "Rosoboronexport",
    ),
    (
        "The Kremlin dismissed a Reuters report that Egypt had received Su-35 jets from Russia.",
        "Su-35|RUS|EGY|delivery|denied",
        "Kremlin",
    ),
    (
        "The Kremlin dismissed a Reuters report that Egypt had received Su-35 jets from Russia.",
        "Su-35|RUS|EGY|delivery|asserted",
        "Reuters",
    ),
    (
        "Tehran denied Israeli media reports that it had received S-400 systems from Russia.",
        "S-400|RUS|IRN|delivery|asserted",
        "Israeli media",
    ),
    (
        "The ministry refuted a Bloomberg report that Indonesia had cancelled the Rafale deal with France.",
        "Rafale|FRA|IDN|cancelled|asserted",
        "Bloomberg",
    ),
    (
        "Ankara rejected claims by Greek officials that it had bought J-10 jets from China.",
        "J-10|CHN|TUR|agreement|asserted",
        "Greek officials",
    ),
    (
        "Russian officials have denied that Iran received Su-35 jets, contradicting an Iranian lawmaker who said the jets had arrived.",
        "Su-35|RUS|IRN|delivery|asserted",
        "lawmaker",
    ),
]

# Headlines (the sentence is the article's title): the historic present is asserted, 'X to ...' expected.
HEADLINES = [
    ("Poland signs deal for K2 tanks with South Korea", "K2|KOR|POL|agreement|asserted"),
    ("Turkey receives first S-400 batch from Russia", "S-400|RUS|TUR|delivery|asserted"),
    ("Norway delivers NASAMS to Ukraine", "NASAMS|NOR|UKR|delivery|asserted"),
    ("Russia to deliver Su-35 jets to Iran", "Su-35|RUS|IRN|delivery|expected"),
    ("Egypt set to receive more Rafale jets from France", "Rafale|FRA|EGY|delivery|expected"),
    ("India may buy more S-400 systems from Russia", "S-400|RUS|IND|agreement|possible"),
    ("Germany denies sending Taurus missiles to Ukraine", "Taurus|DEU|UKR|delivery|denied"),
]

PAST = [
    (
        "Ankara had received the S-400 systems from Russia before the sanctions came.",
        "S-400|RUS|TUR|delivery|asserted",
    ),
    ("Egypt has received the first Rafale jets from France.", "Rafale|FRA|EGY|delivery|asserted"),
    (
        "In 2019 Turkey took delivery of the S-400 systems from Russia.",
        "S-400|RUS|TUR|delivery|asserted",
    ),
    (
        "Hungary had ordered Leopard 2 tanks from Germany in 2018.",
        "Leopard 2|DEU|HUN|agreement|asserted",
    ),
    (
        "The Czech Republic has been receiving Leopard 2 tanks from Germany since 2023.",
        "Leopard 2|DEU|CZE|delivery|asserted",
    ),
    (
        "India has received three S-400 squadrons from Russia, and the remaining two are expected by 2026.",
        "S-400|RUS|IND|delivery|asserted",
    ),
    (
        "Poland has received 100 K2 tanks from South Korea so far and expects 80 more in 2025.",
        "K2|KOR|POL|delivery|asserted",
    ),
]

KNOWN_MISSES = {
    "Seoul intends to ship the first batch of K9 howitzers to Australia in 2027.": "'ship' after 'intends to' is no stage cue: the sentence makes no claim",
    "Serbia will get the Rafale fighters from France starting next year.": "'get' is no delivery cue",
    "Russia denied that S-400 systems had been delivered to Iran and said Su-35 jets had arrived there instead.": "a denial verb reaches its whole clause, past 'and said'",
    "Egypt cancelled the Su-35 deal and did not receive any jets from Russia.": "the cancellation governs the 'receive' after it, so no delivery claim is made",
    "Ankara rejected claims by Greek officials that it had bought J-10 jets from China.": "factuality right; 'claims by X' does not name the report's source (only 'X's claims' and 'X reports')",
    "Russian officials have denied that Iran received Su-35 jets, contradicting an Iranian lawmaker who said the jets had arrived.": "a sentence has one attribution: the lawmaker's claim takes the deniers as its source",
}

Probe = tuple[str, str]


def _norm(system: str) -> str:
    return "".join(ch for ch in system.lower() if ch.isalnum())


def _keys(spec: str) -> list[tuple[bool, tuple[str | None, ...]]]:
    """'K|S|R|stage|fact ; !K|stage|fact' as (wanted, key) pairs; None for a 'None' party."""
    out = []
    for part in (p.strip() for p in spec.split(";")):
        wanted = not part.startswith("!")
        fields = [None if f == "None" else f for f in part.lstrip("!").split("|")]
        fields[0] = _norm(fields[0] or "")
        out.append((wanted, tuple(fields)))
    return out


def _check(text: str, spec: str, *, headline: bool = False) -> None:
    got = probe_claims(text, title=text) if headline else probe_claims(text)
    full = {(_norm(c[0]), *c[1:]) for c in got}
    short = {(_norm(c[0]), c[3], c[4]) for c in got}
    for wanted, key in _keys(spec):
        have = key in (full if len(key) == 5 else short)
        assert have == wanted, f"{'missing' if wanted else 'unwanted'} {key}; got {sorted(got)}"


def test_batteries_are_read() -> None:
    batteries = (EXPECTED, POSSIBLE, DENIED, REPORTED, HEADLINES, PAST)
    texts = [t for b in batteries for t, _ in b] + [t for t, _, _ in SOURCED]
    assert all(len(k) in (3, 5) for b in batteries for _, s in b for _, k in _keys(s))
    assert set(KNOWN_MISSES) <= set(texts)


@pytest.mark.parametrize(("text", "spec"), with_known_misses(EXPECTED, KNOWN_MISSES))
def test_expected(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "spec"), with_known_misses(POSSIBLE, KNOWN_MISSES))
def test_possible(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "spec"), with_known_misses(DENIED, KNOWN_MISSES))
def test_denied(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "spec"), with_known_misses(REPORTED, KNOWN_MISSES))
def test_reported_is_asserted(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "spec"), with_known_misses(HEADLINES, KNOWN_MISSES))
def test_headline_tense(text: str, spec: str) -> None:
    _check(text, spec, headline=True)


@pytest.mark.parametrize(("text", "spec"), with_known_misses(PAST, KNOWN_MISSES))
def test_past_tenses(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(
    ("text", "spec", "source"),
    [
        pytest.param(t, k, s, marks=pytest.mark.xfail(reason=KNOWN_MISSES[t], strict=True))
        if t in KNOWN_MISSES
        else pytest.param(t, k, s)
        for t, k, s in SOURCED
    ],
)
def test_source_of_the_claim(text: str, spec: str, source: str) -> None:
    article = Article(doc="t", text=text, published="2024-01-01", title="Arms trade roundup")
    ((_, key),) = _keys(spec)
    sources = [
        c.source
        for c in extract_with(article, None)
        if (_norm(c.system), c.supplier, c.recipient, c.stage.value, c.factuality.value) == key
    ]
    assert sources, f"no claim {key}"
    if source:
        assert any(s and source.lower() in s.lower() for s in sources), sources
    else:
        assert None in sources, sources
