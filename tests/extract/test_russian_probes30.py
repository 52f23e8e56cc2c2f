"""Russian probes (round 30): the other side of a purchase under discussion sells ('Вьетнам с
Индией обсуждает покупку': roles.ru.purchase_with), not of a supply ('обсудить с Перу поставку');
supplies said to drag out a war, and any supplies at all, name no step (stage.ru.exclusions).
Every text is our own."""

from __future__ import annotations

import pytest

from tests.extract.test_russian_probes29 import Claim, claims

CLAIMS: list[tuple[str, set[Claim]]] = [
    (
        "Вьетнам с Индией обсуждает покупку противокорабельных ракет BrahMos.",
        {("BrahMos", "IND", "VNM", "negotiation", "asserted")},
    ),
    (
        "Чили обсуждает с Францией закупку истребителей Rafale.",
        {("Rafale", "FRA", "CHL", "negotiation", "asserted")},
    ),
    (
        "Любые поставки систем Patriot Киеву лишь затягивают конфликт, заявили в Москве.",
        set(),
    ),
    (
        "Поставки систем Patriot Киеву затягиваются из-за нехватки ракет.",
        {("Patriot", "USA", "UKR", "postponed", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claims(text: str, expected: set[Claim]) -> None:
    assert claims(text) == expected
