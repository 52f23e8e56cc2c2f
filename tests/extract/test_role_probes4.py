"""Probe sentences for who supplies and who receives, fourth battery: lending, leasing and
giving verbs. The stage cues read lease, lend, loan, gift and donate as delivery; these probes
check that the role frames know the same verbs: the lender, lessor or giver supplies ("X loaned
S to Y", "S on loan from X", "were loaned to Y by X", "was gifted by X to Y"), the borrower or
lessee receives ("Y leased S from X", "Y borrowed S from X", "Y took S on lease from X"), and the
maker of the system is no party in either role. Quiet probes use the same verbs for things that
are no arms transfer ("leased office space", "a new lease of life", "lent support").

Every sentence is our own, written for these probes (never taken from news or ../shared). Each
probe gives the (system, supplier, recipient) triples expected among the claims of the systems it
names; stage and factuality are other probes' business. Known misses are marked xfail with why."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Triple = tuple[str, str | None, str | None]

SELLER_SIDE: list[tuple[str, set[Triple]]] = [
    ("Italy has loaned two Leopard 2 tanks to Slovenia.", {("Leopard 2", "ITA", "SVN")}),
    ("Norway lent three NASAMS launchers to Lithuania last spring.", {("NASAMS", "NOR", "LTU")}),
    ("Spain leased four Harrier jets to Thailand in 1997.", {("Harrier", "ESP", "THA")}),
    ("The Netherlands gifted its Patriot launchers to Ukraine.", {("Patriot", "NLD", "UKR")}),
    ("Belgium donated six Sea King helicopters to Ukraine.", {("Sea King", "BEL", "UKR")}),
    ("Denmark handed two Seahawk helicopters to Ukraine in March.", {("MH-60R", "DNK", "UKR")}),
    ("Sweden transferred eight Gripen jets to Hungary.", {("Gripen", "SWE", "HUN")}),
    ("Germany will lease three Heron drones to Greece.", {("Heron", "DEU", "GRC")}),
    ("Canada is lending CF-18 fighters to Romania.", {("F/A-18", "CAN", "ROU")}),
    ("Israel agreed to lease two Heron drones to Germany.", {("Heron", "ISR", "DEU")}),
    ("Portugal loans one Leopard 2 tank to Slovakia each year.", {("Leopard 2", "PRT", "SVK")}),
    ("India has gifted a Kilo-class submarine to Myanmar.", {("Kilo", "IND", "MMR")}),
    ("Qatar would lend its Gepard guns to Ukraine.", {("Gepard", "QAT", "UKR")}),
    (
        "Turkey loaned three Bayraktar TB2 drones to Azerbaijan in 2020.",
        {("Bayraktar TB2", "TUR", "AZE")},
    ),
    (
        "Greece has loaned two frigates and four Stinger launchers to Cyprus.",
        {("Stinger", "GRC", "CYP")},
    ),
]

PASSIVES: list[tuple[str, set[Triple]]] = [
    (
        "Two Patriot batteries were loaned to Slovakia by the Netherlands.",
        {("Patriot", "NLD", "SVK")},
    ),
    ("A Kilo-class submarine was gifted by India to Myanmar.", {("Kilo", "IND", "MMR")}),
    ("The Gripen jets were leased to the Czech Republic by Sweden.", {("Gripen", "SWE", "CZE")}),
    ("Four Mi-24 helicopters were lent by Poland to Slovakia.", {("Mi-24", "POL", "SVK")}),
    ("Three Leopard 2 tanks were donated by Spain to Ukraine.", {("Leopard 2", "ESP", "UKR")}),
    ("Hungary's Gripen jets are leased from Sweden.", {("Gripen", "SWE", "HUN")}),
    ("Two Heron drones leased from Israel by Germany arrived.", {("Heron", "ISR", "DEU")}),
    ("Brazil flies Gripen jets on loan from Sweden.", {("Gripen", "SWE", "BRA")}),
    ("The Patriot systems on loan from Germany reached Slovakia.", {("Patriot", "DEU", "SVK")}),
    ("The Swedish-leased Gripen jets of Hungary flew at the show.", {("Gripen", "SWE", "HUN")}),
    ("Ex-Italian Leopard 2 tanks were leased to Slovenia.", {("Leopard 2", "ITA", "SVN")}),
]

BUYER_SIDE: list[tuple[str, set[Triple]]] = [
    ("Hungary leased 14 Gripen jets from Sweden.", {("Gripen", "SWE", "HUN")}),
    ("Slovakia borrowed Patriot systems from Germany.", {("Patriot", "DEU", "SVK")}),
    (
        "Thailand received two Black Hawk helicopters on loan from the United States.",
        {("UH-60", "USA", "THA")},
    ),
    ("Croatia has leased Heron drones from Israel.", {("Heron", "ISR", "HRV")}),
    (
        "The Czech Republic will lease Gripen jets from Sweden until 2035.",
        {("Gripen", "SWE", "CZE")},
    ),
    ("India took an Akula-class submarine on lease from Russia.", {("Akula", "RUS", "IND")}),
    ("Brazil leases Gripen jets from Sweden.", {("Gripen", "SWE", "BRA")}),
    ("Lithuania is borrowing NASAMS launchers from Norway.", {("NASAMS", "NOR", "LTU")}),
    (
        "Estonia leased two Black Hawk helicopters from the United States.",
        {("UH-60", "USA", "EST")},
    ),
    ("Peru received Mi-17 helicopters on loan from Russia.", {("Mi-17", "RUS", "PER")}),
]

QUIET: list[tuple[str, set[Triple]]] = [
    (
        "Saab leased office space in Budapest while Hungary ordered Gripen jets.",
        {("Gripen", "SWE", "HUN")},
    ),
    ("The upgrade gives the Leopard 2 tanks of Spain a new lease of life.", set()),
    (
        "Norway lent support to the bid by Lithuania for Patriot launchers.",
        {("Patriot", "USA", "LTU")},
    ),
    ("The Polish minister gave a speech about the Patriot systems.", set()),
    ("Italy loaned money to Slovenia for its Leopard 2 tanks.", set()),
    (
        "Sweden lent a hand with the training while Hungary bought Gripen jets.",
        {("Gripen", "SWE", "HUN")},
    ),
    (
        "France lent credibility to the Indian bid for Scorpene submarines.",
        {("Scorpene", "FRA", "IND")},
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "Portugal loans one Leopard 2 tank to Slovakia each year.": "'loans' is no stage cue: no claim",
}

ALL = SELLER_SIDE + PASSIVES + BUYER_SIDE + QUIET


def test_probe_count() -> None:
    """The battery keeps about forty probes, each sentence once."""
    assert len(ALL) >= 35
    assert len({s for s, _ in ALL}) == len(ALL)


@pytest.mark.parametrize(("text", "expected"), with_known_misses(ALL, KNOWN_MISSES))
def test_roles(text: str, expected: set[Triple]) -> None:
    systems = {e[0] for e in expected}
    if not expected:
        systems = {c[0] for c in probe_claims(text)}
    got = {(c[0], c[1], c[2]) for c in probe_claims(text) if c[0] in systems}
    assert got == expected
