"""Several systems and several parties in one sentence, end to end on sentences written here:
a list of systems under one verb gives one claim per system and pair (CLAIMS.md rule 2), a
list of suppliers or buyers one claim per party, and the parties of one clause are not another
clause's.

A key is "system|supplier|recipient|stage|factuality".
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_keys

# An ambiguous name ("Caesar", "Archer", "Zuzana") heading a list of systems is vouched for by
# the weapon noun after the list's last member (text.system_list_gap).
AMBIGUOUS_IN_LIST = [
    (
        "France, Germany and the US have delivered Caesar, PzH 2000 and M109 howitzers to Ukraine.",
        {
            "Caesar|FRA|UKR|delivery|asserted",
            "PzH 2000|DEU|UKR|delivery|asserted",
            "M109|USA|UKR|delivery|asserted",
        },
    ),
    (
        "Sweden will send Archer, Leopard 2 and CV90 vehicles to Ukraine.",
        {
            "Archer|SWE|UKR|delivery|expected",
            "Leopard 2|SWE|UKR|delivery|expected",
            "CV90|SWE|UKR|delivery|expected",
        },
    ),
    (
        "Ukraine has received Zuzana, Krab and M109 howitzers from its allies.",
        {
            "Zuzana|SVK|UKR|delivery|asserted",
            "Krab|POL|UKR|delivery|asserted",
            "M109|USA|UKR|delivery|asserted",
        },
    ),
]


@pytest.mark.parametrize(("text", "keys"), AMBIGUOUS_IN_LIST)
def test_an_ambiguous_name_in_a_list_of_weapons_is_a_system(text: str, keys: set[str]) -> None:
    assert keys <= claim_keys(text)


def test_an_ambiguous_name_with_no_weapon_noun_stays_a_name() -> None:
    # The man, not the howitzer: the list he is in ends with no weapon noun.
    keys = claim_keys("Caesar, the general, praised the PzH 2000 howitzers sent to Ukraine.")
    assert not any(k.startswith("Caesar|") for k in keys)


# A companion set off by commas ("Chile, together with Peru, received") takes the verb after
# the closing comma too (roles.party_aside).
ASIDE = [
    (
        "Slovakia, along with Poland, delivered MiG-29 jets to Ukraine.",
        {"MiG-29|SVK|UKR|delivery|asserted", "MiG-29|POL|UKR|delivery|asserted"},
    ),
    (
        "Slovakia, as well as Poland, delivered MiG-29 jets to Ukraine.",
        {"MiG-29|SVK|UKR|delivery|asserted", "MiG-29|POL|UKR|delivery|asserted"},
    ),
    (
        "Germany, together with the Netherlands, will supply PzH 2000 howitzers to Ukraine.",
        {"PzH 2000|DEU|UKR|delivery|expected", "PzH 2000|NLD|UKR|delivery|expected"},
    ),
    (
        "Norway, alongside Denmark, has bought CV90 vehicles from Sweden.",
        {"CV90|SWE|NOR|agreement|asserted", "CV90|SWE|DNK|agreement|asserted"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), ASIDE)
def test_a_companion_set_off_by_commas_takes_the_verb(text: str, keys: set[str]) -> None:
    assert keys <= claim_keys(text)


def test_a_companion_after_the_recipient_is_no_recipient() -> None:
    # No closing comma: "along with France" is no aside, France does not receive.
    keys = claim_keys("Germany sent Leopard 2 tanks to Ukraine, along with France.")
    assert "Leopard 2|DEU|FRA|delivery|asserted" not in keys
    assert "Leopard 2|DEU|UKR|delivery|asserted" in keys


# "Respectively" pairs the k-th listed system with the k-th listed party (roles.respectively);
# without it every listed party takes every listed system.
RESPECTIVE = [
    (
        "Russia delivered Su-35 and Su-30 jets to Algeria and Egypt respectively.",
        {"Su-35|RUS|DZA|delivery|asserted", "Su-30|RUS|EGY|delivery|asserted"},
    ),
    (
        "France and Germany delivered Caesar and PzH 2000 howitzers to Ukraine, respectively.",
        {"Caesar|FRA|UKR|delivery|asserted", "PzH 2000|DEU|UKR|delivery|asserted"},
    ),
    (
        "Greece and Turkey bought F-35 and S-400 systems respectively from the US and Russia.",
        {"F-35|USA|GRC|agreement|asserted", "S-400|RUS|TUR|agreement|asserted"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), RESPECTIVE)
def test_respectively_pairs_the_lists_in_order(text: str, keys: set[str]) -> None:
    assert claim_keys(text) == keys


def test_without_respectively_each_party_takes_each_system() -> None:
    keys = claim_keys("Russia delivered Su-35 and Su-30 jets to Algeria and Egypt.")
    assert {
        "Su-35|RUS|DZA|delivery|asserted",
        "Su-35|RUS|EGY|delivery|asserted",
        "Su-30|RUS|DZA|delivery|asserted",
        "Su-30|RUS|EGY|delivery|asserted",
    } <= keys


def test_respectively_with_one_system_keeps_every_party() -> None:
    keys = claim_keys("Qatar and Egypt received Rafale jets in 2019 and 2015 respectively.")
    assert {"Rafale|FRA|QAT|delivery|asserted", "Rafale|FRA|EGY|delivery|asserted"} <= keys


# Two clauses, each with its own giver and its own system: one clause's subject is neither
# party of the other clause's system (an earlier sentence names the buyer).
EARLIER = "Ukraine received Patriot batteries from Germany last year. "
CLAUSES = [
    (
        EARLIER + "Finland will provide NASAMS launchers, while Sweden and Norway will provide "
        "RBS 70 missiles.",
        {
            "NASAMS|FIN|UKR|delivery|expected",
            "RBS 70|SWE|UKR|delivery|expected",
            "RBS 70|NOR|UKR|delivery|expected",
        },
    ),
    (
        EARLIER + "Poland will send Krab howitzers, while Slovakia will send Zuzana howitzers.",
        {"Krab|POL|UKR|delivery|expected", "Zuzana|SVK|UKR|delivery|expected"},
    ),
    (
        EARLIER + "Estonia will provide Javelin missiles, while Latvia and Lithuania will "
        "provide Stinger missiles.",
        {
            "Javelin|EST|UKR|delivery|expected",
            "Stinger|LVA|UKR|delivery|expected",
            "Stinger|LTU|UKR|delivery|expected",
        },
    ),
    (
        "India ordered Rafale jets from France, and Pakistan bought J-10 jets from China.",
        {"Rafale|FRA|IND|agreement|asserted", "J-10|CHN|PAK|agreement|asserted"},
    ),
    (
        "Greece will receive Rafale jets, while Croatia will receive used Rafale jets.",
        {"Rafale|FRA|GRC|delivery|expected", "Rafale|FRA|HRV|delivery|expected"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), CLAUSES)
def test_each_clause_keeps_its_own_parties(text: str, keys: set[str]) -> None:
    assert claim_keys(text) - {"Patriot|DEU|UKR|delivery|asserted"} == keys


# An apposed list closed by a comma before its auxiliary takes the verb after the comma
# (roles.party_list_close).
APPOSED = [
    (
        "The Baltic states, Estonia, Latvia and Lithuania, will donate Stinger missiles to Kyiv.",
        {
            "Stinger|EST|UKR|delivery|expected",
            "Stinger|LVA|UKR|delivery|expected",
            "Stinger|LTU|UKR|delivery|expected",
        },
    ),
    (
        "Two Nordic neighbours, Denmark and Norway, have ordered CV90 vehicles from Sweden.",
        {"CV90|SWE|DNK|agreement|asserted", "CV90|SWE|NOR|agreement|asserted"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), APPOSED)
def test_an_apposed_list_takes_the_verb(text: str, keys: set[str]) -> None:
    assert keys <= claim_keys(text)


# A promise of a long list of systems is still a pledge (stage.pledge, CLAIMS.md rule 9).
PROMISED = [
    (
        "Germany promised Leopard 2 tanks and Marder vehicles to Ukraine.",
        {"Leopard 2|DEU|UKR|agreement|asserted", "Marder|DEU|UKR|agreement|asserted"},
    ),
    (
        "Paris has promised six Caesar howitzers, two Crotale units and VAB carriers to Kyiv.",
        {
            "Caesar|FRA|UKR|agreement|asserted",
            "Crotale|FRA|UKR|agreement|asserted",
            "VAB|FRA|UKR|agreement|asserted",
        },
    ),
    (
        "Britain promised 14 Challenger 2 tanks and 30 AS-90 howitzers for Ukraine's army.",
        {"Challenger 2|GBR|UKR|agreement|asserted", "AS-90|GBR|UKR|agreement|asserted"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), PROMISED)
def test_a_promised_list_is_a_pledge(text: str, keys: set[str]) -> None:
    assert keys <= claim_keys(text)


def test_a_promise_of_a_clause_is_no_pledge() -> None:
    keys = claim_keys("The minister promised the crowd that he would try to buy F-35 jets.")
    assert not any("|agreement|" in k for k in keys)


# One system, a list of buyers or givers: one claim per listed party (already read so; kept
# here as the construction's probes).
ONE_SYSTEM_MANY_PARTIES = [
    (
        "Egypt, Qatar and India have bought the Rafale.",
        {"Rafale|FRA|EGY|agreement|asserted", "Rafale|FRA|QAT|agreement|asserted"},
    ),
    (
        "Estonia, Latvia and Lithuania will send Javelin and Stinger missiles to Ukraine.",
        {"Javelin|LVA|UKR|delivery|expected", "Stinger|EST|UKR|delivery|expected"},
    ),
    (
        "Pakistan has exported JF-17 jets to Myanmar, Nigeria and Azerbaijan.",
        {"JF-17|PAK|MMR|delivery|asserted", "JF-17|PAK|AZE|delivery|asserted"},
    ),
    (
        "Both Egypt and Algeria have taken delivery of MiG-29 jets.",
        {"MiG-29|RUS|EGY|delivery|asserted", "MiG-29|RUS|DZA|delivery|asserted"},
    ),
    (
        "Lithuania and Latvia did not send NASAMS to Ukraine.",
        {"NASAMS|LTU|UKR|delivery|denied", "NASAMS|LVA|UKR|delivery|denied"},
    ),
    (
        "Canada and Norway may send NASAMS to Ukraine.",
        {"NASAMS|CAN|UKR|delivery|possible", "NASAMS|NOR|UKR|delivery|possible"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), ONE_SYSTEM_MANY_PARTIES)
def test_each_listed_party_takes_the_system(text: str, keys: set[str]) -> None:
    assert keys <= claim_keys(text)


# Listed parties that each keep their own date, or repeat their preposition (roles.party_list).
DATED = [
    (
        "The Spike launcher was ordered by Chile in 2019 and Peru in 2021.",
        {"Spike|ISR|CHL|agreement|asserted", "Spike|ISR|PER|agreement|asserted"},
    ),
    (
        "Turkey delivered Kirpi vehicles to Tunisia from 2019 and to Uganda in 2022.",
        {"Kirpi|TUR|TUN|delivery|asserted", "Kirpi|TUR|UGA|delivery|asserted"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), DATED)
def test_listed_parties_may_keep_their_own_dates(text: str, keys: set[str]) -> None:
    assert claim_keys(text) == keys


def test_a_date_and_a_comma_close_the_list() -> None:
    """ "..., and Estonia placed an order" opens a clause of its own: Estonia is no receiver
    of Germany's deliveries."""
    keys = claim_keys(
        "Germany has supplied IRIS-T batteries to Ukraine since 2022, and Estonia placed an order."
    )
    assert "IRIS-T|DEU|UKR|delivery|asserted" in keys
    assert "IRIS-T|DEU|EST|delivery|asserted" not in keys


def test_a_supplier_after_a_list_of_systems_supplies_each() -> None:
    """ "from Belarus" after "MiG-29 and Su-25 aircraft" is both systems' supplier, not only the
    nearer one's (a phrase after another, unlisted system stays that one's)."""
    keys = claim_keys("Peru operates MiG-29 and Su-25 aircraft acquired from Belarus in the 1990s.")
    assert keys == {"MiG-29|BLR|PER|delivery|asserted", "Su-25|BLR|PER|delivery|asserted"}
    keys = claim_keys("Chile bought Rafale jets from France and Su-35 jets from Russia.")
    assert keys == {"Rafale|FRA|CHL|agreement|asserted", "Su-35|RUS|CHL|agreement|asserted"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "The Kirpi vehicle has found buyers in Tunisia, Uganda and Bahrain.",
            {
                "Kirpi|TUR|TUN|agreement|asserted",
                "Kirpi|TUR|UGA|agreement|asserted",
                "Kirpi|TUR|BHR|agreement|asserted",
            },
        ),
        (
            "The Zuzana 2 howitzer won a single new customer, Ukraine.",
            {"Zuzana|SVK|UKR|agreement|asserted"},
        ),
    ],
)
def test_a_system_that_found_buyers_was_sold_to_each(text: str, keys: set[str]) -> None:
    """stage.found_buyer, and 'buyers in X' naming the receiver (roles.recipient_before)."""
    assert claim_keys(text) == keys
