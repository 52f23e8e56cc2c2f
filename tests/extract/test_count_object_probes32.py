"""Counts standing for the system, and the subjects of later clauses.

News goes on about a system without naming it again: "Finland ordered 48 in 2017", "Estonia
signed for 12 more". A count with no noun as a step's object (nouns.elided_object) stands for
the system in focus, as "the howitzers" would; inside a relative clause after a state
("Denmark, which signed for 44 in 2022, is next") it speaks of the sentence's system, and the
state the clause follows is its party (pronouns: a relative "which" is a pronoun for it). So is
the state opening a sentence for a later clause's "it" ("Manila received twelve jets, and last
month it signed for twelve more": roles.clause_pronoun_subject).

A state the cue's own clause names in no role of its own receives that clause's step, not
the state another clause has receive ("Ukraine has received IRIS-T from Germany, and Slovenia
has signed a contract": roles); the subjects of a new clause after a governed party are no
members of its list ("from South Korea, and Romania is in talks": roles.subject_after_comma).
A clause naming no buyer goes on with the buyer its sentence named, not the article's buyer
from before ("Armenia received the ATAGS howitzers, and deliveries of Akash are to begin";
"building three submarines for Israel, the first of which is due for delivery": parties).
The other side of an earlier clause's deal does not supply a later clause's step ("signed
contracts with Chile, and with Peru, which is buying four": roles), and a sentence listing
several buyers makes none of them the buyer the next sentences go on about (claims.write).
A courtesy title ("Mr Ahmed", "господин Петров") is no part of a speaker's name
(attribution.honorific); a speaker's "its contract" is its state's own deal (roles.said_it),
so its state stays a party.

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_customer_probes31 import _check, _claims

ARTICLES = [
    (
        "Hanwha sells K9 howitzers abroad",
        "Hanwha has sold the K9 howitzer widely. Finland ordered 48 in 2017. Estonia signed for"
        " 12 in 2018.",
        "K9|KOR|FIN|agreement|asserted;K9|KOR|EST|agreement|asserted",
    ),
    (
        "Turkey sells Bayraktar TB2 drones",
        "Turkey has sold Bayraktar TB2 drones to many states. Poland bought 24 in 2021, and"
        " Kuwait took delivery of the first six last month.",
        "Bayraktar TB2|TUR|POL|agreement|asserted;Bayraktar TB2|TUR|KWT|delivery|asserted",
    ),
    (
        "Norway buys CV90 vehicles",
        "Norway has ordered 20 CV90 vehicles from Sweden. Denmark, which signed for 44 in 2022,"
        " is next in line.",
        "CV90|SWE|DNK|agreement|asserted;CV90|SWE|NOR|agreement|asserted",
    ),
    (
        "Manila adds Korean jets",
        "Manila received twelve FA-50 jets from South Korea by 2017, and last month it signed for"
        " twelve more.",
        "FA-50|KOR|PHL|agreement|asserted;FA-50|KOR|PHL|delivery|asserted",
    ),
    (
        "Embraer wins C-390 orders",
        "Embraer's C-390 transport is selling well. During the year the company signed contracts"
        " with Chile, for two aircraft, and with Peru and Colombia, which are buying three and"
        " four respectively.",
        "C-390|BRA|PER|agreement|asserted;C-390|BRA|COL|agreement|asserted;"
        "!C-390|CHL|PER|agreement|asserted;!C-390|CHL|COL|agreement|asserted",
    ),
    # a relative clause's second verb is its antecedent's too, past a governed party
    (
        "Kuwait gets Typhoons",
        "Kuwait took its first Typhoons from Italy in 2021. Qatar, which ordered 24 Typhoons"
        " from Britain in 2017 and took delivery of the first in 2022, signed for 12 more.",
        "Eurofighter|GBR|QAT|delivery|asserted;!Eurofighter|GBR|KWT|delivery|asserted",
    ),
    # a relative clause the rules left unpaired is its antecedent list's step
    (
        "Embraer sells C-390",
        "Sweden signed for four C-390s in June, following the Netherlands and Austria, which"
        " ordered jointly in 2024.",
        "C-390|BRA|NLD|agreement|asserted;C-390|BRA|AUT|agreement|asserted;"
        "C-390|BRA|SWE|agreement|asserted",
    ),
    # a clause naming no buyer goes on with the one its sentence named, not the article's
    (
        "Norway orders submarines",
        "Norway has ordered two Type 212CD submarines from Germany. TKMS is also building three"
        " Dakar-class submarines for Israel, the first of which is due for delivery in 2031.",
        "Dakar|DEU|ISR|delivery|expected;!Dakar|DEU|NOR|delivery|expected",
    ),
    # the cue's own clause names its receivers, in no role the words give them
    (
        "Germany sells IRIS-T",
        "Ukraine has received a dozen IRIS-T SLM systems from Germany since 2022, and Slovenia"
        " and Latvia have signed contracts.",
        "IRIS-T|DEU|SVN|agreement|asserted;IRIS-T|DEU|UKR|delivery|asserted;"
        "!IRIS-T|DEU|UKR|agreement|asserted",
    ),
    # a new clause's subjects after a governed party are no members of its list
    (
        "Korea sells K9",
        "Poland has received 100 K9 howitzers from South Korea, and Romania and Vietnam are in"
        " talks.",
        "K9|KOR|ROU|negotiation|asserted;!K9|ROU|POL|delivery|asserted;"
        "!K9|VNM|POL|delivery|asserted",
    ),
]

# A count followed by a noun of its own is that noun's, and money or a year is no count.
QUIET = [
    (
        "Norway buys CV90 vehicles",
        "Norway has ordered 20 CV90 vehicles from Sweden. Latvia also ordered 48 trucks in 2019.",
        "!CV90|SWE|LVA|agreement|asserted",
    ),
    (
        "Norway buys CV90 vehicles",
        "Norway has ordered 20 CV90 vehicles from Sweden. Latvia received $12 million in aid.",
        "!CV90|SWE|LVA|delivery|asserted",
    ),
]


@pytest.mark.parametrize(("title", "body", "spec"), ARTICLES + QUIET)
def test_count_as_object(title: str, body: str, spec: str) -> None:
    _check(title, body, spec)


def test_a_count_carries_its_own_date() -> None:
    got = _claims(
        "Hanwha sells K9 howitzers abroad",
        "Hanwha has sold the K9 howitzer widely. Finland ordered 48 in 2017.",
    )
    assert got[("K9", "KOR", "FIN", "agreement", "asserted")] == "2017"


def test_a_list_of_buyers_leaves_the_article_buyer_in_focus() -> None:
    got = _claims(
        "Morocco orders Caesar howitzers",
        "Morocco has ordered 36 Caesar howitzers from France. Belgium bought 9 in 2022, and"
        " Lithuania bought 18 in 2023. The howitzers will be delivered next year.",
    )
    assert ("Caesar", "FRA", "MAR", "delivery", "expected") in got
    assert ("Caesar", "FRA", "LTU", "delivery", "expected") not in got


@pytest.mark.parametrize(
    ("title", "body", "speaker"),
    [
        (
            "India to get more S-400",
            "Russia will deliver two more S-400 regiments to India this year, Mr Ahmed said.",
            "Ahmed",
        ),
        (
            "Россия поставит Индии С-400",
            "Россия поставит Индии ещё два полка С-400 до конца года, сообщил господин Петров.",
            "Петров",
        ),
    ],
)
def test_a_courtesy_title_is_no_part_of_the_speaker(title: str, body: str, speaker: str) -> None:
    article = Article(doc="t", text=f"{title}\n\n{body}", published="2024-03-01", title=title)
    assert {c.source for c in extract(article) if c.stage.value == "delivery"} == {speaker}


def test_a_speakers_own_deal_keeps_its_state() -> None:
    got = _claims(
        "Indonesia's Rafale deal in force",
        "SINGAPORE — Indonesia's defence ministry said its contract for 42 Rafale fighters from"
        " France had entered into force last month.",
    )
    assert ("Rafale", "FRA", "IDN", "agreement", "asserted") in got
    assert not [k for k in got if k[2] == "SGP"]


def _russian(body: str) -> set[tuple[str, ...]]:
    article = Article(doc="t", text=f"Новости\n\n{body}", published="2024-03-01", title="Новости")
    return {
        (c.system, c.supplier or "-", c.recipient or "-", c.stage.value, c.factuality.value)
        for c in extract(article)
    }


def test_a_russian_negative_pronoun_denies_the_step() -> None:
    got = _russian("Россия поставила Индии С-400. Никакого срыва поставок С-400 нет.")
    assert ("S-400", "RUS", "IND", "postponed", "denied") in got
    assert ("S-400", "RUS", "IND", "postponed", "asserted") not in got


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            "Минск поставил Зимбабве бронеавтомобили «Кайман».",
            ("Kayman", "BLR", "ZWE", "delivery", "asserted"),
        ),
        (
            "Белоруссия поставила Вьетнаму ЗРК Т38 «Стилет».",
            ("T38 Stilet", "BLR", "VNM", "delivery", "asserted"),
        ),
    ],
)
def test_belarusian_systems_are_known(body: str, key: tuple[str, ...]) -> None:
    got = _russian(body)
    assert key in got
    assert not [k for k in got if k[0] == "T-38"]


def test_a_russian_clause_goes_on_with_its_sentences_buyer() -> None:
    got = _russian(
        "Индия продала Азербайджану ракеты BrahMos. Армения в марте получила гаубицы ATAGS,"
        " а поставки комплексов Akash планируется начать до конца года."
    )
    assert ("Akash", "IND", "ARM", "delivery", "expected") in got
    assert ("Akash", "IND", "AZE", "delivery", "expected") not in got
