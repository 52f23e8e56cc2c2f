# ruff: noqa: E501
"""Russian probes (round 33): lists of systems whose items name their kind first ("танки
Т-90СА, зенитные ракетно-пушечные комплексы «Панцирь-С1» и истребители Су-30"), and who speaks when an outlet is spoken to in the dative before the
speaker ("«Вечернему курьеру» рассказал источник"), when a sentence opens with an adverb
("Отдельно источник сообщил"), and the nominative of a source whose head does not decline
("по данным турецких СМИ" -> "турецкие СМИ"). Every text and outlet name is our own.

SOURCES: a text and the (system, stage, factuality, source, via) of every claim it must give.
This round added morphology.only_dative (a name in the dative is spoken to),
morphology.opens_sentence_not_np, the nominative of adjectives before an indeclinable head,
and 'автор', 'обозреватель', 'исследователь' to attribution.ru.source_noun."""

from __future__ import annotations

import pytest

from armsledger.extract.morphology import names_a_kind, nominative, only_dative
from armsledger.extract.pipeline import extract
from armsledger.models import Article
from tests.extract.test_russian_probes12 import Sourced, sourced
from tests.extract.test_russian_probes29 import Claim, claims

LISTS: list[tuple[str, set[Claim]]] = [
    (
        "Марокко получило из Китая танки VT-4, зенитные ракетные комплексы FD-2000 и беспилотники Wing Loong II.",
        {
            ("VT-4", "CHN", "MAR", "delivery", "asserted"),
            ("HQ-9", "CHN", "MAR", "delivery", "asserted"),
            ("Wing Loong II", "CHN", "MAR", "delivery", "asserted"),
        },
    ),
    (
        "Перу получило из Кореи самоходные гаубицы K9, легкие многоцелевые истребители FA-50 и фрегаты.",
        {
            ("K9", "KOR", "PER", "delivery", "asserted"),
            ("FA-50", "KOR", "PER", "delivery", "asserted"),
        },
    ),
    # a gapped clause that changes only the time lists its object with the first clause's
    (
        "Вьетнам получил из России танки Т-90С, а через год — шесть истребителей Су-30.",
        {
            ("T-90", "RUS", "VNM", "delivery", "asserted"),
            ("Su-30", "RUS", "VNM", "delivery", "asserted"),
        },
    ),
    # a state inside the phrase naming the source is no party, nor listed with the subject
    (
        "По данным Главного управления разведки Минобороны Украины, Тегеран передал Москве ракеты Fateh-110.",
        {("Fateh-110", "IRN", "RUS", "delivery", "asserted")},
    ),
    # a stretch with a verb or a conjunction lists nothing
    (
        "Польша может передать Украине истребители МиГ-29, но не раньше, чем получит F-35.",
        {("MiG-29", "POL", "UKR", "delivery", "possible")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_list(text: str, expected: set[Claim]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("зенитные", True),
        ("комплексы", True),
        ("«", True),
        ("СА", True),
        ("освоят", False),
        ("но", False),
        ("Индия", False),
    ],
)
def test_names_a_kind(word: str, kind: bool) -> None:
    assert names_a_kind(word) is kind


SOURCES: list[tuple[str, set[Sourced]]] = [
    # an outlet not in the gazetteer, spoken to in the dative, after the verb
    (
        "Белоруссия поставила Вьетнаму танки Т-72, рассказал «Вечернему курьеру» источник в отрасли.",
        {("T-72", "delivery", "asserted", "источник в отрасли", ("Вечерний курьер",))},
    ),
    (
        "Как заявил «Степному обозревателю» представитель ведомства, Казахстан получил вертолеты Ми-17.",
        {("Mi-17", "delivery", "asserted", "представитель ведомства", ("Степной обозреватель",))},
    ),
    # ... and before the verb, the speaker after it
    (
        "«Известиям» рассказал источник в ФСВТС, что Алжир получил истребители Су-30.",
        {("Su-30", "delivery", "asserted", "источник в ФСВТС", ("Известия",))},
    ),
    (
        "О поставках «Северному вестнику» рассказал директор завода Олег Русаков: Египет получил вертолеты Ка-52.",
        {("Ka-52", "delivery", "asserted", "директор завода Олег Русаков", ("Северный вестник",))},
    ),
    (
        "Мьянма получила вертолеты Ми-17, сообщили «Уральскому вестнику» в пресс-службе завода.",
        {("Mi-17", "delivery", "asserted", "пресс-служба завода", ("Уральский вестник",))},
    ),
    # a place before the outlet spoken to is still the speaker
    (
        "В Рособоронэкспорте «Правдивому слову» подтвердили, что Индия получила вертолеты Ми-17.",
        {("Mi-17", "delivery", "asserted", "Рособоронэкспорт", ("Правдивое слово",))},
    ),
    # an adverb opening the sentence is no part of the speaker
    (
        "Отдельно собеседник в министерстве сообщил, что Алжир получил истребители Су-30.",
        {("Su-30", "delivery", "asserted", "собеседник в министерстве", ())},
    ),
    (
        "Впоследствии посол Ирака заявил, что Ирак получил танки Т-90.",
        {("T-90", "delivery", "asserted", "посол Ирака", ())},
    ),
    # the nominative of adjectives before an indeclinable head
    (
        "По данным египетских СМИ, Египет получил истребители Су-35.",
        {("Su-35", "delivery", "asserted", "египетские СМИ", ())},
    ),
    # authors and columnists speak
    (
        "По данным авторов доклада, Пакистан получил танки VT-4.",
        {("VT-4", "delivery", "asserted", "авторы доклада", ())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text: str, expected: set[Sourced]) -> None:
    assert sourced(text) == expected


@pytest.mark.parametrize(
    ("word", "dative"),
    [
        ("Известиям", True),
        ("Вечернему", True),
        ("Коммерсанту", True),
        ("ТАСС", False),
        ("Вестник", False),
        ("министру", True),
        ("Reuters", False),
    ],
)
def test_only_dative(word: str, dative: bool) -> None:
    """A word read as a dative alone is spoken to (the callers ask it of quoted names only);
    an indeclinable or Latin name could be in any case."""
    assert only_dative(word) is dative


@pytest.mark.parametrize(
    ("phrase", "nominative_form"),
    [
        ("турецких СМИ", "турецкие СМИ"),
        ("иностранных СМИ", "иностранные СМИ"),
        ("Минобороны Сербии", "Минобороны Сербии"),
        ("СМИ", "СМИ"),
    ],
)
def test_nominative_before_indeclinable(phrase: str, nominative_form: str) -> None:
    assert nominative(phrase) == nominative_form


def test_a_half_of_next_year_is_next_years() -> None:
    """ "во второй половине следующего года" is a half of the year after the article's, not of
    its own: the half's word is read whole (time.ru.endyear), the year from time.ru.ru_rel."""
    article = Article(
        doc="t",
        text="Новости\n\nПоставки Су-30 в Мьянму начнутся во второй половине следующего года.",
        published="2024-03-01",
    )
    assert {c.when for c in extract(article)} == {"2025"}
