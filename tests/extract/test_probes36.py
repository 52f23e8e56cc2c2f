# ruff: noqa: E501
"""Probes (round 36), from sets written to order that no rule had read: a party of another
clause ("after Germany refused ...") is that clause's, never the step's receiver by mere
nearness; a war effort is supplied; "turned over" hands over; a maker's company right before
the system names its design, not the state handing it over; a conjunction right before a
verb opens a new predicate, whose object is the system after it, and a pronoun subject stays
the subject past a party after a preposition; the decider does not move the rules' named giver
into the receiver's slot for a maker the sentence does not name; "not expected before the
2030s" schedules a delivery; a contract awarded to a company goes to a seller, not a buyer; a single
buyer left unnamed ("a foreign customer") is not the article's buyer; the buyer a sentence named for a system goes on in its later
clauses, before the article's; a buyer receiving systems "under a contract" took a delivery; a
later clause's subject that signs a deal for the elided system buys it; a schedule not made
public denies no delivery. Russian: a time adverbial, an
adverb or an attribution aside between a party and its verb ("Польша в прошлом году передала",
"Македония, по данным издания, отправила") keeps the party its role, and so
do talks on a transfer ("ведет переговоры о передаче"); a state named with its restrictions is
no party; the subject of a saying is the subject of the step it says ("Греция заявляла, что не
намерена передавать"). Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims
from tests.extract.test_russian_probes29 import Claim
from tests.extract.test_russian_probes29 import claims as russian_claims

ENGLISH: list[tuple[str, set[Claim]]] = [
    # the state of the 'after' clause refused the engines: the boat is still Thailand's
    (
        "Thailand ordered a Type 039 submarine from China in 2017. The Type 039 is still being built in Wuhan after Germany refused to approve the export of its engines.",
        {
            ("Type 039", "CHN", "THA", "agreement", "asserted"),
            ("Type 039", "CHN", "THA", "production", "asserted"),
        },
    ),
    # a war effort is supplied, unlike a war
    (
        "The company donated Bayraktar TB2 drones to Ukraine's war effort.",
        {("Bayraktar TB2", "TUR", "UKR", "delivery", "asserted")},
    ),
    # the Philippine press's "turned over" hands over
    (
        "Australia turned over two Cessna 208 aircraft to the Philippine Air Force on Monday.",
        {("Cessna 208", "AUS", "PHL", "delivery", "asserted")},
    ),
    # the maker's company before the system names its design; the giver is the subject
    (
        "Japan handed over five Beechcraft TC-90 training aircraft to the Philippine Navy in March 2018.",
        {("King Air", "JPN", "PHL", "delivery", "asserted")},
    ),
    # "and signed a contract ... for" opens a new predicate with its own object
    (
        "Egypt received its first Rafale jets from France in 2015 and signed a contract with Germany a year later for four Type 209 submarines.",
        {
            ("Rafale", "FRA", "EGY", "delivery", "asserted"),
            ("Type 209", "DEU", "EGY", "agreement", "asserted"),
        },
    ),
    (
        "Morocco has modernised its forces. It received Bayraktar TB2 drones from Turkey in 2021 and signed a contract with Israel Aerospace Industries in 2022 for the Barak MX air defence system.",
        {
            ("Bayraktar TB2", "TUR", "MAR", "delivery", "asserted"),
            ("Barak MX", "ISR", "MAR", "agreement", "asserted"),
        },
    ),
    # the pledge's giver is the delivering subject, not the maker of the system Berlin bought
    (
        "Germany ordered more Patriot systems from the United States in June. Berlin delivered one Patriot system to Ukraine in April and has pledged a second.",
        {
            ("Patriot", "USA", "DEU", "agreement", "asserted"),
            ("Patriot", "DEU", "UKR", "delivery", "asserted"),
            ("Patriot", "DEU", "UKR", "agreement", "asserted"),
        },
    ),
    # a decade is a date: the delivery is put off, not denied
    (
        "Indonesia agreed last month to buy 48 KAAN jets, though deliveries are not expected before the 2030s.",
        {
            ("KAAN", "TUR", "IDN", "agreement", "asserted"),
            ("KAAN", "TUR", "IDN", "delivery", "expected"),
        },
    ),
    # the company a contract is awarded to sells
    (
        "Nigeria is buying 12 A-29 aircraft. The contract, worth about $497 million, was awarded to Sierra Nevada Corporation.",
        {
            ("A-29", "BRA", "NGA", "agreement", "asserted"),
            ("A-29", "USA", "NGA", "agreement", "asserted"),
        },
    ),
    # the customer left unnamed is not the buyer the article named before
    (
        "India is buying the Su-30. Russia has handed over the first export Su-57s to a foreign customer.",
        {("Su-30", "RUS", "IND", "agreement", "asserted")},
    ),
    # Poland's order goes on in the sentence's later clauses, not the article's buyer
    (
        "Manila wants more FA-50 jets. Poland's Armament Agency ordered 48 FA-50s in September 2022; the 12 FA-50GF jets were delivered in 2023, but deliveries of the 36 FA-50PL aircraft have been pushed back to 2026.",
        {
            ("FA-50", "KOR", "PHL", "negotiation", "asserted"),
            ("FA-50", "KOR", "POL", "agreement", "asserted"),
            ("FA-50", "KOR", "POL", "delivery", "asserted"),
            ("FA-50", "KOR", "POL", "postponed", "asserted"),
        },
    ),
    # received under a contract is a delivery; Romania signs for the elided TB2s
    (
        "Romania wants drones. In Europe, Poland received 24 TB2s under a contract signed in May 2021, and Romania signed a deal for 18 in May 2023.",
        {
            ("Bayraktar TB2", "TUR", "ROU", "negotiation", "asserted"),
            ("Bayraktar TB2", "TUR", "POL", "delivery", "asserted"),
            ("Bayraktar TB2", "TUR", "POL", "agreement", "asserted"),
            ("Bayraktar TB2", "TUR", "ROU", "agreement", "asserted"),
        },
    ),
    # a schedule kept private denies no delivery
    (
        "Pakistan received six J-10C jets. The remaining aircraft are to be delivered in phases, although the exact schedule of the deliveries has not been made public.",
        {
            ("J-10", "CHN", "PAK", "delivery", "asserted"),
            ("J-10", "CHN", "PAK", "delivery", "expected"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


RUSSIAN: list[tuple[str, set[Claim]]] = [
    (
        "Польша в прошлом году передала Украине танки Т-72.",
        {("T-72", "POL", "UKR", "delivery", "asserted")},
    ),
    (
        "Великобритания и Франция в марте 2023 года передали Украине ракеты Storm Shadow.",
        {
            ("Storm Shadow", "GBR", "UKR", "delivery", "asserted"),
            ("Storm Shadow", "FRA", "UKR", "delivery", "asserted"),
        },
    ),
    (
        "Чехия недавно поставила Словакии вертолеты Ми-17.",
        {("Mi-17", "CZE", "SVK", "delivery", "asserted")},
    ),
    (
        "Северная Македония, по данным издания Defense News, отправила Украине штурмовики Су-25.",
        {("Su-25", "MKD", "UKR", "delivery", "asserted")},
    ),
    (
        "Правительство Кипра заявило, что Никосия ведет переговоры о передаче Украине комплексов Бук.",
        {("Buk", "CYP", "UKR", "negotiation", "asserted")},
    ),
    (
        "Сама Греция неоднократно заявляла, что не намерена передавать эти С-300 Украине.",
        {("S-300", "GRC", "UKR", "delivery", "denied")},
    ),
    (
        "Аргентина купила F-16 у Дании. Переговоры о закупке у Южной Кореи самолетов FA-50 сорвались из-за британских ограничений.",
        {
            ("F-16", "DNK", "ARG", "agreement", "asserted"),
            ("FA-50", "KOR", "ARG", "cancelled", "asserted"),
        },
    ),
    (
        "Индонезия ведет переговоры о закупке BrahMos у Индии, а Вьетнам может стать следующим покупателем ракет BrahMos.",
        {
            ("BrahMos", "IND", "IDN", "negotiation", "asserted"),
            ("BrahMos", "IND", "VNM", "agreement", "possible"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected
