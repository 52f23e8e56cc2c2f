# ruff: noqa: E501
"""Russian probes (round 11): a step told in a sentence after the one naming the system, which
refers to it by a kind noun ('Машины прибудут'), a deal noun ('Сделку заморозили'), a pronoun or
a count with no noun ('Они прибудут', 'Их доставят', 'Остальные поступят', 'Еще два прибыли'),
or by a batch awaited in the passive ('Вторая партия ожидается'). Every text is our own.

PROBES: a text of two sentences and the exact claims (system, supplier, recipient, stage,
factuality) its article must give. This round added nouns.ru.elliptic_subject (a pronoun or a
bare count opening the sentence before a verb of a transfer) and stage.ru.batch_awaited.
KNOWN: constructions still missed, with why."""

from __future__ import annotations

import pytest

from tests.conftest import probe_claims, with_known_misses

Claim = tuple[str, str | None, str | None, str, str]

PROBES: list[tuple[str, list[Claim]]] = [
    # pronouns and bare counts (nouns.ru.elliptic_subject)
    (
        "Минобороны Сербии сообщило о покупке у России вертолетов Ми-35. Они прибудут в Белград летом.",
        [
            ("Mi-35", "RUS", "SRB", "agreement", "asserted"),
            ("Mi-35", "RUS", "SRB", "delivery", "expected"),
        ],
    ),
    (
        "Перу заказало у России 8 вертолетов Ми-171. Остальные поступят в армию в 2026 году.",
        [
            ("Mi-171", "RUS", "PER", "agreement", "asserted"),
            ("Mi-171", "RUS", "PER", "delivery", "expected"),
        ],
    ),
    (
        "Алжир купил у Германии фрегаты MEKO A-200. Первый из них уже передан флоту.",
        [
            ("MEKO A-200", "DEU", "DZA", "agreement", "asserted"),
            ("MEKO A-200", "DEU", "DZA", "delivery", "asserted"),
        ],
    ),
    (
        "Беларусь закупила у России истребители Су-30СМ2. Еще четыре будут поставлены до конца года.",
        [
            ("Su-30", "RUS", "BLR", "agreement", "asserted"),
            ("Su-30", "RUS", "BLR", "delivery", "expected"),
        ],
    ),
    (
        "Армения заказала у Индии гаубицы ATAGS. Они уже поставлены армии.",
        [
            ("ATAGS", "IND", "ARM", "agreement", "asserted"),
            ("ATAGS", "IND", "ARM", "delivery", "asserted"),
        ],
    ),
    # a time adverbial or a lead-in clause before the pronoun
    (
        "Марокко купило у Китая беспилотники Wing Loong II. В марте они прибыли в Рабат.",
        [
            ("Wing Loong II", "CHN", "MAR", "agreement", "asserted"),
            ("Wing Loong II", "CHN", "MAR", "delivery", "asserted"),
        ],
    ),
    (
        "Греция заказала у Франции фрегаты FDI. Весной их передадут флоту.",
        [
            ("FDI", "FRA", "GRC", "agreement", "asserted"),
            ("FDI", "FRA", "GRC", "delivery", "expected"),
        ],
    ),
    (
        "Вьетнам заказал у России корветы «Гепард». По данным источника, они будут переданы в 2026 году.",
        [
            ("Gepard", "RUS", "VNM", "agreement", "asserted"),
            ("Gepard", "RUS", "VNM", "delivery", "expected"),
        ],
    ),
    (
        "Казахстан купил у Турции беспилотники Anka. Ожидается, что они поступят до конца года.",
        [
            ("Anka", "TUR", "KAZ", "agreement", "asserted"),
            ("Anka", "TUR", "KAZ", "delivery", "expected"),
        ],
    ),
    # a pronoun for people is no reference
    (
        "Египет подписал с Россией контракт на Су-35. Они подписали его в Каире.",
        [("Su-35", "RUS", "EGY", "agreement", "asserted")],
    ),
    # a batch or items awaited (stage.ru.batch_awaited)
    (
        "Уганда получила от России истребители Су-30МК2. Вторая партия ожидается в 2025 году.",
        [
            ("Su-30", "RUS", "UGA", "delivery", "asserted"),
            ("Su-30", "RUS", "UGA", "delivery", "expected"),
        ],
    ),
    (
        "Индия заказала у Франции Rafale. Первые самолеты ожидаются в 2026 году.",
        [
            ("Rafale", "FRA", "IND", "agreement", "asserted"),
            ("Rafale", "FRA", "IND", "delivery", "expected"),
        ],
    ),
    # deal nouns and kind nouns (already read; kept so they stay read)
    (
        "Россия и Алжир подписали контракт на поставку 14 истребителей Су-57. Поставки начнутся в 2025 году.",
        [
            ("Su-57", "RUS", "DZA", "agreement", "asserted"),
            ("Su-57", "RUS", "DZA", "delivery", "expected"),
        ],
    ),
    (
        "Египет договорился с Россией о закупке истребителей Су-35. Сделку заморозили из-за угрозы санкций.",
        [
            ("Su-35", "RUS", "EGY", "agreement", "asserted"),
            ("Su-35", "RUS", "EGY", "postponed", "asserted"),
        ],
    ),
    (
        "Ирак заказал у Южной Кореи учебно-боевые самолеты T-50. Контракт был расторгнут в 2023 году.",
        [
            ("T-50", "KOR", "IRQ", "agreement", "asserted"),
            ("T-50", "KOR", "IRQ", "cancelled", "asserted"),
        ],
    ),
    (
        "Россия передала Лаосу учебные самолеты Як-130. Машины уже поступили на вооружение ВВС.",
        [("Yak-130", "RUS", "LAO", "delivery", "asserted")],
    ),
    (
        "Аргентина ведет переговоры с Китаем о покупке истребителей JF-17. Соглашение пока не подписано.",
        [
            ("JF-17", "CHN", "ARG", "negotiation", "asserted"),
            ("JF-17", "CHN", "ARG", "agreement", "denied"),
        ],
    ),
    # a missile system referred to as 'комплексы' (an air defence noun in the table)
    (
        "Филиппины заказали у Индии ракеты BrahMos. Комплексы доставили в Манилу в апреле.",
        [
            ("BrahMos", "IND", "PHL", "agreement", "asserted"),
            ("BrahMos", "IND", "PHL", "delivery", "asserted"),
        ],
    ),
]

KNOWN: dict[str, str] = {
    "Филиппины заказали у Индии ракеты BrahMos. Комплексы доставили в Манилу в апреле.": (
        "'комплекс' is an air defence noun (nouns.ru.air_defence), so it fits no missile in "
        "focus; in Russian it names any missile system"
    ),
}


@pytest.mark.parametrize(("text", "expected"), with_known_misses(PROBES, KNOWN))
def test_probe(text: str, expected: list[Claim]) -> None:
    assert probe_claims(text) == set(expected)
