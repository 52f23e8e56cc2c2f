"""A step's own tense and time, read inside the clause that tells it.

- A time adverbial between "agreed" or "decided" and its infinitive keeps the agreement
  ("agreed in 2021 to buy": stage.decided_to).
- A participle of ordering tells an order ("turned to France, ordering 30 jets":
  stage.agreement_words).
- A verb in its own perfect is done, whatever plan the sentence opens with ("will return the
  tanks it has received": factuality.perfect_own).
- A step in a present clause of time after "until", "before" or "after" is still to come
  (factuality.expected_once).
- A step said to be unconfirmed is possible (factuality.hedge_after).
- "With X said to be ..." tells something of X; X is not speaking (attribution.subject).

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_factuality_probes2 import _check

PROBES = [
    (
        "Croatia agreed in 2021 to buy 12 used Rafale jets from France.",
        "Rafale|FRA|HRV|agreement|asserted;!Rafale|FRA|HRV|negotiation|asserted",
    ),
    (
        "Peru decided last year to sell its MiG-29 jets to Bolivia.",
        "MiG-29|PER|BOL|agreement|asserted",
    ),
    (
        "Cairo has since turned to France, ordering 30 more Rafale jets in 2021.",
        "Rafale|FRA|EGY|agreement|asserted",
    ),
    (
        "Chile will return the Leopard 2 tanks it has already received from Germany.",
        "Leopard 2|DEU|CHL|delivery|asserted;!Leopard 2|DEU|CHL|delivery|expected",
    ),
    (
        "Kyiv plans to move the F-16 jets it has received from Denmark to western bases.",
        "F-16|DNK|UKR|delivery|asserted",
    ),
    ("Lima will have received all the F-16 jets by 2026.", "F-16|USA|PER|delivery|expected"),
    ("Peru will pay once it has received the F-16 jets.", "F-16|USA|PER|delivery|expected"),
    (
        "Thailand has put on hold the purchase of a second Yuan-class submarine from China"
        " until the first boat is delivered.",
        "Yuan|CHN|THA|postponed|asserted;Yuan|CHN|THA|delivery|expected;"
        "!Yuan|CHN|THA|delivery|asserted",
    ),
    ("Algeria's Su-57 purchase remains unconfirmed.", "Su-57|RUS|DZA|agreement|possible"),
    (
        "The Su-57 purchase by Algeria has not been confirmed.",
        "Su-57|RUS|DZA|agreement|possible;!Su-57|RUS|DZA|agreement|denied",
    ),
    ("Algeria bought Su-57 jets from Russia in 2021.", "Su-57|RUS|DZA|agreement|asserted"),
]


def test_said_to_be_names_no_speaker() -> None:
    text = "Greece agreed to sell its Mirage 2000 jets, with India said to be interested."
    claims = extract(Article(doc="t", text=text, published="2024-01-01"))
    assert claims, "the sale makes a claim"
    assert {c.source for c in claims} == {None}
    said = "Greece agreed to sell its Mirage 2000 jets to India, the ministry said."
    assert {c.source for c in extract(Article(doc="t", text=said, published="2024-01-01"))} == {
        "the ministry"
    }


# A future step told through a schedule word or a condition of time, and negations that deny
# nothing: "destined for delivery" (factuality.expected), a noun cue inside a clause of "once"
# (factuality.expected_once), "not yet publicly disclosed" of a detail
# (factuality.noun_after_negation), "not limited to" (factuality.negation_cancelers) and
# refusing to offer details (stage.exclusions).
SCHEDULES = [
    (
        "Boeing flew the first Apache helicopters destined for delivery to India next year.",
        "AH-64|USA|IND|delivery|expected;!AH-64|USA|IND|delivery|asserted",
    ),
    (
        "Norway would provide Ukraine with F-16 jets once conditions for the transfer have"
        " been met.",
        "F-16|NOR|UKR|delivery|expected;!F-16|NOR|UKR|delivery|asserted",
    ),
    ("Russia once supplied MiG-29 jets to Peru.", "MiG-29|RUS|PER|delivery|asserted"),
    (
        "The Pentagon is examining a possible sale of F-35 jets to Saudi Arabia, although the"
        " scope of the request has not yet been publicly disclosed.",
        "F-35|USA|SAU|negotiation|asserted;!F-35|USA|SAU|negotiation|denied",
    ),
    (
        "A spokeswoman refused to offer details on the plans to purchase the CH-47 Chinook,"
        " Canada said.",
        "CH-47|USA|CAN|negotiation|asserted;!CH-47|USA|CAN|negotiation|denied",
    ),
    (
        "Denmark will send F-16 jets to Ukraine; conditions include but are not limited to"
        " trained pilots.",
        "F-16|DNK|UKR|delivery|expected;!F-16|DNK|UKR|delivery|denied",
    ),
]


# A bracketed aside with a step of its own speaks of the system before it; the list it
# interrupts stays one list (predications._aside_of, _coordinated).
ASIDES = [
    (
        "Last year, Algeria took delivery of six Mi-26 helicopters (another eight are due for"
        " delivery), a batch of Pantsir-S1 systems and a consignment of new T-90SA tanks.",
        "Mi-26|RUS|DZA|delivery|asserted;Mi-26|RUS|DZA|delivery|expected;"
        "Pantsir|RUS|DZA|delivery|asserted;T-90|RUS|DZA|delivery|asserted;"
        "!Pantsir|RUS|DZA|delivery|expected;!T-90|RUS|DZA|delivery|expected",
    ),
    (
        "Peru received two KT-1 trainers (more are to be delivered in 2026) and four Mi-17"
        " helicopters.",
        "KT-1|KOR|PER|delivery|asserted;KT-1|KOR|PER|delivery|expected;"
        "Mi-17|RUS|PER|delivery|asserted;!Mi-17|RUS|PER|delivery|expected",
    ),
]


# A reaction told through the deal noun alone makes no claim of its own (CLAIMS.md rule 7:
# stage.exclusion_deal_reaction); a reaction naming what was sold keeps it.
REACTIONS = [
    (
        "Turkey bought S-400 systems from Russia in 2017. Investors were unsettled by the deal.",
        "S-400|RUS|TUR|agreement|asserted",
    ),
    (
        "Washington removed Turkey from the F-35 programme in 2019. Investors were unsettled by"
        " the deal.",
        "F-35|USA|TUR|cancelled|asserted;!F-35|USA|TUR|agreement|asserted",
    ),
]


def test_reaction_leaves_the_deal_undated() -> None:
    text = (
        "Morocco signed for 24 AH-64 Apache helicopters in 2020. Algeria criticised the"
        " purchase last year."
    )
    claims = extract(Article(doc="t", text=text, published="2024-05-01"))
    assert {(c.system, c.stage.value, c.when) for c in claims} == {("AH-64", "agreement", "2020")}


# Requests and contests: asking or lobbying to be sent a system is a negotiation
# (stage.request_to_receive), and so is vying to supply one (stage.competition); a maker's
# rival is no party (roles.not_a_party_before); discussing "the supply" of a system names no
# giver by its subject (roles.weighing takes a gerund or an infinitive only).
REQUESTS = [
    (
        "Ukraine has been lobbying to receive F-16 jets from the United States.",
        "F-16|USA|UKR|negotiation|asserted;!F-16|USA|UKR|delivery|expected",
    ),
    (
        "Kyiv is pressing Washington to supply ATACMS missiles.",
        "ATACMS|USA|UKR|negotiation|asserted;!ATACMS|USA|UKR|delivery|expected",
    ),
    (
        "Saab is competing with Dassault to supply Gripen jets to Colombia.",
        "Gripen|SWE|COL|negotiation|asserted;!Gripen|FRA|COL|negotiation|asserted",
    ),
    (
        "The Gripen and the Rafale are vying to supply India with 114 fighters.",
        "Gripen|SWE|IND|negotiation|asserted;Rafale|FRA|IND|negotiation|asserted",
    ),
    (
        "Serbia discussed the supply of Mi-17 helicopters with Russia.",
        "Mi-17|RUS|SRB|negotiation|asserted",
    ),
    (
        "Spain is considering providing Leopard 2 tanks to Ukraine.",
        "Leopard 2|ESP|UKR|negotiation|asserted",
    ),
]


# Refusing further deliveries cancels the rest of an order (stage.refused_further); a deal
# "to the embassy" is no "deal to cooperate" idiom (stage.exclusions).
REFUSALS = [
    (
        "Algeria refused further deliveries of MiG-29 jets after 15 had been received from Russia.",
        "MiG-29|RUS|DZA|cancelled|asserted;MiG-29|RUS|DZA|delivery|asserted",
    ),
    (
        "Peru refused delivery of the KT-1 trainers from South Korea.",
        "KT-1|KOR|PER|delivery|denied;!KT-1|KOR|PER|cancelled|asserted",
    ),
]


def test_time_adverbial_is_no_part_of_the_source() -> None:
    text = "Last week the ministry said Peru had signed a contract for 24 KT-1 trainers."
    claims = extract(Article(doc="t", text=text, published="2024-05-01"))
    assert {c.source for c in claims} == {"the ministry"}


# "It" as the subject of a passive signing, halt or delivery opening a sentence speaks of the
# deal in focus (nouns.elliptic_subject).
PRONOUNS = [
    (
        "Egypt ordered K9 howitzers from South Korea in 2017. It was postponed after the coup.",
        "K9|KOR|EGY|agreement|asserted;K9|KOR|EGY|postponed|asserted",
    ),
    (
        "Egypt ordered K9 howitzers from South Korea in 2017. It was said to be cheaper.",
        "K9|KOR|EGY|agreement|asserted;!K9|KOR|EGY|postponed|asserted",
    ),
]


# Preparing a handover expects it (factuality.expected); signing the acceptance certificate
# hands the systems over (stage.acceptance_signed).
HANDOVERS = [
    (
        "Work is under way to prepare the handover of the second Talwar frigate to India.",
        "Talwar|RUS|IND|delivery|expected;!Talwar|RUS|IND|delivery|asserted",
    ),
    (
        "Egypt and Russia signed the acceptance certificate for the Su-35 jets.",
        "Su-35|RUS|EGY|delivery|asserted;!Su-35|RUS|EGY|agreement|asserted",
    ),
]


# Headlines: hinting at a purchase is an intention (stage.hint_at_purchase); the system a
# buyer picks another over is a rival, no party (roles.not_a_party_before); "after F-35
# exit" is that system's cancellation, which neither governs nor lends itself to the step
# before it (stage.removed_from_programme, stage.halt_before_break); "to get used" tanks are
# received (stage.get_first); approving exports is an approval (stage.approve_sale);
# deliveries that slip are postponed (stage.postponed); "Shahed" with a weapon noun is the
# Shahed-136 (an ambiguous alias).
HEADLINES = [
    (
        "Egypt hints at J-10C purchase",
        "J-10|CHN|EGY|negotiation|asserted;!J-10|CHN|EGY|agreement|asserted",
    ),
    ("Morocco mulls Patriot over Russian systems", "Patriot|USA|MAR|negotiation|asserted"),
    ("Chile is to get used Leopard 2 tanks from Germany.", "Leopard 2|DEU|CHL|delivery|expected"),
    (
        "Germany approves Leopard 2 exports to Ukraine",
        "Leopard 2|DEU|UKR|negotiation|asserted;!Leopard 2|DEU|UKR|delivery|asserted",
    ),
    (
        "Leopard 2 deliveries to Ukraine slip",
        "Leopard 2|DEU|UKR|postponed|asserted;!Leopard 2|DEU|UKR|delivery|asserted",
    ),
    ("Iran denies supplying Shahed drones to Russia", "Shahed-136|IRN|RUS|delivery|denied"),
    (
        "Turkey eyes Eurofighter after F-35 exit",
        "Eurofighter|negotiation|asserted;F-35|USA|TUR|cancelled|asserted;"
        "!Eurofighter|cancelled|asserted",
    ),
]


BATTERIES = (
    PROBES + SCHEDULES + ASIDES + REACTIONS + REQUESTS + REFUSALS + PRONOUNS + HANDOVERS + HEADLINES
)


@pytest.mark.parametrize(("text", "spec"), BATTERIES)
def test_probe(text: str, spec: str) -> None:
    _check(text, spec)
