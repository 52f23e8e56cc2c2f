# ruff: noqa: E501
"""Probes (round 38): a deal "ended" by its buyer is cancelled; a state's decision or promise to
send ("Madrid's decision to send") makes it the supplier; a maker's plant in a place is the
place, no party; a delayed request or a call on another to stop puts no transfer off; a
headline whose subject is a list ("X, Y and Z to send") tells a coming step; a donor's decision
to send or donate is a pledge (an agreement), not a delivery; the verb of a relative clause
telling a system's earlier transfer ("the F-16s Romania has been buying") is that system's
step, not one of the system that replaces it. Russian: a buyer expelled from a programme, told
by the noun, is a cancellation; a state where a situation or war is, or in a cited reason, is
no party. Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_probes34 import english_claims
from tests.extract.test_probes37 import english_whens
from tests.extract.test_russian_probes29 import Claim
from tests.extract.test_russian_probes29 import claims as russian_claims

ENGLISH: list[tuple[str, set[Claim]]] = [
    # a deal ended by its buyer is cancelled
    (
        "Peru ended its contract for the Kfir jets last year.",
        {("Kfir", "ISR", "PER", "cancelled", "asserted")},
    ),
    # the maker's plant is where the handover took place, the possessive the buyer
    (
        "Norway's first F-35A was handed over at Lockheed Martin's plant in Fort Worth.",
        {("F-35", "USA", "NOR", "delivery", "asserted")},
    ),
    # a relative clause's antecedent is its verb's subject, whatever the main clause names
    (
        "Chile bought Gripen jets from Sweden. Neighbouring Peru, which received 12 MiG-29 jets from Belarus in 2019, has watched closely.",
        {
            ("Gripen", "SWE", "CHL", "agreement", "asserted"),
            ("MiG-29", "BLR", "PER", "delivery", "asserted"),
        },
    ),
    # a denial told against reports denies a report: both halves (CLAIMS.md rule 3)
    (
        "Contrary to media reports, Peru has not received any K9 howitzers from South Korea.",
        {
            ("K9", "KOR", "PER", "delivery", "denied"),
            ("K9", "KOR", "PER", "delivery", "asserted"),
        },
    ),
    # the infinitive step after a relative clause is the expectation's
    (
        "Chile expects the first of the 12 K9 howitzers it ordered from South Korea in 2022 to arrive next month.",
        {
            ("K9", "KOR", "CHL", "delivery", "expected"),
            ("K9", "KOR", "CHL", "agreement", "asserted"),
        },
    ),
    # a value and a named side between a contract and its 'for the supply of': one agreement
    (
        "Hanwha signed a contract worth approximately $1 billion with the Chilean Ministry of Defence for the supply of 54 K9 howitzers.",
        {("K9", "KOR", "CHL", "agreement", "asserted")},
    ),
    # another clause's subject, named, is no party of this clause's step: the rules' subject stays
    (
        "Oslo approved NASAMS exports. Washington has sent NASAMS launchers to Ukraine, the first of which arrived in April, and Spain and Canada have delivered NASAMS launchers to Kyiv.",
        {
            ("NASAMS", "NOR", "UKR", "negotiation", "asserted"),
            ("NASAMS", "USA", "UKR", "delivery", "asserted"),
            ("NASAMS", "ESP", "UKR", "delivery", "asserted"),
            ("NASAMS", "CAN", "UKR", "delivery", "asserted"),
        },
    ),
    # a participle inside a relative clause takes the clause's antecedent as its receiver
    (
        "Chile signed for 12 K9 howitzers in 2023, and Peru, which received the first of six K9 howitzers donated by South Korea in 2022, praised the guns.",
        {
            ("K9", "KOR", "CHL", "agreement", "asserted"),
            ("K9", "KOR", "PER", "delivery", "asserted"),
        },
    ),
    # a delayed vote is no delayed transfer
    (
        "Washington approved the sale of F-35 jets to Greece after a delayed vote in Congress.",
        {("F-35", "USA", "GRC", "negotiation", "asserted")},
    ),
    # a call on another to stop is a reaction
    (
        "Beijing condemned the HIMARS sale to Taiwan and urged Washington to stop it.",
        {("HIMARS", "USA", "TWN", "agreement", "asserted")},
    ),
    # a donor's decision to send is its pledge
    (
        "Slovakia decided in March to donate 13 MiG-29 jets to Ukraine.",
        {("MiG-29", "SVK", "UKR", "agreement", "asserted")},
    ),
    (
        "Madrid's decision to send six Leopard 2 tanks to Ukraine was welcomed in Kyiv.",
        {("Leopard 2", "ESP", "UKR", "agreement", "asserted")},
    ),
    # the relative clause's purchase is the replaced system's, not the replacement's
    (
        "The Gripens will replace the used F-16s Chile has been buying from the Netherlands.",
        {("F-16", "NLD", "CHL", "agreement", "asserted")},
    ),
]

HEADLINES: list[tuple[str, set[Claim]]] = [
    # a headline's listed subject and its infinitive: a coming step
    (
        "Norway, Sweden and Finland to send CV90 vehicles to Ukraine",
        {
            ("CV90", "NOR", "UKR", "delivery", "expected"),
            ("CV90", "SWE", "UKR", "delivery", "expected"),
            ("CV90", "FIN", "UKR", "delivery", "expected"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), HEADLINES, ids=[t[:50] for t, _ in HEADLINES])
def test_headline(text: str, expected: set[Claim]) -> None:
    # the headline stands first, the body names no system
    article = Article(
        doc="t", text=text + "\n\nThe ministers met in Brussels.", published="2024-05-15"
    )
    claims = {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in extract(article)
    }
    assert claims == expected


RUSSIAN: list[tuple[str, set[Claim]]] = [
    # agreeing to end a contract for a supply ends it: 'договорились' is no contract noun
    (
        "Перу и Россия договорились о прекращении действия контракта на поставку Перу танков Т-90С.",
        {("T-90", "RUS", "PER", "cancelled", "asserted")},
    ),
    # 'в строю' tells a fleet in service, not its building
    (
        "Основу армии Перу составляют танки Т-90С, которых в строю насчитывается более 40.",
        set(),
    ),
    # a refusal to comment on the topic tells no step
    (
        "Перу получило танки Т-90С. В Кремле тему поставок комментировать отказываются.",
        {("T-90", "RUS", "PER", "delivery", "asserted")},
    ),
    # the maker named in a relative clause: no production for the buyer
    (
        "Перу отказалось от закупки истребителей Су-35, которые выпускает завод в Комсомольске-на-Амуре.",
        {("Su-35", "RUS", "PER", "cancelled", "asserted")},
    ),
    # expelled from the programme, told by the noun
    (
        "Минобороны США объявило об исключении Индии из программы закупок истребителей F-35.",
        {("F-35", "USA", "IND", "cancelled", "asserted")},
    ),
    # the land where the war goes on is no party to the halt
    (
        "Франция приостановила передачу фрегатов FREMM Египту, сославшись на ситуацию на Украине.",
        {("FREMM", "FRA", "EGY", "postponed", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected


WHENS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # "that July" is the July of the year told before, even a bare year
    (
        "Greece ordered the M-346 jets in 2015 and took the first that July.",
        {("M-346", "agreement", "2015"), ("M-346", "delivery", "2015-07")},
    ),
    # with no year before, the article's
    (
        "Greece will take the first M-346 jets that July.",
        {("M-346", "delivery", "2024-07")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHENS, ids=[t[:50] for t, _ in WHENS])
def test_english_when(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert english_whens(text) == expected
