# ruff: noqa: E501
"""Probes (round 34), English and Russian, from sets written to order that no rule had read:
a contract 'with' its counterparty before its 'for the delivery of'; talks 'without a contract';
an approval of a 'possible package' told with its contents in one sentence; a third state
clearing another to send; 'signs for' a buyer's verb; a relative clause opening on a
preposition; 'not the first delivery'; a step noun's object after it beating a system before
it; Russian approvals of an acquisition, offices named for procurement, a maker in Latin
script after 'производства', accepted elements of a system, and officials speaking 'В Москве'.
Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article
from tests.extract.test_russian_probes29 import Claim
from tests.extract.test_russian_probes29 import claims as russian_claims


def english_claims(text: str) -> set[Claim]:
    article = Article(doc="t", text="News\n\n" + text, published="2024-05-15")
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in extract(article)
    }


ENGLISH: list[tuple[str, set[Claim]]] = [
    # the counterparty named between the contract and its 'for the delivery of': one agreement
    (
        "Patria has signed a contract with Sweden's FMV for the delivery of Patria 6x6 vehicles to the Swedish Armed Forces.",
        {("Patria 6x6", "FIN", "SWE", "agreement", "asserted")},
    ),
    # talks that went on without a contract deny the contract
    (
        "Talks on a possible sale of BrahMos to Vietnam have continued for years without a contract.",
        {
            ("BrahMos", "IND", "VNM", "negotiation", "asserted"),
            ("BrahMos", "IND", "VNM", "agreement", "denied"),
        },
    ),
    # the approval and the package's contents in one sentence: an asserted negotiation
    (
        "In October, the US State Department approved a possible $2 billion package for Taiwan that includes three NASAMS systems.",
        {("NASAMS", "USA", "TWN", "negotiation", "asserted")},
    ),
    # a third state clearing another to send or re-export: a negotiation of the sender's
    (
        "Germany clears Poland to send ex-East German MiG-29s to Ukraine.",
        {("MiG-29", "POL", "UKR", "negotiation", "asserted")},
    ),
    (
        "Berlin allowed Warsaw to re-export five MiG-29 jets to Kyiv.",
        {("MiG-29", "POL", "UKR", "negotiation", "asserted")},
    ),
    # a refusal to allow it still denies the transfer
    (
        "Bern refused to allow Berlin to send Gepard guns to Kyiv.",
        {("Gepard", "DEU", "UKR", "delivery", "denied")},
    ),
    # 'signs for': the subject buys, the demonym on the jets sells them second-hand
    (
        "Argentina signs for 24 Danish F-16s.",
        {("F-16", "DNK", "ARG", "agreement", "asserted")},
    ),
    # the relative clause's own subject is no party of the main verb
    (
        "Serbia, with which Croatia has strained relations, took delivery of Chinese CH-92A drones in 2020.",
        {("CH-92", "CHN", "SRB", "delivery", "asserted")},
    ),
    # ranking a step among others denies nothing
    (
        "This is not the first delivery of S-400 systems to India.",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
    ),
    # the purchase's object is the system after it, not the one that opens the sentence
    (
        "Pakistan's new J-10C jets are an answer to India's purchase of French Rafale fighters.",
        {("Rafale", "FRA", "IND", "agreement", "asserted")},
    ),
    # the systems counted 'of the order' are what is expected, not another order
    (
        "Morocco ordered 24 AH-64E helicopters in 2020.\n\nThe remaining 18 aircraft of the order are expected before the end of the year.",
        {
            ("AH-64", "USA", "MAR", "agreement", "asserted"),
            ("AH-64", "USA", "MAR", "delivery", "expected"),
        },
    ),
    # a reaction to the deal through the deal noun alone makes no claim of the reacting state
    (
        "The Philippines signed for 20 F-16 jets from the United States.\n\nChina did not immediately comment on the contract.",
        {("F-16", "USA", "PHL", "agreement", "asserted")},
    ),
    # taking systems over from a state is receiving them
    (
        "Poland took over the MiG-29 jets from Germany in 2004.",
        {("MiG-29", "DEU", "POL", "delivery", "asserted")},
    ),
    # the maker of parts is no party to the system's transfer
    (
        "Chile's plans to buy FA-50 jets were abandoned because the aircraft contain British-made components.",
        {("FA-50", "KOR", "CHL", "cancelled", "asserted")},
    ),
    # an approval following its deal as a reduced relative: a negotiation, not the deal
    (
        "A separate US deal for 12 AT-802L aircraft for Kenya, approved by the State Department in January 2017, was never signed.",
        {
            ("AT-802", "USA", "KEN", "negotiation", "asserted"),
            ("AT-802", "USA", "KEN", "agreement", "denied"),
        },
    ),
    # a buyer expecting a counted batch awaits its delivery
    (
        "The Nigerian Air Force is also expecting 12 AH-1Z attack helicopters from the United States.",
        {("AH-1", "USA", "NGA", "delivery", "expected")},
    ),
    # the invaded state is no party to the step
    (
        "Poland signed a contract for 180 K2 tanks from South Korea in August 2022, months after Russia's invasion of Ukraine.",
        {("K2", "KOR", "POL", "agreement", "asserted")},
    ),
    # a transfer of technology moves no system
    (
        "Indonesia bought 42 Rafale jets from France in 2022.\n\nThe deal includes a transfer of technology to local firms.",
        {("Rafale", "FRA", "IDN", "agreement", "asserted")},
    ),
]

RUSSIAN: list[tuple[str, set[Claim]]] = [
    # an approval of an acquisition is a negotiation; the council's name is no order
    (
        "Совет по оборонным закупкам Индии одобрил приобретение 12 истребителей Су-30МКИ.",
        {("Su-30", "RUS", "IND", "negotiation", "asserted")},
    ),
    # 'производства Airbus' names the maker, no production step
    (
        "Армия Казахстана ранее получила испанские самолеты C295 производства Airbus.",
        {("C-295", "ESP", "KAZ", "delivery", "asserted")},
    ),
    # 'не первая' ranks the delivery among others
    (
        "Для индийской армии это уже не первая поставка комплексов С-400.",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
    ),
    # accepted elements of a system are in the buyer's hands
    (
        "Турция приняла первые элементы С-400 в июле 2019 года.",
        {("S-400", "RUS", "TUR", "delivery", "asserted")},
    ),
    # officials speaking 'В Лондоне' are no party; the dative after the noun receives
    (
        "В Лондоне передачу Украине словацких С-300 назвали нарушением обязательств.",
        {("S-300", "SVK", "UKR", "delivery", "asserted")},
    ),
    # the purchase's object is the system after it, past its agent in the instrumental
    (
        "«J-10C станут ответом на закупку Индией французских Rafale», — заявил министр.",
        {("Rafale", "FRA", "IND", "agreement", "asserted")},
    ),
    # a deal that collapsed is cancelled (a disrupted delivery would be postponed); the
    # JF-17's two makers leave its supplier open
    (
        "Индийские СМИ сообщили о срыве сделки по продаже Азербайджану истребителей JF-17.",
        {("JF-17", None, "AZE", "cancelled", "asserted")},
    ),
    # asking for the systems themselves is a negotiation, here denied
    (
        "Тегеран не запрашивал у России зенитные системы С-400.",
        {("S-400", "RUS", "IRN", "negotiation", "denied")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected


def test_a_belief_between_a_party_and_its_verb_keeps_the_subject() -> None:
    # "is believed to have" stands between Bangladesh and its verb (roles.aux): each listed
    # clause keeps its own subject. (Read as a sentence of its own: in an article the first
    # sentence's buyer may still win the decider's choice.)
    text = (
        "Poland received its first TB2 systems in October 2022, Kuwait signed a $370 million TB2"
        " deal in January 2023, and Bangladesh is believed to have taken delivery of a number"
        " of the drones the same year."
    )
    got = {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in extract(Article(doc="t", text=text))
    }
    assert got == {
        ("Bayraktar TB2", "TUR", "POL", "delivery", "asserted"),
        ("Bayraktar TB2", "TUR", "KWT", "agreement", "asserted"),
        ("Bayraktar TB2", "TUR", "BGD", "delivery", "possible"),
    }
