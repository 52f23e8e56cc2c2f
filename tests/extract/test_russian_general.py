"""Russian rules made general (issue 12): each new rule both ways, on whole sentences written
for these tests (none comes from ../shared/eval)."""

from __future__ import annotations

import pytest

from armsledger.extract.gazetteer import load_gazetteer
from armsledger.extract.morphology import inflections
from armsledger.extract.pipeline import extract
from armsledger.models import Article


def keys(text: str, published: str = "2024-01-01") -> set[str]:
    claims = extract(Article(doc="t", text=text, published=published))
    return {
        f"{c.system}|{c.supplier}|{c.recipient}|{c.stage.value}|{c.factuality.value}"
        for c in claims
    }


def systems(text: str) -> list[str]:
    return [e.value for _, _, _, e in load_gazetteer("ru").scan(text) if e.kind == "system"]


# --- morphology -------------------------------------------------------------------------------


def test_a_name_the_dictionary_spells_with_yo_is_found_with_ye() -> None:
    # The dictionary inflects "Мардер" as "мардёр"; the press writes "Мардеры".
    assert "Мардеры" in inflections("Мардер") and "Мардёры" in inflections("Мардер")
    assert systems("Германия передала Украине бронемашины Мардеры.") == ["Marder"]
    assert systems("Колонна Мардеров прошла учения.") == ["Marder"]
    assert inflections("Индия") == ("Индия", "Индии", "Индию", "Индией")


# --- parties listed together ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Украина получит истребители F-16 из Бельгии и Норвегии.",
            {"F-16|BEL|UKR|delivery|expected", "F-16|NOR|UKR|delivery|expected"},
        ),
        (
            "Россия поставит комплексы С-400 Индии и Китаю.",
            {"S-400|RUS|IND|delivery|expected", "S-400|RUS|CHN|delivery|expected"},
        ),
        (
            "Норвегия и Дания передадут Украине истребители F-16.",
            {"F-16|NOR|UKR|delivery|expected", "F-16|DNK|UKR|delivery|expected"},
        ),
    ],
)
def test_each_listed_party_takes_the_step(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


def test_a_list_of_both_sides_is_no_list() -> None:
    assert keys("Россия и Индия подписали контракт на поставку танков Т-90С.") == {
        "T-90|RUS|IND|agreement|asserted"
    }
    assert keys("Индия получит от России фрегаты проекта 11356.") == {
        "Talwar|RUS|IND|delivery|expected"
    }
