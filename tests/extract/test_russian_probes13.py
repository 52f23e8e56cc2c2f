# ruff: noqa: E501
"""Russian probes (round 13): known misses of the first round. "Об этом сообщил X: <claim>"
(the colon points forward: the claim after it is X's, attribution.ru.about_this_forward); an
agreement on military-technical cooperation is a framework, no contract for the system beside
it (stage.ru.exclusion_framework); a ranking among the users of a whole class of arms
("крупнейший эксплуатант российских вертолетов") is no fleet line for the system in focus
(stage.ru.exclusion_category_fleet). Every text is our own.

SOURCES: a text and the (system, stage, factuality, source, via) of every claim it must give.
CLAIMS: a text and the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article

Claim = tuple[str, str | None, str | None, str, str]
Sourced = tuple[str, str, str, str | None, tuple[str, ...]]


def _extract(text: str) -> list:
    return extract(Article(doc="t", text="Новости\n\n" + text, published="2024-05-15"))


def sourced(text: str) -> set[Sourced]:
    return {
        (c.system, c.stage.value, c.factuality.value, c.source, tuple(c.via))
        for c in _extract(text)
    }


def claims(text: str) -> set[Claim]:
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in _extract(text)
    }


SOURCES: list[tuple[str, set[Sourced]]] = [
    (
        "Об этом сообщил глава ФСВТС Дмитрий Шугаев: Россия поставила Индии С-400.",
        {("S-400", "delivery", "asserted", "глава ФСВТС Дмитрий Шугаев", ())},
    ),
    (
        "Об этом рассказал ТАСС источник в оборонной отрасли: Египет подписал контракт на Су-35.",
        {("Su-35", "agreement", "asserted", "источник в оборонной отрасли", ("ТАСС",))},
    ),
    (
        "Об этом заявил посол Ирана в Москве: Тегеран не получал истребители Су-35.",
        {("Su-35", "delivery", "denied", "посол Ирана в Москве", ())},
    ),
    (
        "Об этом в среду сообщил замминистра обороны Индии: первые танки Т-90 прибудут осенью.",
        {("T-90", "delivery", "expected", "замминистра обороны Индии", ())},
    ),
    (
        "Об этом сообщает пресс-служба Минобороны Белоруссии: в республику прибыли самолеты Як-130.",
        {("Yak-130", "delivery", "asserted", "пресс-служба Минобороны Белоруссии", ())},
    ),
    (
        "Об этом сообщил РИА Новости источник: Алжир закупил истребители Су-57Э.",
        {("Su-57", "agreement", "asserted", "источник", ("РИА Новости",))},
    ),
    (
        "Об этом говорится в заявлении ФСВТС: Мьянма получила вертолеты Ми-35.",
        {("Mi-35", "delivery", "asserted", "ФСВТС", ())},
    ),
    (
        "Об этом заявил президент Турции: Анкара может купить еще одну партию С-400.",
        {("S-400", "agreement", "possible", "президент Турции", ())},
    ),
    # no colon: the sentence speaks in its own voice, as before
    (
        "Россия поставила Индии С-400, об этом сообщалось ранее.",
        {("S-400", "delivery", "asserted", None, ())},
    ),
]

CLAIMS: list[tuple[str, set[Claim]]] = [
    # a cooperation agreement is a framework, no contract for the system
    (
        "Египет получит Су-35 в рамках соглашения о военно-техническом сотрудничестве с Россией.",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
    ),
    (
        "В рамках соглашения о военно-техническом сотрудничестве Индия получила танки Т-90.",
        {("T-90", "RUS", "IND", "delivery", "asserted")},
    ),
    (
        "Россия поставила Индии танки Т-90. Машины переданы в рамках соглашения о военно-техническом сотрудничестве.",
        {("T-90", "RUS", "IND", "delivery", "asserted")},
    ),
    (
        "Вьетнам получил истребители Су-30 по межправительственному соглашению о ВТС.",
        {("Su-30", "RUS", "VNM", "delivery", "asserted")},
    ),
    # a contract named beside the framework keeps its own cue
    (
        "Индия подписала контракт на танки Т-90 в рамках соглашения о военно-техническом сотрудничестве.",
        {("T-90", "RUS", "IND", "agreement", "asserted")},
    ),
    # a ranking among a whole class's users names no system
    (
        "Египет заказал вертолеты Ка-52. Алжир является крупнейшим эксплуатантом российских вертолетов.",
        {("Ka-52", "RUS", "EGY", "agreement", "asserted")},
    ),
    (
        "Египет заказал вертолеты Ка-52. Алжир является крупнейшим эксплуатантом российских вертолетов в Африке.",
        {("Ka-52", "RUS", "EGY", "agreement", "asserted")},
    ),
    (
        "Индия купила танки Т-90. Индия — крупнейший покупатель российского оружия.",
        {("T-90", "RUS", "IND", "agreement", "asserted")},
    ),
    # the fleet named by its designation is still a fleet line
    (
        "Алжир является крупнейшим эксплуатантом российских вертолетов Ми-28.",
        {("Mi-28", "RUS", "DZA", "delivery", "asserted")},
    ),
    # what is replaced is not received
    (
        "Вместо истребителей Су-35 Египет получит самолеты Rafale.",
        {("Rafale", "FRA", "EGY", "delivery", "expected")},
    ),
    (
        "Вместо С-400 Турция получит комплексы Patriot.",
        {("Patriot", "USA", "TUR", "delivery", "expected")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES, ids=[t[:40] for t, _ in SOURCES])
def test_sources(text: str, expected: set[Sourced]) -> None:
    assert expected <= sourced(text)


@pytest.mark.parametrize(("text", "expected"), CLAIMS, ids=[t[:40] for t, _ in CLAIMS])
def test_claims(text: str, expected: set[Claim]) -> None:
    assert claims(text) == expected
