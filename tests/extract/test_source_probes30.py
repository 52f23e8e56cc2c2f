"""Where each system came from, and systems in a fleet.

- A count before a plural ambiguous name vouches for it as a weapon ("12 used Typhoons"); a
  capitalised word between does not ("17 Golden Arrows" is a squadron: mentions._counted).
- A gapped clause that keeps a count and its source ("12 from Oman") names a second supplier
  (roles.gapped_from), and a gapped clause's subject ("and Denmark 19") gives, never receives.
- A state's official name ("the Kingdom of Denmark") is the state (ISO 3166 official names).
- A system a state flies or operates, told as bought from a supplier, is delivered
  (stage.fleet_bought; CLAIMS.md rule 10).
- A contract's infinitive names what was agreed however long the contract's other side
  ("a contract with the Ruritanian Ministry of National Defence to supply": stage.deal_to).
- In a list where each system names its source ("JF-17 jets from Pakistan, A-29 aircraft from
  the United States"), each is supplied from its own (roles.own_from).

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims
from tests.extract.test_factuality_probes2 import _check

PROBES = [
    (
        "Ankara has agreed to buy 12 used Typhoons from Qatar and 12 from Oman.",
        "Eurofighter|QAT|TUR|agreement|asserted;Eurofighter|OMN|TUR|agreement|asserted",
    ),
    (
        "Kyiv received six Leopard 2 tanks from Poland, four from Spain.",
        "Leopard 2|POL|UKR|delivery|asserted;Leopard 2|ESP|UKR|delivery|asserted",
    ),
    (
        "Norway has promised F-16 jets to Ukraine. Norway will send six F-16 jets and Denmark"
        " 19, the two governments said.",
        "F-16|NOR|UKR|delivery|expected;F-16|DNK|UKR|delivery|expected;"
        "!F-16|NOR|DNK|delivery|expected",
    ),
    (
        "The first six F-16 jets acquired from the Kingdom of Denmark reached Argentina.",
        "F-16|DNK|ARG|delivery|asserted;!F-16|USA|ARG|delivery|asserted",
    ),
    (
        "Algeria still flies Su-30 and MiG-29 jets bought from Russia.",
        "Su-30|RUS|DZA|delivery|asserted;MiG-29|RUS|DZA|delivery|asserted;"
        "!MiG-29|RUS|DZA|agreement|asserted",
    ),
    (
        "Peru operates MiG-29 fighters purchased from Belarus in 1996.",
        "MiG-29|BLR|PER|delivery|asserted",
    ),
    (
        "Hanwha has signed a contract with the Ministry of National Defence of Romania to"
        " supply 54 K9 howitzers.",
        "K9|KOR|ROU|agreement|asserted;!K9|KOR|ROU|delivery|asserted",
    ),
    (
        "The Nigerian Air Force had inducted JF-17 jets from Pakistan, A-29 Super Tucano"
        " aircraft from the United States and Wing Loong II drones from China.",
        "JF-17|PAK|NGA|delivery|asserted;A-29|USA|NGA|delivery|asserted;"
        "Wing Loong II|CHN|NGA|delivery|asserted;!A-29|PAK|NGA|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("text", "spec"), PROBES)
def test_probe(text: str, spec: str) -> None:
    _check(text, spec)


def test_a_squadron_name_is_no_system() -> None:
    text = "The first Rafale jets were flown to India by pilots of the 17 Golden Arrows."
    assert not any(c[0] == "Arrow" for c in probe_claims(text))


# Engines and spare parts shipped are no step of the platform they are for
# (stage.exclusion_components; CLAIMS.md rule 10).
COMPONENTS = [
    ("Shipments of spare parts for Egypt's MiG-29 fleet from Russia resumed.", set()),
    (
        "Late supplies of F404 engines from the United States held up the Tejas programme.",
        set(),
    ),
    (
        "Russia resumed shipments of MiG-29 jets to Egypt.",
        {("MiG-29", "RUS", "EGY", "delivery", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPONENTS)
def test_components(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert probe_claims(text) == expected


def test_a_stopgap_purchase_is_the_topic_not_what_it_waits_for() -> None:
    """A system named only in a clause of time after the main step ("until the Rafales
    arrive") is not the one "the purchase" takes up next (nouns.subordinate_topic)."""
    text = (
        "Indonesia ordered 42 Rafale jets from France in 2022. The first Rafale jets arrive in"
        " 2026. Indonesia signed a deal to buy 12 used Mirage 2000 jets from Qatar as a stopgap"
        " until the Rafales arrive. The purchase was cancelled in February."
    )
    got = probe_claims(text)
    assert ("Mirage 2000", "QAT", "IDN", "cancelled", "asserted") in got
    assert not any(c[0] == "Rafale" and c[3] == "cancelled" for c in got)
