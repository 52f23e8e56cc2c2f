"""Russian probes (round 7): stage, factuality and reported speech in the register of TASS, RIA
Novosti, Interfax, Kommersant, Izvestia, RBC, Vedomosti, Rossiyskaya Gazeta or Zvezda, written
for these probes (never taken from news or ../shared): every stage told with verbs of both
aspects in every tense, gender and number, passives, participles and verbal nouns ('поставленные',
'завершение поставок', 'очередной комплект', 'последний из'); building milestones (a ship laid
down, launched, on sea trials; a first flight); deals broken off or wound down; negation,
denials (calling reports rumours), modality, hedges and conditions; speakers before and after
their verb, 'со ссылкой на', 'по словам', 'как пишет', 'передает', and interlocutors placed
somewhere ('собеседник в ОПК').

Each case is (sentence, how its key is checked, keys, source): 'exactly' the article's claims
as (system, supplier, recipient, stage, factuality) are the keys, 'has' the keys are among them,
'lacks' none of them is; a source, when given, is contained in the source of every claim with
one of the keys (case-blind)."""

from __future__ import annotations

import pytest

from armsledger.extract.pipeline import extract_with
from armsledger.models import Article

Key = tuple[str, str | None, str | None, str, str]
Case = tuple[str, str, set[Key], str | None]

STAGE: list[Case] = [
    (
        "Россия поставляет Индии зенитные ракетные системы С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Россия поставила Египту партию истребителей Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        None,
    ),
    (
        "Россия поставит Индии оставшиеся два полка С-400 в 2026 году.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Истребители МиГ-29 были поставлены в Сербию в 2019 году.",
        "exactly",
        {("MiG-29", "RUS", "SRB", "delivery", "asserted")},
        None,
    ),
    (
        'Комплексы "Панцирь-С1" поставляются в Алжир с 2010 года.',
        "exactly",
        {("Pantsir", "RUS", "DZA", "delivery", "asserted")},
        None,
    ),
    (
        "Вертолеты Ми-35М поставлены Мали в конце прошлого года.",
        "exactly",
        {("Mi-35", "RUS", "MLI", "delivery", "asserted")},
        None,
    ),
    (
        "Танки Т-90С будут поставлены Ираку до конца года.",
        "exactly",
        {("T-90", "RUS", "IRQ", "delivery", "expected")},
        None,
    ),
    (
        "Белоруссия получила очередную партию Су-30СМ2.",
        "exactly",
        {("Su-30", "RUS", "BLR", "delivery", "asserted")},
        None,
    ),
    (
        "Вьетнам получит первые танки Т-90С в следующем году.",
        "exactly",
        {("T-90", "RUS", "VNM", "delivery", "expected")},
        None,
    ),
    (
        "Армения получала от России зенитные комплексы Тор-М2КМ.",
        "exactly",
        {("Tor", "RUS", "ARM", "delivery", "asserted")},
        None,
    ),
    (
        "Индийские военные получили третий полк С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Получение Турцией второго полка С-400 запланировано на 2025 год.",
        "exactly",
        {("S-400", "RUS", "TUR", "delivery", "expected")},
        None,
    ),
    (
        "США передали Украине системы HIMARS.",
        "exactly",
        {("HIMARS", "USA", "UKR", "delivery", "asserted")},
        None,
    ),
    (
        "Германия передаст Украине еще несколько танков Leopard 2.",
        "exactly",
        {("Leopard 2", "DEU", "UKR", "delivery", "expected")},
        None,
    ),
    (
        ("Танки Т-72 были переданы Никарагуа в рамках военно-технического сотрудничества."),
        "exactly",
        {("T-72", "RUS", "NIC", "delivery", "asserted")},
        None,
    ),
    (
        "Франция передала Индии последние истребители Rafale.",
        "exactly",
        {("Rafale", "FRA", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Пекин передаст Исламабаду еще два фрегата Type 054A.",
        "exactly",
        {("Type 054", "CHN", "PAK", "delivery", "expected")},
        None,
    ),
    (
        "Поставки первой партии Су-35 в Иран начались в этом году.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "asserted")},
        None,
    ),
    (
        "Завершение поставок С-400 Индии ожидается в 2026 году.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Начало поставок вертолетов Ми-171Ш в Узбекистан намечено на осень.",
        "exactly",
        {("Mi-171", "RUS", "UZB", "delivery", "expected")},
        None,
    ),
    (
        "Поставленные Алжиру подводные лодки проекта 636 уже несут службу.",
        "has",
        {("Kilo", "RUS", "DZA", "delivery", "asserted")},
        None,
    ),
    (
        "Часть переданных Ираку танков Т-90С уже задействована в учениях.",
        "has",
        {("T-90", "RUS", "IRQ", "delivery", "asserted")},
        None,
    ),
    (
        "Последний из заказанных Индией полков С-400 прибыл в страну.",
        "has",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Очередной комплект С-400 прибыл в Китай.",
        "exactly",
        {("S-400", "RUS", "CHN", "delivery", "asserted")},
        None,
    ),
    (
        "Первая партия Як-130 прибыла в Мьянму.",
        "exactly",
        {("Yak-130", "RUS", "MMR", "delivery", "asserted")},
        None,
    ),
    (
        "Египет принял на вооружение истребители Су-35, поставленные из России.",
        "has",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        None,
    ),
    (
        "Россия отправила в Венесуэлу две батареи С-300ВМ.",
        "exactly",
        {("S-300", "RUS", "VEN", "delivery", "asserted")},
        None,
    ),
    (
        "В Белград доставлены шесть истребителей МиГ-29.",
        "exactly",
        {("MiG-29", "RUS", "SRB", "delivery", "asserted")},
        None,
    ),
    (
        "Казахстан получил от России четыре истребителя Су-30СМ.",
        "exactly",
        {("Su-30", "RUS", "KAZ", "delivery", "asserted")},
        None,
    ),
    (
        "Индия получала МиГ-29К с 2009 по 2016 год.",
        "exactly",
        {("MiG-29", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Поставки Су-30СМЭ Мьянме продолжаются.",
        "exactly",
        {("Su-30", "RUS", "MMR", "delivery", "asserted")},
        None,
    ),
    (
        "Алжир завершил получение истребителей Су-30МКА.",
        "exactly",
        {("Su-30", "RUS", "DZA", "delivery", "asserted")},
        None,
    ),
    (
        "Россия выполнила поставку Египту комплексов Бук-М2Э.",
        "exactly",
        {("Buk", "RUS", "EGY", "delivery", "asserted")},
        None,
    ),
    (
        ("Министерство обороны Индии подписало с Россией соглашение о закупке танков Т-90."),
        "has",
        {("T-90", "RUS", "IND", "agreement", "asserted")},
        None,
    ),
    (
        "Индонезия заказала 11 истребителей Су-35.",
        "exactly",
        {("Su-35", "RUS", "IDN", "agreement", "asserted")},
        None,
    ),
    (
        "Вьетнам разместил заказ на учебно-боевые самолеты Як-130.",
        "exactly",
        {("Yak-130", "RUS", "VNM", "agreement", "asserted")},
        None,
    ),
    (
        "Египет закупил у России 46 вертолетов Ка-52.",
        "exactly",
        {("Ka-52", "RUS", "EGY", "agreement", "asserted")},
        None,
    ),
    (
        "Китай закупает у России истребители Су-35.",
        "exactly",
        {("Su-35", "RUS", "CHN", "agreement", "asserted")},
        None,
    ),
    (
        "Закупка Индией С-400 вызвала недовольство Вашингтона.",
        "has",
        {("S-400", "RUS", "IND", "agreement", "asserted")},
        None,
    ),
    (
        "Контракт на Су-35 для Египта был подписан в 2018 году.",
        "exactly",
        {("Su-35", "RUS", "EGY", "agreement", "asserted")},
        None,
    ),
    (
        "Стороны заключили контракт на поставку Алжиру истребителей Су-34.",
        "has",
        {("Su-34", "RUS", "DZA", "agreement", "asserted")},
        None,
    ),
    (
        "Контракт с Белоруссией на поставку Як-130 заключен.",
        "has",
        {("Yak-130", "RUS", "BLR", "agreement", "asserted")},
        None,
    ),
    (
        "Россия и Турция подписали контракт на второй полк С-400.",
        "has",
        {("S-400", "RUS", "TUR", "agreement", "asserted")},
        None,
    ),
    (
        'Сербия купила у России комплексы "Панцирь-С1".',
        "has",
        {("Pantsir", "RUS", "SRB", "agreement", "asserted")},
        None,
    ),
    (
        "Минобороны Египта приобрело 24 истребителя Rafale.",
        "has",
        {("Rafale", "FRA", "EGY", "agreement", "asserted")},
        None,
    ),
    (
        "Египет подпишет контракт на Су-35 в ближайшее время.",
        "exactly",
        {("Su-35", "RUS", "EGY", "agreement", "expected")},
        None,
    ),
    (
        "Россия и Индия ведут переговоры о поставках Су-30МКИ.",
        "exactly",
        {("Su-30", "RUS", "IND", "negotiation", "asserted")},
        None,
    ),
    (
        "Ведутся переговоры о поставке Ирану истребителей Су-35.",
        "exactly",
        {("Su-35", "RUS", "IRN", "negotiation", "asserted")},
        None,
    ),
    (
        "Стороны обсуждают поставку Египту Су-57Э.",
        "exactly",
        {("Su-57", "RUS", "EGY", "negotiation", "asserted")},
        None,
    ),
    (
        "Прорабатывается вопрос о поставках С-400 в Саудовскую Аравию.",
        "exactly",
        {("S-400", "RUS", "SAU", "negotiation", "asserted")},
        None,
    ),
    (
        "Россия предложила Индии истребители Су-57Э.",
        "exactly",
        {("Su-57", "RUS", "IND", "negotiation", "asserted")},
        None,
    ),
    (
        'Белград запросил у Москвы дополнительные комплексы "Панцирь-С1".',
        "exactly",
        {("Pantsir", "RUS", "SRB", "negotiation", "asserted")},
        None,
    ),
    (
        "Вопрос о закупке Ираном Су-35 обсуждался на переговорах в Тегеране.",
        "exactly",
        {("Su-35", "RUS", "IRN", "negotiation", "asserted")},
        None,
    ),
    (
        "Москва и Дели обсудили возможность поставки Су-57.",
        "has",
        {("Su-57", "RUS", "IND", "negotiation", "asserted")},
        None,
    ),
    (
        "Переговоры о продаже Алжиру Су-57 находятся на завершающей стадии.",
        "exactly",
        {("Su-57", "RUS", "DZA", "negotiation", "asserted")},
        None,
    ),
    (
        "Ирак рассматривает возможность закупки С-400.",
        "exactly",
        {("S-400", "RUS", "IRQ", "negotiation", "asserted")},
        None,
    ),
    (
        "Для Индии в России строятся два фрегата проекта 11356.",
        "exactly",
        {("Talwar", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        "Завод приступил к производству Су-30СМЭ для Мьянмы.",
        "exactly",
        {("Su-30", "RUS", "MMR", "production", "asserted")},
        None,
    ),
    (
        "Изготовление С-400 для Индии идет по графику.",
        "exactly",
        {("S-400", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        "Для ВМС Вьетнама заложили подводную лодку проекта 636.",
        "exactly",
        {("Kilo", "RUS", "VNM", "production", "asserted")},
        None,
    ),
    (
        "Фрегат проекта 11356 для ВМС Индии спустили на воду в Калининграде.",
        "exactly",
        {("Talwar", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        "Второй фрегат проекта 11356 для Индии вышел на ходовые испытания.",
        "exactly",
        {("Talwar", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        "Производство танков Т-90С для Ирака завершено.",
        "has",
        {("T-90", "RUS", "IRQ", "production", "asserted")},
        None,
    ),
    (
        "Корпорация начала выпуск истребителей Су-35 для Египта.",
        "exactly",
        {("Su-35", "RUS", "EGY", "production", "asserted")},
        None,
    ),
    (
        "На заводе в Комсомольске-на-Амуре изготавливают Су-35 для Китая.",
        "exactly",
        {("Su-35", "RUS", "CHN", "production", "asserted")},
        None,
    ),
    (
        "Поставки С-400 в Индию перенесли на 2026 год.",
        "exactly",
        {("S-400", "RUS", "IND", "postponed", "asserted")},
        None,
    ),
    (
        "Россия отложила поставку Су-35 Ирану.",
        "exactly",
        {("Su-35", "RUS", "IRN", "postponed", "asserted")},
        None,
    ),
    (
        "Сроки поставки фрегатов проекта 11356 Индии сдвинулись вправо.",
        "exactly",
        {("Talwar", "RUS", "IND", "postponed", "asserted")},
        None,
    ),
    (
        "Задержка поставок С-400 Индии связана с санкциями.",
        "exactly",
        {("S-400", "RUS", "IND", "postponed", "asserted")},
        None,
    ),
    (
        "Поставка танков Т-90 во Вьетнам была приостановлена.",
        "exactly",
        {("T-90", "RUS", "VNM", "postponed", "asserted")},
        None,
    ),
    (
        "Россия заморозила контракт на поставку С-300 Ирану.",
        "exactly",
        {("S-300", "RUS", "IRN", "postponed", "asserted")},
        None,
    ),
    (
        "Поставки Су-35 Египту задерживаются.",
        "exactly",
        {("Su-35", "RUS", "EGY", "postponed", "asserted")},
        None,
    ),
    (
        "Передача Индии второго фрегата проекта 11356 откладывается.",
        "exactly",
        {("Talwar", "RUS", "IND", "postponed", "asserted")},
        None,
    ),
    (
        "Поставку Ми-17 в Афганистан перенесут на следующий год.",
        "exactly",
        {("Mi-17", "RUS", "AFG", "postponed", "asserted")},
        None,
    ),
    (
        "Индонезия отказалась от покупки Су-35.",
        "exactly",
        {("Su-35", "RUS", "IDN", "cancelled", "asserted")},
        None,
    ),
    (
        "Контракт на поставку С-300 Ирану был расторгнут в 2010 году.",
        "exactly",
        {("S-300", "RUS", "IRN", "cancelled", "asserted")},
        None,
    ),
    (
        "Египет аннулировал контракт на Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "cancelled", "asserted")},
        None,
    ),
    (
        "США исключили Турцию из программы F-35.",
        "exactly",
        {("F-35", "USA", "TUR", "cancelled", "asserted")},
        None,
    ),
    (
        "Индия отказалась от закупки МиГ-35.",
        "exactly",
        {("MiG-35", "RUS", "IND", "cancelled", "asserted")},
        None,
    ),
    (
        "Сделка по продаже С-400 Саудовской Аравии сорвалась.",
        "exactly",
        {("S-400", "RUS", "SAU", "cancelled", "asserted")},
        None,
    ),
    (
        "Россия расторгла контракт на поставку Мистралей?",
        "lacks",
        {("Mistral", "RUS", "FRA", "cancelled", "asserted")},
        None,
    ),
    (
        "Франция разорвала контракт на поставку России кораблей Mistral.",
        "exactly",
        {("Mistral", "FRA", "RUS", "cancelled", "asserted")},
        None,
    ),
]

STAGE_FORMS: list[Case] = [
    (
        "Су-35 Египет получил еще в 2020 году.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        None,
    ),
    (
        "В Индию прибыл третий полк С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Алжиру переданы первые два Су-57Э.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "asserted")},
        None,
    ),
    (
        "Вооруженные силы Мьянмы пополнились истребителями Су-30СМЭ.",
        "exactly",
        {("Su-30", "RUS", "MMR", "delivery", "asserted")},
        None,
    ),
    (
        'На вооружение армии Сербии поступили комплексы "Панцирь-С1".',
        "exactly",
        {("Pantsir", "RUS", "SRB", "delivery", "asserted")},
        None,
    ),
    (
        "Ирак принял первую партию танков Т-90С.",
        "exactly",
        {("T-90", "RUS", "IRQ", "delivery", "asserted")},
        None,
    ),
    (
        "Российские Су-30СМ поступили на вооружение ВВС Казахстана.",
        "exactly",
        {("Su-30", "RUS", "KAZ", "delivery", "asserted")},
        None,
    ),
    (
        "Отгрузка комплексов С-400 для Индии началась.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Индия завершила прием всех пяти полков С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Полученные Индией в 2021 году комплексы С-400 развернуты на границе.",
        "has",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "Закупленные Алжиром Су-30МКА летают с 2007 года.",
        "has",
        {("Su-30", "RUS", "DZA", "delivery", "asserted")},
        None,
    ),
    (
        "Во исполнение контракта Россия поставила Индии два полка С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        None,
    ),
    (
        "В рамках контракта Египет получит 24 истребителя Су-35.",
        "has",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
        None,
    ),
    (
        "По контракту 2019 года Сербия получила шесть вертолетов Ми-35.",
        "has",
        {("Mi-35", "RUS", "SRB", "delivery", "asserted")},
        None,
    ),
    (
        "Последний из пяти полков С-400 будет поставлен Индии в 2026 году.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Первая партия Су-57Э будет передана Алжиру в текущем году.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "expected")},
        None,
    ),
    (
        'Очередной комплект "Панцирь-С1" отправлен в Сербию.',
        "exactly",
        {("Pantsir", "RUS", "SRB", "delivery", "asserted")},
        None,
    ),
    (
        "Поставки танков Т-90С Ираку завершены.",
        "exactly",
        {("T-90", "RUS", "IRQ", "delivery", "asserted")},
        None,
    ),
    (
        "Поставки вертолетов Ми-171Ш в Узбекистан возобновлены.",
        "exactly",
        {("Mi-171", "RUS", "UZB", "delivery", "asserted")},
        None,
    ),
    (
        "Россия возобновила поставки С-300 в Иран.",
        "exactly",
        {("S-300", "RUS", "IRN", "delivery", "asserted")},
        None,
    ),
    (
        "Россия возобновит поставки Су-35 в Египет.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
        None,
    ),
    (
        "Подписан контракт на поставку Мьянме истребителей Су-30СМЭ.",
        "has",
        {("Su-30", "RUS", "MMR", "agreement", "asserted")},
        None,
    ),
    (
        "Заключено соглашение о поставке Ирану учебных Як-130.",
        "has",
        {("Yak-130", "RUS", "IRN", "agreement", "asserted")},
        None,
    ),
    (
        "Россия и Египет заключат контракт на поставку Су-35 в ближайшее время.",
        "exactly",
        {("Su-35", "RUS", "EGY", "agreement", "expected")},
        None,
    ),
    (
        "Контракт на поставку Индии фрегатов проекта 11356 вступил в силу.",
        "has",
        {("Talwar", "RUS", "IND", "agreement", "asserted")},
        None,
    ),
    (
        "Индия разместила в России заказ на фрегаты проекта 11356.",
        "exactly",
        {("Talwar", "RUS", "IND", "agreement", "asserted")},
        None,
    ),
    (
        "Ирак приобрел у России танки Т-90С.",
        "has",
        {("T-90", "RUS", "IRQ", "agreement", "asserted")},
        None,
    ),
    (
        "Вьетнам стал покупателем танков Т-90С.",
        "exactly",
        {("T-90", "RUS", "VNM", "agreement", "asserted")},
        None,
    ),
    (
        ("Рособоронэкспорт и Минобороны Индии подписали контракт на поставку танков Т-90."),
        "has",
        {("T-90", "RUS", "IND", "agreement", "asserted")},
        None,
    ),
    (
        "Египет проявил интерес к истребителям Су-57Э.",
        "exactly",
        {("Su-57", "RUS", "EGY", "negotiation", "asserted")},
        None,
    ),
    (
        "Индия запросила у России дополнительные С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "negotiation", "asserted")},
        None,
    ),
    (
        "Россия направила Индии предложение по Су-57Э.",
        "has",
        {("Su-57", "RUS", "IND", "negotiation", "asserted")},
        None,
    ),
    (
        "Эр-Рияд ведет переговоры с Москвой о закупке С-400.",
        "exactly",
        {("S-400", "RUS", "SAU", "negotiation", "asserted")},
        None,
    ),
    (
        "Вьетнам хочет купить истребители Су-35.",
        "exactly",
        {("Su-35", "RUS", "VNM", "negotiation", "asserted")},
        None,
    ),
    (
        "Белоруссия просит Россию поставить С-400.",
        "exactly",
        {("S-400", "RUS", "BLR", "negotiation", "asserted")},
        None,
    ),
    (
        "Переговоры о поставке Ирану С-400 продолжаются.",
        "exactly",
        {("S-400", "RUS", "IRN", "negotiation", "asserted")},
        None,
    ),
    (
        "Россия и Египет начали переговоры о поставках Су-57Э.",
        "exactly",
        {("Su-57", "RUS", "EGY", "negotiation", "asserted")},
        None,
    ),
    (
        "Стороны обсудили возможные поставки Су-35 в Иран.",
        "exactly",
        {("Su-35", "RUS", "IRN", "negotiation", "asserted")},
        None,
    ),
    (
        "Ирак подал заявку на закупку С-400.",
        "has",
        {("S-400", "RUS", "IRQ", "negotiation", "asserted")},
        None,
    ),
    (
        "Индия выбрала Rafale для своих ВВС.",
        "exactly",
        {("Rafale", "FRA", "IND", "negotiation", "asserted")},
        None,
    ),
    (
        "Корабли проекта 11356 для индийского флота строятся в Калининграде.",
        "exactly",
        {("Talwar", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        "Для Египта на верфи заложили второй корвет проекта 20382.",
        "has",
        {("Steregushchiy", "RUS", "EGY", "production", "asserted")},
        None,
    ),
    (
        "Подводная лодка проекта 636 для Вьетнама спущена на воду.",
        "exactly",
        {("Kilo", "RUS", "VNM", "production", "asserted")},
        None,
    ),
    (
        "Верфь спустила на воду первый фрегат проекта 11356 для Индии.",
        "exactly",
        {("Talwar", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        "Фрегат проекта 11356 для Индии проходит ходовые испытания.",
        "exactly",
        {("Talwar", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        'На "Янтаре" идет строительство фрегатов проекта 11356 для Индии.',
        "exactly",
        {("Talwar", "RUS", "IND", "production", "asserted")},
        None,
    ),
    (
        "Первый Су-57Э для Алжира совершил первый полет.",
        "exactly",
        {("Su-57", "RUS", "DZA", "production", "asserted")},
        None,
    ),
    (
        "Изготовление танков Т-90МС для Алжира завершится в 2025 году.",
        "has",
        {("T-90", "RUS", "DZA", "production", "expected")},
        None,
    ),
    (
        "Поставка Индии фрегатов проекта 11356 задерживается из-за санкций.",
        "exactly",
        {("Talwar", "RUS", "IND", "postponed", "asserted")},
        None,
    ),
    (
        "Сроки передачи Алжиру Су-57Э перенесены.",
        "exactly",
        {("Su-57", "RUS", "DZA", "postponed", "asserted")},
        None,
    ),
    (
        "Индия получит оставшиеся С-400 с задержкой.",
        "has",
        {("S-400", "RUS", "IND", "postponed", "asserted")},
        None,
    ),
    (
        "Поставки С-400 в Турцию отложены на неопределенный срок.",
        "exactly",
        {("S-400", "RUS", "TUR", "postponed", "asserted")},
        None,
    ),
    (
        "Россия приостановила передачу Ирану комплексов С-300.",
        "exactly",
        {("S-300", "RUS", "IRN", "postponed", "asserted")},
        None,
    ),
    (
        "Передача Египту Су-35 затянулась.",
        "exactly",
        {("Su-35", "RUS", "EGY", "postponed", "asserted")},
        None,
    ),
    (
        "Россия не отказывалась от поставок С-400 в Индию, но перенесла их сроки.",
        "has",
        {("S-400", "RUS", "IND", "postponed", "asserted")},
        None,
    ),
    (
        "Индия отказалась от дальнейших закупок Су-30МКИ.",
        "exactly",
        {("Su-30", "RUS", "IND", "cancelled", "asserted")},
        None,
    ),
    (
        "Контракт на поставку Су-35 Индонезии расторгнут.",
        "exactly",
        {("Su-35", "RUS", "IDN", "cancelled", "asserted")},
        None,
    ),
    (
        "Сделка о продаже Ирану С-300 была отменена.",
        "exactly",
        {("S-300", "RUS", "IRN", "cancelled", "asserted")},
        None,
    ),
    (
        "Россия прекратила поставки вертолетов Ми-17 в Афганистан.",
        "exactly",
        {("Mi-17", "RUS", "AFG", "cancelled", "asserted")},
        None,
    ),
    (
        "Египет свернул программу закупки Су-35.",
        "has",
        {("Su-35", "RUS", "EGY", "cancelled", "asserted")},
        None,
    ),
    (
        "Сербия разорвала контракт на покупку МиГ-29.",
        "exactly",
        {("MiG-29", "RUS", "SRB", "cancelled", "asserted")},
        None,
    ),
    (
        "Египет может отказаться от Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "cancelled", "possible")},
        None,
    ),
    (
        "Индия не откажется от С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "cancelled", "denied")},
        None,
    ),
]

FACTUALITY: list[Case] = [
    (
        "Иран не получил ни одного истребителя Су-35.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "denied")},
        None,
    ),
    (
        "Россия не поставляла Сирии комплексы С-300 в 2013 году.",
        "exactly",
        {("S-300", "RUS", "SYR", "delivery", "denied")},
        None,
    ),
    (
        "Индонезия так и не получила истребители Су-35.",
        "exactly",
        {("Su-35", "RUS", "IDN", "delivery", "denied")},
        None,
    ),
    (
        "Египет пока не получил ни одного Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "denied")},
        None,
    ),
    (
        "Москва не будет поставлять Ирану комплексы С-400.",
        "exactly",
        {("S-400", "RUS", "IRN", "delivery", "denied")},
        None,
    ),
    (
        "Танки Т-90 так и не были поставлены во Вьетнам.",
        "exactly",
        {("T-90", "RUS", "VNM", "delivery", "denied")},
        None,
    ),
    (
        "Контракт на поставку Су-35 Индонезии так и не был подписан.",
        "exactly",
        {("Su-35", "RUS", "IDN", "agreement", "denied")},
        None,
    ),
    (
        "Россия не ведет переговоров о поставках С-400 в Иран.",
        "exactly",
        {("S-400", "RUS", "IRN", "negotiation", "denied")},
        None,
    ),
    (
        "Германия не передавала Украине танки Leopard 2.",
        "exactly",
        {("Leopard 2", "DEU", "UKR", "delivery", "denied")},
        None,
    ),
    (
        "Ни одного Су-57 Алжир пока не получил.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "denied")},
        None,
    ),
    (
        "Россия опровергла информацию о поставках С-400 в Саудовскую Аравию.",
        "has",
        {("S-400", "RUS", "SAU", "delivery", "denied")},
        None,
    ),
    (
        "В Минобороны опровергли сообщения о передаче Сирии истребителей МиГ-29.",
        "has",
        {("MiG-29", "RUS", "SYR", "delivery", "denied")},
        None,
    ),
    (
        "Посол отрицает, что Египет получил Су-35.",
        "has",
        {("Su-35", "RUS", "EGY", "delivery", "denied")},
        None,
    ),
    (
        (
            "Сообщения о поставке МиГ-29 в Сирию не соответствуют "
            "действительности, заявили в Минобороны."
        ),
        "has",
        {("MiG-29", "RUS", "SYR", "delivery", "denied")},
        None,
    ),
    (
        "В Рособоронэкспорте назвали слухами сообщения о поставках Су-35 в Иран.",
        "has",
        {("Su-35", "RUS", "IRN", "delivery", "denied")},
        None,
    ),
    (
        "ФСВТС опроверг данные о том, что Индия получила четвертый полк С-400.",
        "has",
        {("S-400", "RUS", "IND", "delivery", "denied")},
        None,
    ),
    (
        ("Кремль опроверг сообщения СМИ о заключении контракта на поставку Су-35 Ирану."),
        "has",
        {("Su-35", "RUS", "IRN", "agreement", "denied")},
        None,
    ),
    (
        "Представитель Минобороны Индии опроверг, что поставки С-400 приостановлены.",
        "has",
        {("S-400", "RUS", "IND", "postponed", "denied")},
        None,
    ),
    (
        "Информация о поставке Ираку танков Т-90 не соответствует действительности.",
        "exactly",
        {
            ("T-90", "RUS", "IRQ", "delivery", "denied"),
            ("T-90", "RUS", "IRQ", "delivery", "asserted"),
        },
        None,
    ),
    (
        "Песков назвал фейком сообщения о передаче Ирану истребителей Су-35.",
        "has",
        {("Su-35", "RUS", "IRN", "delivery", "denied")},
        None,
    ),
    (
        "Россия планирует поставить Индии еще два полка С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Сербия намерена закупить истребители МиГ-35.",
        "exactly",
        {("MiG-35", "RUS", "SRB", "negotiation", "asserted")},
        None,
    ),
    (
        "Россия может поставить Ирану истребители Су-35.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "possible")},
        None,
    ),
    (
        "Возможно, Египет получит Су-57Э уже в следующем году.",
        "exactly",
        {("Su-57", "RUS", "EGY", "delivery", "possible")},
        None,
    ),
    (
        "Ожидается, что Индия получит последний полк С-400 в 2026 году.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Предполагается, что поставки Су-35 в Иран начнутся в 2025 году.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "expected")},
        None,
    ),
    (
        "Комплексы С-400 должны быть поставлены Индии до конца 2026 года.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Не исключено, что Россия поставит Ирану С-400.",
        "exactly",
        {("S-400", "RUS", "IRN", "delivery", "possible")},
        None,
    ),
    (
        "Алжир собирается закупить Су-57Э.",
        "exactly",
        {("Su-57", "RUS", "DZA", "negotiation", "asserted")},
        None,
    ),
    (
        "Индия должна получить все пять полков С-400 к 2026 году.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Вероятно, Иран получит истребители Су-35 в этом году.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "possible")},
        None,
    ),
    (
        "Поставки С-400 в Турцию могут возобновиться.",
        "has",
        {("S-400", "RUS", "TUR", "delivery", "possible")},
        None,
    ),
    (
        "Иран может стать получателем Су-35.",
        "has",
        {("Su-35", "RUS", "IRN", "delivery", "possible")},
        None,
    ),
    (
        "В ближайшее время Египет получит первые Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
        None,
    ),
    (
        "Истребители Су-30СМ2 будут переданы Белоруссии до конца года.",
        "exactly",
        {("Su-30", "RUS", "BLR", "delivery", "expected")},
        None,
    ),
    (
        "Первые МиГ-29М могут быть поставлены Египту уже летом.",
        "exactly",
        {("MiG-29", "RUS", "EGY", "delivery", "possible")},
        None,
    ),
    (
        "Россия готова поставить Ирану С-400.",
        "exactly",
        {("S-400", "RUS", "IRN", "negotiation", "asserted")},
        None,
    ),
    (
        "Эр-Рияд рассчитывает получить С-400 в 2026 году.",
        "has",
        {("S-400", "RUS", "SAU", "delivery", "expected")},
        None,
    ),
    (
        "Поставки Су-57 в Алжир, по всей видимости, начнутся в 2025 году.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "possible")},
        None,
    ),
    (
        "Россия, скорее всего, поставит Ирану Су-35.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "possible")},
        None,
    ),
    (
        "По неофициальным данным, Иран уже получил первые Су-35.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "asserted")},
        None,
    ),
    (
        "По имеющимся сведениям, Алжир получил первые Су-57Э.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "asserted")},
        None,
    ),
    (
        "Иран якобы получил партию Су-35.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "asserted")},
        None,
    ),
    (
        "Как утверждается, Сирия получила комплексы С-300.",
        "exactly",
        {("S-300", "RUS", "SYR", "delivery", "asserted")},
        None,
    ),
    (
        "Египет, предположительно, получил первые Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "possible")},
        None,
    ),
    (
        "По некоторым данным, Вьетнам заказал танки Т-90С.",
        "exactly",
        {("T-90", "RUS", "VNM", "agreement", "asserted")},
        None,
    ),
    (
        "Мьянма, по слухам, получила Су-30СМЭ.",
        "has",
        {("Su-30", "RUS", "MMR", "delivery", "possible")},
        None,
    ),
    (
        "Если контракт будет подписан, Египет получит Су-35 в 2027 году.",
        "exactly",
        {
            ("Su-35", "RUS", "EGY", "agreement", "possible"),
            ("Su-35", "RUS", "EGY", "delivery", "possible"),
        },
        None,
    ),
    (
        "В случае подписания контракта Россия поставит Ирану Су-35.",
        "exactly",
        {
            ("Su-35", "RUS", "IRN", "agreement", "possible"),
            ("Su-35", "RUS", "IRN", "delivery", "possible"),
        },
        None,
    ),
    (
        "При наличии финансирования Ирак закупит танки Т-90.",
        "lacks",
        {("T-90", "RUS", "IRQ", "agreement", "asserted")},
        None,
    ),
    (
        "Индия получит С-400 при условии снятия санкций.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "possible")},
        None,
    ),
]

REPORTED: list[Case] = [
    (
        '"Индия получит все пять полков С-400", — заявил Шугаев.',
        "has",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        "Шугаев",
    ),
    (
        "Поставки С-400 в Индию идут по графику, сообщил ТАСС источник в ОПК.",
        "has",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "источник в ОПК",
    ),
    (
        ("Как сообщает РИА Новости со ссылкой на источник, Египет получил первые Су-35."),
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        "источник",
    ),
    (
        "По словам Дмитрия Шугаева, Индия получила три полка С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "Шугаев",
    ),
    (
        'Как пишет "Коммерсант", Алжир получил первые Су-57Э.',
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "asserted")},
        "Коммерсант",
    ),
    (
        'Пресс-служба ФСВТС сообщила, что Сербия получила комплексы "Панцирь-С1".',
        "exactly",
        {("Pantsir", "RUS", "SRB", "delivery", "asserted")},
        "пресс-служба ФСВТС",
    ),
    (
        (
            'Источник в оборонно-промышленном комплексе рассказал "Известиям", что '
            "Вьетнам заказал Як-130."
        ),
        "exactly",
        {("Yak-130", "RUS", "VNM", "agreement", "asserted")},
        "источник",
    ),
    (
        ("Замглавы ФСВТС Анатолий Пунчук отметил, что поставки С-400 Индии идут по графику."),
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "Пунчук",
    ),
    (
        (
            "Гендиректор Рособоронэкспорта Александр Михеев уточнил, что первая "
            "партия Су-35 отправлена в Египет."
        ),
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        "Михеев",
    ),
    (
        ("Глава Ростеха Сергей Чемезов подчеркнул, что Турция получит второй полк С-400."),
        "exactly",
        {("S-400", "RUS", "TUR", "delivery", "expected")},
        "Чемезов",
    ),
    (
        ('"Известия" со ссылкой на источник в Минобороны пишут, что Иран получил Як-130.'),
        "exactly",
        {("Yak-130", "RUS", "IRN", "delivery", "asserted")},
        "источник в Минобороны",
    ),
    (
        "Индия получила третий полк С-400, передает Интерфакс.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "Интерфакс",
    ),
    (
        (
            "Индия получила третий полк С-400, передает Интерфакс со ссылкой на "
            "военно-дипломатический источник."
        ),
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "источник",
    ),
    (
        "По данным SIPRI, Алжир получил 14 истребителей Су-30МКА.",
        "exactly",
        {("Su-30", "RUS", "DZA", "delivery", "asserted")},
        "SIPRI",
    ),
    (
        "Египет получил первые Су-35, рассказал РИА Новости собеседник в ОПК.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        "собеседник",
    ),
    (
        "Как рассказал ТАСС представитель Рособоронэкспорта, Мьянма получила Як-130.",
        "exactly",
        {("Yak-130", "RUS", "MMR", "delivery", "asserted")},
        "представитель Рособоронэкспорта",
    ),
    (
        "Как заявил журналистам министр обороны Сербии, Белград получил МиГ-29.",
        "exactly",
        {("MiG-29", "RUS", "SRB", "delivery", "asserted")},
        "министр обороны Сербии",
    ),
    (
        'По информации "Ведомостей", Вьетнам подписал контракт на Як-130.',
        "has",
        {("Yak-130", "RUS", "VNM", "agreement", "asserted")},
        "Ведомост",
    ),
    (
        ("Ссылаясь на собственные источники, РБК пишет, что Индия получила четвертый полк С-400."),
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "источники",
    ),
    (
        "Минобороны Египта сообщило о получении первой партии Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        "Минобороны Египта",
    ),
    (
        "В ФСВТС подтвердили, что Мьянма получила Су-30СМЭ.",
        "exactly",
        {("Su-30", "RUS", "MMR", "delivery", "asserted")},
        "ФСВТС",
    ),
    (
        ("Военный эксперт Виктор Мураховский считает, что Иран получит Су-35 в этом году."),
        "has",
        {("Su-35", "RUS", "IRN", "delivery", "expected")},
        "Мураховский",
    ),
    (
        (
            "Пресс-секретарь президента Дмитрий Песков заявил, что Россия "
            "продолжит поставки С-400 Индии."
        ),
        "has",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        "Песков",
    ),
    (
        "Как сообщает газета «Звезда», Алжир получил корветы проекта 20382.",
        "has",
        {("Steregushchiy", "RUS", "DZA", "delivery", "asserted")},
        "Звезда",
    ),
    (
        ('Как стало известно "Коммерсанту", Египет подписал контракт на поставку Су-35.'),
        "has",
        {("Su-35", "RUS", "EGY", "agreement", "asserted")},
        "Коммерсант",
    ),
    (
        ("Собеседник «Известий» в Минобороны сообщил, что Индия получила последний полк С-400."),
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "собеседник",
    ),
    (
        "Источник, знакомый с ситуацией, сообщил, что Иран получил Су-35.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "asserted")},
        "источник",
    ),
    (
        "По словам источника ТАСС, Египет получил первые Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        "источник",
    ),
    (
        ("Сербия получила шесть истребителей МиГ-29, говорится в сообщении Минобороны Сербии."),
        "exactly",
        {("MiG-29", "RUS", "SRB", "delivery", "asserted")},
        "Минобороны Сербии",
    ),
]

CHAINS: list[Case] = [
    (
        (
            "Как сообщает ТАСС со ссылкой на пресс-службу ФСВТС, Мьянма получила "
            "истребители Су-30СМЭ."
        ),
        "exactly",
        {("Su-30", "RUS", "MMR", "delivery", "asserted")},
        "пресс-служб",
    ),
    (
        (
            "Издание Defense News со ссылкой на источники в Пентагоне сообщило, "
            "что Турция получила F-35."
        ),
        "has",
        {("F-35", "USA", "TUR", "delivery", "asserted")},
        "источник",
    ),
    (
        (
            "Ссылаясь на дипломатический источник, РИА Новости сообщает, что Иран "
            "подписал контракт на Су-35."
        ),
        "has",
        {("Su-35", "RUS", "IRN", "agreement", "asserted")},
        "источник",
    ),
    (
        (
            "По словам замдиректора ФСВТС Владимира Дрожжова, Индия получит "
            "последний полк С-400 в 2026 году."
        ),
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        "Дрожжов",
    ),
    (
        "Ранее глава Ростеха Сергей Чемезов заявлял, что Египет получит Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
        "Чемезов",
    ),
    (
        (
            'Поставки Су-35 в Иран начнутся в 2025 году, заявил "Интерфаксу" '
            "источник в военно-дипломатических кругах."
        ),
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "expected")},
        "источник",
    ),
    (
        (
            '"Все пять полков С-400 будут поставлены Индии до 2026 года", — '
            "сообщил журналистам Шугаев."
        ),
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        "Шугаев",
    ),
    (
        "Как уточнили в ФСВТС, Алжир получит первые Су-57Э в этом году.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "expected")},
        "ФСВТС",
    ),
    (
        'По данным "Известий", Египет уже получил первые Су-35.',
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        "Известия",
    ),
    (
        "Согласно данным SIPRI, Россия поставила Индии 272 истребителя Су-30МКИ.",
        "exactly",
        {("Su-30", "RUS", "IND", "delivery", "asserted")},
        "SIPRI",
    ),
    (
        "По информации источника, Иран получил первые Як-130.",
        "exactly",
        {("Yak-130", "RUS", "IRN", "delivery", "asserted")},
        "источник",
    ),
    (
        ('Как рассказал "Известиям" военный эксперт Василий Кашин, Китай получил все Су-35.'),
        "exactly",
        {("Su-35", "RUS", "CHN", "delivery", "asserted")},
        "Кашин",
    ),
    (
        (
            "Министр обороны Сербии Милош Вучевич сообщил, что Белград получил "
            "комплексы «Панцирь-С1»."
        ),
        "exactly",
        {("Pantsir", "RUS", "SRB", "delivery", "asserted")},
        "Вучевич",
    ),
    (
        "В пресс-службе Минобороны Белоруссии сообщили, что армия получила Су-30СМ2.",
        "has",
        {("Su-30", "RUS", "BLR", "delivery", "asserted")},
        "пресс-служб",
    ),
    (
        ("Источник в ОПК сообщил РИА Новости, что Алжир заключил контракт на поставку Су-57Э."),
        "has",
        {("Su-57", "RUS", "DZA", "agreement", "asserted")},
        "источник в ОПК",
    ),
    (
        (
            "Бразилия подписала контракт на Gripen, сообщает Reuters со ссылкой на "
            "министерство обороны страны."
        ),
        "has",
        {("Gripen", "SWE", "BRA", "agreement", "asserted")},
        "министерство обороны",
    ),
    (
        "Иран получил Су-35, утверждает телеканал Al Arabiya.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "asserted")},
        "Al Arabiya",
    ),
    (
        "Египет подписал контракт на Су-35, пишет издание Kommersant.",
        "has",
        {("Su-35", "RUS", "EGY", "agreement", "asserted")},
        "Kommersant",
    ),
    (
        (
            "Представитель Рособоронэкспорта заявил, что поставки Су-35 Египту "
            "будут завершены в 2025 году."
        ),
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
        "представитель Рособоронэкспорта",
    ),
    (
        "По словам Путина, Индия получит С-400 в срок.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        "Путин",
    ),
    (
        "Источник не исключил, что Египет получит Су-35 в следующем году.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "possible")},
        "источник",
    ),
    (
        "Источник опроверг, что Алжир получил Су-57Э.",
        "has",
        {("Su-57", "RUS", "DZA", "delivery", "denied")},
        "источник",
    ),
    (
        "В Минобороны Индии опровергли сообщения о задержке поставок С-400.",
        "has",
        {("S-400", "RUS", "IND", "postponed", "denied")},
        None,
    ),
    (
        "Песков не подтвердил, что Иран получил истребители Су-35.",
        "has",
        {("Su-35", "RUS", "IRN", "delivery", "denied")},
        None,
    ),
    (
        "Шугаев допустил, что Египет закупит Су-57Э.",
        "has",
        {("Su-57", "RUS", "EGY", "negotiation", "possible")},
        "Шугаев",
    ),
    (
        "Эксперт полагает, что Вьетнам может заказать еще несколько Як-130.",
        "has",
        {("Yak-130", "RUS", "VNM", "agreement", "possible")},
        None,
    ),
    (
        '"Мы не поставляли Сирии комплексы С-300", — сказал источник.',
        "exactly",
        {("S-300", "RUS", "SYR", "delivery", "denied")},
        "источник",
    ),
    (
        "Источник сообщил, что поставки С-400 в Индию не приостанавливались.",
        "exactly",
        {("S-400", "RUS", "IND", "postponed", "denied")},
        "источник",
    ),
    (
        "Посол заявил, что сроки поставки С-400 Индии не изменились.",
        "has",
        {("S-400", "RUS", "IND", "postponed", "denied")},
        None,
    ),
    (
        "Россия никогда не обсуждала поставки С-400 в Иран.",
        "exactly",
        {("S-400", "RUS", "IRN", "negotiation", "denied")},
        None,
    ),
    (
        "Ни о каких поставках Су-35 в Иран речи не идет.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "denied")},
        None,
    ),
    (
        "Поставок С-300 в Сирию не было и не будет.",
        "has",
        {("S-300", "RUS", "SYR", "delivery", "denied")},
        None,
    ),
    (
        "Пока Египет не получил ни одного Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "denied")},
        None,
    ),
    (
        "Ирак отказался подтвердить покупку танков Т-90С.",
        "lacks",
        {("T-90", "RUS", "IRQ", "cancelled", "asserted")},
        None,
    ),
    (
        "Египет до сих пор не получил Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "denied")},
        None,
    ),
    (
        "Поставки С-400 в Индию планируется завершить в 2026 году.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Индия рассчитывает получить оставшиеся полки С-400 к 2026 году.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Россия намерена поставить Египту еще 12 Су-35.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
        None,
    ),
    (
        "Египет может получить первые Су-57Э уже в 2026 году.",
        "exactly",
        {("Su-57", "RUS", "EGY", "delivery", "possible")},
        None,
    ),
    (
        "Вероятно, контракт на поставку Су-57Э Алжиру будет подписан в этом году.",
        "has",
        {("Su-57", "RUS", "DZA", "agreement", "possible")},
        None,
    ),
    (
        "Контракт на поставку Су-35 Ирану может быть подписан в ближайшее время.",
        "exactly",
        {("Su-35", "RUS", "IRN", "agreement", "possible")},
        None,
    ),
    (
        "Контракт на поставку Су-35 Ирану будет подписан в ближайшее время.",
        "exactly",
        {("Su-35", "RUS", "IRN", "agreement", "expected")},
        None,
    ),
    (
        "Минобороны Сербии собирается подписать контракт на МиГ-35.",
        "has",
        {("MiG-35", "RUS", "SRB", "agreement", "expected")},
        None,
    ),
    (
        "Индия вскоре получит пятый полк С-400.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        "Поставка первой партии Су-35 Ирану ожидается весной.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "expected")},
        None,
    ),
    (
        "Поставки Су-57Э Алжиру должны начаться в 2025 году.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "expected")},
        None,
    ),
    (
        "Начать поставки Су-35 Ирану планируют в 2025 году.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "expected")},
        None,
    ),
    (
        "Передача Ирану Су-35 может состояться в этом году.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "possible")},
        None,
    ),
    (
        "Россия, как ожидается, поставит Ирану Су-35 весной.",
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "expected")},
        None,
    ),
]

ARTICLES: list[Case] = [
    (
        (
            "Индия заказала фрегаты проекта 11356. Передача фрегатов заказчику "
            "ожидается в 2024 году, хотя сроки уже неоднократно переносились."
        ),
        "has",
        {("Talwar", "RUS", "IND", "delivery", "expected")},
        None,
    ),
    (
        (
            "Египет заказал Су-35 в 2018 году. Поставка истребителей намечена на "
            "2025 год, хотя ранее ее уже откладывали."
        ),
        "has",
        {("Su-35", "RUS", "EGY", "delivery", "expected")},
        None,
    ),
    (
        (
            "Алжир подписал контракт на Су-57Э. Поставки машин начнутся в 2025 "
            "году, однако точные сроки не раскрываются."
        ),
        "has",
        {("Su-57", "RUS", "DZA", "delivery", "expected")},
        None,
    ),
    (
        (
            "Первые истребители Су-35 могут прибыть в Иран уже в марте, заявил "
            "член комиссии иранского парламента по национальной безопасности."
        ),
        "exactly",
        {("Su-35", "RUS", "IRN", "delivery", "possible")},
        "член комиссии",
    ),
    (
        "Египет получил первые Су-35, сообщил председатель комитета по обороне.",
        "exactly",
        {("Su-35", "RUS", "EGY", "delivery", "asserted")},
        "председатель комитета",
    ),
    (
        "Индия получила третий полк С-400, рассказал гендиректор концерна.",
        "exactly",
        {("S-400", "RUS", "IND", "delivery", "asserted")},
        "гендиректор",
    ),
    (
        "Алжир получил первые Су-57Э, сообщил начальник штаба ВВС страны.",
        "exactly",
        {("Su-57", "RUS", "DZA", "delivery", "asserted")},
        "начальник штаба",
    ),
    (
        'Как пишет газета "Звезда", Алжир получил корветы проекта 20382.',
        "has",
        {("Steregushchiy", "RUS", "DZA", "delivery", "asserted")},
        '"Звезда"',
    ),
    (
        (
            "Сербия получила МиГ-29 в 2019 году, после чего Белград заказал у "
            'Москвы комплексы "Панцирь-С1".'
        ),
        "has",
        {
            ("MiG-29", "RUS", "SRB", "delivery", "asserted"),
            ("Pantsir", "RUS", "SRB", "agreement", "asserted"),
        },
        None,
    ),
    (
        ("Россия поставила Ирану С-300 в 2016 году, в результате чего Израиль выразил протест."),
        "exactly",
        {("S-300", "RUS", "IRN", "delivery", "asserted")},
        None,
    ),
    (
        (
            "Представитель министерства опроверг появившиеся в СМИ сообщения о "
            "том, что переговоры о покупке С-400 Ираком уже ведутся."
        ),
        "has",
        {("S-400", "RUS", "IRQ", "negotiation", "denied")},
        None,
    ),
    (
        (
            "Посол опроверг опубликованные накануне в западной прессе сведения о "
            "том, что Египет получил Су-35."
        ),
        "has",
        {("Su-35", "RUS", "EGY", "delivery", "denied")},
        None,
    ),
    (
        (
            "Поставка шести истребителей Су-30СМЭ Мьянме, контракт на которые был "
            "подписан в 2018 году, должна завершиться в следующем году."
        ),
        "lacks",
        {("Su-30", "RUS", "MMR", "agreement", "expected")},
        None,
    ),
    (
        (
            "Передача Египту вертолетов Ка-52, сделка по которым была заключена в "
            "2015 году, будет завершена летом."
        ),
        "lacks",
        {("Ka-52", "RUS", "EGY", "agreement", "expected")},
        None,
    ),
]

ALL = STAGE + STAGE_FORMS + FACTUALITY + REPORTED + CHAINS + ARTICLES

# Known misses (strict: fixing one fails the test until it leaves this list).
KNOWN: dict[str, str] = {}


def _check(text: str, mode: str, keys: set[Key], source: str | None) -> None:
    article = Article(doc="t", text=text, published="2024-01-01", title="Arms trade roundup")
    claims = extract_with(article, None)
    got = {(c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value) for c in claims}
    if mode == "exactly":
        assert got == keys
    elif mode == "has":
        assert keys <= got, got
    else:
        assert not keys & got, got
    if source is not None:
        said = [
            c.source or ""
            for c in claims
            if (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value) in keys
        ]
        assert said and all(source.lower() in s.lower() for s in said), said


@pytest.mark.parametrize(
    ("text", "mode", "keys", "source"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(reason=KNOWN[case[0]], strict=True))
        if case[0] in KNOWN
        else pytest.param(*case)
        for case in ALL
    ],
)
def test_russian_probe7(text: str, mode: str, keys: set[Key], source: str | None) -> None:
    _check(text, mode, keys, source)
