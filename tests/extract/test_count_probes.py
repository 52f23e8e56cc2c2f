"""Steps told by counts and follow-ups, end to end on texts written here: after a sentence naming
a system and its deal, a counted subject ("only two", "half of them", "eight were delivered")
or a rest that followed ("the remaining six followed") speaks of that system; a count of
something else makes no step. A rest that "will follow" is a delivery still to come
(``FOLLOWS``, read by stage.will_follow).

Each probe is a short article and a claim key it must give ("system|supplier|recipient|stage|
factuality"); the quiet ones a key it must not give.
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_keys

COUNTED = [
    (
        "Peru bought ten Leopard 2 tanks from Germany in 2018. Four arrived in 2019 and the "
        "remaining six followed a year later.",
        "Leopard 2|DEU|PER|delivery|asserted",
    ),
    (
        "Poland signed a deal for 32 F-35 fighters in 2020. Only two have been delivered so far.",
        "F-35|USA|POL|delivery|asserted",
    ),
    (
        "Morocco ordered 25 F-16 jets from the United States. Half of them have already arrived.",
        "F-16|USA|MAR|delivery|asserted",
    ),
    (
        "Brazil signed for 36 Gripen fighters from Sweden. Eight have been delivered so far.",
        "Gripen|SWE|BRA|delivery|asserted",
    ),
]

# A rest that "will follow". An earlier cue for them ("the remaining six will follow",
# stage.count_follows) was dropped: its count words and digits opened a match at most words of any
# text (find_cues 3x slower). stage.will_follow is anchored on "follow" and checks the modal
# behind it instead.
FOLLOWS = [
    (
        "Egypt ordered 24 Rafale jets from France in 2021. The remaining six are to follow "
        "next year.",
        "Rafale|FRA|EGY|delivery|expected",
    ),
    (
        "Norway agreed to supply NASAMS launchers to Ukraine. The rest will follow next year.",
        "NASAMS|NOR|UKR|delivery|expected",
    ),
    (
        "Hungary ordered 44 Leopard 2 tanks from Germany. The first four were handed over in "
        "2020, and the remaining 40 will follow by 2025.",
        "Leopard 2|DEU|HUN|delivery|expected",
    ),
    (
        "Germany agreed to send IRIS-T systems to Ukraine. The first one arrived in October, "
        "and three more will follow in 2023.",
        "IRIS-T|DEU|UKR|delivery|expected",
    ),
    (
        "Chile signed for six K9 howitzers from South Korea. Another two are due to follow "
        "in 2027.",
        "K9|KOR|CHL|delivery|expected",
    ),
]

# (text, a key prefix that must not appear)
QUIET = [
    (
        "Egypt signed for Rafale jets in 2015. Eight were killed when a bus crashed near Cairo.",
        "Rafale|FRA|EGY|delivery",
    ),
    (
        "Greece bought Rafale jets from France. Talks on the frigates followed in June.",
        "Rafale|FRA|GRC|negotiation",
    ),
    (
        "Poland ordered K2 tanks from South Korea. Only two ministers attended the ceremony.",
        "K2|KOR|POL|delivery",
    ),
    (
        "Brazil bought Gripen fighters from Sweden. The remaining questions will be settled later.",
        "Gripen|SWE|BRA|delivery",
    ),
    (
        "India ordered Rafale jets in 2016. Half of the budget was spent on pensions.",
        "Rafale|FRA|IND|delivery",
    ),
    (
        "Morocco ordered F-16 jets. Six were arrested in Rabat on Monday.",
        "F-16|USA|MAR|delivery",
    ),
]


@pytest.mark.parametrize(("text", "key"), COUNTED)
def test_a_counted_subject_is_the_system_in_focus(text: str, key: str) -> None:
    assert key in claim_keys(text)


@pytest.mark.parametrize(("text", "key"), FOLLOWS)
def test_a_rest_that_will_follow_is_expected(text: str, key: str) -> None:
    assert key in claim_keys(text)


@pytest.mark.parametrize(("text", "prefix"), QUIET)
def test_a_count_of_something_else_makes_no_step(text: str, prefix: str) -> None:
    assert not any(k.startswith(prefix) for k in claim_keys(text))
