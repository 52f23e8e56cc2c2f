"""Russian rules made general (issue 12): each new rule both ways, on whole sentences written
for these tests (none comes from ../shared/eval)."""

from __future__ import annotations

import pytest

from armsledger.extract.gazetteer import load_gazetteer
from armsledger.extract.morphology import inflections
from armsledger.extract.pipeline import extract
from armsledger.models import Article
from tests.conftest import claim_keys as keys


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


# --- stage cues, factuality and time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "согласно контракту": an agreement in force, whatever the step's tense.
        (
            "Согласно контракту, Египет получит 46 вертолетов Ка-52.",
            {"Ka-52|RUS|EGY|agreement|asserted", "Ka-52|RUS|EGY|delivery|expected"},
        ),
        (
            "Согласно подписанному соглашению, Индия получит пять полков С-400.",
            {"S-400|RUS|IND|agreement|asserted", "S-400|RUS|IND|delivery|expected"},
        ),
        # Stopping supplies or a sale cancels them; the supply noun is governed, no delivery.
        (
            "Германия остановила поставки гаубиц PzH 2000 на Украину.",
            {"PzH 2000|DEU|UKR|cancelled|asserted"},
        ),
        (
            "Поставки вертолетов Ми-17 в Афганистан прекращены.",
            {"Mi-17|RUS|AFG|cancelled|asserted"},
        ),
        # An offer to buy is a negotiation, not a purchase.
        ("США предложили Индии закупить истребители F-21.", {"F-16|USA|IND|negotiation|asserted"}),
        (
            "Москва предлагает Каиру приобрести истребители Су-35.",
            {"Su-35|RUS|EGY|negotiation|asserted"},
        ),
        ("Египет решил закупить истребители Су-35.", {"Su-35|RUS|EGY|agreement|asserted"}),
        # Where the items were made is no production step; made for a customer is.
        (
            "Вооруженные силы Египта получили танки Т-90МС, изготовленные на Уралвагонзаводе.",
            {"T-90|RUS|EGY|delivery|asserted"},
        ),
        (
            "Вертолеты Ка-52, произведенные в Арсеньеве, отправят в Египет.",
            {"Ka-52|RUS|EGY|delivery|expected"},
        ),
        (
            "Истребители Су-30, изготовленные для ВВС Алжира, прошли испытания.",
            {"Su-30|RUS|DZA|production|asserted"},
        ),
    ],
)
def test_general_stage_cues(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Информация о поставках Су-35 в Иран не соответствует действительности, "
            "заявили в ФСВТС.",
            "Su-35|RUS|IRN|delivery|denied",
        ),
        (
            "Сообщения о продаже танков Т-90 в Ирак являются фейком.",
            "T-90|RUS|IRQ|agreement|denied",
        ),
        (
            "Контракт на поставку в Сирию самолетов МиГ-29 оказался журналистской уткой.",
            "MiG-29|RUS|SYR|agreement|denied",
        ),
        (
            "Контракт на поставку в Сирию самолетов МиГ-29 подписан.",
            "MiG-29|RUS|SYR|agreement|asserted",
        ),
    ],
)
def test_words_that_call_a_step_untrue_deny_it(text: str, expected: str) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("По информации издания, Иран получит истребители Су-35 весной.", "2023"),
        ("Индия получит фрегаты проекта 11356 летом этого года.", "2023"),
        ("Индия получила фрегаты проекта 11356 летом 2021 года.", "2021"),
        ("Индия получила фрегаты проекта 11356 весной прошлого года.", "2022"),
        ("Индия получила фрегаты проекта 11356 в декабре прошлого года.", "2022-12"),
        ("Индия получила фрегаты проекта 11356 в конце прошлого года.", "2022"),
        ("Индия получит фрегаты проекта 11356 в марте следующего года.", "2024-03"),
    ],
)
def test_a_season_dates_the_step(text: str, when: str) -> None:
    claims = extract(Article(doc="t", text=text, published="2023-01-10"))
    assert [c.when for c in claims] == [when]


# --- attribution --------------------------------------------------------------------------------


def sources(text: str) -> list[str | None]:
    return [c.source for c in extract(Article(doc="t", text=text, published="2024-01-10"))]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Present-tense speech verbs speak like past ones.
        (
            "Как отмечает издание Defense News, Польша закупит 250 танков Abrams.",
            "издание Defense News",
        ),
        (
            "Польша закупит 250 танков Abrams, подчеркивает министр обороны Польши.",
            "министр обороны Польши",
        ),
        # "Эту информацию подтвердили в X" lends X to the sentence before, like "Об этом".
        (
            "Россия поставила Белоруссии комплексы Тор-М2. Информацию подтвердили в ФСВТС.",
            "ФСВТС",
        ),
        (
            "Россия поставила Белоруссии комплексы Тор-М2. Эту информацию подтвердил "
            "министр обороны Белоруссии.",
            "министр обороны Белоруссии",
        ),
        # A participle's phrase between the speaker and the verb; the outlet told is no source.
        (
            "Источник, знакомый с ситуацией, рассказал «Интерфаксу», что Китай получил все Су-35.",
            "Источник, знакомый с ситуацией",
        ),
        (
            "Чиновник, близкий к правительству, сообщил агентству, что Египет получил Су-35.",
            "Чиновник, близкий к правительству",
        ),
    ],
)
def test_general_attribution(text: str, source: str) -> None:
    assert sources(text) == [source]


def test_a_sentence_of_its_own_voice_lends_nothing() -> None:
    assert sources("Россия поставила Белоруссии комплексы Тор-М2. Информация о ценах закрыта.") == [
        None
    ]
    assert sources("Египет получил Су-35, сообщил источник, что удивило экспертов.") != [
        "«Интерфаксу»"
    ]


def test_a_future_refusal_is_a_cancellation() -> None:
    assert keys("Турция не откажется от российских С-400, подчеркнул Эрдоган.") == {
        "S-400|RUS|TUR|cancelled|denied"
    }
    # A cancellation announced for the future is a decision taken, as in English.
    assert keys("Аргентина откажется от покупки китайских истребителей JF-17.") == {
        "JF-17|CHN|ARG|cancelled|asserted"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Россия поставит Ирану комплексы С-400.", "S-400|RUS|IRN|delivery|expected"),
        ("Россия не поставит Ирану комплексы С-400.", "S-400|RUS|IRN|delivery|denied"),
        ("Россия, возможно, поставит Ирану комплексы С-400.", "S-400|RUS|IRN|delivery|possible"),
        ("Индия не подпишет контракт на поставку С-400.", "S-400|RUS|IND|agreement|denied"),
    ],
)
def test_a_perfective_future_is_expected_unless_negated_or_hedged(text: str, expected: str) -> None:
    assert keys(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An approval of a sale is a negotiation (CLAIMS.md rule 8), not the sale.
        (
            "Госдепартамент США одобрил продажу Польше 250 танков Abrams.",
            {"Abrams|USA|POL|negotiation|asserted"},
        ),
        (
            "Вашингтон одобрил возможную продажу Тайваню 66 истребителей F-16.",
            {"F-16|USA|TWN|negotiation|asserted"},
        ),
        ("Марокко заказало у США 25 танков Abrams.", {"Abrams|USA|MAR|agreement|asserted"}),
        # Becoming a system's buyer is an agreement; its operator, a delivery.
        (
            "Алжир стал первым зарубежным заказчиком истребителей Су-57.",
            {"Su-57|RUS|DZA|agreement|asserted"},
        ),
        (
            "Белоруссия стала первым иностранным покупателем комплексов Тор-М2.",
            {"Tor|RUS|BLR|agreement|asserted"},
        ),
        (
            "Турция стала первым обладателем комплексов С-400 в НАТО.",
            {"S-400|RUS|TUR|delivery|asserted"},
        ),
        # Dragging on is a delay.
        (
            "Поставки истребителей Су-35 в Египет затягиваются.",
            {"Su-35|RUS|EGY|postponed|asserted"},
        ),
        (
            "Поставки истребителей Су-35 в Египет идут по графику.",
            {"Su-35|RUS|EGY|delivery|asserted"},
        ),
    ],
)
def test_approvals_buyers_and_drags(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Экспорт комплексов С-400 в Турцию начался в 2019 году.",
            {"S-400|RUS|TUR|delivery|asserted"},
        ),
        ("Китай экспортирует в Пакистан истребители JF-17.", {"JF-17|CHN|PAK|delivery|asserted"}),
        ("Китай показал Пакистану экспортную версию истребителя JF-17.", set()),
        ("Для армии Египта закуплены танки Т-90МС.", {"T-90|RUS|EGY|agreement|asserted"}),
        (
            "Германия разрешила Польше передать Украине танки Leopard 2.",
            {"Leopard 2|POL|UKR|negotiation|asserted"},
        ),
    ],
)
def test_exports_passive_purchases_and_permissions(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


def test_a_plural_name_keeps_its_number_in_every_case() -> None:
    forms = inflections("Соединенные Штаты")
    assert "Соединенных Штатов" in forms and "Соединенным Штатам" in forms
    assert "Соединенные Штата" not in forms  # no singular noun under a plural adjective
    assert "Объединенных Арабских Эмиратов" in inflections("Объединенные Арабские Эмираты")
    assert "Южной Кореи" in inflections("Южная Корея")
    assert keys("Администрация Соединенных Штатов передала Украине ракеты ATACMS.") == {
        "ATACMS|USA|UKR|delivery|asserted"
    }


def test_makers_and_forces_named_in_russian_stand_for_their_state() -> None:
    assert keys("Компания Укрспецэкспорт продала Кении танки Т-72.") == {
        "T-72|UKR|KEN|agreement|asserted"
    }
    assert keys("ЗСУ получили от Германии гаубицы PzH 2000.") == {
        "PzH 2000|DEU|UKR|delivery|asserted"
    }
    assert keys("Россия поставила Египту установки ЗСУ-23-4.") == {
        "ZSU-23-4|RUS|EGY|delivery|asserted"
    }


def test_a_request_is_a_negotiation_but_at_a_request_is_none() -> None:
    assert keys("Эстония повторила свою просьбу к США о системах HIMARS.") == {
        "HIMARS|USA|EST|negotiation|asserted"
    }
    # Sending a request hands over nothing.
    assert keys("Киев направил Вашингтону очередную просьбу о ракетах ATACMS.") == {
        "ATACMS|USA|UKR|negotiation|asserted"
    }
    assert keys("По просьбе Египта Россия передала ему вертолеты Ка-52 досрочно.") == {
        "Ka-52|RUS|EGY|delivery|asserted"
    }


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Украина получила комплексы НАСАМС.", "NASAMS"),
        ("Германия передала Украине еще одну систему Айрис-Т.", "IRIS-T"),
        ("Дания передала Украине первые Ф-16.", "F-16"),
        ("Польша получит новые Ф-35 в 2026 году.", "F-35"),
        ("США передали Украине ракеты АТАКМС.", "ATACMS"),
    ],
)
def test_western_systems_spelt_in_cyrillic(text: str, family: str) -> None:
    assert systems(text) == [family]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The quoted speaker is the object of "цитирует", listed in the nominative.
        (
            "«Египет получит истребители Су-35 в следующем году», — цитирует ТАСС Дмитрия Шугаева.",
            "Дмитрий Шугаев",
        ),
        ("«Индия получит все С-400 в срок», — цитирует РИА Новости главу ФСВТС.", "глава ФСВТС"),
        # An opinion is attributed to its holder.
        (
            "По мнению военного эксперта Виктора Мураховского, Египет получит Су-35 весной.",
            "военный эксперт Виктор Мураховский",
        ),
        (
            "Египет получит истребители Су-35 в следующем году, считает эксперт Игорь Коротченко.",
            "эксперт Игорь Коротченко",
        ),
        (
            "Египет получит истребители Су-35 в следующем году, уверен глава ФСВТС Дмитрий Шугаев.",
            "глава ФСВТС Дмитрий Шугаев",
        ),
        # What an outlet learnt, the outlet says.
        (
            "Как стало известно «Коммерсанту», Египет получит истребители Су-35 весной.",
            "Коммерсантъ",
        ),
        # "Такое заявление сделал X" lends X to the sentence before.
        (
            "Египет получит истребители Су-35 весной. Такое заявление сделал глава ФСВТС "
            "Дмитрий Шугаев.",
            "глава ФСВТС Дмитрий Шугаев",
        ),
    ],
)
def test_quotes_opinions_and_statements_made(text: str, source: str) -> None:
    assert sources(text) == [source]


def test_a_statement_about_something_else_lends_nothing() -> None:
    text = "Египет получит истребители Су-35 весной. Такое решение принял президент страны."
    assert sources(text) == [None]


def test_under_a_contract_with_another_predication_keeps_the_contract() -> None:
    # "Согласно контракту" states a contract in force even when the sentence speaks of the
    # deliveries and names the system only by reference.
    text = (
        "Перу получит от Польши гаубицы Krab. "
        "Согласно подписанному контракту, поставки гаубиц завершатся до конца года."
    )
    keys = {
        (c.system, c.stage.value, c.factuality.value)
        for c in extract(Article(doc="t", text=text, published="2025-03-01"))
    }
    assert ("Krab", "agreement", "asserted") in keys
    assert ("Krab", "delivery", "expected") in keys
