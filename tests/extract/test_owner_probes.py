"""A state's possessive on a system ("Denmark's F-16 jets") reads as its state adjective does
("the Danish F-16s"; roles.owner_possessive): the maker, or the owner, who passes the system on
when another party receives it (a donation, a second-hand sale) and receives it otherwise.

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

PROBES = [
    # The owner passes its systems on to the party named as receiving them.
    (
        "Denmark's F-16 jets will be donated to Ukraine.",
        "F-16|DNK|UKR|delivery|expected;!F-16|USA|UKR|delivery|expected",
    ),
    (
        "Norway's old F-16s were sold to Romania in 2022.",
        "F-16|NOR|ROU|agreement|asserted;!F-16|USA|ROU|agreement|asserted",
    ),
    ("Jordan's surplus F-16s were transferred to Ukraine.", "F-16|JOR|UKR|delivery|asserted"),
    (
        "Ukraine received Belgium's F-16 jets in the spring.",
        "F-16|BEL|UKR|delivery|asserted;!F-16|USA|UKR|delivery|asserted",
    ),
    (
        "The Netherlands' Patriot launchers will be sent to Ukraine.",
        "Patriot|NLD|UKR|delivery|expected;!Patriot|USA|UKR|delivery|expected",
    ),
    # With the supplier named, the owner is the one that receives.
    ("Poland's new K2 tanks arrived in Gdynia from South Korea.", "K2|KOR|POL|delivery|asserted"),
    ("Egypt's Rafale jets were delivered by France in 2015.", "Rafale|FRA|EGY|delivery|asserted"),
    # The maker's possessive names the maker, who supplies.
    ("Argentina could soon buy China's JF-17 fighters.", "JF-17|CHN|ARG|agreement|possible"),
    ("Sweden's Archer howitzers will be donated to Ukraine.", "Archer|SWE|UKR|delivery|expected"),
    # A possessive on another noun is no owner of the system.
    ("Peru's order for K2 tanks from South Korea was signed.", "K2|KOR|PER|agreement|asserted"),
]


# Where a shipment arrived or landed is who received it (roles.recipient_before), and a state
# adjective after a comma qualifies the name after it, not the list before it
# (roles.adjective_after_comma).
ARRIVALS = [
    (
        "Danish F-16s arrived in Ukraine on Monday.",
        "F-16|DNK|UKR|delivery|asserted;!F-16|USA|DNK|delivery|asserted",
    ),
    ("The first Swedish CV90s landed in Slovakia.", "CV90|SWE|SVK|delivery|asserted"),
    ("The first K2 tanks arrived in Poland from South Korea.", "K2|KOR|POL|delivery|asserted"),
    (
        "German IRIS-T launchers arrive in Ukraine, American NASAMS expected to follow.",
        "IRIS-T|DEU|UKR|delivery|asserted;!IRIS-T|DEU|USA|delivery|asserted",
    ),
    (
        "Norway delivered NASAMS to Latvia, Estonia and Lithuania.",
        "NASAMS|NOR|LVA|delivery|asserted;NASAMS|NOR|EST|delivery|asserted;NASAMS|NOR|LTU|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("text", "spec"), PROBES + ARRIVALS)
def test_owner_probe(text: str, spec: str) -> None:
    _check(text, spec)
