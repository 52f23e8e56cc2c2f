# ruff: noqa: E501
"""Russian probes (round 29): what a sentence says after 'и вместо этого' is chosen, not set
aside (stage.ru.background_before, roles.ru.not_a_party_before); a party 'с X' is the other
side of a deal, which receives only where no other party can (roles.ru.counterpart_with); a
state's own armed service receiving ('передадут ВКС России') is no transfer, but only for the
cue that hands the systems to it (roles.ru.own_forces_after); an attributive 'возможный'
hedges only the noun after it, not talks about it (factuality.ru.possible); preparing a handover
expects it (factuality.ru.expected), and signing the act of acceptance delivers
(stage.ru.acceptance_signed); a buyer awaiting a named system expects it (stage.ru.await_system). Every text is our own.

CLAIMS: a text and the (system, supplier, recipient, stage, factuality) of every claim it must
give, no more."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract
from armsledger.models import Article

Claim = tuple[str, str | None, str | None, str, str]


def claims(text: str) -> set[Claim]:
    article = Article(doc="t", text="Новости\n\n" + text, published="2024-05-15")
    return {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value)
        for c in extract(article)
    }


CLAIMS: list[tuple[str, set[Claim]]] = [
    (
        "Индонезия отказалась от контракта на истребители Су-35, подписанного с Россией в 2018 году, и вместо этого закажет французские Rafale.",
        {
            ("Su-35", "RUS", "IDN", "cancelled", "asserted"),
            ("Su-35", "RUS", "IDN", "agreement", "asserted"),
            ("Rafale", "FRA", "IDN", "agreement", "expected"),
        },
    ),
    (
        "Перу отказалось от гаубиц М777 и вместо этого закупит южнокорейские гаубицы K9.",
        {
            ("M777", "USA", "PER", "cancelled", "asserted"),
            ("K9", "KOR", "PER", "negotiation", "asserted"),
        },
    ),
    (
        "Вьетнам ведет переговоры с Россией о возможной закупке истребителей Су-57.",
        {("Su-57", "RUS", "VNM", "negotiation", "asserted")},
    ),
    (
        "Возможная поставка С-400 Ирану беспокоит Израиль.",
        {("S-400", "RUS", "IRN", "delivery", "possible")},
    ),
    (
        "Идет подготовка к передаче Индии второго фрегата проекта 11356.",
        {("Talwar", "RUS", "IND", "delivery", "expected")},
    ),
    (
        "В Иркутске подписан акт приема-передачи истребителей Су-30СМ для Белоруссии.",
        {("Su-30", "RUS", "BLR", "delivery", "asserted")},
    ),
    (
        "Иран ждет истребители Су-35 из России.",
        {("Su-35", "RUS", "IRN", "delivery", "expected")},
    ),
    ("Индия ждет ответа России по С-400.", set()),
    (
        "Египет отказался от Су-35. Часть самолетов, уже построенных для Египта, может быть передана ВКС России.",
        {
            ("Su-35", "RUS", "EGY", "cancelled", "asserted"),
            ("Su-35", "RUS", "EGY", "production", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_russian_probe(text: str, expected: set[Claim]) -> None:
    assert claims(text) == expected
