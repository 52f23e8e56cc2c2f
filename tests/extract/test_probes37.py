# ruff: noqa: E501
"""Probes (round 37): a step whose cue the rules paired with a system of its own is not the
step of a system the rules gave another step of that stage ("NASAMS arrive, Aspide systems
expected to arrive": the NASAMS are not expected); a list does not run on into a clause with
a step of its own ("took delivery of two frigates, and four corvettes will be delivered"); a
step noun opening a "with" phrase dated after the article is a plan ("ordered 54 tanks, with
deliveries from 2026"); an order that "came from" a state is that state's; a deal received coolly or warmly is a
reaction, not a delivery; a headline's reason clause may put an adverb between its subject and
verb ("as Algeria reportedly receives"); the transport that carried the cargo is no item of the
step; a participle of making with its maker ("the helicopters, manufactured by Bell,") names the
maker, no production for a customer; a deal named for its value after a step ("negotiating the
purchase ... in a deal worth $450 million") is that step's phrase; a full stop in "U.S." ends
no governed step; a delivery schedule neither side disclosed denies and tells no delivery; a participle telling a system's earlier transfer ("72 Typhoons
delivered by Britain") does not take its receiver from another system's phrase before it; a month of a year counted from the date before it ("in July of
that year") is that year's month, and "in the course of the year" the year told before it or the
article's; a count with a noun of the system's unit opening a sentence ("Three squadrons have been
delivered") speaks of the system in focus, and deliveries "of the full order" of the system that order names,
not of the system in focus; a deal said to open the door to further sales makes no sale of its own; "is also to deliver" is a plan, and so is a participle in a "with"
phrase dated after the article ("with the first launchers arriving next year"); a headline's reason clause ("as European orders
build") tells no step of the system outside it. Russian: a deal approved with its approver between them ("Сделку ... администрация США
одобрила") is a negotiation. Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_probes34 import english_claims
from tests.extract.test_russian_probes29 import Claim
from tests.extract.test_russian_probes29 import claims as russian_claims

ENGLISH: list[tuple[str, set[Claim]]] = [
    # each conjunct keeps its own arrival: one done, one expected
    (
        "Norwegian NASAMS launchers arrive in Ukraine, Spanish Aspide systems expected to arrive next month",
        {
            ("NASAMS", "NOR", "UKR", "delivery", "asserted"),
            ("Aspide", "ESP", "UKR", "delivery", "expected"),
        },
    ),
    (
        "The first K2 tanks reached Poland in December, and the K9 howitzers are expected to arrive next year.",
        {
            ("K2", "KOR", "POL", "delivery", "asserted"),
            ("K9", "KOR", "POL", "delivery", "expected"),
        },
    ),
    # the second conjunct's systems are the subject of a step of their own
    (
        "Egypt took delivery of two FREMM frigates, and four more Gowind corvettes will be delivered by 2027.",
        {
            ("FREMM", "FRA", "EGY", "delivery", "asserted"),
            ("Gowind", "FRA", "EGY", "delivery", "expected"),
        },
    ),
    # a 'with' phrase dated after the article schedules the step
    (
        "Norway ordered 54 Leopard 2A8 tanks last month, with deliveries from 2026.",
        {
            ("Leopard 2", "DEU", "NOR", "agreement", "asserted"),
            ("Leopard 2", "DEU", "NOR", "delivery", "expected"),
        },
    ),
    (
        "Chile signed for 12 KAI FA-50 jets, with the first deliveries in 2027.",
        {
            ("FA-50", "KOR", "CHL", "agreement", "asserted"),
            ("FA-50", "KOR", "CHL", "delivery", "expected"),
        },
    ),
    # the order came from its buyer
    (
        "The largest order came from Peru, for 24 Leopard 2 tanks.",
        {("Leopard 2", "DEU", "PER", "agreement", "asserted")},
    ),
    (
        "The biggest order came from Romania, which signed a contract for 54 K9 howitzers.",
        {("K9", "KOR", "ROU", "agreement", "asserted")},
    ),
    # a reaction, not a delivery
    (
        "Peru's Gripen order was received coolly by analysts.",
        {("Gripen", "SWE", "PER", "agreement", "asserted")},
    ),
    # the reason clause is a step of its own: Egypt's denial does not reach it
    (
        "Egypt denies taking delivery of Su-35 jets as Algeria reportedly receives first Su-57s",
        {
            ("Su-35", "RUS", "EGY", "delivery", "denied"),
            ("Su-57", "RUS", "DZA", "delivery", "asserted"),
        },
    ),
    # the transport aircraft carried the launchers: it is not delivered
    (
        "Two Indian Air Force C-17 transport aircraft carrying the launchers landed at Clark Air Base.",
        set(),
    ),
    (
        "Two C-17 transport aircraft carrying BrahMos launchers for the Philippines landed at Clark Air Base.",
        {("BrahMos", "IND", "PHL", "delivery", "asserted")},
    ),
    # the maker's participle: no production
    (
        "The helicopters, manufactured by Bell Textron, were requested by Nigeria. The US approved the sale of 12 AH-1Z helicopters to Nigeria.",
        {("AH-1", "USA", "NGA", "negotiation", "asserted")},
    ),
    (
        "Two FREMM frigates were built by Naval Group for Egypt.",
        {("FREMM", "FRA", "EGY", "production", "asserted")},
    ),
    # the value phrase of the negotiation is no agreement
    (
        "Indonesia has been negotiating the purchase of BrahMos batteries for its navy in a deal worth about $450 million.",
        {("BrahMos", "IND", "IDN", "negotiation", "asserted")},
    ),
    (
        "Egypt bought 30 Rafale jets in a deal worth 4 billion euros.",
        {("Rafale", "FRA", "EGY", "agreement", "asserted")},
    ),
    # the talks govern the deal past the abbreviation
    (
        "Vietnam held talks with the U.S. over a $2.5 billion F-16 deal.",
        {("F-16", "USA", "VNM", "negotiation", "asserted")},
    ),
    # the schedule not disclosed tells no delivery
    (
        "Armenia signed a contract for 36 CAESAR howitzers. Neither side disclosed the value of the contract or a delivery schedule.",
        {("Caesar", "FRA", "ARM", "agreement", "asserted")},
    ),
    # the United States is the F-15s' supplier, not the Typhoons' receiver
    (
        "Saudi Arabia is buying more jets. The kingdom's air force already flies F-15 fighters acquired from the United States and 72 Eurofighter Typhoons delivered by Britain between 2009 and 2017.",
        {
            ("F-15", "USA", "SAU", "agreement", "asserted"),
            ("F-15", "USA", "SAU", "delivery", "asserted"),
            ("Eurofighter", "GBR", "SAU", "delivery", "asserted"),
        },
    ),
    # the counted squadrons are the S-400's
    (
        "India ordered five S-400 squadrons from Russia in 2018. Three squadrons have been delivered since December 2021.",
        {
            ("S-400", "RUS", "IND", "agreement", "asserted"),
            ("S-400", "RUS", "IND", "delivery", "asserted"),
        },
    ),
    # the order is the Gripens', whatever fleet was named last
    (
        "Brazil ordered 36 Gripen jets from Sweden in 2014. The base made do with upgraded F-5 fighters. Deliveries of the full order are now scheduled to be completed in 2032.",
        {
            ("Gripen", "SWE", "BRA", "agreement", "asserted"),
            ("Gripen", "SWE", "BRA", "delivery", "expected"),
        },
    ),
    # further sales with no buyer are no step
    (
        "The Philippines bought BrahMos missiles from India. Indian officials said the contract could open the door to further sales in the region.",
        {("BrahMos", "IND", "PHL", "agreement", "asserted")},
    ),
    # plans: "is also to", and a dated participle in a 'with' phrase
    (
        "The company is also to deliver Skyranger 35 systems to Ukraine.",
        {("Skyranger", "DEU", "UKR", "delivery", "expected")},
    ),
    (
        "Estonia expects to sign a contract for the Chunmoo by the end of the year, with the first launchers arriving next year.",
        {
            ("Chunmoo", "KOR", "EST", "agreement", "expected"),
            ("Chunmoo", "KOR", "EST", "delivery", "expected"),
        },
    ),
    # the orders that build are others': no concluded deal for the C-390
    (
        "Embraer expects Swedish C-390 contract by year-end as European orders build",
        {("C-390", "BRA", "SWE", "agreement", "expected")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


RUSSIAN: list[tuple[str, set[Claim]]] = [
    # the approval after the deal, its approver between them: a negotiation
    (
        "ОАЭ хотят купить F-35. Сделку на $23 млрд администрация США одобрила в конце 2020 года.",
        {("F-35", "USA", "ARE", "negotiation", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected


def english_whens(text: str) -> set[tuple[str, str, str | None]]:
    article = Article(doc="t", text="News\n\n" + text, published="2024-05-15")
    return {(c.system, c.stage.value, c.when) for c in extract(article)}


WHENS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # a month of a year counted from the date before it: that year's month
    (
        "Turkey bought S-400 systems in 2017, the first parts of which arrived in July of that year.",
        {("S-400", "agreement", "2017"), ("S-400", "delivery", "2017-07")},
    ),
    (
        "Turkey signed for S-400 systems in 2017 and received the first in March the following year.",
        {("S-400", "agreement", "2017"), ("S-400", "delivery", "2018-03")},
    ),
    # the course of the year is the article's, or the year told before it
    (
        "Further Leopard 1 tanks will be handed over to Ukraine in the course of the year.",
        {("Leopard 1", "delivery", "2024")},
    ),
    (
        "Germany signed for the tanks in 2019. Further Leopard 1 tanks were handed over to Ukraine during the year.",
        {("Leopard 1", "agreement", "2019"), ("Leopard 1", "delivery", "2019")},
    ),
    # a bare month is still the article's
    (
        "Chile received its first K9 howitzers from South Korea in March.",
        {("K9", "delivery", "2024-03")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHENS, ids=[t[:50] for t, _ in WHENS])
def test_english_when(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert english_whens(text) == expected
