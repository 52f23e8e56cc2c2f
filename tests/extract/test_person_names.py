"""A weapon's name that is also a person's (extract/person_names.py): beside a bare capitalised
word it is the person, beside a weapon noun or a gazetteer name it stays the weapon."""

from __future__ import annotations

from armsledger.extract.gazetteer import load_gazetteer
from armsledger.extract.mentions import scan


def _systems(text: str) -> list[str]:
    return [m.value for m in scan(load_gazetteer("en"), text) if m.kind == "system"]


def test_a_first_name_before_a_surname_is_a_person() -> None:
    # "Ruslan" is an alias of the An-124 that the article names plainly first.
    assert _systems("The An-124 landed at dawn. Ruslan Pukhov, an analyst, said so.") == ["An-124"]


def test_a_surname_after_a_first_name_is_a_person() -> None:
    text = "Kuwait bought Bayraktar TB2 drones. The deal was signed before chief Selim Bayraktar."
    assert _systems(text) == ["Bayraktar TB2"]


def test_a_weapon_noun_keeps_the_weapon() -> None:
    assert _systems("The An-124 landed. Two Ruslan aircraft followed it.") == ["An-124", "An-124"]


def test_a_demonym_before_the_name_keeps_the_weapon() -> None:
    assert _systems("Kyiv flew its Turkish Bayraktar drones.") == ["Bayraktar TB2"]
