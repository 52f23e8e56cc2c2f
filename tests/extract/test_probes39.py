# ruff: noqa: E501
"""Probes (round 39): a full stop the sentence splitter kept ("the U.S. F-35 programme") ends no
clause, so a date after it stays with its step; a commentator's call that a state should buy or
cancel is an opinion and tells no step; a delivery "pushed ... back" is put off; a request sent to
its addressee ("sent Washington a formal request") sends nothing; a list governed by "to" ends
before ", and" opening a clause with a subject and verb of its own; rival systems each named with
its own maker ("India's Tejas, Pakistan's JF-17") take none of the other makers as buyer; an
attempt to buy is a negotiation, and one that foundered or came to nothing collapsed; a state's
veto over a sale, or a territory in a dispute, names no party; "the same month" after a comma, with a subject of
its own, dates the step told after it, not the one before the comma; a system that reaches the end
of its service life has been delivered nowhere; a bare month continues the story's year only in
its paragraph; news that "comes two weeks after" a step dates that step back from the article's
date. Russian: what cannot be said yet ("пока рано
говорить о контрактах", a refusal told after its infinitive and topic) tells no step. Every text
is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more, or the (system, stage, when) of the steps it dates."""

from __future__ import annotations

import pytest

from tests.extract.test_probes34 import english_claims
from tests.extract.test_probes37 import english_whens
from tests.extract.test_russian_probes29 import claims as russian_claims

Claim = tuple[str, str | None, str | None, str, str]

ENGLISH: list[tuple[str, set[Claim]]] = [
    # a list governed by "to" ends before ", and" opening a clause with its own subject and verb
    (
        "Hanwha said the K9 howitzer has been delivered to Poland, Finland and Australia, and Egypt has also ordered it.",
        {
            ("K9", "KOR", "POL", "delivery", "asserted"),
            ("K9", "KOR", "FIN", "delivery", "asserted"),
            ("K9", "KOR", "AUS", "delivery", "asserted"),
            ("K9", "KOR", "EGY", "agreement", "asserted"),
        },
    ),
    # rivals each named with its own maker: each maker supplies its own, the buyer is the article's
    (
        "Malaysia picked the FA-50 from South Korea. Other bidders included India's Tejas, Pakistan's JF-17 Thunder and Turkey's Hurjet.",
        {
            ("FA-50", "KOR", "MYS", "negotiation", "asserted"),
            ("Tejas", "IND", "MYS", "negotiation", "asserted"),
            ("JF-17", "PAK", "MYS", "negotiation", "asserted"),
            ("Hürjet", "TUR", "MYS", "negotiation", "asserted"),
        },
    ),
    # an attempt to buy is a negotiation; one that foundered collapsed; a state's veto over the
    # sale and a territory in a dispute name no party
    (
        "Argentina tried to buy Gripen jets from Sweden.",
        {("Gripen", "SWE", "ARG", "negotiation", "asserted")},
    ),
    (
        "Argentina's attempts to buy Swedish Gripens and Korean FA-50s foundered on British vetoes over UK-made components, a reminder that the Falklands dispute still matters.",
        {
            ("Gripen", "SWE", "ARG", "negotiation", "asserted"),
            ("Gripen", "SWE", "ARG", "cancelled", "asserted"),
            ("FA-50", "KOR", "ARG", "negotiation", "asserted"),
            ("FA-50", "KOR", "ARG", "cancelled", "asserted"),
        },
    ),
    # a memorandum for the buyer's acquisition, and the memorandum told before its signing, are
    # steps of the talks, not signed deals
    (
        "Saudi Arabia and Russia have signed a memorandum of understanding for the Kingdom's acquisition of the S-400 air defense system. The memorandum, signed on Thursday, also covers the Kornet-EM anti-tank missile system.",
        {
            ("S-400", "RUS", "SAU", "negotiation", "asserted"),
            ("Kornet", "RUS", "SAU", "negotiation", "asserted"),
        },
    ),
    # talks with the other side on sales of a system: the other side buys
    (
        "India is in talks with Indonesia on sales of BrahMos missiles.",
        {("BrahMos", "IND", "IDN", "negotiation", "asserted")},
    ),
    (
        "Lima is in talks with South Korea on the purchase of K2 tanks.",
        {("K2", "KOR", "PER", "negotiation", "asserted")},
    ),
    # a deal ended, told by its buyer's possessive: that system's, not the subject's
    (
        "The Rafale deal effectively ends Indonesia's Su-35 purchase from Russia.",
        {("Su-35", "RUS", "IDN", "cancelled", "asserted")},
    ),
    # a government clearing the systems themselves for a state approves their sale
    (
        "Washington clears F-16 jets for Bulgaria",
        {("F-16", "USA", "BGR", "negotiation", "asserted")},
    ),
    # floating or mooting a purchase is weighing it: a negotiation
    (
        "Officials in Buenos Aires have also floated buying US Stryker armoured vehicles.",
        {("Stryker", "USA", "ARG", "negotiation", "asserted")},
    ),
    # the founder of a yard is no deal that foundered
    (
        "The founder of the yard said Sweden delivered Gripen jets to Brazil in 2022.",
        {("Gripen", "SWE", "BRA", "delivery", "asserted")},
    ),
    # a commentator's call that a state should buy is an opinion, no step
    (
        "Peru bought K2 tanks from South Korea in 2022. Some commentators argue that Lima should buy K9 howitzers from South Korea as well.",
        {("K2", "KOR", "PER", "agreement", "asserted")},
    ),
    # the call ends at a comma opening "and": the clause after it keeps its step
    (
        "Some commentators argue that Washington should go further, and a few analysts think Quito could buy F-16 jets from the United States.",
        {("F-16", "USA", "ECU", "agreement", "possible")},
    ),
    # an analyst's expectation of an event still tells the step
    (
        "Analysts say the first Gripen jets from Sweden should arrive in Bogota in May.",
        {("Gripen", "SWE", "COL", "delivery", "expected")},
    ),
    # a delivery pushed back with its noun between is put off
    (
        "Poland ordered K2 tanks from South Korea in 2022, but problems at the plant have pushed the first delivery back by a year.",
        {
            ("K2", "KOR", "POL", "agreement", "asserted"),
            ("K2", "KOR", "POL", "postponed", "asserted"),
        },
    ),
    # a request sent to its addressee: the requester buys, the addressee sells; nothing is sent
    (
        "Athens sent Washington a formal request for F-35 jets last year.",
        {("F-35", "USA", "GRC", "negotiation", "asserted")},
    ),
    # reaching the end of a service life is no arrival
    (
        "Peru bought 12 Mi-35 helicopters from Russia in 2010. The helicopters will reach the end of their service life in 2030.",
        {("Mi-35", "RUS", "PER", "agreement", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


WHENS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # "the same month" after a comma opens the clause of the step after it
    (
        "Chile cancelled its order for Leopard 2 tanks in March 2019, the same month it received the first K9 howitzers from South Korea.",
        {("Leopard 2", "cancelled", "2019-03"), ("K9", "delivery", "2019-03")},
    ),
    (
        "Egypt signed for Rafale jets in 2015, the same year the first FREMM frigate arrived from France.",
        {("Rafale", "agreement", "2015"), ("FREMM", "delivery", "2015")},
    ),
    # a bare month continues the story's year in its paragraph, not in the next one
    (
        "Peru ordered K2 tanks from South Korea in November 2019. The first tanks arrived in April.",
        {("K2", "agreement", "2019-11"), ("K2", "delivery", "2020-04")},
    ),
    (
        "Peru ordered K2 tanks from South Korea in November 2019.\n\nQUITO - Ecuador received two K9 howitzers from South Korea in April.",
        {("K2", "agreement", "2019-11"), ("K9", "delivery", "2024-04")},
    ),
    # news that comes a count after a step counts it back from the article's date; a date the
    # step's own words give comes first
    (
        "The announcement came less than two weeks after the UAE signed a deal for 80 Rafale jets from France.",
        {("Rafale", "agreement", "2024-05")},
    ),
    (
        "The purchase comes weeks after Manila took delivery of BrahMos missiles from India in April.",
        {("BrahMos", "delivery", "2024-04")},
    ),
    # "before the year is out" is the article's year
    (
        "The first HIMARS launchers from the United States are expected in Taiwan before the year is out.",
        {("HIMARS", "delivery", "2024")},
    ),
    # the splitter's abbreviation ends no clause: the date after it is the step's
    (
        "Ankara was removed from the U.S. F-35 programme in 2019 after buying S-400 systems.",
        {("F-35", "cancelled", "2019"), ("S-400", "agreement", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHENS, ids=[t[:50] for t, _ in WHENS])
def test_english_when(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    # the dates of these steps (the pairing of the cue after the comma is not asked here)
    assert expected <= english_whens(text)


RUSSIAN: list[tuple[str, set[Claim]]] = [
    # a report of a refusal is no refusal to speak: the deal is cancelled; a denial of such
    # reports gives the reports' claim beside the denial (CLAIMS.md rule 3)
    (
        "Индонезия подписала контракт на Су-35. СМИ сообщили об отказе Джакарты от сделки.",
        {
            ("Su-35", "RUS", "IDN", "agreement", "asserted"),
            ("Su-35", "RUS", "IDN", "cancelled", "asserted"),
        },
    ),
    (
        "Индонезия подписала контракт на Су-35. Шугаев опроверг сообщения об отказе Джакарты от сделки.",
        {
            ("Su-35", "RUS", "IDN", "agreement", "asserted"),
            ("Su-35", "RUS", "IDN", "cancelled", "asserted"),
            ("Su-35", "RUS", "IDN", "cancelled", "denied"),
        },
    ),
    # a seller ready to offer states an offer: a negotiation, asserted
    (
        "Россия готова предложить Турции Су-35 и обсудить поставки Су-57.",
        {
            ("Su-35", "RUS", "TUR", "negotiation", "asserted"),
            ("Su-57", "RUS", "TUR", "negotiation", "asserted"),
        },
    ),
    # what cannot be said yet tells no step: a refusal after its topic, "too early to talk"
    (
        "Россия поставит Египту истребители Су-35. Называть точное число самолетов глава ФСВТС отказался. Но пока рано говорить о новых контрактах на поставку.",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
    ),
    (
        "Россия поставит Египту истребители Су-35. Комментировать сообщения о поставках истребителей в Алжир глава ведомства отказался.",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN, ids=[t[:50] for t, _ in RUSSIAN])
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected
