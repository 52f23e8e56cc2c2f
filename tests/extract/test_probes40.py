# ruff: noqa: E501
"""Probes (round 40): a step said to be imminent, close or on track is planned; a batch told as due
in an absolute "with" phrase after the deal ("with the first four due in 2026") is a scheduled
delivery; the number in a background system's name ("to replace its PzH 2000 fleet") is no year; a
deal neither side has confirmed is a hedge, and a contract not published is no contract denied; a
demonym before a weapon noun ("the French jet") tells where another system of the article comes
from and is no party to this sentence's steps; a system a contact relative clause tells as being
bought ("the submarines it is buying from France") is no background of what is fitted to it; a
giver listed with its own count and year ("by Russia in 2017 and four by Belarus in 2019") gives
too; a report called premature ("called premature reports that ...") is denied, and its claim
stands beside the denial (CLAIMS.md rule 3). A pronoun subject standing for a buyer abroad ("It
signed a deal for Israel Aerospace Industries' Barak MX") makes no home purchase of the maker's
sale. A place the system reaches ("Danish F-16 jets reached Ukraine") receives it. A negated
copula before a judgement of the step ("the delay was not a surprise") leaves the step as told; a
company named with a state right after it ("BAE Systems Australia") is its subsidiary in that
state. A caption describing a pictured specimen ("Photo: A Scorpene-class submarine during sea
trials") is not read. A deal told as signed at a date of its own before the halt that ends it
("contract signed in 2018 ... was cancelled in 2021") is told as signed too. Russian: a date
opening the sentence ("В 2023 году Рособоронэкспорт подписал ...") makes no destination of the
subject after it; a report put first and called untrue after it ("Сообщения о покупке ... министр
назвал ложными", "Информация о ... не соответствует действительности") is denied beside its claim;
listed givers each keep their own year ("Россией в 2017 году и Белоруссией в 2021 году"). A shift
of the terms told as a noun ("о сдвиге сроков поставки") puts the step off; a purchase put first
and approved after it ("Закупку ... одобрил Комитет") is a negotiation. The words calling a report
untrue may open a quote («не соответствуют действительности»); the state defence order ("в рамках
государственного оборонного заказа") is a state's own plan, no agreement. A state before a comma
and a past participle of its own ("Бельгия, обещавшая передать ...") takes that participle's verb.
A state set beside the step ("Помимо Индии, ...") is none of its parties. A maker named in the
instrumental after a present passive ("производится концерном ...") describes who makes the
system, no production for a customer. Every text is our own.

Each text goes with the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more, or the (system, stage, when) of the steps it dates."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_probes34 import english_claims
from tests.extract.test_probes37 import english_whens
from tests.extract.test_russian_probes29 import claims as russian_claims

Claim = tuple[str, str | None, str | None, str, str]

ENGLISH: list[tuple[str, set[Claim]]] = [
    # a deal said to be close, imminent or on track is not signed yet: a plan
    (
        "A deal for Indonesia's Su-35 jets is close, Russian officials say.",
        {("Su-35", "RUS", "IDN", "agreement", "expected")},
    ),
    (
        "The Rafale deal with Serbia is on track, Dassault says.",
        {("Rafale", "FRA", "SRB", "agreement", "expected")},
    ),
    (
        "Delivery of the first K2 tanks to Poland is imminent.",
        {("K2", "KOR", "POL", "delivery", "expected")},
    ),
    # a report called premature is denied, and its claim stands beside the denial
    (
        "The ministry called premature reports that Indonesia had signed a contract for BrahMos missiles from India.",
        {
            ("BrahMos", "IND", "IDN", "agreement", "denied"),
            ("BrahMos", "IND", "IDN", "agreement", "asserted"),
        },
    ),
    # a deal neither side has confirmed: the sides withhold their word, no claim
    # (stage.exclusion_unconfirmed)
    (
        "Neither government has confirmed any such deal for Su-35 jets with Iran.",
        set(),
    ),
    # a contract not published is no contract denied
    (
        "Yerevan is reported to have ordered Akash systems from India in 2023, although neither government has published the contract.",
        {("Akash", "IND", "ARM", "agreement", "asserted")},
    ),
    # a demonym before a weapon noun tells another system's origin: no party to this one's step
    (
        "India signed for 26 Rafale Marine jets. The Navy had picked the French jet after trials in which Boeing's F/A-18 Super Hornet also competed.",
        {
            ("Rafale", "FRA", "IND", "agreement", "asserted"),
            ("F/A-18", "USA", "IND", "negotiation", "asserted"),
        },
    ),
    # a system a contact relative clause tells as being bought is no background of the engine
    # it gets
    (
        "Lima agreed to new engines for the Scorpene submarines it is buying from France.",
        {("Scorpene", "FRA", "PER", "agreement", "asserted")},
    ),
    # a giver listed with its own count and year after the first
    (
        "MiG-29 jets were donated to Serbia by Russia in 2017 and four by Belarus in 2019.",
        {
            ("MiG-29", "RUS", "SRB", "delivery", "asserted"),
            ("MiG-29", "BLR", "SRB", "delivery", "asserted"),
        },
    ),
    # a pronoun subject standing for a buyer abroad makes no home purchase of its maker's sale
    (
        "Morocco received its first AH-64 helicopters in March. It signed a deal for Israel Aerospace Industries' Barak MX air defence system in 2022.",
        {
            ("AH-64", "USA", "MAR", "delivery", "asserted"),
            ("Barak MX", "ISR", "MAR", "agreement", "asserted"),
        },
    ),
    (
        "The Pentagon ordered 40 F-35 jets from Lockheed Martin. It also ordered 20 C-130J aircraft from Lockheed Martin.",
        set(),
    ),
    # a place the system reaches receives it
    (
        "Danish F-16 jets reached Ukraine in August.",
        {("F-16", "DNK", "UKR", "delivery", "asserted")},
    ),
    # a negated copula before a judgement of the step denies the judgement, not the step
    (
        "The delay in K2 deliveries to Poland was not a surprise.",
        {("K2", "KOR", "POL", "postponed", "asserted")},
    ),
    # a company named with a state after it is its subsidiary there: a home build
    (
        "The navy's first Hunter-class frigate, being built by BAE Systems Australia in Adelaide, will enter service next decade.",
        set(),
    ),
    (
        "Australia ordered 12 Hunter-class frigates from BAE Systems in 2018.",
        {("Hunter", "GBR", "AUS", "agreement", "asserted")},
    ),
    # a caption describing a pictured specimen tells no step; one telling news is read
    (
        "Indonesia orders two Scorpene submarines from France\n\nPhoto: A Scorpene-class submarine during sea trials off Cherbourg.",
        {("Scorpene", "FRA", "IDN", "agreement", "asserted")},
    ),
    (
        "Photo: Ukraine receives its first F-16 jets from Denmark.",
        {("F-16", "DNK", "UKR", "delivery", "asserted")},
    ),
    # a deal told as signed at a date of its own before the halt that ends it is told too
    (
        "Indonesia's contract signed in 2018 for 11 Su-35 jets from Russia was cancelled in 2021.",
        {
            ("Su-35", "RUS", "IDN", "agreement", "asserted"),
            ("Su-35", "RUS", "IDN", "cancelled", "asserted"),
        },
    ),
    (
        "A contract for 11 Su-35 jets signed with Russia in 2018 was cancelled by Indonesia in 2021.",
        {
            ("Su-35", "RUS", "IDN", "agreement", "asserted"),
            ("Su-35", "RUS", "IDN", "cancelled", "asserted"),
        },
    ),
    # a batch due in an absolute "with" phrase after the order is a scheduled delivery
    (
        "Chile ordered 12 F-16 jets from the US in May, with the first four due in 2026.",
        {
            ("F-16", "USA", "CHL", "agreement", "asserted"),
            ("F-16", "USA", "CHL", "delivery", "expected"),
        },
    ),
    (
        "Peru signed for 18 Gripen jets from Sweden, with the first due for delivery in 2027.",
        {
            ("Gripen", "SWE", "PER", "agreement", "asserted"),
            ("Gripen", "SWE", "PER", "delivery", "expected"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:50] for t, _ in ENGLISH])
def test_english(text: str, expected: set[Claim]) -> None:
    assert english_claims(text) == expected


WHENS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # the number in a background system's name is no year
    (
        "Norway ordered K9 howitzers from South Korea to replace its PzH 2000 fleet.",
        {("K9", "agreement", None)},
    ),
    (
        "Chile ordered 12 F-16 jets from the US in May, with the first four due in 2026.",
        {("F-16", "agreement", "2024-05"), ("F-16", "delivery", "2026")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHENS, ids=[t[:50] for t, _ in WHENS])
def test_english_when(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= english_whens(text)


RUSSIAN: list[tuple[str, set[Claim]]] = [
    # a date opening the sentence makes no destination of the subject after it
    (
        "В 2023 году Рособоронэкспорт подписал с Египтом контракт на поставку Су-35.",
        {("Su-35", "RUS", "EGY", "agreement", "asserted")},
    ),
    # a report put first and called untrue after it: denied, beside the report's own claim
    (
        "Сообщения о покупке Сербией истребителей J-10 президент назвал ложными.",
        {
            ("J-10", "CHN", "SRB", "agreement", "denied"),
            ("J-10", "CHN", "SRB", "agreement", "asserted"),
        },
    ),
    (
        "Информация о поставках Су-35 в Иран не соответствует действительности.",
        {
            ("Su-35", "RUS", "IRN", "delivery", "denied"),
            ("Su-35", "RUS", "IRN", "delivery", "asserted"),
        },
    ),
    # a report of a step still to come keeps no asserted twin
    (
        "Сообщения о том, что Сербия будет покупать истребители J-10, президент назвал ложными.",
        {("J-10", "CHN", "SRB", "agreement", "denied")},
    ),
    # a shift of the terms told as a noun puts the step off
    (
        "В ФСВТС заявили о сдвиге сроков поставки Су-35 в Индонезию.",
        {("Su-35", "RUS", "IDN", "postponed", "asserted")},
    ),
    # the purchase put first and the approving verb after it: an approval, a negotiation
    (
        "Закупку истребителей Rafale 9 апреля одобрил Комитет по безопасности кабинета министров Индии.",
        {("Rafale", "FRA", "IND", "negotiation", "asserted")},
    ),
    # a council named for purchases approves no purchase by its name
    (
        "Совет по оборонным закупкам Индии одобрил приобретение истребителей Су-30МКИ.",
        {("Su-30", "RUS", "IND", "negotiation", "asserted")},
    ),
    # the words calling a report untrue may open a quote
    (
        "Минобороны Ирана заявило, что сообщения о прибытии Су-35 «не соответствуют действительности».",
        {
            ("Su-35", "RUS", "IRN", "delivery", "denied"),
            ("Su-35", "RUS", "IRN", "delivery", "asserted"),
        },
    ),
    # the state defence order is a state's own plan: no agreement, its planned delivery stands
    (
        "В рамках государственного оборонного заказа в этом году планируется поставка из России в Белоруссию истребителей Су-30СМ2.",
        {("Su-30", "RUS", "BLR", "delivery", "expected")},
    ),
    # a state before a comma and its own past participle takes that participle's verb
    (
        "Дания передала Украине F-16. Бельгия, обещавшая передать Украине первые F-16, перенесла сроки.",
        {
            ("F-16", "DNK", "UKR", "delivery", "asserted"),
            ("F-16", "BEL", "UKR", "delivery", "asserted"),
            ("F-16", "BEL", "UKR", "postponed", "asserted"),
        },
    ),
    # a state set beside the step ("Помимо Индии") is none of its parties
    (
        "Индия получила С-400 в 2021 году. Помимо Индии, эти системы были поставлены Китаю и Турции.",
        {
            ("S-400", "RUS", "IND", "delivery", "asserted"),
            ("S-400", "RUS", "CHN", "delivery", "asserted"),
            ("S-400", "RUS", "TUR", "delivery", "asserted"),
        },
    ),
    # a maker named in the instrumental after a present passive describes who makes the system
    (
        "Индия получила С-400. С-400 «Триумф» производится концерном ВКО «Алмаз-Антей».",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
    ),
    (
        "Танки Т-90 для Индии производятся на заводе в Нижнем Тагиле.",
        {("T-90", "RUS", "IND", "production", "asserted")},
    ),
    # listed givers each keep their own year
    (
        "МиГ-29 были переданы Сербии Россией в 2017 году и Белоруссией в 2021 году.",
        {
            ("MiG-29", "RUS", "SRB", "delivery", "asserted"),
            ("MiG-29", "BLR", "SRB", "delivery", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN, ids=[t[:50] for t, _ in RUSSIAN])
def test_russian(text: str, expected: set[Claim]) -> None:
    assert russian_claims(text) == expected


def test_russian_listed_givers_keep_their_own_year() -> None:
    text = "Новости\n\nМиГ-29 были переданы Сербии Россией в 2017 году и Белоруссией в 2021 году."
    found = {
        (c.supplier, c.when) for c in extract(Article(doc="t", text=text, published="2024-05-15"))
    }
    assert found == {("RUS", "2017"), ("BLR", "2021")}
