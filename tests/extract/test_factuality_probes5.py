# ruff: noqa: E501  (probe sentences are kept whole on one line)
"""Fifth probe battery for English factuality (CLAIMS.md 'Factuality', rules 3, 8 and 11) on the
leftovers of the first round: 'no plans to', 'could not have ... before', 'not only ... but also',
counterfactuals ('Without the embargo, ... would have delivered'), talks that never led to a deal,
'ruled out' and 'not ruled out', deals put on hold, 'no decision has been made on', 'too early to say
whether' and 'talk of a deal is premature'.

Every sentence is our own, written for these probes (never taken from news or ../shared). A probe
lists the claims it must give as (system, stage, factuality), or with its parties as (system,
supplier, recipient, stage, factuality); a key after ``!`` must not be given. A probe the extractor
still gets wrong is a strict xfail in KNOWN_MISSES, with the reason."""

from __future__ import annotations

import pytest

from tests.conftest import with_known_misses
from tests.extract.test_factuality_probes2 import _check

# 'Has no plans to sell/buy/send' denies the step it names; the stage is the verb's ('plan to buy' is negotiation, 'sell' agreement, 'send' delivery).
NO_PLANS = [
    (
        "Russia said it had no plans to sell S-400 systems to Iran.",
        "S-400|RUS|IRN|agreement|denied;!S-400|RUS|IRN|agreement|expected",
    ),
    (
        "Germany has no plans to deliver Taurus missiles to Ukraine, the chancellor said.",
        "Taurus|DEU|UKR|delivery|denied;!Taurus|DEU|UKR|delivery|expected",
    ),
    (
        "The ministry stated that there were no plans to buy Su-35 fighters from Russia for Egypt.",
        "Su-35|RUS|EGY|negotiation|denied;!Su-35|RUS|EGY|negotiation|asserted",
    ),
    (
        "Ankara has no plan to acquire additional S-400 batteries from Moscow.",
        "S-400|RUS|TUR|negotiation|denied;!S-400|RUS|TUR|negotiation|asserted",
    ),
    (
        "Seoul said it has no intention of supplying K2 tanks to Ukraine.",
        "K2|KOR|UKR|delivery|denied",
    ),
    (
        "Paris had no plans to transfer Mirage 2000 jets to Kyiv at that time, officials said.",
        "Mirage 2000|FRA|UKR|delivery|denied",
    ),
    (
        "Washington says there are currently no plans to send ATACMS to Ukraine.",
        "ATACMS|USA|UKR|delivery|denied",
    ),
    (
        "India has no plans to order more Rafale jets from France, a spokesman said.",
        "Rafale|FRA|IND|negotiation|denied;!Rafale|FRA|IND|negotiation|asserted",
    ),
]

# 'Could not have received ... before 2025' says the step did not happen (denied); it does not move it later as 'will not receive before' does.
IMPOSSIBLE_PAST = [
    (
        "Iran could not have received the Su-35 jets from Russia before 2025.",
        "Su-35|RUS|IRN|delivery|denied;!Su-35|RUS|IRN|delivery|possible",
    ),
    (
        "Ukraine cannot have received F-16s from Denmark before the pilots were trained.",
        "F-16|DNK|UKR|delivery|denied",
    ),
    (
        "The S-400 systems could not have been delivered to India before 2021.",
        "S-400|delivery|denied",
    ),
    (
        "Analysts say Algeria could not possibly have taken delivery of the Su-57 fighters from Russia last year.",
        "Su-57|RUS|DZA|delivery|denied",
    ),
    (
        "Serbia could have received the FK-3 systems from China as early as 2021.",
        "HQ-22|CHN|SRB|delivery|possible",
    ),
    (
        "The Leopard 2 tanks cannot have reached Ukraine from Germany by March.",
        "Leopard 2|DEU|UKR|delivery|denied",
    ),
    (
        "China could not have delivered the J-10C jets to Pakistan earlier than 2022.",
        "J-10|CHN|PAK|delivery|denied",
    ),
]

# 'Not only ... but also' negates nothing, and the verb after 'but also' shares the first verb's modal.
NOT_ONLY = [
    (
        "Poland will not only buy K2 tanks from South Korea but also produce them locally.",
        "K2|production|expected;!K2|production|asserted;!K2|KOR|POL|negotiation|denied",
    ),
    (
        "India will not only purchase the Rafale jets from France but also build some of them.",
        "Rafale|FRA|IND|negotiation|asserted;!Rafale|FRA|IND|negotiation|denied",
    ),
    (
        "Turkey not only received the S-400 systems from Russia but also tested them.",
        "S-400|RUS|TUR|delivery|asserted;!S-400|RUS|TUR|delivery|denied",
    ),
    (
        "Norway has not only ordered the K9 howitzers from South Korea but also received the first batch.",
        "K9|KOR|NOR|agreement|asserted;K9|KOR|NOR|delivery|asserted",
    ),
    (
        "Egypt not only signed for the Rafale jets from France but also took delivery of six of them.",
        "Rafale|FRA|EGY|delivery|asserted;!Rafale|FRA|EGY|delivery|denied",
    ),
    (
        "Germany will not only supply Leopard 2 tanks to Ukraine but will also train the crews.",
        "Leopard 2|DEU|UKR|delivery|expected;!Leopard 2|DEU|UKR|delivery|denied",
    ),
    (
        "Australia would not only acquire the Virginia class submarines from the United States but also build its own.",
        "Virginia-class|USA|AUS|negotiation|asserted;!Virginia-class|USA|AUS|negotiation|denied",
    ),
    (
        "Brazil is not only buying Gripen fighters from Sweden but is also assembling them.",
        "Gripen|SWE|BRA|agreement|asserted;!Gripen|SWE|BRA|agreement|denied",
    ),
]

# A counterfactual ('Without the embargo, X would have delivered') says the step did not happen: denied.
COUNTERFACTUAL = [
    (
        "Without the embargo, Russia would have delivered the S-300 systems to Iran in 2008.",
        "S-300|RUS|IRN|delivery|denied;!S-300|RUS|IRN|delivery|asserted",
    ),
    (
        "Had Congress not objected, the United States would have sold F-35 jets to Turkey.",
        "F-35|USA|TUR|agreement|denied;!F-35|USA|TUR|agreement|asserted",
    ),
    (
        "If not for the sanctions, India would have received all five S-400 squadrons from Russia by 2023.",
        "S-400|RUS|IND|delivery|denied",
    ),
    (
        "But for the court ruling, Germany would have shipped the Leopard 2 tanks to Saudi Arabia.",
        "Leopard 2|DEU|SAU|delivery|denied",
    ),
    (
        "Were it not for the war, Ukraine would have delivered the T-84 tanks to Thailand on time.",
        "T-84|UKR|THA|delivery|denied",
    ),
    (
        "Without the coup, France would have delivered the Caesar howitzers to Niger.",
        "Caesar|FRA|NER|delivery|denied",
    ),
    (
        "Indonesia would have received the Su-35 fighters from Russia if not for CAATSA.",
        "Su-35|RUS|IDN|delivery|denied",
    ),
]

# Talks that never led to (or failed to yield) a contract deny the agreement.
NEVER_LED = [
    (
        "The talks on the Su-35 jets for Indonesia have never led to a contract with Russia.",
        "Su-35|RUS|IDN|agreement|denied;!Su-35|RUS|IDN|agreement|asserted",
    ),
    (
        "Years of negotiations over the Gripen jets for Switzerland never produced a deal with Sweden.",
        "Gripen|SWE|CHE|agreement|denied",
    ),
    (
        "Talks with France on the Rafale jets for Malaysia did not result in an order.",
        "Rafale|FRA|MYS|agreement|denied",
    ),
    (
        "The offer of K2 tanks to Slovakia from South Korea never turned into a contract.",
        "K2|KOR|SVK|agreement|denied",
    ),
    (
        "Discussions on selling Su-57 jets to Algeria have yet to lead to a deal, Russian officials said.",
        "Su-57|RUS|DZA|agreement|denied",
    ),
    (
        "Negotiations about the Typhoon jets for Qatar with Britain failed to yield a contract.",
        "Eurofighter|GBR|QAT|agreement|denied;!Eurofighter|GBR|QAT|agreement|asserted",
    ),
    (
        "The memorandum on the Akash systems for Vietnam never led to an agreement with India.",
        "Akash|IND|VNM|agreement|denied",
    ),
]

# 'Ruled out' denies the step; 'not ruled out' and 'cannot be ruled out' make it possible.
RULED_OUT = [
    (
        "Turkey has ruled out buying the Su-57 fighter from Russia.",
        "Su-57|RUS|TUR|agreement|denied;!Su-57|RUS|TUR|agreement|asserted",
    ),
    (
        "Turkey has not ruled out buying the Su-57 fighter from Russia.",
        "Su-57|RUS|TUR|agreement|possible;!Su-57|RUS|TUR|agreement|denied",
    ),
    ("Berlin ruled out sending Taurus missiles to Ukraine.", "Taurus|DEU|UKR|delivery|denied"),
    (
        "Berlin did not rule out sending Taurus missiles to Ukraine.",
        "Taurus|DEU|UKR|delivery|possible",
    ),
    (
        "The Pentagon has ruled out the delivery of F-35 jets to Turkey.",
        "F-35|USA|TUR|delivery|denied",
    ),
    (
        "India did not rule out a purchase of more S-400 systems from Russia.",
        "S-400|RUS|IND|agreement|possible",
    ),
    (
        "Officials have ruled out selling Abrams tanks to Taiwan this year.",
        "Abrams|agreement|denied",
    ),
    (
        "Washington would not rule out supplying ATACMS to Ukraine.",
        "ATACMS|USA|UKR|delivery|possible",
    ),
    (
        "Seoul has categorically ruled out the transfer of K9 howitzers to Ukraine.",
        "K9|KOR|UKR|delivery|denied",
    ),
    (
        "A sale of J-10 fighters to Egypt by China cannot be ruled out.",
        "J-10|CHN|EGY|agreement|possible",
    ),
]

# A deal put on ice or on hold is postponed (asserted), not a plain agreement.
ON_HOLD = [
    ("The Rafale deal with Qatar was put on ice by France.", "Rafale|FRA|QAT|postponed|asserted"),
    (
        "The sale of Leopard 2 tanks to Saudi Arabia by Germany remains on hold indefinitely.",
        "Leopard 2|DEU|SAU|postponed|asserted",
    ),
]

# 'No decision has been made on buying' denies the step (it has not happened); 'not decided whether' is a hedge.
NO_DECISION = [
    (
        "No decision has been made on buying F-35 jets from the United States for Switzerland.",
        "F-35|USA|CHE|agreement|denied;!F-35|USA|CHE|agreement|asserted",
    ),
    (
        "No final decision has yet been taken on the sale of Leopard 2 tanks to Qatar by Germany.",
        "Leopard 2|DEU|QAT|agreement|denied;!Leopard 2|DEU|QAT|agreement|asserted",
    ),
    (
        "Officials said no decision had been made about sending Taurus missiles to Ukraine.",
        "Taurus|delivery|denied;!Taurus|delivery|asserted",
    ),
    (
        "There has been no decision on supplying ATACMS to Ukraine, the Pentagon said.",
        "ATACMS|delivery|denied;!ATACMS|delivery|asserted",
    ),
    (
        "India has not yet decided whether to buy more Rafale jets from France.",
        "Rafale|FRA|IND|agreement|possible;!Rafale|FRA|IND|agreement|asserted",
    ),
    (
        "A decision on the purchase of Patriot systems from the United States by Poland has been made.",
        "Patriot|USA|POL|agreement|asserted",
    ),
    (
        "Canada is yet to make a decision on ordering Gripen fighters from Sweden.",
        "Gripen|SWE|CAN|agreement|denied;!Gripen|SWE|CAN|agreement|asserted",
    ),
    (
        "No decision has been taken on transferring Mirage 2000 jets from France to Ukraine.",
        "Mirage 2000|FRA|UKR|delivery|denied",
    ),
]

# 'Too early to say whether' hedges the step (possible); 'too early to talk about deliveries' denies it, as 'premature' does.
TOO_EARLY = [
    (
        "It is too early to say whether Russia will deliver Su-35 jets to Iran.",
        "Su-35|RUS|IRN|delivery|possible;!Su-35|RUS|IRN|delivery|expected",
    ),
    (
        "It is too early to tell whether Egypt will buy the J-10 fighters from China.",
        "J-10|CHN|EGY|agreement|possible;!J-10|CHN|EGY|agreement|expected",
    ),
    (
        "Officials said it was too soon to say if the K2 tanks would be sold to Romania by South Korea.",
        "K2|KOR|ROU|agreement|possible",
    ),
    (
        "It remains unclear whether Germany will supply Taurus missiles to Ukraine.",
        "Taurus|DEU|UKR|delivery|possible",
    ),
    (
        "It's too early to talk about deliveries of Su-57 fighters to Algeria, the Russian official said.",
        "Su-57|RUS|DZA|delivery|denied;!Su-57|RUS|DZA|delivery|asserted",
    ),
    (
        "It is too early to judge whether Poland will order more Abrams tanks from the United States.",
        "Abrams|USA|POL|agreement|possible",
    ),
    (
        "It is not too early to say that Ukraine will receive the F-16s from Norway this year.",
        "F-16|NOR|UKR|delivery|expected",
    ),
    (
        "Whether France will hand over Mirage 2000 jets to Ukraine is too early to say.",
        "Mirage 2000|FRA|UKR|delivery|possible",
    ),
]

# Talk of a step called premature denies it: the deal or delivery is not happening.
PREMATURE = [
    (
        "Talk of a deal for Su-35 fighters between Russia and Egypt is premature, the Kremlin said.",
        "Su-35|RUS|EGY|agreement|denied;!Su-35|RUS|EGY|agreement|asserted",
    ),
    (
        "It is premature to speak of a contract for K2 tanks between South Korea and Romania.",
        "K2|KOR|ROU|agreement|denied;!K2|KOR|ROU|agreement|asserted",
    ),
    (
        "Reports of a Rafale sale to Saudi Arabia by France are premature, Paris said.",
        "Rafale|FRA|SAU|agreement|denied",
    ),
    (
        "The minister called talk of deliveries of F-16s from Belgium to Ukraine premature.",
        "F-16|BEL|UKR|delivery|denied",
    ),
    (
        "It would be premature to discuss the supply of S-400 systems to Iran by Russia.",
        "S-400|RUS|IRN|delivery|denied",
    ),
    (
        "Any announcement of a Gripen order by Colombia from Sweden would be premature.",
        "Gripen|SWE|COL|agreement|denied",
    ),
    (
        "Speaking of a purchase of J-10 jets from China by Indonesia is premature, an official said.",
        "J-10|CHN|IDN|agreement|denied",
    ),
    (
        "Claims that the Leopard 2 tanks have already been delivered to Ukraine by Spain are premature.",
        "Leopard 2|ESP|UKR|delivery|denied",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "Indonesia would have received the Su-35 fighters from Russia if not for CAATSA.": "a counterfactual condition after the step is not read (factuality.denied_above reads the text before it)",
    "The minister called talk of deliveries of F-16s from Belgium to Ukraine premature.": "'called ... premature' with no verb between the noun and the word is not read",
    "It would be premature to discuss the supply of S-400 systems to Iran by Russia.": "'discuss' is a cue of its own, so 'premature to discuss' cannot reach the next noun",
}

BATTERIES = (
    NO_PLANS
    + IMPOSSIBLE_PAST
    + NOT_ONLY
    + COUNTERFACTUAL
    + NEVER_LED
    + RULED_OUT
    + ON_HOLD
    + NO_DECISION
    + TOO_EARLY
    + PREMATURE
)


def test_known_misses_are_probes() -> None:
    assert set(KNOWN_MISSES) <= {t for t, _ in BATTERIES}


@pytest.mark.parametrize(("text", "spec"), with_known_misses(BATTERIES, KNOWN_MISSES))
def test_factuality_probe(text: str, spec: str) -> None:
    _check(text, spec)
