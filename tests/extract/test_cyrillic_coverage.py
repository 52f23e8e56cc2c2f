"""Russian coverage of the gazetteers: the families the Russian press names in Cyrillic have a
Cyrillic alias, and every sovereign state of ``states.json`` has Russian names, found in every
case ("Индия", "Индии", "Индию", "Индией"). ``scripts/cyrillic_coverage.py`` lists the rest."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from armsledger.extract.gazetteer import DEMONYM, STATE, load_gazetteer
from armsledger.extract.mentions import scan

CYRILLIC = re.compile("[А-Яа-яЁё]")
DATA = resources.files("armsledger.extract") / "data"

# Families a Russian article names in Cyrillic (a popular name, or a designation with letters
# that have no Latin look-alike: "Су-", "Ил-", "Ан-", "БТР-").
NAMED_IN_CYRILLIC = [
    "Su-30", "Su-35", "Su-57", "MiG-29", "MiG-35", "Tu-22M", "Il-76", "Il-78", "An-32", "Yak-130",
    "Ka-52", "Mi-17", "Mi-24", "Mi-28", "Mi-8", "Ansat", "T-72", "T-90", "T-14", "BMP-3", "BTR-80",
    "BTR-82", "Tigr", "Tor", "Buk", "S-300", "S-400", "S-500", "Pantsir", "Iskander",
    "BM-30 Smerch", "Grad", "Kornet", "Igla", "Verba", "Kalibr", "P-800 Oniks", "BrahMos", "Kilo",
    "Gepard-class", "Karakurt", "Buyan", "Orlan-10", "Forpost", "Kronshtadt Orion", "Lancet",
    "Shahed-136", "Mohajer-6", "Abrams", "Leopard 2", "HIMARS", "Patriot", "Bradley",
    "Bayraktar TB2", "Akinci", "Rafale", "Mistral-class", "Mirage 2000", "Eurofighter", "Gripen",
    "Caesar", "Krab", "Stinger", "Javelin", "Storm Shadow", "ATACMS", "Chunmoo", "K2",
    "Wing Loong", "Hellfire", "AIM-120", "AIM-9", "Scorpene", "Arrow", "Barak 8", "Heron",
    "Hermes 900", "C-130", "MQ-9", "Piorun", "Homar", "Astros", "Pinaka", "Merkava", "Puma IFV",
]  # fmt: skip
# Dependent territories and places with no state of their own in Russian news (Togo is
# "Республика Того" only: "того" is a pronoun).
NOT_STATES = set(
    [
        "ABW",
        "AIA",
        "ALA",
        "ASM",
        "ATA",
        "ATF",
        "BES",
        "BLM",
        "BMU",
        "BVT",
        "CCK",
        "COK",
        "CUW",
        "CXR",
        "CYM",
        "ESH",
        "FLK",
        "FRO",
        "GGY",
        "GIB",
        "GLP",
        "GRL",
        "GUF",
        "GUM",
        "HMD",
        "IMN",
        "IOT",
        "JEY",
        "MAC",
        "MAF",
        "MNP",
        "MSR",
        "MTQ",
        "MYT",
        "NCL",
        "NFK",
        "NIU",
        "PCN",
        "PRI",
        "PYF",
        "REU",
        "SGS",
        "SHN",
        "SJM",
        "SPM",
        "SXM",
        "TCA",
        "TKL",
        "UMI",
        "VGB",
        "VIR",
        "WLF",
    ]
)


def _families() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in DATA.iterdir():
        if item.name.startswith("systems_") and item.name.endswith(".jsonl"):
            for line in item.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    out[d["family"]] = [*d.get("aliases", []), *d.get("variants", [])]
    return out


def _states(name: str) -> list[dict[str, object]]:
    return list(json.loads((DATA / name).read_text(encoding="utf-8"))["states"])


@pytest.mark.parametrize("family", NAMED_IN_CYRILLIC)
def test_a_family_the_russian_press_names_has_a_cyrillic_alias(family: str) -> None:
    names = _families()[family]
    assert any(CYRILLIC.search(n) for n in names), family


def test_every_state_has_russian_names() -> None:
    russian = {s["iso3"] for s in _states("states_ru.json")}
    missing = [s["iso3"] for s in _states("states.json") if s["iso3"] not in russian | NOT_STATES]
    assert not missing


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Поставки в Ирландию начались.", "IRL"),
        ("Контракт с Ганой подписан.", "GHA"),
        ("Катера для Гватемалы построены.", "GTM"),
        ("Самолеты прибыли в Эль-Кувейт.", "KWT"),
        ("Делегация Абуджи прибыла на выставку.", "NGA"),
        ("Вертолеты для Республики Того готовы.", "TGO"),
        ("Ботсванские военные получили технику.", "BWA"),
        ("Танки отправлены Южному Судану.", "SSD"),
    ],
)
def test_a_russian_state_name_is_found_in_every_case(text: str, iso3: str) -> None:
    found = {m.value for m in scan(load_gazetteer("ru"), text) if m.kind in (STATE, DEMONYM)}
    assert iso3 in found, (text, found)
