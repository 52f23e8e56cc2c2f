"""The reviewed gazetteer data (issue 11): one family per name, makers and categories as checked.

Sentences are our own; the assertions are representative fixes of the review, not a copy of
the data files.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from armsledger.extract import extract
from armsledger.extract import gazetteer as gz
from armsledger.extract.folding import fold
from armsledger.extract.gazetteer import SYSTEM, load_gazetteer
from tests.conftest import article


def _records() -> list[tuple[str, dict[str, object]]]:
    return [
        (path, item)
        for path, text in gz.system_files()
        for _, item in gz.system_records(path, text)
    ]


def _names(item: dict[str, object]) -> list[str]:
    return [str(item["family"]), *item.get("aliases", []), *item.get("variants", [])]  # type: ignore[misc]


def test_no_name_belongs_to_two_families() -> None:
    # The automaton keeps the first family loaded for a shared name and drops the other, even
    # when both mark it ambiguous ("Maverick" the missile lost to a South African vehicle).
    # Engines and sensors count too: they make claims once NO_CLAIM_CATEGORIES shrinks.
    owners: dict[str, set[str]] = defaultdict(set)
    for _, item in _records():
        for name in _names(item):
            owners[" ".join(fold(name).split())].add(str(item["family"]))
    shared = {key: sorted(fams) for key, fams in owners.items() if len(fams) > 1}
    assert not shared


def test_files_are_sorted_and_hold_one_category_each() -> None:
    by_file: dict[str, list[dict[str, object]]] = defaultdict(list)
    for path, item in _records():
        by_file[path].append(item)
    for path, items in by_file.items():
        names = [str(i["family"]) for i in items]
        assert names == sorted(names, key=str.lower), path
        assert len({i["category"] for i in items}) == 1, path
        # Lines are what json.dumps writes, so a review diff shows only real changes.
        text = dict(gz.system_files())[path]
        assert all(json.dumps(json.loads(line), ensure_ascii=False) == line
                   for line in text.splitlines() if line.strip()), path  # fmt: skip


@pytest.mark.parametrize(
    ("family", "makers"),
    [
        ("Tide-class", ("KOR",)),  # RFA tankers built by DSME
        ("Project 775", ("POL",)),  # Ropucha landing ships: built at Gdansk
        ("Alkmaar-class", ("BEL", "FRA", "NLD")),  # Tripartite minehunters
        ("Falaj 2", ("ITA",)),  # built by Fincantieri for the UAE
        ("Mastiff", ("USA",)),  # the Cougar 6x6
        ("MCT-30", ("NOR",)),  # Kongsberg
        ("Cheng Kung", ("USA",)),  # licence-built Perry: keeps the licensor
        ("Huon", ("ITA",)),  # licence-built Gaeta
        ("C-212", ("ESP", "IDN")),  # PTDI builds and exports the NC-212i
    ],
)
def test_reviewed_makers(family: str, makers: tuple[str, ...]) -> None:
    assert load_gazetteer().families[family].makers == makers


@pytest.mark.parametrize(
    ("family", "category"),
    [
        ("S-60", "Air defence systems"),  # a towed anti-aircraft gun
        ("Rapier", "Air defence systems"),  # a land-based SAM system
        ("Bora", "Missiles"),  # a ballistic missile, not artillery
        ("Mk 48", "Naval weapons"),  # torpedoes sit with A244 and Black Shark
        ("K10", "Armoured vehicles"),  # an ammunition resupply vehicle
        ("Status-6", "Naval weapons"),  # the Poseidon nuclear torpedo
    ],
)
def test_reviewed_categories(family: str, category: str) -> None:
    assert load_gazetteer().families[family].category == category


def _systems(text: str) -> set[str]:
    return {e.value for _, _, _, e in load_gazetteer().scan(text) if e.kind == SYSTEM}


@pytest.mark.parametrize(
    "text",
    [
        "Officials met in Incheon and later in Kolkata.",
        "The port of Jubail and the city of Visakhapatnam both grew.",
        "A portrait of Jinnah hung in the hall in Kingston.",
        "Formidable obstacles remain in Sejong and Kedah, officials said.",
        "The ship crossed the Indian Ocean to Halifax and Tuzla.",
    ],
)
def test_places_people_and_words_are_no_systems(text: str) -> None:
    assert not _systems(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("the Indian Navy's Kalvari-class boats", "Scorpene"),  # licence build: licensor's family
        ("new VT-4 Haider tanks", "VT-4"),
        ("two Kvadrat batteries", "Kub"),  # the export Kub, once a family of its own
        ("the Vajra howitzers", "K9"),
        ("a Gotland-class submarine", "Gotland-class"),
    ],
)
def test_one_system_one_family(text: str, family: str) -> None:
    assert family in _systems(text)


def test_a_shared_name_goes_to_the_system_the_press_means() -> None:
    found = {
        (c.system, c.supplier, c.recipient)
        for text in (
            "Egypt has received Maverick missiles from the United States, officials said.",
            "Chile has received Black Shark torpedoes from Italy, the navy said.",
        )
        for c in extract(article(text))
    }
    assert ("AGM-65", "USA", "EGY") in found
    assert ("Black Shark", "ITA", "CHL") in found
