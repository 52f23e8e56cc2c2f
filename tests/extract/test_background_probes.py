"""Probe sentences for background transfers (CLAIMS.md rules 6, 9 and 10): a system whose past
transfer a relative clause or a participle tells ("the MiG-29s it bought from Belarus",
"jets donated by Belarus in 2019") is in the recipient's hands after that transfer. The step is
told as done whatever the main clause does with the system (replaces, upgrades, may sell, will
use), and a year inside the clause dates it (rule 6). A complement that only names a wish or a
schedule ("expects the jets delivered by March") is no such clause.

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract_with
from armsledger.models import Article
from tests.conftest import probe_claims

Key = tuple[str, str | None, str | None, str, str]


def k(system: str, supplier: str | None, recipient: str, stage: str, fact: str = "asserted") -> Key:
    return (system, supplier, recipient, stage, fact)


RELATIVE = [
    # The main clause replaces, retires or upgrades the system: no background, a claim.
    (
        "Algeria wants to replace the 36 MiG-29s it bought from Belarus in the early 2000s.",
        {k("MiG-29", "BLR", "DZA", "agreement")},
    ),
    (
        "Manila plans to retire the FA-50 jets it bought from South Korea in 2014.",
        {k("FA-50", "KOR", "PHL", "agreement")},
    ),
    (
        "Jakarta wants to replace the Hawk 209 jets it received from Britain in 1996.",
        {k("Hawk", "GBR", "IDN", "delivery")},
    ),
    (
        "Bangladesh is upgrading the MiG-29 jets it bought from Russia in 1999.",
        {k("MiG-29", "RUS", "BGD", "agreement")},
    ),
    (
        "Croatia is modernising the Mi-171 helicopters it received from Russia in 2012.",
        {k("Mi-171", "RUS", "HRV", "delivery")},
    ),
    # A modal, a plan or a negation of the main clause does not reach the relative clause.
    (
        "Peru plans to upgrade the MiG-29 fighters it purchased from Belarus in 1996.",
        {k("MiG-29", "BLR", "PER", "agreement")},
    ),
    (
        "Egypt will use the Rafale jets it acquired from France in 2015 for the drill.",
        {k("Rafale", "FRA", "EGY", "delivery")},
    ),
    (
        "Cairo will use the Mistral ships it acquired from France in 2016 as flagships.",
        {k("Mistral", "FRA", "EGY", "delivery")},
    ),
    (
        "Bogota will upgrade the Kfir jets it purchased from Israel.",
        {k("Kfir", "ISR", "COL", "agreement")},
    ),
    (
        "Hanoi is expected to modernise the Kilo submarines it ordered from Russia in 2009.",
        {k("Kilo", "RUS", "VNM", "agreement")},
    ),
    (
        "Turkey may activate the S-400 systems it bought from Russia.",
        {k("S-400", "RUS", "TUR", "agreement")},
    ),
    (
        "Thailand will not retire the Gripen jets it bought from Sweden.",
        {k("Gripen", "SWE", "THA", "agreement")},
    ),
    (
        "The Su-35 jets that Russia sold to Egypt in 2018 may never fly.",
        {k("Su-35", "RUS", "EGY", "agreement")},
    ),
    (
        "The Leopard 2 tanks Spain acquired from Germany in 1998 will go to Ukraine.",
        {k("Leopard 2", "DEU", "ESP", "delivery")},
    ),
    (
        "The FREMM frigates Italy delivered to Egypt in 2020 took part in the exercise.",
        {k("FREMM", "ITA", "EGY", "delivery")},
    ),
    (
        "Nigeria lost one of the JF-17 jets it bought from Pakistan in 2021.",
        {k("JF-17", "PAK", "NGA", "agreement")},
    ),
]

PARTICIPLE = [
    (
        "Egypt will use the Rafale jets acquired from France in 2015 for the drill.",
        {k("Rafale", "FRA", "EGY", "delivery")},
    ),
    (
        "MiG-29s, donated by Belarus in 2019, flew in the Serbian parade.",
        {k("MiG-29", "BLR", "SRB", "delivery")},
    ),
    (
        "Serbia showed the MiG-29 jets donated by Russia in 2017.",
        {k("MiG-29", "RUS", "SRB", "delivery")},
    ),
    (
        "Ukraine used T-72 tanks supplied by Poland to retake the village.",
        {k("T-72", "POL", "UKR", "delivery")},
    ),
    (
        "Kenya's army fields T-72 tanks purchased from Ukraine in 2007.",
        {k("T-72", "UKR", "KEN", "delivery")},
    ),
    (
        "Ecuador grounded the Dhruv helicopters purchased from India in 2009.",
        {k("Dhruv", "IND", "ECU", "agreement")},
    ),
    (
        "Morocco's F-16s, bought from the United States in 2008, took part in the exercise.",
        {k("F-16", "USA", "MAR", "agreement")},
    ),
    (
        # A participle after the fleet's noun tells the jets in hands (CLAIMS.md rule 10, as
        # "acquired from" does): round 57 (stage.bought_in_hands).
        "Romania operates F-16s bought second-hand from Portugal.",
        {k("F-16", "PRT", "ROU", "delivery")},
    ),
    # "by" names the buyer of a buy verb and the giver of a give verb.
    (
        "The S-400 systems, acquired by India several years ago, will be moved to the border.",
        {k("S-400", "RUS", "IND", "delivery")},
    ),
    (
        "The MiG-29 jets, bought by Peru in 1996, will be retired next year.",
        {k("MiG-29", "RUS", "PER", "agreement")},
    ),
    (
        "The K9 howitzers purchased by Norway in 2017 will be upgraded.",
        {k("K9", "KOR", "NOR", "agreement")},
    ),
    (
        "Rwanda deployed Mi-17 helicopters acquired from Russia.",
        {k("Mi-17", "RUS", "RWA", "delivery")},
    ),
    (
        "The Gepard guns donated by Germany in 2022 shot down drones over Kyiv.",
        {k("Gepard", "DEU", "UKR", "delivery")},
    ),
]

# Possession after a transfer named by a "-supplied" / "-donated" adjective (rule 10).
POSSESSION = [
    (
        "Ukraine used its US-supplied HIMARS to hit the bridge.",
        k("HIMARS", "USA", "UKR", "delivery"),
    ),
    ("Norwegian-donated NASAMS batteries protect Kyiv.", k("NASAMS", "NOR", "UKR", "delivery")),
    ("Ukraine received ex-Danish F-16 jets last summer.", k("F-16", "DNK", "UKR", "delivery")),
]


@pytest.mark.parametrize(("sentence", "expected"), RELATIVE + PARTICIPLE)
def test_background_transfer_is_asserted(sentence: str, expected: set[Key]) -> None:
    assert probe_claims(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), POSSESSION)
def test_possession_after_transfer(sentence: str, expected: Key) -> None:
    assert expected in probe_claims(sentence)


WHEN = [
    ("Algeria wants to replace the 36 MiG-29 jets it bought from Belarus in 2002.", "2002"),
    ("Manila plans to retire the FA-50 jets it bought from South Korea in 2014.", "2014"),
    ("Cairo will use the Mistral ships it acquired from France in 2016 as flagships.", "2016"),
    ("The Leopard 2 tanks Spain acquired from Germany in 1998 will go to Ukraine.", "1998"),
    ("MiG-29s, donated by Belarus in 2019, flew in the Serbian parade.", "2019"),
    ("Ecuador grounded the Dhruv helicopters purchased from India in 2009.", "2009"),
    ("The FREMM frigates Italy delivered to Egypt last year took part in the drill.", "2023"),
    ("Serbia will show the MiG-29 jets Belarus donated in October 2019 at the parade.", "2019-10"),
    ("The K9 howitzers purchased by Norway in 2017 will be upgraded.", "2017"),
]


@pytest.mark.parametrize(("sentence", "when"), WHEN)
def test_year_in_the_clause_dates_the_step(sentence: str, when: str) -> None:
    article = Article(doc="t", text=sentence, published="2024-01-01", title="Arms trade roundup")
    claims = [c for c in extract_with(article, None) if c.factuality.value == "asserted"]
    assert [c.when for c in claims] == [when]


# A participle that completes a wish or a schedule ("expects the jets delivered by March") is
# no relative clause: the step stays the main clause's, not asserted.
NOT_DONE = [
    "Hanoi hopes to see the Su-30 jets delivered by 2027.",
    "Peru hopes to see the K2 tanks delivered by 2026.",
    "Romania expects the F-35 jets delivered from 2030.",
    "Quito expects the Dhruv helicopters delivered by March.",
    "India expects the S-400 systems delivered before the end of the year.",
]


@pytest.mark.parametrize("sentence", NOT_DONE)
def test_complement_participle_is_not_asserted(sentence: str) -> None:
    assert all(c[4] != "asserted" for c in probe_claims(sentence))


# The weapon's target, a state adjective after an attack verb, is no party to its transfer
# (roles.target_before): the system came from the named supplier, not to the target.
TARGETS = [
    ("US-supplied HIMARS launchers struck a Russian depot.", "RUS"),
    ("Ukrainian crews fired French-supplied Caesar howitzers at Russian positions.", "RUS"),
    ("Turkish-supplied Bayraktar TB2 drones destroyed Armenian tanks.", "ARM"),
    ("The Gepard guns donated by Germany shot down Russian drones over Odesa.", "RUS"),
    ("Iranian-supplied Shahed drones hit Ukrainian power plants.", "UKR"),
    ("Saudi F-15 jets bought from the United States bombed Yemeni positions.", "YEM"),
]


@pytest.mark.parametrize(("sentence", "target"), TARGETS)
def test_target_is_no_recipient(sentence: str, target: str) -> None:
    assert all(target not in (c[1], c[2]) for c in probe_claims(sentence))


# A parenthetical relative clause after the subject keeps its modal or negation to itself
# (text.clause_break, group "close"): the main verb's background step stays asserted.
PARENTHETICAL = [
    (
        "Chile, which will not confirm the talks, bought F-16 jets from the Netherlands in 2006.",
        k("F-16", "NLD", "CHL", "agreement"),
    ),
    (
        "Norway, which may buy more jets, received its first F-35 in 2017.",
        k("F-35", "USA", "NOR", "delivery"),
    ),
    (
        "India, which could order more, took delivery of the first S-400 in 2021.",
        k("S-400", "RUS", "IND", "delivery"),
    ),
    (
        "Peru, which has yet to sign the new deal, previously bought six KT-1 trainers in 2012.",
        k("KT-1", "KOR", "PER", "agreement"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PARENTHETICAL)
def test_parenthetical_relative_keeps_its_modal(sentence: str, expected: Key) -> None:
    assert expected in probe_claims(sentence)
