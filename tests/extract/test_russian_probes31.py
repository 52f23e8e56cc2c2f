"""Russian probes (round 31): a deal not commented on, a deal that caused displeasure and
countertrade deliveries of goods name no step (stage.ru.exclusions); a buyer's interest in a
system is talks ('об интересе Перу к катерам': stage.ru.negotiation_words). Every text is our
own."""

from __future__ import annotations

import pytest

from tests.extract.test_russian_probes29 import Claim, claims

CLAIMS: list[tuple[str, set[Claim]]] = [
    (
        "Франция продала Индии истребители Rafale. В Минобороны сделку с Египтом не"
        " комментировали.",
        {("Rafale", "FRA", "IND", "agreement", "asserted")},
    ),
    (
        "Франция поставила Индии истребители Rafale. Сделка вызвала недовольство в Пакистане.",
        {("Rafale", "FRA", "IND", "delivery", "asserted")},
    ),
    (
        "Россия продала Индонезии истребители Су-35. Половину суммы Джакарта оплатит"
        " встречными поставками кофе.",
        {("Su-35", "RUS", "IDN", "agreement", "asserted")},
    ),
    (
        "Много писали об интересе Катара к зенитным ракетным системам С-400.",
        {("S-400", "RUS", "QAT", "negotiation", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claims(text: str, expected: set[Claim]) -> None:
    assert claims(text) == expected
