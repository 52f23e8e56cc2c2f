"""Russian news items of our own, third set (issue 23): whole items where the trouble lies across
sentences, not inside one. A system named once and then called «машины», «комплексы»,
«истребители», «вертолеты» or «корабль»; a supplier or buyer named only in the lead; a background
paragraph about an older contract; the source of a quote given in the sentence after it; dates
«в прошлом году», «в конце 2025 года», «до 2027 года». Styles: ТАСС, РИА Новости, Интерфакс,
«Коммерсантъ», «Известия», ВПК, ministry and company releases, a regional outlet retelling a
foreign report («как сообщает Defense News», «со ссылкой на»). Suppliers are mostly Russia, also
China, Belarus and India (as maker and as buyer). Every text is our own; none comes from
../shared/eval.

Each item lists the claims it must give (key -> `when`, "*" where either reading is defensible)
and the claims it may give (optional). What the extractor still gets wrong is a strict xfail with
its reason, so a fix shows up as an unexpected pass."""

from __future__ import annotations

import pytest

from tests.extract.stories import Story, cases, claims_of, wrongly_dated

STORIES: list[Story] = [
    Story(
        "tass-iran-su35-quote-source-next",
        "2026-02-12",
        "Иран получил первые истребители Су-35",
        (
            "МОСКВА, 12 февраля. /ТАСС/. Первые четыре многоцелевых истребителя Су-35СЭ прибыли "
            "в Иран. «Машины перелетели на авиабазу в Хамадане и приняты иранской стороной», — "
            "рассказал ТАСС источник в военно-дипломатических кругах. По его словам, остальные "
            "истребители будут переданы до 2027 года. Соглашение о закупке самолетов Тегеран и "
            "Москва подписали в прошлом году. Иран также проявляет интерес к ударным вертолетам "
            "Ми-28НЕ."
        ),
        {
            "Su-35|RUS|IRN|delivery|asserted": None,
            "Su-35|RUS|IRN|delivery|expected": "2027",
            "Su-35|RUS|IRN|agreement|asserted": "2025",
            "Mi-28|RUS|IRN|negotiation|asserted": None,
        },
    ),
    Story(
        "belta-polonez-azerbaijan",
        "2026-04-07",
        "Белоруссия завершила поставку «Полонезов» Азербайджану",
        (
            "МИНСК, 7 апреля. Белоруссия завершила поставку Азербайджану реактивных систем "
            "залпового огня «Полонез», сообщил Государственный комитет по военной "
            "промышленности республики. Последние машины отправлены заказчику в марте. "
            "Контракт на поставку систем был заключен в конце 2023 года. Азербайджанская армия "
            "уже применяла «Полонезы» на учениях."
        ),
        {
            "Polonez|BLR|AZE|delivery|asserted": "*",
            "Polonez|BLR|AZE|agreement|asserted": "2023",
        },
    ),
    Story(
        "interfax-algeria-mi28-moved",
        "2026-05-19",
        "Поставка Алжиру вертолетов Ми-28НЕ перенесена",
        (
            "Сроки передачи Алжиру ударных вертолетов Ми-28НЕ сдвинуты на конец 2026 года, "
            "сообщил Интерфаксу источник в оборонно-промышленном комплексе. «Вертолеты "
            "построены, сейчас идут испытания бортового оборудования», — сказал собеседник "
            "агентства. Изначально машины планировалось передать заказчику в прошлом году. "
            "Алжир является крупнейшим эксплуатантом российских вертолетов в Африке."
        ),
        {
            "Mi-28|RUS|DZA|postponed|asserted": "2026",
            "Mi-28|RUS|DZA|production|asserted": None,
        },
        frozenset(
            {
                "Mi-28|RUS|DZA|delivery|expected",
            }
        ),
    ),
    Story(
        "kommersant-bangladesh-j10-talks",
        "2026-03-24",
        "Бангладеш ведет переговоры о китайских истребителях",
        (
            "Бангладеш ведет переговоры с Китаем о закупке 16 многоцелевых истребителей J-10CE, "
            "пишет «Коммерсантъ» со ссылкой на источники в регионе. По их данным, сделка может "
            "быть подписана до конца 2026 года. Ранее ВВС Бангладеш получили от Китая "
            "учебно-боевые самолеты K-8W. Российских предложений Дакка пока не рассматривала."
        ),
        {
            "J-10|CHN|BGD|negotiation|asserted": None,
            "J-10|CHN|BGD|agreement|possible": "2026",
            "K-8|CHN|BGD|delivery|asserted": None,
        },
    ),
    Story(
        "ria-fsvts-denies-mig29-dprk",
        "2026-01-28",
        "В ФСВТС опровергли передачу КНДР истребителей МиГ-29",
        (
            "МОСКВА, 28 янв — РИА Новости. Федеральная служба по военно-техническому "
            "сотрудничеству назвала вымыслом сообщения о передаче КНДР истребителей МиГ-29. "
            "«Никаких самолетов Пхеньяну не передавалось», — заявили в службе. Ранее британская "
            "газета The Telegraph со ссылкой на спутниковые снимки написала, что на аэродроме "
            "под Пхеньяном замечены полученные от России истребители."
        ),
        {
            "MiG-29|RUS|PRK|delivery|denied": None,
            "MiG-29|RUS|PRK|delivery|asserted": None,
        },
    ),
    Story(
        "vpk-armenia-akash-india",
        "2026-06-02",
        "Армения получила индийские ЗРК Akash",
        (
            "По информации индийского издания The Print, в Армению прибыла первая партия "
            "зенитных ракетных комплексов Akash. Комплексы доставлены через Иран. Контракт на "
            "поставку 15 комплексов стоимостью около 720 млн долларов Ереван и Нью-Дели "
            "заключили в конце 2023 года. Ранее Армения закупила в Индии реактивные системы "
            "залпового огня Pinaka."
        ),
        {
            "Akash|IND|ARM|delivery|asserted": None,
            "Akash|IND|ARM|agreement|asserted": "2023",
            "Pinaka|IND|ARM|agreement|asserted": None,
        },
    ),
    Story(
        "mod-kyrgyzstan-btr82",
        "2026-07-15",
        "В Киргизию прибыла партия бронетранспортеров",
        (
            "Пресс-служба Министерства обороны Киргизской Республики сообщает: в рамках "
            "соглашения о военно-техническом сотрудничестве с Российской Федерацией в "
            "республику прибыла партия бронетранспортеров БТР-82А. Машины переданы "
            "мотострелковой бригаде в Оше. Еще одна партия поступит до конца 2026 года."
        ),
        {
            "BTR-82|RUS|KGZ|delivery|asserted": None,
            "BTR-82|RUS|KGZ|delivery|expected": "2026",
        },
    ),
    Story(
        "regional-defensenews-philippines-mi17",
        "2026-02-03",
        "Филиппины окончательно отказались от российских вертолетов",
        (
            "Как сообщает Defense News со ссылкой на представителя ВВС Филиппин, Манила "
            "окончательно отказалась от закупки 16 российских вертолетов Ми-17. Контракт был "
            "подписан в ноябре 2021 года, однако затем его выполнение приостановили из-за угрозы "
            "американских санкций. Вместо российских машин ВВС страны получат вертолеты "
            "другого производителя."
        ),
        {
            "Mi-17|RUS|PHL|cancelled|asserted": None,
            "Mi-17|RUS|PHL|agreement|asserted": "2021-11",
            "Mi-17|RUS|PHL|postponed|asserted": None,
        },
    ),
    Story(
        "izvestia-algeria-corvette",
        "2026-08-21",
        "Построенный для Алжира корвет вышел на испытания",
        (
            "Корвет проекта 20382, построенный для военно-морских сил Алжира, завершил "
            "заводские ходовые испытания, пишут «Известия». Корабль будет передан заказчику в "
            "конце 2026 года, сообщил изданию источник в судостроительной отрасли. Контракт на "
            "строительство двух кораблей был подписан в 2019 году."
        ),
        {
            "Steregushchiy|RUS|DZA|production|asserted": None,
            "Steregushchiy|RUS|DZA|delivery|expected": "2026",
            "Steregushchiy|RUS|DZA|agreement|asserted": "2019",
        },
    ),
    Story(
        "ria-iraq-t90-batch",
        "2026-09-09",
        "Ирак получил новую партию танков Т-90С",
        (
            "МОСКВА, 9 сен — РИА Новости. Вооруженные силы Ирака получили очередную партию "
            "основных боевых танков Т-90С. «Танки доставлены морем в порт Умм-Каср», — уточнил "
            "РИА Новости источник в ФСВТС. Всего Багдад заказал 73 машины."
        ),
        {
            "T-90|RUS|IRQ|delivery|asserted": None,
            "T-90|RUS|IRQ|agreement|asserted": None,
        },
    ),
    Story(
        "tass-bangladesh-mi171-order",
        "2026-10-14",
        "Бангладеш заказал еще восемь вертолетов Ми-171Ш",
        (
            "ДАККА, 14 октября. /ТАСС/. Министерство обороны Бангладеш заказало у России еще "
            "восемь военно-транспортных вертолетов Ми-171Ш. Об этом ТАСС сообщили в посольстве "
            "республики в Москве. Вертолеты должны быть поставлены до 2028 года. Первые машины "
            "этого типа ВВС Бангладеш получили в 2016 году."
        ),
        {
            "Mi-171|RUS|BGD|agreement|asserted": None,
            "Mi-171|RUS|BGD|delivery|expected": "2028",
            "Mi-171|RUS|BGD|delivery|asserted": "2016",
        },
    ),
    Story(
        "roe-india-verba-contract",
        "2026-11-18",
        "«Рособоронэкспорт» подписал с Индией контракт на ПЗРК «Верба»",
        (
            "АО «Рособоронэкспорт» (входит в Госкорпорацию Ростех) подписало с Министерством "
            "обороны Республики Индия контракт на поставку переносных зенитных ракетных "
            "комплексов «Верба». Поставки комплексов начнутся в следующем году, говорится в "
            "сообщении компании. Индийская армия стала первым зарубежным заказчиком «Вербы»."
        ),
        {
            "Verba|RUS|IND|agreement|asserted": None,
            "Verba|RUS|IND|delivery|expected": "2027",
        },
    ),
    Story(
        "ria-india-declines-su57",
        "2026-05-05",
        "Индия не планирует закупать Су-57Э",
        (
            "Индия не планирует закупать российские истребители пятого поколения Су-57Э, "
            "заявил журналистам командующий ВВС страны. Москва предложила Нью-Дели эти "
            "самолеты в прошлом году на авиасалоне в Бангалоре. Вместо этого индийские ВВС "
            "рассчитывают получить до 2030 года собственный истребитель AMCA."
        ),
        {
            "Su-57|RUS|IND|negotiation|denied": None,
            "Su-57|RUS|IND|negotiation|asserted": "2025",
        },
    ),
    Story(
        "kommersant-serbia-pantsir-background",
        "2026-03-11",
        "Сербия рассчитывает на новые «Панцири»",
        (
            "Сербия ведет переговоры с Россией о закупке дополнительных зенитных "
            "ракетно-пушечных комплексов «Панцирь-С1М», пишет «Коммерсантъ» со ссылкой на "
            "источник, близкий к переговорам. По его словам, речь идет о двух батареях. "
            "Первый комплекс «Панцирь-С1» Белград получил от Москвы в 2019 году. Контракт на "
            "его поставку стороны подписали годом ранее."
        ),
        {
            "Pantsir|RUS|SRB|negotiation|asserted": None,
            "Pantsir|RUS|SRB|delivery|asserted": "2019",
            "Pantsir|RUS|SRB|agreement|asserted": "2018",
        },
    ),
    Story(
        "interfax-uzbekistan-su30-talks-denied",
        "2026-04-22",
        "В Ташкенте опровергли переговоры о Су-30СМ2",
        (
            "Министерство обороны Узбекистана опровергло сообщения о переговорах с Россией о "
            "закупке истребителей Су-30СМ2. «Такие переговоры не ведутся», — заявил "
            "Интерфаксу представитель ведомства. Ранее телеграм-канал «Военный осведомитель» "
            "написал, что Ташкент рассматривает возможность покупки 12 самолетов."
        ),
        {
            "Su-30|RUS|UZB|negotiation|denied": None,
            "Su-30|RUS|UZB|negotiation|asserted": None,
        },
    ),
    Story(
        "tass-vietnam-gepard-background-only",
        "2026-06-30",
        "Вьетнамские «Гепарды» прошли ремонт",
        (
            "Два сторожевых корабля проекта 11661Э «Гепард-3.9» ВМС Вьетнама завершили "
            "плановый ремонт, сообщили ТАСС на судостроительном заводе. Корабли вернулись в "
            "строй. Вьетнам получил от России четыре таких корабля: первые два в 2011 году, "
            "остальные в 2017 году."
        ),
        {
            "Gepard-class|RUS|VNM|delivery|asserted": "2011",
        },
    ),
]

# What the extractor still gets wrong, by item (the reason names the layer at fault).
CLAIM_MISSES: dict[str, str] = {}

WHEN_MISSES: dict[str, str] = {}


def test_the_stories_are_many_and_named_once() -> None:
    assert len(STORIES) >= 12
    assert len({s.id for s in STORIES}) == len(STORIES)
    assert set(CLAIM_MISSES) | set(WHEN_MISSES) <= {s.id for s in STORIES}


@pytest.mark.parametrize("story", cases(CLAIM_MISSES, STORIES))
def test_an_article_gives_its_claims(story: Story) -> None:
    got = set(claims_of(story))
    assert set(story.claims) <= got
    assert got <= set(story.claims) | story.optional


@pytest.mark.parametrize("story", cases(WHEN_MISSES, STORIES))
def test_each_step_is_dated_as_the_text_dates_it(story: Story) -> None:
    assert not wrongly_dated(story)
