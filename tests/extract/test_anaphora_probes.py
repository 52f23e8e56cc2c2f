"""A state named by a description ("the kingdom", "the Gulf state", "the Nordic country"),
end to end on texts written here: the description stands for the most-named state of the
article that fits it, named before the sentence.

Each probe is a short article and a claim key it must give ("system|supplier|recipient|stage|
factuality"); the quiet ones a key it must not give.
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_keys

DESCRIBED = [
    (
        "Saudi Arabia's crown prince visited Paris on Monday. "
        "France will deliver 26 Rafale fighters to the kingdom next year.",
        "Rafale|FRA|SAU|delivery|expected",
    ),
    (
        "Morocco has long relied on US weapons. Washington approved the sale of 24 AH-64 "
        "Apache helicopters to the North African country.",
        "AH-64|USA|MAR|negotiation|asserted",
    ),
    (
        "Poland bought K2 tanks from Seoul in 2022. Germany delivered Leopard 2 tanks to "
        "Ukraine. The Central European country will also receive 96 AH-64 Apache helicopters.",
        "AH-64|USA|POL|delivery|expected",
    ),
    (
        "The emir of Qatar met Italian officials. Italy delivered four FREMM frigates to Egypt. "
        "The emirate will receive NASAMS from Norway.",
        "NASAMS|NOR|QAT|delivery|expected",
    ),
    (
        "Jordan's king toured an American air base last week. "
        "The United States sold six F-16 jets to the kingdom in 2018.",
        "F-16|USA|JOR|agreement|asserted",
    ),
    (
        "Kuwait is modernising its air force. Italy has delivered the first Eurofighter "
        "Typhoons to the Gulf state.",
        "Eurofighter|ITA|KWT|delivery|asserted",
    ),
    (
        "Finland chose a new fighter in 2021. The United States will deliver 64 F-35 jets to "
        "the Nordic country from 2026.",
        "F-35|USA|FIN|delivery|expected",
    ),
    (
        "Taiwan's defence ministry said on Friday that talks were going well. Washington has "
        "approved the sale of 66 F-16 jets to the island nation.",
        "F-16|USA|TWN|negotiation|asserted",
    ),
    (
        "Bangladesh is looking for new jets. China delivered 16 J-7 fighters to the South "
        "Asian nation in 2013.",
        "J-7|CHN|BGD|delivery|asserted",
    ),
    (
        "Oman's air force flies British jets. BAE Systems delivered 12 Eurofighter Typhoons to "
        "the sultanate in 2018.",
        "Eurofighter|GBR|OMN|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("text", "key"), DESCRIBED)
def test_a_described_state_is_the_one_in_focus(text: str, key: str) -> None:
    assert key in claim_keys(text)


QUIET = [
    # A description that fits a state the sentence names is that state, not another one.
    (
        "Egypt bought Rafale jets in 2015. Saudi Arabia said the kingdom will buy 48 "
        "Eurofighter Typhoons from Britain.",
        "Eurofighter|GBR|EGY|",
    ),
    # An indefinite description names no state ("a European country").
    (
        "Hungary has long flown Gripen jets. Brazil sold two C-390 aircraft to a European country.",
        "C-390|BRA|HUN|",
    ),
    # A description no earlier state fits stays open.
    (
        "Germany and Ukraine held talks. France will deliver 26 Rafale fighters to the Gulf "
        "state next year.",
        "Rafale|FRA|DEU|",
    ),
]


@pytest.mark.parametrize(("text", "prefix"), QUIET)
def test_a_description_takes_no_unfitting_state(text: str, prefix: str) -> None:
    assert not any(k.startswith(prefix) for k in claim_keys(text))


# A count with no noun opening a sentence stands for the system in focus.
ELLIPTIC = [
    (
        "Egypt ordered 24 Rafale jets from France in 2015. The first one was handed over in 2016.",
        "Rafale|FRA|EGY|delivery|asserted",
    ),
    (
        "Egypt ordered 24 Rafale jets from France in 2015. The last two were delivered in 2019.",
        "Rafale|FRA|EGY|delivery|asserted",
    ),
    (
        "Algeria bought Su-30 fighters from Russia in 2019. Two more arrived in March.",
        "Su-30|RUS|DZA|delivery|asserted",
    ),
    (
        "Indonesia ordered 42 Rafale jets in 2022. Six of them were delivered in January.",
        "Rafale|FRA|IDN|delivery|asserted",
    ),
    (
        "Norway sent NASAMS to Ukraine in May. Two more will be delivered next year.",
        "NASAMS|NOR|UKR|delivery|expected",
    ),
    (
        "Poland has received 10 K2 tanks from South Korea. The remaining 170 are to be "
        "delivered by 2026.",
        "K2|KOR|POL|delivery|expected",
    ),
    (
        "Greece signed for 24 Rafale jets from France. Another six were handed over in July.",
        "Rafale|FRA|GRC|delivery|asserted",
    ),
    (
        "The Philippines ordered 12 FA-50 jets from South Korea. The first one arrived in "
        "November.",
        "FA-50|KOR|PHL|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("text", "key"), ELLIPTIC)
def test_a_count_with_no_noun_is_the_system_in_focus(text: str, key: str) -> None:
    assert key in claim_keys(text)


# A count before a noun of its own is no reference to the system.
@pytest.mark.parametrize(
    "text",
    [
        "Egypt ordered 24 Rafale jets from France in 2015. The first two years were hard.",
        "Egypt ordered 24 Rafale jets from France in 2015. Two more reasons were given.",
    ],
)
def test_a_counted_noun_is_no_reference(text: str) -> None:
    assert claim_keys(text) == {"Rafale|FRA|EGY|agreement|asserted"}


# Gapping: a party with a count of its own after the recipient, and no verb, is a second
# supplier of the same step.
GAPPED = [
    (
        "Finland will send three Leopard 2 tanks to Ukraine, and Norway eight.",
        {"Leopard 2|FIN|UKR|delivery|expected", "Leopard 2|NOR|UKR|delivery|expected"},
    ),
    (
        "Sweden will hand over ten Leopard 2 tanks to Ukraine, and Denmark six tanks.",
        {"Leopard 2|SWE|UKR|delivery|expected", "Leopard 2|DNK|UKR|delivery|expected"},
    ),
    (
        "Germany delivered 18 Leopard 2 tanks to Ukraine, Poland 14 and Canada eight.",
        {
            "Leopard 2|DEU|UKR|delivery|asserted",
            "Leopard 2|POL|UKR|delivery|asserted",
            "Leopard 2|CAN|UKR|delivery|asserted",
        },
    ),
    (
        "Spain will send six Leopard 2 tanks to Ukraine, Portugal three.",
        {"Leopard 2|ESP|UKR|delivery|expected", "Leopard 2|PRT|UKR|delivery|expected"},
    ),
    (
        "In 2023 Norway sent two NASAMS launchers to Ukraine, and Canada one.",
        {"NASAMS|NOR|UKR|delivery|asserted", "NASAMS|CAN|UKR|delivery|asserted"},
    ),
    (
        "Latvia has donated Stinger missiles to Ukraine, and Lithuania a dozen more.",
        {"Stinger|LVA|UKR|delivery|asserted", "Stinger|LTU|UKR|delivery|asserted"},
    ),
    (
        "The Netherlands delivered 24 F-16 jets to Ukraine, while Denmark 19.",
        {"F-16|NLD|UKR|delivery|asserted", "F-16|DNK|UKR|delivery|asserted"},
    ),
    (
        "Slovakia gave 13 MiG-29 jets to Ukraine, and Poland 14.",
        {"MiG-29|SVK|UKR|delivery|asserted", "MiG-29|POL|UKR|delivery|asserted"},
    ),
]


@pytest.mark.parametrize(("text", "keys"), GAPPED)
def test_a_gapped_subject_supplies_too(text: str, keys: set[str]) -> None:
    got = claim_keys(text)
    assert keys <= got
    # ... and is no second buyer.
    assert not any(k.split("|")[2] in {s.split("|")[1] for s in keys} for k in got)


# Listed buyers, or a count that is no gapped clause, stay buyers.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Seoul sold K9 howitzers to Poland, Norway and Estonia.", "K9|KOR|NOR|agreement|asserted"),
        (
            "Germany delivered 18 Leopard 2 tanks to Ukraine and Poland in 2023.",
            "Leopard 2|DEU|POL|delivery|asserted",
        ),
    ],
)
def test_listed_buyers_stay_buyers(text: str, key: str) -> None:
    assert key in claim_keys(text)


# A step told before the article names its one buyer, and naming none, is that buyer's.
ONE_BUYER = [
    (
        "Russia has frozen the Su-35 contract. Indonesia signed for 42 Rafale jets from France "
        "in 2022. It also ordered 24 F-15EX jets from the US.",
        "Su-35|RUS|IDN|postponed|asserted",
    ),
    (
        "Moscow postponed Su-35 deliveries. Egypt received 24 Rafale jets from France in 2020.",
        "Su-35|RUS|EGY|postponed|asserted",
    ),
    (
        "The Su-35 deal was signed in 2018. Indonesia bought 42 Rafale jets from France in "
        "2022, and 24 F-15EX jets from the US.",
        "Su-35|RUS|IDN|agreement|asserted",
    ),
    (
        "Delays hit the Su-35 contract. Algeria took delivery of 14 Su-30 jets from Russia.",
        "Su-35|RUS|DZA|postponed|asserted",
    ),
    (
        "Seoul offered K9 howitzers. Poland ordered 250 Abrams tanks from the US and K2 tanks "
        "from South Korea.",
        "K9|KOR|POL|negotiation|asserted",
    ),
    (
        "Italy cancelled the planned FREMM sale. Egypt received 24 Rafale jets from France, and "
        "Egypt bought MiG-29 jets from Russia.",
        "FREMM|ITA|EGY|cancelled|asserted",
    ),
    (
        "Washington has offered to transfer F-16 jets. The United States refused to sell F-35 "
        "jets to Thailand.",
        "F-16|USA|THA|negotiation|asserted",
    ),
    (
        "Russia has frozen the Su-35 contract. Egypt bought Rafale jets from France, Indonesia "
        "bought Rafale jets too, and Egypt received MiG-29 jets from Russia.",
        "Su-35|RUS|EGY|postponed|asserted",
    ),
]


@pytest.mark.parametrize(("text", "key"), ONE_BUYER)
def test_an_open_step_takes_the_articles_buyer(text: str, key: str) -> None:
    assert key in claim_keys(text)


def test_a_system_with_buyers_of_its_own_lends_none() -> None:
    keys = claim_keys(
        "Turkey says the S-400 contract is frozen. Russia delivered S-400 systems to India."
    )
    assert "S-400|RUS|TUR|postponed|asserted" in keys
    assert "S-400|RUS|IND|postponed|asserted" not in keys


def test_an_article_of_two_buyers_lends_none() -> None:
    keys = claim_keys(
        "Russia has frozen the Su-35 contract. Egypt bought Rafale jets from France, and "
        "Indonesia bought Rafale jets from France."
    )
    assert not any(k.startswith("Su-35|") for k in keys)
